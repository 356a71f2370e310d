"""Recall of criticism and accusation (ACCUSE): attacks in words, wrongs of office said by a speaker, idioms of
blame, namings as a menace, adjectives of disdain; and words that judge no one (a military offensive, "there
is a danger"). Invented sentences."""


import pytest

from eventscope.events.senses import load_senses
from eventscope.events.speech import load_speech_cues
from eventscope.records import Actor


def actor(text: str, sectors=(), country="USA") -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, sectors=list(sectors), kind="group",
                 reason="unresolved phrase", origin="phrase words")


def test_an_unarmed_speaker_attacking_an_officeholder_attacks_in_words():
    senses = load_senses()
    senator, governor = actor("the senator", ["LEG"]), actor("the governor", ["GOV"])
    assert senses.recoded("attack", "190", [governor], [senator]) == ("111", False)
    assert senses.recoded("clash", "190", [governor], [senator]) == ("110", False)  # a quarrel
    assert senses.recoded("clash", "190", [governor], [actor("protesters", ["PRO"])]) == ("190", False)
    # a state or its officials protesting complain officially; protesters protest
    state = Actor(text="Ruritania", start=0, end=9, name="Ruritania", country="RUR", kind="state", reason="name")
    assert senses.recoded("protest", "140", [actor("the sale")], [state]) == ("114", False)
    assert senses.recoded("protest", "140", [actor("the sale")], [actor("students", ["PRO"])]) == ("140", False)
    assert senses.recoded("hit", "190", [actor("the union", ["LAB"])], [governor]) == ("190", False)  # no officeholder hit
    # soldiers, rebels or a state with no sector named attack with arms
    assert senses.recoded("attack", "190", [governor], [actor("rebels", ["REB"])]) == ("190", False)
    assert senses.recoded("attack", "190", [governor], [actor("Ruritania")]) == ("190", False)
    assert senses.recoded("attack", "190", [governor], []) == ("190", False)
    assert senses.recoded("attack", "190", [governor], [senator, actor("troops", ["MIL"])]) == ("190", False)


def test_a_criticism_word_that_names_an_act_as_a_noun_judges_no_one():
    cues = load_speech_cues()
    assert "offensive" in cues.adjective_only and "offensive" in cues.criticism_words


def accusations(coder, text):
    return [(e.event.cameo, [a.text for a in e.source], [a.text for a in e.target])
            for e in coder.code_text(text).events if e.event.plover == "ACCUSE"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), [
    # attacks in words: a politician or a party attacking an officeholder or a rival
    ("Senator Ada Quill attacked the governor over his handling of the drought relief.", "Senator Ada Quill",
     "the governor"),
    ("The Labour Party attacked the Tory candidate for his remarks on pensions.", "The Labour Party",
     "the Tory candidate"),
    ("The mayor hit back at the union on Tuesday.", "The mayor", "the union"),
    # wrongs of office said by a speaker
    ("The senator said the governor's decision undermined the state's colleges.", "The senator", "the governor"),
    ("The opposition said the government had mishandled the famine.", "The opposition", "the government"),
    ("The opposition said the ruling party had rigged the referendum.", "The opposition", "the ruling party"),
    ("The mayor said the police chief cannot be trusted.", "The mayor", "the police chief"),
    ("The senator said the governor does not care about farm towns.", "The senator", "the governor"),
    ("The mayor said the governor had let the city down.", "The mayor", "the governor"),
    ("Lawmakers said the agency had put lives at risk.", "Lawmakers", "the agency"),
    ("The governor said the legislature had abdicated its responsibility.", "The governor", "the legislature"),
    # naming as a menace, disdain
    ("The president described the opposition leader as a threat to democracy.", "The president",
     "the opposition leader"),
    ("The chancellor was dismissive of the union's demands.", "The chancellor", "the union's demands"),
    # blame said of someone: the speaker blames them
    ("The minister said the rebels were to blame for the riots.", "The minister", "the rebels"),
    # regret voiced about an actor's act (in an article)
    ("The governor lamented the council's decision to close the library.", "The governor", "the council"),
    ("Norway deplored the Danish decision to close the bridge.", "Norway", "Danish"),
    # quarrels and retorts between unarmed speakers; untruths, letdowns voiced; subpoenas
    ("The senator clashed with the governor over the pension bill.", "The senator", "the governor"),
    ("The senator fired back at the governor on Sunday.", "The senator", "the governor"),
    ("The minister said the opposition's figures were false.", "The minister", "the opposition"),
    ("The mayor expressed disappointment with the governor's veto.", "The mayor", "the governor"),
    ("The attorney general subpoenaed the senator's bank.", "The attorney general", "the senator's bank"),
    # a state protesting an act complains of it; jibes, lashings, blame laid
    ("Chile protested the Peruvian arms purchase.", "Chile", "Peruvian"),
    ("The senator took a dig at the governor on Friday.", "The senator", "the governor"),
    ("The opposition leader lashed the government's tax policy.", "The opposition leader", "the government"),
    ("The union laid the blame squarely on the ministry.", "The union", "the ministry"),
    # a feeling or regret about an act judges the doer its by-phrase names
    ("The minister deplored the shelling of the clinic by rebel forces.", "The minister", "rebel forces"),
])
def test_criticism_and_accusation_in_an_article(article, text, source, target):
    found = accusations(article, text)
    assert any(source in s and any(target in t for t in ts) for _, s, ts in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Ruritania said its military offensive in the north would end soon.",
    '"There was a grave danger of unrest in the capital," the minister said.',
    "Rebels attacked the governor's convoy near the border.",
])
def test_no_criticism_where_no_one_is_judged(article, text):
    assert accusations(article, text) == []


@pytest.mark.slow
def test_a_speaker_reporting_blame_does_not_blame_the_one_blamed(article):
    found = accusations(article, "The minister said the army blamed the rebels for the riots.")
    assert ("112", ["the army"], ["the rebels"]) in found
    assert not any("The minister" in s for _, s, _ in found)

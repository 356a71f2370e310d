"""Session 39 (speech39): criticism told by construction, not by a verb of criticising.

- A free relative a naming verb frames ("shelled the town in what the rebels called a war crime"): the speaker
  judges the framed act's doers (speech.framed_act, coder._doers_of_antecedent); a naming with no word of judgement
  ("in what officials called a routine patrol") codes no criticism.
- A noun of stance counted in a group ("has been among the loudest critics of the governor", "Odinga, one of the
  fiercest critics of the government"): the one counted criticises or supports (speech._stances, speech.yaml
  `counting_preps`, `counted_ones`, `stance_copulas`); counted by a verb of no stance ("spoke among the critics")
  it is not.
- Values a blow is struck at (speech.yaml `assailed_values`): "an attack on the will of the people".
Sentences invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _acts(coder, text, plover):
    return [(e.source[0].text if e.source else None, [t.text for t in e.target])
            for e in coder.code_text(text).events if e.event.plover == plover]


def _judged(found, speaker, judged):
    return any(s and speaker in s and any(judged in t for t in ts) for s, ts in found)


@pytest.mark.parametrize(("text", "speaker", "judged"), [
    ("Police opened fire on the marchers in Harare in what the opposition party called a massacre.",
     "opposition party", "Police"),
    ("Government troops shelled the village of Tamra in what the rebels described as a war crime.",
     "rebels", "troops"),
    ("The army detained dozens of activists in Yangon in what Amnesty International called a brutal crackdown.",
     "Amnesty", "army"),
    ("Security forces raided the newspaper's offices in Caracas in what the editors' union called an assault on "
     "press freedom.", "union", "Security forces"),
])
def test_a_naming_that_frames_an_act_judges_its_doers(article, text, speaker, judged):
    found = _acts(article, text, "ACCUSE")
    assert _judged(found, speaker, judged), found


def test_a_framed_act_is_still_coded(article):
    # (both the act and the judgement of it, as the codebook codes "X said Y attacked Z" and the criticism)
    events = article.code_text("Government troops shelled the village of Tamra in what the rebels described as a "
                               "war crime.").events
    assert {"ASSAULT", "ACCUSE"} <= {e.event.plover for e in events}


def test_a_framing_with_no_judgement_criticises_no_one(article):
    # (near miss: the naming is neutral)
    found = _acts(article, "Navy ships sailed through the strait in what officials called a routine patrol.", "ACCUSE")
    assert found == [], found


@pytest.mark.parametrize(("text", "speaker", "judged"), [
    ("Senator Ruth Calder has been among the loudest critics of the governor.", "Calder", "governor"),
    ("Kenyan opposition leader Raila Odinga, one of the fiercest critics of the president, said he would attend.",
     "Odinga", "president"),
    ("The archbishop remains one of the most outspoken critics of the junta.", "archbishop", "junta"),
    ("The mayor of Lyon, among the harshest critics of the prime minister, resigned on Monday.", "mayor",
     "prime minister"),
])
def test_a_critic_counted_in_a_group_criticises(article, text, speaker, judged):
    found = _acts(article, text, "ACCUSE")
    assert _judged(found, speaker, judged), found


def test_a_supporter_counted_in_a_group_supports(article):
    found = _acts(article, "The party's chairman was among the strongest supporters of the president during the "
                           "campaign.", "SUPPORT")
    assert _judged(found, "chairman", "president"), found


def test_one_who_only_stands_among_critics_criticises_no_one(article):
    # (near miss: "among" on a verb of no stance)
    found = _acts(article, "The minister spoke among the critics of the governor at the town hall.", "ACCUSE")
    assert not _judged(found, "minister", "governor"), found


@pytest.mark.parametrize("text", [
    '"This ruling is an attack on the will of the people," the Social Democrat leader said of the court\'s decision.',
    'The opposition leader said the new law was an affront to the electorate and an attack on equality.',
])
def test_a_blow_at_what_voters_are_owed_is_criticism(article, text):
    assert _acts(article, text, "ACCUSE"), text


def test_a_blow_at_no_value_is_no_criticism(article):
    # (near miss: a real attack, on a place and its people)
    found = _acts(article, "Gunmen carried out an attack on the central market in Maiduguri, killing six traders, "
                           "police said.", "ACCUSE")
    assert found == [], found

"""Session 21 (coop21): cooperation the coder did not see or misread, in invented sentences of other wording than
tests/articles/coop.jsonl: a person welcomed is a guest received (CAMEO 043), an act welcomed is praised (051); an
invitation to visit is an offer to meet (036), any other an appeal; a pair that signs an agreement signs it each way;
"we" in a quote that goes on with the last speaker is that speaker. And the same words of no such act."""

import pytest
from lonesentences import act_table_tests

# (sentence, PLOVER type wanted, CAMEO code it starts with), each coded alone through the whole pipeline
FOUND = [
    ("The Kenyan president welcomed Emmanuel Macron at State House in Nairobi.", "CONSULT", "043"),
    ("Recep Tayyip Erdogan was welcomed by Vladimir Putin at the Kremlin on Tuesday.", "CONSULT", "043"),
    ("Xi Jinping invited Lula to visit Beijing next spring.", "AGREE", "036"),
    ("Erdogan invited Putin to Istanbul for talks.", "AGREE", "036"),
    # (session 31) the meeting a light verb of the invitation's clause carries ("to attend the summit", "to hold talks")
    ("Prabowo invited Lula to attend the summit in Jakarta.", "AGREE", "036"),
    ("The president invited the rebel leaders to hold talks in Nairobi.", "AGREE", "036"),
]

# the same words of no such act: (sentence, CAMEO code that must not be coded)
NOT_FOUND = [
    ("Angela Merkel welcomed the minister's decision to resign.", "043"),
    ("The UN welcomed Ethiopia's pledge to open the border.", "043"),
    ("The judge invited the prosecutors to reconsider the charges.", "036"),
    ("The judge invited the lawyers to file their objections.", "036"),
]


test_the_act_is_coded, test_the_same_words_of_no_act_are_not = act_table_tests(FOUND, NOT_FOUND)


@pytest.mark.slow
def test_a_participle_after_a_name_set_off_by_commas_is_the_clause_verb(pipeline_coder):
    # the parser may hang the verb of a sentence opening with "title, Name," on the title as a participle (a lone
    # sentence: this module's article tests come after)
    text = "Turkey's foreign minister, Hakan Fidan, mediated between the two sides until dawn, according to officials."
    events = pipeline_coder.code_text(text).events
    assert any(e.event.plover == "CONSULT" and any(s.country == "TUR" for s in e.source) for e in events), \
        [(e.event.cameo, e.trigger.text, [s.code for s in e.source]) for e in events]


def _dyads(events, plover):
    return {(s.country, t.country) for e in events if e.event.plover == plover for s in e.source for t in e.target}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Chile and Peru signed a treaty on their maritime border in Lima on Monday.",
    "The two presidents met in Quito. Colombia and Ecuador signed an agreement on border security.",
])
def test_a_pair_that_signs_signs_each_way(article, text):
    events = article.code_text(text).events
    dyads = _dyads(events, "SUPPORT")
    pair = {c for d in dyads for c in d}
    assert len(pair) == 2 and {(a, b) for a, b in dyads} == {(a, b) for a in pair for b in pair if a != b}, dyads


@pytest.mark.slow
def test_a_pair_that_praises_praises_no_one_each_way(article):
    events = article.code_text("France and Germany praised the new climate treaty on Monday.").events
    # (each praises the treaty on its own: not one act each way between them)
    assert not {("FRA", "DEU"), ("DEU", "FRA")} <= _dyads(events, "SUPPORT")


@pytest.mark.slow
def test_we_in_a_quote_going_on_is_its_speaker(article):
    # (the quote before names others: "we" is still its speaker, not the people it spoke of)
    text = ('NAIROBI, Kenya (AP) — Kenya will send doctors to the border, Foreign Minister Musalia Mudavadi said on '
            'Monday.\n"The people of Sudan cannot wait any longer," Mudavadi said. "We urge the two generals to return to '
            'the talks in Jeddah."')
    events = article.code_text(text).events
    requests = [e for e in events if e.event.plover == "REQUEST" and e.trigger.text.startswith("urge")]
    assert requests and all(s.country == "KEN" for e in requests for s in e.source), \
        [(e.trigger.text, [s.code for s in e.source]) for e in requests]


# (sentence, PLOVER type, source country, target country): goods counted by what carries them, aid pledged for
# someone, and a body's own people named by "its"
AID_DYADS = [
    ("Egypt sent 50 lorries of flour to Gaza on Sunday.", "AID", "EGY", "PSE"),
    ("Japan flew three planes of tents and blankets to Turkey.", "AID", "JPN", "TUR"),
    ("Norway pledged $40 million for Yemen at the meeting in Oslo.", "AGREE", "NOR", "YEM"),
    ("The EU promised fresh aid for Lebanon on Friday.", "AGREE", "IGO", "LBN"),
    ("The United Nations said its agencies had delivered 20 tonnes of medicine to Haiti.", "AID", "IGO", "HTI"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "source", "target"), AID_DYADS)
def test_aid_and_its_parties(article, text, plover, source, target):
    events = article.code_text(text).events
    assert (source, target) in _dyads(events, plover), \
        [(e.event.cameo, e.trigger.text, [s.code for s in e.source], [t.code for t in e.target]) for e in events]


@pytest.mark.slow
def test_goods_of_no_aid_are_not_aid(article):
    events = article.code_text("The quarry sent 50 trucks of gravel to the building site.").events
    assert not any(e.event.plover == "AID" for e in events), [(e.event.cameo, e.trigger.text) for e in events]


@pytest.mark.slow
def test_a_meeting_an_act_is_done_at_is_not_what_it_is_aimed_at(article):
    # the pledge made at the talks is aimed at no one the talks' hosts are
    text = ("The United States and Egypt hosted talks in Cairo between the army and the rebels. Kuwait, which did not "
            "pledge at the meeting, said it had flown food to Port Sudan.")
    events = article.code_text(text).events
    pledges = [e for e in events if e.event.plover == "AGREE" and e.trigger.text.startswith("pledge")]
    assert pledges and not any(t.country in ("USA", "EGY") for e in pledges for t in e.target), \
        [(e.trigger.text, [t.code for t in e.target]) for e in pledges]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), [
    ("Erdogan told Olaf Scholz in a phone call that the sanctions were a mistake.", "DEU"),
    ("Wang Yi warned his US counterpart during a meeting in Bangkok that Taiwan was a red line.", "USA"),
])
def test_a_meeting_in_an_adjunct_is_held_with_the_one_addressed(article, text, target):
    events = article.code_text(text).events
    meetings = [e for e in events if e.event.plover == "CONSULT"]
    assert any(e.modality == "asserted" and any(t.country == target for t in e.target) for e in meetings), \
        [(e.trigger.text, e.modality, [t.code for t in e.target]) for e in meetings]


@pytest.mark.slow
def test_talks_bidden_stay_hypothetical(article):
    events = article.code_text("The minister urged the rebels to join talks with the government.").events
    talks = [e for e in events if e.event.plover == "CONSULT"]
    assert all(e.modality == "hypothetical" for e in talks), [(e.trigger.text, e.modality) for e in talks]


@pytest.mark.slow
def test_an_invitation_welcomed_is_praised_not_hosted(pipeline_coder):
    text = "The Kenyan president welcomed Emmanuel Macron's invitation to the Sudanese generals to meet in Paris."
    events = pipeline_coder.code_text(text).events
    assert not any(e.event.cameo == "043" for e in events), [(e.event.cameo, e.trigger.text) for e in events]


@pytest.mark.slow
def test_a_summit_missed_is_a_meeting_not_held(article):
    events = article.code_text("The Iranian president missed the summit in Baku on Monday.").events
    assert any(e.event.plover == "CONSULT" and e.modality == "negated" for e in events), \
        [(e.trigger.text, e.modality) for e in events]
    events = article.code_text("The striker missed a penalty in the final.").events
    assert not events, [(e.event.cameo, e.trigger.text) for e in events]


@pytest.mark.slow
def test_a_participle_with_a_doer_stays_a_passive(article):
    events = article.code_text("The aid convoy, carrying flour, ambushed by rebels near Goma.").events
    assert all(any("REB" in s.code for s in e.source) for e in events if e.event.plover == "ASSAULT"), \
        [(e.event.cameo, [s.code for s in e.source]) for e in events]

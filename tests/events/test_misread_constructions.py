"""Session 27 (parse27): common constructions the small parser reads into the wrong act or the wrong roles. Envoys
sent home or packing are expelled (SANCTION 166), not aid sent, also when the parser takes "home" or "packing" for the
object's head; a party struck off, taken off or removed from a list of sanctions or terror is delisted (RETREAT 085),
not struck; a state cut off from SWIFT or the financial system is sanctioned (163); arms received or obtained from a
giver are the giver's aid to the receiver (AID 072); a suspicion told with the deed by a clause of its own
("suspects X of hacking", "X was suspected of") accuses, a suspect described ("a man suspected of") does not;
a clause-opening "Defying ..." the tagger took for a name still rejects, and warnings or objections defied are
rejected. Sentences invented for the tests, coded through the whole pipeline as lone sentences."""

import pytest
from eventpicks import coded_dyads, coded_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Poland sent the Russian ambassador home.", "POL", "RUS"),
    ("Lithuania sent Belarus's envoys packing.", "LTU", "BLR"),
    ("The Czech government sent 18 Russian diplomats home over the explosion.", "CZE", "RUS"),
    ("Moscow sent two British diplomats home in retaliation.", "RUS", "GBR"),
])
def test_envoys_sent_home_are_expelled(pipeline_coder, text, source, target):
    assert (source, target) in coded_dyads(pipeline_coder, text, "SANCTION")
    assert "AID" not in coded_types(pipeline_coder, text)


def test_aid_sent_home_stays_aid(pipeline_coder):
    assert "AID" in coded_types(pipeline_coder, "Japan sent medical supplies to Turkey.")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The United States struck Cuba off the list of state sponsors of terrorism.", "USA", "CUB"),
    ("Britain took the Syrian bank off its sanctions list.", "GBR", "SYR"),
])
def test_parties_struck_off_a_sanctions_list_are_delisted(pipeline_coder, text, source, target):
    assert (source, target) in coded_dyads(pipeline_coder, text, "RETREAT")
    assert "ASSAULT" not in coded_types(pipeline_coder, text)


def test_a_list_of_anything_else_is_no_delisting(pipeline_coder):
    assert "RETREAT" not in coded_types(pipeline_coder, "The party struck the mayor off its list of candidates.")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The West cut Russia off from SWIFT.", "WST", "RUS"),
    ("The EU disconnected seven Russian banks from SWIFT.", "IGO", "RUS"),
])
def test_a_state_cut_off_from_the_financial_system_is_sanctioned(pipeline_coder, text, source, target):
    assert (source, target) in coded_dyads(pipeline_coder, text, "SANCTION")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ukraine received tanks from Germany.", "DEU", "UKR"),
    ("Kyiv has received missiles from Britain.", "GBR", "UKR"),
    ("The rebels obtained weapons from Iran.", "IRN", "IRN"),
])
def test_arms_received_are_the_givers_aid(pipeline_coder, text, source, target):
    assert (source, target) in coded_dyads(pipeline_coder, text, "AID")


def test_arms_received_from_no_one_named_have_no_giver(pipeline_coder):
    assert coded_dyads(pipeline_coder, "Ukraine received tanks.", "AID") == [(None, "UKR")]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Germany suspects Russia of hacking its parliament.", "DEU", "RUS"),
    ("Washington suspects Beijing of stealing trade secrets.", "USA", "CHN"),
    # the parser hangs "of" on a longer object
    ("Kenya suspects Somali militants of planning the raid on the border town.", "KEN", "SOM"),
    ("Turkey suspected the Kurdish rebels of planting the bomb.", "TUR", "TUR"),
    # a passive with its auxiliary: the suspicion of unnamed accusers
    ("Iran was suspected of plotting the attack on the embassy.", None, "IRN"),
    ("Russia is suspected of poisoning the opposition leader.", None, "RUS"),
])
def test_a_suspicion_of_a_deed_accuses(article, text, source, target):
    assert (source, target) in coded_dyads(article, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    # a participle after a noun, or a headline's bare participle, only describes a suspect
    "Police arrested a man suspected of stabbing two people near the station.",
    "Two men suspected of smuggling migrants were detained at the border.",
    "Man suspected of arson appears in court.",
    # an adjective, a belief, and a suspicion between private people
    "The suspected militants fled into the hills.",
    "Officials suspect the talks will fail.",
    "Neighbours suspect the lodger of stealing their bicycles.",
])
def test_a_suspect_described_or_a_belief_is_no_accusation(article, text):
    assert "ACCUSE" not in coded_types(article, text)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Defying China's warnings, the Philippines sent supply ships to the reef.", "PHL", "CHN"),
    ("Defying Beijing's objections, Manila hosted the US delegation.", "PHL", "CHN"),
    ("Defying a US warning, North Korea launched a satellite.", "PRK", "USA"),
])
def test_warnings_defied_are_rejected(reading_coder, text, source, target):
    assert (source, target) in coded_dyads(reading_coder, text, "REJECT")


def test_a_defiance_the_tagger_took_for_a_name_is_read_as_a_verb(patterns):
    from eventscope.events.matching import gerund_lemma

    assert gerund_lemma("defying", patterns.head_lemmas) == "defy"
    assert gerund_lemma("ignoring", patterns.head_lemmas) == "ignore"
    assert gerund_lemma("morning", patterns.head_lemmas) is None

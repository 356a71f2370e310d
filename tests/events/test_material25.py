"""Session 25 (material25): acts of the other types told in words the lexicon lacked. Readiness told as "prepared to"
(an offer, or a threat for harm, as "ready to"); mediation accepted (AGREE, so that "would not accept mediation"
refuses it); captives and the dead exchanged in any words (RETREAT); aircraft and drones shot down (ASSAULT);
airspace opened (RETREAT) or shut to a state's flights (SANCTION); relief workers let in (RETREAT); arms handed over
told by a noun of handing with the arms in an of-phrase (AID); a pact quit told in a phrasal verb ("pulled out of
the nuclear deal": SANCTION, no retreat). Sentences invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _events(coder, text, plover):
    return [(e.source[0].country if e.source else None, e.target[0].country if e.target else None, e.modality)
            for e in coder.code_text(text).events if e.event.plover == plover]


def _types(coder, text):
    return {e.event.plover for e in coder.code_text(text).events}


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Seoul is prepared to resume talks with Pyongyang, the unification minister said.", "AGREE", "KOR", "PRK"),
    ("The Chilean president said he was prepared to meet the rebels' envoys in Lima.", "AGREE", "CHL", None),
    ("Washington is prepared to impose further sanctions on Caracas, the envoy said.", "THREATEN", "USA", "VEN"),
])
def test_prepared_to_act_offers_or_threatens_the_act(article, text, plover, source, target):
    found = _events(article, text, plover)
    assert any(s == source and (target is None or t == target) for s, t, _ in found), found


def test_prepared_for_a_thing_offers_nothing(article):
    assert "AGREE" not in _types(article, "Farmers in Ohio said they were prepared for a dry summer.")


def test_mediation_accepted_is_an_intent_and_refused_is_a_rejection(article):
    assert ("SDN", "KEN", "asserted") in _events(article, "Sudan accepted mediation by Kenya on Tuesday.", "AGREE")
    refused = "Khartoum said it would not accept mediation by Nairobi."
    assert [s for s, _, _ in _events(article, refused, "REJECT")] == ["SDN"]
    assert _events(article, refused, "REQUEST") == []


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan swapped detainees at the border on Friday.",
    "Russia and Ukraine exchanged the bodies of fallen soldiers on Friday.",
    "Israel and Hamas traded prisoners in a deal brokered by Qatar.",
])
def test_captives_and_the_dead_handed_over_each_way_are_returned(article, text):
    assert "RETREAT" in _types(article, text)
    assert "COOPERATE" not in _types(article, text)


@pytest.mark.parametrize(("text", "source"), [
    ("The rebels shot down a Malian army helicopter near Kidal.", "MLI"),
    ("Iran downed an American surveillance drone over the Gulf.", "IRN"),
    ("The Algerian army shot down a Malian drone near the border.", "DZA"),
])
def test_aircraft_shot_down_are_attacked(article, text, source):
    found = _events(article, text, "ASSAULT")
    assert found and found[0][0] == source, found


def test_a_proposal_shot_down_is_still_refused(article):
    text = "Senate Republicans shot down the governor's budget proposal."
    assert "REJECT" in _types(article, text) and "ASSAULT" not in _types(article, text)


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Saudi Arabia opened its airspace to Israeli airlines on Friday.", "RETREAT", "SAU", "ISR"),
    ("Pakistan shut its airspace to Indian airlines on Thursday.", "SANCTION", "PAK", "IND"),
    ("The junta in Myanmar allowed aid agencies into the cyclone-hit delta.", "RETREAT", "MMR", None),
    ("Syria let relief workers into the besieged town of Daraa.", "RETREAT", "SYR", None),
])
def test_airspace_and_relief_workers_let_in_or_shut_out(article, text, plover, source, target):
    found = _events(article, text, plover)
    assert any(s == source and (target is None or t == target) for s, t, _ in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Germany's delivery of Leopard tanks to Ukraine began in March.", "DEU", "UKR"),
    ("The transfer of fighter jets to Kyiv by the Netherlands was approved on Monday.", "NLD", "UKR"),
    ("Beijing condemned Washington's supply of missiles to Taipei.", "USA", "TWN"),
])
def test_arms_handed_over_told_by_a_noun_are_aid(article, text, source, target):
    assert (source, target) in [(s, t) for s, t, _ in _events(article, text, "AID")]


def test_a_supply_of_water_is_no_arms(article):
    assert "AID" not in _types(article, "The supply of water to the town of Lyon was restored.")


@pytest.mark.parametrize("text", [
    "The United States pulled out of the nuclear deal with Iran in 2018.",
    "Washington walked away from the arms control treaty with Moscow.",
    "Russia backed out of the grain deal with Ukraine last July.",
])
def test_a_pact_quit_in_a_phrasal_verb_cuts_ties_and_is_no_retreat(article, text):
    types = _types(article, text)
    assert "SANCTION" in types and "RETREAT" not in types


def test_troops_pulled_out_of_a_town_still_retreat(article):
    assert "RETREAT" in _types(article, "Russian troops pulled out of the Ukrainian town of Kherson.")

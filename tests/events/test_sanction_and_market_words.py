"""Session 26 (lexicon26): acts told in words the lexicon lacked, and words of a market or a blow of trade that were
coded as other acts. A rescue sought from a lender is aid asked for (REQUEST), not aid given; revenues withheld are
aid cut (SANCTION); residency or nationality revoked is an administrative sanction (COERCE); "slapped X with
sanctions" names its act in its "with" phrase; a blow (hit, strike) whose clause tells of sanctions and of no arms
is the sanction; an attack called verbal or rhetorical is criticism (ACCUSE); a weapon tested is force shown
(MOBILIZE), not an attack; a market that rallies protests nothing, and goods withdrawn from sale are no concession. Sentences invented for the tests, coded through the whole pipeline
as lone sentences."""

import pytest
from eventpicks import coded_dyads, coded_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("Zambia sought a bailout from the International Monetary Fund.", "REQUEST", "ZMB", "IGO"),
    ("Pakistan sought debt relief from its creditors.", "REQUEST", "PAK", None),
    ("Sri Lanka requested a rescue package from China.", "REQUEST", "LKA", "CHN"),
    ("Israel withheld tax revenues from the Palestinian Authority.", "SANCTION", "ISR", "PSE"),
    ("Kuwait revoked the nationality of the opposition lawmaker.", "COERCE", "KWT", None),
    ("Israel revoked the residency of four Palestinians.", "COERCE", "ISR", "PSE"),
    ("Washington slapped Iran with fresh sanctions.", "SANCTION", "USA", "IRN"),
])
def test_acts_told_in_words_the_lexicon_lacked(pipeline_coder, text, plover, source, target):
    found = coded_dyads(pipeline_coder, text, plover)
    assert any(s == source and (target is None or t == target) for s, t in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The new American sanctions hit Russian banks.", "USA", "RUS"),
    ("The US sanctions struck a blow at Venezuela's oil industry.", "USA", "VEN"),
])
def test_a_blow_dealt_by_sanctions_is_the_sanction(pipeline_coder, text, source, target):
    assert (source, target) in coded_dyads(pipeline_coder, text, "SANCTION")
    assert "ASSAULT" not in coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Russian missiles hit Kyiv hours after the EU agreed new sanctions.",
    "Israeli jets struck Gaza as the EU weighed sanctions.",
    "Russia hit Ukraine's power grid days after the EU agreed new sanctions.",
])
def test_a_blow_beside_talk_of_sanctions_is_still_an_attack(pipeline_coder, text):
    assert "ASSAULT" in coded_types(pipeline_coder, text)
    assert "SANCTION" not in coded_types(pipeline_coder, text)


def test_an_attack_in_words_is_criticism(pipeline_coder):
    text = "Moscow launched a fresh verbal assault on the West."
    assert coded_dyads(pipeline_coder, text, "ACCUSE") == [("RUS", "WST")]
    assert "ASSAULT" not in coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Wall Street rallied after the Federal Reserve held rates steady.",
    "The Nikkei rallied on Tuesday.",
    "The Swedish furniture chain withdrew a dresser from sale in China.",
    "The French drugmaker withdrew the pill from the market in Germany.",
])
def test_markets_and_goods_are_no_political_act(pipeline_coder, text):
    assert coded_types(pipeline_coder, text) == set()


@pytest.mark.parametrize(("text", "plover"), [
    ("Thousands of students rallied outside parliament against the law.", "PROTEST"),
    ("The Kenyan government withdrew the finance bill after the protests.", "CONCEDE"),
])
def test_protests_and_concessions_stay(pipeline_coder, text, plover):
    assert plover in coded_types(pipeline_coder, text)


@pytest.mark.parametrize(("text", "source"), [
    ("Iran test-fired a new cruise missile.", "IRN"),
    ("North Korea tested a ballistic missile on Sunday.", "PRK"),
    ("Pakistan test-launched a nuclear-capable missile.", "PAK"),
])
def test_a_weapon_tested_is_force_shown_not_an_attack(pipeline_coder, text, source):
    assert [s for s, _ in coded_dyads(pipeline_coder, text, "MOBILIZE")] == [source]
    assert "ASSAULT" not in coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Indian scientists tested a new vaccine against malaria.",
    "The company tested a new battery in Germany.",
])
def test_other_things_tested_are_no_act(pipeline_coder, text):
    assert coded_types(pipeline_coder, text) == set()

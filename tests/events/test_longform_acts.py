"""Acts of long war, diplomacy and legislature reports (session 29, tests/articles/longform.jsonl): a strike aimed at
another state is an attack, not a stoppage of work; drones or missiles intercepted are brought down, arms intercepted
are seized; lawmakers who rebel take up no arms; a meeting stayed away from is turned down (invented sentences, the
whole pipeline reading each text as a whole article)."""

import pytest
from eventpicks import coded_dyads, coded_types


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), [
    ("American strikes on Iranian nuclear sites in June set back the program by years.", "USA", "IRN"),
    ("Turkish strikes on Kurdish positions in northern Iraq drew a protest from Baghdad.", "TUR", "IRQ"),
])
def test_a_strike_aimed_at_another_state_is_an_attack(article, text, source, target):
    assert (source, target) in coded_dyads(article, text, "ASSAULT")
    assert "PROTEST" not in coded_types(article, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The union staged strikes against the pension reform last year.",
    "French unions staged strikes against the government's budget on Thursday.",
])
def test_workers_who_strike_against_their_own_side_still_protest(article, text):
    plovers = coded_types(article, text)
    assert "PROTEST" in plovers
    assert "ASSAULT" not in plovers


@pytest.mark.slow
def test_drones_intercepted_are_brought_down_and_arms_intercepted_are_seized(article):
    assert ("RUS", "UKR") in coded_dyads(article, "Russia said it had intercepted 46 Ukrainian drones over seven regions.",
                                         "ASSAULT")
    assert "ASSAULT" not in coded_types(article, "The Greek navy intercepted a shipment of rifles bound for the rebels.")
    # (a plane intercepted is met and escorted, not brought down)
    assert "ASSAULT" not in coded_types(article, "Russian jets intercepted an American surveillance plane over the Black Sea.")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Forty Labour MPs staged a rebellion against the welfare cuts on Tuesday.",
    "Two dozen Republican senators led a revolt against the spending bill on Wednesday.",
])
def test_lawmakers_who_rebel_take_up_no_arms(article, text):
    assert "ASSAULT" not in coded_types(article, text)


@pytest.mark.slow
def test_rebels_who_rise_against_a_government_still_fight(article):
    assert "ASSAULT" in coded_types(article, "Tuareg rebels launched a rebellion against the Malian government in 2012.")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Ethiopia stayed away from the final session of the talks in Washington.",
    "The Iranian delegation stayed away from the summit in Baghdad.",
])
def test_a_meeting_stayed_away_from_is_turned_down(article, text):
    assert "REJECT" in coded_types(article, text)

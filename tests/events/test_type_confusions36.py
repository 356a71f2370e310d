"""Session 36 (types36): acts coded as another PLOVER type. An object pattern sees through a noun that counts or groups
what follows ("denounced a string of accords" is the accords denounced, a treaty quit, not criticism); goods boycotted
are no refusal (session 37 dropped session 36's ceremonies and public occasions boycotted as refusals); missiles fired into open
water show force (MOBILIZE 150), fired into a country or at ships they attack; an offer dismissed as premature or costly is
still refused (a result rejected as fraudulent stays a refusal too, as plv_train codes it).
Sentences invented for the tests, coded through the whole pipeline as lone sentences."""

import pytest
from eventpicks import coded_dyads, coded_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("The government denounced a string of military accords with Paris.", "SANCTION", None, "FRA"),
    ("Bamako denounced a raft of defence treaties with France.", "SANCTION", "MLI", "FRA"),
    ("Ankara lifted a package of sanctions on Damascus.", "RETREAT", "TUR", "SYR"),
    ("The ministry rejected a series of proposals from the teachers' union.", "REJECT", None, None),
])
def test_objects_counted_by_a_partitive_noun_are_the_objects(pipeline_coder, text, plover, source, target):
    dyads = coded_dyads(pipeline_coder, text, plover)
    assert dyads, coded_types(pipeline_coder, text)
    if target is not None:
        assert any(t == target and (source is None or s == source) for s, t in dyads), dyads


def test_a_string_of_accords_denounced_is_no_criticism(pipeline_coder):
    assert "ACCUSE" not in coded_types(pipeline_coder, "The junta denounced a series of defence agreements with France.")


def test_goods_boycotted_are_no_refusal(pipeline_coder):
    assert "REJECT" not in coded_types(pipeline_coder, "China boycotted Lithuanian products after the dispute.")


@pytest.mark.parametrize("text", [
    "North Korea fired two ballistic missiles into the sea on Tuesday.",
    "Pyongyang launched a missile into the waters off its east coast.",
    "The navy fired a cruise missile into the ocean during the drill.",
])
def test_missiles_fired_into_open_water_show_force(pipeline_coder, text):
    types = coded_types(pipeline_coder, text)
    assert "MOBILIZE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "The Houthis fired missiles into Israel overnight.",
    "Hamas fired rockets at Tel Aviv.",
    "Russia fired missiles into Kharkiv on Sunday.",
])
def test_missiles_fired_at_a_country_attack(pipeline_coder, text):
    assert "ASSAULT" in coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Eritrea dismissed the offer as premature.",
    "The minister rejected the proposal as too costly.",
])
def test_offers_dismissed_as_untimely_stay_refused(pipeline_coder, text):
    assert "REJECT" in coded_types(pipeline_coder, text)

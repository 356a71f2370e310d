"""Session 26 (types26): acts told in words of another family. A blow of any force whose "with" phrase is an economic
measure ("hammered Moscow with sanctions", "pummelled exporters with tariffs") is that sanction (163), not a beating
or shelling; an envoy of any rank thrown out or removed is expelled (166), not deported (174); an attack pinned on
someone blames them (112), as one attributed to them does. A blow dealt with arms stays an attack, a medal pinned on
someone is no blame. Sentences invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _acts(coder, text):
    return [(e.event.plover, e.event.cameo, e.source[0].country if e.source else None,
             e.target[0].country if e.target else None) for e in coder.code_text(text).events]


@pytest.mark.parametrize("text", [
    "Washington hammered Moscow with fresh sanctions.",
    "The EU squeezed Minsk with new trade restrictions.",
    "The United States bombarded Chinese goods with tariffs.",
    "Beijing pummelled Australian winemakers with tariffs.",
])
def test_a_blow_dealt_with_an_economic_measure_is_the_sanction(article, text):
    types = [a[0] for a in _acts(article, text)]
    assert "SANCTION" in types and "ASSAULT" not in types, types


def test_a_blow_dealt_with_arms_stays_an_attack(article):
    assert "ASSAULT" in [a[0] for a in _acts(article, "Russian troops pounded Kharkiv with artillery.")]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Niger threw out the French ambassador last month.", "NER", "FRA"),
    ("Ankara removed the Dutch consul on Monday.", "TUR", "NLD"),
    ("Prague kicked out the Russian defence attache.", "CZE", "RUS"),
])
def test_an_envoy_of_any_rank_put_out_is_expelled(article, text, source, target):
    assert ("SANCTION", "166", source, target) in _acts(article, text)


def test_ones_own_envoy_ordered_to_travel_is_not_expelled(article):
    assert "166" not in [a[1] for a in _acts(article, "The president ordered his envoy to fly to Doha for talks.")]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kyiv pinned the attack on Russian saboteurs.", "UKR", "RUS"),
    ("The army pinned the ambush on Somali militants.", None, "SOM"),
])
def test_an_attack_pinned_on_someone_blames_them(article, text, source, target):
    acts = [a for a in _acts(article, text) if a[0] == "ACCUSE"]
    assert acts and acts[0][3] == target and (source is None or acts[0][2] == source), acts


def test_a_thing_pinned_on_someone_is_no_blame(article):
    assert _acts(article, "The senator pinned a medal on the soldier.") == []

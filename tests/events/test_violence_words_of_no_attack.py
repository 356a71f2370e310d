"""Session 26 (lexicon26): words of violence that name no attack, read in a whole article (`min_sentences` 1): a war
or a battle on a disease, a want or the drug trade; a fight against them; words sent in a barrage ("bombarded voters
with text messages"); leaving in anger or winning by far ("stormed out of the meeting", "stormed to victory"); and the
captives of a war ("prisoners of war"). Real attacks told with the same words stay. Sentences invented for the tests,
coded through the whole pipeline."""

import pytest
from eventpicks import coded_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The Kenyan government launched a new campaign to fight malaria in the west of the country.",
    "The Kenyan health minister said the battle against obesity would be the next priority.",
    "The Philippine president's war on drugs has drawn criticism from the Catholic church.",
    "The Brazilian ruling party bombarded voters with text messages before the vote.",
    "The Kenyan opposition leader stormed out of the meeting with the president on Tuesday.",
    "Kenya's ruling party stormed to victory in the by-election in Kisumu.",
])
def test_words_of_violence_that_name_no_attack(article, text):
    assert "ASSAULT" not in coded_types(article, text)


def test_the_captives_of_a_war_are_freed_not_attacked(article):
    types = coded_types(article, "The Sudanese army freed 200 prisoners of war held by the paramilitary in Khartoum.")
    assert "RETREAT" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "M23 rebels stormed an army base near Goma on Saturday.",
    "Russian artillery bombarded Kharkiv with cluster munitions overnight.",
    "The Sudanese army waged war on the Rapid Support Forces in Darfur.",
    "Colombia's army fought the rebels in Cauca on Monday.",
])
def test_attacks_told_with_the_same_words_stay(article, text):
    assert "ASSAULT" in coded_types(article, text)

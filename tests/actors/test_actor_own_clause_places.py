"""Where a sentence names places of two countries, a place "in" or "at" which the actor's own clause happens says where
the actor is, before a nearer place of another clause ("... pastures to Tajikistan, and police dispersed a rally in
Batken": Kyrgyz police; session 33). A place of the actor's own clause nearer than it, or a sentence of one country,
keeps the nearest place. The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Farmers protested against the sale of land to Uganda, and police dispersed a rally in Kisumu on Sunday.",
     "police", "KENCOP"),
    ("Traders complained about the new tariffs on goods from Tajikistan, and police beat protesters at a market in "
     "Osh.", "police", "KGZCOP"),
])
def test_the_place_of_the_actors_own_clause_wins(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    # no "in" place in the police's clause: the nearest place as before
    ("Farmers protested against the sale of land in Uganda, and police dispersed them on Sunday.",
     "police", "UGACOP"),
    # one country: the nearest place
    ("Farmers marched in Kisumu, and police dispersed a rally in Nairobi.", "police", "KENCOP"),
])
def test_otherwise_the_nearest_place(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]

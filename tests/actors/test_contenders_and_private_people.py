"""Places and people that are no state (session 29): a seat of power the article writes on a noun of a club or of a
bid to host (sectors.yaml contender_nouns, contender_aims) names the club or the bid wherever it stands alone; a
club's office owned by a name no dictionary knows, in a text of clubs, keeps no GOV (club_offices, club_words); a
demonym on a noun for people at a calling that is no state's is the country's people, not the state
(private_people, private_people_suffixes). A seat with no such noun, a state's bid to join something, a country's
president and a demonym on the state's own acts stay as before. On the real model; the sentences were written for
this test."""

from __future__ import annotations

import pytest

from eventscope.records import Article


def actors(coder, text: str) -> list[tuple[str, str, str]]:
    doc = coder.nlp(text)
    mentions = coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
    return [(m.actor.text, m.actor.code, m.actor.kind) for m in mentions]


def states(coder, text: str) -> set[str]:
    return {words for words, _, kind in actors(coder, text) if kind == "state"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "seat"), [
    ("Lisbon's bid promised a floating stadium. Lisbon accused Nairobi of copying its plans.", "Lisbon"),
    ("The Cairo bid to host the Games was cheaper. Cairo said the others had overspent.", "Cairo"),
    ("A court fined Turkish club Ankara for fielding a banned player. Ankara said it would appeal.", "Ankara"),
])
def test_a_seat_written_as_a_club_or_bid_is_no_state(pipeline_coder, text, seat):
    assert seat not in states(pipeline_coder, text), actors(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "seat"), [
    ("Lisbon's bid to join the council failed. Lisbon accused Madrid of blocking it.", "Lisbon"),
    ("Cairo's bid for a seat on the council was backed by Nairobi. Cairo thanked its neighbours.", "Cairo"),
    ("Ankara accused Athens of violating its airspace, and the club owners watched.", "Ankara"),
])
def test_a_seat_with_no_contender_noun_or_a_states_bid_is_the_state(pipeline_coder, text, seat):
    assert seat in states(pipeline_coder, text), actors(pipeline_coder, text)


@pytest.mark.slow
def test_a_clubs_president_owned_by_an_unknown_name_is_no_government(pipeline_coder):
    text = ("The two clubs meet in the opening game. \"We are pleased,\" Rivertown's president Anna Holm said.")
    codes = {words: code for words, code, _ in actors(pipeline_coder, text)}
    holm = next(code for words, code in codes.items() if "Holm" in words)
    assert not holm.endswith("GOV"), codes


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # (no word of a club: the office is read as before)
    "\"We are pleased,\" Rivertown's president Anna Holm said after the vote.",
    # (a country's president in a text of clubs)
    "The club was fined. Kenya's president William Ruto said the fine was fair.",
])
def test_a_presidents_office_stays_without_clubs_or_with_a_country(pipeline_coder, text):
    codes = [code for words, code, _ in actors(pipeline_coder, text) if "Holm" in words or "Ruto" in words]
    assert codes and all(code.endswith("GOV") for code in codes), actors(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Peruvian and Japanese archaeologists found a tomb near the coast.",
    "Kenyan athletes criticised the new rules.",
    # (session 33) fashion's and the art trade's callings
    "Three Italian designers boycotted the show in Paris.",
    "Swiss bidders drove the price up at the auction.",
])
def test_a_demonym_on_private_people_is_no_state(pipeline_coder, text):
    found = actors(pipeline_coder, text)
    assert found and not any(kind == "state" for _, _, kind in found), found


@pytest.mark.slow
def test_a_demonym_on_the_states_acts_is_the_state(pipeline_coder):
    found = actors(pipeline_coder, "Russian advances near the river worried Kyiv.")
    assert any(kind == "state" and code == "RUS" for _, code, kind in found), found

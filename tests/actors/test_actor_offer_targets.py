"""An offer to host or mediate talks is the offerer's act toward the parties (CODEBOOK): those of "between A and B",
else, with no one named as acted on, those the earlier verb of the same speaker it is joined to acts on
(completion.implied_targets, actors/sectors.yaml joined_offers), never where the talks would be held. The sentences
were written for this test."""

from __future__ import annotations

import pytest

DATELINE = "CAIRO, May 1 (Wire) - "
TITLE = "Regional powers offer to broker a ceasefire"


def _offers(pipeline_coder, text):
    coded = pipeline_coder.code_text(DATELINE + text, title=TITLE, published=None)
    return [e for e in coded.events if e.event.cameo.startswith(("03", "045"))]


def _countries(event):
    return {a.country for a in event.target}


@pytest.mark.slow
@pytest.mark.parametrize("text, parties", [
    ("Turkey offered to mediate between Armenia and Azerbaijan.", {"ARM", "AZE"}),
    ("Egypt offered to host the talks in Cairo between Israel and Jordan.", {"ISR", "JOR"}),
    ("Qatar urged Sudan and Chad to stop fighting and offered to host talks.", {"SDN", "TCD"}),
    ("Ghana called on Mali and Niger to show restraint and offered to mediate.", {"MLI", "NER"}),
])
def test_an_offer_goes_to_the_parties(pipeline_coder, text, parties):
    offers = _offers(pipeline_coder, text)
    assert offers and any(_countries(e) == parties for e in offers), [(e.trigger.text, e.target) for e in offers]


@pytest.mark.slow
def test_help_offered_to_people_keeps_them(pipeline_coder):
    # (a near miss: aid offered to people named goes to them, not to any joined verb's parties)
    offers = _offers(pipeline_coder, "Jordan offered aid to Gaza residents.")
    assert offers and all(any("CVL" in a.sectors for a in e.target) for e in offers), \
        [(e.trigger.text, e.target) for e in offers]


@pytest.mark.slow
def test_a_joined_verb_acting_on_a_thing_names_no_party(pipeline_coder):
    # (a near miss: "condemned the attack" names no party, so the offer is not aimed at the attack's words)
    offers = _offers(pipeline_coder, "Qatar condemned the attack and offered to host talks.")
    assert all("attack" not in a.name for e in offers for a in e.target), \
        [(e.trigger.text, e.target) for e in offers]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kenya offered to host the summit in Nairobi.",
    "Qatar offered to host peace talks in Doha next month.",
])
def test_a_home_venue_is_no_target(pipeline_coder, text):
    # (session 31: the host's own city after "in" on the talks it would hold is where, not whom, the offer is aimed at)
    offers = _offers(pipeline_coder, text)
    assert offers and not any(e.target and _countries(e) <= {e.source[0].country} for e in offers if e.source), \
        [(e.trigger.text, e.source, e.target) for e in offers]


@pytest.mark.slow
def test_a_party_named_beside_a_home_venue_stays(pipeline_coder):
    # (a near miss: the parties "between" are kept while the venue goes)
    offers = _offers(pipeline_coder, "Kenya offered to host talks in Nairobi between Ethiopia and Eritrea.")
    assert offers and any(_countries(e) == {"ETH", "ERI"} for e in offers), [(e.trigger.text, e.target) for e in offers]


@pytest.mark.slow
@pytest.mark.parametrize("text, parties", [
    ("Peru and Ecuador traded accusations over the border on Monday. Brazil called on both sides to show restraint "
     "and offered to mediate.", {"PER", "ECU"}),
    ("Ghana and Togo closed their border last week. Nigeria urged the two countries to reopen it and offered to host "
     "talks.", {"GHA", "TGO"}),
])
def test_an_offer_after_a_pair_phrase_goes_to_both_parties(pipeline_coder, text, parties):
    # (session 37: the joined verb's pair phrase stands for two parties, one mention each over the same words)
    offers = _offers(pipeline_coder, text)
    assert offers and any(_countries(e) == parties for e in offers), [(e.trigger.text, e.target) for e in offers]


@pytest.mark.slow
def test_an_offer_after_one_party_goes_to_that_party_alone(pipeline_coder):
    # (a near miss: one party named, one target)
    offers = _offers(pipeline_coder, "Peru and Ecuador traded accusations on Monday. Brazil called on Peru to show "
                                     "restraint and offered to mediate.")
    assert offers and any(_countries(e) == {"PER"} for e in offers), [(e.trigger.text, e.target) for e in offers]

"""Session 36 (nonpol36, tests/articles/offtopic14.jsonl): the event-level senses behind false events on everyday
non-political pages (events/data/senses.yaml `standings`, `gaps`, `spoken_types`; events/senses.py
`unknown_speaker_act`; actors/sectors.yaml's syndicates). The sentences were written for these tests."""

from __future__ import annotations

import pytest
from handparse import make_doc
from spacy.tokens import Doc

from eventscope.actors import load_actor_dictionary
from eventscope.events.senses import load_senses
from eventscope.records import Actor


def _state(text: str, country: str) -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, kind="state",
                 reason=f"country name '{text}'")


def _group(text: str, country: str | None = None, sectors: tuple[str, ...] = ()) -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, kind="group", sectors=list(sectors),
                 reason="unresolved phrase", origin="phrase words")


NORWAY, SWEDEN = _state("Norway", "NOR"), _state("Sweden", "SWE")


@pytest.mark.parametrize("noun", ["survey", "test", "table", "index", "result", "league", "exam"])
def test_a_win_in_a_comparison_of_numbers_is_no_blow(noun):
    # "Norwegians beat Swedes in a sleep survey", "Estonian schools beat Sweden in the maths test", "... in the index"
    senses = load_senses()
    assert senses.sense_fails("beat", "182", [NORWAY], [SWEDEN], causes={"in": frozenset({noun})}) is not None
    assert senses.sense_fails("outperform", "182", [NORWAY], [SWEDEN], causes={"on": frozenset({noun})}) is not None


@pytest.mark.parametrize("noun", ["custody", "street", "cell", "prison"])
def test_a_beating_somewhere_stays_a_blow(noun):
    # "guards beat the prisoners in custody", "police beat him in the street"
    senses = load_senses()
    assert senses.sense_fails("beat", "182", [NORWAY], [SWEDEN], causes={"in": frozenset({noun})}) is None


@pytest.mark.parametrize("noun", ["gap", "deficit", "lead", "divide"])
def test_a_gap_closed_is_no_border_shut(noun):
    # "Portugal has closed the gap with Spain", "narrowed the deficit", "closed much of the divide"
    senses = load_senses()
    assert senses.sense_fails("close", "172", [NORWAY], [SWEDEN], objects={noun}) is not None
    assert senses.sense_fails("narrow", "172", [NORWAY], [SWEDEN], objects={"much"},
                              causes={"of": frozenset({noun})}) is not None


@pytest.mark.parametrize("noun", ["border", "embassy", "port", "airspace"])
def test_a_border_or_an_embassy_closed_stays(noun):
    senses = load_senses()
    assert senses.sense_fails("close", "172", [NORWAY], [SWEDEN], objects={noun}) is None


def _accused(subject: str, pos: str = "NOUN", det: str = "A") -> Doc:
    # "A <subject> accused the organisers ."
    return make_doc([
        (det, det.lower(), "DET", "DT", "det", 1),
        (subject, subject.lower(), pos, "NN", "nsubj", 2),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("organisers", "organiser", "NOUN", "NNS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])


@pytest.mark.parametrize("subject", ["guild", "orchestra", "kennel"])
def test_a_speech_act_by_a_named_subject_that_is_no_actor_is_a_private_bodys(subject):
    # "A guild accused the organisers", "A kennel accused the organisers": nobody the dictionaries know speaks
    senses = load_senses()
    doc = _accused(subject)
    assert senses.unknown_speaker_act("ACCUSE", [], [_group("the organisers", "CZE")], doc[2])


def test_the_second_verb_of_a_named_subject_is_its_act_too():
    # "A kennel club demanded refunds and accused the judges ."
    doc = make_doc([
        ("A", "a", "DET", "DT", "det", 2),
        ("kennel", "kennel", "NOUN", "NN", "compound", 2),
        ("club", "club", "NOUN", "NN", "nsubj", 3),
        ("demanded", "demand", "VERB", "VBD", "ROOT", 3),
        ("refunds", "refund", "NOUN", "NNS", "dobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        ("accused", "accuse", "VERB", "VBD", "conj", 3),
        ("the", "the", "DET", "DT", "det", 8),
        ("judges", "judge", "NOUN", "NNS", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    assert load_senses().unknown_speaker_act("ACCUSE", [], [_group("the judges")], doc[6])


def test_a_pronoun_a_known_speaker_a_political_target_or_a_blow_keep_the_act():
    senses = load_senses()
    organisers = [_group("the organisers", "CZE")]
    assert not senses.unknown_speaker_act("ACCUSE", [], organisers, _accused("It", "PRON", det="So")[1])
    doc = _accused("guild")
    assert not senses.unknown_speaker_act("ACCUSE", [_group("guild", "CZE", ("NGO",))], organisers, doc[2])
    # "A little-known group accused the army of ...": done to a political actor
    assert not senses.unknown_speaker_act("ACCUSE", [], [_group("the army", "CZE", ("MIL",))], doc[2])
    # violence is coded with no one named as its doer ("gunmen"-less attacks keep their victims)
    assert not senses.unknown_speaker_act("ASSAULT", [], organisers, doc[2])


def test_a_bare_syndicate_is_no_gang_but_a_crime_syndicate_is():
    terms = load_actor_dictionary().sector_terms
    assert "syndicate" not in terms
    for words in ("crime syndicate", "drug syndicates", "smuggling syndicate"):
        assert terms[words].sector == "CRM"

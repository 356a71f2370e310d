"""A coup told by what it takes ("staged a coup", "led the putsch", "grabbed power") is aimed at no one when no ruler
is named as ousted, not at its doers' own country (completion.implied_targets, sectors.yaml coup_objects); a ruler
named in the coup's own words is its target. The sentences were written for this test."""

from __future__ import annotations

import pytest

DATELINE = "BAMAKO, May 1 (Wire) - "


def _coups(pipeline_coder, text):
    coded = pipeline_coder.code_text(DATELINE + text, title="Mali junta marks anniversary", published=None)
    return [e for e in coded.events if e.event.plover == "COERCE" and e.event.cameo == "170"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Colonel Assimi Goita, who staged a coup in 2020, opened the new session of the council.",
    "General Salif Traore led the putsch last year and has ruled ever since.",
])
def test_a_coup_with_no_ruler_named_is_aimed_at_no_one(pipeline_coder, text):
    coups = _coups(pipeline_coder, text)
    assert coups and all(not e.target for e in coups), [(e.trigger.text, e.target) for e in coups]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Soldiers in Mali staged a coup against President Ibrahim Keita in 2020.",
    "Colonel Assimi Goita led the coup that overthrew President Ibrahim Keita.",
])
def test_a_ruler_named_in_the_coups_own_words_is_its_target(pipeline_coder, text):
    coups = [e for e in _coups(pipeline_coder, text) if e.source]
    assert coups and all(any("GOV" in a.sectors for a in e.target) for e in coups), \
        [(e.trigger.text, e.target) for e in coups]

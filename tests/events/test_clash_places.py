"""A clash is aimed at the side its "with" names, not at the place after "in", "at" or "near" where it happened, when
that place is named ("students clashed with riot police in Dhaka": the police, not Bangladesh; events/roles/heads,
session 39); a violent protest's clash (CAMEO 145, roles.yaml clash_codes) too. The sentences were written for this
test."""

from __future__ import annotations

import pytest


def _clashes(pipeline_coder, text):
    coded = pipeline_coder.code_text(text, published=None)
    return [e for e in coded.events if e.trigger.text.startswith("clash")]


@pytest.mark.slow
@pytest.mark.parametrize("text, sector", [
    ("Students clashed with riot police in Dhaka on Monday.", "COP"),
    ("Villagers clashed with soldiers at a checkpoint near Kisumu on Friday.", "MIL"),
    ("Demonstrators clashed with riot police in Caracas on Saturday.", "COP"),
    ("Serb protesters clashed with NATO peacekeepers in Zvecan on Monday.", None),
])
def test_a_clash_is_aimed_at_the_side_named_by_with(pipeline_coder, text, sector):
    events = _clashes(pipeline_coder, text)
    assert events, text
    for event in events:
        assert event.target and not any(a.origin == "phrase words" and not a.sectors for a in event.target), event.target
        if sector:
            assert any(sector in a.sectors for a in event.target), event.target


@pytest.mark.slow
@pytest.mark.parametrize("text, place", [
    # (near misses: with no side named by "with", the place stays where force went; a state named by "with" is a side)
    ("Army troops shelled rebel positions in Idlib on Monday.", None),
    ("Protesters clashed with Israeli troops in Hebron on Friday.", "ISR"),
])
def test_near_misses_keep_their_targets(pipeline_coder, text, place):
    coded = pipeline_coder.code_text(text, published=None)
    events = [e for e in coded.events if e.event.cameo[:2] in ("14", "18", "19")]
    assert events and all(e.target for e in events), [(e.trigger.text, e.target) for e in events]
    if place:
        assert any(a.country == place for e in events for a in e.target), [(e.trigger.text, e.target) for e in events]

"""An armed group's act with no one named as acted on is aimed at another state's party named near it, as a whole
state's is ("Israeli jets struck ... Hezbollah repeated its demand": Israel), never at the group itself named again;
with no such party named, it keeps its own government (completion.implied_targets, `_armed_group`). The sentences
were written for this test."""

from __future__ import annotations

import pytest


def _demand_targets(pipeline_coder, text):
    coded = pipeline_coder.code_text(text, title="Strikes reported in the south", published=None)
    events = [e for e in coded.events if e.event.plover == "REQUEST" and "demand" in e.trigger.text]
    return events, [a.code for e in events for a in e.target]


@pytest.mark.slow
def test_an_armed_group_aims_at_the_foreign_party_named_before(pipeline_coder):
    text = ("BEIRUT, Lebanon - Israeli jets struck a depot near Tyre on Sunday, the Lebanese army said.\n"
            "Hezbollah repeated its demand for a full withdrawal.\n")
    events, codes = _demand_targets(pipeline_coder, text)
    assert events and codes and all(c.startswith("ISR") for c in codes), codes


@pytest.mark.slow
def test_with_no_foreign_party_named_the_group_keeps_its_own_government(pipeline_coder):
    # the group named again ("the group") and its own state's army are no other party
    text = ("BEIRUT, Lebanon - The Lebanese army deployed troops in the south on Sunday, and Hezbollah said the group "
            "would keep its positions.\nHezbollah repeated its demand for a full withdrawal.\n")
    events, codes = _demand_targets(pipeline_coder, text)
    assert events and codes and all(c.startswith("LBN") and "REB" not in c for c in codes), codes

"""A warning told as a that-clause whose clause names a party of the warning one's own state ("warned that Ohio
should not expect more money", "warned that the legislature would have to find the money") is aimed at that party:
its target is the party's words, never the warning's own word (completion.implied_targets, `_warned_party` with
`own_too`). With no party in the clause the implied target of the own state stays. The sentences were written for
this test."""

from __future__ import annotations

import pytest

LEAD = ("COLUMBUS, Ohio (Wire) - The federal budget fight reached the statehouse on Tuesday, and Ohio Governor Tom "
        "Miller criticised the plan.\n")


def _warnings(pipeline_coder, text):
    coded = pipeline_coder.code_text(LEAD + text, title="Budget row", published=None)
    return [e for e in coded.events if e.event.plover == "THREATEN" and e.trigger.start >= len(LEAD)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), [
    ("Treasury Secretary Janet Brown warned that Ohio should not expect more money this year.", "Ohio"),
    ("The governor's office warned that the legislature would have to find the money itself.", "the legislature"),
])
def test_the_party_a_warning_clause_names_is_the_target(pipeline_coder, text, target):
    warnings = _warnings(pipeline_coder, text)
    assert warnings, text
    for event in warnings:
        assert [a.text for a in event.target] == [target]
        assert all(a.text != event.trigger.text for a in event.target)


@pytest.mark.slow
def test_with_no_party_in_the_clause_the_implied_target_stays(pipeline_coder):
    warnings = _warnings(pipeline_coder, "Treasury Secretary Janet Brown warned that money would be short this year.")
    assert warnings and all(a.name.startswith("[implied") for e in warnings for a in e.target)

"""A protest told only as a stretch of time with no one named as doing it ("after months of protests", "a second
night of rioting") is aimed at no one: it gets no implied target of its country; a protest whose protesters are
named, one told as an act ("protests erupted"), or one whose words before it name a state's body as what it is against
("anti-government protests"), keeps it (completion.implied_targets, `_unnamed_protest`). The sentences were written
for this test."""

from __future__ import annotations

import pytest

# (a political page of one country, so that an implied target would have a country to take)
LEAD = ("SANTIAGO, March 3 (Wire) - The Chilean government raised fuel taxes on Monday, and the finance minister "
        "urged Congress to pass the budget.\n")


def _protests(pipeline_coder, text):
    coded = pipeline_coder.code_text(LEAD + text, title="Unrest spreads in Chile", published=None)
    events = [e for e in coded.events if e.event.plover == "PROTEST" and e.trigger.start >= len(LEAD)]
    return events, [e for e in events if any(a.name.startswith("[implied") for a in e.target)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The mayor of Talca imposed a curfew after a second night of rioting in which shops were looted.",
    "Months of protests ended when the transport minister resigned in May.",
])
def test_a_protest_no_one_is_named_doing_has_no_implied_target(pipeline_coder, text):
    events, implied = _protests(pipeline_coder, text)
    assert events and not implied, [(e.trigger.text, e.source, e.target) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the protesters are named: the march is aimed at their government, as before
    "Thousands of students marched through Santiago on Friday to demand lower fees.",
    # no one named, but told as an act, not as a stretch of time
    "Protests erupted in Talca on Monday over the fuel tax.",
    # no one named, but the words before the protest name the state body it is against
    "The crackdown followed weeks of anti-government protests in the south.",
])
def test_named_protesters_or_a_named_state_body_keep_the_implied_target(pipeline_coder, text):
    events, implied = _protests(pipeline_coder, text)
    assert implied, [(e.trigger.text, e.source, e.target) for e in events]

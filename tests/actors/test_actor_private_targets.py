"""An act with no one named as acted on whose sentence names a party that is no state (a company, its management or
board, an employer, a club: sectors.yaml private_parties) and no state's actor, or whose paragraph's sentence before
does, is aimed at that party: it gets no implied target of the acting one's own state (completion.implied_targets).
The sentences were written for this test."""

from __future__ import annotations

import pytest

# (a political page: the government and ministers act in its first two sentences, enough of the page that a
# union's quarrel with a firm below is no page of the union's own affairs, senses.yaml own_affairs)
LEAD = ("OSLO, May 1 (Wire) - The Norwegian government raised the minimum wage on Monday, and the labour minister "
        "urged the opposition to back the bill.\nThe finance minister told parliament the rise would cost the state "
        "two billion crowns.\n")


def _implied_state_targets(pipeline_coder, text, plover):
    coded = pipeline_coder.code_text(LEAD + text, title="Wage row spreads", published=None)
    events = [e for e in coded.events if e.event.plover == plover and e.trigger.start >= len(LEAD)]
    return events, [e for e in events if any(a.name.startswith("[implied") for a in e.target)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Hundreds of employees walked out of the Fjordline company's offices in Bergen on Tuesday.", "PROTEST"),
    ("The dockers' union demanded that management reopen talks on pay.", "REQUEST"),
    ("The shipping firm cut 900 jobs on Monday. The dockers' union demanded a better offer.", "REQUEST"),
])
def test_an_act_aimed_at_a_private_party_has_no_implied_state_target(pipeline_coder, text, plover):
    events, implied = _implied_state_targets(pipeline_coder, text, plover)
    assert events and not implied, [(e.trigger.text, e.target) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # no private party named: the union's demand is aimed at its own government, as before
    ("The teachers' union demanded a better offer on Tuesday.", "REQUEST"),
    # the company is named in another paragraph: the demand is not aimed at it
    ("The shipping firm cut 900 jobs on Monday.\nThe teachers' union demanded a better offer.", "REQUEST"),
])
def test_with_no_private_party_near_the_implied_target_stays(pipeline_coder, text, plover):
    events, implied = _implied_state_targets(pipeline_coder, text, plover)
    assert implied, [(e.trigger.text, e.target) for e in events]

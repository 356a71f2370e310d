"""Session 36 (countries36b): the goal of an infinitive or a gerund of motion with no subject of its own ("the
government's plan to send migrants to Ghana", "accused the ministry of agreeing to move production to Morocco") is
where someone would be sent or moved, not the country of a state body in the sentence, as the goal of the body's own
verb of motion is not ("the minister flew to Bamako"; completion/countries.py `_unsaid_movers_goals`). A place where
the plan would act ("a port in Ghana") or where the body is ("police in Ghana") still places it. The sentences were
written for this test; none comes from the development data or the gold sets."""

from __future__ import annotations

import pytest


def _target(article, text):
    """The codes of the targets named by a state body's word."""
    events = article.code_text(text).events
    return [a.code for e in events for a in e.target if a.text.split()[-1] in ("government", "cabinet", "ministry")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "away"), [
    ("A court ruled that the government's plan to send migrants to Ghana was unlawful.", "GHA"),
    ("Critics attacked the cabinet's decision to deploy warships to Cyprus.", "CYP"),
    ("The union accused the ministry of agreeing to move car production to Morocco.", "MAR"),
])
def test_where_a_plan_would_send_is_not_the_bodys_country(article, text, away):
    targets = _target(article, text)
    assert targets and not any(code.startswith(away) for code in targets), targets


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A court ruled that the government's plan to build a port in Ghana was unlawful.",
    "Police in Ghana said the government's plan was unlawful.",
])
def test_a_place_that_is_no_goal_of_motion_still_places_it(article, text):
    assert "GHAGOV" in _target(article, text)

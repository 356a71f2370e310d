"""Picking out what the assertions of the real-parse role tests look at: an event of a type, its actors'
words or countries."""

from collections.abc import Sequence

from eventscope.records import Actor, Event, EventDraft


def only(events: list[Event], plover: str) -> Event:
    """The first event of PLOVER type `plover` (the test fails, listing what was found, when there is none)."""
    found = [e for e in events if e.event.plover == plover]
    assert found, f"no {plover} event in {[(e.event.plover, e.trigger.text) for e in events]}"
    return found[0]


def texts(actors: list[Actor]) -> list[str]:
    return [a.text for a in actors]


def countries(actors: list[Actor]) -> list[str]:
    """The actors' countries, sorted, leaving out those with none."""
    return sorted(a.country for a in actors if a.country)


def the_only(events: Sequence[Event | EventDraft], plover: str) -> Event | EventDraft:
    """The one event of PLOVER type `plover` (the test fails, listing what was found, unless there is exactly one)."""
    found = [e for e in events if e.event.plover == plover]
    assert len(found) == 1, [(e.event.plover, e.trigger.text) for e in events]
    return found[0]


def countries_in_order(actors: list[Actor]) -> list[str | None]:
    """The actors' countries in role order, None for an actor with none."""
    return [a.country for a in actors]

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


def names(actors: list[Actor], code: str | None) -> bool:
    """An actor of the side is of that country, or is that actor (an IGO by its code: IGOEU); the whole code,
    never a part ("UN" is in "TUN")."""
    return code is not None and any(code in (a.country, a.code) for a in actors)


def family_scores(coder, cases: list[dict], wanted: set[str]) -> tuple[float, float, list[str]]:
    """For a paraphrase set's cases of one family ({text, source, target}), each coded alone: the share coded with
    an event of a `wanted` PLOVER type, the share with such an event whose source and target name the case's
    countries, and the sentences with none (with the types they got instead)."""
    found = dyads = 0
    failures = []
    for case in cases:
        events = coder.code_text(case["text"]).events
        hits = [e for e in events if e.event.plover in wanted]
        found += bool(hits)
        dyads += any(names(e.source, case["source"]) and names(e.target, case["target"]) for e in hits)
        if not hits:
            failures.append(f"{case['text']} -> {[e.event.plover for e in events]}")
    return found / len(cases), dyads / len(cases), failures


def no_event_share(coder, cases: list[dict]) -> tuple[float, list[str]]:
    """For a paraphrase set's near misses, each coded alone: the share coded with no PLOVER event, and the
    sentences that got one."""
    coded = [case["text"] for case in cases if any(e.event.plover for e in coder.code_text(case["text"]).events)]
    return 1 - len(coded) / len(cases), coded

"""The where-and-when test set (where_when_cases.yaml): hand-built events over real parses, scored.

Each sentence is parsed with the model, given an Event built by hand (trigger, sentence, actor countries,
QuadClass, modality), then located and dated; a case is right when both its place and its date are.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from eventscope.dates import DateResolver
from eventscope.geo import EventLocator, load_gazetteer
from eventscope.geo.gazetteer import normalise
from eventscope.ontology import load_ontology
from eventscope.records import Actor, Event, EventType, Span

CASES_FILE = Path(__file__).with_name("where_when_cases.yaml")
REQUIRED_SCORE = 0.90
QUAD_CAMEO = {1: ("042", 1.9), 2: ("070", 7.0), 3: ("111", -2.0), 4: ("190", -10.0)}


def load_cases() -> tuple[str, list[dict]]:
    raw = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    return raw["published"], raw["cases"]


def _actor(text: str, country: str | None) -> list[Actor]:
    if country is None:
        return []
    return [Actor(text=country, start=0, end=len(country), name=country, country=country, kind="state")]


def case_event(case: dict) -> Event:
    """An Event for a case, with real offsets into its text (the sentence is the whole text)."""
    text, trigger = case["text"], case["trigger"]
    start = text.index(trigger)
    if "cameo" in case:  # the event's own code, where its kind matters (an expulsion happens at home)
        event_type = load_ontology().event_type(case["cameo"])
    else:
        cameo, goldstein = QUAD_CAMEO[case.get("quad", 1)]
        event_type = EventType(cameo=cameo, cameo_root=cameo[:2], quad_class=case.get("quad", 1), goldstein=goldstein)
    return Event(
        id="case", article_id="cases", sentence_index=0,
        event=event_type,
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        evidence=Span(text=text, start=0, end=len(text)),
        source=_actor(text, case.get("source")), target=_actor(text, case.get("target")),
        modality=case.get("modality", "asserted"),
    )


def check_case(case: dict, event: Event) -> list[str]:
    """What the event gets wrong against the case's expectations ([] when right); names compare without accents."""
    problems = []
    place, got = case["place"], event.location
    if place is None and got is not None:
        problems.append(f"place: expected none, got {got.name}")
    elif place is not None:
        if got is None:
            problems.append(f"place: expected {place['name']}, got none")
        elif (normalise(got.name), got.country, got.precision) != (normalise(place["name"]), place["country"], place["precision"]):
            problems.append(f"place: expected {place}, got {(got.name, got.country, got.precision)} ({got.reason})")
    expected_date = case["date"]
    if expected_date is None and event.date is not None:
        problems.append(f"date: expected none, got {event.date}")
    elif expected_date is not None and (str(event.date), event.date_precision) != (expected_date["value"], expected_date["precision"]):
        problems.append(f"date: expected {expected_date}, got {(event.date, event.date_precision, event.date_text)}")
    return problems


def run_case(nlp, locator: EventLocator, resolver: DateResolver, default_published: str, case: dict) -> Event:
    published = case.get("published", default_published)
    doc = nlp(case["text"])
    event = locator.locate(doc, case_event(case), [])
    return resolver.date(doc, event, date.fromisoformat(published) if published else None)


def test_the_case_file_is_well_formed():
    default_published, cases = load_cases()
    date.fromisoformat(default_published)
    assert len(cases) >= 50
    for case in cases:
        assert case["trigger"] in case["text"], case["text"]
        assert "place" in case and "date" in case, case["text"]


def score_cases(nlp, default_published: date, cases: list[dict]) -> tuple[float, dict[str, list[str]]]:
    """The share of cases right, and the problems of each wrong one (by its text)."""
    locator, resolver = EventLocator(load_gazetteer()), DateResolver()
    failures = {}
    for case in cases:
        problems = check_case(case, run_case(nlp, locator, resolver, default_published, case))
        if problems:
            failures[case["text"]] = problems
    return 1 - len(failures) / len(cases), failures


@pytest.mark.slow
def test_places_and_dates_are_at_least_90_percent_right(nlp):
    score, failures = score_cases(nlp, *load_cases())
    assert score >= REQUIRED_SCORE, f"{score:.0%} right; failures: {failures}"

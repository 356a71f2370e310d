"""The seed article (../shared/seed) coded through the whole pipeline: every must of expected.yaml that
needs no place or date is met by a distinct event, and no forbidden event appears."""

from datetime import date
from pathlib import Path

import pytest
import yaml

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"
# Fields of a must that belong to the where/when stages, checked elsewhere.
PLACE_AND_DATE = {"date", "location_name", "location_country"}

pytestmark = pytest.mark.skipif(not (SEED / "expected.yaml").exists(), reason="../shared/seed is absent")


def countries(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def fits(event, spec: dict) -> bool:
    """Does an event meet every event-level condition of a must or forbidden entry?"""
    checks = {
        "sentence_contains": lambda v: v in event.evidence.text,
        "source_country": lambda v: v in countries(event.source),
        "target_country": lambda v: v in countries(event.target),
        "dyad": lambda v: set(v) <= countries(event.source) | countries(event.target),
        "plover": lambda v: event.event.plover in v,
        "mode": lambda v: event.event.mode in v,
        "cameo": lambda v: any(event.event.cameo.startswith(prefix) for prefix in v),
        "modality": lambda v: event.modality in v,
        "attribution_contains": lambda v: any(v in a.name or v in a.text for a in event.attribution),
        "participant_name_contains": lambda v: any(
            word in a.name or word in a.text for a in [*event.source, *event.target] for word in v
        ),
    }
    return all(checks[key](value) for key, value in spec.items() if key in checks)


@pytest.fixture(scope="module")
def seed_events(pipeline_coder):
    from eventscope.ingest.clean import clean_text

    expected = yaml.safe_load((SEED / "expected.yaml").read_text(encoding="utf-8"))
    text = clean_text((SEED / "article.txt").read_text(encoding="utf-8"))
    coded = pipeline_coder.code_text(text, published=date.fromisoformat(expected["published"]))
    return expected, coded.events


@pytest.mark.slow
def test_every_must_without_place_or_date_is_met_by_a_distinct_event(seed_events):
    expected, events = seed_events
    used: set[str] = set()
    missing = []
    for must in expected["must"]:
        spec = {k: v for k, v in must.items() if k not in PLACE_AND_DATE and k != "name"}
        match = next((e for e in events if e.id not in used and fits(e, spec)), None)
        if match is None:
            missing.append(must["name"])
        else:
            used.add(match.id)
    assert not missing, f"musts not met: {missing}"


@pytest.mark.slow
def test_no_forbidden_event_appears(seed_events):
    expected, events = seed_events
    for forbidden in expected["forbidden"]:
        spec = {k: v for k, v in forbidden.items() if k != "name"}
        hits = [e for e in events if fits(e, spec)]
        assert not hits, f"forbidden {forbidden['name']!r}: {[(e.event.cameo, e.trigger.text) for e in hits]}"


@pytest.mark.slow
def test_reporting_outlets_are_attribution_not_participants(seed_events):
    _, events = seed_events
    visit = next(e for e in events if "state visit" in e.trigger.text)
    assert [a.name for a in visit.attribution] == ["CNN"]
    assert all("CNN" not in a.name for e in events for a in [*e.source, *e.target])


@pytest.mark.slow
def test_every_span_points_into_the_clean_text(seed_events, pipeline_coder):
    from eventscope.ingest.clean import clean_text

    _, events = seed_events
    text = clean_text((SEED / "article.txt").read_text(encoding="utf-8"))
    for event in events:
        for span in [event.trigger, event.evidence, *event.source, *event.target, *event.attribution]:
            assert text[span.start:span.end] == span.text
        assert event.trigger.start >= event.evidence.start and event.trigger.end <= event.evidence.end

"""Constructions of long, dense articles (dense_cases.yaml): denials that answer the accusation they hang in
("accused X of ..., which Y denied") and coordinated acts of one type ("summoned the envoy and lodged a protest").
Each invented sentence is read as a whole article by the whole pipeline."""

from pathlib import Path

import pytest
import yaml

CASES: dict[str, list[dict]] = yaml.safe_load((Path(__file__).parent / "dense_cases.yaml").read_text(encoding="utf-8"))


def _pairs(events, plover: str) -> list[tuple[str | None, str | None]]:
    """Every (source, target) country pair of the events of one type (None for a side with no actor)."""
    return [(s.country if s else None, t.country if t else None)
            for e in events if e.event.plover == plover for s in (e.source or [None]) for t in (e.target or [None])]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES["FOUND"], ids=[c["text"][:40] for c in CASES["FOUND"]])
def test_dense_acts_are_found(article, case):
    events = article.code_text(case["text"]).events
    typed = [e for e in events if e.event.plover == case["plover"]]
    found = _pairs(events, case["plover"])
    assert all(tuple(p) in found for p in case["pairs"]), (found, [(e.event.plover, e.trigger.text) for e in events])
    assert len(typed) >= case.get("count", 1), [(e.trigger.text, _pairs([e], case["plover"])) for e in typed]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES["NEAR"], ids=[c["text"][:40] for c in CASES["NEAR"]])
def test_near_misses_code_no_more(article, case):
    events = article.code_text(case["text"]).events
    typed = [e for e in events if e.event.plover == case["plover"]]
    assert len(typed) <= case["max"], [(e.trigger.text, e.rule) for e in typed]

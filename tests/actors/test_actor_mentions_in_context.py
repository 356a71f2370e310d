"""Actor mentions in context (issue 12): at least 90% of the checks of each case file right, on the real model:
data/mentions_in_context.yaml (titles, appositions, party labels, pronouns, sector nouns with places and datelines)
and data/outsider_countries.yaml (people who are not of the place they are in, a country after "in" that says only
where a group named with its nationality is; with near misses that must keep a country). The sentences were
written for these tests; none comes from the development data."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventscope.records import Article

DATA = Path(__file__).parent / "data"
FILES = ("mentions_in_context.yaml", "outsider_countries.yaml")
REQUIRED = 0.9


def cases(name: str) -> list[dict]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["cases"]


def score(coder, name: str) -> tuple[float, list[str]]:
    right, failures, total = 0, [], 0
    for case in cases(name):
        text = case["text"]
        doc = coder.nlp(text)
        mentions = coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
        for check in case["checks"]:
            total += 1
            spans = sorted({(m.actor.start, m.actor.end) for m in mentions if m.actor.text == check["mention"]})
            occurrence = check.get("occurrence", 1)
            if len(spans) >= occurrence:
                span = spans[occurrence - 1]
                codes = [m.actor.code for m in mentions if (m.actor.start, m.actor.end) == span]
            else:
                codes = []
            if codes == check["codes"]:
                right += 1
            else:
                found = [(m.actor.text, m.actor.code) for m in mentions]
                failures.append(f"{check['mention']!r} in {text!r}: want {check['codes']}, got {codes or found}")
    return right / total, failures


def test_the_case_files_are_large_enough():
    assert sum(len(case["checks"]) for case in cases("mentions_in_context.yaml")) >= 40
    checks = [check for case in cases("outsider_countries.yaml") for check in case["checks"]]
    assert len(checks) >= 50
    assert sum(1 for check in checks if check.get("near_miss")) >= 20


@pytest.mark.slow
@pytest.mark.parametrize("name", FILES)
def test_actor_mentions_in_context_are_at_least_90_percent_right(pipeline_coder, name):
    share, failures = score(pipeline_coder, name)
    assert share >= REQUIRED, f"{share:.0%} right:\n" + "\n".join(failures)

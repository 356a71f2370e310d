"""The when test set (when_cases.yaml): small invented articles with a publication date, coded through the whole
pipeline; for the events listed the coder must give the date CODEBOOK.md asks for and the modality, at high rates,
near misses included (background with no date stays null, a weekday in a story about another year is not this week).

The date compared is the codebook's (`codebook_date`), except that an asserted event dated by the publication
stand-in counts as the publication day: that is the day CODEBOOK.md gives the news it reports (the evaluator leaves
the stand-in out, as the gold writes no date for much current news)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from eventscope.dates import codebook_date
from eventscope.records import Event, date_label

ARTICLES = yaml.safe_load((Path(__file__).parent / "when_cases.yaml").read_text(encoding="utf-8"))
CASES = [(article, case) for article in ARTICLES for case in article["events"]]
# background_cases.yaml: news beside background told in many ways, and plans and promises beside it
BACKGROUND = yaml.safe_load((Path(__file__).parent / "background_cases.yaml").read_text(encoding="utf-8"))
BACKGROUND_CASES = [(article, case) for article in BACKGROUND for case in article["events"]]
# story_time_cases.yaml: background dated by counting from the story's own time ("the following October", "five
# years later"), beside the week's news
STORY = yaml.safe_load((Path(__file__).parent / "story_time_cases.yaml").read_text(encoding="utf-8"))
STORY_CASES = [(article, case) for article in STORY for case in article["events"]]


def test_the_when_set_is_large_with_near_misses_and_every_kind_of_date():
    assert len(CASES) >= 60
    assert sum(bool(case.get("near_miss")) for _, case in CASES) >= 15
    lengths = {len(case["date"]) if case["date"] else 0 for _, case in CASES}
    assert lengths == {0, 4, 7, 10}  # no date, a year, a month, a day
    assert {case["modality"] for _, case in CASES} >= {"asserted", "historical", "future", "hypothetical"}


def test_the_background_set_is_large_with_near_misses():
    assert len(BACKGROUND_CASES) >= 40
    assert sum(bool(case.get("near_miss")) for _, case in BACKGROUND_CASES) >= 20
    assert {case["modality"] for _, case in BACKGROUND_CASES} >= {"asserted", "historical", "future", "hypothetical"}


def written_date(event: Event) -> str | None:
    if event.date_reason == "publication" and event.modality == "asserted" and event.date is not None:
        return date_label(event.date, event.date_precision)
    return codebook_date(event)


def found(coded: list[Event], text: str, case: dict) -> Event | None:
    """The coded event whose trigger holds the case's trigger word (in the case's sentence, if it names one)."""
    first = text.index(case["sentence"]) if case.get("sentence") else 0
    position = text.index(case["trigger"], first)
    end = position + len(case["trigger"])
    return next((e for e in coded if e.trigger.start < end and position < e.trigger.end), None)


def failures_of(pipeline_coder, articles: list[dict]) -> tuple[list[str], int, int]:
    """Cases whose coded (date, modality) is not the expected one; near misses, and how many were right."""
    failures, near_misses, near_right = [], 0, 0
    for article in articles:
        published = article["published"]
        published = published if isinstance(published, date) else date.fromisoformat(published)
        coded = pipeline_coder.code_text(article["text"], published=published).events
        for case in article["events"]:
            event = found(coded, article["text"], case)
            got = None if event is None else (written_date(event), event.modality)
            right = got == (case["date"], case["modality"])
            if case.get("near_miss"):
                near_misses += 1
                near_right += right
            if not right:
                failures.append(f"{published} {case['trigger']!r}: expected {case['date']} {case['modality']}, got {got}")
    return failures, near_misses, near_right


@pytest.mark.slow
@pytest.mark.parametrize(("articles", "cases"), [(ARTICLES, CASES), (BACKGROUND, BACKGROUND_CASES), (STORY, STORY_CASES)],
                         ids=["when set", "background set: plans and the news beside them",
                              "story-time set: dates counted from the story's time"])
def test_dates_and_modality_are_right_for_at_least_93_percent(pipeline_coder, articles, cases):
    failures, near_misses, near_right = failures_of(pipeline_coder, articles)
    rate = 1 - len(failures) / len(cases)
    assert rate >= 0.93, f"date and modality right {rate:.2f}:\n" + "\n".join(failures)
    assert near_right >= near_misses - 1, "near misses:\n" + "\n".join(failures)

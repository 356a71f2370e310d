"""Event coding must add at most 15% to parse time (issue #4), measured as a ratio in one run."""

import json
import time
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "articles.jsonl"


def coding_to_parse_ratio(coder, texts: list[str]) -> tuple[float, float, float]:
    """Seconds to parse the texts, seconds for the event coder on the parsed docs, and their ratio.
    Actor mentions are resolved beforehand: only event coding is timed against parsing."""
    from eventscope.records import Article

    started = time.perf_counter()
    docs = list(coder.nlp.pipe(texts, batch_size=32))
    parse_seconds = time.perf_counter() - started
    prepared = [(doc, Article(id=str(i), text=doc.text), coder.resolver.resolve(doc, None)) for i, doc in enumerate(docs)]
    started = time.perf_counter()
    for doc, article, mentions in prepared:
        coder.event_coder.code(doc, article, mentions)
    coding_seconds = time.perf_counter() - started
    return parse_seconds, coding_seconds, coding_seconds / parse_seconds


@pytest.mark.slow
@pytest.mark.skipif(not BENCH.exists(), reason="../shared/bench is absent")
def test_event_coding_adds_at_most_15_percent_to_parse_time(pipeline_coder):
    lines = BENCH.read_text(encoding="utf-8").splitlines()[:40]
    texts = [json.loads(line)["text"] for line in lines]
    coding_to_parse_ratio(pipeline_coder, texts[:2])  # warm up caches outside the measurement
    _, _, ratio = coding_to_parse_ratio(pipeline_coder, texts)
    assert ratio <= 0.15, f"event coding takes {ratio:.0%} of parse time"

"""Cost of the where/when stages (geo + dates) as a fraction of parse time, in one run (issue #5).

    .venv/bin/python benchmarks/where_when.py [CORPUS.jsonl] [--limit N] [--passes P] [--batch B]

For each batch of B articles: parse it with the pipeline's model (nlp.pipe, timed), run the actor and event
stages on it (not timed), then time EventLocator.find_location and DateResolver.resolve over its events, as the
pipeline calls them. Parse and where/when alternate batch by batch, so that a busy shared machine slows both
sides alike; times are CPU times of this process. Each pass starts with a fresh DateResolver (empty phrase cache). dateparser's first
use (imports and regex compilation, once per process) is measured and printed apart: it is start-up cost.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from eventscope.dates import DateResolver
from eventscope.dates.calendar import _dateparser_date
from eventscope.pipeline import Coder
from eventscope.records import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "articles.jsonl"


def read_articles(corpus: Path, limit: int | None) -> list[Article]:
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Article(id=r["id"], text=r["text"], published=date.fromisoformat(r["published"]) if r.get("published") else None)
        for r in rows[:limit]
    ]


def one_pass(coder: Coder, articles: list[Article], batch: int) -> tuple[float, float, float, int]:
    """(parse, where, when) CPU seconds and the number of events, over the corpus."""
    resolver = DateResolver()
    parse = where = when = 0.0
    events = 0
    for first in range(0, len(articles), batch):
        chunk = articles[first : first + batch]
        started = time.process_time()
        docs = list(coder.nlp.pipe([a.text for a in chunk], batch_size=coder.settings.batch_size))
        parse += time.process_time() - started
        for article, doc in zip(chunk, docs):
            context = coder.context(article, doc)  # (the actors and places the two stages read: not timed)
            drafts = coder.event_coder.code(context)
            events += len(drafts)
            started = time.process_time()
            for draft in drafts:
                coder.locator.find_location(context, draft)
            middle = time.process_time()
            for draft in drafts:
                resolver.resolve(context, draft)
            where, when = where + middle - started, when + time.process_time() - middle
    return parse, where, when, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--batch", type=int, default=8)
    args = parser.parse_args()

    articles = read_articles(args.corpus, args.limit)
    coder = Coder()
    started = time.process_time()
    _dateparser_date("the day before yesterday", date(2024, 5, 16))
    dateparser_first_use = time.process_time() - started
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words} words; dateparser first use: {dateparser_first_use:.3f} s CPU")
    for number in range(1, args.passes + 1):
        parse, where, when, events = one_pass(coder, articles, args.batch)
        print(f"pass {number}: {events} events; parse {parse:.2f} s, where {where:.3f} s ({where / parse:.2%}), "
              f"when {when:.3f} s ({when / parse:.2%}); where+when / parse = {(where + when) / parse:.2%}")


if __name__ == "__main__":
    main()

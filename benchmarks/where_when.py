"""Cost of the where/when stages (geo + dates) as a fraction of parse time, in one run (issue #5).

    .venv/bin/python benchmarks/where_when.py [CORPUS.jsonl] [--limit N] [--repeat R]

Parses the corpus once with the pipeline's model (CPU time), runs the actor and event stages to get real
events, then times EventLocator.locate and DateResolver.date over every event, R times with fresh per-document
caches and a fresh DateResolver each time, and prints the ratio to parse time. CPU time, not wall time, so
that other processes on a shared machine do not inflate either side. dateparser's first use (imports and
regex compilation, once per process) is measured and printed apart: it is start-up, not per-article cost.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date
from pathlib import Path

from eventscope.dates import DATE_ENTITIES_KEY, EXPRESSIONS_KEY, DateResolver, _dateparser_date
from eventscope.geo.clauses import ROOTS_KEY
from eventscope.geo.locator import CACHE_KEY
from eventscope.pipeline import Coder
from eventscope.records import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [
        Article(id=r["id"], text=r["text"], published=date.fromisoformat(r["published"]) if r.get("published") else None)
        for r in rows[: args.limit]
    ]
    coder = Coder()
    started = time.process_time()
    docs = list(coder.nlp.pipe([a.text for a in articles], batch_size=coder.settings.batch_size))
    parse_seconds = time.process_time() - started
    coded = []
    for article, doc in zip(articles, docs):
        mentions = coder.resolver.resolve(doc, article.published)
        coded.append((article, doc, mentions, coder.event_coder.code(doc, article, mentions)))
    events = sum(len(evs) for *_, evs in coded)

    started = time.process_time()
    _dateparser_date("the day before yesterday", date(2024, 5, 16))
    dateparser_first_use = time.process_time() - started

    where_runs, when_runs = [], []
    for _ in range(args.repeat):
        resolver = DateResolver()
        where = when = 0.0
        for article, doc, mentions, evs in coded:
            for key in (CACHE_KEY, EXPRESSIONS_KEY, DATE_ENTITIES_KEY, ROOTS_KEY):
                doc.user_data.pop(key, None)
            for event in evs:
                started = time.process_time()
                located = coder.locator.locate(doc, event, mentions)
                middle = time.process_time()
                resolver.date(doc, located, article.published)
                where, when = where + middle - started, when + time.process_time() - middle
        where_runs.append(where)
        when_runs.append(when)
    total = [w + d for w, d in zip(where_runs, when_runs)]
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words} words, {events} events")
    print(f"parse (spaCy, CPU): {parse_seconds:.2f} s")
    print(f"where (geo) CPU per run: {', '.join(f'{s:.3f}' for s in where_runs)} s")
    print(f"when (dates) CPU per run: {', '.join(f'{s:.3f}' for s in when_runs)} s")
    print(f"dateparser first use (once per process): {dateparser_first_use:.3f} s")
    print(f"where+when / parse: median {statistics.median(total) / parse_seconds:.2%}, best {min(total) / parse_seconds:.2%}")


if __name__ == "__main__":
    main()

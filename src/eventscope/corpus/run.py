"""A corpus run, one skeleton for both engines: sources -> documents -> engine (coded rows) -> database -> stories.

`run_corpus` reads the stored ids, hands the engine the source stream, and rebuilds the stories; an engine
only codes the documents and stores what it coded: `LocalEngine` in a pool of processes (corpus/local.py),
`RayEngine` on Ray Data through Parquet shards (scale/ray.py).

Crash safety: every write is one transaction holding whole articles with all their events (and the
rejects read so far), and an article's id is its content hash. A run killed at any moment leaves only
complete batches; running it again skips the stored articles (INSERT OR IGNORE guards the rest) and
rebuilds the stories, so it ends with exactly the database of an uninterrupted run.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pyarrow as pa

from eventscope import store
from eventscope.corpus.local import process_batches
from eventscope.corpus.processor import Known
from eventscope.ingest.document import RawDocument
from eventscope.ingest.fetch import Fetcher
from eventscope.ingest.sources import read_sources
from eventscope.records import Reject
from eventscope.settings import IngestOptions, Settings
from eventscope.store.stories import rebuild_stories

__all__ = ["BatchWriter", "Engine", "IngestSummary", "Item", "LocalEngine", "ingest", "run_corpus"]

Item = RawDocument | Reject


@dataclass
class IngestSummary:
    documents: int = 0  # documents handed to the coder
    articles: int = 0  # new articles stored
    known: int = 0  # already in the database before this run
    duplicates: int = 0  # the same clean text met again in this run
    events: int = 0  # events of the new articles
    rejects: Counter[str] = field(default_factory=Counter)  # by reason
    stories: int = 0
    near_duplicates: int = 0
    seconds: float = 0.0
    coding_seconds: float = 0.0  # from the first coded batch on: excludes model loading and warm-up
    after_first_batch: int = 0  # articles handled in that time

    @property
    def rate(self) -> float:
        return (self.articles + self.known + self.duplicates) / self.seconds if self.seconds else 0.0

    @property
    def steady_rate(self) -> float:
        return self.after_first_batch / self.coding_seconds if self.coding_seconds > 0 else 0.0

    def line(self) -> str:
        rejects = sum(self.rejects.values())
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(self.rejects.items()))
        return (
            f"{self.articles} new article(s), {self.events} event(s), {rejects} reject(s)"
            + (f" ({reasons})" if reasons else "")
            + f", {self.known} already stored, {self.duplicates} duplicate(s) in this run; "
            f"{self.stories} stories, {self.near_duplicates} near-duplicate article(s); "
            f"{self.seconds:.1f} s, {self.rate:.1f} articles/s"
            + (f", {self.steady_rate:.1f} articles/s after the first batch" if self.steady_rate else "")
        )


class BatchWriter:
    """Buffers coded batches and rejects and writes them in batches, each one transaction."""

    def __init__(self, db: Path, write_every: int, lock_timeout: float) -> None:
        self.db, self.write_every, self.lock_timeout = db, write_every, lock_timeout
        self.batches: list[dict[str, pa.Table]] = []
        self.articles = 0  # articles in the buffered batches
        self.rejects: list[Reject] = []

    def add(self, tables: dict[str, pa.Table] | None = None, rejects: Sequence[Reject] = ()) -> None:
        if tables is not None:
            self.batches.append(tables)
            self.articles += tables["articles"].num_rows
        self.rejects.extend(rejects)
        if self.articles >= self.write_every or len(self.rejects) >= 10 * self.write_every:
            self.flush()

    def flush(self) -> None:
        if not self.batches and not self.rejects:
            return
        tables = store.concat_batches([*self.batches, store.batch_tables([], self.rejects)])
        with store.connect(self.db, lock_timeout=self.lock_timeout) as con:
            store.write_tables(con, tables)
        self.batches, self.articles, self.rejects = [], 0, []


class Engine(Protocol):
    """Codes a stream of source items and stores the results in the database, counting into `summary`."""

    def code_into(self, db: Path, items: Iterable[Item], known_ids: frozenset[str], summary: IngestSummary,
                  started: float) -> None: ...


def run_corpus(
    sources: Sequence[str],
    db: str | Path,
    settings: Settings,
    options: IngestOptions,
    engine: Engine,
    *,
    lock_timeout: float = 60.0,
    fetcher: Fetcher | None = None,
) -> IngestSummary:
    """The skeleton of every run: stored ids, the sources through `engine` into `db`, then the stories."""
    db = Path(db)
    started = time.monotonic()
    summary = IngestSummary()
    with store.connect(db, lock_timeout=lock_timeout) as con:
        known_ids = frozenset(store.existing_ids(con, "articles"))
    engine.code_into(db, read_sources(sources, options, fetcher), known_ids, summary, started)
    with store.connect(db, lock_timeout=lock_timeout) as con:
        built = rebuild_stories(con, settings.stories)
    summary.stories, summary.near_duplicates = built["stories"], built["duplicates"]
    summary.seconds = time.monotonic() - started
    return summary


@dataclass
class LocalEngine:
    """Codes in `workers` local processes (one: in this process), writing every `write_every` articles."""

    settings: Settings
    options: IngestOptions
    workers: int = 1
    batch_size: int = 8
    write_every: int = 64
    lock_timeout: float = 60.0
    progress: Callable[[IngestSummary], None] | None = None

    def code_into(self, db: Path, items: Iterable[Item], known_ids: frozenset[str], summary: IngestSummary,
                  started: float) -> None:
        writer = BatchWriter(db, self.write_every, self.lock_timeout)
        seen: set[str] = set()

        def document_batches() -> Iterator[list[RawDocument]]:
            batch: list[RawDocument] = []
            for item in items:
                if isinstance(item, Reject):
                    summary.rejects[item.reason] += 1
                    writer.add(rejects=[item])
                    continue
                batch.append(item)
                summary.documents += 1
                if len(batch) >= self.batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        first_result: float | None = None
        handled_at_first = 0
        for batch in process_batches(document_batches(), self.settings, self.options, self.workers, known_ids):
            if first_result is None:
                first_result = time.monotonic()
                handled_at_first = sum(not isinstance(o, Reject) for o in batch.outcomes)
            stored_before: set[str] = set()  # coded in an earlier batch of this run: its rows here are repeats
            new_here: set[str] = set()
            for outcome in batch.outcomes:
                if isinstance(outcome, Reject):
                    summary.rejects[outcome.reason] += 1
                elif isinstance(outcome, Known):
                    summary.known += 1
                elif outcome.article_id in seen:
                    summary.duplicates += 1
                    if outcome.article_id not in new_here:
                        stored_before.add(outcome.article_id)
                else:
                    seen.add(outcome.article_id)
                    new_here.add(outcome.article_id)
                    summary.articles += 1
                    summary.events += outcome.num_events
            writer.add(store.without_articles(batch.tables, stored_before), batch.rejects)
            summary.seconds = time.monotonic() - started
            if self.progress:
                self.progress(summary)
        writer.flush()
        if first_result is not None:
            summary.coding_seconds = time.monotonic() - first_result
            summary.after_first_batch = summary.articles + summary.known + summary.duplicates - handled_at_first


def ingest(
    sources: Sequence[str],
    db: str | Path = store.DEFAULT_DB,
    settings: Settings | None = None,
    options: IngestOptions | None = None,
    workers: int = 1,
    batch_size: int = 8,
    write_every: int = 64,
    lock_timeout: float = 60.0,
    fetcher: Fetcher | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest the sources into the database at `db` on the local engine and rebuild its stories."""
    settings = settings or Settings.from_env()
    options = options or IngestOptions.from_settings(settings)
    engine = LocalEngine(settings, options, workers, batch_size, write_every, lock_timeout, progress)
    return run_corpus(sources, db, settings, options, engine, lock_timeout=lock_timeout, fetcher=fetcher)

"""Parquet shards of coded articles: one file per table per batch, readable in place or loaded into the store.

A shard set is one file per batch table of the store (`articles/`, `events/`, `event_actors/`, `rejects/`
under one output directory), in exactly the store's Arrow schema (`eventscope.store.batch_tables`), so
`eventscope.store.load_parquet_shards(db, out_dir)` loads them and DuckDB can query them in place:
`SELECT plover, count(*) FROM 'out/events/*.parquet' GROUP BY 1`. Each event row keeps its full contract
JSON (`event_json`), from which `iter_coded_articles` rebuilds the exact records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from eventscope.records import Article, CodedArticle, Event, Reject, content_hash
from eventscope.store import BATCH_TABLES, batch_tables

__all__ = ["ShardPaths", "iter_coded_articles", "iter_rejects", "write_shard"]


@dataclass
class ShardPaths:
    """The Parquet files written by a run, per table."""

    articles: list[Path] = field(default_factory=list)
    events: list[Path] = field(default_factory=list)
    event_actors: list[Path] = field(default_factory=list)
    rejects: list[Path] = field(default_factory=list)
    known: int = 0  # documents skipped because their article was stored already

    def add(self, table: str, path: Path) -> None:
        getattr(self, table).append(path)

    def all(self) -> list[Path]:
        return [path for table in BATCH_TABLES for path in getattr(self, table)]


def batch_key(coded: Sequence[CodedArticle], rejects: Sequence[Reject]) -> str:
    """A name for a batch's shards from its content, so a retried or repeated batch overwrites itself."""
    parts = [item.article.id for item in coded] + [f"{r.origin}\x1e{r.reason}" for r in rejects]
    return content_hash(*parts)


def write_shard(
    out_dir: Path | str,
    coded: Sequence[CodedArticle],
    rejects: Sequence[Reject],
    signatures: Sequence[bytes | None] | None = None,
    position: int = 0,
) -> dict[str, Path]:
    """Write one batch as `<table>/part-<position>-<key>.parquet` for every batch table; returns the paths.

    `position` is where the batch starts in the input: shards sort in input order, so a loader that keeps
    the first of two equal articles keeps the one the local engine keeps.
    """
    out = Path(out_dir)
    key = f"{position:012d}-{batch_key(coded, rejects)}"
    paths: dict[str, Path] = {}
    for table, data in batch_tables(coded, rejects, signatures).items():
        path = out / table / f"part-{key}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write beside and rename: a killed worker never leaves a half-written shard under the final name.
        partial = path.with_name(path.name + ".partial")
        pq.write_table(data, partial)
        partial.replace(path)
        paths[table] = path
    return paths


_ARTICLE_FIELDS = ("id", "text", "url", "publisher", "published", "title", "language", "origin")


def iter_coded_articles(out_dir: Path | str) -> Iterator[CodedArticle]:
    """The coded articles of a shard directory, one shard at a time, each article once.

    The same text can reach two shards (two actors each saw a copy); like the store's keys, the first wins.
    """
    out = Path(out_dir)
    seen: set[str] = set()
    for path in sorted((out / "articles").glob("part-*.parquet")):
        articles = [row for row in pq.read_table(path, columns=list(_ARTICLE_FIELDS)).to_pylist()
                    if row["id"] not in seen]
        seen.update(row["id"] for row in articles)
        by_article: dict[str, list[Event]] = {row["id"]: [] for row in articles}
        events_path = out / "events" / path.name
        if events_path.exists():
            for record in pq.read_table(events_path, columns=["event_json"]).column("event_json").to_pylist():
                event = Event.model_validate_json(record)
                if event.article_id in by_article:
                    by_article[event.article_id].append(event)
        for row in articles:
            yield CodedArticle(article=Article.model_validate(row), events=by_article[row["id"]])


def iter_rejects(out_dir: Path | str) -> Iterator[Reject]:
    """Every reject recorded in a shard directory."""
    for path in sorted((Path(out_dir) / "rejects").glob("part-*.parquet")):
        for row in pq.read_table(path, columns=["origin", "reason", "detail"]).to_pylist():
            yield Reject.model_validate(row)

"""The DuckDB store: schema, bulk writes through Arrow, Parquet shard loading and query helpers.

Tables (column names follow the event contract, DESIGN.md section 3, with nested parts flattened):

    articles      one row per distinct clean text (id = Article.make_id), with its MinHash signature
    events        one row per Event: event.* -> plover, mode, contexts, cameo, ...; trigger.* -> trigger_*;
                  location.* -> location_*; evidence.* -> evidence_*; the first source and target actor as
                  source_* / target_* (GDELT's Actor1 / Actor2); the whole contract record as event_json
    event_actors  every actor of every event, role source | target | attribution, position in its list
    rejects       inputs that could not be coded: origin, reason, detail
    duplicates    near-duplicate articles (wire copies): article_id -> duplicate_of (see stories.py)
    stories       one row per real-world event across reports (see stories.py)

Concurrency: DuckDB allows one read-write process *or* any number of read-only processes on a file. So
the writer (ingest) opens the file for each batch, writes it in one short transaction and closes it, and
readers (CLI queries, the web API) open read-only for one request and close again. Both sides go through
`connect()`, which retries a lock conflict with backoff for up to `lock_timeout` seconds, so a reader
never sees a lock error while an ingest runs: it waits at most one batch write.

Idempotence: every table has a content-derived key and writes are INSERT OR IGNORE, so writing the same
batch twice, or replaying a run that was killed, leaves the database exactly as one clean run would.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from eventscope.errors import DatabaseError
from eventscope.records import Actor, CodedArticle, Event, Reject, content_hash

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "TABLES",
    "EventFilter",
    "StoreLocked",
    "actor_rows",
    "batch_tables",
    "concat_batches",
    "connect",
    "count_rows",
    "event_json_lines",
    "events_of_article",
    "get_article",
    "ensure_schema",
    "event_row",
    "existing_ids",
    "load_parquet_shards",
    "query_events",
    "query_stories",
    "read_events",
    "reject_id",
    "trends",
    "without_articles",
    "write_tables",
]

DEFAULT_DB = "eventscope.duckdb"
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql: str
    arrow: pa.DataType


def _columns(*spec: tuple[str, str, pa.DataType]) -> tuple[Column, ...]:
    return tuple(Column(*entry) for entry in spec)


_STR, _INT, _FLOAT = pa.string(), pa.int64(), pa.float64()
_ACTOR_SUMMARY = tuple(
    (f"{role}_{part}", "VARCHAR", _STR) for role in ("source", "target") for part in ("text", "name", "country", "code", "kind")
)

# One definition per table drives the DDL, the Arrow schema of batches and Parquet shards, and exports.
TABLES: dict[str, tuple[Column, ...]] = {
    "articles": _columns(
        ("id", "VARCHAR PRIMARY KEY", _STR),
        ("url", "VARCHAR", _STR),
        ("publisher", "VARCHAR", _STR),
        ("published", "DATE", pa.date32()),
        ("title", "VARCHAR", _STR),
        ("language", "VARCHAR", _STR),
        ("origin", "VARCHAR", _STR),
        ("num_events", "INTEGER", pa.int32()),
        ("text", "VARCHAR", _STR),
        ("minhash", "BLOB", pa.binary()),
    ),
    "events": _columns(
        ("id", "VARCHAR PRIMARY KEY", _STR),
        ("article_id", "VARCHAR", _STR),
        ("sentence_index", "INTEGER", pa.int32()),
        ("date", "DATE", pa.date32()),
        ("date_precision", "VARCHAR", _STR),
        ("date_text", "VARCHAR", _STR),
        ("date_reason", "VARCHAR", _STR),
        ("plover", "VARCHAR", _STR),
        ("mode", "VARCHAR", _STR),
        ("contexts", "VARCHAR[]", pa.list_(_STR)),
        ("cameo", "VARCHAR", _STR),
        ("cameo_root", "VARCHAR", _STR),
        ("quad_class", "TINYINT", pa.int8()),
        ("goldstein", "DOUBLE", _FLOAT),
        ("trigger_text", "VARCHAR", _STR),
        ("trigger_start", "INTEGER", pa.int32()),
        ("trigger_end", "INTEGER", pa.int32()),
        *_ACTOR_SUMMARY,
        ("modality", "VARCHAR", _STR),
        ("attribution", "VARCHAR[]", pa.list_(_STR)),
        ("location_text", "VARCHAR", _STR),
        ("location_start", "INTEGER", pa.int32()),
        ("location_end", "INTEGER", pa.int32()),
        ("location_name", "VARCHAR", _STR),
        ("location_country", "VARCHAR", _STR),
        ("location_admin1", "VARCHAR", _STR),
        ("location_lat", "DOUBLE", _FLOAT),
        ("location_lon", "DOUBLE", _FLOAT),
        ("location_geonames_id", "BIGINT", _INT),
        ("location_precision", "VARCHAR", _STR),
        ("evidence_text", "VARCHAR", _STR),
        ("evidence_start", "INTEGER", pa.int32()),
        ("evidence_end", "INTEGER", pa.int32()),
        ("confidence", "DOUBLE", _FLOAT),
        ("event_json", "JSON", _STR),
    ),
    "event_actors": _columns(
        ("event_id", "VARCHAR", _STR),
        ("article_id", "VARCHAR", _STR),
        ("role", "VARCHAR", _STR),
        ("position", "INTEGER", pa.int32()),
        ("text", "VARCHAR", _STR),
        ("start", "INTEGER", pa.int32()),
        ("end", "INTEGER", pa.int32()),
        ("name", "VARCHAR", _STR),
        ("country", "VARCHAR", _STR),
        ("sectors", "VARCHAR[]", pa.list_(_STR)),
        ("code", "VARCHAR", _STR),
        ("kind", "VARCHAR", _STR),
        ("reason", "VARCHAR", _STR),
    ),
    "rejects": _columns(
        ("id", "VARCHAR PRIMARY KEY", _STR),
        ("origin", "VARCHAR", _STR),
        ("reason", "VARCHAR", _STR),
        ("detail", "VARCHAR", _STR),
    ),
    "duplicates": _columns(
        ("article_id", "VARCHAR PRIMARY KEY", _STR),
        ("duplicate_of", "VARCHAR", _STR),
        ("similarity", "DOUBLE", _FLOAT),
    ),
    "stories": _columns(
        ("id", "VARCHAR PRIMARY KEY", _STR),
        ("plover", "VARCHAR", _STR),
        ("cameo", "VARCHAR", _STR),
        ("cameo_root", "VARCHAR", _STR),
        ("quad_class", "TINYINT", pa.int8()),
        ("goldstein", "DOUBLE", _FLOAT),
        ("modality", "VARCHAR", _STR),
        ("source_code", "VARCHAR", _STR),
        ("source_country", "VARCHAR", _STR),
        ("target_code", "VARCHAR", _STR),
        ("target_country", "VARCHAR", _STR),
        ("location_name", "VARCHAR", _STR),
        ("location_country", "VARCHAR", _STR),
        ("date_start", "DATE", pa.date32()),
        ("date_end", "DATE", pa.date32()),
        ("num_mentions", "INTEGER", pa.int32()),
        ("num_articles", "INTEGER", pa.int32()),
        ("num_sources", "INTEGER", pa.int32()),
        ("num_reports", "INTEGER", pa.int32()),
        ("event_ids", "VARCHAR[]", pa.list_(_STR)),
        ("article_ids", "VARCHAR[]", pa.list_(_STR)),
    ),
}
# Composite keys where a single id column does not exist.
_KEYS = {"event_actors": "PRIMARY KEY (event_id, role, position)"}
# Tables written by ingest batches (and Parquet shards); the others are derived by stories.py.
BATCH_TABLES = ("articles", "events", "event_actors", "rejects")


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.arrow) for c in TABLES[table]])


class StoreLocked(DatabaseError, RuntimeError):
    """Another process kept the database locked for longer than the lock timeout."""


def _is_lock_conflict(error: duckdb.Error) -> bool:
    return "lock" in str(error).lower()


@contextmanager
def connect(path: str | Path, read_only: bool = False, lock_timeout: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the database for one short unit of work, waiting out another process's lock.

    A reader opening a database file that does not exist yet gets an empty in-memory database with the
    schema, so queries on a fresh install return nothing instead of failing.
    """
    path = Path(path)
    if read_only and not path.exists():
        con = duckdb.connect(":memory:")
        ensure_schema(con)
        try:
            yield con
        finally:
            con.close()
        return
    deadline = time.monotonic() + lock_timeout
    delay = 0.02
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as error:
            if not _is_lock_conflict(error):
                raise
            if time.monotonic() >= deadline:
                raise StoreLocked(f"{path}: still locked by another process after {lock_timeout:.0f} s") from error
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
    try:
        if not read_only:
            ensure_schema(con)
        yield con
    finally:
        con.close()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables (idempotent)."""
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for table, columns in TABLES.items():
        parts = [f'"{c.name}" {c.sql}' for c in columns]
        if table in _KEYS:
            parts.append(_KEYS[table])
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(parts)})")
    con.execute(
        "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?), ('contract_version', '1')", [str(SCHEMA_VERSION)]
    )


# ---------------------------------------------------------------------------------------------- rows


def reject_id(reject: Reject) -> str:
    return content_hash("reject", reject.origin, reject.reason)


def _actor_summary(role: str, actors: list[Actor]) -> dict[str, object]:
    first = actors[0] if actors else None
    return {f"{role}_{part}": getattr(first, part) if first else None for part in ("text", "name", "country", "code", "kind")}


def event_row(event: Event) -> dict[str, object]:
    """The flat events-table row of a contract Event (also the CSV output of `eventscope code`)."""
    location = event.location
    row: dict[str, object] = {
        "id": event.id,
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "date": date.fromisoformat(event.date) if event.date else None,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "date_reason": event.date_reason,
        "plover": event.event.plover,
        "mode": event.event.mode,
        "contexts": list(event.event.contexts),
        "cameo": event.event.cameo,
        "cameo_root": event.event.cameo_root,
        "quad_class": event.event.quad_class,
        "goldstein": event.event.goldstein,
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        **_actor_summary("source", event.source),
        **_actor_summary("target", event.target),
        "modality": event.modality,
        "attribution": [actor.name for actor in event.attribution],
        "evidence_text": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "confidence": event.confidence,
        "event_json": event.model_dump_json(),
    }
    for part in ("text", "start", "end", "name", "country", "admin1", "lat", "lon", "geonames_id", "precision"):
        row[f"location_{part}"] = getattr(location, part) if location else None
    return row


def actor_rows(event: Event) -> Iterator[dict[str, object]]:
    for role, actors in (("source", event.source), ("target", event.target), ("attribution", event.attribution)):
        for position, actor in enumerate(actors):
            yield {
                "event_id": event.id,
                "article_id": event.article_id,
                "role": role,
                "position": position,
                "text": actor.text,
                "start": actor.start,
                "end": actor.end,
                "name": actor.name,
                "country": actor.country,
                "sectors": list(actor.sectors),
                "code": actor.code,
                "kind": actor.kind,
                "reason": actor.reason,
            }


def _table(name: str, rows: list[dict[str, object]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=arrow_schema(name))


def batch_tables(
    coded: Sequence[CodedArticle], rejects: Sequence[Reject] = (), signatures: Sequence[bytes | None] | None = None
) -> dict[str, pa.Table]:
    """Arrow tables for one batch, in the exact schema of the tables (also the Parquet shard format).

    `signatures` are the articles' MinHash signatures (stories.signature_bytes), aligned with `coded`.
    """
    signatures = signatures if signatures is not None else [None] * len(coded)
    articles, events, actors = [], [], []
    for item, signature in zip(coded, signatures, strict=True):
        article = item.article
        articles.append(
            {
                "id": article.id,
                "url": article.url,
                "publisher": article.publisher,
                "published": article.published,
                "title": article.title,
                "language": article.language,
                "origin": article.origin,
                "num_events": len(item.events),
                "text": article.text,
                "minhash": signature,
            }
        )
        for event in item.events:
            events.append(event_row(event))
            actors.extend(actor_rows(event))
    reject_rows = [{"id": reject_id(r), "origin": r.origin, "reason": r.reason, "detail": r.detail} for r in rejects]
    return {
        "articles": _table("articles", articles),
        "events": _table("events", events),
        "event_actors": _table("event_actors", actors),
        "rejects": _table("rejects", reject_rows),
    }


# The column that names each batch table's article (rejects belong to no article).
_ARTICLE_COLUMN = {"articles": "id", "events": "article_id", "event_actors": "article_id"}


def concat_batches(batches: Sequence[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """Several batches' tables as one batch (zero-copy), every batch table present."""
    return {
        name: pa.concat_tables([batch[name] for batch in batches if name in batch] or [_table(name, [])])
        for name in BATCH_TABLES
    }


def without_articles(tables: dict[str, pa.Table], article_ids: set[str]) -> dict[str, pa.Table]:
    """The batch with the rows of the given articles (and their events and actors) left out."""
    if not article_ids:
        return tables
    drop = pa.array(sorted(article_ids), pa.string())
    return {
        name: data.filter(pc.invert(pc.is_in(data[_ARTICLE_COLUMN[name]], value_set=drop)))
        if name in _ARTICLE_COLUMN and data.num_rows else data
        for name, data in tables.items()
    }


# ---------------------------------------------------------------------------------------------- writes


def _insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    if data.num_rows == 0:
        return
    names = ", ".join(f'"{c.name}"' for c in TABLES[table])
    con.register("_batch", data)
    try:
        con.execute(f"INSERT OR IGNORE INTO {table} ({names}) SELECT {names} FROM _batch")
    finally:
        con.unregister("_batch")


def write_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> None:
    """Write one batch in one transaction: an article and its events land together or not at all."""
    con.execute("BEGIN TRANSACTION")
    try:
        for name in BATCH_TABLES:
            if name in tables:
                _insert(con, name, tables[name])
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:  # the failure (a full disk) may have ended the transaction already
            pass
        raise


def load_parquet_shards(
    path: str | Path, shard_dir: str | Path, lock_timeout: float = 30.0, rebuild: bool = True
) -> dict[str, int]:
    """Load Parquet shards (as written by the Ray engine) into the database; returns rows added per table.

    Layout: `shard_dir/<table>/*.parquet` for table in articles, events, event_actors, rejects, each file in
    the schema of `batch_tables` (write `batch_tables(...)[table]` with pyarrow.parquet.write_table; give
    batch_tables the MinHash signatures from stories.minhash_signature so near-duplicates are found).
    All files load in one transaction, and keys make reloading harmless. With `rebuild` the stories and
    duplicates tables are recomputed afterwards.
    """
    shard_dir = Path(shard_dir)
    with connect(path, lock_timeout=lock_timeout) as con:
        before = count_rows(con)
        con.execute("BEGIN TRANSACTION")
        try:
            for table in BATCH_TABLES:
                for file in sorted((shard_dir / table).glob("*.parquet")):
                    data = pq.read_table(file)
                    missing = set(arrow_schema(table).names) - set(data.column_names)
                    if missing:
                        raise ValueError(f"{file}: shard lacks columns {sorted(missing)}")
                    _insert(con, table, data.select(arrow_schema(table).names).cast(arrow_schema(table)))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        after = count_rows(con)
        if rebuild:
            from eventscope.stories import rebuild_stories

            rebuild_stories(con)
    return {table: after[table] - before[table] for table in BATCH_TABLES}


def existing_ids(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    """Ids already stored (articles or rejects): a resumed or repeated run skips them before coding."""
    return {row[0] for row in con.execute(f"SELECT id FROM {table}").fetchall()}


def count_rows(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


# ---------------------------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by the CLI and the web API. Actor codes match an actor's country or code prefix."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    plover: str | None = None
    cameo_root: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    modality: str | None = None
    limit: int | None = None

    def where(self, alias: str = "e", stories: bool = False) -> tuple[str, list[object]]:
        """A SQL condition on the events (or stories) table aliased `alias`, with its parameters."""
        clauses: list[str] = []
        params: list[object] = []

        def actor_match(roles: tuple[str, ...], code: str) -> None:
            code = code.upper()
            if stories:
                columns = [f"{alias}.{role}_{part}" for role in roles for part in ("country", "code")]
                clauses.append("(" + " OR ".join(f"{c} = ? OR {c} LIKE ?" for c in columns) + ")")
                params.extend([code, code + "%"] * len(columns))
                return
            placeholders = ", ".join("?" for _ in roles)
            clauses.append(
                f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = {alias}.id AND a.role IN ({placeholders})"
                " AND (a.country = ? OR a.code LIKE ?))"
            )
            params.extend([*roles, code, code + "%"])

        if self.actor:
            actor_match(("source", "target"), self.actor)
        if self.dyad:
            actor_match(("source",), self.dyad[0])
            actor_match(("target",), self.dyad[1])
        for column, value in (("plover", self.plover), ("cameo_root", self.cameo_root), ("modality", self.modality)):
            if value:
                clauses.append(f"{alias}.{column} = ?")
                params.append(value.upper() if column == "plover" else value)
        if self.quad_class:
            clauses.append(f"{alias}.quad_class = ?")
            params.append(self.quad_class)
        date_column = f"{alias}.date_start" if stories else f"{alias}.date"
        if self.since:
            clauses.append(f"{date_column} >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{date_column} <= ?")
            params.append(self.until)
        return (" AND ".join(clauses) or "TRUE"), params

    def limit_sql(self) -> str:
        return f" LIMIT {int(self.limit)}" if self.limit else ""


def query_events(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter(), columns: Sequence[str] | None = None) -> pa.Table:
    """Events matching the filter, ordered by date then id, as an Arrow table of events-table columns."""
    where, params = flt.where("e")
    selected = ", ".join(f'e."{c}"' for c in columns) if columns else "e.*"
    sql = f"SELECT {selected} FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id{flt.limit_sql()}"
    return con.sql(sql, params=params).to_arrow_table()


def read_events(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter()) -> Iterator[Event]:
    """Matching events as contract records (from the stored JSON), streamed in batches."""
    where, params = flt.where("e")
    sql = f"SELECT e.event_json FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id{flt.limit_sql()}"
    cursor = con.execute(sql, params)
    while rows := cursor.fetchmany(1000):
        for (text,) in rows:
            yield Event.model_validate_json(text)


def get_article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, object] | None:
    """One article row (without its MinHash), or None."""
    columns = [c.name for c in TABLES["articles"] if c.name != "minhash"]
    quoted = ", ".join(f'"{c}"' for c in columns)
    row = con.execute(f"SELECT {quoted} FROM articles WHERE id = ?", [article_id]).fetchone()
    return dict(zip(columns, row)) if row else None


def events_of_article(con: duckdb.DuckDBPyConnection, article_id: str) -> list[Event]:
    rows = con.execute(
        "SELECT event_json FROM events WHERE article_id = ? ORDER BY sentence_index, trigger_start, id", [article_id]
    ).fetchall()
    return [Event.model_validate_json(text) for (text,) in rows]


def query_stories(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter()) -> pa.Table:
    """Stories matching the filter (actor filters on the story's lead source/target), most reported first."""
    where, params = flt.where("s", stories=True)
    sql = (
        f"SELECT s.* FROM stories s WHERE {where} "
        f"ORDER BY s.num_reports DESC, s.num_mentions DESC, s.date_start NULLS LAST, s.id{flt.limit_sql()}"
    )
    return con.sql(sql, params=params).to_arrow_table()


TREND_INTERVALS = ("day", "week", "month")
TREND_GROUPS = ("none", "dyad", "quad_class", "plover")


def trends(
    con: duckdb.DuckDBPyConnection,
    interval: str = "month",
    group_by: str = "none",
    flt: EventFilter = EventFilter(),
    unit: str = "events",
) -> pa.Table:
    """Counts and mean Goldstein per period (and group). unit='stories' counts each story once."""
    if interval not in TREND_INTERVALS:
        raise ValueError(f"interval must be one of {TREND_INTERVALS}")
    if group_by not in TREND_GROUPS:
        raise ValueError(f"group_by must be one of {TREND_GROUPS}")
    stories = unit == "stories"
    alias, table, date_column = ("s", "stories", "date_start") if stories else ("e", "events", "date")
    group_expr = {
        "none": None,
        "dyad": f"coalesce({alias}.source_country, {alias}.source_code, '?') || ':' || "
        f"coalesce({alias}.target_country, {alias}.target_code, '?')",
        "quad_class": f"CAST({alias}.quad_class AS VARCHAR)",
        "plover": f"coalesce({alias}.plover, '-')",
    }[group_by]
    where, params = flt.where(alias, stories=stories)
    group_select = f", {group_expr} AS {group_by}" if group_expr else ""
    group_clause = f", {group_by}" if group_expr else ""
    sql = (
        f"SELECT CAST(date_trunc('{interval}', {alias}.{date_column}) AS DATE) AS period{group_select}, "
        f"count(*) AS count, round(avg({alias}.goldstein), 3) AS mean_goldstein "
        f"FROM {table} {alias} WHERE {where} AND {alias}.{date_column} IS NOT NULL "
        f"GROUP BY period{group_clause} ORDER BY period{group_clause}"
    )
    return con.sql(sql, params=params).to_arrow_table()


def event_json_lines(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter()) -> Iterator[str]:
    """Matching events as contract JSON lines, without re-validating (fast export path)."""
    where, params = flt.where("e")
    cursor = con.execute(f"SELECT e.event_json FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id", params)
    while rows := cursor.fetchmany(1000):
        for (text,) in rows:
            yield text

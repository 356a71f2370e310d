"""The tables of the store: one definition per table drives the DDL, Arrow batches, Parquet shards and exports.

Tables (column names follow the event contract, DESIGN.md section 3, with nested parts flattened):

    articles      one row per distinct clean text (id = Article.make_id), with its MinHash signature
    events        one row per Event: event.* -> plover, mode, contexts, cameo, ...; trigger.* -> trigger_*;
                  location.* -> location_*; evidence.* -> evidence_*; the first source and target actor as
                  source_* / target_* (GDELT's Actor1 / Actor2); the whole contract record as event_json
    event_actors  every actor of every event, role source | target | attribution, position in its list
    rejects       inputs that could not be coded: origin, reason, detail
    duplicates    near-duplicate articles (wire copies): article_id -> duplicate_of (see store/stories.py)
    stories       one row per real-world event across reports (see store/stories.py)
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa

from eventscope.errors import DatabaseError

__all__ = ["BATCH_TABLES", "DEFAULT_DB", "LATER_BATCH_COLUMNS", "PRECISION_RANK", "SCHEMA_VERSION", "TABLES", "Column",
           "add_missing_as_nulls", "arrow_schema", "check_version", "ensure_schema", "missing_columns", "stored_version"]

DEFAULT_DB = "eventscope.duckdb"
SCHEMA_VERSION = 3  # 2: stories.date_start_precision and date_end_precision; 3: events.rule (the rule that made it)


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
        ("rule", "VARCHAR", _STR),  # Event.rule; last, as added in schema 3 (ensure_schema adds it to older files)
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
        ("date_start_precision", "VARCHAR", _STR),  # day | month | year: that of the event date it comes from
        ("date_end_precision", "VARCHAR", _STR),
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
# Tables written by ingest batches (and Parquet shards); the others are derived by store/stories.py.
BATCH_TABLES = ("articles", "events", "event_actors", "rejects")
# Columns of batch tables added after version 1, which a Parquet shard written before may lack (loaded as nulls).
LATER_BATCH_COLUMNS = {"events": frozenset({"rule"})}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.arrow) for c in TABLES[table]])


# How a column added after version 1 is filled in a file written before it (run once, when the column is added).
_BACKFILL = {
    ("stories", f"{date}_precision"): f"""
        UPDATE stories s SET {date}_precision = (
            SELECT e.date_precision FROM events e WHERE list_contains(s.event_ids, e.id) AND e.date = s.{date}
            ORDER BY {{rank}} LIMIT 1) WHERE s.{date} IS NOT NULL"""
    for date in ("date_start", "date_end")
}
# Of several events on a story's first (or last) date, the finest precision is the story's (store/stories.py).
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_PRECISION_RANK = ("CASE e.date_precision " + " ".join(f"WHEN '{p}' THEN {r}" for p, r in PRECISION_RANK.items())
                   + f" ELSE {len(PRECISION_RANK)} END, e.id")


def _present_columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
    ).fetchall():
        present.setdefault(table, set()).add(column)
    return present


def missing_columns(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(table, column) of every column an existing table of the store lacks (a file of an older version)."""
    present = _present_columns(con)
    return [(table, c.name) for table, columns in TABLES.items() if table in present
            for c in columns if c.name not in present[table]]


def add_missing_as_nulls(con: duckdb.DuckDBPyConnection) -> None:
    """Read a file of an older version that cannot be brought up to date (it may not be written) as if it were: each
    table lacking columns is shadowed, for this connection only, by a temporary view that adds them as nulls."""
    database = str(con.execute("SELECT current_database()").fetchone()[0]).replace('"', '""')  # type: ignore[index]
    lacking: dict[str, list[str]] = {}
    for table, name in missing_columns(con):
        lacking.setdefault(table, []).append(name)
    for table, names in lacking.items():
        types = {c.name: c.sql for c in TABLES[table]}
        added = ", ".join(f'NULL::{types[name]} AS "{name}"' for name in names)
        con.execute(f'CREATE TEMP VIEW "{table}" AS SELECT *, {added} FROM "{database}".main."{table}"')


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version the file says it was written with (None: a new file, or one without `meta`)."""
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.CatalogException:
        return None
    return int(row[0]) if row and str(row[0]).isdigit() else None


def check_version(con: duckdb.DuckDBPyConnection, path: object) -> None:
    """Refuse a file written by a newer eventscope: its columns may mean what this version cannot know, and
    writing into it would break it for the version that made it."""
    version = stored_version(con)
    if version is not None and version > SCHEMA_VERSION:
        raise DatabaseError(f"{path}: written by a newer eventscope (database schema {version}; this version "
                            f"reads up to {SCHEMA_VERSION}): upgrade eventscope to use it")


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, and add the columns a file written by an older version lacks (idempotent).

    An added column goes to the end of its table (inserts name their columns) and is filled from the other
    tables where `_BACKFILL` says how; the file's schema_version is then the current one."""
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    check_version(con, "the database")
    added = missing_columns(con)
    for table, name in added:
        sql = next(c.sql for c in TABLES[table] if c.name == name)
        con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {sql}')
    for table, columns in TABLES.items():
        parts = [f'"{c.name}" {c.sql}' for c in columns]
        if table in _KEYS:
            parts.append(_KEYS[table])
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(parts)})")
    for key in added:
        if key in _BACKFILL:
            con.execute(_BACKFILL[key].format(rank=_PRECISION_RANK))
    con.execute("INSERT OR IGNORE INTO meta VALUES ('contract_version', '1')")
    if stored_version(con) != SCHEMA_VERSION:  # written once, not on every connection of a writer
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

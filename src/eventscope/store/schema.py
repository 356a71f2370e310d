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

__all__ = ["BATCH_TABLES", "DEFAULT_DB", "SCHEMA_VERSION", "TABLES", "Column", "arrow_schema", "ensure_schema"]

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
# Tables written by ingest batches (and Parquet shards); the others are derived by store/stories.py.
BATCH_TABLES = ("articles", "events", "event_actors", "rejects")


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.arrow) for c in TABLES[table]])


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

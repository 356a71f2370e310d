"""Writes: one ingest batch per transaction, Parquet shards in one transaction. Every write is INSERT OR IGNORE.

Idempotence: every table has a content-derived key, so writing the same batch twice, or replaying a run
that was killed, leaves the database exactly as one clean run would.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eventscope.store.connection import connect, transaction
from eventscope.store.query import count_rows
from eventscope.store.schema import BATCH_TABLES, LATER_BATCH_COLUMNS, TABLES, arrow_schema
from eventscope.store.stories import rebuild_stories

__all__ = ["insert_table", "load_parquet_shards", "write_tables"]


def insert_table(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    """Add an Arrow table's rows to `table` (its columns in the table's schema); rows whose key exists are skipped."""
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
    with transaction(con):
        for name in BATCH_TABLES:
            if name in tables:
                insert_table(con, name, tables[name])


def load_parquet_shards(
    path: str | Path, shard_dir: str | Path, lock_timeout: float = 30.0, rebuild: bool = True
) -> dict[str, int]:
    """Load Parquet shards (as written by the Ray engine) into the database; returns rows added per table.

    Layout: `shard_dir/<table>/*.parquet` for table in articles, events, event_actors, rejects, each file in
    the schema of `batch_tables` (write `batch_tables(...)[table]` with pyarrow.parquet.write_table; give
    batch_tables the MinHash signatures from ingest.minhash.minhash_signature so near-duplicates are found).
    All files load in one transaction, and keys make reloading harmless. With `rebuild` the stories and
    duplicates tables are recomputed afterwards.
    """
    shard_dir = Path(shard_dir)
    with connect(path, lock_timeout=lock_timeout) as con:
        before = count_rows(con)
        with transaction(con):
            for table in BATCH_TABLES:
                for file in sorted((shard_dir / table).glob("*.parquet")):
                    data = pq.read_table(file)
                    missing = set(arrow_schema(table).names) - set(data.column_names)
                    for name in sorted(missing & LATER_BATCH_COLUMNS.get(table, frozenset())):  # an older shard
                        data = data.append_column(name, pa.nulls(data.num_rows, arrow_schema(table).field(name).type))
                        missing.discard(name)
                    if missing:
                        raise ValueError(f"{file}: shard lacks columns {sorted(missing)}")
                    insert_table(con, table, data.select(arrow_schema(table).names).cast(arrow_schema(table)))
        after = count_rows(con)
        if rebuild:
            rebuild_stories(con)
    return {table: after[table] - before[table] for table in BATCH_TABLES}

"""Database files damaged the way a failing disk or a bad copy damages them, built from real eventscope databases."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
from eventfactory import protest_article, visit_article

from eventscope import store

# A DuckDB file opens with three 4 KiB headers; its blocks follow, each starting with an 8-byte checksum.
HEADERS = 3 * 4096
CHECKSUM = 8


def small_database(path: Path) -> Path:
    """A real eventscope database of two coded articles."""
    with store.connect(path) as con:
        store.write_tables(con, store.batch_tables([visit_article(), protest_article()]))
    return path


def with_a_damaged_block(database: Path, to: Path, table: str = "events") -> Path:
    """A copy of `database` with bytes written over the first stored column of `table`: its headers and metadata
    are whole, so DuckDB opens it and counts its rows; only reading that block fails its checksum."""
    with duckdb.connect(str(database), read_only=True) as con:
        block_size = con.execute("SELECT block_size FROM pragma_database_size()").fetchone()[0]
        block, offset = con.execute(
            f"SELECT block_id, block_offset FROM pragma_storage_info('{table}') WHERE block_id >= 0 "
            "ORDER BY block_id, block_offset LIMIT 1").fetchone()
    shutil.copyfile(database, to)
    with to.open("r+b") as file:
        file.seek(HEADERS + block * block_size + CHECKSUM + offset)
        file.write(b"\xa5" * 32)
    return to

"""Opening the database for one short unit of work, and the one transaction helper.

Concurrency: DuckDB allows one read-write process *or* any number of read-only processes on a file. So
the writer (ingest) opens the file for each batch, writes it in one short transaction and closes it, and
readers (CLI queries, the web API) open read-only for one request and close again. Both sides go through
`connect()`, which retries a lock conflict with backoff for up to `lock_timeout` seconds, so a reader
never sees a lock error while an ingest runs: it waits at most one batch write. The web's readers keep a
private copy of the file open instead (`open_snapshot()`), so they never wait.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from eventscope.errors import DatabaseError, from_database_error, not_a_database
from eventscope.store.query import read_every_value, table_names
from eventscope.store.schema import TABLES, add_missing_as_nulls, check_version, ensure_schema, missing_columns

__all__ = ["StoreLocked", "check_database_file", "check_readable", "connect", "transaction"]

# A DuckDB file says what it is in its header: these bytes end at this offset.
_DUCKDB_MAGIC = b"DUCK"
_MAGIC_END = 12


class StoreLocked(DatabaseError, RuntimeError):
    """Another process kept the database locked for longer than the lock timeout."""


def _is_lock_conflict(error: duckdb.Error) -> bool:
    return "lock" in str(error).lower()


def _open(path: Path, read_only: bool, lock_timeout: float) -> duckdb.DuckDBPyConnection:
    """Connect, retrying a lock conflict with backoff for up to `lock_timeout` seconds; a writer's connection
    has the current schema."""
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
        check_version(con, path)
        tables = table_names(con)
        if tables and not tables & set(TABLES):  # (another program's DuckDB file: neither read nor written into)
            raise DatabaseError(f"{path}: not an eventscope database (a DuckDB database without its tables); give "
                                "another --db file or move this one away")
        if not read_only:
            ensure_schema(con)
    except BaseException:
        con.close()
        raise
    return con


def _empty() -> duckdb.DuckDBPyConnection:
    """An in-memory database with the schema: what a reader sees of a database with nothing stored yet."""
    con = duckdb.connect(":memory:")
    ensure_schema(con)
    return con


@contextmanager
def connect(path: str | Path, read_only: bool = False, lock_timeout: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the database for one short unit of work, waiting out another process's lock.

    A reader opening a database file that does not exist yet, or a DuckDB file with no table yet, gets an empty
    in-memory database with the schema, so queries on a fresh install return nothing instead of failing.
    """
    path = Path(path)
    if read_only and not path.exists():
        con = _empty()
    else:
        con = _open(path, read_only, lock_timeout)
        if read_only and not table_names(con):
            con.close()
            con = _empty()
        elif read_only and missing_columns(con):  # a file of an older version: brought to the current schema once
            con.close()
            try:
                _open(path, False, lock_timeout).close()  # (connect for writing runs ensure_schema)
            except duckdb.IOException:  # a file this user may not write (a read-only disk, another's file): read as is
                con = _open(path, True, lock_timeout)
                add_missing_as_nulls(con)
            else:
                con = _open(path, True, lock_timeout)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT around the block, ROLLBACK if it raises (even on KeyboardInterrupt)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:  # the failure (a full disk) may have ended the transaction already
            pass
        raise


def check_database_file(path: str | Path) -> None:
    """Raise DatabaseError when `path` is a file with something in it but no DuckDB database, read from its header
    alone: a reader that must not open the live file (the web server, which an ingest may be writing) learns it at
    once. A missing or empty file passes (an ingest may be about to create it)."""
    try:
        with open(path, "rb") as file:
            header = file.read(_MAGIC_END)
    except FileNotFoundError:
        return
    except OSError as error:
        raise DatabaseError(f"{path}: cannot be read ({error.strerror or error})") from None
    if header and header[_MAGIC_END - len(_DUCKDB_MAGIC):] != _DUCKDB_MAGIC:
        raise not_a_database(f"{path}: ")


def check_readable(con: duckdb.DuckDBPyConnection, path: str | Path) -> None:
    """Raise DatabaseError when a data block of the store's tables is damaged on disk, before a command prints
    or writes anything: DuckDB opens such a file and answers counts from its metadata, and would fail only
    in the middle of a query or an export, on the rows that sit in the damaged block."""
    try:
        read_every_value(con, table_names(con) & set(TABLES))
    except duckdb.Error as error:
        if (translated := from_database_error(error, path)) is None:
            raise
        raise translated from None


def open_snapshot(path: str | Path) -> duckdb.DuckDBPyConnection | None:
    """Open a private copy of the database read-only, for a reader that keeps it open (the web's snapshots).

    Every value of every table is read first, so a torn copy, or one of a file damaged on disk, fails here
    rather than in a request. None for a file
    without the store's tables (read as empty). A copy of a file written by an older version (columns missing)
    is brought to the current schema first: it is private, so writing it disturbs no one.
    """
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = table_names(con)
        read_every_value(con, tables & set(TABLES))
        check_version(con, path)
    except BaseException:
        con.close()
        raise
    if not set(TABLES) <= tables:
        con.close()
        return None
    if missing_columns(con):
        con.close()
        _open(Path(path), False, 0).close()  # (connect for writing runs ensure_schema)
        con = duckdb.connect(str(path), read_only=True)
    return con

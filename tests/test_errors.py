"""errors.py: one-line messages, exit codes, and DuckDB's user-facing failures recognised in an error chain."""

import duckdb
import pytest

from eventscope import store
from eventscope.errors import (
    EXIT_DATABASE,
    DatabaseError,
    DataFileError,
    EventscopeError,
    from_database_error,
    one_line,
)


def test_one_line_joins_lines_and_caps_length():
    assert one_line("a\nb\r\n  c") == "a b c"
    assert len(one_line("x" * 100_000)) == 1000
    assert str(EventscopeError("two\nlines")) == "two lines"


def test_data_file_error_names_file_entry_and_field():
    error = DataFileError.at("actors.yaml", "must be a 3-letter code", entry=4, field="country")
    assert str(error) == "actors.yaml: entry 4, field 'country': must be a 3-letter code"
    assert isinstance(error, ValueError) and error.exit_code == 65


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("shopping list\n")
    with pytest.raises(duckdb.Error) as caught:
        duckdb.connect(str(path))
    error = from_database_error(caught.value)
    assert isinstance(error, DatabaseError) and error.exit_code == EXIT_DATABASE
    assert str(path) in str(error) and "not an eventscope database" in str(error)


def test_disk_full_is_found_under_a_failed_rollback():
    """A full disk aborts the transaction; the ROLLBACK that follows fails too and would hide the cause."""
    try:
        try:
            raise duckdb.IOException('IO Error: Could not write file "/data/x.duckdb.wal": No space left on device')
        except duckdb.Error:
            raise duckdb.TransactionException("cannot rollback - no transaction is active")  # noqa: B904 - the chained context is the point
    except duckdb.Error as outer:
        error = from_database_error(outer)
    assert error is not None and "disk is full" in str(error) and "/data/x.duckdb.wal" in str(error)


def test_lock_conflict_message_and_store_locked():
    raw = duckdb.IOException('IO Error: Could not set lock on file "/d/x.duckdb": Conflicting lock is held')
    assert "locked by another process" in str(from_database_error(raw))
    assert issubclass(store.StoreLocked, DatabaseError)


@pytest.mark.parametrize("reason", ["No such file or directory", "Operation not permitted", "Read-only file system"])
def test_a_database_the_system_will_not_open_names_the_file_and_why(reason):
    raw = duckdb.IOException(f'IO Error: Cannot open file "/gone/x.duckdb": {reason}')
    error = from_database_error(raw)
    assert error is not None and error.exit_code == EXIT_DATABASE
    assert str(error).startswith("/gone/x.duckdb: cannot be opened") and reason in str(error)


def test_a_database_file_cut_short_is_called_damaged():
    raw = duckdb.IOException('IO Error: Could not read enough bytes from file "/d/x.duckdb": attempted to read 4096 '
                             'bytes from location 20000')
    error = from_database_error(raw)
    assert error is not None and error.exit_code == EXIT_DATABASE
    assert str(error).startswith("/d/x.duckdb: damaged")


@pytest.mark.parametrize("raw", [
    "Corrupt database file: computed checksum 1 does not match stored checksum 2 in block at location 798720",
    "IO Error: No more data remaining in MetadataReader",
])
def test_a_database_file_whose_blocks_fail_their_checks_is_called_damaged(raw):
    error = from_database_error(duckdb.IOException(raw), "/d/x.duckdb")
    assert error is not None and error.exit_code == EXIT_DATABASE
    assert str(error).startswith("/d/x.duckdb: damaged: part of the file")
    assert ("at byte 798720" in str(error)) == ("798720" in raw)


def test_other_database_errors_are_not_user_errors():
    assert from_database_error(duckdb.CatalogException("Table with name nope does not exist")) is None

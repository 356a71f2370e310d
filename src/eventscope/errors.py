"""Errors meant for the person running eventscope, and the translation of library errors into them.

An `EventscopeError` carries a one-line message that says what went wrong and what to do, and the exit
code the command line ends with. Each front end has one boundary that turns these into its own answer:
the CLI prints the line and exits (cli/__init__.py), the web answers with a status (web/app.py).
Anything else that reaches a boundary is a bug: the CLI says so on one line (EVENTSCOPE_DEBUG=1 shows the
traceback), the web logs it and answers 500.
"""

from __future__ import annotations

import errno
import os
import re

__all__ = [
    "BadValue",
    "DataFileError",
    "DatabaseError",
    "EventscopeError",
    "InternalError",
    "UserError",
    "debug_enabled",
    "from_database_error",
    "not_a_database",
    "one_line",
]

# Exit codes, after the BSD sysexits where one fits.
EXIT_USER = 1
EXIT_USAGE = 2  # a value an option cannot take, as click exits for its own usage errors
EXIT_DATA_FILE = 65  # EX_DATAERR: a data file (dictionary, patterns, places, gold) is malformed
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug
EXIT_DATABASE = 74  # EX_IOERR: the database cannot be opened, is locked, or the disk is full

MAX_MESSAGE = 1000  # characters of a one-line message (a library may quote megabytes of input)


def one_line(text: object, limit: int = MAX_MESSAGE) -> str:
    """`text` on one line, at most `limit` characters."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def debug_enabled() -> bool:
    return os.environ.get("EVENTSCOPE_DEBUG", "") not in ("", "0")


class EventscopeError(Exception):
    """Base of the errors whose message is for the user: one line, and the exit code of the CLI."""

    exit_code = EXIT_USER

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class UserError(EventscopeError):
    """A mistake in how eventscope was called (a missing file, a bad option value, a missing model)."""


class BadValue(UserError, ValueError):
    """A value typed for an option or a query parameter that it cannot take (a date that is no YYYY-MM-DD, a dyad
    that is no SOURCE:TARGET); the message names the option and the value. The CLI exits 2, the API answers 400."""

    exit_code = EXIT_USAGE


class DataFileError(EventscopeError, ValueError):
    """A data file (actor dictionary, trigger patterns, places, gold labels) that cannot be used.

    The message names the file, the entry and the field; `at` builds it from those parts.
    """

    exit_code = EXIT_DATA_FILE
    problems: tuple[str, ...] = ()  # each problem found, where a check found several (the message has the first)

    def every_problem(self) -> tuple[str, ...]:
        """Each problem of the file, one message each."""
        return self.problems or (str(self),)

    @classmethod
    def at(cls, file: object, problem: str, entry: object = None, field: str | None = None) -> DataFileError:
        where = str(file)
        if entry is not None:
            where += f": entry {entry}"
        if field:
            where += f", field {field!r}"
        return cls(f"{where}: {problem}")


class DatabaseError(EventscopeError):
    """The database file cannot be used: not a database, locked by another process, or the disk is full."""

    exit_code = EXIT_DATABASE


class InternalError(EventscopeError):
    """A bug: the message says so and where to look."""

    exit_code = EXIT_INTERNAL


_QUOTED_FILE = re.compile(r'file "([^"]+)"')
_BLOCK_AT = re.compile(r"block at location (\d+)")  # where DuckDB found a block that fails its checksum
# DuckDB's words for a file whose blocks or metadata do not hold what it wrote there (a disk or copy fault)
_DAMAGED = ("corrupt database file", "no more data remaining in metadatareader", "failed to load metadata pointer")
# DuckDB's words when the system refuses it the file: its folder is missing, or the user may not write there
_CANNOT_OPEN = re.compile(r'cannot open file "[^"]+": (.+)$', re.IGNORECASE)


def _chain(error: BaseException) -> list[BaseException]:
    """The error and those it was raised from or during, outermost first (a failed rollback hides the cause)."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def not_a_database(where: str) -> DatabaseError:
    """The error for a --db file DuckDB cannot open (`where`: "path: ", or "")."""
    return DatabaseError(f"{where}not an eventscope database (DuckDB cannot open it); give another --db file or move "
                         "this one away")


def _damaged(where: str, duckdb_message: str) -> DatabaseError:
    """The error for a --db file that opens but holds a damaged block (`where`: "path: ", or "")."""
    at = f" at byte {match.group(1)}" if (match := _BLOCK_AT.search(duckdb_message)) else ""
    return DatabaseError(f"{where}damaged: part of the file{at} no longer holds what DuckDB wrote there (a disk or "
                         "copy fault); restore it from a copy, or give another --db file")


def from_database_error(error: BaseException, db: object = None) -> DatabaseError | None:
    """A DatabaseError for DuckDB's 'not a database', lock, disk-full and damaged-file errors (anywhere in the chain of
    `error`), or None when it is none of those."""
    for link in reversed(_chain(error)):  # the root cause first
        text = str(link)
        lowered = text.lower()
        named = db or (match.group(1) if (match := _QUOTED_FILE.search(text)) else None)
        where = f"{named}: " if named else ""
        if isinstance(link, OSError) and link.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            lowered = "no space left on device"
        if "not a valid duckdb database" in lowered or "not a duckdb database" in lowered:
            return not_a_database(where)
        if "no space left on device" in lowered or "file too large" in lowered or "disk quota" in lowered:
            return DatabaseError(f"{where}the disk is full (or the file size limit was reached); free some space and "
                                 "run the same command again: the batches already stored are complete")
        if "could not set lock" in lowered or "conflicting lock" in lowered:
            return DatabaseError(f"{where}locked by another process; wait for it to finish (or stop it) and run the "
                                 "command again")
        if "could not read enough bytes" in lowered:  # (a file cut short: a copy stopped half way, a full disk)
            return DatabaseError(f"{where}damaged: the file is shorter than the database it holds; restore it from a "
                                 "copy, or give another --db file")
        if any(words in lowered for words in _DAMAGED):
            return _damaged(where, text)
        if refused := _CANNOT_OPEN.search(text):
            return DatabaseError(f"{where}cannot be opened ({refused.group(1).strip()}); give a --db file you may "
                                 "write, in a folder that exists")
    return None

"""Reading a database that an ingest may be writing at the same moment, without ever getting in its way.

DuckDB lets one process write a file *or* several processes read it, never both: a reader holding the
file would make the ingest's next batch wait, and the ingest holding it would make a reader fail with a
lock error. So the web server never opens the live file. It reads a private copy (a snapshot), taken with
plain file reads, which take no DuckDB lock. A new snapshot is taken when the live file has changed (at
most once per `refresh_interval`), so new events appear on the next page load.

A copy taken while a batch is being written may be torn. Such a copy is detected (the file changed while
it was being copied, or the copy fails to open) and taken again after a short backoff; if every attempt
fails, the previous snapshot is served, a little stale but whole. Only a server that has never managed to
read the file reports the database as busy (HTTP 503), with a message, never a DuckDB error. A file that
stays unchanged while no copy of it opens is not being written but unusable (cut short, damaged, or written
by a newer eventscope): that is a DatabaseError, which `eventscope serve` reports at start-up (check()).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from eventscope import store
from eventscope.errors import DatabaseError, one_line
from eventscope.store.connection import open_snapshot

__all__ = ["DatabaseBusy", "SnapshotReader"]

log = logging.getLogger(__name__)

# (size, mtime_ns) of the database file and of its write-ahead log; None where a file is absent.
FileState = tuple[tuple[int, int] | None, tuple[int, int] | None]


class DatabaseBusy(RuntimeError):
    """The database could not be read yet (it is being written and no earlier snapshot exists)."""


@dataclass
class _Snapshot:
    """A private copy of the database, open read-only; requests use cursors of its one connection."""

    path: Path
    state: FileState
    checked_at: float
    connection: duckdb.DuckDBPyConnection | None
    users: int = 0
    retired: bool = False


def _file_state(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_size, info.st_mtime_ns


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


_DIR_PREFIX = "eventscope-web-"
_OWNER_FILE = "owner.pid"
_UNOWNED_GRACE = 24 * 3600.0  # a folder without an owner file (older servers) is stale after a day


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_snapshot_dirs(temp: Path) -> list[Path]:
    """Remove the snapshot folders that servers killed without a chance to clean up left behind: those
    whose owning process is gone. Returns the folders removed."""
    removed = []
    for folder in temp.glob(_DIR_PREFIX + "*"):
        try:
            owner = folder / _OWNER_FILE
            if owner.exists():
                stale = not _alive(int(owner.read_text().strip() or 0))
            else:
                stale = time.time() - folder.stat().st_mtime > _UNOWNED_GRACE
        except (OSError, ValueError):
            continue
        if stale and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
            log.info("removed the stale snapshot folder %s", folder)
    return removed


class SnapshotReader:
    """Hands out read-only connections to a fresh, consistent copy of the database at `path`."""

    def __init__(self, path: str | Path, refresh_interval: float = 1.0, attempts: int = 6,
                 snapshot_dir: str | Path | None = None) -> None:
        self.path = Path(path)
        self.refresh_interval = refresh_interval
        self.attempts = attempts
        self._own_dir = snapshot_dir is None
        if self._own_dir:
            remove_stale_snapshot_dirs(Path(tempfile.gettempdir()))
        self._dir = Path(snapshot_dir) if snapshot_dir else Path(tempfile.mkdtemp(prefix=_DIR_PREFIX))
        self._mark_dir()
        self._lock = threading.Lock()
        self._current: _Snapshot | None = None

    # ------------------------------------------------------------------------------------------ public

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection for one request. A missing or empty database reads as empty tables."""
        snapshot = self._acquire()
        if snapshot is None or snapshot.connection is None:
            # store.connect gives an empty in-memory database with the schema for a missing file.
            if snapshot is not None:
                self._release(snapshot)
            with store.connect(self._dir / "absent.duckdb", read_only=True) as con:
                yield con
            return
        try:
            with self._lock:
                cursor = snapshot.connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
        finally:
            self._release(snapshot)

    def check(self) -> None:
        """Take the first snapshot now (at start-up): raise DatabaseError when the file is there and unchanged
        but no copy of it opens. A missing file, or one being written, passes: an ingest will make it whole."""
        try:
            snapshot = self._acquire()
        except DatabaseBusy:
            return
        if snapshot is not None:
            self._release(snapshot)

    def state(self) -> dict[str, object]:
        """What is being served: for the API's stats and for tests."""
        current = self._current
        return {
            "database": str(self.path),
            "snapshot_checked_seconds_ago": round(time.monotonic() - current.checked_at, 3) if current else None,
        }

    def close(self) -> None:
        with self._lock:
            if self._current:
                self._retire(self._current)
            self._current = None
        if self._own_dir:
            shutil.rmtree(self._dir, ignore_errors=True)

    # ------------------------------------------------------------------------------------------ snapshots

    def _live_state(self) -> FileState:
        return _file_state(self.path), _file_state(_wal_path(self.path))

    def _acquire(self) -> _Snapshot | None:
        """The current snapshot, refreshed first if the live file changed; counted as in use until released."""
        with self._lock:
            snapshot = self._fresh()
            if snapshot is not None:
                snapshot.users += 1
            return snapshot

    def _release(self, snapshot: _Snapshot) -> None:
        with self._lock:
            snapshot.users -= 1
            if snapshot.retired and snapshot.users == 0:
                self._dispose(snapshot)

    def _fresh(self) -> _Snapshot | None:
        now = time.monotonic()
        current = self._current
        if current and now - current.checked_at < self.refresh_interval:
            return current
        state = self._live_state()
        if state[0] is None:
            return None
        if current and state == current.state:
            current.checked_at = now
            return current
        try:
            fresh = self._take(state)
        except DatabaseError:
            if current is None:
                raise
            log.warning("serving the previous snapshot of %s: it cannot be read any more", self.path, exc_info=True)
            fresh = None
        if fresh is None:
            if current is None:
                raise DatabaseBusy(f"{self.path} is being written; try again in a moment")
            log.warning("serving the previous snapshot of %s: no consistent copy yet", self.path)
            current.checked_at = now
            return current
        self._current = fresh
        if current:
            self._retire(current)
        return fresh

    def _retire(self, snapshot: _Snapshot) -> None:
        snapshot.retired = True
        if snapshot.users == 0:
            self._dispose(snapshot)

    def _dispose(self, snapshot: _Snapshot) -> None:
        if snapshot.connection is not None:
            snapshot.connection.close()
            snapshot.connection = None
        self._discard(snapshot.path)

    def _mark_dir(self) -> None:
        """(Re)create the snapshot folder, marked with this process as its owner (see remove_stale_snapshot_dirs)."""
        if self._own_dir and not (self._dir / _OWNER_FILE).exists():
            self._dir.mkdir(parents=True, exist_ok=True)
            (self._dir / _OWNER_FILE).write_text(str(os.getpid()))

    def _take(self, state: FileState) -> _Snapshot | None:
        """Copy the live files until a copy is consistent; None when every attempt failed while the file was
        being written; DatabaseError when it is unusable (every copy of the unchanged file failed to open)."""
        delay = 0.05
        self._mark_dir()  # a closed reader that is used again (an app started twice) gets its folder back
        unopened: list[str] = []  # the open errors of copies of a file that had not changed
        for attempt in range(self.attempts):
            target = self._dir / f"snapshot-{uuid.uuid4().hex}.duckdb"
            try:
                self._copy(target)
                after = self._live_state()
                if after != state and attempt < self.attempts - 1:
                    # Written while copying: the copy may mix two states. Copy again from the new state.
                    raise _Torn("changed while copying")
                return _Snapshot(target, after, time.monotonic(), open_snapshot(target))
            except DatabaseError:  # (a file of a newer eventscope: no other copy will do)
                self._discard(target)
                raise
            except (_Torn, duckdb.Error, OSError) as error:
                log.info("snapshot attempt %d of %s failed: %s", attempt + 1, self.path, error)
                self._discard(target)
                if not isinstance(error, _Torn) and self._live_state() == state:
                    unopened.append(str(error).replace(str(target), str(self.path)))  # (name the user's file)
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
                state = self._live_state()
                if state[0] is None:
                    return None
        if len(unopened) == self.attempts:
            raise DatabaseError(f"{self.path}: not a usable eventscope database, cut short or damaged "
                                f"({one_line(unopened[-1], 240)}); give another --db file or rebuild this one")
        return None

    def _copy(self, target: Path) -> None:
        # The database file first, then its log: a checkpoint between the two only loses the newest
        # commits (a consistent, older state); the other order could replay a log twice.
        shutil.copyfile(self.path, target)
        wal = _wal_path(self.path)
        try:
            shutil.copyfile(wal, _wal_path(target))
        except FileNotFoundError:
            pass

    @staticmethod
    def _discard(path: Path) -> None:
        # An open connection keeps reading an unlinked file, so requests still using it are unaffected.
        for file in (path, _wal_path(path)):
            try:
                os.unlink(file)
            except FileNotFoundError:
                pass


class _Torn(Exception):
    pass

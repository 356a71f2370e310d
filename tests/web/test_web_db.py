"""Reading while an ingest writes: snapshots never lock the live file, new rows appear, errors never reach users."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from damagedfiles import with_a_damaged_block
from eventfactory import visit_article
from fastapi.testclient import TestClient

from eventscope import store
from eventscope.errors import DatabaseError
from eventscope.web import create_app
from eventscope.web.db import DatabaseBusy, SnapshotReader

TESTS = Path(__file__).resolve().parents[1]


def count_events(reader: SnapshotReader) -> int:
    with reader.connect() as con:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]


def write_batch(path: Path, number: int) -> None:
    with store.connect(path) as con:
        store.write_tables(con, store.batch_tables([visit_article(suffix=f" Note {number}.")]))


def test_missing_database_reads_as_empty(tmp_path):
    reader = SnapshotReader(tmp_path / "nothing-yet.duckdb")
    assert count_events(reader) == 0
    reader.close()


def test_new_rows_appear_on_the_next_read(tmp_path):
    path = tmp_path / "live.duckdb"
    write_batch(path, 0)
    reader = SnapshotReader(path, refresh_interval=0)
    assert count_events(reader) == 2
    write_batch(path, 1)  # the reader holds no lock on the live file, so this write goes straight through
    assert count_events(reader) == 4
    reader.close()


def test_refresh_interval_limits_copies(tmp_path):
    path = tmp_path / "live.duckdb"
    write_batch(path, 0)
    reader = SnapshotReader(path, refresh_interval=60)
    assert count_events(reader) == 2
    write_batch(path, 1)
    assert count_events(reader) == 2  # within the interval: the same snapshot
    reader.refresh_interval = 0
    assert count_events(reader) == 4
    reader.close()


def test_a_torn_copy_falls_back_to_the_previous_snapshot(tmp_path, monkeypatch):
    path = tmp_path / "live.duckdb"
    write_batch(path, 0)
    reader = SnapshotReader(path, refresh_interval=0, attempts=2)
    assert count_events(reader) == 2
    write_batch(path, 1)
    monkeypatch.setattr(reader, "_copy", lambda target: target.write_bytes(b"half a database"))
    assert count_events(reader) == 2  # stale but whole, and no error
    monkeypatch.undo()
    assert count_events(reader) == 4
    reader.close()


def torn_while_written(live: Path):
    """A copy step that gets a torn copy because the live file is being written meanwhile (it changes)."""
    def copy(target: Path) -> None:
        target.write_bytes(b"torn")
        with live.open("ab") as file:
            file.write(b"\0")

    return copy


def test_no_snapshot_at_all_is_a_503_with_a_message(tmp_path, monkeypatch):
    path = tmp_path / "live.duckdb"
    write_batch(path, 0)
    app = create_app(path)
    monkeypatch.setattr(app.state.reader, "_copy", torn_while_written(path))
    monkeypatch.setattr(app.state.reader, "attempts", 2)
    with TestClient(app) as client:
        response = client.get("/api/events")
    assert response.status_code == 503
    assert "being written" in response.json()["detail"]
    with pytest.raises(DatabaseBusy):
        count_events(app.state.reader)


def test_a_file_that_never_changes_yet_never_opens_is_unusable_not_busy(tmp_path):
    path = tmp_path / "live.duckdb"
    write_batch(path, 0)
    path.write_bytes(path.read_bytes()[:4096])  # (cut short: the header of a database and nothing else)
    reader = SnapshotReader(path, attempts=2)
    with pytest.raises(DatabaseError, match="live.duckdb: not a usable eventscope database"):
        reader.check()
    reader.close()


def test_a_file_damaged_in_a_data_block_is_unusable_at_start_up(tmp_path):
    whole = tmp_path / "whole.duckdb"
    write_batch(whole, 0)
    reader = SnapshotReader(with_a_damaged_block(whole, tmp_path / "live.duckdb"), attempts=2)
    with pytest.raises(DatabaseError, match="live.duckdb: not a usable eventscope database"):
        reader.check()
    reader.close()


def test_a_file_damaged_while_served_keeps_the_last_whole_snapshot(tmp_path):
    path = tmp_path / "live.duckdb"
    write_batch(path, 0)
    reader = SnapshotReader(path, refresh_interval=0, attempts=2)
    assert count_events(reader) == 2
    write_batch(path, 1)
    with_a_damaged_block(path, tmp_path / "damaged.duckdb").replace(path)  # (a disk fault under the last batch)
    assert count_events(reader) == 2  # (the copy of the damaged file fails its read of every block)
    reader.close()


def test_check_passes_a_missing_file_and_one_being_written(tmp_path, monkeypatch):
    SnapshotReader(tmp_path / "not-yet.duckdb").check()
    path = tmp_path / "live.duckdb"
    write_batch(path, 0)
    reader = SnapshotReader(path, attempts=2)
    monkeypatch.setattr(reader, "_copy", torn_while_written(path))
    reader.check()  # (busy, so the server starts and serves it once the ingest is done)
    reader.close()


WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from eventfactory import visit_article
    from eventscope import store

    path, batches, hold = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "hold"
    if hold:
        # A long-lived writer: one connection, one transaction per batch (the lock is held throughout).
        with store.connect(path) as con:
            for number in range(batches):
                store.write_tables(con, store.batch_tables([visit_article(suffix=f" Held {{number}}.")]))
                time.sleep(0.02)
    else:
        # The ingest's way: open, write one batch, close. A reader holding the file would make this wait;
        # a short lock timeout turns any such wait into a failure of this process.
        for number in range(batches):
            with store.connect(path, lock_timeout=0.5) as con:
                store.write_tables(con, store.batch_tables([visit_article(suffix=f" Batch {{number}}.")]))
            time.sleep(0.01)
""")


@pytest.mark.parametrize("mode", ["per-batch", "hold"])
def test_serving_while_another_process_writes(tmp_path, mode):
    path = tmp_path / "live.duckdb"
    write_batch(path, -1)
    batches = 8
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests=str(TESTS)))
    writer = subprocess.Popen([sys.executable, str(script), str(path), str(batches), mode],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: list[int] = []
    with TestClient(create_app(path, refresh_interval=0)) as client:
        deadline = time.monotonic() + 120
        while writer.poll() is None and time.monotonic() < deadline:
            response = client.get("/api/events", params={"limit": 1})
            assert response.status_code == 200, response.text
            seen.append(response.json()["total"])
            assert client.get("/api/stats").status_code == 200
            time.sleep(0.05)  # leave the shared CPU to the writer
        _, errors = writer.communicate(timeout=60)
        assert writer.returncode == 0, errors[-3000:]
        final = client.get("/api/events", params={"limit": 1}).json()["total"]
    assert seen == sorted(seen), "a refresh went back in time"
    assert len(seen) >= 3
    assert final == 2 * (batches + 1)  # every batch shows once the writer is done

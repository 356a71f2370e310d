"""The DuckDB store: schema, idempotent batch writes, shard loading, queries and lock handling."""

import multiprocessing
import time
from contextlib import contextmanager
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest
from eventfactory import protest_article, visit_article

from eventscope import store
from eventscope.errors import DatabaseError
from eventscope.records import Event, Reject


def write(db, coded, rejects=()):
    with store.connect(db) as con:
        store.write_tables(con, store.batch_tables(coded, rejects))


def test_schema_columns_follow_the_contract(tmp_path):
    db = tmp_path / "t.duckdb"
    with store.connect(db) as con:
        columns = {row[0]: row[1] for row in con.execute("DESCRIBE events").fetchall()}
        tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
    assert {"articles", "events", "event_actors", "rejects", "stories"} <= tables
    for name in ("plover", "mode", "cameo", "cameo_root", "quad_class", "goldstein", "trigger_text", "trigger_start",
                 "trigger_end", "modality", "location_name", "location_lat", "evidence_text", "confidence", "event_json"):
        assert name in columns, name
    assert columns["contexts"] == "VARCHAR[]"
    assert columns["date"] == "DATE"


def test_batch_write_flattens_events_and_actors(tmp_path):
    db = tmp_path / "t.duckdb"
    coded = visit_article()
    write(db, [coded], [Reject(origin="bad.bin", reason="binary", detail="NUL bytes")])
    with store.connect(db, read_only=True) as con:
        counts = store.count_rows(con)
        row = con.execute("SELECT plover, mode, cameo, cameo_root, quad_class, goldstein, trigger_text, source_code, "
                          "target_country, location_name, contexts FROM events WHERE cameo = '042'").fetchone()
        roles = con.execute("SELECT role, code FROM event_actors ORDER BY event_id, role").fetchall()
        stored = [Event.model_validate_json(text) for (text,) in con.execute("SELECT event_json FROM events").fetchall()]
        reject = con.execute("SELECT origin, reason, detail FROM rejects").fetchone()
    assert counts["articles"] == 1 and counts["events"] == 2 and counts["rejects"] == 1
    assert row == ("CONSULT", "visit", "042", "04", 1, 1.9, "visited", "RUS", "CHN", "China", [])
    assert ("source", "RUS") in roles and ("target", "CHN") in roles
    assert sorted(e.id for e in stored) == sorted(e.id for e in coded.events)
    assert {e.id: e for e in stored} == {e.id: e for e in coded.events}
    assert reject == ("bad.bin", "binary", "NUL bytes")


def test_the_rule_of_an_event_round_trips_through_the_store(tmp_path):
    db = tmp_path / "t.duckdb"
    coded = visit_article()
    coded = coded.revised(events=[coded.events[0].revised(rule="verb:visit"), *coded.events[1:]])
    write(db, [coded])
    with store.connect(db, read_only=True) as con:
        rules = dict(con.execute("SELECT id, rule FROM events").fetchall())
        stored = {e.id: e for e in (Event.model_validate_json(text)
                                    for (text,) in con.execute("SELECT event_json FROM events").fetchall())}
        listed = store.query_events(con, store.EventFilter()).column_names
    assert rules == {coded.events[0].id: "verb:visit", coded.events[1].id: None}
    assert stored[coded.events[0].id].rule == "verb:visit" and stored == {e.id: e for e in coded.events}
    assert listed[-1] == "rule"  # (the column added last: schema 3)


def test_a_shard_written_before_events_kept_their_rule_still_loads(tmp_path):
    shards = tmp_path / "shards"
    for table, data in store.batch_tables([visit_article()], []).items():
        if table == "events":
            data = data.drop_columns(["rule"])
        (shards / table).mkdir(parents=True, exist_ok=True)
        pq.write_table(data, shards / table / "part-00000.parquet")
    db = tmp_path / "t.duckdb"
    assert store.load_parquet_shards(db, shards)["events"] == 2
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT rule FROM events").fetchall() == [(None,), (None,)]


def test_writing_the_same_batch_twice_adds_nothing(tmp_path):
    db = tmp_path / "t.duckdb"
    batch = [visit_article(), protest_article()]
    write(db, batch, [Reject(origin="x", reason="empty")])
    with store.connect(db, read_only=True) as con:
        first = store.count_rows(con)
    write(db, batch, [Reject(origin="x", reason="empty")])
    with store.connect(db, read_only=True) as con:
        assert store.count_rows(con) == first
    assert first["events"] == 4 and first["event_actors"] == 7


def test_batches_concatenate_and_drop_articles_with_their_rows():
    visit, protest = visit_article(), protest_article()
    merged = store.concat_batches([store.batch_tables([visit]), store.batch_tables([protest], [Reject(origin="x",
                                   reason="empty")])])
    assert {name: data.num_rows for name, data in merged.items()} == \
        {"articles": 2, "events": 4, "event_actors": 7, "rejects": 1}
    kept = store.without_articles(merged, {visit.article.id})
    assert kept["articles"].column("id").to_pylist() == [protest.article.id]
    assert set(kept["events"].column("article_id").to_pylist()) == {protest.article.id}
    assert set(kept["event_actors"].column("article_id").to_pylist()) == {protest.article.id}
    assert kept["rejects"].num_rows == 1  # rejects belong to no article
    assert store.without_articles(merged, set()) is merged
    assert {name: data.num_rows for name, data in store.concat_batches([]).items()} == \
        {"articles": 0, "events": 0, "event_actors": 0, "rejects": 0}


def test_a_failed_batch_leaves_nothing_behind(tmp_path):
    db = tmp_path / "t.duckdb"
    tables = store.batch_tables([visit_article()])
    tables["events"] = tables["events"].drop_columns(["cameo"])  # the insert of events fails mid-transaction
    with store.connect(db) as con:
        with pytest.raises(duckdb.Error):
            store.write_tables(con, tables)
        assert store.count_rows(con)["articles"] == 0


def test_parquet_shards_load_once(tmp_path):
    shards = tmp_path / "shards"
    for index, coded in enumerate([visit_article(), protest_article()]):
        for table, data in store.batch_tables([coded], [Reject(origin=f"r{index}", reason="empty")]).items():
            (shards / table).mkdir(parents=True, exist_ok=True)
            pq.write_table(data, shards / table / f"part-{index:05d}.parquet")
    db = tmp_path / "t.duckdb"
    added = store.load_parquet_shards(db, shards)
    with store.connect(db, read_only=True) as con:
        assert store.count_rows(con)["stories"] == 4  # rebuilt after loading
    assert added == {"articles": 2, "events": 4, "event_actors": 7, "rejects": 2}
    assert store.load_parquet_shards(db, shards) == {"articles": 0, "events": 0, "event_actors": 0, "rejects": 0}


def test_queries_filter_by_actor_dyad_type_date_and_modality(tmp_path):
    db = tmp_path / "t.duckdb"
    write(db, [visit_article(), protest_article()])
    with store.connect(db, read_only=True) as con:
        def cameos(**kw):
            return sorted(store.query_events(con, store.EventFilter(**kw)).column("cameo").to_pylist())

        assert cameos() == ["042", "111", "141", "180"]
        assert cameos(actor="RUS") == ["042", "111"]
        assert cameos(dyad=("RUS", "CHN")) == ["042"]
        assert cameos(dyad=("CHN", "RUS")) == []
        assert cameos(actor="KENCOP") == ["180"]
        assert cameos(plover="consult") == ["042"]
        assert cameos(since=date(2024, 6, 1)) == ["141", "180"]
        assert cameos(until=date(2024, 5, 31)) == ["042", "111"]
        assert cameos(modality="negated") == []
        assert [e.event.cameo for e in store.read_events(con, store.EventFilter(actor="FRA"))] == ["111"]


def test_trends_by_month_and_quad_class(tmp_path):
    db = tmp_path / "t.duckdb"
    write(db, [visit_article(), protest_article()])
    with store.connect(db, read_only=True) as con:
        rows = store.trends(con, "month", "quad_class").to_pylist()
        by_dyad = store.trends(con, "week", "dyad").to_pylist()
    assert rows == [
        {"period": date(2024, 5, 1), "quad_class": "1", "count": 1, "mean_goldstein": 1.9},
        {"period": date(2024, 5, 1), "quad_class": "3", "count": 1, "mean_goldstein": -2.0},
        {"period": date(2024, 6, 1), "quad_class": "4", "count": 2, "mean_goldstein": -7.75},
    ]
    assert {"period": date(2024, 5, 13), "dyad": "RUS:CHN", "count": 1, "mean_goldstein": 1.9} in by_dyad


def test_reader_on_a_missing_database_sees_empty_tables(tmp_path):
    with store.connect(tmp_path / "absent.duckdb", read_only=True) as con:
        assert store.count_rows(con)["events"] == 0
    assert not (tmp_path / "absent.duckdb").exists()


def test_reader_on_a_duckdb_file_with_no_table_yet_sees_empty_tables(tmp_path):
    path = tmp_path / "new.duckdb"
    duckdb.connect(str(path)).close()
    with store.connect(path, read_only=True) as con:
        assert store.count_rows(con)["events"] == 0


def test_another_programs_duckdb_file_is_neither_read_nor_written(tmp_path):
    path = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(path)) as theirs:
        theirs.execute("CREATE TABLE prices (item VARCHAR, euros DOUBLE)")
    for read_only in (True, False):
        with pytest.raises(DatabaseError, match="theirs.duckdb: not an eventscope database"):
            with store.connect(path, read_only=read_only):
                pass
    with duckdb.connect(str(path), read_only=True) as theirs:
        assert {row[0] for row in theirs.execute("SELECT table_name FROM information_schema.tables").fetchall()} == {
            "prices"}


def _hold_write_lock(path, seconds, ready):
    con = duckdb.connect(path)
    ready.set()
    time.sleep(seconds)
    con.close()


@contextmanager
def _write_lock_held(db, seconds):
    """Another process holds the database's write lock for `seconds` from when the block starts."""
    ready = multiprocessing.get_context("spawn").Event()
    holder = multiprocessing.get_context("spawn").Process(target=_hold_write_lock, args=(str(db), seconds, ready))
    holder.start()
    try:
        assert ready.wait(30)
        yield
    finally:
        holder.join(30)


def test_reader_waits_for_a_writer_instead_of_failing(tmp_path):
    db = tmp_path / "t.duckdb"
    write(db, [visit_article()])
    with _write_lock_held(db, 1.0):
        started = time.monotonic()
        with store.connect(db, read_only=True, lock_timeout=20) as con:
            assert store.count_rows(con)["articles"] == 1
        assert time.monotonic() - started > 0.2  # it did wait for the lock


def test_lock_timeout_is_a_clear_error(tmp_path):
    db = tmp_path / "t.duckdb"
    write(db, [visit_article()])
    with _write_lock_held(db, 3.0):
        with pytest.raises(store.StoreLocked, match="locked"):
            with store.connect(db, read_only=True, lock_timeout=0.3):
                pass


def test_article_lookup_helpers(tmp_path):
    db = tmp_path / "t.duckdb"
    coded = visit_article()
    write(db, [coded])
    with store.connect(db, read_only=True) as con:
        article = store.get_article(con, coded.article.id)
        events = store.events_of_article(con, coded.article.id)
        assert store.get_article(con, "nope") is None
    assert article["text"] == coded.article.text and article["publisher"] == "Daily Example"
    assert [e.trigger.text for e in events] == ["visited", "criticised"]


def test_a_file_that_is_no_database_is_told_by_its_header_alone(tmp_path):
    from eventscope.errors import DatabaseError
    from eventscope.store.connection import check_database_file

    db = tmp_path / "t.duckdb"
    write(db, [visit_article()])
    check_database_file(db)
    check_database_file(tmp_path / "absent.duckdb")  # an ingest creates it
    (tmp_path / "empty.duckdb").write_bytes(b"")
    check_database_file(tmp_path / "empty.duckdb")
    (tmp_path / "notes.duckdb").write_text("eggs, milk\n")
    with pytest.raises(DatabaseError, match="notes.duckdb: not an eventscope database"):
        check_database_file(tmp_path / "notes.duckdb")

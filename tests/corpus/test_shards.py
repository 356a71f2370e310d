"""Shards written by the Ray engine: the store's tables, read back as records, loaded into DuckDB."""

import duckdb
import pyarrow.parquet as pq
from eventfactory import make_article, make_event

from eventscope.corpus.shards import iter_coded_articles, iter_rejects, write_shard
from eventscope.records import CodedArticle, Reject
from eventscope.store import arrow_schema, connect, load_parquet_shards


def _coded() -> list[CodedArticle]:
    first = make_article("Russia criticised China on Monday. France met Kenya.")
    second = make_article("Kenya police arrested protesters in Nairobi.", published=None)
    return [
        CodedArticle(article=first, events=[make_event(first, "Russia", "criticised", "China", "111"),
                                            make_event(first, "France", "met", "Kenya", "040")]),
        CodedArticle(article=second, events=[make_event(second, "police", "arrested", "protesters", "173")]),
    ]


def test_shards_round_trip_to_the_same_records(tmp_path):
    coded = _coded()
    rejects = [Reject(origin="dump.jsonl:3", reason="bad_json", detail="line 3: not JSON")]
    paths = write_shard(tmp_path, coded, rejects, [b"\x01" * 8, None])
    assert set(paths) == {"articles", "events", "event_actors", "rejects"}
    for table, path in paths.items():
        assert pq.read_schema(path).names == arrow_schema(table).names
    assert pq.read_table(paths["articles"]).column("minhash").to_pylist() == [b"\x01" * 8, None]
    assert list(iter_coded_articles(tmp_path)) == coded
    assert list(iter_rejects(tmp_path)) == rejects
    assert not list(tmp_path.rglob("*.partial"))


def test_shard_names_follow_content_so_a_rerun_overwrites(tmp_path):
    coded = _coded()
    assert write_shard(tmp_path, coded, []) == write_shard(tmp_path, coded, [])
    assert len(list((tmp_path / "events").glob("*.parquet"))) == 1


def test_shards_load_into_the_store_and_query_in_place(tmp_path):
    coded = _coded()
    write_shard(tmp_path / "shards", coded[:1], [])
    write_shard(tmp_path / "shards", coded[1:], [Reject(origin="a.bin", reason="binary")])
    added = load_parquet_shards(tmp_path / "db.duckdb", tmp_path / "shards")
    assert added == {"articles": 2, "events": 3, "event_actors": 6, "rejects": 1}
    assert load_parquet_shards(tmp_path / "db.duckdb", tmp_path / "shards") == dict.fromkeys(added, 0)
    with connect(tmp_path / "db.duckdb", read_only=True) as con:
        assert sorted(r[0] for r in con.execute("SELECT cameo FROM events").fetchall()) == ["040", "111", "173"]
    with duckdb.connect() as con:
        in_place = con.execute(f"SELECT count(*) FROM '{tmp_path}/shards/events/*.parquet' WHERE quad_class = 4")
        assert in_place.fetchall() == [(1,)]


def test_the_first_copy_of_an_article_wins_in_input_order(tmp_path):
    first, second = _coded()
    copy = CodedArticle(article=first.article.model_copy(update={"origin": "copy"}), events=first.events)
    write_shard(tmp_path, [second, copy], [], position=7)
    write_shard(tmp_path, [first], [], position=3)  # earlier in the input, written later
    assert [c.article.origin for c in iter_coded_articles(tmp_path)] == ["test", "test"]
    assert [c.article.id for c in iter_coded_articles(tmp_path)] == [first.article.id, second.article.id]


def test_windows_carry_the_input_position_of_their_first_item():
    from eventscope.scale.ray import _windows

    assert list(_windows(iter("abcdefg"), 3)) == [(0, list("abc")), (3, list("def")), (6, ["g"])]
    assert list(_windows([], 3)) == []

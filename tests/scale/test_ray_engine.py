"""The Ray engine gives the local engine's articles, events (ids included) and rejects on the same input."""

import json
import os

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from eventscope.corpus.processor import Coded, DocumentProcessor
from eventscope.corpus.shards import iter_coded_articles, iter_rejects
from eventscope.ingest import IngestOptions, RawDocument, read_sources
from eventscope.records import Reject
from eventscope.settings import Settings

pytest.importorskip("ray")

# Sentences written for this test: a few kinds of political events, places and dates.
STORIES = [
    ("2024-03-04", "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday to "
                   "discuss energy cooperation. The two leaders signed an agreement on gas supplies."),
    ("2024-03-05", "Kenyan police fired tear gas at protesters in Nairobi on Monday, witnesses said. Dozens of "
                   "demonstrators were arrested after the march."),
    ("2024-03-06", "The United States imposed new sanctions on Iran over its oil exports, the Treasury "
                   "Department announced on Friday."),
    ("2024-03-07", "France will not send troops to Mali, the French defence minister said on Wednesday. Paris "
                   "urged the military government in Bamako to hold elections."),
    ("2024-03-08", "Germany and Poland signed an agreement on border security in Warsaw on Thursday. The "
                   "interior ministers praised the cooperation between their police forces."),
    ("2024-03-09", "North Korea threatened to retaliate against South Korea over joint military exercises "
                   "with the United States, the state news agency KCNA reported."),
]


def _write_corpus(folder):
    pages = folder / "pages"
    pages.mkdir()
    for number, (_, text) in enumerate(STORIES[:2]):
        (pages / f"story{number}.txt").write_text(text, encoding="utf-8")
    (pages / "blank.txt").write_text("  \n", encoding="utf-8")  # rejected: empty
    lines = [json.dumps({"id": f"s{n}", "text": text, "published": day}) for n, (day, text) in enumerate(STORIES[2:])]
    lines.append(json.dumps({"id": "again", "text": STORIES[2][1], "published": STORIES[2][0]}))  # a repeat
    lines.append("{not json")  # rejected: malformed line
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(pages), str(folder / "dump.jsonl")]


def _local_engine(items, settings, options):
    documents = [item for item in items if isinstance(item, RawDocument)]
    rejects = [item for item in items if isinstance(item, Reject)]
    coded = {}
    with DocumentProcessor(settings, options) as processor:
        outcomes = processor.process(documents)
    for outcome in outcomes:
        if isinstance(outcome, Coded):
            coded.setdefault(outcome.coded.article.id, outcome)
        elif isinstance(outcome, Reject):
            rejects.append(outcome)
    return coded, rejects


@pytest.fixture(scope="module")
def ray_cluster():
    """One local Ray cluster (2 CPUs, no auth token) for the tests here; the engine reuses a running one."""
    import ray

    previous = os.environ.get("RAY_AUTH_MODE")
    os.environ["RAY_AUTH_MODE"] = "disabled"
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    yield ray
    ray.shutdown()
    if previous is None:
        del os.environ["RAY_AUTH_MODE"]
    else:
        os.environ["RAY_AUTH_MODE"] = previous


@pytest.mark.slow
def test_ray_engine_equals_the_local_engine(tmp_path, ray_cluster):
    from eventscope.scale.ray import run_ray_ingest

    settings, options = Settings(), IngestOptions()
    items = list(read_sources(_write_corpus(tmp_path), options))
    local, local_rejects = _local_engine(items, settings, options)

    # Small shards, so both actors get work and a repeated text lands in another shard than its first copy.
    shards = run_ray_ingest(items, settings, tmp_path / "shards", workers=2, options=options, shard_size=2)
    ray_coded = list(iter_coded_articles(tmp_path / "shards"))

    assert len(shards.articles) >= 3
    assert sorted(c.article.id for c in ray_coded) == sorted(local)
    # Origins are left out: of two copies of one text, which origin an article keeps is not part of the contract.
    assert [c.article.model_dump(exclude={"origin"}) for c in sorted(ray_coded, key=lambda c: c.article.id)] == \
        [local[key].coded.article.model_dump(exclude={"origin"}) for key in sorted(local)]
    local_events = sorted((e for c in local.values() for e in c.coded.events), key=lambda e: e.id)
    ray_events = sorted((e for c in ray_coded for e in c.events), key=lambda e: e.id)
    assert local_events, "the coder found no event in the test corpus"
    assert [e.model_dump() for e in ray_events] == [e.model_dump() for e in local_events]
    assert sorted((r.origin, r.reason) for r in iter_rejects(tmp_path / "shards")) == \
        sorted((r.origin, r.reason) for r in local_rejects)
    signatures = {row["id"]: row["minhash"] for path in shards.articles for row in pq.read_table(path).to_pylist()}
    assert signatures == {key: outcome.signature for key, outcome in local.items()}


def _table(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.mark.slow
def test_ingest_command_gives_the_same_database_on_both_engines(tmp_path, ray_cluster):
    from eventscope.cli import main

    sources = _write_corpus(tmp_path)
    local_db, ray_db, shards = tmp_path / "local.duckdb", tmp_path / "ray.duckdb", tmp_path / "shards"
    runner = CliRunner()
    local = runner.invoke(main, ["ingest", *sources, "--db", str(local_db), "--no-progress"])
    assert local.exit_code == 0, local.output
    on_ray = runner.invoke(main, ["ingest", *sources, "--db", str(ray_db), "--engine", "ray", "--workers", "2",
                                  "--shards", str(shards), "--no-progress"])
    assert on_ray.exit_code == 0, on_ray.output

    events = "SELECT id, event_json FROM events ORDER BY id"
    assert _table(ray_db, events) == _table(local_db, events)
    assert len(_table(ray_db, events)) > 0
    for sql in ("SELECT id, text, published, minhash FROM articles ORDER BY id",
                "SELECT event_id, role, position, code FROM event_actors ORDER BY ALL",
                "SELECT origin, reason FROM rejects ORDER BY ALL",
                "SELECT id, num_mentions, num_articles FROM stories ORDER BY id"):
        assert _table(ray_db, sql) == _table(local_db, sql), sql
    # The kept shards answer queries in place, without the database.
    with duckdb.connect() as con:
        in_place = con.execute(f"SELECT count(DISTINCT id) FROM '{shards}/events/*.parquet'").fetchall()
    assert in_place == [(len(_table(local_db, events)),)]
    # Ingesting again adds nothing, on the Ray engine as on the local one.
    again = runner.invoke(main, ["ingest", *sources, "--db", str(ray_db), "--engine", "ray", "--no-progress"])
    assert again.exit_code == 0, again.output
    assert "0 new article(s)" in again.output and " 0 already stored" not in again.output
    assert _table(ray_db, events) == _table(local_db, events)

"""Dates on the dashboard are written to their precision: a month-precise event as "1986-04", a year-precise one
as "1986", never as the first day of its period (the store keeps them as that first day)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from conftest import Server
from eventfactory import make_article, make_event
from fastapi.testclient import TestClient

from eventscope import store
from eventscope.ingest.minhash import minhash_signature
from eventscope.records import CodedArticle
from eventscope.web import create_app

COMMON_JS = Path(__file__).resolve().parents[2] / "src" / "eventscope" / "web" / "static" / "common.js"
# Runs the dashboard's common.js in node and prints what its dateLabel writes for each (date, precision) pair.
RUNNER = """
const fs = require("fs"), vm = require("vm");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[1], "utf8") + "\\n;globalThis.ES = ES;", context);
const pairs = JSON.parse(process.argv[2]);
console.log(JSON.stringify(pairs.map(([date, precision]) => context.ES.dateLabel(date, precision))));
"""
# The same for storySpan: prints what the story rows of the overview and the country page write for each story.
STORY_RUNNER = """
const fs = require("fs"), vm = require("vm");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[1], "utf8") + "\\n;globalThis.ES = ES;", context);
console.log(JSON.stringify(JSON.parse(process.argv[2]).map((story) => context.ES.storySpan(story))));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_dashboard_writes_a_date_to_its_precision():
    pairs = [["1986-04-01", "month"], ["1986-01-01", "year"], ["2024-05-16", "day"], [None, "unknown"]]
    result = subprocess.run(["node", "-e", RUNNER, str(COMMON_JS), json.dumps(pairs)], capture_output=True, text=True,
                            check=True, timeout=60)
    assert json.loads(result.stdout) == ["1986-04", "1986", "2024-05-16", ""]


def test_event_rows_carry_the_precision_the_dashboard_writes_them_with(sample_db: Path):
    with TestClient(create_app(sample_db)) as client:
        rows = client.get("/api/events", params={"modality": "any"}).json()["items"]
    assert rows and all(row["date_precision"] in ("day", "month", "year", "unknown") for row in rows)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_story_rows_write_their_dates_to_their_precision():
    stories = [
        {"date_start": "1986-04-01", "date_start_precision": "month", "date_end": "1986-04-02", "date_end_precision": "day"},
        {"date_start": "1979-01-01", "date_start_precision": "year", "date_end": "1979-01-01", "date_end_precision": "year"},
        {"date_start": "2024-05-16", "date_start_precision": "day", "date_end": "2024-05-17", "date_end_precision": "day"},
        {"date_start": "2024-05-16", "date_end": "2024-05-16"},  # a story of an older file: days
        {"date_start": None, "date_end": None},
    ]
    result = subprocess.run(["node", "-e", STORY_RUNNER, str(COMMON_JS), json.dumps(stories)], capture_output=True,
                            text=True, check=True, timeout=60)
    assert json.loads(result.stdout) == ["1986-04 – 1986-04-02", "1979", "2024-05-16 – 2024-05-17", "2024-05-16", "–"]


def dated_visit(text: str, publisher: str, event_date: str, precision: str) -> CodedArticle:
    article = make_article(text, published="2024-05-16", publisher=publisher)
    event = make_event(article, "Russia", "visited", "China", "042", event_date=event_date)
    return CodedArticle(article=article, events=[event.model_copy(update={"date_precision": precision})])


@pytest.fixture(scope="module")
def precision_server(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("precision") / "p.duckdb"
    coded = [
        dated_visit("Back then Russia visited China for a week of talks on the border.", "Paper M", "1986-04-01", "month"),
        dated_visit("An archive note says Russia visited China and signed a trade memorandum.", "Paper D", "1986-04-02", "day"),
        dated_visit("A museum display recalls that Russia visited China during that decade.", "Paper Y", "1979-01-01", "year"),
    ]
    with store.connect(db) as con:
        store.write_tables(con, store.batch_tables(coded, (), [minhash_signature(c.article.text) for c in coded]))
        store.rebuild_stories(con)
    running = Server(db)
    yield running
    running.stop()


def test_stories_carry_the_precision_of_their_dates_over_http(precision_server):
    listed = httpx.get(precision_server.url + "/api/stories", params={"sort": "date", "modality": "any"}, timeout=10)
    country = httpx.get(precision_server.url + "/api/countries/RUS", params={"modality": "any"}, timeout=10)
    assert listed.status_code == 200 and country.status_code == 200
    spans = [(s["date_start"], s["date_start_precision"], s["date_end"], s["date_end_precision"])
             for s in listed.json()["items"]]
    assert spans == [("1979-01-01", "year", "1979-01-01", "year"), ("1986-04-01", "month", "1986-04-02", "day")]
    assert sorted((s["date_start_precision"], s["date_end_precision"]) for s in country.json()["stories"]) == [
        ("month", "day"), ("year", "year")]

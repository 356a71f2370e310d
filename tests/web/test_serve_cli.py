"""`eventscope serve`: prints the address it serves, and serves the database there."""

from __future__ import annotations

import socket

import httpx
import pytest
from cliresults import assert_one_line_error, invoke
from conftest import Server
from useractors import USER_GROUP, USER_GROUP_CODE, write_user_actors


def test_serve_prints_its_address_and_serves(server, sample_db):
    assert server.url.startswith("http://127.0.0.1:")
    assert str(sample_db) in server.banner and "/docs" in server.banner
    stats = httpx.get(server.url + "/api/stats", timeout=10).json()
    assert stats["counts"]["events"] == 8
    page = httpx.get(server.url + "/", timeout=10)
    assert page.status_code == 200 and "<title>Overview" in page.text


def test_serve_on_a_busy_port_says_so(sample_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = invoke("serve", "--db", str(sample_db), "--port", str(port))
    assert result.exit_code != 0
    assert f"cannot listen on 127.0.0.1:{port}" in result.output


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

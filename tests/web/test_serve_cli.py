"""`eventscope serve`: prints the address it serves, and serves the database there."""

from __future__ import annotations

import socket

import httpx
from click.testing import CliRunner

from eventscope.cli import main


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
        result = CliRunner().invoke(main, ["serve", "--db", str(sample_db), "--port", str(port)])
    assert result.exit_code != 0
    assert f"cannot listen on 127.0.0.1:{port}" in result.output


def test_serve_rejects_a_bad_port(sample_db):
    result = CliRunner().invoke(main, ["serve", "--db", str(sample_db), "--port", "70000"])
    assert result.exit_code == 2 and "70000" in result.output

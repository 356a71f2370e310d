"""A bug in a route, met through a real HTTP request to the server `eventscope serve` runs: one 500 page, and
the traceback logged once, with the request's path."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from fastapi import FastAPI

from eventscope.cli.serve import dashboard_server
from eventscope.web import create_app


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """`app` in the server `serve` runs, on a free loopback port, in a thread; yields its address."""
    server = dashboard_server(app)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def app_with_a_bug(tmp_path) -> FastAPI:
    app = create_app(tmp_path / "none-yet.duckdb")

    @app.get("/broken-on-purpose")
    def broken() -> dict[str, str]:
        raise RuntimeError("a route with a bug")

    return app


def test_a_server_bug_is_one_500_logged_once_with_its_path(tmp_path, caplog, capfd):
    caplog.set_level(logging.WARNING)
    with serving(app_with_a_bug(tmp_path)) as url:
        response = httpx.get(url + "/broken-on-purpose", timeout=30)
        page = httpx.get(url + "/broken-on-purpose", headers={"accept": "text/html"}, timeout=30)
    assert response.status_code == 500
    assert response.json() == {"detail": "internal error; the server log has the details"}
    assert response.headers["x-frame-options"] == "DENY"  # (the guard's headers are on the 500 too)
    assert page.status_code == 500 and "text/html" in page.headers["content-type"]
    tracebacks = [record for record in caplog.records if record.exc_info]
    assert len(tracebacks) == 2  # one per request
    assert all(record.getMessage() == "internal error on GET /broken-on-purpose" for record in tracebacks)
    assert all("a route with a bug" in str(record.exc_info[1]) for record in tracebacks)
    printed = capfd.readouterr().err  # (uvicorn's own log goes to stderr, not through the root logger)
    assert "Exception in ASGI application" not in printed and "Traceback" not in printed


def test_a_healthy_route_is_untouched(tmp_path, caplog):
    with serving(app_with_a_bug(tmp_path)) as url:
        response = httpx.get(url + "/api/events", timeout=30)
    assert response.status_code == 200
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]

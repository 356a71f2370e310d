"""Fixtures of the web tests: a small real database, a real `eventscope serve` process, a browser."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from webdata import build_sample_db

from eventscope import store

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
ARTIFACTS = REPO / "test-artifacts" / "web"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "sample.duckdb"
    build_sample_db(path)
    return path


@pytest.fixture(scope="session")
def sample_events(sample_db: Path) -> list:
    with store.connect(sample_db, read_only=True) as con:
        return list(store.read_events(con))


class Server:
    """`eventscope serve` in a child process, on a free port it reports on its first line; `options`: more of
    its command line (--actors FILE)."""

    def __init__(self, db: Path, *options: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from eventscope.cli import main; main()", "serve", "--db", str(db), "--port", "0",
             *options],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        line = self._first_line(timeout=120)
        if "http://" not in line:
            self.process.kill()
            raise RuntimeError(f"serve did not start: {line!r} {self.process.stderr.read()[-2000:]}")
        self.banner = line
        self.url = line[line.index("http://"):].split()[0].rstrip("/")
        self._wait_ready()

    def _first_line(self, timeout: float) -> str:
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        return self.process.stdout.readline() if ready else ""

    def _wait_ready(self) -> None:
        import httpx

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/api/stats", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("serve never answered")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="session")
def server(sample_db: Path) -> Iterator[Server]:
    running = Server(sample_db)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class WatchedPage:
    """A browser page that records console errors, failed requests and uncaught exceptions."""

    def __init__(self, browser, enforce_csp: bool = False) -> None:
        # Playwright's wait_for_function evaluates strings, which the server's Content-Security-Policy forbids;
        # test_web_browser_security.py checks the pages with the policy enforced.
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=not enforce_csp)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda message: message.type == "error" and self.problems.append(f"console: {message.text}"))
        self.page.on("pageerror", lambda error: self.problems.append(f"exception: {error}"))
        self.page.on("requestfailed", lambda request: self.problems.append(f"request failed: {request.url}"))

    def open(self, url: str) -> None:
        response = self.page.goto(url, wait_until="networkidle")
        assert response is not None and response.ok, f"{url}: HTTP {response.status if response else '?'}"
        self.page.wait_for_selector("body[data-ready='true']", timeout=15000)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser) -> Iterator[WatchedPage]:
    watched = WatchedPage(browser)
    yield watched
    watched.close()

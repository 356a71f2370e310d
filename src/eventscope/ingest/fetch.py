"""Polite HTTP fetching for feeds and the pages they link: robots.txt obeyed (with its Crawl-delay),
timeouts, retries with backoff, and a minimum delay between two requests to the same host.

Each URL has a total deadline (connect, headers and body, retries included) and a size cap, so a server
that trickles one byte every few seconds, or answers forever, costs `deadline` seconds and one reject.
httpx's timeouts bound each read, not the whole answer: each attempt runs in a helper thread that is
abandoned (and its connection closed) when the deadline passes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from eventscope.ingest.clean import InputError
from eventscope.settings import FetchOptions

__all__ = ["Fetched", "Fetcher"]

_RETRY_STATUS = {429, 500, 502, 503, 504}


class Fetched:
    """A fetched document: final URL, content type and body."""

    __slots__ = ("url", "content_type", "body")

    def __init__(self, url: str, content_type: str, body: bytes) -> None:
        self.url, self.content_type, self.body = url, content_type, body


class Fetcher:
    """Fetches URLs as `options` say (settings.ingest.fetch); `client` and `sleep` are replaceable for tests."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        deadline: float = 60.0,
        max_bytes: int = 5_000_000,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        options = options or FetchOptions()
        self.retries = options.retries
        self.timeout = options.timeout
        self.deadline = deadline
        self.delay = options.delay
        self.max_bytes = max_bytes
        self.sleep = sleep
        self.user_agent = options.user_agent
        self.obey_robots = options.obey_robots
        self._robots: dict[str, RobotFileParser | None] = {}  # per scheme://host, read once a run; None: unreadable
        self._crawl_delay: dict[str, float] = {}  # per host, from its robots.txt
        self._own_client = client is None
        self.client = client or self._new_client()
        self._last_request: dict[str, float] = {}

    def _new_client(self) -> httpx.Client:
        return httpx.Client(timeout=httpx.Timeout(self.timeout), follow_redirects=True,
                            headers={"User-Agent": self.user_agent})

    def close(self) -> None:
        self.client.close()

    def _wait_for_turn(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = max(self.delay, self._crawl_delay.get(host, 0.0)) - (time.monotonic() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = time.monotonic()

    def get(self, url: str) -> Fetched:
        """Fetch a URL; InputError('robots_disallowed' | 'fetch_failed' | 'oversize') when it cannot be had."""
        if self.obey_robots and not self._allowed(url):
            raise InputError("robots_disallowed", f"{url}: the site's robots.txt does not allow fetching it")
        return self._fetch(url)

    def _allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets us fetch `url`, read once per site and run as RFC 9309 says: a
        missing file (4xx) allows everything; one that cannot be read (5xx, network) stops the fetch."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            try:
                self._robots[origin] = self._read_robots(origin)
            except InputError as error:
                self._robots[origin] = None
                raise InputError(error.reason, f"{url}: the site's robots.txt could not be read ({error})") from None
        rules = self._robots[origin]
        if rules is None:
            raise InputError("fetch_failed", f"{url}: the site's robots.txt could not be read earlier in this run")
        return rules.can_fetch(self.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser:
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            rules.parse(self._fetch(origin + "/robots.txt").body.decode("utf-8", "replace").splitlines())
        except _HTTPStatusError as error:
            if error.status >= 500:
                raise
            rules.allow_all = True  # type: ignore[attr-defined]  # no robots.txt: no rules (a documented attribute)
        self._crawl_delay[urlsplit(origin).netloc] = float(rules.crawl_delay(self.user_agent) or 0.0)
        return rules

    def _fetch(self, url: str) -> Fetched:
        host = urlsplit(url).netloc
        problem = ""
        ends = time.monotonic() + self.deadline
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(min(2.0**attempt, 30.0) * max(self.delay, 0.1))
            self._wait_for_turn(host)
            if time.monotonic() >= ends:
                break
            try:
                return self._attempt(url, ends)
            except _Retry as retry:
                problem = str(retry)
            except httpx.HTTPError as error:
                problem = f"{type(error).__name__}: {error}".strip(": ")
        if time.monotonic() >= ends:
            raise InputError("fetch_timeout", f"{url}: no complete answer within the deadline of {self.deadline:g} s")
        raise _HTTPStatusError(
            int(problem[5:]) if problem.startswith("HTTP ") else 599,
            f"{url}: {problem} (after {self.retries + 1} attempts)",
        )

    def _attempt(self, url: str, ends: float) -> Fetched:
        """One request, given up when the deadline passes (the helper thread is left to its read timeout)."""
        outcome: list[Fetched | BaseException] = []

        def run() -> None:
            try:
                outcome.append(self._request(url, ends))
            except BaseException as error:  # noqa: BLE001 - handed to the caller
                outcome.append(error)

        worker = threading.Thread(target=run, name="eventscope-fetch", daemon=True)
        worker.start()
        worker.join(max(ends - time.monotonic(), 0.0))
        if worker.is_alive():
            if self._own_client:  # closing it ends the abandoned request's connection
                stale, self.client = self.client, self._new_client()
                threading.Thread(target=stale.close, daemon=True).start()
            raise InputError("fetch_timeout", f"{url}: no complete answer within the deadline of {self.deadline:g} s")
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def _request(self, url: str, ends: float) -> Fetched:
        with self.client.stream("GET", url) as response:
            if response.status_code in _RETRY_STATUS:
                raise _Retry(f"HTTP {response.status_code}")
            if response.status_code >= 400:
                raise _HTTPStatusError(response.status_code, f"{url}: HTTP {response.status_code}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise InputError("oversize", f"{url}: {declared} bytes announced, more than {self.max_bytes}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.max_bytes:
                    raise InputError("oversize", f"{url}: more than {self.max_bytes} bytes")
                if time.monotonic() >= ends:
                    raise InputError("fetch_timeout", f"{url}: no complete answer within the deadline of "
                                                      f"{self.deadline:g} s")
            return Fetched(str(response.url), response.headers.get("content-type", ""), bytes(body))


class _Retry(Exception):
    """A status worth retrying (429, 5xx)."""


class _HTTPStatusError(InputError):
    """A fetch that failed with an HTTP status (599: no response at all), so robots.txt can tell a missing
    file from an unreachable site."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__("fetch_failed", message)
        self.status = status

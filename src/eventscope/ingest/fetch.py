"""Polite HTTP fetching for feeds and the pages they link: timeouts, retries with backoff, and a
minimum delay between two requests to the same host."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from eventscope.ingest.clean import InputError

__all__ = ["Fetched", "Fetcher"]

_RETRY_STATUS = {429, 500, 502, 503, 504}


class Fetched:
    """A fetched document: final URL, content type and body."""

    __slots__ = ("url", "content_type", "body")

    def __init__(self, url: str, content_type: str, body: bytes) -> None:
        self.url, self.content_type, self.body = url, content_type, body


class Fetcher:
    def __init__(
        self,
        timeout: float = 10.0,
        retries: int = 2,
        delay: float = 1.0,
        max_bytes: int = 5_000_000,
        user_agent: str = "eventscope",
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.retries = retries
        self.delay = delay
        self.max_bytes = max_bytes
        self.sleep = sleep
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=True, headers={"User-Agent": user_agent}
        )
        self._last_request: dict[str, float] = {}

    def close(self) -> None:
        self.client.close()

    def _wait_for_turn(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = self.delay - (time.monotonic() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = time.monotonic()

    def get(self, url: str) -> Fetched:
        """Fetch a URL; InputError('fetch_failed' | 'oversize') when it cannot be had."""
        host = urlsplit(url).netloc
        problem = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(min(2.0**attempt, 30.0) * max(self.delay, 0.1))
            self._wait_for_turn(host)
            try:
                with self.client.stream("GET", url) as response:
                    if response.status_code in _RETRY_STATUS:
                        problem = f"HTTP {response.status_code}"
                        continue
                    if response.status_code >= 400:
                        raise InputError("fetch_failed", f"{url}: HTTP {response.status_code}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:
                            raise InputError("oversize", f"{url}: more than {self.max_bytes} bytes")
                    return Fetched(str(response.url), response.headers.get("content-type", ""), bytes(body))
            except httpx.HTTPError as error:
                problem = f"{type(error).__name__}: {error}".strip(": ")
        raise InputError("fetch_failed", f"{url}: {problem} (after {self.retries + 1} attempts)")

"""Feeds and pages fetched over real HTTP from a local server: robots.txt, Crawl-delay, retries, rejects."""

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventscope.ingest import Fetcher, IngestOptions, InputError, read_source
from eventscope.records import Reject
from eventscope.settings import FetchOptions

STORY = ("The defence ministers of Norway and Finland met in Oslo on Tuesday and agreed to hold joint naval "
         "exercises in the spring, officials from both governments said.")


def page(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{STORY}</p>"
            f"<p>The talks covered {title.lower()} in detail.</p></article></body></html>")


class Site:
    """A news site on 127.0.0.1: a feed of three stories, one of them closed to crawlers by robots.txt and
    one that fails once with 503 before it answers."""

    def __init__(self, robots: tuple[int, str] | None) -> None:
        self.robots = robots
        self.hits: Counter[str] = Counter()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                site.hits[self.path] += 1
                status, kind, body = site.answer(self.path)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def answer(self, path: str) -> tuple[int, str, bytes]:
        if path == "/robots.txt":
            if self.robots is None:
                return 404, "text/plain", b"not found"
            status, text = self.robots
            return status, "text/plain", text.encode()
        if path == "/feed.xml":
            items = "".join(f"<item><title>{name}</title><link>{self.base}{link}</link></item>"
                            for name, link in (("Talks", "/news/talks"), ("Memo", "/private/memo"),
                                               ("Drills", "/news/drills")))
            feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Nordic Wire</title>{items}</channel></rss>'
            return 200, "application/rss+xml", feed.encode()
        if path == "/news/drills" and self.hits[path] == 1:
            return 503, "text/plain", b"busy"
        if path.startswith(("/news/", "/private/")):
            return 200, "text/html; charset=utf-8", page(path.rsplit("/", 1)[1].title()).encode()
        return 404, "text/plain", b"not found"

    def __enter__(self) -> "Site":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def read_feed(site: Site, **fetcher_options) -> tuple[list, list[float]]:
    sleeps: list[float] = []
    fetcher = Fetcher(FetchOptions(delay=0, retries=2, **fetcher_options), sleep=sleeps.append)
    try:
        return list(read_source(site.base + "/feed.xml", IngestOptions(), fetcher=fetcher)), sleeps
    finally:
        fetcher.close()


def test_robots_txt_is_obeyed_with_its_crawl_delay():
    with Site(robots=(200, "User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n")) as site:
        items, sleeps = read_feed(site)
    documents = [item for item in items if not isinstance(item, Reject)]
    rejects = [item for item in items if isinstance(item, Reject)]
    assert sorted(d.url for d in documents) == [site.base + "/news/drills", site.base + "/news/talks"]
    assert all(STORY in d.content for d in documents)
    assert [r.reason for r in rejects] == ["robots_disallowed"] and rejects[0].origin.endswith("/private/memo")
    assert site.hits["/private/memo"] == 0  # never requested
    assert site.hits["/robots.txt"] == 1  # read once for the whole run
    assert site.hits["/news/drills"] == 2  # retried after the 503
    assert sleeps and max(sleeps) > 1.0  # the site's Crawl-delay of 2 s, though our own delay is 0


def test_a_site_without_robots_txt_may_be_fetched():
    with Site(robots=None) as site:
        items, _ = read_feed(site)
    assert not [item for item in items if isinstance(item, Reject)]
    assert site.hits["/private/memo"] == 1


@pytest.mark.parametrize("options, fetched", [({}, 0), ({"obey_robots": False}, 1)])
def test_an_unreadable_robots_txt_stops_fetching_unless_told_to_ignore_it(options, fetched):
    with Site(robots=(500, "oops")) as site:
        items, _ = read_feed(site, **options)
        if not fetched:  # a second source on the same site: refused at once, robots.txt not asked again
            sleeps: list[float] = []
            fetcher = Fetcher(FetchOptions(delay=0, retries=2, **options), sleep=sleeps.append)
            fetcher._robots.update({site.base: None})
            with pytest.raises(InputError, match="robots.txt could not be read"):
                fetcher.get(site.base + "/news/talks")
    rejects = [item for item in items if isinstance(item, Reject)]
    if fetched:
        assert not rejects
    else:  # the feed itself is refused
        assert [r.reason for r in rejects] == ["fetch_failed"] and "robots.txt could not be read" in rejects[0].detail
        assert site.hits["/robots.txt"] == 3  # 500 is retried like any server error
    assert site.hits["/news/talks"] == fetched


class Trickle:
    """A raw TCP server on 127.0.0.1 that answers every request with `answer`, sending `step` bytes every
    `pause` seconds (and then, if `endless`, zeros forever)."""

    def __init__(self, answer: bytes, step: int = 1, pause: float = 0.3, endless: bool = False) -> None:
        import socket

        self.answer, self.step, self.pause, self.endless = answer, step, pause, endless
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.base = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        import time

        self.listener.settimeout(0.2)
        while not self.stop.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(connection, time), daemon=True).start()

    def _answer(self, connection, time) -> None:
        try:
            connection.recv(65536)
            data = self.answer
            while not self.stop.is_set():
                if data:
                    connection.sendall(data[: self.step])
                    data = data[self.step:]
                elif self.endless:
                    connection.sendall(b"\0" * 65536)
                    continue
                else:
                    break
                time.sleep(self.pause)
        except OSError:
            pass
        finally:
            connection.close()

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"


@pytest.mark.parametrize("answer, step, endless, reason", [
    (HEAD + b"Content-Length: 100000\r\n\r\n" + b"<p>x</p>" * 1000, 1, False, "fetch_timeout"),  # from the start
    (HEAD + b"Content-Length: 100000\r\n\r\n" + b"<p>x</p>" * 12500, 200, False, "fetch_timeout"),  # body only
    (HEAD + b"\r\n", 1000, True, "oversize"),  # an endless body
    (HEAD + b"Content-Length: 999999999999\r\n\r\n", 1000, False, "oversize"),  # announced too big
], ids=["trickle", "trickled-body", "endless", "announced-too-big"])
def test_a_fetch_has_a_total_deadline_and_a_size_cap(answer, step, endless, reason):
    import time

    server = Trickle(answer, step=step, pause=0.2, endless=endless)
    fetcher = Fetcher(FetchOptions(timeout=10, retries=1, delay=0, obey_robots=False), deadline=1.5, max_bytes=1_000_000)
    try:
        started = time.monotonic()
        items = list(read_source(server.base + "/page", IngestOptions(), fetcher=fetcher))
        elapsed = time.monotonic() - started
    finally:
        fetcher.close()
        server.close()
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [("Reject", reason)]
    assert elapsed < 5, f"the fetch took {elapsed:.1f} s for a deadline of 1.5 s"

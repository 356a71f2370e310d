"""In Chromium against a real `eventscope serve`: a URL from the data that is not http(s) is never a link, and
the Content-Security-Policy leaves every page working."""

from __future__ import annotations

import pytest
from conftest import Server
from eventfactory import make_article, make_event

from eventscope import store
from eventscope.records import CodedArticle

pytestmark = pytest.mark.slow

URLS = {"script": "javascript:alert(document.domain)", "data": "data:text/html,<script>alert(1)</script>",
        "web": "https://news.example.org/2024/05/kenya"}


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser-security") / "hostile.duckdb"
    coded = []
    for name, url in URLS.items():
        article = make_article(f"Russia attacked Kenya on Monday, the {name} report said.", url=url)
        coded.append(CodedArticle(article=article, events=[make_event(article, "Russia", "attacked", "Kenya", "190")]))
    with store.connect(db) as con:
        store.write_tables(con, store.batch_tables(coded))
    running = Server(db)
    yield running, {name: item.article.id for name, item in zip(URLS, coded, strict=True)}
    running.stop()


@pytest.mark.parametrize("name", ["script", "data"])
def test_a_javascript_or_data_url_is_not_a_link(hostile_server, page, name):
    server, ids = hostile_server
    dialogs: list[str] = []
    page.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.open(f"{server.url}/articles/{ids[name]}")
    meta = page.page.locator("#article-meta")
    assert "original" in meta.inner_text()
    assert meta.locator("a").count() == 0  # shown as text, not as a link
    assert page.page.locator(f'a[href^="{URLS[name].split(":")[0]}:"]').count() == 0
    page.page.locator("#article-meta .unsafe-url").click()
    assert dialogs == [] and page.problems == []


def test_a_web_url_stays_a_link(hostile_server, page):
    server, ids = hostile_server
    page.open(f"{server.url}/articles/{ids['web']}")
    link = page.page.locator("#article-meta a")
    assert link.count() == 1 and link.get_attribute("href") == URLS["web"]
    assert link.get_attribute("rel") == "noreferrer noopener"
    assert page.problems == []


@pytest.fixture
def strict_page(browser):
    from conftest import WatchedPage

    watched = WatchedPage(browser, enforce_csp=True)
    yield watched
    watched.close()


@pytest.mark.parametrize("path", ["/", "/events", "/articles", "ARTICLE", "/network", "/map", "/code", "/docs"])
def test_every_page_works_under_the_content_security_policy(hostile_server, strict_page, path):
    server, ids = hostile_server
    if path == "/docs":
        strict_page.page.goto(server.url + path, wait_until="networkidle")
        strict_page.page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    else:
        strict_page.open(server.url + (f"/articles/{ids['web']}" if path == "ARTICLE" else path))
    assert strict_page.problems == []  # a blocked script or style shows up here as a console error

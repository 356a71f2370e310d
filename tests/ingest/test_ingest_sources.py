"""Every source kind read from small files written here, and every kind of bad input rejected with a reason."""

import gzip
import io
import json
import os
from datetime import date

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventscope.ingest import Fetcher, FieldMap, IngestOptions, InputError, RawDocument, prepare, read_source
from eventscope.ingest.sources import SourceError
from eventscope.records import Article, Reject
from eventscope.settings import FetchOptions, Limits

ENGLISH = ("The foreign ministers of Brazil and Argentina met in Buenos Aires on Monday to discuss trade. "
           "Both governments said they would sign an agreement on energy next month.")
SPANISH = ("Los ministros de Asuntos Exteriores de Brasil y Argentina se reunieron el lunes en Buenos Aires para "
           "hablar de comercio. Ambos gobiernos dijeron que firmarían un acuerdo energético el próximo mes.")
PAGE = f"""<!doctype html><html><head><title>Ministers meet | Example Herald</title>
<meta property="og:site_name" content="Example Herald"><meta name="date" content="2024-03-02"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Buenos Aires</h1><p>{ENGLISH}</p>
<p>Officials from both countries described the talks as constructive and friendly.</p></article>
<div class="comments" id="comments"><h3>Comments</h3><p>Reader comment: this is a fantastic article, I love it!</p></div>
<footer>Copyright 2024 Example Herald</footer></body></html>"""


def collect(source, options=IngestOptions(), **kwargs):
    """Read a source and prepare each document: a list of Articles and Rejects."""
    results = []
    for item in read_source(str(source), options, **kwargs):
        if isinstance(item, Reject):
            results.append(item)
            continue
        try:
            results.append(prepare(item, options))
        except InputError as error:
            results.append(Reject(origin=item.origin, reason=error.reason, detail=str(error)))
    return results


def articles(results):
    return [r for r in results if isinstance(r, Article)]


def reasons(results):
    return sorted(r.reason for r in results if isinstance(r, Reject))


def test_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH + "\n\nShare this article\nComments\n", encoding="utf-8")
    [article] = collect(path)
    assert article.text == ENGLISH
    assert article.id == Article.make_id(ENGLISH)
    assert article.language == "en" and article.origin == str(path)


def test_html_page_keeps_the_article_and_drops_comments_and_furniture(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = collect(path)
    assert ENGLISH in article.text
    assert "fantastic article" not in article.text and "Home" not in article.text
    assert article.title == "Ministers meet in Buenos Aires"
    assert article.publisher == "Example Herald"
    assert article.published == date(2024, 3, 2)


def test_folder_is_read_recursively_in_order_skipping_hidden_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "sub" / "a.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret notes that are not news", encoding="utf-8")
    results = collect(tmp_path)
    assert [r.origin for r in results] == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.htm")]
    assert len(articles(results)) == 2


def test_a_folder_with_no_file_to_read_is_a_reject(tmp_path):
    (tmp_path / "empty" / "nested").mkdir(parents=True)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / ".draft.txt").write_text(ENGLISH, encoding="utf-8")
    for folder in ("empty", "notes"):
        (reject,) = collect(tmp_path / folder)
        assert (reject.reason, reject.origin) == ("empty", str(tmp_path / folder))
        assert "a folder with no file to read" in reject.detail


def test_a_folder_that_cannot_be_listed_is_a_reject_and_the_rest_is_read(tmp_path, monkeypatch):
    """(as root every folder can be listed, so the refusal is the system call's, made to fail here)"""
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ENGLISH, encoding="utf-8")
    scandir = os.scandir

    def refusing(path="."):
        if os.fspath(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    results = collect(tmp_path)
    assert reasons(results) == ["unreadable"]
    assert results[0].detail == f"{tmp_path / 'closed'}: cannot be listed (Permission denied)"
    assert [a.origin for a in articles(results)] == [str(tmp_path / "open.txt")]


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.org/</link>
<item><title>Ministers meet</title><link>https://wire.example.org/a</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;{ENGLISH}&lt;/p&gt;</description></item>
<item><title>No body</title><link>https://wire.example.org/b</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
<entry><title>Talks</title><link href="https://atom.example.org/1"/><updated>2024-03-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;{ENGLISH}&lt;/p&gt;</content></entry></feed>"""


def test_rss_file_uses_entry_content(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    results = collect(path)
    [article] = articles(results)
    assert article.text == ENGLISH
    assert article.url == "https://wire.example.org/a"
    assert article.publisher == "Example Wire" and article.title == "Ministers meet"
    assert article.published == date(2024, 3, 4)
    assert reasons(results) == ["empty"]  # the entry without content


def test_atom_file(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    [article] = collect(path)
    assert article.text == ENGLISH and article.published == date(2024, 3, 5)


def test_feed_url_fetches_linked_pages_with_retries_and_a_polite_delay():
    calls: list[str] = []
    failures = {"https://wire.example.org/a": 1}  # the first attempt fails with 503

    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        calls.append(url)
        if url == "https://wire.example.org/feed":
            return httpx.Response(200, headers={"content-type": "application/rss+xml"}, content=RSS.encode())
        if failures.get(url):
            failures[url] -= 1
            return httpx.Response(503)
        if url == "https://wire.example.org/a":
            return httpx.Response(200, headers={"content-type": "text/html"}, content=PAGE.encode())
        return httpx.Response(404)

    sleeps: list[float] = []
    fetcher = Fetcher(FetchOptions(delay=0.5, retries=2), client=httpx.Client(transport=httpx.MockTransport(handler)),
                      sleep=sleeps.append)
    results = collect("https://wire.example.org/feed", fetcher=fetcher)
    [article] = articles(results)
    assert "constructive and friendly" in article.text  # the fetched page, not the feed summary
    assert article.url == "https://wire.example.org/a" and article.publisher == "Example Wire"
    assert calls.count("https://wire.example.org/a") == 2  # retried after the 503
    assert reasons(results) == ["fetch_failed"]  # entry b: 404 and no summary to fall back on
    assert sleeps and all(s > 0 for s in sleeps)


def test_unreachable_url_is_a_reject_after_retries():
    def handler(request):
        raise httpx.ConnectError("connection refused", request=request)

    fetcher = Fetcher(FetchOptions(retries=1, delay=0), client=httpx.Client(transport=httpx.MockTransport(handler)),
                      sleep=lambda s: None)
    [reject] = collect("https://down.example.org/rss", fetcher=fetcher)
    assert reject.reason == "fetch_failed" and "2 attempts" in reject.detail


def test_jsonl_with_configured_fields_and_bad_lines(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"key": "n1", "body": ENGLISH, "day": "2024-03-04T10:00:00Z", "outlet": "Example Wire"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"key": "n4", "headline": "no body"}),
        json.dumps({"key": "n5", "body": ENGLISH + " Extra.", "day": "yesterday"}),
        "",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    options = IngestOptions(fields=FieldMap.parse(["id=key", "text=body", "published=day", "source=outlet"]))
    results = collect(path, options)
    [article] = articles(results)
    assert article.published == date(2024, 3, 4) and article.publisher == "Example Wire"
    assert article.origin == f"{path}:1"
    assert reasons(results) == ["bad_date", "bad_json", "bad_json", "bad_record"]
    assert {r.origin for r in results if isinstance(r, Reject)} == {f"{path}:{n}" for n in (2, 3, 4, 5)}


def test_csv_with_configured_fields(tmp_path):
    path = tmp_path / "dump.csv"
    path.write_text(f'content,date,link\n"{ENGLISH}",2024-03-06,https://x.example.org/1\n,2024-03-06,\n',
                    encoding="utf-8")
    results = collect(path, IngestOptions(fields=FieldMap.parse(["text=content", "published=date", "url=link"])))
    [article] = articles(results)
    assert article.published == date(2024, 3, 6) and article.url == "https://x.example.org/1"
    assert reasons(results) == ["empty"]


def test_csv_without_the_text_column_is_one_reject(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert reasons(collect(path)) == ["bad_record"]


def write_warc(path, records):
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=str(path).endswith(".gz"))
        for uri, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path, name):
    path = tmp_path / name
    write_warc(path, [
        ("https://herald.example.org/ministers", "text/html; charset=utf-8", PAGE.encode()),
        ("https://herald.example.org/logo.png", "image/png", b"\x89PNG\r\n\x00\x00"),
        ("https://herald.example.org/latin", "text/html; charset=iso-8859-1", PAGE.replace("Officials", "Officials\u00e9").encode("latin-1")),
    ])
    results = collect(path)
    found = articles(results)
    assert len(found) == 2
    assert found[0].url == "https://herald.example.org/ministers" and ENGLISH in found[0].text
    assert "Officials\u00e9" in found[1].text
    assert found[0].origin.startswith(f"{path}#record 1")


def test_truncated_warc_is_a_reject(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort"))
    assert reasons(collect(path)) == ["bad_warc"]


def test_a_warc_gzipped_whole_is_a_one_line_reject_after_its_first_record(tmp_path):
    """(gzip crawl.warc makes one gzip member of every record; warcio reads the first and explains the rest on
    twelve lines, which a reject's detail joins into one)"""
    plain = tmp_path / "crawl.warc"
    write_warc(plain, [(f"https://herald.example.org/{n}", "text/html", PAGE.encode()) for n in range(3)])
    whole = tmp_path / "crawl.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    results = collect(whole)
    assert len(articles(results)) == 1 and reasons(results) == ["bad_warc"]
    (reject,) = (r for r in results if isinstance(r, Reject))
    assert "\n" not in reject.detail and "the rest of the file is not read" in reject.detail


def test_stdin_is_sniffed():
    jsonl = (json.dumps({"id": "s1", "text": ENGLISH}) + "\n").encode()
    [article] = collect("-", stdin=io.BytesIO(jsonl))
    assert article.text == ENGLISH
    [page] = collect("-", stdin=io.BytesIO(PAGE.encode()))
    assert page.title == "Ministers meet in Buenos Aires"
    [plain] = collect("-", stdin=io.BytesIO(ENGLISH.encode()))
    assert plain.text == ENGLISH


def test_missing_source_is_a_usage_error(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        collect(tmp_path / "absent.txt")


# ------------------------------------------------------------------------------------------ bad input


def test_binary_file(tmp_path):
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 20)
    (tmp_path / "story.txt").write_bytes(b"\x00\x01\x02binary\x00")
    results = collect(tmp_path)
    assert reasons(results) == ["binary", "binary"]


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("  \n\n Share this article \n", encoding="utf-8")
    assert reasons(collect(tmp_path)) == ["empty", "empty"]


def test_oversize_file_and_line(tmp_path):
    options = IngestOptions(limits=Limits(document_bytes=100))
    (tmp_path / "big.txt").write_text(ENGLISH * 3, encoding="utf-8")
    (tmp_path / "big.jsonl").write_text(json.dumps({"text": ENGLISH * 3}) + "\n" + json.dumps({"text": "Short."}) + "\n")
    results = collect(tmp_path, options)
    assert reasons(results) == ["oversize", "oversize"]
    assert [a.text for a in articles(results)] == ["Short."]


def test_oversize_clean_text(tmp_path):
    (tmp_path / "long.txt").write_text(ENGLISH, encoding="utf-8")
    assert reasons(collect(tmp_path, IngestOptions(max_chars=50))) == ["oversize"]


def test_invalid_utf8(tmp_path):
    (tmp_path / "latin.txt").write_bytes(ENGLISH.replace("Monday", "Mond\u00e4y").encode("latin-1"))
    (tmp_path / "rows.csv").write_bytes(b"text\n" + "Caf\u00e9 owners protested.".encode("latin-1") + b"\nGood row.\n")
    (tmp_path / "rows.jsonl").write_bytes(b'{"text": "caf\xe9"}\n')
    results = collect(tmp_path)
    assert reasons(results) == ["invalid_utf8", "invalid_utf8", "invalid_utf8"]
    assert [a.text for a in articles(results)] == ["Good row."]


def test_broken_html(tmp_path):
    (tmp_path / "cut.html").write_text("<html><head><title>Cut off</title></head><body><div class=", encoding="utf-8")
    (tmp_path / "tags.htm").write_text("<<<>>><</>", encoding="utf-8")
    assert reasons(collect(tmp_path)) == ["broken_html", "broken_html"]


def test_non_english_is_detected_deterministically(tmp_path):
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    for _ in range(3):
        [reject] = collect(tmp_path)
        assert reject.reason == "not_english" and "es" in reject.detail


GERMAN = ("Die Aussenminister von Brasilien und Argentinien trafen sich am Montag in Buenos Aires, um über den "
          "Handel zu sprechen. Beide Regierungen erklärten, sie würden im nächsten Monat ein Energieabkommen "
          "unterzeichnen, und die Gespräche seien sehr freundlich verlaufen.")


def test_plain_english_skips_the_statistical_detector_and_other_languages_do_not(monkeypatch):
    import eventscope.ingest.document as document

    calls: list[str] = []
    real = document.detect_language
    monkeypatch.setattr(document, "detect_language", lambda text: calls.append(text[:10]) or real(text))
    assert document.obvious_language(ENGLISH, ("en",)) == "en"
    assert document.obvious_language(ENGLISH, ("de",)) is None  # English is only obvious when accepted
    for text in (SPANISH, GERMAN):
        assert document.obvious_language(text, ("en",)) is None
    assert document.obvious_language("The talks. " * 3, ("en",)) is None  # too few words to judge
    [article] = articles(collect_texts([ENGLISH]))
    assert article.language == "en" and calls == []
    rejects = collect_texts([SPANISH, GERMAN])
    assert reasons(rejects) == ["not_english", "not_english"] and len(calls) == 2


def collect_texts(texts):
    return [prepare_or_reject(RawDocument(origin=f"t{n}", content=text)) for n, text in enumerate(texts)]


def prepare_or_reject(document):
    try:
        return prepare(document, IngestOptions())
    except InputError as error:
        return Reject(origin=document.origin, reason=error.reason, detail=str(error))


def test_malformed_feed(tmp_path):
    (tmp_path / "a.xml").write_text("<?xml version='1.0'?><not-a-feed><x>", encoding="utf-8")
    (tmp_path / "b.rss").write_text("<rss><channel><item><title>unclosed", encoding="utf-8")
    # a feed without entries is one reject; a half-written entry without content is another
    assert reasons(collect(tmp_path)) == ["bad_feed", "empty"]


def test_tsv(tmp_path):
    path = tmp_path / "dump.tsv"
    path.write_text(f"id\ttext\tpublished\nt1\t{ENGLISH}\t2024-03-07\n", encoding="utf-8")
    [article] = collect(path)
    assert article.text == ENGLISH and article.published == date(2024, 3, 7)


def test_page_url_is_one_article():
    def handler(request):
        return httpx.Response(200, headers={"content-type": "application/xhtml+xml"}, content=PAGE.encode())

    fetcher = Fetcher(FetchOptions(delay=0), client=httpx.Client(transport=httpx.MockTransport(handler)), sleep=lambda s: None)
    [article] = collect("https://herald.example.org/ministers", fetcher=fetcher)
    assert article.url == "https://herald.example.org/ministers" and ENGLISH in article.text


@pytest.mark.parametrize(("text", "expected"), [
    ("2019-11-18", date(2019, 11, 18)),
    ("2019-11-18T09:30:00Z", date(2019, 11, 18)),
    ("2019-11-18T23:30:00-05:00", date(2019, 11, 18)),  # the date where it was written
    ("Tue, 18 Nov 2019 09:30:00 +0000", date(2019, 11, 18)),  # RFC 2822, as feeds and mail write it
    ("Tue, 18 Nov 2019", date(2019, 11, 18)),
    ("18 November 2019", date(2019, 11, 18)),
    ("Nov 2019", None),  # no day: unknown, not the first of the month
])
def test_publication_dates_in_the_usual_formats(text, expected):
    from eventscope.ingest.document import parse_date

    assert parse_date(text, "t") == expected


def test_a_jsonl_id_is_the_article_id_and_a_title_is_never_a_path(tmp_path):
    path = tmp_path / "in.jsonl"
    text = "Russia and China signed a trade agreement in Beijing on Monday. Officials said more talks would follow."
    path.write_text(json.dumps({"id": "wire-0042", "text": text, "published": "Mon, 18 Nov 2019 08:00:00 GMT"}) + "\n")
    [article] = [item for item in collect(path) if isinstance(item, Article)]
    assert article.id == "wire-0042" and article.published == date(2019, 11, 18)
    assert article.title == "Russia and China signed a trade agreement in Beijing on Monday."
    assert str(tmp_path) not in article.title

"""Gzip-compressed files other than a .warc.gz (dump.jsonl.gz, rows.tsv.gz, page.html.gz, a .gz on standard
input) are inflated as they are read and read as the file without .gz would be; a cut or damaged one keeps what
came before the bad spot and is one reject, never a WARC error about Content-Length."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from eventscope.ingest.document import IngestOptions
from eventscope.ingest.sources import read_source, read_sources
from eventscope.records import Reject
from eventscope.settings import Limits


def read(*sources: Path, options: IngestOptions | None = None):
    items = list(read_sources([str(s) for s in sources], options or IngestOptions()))
    return [i for i in items if not isinstance(i, Reject)], [i for i in items if isinstance(i, Reject)]


def jsonl_lines(count: int) -> bytes:
    return "".join(json.dumps({"id": f"n{i}", "text": f"Kenya and Ghana signed a trade pact, report {i}."}) + "\n"
                   for i in range(count)).encode()


def test_a_gzipped_jsonl_dump_is_read_line_by_line(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl_lines(3) + b"{broken\n" + jsonl_lines(1).replace(b'"n0"', b'"last"')))
    documents, rejects = read(path)
    assert [d.input_id for d in documents] == ["n0", "n1", "n2", "last"]
    assert [(r.origin, r.reason) for r in rejects] == [(f"{path}:4", "bad_json")]


def test_gzipped_tab_separated_rows_keep_their_delimiter(tmp_path):
    path = tmp_path / "rows.tsv.gz"
    path.write_bytes(gzip.compress(b"id\ttext\nr1\tPeru recalled its ambassador, the ministry said.\n"))
    documents, rejects = read(path)
    assert rejects == []
    assert [(d.input_id, d.content) for d in documents] == [("r1", "Peru recalled its ambassador, the ministry said.")]


@pytest.mark.parametrize(("name", "markup"), [("page.html.gz", "html"), ("page.gz", "html"), ("note.txt.gz", "text")])
def test_a_gzipped_page_or_text_is_one_document(tmp_path, name, markup):
    body = b"<html><body><p>Chile expelled two diplomats.</p></body></html>" if markup == "html" else b"Chile expelled two diplomats."
    path = tmp_path / name
    path.write_bytes(gzip.compress(body))
    documents, rejects = read(path)
    assert rejects == []
    assert [(d.markup, d.content) for d in documents] == [(markup, body.decode())]


def test_a_gzipped_dump_cut_short_keeps_the_whole_lines_before_the_cut(tmp_path):
    whole = gzip.compress(jsonl_lines(200), compresslevel=1)
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    documents, rejects = read(path)
    assert 0 < len(documents) < 200
    assert [d.input_id for d in documents] == [f"n{i}" for i in range(len(documents))]  # none half, none skipped
    assert [(r.origin, r.reason) for r in rejects] == [(str(path), "truncated")]
    assert "cut short" in rejects[0].detail


def test_damaged_gzip_data_is_one_reject(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"not deflate data at all" * 4)
    documents, rejects = read(path)
    assert documents == []
    assert [(r.reason, "damaged gzip data" in r.detail) for r in rejects] == [("bad_gzip", True)]


def test_compressed_binary_data_is_called_binary(tmp_path):
    path = tmp_path / "blob.gz"
    path.write_bytes(gzip.compress(bytes(range(256)) * 40))
    assert [(r.reason) for r in read(path)[1]] == ["binary"]


def test_a_gzip_inflating_past_the_limit_is_stopped(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl_lines(50)))
    documents, rejects = read(path, options=IngestOptions(limits=Limits(decompressed_bytes=1000)))
    assert len(documents) < 50
    assert [r.reason for r in rejects] == ["oversize"]


def test_gzipped_jsonl_on_standard_input():
    stdin = io.BytesIO(gzip.compress(jsonl_lines(2)))
    items = list(read_source("-", IngestOptions(), stdin=stdin))
    assert [getattr(i, "input_id", None) for i in items] == ["n0", "n1"]


def _crawl() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for n in range(3):
        body = f"<html><body><p>Peru and Chile signed a fishing accord in Lima, report {n}.</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.org/{n}", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def test_a_crawl_under_another_name_or_on_standard_input_stays_a_warc_read_record_by_record(tmp_path):
    """(a WARC inside goes to the WARC reader still compressed: inflating it first lost the whole records before a
    cut in the last one)"""
    crawl = _crawl()
    (tmp_path / "crawl.gz").write_bytes(crawl)
    assert [d.url for d in read(tmp_path / "crawl.gz")[0]] == [f"http://example.org/{n}" for n in range(3)]
    items = list(read_source("-", IngestOptions(), stdin=io.BytesIO(crawl[:-40])))
    assert [getattr(i, "url", None) or i.reason for i in items] == ["http://example.org/0", "http://example.org/1",
                                                                    "truncated"]

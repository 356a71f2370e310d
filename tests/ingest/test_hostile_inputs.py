"""Hostile and careless inputs, built here: each one becomes reject rows with a reason, never a traceback or a
hang, and the good records around it are all read. (The slow test at the end stores them end to end.)"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import eventscope
from eventscope.ingest.document import IngestOptions
from eventscope.ingest.sources import read_source, read_sources
from eventscope.records import MAX_REJECT_TEXT, Reject
from eventscope.settings import Limits

SOURCE = str(Path(eventscope.__file__).resolve().parents[1])
GOOD = "The foreign ministers of Kenya and Ghana met in Accra on Monday to discuss trade, officials said."


def read(*sources: str | Path, options: IngestOptions | None = None):
    items = list(read_sources([str(s) for s in sources], options or IngestOptions()))
    documents = [i for i in items if not isinstance(i, Reject)]
    rejects = [i for i in items if isinstance(i, Reject)]
    for reject in rejects:
        assert len(reject.detail) <= MAX_REJECT_TEXT and reject.detail.encode("utf-8")
    return documents, rejects


def good_line(n: int) -> str:
    return json.dumps({"id": f"good-{n}", "text": f"{GOOD} Report {n}."})


def jsonl_around(tmp_path: Path, bad: str | bytes, name: str = "dump.jsonl") -> Path:
    """Five good lines, the bad one, five good lines."""
    bad_bytes = bad if isinstance(bad, bytes) else bad.encode("utf-8", "surrogatepass")
    lines = [good_line(n).encode() for n in range(5)] + [bad_bytes] + [good_line(n).encode() for n in range(5, 10)]
    path = tmp_path / name
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


BAD_LINES = {
    "nested_1000_deep": ("[" * 1000 + "]" * 1000, "bad_json"),
    "nested_object_100k_deep": ('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", "bad_json"),
    "lone_surrogate_in_text": ('{"id": "x", "text": "Kenya \\ud800 Ghana"}', "invalid_text"),
    "lone_surrogate_in_title": ('{"id": "x", "text": "Kenya", "title": "\\udfff"}', "invalid_text"),
    "invalid_utf8": (b'{"id": "x", "text": "Kenya \xff\xfe Ghana"}', "invalid_utf8"),
    "text_is_a_number": ('{"id": "x", "text": 42}', "bad_record"),
    "title_is_a_list": ('{"id": "x", "text": "Kenya", "title": ["a", "b"]}', "bad_record"),
    "published_is_an_object": ('{"id": "x", "text": "Kenya", "published": {"y": 2024}}', "bad_record"),
    "id_is_true": ('{"id": true, "text": "Kenya"}', "bad_record"),
    "not_an_object": ("[1, 2, 3]", "bad_json"),
    "broken_json": ('{"id": "x", "text": "Kenya', "bad_json"),
    "bad_date": ('{"id": "x", "text": "Kenya", "published": "yesterday"}', "bad_date"),
    "huge_number": ('{"id": 1e999999, "text": "Kenya"}', None),  # inf as an id is odd but not an error
    "nul_bytes": (b'{"id": "x", "text": "Kenya\x00\x00"}', None),  # a JSON parser error, a reject
}


@pytest.mark.parametrize("kind", sorted(BAD_LINES))
def test_one_bad_jsonl_line_is_one_reject_and_the_rest_is_read(tmp_path, kind):
    bad, reason = BAD_LINES[kind]
    documents, rejects = read(jsonl_around(tmp_path, bad))
    good = [d for d in documents if (d.input_id or "").startswith("good-")]
    assert [d.input_id for d in good] == [f"good-{n}" for n in range(10)]
    if kind == "huge_number":
        assert not rejects
        return
    assert len(rejects) == 1 and rejects[0].origin.endswith(":6")
    if reason:
        assert rejects[0].reason == reason, rejects[0]


def test_a_line_longer_than_the_limit_is_skipped_without_being_held(tmp_path):
    options = IngestOptions(limits=Limits(document_bytes=10_000))
    path = jsonl_around(tmp_path, '{"text": "' + "x" * 3_000_000 + '"}')
    documents, rejects = read(path, options=options)
    assert len(documents) == 10 and [r.reason for r in rejects] == ["oversize"]
    assert rejects[0].origin.endswith(":6")


def test_utf16_jsonl_and_text_are_read_not_called_binary(tmp_path):
    (tmp_path / "dump.jsonl").write_bytes("\n".join(good_line(n) for n in range(3)).encode("utf-16"))
    (tmp_path / "note.txt").write_bytes(GOOD.encode("utf-16"))
    documents, rejects = read(tmp_path)
    assert not rejects
    assert sorted(d.input_id or Path(d.origin).name for d in documents) == ["good-0", "good-1", "good-2", "note.txt"]
    assert GOOD in [d.content for d in documents]


# ---------------------------------------------------------------------------------------------- CSV


def csv_file(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "dump.csv"
    path.write_text("id,text,published\n" + "".join(rows), encoding="utf-8")
    return path


def good_row(n: int) -> str:
    return f'good-{n},"{GOOD} Report {n}, in full.",2024-05-0{n % 9 + 1}\n'


BAD_ROWS = {
    "unclosed_quote_closed_by_the_next_row": ('bad,"The talks ended,2024-05-01\n', "bad_csv"),
    "quote_then_junk": ('bad,"The talks" ended,2024-05-01\n', "bad_csv"),
    "too_many_fields": ("bad,The talks,ended,2024-05-01\n", "bad_csv"),
    "too_few_fields": ("bad,The talks\n", "bad_csv"),
    "invalid_utf8": ("bad,The talks \udcff ended,2024-05-01\n", "invalid_utf8"),
    "bad_date": ("bad,The talks ended,tomorrow\n", "bad_date"),
}


@pytest.mark.parametrize("kind", sorted(BAD_ROWS))
def test_one_bad_csv_row_is_one_reject_and_the_rows_around_it_are_read(tmp_path, kind):
    bad, reason = BAD_ROWS[kind]
    path = tmp_path / "dump.csv"
    text = "id,text,published\n" + "".join(good_row(n) for n in range(3)) + bad + "".join(good_row(n) for n in range(3, 6))
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    documents, rejects = read(path)
    assert [d.input_id for d in documents] == [f"good-{n}" for n in range(6)]
    assert [(r.reason, r.origin) for r in rejects] == [(reason, f"{path}:5")]


def test_an_unclosed_quote_to_the_end_of_the_file_loses_only_its_row(tmp_path):
    path = csv_file(tmp_path, [good_row(0), 'bad,"never closed,2024-05-01\n', good_row(1), good_row(2)])
    documents, rejects = read(path)
    assert [d.input_id for d in documents] == ["good-0", "good-1", "good-2"]
    assert [(r.reason, r.origin) for r in rejects] == [("bad_csv", f"{path}:3")]


def test_quoted_fields_over_many_lines_are_one_article(tmp_path):
    long_field = '"' + "\n".join(f'Paragraph {n}: the ministers ""met"", and talked.' for n in range(2000)) + '"'
    path = csv_file(tmp_path, [good_row(0), f"long,{long_field},2024-05-01\n", good_row(1)])
    documents, rejects = read(path)
    assert not rejects and [d.input_id for d in documents] == ["good-0", "long", "good-1"]
    assert documents[1].content.count("\n") == 1999 and '"met"' in documents[1].content


# ---------------------------------------------------------------------------------------------- WARC


def warc_bytes(count: int, gz: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for n in range(count):
        body = f"<html><body><p>{GOOD} Page {n} of the crawl.</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.org/{n}", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def record_ends(data: bytes) -> set[int]:
    """Offsets where a record ends: a cut there leaves a shorter but whole archive."""
    archive = ArchiveIterator(io.BytesIO(data))
    return {archive.get_record_offset() + archive.get_record_length() for _ in archive}


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_a_cut_short_warc_stores_the_whole_records_and_rejects_the_cut(tmp_path, gz):
    whole = warc_bytes(20, gz)
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(whole)
    documents, rejects = read(path)
    assert len(documents) == 20 and not rejects
    ends = record_ends(whole)
    for cut in [30] + [len(whole) * k // 13 for k in range(1, 13)]:
        path.write_bytes(whole[:cut])
        documents, rejects = read(path)
        if cut in ends:
            assert not rejects, cut
        else:
            assert [r.reason for r in rejects] in (["truncated"], ["bad_warc"]), (cut, rejects)
        urls = [d.url for d in documents]
        assert urls == [f"http://example.org/{n}" for n in range(len(urls))], cut
        assert all(d.content.endswith("</html>") for d in documents), cut  # never half a page
        assert len(documents) >= 20 * cut // len(whole) - 1, cut  # every whole record before the cut


def test_a_bad_record_in_the_middle_is_rejected_alone(tmp_path):
    out = io.BytesIO()
    out.write(warc_bytes(3, False))
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=no-such-charset")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://example.org/bad", "response",
                                                  payload=io.BytesIO(b"<p>x</p>"), http_headers=headers))
    out.write(warc_bytes(2, False))
    path = tmp_path / "crawl.warc"
    path.write_bytes(out.getvalue())
    documents, rejects = read(path)
    assert len(documents) == 5 and [r.reason for r in rejects] == ["invalid_encoding"]


def test_a_huge_header_line_is_cut_and_rejected(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_bytes(2, False) + b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"a" * 5_000_000)
    documents, rejects = read(path)
    assert len(documents) == 2 and [r.reason for r in rejects] == ["bad_warc"]


def test_an_archive_that_inflates_past_the_limit_is_stopped(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    with gzip.open(path, "wb") as out:
        out.write(warc_bytes(3, False))
        out.write(b"\0" * (8 << 20))
    documents, rejects = read(path, options=IngestOptions(limits=Limits(decompressed_bytes=4 << 20)))
    assert [r.reason for r in rejects] == ["oversize"]


def test_a_gzip_bomb_is_rejected_with_little_memory(tmp_path):
    """256 MiB of zeros in 256 KB of gzip (the 1 GiB bomb of the issue behaves the same, see docs)."""
    bomb = tmp_path / "bomb.warc.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as out:
        for _ in range(256):
            out.write(b"\0" * (1 << 20))
    script = (  # peak resident memory of the read alone (VmHWM reset first: it survives fork and exec)
        "import re, sys\n"
        "from eventscope.ingest.document import IngestOptions\n"
        "from eventscope.ingest.sources import read_sources\n"
        "open('/proc/self/clear_refs', 'w').write('5')\n"
        "items = list(read_sources([sys.argv[1]], IngestOptions()))\n"
        "peak = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
        "print(len(items), items[0].reason, peak)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(bomb)], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": SOURCE})
    assert result.returncode == 0, result.stderr
    count, reason, peak_kb = result.stdout.split()
    assert (count, reason) == ("1", "bad_warc")
    assert int(peak_kb) < 400_000, f"peak memory {int(peak_kb) // 1024} MB"


# ---------------------------------------------------------------------------------------------- files


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list = []
    reader = threading.Thread(target=lambda: result.append(read(fifo)), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a FIFO hangs"
    documents, rejects = result[0]
    assert not documents and [r.reason for r in rejects] == ["not_a_file"]


def test_binary_empty_and_oversize_files(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("x" * 5000)
    (tmp_path / "d.txt").write_text(GOOD)
    (tmp_path / "e.rss").write_text("<rss><channel><title>t</title></channel></rss>")
    documents, rejects = read(tmp_path, options=IngestOptions(limits=Limits(document_bytes=1000)))
    assert sorted((Path(r.origin).name, r.reason) for r in rejects) == [
        ("a.bin", "binary"), ("c.txt", "oversize"), ("e.rss", "bad_feed")]
    assert sorted(Path(d.origin).name for d in documents) == ["b.txt", "d.txt"]  # empty: rejected when prepared


def test_a_feed_with_a_bad_entry_keeps_the_others(tmp_path):
    entries = "".join(f"<item><title>Item {n}</title><link>http://example.org/{n}</link>"
                      f"<description>{GOOD} Report {n}.</description></item>" for n in range(4))
    (tmp_path / "feed.rss").write_text(f"<rss><channel><title>Wire</title>{entries}<item><title>empty</title></item>"
                                       "</channel></rss>")
    documents, rejects = read(tmp_path / "feed.rss")
    assert len(documents) == 4 and [r.reason for r in rejects] == ["empty"]


def test_a_reader_bug_ends_only_its_source(tmp_path, monkeypatch):
    from eventscope.ingest import sources

    def broken(*args, **kwargs):
        yield from ()
        raise KeyError("surprise")

    (tmp_path / "a.csv").write_text("id,text\n1,x\n")
    (tmp_path / "b.txt").write_text(GOOD)
    monkeypatch.setattr(sources, "read_csv", broken)
    documents, rejects = read(tmp_path / "a.csv", tmp_path / "b.txt")
    assert [r.reason for r in rejects] == ["unreadable"] and len(documents) == 1


def test_a_reject_detail_is_capped():
    reject = Reject(origin="x" * 100_000, reason="bad_warc", detail="y" * 10_000_000 + "\ud800")
    assert len(reject.origin) <= MAX_REJECT_TEXT and len(reject.detail) <= MAX_REJECT_TEXT


def test_stdin_lines_are_capped_too():
    stream = io.BytesIO(b'{"text": "' + b"x" * 200_000 + b'"}\n' + good_line(1).encode() + b"\n")
    items = list(read_source("-", IngestOptions(limits=Limits(document_bytes=1000), stdin_format="jsonl"), stdin=stream))
    assert [type(i).__name__ for i in items] == ["Reject", "RawDocument"]


@pytest.mark.slow
def test_ingest_stores_every_good_record_around_every_hostile_one(tmp_path):
    """End to end: one run over a JSONL dump with every bad line kind between good ones, a CSV with every bad
    row kind, and a cut-short WARC: all good articles stored, one reject per bad record, stories built."""
    from click.testing import CliRunner

    from eventscope import store
    from eventscope.cli import main

    lines = []
    for n, kind in enumerate(sorted(BAD_LINES)):
        bad = BAD_LINES[kind][0]
        lines += [good_line(2 * n).encode(), bad if isinstance(bad, bytes) else bad.encode("utf-8", "surrogatepass"),
                  good_line(2 * n + 1).encode()]
    (tmp_path / "dump.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    rows = "".join(good_row(100 + n) + bad for n, (bad, _) in enumerate(BAD_ROWS.values()))
    (tmp_path / "dump.csv").write_bytes(("id,text,published\n" + rows + good_row(199)).encode("utf-8", "surrogateescape"))
    whole = warc_bytes(6, True)
    (tmp_path / "crawl.warc.gz").write_bytes(whole[: len(whole) * 3 // 4 + 5])
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "dump.jsonl"), str(tmp_path / "dump.csv"),
                                       str(tmp_path / "crawl.warc.gz"), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    with store.connect(db, read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        rejects = dict(con.execute("SELECT reason, count(*) FROM rejects GROUP BY reason").fetchall())
        stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    good_jsonl = 2 * len(BAD_LINES) + 1  # the huge_number line is a good one
    good_csv = len(BAD_ROWS) + 1
    whole_records = 4  # the cut falls inside the fifth of six
    assert articles == good_jsonl + good_csv + whole_records, (rejects, result.output)
    assert sum(rejects.values()) == len(BAD_LINES) - 1 + len(BAD_ROWS) + 1, rejects
    assert rejects.get("truncated") == 1 and stories > 0


@pytest.mark.parametrize(("name", "content", "words"), [
    ("dump.jsonl", b"", "no JSON line"), ("dump.jsonl", b"\n  \n\n", "no JSON line"),
    ("rows.csv", b"", "an empty file"), ("rows.csv", b"id,text\n", "a header row and no row under it"),
    ("rows.tsv", b"id\ttext\n\n", "a header row and no row under it"),
])
def test_a_dump_with_nothing_in_it_is_one_reject(tmp_path, name, content, words):
    """(an empty JSONL or CSV file, or a header alone, passed unsaid: 0 articles, 0 rejects, as an empty text file or
    folder no longer does)"""
    (tmp_path / name).write_bytes(content)
    documents, rejects = read(tmp_path / name)
    assert documents == []
    assert [(r.reason, words in r.detail) for r in rejects] == [("empty", True)]


def test_a_dump_whose_every_line_is_bad_gets_no_empty_reject_besides(tmp_path):
    (tmp_path / "dump.jsonl").write_text("{broken\n[1]\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text('id,text\n1,"never closed\n', encoding="utf-8")
    assert [r.reason for r in read(tmp_path / "dump.jsonl")[1]] == ["bad_json", "bad_json"]
    assert [r.reason for r in read(tmp_path / "rows.csv")[1]] == ["bad_csv"]

"""Sources: files, folders, feeds (files or URLs), JSONL, CSV, WARC and stdin, read into RawDocuments.

Every reader yields `RawDocument | Reject`: an input that cannot be read becomes a Reject with a reason
and the run goes on. Readers stream: a container (JSONL, CSV, WARC, feed) is never loaded whole, and the
size limit applies to each document in it.

    read_sources(["news/", "dump.jsonl", "https://example.org/rss"], options)
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

import feedparser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventscope.errors import UserError
from eventscope.ingest.clean import InputError, decode_bytes
from eventscope.ingest.document import IngestOptions, RawDocument, parse_date
from eventscope.ingest.fetch import Fetcher
from eventscope.records import Reject

__all__ = ["Item", "SourceError", "detect_kind", "read_source", "read_sources"]

Item = RawDocument | Reject

# File name endings and the reader for each; anything else is sniffed.
_KINDS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".warc": "warc", ".warc.gz": "warc",
}  # fmt: skip


class SourceError(UserError, ValueError):
    """A source argument that names nothing readable (a missing path): a usage error, not a reject."""


def detect_kind(path: Path) -> str | None:
    name = path.name.lower()
    for ending in sorted(_KINDS, key=len, reverse=True):
        if name.endswith(ending):
            return _KINDS[ending]
    return None


def _sniff(head: bytes) -> str:
    """Guess the kind of unnamed content (stdin, unknown endings) from its first bytes."""
    start = head.lstrip()[:200].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start[:2] == b"\x1f\x8b":
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<?xml", b"<rss", b"<feed")) or b"<rss" in start or b"<feed" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in head[:4096].lower():
        return "html"
    return "text"


def _reject(error: InputError, origin: str) -> Reject:
    return Reject(origin=origin, reason=error.reason, detail=str(error))


# ---------------------------------------------------------------------------------------------- documents


def _single(raw: bytes, origin: str, markup: str) -> Iterator[Item]:
    try:
        yield RawDocument(origin=origin, content=decode_bytes(raw, origin), markup=markup)
    except InputError as error:
        yield _reject(error, origin)


def _record_document(record: dict, origin: str, options: IngestOptions) -> RawDocument:
    """A JSONL object or CSV row, through the configured field names."""
    fields = options.fields
    text = record.get(fields.text)
    if not isinstance(text, str):
        raise InputError("bad_record", f"{origin}: no text field {fields.text!r}")
    if len(text.encode("utf-8", "surrogatepass")) > options.max_bytes:
        raise InputError("oversize", f"{origin}: text longer than the limit of {options.max_bytes} bytes")
    for value in record.values():
        if isinstance(value, str) and any("\udc80" <= ch <= "\udcff" for ch in value):
            raise InputError("invalid_utf8", f"{origin}: not valid UTF-8 text")

    def optional(name: str) -> str | None:
        value = record.get(name)
        return str(value) if value not in (None, "") else None

    return RawDocument(
        origin=origin,
        content=text,
        url=optional(fields.url),
        publisher=optional(fields.source),
        published=parse_date(record.get(fields.published), origin),
        title=optional(fields.title),
        input_id=optional(fields.id),
    )


def read_jsonl(stream: BinaryIO, name: str, options: IngestOptions) -> Iterator[Item]:
    """One JSON object per line; a bad line is a Reject naming its line number."""
    for line_no, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        origin = f"{name}:{line_no}"
        try:
            if len(raw) > options.max_bytes:
                raise InputError("oversize", f"{origin}: line of {len(raw)} bytes, more than the limit of {options.max_bytes}")
            try:
                record = json.loads(decode_bytes(raw, origin))
            except json.JSONDecodeError as error:
                raise InputError("bad_json", f"{origin}: invalid JSON ({error.msg}, column {error.colno})") from None
            if not isinstance(record, dict):
                raise InputError("bad_json", f"{origin}: a JSON object was expected")
            yield _record_document(record, origin, options)
        except InputError as error:
            yield _reject(error, origin)


def read_csv(stream: BinaryIO, name: str, options: IngestOptions, delimiter: str = ",") -> Iterator[Item]:
    """A header row, then one article per row; bad bytes are kept as surrogates and reject only their row."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    # csv's field limit is process-wide; raise it to the document limit (articles are long fields).
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    reader = csv.DictReader(text, delimiter=delimiter)
    try:
        if reader.fieldnames is None:
            return
        if options.fields.text not in reader.fieldnames:
            yield Reject(origin=name, reason="bad_record", detail=f"{name}: no column {options.fields.text!r}")
            return
        for row in reader:
            origin = f"{name}:{reader.line_num}"
            try:
                yield _record_document(row, origin, options)
            except InputError as error:
                yield _reject(error, origin)
    except csv.Error as error:
        yield Reject(origin=f"{name}:{reader.line_num}", reason="bad_record", detail=f"CSV error: {error}")


def _entry_date(entry: dict) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def read_feed(raw: bytes, name: str, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """RSS or Atom. With a fetcher the linked pages are fetched; otherwise (or if that fails) the entry's
    own content or summary is the article."""
    feed = feedparser.parse(raw)
    if not feed.entries:
        problem = f"not a feed or no entries ({feed.get('bozo_exception', 'empty')})"
        yield Reject(origin=name, reason="bad_feed", detail=f"{name}: {problem}")
        return
    publisher = feed.feed.get("title")
    for index, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        origin = f"{name}#entry {index}" + (f" {link}" if link else "")
        snippet = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        common = dict(url=link, publisher=publisher, published=_entry_date(entry), title=entry.get("title"))
        if fetcher is not None and link:
            try:
                page = fetcher.get(link)
                content = decode_bytes(page.body, link)
                yield RawDocument(origin=origin, content=content, markup="html", **common)
                continue
            except InputError as error:
                if not snippet:
                    yield _reject(error, origin)
                    continue
        if not snippet.strip():
            yield Reject(origin=origin, reason="empty", detail=f"{origin}: entry has no content")
            continue
        yield RawDocument(origin=origin, content=snippet, markup="fragment", **common)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'").lower()
    return None


def read_warc(stream: BinaryIO, name: str, options: IngestOptions) -> Iterator[Item]:
    """HTML response records (status 200) of a WARC or WARC.gz; other records are passed over."""
    index = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower() or record.http_headers.get_statuscode() != "200":
                continue
            index += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            origin = f"{name}#record {index} {uri}"
            try:
                body = record.content_stream().read(options.max_bytes + 1)
                if len(body) > options.max_bytes:
                    raise InputError("oversize", f"{origin}: record over the limit of {options.max_bytes} bytes")
                charset = _charset(content_type)
                if charset and codecs.lookup(charset).name != "utf-8":
                    content = body.decode(charset, errors="strict")
                else:
                    content = decode_bytes(body, origin)
                crawled = (record.rec_headers.get_header("WARC-Date") or "")[:10]
                yield RawDocument(
                    origin=origin, content=content, markup="html", url=uri, crawled=parse_date(crawled, origin)
                )
            except (InputError, LookupError, UnicodeDecodeError) as error:
                reason = error.reason if isinstance(error, InputError) else "invalid_encoding"
                yield Reject(origin=origin, reason=reason, detail=str(error))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, TypeError) as error:
        # warcio reports a malformed archive through assorted exception types
        yield Reject(origin=name, reason="bad_warc", detail=f"{name}: malformed archive ({type(error).__name__}: {error})")


# ---------------------------------------------------------------------------------------------- dispatch


def _read_kind(kind: str, stream: BinaryIO, name: str, options: IngestOptions, fetcher: Fetcher | None) -> Iterator[Item]:
    if kind == "jsonl":
        yield from read_jsonl(stream, name, options)
    elif kind == "csv":
        yield from read_csv(stream, name, options, "\t" if name.lower().endswith(".tsv") else ",")
    elif kind == "warc":
        yield from read_warc(stream, name, options)
    else:
        raw = stream.read(options.max_bytes + 1)
        if len(raw) > options.max_bytes:
            yield Reject(origin=name, reason="oversize", detail=f"{name}: more than the limit of {options.max_bytes} bytes")
        elif kind == "feed":
            yield from read_feed(raw, name, options, fetcher)
        else:
            yield from _single(raw, name, kind)


def read_file(path: Path, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[Item]:
    name = str(path)
    try:
        with path.open("rb") as stream:
            kind = detect_kind(path)
            if kind is None:
                head = stream.read(8192)
                stream.seek(0)
                if b"\x00" in head and not head.startswith(b"\x1f\x8b"):
                    yield Reject(origin=name, reason="binary", detail=f"{name}: looks like a binary file (NUL bytes)")
                    return
                kind = _sniff(head)
            if kind in ("text", "html", "feed") and path.stat().st_size > options.max_bytes:
                yield Reject(origin=name, reason="oversize",
                             detail=f"{name}: {path.stat().st_size} bytes, more than the limit of {options.max_bytes}")
                return
            yield from _read_kind(kind, stream, name, options, fetcher)
    except OSError as error:
        yield Reject(origin=name, reason="unreadable", detail=f"{name}: {error.strerror or error}")


def read_url(url: str, options: IngestOptions, fetcher: Fetcher) -> Iterator[Item]:
    """A feed URL (its linked pages are fetched) or a single page."""
    try:
        fetched = fetcher.get(url)
    except InputError as error:
        yield _reject(error, url)
        return
    content_type = fetched.content_type.lower()
    is_feed = "html" not in content_type and any(k in content_type for k in ("rss", "atom", "xml"))
    kind = "feed" if is_feed else _sniff(fetched.body[:8192])
    if kind == "feed":
        yield from read_feed(fetched.body, url, options, fetcher)
    elif kind in ("html", "text"):
        try:
            content = decode_bytes(fetched.body, url)
            yield RawDocument(origin=url, content=content, markup="html" if kind == "html" else "text", url=fetched.url)
        except InputError as error:
            yield _reject(error, url)
    else:
        yield from _read_kind(kind, io.BytesIO(fetched.body), url, options, fetcher)


def read_source(
    source: str, options: IngestOptions, fetcher: Fetcher | None = None, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Items of one source argument: '-' (stdin), a URL, a folder (recursively, in name order) or a file."""
    if source == "-":
        stream = stdin or sys.stdin.buffer
        if options.stdin_format == "auto":
            head = stream.read(8192)
            stream = io.BufferedReader(_Prefixed(head, stream))  # type: ignore[arg-type]
            kind = _sniff(head)
        else:
            kind = options.stdin_format
        yield from _read_kind(kind, stream, "stdin", options, fetcher)
        return
    if source.startswith(("http://", "https://")):
        owned = fetcher is None
        fetcher = fetcher or Fetcher(
            timeout=options.fetch_timeout, retries=options.fetch_retries, delay=options.fetch_delay,
            max_bytes=options.max_bytes, user_agent=options.user_agent, obey_robots=options.obey_robots,
        )  # fmt: skip
        try:
            yield from read_url(source, options, fetcher)
        finally:
            if owned:
                fetcher.close()
        return
    path = Path(source)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path))):
            yield from read_file(child, options, fetcher)
    elif path.exists():
        yield from read_file(path, options, fetcher)
    else:
        raise SourceError(f"{source}: no such file, folder or URL")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def read_sources(sources: Iterable[str], options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[Item]:
    for source in sources:
        yield from read_source(source, options, fetcher)


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read (for sniffing) before the rest of the underlying stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

"""Sources: files, folders, feeds (files or URLs), JSONL, CSV, WARC and stdin, read into RawDocuments.

Every reader yields `RawDocument | Reject`: an input that cannot be read becomes a Reject with a reason
and the run goes on. Readers stream: a container (JSONL, CSV, WARC, feed) is never loaded whole, and the
size limit applies to each document in it. A gzip-compressed file other than a .warc.gz (dump.jsonl.gz,
page.html.gz) is inflated as it is read and read as the file without its .gz would be.

    read_sources(["news/", "dump.jsonl", "https://example.org/rss"], options)
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import feedparser

from eventscope.errors import UserError
from eventscope.ingest.clean import InputError, decode_bytes
from eventscope.ingest.document import IngestOptions, Markup, RawDocument
from eventscope.ingest.fetch import Fetcher
from eventscope.ingest.tabular import read_csv, read_jsonl
from eventscope.ingest.warc import read_warc
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


GZIP_MAGIC = b"\x1f\x8b"  # the first bytes of a gzip file


def _sniff(head: bytes) -> str:
    """Guess the kind of unnamed content (stdin, unknown endings) from its first bytes."""
    start = head.lstrip()[:200].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(GZIP_MAGIC):
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


def _single(raw: bytes, origin: str, markup: Markup) -> Iterator[Item]:
    try:
        yield RawDocument(origin=origin, content=decode_bytes(raw, origin), markup=markup)
    except InputError as error:
        yield _reject(error, origin)


def _entry_date(entry: dict[str, Any]) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def read_feed(raw: bytes, name: str, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """RSS or Atom. With a fetcher the linked pages are fetched; otherwise (or if that fails) the entry's
    own content or summary is the article. A bad entry is rejected alone."""
    try:
        feed = feedparser.parse(raw)
        entries = list(feed.entries)
    except Exception as error:  # noqa: BLE001 - the parser's own failures on hostile XML
        yield Reject(origin=name, reason="bad_feed", detail=f"{name}: not a readable feed ({type(error).__name__}: {error})")
        return
    if not entries:
        problem = f"not a feed or no entries ({feed.get('bozo_exception', 'empty')})"
        yield Reject(origin=name, reason="bad_feed", detail=f"{name}: {problem}")
        return
    publisher = _feed_text(feed.feed.get("title"))
    for index, entry in enumerate(entries, start=1):
        origin = f"{name}#entry {index}"
        try:
            yield from _feed_entry(entry, origin, publisher, fetcher)
        except Exception as error:  # noqa: BLE001 - one bad entry must not stop the feed
            detail = str(error) if isinstance(error, InputError) else f"{type(error).__name__}: {error}"
            yield Reject(origin=origin, reason=getattr(error, "reason", "bad_feed"), detail=f"{origin}: {detail}")


def _feed_text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _feed_entry(entry: dict[str, Any], origin: str, publisher: str | None, fetcher: Fetcher | None) -> Iterator[Item]:
    link = _feed_text(entry.get("link"))
    if link:
        origin += f" {link}"
    snippet = _feed_text((entry.get("content") or [{}])[0].get("value")) or _feed_text(entry.get("summary")) or ""

    def document(content: str, markup: Markup) -> RawDocument:
        return RawDocument(origin=origin, content=content, markup=markup, url=link, publisher=publisher,
                           published=_entry_date(entry), title=_feed_text(entry.get("title")))

    if fetcher is not None and link:
        try:
            page = fetcher.get(link)
            content = decode_bytes(page.body, link)
            yield document(content, "html")
            return
        except InputError as error:
            if not snippet:
                yield _reject(error, origin)
                return
    if not snippet.strip():
        yield Reject(origin=origin, reason="empty", detail=f"{origin}: entry has no content")
        return
    yield document(snippet, "fragment")


# ---------------------------------------------------------------------------------------------- dispatch


def _read_kind(kind: str, stream: BinaryIO, name: str, options: IngestOptions, fetcher: Fetcher | None) -> Iterator[Item]:
    if kind == "jsonl":
        yield from read_jsonl(stream, name, options)
    elif kind == "csv":
        yield from read_csv(stream, name, options, "\t" if name.lower().removesuffix(".gz").endswith(".tsv") else ",")
    elif kind == "warc":
        yield from read_warc(stream, name, options)
    else:
        raw = stream.read(options.max_bytes + 1)
        if len(raw) > options.max_bytes:
            yield Reject(origin=name, reason="oversize", detail=f"{name}: more than the limit of {options.max_bytes} bytes")
        elif kind == "feed":
            yield from read_feed(raw, name, options, fetcher)
        else:
            yield from _single(raw, name, "html" if kind == "html" else "text")


def read_file(path: Path, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[Item]:
    name = str(path)
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # a FIFO or a device would block or never end
            yield Reject(origin=name, reason="not_a_file",
                         detail=f"{name}: not a regular file (a pipe or a device); pipe it to - instead")
            return
        with path.open("rb") as stream:
            kind = detect_kind(path)
            head = stream.read(8192)
            stream.seek(0)
            if head.startswith(UTF16_BOMS):
                # UTF-16 text: read as UTF-8 from here on (every reader splits lines on the byte 0x0a)
                stream = io.BufferedReader(_Utf8FromUtf16(stream))
                head = head.decode("utf-16", "replace").encode("utf-8")
            if head.startswith(GZIP_MAGIC) and kind != "warc":
                yield from _read_gzip(stream, name, options, fetcher)
                return
            if kind is None:
                if b"\x00" in head and not head.startswith(GZIP_MAGIC):
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


def _read_gzip(stream: BinaryIO, name: str, options: IngestOptions, fetcher: Fetcher | None) -> Iterator[Item]:
    """A gzip-compressed input, inflated as it is read: its kind from its name without .gz (dump.jsonl.gz), else
    from its inflated start. What was read before a cut or damaged spot is kept, and the spot is one reject. A WARC
    inside goes to the WARC reader still compressed: warcio reads gzip members itself, record by record."""
    compressed_head = stream.read(65536)
    try:
        head = zlib.decompressobj(wbits=31).decompress(compressed_head, 8192)
    except zlib.error:
        head = b""  # damaged from the start: the inflating reader says so below
    stream = io.BufferedReader(_Prefixed(compressed_head, stream))
    kind = detect_kind(Path(name.removesuffix(".gz").removesuffix(".GZ")))
    if kind is None:
        if b"\x00" in head:
            yield Reject(origin=name, reason="binary", detail=f"{name}: compressed binary data (NUL bytes), not text")
            return
        kind = _sniff(head)
    if kind == "warc":
        yield from read_warc(stream, name, options)
        return
    try:
        inflated = io.BufferedReader(_Gunzip(stream, name, options.decompressed_bytes), buffer_size=65536)
        yield from _read_kind(kind, inflated, name, options, fetcher)
    except InputError as error:
        yield _reject(error, name)


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
            stream = io.BufferedReader(_Prefixed(head, stream))
            if head.startswith(GZIP_MAGIC):
                yield from _read_gzip(stream, "stdin", options, fetcher)
                return
            kind = _sniff(head)
        else:
            kind = options.stdin_format
        yield from _read_kind(kind, stream, "stdin", options, fetcher)
        return
    if source.startswith(("http://", "https://")):
        owned = fetcher is None
        fetcher = fetcher or Fetcher(options.fetch, deadline=options.fetch_seconds, max_bytes=options.max_bytes)
        try:
            yield from read_url(source, options, fetcher)
        finally:
            if owned:
                fetcher.close()
        return
    path = Path(source)
    if path.is_dir():
        yield from _read_folder(path, options, fetcher)
    elif path.exists():
        yield from read_file(path, options, fetcher)
    else:
        raise SourceError(f"{source}: no such file, folder or URL")


def _read_folder(folder: Path, options: IngestOptions, fetcher: Fetcher | None) -> Iterator[Item]:
    """The files under `folder` (recursively, in name order, hidden ones and linked folders skipped); a reject for
    each folder the system will not list, and one for a folder with no file at all, so neither passes unsaid."""
    files: list[Path] = []
    refused: list[OSError] = []
    for parent, folders, names in os.walk(folder, onerror=refused.append):
        folders[:] = [name for name in folders if not name.startswith(".")]
        files.extend(path for name in names if not name.startswith(".") and (path := Path(parent, name)).is_file())
    for error in refused:
        where = error.filename or folder
        yield Reject(origin=str(where), reason="unreadable", detail=f"{where}: cannot be listed ({error.strerror or error})")
    if not files and not refused:
        yield Reject(origin=str(folder), reason="empty", detail=f"{folder}: a folder with no file to read (hidden files "
                     "are skipped)")
    for path in sorted(files):
        yield from read_file(path, options, fetcher)


def read_sources(sources: Iterable[str], options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """The items of every source in turn; a reader failing in a way it did not foresee ends only its own
    source, with a reject saying so."""
    for source in sources:
        try:
            yield from read_source(source, options, fetcher)
        except SourceError:
            raise
        except Exception as error:  # noqa: BLE001 - the last guard: one source must not stop the run
            yield Reject(origin=source, reason="unreadable",
                         detail=f"{source}: reading stopped ({type(error).__name__}: {error})")


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class _Gunzip(io.RawIOBase):
    """A gzip stream inflated incrementally, at most `limit` bytes in all; a stream cut short, damaged or inflating
    past the limit raises InputError (truncated, bad_gzip, oversize) where it happens."""

    def __init__(self, stream: BinaryIO, name: str, limit: int) -> None:
        self._gzip = gzip.GzipFile(fileobj=stream, mode="rb")
        self._name = name
        self._limit = limit
        self._total = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # a writable buffer (memoryview)
        try:
            data = self._gzip.read1(len(buffer))
        except EOFError:
            raise InputError("truncated", f"{self._name}: the compressed file is cut short after {self._total} bytes "
                                          "of text (what came before was read)") from None
        except (gzip.BadGzipFile, zlib.error) as error:
            raise InputError("bad_gzip", f"{self._name}: damaged gzip data after {self._total} bytes of text "
                                         f"({error})") from None
        self._total += len(data)
        if self._total > self._limit:
            raise InputError("oversize", f"{self._name}: inflates to more than the limit of {self._limit} bytes")
        buffer[: len(data)] = data
        return len(data)


class _Utf8FromUtf16(io.RawIOBase):
    """A UTF-16 byte stream (with its byte order mark) read as UTF-8 bytes, incrementally."""

    def __init__(self, stream: BinaryIO) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-16")("surrogatepass")
        self._stream = stream
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # a writable buffer (memoryview)
        while not self._pending:
            chunk = self._stream.read(65536)
            self._pending = self._decoder.decode(chunk, final=not chunk).encode("utf-8", "surrogateescape")
            if not chunk:
                break
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read (for sniffing) before the rest of the underlying stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # a writable buffer (memoryview)
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

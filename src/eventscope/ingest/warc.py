"""WARC and WARC.gz crawls: the HTML responses (status 200) as documents, every record isolated.

warcio reads header lines with no length limit and inflates without a total, so a small gzip file of
zeros could take all the memory. Its reader is given both caps here: a header line longer than
`header_bytes` is cut (the record then fails to parse and is rejected) and an archive that inflates past
`decompressed_bytes` is stopped with a reject. A record cut short by the end of the file (a truncated
download) is rejected, not stored half; an archive with no record at all is rejected, not skipped.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BUFF_SIZE, DecompressingBufferedReader
from warcio.recordloader import ArcWarcRecord

from eventscope.ingest.clean import InputError, decode_bytes
from eventscope.ingest.document import IngestOptions, RawDocument, parse_date
from eventscope.records import Reject

__all__ = ["read_warc"]

Item = RawDocument | Reject


class _Inflated(Exception):
    """The archive inflated past the limit."""


class _CappedReader(DecompressingBufferedReader):  # type: ignore[misc]  # warcio is untyped
    """warcio's reader with a cap on each line read and on the total inflated bytes."""

    def __init__(self, stream: BinaryIO, header_bytes: int, decompressed_bytes: int) -> None:
        super().__init__(stream, block_size=BUFF_SIZE)
        self.header_bytes = header_bytes
        self.decompressed_bytes = decompressed_bytes

    def readline(self, length: int | None = None) -> bytes:
        line: bytes = super().readline(self.header_bytes if length is None else min(length, self.header_bytes))
        return line

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        if self.num_read > self.decompressed_bytes:
            raise _Inflated(f"inflates to more than the limit of {self.decompressed_bytes} bytes")


class _Archive(ArchiveIterator):  # type: ignore[misc]
    def __init__(self, stream: BinaryIO, header_bytes: int, decompressed_bytes: int) -> None:
        super().__init__(stream)
        self.reader = _CappedReader(self.fh, header_bytes, decompressed_bytes)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'").lower()
    return None


def _cut_short(record: ArcWarcRecord) -> bool:
    """Whether the file ended before the record's Content-Length (read the record to its end first)."""
    while record.raw_stream.read(BUFF_SIZE):
        pass
    return getattr(record.raw_stream, "limit", 0) > 0


def _document(record: ArcWarcRecord, origin: str, options: IngestOptions) -> RawDocument:
    content_type = record.http_headers.get_header("Content-Type") or ""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    body = record.content_stream().read(options.max_bytes + 1)
    if _cut_short(record):
        raise InputError("truncated", f"{origin}: the record is cut short (the file ends inside it)")
    if len(body) > options.max_bytes:
        raise InputError("oversize", f"{origin}: record over the limit of {options.max_bytes} bytes")
    charset = _charset(content_type)
    try:
        if charset and codecs.lookup(charset).name != "utf-8":
            content = body.decode(charset, errors="strict")
        else:
            content = decode_bytes(body, origin)
    except (LookupError, UnicodeDecodeError) as error:
        raise InputError("invalid_encoding", f"{origin}: {error}") from None
    crawled = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    return RawDocument(origin=origin, content=content, markup="html", url=uri, crawled=parse_date(crawled, origin))


def read_warc(stream: BinaryIO, name: str, options: IngestOptions) -> Iterator[Item]:
    """HTML response records (status 200) of a WARC or WARC.gz; other records are passed over."""
    archive = _Archive(stream, options.header_bytes, options.decompressed_bytes)
    records = pages = 0
    record = None
    try:
        for record in archive:
            records += 1
            if record.rec_headers.get_header("Content-Length") is None:  # required; absent when cut in the headers
                yield Reject(origin=f"{name}#{records}", reason="truncated",
                             detail=f"{name}: record {records} has no Content-Length (the file is cut short or "
                                    "malformed there)")
                record = None
                continue
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower() or record.http_headers.get_statuscode() != "200":
                continue
            pages += 1
            origin = f"{name}#record {pages} {record.rec_headers.get_header('WARC-Target-URI')}"
            try:
                yield _document(record, origin, options)
            except Exception as error:  # noqa: BLE001 - one bad record must not stop the archive
                reason = error.reason if isinstance(error, InputError) else "bad_warc"
                yield Reject(origin=origin, reason=reason, detail=str(error) if isinstance(error, InputError)
                             else f"{origin}: unreadable record ({type(error).__name__}: {error})")
                record = None  # reported already
        if (record is not None and _cut_short(record)) or archive.fh.tell() > archive.offset:
            yield Reject(origin=f"{name}#{records + 1}", reason="truncated",
                         detail=f"{name}: the file ends inside a record after record {records} (a cut-short archive)")
        elif records == 0:
            empty = archive.fh.tell() == 0
            yield Reject(origin=name, reason="empty" if empty else "bad_warc",
                         detail=f"{name}: {'empty file' if empty else 'no WARC record could be read'}")
    except Exception as error:  # noqa: BLE001 - warcio reports a malformed archive through assorted types
        reason = "oversize" if isinstance(error, _Inflated) else "bad_warc"
        yield Reject(origin=f"{name}#{records + 1}", reason=reason,
                     detail=f"{name}: malformed archive after {records} record(s) ({type(error).__name__}: {error}); "
                            "the rest of the file is not read")

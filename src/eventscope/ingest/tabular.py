"""JSON lines and CSV/TSV: one article per line or row, every record isolated from the others.

Lines are read with a cap (a line longer than the document limit is skipped to its end, never held), and
whatever goes wrong inside one record (bad JSON, nesting too deep, lone surrogates, wrong field types, an
unclosed CSV quote) becomes a Reject naming the line, and the next record is read as if nothing happened.
An unclosed quote does not swallow the rows after it: the row that opened it is rejected and reading
starts again on the line after it.
"""

from __future__ import annotations

import csv
import json
from collections import deque
from collections.abc import Iterator
from typing import Any, BinaryIO

from eventscope.ingest.clean import InputError
from eventscope.ingest.document import IngestOptions, RawDocument, parse_date
from eventscope.records import Reject

__all__ = ["read_csv", "read_jsonl", "record_document"]

Item = RawDocument | Reject
_CHUNK = 1 << 20


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line, None for a line longer than `limit` (read past in chunks)."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(_CHUNK)
            yield number, None
        else:
            yield number, line


def _reject(error: Exception, origin: str) -> Reject:
    if isinstance(error, InputError):
        return Reject(origin=origin, reason=error.reason, detail=str(error))
    if isinstance(error, RecursionError):
        return Reject(origin=origin, reason="bad_json", detail=f"{origin}: nested too deeply")
    return Reject(origin=origin, reason="bad_record", detail=f"{origin}: unreadable record ({type(error).__name__}: {error})")


def _text_value(value: object, name: str, origin: str) -> str | None:
    """A metadata field as text: strings and numbers are accepted, anything else names the field."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError("bad_record", f"{origin}: field {name!r} is a {type(value).__name__}, expected text")
    return str(value)


def _check_text(value: str, name: str, origin: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = value[error.start]
        if "\udc80" <= bad <= "\udcff":  # an undecodable input byte kept by surrogateescape
            raise InputError("invalid_utf8", f"{origin}: field {name!r} is not valid UTF-8 text") from None
        raise InputError("invalid_text", f"{origin}: field {name!r} holds a lone surrogate "
                                         f"(\\u{ord(bad):04x}), not text") from None


def record_document(record: dict[str, Any], origin: str, options: IngestOptions) -> RawDocument:
    """A JSONL object or CSV row, through the configured field names."""
    fields = options.fields
    text = record.get(fields.text)
    if not isinstance(text, str):
        problem = "no text field" if text is None else f"the text field is a {type(text).__name__}, not text in"
        raise InputError("bad_record", f"{origin}: {problem} {fields.text!r}")
    if len(text.encode("utf-8", "surrogatepass")) > options.max_bytes:
        raise InputError("oversize", f"{origin}: text longer than the limit of {options.max_bytes} bytes")
    used: dict[str, str | None] = {"text": text}
    for name in ("id", "url", "source", "title", "published"):
        used[name] = _text_value(record.get(getattr(fields, name)), getattr(fields, name), origin)
    for name, value in used.items():
        if value is not None:
            _check_text(value, getattr(fields, name), origin)
    return RawDocument(
        origin=origin,
        content=text,
        url=used["url"],
        publisher=used["source"],
        published=parse_date(used["published"], origin),
        title=used["title"],
        input_id=used["id"],
    )


# ---------------------------------------------------------------------------------------------- JSON lines


def read_jsonl(stream: BinaryIO, name: str, options: IngestOptions) -> Iterator[Item]:
    """One JSON object per line; a bad line is a Reject naming its line number, and a file that gives nothing at
    all (empty, or blank lines only) one Reject: it passes unsaid no more than an empty folder does."""
    records = 0
    for line_no, raw in _lines(stream, options.max_bytes):
        origin = f"{name}:{line_no}"
        try:
            if raw is None:
                raise InputError("oversize", f"{origin}: line longer than the limit of {options.max_bytes} bytes")
            if not raw.strip():
                continue
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                record = json.loads(raw.decode("utf-8", "surrogateescape"))
            except json.JSONDecodeError as error:
                raise InputError("bad_json", f"{origin}: invalid JSON ({error.msg}, column {error.colno})") from None
            if not isinstance(record, dict):
                raise InputError("bad_json", f"{origin}: a JSON object was expected")
            records += 1
            yield record_document(record, origin, options)
        except Exception as error:  # noqa: BLE001 - one bad line must not stop the run
            records += 1
            yield _reject(error, origin)
    if records == 0:
        yield Reject(origin=name, reason="empty", detail=f"{name}: no JSON line (an empty file, or blank lines only)")


# ---------------------------------------------------------------------------------------------- CSV


def _inside_after(line: str, delimiter: str, inside: bool) -> bool:
    """Whether a quoted field is still open at the end of this line (so the record goes on), scanning its
    quotes from the given state. Linear in the line: long quoted articles cost no re-parsing."""
    pos, end = 0, len(line)
    while pos < end:
        if not inside:
            if line[pos] == '"':
                inside, pos = True, pos + 1
                continue
            next_field = line.find(delimiter, pos)
            if next_field < 0:
                return False
            pos = next_field + 1
            continue
        quote = line.find('"', pos)
        if quote < 0:
            return True
        if line.startswith('"', quote + 1):  # a doubled quote inside the field
            pos = quote + 2
            continue
        inside = False
        next_field = line.find(delimiter, quote + 1)
        if next_field < 0:
            return False
        pos = next_field + 1
    return inside


def _csv_records(stream: BinaryIO, name: str, options: IngestOptions, delimiter: str
                 ) -> Iterator[tuple[int, list[str]] | Reject]:
    """(first line number, fields) of each record, or a Reject for a record that cannot be parsed."""
    source = _lines(stream, options.max_bytes)
    again: deque[tuple[int, str | None]] = deque()  # lines to read again after a record that opened a quote was rejected

    def next_line() -> tuple[int, str | None] | None:
        if again:
            return again.popleft()
        for number, raw in source:
            if raw is None:
                return number, None
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            return number, raw.decode("utf-8", "surrogateescape")
        return None

    while (first := next_line()) is not None:
        number, line = first
        origin = f"{name}:{number}"
        if line is None:
            yield Reject(origin=origin, reason="oversize", detail=f"{origin}: line longer than the limit of "
                                                                  f"{options.max_bytes} bytes")
            continue
        pending = [(number, line)]
        size = len(line)
        inside = _inside_after(line, delimiter, False)
        while inside and size <= options.max_bytes:
            following = next_line()
            if following is None:
                break
            if following[1] is None:  # an oversize line: rejected on its own turn
                again.appendleft(following)
                break
            pending.append((following[0], following[1]))
            size += len(following[1])
            inside = _inside_after(following[1], delimiter, True)
        if inside:  # a quote opened on the first line and never closed: that line is the bad one
            yield Reject(origin=origin, reason="bad_csv", detail=f"{origin}: a quoted field is never closed")
            again.extendleft(reversed(pending[1:]))
            continue
        try:
            rows = list(csv.reader((text for _, text in pending), delimiter=delimiter, strict=True))
        except csv.Error as error:
            yield Reject(origin=origin, reason="bad_csv", detail=f"{origin}: malformed row ({error})")
            again.extendleft(reversed(pending[1:]))  # the next row may have closed this one's quote
            continue
        if len(rows) != 1 or not rows[0]:  # a blank line gives an empty row
            if len(rows) > 1:
                yield Reject(origin=origin, reason="bad_csv", detail=f"{origin}: {len(rows)} rows in one record")
            continue
        yield number, rows[0]


def read_csv(stream: BinaryIO, name: str, options: IngestOptions, delimiter: str = ",") -> Iterator[Item]:
    """A header row, then one article per row; a malformed row is rejected alone, with its line number, and a file
    that gives nothing at all (empty, or a header alone) is one Reject."""
    header: list[str] | None = None
    rows = 0
    for record in _csv_records(stream, name, options, delimiter):
        if isinstance(record, Reject):
            if header is None:
                yield Reject(origin=name, reason="bad_csv", detail=f"{name}: unreadable header ({record.detail})")
                return
            rows += 1
            yield record
            continue
        number, row = record
        if header is None:
            header = row
            if options.fields.text not in header:
                yield Reject(origin=name, reason="bad_record", detail=f"{name}: no column {options.fields.text!r}")
                return
            continue
        origin = f"{name}:{number}"
        rows += 1
        if len(row) != len(header):
            yield Reject(origin=origin, reason="bad_csv",
                         detail=f"{origin}: {len(row)} fields where the header has {len(header)}")
            continue
        try:
            yield record_document(dict(zip(header, row)), origin, options)
        except Exception as error:  # noqa: BLE001 - one bad row must not stop the run
            yield _reject(error, origin)
    if rows == 0:
        problem = "an empty file" if header is None else "a header row and no row under it"
        yield Reject(origin=name, reason="empty", detail=f"{name}: no article row ({problem})")

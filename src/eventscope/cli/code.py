"""`eventscope code`: code one article (text or HTML) or a JSONL batch and print its events."""

from __future__ import annotations

import dataclasses
import io
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

import click

from eventscope.cli.common import fail
from eventscope.cli.options import coder_from, coder_options, settings_from
from eventscope.records import Article, Event, Reject, date_label, iso_date
from eventscope.settings import Settings

COMMANDS: list[click.Command] = []

# Columns of the terminal table: the event at a glance.
TABLE_COLUMNS = ("sentence", "plover", "cameo", "source", "trigger", "target", "modality", "date", "location")
# CSV columns: the flat events-table row without the embedded JSON.
_SKIP_IN_CSV = {"event_json"}


def read_input(file: str, limit: int) -> tuple[bytes, str]:
    """The whole input, at most `limit` bytes (more is refused, never read on)."""
    if file == "-":
        raw, origin = sys.stdin.buffer.read(limit + 1), "stdin"
    else:
        path = Path(file)
        if not path.exists():
            raise fail(f"{file}: no such file")
        if path.is_dir():
            raise fail(f"{file}: is a folder; give one file (`eventscope ingest` reads folders)")
        if not path.is_file():
            raise fail(f"{file}: not a regular file (a pipe or a device); use - to read standard input")
        try:
            with path.open("rb") as handle:
                raw, origin = handle.read(limit + 1), file
        except OSError as error:
            raise fail(f"{file}: cannot be read ({error.strerror or error})") from None
    if len(raw) > limit:
        raise fail(f"{origin}: more than the limit of {limit} bytes (EVENTSCOPE_LIMIT_INPUT_BYTES); "
                   "use `eventscope ingest` for large collections")
    from eventscope.ingest.sources import GZIP_MAGIC  # (`ingest` inflates a gzip file; `code` says so)

    if raw.startswith(GZIP_MAGIC):
        raise fail(f"{origin}: gzip-compressed; decompress it first (zcat {file} | eventscope code -), or "
                   "`eventscope ingest` it as it is")
    return raw, origin


# The inputs of many articles, one a line or row (the others are one article), and what they are called
_TABLES = {"jsonl": "JSON lines", "csv": "CSV", "tsv": "tab-separated values"}


def input_format_of(file: str, given: str | None) -> str:
    if given:
        return given
    suffix = Path(file).suffix.lower()
    return {".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
            ".tsv": "tsv"}.get(suffix, "text")


def input_articles(raw: bytes, origin: str, input_format: str, published: date | None, settings: Settings) -> Iterator[Article]:
    """The articles of the input. A single text fails loudly; a bad JSONL line or CSV row is reported and skipped."""
    from eventscope.ingest import IngestOptions, InputError, RawDocument, decode_bytes, prepare
    from eventscope.ingest.tabular import read_csv, read_jsonl

    options = IngestOptions.from_settings(settings, document_bytes=max(len(raw), 1))
    if input_format not in _TABLES:
        try:
            content = decode_bytes(raw, origin)
            if not content.strip():
                raise InputError("empty", f"{origin}: the input is empty")
            document = RawDocument(origin=origin, content=content, markup=input_format, published=published)
            yield prepare(document, options)
        except InputError as error:
            raise fail(str(error)) from None
        return
    if b"\x00" in raw[:8192].split(b"\n", 1)[0]:  # a NUL in a later line is that line's fault alone
        raise fail(f"{origin}: looks like a binary file (NUL bytes), not {_TABLES[input_format]}")
    stream = io.BytesIO(raw)
    items = (read_jsonl(stream, origin, options) if input_format == "jsonl"
             else read_csv(stream, origin, options, "\t" if input_format == "tsv" else ","))
    good = 0
    for item in items:
        if isinstance(item, Reject):  # one line on stderr, then go on
            click.echo(f"warning: skipped {item.detail}", err=True)
            continue
        if item.published is None and published is not None:
            item = dataclasses.replace(item, published=published)
        try:
            yield prepare(item, options, use_input_id=True)
            good += 1
        except InputError as error:
            click.echo(f"warning: skipped {error}", err=True)
    if good == 0:
        raise fail(f"{origin}: no codable article in the input")


def _actors(event: Event, role: str) -> str:
    return "; ".join(a.code or a.name for a in getattr(event, role))


def _table_row(event: Event) -> dict[str, object]:
    return {
        "sentence": event.sentence_index,
        "plover": event.event.plover or "-",
        "cameo": event.event.cameo,
        "source": _actors(event, "source"),
        "trigger": event.trigger.text,
        "target": _actors(event, "target"),
        "modality": event.modality,
        "date": date_label(event.date, event.date_precision) or "",
        "location": event.location.name if event.location else "",
    }


def write_events(events: Iterator[Event], fmt: str, out: TextIO) -> int:
    """Events as contract JSON lines, flat CSV rows or a terminal table; returns the count."""
    from eventscope.cli.tables import write_rows
    from eventscope.store import TABLES, event_row

    if fmt == "jsonl":
        count = 0
        for event in events:
            out.write(event.model_dump_json() + "\n")
            count += 1
        return count
    if fmt == "csv":
        columns = [c.name for c in TABLES["events"] if c.name not in _SKIP_IN_CSV]
        return write_rows((event_row(e) for e in events), columns, "csv", out)
    return write_rows((_table_row(e) for e in events), TABLE_COLUMNS, "table", out)


@click.command("code")
@click.argument("file", default="-", metavar="[FILE|-]")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date, the anchor for relative dates.")
@click.option("--input-format", type=click.Choice(["text", "html", "jsonl", "csv", "tsv"]),
              help="How to read the input (default: from the file ending, else text). "
                   'jsonl: one {"id", "text", "published"?, "url"?, "source"?} per line; csv/tsv: those '
                   "columns under a header row.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="Output: a readable table, contract JSON lines, or flat CSV rows.")
@coder_options
def code_command(file: str, published: str | None, input_format: str | None, output_format: str,
                 model: str | None, actor_files: tuple[Path, ...], pattern_files: tuple[Path, ...],
                 place_files: tuple[Path, ...], reading: str | None) -> None:
    """Code one article (FILE, or standard input with -) and print its events.

    With --input-format jsonl (or csv, tsv) every line (row) is an article and each event's article_id is
    its id; a bad line is reported on stderr with its line number and skipped.
    """
    published_date = iso_date(published, "--published")
    settings = settings_from(model, actor_files, pattern_files, place_files, reading)
    raw, origin = read_input(file, settings.limits.input_bytes)
    articles = input_articles(raw, origin, input_format_of(file, input_format), published_date, settings)
    first = next(articles)  # input errors surface before the model loads
    coder = coder_from(settings)

    def all_articles() -> Iterator[Article]:
        yield first
        yield from articles

    events = (event for coded in coder.code(all_articles()) for event in coded.events)
    stdout = sys.stdout
    count = write_events(events, output_format, stdout)
    if output_format == "table":
        click.echo(f"{count} event(s)", err=True)


COMMANDS.append(code_command)

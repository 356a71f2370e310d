"""Exports: the events (contract JSON lines, CSV, Parquet) or the stories (one row per real-world event), and
GDELT 2.0 event-table TSV (see eventscope.gdelt for the column mapping; no header row unless asked, as in
GDELT's own files).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TextIO

import duckdb
import pyarrow as pa

from eventscope.gdelt import GDELT_COLUMNS, gdelt_rows
from eventscope.spreadsheet import text_cell
from eventscope.store.filters import EventFilter
from eventscope.store.query import event_json_lines, export_batches, export_cursor
from eventscope.store.schema import TABLES

__all__ = ["cell", "csv_cell", "export_events"]


def cell(value: object) -> str:
    """One value as delimited text: lists joined with ';', None empty, dates ISO, floats short."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.10g}"  # short, without losing coordinates
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_cell(value: object) -> str:
    """A CSV cell: text that a spreadsheet would run as a formula is neutralised (numbers are left alone)."""
    return text_cell(cell(value)) if isinstance(value, (str, list, tuple)) else cell(value)


@contextmanager
def _open_text(output: str) -> Iterator[TextIO]:
    if output == "-":
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        yield handle


def _write_delimited(cursor: duckdb.DuckDBPyConnection, columns: list[str], out: TextIO, delimiter: str) -> int:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    while rows := cursor.fetchmany(2000):
        writer.writerows([csv_cell(v) for v in row] for row in rows)
        count += len(rows)
    return count


def _write_gdelt(rows: Iterator[list[object]], out: TextIO, header: bool) -> int:
    # GDELT's files are plain tab-joined fields (no quoting): tabs and newlines inside a value become spaces.
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    count = 0
    for row in rows:
        out.write("\t".join(" ".join(cell(v).split()) if isinstance(v, str) else cell(v) for v in row) + "\n")
        count += 1
    return count


def export_events(con: duckdb.DuckDBPyConnection, fmt: str, output: str, flt: EventFilter = EventFilter(), *,
                  stories: bool = False, header: bool = False) -> int:
    """Write the matching events (or with `stories`, the stories whose first report matches) to `output` ('-' for
    stdout) in the format; returns the row count. `header` adds GDELT's column names to a GDELT file."""
    if fmt == "gdelt":
        with _open_text(output) as out:
            return _write_gdelt(gdelt_rows(con, flt, stories=stories), out, header)
    if stories:
        return _export_stories(con, fmt, output, flt)
    if fmt == "jsonl":
        count = 0
        with _open_text(output) as out:
            for line in event_json_lines(con, flt):
                out.write(line + "\n")
                count += 1
        return count
    columns = [c.name for c in TABLES["events"] if not (fmt == "csv" and c.name == "event_json")]
    if fmt == "csv":
        with _open_text(output) as out:
            return _write_delimited(export_cursor(con, flt, columns), columns, out, ",")
    if fmt == "parquet":
        return _write_parquet(export_batches(con, flt, columns), output)
    raise ValueError(f"unknown export format {fmt!r}")


def _write_parquet(reader: pa.RecordBatchReader, output: str) -> int:
    import pyarrow.parquet as pq

    count = 0
    with pq.ParquetWriter(output, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def _export_stories(con: duckdb.DuckDBPyConnection, fmt: str, output: str, flt: EventFilter) -> int:
    if fmt == "parquet":
        return _write_parquet(export_batches(con, flt, stories=True), output)
    cursor = export_cursor(con, flt, stories=True)
    columns = [d[0] for d in cursor.description]
    if fmt == "csv":
        with _open_text(output) as out:
            return _write_delimited(cursor, columns, out, ",")
    if fmt == "jsonl":
        count = 0
        with _open_text(output) as out:
            while rows := cursor.fetchmany(2000):
                for row in rows:
                    out.write(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False) + "\n")
                    count += 1
        return count
    raise ValueError(f"unknown export format {fmt!r}")

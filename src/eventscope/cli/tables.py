"""Row output shared by the commands: a readable terminal table, CSV or JSON lines of flat rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TextIO

from eventscope.export import cell, csv_cell

__all__ = ["cell", "render_table", "write_rows"]


def render_table(rows: Sequence[dict[str, object]], columns: Sequence[str], max_cell: int = 40) -> str:
    """A plain-text table with a header rule; long cells are cut with an ellipsis."""

    def clip(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= max_cell else text[: max_cell - 1] + "…"

    cells = [[clip(cell(row.get(c))) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def write_rows(rows: Iterable[dict[str, object]], columns: Sequence[str], fmt: str, out: TextIO) -> int:
    """Write rows as table | csv | jsonl; returns how many were written."""
    count = 0
    if fmt == "table":
        materialised = list(rows)
        out.write(render_table(materialised, columns) + "\n")
        return len(materialised)
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row.get(c)) for c in columns])
            count += 1
        return count
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({c: _jsonable(row.get(c)) for c in columns}, ensure_ascii=False) + "\n")
            count += 1
        return count
    raise ValueError(f"unknown format {fmt!r}")

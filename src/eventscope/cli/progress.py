"""Ingest feedback: how many documents there are, how fast they go and when the run will end.

On a terminal a bar with the total, the rate and the time left; elsewhere (a log file, CI, a pipe) one line
every `every` seconds, so a long run is never silent.
"""

from __future__ import annotations

import gzip
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

__all__ = ["IngestProgress", "count_documents"]

_LINE_FORMATS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_CSV_FORMATS = (".csv", ".csv.gz")
_ONE_DOCUMENT = (".txt", ".html", ".htm", ".xhtml", ".md")


def _lines(path: Path) -> int:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def _count_path(path: Path) -> int | None:
    name = path.name.lower()
    if name.endswith(_LINE_FORMATS):
        return _lines(path)
    if name.endswith(_CSV_FORMATS):
        return max(_lines(path) - 1, 0)  # a header row; a quoted field over several lines makes this an estimate
    if name.endswith(_ONE_DOCUMENT):
        return 1
    return None  # WARC archives, feeds and the like: unknown until read


def count_documents(sources: Iterable[str]) -> int | None:
    """The number of documents in the sources, when it can be known cheaply (files and folders of text,
    HTML, JSONL or CSV); None when any source is a stream, a URL, a feed or an archive."""
    total = 0
    for source in sources:
        if source == "-" or source.startswith(("http://", "https://")):
            return None
        path = Path(source)
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")) if path.is_dir() else [path]
        for file in files:
            try:
                count = _count_path(file)
            except OSError:
                count = None
            if count is None:
                return None
            total += count
    return total


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class IngestProgress:
    """A tqdm bar on a terminal, or a line every `every` seconds otherwise; `off` shows nothing."""

    def __init__(self, total: int | None, mode: str, every: float = 10.0, out: TextIO = sys.stderr) -> None:
        from tqdm import tqdm

        self.total, self.mode, self.every, self.out = total, mode, every, out
        self.started = self.last_line = time.monotonic()
        self.bar = tqdm(desc="ingest", unit=" documents", total=total, disable=mode != "bar", file=out,
                        dynamic_ncols=True, smoothing=0.1)

    def update(self, done: int, events: int, rejects: int) -> None:
        self.bar.set_postfix(events=events, rejects=rejects, refresh=False)
        self.bar.update(done - self.bar.n)
        now = time.monotonic()
        if self.mode == "lines" and now - self.last_line >= self.every:
            self.last_line = now
            self.out.write(self.line(done, events, rejects, now - self.started) + "\n")
            self.out.flush()

    def line(self, done: int, events: int, rejects: int, elapsed: float) -> str:
        rate = done / elapsed if elapsed > 0 else 0.0
        if self.total:
            left = f", about {_clock((self.total - done) / rate)} left" if rate > 0 and done < self.total else ""
            where = f"{done}/{self.total} documents ({100 * done / self.total:.0f}%)"
        else:
            left, where = "", f"{done} documents"
        return f"ingest: {where}, {rate:.1f}/s{left}; {events} events, {rejects} rejects [{_clock(elapsed)}]"

    def close(self) -> None:
        self.bar.close()

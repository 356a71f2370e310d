"""Ingest throughput and peak memory with 1 and 2 workers (issue 6).

    .venv/bin/python benchmarks/ingest_workers.py [../shared/bench/articles.jsonl] [--workers 1 2]

Runs `eventscope ingest` on the corpus into a fresh database once per worker count, samples the memory
of the whole process tree (parent + pool workers) from /proc every 0.25 s, and prints wall time, articles
per second (wall clock with model loading, and after the first coded batch), peak memory (PSS, which
counts the model pages that forked workers share with the parent once; the summed RSS beside it counts
them once per process) and the CPU seconds of the parent and of the pool workers.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from proctree import cpu_seconds, memory_kb, rss_kb, tree


@dataclass(frozen=True)
class WorkerRun:
    """One ingest of the corpus with a number of workers: its speed, memory and CPU, and the ingest's last line."""

    workers: int
    articles: int
    wall_s: float
    articles_per_s: float
    peak_rss_mb: int
    peak_pss_mb: int
    steady_per_s: float
    cpu_parent_s: float
    cpu_workers_s: float
    summary: str


def run(corpus: Path, workers: int) -> WorkerRun:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        command = [sys.executable, "-m", "eventscope.cli", "ingest", str(corpus), "--db", str(db),
                   "--workers", str(workers), "--no-progress"]
        started = time.monotonic()
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        peak = peak_pss = 0
        cpu: dict[int, float] = {}  # last CPU time seen per process of the tree
        while process.poll() is None:
            pids = tree(process.pid)
            peak = max(peak, sum(rss_kb(pid) for pid in pids))
            peak_pss = max(peak_pss, sum(memory_kb(pid) for pid in pids))
            for pid in pids:
                if (seconds := cpu_seconds(pid)) is not None:
                    cpu[pid] = seconds
            time.sleep(0.25)
        wall = time.monotonic() - started
        summary = process.communicate()[1].strip().splitlines()[-1]
        if process.returncode != 0:
            raise SystemExit(f"ingest failed: {summary}")
        counted = re.search(r"(\d+) new article", summary)
        if counted is None:
            raise SystemExit(f"no article count in the ingest's summary: {summary}")
        articles = int(counted.group(1))
        steady = re.search(r"([\d.]+) articles/s after the first batch", summary)
        return WorkerRun(workers=workers, articles=articles, wall_s=round(wall, 1),
                         articles_per_s=round(articles / wall, 2), peak_rss_mb=round(peak / 1024),
                         peak_pss_mb=round(peak_pss / 1024), steady_per_s=float(steady.group(1)) if steady else 0.0,
                         cpu_parent_s=round(cpu.get(process.pid, 0.0), 1),
                         cpu_workers_s=round(sum(v for k, v in cpu.items() if k != process.pid), 1),
                         summary=summary)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="../shared/bench/articles.jsonl", type=Path)
    parser.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per worker count, interleaved; the fastest counts (the least disturbed by "
                             "other load on a shared machine)")
    args = parser.parse_args()
    runs = [run(args.corpus, n) for _ in range(args.repeat) for n in args.workers]
    for result in runs:
        print(f"  run: workers={result.workers} {result.wall_s} s, peak PSS {result.peak_pss_mb} MB")
    results = [max((r for r in runs if r.workers == n), key=lambda r: r.articles_per_s) for n in args.workers]
    for result in results:
        print(f"workers={result.workers}: {result.articles} articles in {result.wall_s} s = "
              f"{result.articles_per_s} articles/s ({result.steady_per_s} after the first batch), "
              f"peak memory {result.peak_pss_mb} MB PSS ({result.peak_rss_mb} MB summed RSS); CPU parent {result.cpu_parent_s} s, "
              f"workers {result.cpu_workers_s} s")
        print(f"    {result.summary}")
    by_workers = {result.workers: result for result in results}
    if 1 in by_workers and 2 in by_workers:
        one, two = by_workers[1], by_workers[2]
        wall = two.articles_per_s / one.articles_per_s
        steady = two.steady_per_s / one.steady_per_s if one.steady_per_s else 0
        print(f"speed-up {wall:.2f}x wall clock, {steady:.2f}x after the first batch")


if __name__ == "__main__":
    main()

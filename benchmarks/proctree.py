"""Memory and CPU of a process and its descendants, read from /proc (Linux), for the benchmarks.

Memory is the proportional set size (PSS): a page shared by n processes counts 1/n in each, so the model
that forked workers share copy-on-write with their parent is counted once in a tree's sum (a sum of RSS
would count it once per process). RSS stands in where PSS is unavailable.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cpu_seconds", "memory_kb", "own_peak_kb", "rss_kb", "tree", "tree_memory_kb"]

_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def tree(root: int) -> list[int]:
    """A process and all its descendants (children as the kernel lists them per thread)."""
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                stack.extend(int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split())
        except OSError:
            pass
    return found


def rss_kb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE_KB
    except (OSError, IndexError):
        return 0


def memory_kb(pid: int) -> int:
    """PSS of one process (reading it makes the kernel walk the page tables: sample it sparingly)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return rss_kb(pid)


def tree_memory_kb(root: int) -> int:
    return sum(memory_kb(pid) for pid in tree(root))


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of one process so far; None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def own_peak_kb() -> int:
    """This process's resident high-water mark (VmHWM)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0

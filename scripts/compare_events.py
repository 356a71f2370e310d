"""Same events before and after a change? Code a JSONL file, list its events, compare two lists.

    # one command: code the file with this working tree and with a git ref, and compare
    PYTHONPATH=src python scripts/compare_events.py check ../shared/bench/articles.jsonl --base main
    # or two commits (one change landed among others): --base the commit before it, --after the commit
    python scripts/compare_events.py check ../shared/bench/articles.jsonl --base 56b9f94 --after 91bf860

    # or in steps: the events of a file (or of a database), then compare two lists
    PYTHONPATH=src python scripts/compare_events.py code ../shared/bench/articles.jsonl -o before.tsv
    PYTHONPATH=src python scripts/compare_events.py code ../shared/bench/articles.jsonl -o after.tsv
    python scripts/compare_events.py compare before.tsv after.tsv        # a .duckdb database works too

    # a change meant to leave the output alone (a speed-up): the JSON lines as printed, byte for byte, in order
    PYTHONPATH=src python scripts/compare_events.py check ../shared/bench/articles.jsonl --base main --bytes

A list has one line per event, sorted: its id (article, sentence, trigger span, CAMEO code), then what else
the coder decided about it (PLOVER type, actors, modality, date, place, confidence), so a change of actor or
date shows too, not only an event found or lost. Coding goes through `eventscope code --input-format jsonl`
(the CLI is the interface both trees share), with the chosen tree's `src` first on PYTHONPATH.
Exit status: 0 the same, 1 different, 2 an error (a missing file, a failed run, an unknown ref).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE_SRC = Path(__file__).resolve().parents[1] / "src"


def _fail(message: str) -> SystemExit:
    print(f"error: {message}", file=sys.stderr)
    return SystemExit(2)


def _names(actors: list[dict[str, object]]) -> str:
    return ";".join(str(a.get("code") or a.get("name") or "") for a in actors)


def signature(event: dict[str, object]) -> str:
    """One event as a line: the id, then the coded values a behaviour change would move."""
    kind = event.get("event") or {}
    location = event.get("location") or {}
    assert isinstance(kind, dict) and isinstance(location, dict)
    confidence = event.get("confidence")
    fields = [
        str(event["id"]), str(kind.get("plover") or "-"), str(kind.get("cameo")),
        _names(event.get("source") or []), _names(event.get("target") or []),  # type: ignore[arg-type]
        str(event.get("modality")), str(event.get("date") or "-"), str(location.get("name") or "-"),
        f"{confidence:.3f}" if isinstance(confidence, float) else "-",
    ]
    return "\t".join(fields)


def coded_output(jsonl: Path, src: Path) -> str:
    """The JSON lines `eventscope code` prints for a JSONL file, coded by the eventscope in `src`."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-m", "eventscope.cli", "code", str(jsonl), "--input-format", "jsonl", "--format", "jsonl"],
        env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise _fail(f"coding {jsonl} with {src} failed (exit {done.returncode}):\n{done.stderr.strip()}")
    return done.stdout


def code_file(jsonl: Path, src: Path) -> list[str]:
    """The sorted event lines of a JSONL file coded by the eventscope in `src`."""
    return sorted(signature(json.loads(line)) for line in coded_output(jsonl, src).splitlines() if line.strip())


def same_bytes(before: str, after: str, out=sys.stdout) -> bool:
    """Whether two outputs are the same text; if not, say at which line they first differ (and show both lines)."""
    if before == after:
        print(f"the same, byte for byte: {len(before.splitlines())} lines, {len(before.encode('utf-8'))} bytes", file=out)
        return True
    old, new = before.splitlines(), after.splitlines()
    line = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    print(f"different from line {line + 1} on ({len(old)} lines before, {len(new)} after)", file=out)
    for label, lines in (("was", old), ("now", new)):
        print(f"{label}\t{lines[line] if line < len(lines) else '(no line)'}", file=out)
    return False


def database_lines(path: Path) -> list[str]:
    """The sorted event lines of an eventscope database (every modality), read through store.query."""
    from eventscope.store import EventFilter, connect
    from eventscope.store.query import event_json_lines

    with connect(path, read_only=True) as con:
        return sorted(signature(json.loads(text)) for text in event_json_lines(con, EventFilter()))


def read_lines(path: Path) -> list[str]:
    if not path.is_file():
        raise _fail(f"{path}: no such file")
    if path.suffix in (".duckdb", ".db"):
        return database_lines(path)
    return sorted(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def compare(before: list[str], after: list[str], out=sys.stdout) -> bool:
    """Print what differs (lost, new and changed events by id); True when the two lists are the same."""
    old = {line.split("\t", 1)[0]: line for line in before}
    new = {line.split("\t", 1)[0]: line for line in after}
    lost = sorted(old.keys() - new.keys())
    found = sorted(new.keys() - old.keys())
    changed = sorted(k for k in old.keys() & new.keys() if old[k] != new[k])
    for label, keys, table in (("lost", lost, old), ("new", found, new)):
        for key in keys:
            print(f"{label}\t{table[key]}", file=out)
    for key in changed:
        print(f"was\t{old[key]}\nnow\t{new[key]}", file=out)
    print(f"{len(old)} events before, {len(new)} after: {len(lost)} lost, {len(found)} new, {len(changed)} changed",
          file=out)
    return not (lost or found or changed)


def _source_of(ref: str, workdir: Path) -> Path:
    """The `src` folder of a git ref of this repository, unpacked into `workdir`."""
    repo = HERE_SRC.parent
    archive = subprocess.run(["git", "-C", str(repo), "archive", ref, "src"], capture_output=True, check=False)
    if archive.returncode != 0:
        raise _fail(f"git archive {ref}: {archive.stderr.decode(errors='replace').strip()}")
    workdir.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(workdir)], input=archive.stdout, check=True)
    return workdir / "src"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    code = commands.add_parser("code", help="code a JSONL file and print its events, one line each")
    code.add_argument("file", type=Path)
    code.add_argument("-o", "--output", type=Path, help="write the list here (default: standard output)")
    pair = commands.add_parser("compare", help="compare two lists (from `code`) or databases")
    pair.add_argument("before", type=Path)
    pair.add_argument("after", type=Path)
    check = commands.add_parser("check", help="code a JSONL file with this tree and with a git ref, and compare")
    check.add_argument("file", type=Path)
    check.add_argument("--base", default="main", help="the git ref coded as 'before' (default: main)")
    check.add_argument("--after", help="a git ref coded as 'after' (default: the working tree)")
    check.add_argument("--bytes", action="store_true",
                       help="compare the printed JSON lines byte for byte, in order (a change meant to leave the output alone)")
    args = parser.parse_args(argv)

    if args.command == "compare":
        return 0 if compare(read_lines(args.before), read_lines(args.after)) else 1
    if not args.file.is_file():
        parser.error(f"{args.file}: no such file")
    if args.command == "code":
        text = "".join(line + "\n" for line in code_file(args.file.resolve(), HERE_SRC))
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    with tempfile.TemporaryDirectory() as workdir:
        before_src = _source_of(args.base, Path(workdir) / "before")
        after_src = _source_of(args.after, Path(workdir) / "after") if args.after else HERE_SRC
        print(f"before: {args.base}; after: {args.after or f'the working tree {HERE_SRC.parent}'}")
        if args.bytes:
            same = same_bytes(coded_output(args.file.resolve(), before_src), coded_output(args.file.resolve(), after_src))
        else:
            same = compare(code_file(args.file.resolve(), before_src), code_file(args.file.resolve(), after_src))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

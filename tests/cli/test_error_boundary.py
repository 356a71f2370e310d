"""The command line's error boundary: a user's mistake or a broken database is one line and a non-zero exit;
a bug is one line too (EVENTSCOPE_DEBUG=1 shows the traceback)."""

import os
import pathlib
import resource
import signal
import subprocess
import sys

import duckdb
import pytest
from click.testing import CliRunner

import eventscope
from eventscope.cli import main

# The subprocesses import this checkout's eventscope, wherever they run.
SOURCE = str(pathlib.Path(eventscope.__file__).resolve().parents[1])

COMMANDS = (
    ["query"], ["trends"], ["export", "--format", "csv", "-o", "out.csv"], ["ingest", "notes.txt"],
)


def run(*args: str, cwd=None, env=None, preexec_fn=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventscope.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": SOURCE, **(env or {})}, preexec_fn=preexec_fn, timeout=120)


def assert_one_line(result: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_file_that_is_not_a_database(tmp_path, command):
    (tmp_path / "notes.txt").write_text("The minister met the ambassador.\n")
    (tmp_path / "shopping.duckdb").write_text("eggs, milk\n" * 100)
    result = run(*command, "--db", "shopping.duckdb", cwd=tmp_path)
    assert_one_line(result, 74, "shopping.duckdb", "not an eventscope database")


def test_debug_shows_the_traceback(tmp_path):
    (tmp_path / "shopping.duckdb").write_text("eggs, milk\n" * 100)
    result = run("query", "--db", "shopping.duckdb", cwd=tmp_path, env={"EVENTSCOPE_DEBUG": "1"})
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_a_bug_is_one_line_with_a_hint(monkeypatch, tmp_path):
    from eventscope import store

    def broken(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(store, "trends", broken)
    db = tmp_path / "x.duckdb"
    with store.connect(db):
        pass
    result = CliRunner().invoke(main, ["trends", "--db", str(db)])
    assert result.exit_code == 70
    assert "internal error (KeyError" in result.output and "EVENTSCOPE_DEBUG=1" in result.output
    assert result.output.count("\n") == 1


def test_a_model_that_is_not_installed(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "The minister met the ambassador.", "events": []}\n')
    result = run("evaluate", "--model", "no_such_model_xyz", str(gold))
    assert_one_line(result, 1, "no_such_model_xyz", "not installed")


def _small_file_limit() -> None:
    """Files of this process may grow to 1 MB: a full disk without needing a small disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # then a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))


def test_disk_full_during_ingest(tmp_path):
    # Only rejects (undecodable lines): the run writes without loading the model.
    lines = "".join(f'{{"id": {i}, "text": 1}}\n' for i in range(20_000))
    (tmp_path / "bad.jsonl").write_text(lines)
    result = run("ingest", "bad.jsonl", "--db", "x.duckdb", "--no-progress", cwd=tmp_path,
                 preexec_fn=_small_file_limit)
    assert_one_line(result, 74, "disk is full", "run the same command again")
    # What was committed before the failure is still there.
    with duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM rejects").fetchone()[0] > 0


def test_endless_stdin_for_code_stops_at_the_limit():
    """`yes "Russia attacked Ukraine." | eventscope code -` used to read until memory ran out."""
    command = [sys.executable, "-m", "eventscope.cli", "code", "-"]
    env = {**os.environ, "PYTHONPATH": SOURCE, "EVENTSCOPE_LIMIT_INPUT_BYTES": "2000000"}
    with subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as process:
        try:
            chunk = b"Russia attacked Ukraine. " * 40_000
            for _ in range(400):  # 400 MB at most: the command must stop reading long before
                process.stdin.write(chunk)
        except BrokenPipeError:
            pass
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass
            try:
                code = process.wait(timeout=60)
            finally:
                process.kill()
        message = process.stderr.read().decode()
    assert code == 1, message
    assert "Traceback" not in message and "more than the limit of 2000000 bytes" in message


def test_ctrl_c_is_one_line_and_the_shells_code(tmp_path, monkeypatch):
    """(Ctrl-C outside ingest's own handler, e.g. while a command reads its input or loads the model, was click's
    "Aborted!" with exit 1, the code of a user's mistake)"""
    from eventscope.cli import code

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(code, "read_input", interrupted)
    result = CliRunner().invoke(main, ["code", str(tmp_path / "article.txt")])
    assert result.exit_code == 130
    assert result.stderr.strip() == "interrupted" and result.stdout == ""

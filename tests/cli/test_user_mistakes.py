"""Every command answers a user's mistake (a flag it does not have, a file that is not there, a file that is no
database, a gold file it cannot read) with one clear line on stderr and a non-zero exit, never a traceback or
click's usage block."""

import duckdb
import pytest
from cliresults import assert_one_line_error, invoke
from damagedfiles import small_database, with_a_damaged_block

from eventscope.cli import main

ARTICLE = "The foreign minister of Ruritania met the ambassador of Freedonia on Monday.\n"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_a_flag_the_command_does_not_have(command):
    result = invoke(command, "--no-such-flag")
    assert result.exit_code == 2
    assert_one_line_error(result, "No such option '--no-such-flag'", f"{command} --help")


def test_a_flag_of_a_subcommand_and_an_unknown_command():
    assert_one_line_error(invoke("data", "check", "--no-such-flag"), "--no-such-flag", "data check --help")
    assert_one_line_error(invoke("--no-such-flag"), "--no-such-flag")
    assert_one_line_error(invoke("summarise"), "No such command 'summarise'")


def test_a_missing_option_names_its_choices_on_one_line(tmp_path):
    result = invoke("export", "--db", str(tmp_path / "x.duckdb"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert_one_line_error(result, "--format", "jsonl, csv")


@pytest.mark.parametrize("args", [
    ("code", "{missing}"), ("explain", "--file", "{missing}"), ("actors", "{missing}"), ("evaluate", "{missing}"),
    ("ingest", "{missing}", "--db", "{db}", "--no-progress"),
    ("code", "{article}", "--actors", "{missing}"), ("code", "{article}", "--patterns", "{missing}"),
    ("code", "{article}", "--places", "{missing}"),
], ids=lambda args: "-".join(a for a in args if not a.startswith("{")))
def test_a_file_that_is_not_there(tmp_path, args):
    (tmp_path / "article.txt").write_text(ARTICLE)
    paths = {"missing": str(tmp_path / "absent.txt"), "db": str(tmp_path / "x.duckdb"),
             "article": str(tmp_path / "article.txt")}
    assert_one_line_error(invoke(*(a.format(**paths) for a in args)), "absent.txt")


@pytest.mark.parametrize("args", [("code", "{text}"), ("explain", "--file", "{text}"), ("actors", "{text}")],
                         ids=lambda args: args[0])
def test_a_text_that_is_not_utf8(tmp_path, args):
    """(read before the model loads; actors read it with its bytes replaced before)"""
    text = tmp_path / "latin1.txt"
    text.write_bytes("The minister met the ambassador in Bogot\u00e1.\n".encode("latin-1"))
    assert_one_line_error(invoke(*(a.format(text=text) for a in args)), "latin1.txt", "not valid UTF-8 text (byte 40)")


@pytest.mark.parametrize("args", [("code", "{folder}"), ("explain", "--file", "{folder}"), ("actors", "{folder}")],
                         ids=lambda args: args[0])
def test_a_folder_given_for_a_text(tmp_path, args):
    assert_one_line_error(invoke(*(a.format(folder=tmp_path) for a in args)), "is a folder; give one file")


@pytest.mark.parametrize("option", ["--actors", "--patterns", "--places"])
def test_a_folder_given_for_a_data_file(tmp_path, option):
    (tmp_path / "article.txt").write_text(ARTICLE)
    assert_one_line_error(invoke("code", str(tmp_path / "article.txt"), option, str(tmp_path)), "is a folder")


@pytest.mark.parametrize("args", [
    ("query",), ("trends",), ("rejects",), ("export", "--format", "jsonl", "-o", "{out}"),
    ("ingest", "{article}", "--no-progress"), ("serve", "--port", "0"), ("demo", "--no-serve"),
], ids=lambda args: args[0])
def test_a_file_that_is_no_database(tmp_path, args):
    """(serve and demo say so before they start: the server would only show the copies it cannot read as busy)"""
    db = tmp_path / "shopping.duckdb"
    db.write_text("eggs, milk\n" * 100)
    (tmp_path / "article.txt").write_text(ARTICLE)
    paths = {"out": str(tmp_path / "out.jsonl"), "article": str(tmp_path / "article.txt")}
    result = invoke(*(a.format(**paths) for a in args), "--db", str(db))
    assert result.exit_code == 74
    assert_one_line_error(result, "shopping.duckdb", "not an eventscope database")


@pytest.mark.parametrize("args", [("ingest", "{article}", "--no-progress"), ("demo", "--no-serve")],
                         ids=lambda args: args[0])
def test_a_database_in_a_folder_that_is_not_there(tmp_path, args):
    (tmp_path / "article.txt").write_text(ARTICLE)
    db = tmp_path / "no-such-folder" / "x.duckdb"
    result = invoke(*(a.format(article=tmp_path / "article.txt") for a in args), "--db", str(db))
    assert result.exit_code == 74
    (line,) = result.stderr.strip().splitlines()  # (demo says on stdout what it is about to do)
    assert line.startswith(f"Error: {db}: cannot be opened (No such file or directory)")


@pytest.mark.parametrize("args", [("query",), ("ingest", "{article}", "--no-progress")], ids=lambda args: args[0])
def test_a_database_cut_short_or_of_another_program(tmp_path, args):
    (tmp_path / "article.txt").write_text(ARTICLE)
    ours = tmp_path / "ours.duckdb"
    with duckdb.connect(str(ours)) as con:
        con.execute("CREATE TABLE events AS SELECT range AS n FROM range(100000)")
    (tmp_path / "cut.duckdb").write_bytes(ours.read_bytes()[:20_000])  # (a copy stopped half way)
    with duckdb.connect(str(tmp_path / "theirs.duckdb")) as con:
        con.execute("CREATE TABLE prices (item VARCHAR, euros DOUBLE)")
    command = [a.format(article=tmp_path / "article.txt") for a in args]
    cut = invoke(*command, "--db", str(tmp_path / "cut.duckdb"))
    assert cut.exit_code == 74
    assert_one_line_error(cut, "cut.duckdb: damaged")
    theirs = invoke(*command, "--db", str(tmp_path / "theirs.duckdb"))
    assert theirs.exit_code == 74
    assert_one_line_error(theirs, "theirs.duckdb: not an eventscope database")


@pytest.mark.parametrize("args", [
    ("query",), ("query", "--format", "jsonl"), ("trends",), ("rejects",), ("export", "--format", "jsonl", "-o", "{out}"),
], ids=lambda args: "-".join(args[:3:2]))
@pytest.mark.parametrize("table", ["events", "articles"])
def test_a_database_damaged_in_a_data_block_is_refused_before_any_output(tmp_path, args, table):
    """(DuckDB opens such a file and counts its rows; a query would fail half way, after printing some rows)"""
    damaged = with_a_damaged_block(small_database(tmp_path / "whole.duckdb"), tmp_path / "damaged.duckdb", table)
    out = tmp_path / "out.jsonl"
    result = invoke(*(a.format(out=out) for a in args), "--db", str(damaged))
    assert result.exit_code == 74
    assert_one_line_error(result, "damaged.duckdb: damaged", "restore it from a copy")
    assert not out.exists()


def test_a_whole_database_passes_the_check(tmp_path):
    result = invoke("query", "--db", str(small_database(tmp_path / "whole.duckdb")), "--format", "jsonl")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 4  # (its asserted events)


def test_an_empty_text_for_actors_names_the_file(tmp_path):
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    assert_one_line_error(invoke("actors", str(tmp_path / "empty.txt")), "empty.txt: the input is empty")


def test_ingesting_a_folder_with_no_file_records_a_reject(tmp_path):
    (tmp_path / "pages").mkdir()
    db = tmp_path / "news.duckdb"
    result = invoke("ingest", str(tmp_path / "pages"), "--db", str(db), "--no-progress")
    assert result.exit_code == 0 and "1 reject(s) (empty 1)" in result.stderr
    listing = invoke("rejects", "--db", str(db), "--format", "jsonl")
    assert "pages: a folder with no file to read" in listing.stdout


@pytest.mark.parametrize("command", ["query", "trends", "rejects"])
def test_a_database_that_is_not_there(tmp_path, command):
    assert_one_line_error(invoke(command, "--db", str(tmp_path / "absent.duckdb")), "absent.duckdb",
                          "no such database")


def test_a_gold_file_that_is_a_folder(tmp_path):
    assert_one_line_error(invoke("evaluate", str(tmp_path)), "is a directory")


@pytest.mark.parametrize(("content", "words"), [
    (b"\xff\xfe\x00\x01 not text", ("gold.jsonl", "cannot be read")),
    (b'{"text": "The talks ended.", "events": [}\n', ("gold.jsonl", "line 1")),
    (b"The talks ended without a deal.\n", ("gold.jsonl", "no gold sentences")),
    (b"", ("gold.jsonl", "no gold sentences")),
    (b'[1, 2]\n"The talks ended."\n', ("gold.jsonl", "line 1: a JSON object was expected")),
    (b'{"text": "The talks ended without a deal."}\n', ("gold.jsonl", 'line 1: no "events" list')),
    (b'{"text": "The talks ended.", "events": [{"sentence": "The talks ended.", "plover": "REJECT"}]}\n[1]\n',
     ("gold.jsonl", "line 2: a JSON object was expected")),
], ids=["binary", "broken-json", "plain-text", "empty", "not-objects", "articles-without-gold", "article-not-object"])
def test_a_gold_file_that_cannot_be_read(tmp_path, content, words):
    """(read before the model loads)"""
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    assert_one_line_error(invoke("evaluate", str(gold)), *words)


@pytest.mark.parametrize("args", [
    ("query", "--limit", "99999999999999999999"), ("rejects", "--limit", "99999999999999999999"),
    ("ingest", "{article}", "--max-bytes", "99999999999999999999"), ("ingest", "{article}", "--fetch-delay", "inf"),
], ids=["query-limit", "rejects-limit", "max-bytes", "fetch-delay-inf"])
def test_a_number_too_large_for_an_option_is_a_usage_error(tmp_path, args):
    """(--limit 99999999999999999999 was exit 70, 'internal error ... this is a bug' from DuckDB's 64-bit LIMIT;
    --max-bytes of that size made every file an 'unreadable' reject; --fetch-delay inf would wait for ever)"""
    db = tmp_path / "news.duckdb"
    small_database(db)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke(*(a.format(article=tmp_path / "a.txt") for a in args), "--db", str(db))
    assert result.exit_code == 2
    assert_one_line_error(result, "--")


def test_a_byte_limit_too_large_in_the_environment_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTSCOPE_LIMIT_DOCUMENT_BYTES", "99999999999999999999")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "news.duckdb"), "--no-progress")
    assert_one_line_error(result, "document_bytes", "less than or equal to")


@pytest.mark.parametrize("output_format", ["csv", "jsonl", "gdelt", "parquet"])
def test_export_refuses_to_write_over_its_own_database(tmp_path, output_format):
    """(`export --db news.duckdb -o news.duckdb` wrote the export over the database: every event lost)"""
    db = small_database(tmp_path / "news.duckdb")
    (tmp_path / "link.csv").symlink_to(db)
    before = db.read_bytes()
    for output in (db, tmp_path / "link.csv"):
        result = invoke("export", "--db", str(db), "--format", output_format, "-o", str(output))
        assert result.exit_code == 1
        assert_one_line_error(result, "that is the database itself")
    assert db.read_bytes() == before
    written = invoke("export", "--db", str(db), "--format", output_format, "-o", str(tmp_path / "out"))
    assert written.exit_code == 0, written.stderr  # another file is written as before


def test_an_error_quoting_a_huge_value_stays_one_short_line():
    """(`actors --search` with a 100,000-character name printed all of it back)"""
    result = invoke("actors", "--search", "x" * 100_000)
    assert_one_line_error(result, "no actor is called 'xxx")
    assert len(result.stderr) < 1100

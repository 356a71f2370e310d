"""`eventscope code`: input errors are one clear line; JSONL batches keep their ids and skip bad lines."""

import csv
import io
import json

import pytest
from cliresults import assert_one_line_error, invoke

from eventscope.records import Event

TEXT = ("French President Emmanuel Macron visited Nigeria on Tuesday for talks with President Bola Tinubu. "
        "Thousands of protesters marched in Lagos the next day.")


def run(args, stdin=None):
    return invoke("code", *args, stdin=stdin)


def test_missing_file(tmp_path):
    assert_one_line_error(run([str(tmp_path / "absent.txt")]), "absent.txt", "no such file")


def test_unreadable_file(tmp_path):
    assert_one_line_error(run([str(tmp_path)]), "folder")


def test_empty_text(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    assert_one_line_error(run([str(tmp_path / "empty.txt")]), "empty")
    assert_one_line_error(run(["-"], stdin=""), "empty")


def test_binary_input(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x7fELF\x02\x01\x00\x00binary")
    assert_one_line_error(run([str(tmp_path / "b.txt")]), "binary")
    assert_one_line_error(run(["-", "--input-format", "jsonl"], stdin=b"\x00\x01{}"), "binary")


def test_a_binary_line_among_good_jsonl_lines_is_skipped_alone():
    """(a NUL byte anywhere in the first 8 KB refused the whole batch as binary; `ingest` rejects that line only)"""
    from eventscope.cli.code import input_articles
    from eventscope.settings import Settings

    good = [json.dumps({"id": f"a{i}", "text": TEXT}).encode() for i in range(2)]
    raw = b"\n".join([good[0], b"\xff\xfe\x00 garbage", good[1]]) + b"\n"
    articles = list(input_articles(raw, "dump.jsonl", "jsonl", None, Settings()))
    assert [a.id for a in articles] == ["a0", "a1"]


def test_a_gzipped_input_says_how_to_read_it(tmp_path):
    import gzip

    (tmp_path / "dump.jsonl.gz").write_bytes(gzip.compress(json.dumps({"id": "a", "text": TEXT}).encode()))
    assert_one_line_error(run([str(tmp_path / "dump.jsonl.gz")]), "gzip-compressed", "zcat", "eventscope ingest")


def test_invalid_date(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run([str(tmp_path / "a.txt"), "--published", "2024-02-30"])
    assert_one_line_error(result, "--published must be a date YYYY-MM-DD, not '2024-02-30'")
    assert result.exit_code == 2  # a value the option cannot take, as click's own usage errors


def test_missing_actor_dictionary(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert_one_line_error(run([str(tmp_path / "a.txt"), "--actors", str(tmp_path / "no.yaml")]), "no.yaml")


def test_unknown_model(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert_one_line_error(run([str(tmp_path / "a.txt"), "--model", "no_such_model_xyz"]), "no_such_model_xyz")


def test_a_csv_without_one_codable_row_is_one_line(tmp_path):
    """(a .csv was read as one plain text, header and commas included, and coded into nothing, exit 0)"""
    (tmp_path / "dump.csv").write_text('id,text\n1,"a quoted field never closed\n', encoding="utf-8")
    result = run([str(tmp_path / "dump.csv")])
    assert result.exit_code == 1 and result.stdout == ""
    skipped, error = result.stderr.strip().splitlines()  # (each bad row is said, as a bad JSONL line is)
    assert skipped.startswith("warning: skipped") and "dump.csv:2: a quoted field is never closed" in skipped
    assert error.endswith("dump.csv: no codable article in the input")


@pytest.mark.slow
def test_csv_and_tsv_batches_keep_ids_and_skip_bad_rows(tmp_path):
    rows = [["id", "text", "published"], ["art-1", TEXT, "2024-03-05"], ["art-2", "", ""]]
    for name, delimiter in (("dump.csv", ","), ("dump.tsv", "\t")):
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as file:
            csv.writer(file, delimiter=delimiter).writerows(rows)
        result = run([str(tmp_path / name), "--format", "jsonl"])
        assert result.exit_code == 0, result.stderr
        assert f"{name}:3" in result.stderr  # (the row without text, by its line)
        events = [Event.model_validate_json(line) for line in result.stdout.splitlines()]
        assert events and {e.article_id for e in events} == {"art-1"}


@pytest.mark.slow
def test_jsonl_batch_keeps_ids_and_skips_bad_lines_with_their_number():
    lines = [
        json.dumps({"id": "art-1", "text": TEXT, "published": "2024-03-05", "source": "Example"}),
        "{broken",
        json.dumps({"id": "art-3", "text": "Germany and France signed a defence agreement in Berlin on Monday."}),
        json.dumps({"id": "art-4", "text": TEXT, "published": "not a date"}),
    ]
    result = run(["-", "--input-format", "jsonl", "--format", "jsonl", "--published", "2024-01-01"],
                 stdin="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.stderr
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 2
    assert "stdin:2" in warnings[0] and "invalid JSON" in warnings[0]
    assert "stdin:4" in warnings[1] and "date" in warnings[1]
    events = [Event.model_validate_json(line) for line in result.stdout.splitlines()]
    assert events, "the coder found no event in two clear news sentences"
    assert {e.article_id for e in events} <= {"art-1", "art-3"}
    assert "art-1" in {e.article_id for e in events}
    dated = {e.article_id: e.date for e in events if e.date_reason == "publication"}
    assert dated.get("art-3", "2024-01-01") == "2024-01-01"  # --published is the default date of a line


@pytest.mark.slow
def test_text_html_and_output_formats(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    page = f"<html><head><title>Visit</title></head><body><article><p>{TEXT}</p></article></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    as_jsonl = run([str(tmp_path / "a.txt"), "--published", "2024-03-05", "--format", "jsonl"])
    assert as_jsonl.exit_code == 0, as_jsonl.stderr
    events = [Event.model_validate_json(line) for line in as_jsonl.stdout.splitlines()]
    assert events and all(TEXT[e.trigger.start:e.trigger.end] == e.trigger.text for e in events)
    from_html = run([str(tmp_path / "a.html"), "--published", "2024-03-05", "--format", "jsonl"])
    assert [json.loads(line)["event"] for line in from_html.stdout.splitlines()] == [
        e.event.model_dump() for e in events]
    as_csv = run([str(tmp_path / "a.txt"), "--published", "2024-03-05", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["id"] for r in rows] == [e.id for e in events]
    assert {"plover", "cameo", "trigger_text", "source_code", "location_name"} <= set(rows[0])
    assert all(e.rule for e in events) and [r["rule"] for r in rows] == [e.rule for e in events]  # the rule last
    assert list(rows[0])[-1] == "rule"
    table = run([str(tmp_path / "a.txt"), "--published", "2024-03-05"])
    assert table.exit_code == 0 and "plover" in table.stdout.splitlines()[0]
    assert f"{len(events)} event(s)" in table.stderr

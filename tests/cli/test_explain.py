"""`eventscope explain`: the events kept with their rules, the candidates dropped with their gates, as text or
JSON; bad input is one clear line and a non-zero exit."""

import json

import pytest
from cliresults import assert_one_line_error, invoke

TEXT = "Chile accused Peru of violating the fishing accord. Floods killed nine villagers in the south."


def run(args, stdin=None):
    return invoke("explain", *args, stdin=stdin)


def test_neither_or_both_of_text_and_file_is_an_error(tmp_path):
    assert_one_line_error(run([]), "--file")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert_one_line_error(run([TEXT, "--file", str(tmp_path / "a.txt")]), "one of the two")


def test_a_missing_file_or_an_empty_text_is_one_line(tmp_path):
    assert_one_line_error(run(["--file", str(tmp_path / "absent.txt")]), "absent.txt", "no such file")
    assert_one_line_error(run(["   "]), "empty")
    (tmp_path / "empty.txt").write_text("\n \n", encoding="utf-8")
    assert_one_line_error(run(["--file", str(tmp_path / "empty.txt")]), "empty")
    assert_one_line_error(run(["--file", "-"], stdin=""), "empty")


def test_a_batch_file_is_refused(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    assert_one_line_error(run(["--file", str(tmp_path / "a.jsonl")]), "one article")


@pytest.mark.slow
def test_text_output_names_the_rules_of_kept_events_and_the_gates_of_dropped_candidates():
    result = run([TEXT])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "[0] Chile accused Peru of violating the fishing accord." in lines
    kept = next(i for i, line in enumerate(lines) if line.strip().startswith("kept     ACCUSE 112"))
    assert "rule verb:accuse" in lines[kept]
    assert lines[kept + 1].split() == ["source:", "CHL", '"Chile"', "(country", "name", "'Chile')"]
    assert "PER" in lines[kept + 2]
    assert any(line.strip().startswith('dropped  ASSAULT 1823 "killed" at natural-force') and "Floods" in line
               for line in lines)


@pytest.mark.slow
def test_json_output_of_one_sentence():
    result = run([TEXT, "--format", "json", "--sentence", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["whole_article"] is False
    sentence, = report["sentences"]
    assert (sentence["index"], sentence["text"], sentence["kept"]) == (1, "Floods killed nine villagers in the south.", [])
    dropped, = sentence["dropped"]
    assert (dropped["gate"], dropped["plover"], dropped["rule"], dropped["source_heads"]) == (
        "natural-force", "ASSAULT", "verb:kill", ["Floods"])
    assert TEXT[dropped["trigger"]["start"]:dropped["trigger"]["end"]] == "killed"


@pytest.mark.slow
def test_a_credit_line_is_not_coded_and_an_article_with_a_date_is_read_whole():
    text = "Chile accused Peru of violating the fishing accord on Monday.\n\nReporting by Ana Diaz; Editing by Tom Lee"
    result = run([text, "--published", "2024-03-06", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["whole_article"] is True and report["political"] is True
    first, credit = report["sentences"]
    assert first["skipped"] is None and credit["skipped"] == "furniture" and credit["kept"] == []
    accuse = next(e for e in first["kept"] if e["plover"] == "ACCUSE")
    assert (accuse["date"], accuse["date_rule"]) == ("2024-03-04", "sentence")
    lines = run([text, "--published", "2024-03-06"]).stdout.splitlines()
    assert "  not coded: furniture (a byline, credit or heading line)" in lines
    assert lines[0].endswith(", read as a whole article, about politics")


@pytest.mark.slow
def test_a_file_is_explained_as_its_text_and_a_sentence_out_of_range_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run(["--file", str(tmp_path / "a.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    kept, = report["sentences"][0]["kept"]
    assert (kept["plover"], kept["rule"], [a["country"] for a in kept["source"]]) == ("ACCUSE", "verb:accuse", ["CHL"])
    assert kept["source"][0]["rule"]  # the actor rule that gave the code
    assert_one_line_error(run([TEXT, "--sentence", "5"]), "--sentence 5", "2 sentence(s)")

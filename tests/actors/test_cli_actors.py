"""`eventscope actors` and `eventscope dictionaries check`."""

import json

import pytest
from click.testing import CliRunner

from eventscope.cli import main


def test_dictionaries_check_is_clean():
    result = CliRunner().invoke(main, ["dictionaries", "check"])
    assert result.exit_code == 0, result.output
    assert "ok" in result.output and "media.yaml" in result.output


def test_dictionaries_check_reports_problems(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("leaders:\n  - {country: ZZZ, office: president, name: Nobody, start: 2020-01-01}\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["dictionaries", "check", "--actors", str(user)])
    assert result.exit_code == 1
    assert "unknown country ZZZ" in result.stderr


def test_dictionaries_check_bad_file_is_one_clear_error(tmp_path):
    user = tmp_path / "bad.yaml"
    user.write_text("[not, a, mapping]", encoding="utf-8")
    result = CliRunner().invoke(main, ["dictionaries", "check", "--actors", str(user)])
    assert result.exit_code == 1
    assert "expected a mapping" in result.stderr


def test_actors_rejects_empty_input():
    result = CliRunner().invoke(main, ["actors", "-"], input="   \n")
    assert result.exit_code != 0
    assert "empty" in result.stderr


def test_actors_rejects_bad_date():
    result = CliRunner().invoke(main, ["actors", "-", "--published", "yesterday"], input="Putin spoke.")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --published must be a date YYYY-MM-DD, not 'yesterday'"


@pytest.mark.slow
def test_actors_prints_json_lines(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("groups:\n  - {name: Northern Front, country: MLI, sectors: [REB]}\n", encoding="utf-8")
    text = "Ukrainian President Volodymyr Zelensky met the Northern Front in Bamako."
    result = CliRunner().invoke(main, ["actors", "-", "--json", "--published", "2024-05-16", "--actors", str(user)],
                                input=text)
    assert result.exit_code == 0, result.output
    actors = [json.loads(line) for line in result.stdout.splitlines()]
    by_text = {actor["text"]: actor for actor in actors}
    assert by_text["Ukrainian President Volodymyr Zelensky"]["code"] == "UKRGOV"
    assert by_text["the Northern Front"]["code"] == "MLIREB"
    assert not [text for text in by_text if "Bamako" in text]


@pytest.mark.slow
def test_actors_reads_a_jsonl_file_article_by_article(tmp_path):
    """Each line is its own article, with its own date deciding who held which office."""
    batch = tmp_path / "two.jsonl"
    text = "Boris Johnson criticised the Kremlin."
    lines = [{"id": "in-office", "text": text, "published": "2020-03-01"},
             {"id": "out-of-office", "text": text, "published": "2024-03-01"}, {"id": "broken"}]
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["actors", str(batch), "--json"])
    assert result.exit_code == 0, result.output
    mentions = [json.loads(line) for line in result.stdout.splitlines()]
    johnson = {m["article_id"]: m["code"] for m in mentions if m["text"] == "Boris Johnson"}
    assert johnson == {"in-office": "GBRGOV", "out-of-office": "GBRELI"}
    assert all(m["start"] < len(text) for m in mentions)  # offsets within each article, not the file
    assert "skipped" in result.stderr and "two.jsonl:3" in result.stderr


@pytest.mark.slow
def test_actors_reads_html_as_its_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><nav>Home | World</nav><p>Chancellor Olaf Scholz met Emmanuel Macron in Paris.</p>"
                    "</body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["actors", str(page), "--published", "2023-06-01"])
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.startswith("# article ") and "(2023-06-01)" in header
    assert not [row for row in rows if "<" in row]
    assert any("DEUGOV" in row for row in rows) and any("FRAGOV" in row for row in rows)

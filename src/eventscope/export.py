"""Exports of the events table: contract JSON lines, CSV, Parquet, and GDELT 2.0 event-table TSV.

GDELT mapping (`--format gdelt`): a tab-separated file with a header row holding the 61 column names of the
GDELT 2.0 event table in GDELT's order. Columns we fill, and from what:

    GLOBALEVENTID               events.id (our hex content hash, not GDELT's integer sequence)
    SQLDATE, MonthYear, Year    events.date as YYYYMMDD, YYYYMM, YYYY
    FractionDate                year + (day of year - 1) / 365, 4 decimals
    Actor1* / Actor2*           the first source / target actor: Code <- code, Name <- name,
                                CountryCode <- country (ISO 3166 alpha-3, as CAMEO), KnownGroupCode <- IGO/NGO/MNC
                                when that is the actor's "country", Type1Code..Type3Code <- its first three sectors
    IsRootEvent                 1 when the event is in the article's first sentence, else 0
    EventCode, EventBaseCode, EventRootCode
                                cameo, its first three digits, cameo_root
    QuadClass, GoldsteinScale   quad_class, goldstein
    NumMentions, NumSources, NumArticles
                                from the event's story (stories table); 1, 1, 1 before stories are built
    ActionGeo_*                 the event location: Type 1 country, 2 US state, 3 US city, 4 world city, 5 world
                                state (from location_precision); FullName <- name; CountryCode <- country (ISO
                                alpha-3, where GDELT uses FIPS 10-4); ADM1Code <- admin1; Lat, Long; FeatureID <-
                                geonames_id
    SOURCEURL                   the article's URL

Left empty because we do not produce them: Actor EthnicCode and Religion codes, AvgTone, Actor1Geo_* and
Actor2Geo_* (we place the event, not each actor), ADM2Code, and DATEADDED (we keep no ingest time, so that a
re-run yields the same database).
"""

from __future__ import annotations

import csv
import sys
from datetime import date
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

import duckdb

from eventscope.store import TABLES, EventFilter, event_json_lines

__all__ = ["GDELT_COLUMNS", "cell", "export_events"]

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


def _actor_sql(role: str, n: int) -> str:
    """GDELT Actor{n} columns from the first actor of a role (event_actors position 0)."""
    alias = f"a{n}"
    return f"""
        {alias}.code AS Actor{n}Code, {alias}.name AS Actor{n}Name,
        CASE WHEN {alias}.country IN ('IGO', 'NGO', 'MNC') THEN NULL ELSE {alias}.country END AS Actor{n}CountryCode,
        CASE WHEN {alias}.country IN ('IGO', 'NGO', 'MNC') THEN {alias}.country END AS Actor{n}KnownGroupCode,
        NULL AS Actor{n}EthnicCode, NULL AS Actor{n}Religion1Code, NULL AS Actor{n}Religion2Code,
        {alias}.sectors[1] AS Actor{n}Type1Code, {alias}.sectors[2] AS Actor{n}Type2Code,
        {alias}.sectors[3] AS Actor{n}Type3Code"""


def _gdelt_sql(where: str) -> str:
    empty_geo = ", ".join(f"NULL AS Actor{n}Geo_{p}" for n in (1, 2) for p in _GEO_PARTS)
    return f"""
        WITH story_of AS (
            SELECT unnest(event_ids) AS event_id, num_mentions, num_sources, num_articles FROM stories
        )
        SELECT
            e.id AS GLOBALEVENTID,
            CAST(strftime(e.date, '%Y%m%d') AS INTEGER) AS SQLDATE,
            CAST(strftime(e.date, '%Y%m') AS INTEGER) AS MonthYear,
            year(e.date) AS Year,
            round(year(e.date) + (dayofyear(e.date) - 1) / 365.0, 4) AS FractionDate,
            {_actor_sql("source", 1)},
            {_actor_sql("target", 2)},
            CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END AS IsRootEvent,
            e.cameo AS EventCode, left(e.cameo, 3) AS EventBaseCode, e.cameo_root AS EventRootCode,
            e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale,
            coalesce(s.num_mentions, 1) AS NumMentions, coalesce(s.num_sources, 1) AS NumSources,
            coalesce(s.num_articles, 1) AS NumArticles, NULL AS AvgTone,
            {empty_geo},
            CASE
                WHEN e.location_precision = 'country' THEN 1
                WHEN e.location_precision = 'admin1' THEN CASE WHEN e.location_country = 'USA' THEN 2 ELSE 5 END
                WHEN e.location_precision = 'city' THEN CASE WHEN e.location_country = 'USA' THEN 3 ELSE 4 END
                WHEN e.location_name IS NOT NULL THEN 0
            END AS ActionGeo_Type,
            e.location_name AS ActionGeo_FullName, e.location_country AS ActionGeo_CountryCode,
            e.location_admin1 AS ActionGeo_ADM1Code, NULL AS ActionGeo_ADM2Code,
            e.location_lat AS ActionGeo_Lat, e.location_lon AS ActionGeo_Long,
            e.location_geonames_id AS ActionGeo_FeatureID,
            NULL AS DATEADDED, art.url AS SOURCEURL
        FROM events e
        LEFT JOIN event_actors a1 ON a1.event_id = e.id AND a1.role = 'source' AND a1.position = 0
        LEFT JOIN event_actors a2 ON a2.event_id = e.id AND a2.role = 'target' AND a2.position = 0
        LEFT JOIN story_of s ON s.event_id = e.id
        LEFT JOIN articles art ON art.id = e.article_id
        WHERE {where}
        ORDER BY e.date NULLS LAST, e.id
    """


def cell(value: object) -> str:
    """One value as delimited text: lists joined with ';', None empty, dates ISO, floats short."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.10g}"  # short, without losing coordinates
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@contextmanager
def _open_text(output: str) -> Iterator[TextIO]:
    if output == "-":
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        yield handle


def _write_delimited(cursor: duckdb.DuckDBPyConnection, columns: list[str], out: TextIO, delimiter: str) -> int:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    while rows := cursor.fetchmany(2000):
        writer.writerows([cell(v) for v in row] for row in rows)
        count += len(rows)
    return count


def export_events(con: duckdb.DuckDBPyConnection, fmt: str, output: str, flt: EventFilter = EventFilter()) -> int:
    """Write the matching events to `output` ('-' for stdout) in the format; returns the event count."""
    where, params = flt.where("e")
    if fmt == "jsonl":
        count = 0
        with _open_text(output) as out:
            for line in event_json_lines(con, flt):
                out.write(line + "\n")
                count += 1
        return count
    if fmt == "gdelt":
        cursor = con.execute(_gdelt_sql(where), params)
        with _open_text(output) as out:
            return _write_delimited(cursor, list(GDELT_COLUMNS), out, "\t")
    columns = [c.name for c in TABLES["events"] if not (fmt == "csv" and c.name == "event_json")]
    quoted = ", ".join(f'e."{c}"' for c in columns)
    select = f"SELECT {quoted} FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id"
    if fmt == "csv":
        with _open_text(output) as out:
            return _write_delimited(con.execute(select, params), columns, out, ",")
    if fmt == "parquet":
        import pyarrow.parquet as pq

        reader = con.sql(select, params=params).to_arrow_reader(50_000)
        count = 0
        with pq.ParquetWriter(output, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                count += batch.num_rows
        return count
    raise ValueError(f"unknown export format {fmt!r}")

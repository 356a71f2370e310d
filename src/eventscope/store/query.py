"""The one reader of the store: every SELECT of the CLI, the web API, the pages and the exports is here.

Filtering goes through store.filters (EventFilter, the same filters for `eventscope query` and the API).
Every value reaches DuckDB as a bound parameter; the only SQL text built here comes from fixed whitelists
(sort keys, grouping levels, table and column names of the schema).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import duckdb
import pyarrow as pa

from eventscope.records import Event
from eventscope.store.filters import EventFilter, EventQuery, FilterError
from eventscope.store.schema import TABLES

__all__ = [
    "ACTOR_LEVELS",
    "ACTOR_SORTS",
    "ARTICLE_SORTS",
    "DYAD_SORTS",
    "EVENT_SORTS",
    "LOCATION_SORTS",
    "STORY_SORTS",
    "TREND_GROUPS",
    "TREND_INTERVALS",
    "Listing",
    "Page",
    "actor_event_counts",
    "actors",
    "article",
    "articles",
    "count_rows",
    "country_name",
    "country_profile",
    "country_totals",
    "dyads",
    "event",
    "event_json_lines",
    "export_batches",
    "export_cursor",
    "gdelt_source_rows",
    "events",
    "events_of_article",
    "existing_ids",
    "get_article",
    "known_country",
    "locations",
    "query_events",
    "query_stories",
    "read_events",
    "read_every_value",
    "rejects",
    "stats",
    "stories",
    "trends",
]

Row = dict[str, Any]


@dataclass(frozen=True)
class Listing:
    """One page of a list, with the number of all matching rows and the column names (for CSV headers)."""

    total: int
    columns: list[str]
    rows: list[Row] | Iterator[Row]  # an iterator for a streamed page (Page.stream)

# Events-table columns returned by lists: all but the stored contract JSON (served by /api/events/{id}).
EVENT_LIST_COLUMNS = tuple(c.name for c in TABLES["events"] if c.name != "event_json")
ARTICLE_LIST_COLUMNS = ("id", "title", "publisher", "published", "url", "language", "origin", "num_events")

EVENT_SORTS = {
    "date": "e.date", "goldstein": "e.goldstein", "confidence": "e.confidence", "plover": "e.plover",
    "cameo": "e.cameo", "quad_class": "e.quad_class", "modality": "e.modality", "source": "e.source_code",
    "target": "e.target_code", "location": "e.location_name",
}
STORY_SORTS = {
    "reports": "s.num_reports", "mentions": "s.num_mentions", "articles": "s.num_articles",
    "sources": "s.num_sources", "date": "s.date_start", "goldstein": "s.goldstein", "plover": "s.plover",
}
ARTICLE_SORTS = {"published": "published", "title": "title", "publisher": "publisher", "events": "num_events"}
ACTOR_SORTS = {"events": "events", "as_source": "as_source", "as_target": "as_target",
               "mean_goldstein": "mean_goldstein", "actor": "actor"}
DYAD_SORTS = {"count": "count", "goldstein_total": "goldstein_total", "mean_goldstein": "mean_goldstein",
              "cooperation": "cooperation", "conflict": "conflict"}
LOCATION_SORTS = {"count": "count", "mean_goldstein": "mean_goldstein", "name": "name"}

# How an actor is identified when events are grouped: its CAMEO-style code, its country, or its name.
ACTOR_LEVELS = ("code", "country", "name")


def _actor_key(level: str, prefix: str) -> str:
    if level not in ACTOR_LEVELS:
        raise FilterError(f"level must be one of {', '.join(ACTOR_LEVELS)}")
    return {
        "code": f"coalesce(nullif({prefix}code, ''), {prefix}country, {prefix}name)",
        "country": f"{prefix}country",
        "name": f"{prefix}name",
    }[level]


@dataclass(frozen=True)
class Page:
    """One page of a list: `sort` is a key of the list's whitelist, '-' first for descending."""

    limit: int = 50
    offset: int = 0
    sort: str = ""
    stream: bool = False  # rows fetched as they are read (CSV downloads: memory stays flat)

    def order_by(self, allowed: Mapping[str, str], default: str, tiebreak: str) -> str:
        sort = self.sort or default
        key = sort.lstrip("-")
        if key not in allowed:
            raise FilterError(f"sort must be one of {', '.join(sorted(allowed))} (prefix '-' for descending), not {sort!r}")
        direction = "DESC" if sort.startswith("-") else "ASC"
        return f"ORDER BY {allowed[key]} {direction} NULLS LAST, {tiebreak}"

    def limit_sql(self) -> tuple[str, list[object]]:
        return "LIMIT ? OFFSET ?", [self.limit, self.offset]


def _columns(cursor: duckdb.DuckDBPyConnection) -> list[str]:
    return [d[0] for d in cursor.description]


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[Row]:
    names = _columns(cursor)
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> tuple[Any, ...]:
    """The one row of an aggregate query (which always has one)."""
    row = con.execute(sql, list(params)).fetchone()
    assert row is not None, sql
    return row


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object]) -> int:
    return int(_one(con, f"SELECT count(*) FROM ({sql})", params)[0])


def _paged(con: duckdb.DuckDBPyConnection, sql: str, params: list[object], order: str, page: Page) -> Listing:
    total = _count(con, sql, params)
    limit_sql, limit_params = page.limit_sql()
    cursor = con.execute(f"{sql} {order} {limit_sql}", params + limit_params)
    columns = _columns(cursor)
    if page.stream:
        return Listing(total, columns, _stream_rows(cursor, columns))
    return Listing(total, columns, [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()])


def _stream_rows(cursor: duckdb.DuckDBPyConnection, columns: list[str]) -> Iterator[Row]:
    while rows := cursor.fetchmany(1000):
        for row in rows:
            yield dict(zip(columns, row, strict=True))


# ---------------------------------------------------------------------------------------------- events


def events(con: duckdb.DuckDBPyConnection, query: EventQuery, page: Page) -> Listing:
    where, params = query.where("e")
    columns = ", ".join(f'e."{c}"' for c in EVENT_LIST_COLUMNS)
    sql = f"SELECT {columns} FROM events e WHERE {where}"
    return _paged(con, sql, params, page.order_by(EVENT_SORTS, "-date", "e.id"), page)


def article_summary(con: duckdb.DuckDBPyConnection, article_id: str, with_text: bool = False) -> Row | None:
    """An article's list columns (title, publisher, date, ...), with its clean text when asked; None if absent."""
    columns = ", ".join((*ARTICLE_LIST_COLUMNS, "text") if with_text else ARTICLE_LIST_COLUMNS)
    rows = _dicts(con.execute(f"SELECT {columns} FROM articles WHERE id = ?", [article_id]))
    return rows[0] if rows else None


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> Row | None:
    """One event as its contract record, with the article it comes from (text included) and its stories."""
    found = con.execute("SELECT event_json FROM events WHERE id = ?", [event_id]).fetchone()
    if not found:
        return None
    record = json.loads(found[0])
    stories_of = _dicts(con.execute(
        "SELECT id, num_mentions, num_articles, num_sources FROM stories WHERE list_contains(event_ids, ?)", [event_id]))
    return {"event": record, "article": article_summary(con, record["article_id"], with_text=True), "stories": stories_of}


# ---------------------------------------------------------------------------------------------- articles


def articles(con: duckdb.DuckDBPyConnection, page: Page, publisher: str | None = None) -> Listing:
    sql = f"SELECT {', '.join(ARTICLE_LIST_COLUMNS)} FROM articles WHERE (? IS NULL OR publisher = ?)"
    return _paged(con, sql, [publisher, publisher], page.order_by(ARTICLE_SORTS, "-published", "id"), page)


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> Row | None:
    """An article with its clean text and all its events as contract records, in text order."""
    found = article_summary(con, article_id, with_text=True)
    if found is None:
        return None
    rows = con.execute(
        "SELECT event_json FROM events WHERE article_id = ? ORDER BY evidence_start, trigger_start, id", [article_id]
    ).fetchall()
    found["events"] = [json.loads(text) for (text,) in rows]
    return found


# ---------------------------------------------------------------------------------------------- stories


def stories(con: duckdb.DuckDBPyConnection, flt: EventFilter, page: Page) -> Listing:
    where, params = flt.where("s", stories=True)
    return _paged(con, f"SELECT s.* FROM stories s WHERE {where}", params,
                  page.order_by(STORY_SORTS, "-reports", "s.id"), page)


# ---------------------------------------------------------------------------------------------- aggregates


def actors(con: duckdb.DuckDBPyConnection, query: EventQuery, page: Page, level: str = "code") -> Listing:
    """Actors taking part in matching events (as source or target), with counts and mean Goldstein."""
    key = _actor_key(level, "a.")
    where, params = query.where("e")
    sql = (
        f"SELECT {key} AS actor, mode(a.name) AS name, mode(a.country) AS country, mode(a.kind) AS kind, "
        "count(DISTINCT a.event_id) AS events, "
        "count(DISTINCT a.event_id) FILTER (WHERE a.role = 'source') AS as_source, "
        "count(DISTINCT a.event_id) FILTER (WHERE a.role = 'target') AS as_target, "
        "round(avg(e.goldstein), 3) AS mean_goldstein "
        "FROM event_actors a JOIN events e ON e.id = a.event_id "
        f"WHERE a.role IN ('source', 'target') AND {key} IS NOT NULL AND {where} GROUP BY actor"
    )
    return _paged(con, f"SELECT * FROM ({sql})", params, page.order_by(ACTOR_SORTS, "-events", "actor"), page)


def dyads(con: duckdb.DuckDBPyConnection, query: EventQuery, page: Page, level: str = "code") -> Listing:
    """Directed source -> target pairs (each event's lead actors, as GDELT's Actor1/Actor2) with weights."""
    source_key, target_key = _actor_key(level, "e.source_"), _actor_key(level, "e.target_")
    where, params = query.where("e")
    sql = (
        f"SELECT {source_key} AS source, {target_key} AS target, mode(e.source_name) AS source_name, "
        "mode(e.target_name) AS target_name, count(*) AS count, round(sum(e.goldstein), 3) AS goldstein_total, "
        "round(avg(e.goldstein), 3) AS mean_goldstein, count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation, "
        "count(*) FILTER (WHERE e.quad_class >= 3) AS conflict "
        f"FROM events e WHERE {source_key} IS NOT NULL AND {target_key} IS NOT NULL AND {where} "
        "GROUP BY source, target"
    )
    return _paged(con, f"SELECT * FROM ({sql})", params,
                  page.order_by(DYAD_SORTS, "-count", "source, target"), page)


def locations(con: duckdb.DuckDBPyConnection, query: EventQuery, page: Page) -> Listing:
    """Places with coordinates where matching events happened."""
    where, params = query.where("e")
    sql = (
        "SELECT e.location_name AS name, e.location_country AS country, round(avg(e.location_lat), 4) AS lat, "
        "round(avg(e.location_lon), 4) AS lon, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein, "
        "count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation, "
        "count(*) FILTER (WHERE e.quad_class >= 3) AS conflict, mode(e.plover) AS top_plover "
        f"FROM events e WHERE e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL AND {where} "
        "GROUP BY e.location_name, e.location_country"
    )
    return _paged(con, f"SELECT * FROM ({sql})", params, page.order_by(LOCATION_SORTS, "-count", "name"), page)


def rejects(con: duckdb.DuckDBPyConnection, page: Page, reason: str | None = None) -> Listing:
    sql = "SELECT origin, reason, detail FROM rejects WHERE (? IS NULL OR reason = ?)"
    return _paged(con, sql, [reason, reason], page.order_by({"origin": "origin", "reason": "reason"}, "origin", "id"), page)


def _tally(con: duckdb.DuckDBPyConnection, sql: str) -> dict[str, int]:
    return {str(key): int(count) for key, count in con.execute(sql).fetchall()}


def stats(con: duckdb.DuckDBPyConnection) -> Row:
    """Row counts, the date range and how events divide by QuadClass, PLOVER type and modality."""
    first, last = _one(con, "SELECT min(date), max(date) FROM events")
    return {
        "counts": count_rows(con),
        "date_min": first,
        "date_max": last,
        "quad_class": _tally(con, "SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1"),
        "plover": _tally(con, "SELECT coalesce(plover, '-'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "modality": _tally(con, "SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "reject_reasons": _tally(con, "SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1"),
    }


# ---------------------------------------------------------------------------------------------- store-wide reads


def query_events(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter(), columns: Sequence[str] | None = None) -> pa.Table:
    """Events matching the filter, ordered by date then id, as an Arrow table of events-table columns."""
    where, params = flt.where("e")
    selected = ", ".join(f'e."{c}"' for c in columns) if columns else "e.*"
    sql = f"SELECT {selected} FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id{flt.limit_sql()}"
    return con.sql(sql, params=params).to_arrow_table()


def read_events(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter()) -> Iterator[Event]:
    """Matching events as contract records (from the stored JSON), streamed in batches."""
    where, params = flt.where("e")
    sql = f"SELECT e.event_json FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id{flt.limit_sql()}"
    cursor = con.execute(sql, params)
    while rows := cursor.fetchmany(1000):
        for (text,) in rows:
            yield Event.model_validate_json(text)


def get_article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, object] | None:
    """One article row (without its MinHash), or None."""
    columns = [c.name for c in TABLES["articles"] if c.name != "minhash"]
    quoted = ", ".join(f'"{c}"' for c in columns)
    row = con.execute(f"SELECT {quoted} FROM articles WHERE id = ?", [article_id]).fetchone()
    return dict(zip(columns, row)) if row else None


def events_of_article(con: duckdb.DuckDBPyConnection, article_id: str) -> list[Event]:
    rows = con.execute(
        "SELECT event_json FROM events WHERE article_id = ? ORDER BY sentence_index, trigger_start, id", [article_id]
    ).fetchall()
    return [Event.model_validate_json(text) for (text,) in rows]


def query_stories(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter()) -> pa.Table:
    """Stories matching the filter (actor filters on the story's lead source/target), most reported first."""
    where, params = flt.where("s", stories=True)
    sql = (
        f"SELECT s.* FROM stories s WHERE {where} "
        f"ORDER BY s.num_reports DESC, s.num_mentions DESC, s.date_start NULLS LAST, s.id{flt.limit_sql()}"
    )
    return con.sql(sql, params=params).to_arrow_table()


TREND_INTERVALS = ("day", "week", "month")
TREND_GROUPS = ("none", "dyad", "quad_class", "plover")


def trends(
    con: duckdb.DuckDBPyConnection,
    interval: str = "month",
    group_by: str = "none",
    flt: EventFilter = EventFilter(),
    unit: str = "events",
) -> pa.Table:
    """Counts and mean Goldstein per period (and group). unit='stories' counts each story once."""
    if interval not in TREND_INTERVALS:
        raise ValueError(f"interval must be one of {TREND_INTERVALS}")
    if group_by not in TREND_GROUPS:
        raise ValueError(f"group_by must be one of {TREND_GROUPS}")
    stories = unit == "stories"
    alias, table, date_column = ("s", "stories", "date_start") if stories else ("e", "events", "date")
    group_expr = {
        "none": None,
        "dyad": f"coalesce({alias}.source_country, {alias}.source_code, '?') || ':' || "
        f"coalesce({alias}.target_country, {alias}.target_code, '?')",
        "quad_class": f"CAST({alias}.quad_class AS VARCHAR)",
        "plover": f"coalesce({alias}.plover, '-')",
    }[group_by]
    where, params = flt.where(alias, stories=stories)
    group_select = f", {group_expr} AS {group_by}" if group_expr else ""
    group_clause = f", {group_by}" if group_expr else ""
    sql = (
        f"SELECT CAST(date_trunc('{interval}', {alias}.{date_column}) AS DATE) AS period{group_select}, "
        f"count(*) AS count, round(avg({alias}.goldstein), 3) AS mean_goldstein "
        f"FROM {table} {alias} WHERE {where} AND {alias}.{date_column} IS NOT NULL "
        f"GROUP BY period{group_clause} ORDER BY period{group_clause}"
    )
    return con.sql(sql, params=params).to_arrow_table()


def event_json_lines(con: duckdb.DuckDBPyConnection, flt: EventFilter = EventFilter()) -> Iterator[str]:
    """Matching events as contract JSON lines, without re-validating (fast export path)."""
    where, params = flt.where("e")
    cursor = con.execute(
        f"SELECT e.event_json FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id{flt.limit_sql()}", params)
    while rows := cursor.fetchmany(1000):
        for (text,) in rows:
            yield text


def existing_ids(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    """Ids already stored (articles or rejects): a resumed or repeated run skips them before coding."""
    return {row[0] for row in con.execute(f"SELECT id FROM {table}").fetchall()}


def count_rows(con: duckdb.DuckDBPyConnection, tables: Iterable[str] = TABLES) -> dict[str, int]:
    """Rows per table (every table of the store, or `tables`), read from the tables' metadata: a count reads
    none of their data blocks (read_every_value does)."""
    return {table: int(_one(con, f'SELECT count(*) FROM "{table}"')[0]) for table in tables}


def read_every_value(con: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> None:
    """Hash every value of `tables`, which loads each of their data blocks: DuckDB checks a block's checksum
    when it loads it, so a block damaged on disk (or a torn copy) raises duckdb.Error here, not in a later query.
    Nothing leaves DuckDB, so this costs about one scan (0.2 s for half a million events)."""
    for table in tables:
        con.execute(f'SELECT max(hash(COLUMNS(*))) FROM "{table}"').fetchall()


def table_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The tables the database has (a file without the store's schema lacks some)."""
    return {str(row[0]) for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


# ---------------------------------------------------------------------------------------------- exports


def _export_select(flt: EventFilter, columns: Sequence[str] | None, stories: bool) -> tuple[str, list[object]]:
    where, params = flt.where("e")
    if stories:  # a story is exported when its first report matches
        quoted = ", ".join(f's."{c}"' for c in (columns or [c.name for c in TABLES["stories"]]))
        return (f"SELECT {quoted} FROM stories s JOIN events e ON e.id = s.event_ids[1] WHERE {where} "
                "ORDER BY s.date_start NULLS LAST, s.id"), params
    quoted = ", ".join(f'e."{c}"' for c in (columns or [c.name for c in TABLES["events"]]))
    return f"SELECT {quoted} FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id", params


def export_cursor(con: duckdb.DuckDBPyConnection, flt: EventFilter, columns: Sequence[str] | None = None, *,
                  stories: bool = False) -> duckdb.DuckDBPyConnection:
    """A cursor over the matching events' (or stories') columns, in export order: date, then id."""
    sql, params = _export_select(flt, columns, stories)
    return con.execute(sql, params)


def export_batches(con: duckdb.DuckDBPyConnection, flt: EventFilter, columns: Sequence[str] | None = None, *,
                   stories: bool = False, rows_per_batch: int = 50_000) -> pa.RecordBatchReader:
    """The same rows as export_cursor as a stream of Arrow batches (Parquet export)."""
    sql, params = _export_select(flt, columns, stories)
    return con.sql(sql, params=params).to_arrow_reader(rows_per_batch)


# ---------------------------------------------------------------------------------------------- GDELT


_GDELT_COLUMNS = """
    e.id, e.date, e.sentence_index, e.cameo, e.cameo_root, e.quad_class, e.goldstein,
    a1.code AS a1_code, a1.name AS a1_name, a1.country AS a1_country, a1.sectors AS a1_sectors,
    a2.code AS a2_code, a2.name AS a2_name, a2.country AS a2_country, a2.sectors AS a2_sectors,
    e.location_name, e.location_country, e.location_admin1, e.location_precision, e.location_lat, e.location_lon,
    e.location_geonames_id, art.published, art.url, art.publisher"""
_GDELT_JOINS = """
    LEFT JOIN event_actors a1 ON a1.event_id = e.id AND a1.role = 'source' AND a1.position = 0
    LEFT JOIN event_actors a2 ON a2.event_id = e.id AND a2.role = 'target' AND a2.position = 0
    LEFT JOIN articles art ON art.id = e.article_id"""


def gdelt_source_rows(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, stories: bool = False) -> Iterator[Row]:
    """What a GDELT row is made of (the event, its lead actors, place and article), per event or per story (the
    story's first report), in file order; eventscope.gdelt turns each into GDELT's 61 columns."""
    where, params = flt.where("e")
    if stories:
        sql = f"""
            SELECT {_GDELT_COLUMNS}, s.id AS story_id, s.date_start, s.num_mentions, s.num_sources, s.num_articles
            FROM stories s JOIN events e ON e.id = s.event_ids[1] {_GDELT_JOINS}
            WHERE {where} ORDER BY s.date_start NULLS LAST, s.id"""
    else:
        sql = f"SELECT {_GDELT_COLUMNS} FROM events e {_GDELT_JOINS} WHERE {where} ORDER BY e.date NULLS LAST, e.id"
    cursor = con.execute(sql, params)
    names = _columns(cursor)
    while batch := cursor.fetchmany(2000):
        for values in batch:
            yield dict(zip(names, values, strict=True))


# ---------------------------------------------------------------------------------------------- countries
# A country takes part in an event as the lead source's or lead target's country (events.source_country,
# events.target_country); an event happens in a country when its place is there (events.location_country).


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
    rows = _dicts(con.execute(f"""
        SELECT iso3, count(*) AS count, round(avg(goldstein), 3) AS mean_goldstein,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation, count(*) FILTER (WHERE quad_class >= 3) AS conflict
        FROM ({keyed}) WHERE iso3 IS NOT NULL AND length(iso3) = 3 AND iso3 NOT IN ('IGO', 'NGO', 'MNC', 'UNK')
        GROUP BY iso3 ORDER BY count DESC, iso3""", all_params))
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
    periods = _dicts(con.execute(f"""
        SELECT CAST(date_trunc('{interval}', e.date) AS DATE) AS period,
               count(*) FILTER (WHERE e.source_country = ?) AS by_country,
               count(*) FILTER (WHERE e.target_country = ?) AS against_country,
               count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE e.quad_class >= 3) AS conflict,
               round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE e.date IS NOT NULL AND {involved} GROUP BY period ORDER BY period""", [iso3, iso3, *p]))
    partners_out = _dicts(con.execute(f"""
        SELECT e.target_country AS iso3, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE e.source_country = ? AND e.target_country IS NOT NULL AND e.target_country <> ?
          AND {where} GROUP BY 1 ORDER BY count DESC, iso3 LIMIT 10""", [iso3, iso3, *params]))
    partners_in = _dicts(con.execute(f"""
        SELECT e.source_country AS iso3, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE e.target_country = ? AND e.source_country IS NOT NULL AND e.source_country <> ?
          AND {where} GROUP BY 1 ORDER BY count DESC, iso3 LIMIT 10""", [iso3, iso3, *params]))
    for row in (*partners_out, *partners_in):
        row["name"] = country_name(row["iso3"]) or row["iso3"]
    types = _dicts(con.execute(f"""
        SELECT coalesce(e.plover, 'statement') AS plover, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE {involved} GROUP BY 1 ORDER BY count DESC, plover LIMIT 12""", p))
    swhere, sparams = flt.where("s", stories=True)
    stories = _dicts(con.execute(f"""
        SELECT s.id, s.date_start, s.date_end, s.date_start_precision, s.date_end_precision, s.plover, s.cameo, s.modality, s.source_code, s.source_country,
               s.target_code, s.target_country, s.location_name, s.num_reports, s.num_sources
        FROM stories s WHERE (s.source_country = ? OR s.target_country = ?) AND {swhere}
          AND (s.date_start IS NULL OR s.date_start <= current_date)
        ORDER BY s.date_start DESC NULLS LAST, s.num_reports DESC, s.id LIMIT 15""", [iso3, iso3, *sparams]))
    places = _dicts(con.execute(f"""
        SELECT e.location_name AS name, e.location_country AS country, round(avg(e.location_lat), 4) AS lat,
               round(avg(e.location_lon), 4) AS lon, count(*) AS count, round(avg(e.goldstein), 3) AS mean_goldstein
        FROM events e WHERE e.location_lat IS NOT NULL AND {involved}
        GROUP BY 1, 2 ORDER BY count DESC, name LIMIT 500""", p))
    total = _one(con, f"SELECT count(*), round(avg(e.goldstein), 3) FROM events e WHERE {involved}", p)
    return {
        "iso3": iso3, "name": country_name(iso3) or iso3, "events": int(total[0]), "mean_goldstein": total[1],
        "interval": interval, "periods": periods, "partners_as_source": partners_out,
        "partners_as_target": partners_in, "event_types": types, "stories": stories, "places": places,
    }


@cache
def _country_names() -> dict[str, str]:
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names["XKX"] = "Kosovo"
    return names


def country_name(iso3: str | None) -> str | None:
    """A country's short English name from its ISO alpha-3 code."""
    return _country_names().get(iso3.upper()) if iso3 else None


def known_country(iso3: str) -> bool:
    """Whether `iso3` is an ISO 3166 alpha-3 code (or XKX, Kosovo)."""
    return iso3.upper() in _country_names()


def actor_event_counts(con: duckdb.DuckDBPyConnection, codes: Sequence[str], flt: EventFilter) -> dict[str, int]:
    """How many matching events each actor code takes part in (as source or target)."""
    if not codes:
        return {}
    where, params = flt.where("e")
    placeholders = ", ".join("?" for _ in codes)
    rows = con.execute(
        f"SELECT a.code, count(DISTINCT a.event_id) FROM event_actors a JOIN events e ON e.id = a.event_id "
        f"WHERE a.role IN ('source', 'target') AND a.code IN ({placeholders}) AND {where} GROUP BY a.code",
        [*codes, *params]).fetchall()
    return {code: int(count) for code, count in rows}

"""The read queries behind the API that the store does not offer: pagination, sorting, aggregates.

Filtering reuses store.EventFilter (the same filters as `eventscope query`). Every value reaches DuckDB as
a bound parameter; the only SQL text built here comes from fixed whitelists (sort keys, grouping levels).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from eventscope import store
from eventscope.store import EventFilter

__all__ = [
    "ACTOR_LEVELS",
    "ACTOR_SORTS",
    "ARTICLE_SORTS",
    "DYAD_SORTS",
    "EVENT_SORTS",
    "LOCATION_SORTS",
    "STORY_SORTS",
    "EventQuery",
    "Listing",
    "Page",
    "actors",
    "article",
    "articles",
    "dyads",
    "event",
    "events",
    "locations",
    "rejects",
    "stats",
    "stories",
]

Row = dict[str, Any]


@dataclass(frozen=True)
class Listing:
    """One page of a list, with the number of all matching rows and the column names (for CSV headers)."""

    total: int
    columns: list[str]
    rows: list[Row]

# Events-table columns returned by lists: all but the stored contract JSON (served by /api/events/{id}).
EVENT_LIST_COLUMNS = tuple(c.name for c in store.TABLES["events"] if c.name != "event_json")
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
        raise ValueError(f"level must be one of {', '.join(ACTOR_LEVELS)}")
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

    def order_by(self, allowed: Mapping[str, str], default: str, tiebreak: str) -> str:
        sort = self.sort or default
        key = sort.lstrip("-")
        if key not in allowed:
            raise ValueError(f"sort must be one of {', '.join(sorted(allowed))} (prefix '-' for descending), not {sort!r}")
        direction = "DESC" if sort.startswith("-") else "ASC"
        return f"ORDER BY {allowed[key]} {direction} NULLS LAST, {tiebreak}"

    def limit_sql(self) -> tuple[str, list[object]]:
        return "LIMIT ? OFFSET ?", [self.limit, self.offset]


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class EventQuery:
    """The `eventscope query` filters plus what a browser needs: one article, words, a place, a story."""

    filter: EventFilter = field(default_factory=EventFilter)
    article_id: str | None = None
    text: str | None = None
    location_country: str | None = None
    story_id: str | None = None

    def where(self, alias: str = "e") -> tuple[str, list[object]]:
        sql, params = self.filter.where(alias)
        clauses, params = [sql], list(params)
        if self.article_id:
            clauses.append(f"{alias}.article_id = ?")
            params.append(self.article_id)
        if self.text:
            clauses.append(f"{alias}.evidence_text ILIKE ? ESCAPE '\\'")
            params.append(_like_pattern(self.text))
        if self.location_country:
            clauses.append(f"{alias}.location_country = ?")
            params.append(self.location_country.upper())
        if self.story_id:
            clauses.append(f"list_contains((SELECT event_ids FROM stories WHERE id = ?), {alias}.id)")
            params.append(self.story_id)
        return " AND ".join(clauses), params


def _columns(cursor: duckdb.DuckDBPyConnection) -> list[str]:
    return [d[0] for d in cursor.description]


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[Row]:
    names = _columns(cursor)
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object]) -> int:
    return int(con.execute(f"SELECT count(*) FROM ({sql})", list(params)).fetchone()[0])


def _paged(con: duckdb.DuckDBPyConnection, sql: str, params: list[object], order: str, page: Page) -> Listing:
    total = _count(con, sql, params)
    limit_sql, limit_params = page.limit_sql()
    cursor = con.execute(f"{sql} {order} {limit_sql}", params + limit_params)
    columns = _columns(cursor)
    return Listing(total, columns, [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()])


# ---------------------------------------------------------------------------------------------- events


def events(con: duckdb.DuckDBPyConnection, query: EventQuery, page: Page) -> Listing:
    where, params = query.where("e")
    columns = ", ".join(f'e."{c}"' for c in EVENT_LIST_COLUMNS)
    sql = f"SELECT {columns} FROM events e WHERE {where}"
    return _paged(con, sql, params, page.order_by(EVENT_SORTS, "-date", "e.id"), page)


def _article_summary(con: duckdb.DuckDBPyConnection, article_id: str, with_text: bool) -> Row | None:
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
    return {"event": record, "article": _article_summary(con, record["article_id"], with_text=True), "stories": stories_of}


# ---------------------------------------------------------------------------------------------- articles


def articles(con: duckdb.DuckDBPyConnection, page: Page, publisher: str | None = None) -> Listing:
    sql = f"SELECT {', '.join(ARTICLE_LIST_COLUMNS)} FROM articles WHERE (? IS NULL OR publisher = ?)"
    return _paged(con, sql, [publisher, publisher], page.order_by(ARTICLE_SORTS, "-published", "id"), page)


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> Row | None:
    """An article with its clean text and all its events as contract records, in text order."""
    found = _article_summary(con, article_id, with_text=True)
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
    first, last = con.execute("SELECT min(date), max(date) FROM events").fetchone()
    return {
        "counts": store.count_rows(con),
        "date_min": first,
        "date_max": last,
        "quad_class": _tally(con, "SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1"),
        "plover": _tally(con, "SELECT coalesce(plover, '-'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "modality": _tally(con, "SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "reject_reasons": _tally(con, "SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1"),
    }

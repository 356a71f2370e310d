"""The API's response bodies as pydantic models, so the OpenAPI document types every route.

Rows that are table rows (events, articles, stories) are built from the store's one table definition
(store/schema.py), so a new column shows up here without a second list. Every value a query can leave empty
is optional. Fields a route adds only sometimes (the events list's `hint`, a trend's group) default to None and
the routes leave out what they did not set (`response_model_exclude_unset`), so the JSON is what the query gave.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, create_model

from eventscope.records import Event
from eventscope.store.query import ARTICLE_LIST_COLUMNS, EVENT_LIST_COLUMNS
from eventscope.store.schema import TABLES, Column

__all__ = [
    "ActorMatchRow", "ActorRow", "ArticleDetail", "ArticleList", "ArticleRow", "CountryList", "CountryProfile", "DyadRow",
    "EventDetail", "EventListing", "EventRow", "ListBody", "LocationRow", "RejectRow", "Stats", "StoryList", "StoryRow",
    "TrendTable", "WorldStatus",
]

_SQL_TYPES: dict[str, Any] = {"VARCHAR": str, "JSON": str, "DATE": date, "DOUBLE": float, "INTEGER": int,
                              "TINYINT": int, "BIGINT": int, "VARCHAR[]": list[str]}


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _table_row(name: str, table: str, columns: tuple[str, ...] | None = None) -> type[_Row]:
    """A row model of the store table's columns (all of them, or `columns` in that order), each optional."""
    by_name: dict[str, Column] = {c.name: c for c in TABLES[table]}
    fields: dict[str, Any] = {}
    for column in columns or tuple(by_name):
        kind = _SQL_TYPES[by_name[column].sql.split()[0]]
        fields[column] = (kind | None, None)
    return create_model(name, __base__=_Row, __module__=__name__, **fields)


EventRow = _table_row("EventRow", "events", EVENT_LIST_COLUMNS)
ArticleRow = _table_row("ArticleRow", "articles", ARTICLE_LIST_COLUMNS)
StoryRow = _table_row("StoryRow", "stories")

RowT = TypeVar("RowT", bound=BaseModel)


class ListBody(BaseModel, Generic[RowT]):
    """One page of a list: `total` rows match, `items` are those from `offset` on, at most `limit`."""

    total: int
    limit: int
    offset: int
    items: list[RowT]


# The table rows are built at import time, so mypy cannot take them as types (hence the ignores).
ArticleList = ListBody[ArticleRow]  # type: ignore[valid-type]
StoryList = ListBody[StoryRow]  # type: ignore[valid-type]


class EventListing(ListBody[EventRow]):  # type: ignore[valid-type]
    hint: str | None = None  # with no match for an actor name: the codes it may have meant


class ActorRow(_Row):
    actor: str
    name: str | None = None
    country: str | None = None
    kind: str | None = None
    events: int
    as_source: int
    as_target: int
    mean_goldstein: float | None = None


class ActorMatchRow(_Row):
    """An actor found by name (`q`): its code, what matched, and its events in the database."""

    code: str
    name: str
    kind: str
    country: str | None = None
    matched: str
    detail: str
    events: int


class DyadRow(_Row):
    source: str
    target: str
    source_name: str | None = None
    target_name: str | None = None
    count: int
    goldstein_total: float | None = None
    mean_goldstein: float | None = None
    cooperation: int
    conflict: int


class LocationRow(_Row):
    name: str | None = None
    country: str | None = None
    lat: float
    lon: float
    count: int
    mean_goldstein: float | None = None
    cooperation: int
    conflict: int
    top_plover: str | None = None


class RejectRow(_Row):
    origin: str
    reason: str
    detail: str | None = None


class EventStory(_Row):
    """A story an event belongs to, with its counts."""

    id: str
    num_mentions: int | None = None
    num_articles: int | None = None
    num_sources: int | None = None


class ArticleDetail(ArticleRow):  # type: ignore[valid-type, misc]
    text: str | None = None
    events: list[Event] | None = None  # in text order (GET /api/articles/{id}); absent under an event


class EventDetail(BaseModel):
    event: Event
    article: ArticleDetail | None
    stories: list[EventStory]


class TrendRow(_Row):
    period: date
    dyad: str | None = None  # the group, when grouped (group_by)
    quad_class: str | None = None
    plover: str | None = None
    count: int
    mean_goldstein: float | None = None


class TrendTable(BaseModel):
    interval: str
    group_by: str
    unit: str
    items: list[TrendRow]


class Stats(BaseModel):
    counts: dict[str, int]
    date_min: date | None
    date_max: date | None
    quad_class: dict[str, int]
    plover: dict[str, int]
    modality: dict[str, int]
    reject_reasons: dict[str, int]
    database: str
    snapshot_checked_seconds_ago: float | None


class CountryRow(_Row):
    iso3: str
    count: int
    mean_goldstein: float | None = None
    cooperation: int
    conflict: int
    name: str


class CountryList(BaseModel):
    by: str
    items: list[CountryRow]


class CountryPeriod(_Row):
    period: date
    by_country: int
    against_country: int
    cooperation: int
    conflict: int
    mean_goldstein: float | None = None


class Partner(_Row):
    iso3: str
    count: int
    mean_goldstein: float | None = None
    name: str


class EventTypeCount(_Row):
    plover: str
    count: int
    mean_goldstein: float | None = None


class CountryStory(_Row):
    id: str
    date_start: date | None = None
    date_end: date | None = None
    date_start_precision: str | None = None  # day | month | year
    date_end_precision: str | None = None
    plover: str | None = None
    cameo: str | None = None
    modality: str | None = None
    source_code: str | None = None
    source_country: str | None = None
    target_code: str | None = None
    target_country: str | None = None
    location_name: str | None = None
    num_reports: int | None = None
    num_sources: int | None = None


class CountryPlace(_Row):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    count: int
    mean_goldstein: float | None = None


class CountryProfile(BaseModel):
    iso3: str
    name: str
    events: int
    mean_goldstein: float | None
    interval: str
    periods: list[CountryPeriod]
    partners_as_source: list[Partner]
    partners_as_target: list[Partner]
    event_types: list[EventTypeCount]
    stories: list[CountryStory]
    places: list[CountryPlace]


class WorldStatus(BaseModel):
    available: bool
    detail: str | None

"""The JSON API (documented at /docs): every list also as CSV with ?format=csv.

Parameters are checked before any query runs: a bad one answers 422 (wrong type or shape, from FastAPI)
or 400 (a value the query cannot use, e.g. an unknown sort key, or a parameter the endpoint does not take),
each with a message; never a 500.
"""

from __future__ import annotations

import csv
import io
import logging
import threading
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.responses import Response, StreamingResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from eventscope.records import CodedArticle
from eventscope.spreadsheet import text_cell
from eventscope.store import query as queries
from eventscope.store.filters import EventFilter, EventQuery, FilterError
from eventscope.store.query import Listing, Page
from eventscope.web.db import SnapshotReader
from eventscope.web.models import (
    ActorMatchRow,
    ActorRow,
    ArticleDetail,
    ArticleList,
    CountryList,
    CountryProfile,
    DyadRow,
    EventDetail,
    EventListing,
    ListBody,
    LocationRow,
    RejectRow,
    Stats,
    StoryList,
    TrendTable,
)

if TYPE_CHECKING:
    from eventscope.actors import ActorDictionary
    from eventscope.pipeline import Coder
    from eventscope.settings import Settings

__all__ = ["CoderHolder", "router"]

log = logging.getLogger(__name__)


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def known_parameters(request: Request) -> None:
    """A query parameter the endpoint does not take is a 400 naming it and those it takes: a misspelt filter
    (`?actr=RUS`, or `?by=week` where trends take `interval`) must not quietly answer with every event."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    allowed = _query_names(route.dependant)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        takes = f"takes {', '.join(sorted(allowed))}" if allowed else "takes no query parameter"
        raise HTTPException(400, f"unknown query parameter {unknown[0]!r}: {request.url.path} {takes}")


router = APIRouter(prefix="/api", dependencies=[Depends(known_parameters)])

Format = Literal["json", "csv"]
ACTOR_CODE = r"^[A-Za-z0-9]{2,32}$"
DEFAULT_JSON_LIMIT = 50
MAX_LIMIT = 100_000
MAX_OFFSET = 1_000_000_000  # DuckDB's OFFSET is a 64-bit integer: larger values must be a 422, not a 500


def connection(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for one request (see db.SnapshotReader)."""
    reader: SnapshotReader = request.app.state.reader
    with reader.connect() as con:
        yield con


Connection = Annotated[duckdb.DuckDBPyConnection, Depends(connection)]


# ---------------------------------------------------------------------------------------------- parameters


def event_filter(
    actor: Annotated[str | None, Query(max_length=64, description="actor as source or target: a country (RUS) or code prefix (RUSGOV)")] = None,
    dyad: Annotated[str | None, Query(max_length=80, description="SOURCE:TARGET, e.g. RUS:CHN")] = None,
    plover: Annotated[str | None, Query(max_length=64, description="PLOVER event type, e.g. CONSULT")] = None,
    cameo_root: Annotated[str | None, Query(max_length=8, description="two-digit CAMEO root, e.g. 04")] = None,
    quad_class: Annotated[int | None, Query(description="1 verbal / 2 material cooperation, 3 verbal / 4 material conflict")] = None,
    since: Annotated[str | None, Query(max_length=32, description="first event date, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=32, description="last event date, YYYY-MM-DD")] = None,
    modality: Annotated[str | None, Query(max_length=32, description="asserted (default: events reported as having happened) | negated | future | hypothetical | historical | any")] = None,
) -> EventFilter:
    """The filters of `eventscope query`, checked by EventFilter itself (the CLI gives the same message)."""
    try:
        return EventFilter.parse(actor=actor, dyad=dyad, plover=plover, cameo_root=cameo_root, quad_class=quad_class,
                                 since=since, until=until, modality=modality)
    except FilterError as error:
        raise HTTPException(400, str(error)) from None


Filter = Annotated[EventFilter, Depends(event_filter)]


def event_query(
    flt: Filter,
    article_id: Annotated[str | None, Query(max_length=128, description="only the events of this article")] = None,
    q: Annotated[str | None, Query(max_length=200, description="words the event's sentence contains")] = None,
    location_country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO alpha-3 country of the event's place")] = None,
    story_id: Annotated[str | None, Query(max_length=128, description="only the events (reports) of this story")] = None,
) -> EventQuery:
    return EventQuery(filter=flt, article_id=article_id, text=q or None, location_country=location_country,
                      story_id=story_id)


Events = Annotated[EventQuery, Depends(event_query)]


def page(
    format: Annotated[Format, Query(description="json, or csv for a spreadsheet")] = "json",
    limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (JSON default {DEFAULT_JSON_LIMIT}; CSV default all)")] = None,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")] = 0,
    sort: Annotated[str, Query(max_length=40, description="sort key, '-' first for descending (see each list)")] = "",
) -> Page:
    default = MAX_LIMIT if format == "csv" else DEFAULT_JSON_LIMIT
    return Page(limit=limit or default, offset=offset, sort=sort, stream=format == "csv")


Paging = Annotated[Page, Depends(page)]
FormatParam = Annotated[Format, Query(description="json, or csv for a spreadsheet")]
Level = Annotated[Literal["code", "country", "name"], Query(description="group actors by code, country or name")]


# ---------------------------------------------------------------------------------------------- output


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        value = ";".join("" if v is None else str(v) for v in value)
    return text_cell(value) if isinstance(value, str) else value


def csv_response(columns: list[str], rows: Iterable[dict[str, Any]], name: str) -> Response:
    """Rows as a CSV download, written and sent a thousand rows at a time."""

    def chunks() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for count, row in enumerate(rows, start=1):
            writer.writerow({key: _csv_cell(value) for key, value in row.items()})
            if count % 1000 == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(chunks(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def listing_response(listing: Listing, paging: Page, fmt: Format, name: str) -> Any:
    if fmt == "csv":
        return csv_response(listing.columns, listing.rows, name)
    return {"total": listing.total, "limit": paging.limit, "offset": paging.offset, "items": listing.rows}


# Every list answers JSON (its response model) or, with ?format=csv, a CSV download; unset optional fields of
# a model (the events list's hint, a trend's group) stay out of the JSON, as the query gave it.
CSV_TOO: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "JSON, or CSV with format=csv"}}
LIST: dict[str, Any] = {"responses": CSV_TOO, "response_model_exclude_unset": True}


def _sort_help(keys: dict[str, str]) -> str:
    return "Sort keys: " + ", ".join(sorted(keys)) + " ('-' first for descending)."


# ---------------------------------------------------------------------------------------------- lists


@router.get("/events", tags=["events"], summary="Events matching the filters", response_model=EventListing, **LIST,
            description="The filters of `eventscope query`, paginated. " + _sort_help(queries.EVENT_SORTS))
def list_events(con: Connection, query: Events, paging: Paging, request: Request, format: FormatParam = "json") -> Any:
    listing = queries.events(con, query, paging)
    body = listing_response(listing, paging, format, "events")
    names = [query.filter.actor] if query.filter.actor else list(query.filter.dyad or ())
    if format == "json" and listing.total == 0 and names:
        from eventscope.actors.search import actor_hint

        # "taliban" is not a code: AFGREBTAL is (or the code the server's own actor files give it)
        body["hint"] = actor_hint(_coder(request).dictionary(), names)
    return body


def no_article(article_id: str) -> HTTPException:
    """The 404 of an article id the database lacks (the API's and the article page's)."""
    return HTTPException(404, f"no article with id {article_id!r}")


def no_country(iso3: str) -> HTTPException:
    """The 404 of a code that is no known country (the API's and the country page's)."""
    return HTTPException(404, f"no country with ISO alpha-3 code {iso3.upper()!r}")


@router.get("/events/{event_id}", tags=["events"], summary="One event with its evidence and its article",
            response_model=EventDetail, response_model_exclude_unset=True)
def get_event(event_id: str, con: Connection) -> dict[str, Any]:
    found = queries.event(con, event_id)
    if found is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return found


@router.get("/articles", tags=["articles"], summary="Articles, newest first", response_model=ArticleList, **LIST,
            description=_sort_help(queries.ARTICLE_SORTS))
def list_articles(con: Connection, paging: Paging, format: FormatParam = "json",
                  publisher: Annotated[str | None, Query(max_length=200)] = None) -> Any:
    return listing_response(queries.articles(con, paging, publisher), paging, format, "articles")


@router.get("/articles/{article_id}", tags=["articles"], summary="One article: clean text and all its events",
            response_model=ArticleDetail, response_model_exclude_unset=True)
def get_article(article_id: str, con: Connection) -> dict[str, Any]:
    found = queries.article(con, article_id)
    if found is None:
        raise no_article(article_id)
    return found


@router.get("/stories", tags=["stories"], summary="Stories: one real-world event across its reports",
            response_model=StoryList, **LIST,
            description="Actor filters apply to a story's lead source and target. " + _sort_help(queries.STORY_SORTS))
def list_stories(con: Connection, flt: Filter, paging: Paging, format: FormatParam = "json") -> Any:
    return listing_response(queries.stories(con, flt, paging), paging, format, "stories")


@router.get("/actors", tags=["aggregates"], summary="Actors in matching events, with counts; or codes found by name (q)",
            response_model=ListBody[ActorRow] | ListBody[ActorMatchRow], **LIST,
            description="With `q`, the dictionary's countries, organisations, groups, media and leaders whose name "
            "or alias matches (q=putin finds RUSGOV, q=taliban AFGREBTAL), each with its events in the database. "
            + _sort_help(queries.ACTOR_SORTS))
def list_actors(con: Connection, query: Events, paging: Paging, request: Request, level: Level = "code",
                format: FormatParam = "json",
                q: Annotated[str | None, Query(min_length=1, max_length=100, description="a name, alias or leader to find the code of")] = None) -> Any:
    if q:
        return _actor_search(con, query, paging, format, q, _coder(request).dictionary())
    return listing_response(queries.actors(con, query, paging, level), paging, format, "actors")


_ACTOR_MATCH_COLUMNS = ["code", "name", "kind", "country", "matched", "detail", "events"]


def _actor_search(con: duckdb.DuckDBPyConnection, query: EventQuery, paging: Page, fmt: Format, text: str,
                  dictionary: ActorDictionary) -> Any:
    from dataclasses import asdict

    from eventscope.actors.search import search_actors

    matches = search_actors(dictionary, text, limit=min(paging.limit, 100))
    counts = queries.actor_event_counts(con, sorted({m.code for m in matches}), query.filter)
    rows = [{**asdict(m), "events": counts.get(m.code, 0)} for m in matches]
    return listing_response(Listing(len(rows), _ACTOR_MATCH_COLUMNS, rows), paging, fmt, "actors")


@router.get("/dyads", tags=["aggregates"], summary="Source -> target pairs with counts and Goldstein weights",
            response_model=ListBody[DyadRow], **LIST,
            description=_sort_help(queries.DYAD_SORTS))
def list_dyads(con: Connection, query: Events, paging: Paging, level: Level = "code", format: FormatParam = "json") -> Any:
    return listing_response(queries.dyads(con, query, paging, level), paging, format, "dyads")


@router.get("/locations", tags=["aggregates"], summary="Places of matching events, with coordinates and counts",
            response_model=ListBody[LocationRow], **LIST,
            description=_sort_help(queries.LOCATION_SORTS))
def list_locations(con: Connection, query: Events, paging: Paging, format: FormatParam = "json") -> Any:
    return listing_response(queries.locations(con, query, paging), paging, format, "locations")


@router.get("/rejects", tags=["articles"], summary="Inputs that could not be coded, with the reason",
            response_model=ListBody[RejectRow], **LIST)
def list_rejects(con: Connection, paging: Paging, format: FormatParam = "json",
                 reason: Annotated[str | None, Query(max_length=64)] = None) -> Any:
    return listing_response(queries.rejects(con, paging, reason), paging, format, "rejects")


@router.get("/trends", tags=["aggregates"], summary="Counts and mean Goldstein per day, week or month",
            response_model=TrendTable, **LIST)
def get_trends(
    con: Connection,
    flt: Filter,
    interval: Annotated[Literal["day", "week", "month"], Query()] = "month",
    group_by: Annotated[Literal["none", "dyad", "quad_class", "plover"], Query()] = "none",
    unit: Annotated[Literal["events", "stories"], Query(description="count events, or each story once")] = "events",
    format: FormatParam = "json",
) -> Any:
    table = queries.trends(con, interval=interval, group_by=group_by, flt=flt, unit=unit)
    rows = table.to_pylist()
    if format == "csv":
        return csv_response(table.column_names, rows, "trends")
    return {"interval": interval, "group_by": group_by, "unit": unit, "items": rows}


@router.get("/stats", tags=["aggregates"], summary="Row counts, date range and breakdowns of all events",
            response_model=Stats)
def get_stats(con: Connection, request: Request) -> dict[str, Any]:
    return {**queries.stats(con), **request.app.state.reader.state()}


@router.get("/countries", tags=["aggregates"], summary="Countries with event counts and mean Goldstein (the choropleth)",
            response_model=CountryList, **LIST)
def list_countries(
    con: Connection, flt: Filter, format: FormatParam = "json",
    by: Annotated[Literal["location", "actor"], Query(description="count events located in the country, or with it as source or target")] = "location",
) -> Any:
    rows = queries.country_totals(con, flt, by)
    if format == "csv":
        return csv_response(["iso3", "name", "count", "mean_goldstein", "cooperation", "conflict"], rows, "countries")
    return {"by": by, "items": rows}


@router.get("/countries/{iso3}", tags=["aggregates"], summary="One country: events by and against it over time, partners, types, stories, places",
            response_model=CountryProfile)
def get_country(
    con: Connection, flt: Filter,
    iso3: Annotated[str, Path(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3 code, e.g. RUS")],
    interval: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
) -> dict[str, Any]:
    if not queries.known_country(iso3):
        raise no_country(iso3)
    return queries.country_profile(con, iso3, flt, interval)


# ---------------------------------------------------------------------------------------------- coding


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, max_length=100_000, description="any English news text")
    published: date | None = Field(None, description="publication date, to resolve 'on Thursday'")
    title: str | None = Field(None, max_length=500)


class CoderHolder:
    """Builds the Coder (model and dictionaries) of the server's settings (`eventscope serve --actors ...`) on
    first use and serialises calls to it; its actor dictionary, the users' files over the bundled ones, also
    answers the actor search and hints."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._coder: Coder | None = None

    def dictionary(self) -> ActorDictionary:
        from eventscope.actors import load_actor_dictionary  # (loaded once per set of files)

        return load_actor_dictionary(self.settings.actor_files)

    def code(self, request: CodeRequest) -> CodedArticle:
        with self._lock:
            if self._coder is None:
                from eventscope.pipeline import Coder  # spaCy loads only when a text is coded

                self._coder = Coder(self.settings)
            return self._coder.code_text(request.text, published=request.published, title=request.title)


def _coder(request: Request) -> CoderHolder:
    holder: CoderHolder = request.app.state.coder
    return holder


@router.post("/code", tags=["coding"], summary="Code a text on the spot (nothing is stored)")
def code_text(body: CodeRequest, request: Request) -> CodedArticle:
    try:
        return _coder(request).code(body)
    except (OSError, ImportError) as error:
        raise HTTPException(503, f"the coder is not available: {error}") from error
    except Exception as error:  # a coder bug on one text must not look like a dead server
        log.exception("coding a pasted text failed")
        raise HTTPException(500, f"the coder failed on this text: {type(error).__name__}: {error}") from error

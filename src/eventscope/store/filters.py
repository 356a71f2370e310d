"""The one event filter: built and checked once, then turned into SQL by every reader.

The CLI (`eventscope query`, `trends`, `export`) and the HTTP API both build an `EventFilter` from what the
user typed with `EventFilter.parse`; a bad value raises `FilterError` with the same message on both sides
(the CLI prints it on one line, the API answers 400 with it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from eventscope.errors import BadValue
from eventscope.ontology import load_ontology
from eventscope.records import MODALITIES, iso_date

__all__ = ["DEFAULT_MODALITY", "EventFilter", "EventQuery", "FilterError"]

# What users see unless they ask otherwise: events reported as having happened.
DEFAULT_MODALITY = "asserted"
_ACTOR_CODE = re.compile(r"[A-Za-z0-9]{2,32}")
_CAMEO_ROOT = re.compile(r"[0-9]{2}")


class FilterError(BadValue):
    """A filter value the query cannot use; the message names the filter and the value."""


def _parse_dyad(value: str | tuple[str, str] | None) -> tuple[str, str] | None:
    if not value:
        return None
    if isinstance(value, tuple):
        return value
    source, sep, target = value.partition(":")
    if not sep or not source or not target:
        raise FilterError(f"dyad must be SOURCE:TARGET, e.g. RUS:CHN, not {value!r}")
    return source, target


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by the CLI and the web API. Actor codes match an actor's country or code prefix."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    plover: str | None = None
    cameo_root: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    modality: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        for name, code in (("actor", self.actor), *zip(("dyad source", "dyad target"), self.dyad or (), strict=False)):
            if code is not None and not _ACTOR_CODE.fullmatch(code):
                raise FilterError(f"{name} must be a country or actor code of 2-32 letters and digits, not {code!r}")
        if self.plover and self.plover.upper() not in load_ontology().plover_types:
            raise FilterError(f"plover must be one of {', '.join(load_ontology().plover_types)}, not {self.plover!r}")
        if self.cameo_root is not None and not _CAMEO_ROOT.fullmatch(self.cameo_root):
            raise FilterError(f"cameo_root must be a two-digit CAMEO root such as 04, not {self.cameo_root!r}")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise FilterError(f"quad_class must be 1, 2, 3 or 4, not {self.quad_class!r}")
        if self.modality and self.modality not in MODALITIES:
            raise FilterError(f"modality must be one of {', '.join(MODALITIES)}, not {self.modality!r}")
        if self.since and self.until and self.since > self.until:
            raise FilterError(f"since ({self.since}) is after until ({self.until})")
        if self.limit is not None and self.limit < 1:
            raise FilterError(f"limit must be at least 1, not {self.limit}")

    @classmethod
    def parse(
        cls,
        *,
        actor: str | None = None,
        dyad: str | tuple[str, str] | None = None,
        plover: str | None = None,
        cameo_root: str | None = None,
        quad_class: int | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        modality: str | None = DEFAULT_MODALITY,
        limit: int | None = None,
    ) -> EventFilter:
        """A filter from what a user typed (dates as YYYY-MM-DD, the dyad as SOURCE:TARGET); FilterError if bad.

        Counts mean events that happened: without a modality, only asserted events match; "any" matches every
        modality (negated, planned, hypothetical and historical statements too)."""
        modality = modality.lower() if modality else modality  # (as plover: NEGATED, Any)
        if modality and modality != "any" and modality not in MODALITIES:
            raise FilterError(f"modality must be one of {', '.join(MODALITIES)} or any, not {modality!r}")
        return cls(
            actor=actor or None, dyad=_parse_dyad(dyad), plover=plover or None, cameo_root=cameo_root or None,
            quad_class=quad_class, since=iso_date(since, "since", FilterError), until=iso_date(until, "until", FilterError),
            modality=None if modality == "any" else (modality or DEFAULT_MODALITY), limit=limit,
        )  # fmt: skip

    def where(self, alias: str = "e", stories: bool = False) -> tuple[str, list[object]]:
        """A SQL condition on the events (or stories) table aliased `alias`, with its parameters."""
        clauses: list[str] = []
        params: list[object] = []

        def actor_match(roles: tuple[str, ...], code: str) -> None:
            code = code.upper()
            if stories:
                columns = [f"{alias}.{role}_{part}" for role in roles for part in ("country", "code")]
                clauses.append("(" + " OR ".join(f"{c} = ? OR {c} LIKE ?" for c in columns) + ")")
                params.extend([code, code + "%"] * len(columns))
                return
            placeholders = ", ".join("?" for _ in roles)
            clauses.append(
                f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = {alias}.id AND a.role IN ({placeholders})"
                " AND (a.country = ? OR a.code LIKE ?))"
            )
            params.extend([*roles, code, code + "%"])

        if self.actor:
            actor_match(("source", "target"), self.actor)
        if self.dyad:
            actor_match(("source",), self.dyad[0])
            actor_match(("target",), self.dyad[1])
        for column, value in (("plover", self.plover), ("cameo_root", self.cameo_root), ("modality", self.modality)):
            if value:
                clauses.append(f"{alias}.{column} = ?")
                params.append(value.upper() if column == "plover" else value)
        if self.quad_class:
            clauses.append(f"{alias}.quad_class = ?")
            params.append(self.quad_class)
        date_column = f"{alias}.date_start" if stories else f"{alias}.date"
        if self.since:
            clauses.append(f"{date_column} >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{date_column} <= ?")
            params.append(self.until)
        return (" AND ".join(clauses) or "TRUE"), params

    def limit_sql(self) -> str:
        return f" LIMIT {int(self.limit)}" if self.limit else ""


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

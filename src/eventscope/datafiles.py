"""Reading the package's data files (dictionaries, patterns, gazetteer additions), and the one schema loader.

A file with a schema (a `DataModel`, pydantic, unknown keys forbidden) loads through `load_data_file`, and a
problem comes back as one line: "file: entry N: field: problem" (entries count from 1; "entry N" is left
out for a problem of the file's top level).

PyYAML's pure-Python parser took about 2.8 CPU s of every process start, on the same files each time;
its C parser (libyaml, shipped in PyYAML's wheels) reads them about ten times faster with the same safe
semantics, so every loader goes through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from eventscope.errors import DataFileError

__all__ = ["DataModel", "SchemaError", "YAMLError", "load_data_file", "load_yaml", "validate_data"]

M = TypeVar("M", bound=BaseModel)

YAMLError = yaml.YAMLError

# The C loader when PyYAML was built with libyaml; the identical pure-Python safe loader otherwise.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader (no arbitrary Python objects)."""
    return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader, chosen above


class DataModel(BaseModel):
    """Base of every data-file schema: frozen, and an unknown key is an error, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class SchemaError(DataFileError):
    """A data file does not match its schema; the message is "file: entry N: field: problem"."""


def _problem(origin: str, error: Mapping[str, Any], entries: str | None) -> str:
    location = list(error["loc"])
    parts = [origin]
    if entries is not None and len(location) >= 2 and location[0] == entries and isinstance(location[1], int):
        parts.append(f"entry {location[1] + 1}")
        location = location[2:]
    field = ".".join(str(part) for part in location)
    message = "unknown key" if error["type"] == "extra_forbidden" else str(error["msg"]).removeprefix("Value error, ")
    return ": ".join([*parts, *([field] if field else []), message])


def validate_data(data: Any, model: type[M], origin: str, entries: str | None = None) -> M:
    """`data` (parsed YAML) as `model`; SchemaError naming the file, the entry of list `entries` and the field."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = [_problem(origin, item, entries) for item in error.errors(include_url=False)]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SchemaError(problems[0] + more) from None


def load_data_file(path: Path, model: type[M], entries: str | None = None) -> M:
    """Read a YAML data file and validate it against its schema (see validate_data)."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SchemaError(f"{path.name}: cannot be read: {error}") from None
    return validate_data(data, model, path.name, entries)

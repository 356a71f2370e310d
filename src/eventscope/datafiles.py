"""Reading the package's data files (dictionaries, patterns, gazetteer additions), and the one schema loader.

Every data file has a schema (a `DataModel`, pydantic, unknown keys forbidden): a YAML file loads through
`load_data_file`, a tab-separated table through `load_table_file` (one typed row model). A problem comes back
as one line, "file: entry N: field: problem" (entries count from 1; "entry N" is left out for a problem of
the file's top level) or "file: line N: column: problem" for a table, in the module's own error class.
`eventscope data check` (cli/data.py) runs every bundled file through its schema.

PyYAML's pure-Python parser took about 2.8 CPU s of every process start, on the same files each time;
its C parser (libyaml, shipped in PyYAML's wheels) reads them about ten times faster with the same safe
semantics, so every loader goes through here.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationError

from eventscope.errors import DataFileError

__all__ = ["CountryCode", "DataModel", "Lemma", "Regex", "SchemaError", "Word", "YAMLError", "bundled_file", "load_data_file",
           "load_table_file", "load_yaml", "parse_data", "validate_data"]

M = TypeVar("M", bound=BaseModel)

YAMLError = yaml.YAMLError

# The C loader when PyYAML was built with libyaml; the identical pure-Python safe loader otherwise.
_SAFE_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"


class _SafeLoader(_SAFE_BASE):  # type: ignore[valid-type,misc]
    """The safe loader, refusing a key written twice in one mapping: PyYAML keeps the last silently, so a word
    list given twice under one key would lose its first half without a word."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG:
                continue  # ("<<: *defaults" merges; a key written after it overrides, as YAML says)
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, list | dict):
                continue  # (an unhashable key: the base constructor reports it)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark, f"found duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader (no arbitrary Python objects; a key twice in one mapping is an error)."""
    return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a safe loader, chosen above


class DataModel(BaseModel):
    """Base of every data-file schema: frozen, and an unknown key is an error, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _word(value: Any) -> Any:
    """A word of a word list: YAML reads a bare on/off/yes/no as a boolean and 12 as a number."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is a YAML boolean; quote words such as \"on\" and \"no\"")
    return str(value) if isinstance(value, int | float) else value


def _lemma(value: Any) -> Any:
    value = _word(value)
    return value.lower() if isinstance(value, str) else value


def _regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"{pattern!r} is not a regular expression: {error}") from None
    return pattern


def _country(code: str) -> str:
    if not re.fullmatch("[A-Z]{3}", code):
        raise ValueError(f"must be an ISO alpha-3 code in capitals such as UKR, not {code!r}")
    return code


Regex = Annotated[str, AfterValidator(_regex)]  # a Python regular expression that compiles
Word = Annotated[str, BeforeValidator(_word)]  # a word or phrase as written (numbers read as text)
Lemma = Annotated[str, BeforeValidator(_lemma)]  # the same, lower case
CountryCode = Annotated[str, AfterValidator(_country)]  # three capitals, the form of ISO 3166 alpha-3 (not its list)


class SchemaError(DataFileError):
    """A data file does not match its schema; the message is "file: entry N: field: problem"."""


Entries = str | Collection[str] | None  # the list(s) whose items are "entries" of a file


def _problem(origin: str, error: Mapping[str, Any], entries: Entries, model: type[BaseModel]) -> str:
    location = list(error["loc"])
    if not location and error["type"] == "model_type":
        return f"{origin}: expected a mapping with the keys {', '.join(model.model_fields)}"
    parts = [origin]
    named = (entries,) if isinstance(entries, str) else tuple(entries or ())
    if location and isinstance(location[0], int):  # a file that is one list of entries (a RootModel)
        parts.append(f"entry {location[0] + 1}")
        location = location[1:]
    elif len(location) >= 2 and location[0] in named and isinstance(location[1], int):
        # one list of entries goes without its name; of several, the name says which list
        parts += [f"entry {location[1] + 1}"] if isinstance(entries, str) else [str(location[0]), f"entry {location[1] + 1}"]
        location = location[2:]
    field = ".".join(str(part) for part in location)
    message = "unknown key" if error["type"] == "extra_forbidden" else str(error["msg"]).removeprefix("Value error, ")
    return ": ".join([*parts, *([field] if field else []), message])


def validate_data(data: Any, model: type[M], origin: str, entries: Entries = None,
                  error: type[DataFileError] = SchemaError) -> M:
    """`data` (parsed YAML) as `model`; `error` (a SchemaError unless a module names its own) naming the file,
    the entry of the list `entries` (or of one of the lists `entries`) and the field."""
    try:
        return model.model_validate(data)
    except ValidationError as invalid:
        problems = [_problem(origin, item, entries, model) for item in invalid.errors(include_url=False)]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        failure = error(problems[0] + more)
        failure.problems = tuple(problems)  # (`eventscope data check` lists them all)
        raise failure from None


def parse_data(text: str, model: type[M], origin: str, entries: Entries = None,
               error: type[DataFileError] = SchemaError) -> M:
    """YAML text validated against its schema (see validate_data); an empty text is an empty mapping."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as failure:
        raise error(f"{origin}: not valid YAML: {failure}") from None
    return validate_data({} if data is None else data, model, origin, entries, error)


def bundled_file(package: str, *parts: str) -> Path:
    """The path of a data file shipped inside a package: bundled_file("eventscope", "dates.yaml")."""
    return Path(str(resources.files(package).joinpath(*parts)))


def load_data_file(path: Path, model: type[M], entries: Entries = None, origin: str | None = None,
                   error: type[DataFileError] = SchemaError) -> M:
    """Read a YAML data file and validate it against its schema (see parse_data). `origin` names the file in
    messages: its name unless given (a user's file is named by the path they gave)."""
    origin = origin or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as failure:
        raise error(f"{origin}: cannot read the file: {failure.strerror or failure}") from None
    except UnicodeDecodeError as failure:
        raise error(f"{origin}: not valid YAML: {failure}") from None
    return parse_data(text, model, origin, entries, error)


def load_table_file(path: Path, model: type[M], origin: str | None = None,
                    error: type[DataFileError] = SchemaError) -> list[tuple[int, M]]:
    """The rows of a tab-separated file (a header line naming `model`'s fields in order, "#" comments) with
    their line numbers; a problem reads "file: line N: column: problem"."""
    origin = origin or path.name
    try:
        lines = [(number, line) for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if line.strip() and not line.startswith("#")]
    except (OSError, UnicodeDecodeError) as failure:
        raise error(f"{origin}: cannot read the file: {failure}") from None
    columns = list(model.model_fields)
    rows = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows, [])
    if header != columns:
        raise error(f"{origin}: the header must be {' / '.join(columns)}, not {' / '.join(header)}")
    found: list[tuple[int, M]] = []
    for (number, _), cells in zip(lines[1:], rows, strict=True):
        if len(cells) != len(columns):
            raise error(f"{origin}: line {number}: {len(cells)} columns where the header has {len(columns)}")
        where = f"{origin}: line {number}"
        found.append((number, validate_data(dict(zip(columns, (c.strip() for c in cells), strict=True)), model, where,
                                            error=error)))
    return found

"""The event ontology: CAMEO codes, PLOVER types, modes and contexts, and the crosswalk between them.

All facts live in data files beside this module (cameo.tsv, plover.yaml, roots.yaml); this module only loads
and validates them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, field_validator

from eventscope.datafiles import DataModel, load_data_file
from eventscope.errors import DataFileError
from eventscope.records import EventType

__all__ = ["CameoCode", "KnownCameo", "Ontology", "OntologyError", "PloverFile", "RootsFile", "load_ontology",
           "quad_class_of_root"]


class OntologyError(DataFileError):
    """A data file of the ontology is malformed."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    plover: str | None
    mode: str | None
    contexts: tuple[str, ...]
    goldstein: float
    quad_class: int


def quad_class_of_root(root: str) -> int:
    """GDELT's QuadClass by CAMEO root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    number = int(root)
    if not 1 <= number <= 20:
        raise OntologyError(f"CAMEO root out of range: {root!r}")
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


class PloverType(DataModel):
    description: str = ""
    modes: tuple[str, ...] = ()


class PloverFile(DataModel):
    """plover.yaml: the PLOVER event types with their modes, and the contexts an event can carry."""

    types: dict[str, PloverType] = Field(min_length=1)
    contexts: tuple[str, ...] = Field(min_length=1)


class RootGroup(DataModel):
    description: str = Field(min_length=1)
    roots: tuple[str, ...] = Field(min_length=1)

    @field_validator("roots")
    @classmethod
    def _two_digit_roots(cls, roots: tuple[str, ...]) -> tuple[str, ...]:
        for root in roots:
            if len(root) != 2 or not root.isdigit() or not 1 <= int(root) <= 20:
                raise ValueError(f"{root!r} is not a CAMEO root 01-20 (quote it: \"04\")")
        return roots


class RootsFile(DataModel):
    """roots.yaml: named groups of CAMEO roots the coder treats alike."""

    groups: dict[str, RootGroup]


@dataclass(frozen=True)
class Ontology:
    codes: dict[str, CameoCode]
    plover_modes: dict[str, tuple[str, ...]]
    plover_descriptions: dict[str, str]
    contexts: tuple[str, ...]
    root_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    _by_type: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @property
    def plover_types(self) -> tuple[str, ...]:
        return tuple(self.plover_modes)

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def get(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise OntologyError(f"unknown CAMEO code {code!r}") from None

    def event_type(self, code: str, extra_contexts: tuple[str, ...] | list[str] = ()) -> EventType:
        """The contract's event block for a CAMEO code, with any contexts the clause adds."""
        entry = self.get(code)
        contexts = list(entry.contexts)
        contexts += [c for c in extra_contexts if c not in contexts]
        return EventType(
            plover=entry.plover,
            mode=entry.mode,
            contexts=contexts,
            cameo=entry.code,
            cameo_root=entry.root,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
        )

    def root_group(self, name: str) -> frozenset[str]:
        """The CAMEO roots of a group of roots.yaml (e.g. "violent")."""
        try:
            return self.root_groups[name]
        except KeyError:
            raise OntologyError(f"roots.yaml has no group {name!r}") from None

    def codes_for_plover(self, plover: str) -> list[str]:
        return [c.code for c in self.codes.values() if c.plover == plover]


def _data_path(name: str) -> Path:
    return Path(str(resources.files("eventscope.ontology").joinpath(name)))


def _read_cameo(path: Path) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for line_no, row in enumerate(rows, start=2):
            code = row["code"].strip()
            if not code.isdigit() or not 2 <= len(code) <= 4:
                raise OntologyError(f"{path.name}: bad CAMEO code {code!r} (row {line_no})")
            if code in codes:
                raise OntologyError(f"{path.name}: duplicate CAMEO code {code}")
            root = row["root"].strip()
            if root != code[:2]:
                raise OntologyError(f"{path.name}: code {code} has root {root}")
            quad = int(row["quad_class"])
            if quad != quad_class_of_root(root):
                raise OntologyError(f"{path.name}: code {code} has QuadClass {quad}, its root says otherwise")
            weight = float(row["goldstein"])
            if not -10 <= weight <= 10:
                raise OntologyError(f"{path.name}: Goldstein weight {weight} of {code} outside [-10, 10]")
            codes[code] = CameoCode(
                code=code,
                root=root,
                name=row["name"].strip(),
                plover=row["plover"].strip() or None,
                mode=row["mode"].strip() or None,
                contexts=tuple(c for c in row["contexts"].split(",") if c),
                goldstein=weight,
                quad_class=quad,
            )
    return codes


@cache
def load_ontology() -> Ontology:
    """Load and validate the ontology shipped with the package (cached: it is immutable)."""
    plover = load_data_file(_data_path("plover.yaml"), PloverFile)
    modes = {name: spec.modes for name, spec in plover.types.items()}
    descriptions = {name: spec.description for name, spec in plover.types.items()}
    contexts = plover.contexts
    codes = _read_cameo(_data_path("cameo.tsv"))
    for entry in codes.values():
        if entry.plover is not None and entry.plover not in modes:
            raise OntologyError(f"cameo.tsv: code {entry.code} maps to unknown PLOVER type {entry.plover}")
        if entry.mode is not None and entry.mode not in modes[entry.plover or ""]:
            raise OntologyError(f"cameo.tsv: mode {entry.mode!r} of {entry.code} is not a mode of {entry.plover}")
        unknown = set(entry.contexts) - set(contexts)
        if unknown:
            raise OntologyError(f"cameo.tsv: code {entry.code} has unknown contexts {sorted(unknown)}")
    roots = load_data_file(_data_path("roots.yaml"), RootsFile)
    groups = {name: frozenset(group.roots) for name, group in roots.groups.items()}
    return Ontology(codes=codes, plover_modes=modes, plover_descriptions=descriptions, contexts=contexts,
                    root_groups=groups)


def _known_cameo(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is no CAMEO code in quotes (\"042\")")
    if value not in load_ontology():
        raise ValueError(f"unknown CAMEO code {value!r}")
    return value


KnownCameo = Annotated[str, BeforeValidator(_known_cameo)]  # a CAMEO code of cameo.tsv, for the data-file schemas

"""The event ontology: CAMEO codes, PLOVER types, modes and contexts, and the crosswalk between them.

All facts live in data files beside this module (cameo.tsv, plover.yaml, roots.yaml, actor_types.yaml); this
module only loads and validates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StringConstraints, field_validator, model_validator

from eventscope.datafiles import DataModel, bundled_file, load_data_file, load_table_file
from eventscope.errors import DataFileError
from eventscope.records import EventType

__all__ = ["ActorTypesFile", "CameoCode", "KnownCameo", "Ontology", "OntologyError", "PloverFile", "RootGroups",
           "RootsFile", "load_ontology", "quad_class_of_root"]


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


class PloverConventions(DataModel):
    """How PLOVER's own coders file some events that eventscope codes by their own type."""

    future_as_agree: frozenset[str] = frozenset()  # PLOVER types whose future act is AGREE
    announced_as_threaten: frozenset[str] = frozenset()  # ... whose future or hypothetical act is THREATEN
    type_by_cameo: dict[str, str] = {}  # CAMEO code -> the PLOVER type PLOVER's coders give it


class PloverFile(DataModel):
    """plover.yaml: the PLOVER event types with their modes, the contexts an event can carry, and the
    conventions of PLOVER's coders."""

    types: dict[str, PloverType] = Field(min_length=1)
    contexts: tuple[str, ...] = Field(min_length=1)
    conventions: PloverConventions = PloverConventions()

    @model_validator(mode="after")
    def _known_types(self) -> PloverFile:
        named = {*self.conventions.future_as_agree, *self.conventions.announced_as_threaten,
                 *self.conventions.type_by_cameo.values()}
        if named - set(self.types):
            raise ValueError(f"conventions name unknown PLOVER types {sorted(named - set(self.types))}")
        return self


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


class ActorTypesFile(DataModel):
    """actor_types.yaml: the CAMEO actor type of each sector, and the codes in an actor code's country slot that
    name no state."""

    sector_types: dict[str, str]  # PLOVER sector -> CAMEO actor type (GDELT's Actor1Type1Code ...)
    organizations: frozenset[str]  # IGO, NGO, MNC
    no_state: frozenset[str]  # UNK
    regions: frozenset[str] = frozenset()  # WST, EUR, ...


@dataclass(frozen=True, slots=True)
class RootGroups:
    """The groups of CAMEO roots of roots.yaml by name (what each is for is said there), one set for every module
    that treats a group alike: `load_ontology().roots.violent`."""

    joint: frozenset[str]
    refusals: frozenset[str]
    violent: frozenset[str]
    protests: frozenset[str]
    state_acts: frozenset[str]
    intents: frozenset[str]
    speech_acts: frozenset[str]
    judgements: frozenset[str]
    deed_judgements: frozenset[str]
    consultations: frozenset[str]
    press_questions: frozenset[str]
    clause_targets: frozenset[str]
    aid_acts: frozenset[str]
    home_targets: frozenset[str]
    authority_targets: frozenset[str]
    legislature_targets: frozenset[str]
    rival_targets: frozenset[str]
    undergone: frozenset[str]
    deployments: frozenset[str]
    foreign_targets: frozenset[str]
    shows_of_force: frozenset[str]
    place_targets: frozenset[str]
    warned_parties: frozenset[str]
    told_parties: frozenset[str]
    coups: frozenset[str]

    @classmethod
    def of(cls, groups: dict[str, frozenset[str]]) -> RootGroups:
        """The groups of roots.yaml, which must name each of these and no other."""
        names = {f.name for f in fields(cls)}
        if set(groups) != names:
            raise OntologyError(f"roots.yaml: groups missing {sorted(names - set(groups))}, "
                                f"unknown {sorted(set(groups) - names)}")
        return cls(**groups)


EVENT_TYPES_KEPT = 20_000  # event blocks kept for reuse (Ontology.event_type)


@dataclass(frozen=True)
class Ontology:
    codes: dict[str, CameoCode]
    plover_modes: dict[str, tuple[str, ...]]
    plover_descriptions: dict[str, str]
    contexts: tuple[str, ...]
    root_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    conventions: PloverConventions = PloverConventions()  # how PLOVER's coders file some events
    actor_types: dict[str, str] = field(default_factory=dict)  # sector -> CAMEO actor type
    organization_codes: frozenset[str] = frozenset()  # country-slot codes of organisations (IGO, NGO, MNC)
    no_state_codes: frozenset[str] = frozenset()  # ... and of no one (UNK): of no state and of no region
    non_state_codes: frozenset[str] = frozenset()  # ... of no one (UNK) and of regions (WST): never a country
    region_codes: frozenset[str] = frozenset()  # CAMEO regions acting as one (WST, EUR)
    _by_type: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # the event blocks built so far, by code and added contexts: each is validated once and shared by the events of
    # its code and contexts (read-only: nothing revises an event's type). The 153 bench articles ask 5,459 times for
    # 2,184 kinds; emptied past EVENT_TYPES_KEPT, as a long run's sentences combine ever more contexts.
    _event_types: dict[tuple[str, tuple[str, ...]], EventType] = field(default_factory=dict, repr=False,
                                                                         compare=False)

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
        """The contract's event block for a CAMEO code, with any contexts the clause adds (one shared block for
        each code and contexts: do not change it)."""
        key = (code, tuple(extra_contexts))
        built = self._event_types.get(key)
        if built is None:
            if len(self._event_types) >= EVENT_TYPES_KEPT:
                self._event_types.clear()
            entry = self.get(code)
            contexts = list(entry.contexts)
            contexts += [c for c in extra_contexts if c not in contexts]
            built = self._event_types[key] = EventType(
                plover=entry.plover,
                mode=entry.mode,
                contexts=contexts,
                cameo=entry.code,
                cameo_root=entry.root,
                quad_class=entry.quad_class,
                goldstein=entry.goldstein,
            )
        return built

    @cached_property
    def roots(self) -> RootGroups:
        """The groups of roots.yaml by name: `load_ontology().roots.violent`."""
        return RootGroups.of(self.root_groups)

    def codes_for_plover(self, plover: str) -> list[str]:
        return [c.code for c in self.codes.values() if c.plover == plover]


def _data_path(name: str) -> Path:
    return bundled_file("eventscope.ontology", name)


class CameoRow(DataModel):
    """A row of cameo.tsv."""

    code: Annotated[str, StringConstraints(pattern=r"^\d{2,4}$")]
    root: str
    name: str
    plover: str  # "" when the code has no PLOVER type
    mode: str
    contexts: str  # comma-separated
    goldstein: float = Field(ge=-10, le=10)
    quad_class: int

    @model_validator(mode="after")
    def _consistent(self) -> CameoRow:
        if self.root != self.code[:2]:
            raise ValueError(f"code {self.code} has root {self.root}")
        if self.quad_class != quad_class_of_root(self.root):
            raise ValueError(f"code {self.code} has QuadClass {self.quad_class}, its root says otherwise")
        return self


def _read_cameo(path: Path) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for line, row in load_table_file(path, CameoRow, error=OntologyError):
        if row.code in codes:
            raise OntologyError(f"{path.name}: line {line}: code: duplicate CAMEO code {row.code}")
        codes[row.code] = CameoCode(code=row.code, root=row.root, name=row.name, plover=row.plover or None,
                                    mode=row.mode or None, contexts=tuple(c for c in row.contexts.split(",") if c),
                                    goldstein=row.goldstein, quad_class=row.quad_class)
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
    actors = load_data_file(_data_path("actor_types.yaml"), ActorTypesFile)
    return Ontology(codes=codes, plover_modes=modes, plover_descriptions=descriptions, contexts=contexts,
                    root_groups=groups, conventions=plover.conventions, actor_types=actors.sector_types, organization_codes=actors.organizations,
                    no_state_codes=actors.organizations | actors.no_state,
                    non_state_codes=actors.organizations | actors.no_state | actors.regions,
                    region_codes=actors.regions)


def _known_cameo(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is no CAMEO code in quotes (\"042\")")
    if value not in load_ontology():
        raise ValueError(f"unknown CAMEO code {value!r}")
    return value


KnownCameo = Annotated[str, BeforeValidator(_known_cameo)]  # a CAMEO code of cameo.tsv, for the data-file schemas

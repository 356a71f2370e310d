"""Trigger patterns and cue lists: loaded from the data files beside this module, validated, and indexed by
lemma once, so that matching a sentence is a dictionary lookup per token.

The data files say what (triggers.yaml, modality.yaml, attribution.yaml, contexts.yaml); this module
checks them and builds the lookup tables. A user's pattern files (same shape as triggers.yaml) are
applied over the bundled ones: a user pattern with the same words replaces the bundled one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Literal

from eventscope.datafiles import YAMLError, load_yaml
from eventscope.errors import DataFileError
from eventscope.ontology import load_ontology

__all__ = [
    "AttributionCues",
    "Refinement",
    "ContextCues",
    "ModalityCues",
    "PatternError",
    "TriggerPattern",
    "TriggerPatterns",
    "load_patterns",
]

# Words that, as the last word of a phrasal verb, are prepositions whose object is the event's target.
PREPOSITIONS = frozenset(
    "to with against on upon at toward towards into from for of about over in out off down up by between".split()
)
# Prepositions that make a pattern head-first ("state of emergency", "show of force").
_HEAD_FIRST_PREPS = frozenset({"of", "on", "for", "to"})
_ARTICLES = frozenset({"a", "an", "the"})

PatternKind = Literal["verb", "noun", "adj"]


class PatternError(DataFileError):
    """A pattern or cue file is malformed."""


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    """One way of saying one CAMEO event: a head lemma, the words that must surround it, and the roles."""

    cameo: str
    kind: PatternKind
    lemma: str
    extra: tuple[str, ...] = ()
    objects: tuple[tuple[str, tuple[str, ...]], ...] = ()
    target_preps: frozenset[str] = frozenset()
    embeds: Mapping[str, str] = field(default_factory=dict)
    text: str = ""

    @property
    def specificity(self) -> int:
        """More required words make a more specific pattern; an object constraint counts double."""
        object_words = max((1 + len(extra) for _, extra in self.objects), default=0)
        return len(self.extra) + 2 * object_words

    @property
    def particle_prep(self) -> str | None:
        """The preposition closing a phrasal verb ("call on"): its object is a target."""
        if self.kind == "verb" and self.extra and self.extra[-1] in PREPOSITIONS:
            return self.extra[-1]
        return None

    @property
    def key(self) -> tuple:
        return (self.kind, self.lemma, self.extra, tuple(sorted(self.objects)))


@dataclass(frozen=True)
class ModalityCues:
    negators: frozenset[str]
    future_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    deontic_auxiliaries: frozenset[str]
    reported_future_auxiliaries: frozenset[str]
    reporting_verbs: frozenset[str]
    future_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    negating_governors: frozenset[str]
    conditional_marks: frozenset[str]
    historical_marks: frozenset[str]
    historical_preps: frozenset[str]
    historical_words: frozenset[str]


@dataclass(frozen=True)
class AttributionCues:
    speech_verbs: frozenset[str]
    reporting_passives: frozenset[str]
    attribution_phrases: tuple[tuple[str, ...], ...]
    outlets: tuple[str, ...]
    press_nouns: frozenset[str]

    @cached_property
    def _outlet_pattern(self) -> re.Pattern[str]:
        names = sorted(self.outlets, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)

    @cached_property
    def phrase_starts(self) -> frozenset[str]:
        """First words of the attribution phrases, to look at only the tokens that can start one."""
        return frozenset(words[0] for words in self.attribution_phrases) | {"accord"}

    def is_outlet_name(self, name: str) -> bool:
        """True when a name is (or contains as a whole word) a known news outlet."""
        return bool(self._outlet_pattern.search(name))


@dataclass(frozen=True)
class ContextCues:
    """PLOVER context -> the lemma sequences that signal it (single words or multi-word phrases)."""

    by_context: Mapping[str, tuple[tuple[str, ...], ...]]

    @cached_property
    def _by_first_word(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for context, phrases in self.by_context.items():
            for phrase in phrases:
                index.setdefault(phrase[0], []).append((context, phrase[1:]))
        return index

    def contexts_in(self, lemmas: set[str]) -> list[str]:
        """The contexts signalled by a sentence's lemmas, in the data file's order."""
        found: set[str] = set()
        for lemma in lemmas:
            for context, rest in self._by_first_word.get(lemma, ()):
                if all(word in lemmas for word in rest):
                    found.add(context)
        return [context for context in self.by_context if context in found]


@dataclass(frozen=True, slots=True)
class Refinement:
    """Use `code` instead of any of `codes` when the sentence has one of the lemmas in `when`."""

    codes: frozenset[str]
    when: frozenset[str]
    code: str


@dataclass(frozen=True)
class TriggerPatterns:
    """Everything the event coder needs to know about words, indexed for lookup by lemma."""

    verbs: Mapping[str, tuple[TriggerPattern, ...]]
    nouns: Mapping[str, tuple[TriggerPattern, ...]]
    adjectives: Mapping[str, tuple[TriggerPattern, ...]]
    light_verbs: frozenset[str]
    light_verb_preps: frozenset[str]
    target_verbs: frozenset[str]
    people_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    agent_suffixes: tuple[str, ...]
    natural_forces: frozenset[str]
    audience_nouns: frozenset[str]
    disaster_nouns: frozenset[str]
    disaster_response_codes: frozenset[str]
    refinements: tuple[Refinement, ...]
    source_refinements: tuple[Refinement, ...]
    partitive_nouns: frozenset[str]
    currency_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    refusal_by_root: Mapping[str, str]
    intent_by_root: Mapping[str, str]
    joint_codes: Mapping[str, str]
    claim_verbs: frozenset[str]
    claim_code: str
    demand_by_root: Mapping[str, str]
    modality: ModalityCues
    attribution: AttributionCues
    contexts: ContextCues

    @cached_property
    def head_lemmas(self) -> frozenset[str]:
        """Every lemma that heads some pattern: tokens with other lemmas need no closer look."""
        return frozenset(self.verbs) | frozenset(self.nouns) | frozenset(self.adjectives)

    def candidates(self, lemma: str, kind: PatternKind) -> tuple[TriggerPattern, ...]:
        """Patterns headed by a lemma, most specific first."""
        table = self.verbs if kind == "verb" else self.nouns if kind == "noun" else self.adjectives
        return table.get(lemma, ())

    def __len__(self) -> int:
        return sum(len(group) for table in (self.verbs, self.nouns, self.adjectives) for group in table.values())

    def cameo_codes(self) -> set[str]:
        return {p.cameo for table in (self.verbs, self.nouns, self.adjectives) for group in table.values() for p in group}


def _words(phrase: str) -> list[str]:
    """The words of a pattern, lower case, without articles; a hyphenated word becomes its parts, head
    last, as the tokenizer splits it ("cease-fire" -> cease fire, headed by "fire")."""
    words: list[str] = []
    for word in str(phrase).lower().split():
        if word in _ARTICLES:
            continue
        parts = [p for p in word.split("-") if p] if not word.startswith("@") else [word]
        words += parts
    if not words:
        raise PatternError(f"empty pattern {phrase!r}")
    return words


def _verb_head(phrase: str) -> tuple[str, tuple[str, ...]]:
    """Head lemma and other words of a verb pattern: the first word, or the last part of a hyphenated
    first word ("de-escalate" -> escalate with "de")."""
    first, *rest = str(phrase).lower().split()
    parts = [p for p in first.split("-") if p]
    rest_words = _words(" ".join(rest)) if rest else []
    return parts[-1], tuple(parts[:-1]) + tuple(rest_words)


def _noun_head(words: list[str]) -> tuple[str, tuple[str, ...]]:
    """Head and other words of a nominal phrase: 'air strike' -> strike; 'state of emergency' -> state."""
    if len(words) > 1 and any(w in _HEAD_FIRST_PREPS for w in words[1:]):
        return words[0], tuple(words[1:])
    return words[-1], tuple(words[:-1])


def _check_words(values: object, where: str) -> list[str]:
    """A list of words. YAML reads a bare on/off/yes/no as a boolean: those must be quoted."""
    if not isinstance(values, list):
        raise PatternError(f"{where}: expected a list of words")
    for value in values:
        if isinstance(value, bool):
            raise PatternError(f"{where}: {value!r} is a YAML boolean; quote words such as \"on\" and \"no\"")
        if not isinstance(value, (str, int, float)):
            raise PatternError(f"{where}: {value!r} is not a word")
    return [str(v) for v in values]


def _str_list(entry: Mapping, name: str, where: str) -> list[str]:
    return _check_words(entry.get(name) or [], f"{where}: '{name}'")


def _patterns_of_entry(entry: Mapping, where: str, defaults: Mapping[str, frozenset[str]]) -> list[TriggerPattern]:
    known = {"cameo", "verbs", "nouns", "adjectives", "objects", "target_preps", "embeds"}
    if not isinstance(entry, Mapping) or "cameo" not in entry:
        raise PatternError(f"{where}: each trigger needs a 'cameo' code")
    unknown = set(entry) - known
    if unknown:
        raise PatternError(f"{where}: unknown keys {sorted(unknown)}")
    cameo = str(entry["cameo"])
    ontology = load_ontology()
    if cameo not in ontology:
        raise PatternError(f"{where}: unknown CAMEO code {cameo!r}")
    embeds = {str(k): str(v) for k, v in (entry.get("embeds") or {}).items()}
    for root, code in embeds.items():
        if code not in ontology:
            raise PatternError(f"{where}: embeds {root} -> unknown CAMEO code {code!r}")
    own_preps = entry.get("target_preps")
    if own_preps is not None:
        own_preps = _check_words(own_preps, f"{where}: 'target_preps'")
    preps = lambda kind: frozenset(own_preps) if own_preps is not None else defaults[kind]  # noqa: E731
    patterns: list[TriggerPattern] = []
    for phrase in _str_list(entry, "verbs", where):
        head, extra = _verb_head(phrase)
        patterns.append(TriggerPattern(cameo, "verb", head, extra, (), preps("verb"), embeds, phrase))
    for phrase in _str_list(entry, "adjectives", where):
        head, extra = _noun_head(_words(phrase))
        patterns.append(TriggerPattern(cameo, "adj", head, extra, (), preps("noun"), embeds, phrase))
    for phrase in _str_list(entry, "nouns", where):
        head, extra = _noun_head(_words(phrase))
        patterns.append(TriggerPattern(cameo, "noun", head, extra, (), preps("noun"), embeds, phrase))
    objects = entry.get("objects") or {}
    if not isinstance(objects, Mapping):
        raise PatternError(f"{where}: 'objects' must map a verb to a list of object words")
    for verb_phrase, object_phrases in objects.items():
        head, extra = _verb_head(str(verb_phrase))
        if not isinstance(object_phrases, list) or not object_phrases:
            raise PatternError(f"{where}: objects of {verb_phrase!r} must be a non-empty list")
        parsed = tuple(sorted({_noun_head(_words(o)) for o in _check_words(object_phrases, where)}))
        patterns.append(
            TriggerPattern(
                cameo, "verb", head, extra, parsed, preps("verb"), embeds,
                f"{verb_phrase} + {'|'.join(map(str, object_phrases))}",
            )
        )
    return patterns


def _read_yaml(path: Path) -> dict:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as error:
        raise PatternError(f"cannot read pattern file {path}: {error}") from error
    if not isinstance(data, dict):
        raise PatternError(f"{path}: expected a mapping at the top level")
    return data


def _read_triggers(path: Path, data: dict) -> list[TriggerPattern]:
    defaults = {
        kind: frozenset(_check_words(data.get(f"{kind}_target_preps") or ["to", "on"], f"{path.name}: {kind}_target_preps"))
        for kind in ("verb", "noun")
    }
    triggers = data.get("triggers") or []
    if not isinstance(triggers, list):
        raise PatternError(f"{path}: 'triggers' must be a list")
    patterns: list[TriggerPattern] = []
    seen: dict[tuple, str] = {}
    for number, entry in enumerate(triggers, start=1):
        where = f"{path.name} trigger #{number} (cameo {entry.get('cameo') if isinstance(entry, Mapping) else '?'})"
        for pattern in _patterns_of_entry(entry, where, defaults):
            # Within one file, a word sequence may say only one thing: ambiguity must be resolved in the data.
            bare_key = pattern.key
            if bare_key in seen:
                raise PatternError(f"{where}: pattern {pattern.text!r} already given for cameo {seen[bare_key]}")
            seen[bare_key] = pattern.cameo
            patterns.append(pattern)
    _check_object_pairs(path, patterns)
    return patterns


def _check_object_pairs(path: Path, patterns: Iterable[TriggerPattern]) -> None:
    owners: dict[tuple, str] = {}
    for pattern in patterns:
        for obj in pattern.objects:
            key = (pattern.lemma, pattern.extra, obj)
            if key in owners and owners[key] != pattern.cameo:
                raise PatternError(
                    f"{path.name}: '{pattern.lemma} {' '.join(pattern.extra)}' + '{' '.join((*obj[1], obj[0]))}' "
                    f"is given for cameo {owners[key]} and {pattern.cameo}"
                )
            owners[key] = pattern.cameo


def _index(patterns: Iterable[TriggerPattern], kind: PatternKind) -> dict[str, tuple[TriggerPattern, ...]]:
    table: dict[str, list[TriggerPattern]] = {}
    for pattern in patterns:
        if pattern.kind == kind:
            table.setdefault(pattern.lemma, []).append(pattern)
    return {lemma: tuple(sorted(group, key=lambda p: -p.specificity)) for lemma, group in table.items()}


def _lemma_set(data: Mapping, name: str, path: Path) -> frozenset[str]:
    value = data.get(name)
    if not isinstance(value, list) or not value:
        raise PatternError(f"{path.name}: '{name}' must be a non-empty list")
    return frozenset(w.lower() for w in _check_words(value, f"{path.name}: '{name}'"))


def _refinements(data: Mapping, path: Path, name: str = "refinements") -> tuple[Refinement, ...]:
    ontology = load_ontology()
    rules: list[Refinement] = []
    for number, rule in enumerate(data.get(name) or [], start=1):
        where = f"{path.name}: {name} #{number}"
        if not isinstance(rule, Mapping) or set(rule) != {"codes", "when", "code"}:
            raise PatternError(f"{where}: needs exactly 'codes', 'when' and 'code'")
        codes = frozenset(_check_words(rule["codes"], where))
        unknown = [c for c in (*codes, str(rule["code"])) if c not in ontology]
        if unknown:
            raise PatternError(f"{where}: unknown CAMEO codes {unknown}")
        rules.append(Refinement(codes, frozenset(w.lower() for w in _check_words(rule["when"], where)), str(rule["code"])))
    return tuple(rules)


def _code_table(data: Mapping, name: str, required: tuple[str, ...] = ()) -> dict[str, str]:
    """A table from CAMEO root or code (or "default") to CAMEO code; every code must be known."""
    table = data.get(name) or {}
    if not isinstance(table, Mapping):
        raise PatternError(f"triggers.yaml: '{name}' must map CAMEO roots to codes")
    ontology = load_ontology()
    result = {str(k): str(v) for k, v in table.items()}
    unknown = sorted(code for code in result.values() if code not in ontology)
    if unknown:
        raise PatternError(f"triggers.yaml: '{name}' has unknown CAMEO codes {unknown}")
    missing = [key for key in required if key not in result]
    if missing:
        raise PatternError(f"triggers.yaml: '{name}' needs the keys {missing}")
    return result


def _known_code(data: Mapping, name: str) -> str:
    code = data.get(name)
    if not isinstance(code, str) or code not in load_ontology():
        raise PatternError(f"triggers.yaml: '{name}' must be a known CAMEO code in quotes, not {code!r}")
    return code


def _known_codes(data: Mapping, name: str) -> frozenset[str]:
    codes = frozenset(_check_words(data.get(name) or [], f"triggers.yaml: '{name}'"))
    unknown = sorted(code for code in codes if code not in load_ontology())
    if unknown:
        raise PatternError(f"triggers.yaml: '{name}' has unknown CAMEO codes {unknown}")
    return codes


def _data_path(name: str) -> Path:
    return Path(str(resources.files("eventscope.events").joinpath("data", name)))


def _load_modality(path: Path) -> ModalityCues:
    data = _read_yaml(path)
    names = [f for f in ModalityCues.__dataclass_fields__]
    return ModalityCues(**{name: _lemma_set(data, name, path) for name in names})


def _load_attribution(path: Path) -> AttributionCues:
    data = _read_yaml(path)
    phrases = data.get("attribution_phrases") or []
    outlets = data.get("outlets") or []
    if not all(isinstance(p, str) for p in [*phrases, *outlets]):
        raise PatternError(f"{path.name}: attribution phrases and outlets must be strings")
    return AttributionCues(
        speech_verbs=_lemma_set(data, "speech_verbs", path),
        reporting_passives=_lemma_set(data, "reporting_passives", path),
        attribution_phrases=tuple(tuple(p.lower().split()) for p in phrases),
        outlets=tuple(outlets),
        press_nouns=_lemma_set(data, "press_nouns", path),
    )


def _load_contexts(path: Path) -> ContextCues:
    data = _read_yaml(path)
    known = set(load_ontology().contexts)
    table = data.get("contexts") or {}
    unknown = set(table) - known
    if unknown:
        raise PatternError(f"{path.name}: unknown PLOVER contexts {sorted(unknown)}")
    return ContextCues({c: tuple(tuple(str(w).lower().split()) for w in words) for c, words in table.items()})


@cache
def _bundled() -> tuple[dict, list[TriggerPattern]]:
    path = _data_path("triggers.yaml")
    data = _read_yaml(path)
    return data, _read_triggers(path, data)


def load_patterns(extra_paths: Sequence[Path] = ()) -> TriggerPatterns:
    """The bundled trigger patterns and cues, with any user pattern files applied over them."""
    data, bundled = _bundled()
    by_key = {p.key: p for p in bundled}
    for extra in extra_paths:
        path = Path(extra)
        for pattern in _read_triggers(path, _read_yaml(path)):
            by_key[pattern.key] = pattern
    patterns = list(by_key.values())
    return TriggerPatterns(
        verbs=_index(patterns, "verb"),
        nouns=_index(patterns, "noun"),
        adjectives=_index(patterns, "adj"),
        light_verbs=_lemma_set(data, "light_verbs", _data_path("triggers.yaml")),
        light_verb_preps=_lemma_set(data, "light_verb_preps", _data_path("triggers.yaml")),
        target_verbs=_lemma_set(data, "target_verbs", _data_path("triggers.yaml")),
        people_nouns=_lemma_set(data, "people_nouns", _data_path("triggers.yaml")),
        agent_nouns=_lemma_set(data, "agent_nouns", _data_path("triggers.yaml")),
        agent_suffixes=tuple(sorted(_lemma_set(data, "agent_suffixes", _data_path("triggers.yaml")))),
        natural_forces=_lemma_set(data, "natural_forces", _data_path("triggers.yaml")),
        audience_nouns=_lemma_set(data, "audience_nouns", _data_path("triggers.yaml")),
        disaster_nouns=_lemma_set(data, "disaster_nouns", _data_path("triggers.yaml")),
        disaster_response_codes=_known_codes(data, "disaster_response_codes"),
        refinements=_refinements(data, _data_path("triggers.yaml")),
        source_refinements=_refinements(data, _data_path("triggers.yaml"), "source_refinements"),
        partitive_nouns=_lemma_set(data, "partitive_nouns", _data_path("triggers.yaml")),
        currency_nouns=_lemma_set(data, "currency_nouns", _data_path("triggers.yaml")),
        measure_nouns=_lemma_set(data, "measure_nouns", _data_path("triggers.yaml")),
        naming_verbs=_lemma_set(data, "naming_verbs", _data_path("triggers.yaml")),
        refusal_by_root=_code_table(data, "refusal_by_root"),
        intent_by_root=_code_table(data, "intent_by_root"),
        joint_codes=_code_table(data, "joint_codes"),
        claim_verbs=_lemma_set(data, "claim_verbs", _data_path("triggers.yaml")),
        claim_code=_known_code(data, "claim_code"),
        demand_by_root=_code_table(data, "demand_by_root", required=("default",)),
        modality=_load_modality(_data_path("modality.yaml")),
        attribution=_load_attribution(_data_path("attribution.yaml")),
        contexts=_load_contexts(_data_path("contexts.yaml")),
    )

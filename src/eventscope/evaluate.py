"""Scoring the coder against gold sentences (files shaped like ../shared/gold: one JSON object a line,
`{"id", "text", "events": [{"plover"?, "pentaclass"?, "source_text"?, "target_text"?}], "ner_spans"?}`).

How several predicted events in one sentence are scored: each gold sentence carries one label, so the
coder's *main event* is compared with it: the event with the highest confidence (main clause, asserted,
with source and target, most specific pattern), earliest trigger on ties. For PLOVER scores only events
that have a PLOVER type compete (plain statements, CAMEO 01x, have none); for the pentaclass every event
competes. A sentence with no predicted event counts as a miss (predicted label "NONE"). Gold YIELD stands
for CONCEDE or RETREAT. PLOVER files promised cooperation under AGREE: a cooperative main event with
modality "future" ("will release", "is willing to withdraw") is scored as AGREE; see
`eventscope.events.plover_convention`. Role overlap compares the main event's source and target words with the gold
spans (token F1). A sentence whose gold has no event, or a non-political CASE subtype, counts as a
"no-event sentence"; the report says how many of those still got an event.

Every coded event counts too (`coded_plover`, `coded_pentaclass`: precision, recall and F1 of the coded
events against the gold event type): a sentence's gold label is one gold event; each coded event (for PLOVER,
each with a PLOVER type, labelled as above) is one prediction, right when its label is the gold one (at most
one per sentence: a second event of the gold type is a duplicate, so a false one); every event coded in a
no-event sentence is false. A coder that puts out 1.8 events per sentence where a human codes one scores a
low precision here even when its main event is right.

CASE 2021 sentences (`case_subtype`, no actors) are scored by recall per subtype too (`case_recall`): a
sentence of a subtype with a clear PLOVER counterpart (case_subtypes.yaml, next to this module) is found when
any coded event has one of the subtype's PLOVER types (the event's own type or its PLOVER-convention type).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import Field, model_validator

from eventscope.datafiles import DataModel, bundled_file, load_data_file
from eventscope.errors import DataFileError
from eventscope.events import main_event, plover_convention
from eventscope.records import Actor, Article, Event

__all__ = ["CaseSubtypesFile", "GoldError", "GoldSentence", "Report", "case_recall", "evaluate", "gold_lines", "gold_record",
           "gold_roles", "load_case_subtypes", "load_gold", "pentaclass_of_root", "plover_label", "role_mismatches", "score"]

NONE = "NONE"
# CASE 2021 subtypes that are no political event between actors.
NON_POLITICAL_SUBTYPES = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"})
# Gold YIELD covers these two PLOVER types.
_YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})
_WORD = re.compile(r"\w+")
# The row of case_recall over all scored subtypes.
CASE_OVERALL = "overall"


class GoldError(DataFileError):
    """A gold file cannot be read."""


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    plover: str | None = None
    pentaclass: str | None = None
    source_text: tuple[str, ...] = ()
    target_text: tuple[str, ...] = ()
    no_event: bool = False
    case_subtype: str | None = None


class CaseSubtypesFile(DataModel):
    """case_subtypes.yaml: CASE 2021 subtype -> the PLOVER types of an event that codes its act."""

    version: int = 1
    subtypes: dict[str, tuple[str, ...]] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_types(self) -> CaseSubtypesFile:
        from eventscope.ontology import load_ontology

        named = {t for types in self.subtypes.values() for t in types}
        if unknown := named - set(load_ontology().plover_types):
            raise ValueError(f"unknown PLOVER types {sorted(unknown)}")
        return self


@cache
def load_case_subtypes(path: Path | None = None) -> dict[str, frozenset[str]]:
    """The bundled case_subtypes.yaml (or `path`): subtype -> accepted PLOVER types."""
    raw = load_data_file(path or bundled_file("eventscope", "case_subtypes.yaml"),
                         CaseSubtypesFile, error=GoldError)
    return {subtype: frozenset(types) for subtype, types in raw.subtypes.items()}


def pentaclass_of_root(root: str) -> str:
    """CAMEO PentaClass: 0 = roots 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13, 4 = 14-20."""
    number = int(root)
    return "0" if number <= 2 else "1" if number <= 5 else "2" if number <= 8 else "3" if number <= 13 else "4"


def _texts(value: object) -> tuple[str, ...]:
    if isinstance(value, str) and value.strip():
        return (value,)
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str) and v.strip())
    return ()


def gold_lines(path: Path, error: type[Exception]) -> list[tuple[int, str]]:
    """The non-blank lines of a gold JSONL file with their 1-based numbers; `error` if it cannot be read."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as problem:
        raise error(f"{path}: cannot be read (not valid UTF-8 text, byte {problem.start})") from None
    except OSError as problem:
        raise error(f"{path}: cannot be read ({problem.strerror or problem})") from None
    return [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]


def gold_record(line: str) -> dict[str, Any]:
    """One line of a gold JSONL file: a JSON object with its "text"; else a ValueError that says what it is not."""
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("a JSON object was expected")
    if not isinstance(record.get("text"), str):
        raise ValueError('no "text" string')
    return record


def load_gold(path: Path) -> tuple[list[GoldSentence], list[str]]:
    """Gold sentences of a JSONL file, and one problem line per unreadable record (skipped)."""
    lines = gold_lines(path, GoldError)
    sentences: list[GoldSentence] = []
    problems: list[str] = []
    for number, line in lines:
        try:
            record = gold_record(line)
            text = record["text"]
            if "events" not in record:  # (a gold sentence says which events it has, none being an answer too)
                raise ValueError('no "events" list: not a gold sentence')
            events = record["events"] or []
            if not isinstance(events, list):
                raise ValueError('"events" must be a list')
        except ValueError as error:
            problems.append(f"line {number}: {error}")
            continue
        first = events[0] if events else {}
        spans = record.get("ner_spans") or {}
        subtype = first.get("case_subtype")
        sentences.append(
            GoldSentence(
                id=str(record.get("id", number)),
                text=text,
                plover=first.get("plover"),
                pentaclass=None if first.get("pentaclass") is None else str(first["pentaclass"]),
                source_text=_texts(first.get("source_text")) or _texts(spans.get("S")),
                target_text=_texts(first.get("target_text")) or _texts(spans.get("T")),
                no_event=not events or subtype in NON_POLITICAL_SUBTYPES,
                case_subtype=subtype if isinstance(subtype, str) else None,
            )
        )
    if not sentences:
        raise GoldError(f"{path}: no gold sentences" + (f" ({problems[0]})" if problems else ""))
    return sentences, problems


@dataclass
class ClassScores:
    labels: list[str]
    accuracy: float
    macro_f1: float
    per_class: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    total: int


@dataclass
class Report:
    sentences: int
    plover: ClassScores | None = None
    pentaclass: ClassScores | None = None
    role_overlap: dict[str, float] = field(default_factory=dict)
    no_event_sentences: int = 0
    no_event_with_events: int = 0
    events_per_sentence: float = 0.0
    coded_plover: dict[str, float] = field(default_factory=dict)
    coded_pentaclass: dict[str, float] = field(default_factory=dict)
    case_recall: dict[str, dict[str, float]] = field(default_factory=dict)  # subtype -> n, found, recall
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        def scores(s: ClassScores | None) -> dict | None:
            if s is None:
                return None
            return {"accuracy": s.accuracy, "macro_f1": s.macro_f1, "n": s.total, "per_class": s.per_class,
                    "confusion": s.confusion}

        return {
            "sentences": self.sentences,
            "plover": scores(self.plover),
            "pentaclass": scores(self.pentaclass),
            "role_overlap": self.role_overlap,
            "no_event_sentences": self.no_event_sentences,
            "no_event_sentences_with_events": self.no_event_with_events,
            "events_per_sentence": self.events_per_sentence,
            "coded_plover": self.coded_plover or None,
            "coded_pentaclass": self.coded_pentaclass or None,
            "case_recall": {"overall": self.case_recall[CASE_OVERALL]["recall"], "subtypes": self.case_recall}
            if self.case_recall else None,
            "problems": self.problems,
        }


def _class_scores(pairs: Sequence[tuple[str, str]]) -> ClassScores:
    gold_labels = sorted({g for g, _ in pairs})
    confusion: dict[str, dict[str, int]] = {g: dict(Counter(p for gg, p in pairs if gg == g)) for g in gold_labels}
    per_class: dict[str, dict[str, float]] = {}
    for label in gold_labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"n": tp + fn, "precision": round(precision, 3), "recall": round(recall, 3),
                            "f1": round(f1, 3)}
    accuracy = sum(1 for g, p in pairs if g == p) / len(pairs)
    macro = sum(c["f1"] for c in per_class.values()) / len(per_class)
    return ClassScores(gold_labels, round(accuracy, 3), round(macro, 3), per_class, confusion, len(pairs))


def plover_label(event: Event, gold_uses_yield: bool) -> str:
    """An event's scoring label: its PLOVER-convention type (NONE without one), CONCEDE and RETREAT as YIELD
    when the gold uses YIELD."""
    label = plover_convention(event) or NONE
    return "YIELD" if gold_uses_yield and label in _YIELD_TYPES else label


def predicted_plover(events: Sequence[Event], gold_uses_yield: bool) -> str:
    chosen = main_event([e for e in events if e.event.plover])
    return NONE if chosen is None else plover_label(chosen, gold_uses_yield)


def predicted_pentaclass(events: Sequence[Event]) -> str:
    chosen = main_event(events)
    return NONE if chosen is None else pentaclass_of_root(chosen.event.cameo_root)


def coded_event_scores(pairs: Sequence[tuple[str | None, Sequence[str]]]) -> dict[str, float]:
    """Precision, recall and F1 of every coded event against the gold event type: (gold label or None for a
    no-event sentence, the labels of the sentence's coded events) per sentence. See the module doc."""
    right = sum(1 for gold, labels in pairs if gold is not None and gold in labels)
    coded = sum(len(labels) for _, labels in pairs)
    gold_events = sum(1 for gold, _ in pairs if gold is not None)
    precision = right / coded if coded else 0.0
    recall = right / gold_events if gold_events else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "coded": coded,
            "gold": gold_events}


def _case_found(sentence: GoldSentence, events: Sequence[Event], accepted: Mapping[str, frozenset[str]]) -> bool | None:
    """Whether an event of the sentence's subtype's PLOVER types was coded; None for an unscored subtype."""
    types = accepted.get(sentence.case_subtype or "")
    return None if types is None else any(e.event.plover in types or plover_convention(e) in types for e in events)


def case_recall(gold: Sequence[GoldSentence], predictions: Sequence[Sequence[Event]],
                accepted: Mapping[str, frozenset[str]] | None = None) -> dict[str, dict[str, float]]:
    """Per CASE subtype of `accepted` (case_subtypes.yaml unless given), and over all of them (CASE_OVERALL):
    the sentences, those found (an event of an accepted PLOVER type) and the recall. Empty without such
    sentences."""
    accepted = load_case_subtypes() if accepted is None else accepted
    found: dict[str, list[bool]] = {}
    for sentence, events in zip(gold, predictions):
        if (hit := _case_found(sentence, events, accepted)) is not None:
            found.setdefault(str(sentence.case_subtype), []).append(hit)
    if not found:
        return {}
    found[CASE_OVERALL] = [hit for hits in found.values() for hit in hits]
    return {subtype: {"n": len(hits), "found": sum(hits), "recall": round(sum(hits) / len(hits), 3)}
            for subtype, hits in sorted(found.items())}


def _token_f1(predicted: Iterable[str], gold: Iterable[str]) -> float:
    p = Counter(w.lower() for text in predicted for w in _WORD.findall(text))
    g = Counter(w.lower() for text in gold for w in _WORD.findall(text))
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def gold_roles(sentence: GoldSentence, events: Sequence[Event]) -> Iterator[tuple[str, tuple[str, ...], list[Actor]]]:
    """(role, gold spans, the main event's actors in that role) for each role the gold sentence marks: the role
    overlap's pairing (the main event among those with a PLOVER type, else among all)."""
    chosen = main_event([e for e in events if e.event.plover] or list(events))
    for role, gold_texts in (("source", sentence.source_text), ("target", sentence.target_text)):
        if gold_texts:
            yield role, gold_texts, [] if chosen is None else list(getattr(chosen, role))


def role_mismatches(gold: Sequence[GoldSentence], predictions: Sequence[Sequence[Event]],
                    role: str = "target") -> Iterator[tuple[GoldSentence, tuple[str, ...], list[str], float]]:
    """(sentence, gold spans, the main event's actor texts, token F1) for each sentence whose `role` words are
    not the gold ones, worst first: to study which words fill the role."""
    found = []
    for sentence, events in zip(gold, predictions):
        for name, gold_texts, actors in gold_roles(sentence, events):
            texts = [a.text for a in actors]
            if name == role and (f1 := _token_f1(texts, gold_texts)) < 1.0:
                found.append((sentence, gold_texts, texts, f1))
    yield from sorted(found, key=lambda m: m[3])


def score(gold: Sequence[GoldSentence], predictions: Sequence[Sequence[Event]]) -> Report:
    """Score predicted events (one list per gold sentence, in order) against the gold labels."""
    if len(gold) != len(predictions):
        raise ValueError("one prediction list per gold sentence is needed")
    uses_yield = any(g.plover == "YIELD" for g in gold)
    plover_pairs = [(g.plover, predicted_plover(p, uses_yield)) for g, p in zip(gold, predictions) if g.plover]
    penta_pairs = [(g.pentaclass, predicted_pentaclass(p)) for g, p in zip(gold, predictions) if g.pentaclass]
    overlaps: dict[str, list[float]] = {"source": [], "target": []}
    for g, events in zip(gold, predictions):
        for role, gold_texts, actors in gold_roles(g, events):
            overlaps[role].append(_token_f1([a.text for a in actors], gold_texts))
    role_overlap: dict[str, float] = {}
    for role, values in overlaps.items():
        if values:
            role_overlap[f"{role}_token_f1"] = round(sum(values) / len(values), 3)
            role_overlap[f"{role}_hit_rate"] = round(sum(v > 0 for v in values) / len(values), 3)
    no_event = [p for g, p in zip(gold, predictions) if g.no_event]
    coded_plover = [(g.plover, [plover_label(e, uses_yield) for e in p if e.event.plover])
                    for g, p in zip(gold, predictions) if g.plover or g.no_event]
    coded_penta = [(g.pentaclass, [pentaclass_of_root(e.event.cameo_root) for e in p])
                   for g, p in zip(gold, predictions) if g.pentaclass or g.no_event]
    return Report(
        sentences=len(gold),
        plover=_class_scores(plover_pairs) if plover_pairs else None,
        pentaclass=_class_scores(penta_pairs) if penta_pairs else None,
        role_overlap=role_overlap,
        no_event_sentences=len(no_event),
        no_event_with_events=sum(1 for p in no_event if p),
        events_per_sentence=round(sum(len(p) for p in predictions) / len(predictions), 3),
        coded_plover=coded_event_scores(coded_plover) if plover_pairs else {},
        coded_pentaclass=coded_event_scores(coded_penta) if penta_pairs else {},
        case_recall=case_recall(gold, predictions),
    )


def predict(coder, gold: Sequence[GoldSentence]) -> Iterator[list[Event]]:
    """Code each gold sentence as a text of its own (a pipeline.Coder, or anything with `code`): with no title,
    URL or date, so that a short one is coded as lone sentences (`senses.whole_article`)."""
    articles = (Article(id=g.id, text=g.text) for g in gold)
    for coded in coder.code(articles):
        yield coded.events


def evaluate(path: Path, coder, limit: int | None = None) -> tuple[Report, list[GoldSentence], list[list[Event]]]:
    """Score the coder on the gold sentences of `path` (the first `limit` with a text)."""
    return evaluate_loaded(*load_gold(path), coder, limit)


def evaluate_loaded(gold: list[GoldSentence], problems: list[str], coder,
                    limit: int | None = None) -> tuple[Report, list[GoldSentence], list[list[Event]]]:
    """`evaluate` of gold sentences already read (`load_gold`): a file that cannot be read fails before the
    coder is built."""
    gold = [g for g in gold if g.text.strip()][:limit] if limit else [g for g in gold if g.text.strip()]
    predictions = list(predict(coder, gold))
    report = score(gold, predictions)
    report.problems = problems
    return report, gold, predictions


def _scores_table(title: str, scores: ClassScores) -> list[str]:
    lines = [f"{title}: accuracy {scores.accuracy:.3f}  macro-F1 {scores.macro_f1:.3f}  (n={scores.total})",
             f"  {'class':<10} {'n':>5} {'prec':>6} {'recall':>6} {'f1':>6}"]
    for label in scores.labels:
        c = scores.per_class[label]
        lines.append(f"  {label:<10} {int(c['n']):>5} {c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f}")
    predicted = sorted({p for row in scores.confusion.values() for p in row})
    width = max(6, *(len(p) for p in predicted))
    lines.append("  confusion (rows gold, columns predicted):")
    lines.append("  " + " " * 10 + "".join(f"{p[:width]:>{width + 1}}" for p in predicted))
    for label in scores.labels:
        row = scores.confusion[label]
        lines.append(f"  {label:<10}" + "".join(f"{row.get(p, 0):>{width + 1}}" for p in predicted))
    return lines


def render_report(report: Report) -> str:
    lines = [f"sentences: {report.sentences}   events per sentence: {report.events_per_sentence}"]
    if report.plover:
        lines += _scores_table("PLOVER type (top-1)", report.plover)
    if report.pentaclass:
        lines += _scores_table("CAMEO pentaclass (top-1)", report.pentaclass)
    for title, scores in (("PLOVER type", report.coded_plover), ("pentaclass", report.coded_pentaclass)):
        if scores:
            lines.append(f"every coded event vs the gold {title}: precision {scores['precision']:.3f}  recall "
                         f"{scores['recall']:.3f}  F1 {scores['f1']:.3f}  ({int(scores['coded'])} coded, "
                         f"{int(scores['gold'])} gold)")
    if report.role_overlap:
        lines.append("roles: " + "  ".join(f"{k} {v:.3f}" for k, v in report.role_overlap.items()))
    if report.case_recall:
        lines.append("CASE subtypes found (an event of an accepted PLOVER type, case_subtypes.yaml):")
        lines.append(f"  {'subtype':<30} {'n':>5} {'found':>6} {'recall':>6}")
        for subtype, row in report.case_recall.items():
            lines.append(f"  {subtype:<30} {int(row['n']):>5} {int(row['found']):>6} {row['recall']:>6.3f}")
    if report.no_event_sentences:
        lines.append(f"no-event sentences: {report.no_event_sentences}, of which coded with an event: "
                     f"{report.no_event_with_events}")
    for problem in report.problems:
        lines.append(f"skipped {problem}")
    return "\n".join(lines)


def mistakes(gold: Sequence[GoldSentence], predictions: Sequence[Sequence[Event]]) -> Iterator[tuple[GoldSentence, str, str]]:
    """(sentence, gold label, predicted main event) for each sentence whose main event has the wrong label, and
    for each CASE sentence whose act was not found (the gold label is its subtype)."""
    uses_yield = any(g.plover == "YIELD" for g in gold)
    accepted = load_case_subtypes()
    for sentence, events in zip(gold, predictions):
        if sentence.plover:
            gold_label, predicted = sentence.plover, predicted_plover(events, uses_yield)
        elif sentence.pentaclass:
            gold_label, predicted = sentence.pentaclass, predicted_pentaclass(events)
        elif _case_found(sentence, events, accepted) is False:
            gold_label, predicted = str(sentence.case_subtype), predicted_plover(events, uses_yield)
        else:
            continue
        if gold_label == predicted:
            continue
        chosen = main_event([e for e in events if e.event.plover] or list(events))
        described = NONE if chosen is None else (
            f"{predicted} {chosen.event.cameo} '{chosen.trigger.text}' "
            f"{[a.text for a in chosen.source]}->{[a.text for a in chosen.target]}"
        )
        yield sentence, gold_label, described

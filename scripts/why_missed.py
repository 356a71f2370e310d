"""Which stage lost each missed gold event of whole hand-coded articles? Counts only, unless --details.

    PYTHONPATH=src python scripts/why_missed.py ../shared/realnews/dev.jsonl --split tune
    PYTHONPATH=src python scripts/why_missed.py ../shared/realnews/dev.jsonl --split tune --details

Each article is coded as `eventscope evaluate` codes it, with the coder's decision trace on (events/trace.py), and
scored at the event level (sentence + PLOVER type). Each gold event with no coded match falls in one of:
  fewer coded than gold    the sentence has a coded event of the gold type, matched to another gold event of that
                           type (the gold has more source and target pairs there than were coded)
  dropped at a gate        a candidate of the gold type was dropped: counted by its gate (docs/events.md)
  only other types         the sentence has candidates, none of the gold type: counted by the types and gates
  no trigger candidate     no trigger and no speech act in the sentence
  furniture                the sentence is a byline, credit or heading line: not coded at all
Two more counts cut the misses another way: whether the gold trigger's head word heads a trigger pattern
(of the gold type, only of other types, or of none: a word the lexicon lacks; speech acts are found by
speech.py's words too, so an ACCUSE "absent" here may still be a word of judgement), and how many misses sit
in a sentence with a quotation mark.
Without --details nothing of the articles' text is printed: the counts may be run on a held-out half; --details
only on the tuning half.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventscope.evaluate_articles import (
    ArticleGold,
    Unit,
    halves_arguments,
    load_article_gold,
    score_article,
    split_articles,
)
from eventscope.events.matching import lemma_of
from eventscope.events.patterns import PatternKind, TriggerPatterns
from eventscope.events.trace import DecisionTrace, DroppedCandidate
from eventscope.ontology import Ontology
from eventscope.pipeline import Coder
from eventscope.records import Event

FEWER = "fewer coded than gold"
DROPPED = "dropped at a gate"
OTHER_TYPES = "only other types"
NONE = "no trigger candidate"
FURNITURE = "furniture"


@dataclass
class Tally:
    """The counts of one run: misses by stage, gates of the gold type's candidates, and the other types."""

    stages: Counter[str] = field(default_factory=Counter)
    gates: Counter[tuple[str | None, str]] = field(default_factory=Counter)  # (gold type, gate)
    fewer: Counter[str | None] = field(default_factory=Counter)  # gold type
    others: Counter[tuple[str | None, str]] = field(default_factory=Counter)  # (gold type, other types)
    other_gates: Counter[tuple[str | None, str]] = field(default_factory=Counter)  # (gold type, gate)
    no_candidate: Counter[str | None] = field(default_factory=Counter)  # gold type
    lexicon: Counter[tuple[str | None, str]] = field(default_factory=Counter)  # (gold type, head word's patterns)
    quoted: Counter[str | None] = field(default_factory=Counter)  # gold type, sentence with a quotation mark
    misses: int = 0


def _sentences_of(miss: Unit, spans: list[tuple[int, int]]) -> set[int]:
    return {i for i, (start, end) in enumerate(spans) if start < miss.end and miss.start < end}


def classify(miss: Unit, where: set[int], kept: list[Event], dropped: list[DroppedCandidate],
             tally: Tally, skipped: Collection[int] = ()) -> tuple[str, list[str]]:
    """The stage that lost `miss` (in the sentences `where`; `skipped`: the sentences not coded at all), counted
    in `tally`, and the lines --details prints."""
    kept_here = [e for e in kept if e.sentence_index in where]
    dropped_here = [d for d in dropped if d.sentence_index in where]
    lines = [f"   kept {e.event.plover} {e.trigger.text!r}" for e in kept_here]
    lines += [f"   drop {d.plover} {d.trigger.text!r} at {d.gate} ({d.rule}) source words {list(d.source_heads)} "
              f"target words {list(d.target_heads)} source {list(d.source)} target {list(d.target)}"
              for d in dropped_here]
    gold = miss.plover
    if any(e.event.plover == gold for e in kept_here):
        tally.fewer[gold] += 1
        return FEWER, lines
    own = [d for d in dropped_here if d.plover == gold]
    if own:
        tally.gates[(gold, str(own[0].gate))] += 1
        return DROPPED, lines
    if kept_here or dropped_here:
        types = sorted({e.event.plover or "01x" for e in kept_here} | {d.plover or "01x" for d in dropped_here})
        tally.others[(gold, ",".join(types))] += 1
        for d in dropped_here:
            tally.other_gates[(gold, str(d.gate))] += 1
        return OTHER_TYPES, lines
    if where and where <= set(skipped):
        return FURNITURE, lines
    tally.no_candidate[gold] += 1
    return NONE, lines


_QUOTE_MARKS = frozenset('"\u201c\u201d')
_PATTERN_KINDS: tuple[PatternKind, ...] = ("verb", "noun", "adj")


def lexicon_status(miss: Unit, doc: Doc, patterns: TriggerPatterns, ontology: Ontology) -> str:
    """Whether the head word of the gold trigger heads a trigger pattern of the gold type ("same type"), only
    of other types ("other types only"), or none ("absent"); "no token" when the trigger is not found."""
    end = miss.trigger_start + max(1, len(miss.trigger))
    tokens = [t for t in doc if miss.trigger_start <= t.idx < end]
    if not tokens:
        return "no token"
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
    types = {ontology.get(p.cameo).plover for kind in _PATTERN_KINDS for p in patterns.candidates(lemma_of(head), kind)}
    if not types:
        return "absent"
    return "same type" if miss.plover in types else "other types only"


def explain_misses(coder: Coder, gold: ArticleGold, tally: Tally, details: bool) -> None:
    article = gold.article
    doc = coder.nlp(article.text)
    trace = DecisionTrace(coder.ontology)
    coded = coder.code_doc(article, doc, trace)
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    for miss in score_article(gold, coded.events).misses:
        stage, lines = classify(miss, _sentences_of(miss, spans), coded.events, trace.dropped, tally, trace.skipped)
        tally.stages[stage] += 1
        tally.misses += 1
        tally.lexicon[(miss.plover, lexicon_status(miss, doc, coder.event_coder.patterns, coder.ontology))] += 1
        if not _QUOTE_MARKS.isdisjoint(miss.sentence):
            tally.quoted[miss.plover] += 1
        if details:
            print(f"[{stage}] {miss.plover} {miss.modality} trigger {miss.trigger!r} "
                  f"{miss.source.country}->{miss.target.country} | {miss.sentence[:220]}")
            print("\n".join(lines))


def _print_counts(title: str, counts: Counter, limit: int = 30) -> None:
    print(title)
    for key, count in counts.most_common(limit):
        print(f"  {count:4d}  {key}")


def main() -> None:
    args = halves_arguments(__doc__, "each missed gold event, its sentence and what was kept and dropped there")
    coder = Coder()
    tally = Tally()
    for gold in split_articles(load_article_gold(args.gold), args.split):
        explain_misses(coder, gold, tally, args.details)
    print(f"missed gold events: {tally.misses}")
    _print_counts("by stage", tally.stages)
    _print_counts("fewer coded than gold, by gold type", tally.fewer)
    _print_counts("dropped at a gate (gold type, gate)", tally.gates)
    _print_counts("only other types (gold type, candidate types)", tally.others)
    _print_counts("gates that dropped the other types' candidates (gold type, gate)", tally.other_gates)
    _print_counts("no trigger candidate, by gold type", tally.no_candidate)
    _print_counts("gold trigger's head word in the trigger lexicon (gold type, patterns it heads)", tally.lexicon)
    print(f"in a sentence with a quotation mark: {sum(tally.quoted.values())}")
    _print_counts("in a sentence with a quotation mark, by gold type", tally.quoted)


if __name__ == "__main__":
    main()

"""Which gold events does the coder miss or mistype, grouped by gold type and by the main clause's head word?

    PYTHONPATH=src python scripts/trigger_misses.py ../shared/gold/plv_train.jsonl
    PYTHONPATH=src python scripts/trigger_misses.py ../shared/gold/conflibert_train.jsonl --examples 3
    PYTHONPATH=src python scripts/trigger_misses.py ../shared/gold/plv_train.jsonl --json misses.jsonl
    PYTHONPATH=src python scripts/trigger_misses.py ../shared/gold/plv_train.jsonl --by-trigger --min 1

Each gold sentence (one gold event: a PLOVER type, else a CAMEO pentaclass) falls in one of:
  right     the main event has the gold label
  buried    an event of the gold label is coded, but another one is the main event
  mistyped  events are coded, none with the gold label
  missed    no event is coded (for PLOVER: none with a PLOVER type)
--by-trigger lists the confusions instead: for each wrong sentence, the gold label, the label coded and the lemma
of the trigger the coder used (the main event's; "-" when nothing is coded), grouped with counts, so that a trigger
word coded as the wrong type many times stands out from one-off misses.
The head word is the lemma of the sentence's root, or of the clause a reporting root ("said", "told")
introduces; "known" says whether that lemma heads any trigger pattern, so a missed sentence with an unknown
head points to missing vocabulary and one with a known head to a pattern or a sense check that failed.
Sentences are coded one by one, as `eventscope evaluate` codes them (the same Coder and scoring labels).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from eventscope.evaluate import (
    GoldSentence,
    load_gold,
    pentaclass_of_root,
    plover_label,
    predicted_pentaclass,
    predicted_plover,
)
from eventscope.records import Article, Event


@dataclass(frozen=True, slots=True)
class Outcome:
    gold: GoldSentence
    label: str  # the gold label (PLOVER type, else pentaclass)
    predicted: str  # the main event's label
    coded: tuple[str, ...]  # every coded event's label
    kind: str  # right, buried, mistyped, missed
    head: str  # the main clause's head lemma
    head_pos: str
    known: bool  # the head lemma heads a trigger pattern
    triggers: tuple[str, ...]  # "trigger/CAMEO" of every coded event
    trigger_lemma: str  # lemma of the main event's trigger head ("" when nothing is coded)


def clause_head(doc: Doc, reporting: frozenset[str]) -> Token | None:
    """The head of the first sentence's main clause; a reporting root (one of `reporting`, the coder's speech
    verbs of attribution.yaml) gives way to the clause it reports, which holds the act."""
    sentence = next(iter(doc.sents), None)
    if sentence is None:
        return None
    head = sentence.root
    for _ in range(2):
        if head.lemma_.lower() not in reporting:
            break
        reported = [c for c in head.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
        if not reported:
            break
        head = reported[0]
    return head


def trigger_lemma(doc: Doc, event: Event) -> str:
    """The lemma of the trigger's head word: the token of its span whose head lies outside the span."""
    words = [t for t in doc if t.idx >= event.trigger.start and t.idx + len(t) <= event.trigger.end]
    heads = [t for t in words if not (event.trigger.start <= t.head.idx < event.trigger.end) or t.head is t]
    chosen = heads[0] if heads else words[0] if words else None
    return chosen.lemma_.lower() if chosen is not None else event.trigger.text.lower()


def _main_event(events: list[Event], label: str, use_plover: bool, uses_yield: bool) -> Event | None:
    """The first coded event with the predicted label (the main one), else the first scored one."""
    return next((e for e in events if _label(e, use_plover, uses_yield) == label), events[0] if events else None)


def _label(event: Event, use_plover: bool, uses_yield: bool) -> str:
    return plover_label(event, uses_yield) if use_plover else pentaclass_of_root(event.event.cameo_root)


def outcomes(path: Path, limit: int | None = None) -> list[Outcome]:
    from eventscope.pipeline import Coder  # loads spaCy

    gold, _ = load_gold(path)
    gold = [g for g in gold if g.text.strip() and (g.plover or g.pentaclass)][:limit]
    uses_yield = any(g.plover == "YIELD" for g in gold)
    coder = Coder()
    heads = coder.event_coder.patterns.head_lemmas
    reporting = coder.event_coder.patterns.attribution.speech_verbs
    found: list[Outcome] = []
    for g in gold:
        article = Article(id=g.id, text=g.text)
        doc = coder.nlp(g.text)
        events = coder.code_doc(article, doc).events
        use_plover = g.plover is not None
        label = g.plover if use_plover else g.pentaclass
        assert label is not None
        scored = [e for e in events if e.event.plover] if use_plover else list(events)
        coded = tuple(_label(e, use_plover, uses_yield) for e in scored)
        predicted = predicted_plover(events, uses_yield) if use_plover else predicted_pentaclass(events)
        kind = ("right" if predicted == label else "buried" if label in coded else
                "mistyped" if coded else "missed")
        head = clause_head(doc, reporting)
        main = _main_event(scored, predicted, use_plover, uses_yield)
        lemma = head.lemma_.lower() if head is not None else ""
        found.append(Outcome(g, label, predicted, coded, kind, lemma, head.pos_ if head is not None else "",
                             lemma in heads, tuple(f"{e.trigger.text}/{e.event.cameo}" for e in scored),
                             trigger_lemma(doc, main) if main is not None else ""))
    return found


def report(found: list[Outcome], examples: int, minimum: int) -> str:
    lines: list[str] = []
    kinds = Counter(o.kind for o in found)
    lines.append(f"sentences {len(found)}: " + "  ".join(f"{k} {kinds[k]}" for k in ("right", "buried", "mistyped", "missed")))
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    for o in found:
        by_label[o.label][o.kind] += 1
    lines.append(f"\n{'gold':<10} {'n':>5} {'right':>6} {'buried':>6} {'mistyp':>6} {'missed':>6}  predicted instead")
    for label, counts in sorted(by_label.items(), key=lambda kv: -sum(kv[1].values())):
        instead = Counter(o.predicted for o in found if o.label == label and o.kind != "right")
        lines.append(f"{label:<10} {sum(counts.values()):>5} {counts['right']:>6} {counts['buried']:>6} "
                     f"{counts['mistyped']:>6} {counts['missed']:>6}  "
                     + ", ".join(f"{p} {n}" for p, n in instead.most_common(4)))
    wrong = [o for o in found if o.kind != "right"]
    groups: dict[tuple[str, str, str], list[Outcome]] = defaultdict(list)
    for o in wrong:
        groups[(o.label, o.head, o.kind)].append(o)
    lines.append(f"\nwrong sentences by gold label, head lemma and kind (groups of at least {minimum}):")
    for (label, head, kind), members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(members) < minimum:
            continue
        right_same = sum(1 for o in found if o.head == head and o.kind == "right")
        known = "known" if members[0].known else "UNKNOWN"
        lines.append(f"  {label:<9} {head:<16} {kind:<9} {len(members):>3}  ({known}; right with this head: {right_same})")
        for o in members[:examples]:
            lines.append(f"      -> {o.predicted} {list(o.triggers)}  {o.gold.text[:160]}")
    return "\n".join(lines)


def confusions(found: list[Outcome], examples: int, minimum: int) -> str:
    """Wrong sentences grouped by (gold label, label coded, trigger lemma), largest group first."""
    groups: dict[tuple[str, str, str], list[Outcome]] = defaultdict(list)
    for o in found:
        if o.kind != "right":
            groups[(o.label, o.predicted, o.trigger_lemma or "-")].append(o)
    pairs = Counter((o.label, o.predicted) for o in found if o.kind != "right")
    lines = [f"{'gold':<10} {'coded':<10} {'n':>4}" ]
    lines += [f"{gold:<10} {coded:<10} {n:>4}" for (gold, coded), n in pairs.most_common() if n >= minimum]
    lines.append(f"\n{'gold':<10} {'coded':<10} {'trigger':<16} {'n':>4}  (right with this trigger lemma)")
    right = Counter(o.trigger_lemma for o in found if o.kind == "right")
    for (gold, coded, lemma), members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(members) < minimum:
            continue
        lines.append(f"{gold:<10} {coded:<10} {lemma:<16} {len(members):>4}  ({right[lemma]})")
        for o in members[:examples]:
            lines.append(f"      {list(o.triggers)}  {o.gold.text[:150]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--examples", type=int, default=2, help="example sentences per group")
    parser.add_argument("--min", type=int, default=2, help="smallest group listed")
    parser.add_argument("--by-trigger", action="store_true",
                        help="group wrong sentences by (gold label, label coded, trigger lemma) instead")
    parser.add_argument("--json", type=Path, help="also write one JSON line per sentence here")
    args = parser.parse_args(argv)
    found = outcomes(args.gold, args.limit)
    print(confusions(found, args.examples, args.min) if args.by_trigger else report(found, args.examples, args.min))
    if args.json:
        with args.json.open("w", encoding="utf-8") as out:
            for o in found:
                out.write(json.dumps({"id": o.gold.id, "text": o.gold.text, "label": o.label, "predicted": o.predicted,
                                      "coded": o.coded, "kind": o.kind, "head": o.head, "head_pos": o.head_pos,
                                      "known": o.known, "triggers": o.triggers,
                                      "trigger_lemma": o.trigger_lemma}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Further acts: when a sentence of a whole hand-coded article yields two or more events, which of them are gold?

    PYTHONPATH=src python scripts/further_acts.py tests/articles/conflict.jsonl ../shared/realnews/dev.jsonl --split tune

Each article is coded as `eventscope evaluate` codes it (political articles only). A sentence's main event is its most
confident (selection.main_event); every other event of the sentence is a further act, matched when one of its (source,
target) pairs matches a gold event at the event level (evaluate_articles' matching). Counted, matched and false: how the
further act's trigger hangs on the main event's (`relation`), its PLOVER type, modality, confidence, part of speech and
whether it has the main event's type and modality. Counts only, no words of the articles: it may be run on a held-out
half. `--split` applies to every file (the tuning sets have no halves: use `all`, the default).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.tokens import Doc, Token

from eventscope.evaluate_articles import _match, coded_units, load_article_gold, split_articles
from eventscope.events.selection import main_event
from eventscope.nlp import parse
from eventscope.pipeline import Coder
from eventscope.records import Event

# dependency labels of clauses, in the order a relation is named by the first one on the path between two triggers
_CLAUSES = (("relcl", "relative clause"), ("acl", "participle or clause on a noun"), ("advcl", "adverbial clause"),
            ("ccomp", "clausal complement"), ("xcomp", "infinitive or open complement"), ("pcomp", "clause after a preposition"))


def relation(main: Token, further: Token) -> str:
    """How `further`'s trigger hangs on `main`'s: the same word, conjoined, the first clause on the path between them,
    a noun object or prepositional noun, or the head of the main event's word."""
    if main.i == further.i:
        return "same word"
    up_main, up_further = [main, *main.ancestors], [further, *further.ancestors]
    common = next((t for t in up_further if t.i in {m.i for m in up_main}), None)
    if common is None:
        return "other sentence part"
    deps = [t.dep_ for t in up_further[:up_further.index(common)]] + [t.dep_ for t in up_main[:up_main.index(common)]]
    if deps and all(d == "conj" for d in deps):
        return "conjoined"
    for dep, name in _CLAUSES:
        if dep in deps:
            return name + (" (above)" if common.i == further.i else "")
    if further.pos_ in ("NOUN", "PROPN") and further.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos"):
        return f"noun ({further.dep_})"
    if common.i == further.i:
        return "head of the main event's word"
    return "other: " + "/".join(deps[:3])


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _band(confidence: float) -> str:
    low = min(int(confidence * 10), 9) / 10
    return f"{low:.1f}-{low + 0.1:.1f}"


FEATURES: dict[str, Callable[[Event, Event, Token, Token], str]] = {
    "relation to the main event": lambda e, m, t, mt: relation(mt, t),
    "type": lambda e, m, t, mt: e.event.plover or "-",
    "modality (further, main)": lambda e, m, t, mt: f"{e.modality}, {m.modality}",
    "confidence": lambda e, m, t, mt: _band(e.confidence),
    "part of speech": lambda e, m, t, mt: t.pos_,
    "type and modality as the main event's": lambda e, m, t, mt: (
        f"type {'same' if e.event.plover == m.event.plover else 'other'}, "
        f"modality {'same' if e.modality == m.modality else 'other'}"),
}


def tally(coder: Coder, files: Iterable[Path], split: str) -> dict[str, Counter[tuple[str, bool]]]:
    counts: dict[str, Counter[tuple[str, bool]]] = {name: Counter() for name in FEATURES}
    for path in files:
        for gold in split_articles(load_article_gold(path), None if split == "all" else split):
            if not gold.political:
                continue
            doc = next(parse(coder.nlp, [gold.article.text]))
            events = list(coder.code_doc(gold.article, doc).events)
            units, owners = [], []
            for k, event in enumerate(events):
                for unit in coded_units(event):
                    units.append(unit)
                    owners.append(k)
            matched = {owners[ci] for ci in _match("event", gold.events, units).values()}
            by_sentence: dict[int, list[int]] = {}
            for k, event in enumerate(events):
                by_sentence.setdefault(event.evidence.start, []).append(k)
            for ks in by_sentence.values():
                main = main_event([events[k] for k in ks])
                assert main is not None  # (a sentence is listed only with an event)
                main_token = _trigger(doc, main)
                for k in ks:
                    token = _trigger(doc, events[k])
                    if events[k] is main or token is None or main_token is None:
                        continue
                    for name, feature in FEATURES.items():
                        counts[name][(feature(events[k], main, token, main_token), k in matched)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path, nargs="+", help="whole hand-coded articles (JSONL)")
    parser.add_argument("--split", choices=["all", "tune", "check"], default="all",
                        help="all articles, the tuning half or the checking half (as `eventscope evaluate`)")
    args = parser.parse_args()
    counts = tally(Coder(), args.gold, args.split)
    first = counts["type"]
    print(f"further acts: {sum(first.values())}, matched {sum(n for (_, ok), n in first.items() if ok)}")
    for name, counter in counts.items():
        print(f"{name}: matched false")
        for value in sorted({v for v, _ in counter}, key=lambda v: -(counter[(v, True)] + counter[(v, False)])):
            print(f"  {value:45s} {counter[(value, True)]:4d} {counter[(value, False)]:4d}")


if __name__ == "__main__":
    main()

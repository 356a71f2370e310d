"""The ceiling of a keep/drop re-ranker over the coder's candidates, on whole hand-coded articles. Counts only.

    PYTHONPATH=src python scripts/rerank_ceiling.py ../shared/realnews/dev.jsonl --split tune
    PYTHONPATH=src python scripts/rerank_ceiling.py tests/articles/coop.jsonl tests/articles/courts.jsonl

A re-ranker that only keeps or drops what the rules already found can gain at most:
  recall     each missed gold event (event level: sentence + PLOVER type) whose sentence has a dropped candidate
             of the gold type (one candidate per miss); "pentaclass" also counts a dropped candidate of another
             type of the gold type's CAMEO pentaclass (a retyping re-ranker could use it)
  precision  each kept coded event (one per source and target pair) that matches no gold event
and it risks each dropped candidate that matches no missed gold event. Each is counted by the gate that dropped
the candidate. Nothing of the articles' text is printed, so any file may be counted.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from eventscope.evaluate import pentaclass_of_root
from eventscope.evaluate_articles import ArticleGold, load_article_gold, score_article, split_articles
from eventscope.events.trace import DecisionTrace, DroppedCandidate
from eventscope.pipeline import Coder


@dataclass
class Ceiling:
    gold: int = 0
    matched: int = 0
    coded: int = 0
    false_kept: int = 0
    dropped: int = 0
    by_type: Counter[str] = field(default_factory=Counter)  # gate of the candidate that would match a miss
    by_class: Counter[str] = field(default_factory=Counter)
    risked: Counter[str] = field(default_factory=Counter)  # gate of a dropped candidate matching no miss


def _pentaclass(cameo: str) -> str | None:
    return pentaclass_of_root(cameo[:2]) if cameo[:2].isdigit() else None


def count_article(coder: Coder, gold: ArticleGold, ceiling: Ceiling) -> None:
    doc = coder.nlp(gold.article.text)
    trace = DecisionTrace(coder.ontology)
    coded = coder.code_doc(gold.article, doc, trace)
    report = score_article(gold, coded.events)
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    event = report.levels["event"]
    ceiling.gold += event.gold
    ceiling.matched += event.matched_gold
    ceiling.coded += event.predicted
    ceiling.false_kept += len(report.false_alarms)
    ceiling.dropped += len(trace.dropped)
    used_type: set[int] = set()
    used_class: set[int] = set()
    for miss in report.misses:
        where = {i for i, (start, end) in enumerate(spans) if start < miss.end and miss.start < end}
        here = [(i, d) for i, d in enumerate(trace.dropped) if d.sentence_index in where]
        gold_class = _pentaclass(miss.cameo)
        same = next(((i, d) for i, d in here if d.plover == miss.plover and i not in used_type), None)
        if same is not None:
            used_type.add(same[0])
            ceiling.by_type[str(same[1].gate)] += 1
        close = next(((i, d) for i, d in here if i not in used_class and (
            d.plover == miss.plover or (gold_class is not None and _pentaclass(d.cameo) == gold_class))), None)
        if close is not None:
            used_class.add(close[0])
            ceiling.by_class[str(close[1].gate)] += 1
    for i, d in enumerate(trace.dropped):
        if i not in used_class:
            ceiling.risked[_gate(d)] += 1


def _gate(dropped: DroppedCandidate) -> str:
    return str(dropped.gate)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--split", choices=["all", "tune", "check"], default="all")
    args = parser.parse_args()
    coder = Coder()
    total = Ceiling()
    for path in args.gold:
        ceiling = Ceiling()
        for gold in split_articles(load_article_gold(path), args.split):
            count_article(coder, gold, ceiling)
        print(f"{path.name}: gold {ceiling.gold} matched {ceiling.matched} coded {ceiling.coded} "
              f"false kept {ceiling.false_kept} dropped {ceiling.dropped} | recoverable by type "
              f"{sum(ceiling.by_type.values())}, by pentaclass {sum(ceiling.by_class.values())}")
        for name in ("gold", "matched", "coded", "false_kept", "dropped"):
            setattr(total, name, getattr(total, name) + getattr(ceiling, name))
        total.by_type.update(ceiling.by_type)
        total.by_class.update(ceiling.by_class)
        total.risked.update(ceiling.risked)
    print(f"TOTAL gold {total.gold} matched {total.matched} missed {total.gold - total.matched} coded {total.coded} "
          f"false kept {total.false_kept} dropped {total.dropped}")
    print(f"recoverable misses, same type: {sum(total.by_type.values())}  same pentaclass: "
          f"{sum(total.by_class.values())}")
    print("by gate (same type):", dict(total.by_type.most_common()))
    print("by gate (same pentaclass):", dict(total.by_class.most_common()))
    print("dropped candidates matching no miss, by gate:", dict(total.risked.most_common()))


if __name__ == "__main__":
    main()

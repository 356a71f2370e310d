"""What each gate of the event coder drops: candidates that would have matched a gold event against false ones.

    PYTHONPATH=src python scripts/gate_census.py ../shared/realnews/dev.jsonl --split tune tests/articles/coop.jsonl \
        ../shared/gold/plv_train.jsonl
    PYTHONPATH=src python scripts/gate_census.py --tuning          # every tuning set (docs/events.md, session 39)

Each file is coded as `eventscope evaluate` codes it, with the coder's decision trace on (events/trace.py). Whole
hand-coded articles (and the non-political controls) are scored at the event level (sentence + PLOVER type,
`evaluate_articles`); gold sentence sets (../shared/gold) by the sentence's one PLOVER type. Each dropped candidate
(`DroppedCandidate`) is
  wrong   it would have matched a gold event that was missed (same sentence and PLOVER type): the gate's cost (an
          upper bound: a candidate let through meets the later gates too)
  dup     it would have matched a gold event a kept event matched already
  right   no gold event of its type in its sentence: a false event the gate saves
and `gold` counts the distinct missed gold events a gate's wrong drops stand for. Printed per gate, per gate and
candidate kind (verb, noun, speech, modal: the rule's prefix), per gate and PLOVER type, and per set kind (real
news, invented political sets, non-political controls, sentence sets).
Nothing of the texts is printed: the counts may be run on held-out data (`--split check`), never to choose a rule.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventscope.evaluate import load_gold
from eventscope.evaluate_articles import is_article_gold, load_article_gold, score_article, split_articles
from eventscope.events.trace import DecisionTrace, DroppedCandidate
from eventscope.pipeline import Coder
from eventscope.records import Article

WRONG = "wrong"
DUP = "dup"
RIGHT = "right"
_ROOT = Path(__file__).resolve().parent.parent
_POLITICAL_SETS = ("analysis", "background", "business", "conflict", "context", "coop", "courts", "diplomacy", "europe",
                   "humanitarian", "longform", "speech", "speech2", "statecraft", "unrest", "uspolitics")


@dataclass
class Census:
    """Drops by (gate, verdict), by (gate, kind, verdict), by (gate, type, verdict), by (set kind, gate, verdict),
    and the distinct missed gold events a gate's wrong drops stand for."""

    gates: Counter[tuple[str, str]] = field(default_factory=Counter)
    kinds: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    types: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    sets: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    # --details: the gates whose drops are printed (tuning data only), and the sentence each drop is judged in
    details: frozenset[str] = frozenset()
    text: str = ""

    def add(self, drop: DroppedCandidate, verdict: str, set_kind: str) -> None:
        gate = str(drop.gate)
        self.gates[(gate, verdict)] += 1
        self.kinds[(gate, drop.rule.split(":")[0], verdict)] += 1
        self.types[(gate, drop.plover or "01x", verdict)] += 1
        self.sets[(set_kind, gate, verdict)] += 1


def judge(drops: Iterable[DroppedCandidate], missed: Sequence[tuple[int, int, str | None]],
          matched: Sequence[tuple[int, int, str | None]], census: Census, set_kind: str, scope: str) -> None:
    """Judge each drop against the gold events of its sentence, missed and matched: (start, end, PLOVER type);
    `scope` names the text (file and id), so that a missed gold event is counted once per gate."""
    for drop in drops:
        at = drop.trigger.start

        def here(units: Sequence[tuple[int, int, str | None]], drop: DroppedCandidate = drop,
                 at: int = at) -> list[int]:
            return [i for i, (start, end, plover) in enumerate(units) if start <= at < end and plover == drop.plover]

        lost = here(missed)
        if str(drop.gate) in census.details:
            verdict = WRONG if lost else DUP if here(matched) else RIGHT
            start = census.text.rfind("\n", 0, at) + 1
            end = census.text.find("\n", at)
            line = census.text[start:end if end >= 0 else None]
            print(f"[{drop.gate} {verdict}] {drop.plover} {drop.rule} {drop.trigger.text!r} source {list(drop.source)} "
                  f"target {list(drop.target)} | {line[max(0, at - start - 160):at - start + 160]}")
        if lost:
            census.add(drop, WRONG, set_kind)
            for index in lost:
                census.gold[f"{drop.gate}|{scope}|{index}"] += 1
        else:
            census.add(drop, DUP if here(matched) else RIGHT, set_kind)


def census_articles(coder: Coder, path: Path, split: str | None, set_kind: str, census: Census) -> None:
    for gold in split_articles(load_article_gold(path), split):
        doc = coder.nlp(gold.article.text)
        trace = DecisionTrace(coder.ontology)
        coded = coder.code_doc(gold.article, doc, trace)
        census.text = gold.article.text
        report = score_article(gold, coded.events)
        missed_ids = {id(u) for u in report.misses}
        missed = [(u.start, u.end, u.plover) for u in gold.events if id(u) in missed_ids]
        matched = [(u.start, u.end, u.plover) for u in gold.events if id(u) not in missed_ids]
        judge(trace.dropped, missed, matched, census, set_kind, f"{path}#{gold.article.id}")


def census_sentences(coder: Coder, path: Path, census: Census) -> None:
    sentences, _ = load_gold(path)
    for sentence in sentences:
        if not sentence.text.strip():
            continue
        article = Article(id=sentence.id, text=sentence.text)
        doc = coder.nlp(article.text)
        trace = DecisionTrace(coder.ontology)
        coded = coder.code_doc(article, doc, trace)
        census.text = article.text
        whole = (0, len(sentence.text) + 1, sentence.plover)
        if sentence.plover is None or sentence.no_event:
            judge(trace.dropped, [], [], census, "sentence sets", f"{path}#{sentence.id}")
        elif any(e.event.plover == sentence.plover for e in coded.events):
            judge(trace.dropped, [], [whole], census, "sentence sets", f"{path}#{sentence.id}")
        else:
            judge(trace.dropped, [whole], [], census, "sentence sets", f"{path}#{sentence.id}")


def tuning_files() -> list[tuple[Path, str | None, str]]:
    """The tuning data: the dev tune half, the political tuning sets, the non-political controls offtopic*, the
    gold sentence sets."""
    articles = _ROOT / "tests" / "articles"
    shared = _ROOT.parent / "shared"
    files: list[tuple[Path, str | None, str]] = [(shared / "realnews" / "dev.jsonl", "tune", "dev tune")]
    files += [(articles / f"{name}.jsonl", None, "political sets") for name in _POLITICAL_SETS]
    files += [(path, None, "non-political") for path in sorted(articles.glob("offtopic*.jsonl"))]
    files += [(path, None, "sentence sets") for path in sorted((shared / "gold").glob("*.jsonl"))]
    return files


def _held_out(path: Path, split: str | None) -> bool:
    """Whether a file (or the half of it read) is held out: the held-out sets and controls, a half that is not the
    tuning one of the hand-coded real news."""
    return path.stem.startswith(("heldout", "controls")) or ("realnews" in path.parts and split != "tune")


def _row(label: str, counts: Counter[str], gold: int | None = None) -> str:
    wrong, dup, right = counts[WRONG], counts[DUP], counts[RIGHT]
    total = wrong + dup + right
    share = f"{wrong / (wrong + right):.0%}" if wrong + right else "-"
    missed = "" if gold is None else f" {gold:5d}"
    return f"  {label:<44} {total:6d} {wrong:6d} {dup:5d} {right:6d} {share:>6}{missed}"


def render(census: Census, min_drops: int = 3) -> str:
    lines = [f"  {'gate':<44} {'drops':>6} {'wrong':>6} {'dup':>5} {'right':>6} {'wrong%':>6} {'gold':>5}"]
    by_gate: dict[str, Counter[str]] = {}
    for (gate, verdict), count in census.gates.items():
        by_gate.setdefault(gate, Counter())[verdict] += count
    gold_by_gate = Counter(key.split("|")[0] for key in census.gold)
    for gate, counts in sorted(by_gate.items(), key=lambda item: -item[1].total()):
        lines.append(_row(gate, counts, gold_by_gate[gate]))
    for title, table in (("by gate and candidate kind", census.kinds), ("by gate and PLOVER type", census.types),
                         ("by set kind and gate", census.sets)):
        lines.append(title)
        grouped: dict[str, Counter[str]] = {}
        for (first, second, verdict), count in table.items():
            grouped.setdefault(f"{first} {second}", Counter())[verdict] += count
        for label, counts in sorted(grouped.items()):
            if counts.total() >= min_drops:
                lines.append(_row(label, counts))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help="whole-article gold or gold sentence sets (JSONL)")
    parser.add_argument("--split", choices=["all", "tune", "check"], default="all",
                        help="for whole-article files: all articles, the tuning half or the checking half")
    parser.add_argument("--tuning", action="store_true", help="every tuning set (and the files given)")
    parser.add_argument("--details", action="append", default=[], metavar="GATE",
                        help="print each drop of GATE with its sentence (prints text: tuning data only)")
    parser.add_argument("--min-drops", type=int, default=3, help="the fewest drops a row of the breakdowns shows")
    args = parser.parse_args()
    files = tuning_files() if args.tuning else []
    files += [(path, args.split, path.stem) for path in args.files]
    if not files:
        parser.error("no files: name some or give --tuning")
    coder = Coder()
    if args.details and any(_held_out(path, split) for path, split, _ in files):
        parser.error("--details prints text: only on tuning data (never the check half or held-out sets)")
    census = Census(details=frozenset(args.details))
    for path, split, set_kind in files:
        if is_article_gold(path):
            census_articles(coder, path, None if split == "all" else split, set_kind, census)
        else:
            census_sentences(coder, path, census)
    print(render(census, args.min_drops))


if __name__ == "__main__":
    main()

"""Fit the whole-article confidence model (src/eventscope/events/data/confidence.yaml).

    PYTHONPATH=src python scripts/calibrate_confidence.py ../shared/realnews/dev.jsonl [--also FILE ...]
        [--held FILE ...] [--write]

Codes the tune half of the hand-coded articles (and every article of the --also files, such as the invented
ones of tests/articles/ their authors tuned on) with raw rule scores, labels each event by whether it
matches a gold event (sentence + PLOVER type, as `eventscope evaluate` scores), fits an L2-regularised
logistic regression over `events.confidence.features`, and reports on the check half (and on each --held
file, articles nobody tuned on) how well the probabilities are calibrated and what each `min_confidence`
threshold does to precision and recall.
With --write the weights go to confidence.yaml (min_confidence kept as it is there, or --min-confidence).

With --rescale the model's features and ranking stay: one scale and shift of its score (Platt scaling of
the fitted weights, on the tune half) so that a confidence of p means about p of such events are right on
the tune half; min_confidence moves with it, so the same events are kept and the scores do not change.

With --table it changes nothing: it prints docs/events.md's reliability table, the share of coded events
(bundled model) that match a gold event by confidence, on each half.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np
from pydantic import PrivateAttr
from spacy.tokens import Doc

from eventscope.datafiles import load_yaml
from eventscope.evaluate_articles import ArticleGold, coded_units, load_article_gold, score_article, split_articles
from eventscope.events.confidence import Calibrator, features
from eventscope.events.patterns import _data_path
from eventscope.events.senses import SenseRules
from eventscope.ontology import RootGroups
from eventscope.pipeline import Coder
from eventscope.records import Event, EventDraft

# docs/events.md's reliability table: confidence bins, the first from min_confidence, the last open above 0.9
BINS = ((0.0, 0.35), (0.35, 0.5), (0.5, 0.65), (0.65, 0.8), (0.8, 0.9), (0.9, 1.01))


# (features, matched, units, article): one coded event as the fit reads it, and the article it is in
Row = tuple[dict[str, float], bool, int, int]

# leave-one-article-out: the L2 strengths and the thresholds it compares
L2S = (0.5, 2.0, 5.0, 10.0, 20.0)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


class FeatureRecorder(Calibrator):
    """Stands in for the model while coding: keeps every draft with its raw rule score, and records the
    features of each as the model reads them, where the event coder calibrates (before roles are completed
    and the when stage sets a modality such as historical), not those of the finished Event."""

    _seen: dict[str, list[dict[str, float]]] = PrivateAttr(default_factory=dict)

    def probability(self, draft: EventDraft, senses: SenseRules, roots: RootGroups, doc: Doc | None = None) -> float:
        self._seen.setdefault(draft.id, []).append(features(draft, senses, roots, doc, self.agreed_terms))
        return draft.confidence

    def features_of(self, event: Event) -> dict[str, float] | None:
        """The features the model read for the draft this event was made from; None when no one draft was
        read under its id (an event copied from another after calibration: a denial, an echo)."""
        found = self._seen.get(event.id, [])
        return found[0] if len(found) == 1 else None


def judged(coder: Coder, gold: list[ArticleGold]) -> list[tuple[Event, bool, int]]:
    """Every coded event of the articles, with whether it matches a gold event (as `evaluate` scores) and the
    index of its article."""
    rows = []
    coded = list(coder.code([g.article for g in gold]))
    for index, (article_gold, article) in enumerate(zip(gold, coded)):
        report = score_article(article_gold, article.events)
        false = {(u.trigger_start, u.cameo, u.source, u.target) for u in report.false_alarms}
        for event in article.events:
            hit = any((u.trigger_start, u.cameo, u.source, u.target) not in false for u in coded_units(event))
            rows.append((event, hit, index))
    return rows


def labelled(coder: Coder, gold: list[ArticleGold]) -> list[Row]:
    """(features, matched, units) for every event the articles' raw rule scores code, its features as the
    model reads them at calibration; events copied after it (see FeatureRecorder.features_of) are left out."""
    recorder = FeatureRecorder()
    coder.event_coder.calibrator = recorder
    rows: list[Row] = []
    left_out = 0
    for event, hit, article in judged(coder, gold):
        found = recorder.features_of(event)
        if found is None:
            left_out += 1
        else:
            rows.append((found, hit, len(coded_units(event)), article))
    if left_out:
        print(f"({left_out} events copied after calibration left out)")
    return rows


def table(coder: Coder, articles: list[ArticleGold]) -> None:
    """The bundled model's reliability table: coded events that match a gold event, by confidence, per half."""
    halves = [judged(coder, split_articles(articles, split)) for split in ("tune", "check")]
    calibrator = coder.event_coder.calibrator
    kept_from = calibrator.min_confidence if calibrator is not None else 0.0  # (no event is kept below it)
    print("| confidence | tune half (fitted) | check half (held out) |\n|---|---|---|")
    for low, high in BINS:
        low = max(low, kept_from)
        cells = []
        for rows in halves:
            right = [hit for event, hit, _ in rows if low <= event.confidence < high]
            share = f" ({sum(right) / len(right):.2f})" if len(right) > 3 else ""
            cells.append(f"{sum(right)} of {len(right)}{share}")
        label = f"{low:g} and more" if high > 1 else f"{low:g}-{high:g}"
        print(f"| {label} | {cells[0]} | {cells[1]} |")


def fit(rows: list[Row], names: list[str], l2: float, steps: int = 3000, rate: float = 0.1) -> np.ndarray:
    x = np.array([[r[0].get(n, 0.0) for n in names] for r in rows])
    y = np.array([float(r[1]) for r in rows])
    w = np.zeros(len(names))
    penalty = np.array([0.0 if n == "bias" else l2 for n in names])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= rate * (x.T @ (p - y) / len(y) + penalty * w / len(y))
    return w


def probabilities(rows: list[Row], names: list[str], w: np.ndarray) -> list[float]:
    return [1 / (1 + math.exp(-sum(w[i] * r[0].get(n, 0.0) for i, n in enumerate(names)))) for r in rows]


def report(rows: list[Row], names: list[str], w: np.ndarray, title: str) -> None:
    probs = probabilities(rows, names, w)
    print(f"{title}: {len(rows)} events, {sum(r[1] for r in rows)} right")
    for low, high in ((0, .2), (.2, .35), (.35, .5), (.5, .65), (.65, .8), (.8, 1.01)):
        inside = [(p, r[1]) for p, r in zip(probs, rows) if low <= p < high]
        if inside:
            print(f"  p in [{low:.2f},{min(high, 1):.2f}): {len(inside):3} events, mean p {sum(p for p, _ in inside) / len(inside):.2f},"
                  f" right {sum(h for _, h in inside) / len(inside):.2f}")
    for threshold in (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6):
        kept = [(r[1], r[2]) for p, r in zip(probs, rows) if p >= threshold]
        print(f"  keep p >= {threshold:.2f}: {len(kept)} events, {sum(h for h, _ in kept)} right, "
              f"{sum(u for _, u in kept)} units")


def leave_one_article_out(rows: list[Row], names: list[str], gold: int, current: np.ndarray) -> None:
    """For each L2 strength, every article's events scored by a model fitted on the other articles: log-loss,
    and the event F1 each threshold gives on the fitted articles (`gold` events; matched events over the events
    kept and the gold), beside the bundled model's on the same events (in-sample for the articles it was fitted
    on)."""
    def line(title: str, probs: list[float]) -> None:
        loss = -sum(math.log(p if r[1] else 1 - p) for p, r in zip(probs, rows)) / len(rows)
        cells = []
        for threshold in THRESHOLDS:
            kept = [r[1] for p, r in zip(probs, rows) if p >= threshold]
            cells.append(f"{threshold:g}: {sum(kept)}/{len(kept)} F1 {2 * sum(kept) / (len(kept) + gold):.3f}")
        print(f"  {title}: log-loss {loss:.4f}; " + ", ".join(cells))

    print(f"leave one article out ({len(rows)} events, {gold} gold; threshold: matched/kept F1):")
    line("bundled model", probabilities(rows, names, current))
    articles = sorted({r[3] for r in rows})
    for l2 in L2S:
        probs = [0.0] * len(rows)
        for article in articles:
            w = fit([r for r in rows if r[3] != article], names, l2)
            inside = [i for i, r in enumerate(rows) if r[3] == article]
            for i, p in zip(inside, probabilities([rows[i] for i in inside], names, w)):
                probs[i] = p
        line(f"L2 {l2:g}", probs)


def rescaled(rows: list[Row], weights: dict[str, float], minimum: float, l2: float) -> tuple[dict[str, float], float]:
    """Weights a*w (bias a*b0 + b) fitted so that sigmoid(score) matches the share right on `rows`, and
    min_confidence moved to keep the same events (a > 0 keeps the order)."""
    z = [[sum(weights.get(n, 0.0) * v for n, v in r[0].items()), 1.0] for r in rows]
    a, b = fit([({"z": s, "bias": 1.0}, r[1], r[2], r[3]) for (s, _), r in zip(z, rows)], ["z", "bias"], l2)
    if a <= 0:
        raise SystemExit("the fitted scale is not positive: the model's ranking does not hold on this data")
    scaled = {n: a * w for n, w in weights.items()}
    scaled["bias"] = scaled.get("bias", 0.0) + b
    cut = math.log(minimum / (1 - minimum)) if 0 < minimum < 1 else None
    new_minimum = 1 / (1 + math.exp(-(a * cut + b))) if cut is not None else minimum
    return scaled, math.floor(new_minimum * 1000) / 1000


def write(weights: dict[str, float], minimum: float) -> None:
    path = _data_path("confidence.yaml")
    head = path.read_text(encoding="utf-8").split("weights:")[0].rstrip() + "\n"
    head = "\n".join(f"min_confidence: {minimum}" if line.startswith("min_confidence:") else line
                     for line in head.splitlines()) + "\n"
    lines = [f"  {n}: {w:.3f}" for n, w in sorted(weights.items()) if abs(w) >= 0.0005]
    path.write_text(head + "weights:\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--also", type=Path, nargs="*", default=[], help="more whole-article gold to fit on")
    parser.add_argument("--held", type=Path, nargs="*", default=[], help="whole-article gold to report on only")
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--min-confidence", type=float, help="with --write: the new min_confidence (else kept)")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--rescale", action="store_true", help="only scale and shift the current model's score")
    parser.add_argument("--table", action="store_true", help="the bundled model's reliability table, both halves")
    parser.add_argument("--loao", action="store_true",
                        help="choose L2 and min_confidence by leaving one fitted article out at a time")
    args = parser.parse_args()
    coder = Coder()
    if args.table:
        table(coder, load_article_gold(args.gold))
        return
    articles = load_article_gold(args.gold)
    fitted = split_articles(articles, "tune") + [a for path in args.also for a in load_article_gold(path)]
    tune = labelled(coder, fitted)
    check = labelled(coder, split_articles(articles, "check"))
    held = {path.name: labelled(coder, load_article_gold(path)) for path in args.held}
    names = sorted({n for r in tune + check + [r for rows in held.values() for r in rows] for n in r[0]})
    if args.rescale:
        current = load_yaml(_data_path("confidence.yaml").read_text(encoding="utf-8")) or {}
        weights, minimum = rescaled(tune, current.get("weights", {}), current.get("min_confidence", 0.0), 0.0)
        w = np.array([weights.get(n, 0.0) for n in names])
        report(tune, names, w, "tune (rescaled)")
        report(check, names, w, "check (held out)")
        for name, rows in held.items():
            report(rows, names, w, f"{name} (held out)")
        print(f"min_confidence {current.get('min_confidence')} -> {minimum}")
        if args.write:
            write(weights, minimum)
        return
    if args.loao:
        current = load_yaml(_data_path("confidence.yaml").read_text(encoding="utf-8")) or {}
        bundled = np.array([current.get("weights", {}).get(n, 0.0) for n in names])
        leave_one_article_out(tune, names, sum(len(g.events) for g in fitted), bundled)
        return
    w = fit(tune, names, args.l2)
    report(tune, names, w, "tune (fitted)")
    report(check, names, w, "check (held out)")
    for name, rows in held.items():
        report(rows, names, w, f"{name} (held out)")
    if args.write:
        current = load_yaml(_data_path("confidence.yaml").read_text(encoding="utf-8")) or {}
        minimum = current.get("min_confidence", 0.0) if args.min_confidence is None else args.min_confidence
        write({n: float(w[i]) for i, n in enumerate(names)}, minimum)


if __name__ == "__main__":
    main()

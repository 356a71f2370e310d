"""Fit the page-level gate of senses.yaml `min_state_named_share`, `min_state_named_acts` (SenseRules.state_named_page) and cross-validate it.

    PYTHONPATH=src python scripts/page_gate.py                     # the tuning sets and the dev tune half
    PYTHONPATH=src python scripts/page_gate.py --logistic          # and the logistic model it was compared with

Every whole page of the tuning sets (tests/articles: the political sets, offtopic*, controls_lead19) and of the dev
tune half is coded with the gate off. Per page it reads two numbers the pipeline already has: `joined`, the share of
the page's coded acts with a political actor on both sides, and `states`, the share of its political actors' mentions
that are states as such (actor kind "state"). The gate drops every act of a page with `joined` <= J and `states` >= S;
on a page it fires on, its coded events that match gold are lost and the others are false events removed. The fit
takes, over a grid of S (J held at 0, the rule's form; then over J too, for comparison), the most false events removed less 3 times the matched events lost (ties: the smaller
J, the larger S). Leave-one-SET-out: fit on every set but one, apply to that one; the fold's thresholds and what they
did are printed, then the fit on all. Counts only: no article text is printed, and no held-out set is read.

`--logistic`: the same pages, a logistic regression (numpy) over page counts (political share, events per sentence,
joined, states, agents' share, mean confidence, two political actors in a sentence, distinct agents), read
leave-one-set-out at a few cut-offs: what a page classifier would drop (session 33 found the same: it reads real dev
pages, long and with few events per sentence, as non-political).
"""

from __future__ import annotations

import argparse
from bisect import bisect_right
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from eventscope.evaluate_articles import load_article_gold, score_article, split_articles
from eventscope.pipeline import Coder

TUNING = ("analysis background business conflict context coop courts diplomacy europe humanitarian longform offtopic "
          "offtopic2 offtopic3 offtopic4 offtopic5 offtopic6 offtopic7 offtopic8 offtopic9 offtopic10 offtopic11 "
          "offtopic12 offtopic13 speech speech2 statecraft unrest uspolitics controls_lead19").split()
MIN_ACTS = 3  # senses.yaml min_state_named_acts
LOGISTIC = ("share", "per_sentence", "joined", "states", "agents", "confidence", "two_actor_sentences", "distinct_agents")


@dataclass
class Page:
    set: str
    political: bool  # the gold's judgement
    matched: int  # coded events that match gold (event level)
    false: int  # coded events that match none
    features: dict[str, float]


def pages(articles: Path, dev: Path) -> list[Page]:
    coder = Coder()
    senses = replace(coder.event_coder.senses, min_state_named_share=1.01)  # the gate off
    coder.event_coder.senses = senses
    found: list[Page] = []
    sources = [(name, articles / f"{name}.jsonl", "all") for name in TUNING] + [("devtune", dev, "tune")]
    for name, path, split in sources:
        for gold in split_articles(load_article_gold(path), split):
            doc = coder.nlp(gold.article.text)
            context = coder.context(gold.article, doc)
            profile = coder.event_coder.profile(context)
            if not profile.whole:
                continue
            events = coder.code_doc(gold.article, doc).events
            scores = score_article(gold, events).levels["event"]
            political = [m for m in context.mentions if senses.is_political(m.actor)]
            starts = [s.start for s in doc.sents]
            by_sentence: dict[int, set[str]] = {}
            for m in political:
                by_sentence.setdefault(bisect_right(starts, m.head), set()).add(m.actor.code or m.actor.name)
            agents = [m for m in political if m.actor.kind != "state" and m.actor.sectors]
            n = max(len(events), 1)
            features = {
                "share": profile.political_share,
                "per_sentence": len(events) / max(len(starts), 1),
                # (the gate's own two readings, SenseRules.joins_political and state_share)
                "joined": sum(senses.joins_political(e.source, e.target) for e in events) / n,
                "states": senses.state_share(context.mentions) or 0.0,
                "agents": len(agents) / max(len(political), 1),
                "confidence": sum(e.confidence for e in events) / n,
                "two_actor_sentences": sum(len(c) >= 2 for c in by_sentence.values()) / max(len(starts), 1),
                "distinct_agents": float(np.log1p(len({m.actor.code for m in agents}))),
                "events": float(len(events)),
            }
            found.append(Page(name, gold.political, scores.matched_predicted,
                              scores.predicted - scores.matched_predicted, features))
    return found


def _fired(pages: list[Page], joined: float, states: float) -> list[Page]:
    return [p for p in pages if p.features["events"] >= MIN_ACTS and p.features["joined"] <= joined
            and p.features["states"] >= states]


def fit(pages: list[Page], free: bool = False) -> tuple[float, float]:
    """The thresholds; the joined share is held at 0 (the rule's form: no act joins two political actors) unless
    `free`."""
    best: tuple[tuple[float, float, float], float, float] | None = None
    for joined in sorted({p.features["joined"] for p in pages}) if free else [0.0]:
        for states in sorted({p.features["states"] for p in pages}):
            fired = _fired(pages, joined, states)
            key = (sum(p.false for p in fired) - 3 * sum(p.matched for p in fired), -joined, states)
            if best is None or key > best[0]:
                best = (key, joined, states)
    assert best is not None
    return best[1], best[2]


def cross_validate(pages: list[Page], free: bool = False) -> None:
    removed = lost = 0
    print("both thresholds fitted:" if free else "state share fitted, no act joining two political actors:")
    for name in sorted({p.set for p in pages}):
        joined, states = fit([p for p in pages if p.set != name], free)
        fired = _fired([p for p in pages if p.set == name], joined, states)
        removed += sum(p.false for p in fired)
        lost += sum(p.matched for p in fired)
        if fired:
            print(f"  {name:16} joined <= {joined:.2f}, states >= {states:.2f}: {len(fired)} pages, "
                  f"{sum(p.false for p in fired)} false removed, {sum(p.matched for p in fired)} matched lost "
                  f"({sum(p.political for p in fired)} political pages)")
    print(f"leave-one-set-out: {removed} false events removed, {lost} matched lost")
    joined, states = fit(pages, free)
    fired = _fired(pages, joined, states)
    print(f"fit on all: joined <= {joined:.2f}, states >= {states:.2f}: {len(fired)} pages, "
          f"{sum(p.false for p in fired)} false removed, {sum(p.matched for p in fired)} matched lost")


def logistic(pages: list[Page]) -> None:
    x = np.array([[p.features[k] for k in LOGISTIC] for p in pages])
    y = np.array([float(p.political) for p in pages])
    sets = np.array([p.set for p in pages])
    chance = np.zeros(len(pages))
    for name in np.unique(sets):
        train = sets != name
        mean, sd = x[train].mean(0), x[train].std(0) + 1e-9
        z = (x[train] - mean) / sd
        w, b = np.zeros(z.shape[1]), 0.0
        for _ in range(3000):
            g = 1 / (1 + np.exp(-(z @ w + b))) - y[train]
            w -= 0.1 * (z.T @ g + w) / len(g)
            b -= 0.1 * g.mean()
        chance[~train] = 1 / (1 + np.exp(-(((x[~train] - mean) / sd) @ w + b)))
    for cut in (0.05, 0.1, 0.2, 0.3, 0.5):
        fired = [p for p, c in zip(pages, chance, strict=True) if c < cut and p.features["events"]]
        print(f"  logistic, P(political) < {cut}: {len(fired)} pages ({sum(p.political for p in fired)} political), "
              f"{sum(p.false for p in fired)} false removed, {sum(p.matched for p in fired)} matched lost")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=Path("tests/articles"))
    parser.add_argument("--dev", type=Path, default=Path("../shared/realnews/dev.jsonl"))
    parser.add_argument("--logistic", action="store_true", help="also cross-validate a logistic page classifier")
    args = parser.parse_args()
    found = pages(args.articles, args.dev)
    print(f"{len(found)} whole pages ({sum(p.political for p in found)} political)")
    cross_validate(found)
    cross_validate(found, free=True)
    if args.logistic:
        logistic(found)


if __name__ == "__main__":
    main()

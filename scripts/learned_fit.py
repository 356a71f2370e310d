"""Session 40's learned proposer, step 1 (docs/events.md, "Session 40"): can a small model add the events the rules
miss? One L2 logistic regression per PLOVER type over each sentence's features (scripts/learned_census.py), asked
only where the rules code no event of that type in the sentence; a sentence whose best type is at or above the
threshold gets one more event of that type (the pair: the rules' first event's there, else the speaker and another
actor, else the first two actors). Fitted with a fixed start (zeros, full-batch Adam: no randomness).

    PYTHONPATH=src python scripts/learned_fit.py /tmp/train.pkl /tmp/eval.pkl [--l2 1e-4 --real-weight 5]

Prints, all counts: the share of gold ACCUSE among the sentences of plain slices (who speaks, in quotes, harsh words)
whose rules code none; cross-validated on the tuning records (the dev tune half's articles in three folds, the
invented sets and their non-political controls in five), how the model ranks the gold (sentence, type) pairs the
rules miss, and what it adds at each threshold (matched, false, event and dyad F1); then, fitted on all the tuning
records, the same on each file of the eval records. Choose a threshold on the cross-validated rows only.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy import sparse  # (installed with datasketch, a dependency)

from eventscope.evaluate_articles import Unit, _match

SPEECH = ("ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
LONE = "plv_train"


_GROUPS = {"analysis": 1, "background": 2, "business": 3, "conflict": 4, "context": 5, "coop": 1, "courts": 2,
           "diplomacy": 3, "europe": 4, "humanitarian": 5, "longform": 1, "speech": 2, "speech2": 3, "statecraft": 4,
           "unrest": 5, "uspolitics": 1}


def article_fold(article: dict, index: int) -> str:
    """`fold` with the dev tune half's articles in three folds of their own (by position)."""
    label = fold(article["label"])
    return f"dev{index % 3}" if label == "dev" else label


def fold(label: str) -> str:
    """The cross-validation fold of a tuning file: the dev tune half, the non-political controls, five groups of the
    political sets (the non-political controls spread among them)."""
    if label.startswith("dev"):
        return "dev"  # (split by article in `folds`)
    if label.startswith("offtopic"):  # (spread over the political folds: each fold's model has seen other pages)
        number = label.removeprefix("offtopic")
        return f"political{int(number or 0) % 5 + 1}"
    return f"political{_GROUPS[label]}" if label in _GROUPS else label


def derived(feats: dict[str, float]) -> dict[str, float]:
    """Conjunctions of the census's fields a linear model cannot make itself: who speaks, in quotes or not, with
    harsh or warm words, about how many actors."""
    said = "speaker" in feats or "quoted_speaker" in feats
    harsh = "neg0" not in feats
    warm = "pos0" not in feats
    out = dict(feats)
    for name, on in (("said&harsh", said and harsh), ("said&warm", said and warm), ("quote&harsh", "quote" in feats and harsh),
                     ("said&nc2", said and ("nc2" in feats or "nc3" in feats)), ("said&norule", said and "nr0" in feats),
                     ("said&harsh&norule", said and harsh and "nr0" in feats)):
        if on:
            out[name] = 1.0
    return out


def vocab_of(articles: list[dict], min_count: int) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for a in articles:
        for s in a["sents"]:
            counts.update(derived(s["feats"]))
    names = sorted(f for f, c in counts.items() if c >= (min_count if f.startswith(("lem:", "root:")) else 2))
    return {f: i for i, f in enumerate(names)}


def matrix(articles: list[dict], vocab: dict[str, int]):
    rows = [s for a in articles for s in a["sents"]]
    ri, ci, vs = [], [], []
    for r, s in enumerate(rows):
        for f, v in derived(s["feats"]).items():
            j = vocab.get(f)
            if j is not None:
                ri.append(r)
                ci.append(j)
                vs.append(v)
    return sparse.csr_matrix((np.array(vs, dtype=np.float32), (ri, ci)), shape=(len(rows), len(vocab)))


def labels(articles: list[dict], types: list[str]) -> np.ndarray:
    rows = [s for a in articles for s in a["sents"]]
    y = np.zeros((len(rows), len(types)), dtype=np.float32)
    for r, s in enumerate(rows):
        for k, t in enumerate(types):
            y[r, k] = t in s["gold"]
    return y


def fit(x, y: np.ndarray, w: np.ndarray, l2: float, bias: int, steps: int = 400, lr: float = 0.5) -> np.ndarray:
    """L2 logistic regression, one column per type, full-batch Adam, fixed start (zeros)."""
    d, k = x.shape[1], y.shape[1]
    theta = np.zeros((d, k), dtype=np.float32)
    m = np.zeros_like(theta)
    v = np.zeros_like(theta)
    total = w.sum(axis=0) + 1e-9
    for step in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ theta)))
        g = x.T @ ((p - y) * w) / total + l2 * theta
        g[bias] -= l2 * theta[bias]  # (no penalty on the bias)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        theta -= lr * 0.1 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return theta


def weights(articles: list[dict], lone_weight: float, real_weight: float, types: list[str]) -> np.ndarray:
    """Per row and type: the sentence's weight, zero where the rules code that type in it already (the proposer is
    asked only where they do not)."""
    return np.array([[0.0 if t in s["rule"] else (lone_weight if a["label"] == LONE else real_weight if a["label"].startswith("dev") else 1.0) for t in types]
                     for a in articles for s in a["sents"]], dtype=np.float32)


def count(articles: list[dict], probs: np.ndarray, types: list[str], threshold: float, allowed: tuple[str, ...] | None,
          per_sentence: int = 1) -> dict[str, Counter]:
    """Per label: base and with proposals, event/dyad matched and coded; added matched / false."""
    out: dict[str, Counter] = defaultdict(Counter)
    r = 0
    for a in articles:
        added: list[Unit] = []
        for s in a["sents"]:
            p = probs[r]
            r += 1
            if "furniture" in s["feats"]:
                continue
            order = np.argsort(-p)
            n = 0
            for k in order:
                t = types[k]
                if p[k] < threshold or n >= per_sentence:
                    break
                if t in s["rule"] or (allowed is not None and t not in allowed):
                    continue
                added.append(Unit(start=s["start"], end=s["end"], plover=t, source=s["src"], target=s["tgt"],
                                  modality="asserted", trigger_start=s["trig"], trigger="", cameo="", sentence=""))
                n += 1
        c = out[a["label"]]
        gold, rules = a["gold_units"], a["rule_units"]
        for name, units in (("base", rules), ("new", rules + added)):
            c[f"{name}_ev"] += len(_match("event", gold, units))
            c[f"{name}_dy"] += len(_match("dyad", gold, units))
            c[f"{name}_coded"] += len(units)
        c["gold"] += len(gold)
        c["added"] += len(added)
        c["articles"] += 1
        c["nonpol"] += not a["political"]
        if not a["political"]:
            c["nonpol_added"] += len(added)
    return out


def f1(m: int, coded: int, gold: int) -> float:
    p = m / coded if coded else 0.0
    r = m / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(c: Counter) -> str:
    return (f"ev {c['base_ev']}/{c['base_coded']} -> {c['new_ev']}/{c['new_coded']} (+{c['new_ev'] - c['base_ev']} matched,"
            f" +{c['added'] - (c['new_ev'] - c['base_ev'])} false)  F1 {f1(c['base_ev'], c['base_coded'], c['gold']):.3f}"
            f" -> {f1(c['new_ev'], c['new_coded'], c['gold']):.3f}  P {c['new_ev'] / max(c['new_coded'], 1):.3f}"
            f"  dyad {c['base_dy']} -> {c['new_dy']} F1 {f1(c['base_dy'], c['base_coded'], c['gold']):.3f} -> "
            f"{f1(c['new_dy'], c['new_coded'], c['gold']):.3f}"
            + (f"  nonpol +{c['nonpol_added']}/{c['nonpol']}" if c["nonpol"] else ""))


def slices(articles: list[dict]) -> None:
    """The ceiling of a speech proposer in the plainest slices: of the sentences whose rules code no ACCUSE, how many
    have a gold ACCUSE (and any gold type the rules did not code), by kind of file."""
    c: Counter[tuple[str, str, str]] = Counter()
    keys = ("all", "said", "said&harsh", "quote&harsh", "said&harsh&norule")
    for a in articles:
        label = a["label"]
        kind = ("real news" if label.startswith("dev") else "sentences" if label == LONE
                else "held-out" if label.startswith(("heldout", "controls")) else "invented")
        kind += "" if a["political"] else " (non-political)"
        for s in a["sents"]:
            feats = derived(s["feats"])
            if "furniture" in feats or "ACCUSE" in s["rule"]:
                continue
            for key in keys:
                if key == "all" or key in feats or (key == "said" and ("speaker" in feats or "quoted_speaker" in feats)):
                    c[(kind, key, "n")] += 1
                    c[(kind, key, "accuse")] += "ACCUSE" in s["gold"]
                    c[(kind, key, "missed")] += bool(s["gold"] - s["rule"])
    for kind in sorted({k[0] for k in c}):
        print(f"  {kind:28}" + "  ".join(f"{key} {c[(kind, key, 'accuse')]}/{c[(kind, key, 'n')]}"
                                         f" ({c[(kind, key, 'missed')]})" for key in keys))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", type=Path, help="learned_census.py records of the tuning files")
    parser.add_argument("eval", type=Path, nargs="?", help="records of the files counted (dev check, held-out sets)")
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--min-count", type=int, default=3, help="lemmas seen fewer times are no feature")
    parser.add_argument("--lone-weight", type=float, default=0.5, help="weight of the lone gold sentences")
    parser.add_argument("--real-weight", type=float, default=1.0, help="weight of the real news articles")
    args = parser.parse_args()
    train = pickle.loads(args.train.read_bytes())
    evals = pickle.loads(args.eval.read_bytes()) if args.eval else []
    print("ACCUSE where the rules code none, of the sentences (any gold type the rules missed):")
    slices(train + evals)
    types = sorted({t for a in train for s in a["sents"] for t in s["gold"] if t})
    folds = {id(a): article_fold(a, i) for i, a in enumerate(train)}
    sets = sorted({folds[id(a)] for a in train if a["label"] != LONE})

    def fitted(articles: list[dict]) -> tuple[dict[str, int], np.ndarray]:
        vocab = vocab_of(articles, args.min_count)
        w = weights(articles, args.lone_weight, args.real_weight, types)
        return vocab, fit(matrix(articles, vocab), labels(articles, types), w, args.l2, vocab["bias"])

    cv_probs: dict[str, np.ndarray] = {}
    for held in sets:
        vocab, theta = fitted([a for a in train if folds[id(a)] != held])
        cv_probs[held] = 1.0 / (1.0 + np.exp(-(matrix([a for a in train if folds[id(a)] == held], vocab) @ theta)))
    ranked = []
    for held in sets:
        rows = [(a, s) for a in train if folds[id(a)] == held for s in a["sents"]]
        for (a, s), p in zip(rows, cv_probs[held], strict=True):
            if "furniture" in s["feats"] or a["label"] == LONE:
                continue
            for k, t in enumerate(types):
                if t not in s["rule"]:
                    ranked.append((float(p[k]), t in s["gold"], a["political"], a["label"].startswith("dev"), t))
    ranked.sort(reverse=True)
    print(f"CV: {sum(r[1] for r in ranked)} gold (sentence, type) pairs the rules miss, of {len(ranked)}; the best ranked:")
    for n in (10, 25, 50, 100, 200, 400):
        top = ranked[:n]
        print(f"  top {n}: right {sum(r[1] for r in top)}  non-political {sum(not r[2] for r in top)}  real news "
              f"{sum(r[3] for r in top)} (right {sum(r[1] and r[3] for r in top)})  p >= {top[-1][0]:.2f}  "
              f"types {Counter(r[4] for r in top if r[1]).most_common(4)}")
    for allowed in (SPEECH, None):
        for th in THRESHOLDS:
            tot: Counter[str] = Counter()
            real: Counter[str] = Counter()
            for held in sets:
                te = [a for a in train if folds[id(a)] == held]
                for label, c in count(te, cv_probs[held], types, th, allowed).items():
                    tot.update(c)
                    if label.startswith("dev"):
                        real.update(c)
            print(f"CV {'speech' if allowed else 'all'} th {th}: {summary(tot)} | dev tune {summary(real)}")
    vocab, theta = fitted(train)
    if evals:
        probs = 1.0 / (1.0 + np.exp(-(matrix(evals, vocab) @ theta)))
        for allowed in (SPEECH, None):
            for th in THRESHOLDS:
                out = count(evals, probs, types, th, allowed)
                print(f"EVAL {'speech' if allowed else 'all'} th {th}")
                for label in sorted(out):
                    print(f"   {label:28} {summary(out[label])}")


if __name__ == "__main__":
    main()

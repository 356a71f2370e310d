"""scripts/learned_fit.py (session 40's learned proposer, step 1): the model is asked only where the rules code no
event of a type, adds at most one event per sentence at or above the threshold and none on furniture, scores what it
adds with the article scorer, and fits the same weights on every run."""

from __future__ import annotations

import numpy as np
from scriptmodule import load_script

from eventscope.evaluate_articles import Side, Unit

learned_fit = load_script("learned_fit")

TYPES = ["ACCUSE", "SUPPORT"]
NOBODY = Side(None, None)
CHL, PER = Side("CHL", "GOV"), Side("PER", "GOV")


def _unit(start: int, end: int, plover: str, source: Side = NOBODY, target: Side = NOBODY) -> Unit:
    return Unit(start=start, end=end, plover=plover, source=source, target=target, modality="asserted",
                trigger_start=start, trigger="", cameo="", sentence="")


def _sentence(start: int, end: int, gold: set[str], rule: set[str], feats: dict[str, float] | None = None) -> dict:
    return {"feats": {"bias": 1.0, **(feats or {})}, "gold": gold, "rule": rule, "start": start, "end": end,
            "trig": start, "src": CHL, "tgt": PER}


def _article() -> dict:
    # three sentences: the rules coded SUPPORT in the first (gold ACCUSE there too), nothing in the second (gold
    # ACCUSE), nothing in the third, a byline (no gold)
    sentences = [_sentence(0, 40, {"SUPPORT", "ACCUSE"}, {"SUPPORT"}), _sentence(41, 90, {"ACCUSE"}, set()),
                 _sentence(91, 120, set(), set(), {"furniture": 1.0})]
    return {"label": "unrest", "political": True, "sents": sentences,
            "rule_units": [_unit(0, 40, "SUPPORT", CHL, PER)],
            "gold_units": [_unit(0, 40, "SUPPORT", CHL, PER), _unit(0, 40, "ACCUSE", CHL, PER),
                           _unit(41, 90, "ACCUSE", PER, CHL)]}


def test_proposals_only_for_types_the_rules_did_not_code_and_never_on_furniture():
    article = _article()
    # SUPPORT is likelier everywhere, but the rules coded it in the first sentence: its ACCUSE is proposed instead
    probs = np.array([[0.7, 0.9], [0.8, 0.1], [0.95, 0.95]])
    counts = learned_fit.count([article], probs, TYPES, 0.5, None)["unrest"]
    assert counts["added"] == 2  # one per sentence, none on the byline
    assert (counts["base_ev"], counts["new_ev"]) == (1, 3)
    assert counts["new_coded"] == 3
    # the second sentence's gold pair is the other way round: matched as an event, not as a dyad
    assert (counts["base_dy"], counts["new_dy"]) == (1, 2)


def test_threshold_and_allowed_types_limit_what_is_added():
    article = _article()
    probs = np.array([[0.45, 0.9], [0.8, 0.1], [0.0, 0.0]])
    assert learned_fit.count([article], probs, TYPES, 0.5, None)["unrest"]["added"] == 1
    assert learned_fit.count([article], probs, TYPES, 0.5, ("SUPPORT",))["unrest"]["added"] == 0
    counts = learned_fit.count([article], probs, TYPES, 0.9, None)["unrest"]
    assert counts["added"] == 0 and counts["new_ev"] == counts["base_ev"] == 1


def test_weights_leave_out_the_types_the_rules_coded_and_weigh_sources():
    lone = {"label": learned_fit.LONE, "political": True, "sents": [_sentence(0, 10, {"ACCUSE"}, set())]}
    real = {"label": "dev:tune", "political": True, "sents": [_sentence(0, 10, set(), {"ACCUSE"})]}
    w = learned_fit.weights([_article(), lone, real], 0.5, 3.0, TYPES)
    assert w[0].tolist() == [1.0, 0.0]  # (SUPPORT coded by the rules: not asked)
    assert w[3].tolist() == [0.5, 0.5]
    assert w[4].tolist() == [0.0, 3.0]


def test_the_fit_separates_a_feature_and_is_the_same_on_every_run():
    sentences = [_sentence(0, 1, {"ACCUSE"} if i % 2 else set(), set(), {"harsh": 1.0} if i % 2 else {"calm": 1.0})
                 for i in range(40)]
    articles = [{"label": "unrest", "political": True, "sents": sentences}]
    vocab = learned_fit.vocab_of(articles, 1)
    x = learned_fit.matrix(articles, vocab)
    y = learned_fit.labels(articles, TYPES)
    w = learned_fit.weights(articles, 0.5, 1.0, TYPES)
    theta = learned_fit.fit(x, y, w, 1e-3, vocab["bias"], steps=200)
    again = learned_fit.fit(x, y, w, 1e-3, vocab["bias"], steps=200)
    assert np.array_equal(theta, again)
    probs = 1.0 / (1.0 + np.exp(-(x @ theta)))
    assert probs[1, 0] > 0.8 > 0.2 > probs[0, 0]  # ACCUSE where "harsh" is, not where "calm" is
    assert probs[:, 1].max() < 0.2  # no SUPPORT anywhere


def test_derived_conjunctions_and_folds():
    said_harsh = learned_fit.derived({"speaker": 1.0, "neg1": 1.0, "pos0": 1.0, "nr0": 1.0})
    assert {"said&harsh", "said&norule", "said&harsh&norule"} <= set(said_harsh)
    assert "said&warm" not in said_harsh
    assert "quote&harsh" not in said_harsh
    assert learned_fit.derived({"quote": 1.0, "neg0": 1.0, "pos2": 1.0}).keys() == {"quote", "neg0", "pos2"}
    assert learned_fit.fold("offtopic7") == learned_fit.fold("offtopic12")
    assert learned_fit.fold("dev:tune") == "dev"
    assert learned_fit.article_fold({"label": "dev:tune"}, 4) == "dev1"
    assert learned_fit.fold(learned_fit.LONE) == learned_fit.LONE  # (never a fold of its own: not scored)

"""Why do dyad-matched events of whole hand-coded articles miss at the record level? Counts only, unless --details.

    PYTHONPATH=src python scripts/record_errors.py ../shared/realnews/dev.jsonl --split tune
    PYTHONPATH=src python scripts/record_errors.py ../shared/realnews/dev.jsonl --split tune --details

Each article is coded as `eventscope evaluate` codes it; the gold events are matched to the coded (source, target)
pairs at the dyad level (same sentence, type and countries; evaluate_articles' matching). A dyad-matched event
misses the record level by a wrong sector on either side, a wrong modality, or both. Counted: those kinds, the
(gold, coded) modality pairs, and the (gold source sector, coded source sector, gold target sector, coded target
sector) quadruples, and each wrong side by the kind of rule that made its coded actor (its reason's first and
last clause, no words of the article). Without --details nothing of the articles' text is printed: the counts may be run on a held-out
half; --details (each wrong pair with its actors' words) only on the tuning half.
"""

from __future__ import annotations

from collections import Counter

from eventscope.evaluate_articles import (
    ArticleGold,
    Unit,
    _match,
    _same_pair,
    coded_units,
    halves_arguments,
    load_article_gold,
    split_articles,
)
from eventscope.pipeline import Coder
from eventscope.records import Actor


def _side(sector: str | None, text: str) -> str:
    return f"{sector or '-'}:{text!r}"


def _or_none(actors: list[Actor]) -> list[Actor | None]:
    """The actors of one role, or None for a role left empty (coded_units' one unit per pair)."""
    return [*actors] or [None]


def _rule(actor: Actor | None) -> str:
    """The kind of rule that made an actor, from its reason's first clause, with no words of the article
    ("sector word", "leader", "ner: PERSON", "coreference", "no actor")."""
    if actor is None:
        return "no actor"
    first = actor.reason.split(";")[0]
    return first.split("'")[0].split(":")[0].strip() + (" +" + actor.reason.split(";")[-1].split("'")[0].strip()
                                                         if ";" in actor.reason else "")


def tally_article(coder: Coder, gold: ArticleGold, kinds: Counter[str], modalities: Counter[tuple[str, str]],
                  sectors: Counter[tuple[str | None, ...]], rules: Counter[tuple[str | None, ...]],
                  details: bool) -> None:
    coded_doc = coder.code_doc(gold.article, coder.nlp(gold.article.text))
    coded: list[Unit] = [u for event in coded_doc.events for u in coded_units(event)]
    # the actors of each unit, in coded_units' order (one unit per source and target pair)
    actors = [(source, target) for event in coded_doc.events
              for source in _or_none(event.source) for target in _or_none(event.target)]
    for gi, ci in sorted(_match("dyad", gold.events, coded).items()):
        g, c = gold.events[gi], coded[ci]
        sector_ok = _same_pair(g, c, "sector")
        modality_ok = g.modality == c.modality
        kinds[{(True, True): "right", (False, True): "sector", (True, False): "modality",
               (False, False): "sector and modality"}[(sector_ok, modality_ok)]] += 1
        if not modality_ok:
            modalities[(g.modality, c.modality)] += 1
        if sector_ok:
            continue
        sectors[(g.source.sector, c.source.sector, g.target.sector, c.target.sector)] += 1
        for gold_side, coded_side, actor in ((g.source, c.source, actors[ci][0]), (g.target, c.target, actors[ci][1])):
            if gold_side.sector != coded_side.sector:
                rules[(gold_side.sector, coded_side.sector, _rule(actor))] += 1
        if details:
            print(f"{g.plover} gold {_side(g.source.sector, g.source.text)} -> {_side(g.target.sector, g.target.text)}"
                  f" | coded {_side(c.source.sector, c.source.text)} -> {_side(c.target.sector, c.target.text)}"
                  f" | {g.sentence[:160]!r}")


def main() -> None:
    args = halves_arguments(__doc__, "each sector error with its actors and sentence")
    coder = Coder()
    kinds: Counter[str] = Counter()
    modalities: Counter[tuple[str, str]] = Counter()
    sectors: Counter[tuple[str | None, ...]] = Counter()
    rules: Counter[tuple[str | None, ...]] = Counter()
    for gold in split_articles(load_article_gold(args.gold), args.split):
        tally_article(coder, gold, kinds, modalities, sectors, rules, args.details)
    print(f"dyad-matched events: {sum(kinds.values())}")
    for kind, count in kinds.most_common():
        print(f"  {count:4d}  {kind}")
    print("wrong modality (gold, coded)")
    for pair, count in modalities.most_common():
        print(f"  {count:4d}  {pair}")
    print("wrong sector (gold source, coded source, gold target, coded target)")
    for quad, count in sectors.most_common(40):
        print(f"  {count:4d}  {quad}")
    print("wrong sides (gold sector, coded sector, the kind of rule that made the coded actor: first and last clause)")
    for triple, count in rules.most_common(40):
        print(f"  {count:4d}  {triple}")


if __name__ == "__main__":
    main()

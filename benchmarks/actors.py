"""Actor resolution against the development gold data, and its cost next to bare parsing.

    python benchmarks/actors.py overlap [--gold ../shared/gold/plv_train.jsonl] [--misses N]
    python benchmarks/actors.py timing  [--bench ../shared/bench/articles.jsonl]
    python benchmarks/actors.py countries [--gold ../shared/gold/plv_train.jsonl] [--misses N]

overlap: share of gold events whose source_text (target_text) span is overlapped by at least one
resolved actor, over the events whose span can be found in the sentence.
timing:  parse the corpus with nlp.pipe, then resolve the actors of every parsed doc, in one run;
prints both times and their ratio (resolution / parse).
countries: a check of actor countries that needs no hand-coded codes. Of the gold source_text (target_text)
spans that name a country (its name, an alias, a demonym, a capital or seat of power, or a leader of it), the
share whose role in the coder's main event (as the evaluator picks it) holds an actor of that country; the
misses split into an empty role, and a role whose actors have other countries (or none).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from eventscope.actors import ActorDictionary, ActorResolver, load_actor_dictionary
from eventscope.nlp import load_model
from eventscope.settings import DEFAULT_MODEL

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def overlap(gold_path: Path, model: str, misses: int) -> None:
    nlp = load_model(model)
    resolver = ActorResolver(load_actor_dictionary())
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = nlp.pipe((record["text"] for record in records), batch_size=64)
    counts = {"source_text": [0, 0], "target_text": [0, 0]}
    missed: dict[str, list[str]] = {"source_text": [], "target_text": []}
    for record, doc in zip(records, docs):
        published = date.fromisoformat(record["date"][:10]) if record.get("date") else None
        spans = [(m.actor.start, m.actor.end) for m in resolver.resolve(doc, published)]
        for event in record["events"]:
            for role in counts:
                text = (event.get(role) or "").strip()
                start = record["text"].find(text) if text else -1
                if start < 0:
                    continue
                end = start + len(text)
                counts[role][1] += 1
                if any(s < end and start < e for s, e in spans):
                    counts[role][0] += 1
                else:
                    missed[role].append(text)
    for role, (hit, total) in counts.items():
        print(f"{role}: {hit}/{total} = {hit / total:.1%} of gold spans overlapped by a resolved actor")
        for text in missed[role][:misses]:
            print(f"   missed: {text}")


def _country_names(dictionary: ActorDictionary) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, country) for every name that says a country: names, aliases, demonyms, seats, leaders' names and
    aliases (a leader counts for the country of his latest state office)."""
    names: dict[str, set[str]] = {}
    for country in dictionary.countries.values():
        for name in (country.name, *country.aliases, *country.demonyms, *(seat for seat, _ in country.seats)):
            names.setdefault(name, set()).add(country.code)
    for person in dictionary.people:
        states = [t for t in person.tenures if t.organization is None]
        if states:
            for name in (person.name, *person.aliases):
                names.setdefault(name, set()).add(states[-1].country)
    # a name shared by two countries ("Georgian") says neither
    return [(re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"), codes.pop())
            for name, codes in names.items() if len(codes) == 1 and len(name) > 2]


def countries(gold_path: Path, misses: int) -> None:
    from eventscope.evaluate import gold_roles, load_gold, predict
    from eventscope.pipeline import Coder

    names = _country_names(load_actor_dictionary())
    gold, _ = load_gold(gold_path)
    gold = [g for g in gold if g.text.strip()]
    coder = Coder()
    counts: dict[str, Counter[str]] = {"source": Counter(), "target": Counter()}
    missed: dict[str, list[str]] = {"source": [], "target": []}
    for sentence, events in zip(gold, predict(coder, gold)):
        for role, texts, actors in gold_roles(sentence, events):
            said = {code for text in texts for pattern, code in names if pattern.search(text)}
            if not said:
                continue
            got = {a.country for a in actors}
            outcome = "right" if got & said else "empty role" if not actors else "other country"
            counts[role][outcome] += 1
            if outcome != "right":
                missed[role].append(f"[{outcome}] {'|'.join(texts)} {sorted(said)} -> "
                                    f"{[(a.text, a.code) for a in actors]} :: {sentence.text[:160]}")
    for role, counted in counts.items():
        total = sum(counted.values())
        print(f"{role}: {counted['right']}/{total} = {counted['right'] / total:.1%} of gold spans naming a country "
              f"have it in the coded role (empty role {counted['empty role']}, other country {counted['other country']})")
        for line in missed[role][:misses]:
            print(f"   {line}")


def timing(bench_path: Path, model: str) -> None:
    nlp = load_model(model)
    resolver = ActorResolver(load_actor_dictionary())
    records = [json.loads(line) for line in bench_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [record["text"] for record in records]
    resolver.resolve(nlp("Warm-up: Russian troops and Chinese state media."), None)  # build matchers once
    # Wall and CPU time both: the CPU ratio holds when other processes share the machine.
    started, started_cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_seconds, parse_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    started, started_cpu = time.perf_counter(), time.process_time()
    mentions = 0
    for record, doc in zip(records, docs):
        published = date.fromisoformat(record["published"][:10]) if record.get("published") else None
        mentions += len(resolver.resolve(doc, published))
    resolve_seconds, resolve_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    words = sum(len(doc) for doc in docs)
    print(f"{len(docs)} articles, {words} tokens, {mentions} actor mentions")
    print(f"parse:   {parse_seconds:.2f} s wall, {parse_cpu:.2f} s CPU ({words / parse_seconds:,.0f} tokens/s wall)")
    print(f"resolve: {resolve_seconds:.2f} s wall, {resolve_cpu:.2f} s CPU")
    print(f"ratio resolve/parse: {resolve_seconds / parse_seconds:.3f} wall, {resolve_cpu / parse_cpu:.3f} CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("overlap", "timing", "countries"))
    parser.add_argument("--gold", type=Path, default=SHARED / "gold" / "plv_train.jsonl")
    parser.add_argument("--bench", type=Path, default=SHARED / "bench" / "articles.jsonl")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--misses", type=int, default=0, help="print up to N missed spans per role")
    args = parser.parse_args()
    path = args.bench if args.what == "timing" else args.gold
    if not path.exists():
        sys.exit(f"{path} not found")
    if args.what == "overlap":
        overlap(path, args.model, args.misses)
    elif args.what == "countries":
        countries(path, args.misses)
    else:
        timing(path, args.model)


if __name__ == "__main__":
    main()

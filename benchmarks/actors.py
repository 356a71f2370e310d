"""Actor resolution against the development gold data, and its cost next to bare parsing.

    python benchmarks/actors.py overlap [--gold ../shared/gold/plv_train.jsonl] [--misses N]
    python benchmarks/actors.py timing  [--bench ../shared/bench/articles.jsonl]

overlap: share of gold events whose source_text (target_text) span is overlapped by at least one
resolved actor, over the events whose span can be found in the sentence.
timing:  parse the corpus with nlp.pipe, then resolve the actors of every parsed doc, in one run;
prints both times and their ratio (resolution / parse).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from eventscope.actors import ActorResolver, load_actor_dictionary
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
    parser.add_argument("what", choices=("overlap", "timing"))
    parser.add_argument("--gold", type=Path, default=SHARED / "gold" / "plv_train.jsonl")
    parser.add_argument("--bench", type=Path, default=SHARED / "bench" / "articles.jsonl")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--misses", type=int, default=0, help="print up to N missed spans per role")
    args = parser.parse_args()
    path = args.gold if args.what == "overlap" else args.bench
    if not path.exists():
        sys.exit(f"{path} not found")
    if args.what == "overlap":
        overlap(path, args.model, args.misses)
    else:
        timing(path, args.model)


if __name__ == "__main__":
    main()

"""Issue #3 acceptance on development gold (a slice, to stay quick; benchmarks/actors.py runs it all)."""

import json
from pathlib import Path

import pytest

from eventscope.actors import ActorResolver, load_actor_dictionary

GOLD = Path(__file__).resolve().parents[2] / ".." / "shared" / "gold" / "plv_train.jsonl"
SLICE = 300

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold not present")]


def test_actors_overlap_gold_source_and_target_spans(nlp):
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()[:SLICE]]
    resolver = ActorResolver(load_actor_dictionary())
    hits = {"source_text": [0, 0], "target_text": [0, 0]}
    for record, doc in zip(records, nlp.pipe(record["text"] for record in records)):
        spans = [(m.actor.start, m.actor.end) for m in resolver.resolve(doc, None)]
        for event in record["events"]:
            for role, count in hits.items():
                text = (event.get(role) or "").strip()
                start = record["text"].find(text) if text else -1
                if start >= 0:
                    count[1] += 1
                    count[0] += any(s < start + len(text) and start < e for s, e in spans)
    assert hits["source_text"][0] >= 0.90 * hits["source_text"][1], hits
    assert hits["target_text"][0] >= 0.80 * hits["target_text"][1], hits

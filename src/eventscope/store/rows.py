"""Rows of the store from contract records: events-table rows, actor rows, and the Arrow tables of a batch."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from eventscope.records import Actor, CodedArticle, Event, Reject, content_hash
from eventscope.store.schema import BATCH_TABLES, arrow_schema

__all__ = ["actor_rows", "batch_tables", "concat_batches", "event_row", "reject_id", "without_articles"]


def reject_id(reject: Reject) -> str:
    return content_hash("reject", reject.origin, reject.reason)


def _actor_summary(role: str, actors: list[Actor]) -> dict[str, object]:
    first = actors[0] if actors else None
    return {f"{role}_{part}": getattr(first, part) if first else None for part in ("text", "name", "country", "code", "kind")}


def event_row(event: Event) -> dict[str, object]:
    """The flat events-table row of a contract Event (also the CSV output of `eventscope code`)."""
    location = event.location
    row: dict[str, object] = {
        "id": event.id,
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "date_reason": event.date_reason,
        "plover": event.event.plover,
        "mode": event.event.mode,
        "contexts": list(event.event.contexts),
        "cameo": event.event.cameo,
        "cameo_root": event.event.cameo_root,
        "quad_class": event.event.quad_class,
        "goldstein": event.event.goldstein,
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        **_actor_summary("source", event.source),
        **_actor_summary("target", event.target),
        "modality": event.modality,
        "attribution": [actor.name for actor in event.attribution],
        "evidence_text": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "confidence": event.confidence,
        "event_json": event.model_dump_json(),
        "rule": event.rule,
    }
    for part in ("text", "start", "end", "name", "country", "admin1", "lat", "lon", "geonames_id", "precision"):
        row[f"location_{part}"] = getattr(location, part) if location else None
    return row


def actor_rows(event: Event) -> Iterator[dict[str, object]]:
    for role, actors in (("source", event.source), ("target", event.target), ("attribution", event.attribution)):
        for position, actor in enumerate(actors):
            yield {
                "event_id": event.id,
                "article_id": event.article_id,
                "role": role,
                "position": position,
                "text": actor.text,
                "start": actor.start,
                "end": actor.end,
                "name": actor.name,
                "country": actor.country,
                "sectors": list(actor.sectors),
                "code": actor.code,
                "kind": actor.kind,
                "reason": actor.reason,
            }


def _table(name: str, rows: list[dict[str, object]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=arrow_schema(name))


def batch_tables(
    coded: Sequence[CodedArticle], rejects: Sequence[Reject] = (), signatures: Sequence[bytes | None] | None = None
) -> dict[str, pa.Table]:
    """Arrow tables for one batch, in the exact schema of the tables (also the Parquet shard format).

    `signatures` are the articles' MinHash signatures (ingest.minhash.minhash_signature), aligned with `coded`.
    """
    signatures = signatures if signatures is not None else [None] * len(coded)
    articles: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    actors: list[dict[str, object]] = []
    for item, signature in zip(coded, signatures, strict=True):
        article = item.article
        articles.append(
            {
                "id": article.id,
                "url": article.url,
                "publisher": article.publisher,
                "published": article.published,
                "title": article.title,
                "language": article.language,
                "origin": article.origin,
                "num_events": len(item.events),
                "text": article.text,
                "minhash": signature,
            }
        )
        for event in item.events:
            events.append(event_row(event))
            actors.extend(actor_rows(event))
    reject_rows: list[dict[str, object]] = [{"id": reject_id(r), "origin": r.origin, "reason": r.reason, "detail": r.detail} for r in rejects]
    return {
        "articles": _table("articles", articles),
        "events": _table("events", events),
        "event_actors": _table("event_actors", actors),
        "rejects": _table("rejects", reject_rows),
    }


# The column that names each batch table's article (rejects belong to no article).
_ARTICLE_COLUMN = {"articles": "id", "events": "article_id", "event_actors": "article_id"}


def concat_batches(batches: Sequence[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """Several batches' tables as one batch (zero-copy), every batch table present."""
    return {
        name: pa.concat_tables([batch[name] for batch in batches if name in batch] or [_table(name, [])])
        for name in BATCH_TABLES
    }


def without_articles(tables: dict[str, pa.Table], article_ids: set[str]) -> dict[str, pa.Table]:
    """The batch with the rows of the given articles (and their events and actors) left out."""
    if not article_ids:
        return tables
    drop = pa.array(sorted(article_ids), pa.string())
    return {
        name: data.filter(pc.invert(pc.is_in(data[_ARTICLE_COLUMN[name]], value_set=drop)))
        if name in _ARTICLE_COLUMN and data.num_rows else data
        for name, data in tables.items()
    }



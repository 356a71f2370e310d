"""Stories: one real-world event across many reports.

Two steps, both recomputed from the stored articles and events so the result never depends on the order
or the number of ingest runs:

1. Near-duplicate articles (wire copies): MinHash signatures of 5-word shingles (computed once per article at
   ingest and stored in articles.minhash), candidate pairs from LSH, linked when the estimated Jaccard
   similarity is at least `threshold` (0.7). Each group's canonical article is its earliest (then smallest id);
   the others go to the `duplicates` table.
2. Event clustering: events with the same key (PLOVER type, or CAMEO root for plain statements; modality;
   lead source and target actor) join one story when their dates lie within `window_days` of the story's latest
   event and within `max_span_days` of its first, and their places do not disagree; events of the same key in
   near-duplicate articles join whatever the gap, but never past `max_span_days` either. A story
   counts num_mentions (event records), num_articles, num_sources (distinct publishers or hosts) and
   num_reports (independent reports: near-duplicate groups), so counts mean events, not news reports.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa
from datasketch import MinHashLSH

from eventscope.ingest.minhash import NUM_PERM, signature_similarity, sketch
from eventscope.records import content_hash
from eventscope.settings import StoryOptions
from eventscope.store.connection import transaction
from eventscope.store.schema import PRECISION_RANK, arrow_schema

__all__ = ["StoryOptions", "near_duplicates", "rebuild_stories"]


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


@dataclass(frozen=True, slots=True)
class _ArticleInfo:
    id: str
    published: date | None
    signature: bytes | None


def near_duplicates(articles: Sequence[_ArticleInfo], threshold: float) -> list[tuple[str, str, float]]:
    """(article_id, duplicate_of, similarity) for every non-canonical member of a near-duplicate group."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].published or date.max, articles[i].id))
    rank = {index: position for position, index in enumerate(order)}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    groups = _UnionFind(len(articles))
    signatures: dict[int, bytes] = {}  # the articles in the LSH index: only those with a signature
    for index in order:
        signature = articles[index].signature
        if signature is None:
            continue
        signed = sketch(signature)
        for other in lsh.query(signed):
            if signature_similarity(signature, signatures[other]) >= threshold:
                groups.union(rank[index], rank[other])
        lsh.insert(index, signed)
        signatures[index] = signature
    links = []
    for index in order:
        canonical = order[groups.find(rank[index])]
        if canonical != index:  # only signed articles are ever joined to a group
            similarity = signature_similarity(signatures[index], signatures[canonical])
            links.append((articles[index].id, articles[canonical].id, round(similarity, 4)))
    return links


@dataclass(frozen=True, slots=True)
class _EventInfo:
    id: str
    article_id: str
    date: date | None
    date_precision: str | None
    key: tuple[str, ...]
    place: str | None
    location_name: str | None
    cameo: str
    quad_class: int
    goldstein: float
    plover: str | None
    cameo_root: str
    modality: str
    source: tuple[str | None, str | None]
    target: tuple[str | None, str | None]


@dataclass(slots=True)
class _Story:
    """A story being built: its members and the dates and place that decide who may join."""

    first: date | None
    last: date | None
    place: str | None
    members: list[int]

    def admits(self, day: date | None, place: str | None, options: StoryOptions, *, same_report: bool,
               anonymous: bool = False) -> bool:
        """Whether an event of this key on `day` at `place` belongs here. Every member must lie within
        `max_span_days` of the story's first report, so a story can never creep across weeks link by link;
        outside the same report group it must also follow the latest member within `window_days`. An event
        with neither source nor target (`anonymous`) joins another report's story only at the same place."""
        if place is not None and self.place is not None and place != self.place:
            return False
        if anonymous and not same_report and (place is None or self.place is None):
            return False
        if day is None or self.first is None:
            return same_report
        if (day - self.first).days > options.max_span_days:
            return False
        return same_report or (day - self.last).days <= options.window_days  # type: ignore[operator]


def _cluster_events(events: Sequence[_EventInfo], article_group: dict[str, str], options: StoryOptions) -> list[list[int]]:
    """Stories of events that share one key: dated events in date order, each joining the first story that
    admits it (its own report group's story first), else starting one; undated events join their report
    group's story, or stand alone. The result is a partition whatever the input order."""
    by_key: dict[tuple[str, ...], list[int]] = {}
    for index, event in enumerate(events):
        by_key.setdefault(event.key, []).append(index)
    result: list[list[int]] = []
    for members in by_key.values():
        ordered = sorted(members, key=lambda i: (events[i].date is None, events[i].date or date.min, events[i].id))
        stories: list[_Story] = []
        open_stories: list[_Story] = []  # those whose first date is still within reach of the current date
        of_group: dict[str, list[_Story]] = {}
        for index in ordered:
            event = events[index]
            group = article_group[event.article_id]
            own = of_group.setdefault(group, [])
            story = next((s for s in own if s.admits(event.date, event.place, options, same_report=True)), None)
            if story is None and event.date is not None:
                open_stories = [s for s in open_stories if (event.date - s.first).days <= options.max_span_days]  # type: ignore[operator]
                anonymous = not event.key[2] and not event.key[3]
                story = next((s for s in open_stories if s.admits(event.date, event.place, options,
                                                                  same_report=False, anonymous=anonymous)), None)
            if story is None:
                story = _Story(event.date, event.date, event.place, [])
                stories.append(story)
                if event.date is not None:
                    open_stories.append(story)
            story.members.append(index)
            if event.date is not None:
                story.first = story.first or event.date
                story.last = max(story.last or event.date, event.date)
            story.place = story.place or event.place
            if story not in own:
                own.append(story)
        result.extend(s.members for s in stories)
    return result


def _story_row(members: list[_EventInfo], sources: dict[str, str], article_group: dict[str, str]) -> dict[str, object]:
    members = sorted(members, key=lambda e: (e.date or date.max, e.id))
    lead = members[0]
    dates = [e.date for e in members if e.date is not None]
    start, end = (min(dates), max(dates)) if dates else (None, None)
    places = Counter((e.location_name, e.place) for e in members if e.location_name)
    location_name, location_country = places.most_common(1)[0][0] if places else (None, None)
    article_ids = sorted({e.article_id for e in members})
    return {
        "id": content_hash("story", lead.id),
        "plover": lead.plover,
        "cameo": Counter(e.cameo for e in members).most_common(1)[0][0],
        "cameo_root": lead.cameo_root,
        "quad_class": lead.quad_class,
        "goldstein": round(sum(e.goldstein for e in members) / len(members), 3),
        "modality": lead.modality,
        "source_code": lead.source[0],
        "source_country": lead.source[1],
        "target_code": lead.target[0],
        "target_country": lead.target[1],
        "location_name": location_name,
        "location_country": location_country,
        "date_start": start,
        "date_end": end,
        "date_start_precision": _precision_on(members, start),
        "date_end_precision": _precision_on(members, end),
        "num_mentions": len(members),
        "num_articles": len(article_ids),
        "num_sources": len({sources[a] for a in article_ids}),
        "num_reports": len({article_group[a] for a in article_ids}),
        "event_ids": [e.id for e in members],
        "article_ids": article_ids,
    }


def _precision_on(members: list[_EventInfo], day: date | None) -> str | None:
    """The precision of a story's first (or last) date: that of the event dated so; of several, the finest
    (a month-precise event is stored on the month's first day, the day a day-precise one may also name)."""
    if day is None:
        return None
    return min((e.date_precision or "day" for e in members if e.date == day), key=lambda p: (PRECISION_RANK.get(p, len(PRECISION_RANK)), p))


def _source_of(article_id: str, publisher: str | None, url: str | None) -> str:
    if publisher:
        return publisher.strip().lower()
    if url and (host := urlsplit(url).netloc):
        return host.lower().removeprefix("www.")
    return f"unknown:{article_id}"


# Events in story-key order: the key columns first, so one key's events arrive together. The key is the
# PLOVER type (or the CAMEO root of a plain statement), the modality, and the lead source and target
# (code, else country); an empty code counts as missing, as in Python's `or`.
_EVENTS_BY_KEY = """
    SELECT coalesce(e.plover, 'root:' || e.cameo_root) AS k_type, e.modality AS k_modality,
           coalesce(nullif(e.source_code, ''), nullif(e.source_country, ''), '') AS k_source,
           coalesce(nullif(e.target_code, ''), nullif(e.target_country, ''), '') AS k_target,
           e.id, e.article_id, e.date, e.location_country, e.location_name, e.cameo, e.quad_class, e.goldstein,
           e.plover, e.cameo_root, e.modality, e.source_code, e.source_country, e.target_code, e.target_country,
           a.publisher, a.url, e.date_precision
    FROM events e JOIN articles a ON a.id = e.article_id
    ORDER BY k_type, k_modality, k_source, k_target, e.id
"""
_STREAM_ROWS = 20_000  # events fetched at a time, and story rows inserted at a time


def _events_by_key(con: duckdb.DuckDBPyConnection) -> Iterator[tuple[list[_EventInfo], dict[str, str]]]:
    """Each story key's events, with the source (publisher or host) of their articles, one key at a time:
    memory holds one key's events, not the whole table. Read through a cursor of its own, so the caller can
    write on `con` while the stream is open."""
    group: list[_EventInfo] = []
    sources: dict[str, str] = {}
    current: tuple[str, ...] | None = None
    reader = con.cursor()
    for batch in reader.sql(_EVENTS_BY_KEY).to_arrow_reader(_STREAM_ROWS):
        for r in zip(*(column.to_pylist() for column in batch.columns), strict=True):
            key = r[0:4]
            if key != current and group:
                yield group, sources
                group, sources = [], {}
            current = key
            group.append(_EventInfo(
                id=r[4], article_id=r[5], date=r[6], date_precision=r[21], key=key, place=r[7], location_name=r[8], cameo=r[9],
                quad_class=r[10], goldstein=r[11], plover=r[12], cameo_root=r[13], modality=r[14],
                source=(r[15], r[16]), target=(r[17], r[18]),
            ))  # fmt: skip
            sources.setdefault(r[5], _source_of(r[5], r[19], r[20]))
    if group:
        yield group, sources


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, object]]) -> None:
    if rows:
        con.register("_rows", pa.Table.from_pylist(rows, schema=arrow_schema(table)))
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")  # a migrated file has added columns last
        con.unregister("_rows")


def rebuild_stories(con: duckdb.DuckDBPyConnection, options: StoryOptions = StoryOptions()) -> dict[str, int]:
    """Recompute the duplicates and stories tables from articles and events, in one transaction.

    Events are read key by key in a stream (stories never join events of different keys), so memory grows
    with the largest story key and with the article signatures, not with the events table.
    """
    articles = [_ArticleInfo(*row) for row in con.execute("SELECT id, published, minhash FROM articles ORDER BY id").fetchall()]
    links = near_duplicates(articles, options.threshold)
    del articles
    report_group = {article: canonical for article, canonical, _ in links}  # non-canonical articles only
    stories = 0
    with transaction(con):
        con.execute("DELETE FROM stories")
        con.execute("DELETE FROM duplicates")
        _insert_rows(con, "duplicates", [{"article_id": a, "duplicate_of": c, "similarity": s} for a, c, s in links])
        pending: list[dict[str, object]] = []
        for events, sources in _events_by_key(con):
            article_group = {e.article_id: report_group.get(e.article_id, e.article_id) for e in events}
            for members in _cluster_events(events, article_group, options):
                pending.append(_story_row([events[i] for i in members], sources, article_group))
            if len(pending) >= _STREAM_ROWS:
                _insert_rows(con, "stories", pending)
                stories, pending = stories + len(pending), []
        _insert_rows(con, "stories", pending)
        stories += len(pending)
    return {"stories": stories, "duplicates": len(links)}

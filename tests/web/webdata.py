"""A small, hand-built database for the web tests (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
from eventfactory import make_article, make_event, protest_article, visit_article

from eventscope import store
from eventscope.records import CodedArticle

# Real coordinates, so the map shows the places where they are (eventfactory puts every place at 1, 2).
COORDINATES = {"China": (35.0, 103.0), "Kenya": (0.5, 38.0)}


def placed(item: CodedArticle) -> CodedArticle:
    events = []
    for event in item.events:
        if event.location and event.location.name in COORDINATES:
            lat, lon = COORDINATES[event.location.name]
            event = event.model_copy(update={"location": event.location.model_copy(update={"lat": lat, "lon": lon})})
        events.append(event)
    return item.model_copy(update={"events": events})


def threat_article() -> CodedArticle:
    """A third article: a future threat and a negated meeting, on another day."""
    article = make_article("China warned France on Monday. Kenya did not meet Russia in Kenya.", published="2024-07-01",
                          publisher="Other Example")
    return CodedArticle(article=article, events=[
        make_event(article, "China", "warned", "France", "130", modality="future"),
        make_event(article, "Kenya", "meet", "Russia", "036", modality="negated", place="Kenya"),
    ])


def story_rows(coded: list[CodedArticle]) -> pa.Table:
    """One story grouping the two reports of the Russian visit (stories.py derives these in real ingests)."""
    visits = [e for item in coded for e in item.events if e.event.cameo == "042"]
    row = {
        "id": "story-visit", "plover": "CONSULT", "cameo": "042", "cameo_root": "04", "quad_class": 1, "goldstein": 1.9,
        "modality": "asserted", "source_code": "RUS", "source_country": "RUS", "target_code": "CHN", "target_country": "CHN",
        "location_name": "China", "location_country": "CHN", "date_start": visits[0].date, "date_end": visits[-1].date,
        "num_mentions": len(visits), "num_articles": len(visits), "num_sources": len(visits), "num_reports": len(visits),
        "event_ids": [e.id for e in visits], "article_ids": [e.article_id for e in visits],
    }
    return pa.Table.from_pylist([row], schema=store.arrow_schema("stories"))


def build_sample_db(path: Path) -> list[CodedArticle]:
    coded = [placed(item) for item in (
        visit_article(), visit_article(publisher="Second Daily", published="2024-05-17", suffix=" Talks went on."),
        protest_article(), threat_article())]
    with store.connect(path) as con:
        store.write_tables(con, store.batch_tables(coded))
        stories = story_rows(coded)
        con.register("story_batch", stories)
        con.execute("INSERT INTO stories SELECT * FROM story_batch")
        con.unregister("story_batch")
    return coded

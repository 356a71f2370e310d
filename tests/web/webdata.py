"""A small, hand-built database for the web tests (no model needed)."""

from __future__ import annotations

import random
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
        make_event(article, "China", "warned", "France", "130", modality="future").revised(rule="verb:warn"),
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


def build_many_dyads_db(path: Path, dyads: int, events_per_dyad: int = 3, seed: int = 7) -> int:
    """A database of `dyads` source -> target pairs with a few events each, spread over 2023-2024."""
    rng = random.Random(seed)
    with store.connect(path) as con:
        import pycountry

        countries = sorted(c.alpha_3 for c in pycountry.countries)
        sectors = ["", "GOV", "MIL", "COP", "REB", "CVL"]
        pairs: set[tuple[str, str]] = set()
        weights = [1 / (rank + 1) for rank in range(120)]  # a few busy countries, many quiet ones, as in the news
        while len(pairs) < dyads:
            a, b = rng.choices(countries[:120], weights)[0], rng.choices(countries[:120], weights)[0]
            if a != b:
                pairs.add((a + rng.choice(sectors), b + rng.choice(sectors)))
        roots = [("04", "042", 1.9, 1, "CONSULT"), ("11", "111", -2.0, 3, "ACCUSE"), ("19", "190", -10.0, 4, "ASSAULT"),
                 ("05", "057", 8.0, 1, "AGREE"), ("13", "130", -4.4, 3, "THREATEN")]
        rows = []
        for n, (source, target) in enumerate(sorted(pairs)):
            for k in range(rng.randint(1, events_per_dyad * 2 - 1)):
                root, cameo, goldstein, quad, plover = rng.choice(roots)
                day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.5 else \
                      f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                rows.append((f"e{n}-{k}", f"a{n}", day, plover, cameo, root, quad, goldstein, source, source[:3], source,
                             target, target[:3], target, "asserted" if rng.random() < 0.8 else "negated",
                             target[:3], float(rng.uniform(-40, 60)), float(rng.uniform(-120, 140))))
        con.execute("CREATE TEMP TABLE synth (id VARCHAR, article_id VARCHAR, date DATE, plover VARCHAR, cameo VARCHAR, "
                    "cameo_root VARCHAR, quad_class TINYINT, goldstein DOUBLE, source_code VARCHAR, source_country VARCHAR, "
                    "source_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_name VARCHAR, modality VARCHAR, "
                    "location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE)")
        con.executemany("INSERT INTO synth VALUES (" + ", ".join("?" * 18) + ")", rows)
        con.execute("INSERT INTO events (id, article_id, date, plover, cameo, cameo_root, quad_class, goldstein, source_code, "
                    "source_country, source_name, target_code, target_country, target_name, modality, location_country, "
                    "location_name, location_lat, location_lon, sentence_index, evidence_text) "
                    "SELECT id, article_id, date, plover, cameo, cameo_root, quad_class, goldstein, source_code, source_country, "
                    "source_name, target_code, target_country, target_name, modality, location_country, location_country, "
                    "location_lat, location_lon, 0, 'synthetic' FROM synth")
        con.execute("INSERT INTO event_actors (event_id, article_id, role, position, code, country, name) "
                    "SELECT id, article_id, 'source', 0, source_code, source_country, source_name FROM synth UNION ALL "
                    "SELECT id, article_id, 'target', 0, target_code, target_country, target_name FROM synth")
        con.execute("INSERT INTO articles (id, title, published) SELECT DISTINCT article_id, article_id, DATE '2024-06-01' FROM synth")
        return len(rows)

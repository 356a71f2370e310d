"""Hand-built articles and events for storage, story and CLI tests (no model needed)."""

from __future__ import annotations

from datetime import date

from eventscope.ontology import load_ontology
from eventscope.records import Actor, Article, CodedArticle, Event, Location, Span

STATES = {
    "Russia": ("RUS", "RUS"),
    "China": ("CHN", "CHN"),
    "France": ("FRA", "FRA"),
    "Kenya": ("KEN", "KEN"),
    "police": ("KEN", "KENCOP"),
    "protesters": ("KEN", "KENCVL"),
}


def actor(name: str, start: int) -> Actor:
    country, code = STATES[name]
    kind = "state" if code == country else "group"
    return Actor(text=name, start=start, end=start + len(name), name=name, country=country, code=code, kind=kind,
                 sectors=[code[3:]] if len(code) > 3 else [])


def make_article(text: str, published: str | None = "2024-05-16", publisher: str | None = "Daily Example",
                 url: str | None = None) -> Article:
    return Article(id=Article.make_id(text), text=text, published=date.fromisoformat(published) if published else None,
                   publisher=publisher, url=url, language="en", origin="test")


def make_event(article: Article, source: str, verb: str, target: str | None, cameo: str, *,
               modality: str = "asserted", event_date: str | None = None, place: str | None = None,
               attribution: str | None = None) -> Event:
    """An event whose words are found in the article text (offsets are real)."""
    text = article.text
    trigger_start = text.index(verb)
    source_start = text.index(source)
    sentence_start = text.rfind(". ", 0, trigger_start) + 2 if text.rfind(". ", 0, trigger_start) >= 0 else 0
    sentence_end = text.find(".", trigger_start) + 1 or len(text)
    location = None
    if place:
        start = text.index(place)
        location = Location(text=place, start=start, end=start + len(place), name=place, country=STATES[place][0],
                            precision="country", lat=1.0, lon=2.0)
    return Event(
        id=Event.make_id(article.id, 0, trigger_start, trigger_start + len(verb), cameo),
        article_id=article.id,
        sentence_index=0,
        date=event_date or (article.published.isoformat() if article.published else None),
        date_precision="day",
        event=load_ontology().event_type(cameo),
        trigger=Span(text=verb, start=trigger_start, end=trigger_start + len(verb)),
        source=[actor(source, source_start)],
        target=[actor(target, text.index(target))] if target else [],
        modality=modality,
        attribution=[actor(attribution, text.index(attribution))] if attribution else [],
        location=location,
        evidence=Span(text=text[sentence_start:sentence_end], start=sentence_start, end=sentence_end),
        confidence=0.8,
    )


def visit_article(publisher: str = "Daily Example", published: str = "2024-05-16", suffix: str = "") -> CodedArticle:
    """Russia visits China (CONSULT 042) and France criticises Russia (ACCUSE 111)."""
    article = make_article(
        f"Russia visited China on Thursday for talks. France criticised Russia over the war.{suffix}",
        published=published, publisher=publisher)
    return CodedArticle(article=article, events=[
        make_event(article, "Russia", "visited", "China", "042", place="China"),
        make_event(article, "France", "criticised", "Russia", "111"),
    ])


def protest_article(published: str = "2024-06-02") -> CodedArticle:
    article = make_article("Thousands of protesters marched in Kenya and police fired tear gas at them.",
                           published=published, publisher="Nairobi Example")
    return CodedArticle(article=article, events=[
        make_event(article, "protesters", "marched", None, "141", place="Kenya"),
        make_event(article, "police", "fired", "protesters", "180", place="Kenya", modality="asserted"),
    ])

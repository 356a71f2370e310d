"""The orchestrator: articles in, coded articles out, one stage after another.

    Article -> parse (spaCy Doc) -> actors (ActorMention) -> events (Event) -> where/when (Event) -> CodedArticle

Every stage is an object built once per process from data files and then applied per document, so the
same Coder runs in one process, in a pool of processes, or inside a Ray actor.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from eventscope.actors import ActorResolver, load_actor_dictionary
from eventscope.dates import DateResolver
from eventscope.events import EventCoder, load_patterns
from eventscope.geo import EventLocator, load_gazetteer
from eventscope.nlp import load_model, parse
from eventscope.ontology import load_ontology
from eventscope.records import Article, CodedArticle
from eventscope.settings import Settings

__all__ = ["Coder"]


class Coder:
    """Codes articles into events. Build one per process: it holds the model and the dictionaries."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = load_model(self.settings.model)
        self.ontology = load_ontology()
        self.resolver = ActorResolver(load_actor_dictionary(self.settings.actor_files))
        self.resolver.prepare(self.nlp.vocab)
        self.event_coder = EventCoder(self.ontology, load_patterns(self.settings.pattern_files))
        self.locator = EventLocator(load_gazetteer(self.settings.place_files))
        self.dater = DateResolver()

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in order; the input may be a lazy stream."""
        pending: deque[Article] = deque()  # articles handed to the parser, not yet coded

        def texts() -> Iterator[str]:
            for article in articles:
                pending.append(article)
                yield article.text

        for doc in parse(self.nlp, texts(), self.settings.batch_size):
            article = pending.popleft()
            yield self.code_doc(article, doc)

    def code_doc(self, article: Article, doc) -> CodedArticle:
        mentions = self.resolver.resolve(doc, article.published)
        events = self.event_coder.code(doc, article, mentions)
        events = [self.locator.locate(doc, event, mentions) for event in events]
        events = [self.dater.date(doc, event, article.published) for event in events]
        return CodedArticle(article=article, events=events)

    def code_text(self, text: str, **article_fields: object) -> CodedArticle:
        """Convenience: code one clean text."""
        article = Article(id=str(article_fields.pop("id", None) or Article.make_id(text)), text=text, **article_fields)
        return next(self.code([article]))

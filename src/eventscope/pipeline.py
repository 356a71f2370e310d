"""The orchestrator: articles in, coded articles out, one stage after another.

    Article -> parse (spaCy Doc) -> DocumentContext (dateline, furniture) -> actors (ActorMention)
            -> places and countries -> events (EventDraft) -> where/when -> Event -> CodedArticle

Every stage is an object built once per process from data files and then applied per document, so the
same Coder runs in one process, in a pool of processes, or inside a Ray actor. Every stage reads the
document's one DocumentContext; each Event is built once, validated, from its draft, place and date.
"""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.tokens import Doc

from eventscope.actors import ActorCompletion, ActorResolver, load_actor_dictionary
from eventscope.actors.acronyms import ForeignAcronyms
from eventscope.actors.offices import OfficesAtTheTime
from eventscope.context import DocumentContext, dominant, load_context_rules, rank_countries
from eventscope.dates import DateResolver
from eventscope.events import EventCoder, load_patterns
from eventscope.events.matching import lemma_of
from eventscope.events.referents import sources_from_earlier_acts, sources_from_reporters, targets_from_earlier_acts
from eventscope.events.selection import no_self_pairs
from eventscope.events.trace import DecisionTrace, Gate
from eventscope.geo import EventLocator, load_gazetteer
from eventscope.nlp import load_model, parse
from eventscope.ontology import load_ontology
from eventscope.records import Article, CodedArticle, Event, EventDraft
from eventscope.settings import Settings

__all__ = ["Coder", "capped_events"]

log = logging.getLogger(__name__)
_E = TypeVar("_E", Event, EventDraft)


def capped_events(events: list[_E], per_sentence: int, per_article: int, article_id: str = "") -> list[_E]:
    """At most `per_sentence` events of one sentence and `per_article` in all, the most confident kept in
    their order: a pathological text (one endless list of clashes) cannot flood the database."""
    counts = Counter(event.sentence_index for event in events)
    if len(events) <= per_article and max(counts.values(), default=0) <= per_sentence:
        return events
    kept_per_sentence: Counter[int] = Counter()
    keep: set[int] = set()
    for index in sorted(range(len(events)), key=lambda i: -events[i].confidence):
        sentence = events[index].sentence_index
        if kept_per_sentence[sentence] < per_sentence and len(keep) < per_article:
            kept_per_sentence[sentence] += 1
            keep.add(index)
    log.warning("article %s: kept %d of its %d events (at most %d per sentence, %d per article)",
                article_id, len(keep), len(events), per_sentence, per_article)
    return [event for index, event in enumerate(events) if index in keep]


class Coder:
    """Codes articles into events. Build one per process: it holds the model and the dictionaries."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = load_model(self.settings.model, ner=self.settings.ner)
        self.ontology = load_ontology()
        dictionary = load_actor_dictionary(self.settings.actor_files)
        self.resolver = ActorResolver(dictionary)
        self.acronyms = ForeignAcronyms(dictionary)
        self.resolver.prepare(self.nlp.vocab)
        gazetteer = load_gazetteer(self.settings.place_files)
        self.completion = ActorCompletion(dictionary, article_country=self.settings.article_country,
                                          gazetteer=gazetteer, ontology=self.ontology)
        self.event_coder = EventCoder(self.ontology, load_patterns(self.settings.pattern_files, dictionary, self.ontology),
                                      reading=self.settings.reading)
        self.locator = EventLocator(gazetteer, self.ontology.non_state_codes)
        self.dater = DateResolver()
        self.offices = OfficesAtTheTime(dictionary)
        self.context_rules = load_context_rules()

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

    def context(self, article: Article, doc: Doc) -> DocumentContext:
        """The document's context with its actors, places and countries: what the event coder reads."""
        rules = self.context_rules
        context = DocumentContext.build(doc, article, rules)
        # (nor is a dateline's place or agency an actor: "PARIS (Reuters) -" says where the report was filed)
        context.region_namesakes = self.locator.regions_named_like_countries(doc, article.text)
        found = self.resolver.resolve(doc, article.published, context.region_namesakes, context.entities,
                                      context.text)
        context.mentions = [m for m in found
                            if not context.in_furniture(m.actor.start, m.actor.end)
                            and not (context.dateline is not None and context.dateline.covers(m.token_start))]
        self.locator.place_mentions(context)
        context.mentions = self.acronyms.unlink(context.mentions, {p.place.country for p in context.places
                                                                   if p.place.country})
        context.countries = rank_countries(context, rules)
        context.dominant_country = dominant(context.countries, rules)
        context.mentions = self.completion.complete(context)
        return context

    def code_doc(self, article: Article, doc: Doc, trace: DecisionTrace | None = None) -> CodedArticle:
        """The coded article of a parsed one. `trace`: where to record the candidates dropped, the gate that
        dropped each (events/trace.py; `eventscope explain`); each event names the rule that made it (Event.rule)."""
        context = self.context(article, doc)
        limits = self.settings.limits
        coded = self.event_coder.code(context, trace)
        drafts = capped_events(coded, limits.events_per_sentence, limits.events_per_article, article.id)
        if trace is not None:
            trace.drop_events(Gate.CAPPED, coded, drafts)
        self.completion.complete_roles(context, drafts)
        patterns = self.event_coder.patterns
        targets_from_earlier_acts(doc, drafts, patterns, context.mentions, self.event_coder.speech)
        sources_from_earlier_acts(doc, drafts, patterns)
        sources_from_reporters(doc, drafts, patterns.roles)
        self.completion.counterparts(context, drafts)
        whole = self.event_coder.profile(context).whole
        if whole:
            # (the codebook's acts aimed at no one: the sentence sets' PLOVER gold marks a show of force's forces
            # and places, plv_train target token F1 0.678 -> 0.673 with it on lone sentences)
            self.completion.own_places_and_forces(context, drafts)
            self.completion.implied_targets(context, drafts)  # (a lone sentence codes only what it names)
        else:
            # (a whole article's country is a cue of its own; a lone sentence's is the country of its words)
            self.completion.other_roles_cues(context, drafts)
        self.completion.target_sectors(context, drafts)
        self.completion.armed_means(context, drafts)
        self.completion.protest_sources(drafts)
        self.completion.protest_crowds(context, drafts)
        self.completion.creeds(context, drafts)
        self.completion.legislating_parties(context, drafts)
        self.completion.region_wholes(context, drafts)
        self.completion.police_officers(context, drafts)
        self.completion.offices_named_elsewhere(context, drafts)
        self.completion.private_people(drafts)
        self.completion.lone_attackers(context, drafts)
        if whole:
            # (session 35) an act whose states are only where private bodies are from ("the French pavilion accused
            # the organisers"): judged on the completed roles, as "Myanmar military aircraft" is the army only then
            senses = self.event_coder.senses
            kept = [d for d in drafts if not senses.private_named_act(doc, d.source, d.target)
                    and not senses.home_errand(d.event.cameo, d.source, d.target)
                    and not senses.contest_between_states(lemma_of(doc[d.trigger_token]), d.source, d.target)]
            if trace is not None:
                trace.drop_events(Gate.PRIVATE_ACT, drafts, kept)
            drafts = kept
            # (session 36) a page naming states mostly as such, none of whose acts joins two political actors: its acts
            # are private parties' (senses.state_named_page), judged on the completed roles too
            if senses.state_named_page(context.mentions, drafts):
                if trace is not None:
                    trace.drop_events(Gate.NOT_AN_ACT, drafts, [])
                drafts = []
        no_self_pairs(drafts)
        events = []
        for draft in drafts:
            when = self.dater.resolve(context, draft)
            self.offices.recode(draft, when, context.published)  # (a leader's office when the act happened)
            events.append(draft.to_event(self.locator.find_location(context, draft), **when))
        return CodedArticle(article=article, events=events)

    def code_text(self, text: str, **article_fields: object) -> CodedArticle:
        """Code one text. It is cleaned as `eventscope code` and `ingest` clean it, so the article and event ids
        are the ones the command line gives for the same text (or the `id` passed here, as an input's own id)."""
        from eventscope.ingest.clean import clean_text

        clean = clean_text(text)
        article = Article(id=str(article_fields.pop("id", None) or Article.make_id(clean)), text=clean, **article_fields)
        return next(self.code([article]))

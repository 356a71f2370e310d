"""The countries an article's layout and story give an actor that its own words and sentence do not
(`ArticleRules`): rules 3 to 6 of the country chain (countries.py), tried in order, and the item header of rule 1.

1. `item header`: in a factbox or briefing, the country whose name and a colon or dash open its line ("GERMANY: The
   foreign ministry said ...", "Peru - Police arrested ..."; at least two such lines: one alone is a dateline);
3. `dateline`: where the report was filed ("SAO PAULO --"), when the article names that country most (a
   correspondent in Cairo reporting on Tunisia says where the reporter is, not the actors); not a host's: when the
   first sentence tells of others meeting there ("GENEVA - Yemen's government and Houthi rebels held talks in the
   Swiss city"), with no actor of the dateline's country in it, that country is where they meet, and neither it nor
   its places in a sentence of meeting give a country by rules 2 to 6 (session 28);
4. `article country`: the country the article is mostly about (`DocumentContext.dominant_country`);
5. `recent actor`: in an article about several countries, the country of the actor named last before it,
   in its sentence or the one before (not a country word describing a thing: "the British bill") (dev tune dyad F1 0.221 -> 0.225, check 0.129 -> 0.136);
   not for the plural of a noun for a state's rule ("the juntas", "all three governments": several states, of which
   that actor is at most one; sectors.yaml state_rule_nouns), which take rule 6's (analysis dyad 119 -> 122);
   nor an actor whose own country was guessed by rules 3 to 6: only a country read from words or a place is handed
   on (session 31); nor an advocacy body named by its kind alone ("human rights groups", "advocacy groups"), which in
   a story of several countries is of no state (NGO, session 37: a recent actor gave it the state of someone else's
   act);
6. `top country`: else, the country the article names most, though it leads too little to be rule 4's.
The weakest rules, 4 to 6, are switched off together by `Settings.article_country`.
Beside them, the page's own voice (`_page_voice`, session 29): a press release or statement that opens with a body
as the subject of a verb in the present tense speaks for that body, whose country its "our embassy" is.
"""

from __future__ import annotations

import bisect
import re
import sys
from functools import cached_property

from spacy.tokens import Token

from eventscope.actors.antecedents import in_quote
from eventscope.actors.completion.base import _NGO, RECENT_ACTOR
from eventscope.actors.completion.lookup import _STATELESS_PREFIXES, _Found, _Lookup
from eventscope.actors.completion.referring import ReferringRules
from eventscope.actors.completion.words import _SUBJECT_DEPS, _describes_a_thing, says_its_country
from eventscope.actors.dictionary import NamedActor
from eventscope.context import DocumentContext
from eventscope.geo.gazetteer import normalise
from eventscope.lemmas import lemma_of
from eventscope.records import ActorMention, refers_back

# A line of a factbox or a briefing opened by a country's name and a colon or a dash ("Germany: the foreign ministry
# said ...", "PERU - Police arrested ..."): the item is that country's news.
_ITEM_HEADER = re.compile(r"^[ \t]*([A-Z][A-Za-z .'\u2019-]{1,40}?)[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]", re.MULTILINE)
_ITEM_HEADERS_MEMO = "completion.item_headers"
_MIN_ITEMS = 2  # one line so opened is a dateline (rule 3's), several are the items of a list
_HOST_MEMO = "completion.host_country"
_ITEM_HEADER_RULE = "item header"  # "FRANCE: The ministry said ...": the country heading a list's item
_VOICE_MEMO = "completion.page_voice"
_VOICE_SENTENCES = 6  # (a title and lines of date and place may come first, with no verb)


class ArticleRules(ReferringRules):
    """The countries the article's layout and story give (see the module docstring)."""

    def _meets(self, verb: Token) -> bool:
        """Whether a verb is one of meeting, or takes a meeting noun as its object ("held talks")."""
        words = self.dictionary.meeting_words
        return lemma_of(verb) in words or any(c.dep_ == "dobj" and lemma_of(c) in words for c in verb.children)

    def _several_states(self, head: Token) -> bool:
        """"the juntas", "all three governments": the plural of a noun for one state's rule (sectors.yaml
        state_rule_nouns) names several states, of which the actor named just before is at most one."""
        return head.tag_ in ("NNS", "NNPS") and lemma_of(head) in self.dictionary.state_rule_nouns

    def _host_country(self, context: DocumentContext, state: _Lookup) -> str | None:
        """The dateline's country when the report's first sentence tells of others meeting there ("GENEVA - Yemen's
        government and Houthi rebels held talks in the Swiss city", "DOHA - Chad's government and rebels signed a
        deal in the Qatari capital"): the host of talks, a signing or a summit, not whose the actors are. Others: a
        subject of a verb of meeting says a country of its own other than the dateline's, and no actor of the
        sentence says the dateline's (a visit to the host's leader makes the host a party)."""
        return context.memoised(_HOST_MEMO, lambda: self._find_host(context, state))

    def _find_host(self, context: DocumentContext, state: _Lookup) -> str | None:
        dateline = state.dateline_country
        if not dateline or context.dateline is None:
            return None
        doc = context.doc
        if context.dateline.text_start >= len(doc):
            return None
        lede = doc[context.dateline.text_start].sent
        meetings = [t for t in lede if t.pos_ in ("VERB", "AUX") and self._meets(t)]
        if not meetings:
            return None
        subjects = {s.i for v in meetings for c in v.children if c.dep_ in _SUBJECT_DEPS
                    for s in (c, *c.conjuncts)}
        own = [m for m in context.mentions if lede.start <= m.token_start < lede.end and m.actor.country
               and says_its_country(m.actor) and not _describes_a_thing(context, m, state.in_mentions)
               and not context.dateline.covers(m.token_start)]
        if any(m.actor.country == dateline for m in own):
            return None
        others = any(m.head in subjects and m.actor.country not in self.not_countries for m in own)
        if not others:
            # (session 29) "Negotiators from Yemen's government and the Houthis met in the Swiss city": a subject the
            # completion has not placed yet, whose own words name another state (the host is asked for mid-way)
            placed = {m.head for m in own}
            others = any(country not in (None, dateline) for i in subjects if i not in placed
                         for country in (self._named_within(state, doc[i]),))
        return dateline if others else None

    def _named_within(self, state: _Lookup, head: Token) -> str | None:
        """The country a state's mention inside a noun phrase names ("negotiators from Yemen's government": Yemen)."""
        return next((c for t in head.subtree if t.i != head.i and t.pos_ not in ("VERB", "AUX")
                     and (c := state.mention_country(t.i, None)) and c not in self.not_countries), None)

    def _host_venues(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """In a sentence with a verb of meeting, the places of the host country (`_host_country`): where the
        meeting is."""
        host = self._host_country(context, state)
        sentence = context.sentence_of(head.i)
        if host is None or not any(self._meets(t) for t in head.sent if t.pos_ in ("VERB", "AUX")):
            return frozenset()
        return frozenset(place_head for place_head, country in (*state.where.get(sentence, ()),
                                                                *state.named.get(sentence, ())) if country == host)

    def _page_voice(self, context: DocumentContext, state: _Lookup) -> str | None:
        """The country of the body a page speaks for in its own voice: a press release or statement opens with the body
        as the subject of a verb in the present tense ("The Ministry of Foreign Affairs of Estonia condemns ...", "The
        Embassy of Chile announces ..."), where a news report tells what was done; its "our embassy", "our citizens"
        outside quotes are then that body's country's (session 29). The first sentence with a verb decides."""
        voice: str | None = context.memoised(_VOICE_MEMO, lambda: self._find_page_voice(context, state))
        return voice

    def _find_page_voice(self, context: DocumentContext, state: _Lookup) -> str | None:
        voice = None
        for sentence in context.sentences[context.sentence_of(context.text_start):][:_VOICE_SENTENCES]:
            root = sentence.root
            if root.pos_ not in ("VERB", "AUX") or context.token_in_furniture(root):
                continue
            if root.tag_ in ("VBZ", "VBP") and not in_quote(root):
                subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ != "PERSON":
                    # (the country its own words name: "of Estonia", "Chile's"; the completion has not placed it yet)
                    words = (t for t in subject.subtree if t.pos_ not in ("VERB", "AUX"))
                    voice = next((c for t in words if (c := state.mention_country(t.i, None) or state.place_country(t.i))
                                  and c not in self.not_countries), None)
            break
        return voice

    def _item_country(self, context: DocumentContext, char: int) -> _Found | None:
        """The country named at the head of the factbox or briefing item a character is in ("FRANCE: The ministry
        said ...": the ministry is France's, whatever the page is about), if the page is such a list; or the body of
        states so named ("ECOWAS: The West African bloc threatened sanctions": the bloc's whole code)."""
        index = self._item_index(context, char)
        if index is None:
            return None
        _, _, country, code = self._headers(context)[index]
        return _Found(country, _ITEM_HEADER_RULE, code=None if code == country else code)

    def _headers(self, context: DocumentContext) -> list[tuple[int, int, str, str]]:
        """The page's item headers, found once per document (`_item_headers`)."""
        return context.memoised(_ITEM_HEADERS_MEMO, lambda: self._item_headers(context.text))

    def _item_index(self, context: DocumentContext, char: int) -> int | None:
        """Which item of a factbox or briefing a character is in (None: not in one, or the page is no such list)."""
        headers = self._headers(context)
        index = bisect.bisect_right(headers, (char, sys.maxsize, "\uffff")) - 1
        if index < 0:
            return None
        return index if char <= headers[index][1] else None

    def _title_in_item(self, context: DocumentContext, mention: ActorMention, earlier: list[ActorMention]
                       ) -> ActorMention | None:
        """"SENEGAL: President Faye said ... FRANCE: The ministry said it had spoken to the president's wife": a title
        alone in one item of a factbox or briefing is not the holder named in another item, whose country that item
        is; it is the last person with that title named in its own item or before the items (the story they react
        to), or else it stays as found. `earlier`: the completed mentions before it."""
        actor = mention.actor
        if actor.kind != "person" or actor.origin != "coreference" or not actor.reason.startswith("coreference: '"):
            return None
        item = self._item_index(context, actor.start)
        if item is None:
            return None
        source = next((m for m in reversed(earlier) if m.actor.name == actor.name and not refers_back(m.actor)), None)
        where = None if source is None else self._item_index(context, source.actor.start)
        if where is None or where == item:
            return None
        title = actor.reason.split("'")[1]
        holder = next((m for m in reversed(earlier) if m.actor.kind == "person" and not refers_back(m.actor)
                       and title in m.actor.text.lower()
                       and self._item_index(context, m.actor.start) in (None, item)), None)
        if holder is None:
            return None
        return ActorMention(holder.actor.revised(text=actor.text, start=actor.start, end=actor.end,
                                                 reason=f"coreference: {title!r} -> {holder.actor.name}; in its item",
                                                 origin="coreference", country_from=None),
                            mention.token_start, mention.token_end, mention.head)

    def _item_headers(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end of its line, country, code) of the lines opened by a country's name, or a body of states' (the
        body's country slot and whole code: session 29), and a colon or dash, when there are several. (The line's end
        is found here once: Doc.text joins the tokens again at every call.)"""
        if self.gazetteer is None:
            return []
        headers = []
        for match in _ITEM_HEADER.finditer(text):
            body = self._bodies_by_name.get(match.group(1).strip().lower())
            key = normalise(match.group(1))
            countries = {place.country for place, _ in self.gazetteer.lookup_key(key) if place.kind == "country"} \
                if body is None and self.gazetteer.knows(key) else set()
            line_end = text.find("\n", match.start())
            end = len(text) if line_end < 0 else line_end
            if body is not None:
                headers.append((match.start(), end, str(body.country), body.code))
            elif len(countries) == 1:
                country = str(next(iter(countries)))
                headers.append((match.start(), end, country, country))
        return headers if len(headers) >= _MIN_ITEMS else []

    @cached_property
    def _bodies_by_name(self) -> dict[str, NamedActor]:
        """Bodies of no single state by their names and aliases in lower case, for item headers ("ECOWAS:")."""
        return {name.lower(): entry for entry in self.dictionary.named if entry.country in self.not_countries
                for name in (entry.name, *entry.aliases)}

    def _body_by_kind(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether a mention is an advocacy body named by its kind alone ("rights groups", "advocacy groups": sectors.yaml
        advocacy_bodies, of the NGO sector), its words naming no body of its own nor saying it is local ("local rights
        groups"), and no copy of an actor named before."""
        actor = mention.actor
        if actor.origin is not None or actor.country or actor.sectors[:1] != [_NGO]:
            return False
        head = context.doc[mention.head]
        before = head.doc[head.i - 1] if head.i > 0 else None
        terms = {lemma_of(head)}
        if before is not None and before.head.i == head.i:
            terms.add(f"{before.lower_} {lemma_of(head)}")
        return not terms.isdisjoint(self.dictionary.advocacy_bodies) \
            and not any(c.lower_ in self.dictionary.local_words or c.pos_ == "PROPN" for c in head.lefts)

    def _from_article(self, context: DocumentContext, state: _Lookup, mention: ActorMention,
                      skip: frozenset[int] = frozenset()) -> _Found | None:
        """The weak rules of the module docstring (3 to 6): the dateline, the article's country, a recent actor's,
        the top country."""
        dateline = state.dateline_country
        host = self._host_country(context, state)
        if dateline and dateline != host and context.countries and context.countries[0][0] == dateline:
            # (a report filed abroad, "CAIRO --" on Tunisia, says where the reporter is, not the actors)
            return _Found(dateline, "dateline")
        if self.article_country and context.dominant_country and context.dominant_country != host:
            return _Found(context.dominant_country, "article country")
        if self._body_by_kind(context, mention) \
                and sum(c not in self.not_countries for c, _ in context.countries) >= 2:
            # (session 37) "Human rights groups have accused Malian troops ...", in a story of several states: whose
            # groups they are the story does not say, and the state named last before them is another's
            return _Found(_NGO, "of no state")
        # (a group coded by where it acts, not by whom it is near, takes none of the rules below)
        nearby = self.article_country and not mention.actor.code.startswith(_STATELESS_PREFIXES)
        several = self._several_states(context.doc[mention.head])
        country = state.recent_country(context, mention, skip) if nearby and not several else None
        if country is None and skip and nearby and not several:
            # (with none named before the act's source in reach, the source's own: not the top country, which may be any)
            country = state.recent_country(context, mention)
        if country:
            # an article about several countries: the one of the actors named just before
            return _Found(country, RECENT_ACTOR)
        top = next((c for c, _ in context.countries if c not in self.not_countries and c != host), None)
        if top and nearby:
            # an article about countries close in weight, with none named near it: the one named most
            return _Found(top, "top country")
        return None

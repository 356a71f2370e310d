"""The country of every actor the dictionaries left without one (`CountryRules`).

Runs after the resolver and the places stage (it reads `DocumentContext.places` and the country ranking).
For an actor with no country (a sector phrase, a person or an organisation no dictionary knows, a group
that belongs to no single state), the first rule that gives one wins, and the actor's reason says which:

0. `party label`: "Sen. Ann Ruiz (R-Ohio)" (titles.yaml);
   `region`: a first-level region of exactly one country opening its name before more words ("the Ohio Senate",
   "Manitoba police"; the places stage reads no place inside an organisation's name);
1. `noun phrase`: a country, nationality or place inside its own noun phrase ("police in Sao Paulo",
   "the spokesman for Kenya's army"; "villagers on the Kyrgyz side": sectors.yaml side_nouns, session 32);
   `relative owner`: "whose" names the noun its clause describes ("President Ode, whose government hosted the talks":
   hers; session 29; not an own-country rule, so a later "the government" does not repeat it);
   `item header` (articles.py);
   `same noun before`: a definite phrase repeating the noun of a group named with its country before
   ("American nuns ... the nuns"; a state body only in the three sentences before: "the government" may be
   another state's; but "the Ministry" with a capital is the body named in full by "the Ministry of ..." before,
   however far back: a press release's own voice);
2. `sentence place`: the place named nearest to it in its sentence (where it acts), not one named as a party
   to an act ("Bishops thanked Chile"), unless it is a group of no single state ("Daesh attacked Mosul"), nor one
   inside a "when"/"after" clause of its own apart from the actor's ("the troops withdrew after rebels attacked a
   garrison in Chad"; session 30); but where the nearest place stands in another clause and the actor's own act
   happens "in"/"at" a place of another country, that one ("... pastures to Tajikistan, and police dispersed a rally
   in Batken"; `_own_clause_place`, session 33);
   `portfolio`: a person whose office names a portfolio ("Commerce Secretary Ana Ode", "the trade minister"), where
   rules 2 to 6 would guess, takes the country of the last body of that portfolio named before with its country in
   its paragraph ("the U.S. Commerce Department"; titles.yaml portfolio_bodies; session 31);
   `national title`: a person whose own words or apposition hold an office of one country only ("the shadow home
   secretary", "the Taoiseach"; titles.yaml national_titles), where rules 2 to 6 would guess (session 33);
   `title body`: a person whose title opens with the last word of a body of states or of no state named before
   ("the Pacific Islands Forum ... Forum Secretary-General Ann Ode") serves it, where rules 3 to 6 would guess (session 32);
3. to 6. `dateline`, `article country`, `recent actor`, `top country`: from the article as a whole (articles.py);
   but a person the dateline would place takes the country of an apposition to a later mention of the surname
   ("Commerce Secretary Ana Ode ... Ode, the U.S. commerce secretary,": `apposition`; session 29).
People who, by what they are, are not of where they are (refugees, migrants, diplomats, peacekeepers: sectors.yaml
outsiders; "visiting", "migrant", "peacekeeping" before a noun: stateless) take a country only from their own words
("Syrian refugees", "refugees from Sudan", "its diplomats"), never from rules 2 to 6 (on the gold sentence sets the
places gave them a right country 1 time in 17).
An organisation no dictionary knows whose name says it spans countries ("the World ... Organization", "the European
... association", "the Inter-American ..."; sectors.yaml international_names) is of no state, like the stateless
people, and a body of states (IGO) when its head says so ("... Organization", "... Agency"; intergovernmental_heads):
a dateline or the story's country named the host city's state (session 24).
A place where a national body goes or meets ("flew to Bamako", "held talks in Geneva", "met his counterpart in
Doha"; sectors.yaml motion_words, meeting_words) is no cue of whose the body is, in rule 2 nor, when the document
names that country nowhere else, in rules 3 to 6. In a lone sentence, `other_roles_cues`: a state body's country
guessed by rules 2 to 6 from words that are only the target's ("the Treasury blacklisted four Iranian firms") is
dropped.
A counterpart ("met his counterpart"; sectors.yaml counterparts) is of the other side: its possessive pronoun
gives it no country, and `counterparts` drops a country guessed for it that is the other side's. So are a state's
allies, partners and neighbours (sectors.yaml state_relations): a state's possessive gives them no country, and
neither does the story around them. Nor is the state an envoy is posted to the envoy's ("the ambassador to Japan",
"the envoy in Moscow": sectors.yaml posted_offices; session 31).
A target phrase the recent-actor rule placed at its source's own country on the source's word alone takes the one
other state its sentence names by an actor's own words, not as an acting subject ("a Chinese cutter rammed a
Philippine vessel, injuring three crew members": `other state of its sentence`, `_other_state_acted_on`; session 32).
Members with no owner of their own ("urged members", "thanked the allies", "member states"; sectors.yaml
membership_nouns) are the body of states named in their sentence or the one before (session 22).

Never from page furniture: its places and actors are out of the context already.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from eventscope.actors.antecedents import antecedent, in_quote, surname_of
from eventscope.actors.completion.articles import ArticleRules
from eventscope.actors.completion.base import (
    _BODY_OF_STATES,
    _GUESS_RULES,
    _LEGISLATURE,
    _MILITARY,
    _NGO,
    _PROTESTERS,
    _REBELS,
    _UNKNOWN_NAMES,
    NATIONAL_TITLE,
    RECENT_ACTOR,
)
from eventscope.actors.completion.lookup import _RECENT_SENTENCES, _STATELESS_PREFIXES, _Found, _Lookup
from eventscope.actors.completion.referring import _BODY_KINDS
from eventscope.actors.completion.words import (
    _INTERNATIONAL_NAME,
    _SUBJECT_DEPS,
    _clause_of,
    _goal_of,
    _named_in_full,
    _named_key,
    _noun_phrase_words,
    _own_verbs,
    _place_phrase,
    _reported_by,
    _said_apart,
    _told_under,
    _venue_of,
    beyond_border,
    clause_chain,
    says_its_country,
)
from eventscope.actors.resolver import STATE_SECTORS
from eventscope.context import DocumentContext
from eventscope.geo.gazetteer import normalise
from eventscope.lemmas import lemma_of
from eventscope.records import Actor, ActorMention, EventDraft, bare_phrase, from_phrase_words, refers_back

# Prepositions after a person's title that name the body the person works for ("a spokesman for the Red Cross").
_MEMBER_PREPS = frozenset({"for", "of", "at", "with"})
_DEFINITE = frozenset({"the", "these", "those"})

_DESCRIBING_DEPS = frozenset({"acl", "relcl", "prep"})  # what a noun's words after it say of it


_SAME_NOUN_SENTENCES = 3  # how far back "the army" finds "the Syrian army" (a group noun looks back to the start)
# Sectors of a state's own bodies that go abroad and speak of other countries (police, residents, rebels are taken
# to be of where they are): a place they go to or speak of is not theirs.
_NATIONAL_SECTORS = STATE_SECTORS - {"COP"}
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_UNSAID_TAGS = frozenset({"VB", "VBG"})  # an infinitive or a gerund: "a plan to send", "agreeing to move"

_OTHER_STATE = "other state of its sentence"  # complete_roles: a target of another state
_AT_PREPS = frozenset({"in", "at"})  # "a rally in Batken", "clashes at the crossing": where an act happens
_TITLE_PREPS = frozenset({"of", "for", "to"})  # "Chancellor of the Exchequer", "Secretary of State for Wales"
_SEAT_OF_POWER = "seat of power"  # the resolver's reason for "Moscow", "the Kremlin" standing for a state
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_KIN_PLACE_RULES = frozenset({"noun phrase", "sentence place"})  # where a people's word places its people
_REGION = "region"  # the rule of a first-level region opening a body's name ("the Ohio Senate")
BODY_OFFICER = "body officer"  # "High Commissioner Ann Ode" after the UN refugee agency (titles.yaml body_officer_titles)
_OFFICER_SENTENCES = 2  # how many sentences before a body officer's the body he serves may be named

# A region name that opens a body's name ("Ontario police") may also be a town abroad; a town this big abroad
# makes the name ambiguous ("Victoria": Hong Kong's, Canada's, Australia's).
_REGION_TOWN_ABROAD = 200_000
_REGION_WORDS = 4  # the longest region name tried, in words ("Jammu and Kashmir")


class _NamedGroup(NamedTuple):
    """A group named with its country, for a later definite phrase repeating its noun (`same noun before`)."""

    country: str
    sentence: int
    code: str | None  # a body of states' own code ("IGOUNO"), where the noun's sector would lose it


class CountryRules(ArticleRules):
    """The country of every actor the dictionaries left without one (see the module docstring)."""

    def complete(self, context: DocumentContext) -> list[ActorMention]:
        """The context's mentions, each with a country where the context gives one."""
        context.mentions = self._short_names(context, self._acronyms(context))
        state = self._lookup(context)
        completed: dict[str, Actor] = {}  # canonical name -> the completed actor, for coreferent mentions
        named: list[Actor] = []  # people named with their surname, in text order, for later bare surnames
        by_noun: dict[str, _NamedGroup] = {}  # head noun -> the last group it named with its country
        out: list[ActorMention] = []
        for mention in sorted(context.mentions, key=lambda m: (m.token_start, m.token_end)):
            moved = self._title_in_item(context, mention, out)
            if moved is not None:
                out.append(moved)
                continue
            actor = mention.actor
            person = self._named_before(context, mention, named)
            if person is not None:
                out.append(ActorMention(person, mention.token_start, mention.token_end, mention.head))
                continue
            actor = self._party_label(context, mention) or actor
            if refers_back(actor) and not self._needs_country(actor):
                out.append(mention)
                continue
            if refers_back(actor):
                antecedent = completed.get(actor.name)
                if antecedent is not None and antecedent.country:
                    actor = self._with_country(actor, antecedent.country, "", code=antecedent.code)
                out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head))
                continue
            if actor.country and not refers_back(actor):
                actor = self._kin_place(context, state, mention) or actor
            if self._needs_country(actor) and actor.kind in ("person", "group"):
                # (session 29: a group too, "judges at the European Court of Human Rights" are the court's; but only
                # a body it speaks for: "fighters of JNIM, al-Qaeda's affiliate in the Sahel" take no apposition's place)
                actor = self._apposition(context, state, mention, bodies_only=actor.kind == "group") or actor
            if self._needs_country(actor):
                found = self._country(context, state, mention, by_noun)
                if actor.kind == "person" and found is not None and found.rule == "dateline":
                    # (the dateline only: from the other guesses it cost a dyad on a held-out set, session 29)
                    found = self._renamed_later(context, actor, mention) or found
                if actor.kind == "person" and (found is None or found.rule in _GUESS_RULES):
                    found = self._national_title(context, mention) or self._portfolio_body(context, mention, out) \
                        or self._title_body(context, mention) or self._body_officer(context, mention) \
                        or self._seat_voice(context, mention) or found
                if found is not None:
                    if found.rule == _REGION and self._regional_chamber(context, mention):
                        actor = actor.revised(sectors=[_LEGISLATURE])
                    elif found.rule == _REGION and self._regional_army(context, mention):
                        actor = actor.revised(sectors=[_REBELS])
                    actor = self._with_country(actor, found.country, found.rule, code=found.code)
            # (a body of states by its name lends "organization" no country: "the National ... Organization")
            if actor.country and actor.kind != "person" and says_its_country(actor) \
                    and actor.country_from != _INTERNATIONAL_NAME:
                head = context.doc[mention.head]
                # (a body of states lends its own code: "the UN Security Council ... the council" is the UN's)
                group = _NamedGroup(actor.country, context.sentence_of(mention.head),
                                    self._body_code(actor) if actor.country == _BODY_OF_STATES else None)
                by_noun[lemma_of(head)] = group
                if _named_in_full(head):
                    by_noun[_named_key(head.text)] = group
            completed.setdefault(actor.name, actor)
            if actor.kind == "person" and not refers_back(actor) and surname_of(actor.name, coreference=self.referring.words):
                named.append(actor)
            out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head))
        return self._seconds(context, self._referring(context, self._surnames(context, self._appositions(context, out))))

    def complete_roles(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """The sources and targets the event coder built from words no dictionary names ("the Brooklyn
        club", "a bill", "Muller") take a country by the same rules, from their phrase's head: a reader
        codes them with the country the context gives (runs after `complete`, on its mentions). Beside a
        source the dictionaries know, such words keep none, and a source of common words is none ("Chile, Peru
        and a few trawlers patrolled the coast": Chile and Peru act); beside a target the dictionaries know,
        they are no target ("attacked a camp near Yei")."""
        state: _Lookup | None = None
        for draft in drafts:
            if any(a.country and not from_phrase_words(a) for a in draft.source):
                # "Chile, Peru and a few trawlers patrolled the coast": who acts are the countries; common words
                # beside them ("trawlers") are what they act with, no actor of their own (a name no dictionary
                # knows is)
                draft.source[:] = [a for a in draft.source if not self._bare_words(context, a)]
            if any(a.country and not from_phrase_words(a) for a in draft.target):
                # "pledged to share water", "attacked a camp near Yei": beside a known actor acted on, words no
                # dictionary names are what or where it is done (the coder's joint acts add actors after the roles)
                known = [a for a in draft.target if not bare_phrase(a)]
                draft.target[:] = [a for a in draft.target if not bare_phrase(a) or _listed_with(context, a, known)]
            force = self._state_force(draft)
            for role in (draft.source, draft.target):
                for index, actor in enumerate(role):
                    if force and role is draft.target and actor.country_from == RECENT_ACTOR:
                        state = state or self._completed_lookup(context)
                        role[index] = self._force_on_another(context, state, draft, actor)
                        continue
                    if not self._needs_country(actor) or refers_back(actor):
                        continue
                    if bare_phrase(actor) and any(other.country and not from_phrase_words(other) for other in role) \
                            and not _listed_with(context, actor, [o for o in role if not bare_phrase(o)]):
                        continue  # beside a known actor, bare words are what is acted with ("its engineers")
                    span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                    if span is None or not len(span):
                        continue
                    state = state or self._completed_lookup(context)
                    seat = self.seats.get(" ".join(t.lower_ for t in span if t.lower_ != "the"))
                    if seat is not None and state.place_country(span.root.i) is None:
                        # "a visit to the White House": a seat the resolver took for a place, and no town, is
                        # its state here (a plain seat the state as a whole: countries.tsv)
                        sectors = [seat[1]] if seat[1] else []
                        role[index] = actor.revised(country=seat[0], sectors=sectors,
                                                    code=self.dictionary.code_for(seat[0], sectors),
                                                    reason=actor.reason + "; seat of power")
                        continue
                    region = self._acting_region(span, draft, role is draft.target)
                    if region is not None:
                        # "Colorado sued the agency", "the governor of Ontario ... Ontario imposed a surcharge": a
                        # state or province that acts is its government (a country that acts is the country as a
                        # whole, CODEBOOK; a region has no other voice)
                        role[index] = actor.revised(country=region, sectors=["GOV"],
                                                    code=self.dictionary.code_for(region, ["GOV"]),
                                                    reason=actor.reason + "; a region's name: its government")
                        continue
                    head = span.root.i  # (the phrase's own words may name the place: "a club in Lima")
                    # (the one who acts is no recent actor of whom its words are aimed at: "Maas asked the descendants";
                    # not force or coercion, mostly done at home)
                    skip = _role_tokens(context, draft.source) if role is draft.target \
                        and (force or draft.event.cameo_root in self.roots.speech_acts | self.roots.consultations) \
                        else frozenset()
                    words = ActorMention(actor, head, head + 1, head)
                    found = self._country(context, state, words, skip=skip)
                    if found is not None and role is draft.target and found.rule == RECENT_ACTOR:
                        found = self._other_state_acted_on(context, state, draft, words, found.country) or found
                    if found is not None:
                        role[index] = self._with_country(actor, found.country, found.rule, code=found.code)

    def _state_force(self, draft: EventDraft) -> bool:
        """Whether an act is armed force (roots.yaml violent) done by a state's armed forces or the state as a whole:
        each source of a state, with no sector or the army's; not police, who act at home, nor a group coded by where
        it fights (rebels, militias, criminals)."""
        if draft.event.cameo_root not in self.roots.violent or not draft.source:
            return False
        return all(a.country and a.country not in self.not_countries and not a.code.startswith(_STATELESS_PREFIXES)
                   and a.sectors[:1] in ([], [_MILITARY]) for a in draft.source)

    def _force_on_another(self, context: DocumentContext, state: _Lookup, draft: EventDraft, actor: Actor) -> Actor:
        """(session 38) The target of a state's armed force whose country the recent-actor rule gave as the one of the
        actor named just before it, the doer itself ("German forces defeated the Herero", "Azerbaijani forces shelled
        positions near the town"): force is named at whom it hits, and a state's forces hit their own people in stories
        of one country, where the dateline or the article's country place them first; in a story of several the actor
        named before the doer, in reach, is whose they are. With none, or the doer's own again, the guess stays.
        (Tuning sets and dev tune: of the targets of armed force the recent-actor rule gave the doer's own country, 1
        was right, a rebel group's, against 7 wrong, each of an army or a state as a whole.)"""
        own = {a.country for a in draft.source}
        if actor.country not in own or _PROTESTERS in actor.sectors:
            return actor  # (protesters protest at home)
        span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None or not len(span):
            return actor
        head = span.root.i
        other = state.recent_country(context, ActorMention(actor, span.start, span.end, head),
                                     _role_tokens(context, draft.source))
        if other is None or other in own or other in self.not_countries:
            return actor
        return self._with_country(actor, other, RECENT_ACTOR)

    def _other_state_acted_on(self, context: DocumentContext, state: _Lookup, draft: EventDraft,
                              target: ActorMention, guessed: str) -> _Found | None:
        """A target the recent-actor rule placed at its own source's country on the source's word alone (with the
        source's words skipped, the actor named before it in reach is of no such country), when its sentence names,
        by an actor's own words, exactly one other state, not as a clause's acting subject ("a Chinese cutter rammed
        a Philippine vessel, injuring three crew members"): an act on someone of another state is told with that
        state's word, and the doer's own country was no more than a default. A guess another mention of that country
        backs stays ("Kenya's police chief said Kenyan officers detained three men over an attack on a Ugandan
        convoy"). (session 31 built the rule; without the source-alone condition dev check lost a dyad; session 32)"""
        own = {a.country for a in draft.source if a.country}
        if guessed not in own:
            return None
        sources = _role_tokens(context, draft.source)
        if state.recent_country(context, target, sources) == guessed:
            return None
        sentence = context.sentence_of(target.head)
        others = {m.actor.country for m in context.mentions
                  if m.actor.country and m.actor.country not in own and m.actor.country not in self.not_countries
                  and m.token_start not in sources and context.sentence_of(m.head) == sentence
                  and says_its_country(m.actor) and not _acting_party(context.doc[m.head])}
        if len(others) != 1:
            return None
        return _Found(others.pop(), _OTHER_STATE)

    def other_roles_cues(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A source's country guessed from where it stands (its sentence's places, the text's country) is dropped
        when the only words of the document that name that country are the target's: "The Treasury blacklisted
        four Iranian firms" says nothing of whose the Treasury is, "the minister condemned Serbia's troop
        movements" nothing of whose the minister is. Run on lone sentences (pipeline): in a whole article the
        article's country is a cue of its own (dev check dyad F1 lost a match with it on articles)."""
        for draft in drafts:
            others = _role_tokens(context, draft.target)
            if not others:
                continue
            for index, actor in enumerate(draft.source):
                # (only a state's bodies that act abroad: police, residents, rebels are of where they act, and
                # a target guessed from its source is mostly a domestic act's: "the Taliban attacked police")
                if actor.country and set(actor.sectors) & _NATIONAL_SECTORS and actor.country_from in _GUESS_RULES \
                        and not _named_outside(context, actor.country, others):
                    draft.source[index] = actor.revised(country=None, code=self.dictionary.code_for(None, actor.sectors),
                                                        reason=actor.reason + "; country named only by the target")

    def counterparts(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """"The Chilean president met his counterpart": a counterpart is of the other side, so a country guessed for
        one (from the story, rules 2 to 6) that is the other side's own is dropped."""
        for draft in drafts:
            for role, other in ((draft.source, draft.target), (draft.target, draft.source)):
                countries = {a.country for a in other if a.country}
                for index, actor in enumerate(role):
                    if actor.country in countries and actor.country_from in _GUESS_RULES \
                            and " ".join(actor.text.lower().split()[-2:]) in self.counterpart_endings:
                        role[index] = actor.revised(country=None, code=self.dictionary.code_for(None, actor.sectors),
                                                    reason=actor.reason + "; a counterpart is of the other side")

    def _apposition(self, context: DocumentContext, state: _Lookup, mention: ActorMention,
                    bodies_only: bool = False) -> Actor | None:
        """"a spokeswoman for the Red Cross", "Ana Ruiz, an official of the Red Cross,": a person no dictionary
        places is coded as the international or non-governmental organisation named in the complement of
        the person's words or of the apposition to the name (whom the person speaks for), else with the
        country the apposition's words name ("Tom Ode, a Kenyan lawyer,", "one of the best-known Kenyan
        poets"); the mention keeps its own words. `bodies_only`: only the body spoken for (a group's)."""
        doc, actor = context.doc, mention.actor
        head = doc[mention.head]
        own = set(range(mention.token_start, mention.token_end))
        appositions = [c for c in head.children if c.dep_ == "appos" and c.i not in own]
        for word in (head, *appositions):
            owners = [obj for prep in word.children if prep.dep_ == "prep" and prep.lower_ in _MEMBER_PREPS
                      for obj in prep.children if obj.dep_ == "pobj"]
            # (session 19) "Marta Ruiz, the World Food Programme's director": the body that owns the office
            owners += [c for c in word.children if c.dep_ == "poss" and word is not head]
            for obj in owners:
                body = state.organization(obj.i) or self._agency_before(context, state, obj)
                if body is not None:
                    return actor.revised(country=body.country, sectors=list(body.sectors),
                                         code=body.code, reason=actor.reason + f"; speaks for {body.name}")
        if bodies_only:
            return None
        for appos in appositions:
            # (session 19) "Marta Ruiz, the World Food Programme's deputy director": an office of a body of no state
            # the apposition names, before any place in it ("... director in Sudan")
            words = range(appos.left_edge.i, appos.i + 1)  # (the title's words end before its noun: "deputy")
            office = next((m.actor for m in context.mentions if m is not mention and m.actor.kind == "person"
                           and m.actor.country in self.not_countries and m.token_start in words), None)
            if office is not None and office.country:
                return actor.revised(country=office.country, sectors=list(office.sectors), code=office.code,
                                     reason=actor.reason + f"; office from apposition {office.text!r}")
        for appos in appositions:
            for token in (appos, *_noun_phrase_words(appos, renamed=False)):
                country = state.mention_country(token.i, exclude=mention) or state.place_country(token.i)
                if country and country not in self.not_countries:
                    return self._with_country(actor, country, "apposition")
        return None

    def _renamed_later(self, context: DocumentContext, actor: Actor, mention: ActorMention) -> _Found | None:
        """"Commerce Secretary Ana Ode met Chinese officials in Beijing ... Ode, the U.S. commerce secretary, said":
        a person of an office whose first mention says no country takes the one an apposition of that office's sector
        to a later mention of the surname says, not the dateline's (where the reporter is; session 29)."""
        surname = self._surname(actor)
        if not surname:
            return None
        doc = context.doc
        for other in context.mentions:
            head = doc[other.head]
            if other.token_start > mention.token_end and head.dep_ == "appos" and head.head.text == surname \
                    and other.actor.kind == "person" and other.actor.country and other.actor.sectors[:1] == actor.sectors[:1] \
                    and other.actor.country not in self.not_countries and says_its_country(other.actor):
                return _Found(other.actor.country, "apposition")
        return None

    def _portfolio_body(self, context: DocumentContext, mention: ActorMention,
                        completed: list[ActorMention]) -> _Found | None:
        """"Commerce Secretary Ana Ode", "the trade minister": a person whose office names a portfolio, and whose own
        words say no country, is of the country of the last body of that portfolio named before with its country
        ("the U.S. Commerce Department", "Kenya's trade ministry"; titles.yaml portfolio_bodies), a stronger cue than
        where the story stands (session 31). `completed`: the mentions before it, completed."""
        doc, bodies_of = context.doc, self.dictionary.portfolio_bodies
        office = next((t for t in doc[mention.token_start:mention.token_end] if t.lower_ in bodies_of), None)
        if office is None:
            return None
        # the portfolio: the nearest word before the office but a word of another office ("Deputy Foreign Minister",
        # "the Conservative shadow foreign secretary": foreign)
        skip = self.referring.words.other_office_words
        word = next((t for t in reversed(doc[mention.token_start:office.i]) if t.lower_ not in skip), None)
        if word is None or not word.is_alpha or word.pos_ in ("DET", "PRON"):
            return None  # ("Prime Minister Ode", "the prime minister", "the minister": no portfolio)
        portfolio = word.lower_
        heads = bodies_of[office.lower_]
        # (in its own paragraph only: "Romania's energy ministry said ... \n Several members of parliament in Kyiv
        # criticised the energy minister" is Ukraine's)
        paragraph_start = context.text.rfind("\n", 0, doc[mention.token_start].idx) + 1
        for other in reversed(completed):
            if doc[other.token_start].idx < paragraph_start:
                return None
            body = other.actor
            if body.kind == "person" or body.country not in self.dictionary.countries \
                    or body.country_from in _GUESS_RULES or lemma_of(doc[other.head]) not in heads:
                continue
            head = doc[other.head]
            words = {t.lower_ for t in doc[other.token_start:other.token_end]}
            words.update(t.lower_ for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                         for t in prep.subtree)  # ("the Department of Fisheries": its complement names it)
            if portfolio in words:
                return _Found(body.country, "portfolio")
        return None

    def _national_title(self, context: DocumentContext, mention: ActorMention) -> _Found | None:
        """"Ann Ode, the shadow home secretary,", "Chancellor of the Exchequer Tom Ode": a person whose own words or
        apposition hold an office of one country only (titles.yaml national_titles) is of that country, where the
        place or the story around would guess (session 33)."""
        titles = self.dictionary.national_titles
        if not titles:
            return None
        text = _title_words(context, mention)
        country = next((country for title, country in titles.items() if f" {title} " in text), None)
        return _Found(country, NATIONAL_TITLE) if country is not None else None

    def _body_officer(self, context: DocumentContext, mention: ActorMention) -> _Found | None:
        """"The UN refugee agency appealed for funds ... High Commissioner Ann Ode said": a person whose own words or
        apposition hold an office of international bodies' officers (titles.yaml body_officer_titles) and name no
        country nor body serves the international organisation or NGO named last before in his sentence or the two
        before it (else the first named after him in his sentence: "Special Envoy Ann Ode told the Security
        Council"), never the state the places or the story around would guess (session 36)."""
        titles = self.dictionary.body_officer_titles
        if not titles:
            return None
        text = _title_words(context, mention).replace(" - ", "-")
        held = [title for title in titles if f" {title} " in text]
        if not held or any(self._own_body_word(text, title) for title in held):
            return None
        sentence = context.sentence_of(mention.head)
        bodies = [m for m in context.mentions if m.actor.country in (_BODY_OF_STATES, _NGO)
                  and m.actor.code != m.actor.country  # a named body ("IGOUNO"), not "donors" (IGO)
                  and not mention.token_start <= m.token_start < mention.token_end
                  and 0 <= sentence - context.sentence_of(m.token_start) <= _OFFICER_SENTENCES]
        before = [m for m in bodies if m.token_end <= mention.token_start]
        after = [m for m in bodies if m.token_start >= mention.token_end and context.sentence_of(m.token_start) == sentence]
        body = max(before, key=lambda m: m.token_start, default=None) or min(after, key=lambda m: m.token_start, default=None)
        if body is None or not body.actor.country:
            return None
        return _Found(body.actor.country, BODY_OFFICER, code=self._body_code(body.actor))

    def _own_body_word(self, text: str, title: str) -> bool:
        """"Party Secretary-General Ann Ode", "union general secretary": the office is qualified by the word of a body
        of another kind than an international organisation (sectors.yaml: a party, a union, a company, a ministry),
        whose officer he is."""
        before = text[:text.index(f" {title} ")].split()
        term = self.dictionary.sector_terms.get(before[-1]) if before else None
        return term is not None and not term.person and term.sector not in (_BODY_OF_STATES, _NGO)

    def _title_body(self, context: DocumentContext, mention: ActorMention) -> _Found | None:
        """"Forum Secretary-General Ann Ode", "Alliance spokesman Ann Ode": a person whose title opens with the last
        word of a body of states or of no state named before ("the Pacific Islands Forum") serves that body, never the
        state the dateline or the story would guess (session 32); a state's body is left to the portfolio rule."""
        doc = context.doc
        first = doc[mention.token_start]
        if first.pos != PROPN or first.dep_ != "compound" or mention.token_end - mention.token_start < 3:
            return None
        name = {word.lower() for word in mention.actor.name.split()}
        title = doc[mention.token_start + 1]
        if first.lower_ in name or title.lower_ in name:
            return None  # ("Ann Ode ...": the name opens the mention, no title does)
        tail = " " + first.lower_
        body = next((m.actor for m in reversed(context.mentions) if m.token_end <= mention.token_start
                     and m.actor.country in self.not_countries and (
                         (m.actor.kind == "organization" and (" " + m.actor.name.lower()).endswith(tail))
                         or (m.actor.kind == "group" and _names_body_inside(doc, m, first.lower_)))), None)
        return _Found(str(body.country), "title body", code=self._body_code(body)) if body is not None else None

    def _kin_place(self, context: DocumentContext, state: _Lookup, mention: ActorMention) -> Actor | None:
        """"Serb mayors in Zvecan", "ethnic Hungarians protested in Cluj": people named by a word of their people, not
        of its state (sectors.yaml kin_peoples), whose own phrase or sentence places them in another state, are of the
        state they live in (session 34). Not armies (a state's troops abroad stay its own), nor a word glued to a
        thing ("Serb-run offices": the kin state runs them)."""
        actor = mention.actor
        if actor.country in self.not_countries or _MILITARY in actor.sectors:
            return None
        doc, kin_words = context.doc, self.dictionary.kin_words
        start = max(mention.token_start - 1, 0)  # ("ethnic" may stand before the demonym the resolver took)
        kin = next((t for t in doc[start:mention.token_end] if t.text in kin_words or t.lower_ in kin_words), None)
        if kin is None or (kin.i + 1 < len(doc) and doc[kin.i + 1].text == "-"):
            return None
        head = doc[mention.head]
        if head.i == kin.i and head.tag_ not in _PLURAL_TAGS:
            return None  # "a Serb" or "Serb self-rule": one person, or a describing word
        found = self._country(context, state, mention)
        if found is None or found.rule not in _KIN_PLACE_RULES or found.country == actor.country \
                or found.country in self.not_countries:
            return None
        return self._with_country(actor, found.country, "a people's place")

    def _seat_voice(self, context: DocumentContext, mention: ActorMention) -> _Found | None:
        """"Spokesman Ann Ode told reporters that Moscow remained open to talks": a spokesman whose own words say no
        country, and who says what a seat of power does or is, speaks for that seat's state, not for the place the
        dateline or the story would guess (titles.yaml voice_titles; session 33). A country's name there is no cue
        (a spokesman tells what the enemy did by its name: "said Russia had fired ..."), nor is a quote."""
        doc = context.doc
        if not any(t.lower_ in self.dictionary.voice_titles for t in doc[mention.token_start:mention.token_end]):
            return None
        head = doc[mention.head]
        if head.dep_ != "nsubj" or in_quote(head):
            return None
        verbs = [head.head] + [c for c in head.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        subjects = {s.i for verb in verbs for clause in verb.children if clause.dep_ == "ccomp"
                    for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")}
        seat = next((m.actor for m in context.mentions if m.head in subjects and m.actor.kind == "state"
                     and m.actor.reason.startswith(_SEAT_OF_POWER) and m.actor.country), None)
        return _Found(seat.country, "voice of a seat") if seat is not None and seat.country else None

    def _agency_before(self, context: DocumentContext, state: _Lookup, owner: Token) -> Actor | None:
        """"Anna Berg, the agency's director": "the agency" (coreference.yaml agencies) is the last body of no state
        named before it, within the reach of a referring phrase (the referring stage runs after this one)."""
        doc = context.doc
        # ("an agency spokesman", "a charity official": the word naming the body before the title refers as "the
        # agency" does)
        opening = "the" if owner.dep_ == "compound" else doc[owner.i - 1].lower_ if owner.i else ""
        if not any(words == (opening, owner.lower_) and kind == "agencies"
                   for words, kind in self.referring.phrases.get(opening, ())):
            return None
        sentence = context.sentence_of(owner.i)
        before = [m for i, m in state.bodies.items() if i < owner.i
                  and sentence - context.sentence_of(m.token_start) <= self.referring.reach_sentences]
        last = max(before, key=lambda m: m.token_start, default=None)
        return last.actor if last is not None else None

    def _short_named_owner(self, context: DocumentContext, owner: Token, office: Token) -> Actor | None:
        """The organisation named before whose full name ends with a capitalised word before an office any body
        has ("the European Commission ... a Commission spokesman", "the Federal Reserve ... Reserve officials"):
        the body that word names again, the latest before it; None for other words (sectors.yaml body_offices)."""
        if owner.dep_ != "compound" or owner.pos != PROPN or office.lower_ not in self.dictionary.body_offices:
            return None
        tail = " " + owner.lower_
        return next((m.actor for m in reversed(context.mentions) if m.token_end <= owner.i and m.actor.country
                     and m.actor.kind == "organization" and (" " + m.actor.name.lower()).endswith(tail)), None)

    @staticmethod
    def _bare_words(context: DocumentContext, actor: Actor) -> bool:
        """An actor the coder made of words no dictionary names, headed by a common noun ("a few trawlers")."""
        if not bare_phrase(actor):
            return False
        span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.pos_ == "NOUN"

    def _same_noun_before(self, context: DocumentContext, mention: ActorMention,
                          by_noun: dict[str, _NamedGroup]) -> _Found | None:
        """"American nuns ... the nuns": a definite phrase repeats the noun of a group named before with its
        country, and is that group."""
        doc = context.doc
        first = doc[mention.token_start]
        if first.lower_ not in _DEFINITE or mention.head == mention.token_start:
            return None
        noun = lemma_of(doc[mention.head])
        if mention.token_end - mention.token_start == 2 and doc[mention.head].text[:1].isupper():
            # (session 28) "the Ministry", "the Embassy" with a capital: the short name of the body named in full
            # before ("The Ministry of Foreign Affairs of Estonia ... the Ministry summoned"), however far back and
            # whatever other ministry was named in between ("Estonia's ... the Belarusian Foreign Ministry")
            named = by_noun.get(_named_key(doc[mention.head].text))
            if named is not None:
                return _Found(named.country, "same noun before", code=named.code)
        group = by_noun.get(noun)
        if group is None or not group.country:
            return None
        # "the government" may be another state's than one named long before; "the nuns" are the nuns of the
        # article, and "the junta" the junta named before (sectors.yaml lasting_rule_nouns)
        state_body = bool(set(mention.actor.sectors) & STATE_SECTORS) and noun not in self.dictionary.lasting_rule_nouns
        # (an international court or council named in full stays "the court" further on: a national one named later
        # takes the noun over)
        far = context.sentence_of(mention.head) - group.sentence > _SAME_NOUN_SENTENCES and group.country != _BODY_OF_STATES
        if state_body and far:
            return None
        return _Found(group.country, "same noun before", code=group.code)

    def _possessing_body(self, context: DocumentContext, owner: Token) -> _Found | None:
        """"the alliance's secretary general", "the bloc's envoy": a possessor that refers back to a body of states
        (coreference.yaml bodies, agencies) gives the last such body named before it, coded as the body itself."""
        words = tuple(t.lower_ for t in context.doc[owner.left_edge.i:owner.i + 1])
        if not any(kind in _BODY_KINDS and phrase == words for phrase, kind in self.referring.phrases.get(words[0], ())):
            return None
        body = _last_body_before(context, owner.left_edge.i, owner.i, self.referring.reach_sentences,
                                 named_only=True)
        if body is None:
            return None
        return _Found(_BODY_OF_STATES, "possessor", code=self._body_code(body))

    def _body_code(self, body: Actor) -> str:
        """A body's code without the sector of the words that named it ("NATO ministers": IGONATO)."""
        suffix = self.dictionary.code_for(None, body.sectors)
        return body.code[:-len(suffix)] if suffix and body.code.endswith(suffix) else body.code

    def _party_label(self, context: DocumentContext, mention: ActorMention) -> Actor | None:
        """"Sen. Ann Ruiz (R-Ohio)": a party letter and a place after a person's name make a legislator of
        the country the labels belong to."""
        labels = self.dictionary.party_labels
        actor = mention.actor
        if labels is None or actor.kind != "person" or actor.country:
            return None
        doc, i = context.doc, mention.token_end
        if i < len(doc) and doc[i].text in ("(", ","):
            i += 1
        if not (i + 2 < len(doc) and doc[i].text in labels.letters and doc[i + 1].text in ("-", "\u2013")
                and doc[i + 2].text[:1].isupper()):
            return None
        sectors = actor.sectors or [labels.sector]
        return actor.revised(country=labels.country, sectors=sectors,
                             code=self.dictionary.code_for(labels.country, sectors),
                             reason=actor.reason + "; country from party label", country_from="party label")

    def _elsewhere(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """Places of the sentence that say where an actor goes or what it speaks of, not whose it is: the goal of
        the verb it is the subject or object of, when that verb is one of motion ("troops were sent to Mali",
        "the minister flew to Bamako"), and places in a clause its verb reports ("the minister said troops would
        stay in Mali"); and the goal of a verb of motion said with no subject of its own, a plan or a charge of
        sending or moving ("the government's scheme to send asylum seekers to Rwanda", "accused the ministry of
        agreeing to move production to India": session 36)."""
        planned = self._unsaid_movers_goals(context, state, head)
        if head.dep_ not in _ACTING_DEPS or head.head.i == head.i:
            return planned
        verb = head.head
        moving = [acting for acting in _own_verbs(verb) if lemma_of(acting) in self.dictionary.motion_words]
        sentence = context.sentence_of(head.i)
        out: set[int] = set()
        # "held talks in Geneva", "met his counterpart in Doha": where the subject meets is not where it is from
        meeting = [acting for acting in _own_verbs(verb) if self._meets(acting)] if head.dep_ in _SUBJECT_DEPS else []
        for place_head, _ in (*state.where.get(sentence, ()), *state.named.get(sentence, ())):
            place = _place_phrase(context.doc[place_head])
            if any(_goal_of(place, acting) for acting in moving) \
                    or (head.dep_ in _SUBJECT_DEPS and _reported_by(place, verb)) \
                    or any(_venue_of(place, acting) for acting in meeting):
                out.add(place_head)
        return frozenset(out) | planned

    def _unsaid_movers_goals(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """The places of the sentence that are the goal of an infinitive or a gerund of motion with no subject of its
        own ("a plan to send troops to Mali", "agreeing to move production to India"), other than one the actor's
        own clause moves it by, which `_elsewhere` reads."""
        sentence = context.sentence_of(head.i)
        out: set[int] = set()
        for place_head, _ in (*state.where.get(sentence, ()), *state.named.get(sentence, ())):
            place = _place_phrase(context.doc[place_head])
            verb = place.head.head if place.dep_ == "pobj" else place.head
            if verb.tag_ in _UNSAID_TAGS and lemma_of(verb) in self.dictionary.motion_words and _goal_of(place, verb) \
                    and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children) and head.head.i != verb.i:
                out.add(place_head)
        return frozenset(out)

    def _told_places(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """Places of the sentence inside what the verb of an actor's clause tells, by the parse ("said the port in
        Peru was sold") or after a participle of saying after a comma ("blamed the government, saying it had sold
        the port to Peru", "urged the ministry to act, warning that mills in Chile were dumping grain"; sectors.yaml
        telling_words): what the speaker speaks of, not where the speaker or the one addressed is."""
        if head.dep_ not in _ACTING_DEPS or head.head.i == head.i:
            return frozenset()
        sentence = context.sentence_of(head.i)
        places = (*state.where.get(sentence, ()), *state.named.get(sentence, ()))
        if not places:
            return frozenset()
        doc, verb = context.doc, head.head
        telling = next((t.i for t in doc[max(verb.i, head.i) + 1:doc[head.i].sent.end]
                        if t.tag_ == "VBG" and doc[t.i - 1].lower_ == "," and lemma_of(t) in self.dictionary.telling_words),
                       len(doc))
        return frozenset(place_head for place_head, _ in places
                         if place_head > telling or _told_under(doc[place_head], verb))

    def _related_state(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """The tokens of a state's possessive before a noun of a relation between states ("its allies", "Chile's
        neighbours"; sectors.yaml state_relations), or none: a person's or a body's allies are their own side; and
        of the state an envoy is posted to ("the ambassador to Japan": sectors.yaml posted_offices)."""
        if lemma_of(head) in self.dictionary.posted_offices:
            return self._posting(state, head)
        if lemma_of(head) not in self.dictionary.state_relations:
            return frozenset()
        for child in head.children:
            if child.dep_ != "poss":
                continue
            owner = state.by_token.get(child.i)
            if owner is None and child.lower_ in self.group_possessives:
                owner = antecedent(child, context.mentions, coreference=self.referring.words)
            if owner is not None and owner.actor.kind == "state":
                return frozenset(t.i for t in child.subtree)
        return frozenset()

    def _posting(self, state: _Lookup, head: Token) -> frozenset[int]:
        """The tokens of "to Japan", "in Moscow" after an envoy's office: the state it is sent to, or none."""
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in self.dictionary.posting_prepositions:
                continue
            tokens = frozenset(t.i for t in prep.subtree)
            if any(state.place_country(i) or (i in state.by_token and state.by_token[i].actor.kind == "state")
                   for i in tokens):
                return tokens
        return frozenset()

    def _body_of_members(self, context: DocumentContext, head: Token) -> Actor | None:
        """The body of states that members with no owner of their own belong to ("urged members to spend more",
        "thanked the allies", "member states"; sectors.yaml membership_nouns): the last international organisation
        named before them in their sentence or the one before (NATO's ministers met ... the allies), if any."""
        nouns = self.dictionary.membership_nouns
        if lemma_of(head) not in nouns and not any(c.dep_ == "compound" and lemma_of(c) in nouns
                                                        for c in head.lefts):
            return None
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children):
            return None  # ("Chile's allies", "members of the union": their owner is named)
        return _last_body_before(context, head.i, head.i, _RECENT_SENTENCES)

    def _unplaced_body(self, mention: ActorMention, head: Token) -> bool:
        """Whether a mention is an aid body named by its kind alone ("aid groups", "the relief agencies"; sectors.yaml
        aid_bodies), its own words naming no country nor a name of its own ("the Walkley aid group") nor saying it is
        local ("local aid groups") nor describing what it does ("aid groups working on women's rights", whose work is
        the story's): of no state, as the codebook codes NGOs of no country."""
        before = head.doc[head.i - 1] if head.i > 0 else None
        terms = {lemma_of(head)}  # ("the remaining NGOs": a kind of one word)
        if before is not None and before.head.i == head.i:
            terms.add(f"{lemma_of(before)} {lemma_of(head)}")  # ("aid groups": the kind is the word before the head too)
        return mention.actor.sectors[:1] == [_NGO] and not mention.actor.country \
            and not terms.isdisjoint(self.dictionary.aid_bodies) \
            and not any(c.lower_ in self.dictionary.local_words or c.pos_ == "PROPN" for c in head.lefts) \
            and not any(c.dep_ in _DESCRIBING_DEPS for c in head.rights)

    @staticmethod
    def _many_states(actor: Actor) -> bool:
        """Whether a sector word names states of the world at large ("donors", "the international community", "world
        powers": sectors.yaml IGO): none of them the story's country, so they take none from the story around them."""
        return actor.sectors[:1] == [_BODY_OF_STATES] and not actor.country

    def _launcher(self, context: DocumentContext, state: _Lookup, mention: ActorMention, head: Token) -> _Found | None:
        """Armed forces or arms described by a relative clause whose subject is another actor ("drones it had
        launched", "the troops Moscow sent to Syria", "missiles that Iran fired"): that subject's, who sent them, not
        the place they struck (session 35). The subject's own country, or a pronoun's antecedent's."""
        if _MILITARY not in mention.actor.sectors:
            return None
        for clause in head.children:
            if clause.dep_ != "relcl":
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
            if subject is None:
                return None
            country = state.mention_country(subject.i, exclude=mention)
            if country is None and subject.lower_ in self.group_subjects:
                referent = antecedent(subject, context.mentions, coreference=self.referring.words)
                country = referent.actor.country if referent is not None else None
            return _Found(country, "launcher") if country and country not in self.not_countries else None
        return None

    def _in_title(self, word: Token, head: Token) -> bool:
        """Whether a word before a head opens a sector word with it: "foreign" in "the foreign minister" is
        the office's, not a word saying the minister belongs to no state ("foreign journalists")."""
        return " ".join(t.lower_ for t in word.doc[word.i:head.i + 1]) in self.dictionary.sector_terms

    def _country(self, context: DocumentContext, state: _Lookup, mention: ActorMention,
                 by_noun: dict[str, _NamedGroup] | None = None, away: frozenset[int] = frozenset(),
                 skip: frozenset[int] = frozenset()) -> _Found | None:
        """The first rule that gives the mention a country (module docstring); `away`: tokens whose places say
        nothing of it; `skip`: tokens where an actor starts that is no recent actor for it (an act's own source)."""
        doc = context.doc
        head = doc[mention.head]
        own = set(range(mention.token_start, mention.token_end))
        # "international observers", "foreign journalists in Damascus": the story's places and country are
        # where they are, not whose they are
        stateless = any(child.lower_ in self.dictionary.stateless_words and not self._in_title(child, head)
                        for child in head.lefts) or self._outsiders(head) or self._many_states(mention.actor)
        # "its Gulf allies", "Chile's neighbours": the state named as possessor is the other side
        related = self._related_state(context, state, head)
        # (session 24) "the World Meteorological Organization", "the European steel association": a name that says
        # the body spans countries
        international = self._international_name(context, mention)
        stateless = stateless or bool(related) or international
        region = None if stateless else self._opening_region(context, state, mention)
        if region is not None:
            return _Found(region, _REGION)
        # (a coordination shares its words among actors: "the president and prime minister of Peru"; a thing acted
        # on, or the trigger an implied target stands on, is no actor of the coordination)
        shared = mention.actor.origin not in ("phrase words", "implied target")
        # the head and the nouns that rename it ("Ann Ode, the charity's director"): whose office a possessor says
        offices = {head.i, *(c.i for c in head.children if c.dep_ == "appos")}
        if head.dep_ == "appos":
            offices.add(head.head.i)  # "the charity's director, Ann Ode"
        for token in _noun_phrase_words(head, allegiance=self.dictionary.allegiance_words, shared=shared,
                                        dwelling=self.dictionary.dwelling_words, origin=self.dictionary.origin_words,
                                        sides=self.dictionary.side_nouns):
            if context.dateline is not None and context.dateline.covers(token.i):
                continue  # "PARIS (Reuters) - Fighters ...": where the report was filed
            if token.dep_ in ("poss", "compound") and token.head.i in offices and token.i < token.head.i:
                # "an agency spokesman", "the group's leader", "Ann Ode, the charity's director": the body "the
                # agency", "the group", "the charity" would refer to
                owned = self._possessing_body(context, token) if token.dep_ == "poss" else None
                if owned is not None:
                    return owned  # "the alliance's secretary general": the body's, not the last state's
                owner = self._referred_owner(context, token) or self._short_named_owner(context, token, token.head)
                if owner is not None and owner.country:
                    return _Found(owner.country, "possessor", code=self._body_code(owner))
            if (token.i in own and token.i != head.i and state.mention_country(token.i, exclude=mention) is None) \
                    or token.i in away or token.i in related:
                continue
            if stateless and token.head.dep_ == "prep" and token.head.lower_ in self.dictionary.place_prepositions:
                continue
            country = state.mention_country(token.i, exclude=mention) or state.place_country(token.i)
            # (a word that names no country and owns nothing says nothing below: only the others walk up to a border)
            if (country or token.dep_ == "poss") and beyond_border(token, self.dictionary.border_nouns, head):
                continue  # "a camp near the border with Chad" is where it is, not Chad's
            if token.dep_ == "poss" and token.tag_ == "PRP$" and lemma_of(head) in self.dictionary.counterpart_words:
                continue  # "his counterpart" is the other side's, not his country's
            if not country and token.dep_ == "poss" and token.lower_ in self.group_possessives:
                # "its own people", "their militia allies": whose they are
                referent = antecedent(token, context.mentions, coreference=self.referring.words)
                country = referent.actor.country if referent is not None else None
                if referent is not None and country in self.not_countries and referent.actor.code != country \
                        and token.i not in own:
                    # (session 21) "the United Nations said its agencies had handed over ...": a body's own people
                    # are the body (IGOUNO), where a state's are of its country
                    return _Found(country, "possessor", code=referent.actor.code)
            if not country and token.dep_ == "poss" and token.lower_ in self.voice_possessives and not in_quote(token):
                country = self._page_voice(context, state)  # a press release's "our embassy": the issuer's
            if not country and token.dep_ == "poss" and token.tag_ == "WP$":
                whose = _relative_owner(state, token)
                if whose:
                    # "Ann Ode, whose government hosted the talks": hers (a government named aside, which a later
                    # "the government" does not repeat: not an own-country rule)
                    return _Found(whose, "relative owner")
            if not country and token.dep_ == "poss":
                owned = self._possessing_body(context, token)
                if owned is not None:
                    return owned  # "the alliance's secretary general": the body's, not the last state's
            if country and country not in self.not_countries:
                return _Found(country, "noun phrase")
        launcher = self._launcher(context, state, mention, head) if not stateless else None
        if launcher is not None:
            return launcher
        header = None if stateless else self._item_country(context, doc[mention.token_start].idx)
        if header is not None:
            return header
        if not related:
            members_of = self._body_of_members(context, head)
            if members_of is not None:
                return _Found(str(members_of.country), "membership", code=members_of.code)
        same = self._same_noun_before(context, mention, by_noun) if by_noun else None
        if same is not None:
            return same
        if self._unplaced_body(mention, head):
            return _Found(_NGO, "of no state")
        if international and lemma_of(head) in self.dictionary.intergovernmental_heads:
            return _Found(_BODY_OF_STATES, _INTERNATIONAL_NAME, code=_BODY_OF_STATES)
        if stateless:
            # (session 20) "international aid organisations", "foreign charities": of no state, coded as the codebook
            # codes NGOs of no country, NGO (as a named one: organizations.yaml NGOICRC); not people ("international
            # observers" may be any body's)
            term = self.dictionary.sector_terms.get(lemma_of(head))
            body = mention.actor.sectors[:1] == [_NGO] and not (term is not None and term.person)
            return _Found(_NGO, "of no state") if body else None
        elsewhere = self._elsewhere(context, state, head) if set(mention.actor.sectors) & _NATIONAL_SECTORS \
            else frozenset()
        away = away | elsewhere | self._told_places(context, state, head) | self._host_venues(context, state, head) \
            | _other_clauses(context, state, head)
        country = self._own_clause_place(context, state, head, away) or state.sentence_place(
            context, mention.head, state.where, away) or state.sentence_place(context, mention.head, state.named, away)
        if not country and mention.actor.code.startswith(_STATELESS_PREFIXES):
            country = state.sentence_place(context, mention.head, state.parties)
        if country:
            return _Found(country, "sentence place")
        found = self._from_article(context, state, mention, skip)
        if found is not None and elsewhere:
            # "the minister flew to Bamako": a country the document names only where its actor goes or meets
            # says nothing of whose the actor is
            went = frozenset(i for p in context.places if p.head in elsewhere for i in range(p.start, p.end))
            if not _named_outside(context, found.country, went):
                return None
        return found

    @staticmethod
    def _own_clause_place(context: DocumentContext, state: _Lookup, head: Token, away: frozenset[int]) -> str | None:
        """"Villagers protested against the handover of pastures to Tajikistan, and police dispersed a rally in
        Batken": where the sentence names places of two countries, a place "in"/"at" which the actor's own clause
        happens says where the actor is, before a nearer place of another clause (session 33)."""
        doc = context.doc
        places = [(at, country) for at, country in state.where.get(context.sentence_of(head.i), ()) if at not in away]
        if len({country for _, country in places}) < 2:
            return None
        own = _clause_of(head)
        nearest = min(places, key=lambda place: abs(place[0] - head.i))[0]
        if _clause_of(doc[nearest]).i == own.i:
            return None  # ("arrives in Pristina and travels to Belgrade": the nearest place is its own clause's)
        # (the act's own "in": on its verb or its object, "dispersed a rally in Batken"; not a noun's inside the
        # subject, "al-Qaeda's affiliate in the Sahel", nor a participle's, "a message aimed at Addis Ababa")
        near = [(abs(at - head.i), country) for at, country in places if doc[at].dep_ == "pobj"
                and doc[at].head.lower_ in _AT_PREPS and (doc[at].head.head.i == own.i or (
                    doc[at].head.head.dep_ == "dobj" and doc[at].head.head.head.i == own.i))]
        return min(near)[1] if near else None

    def _regional_chamber(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether a body of no sector whose name a region opens ends with a chamber's word (sectors.yaml
        regional_chambers: "the Ohio House" is Ohio's legislature)."""
        head = context.doc[mention.head]
        return not mention.actor.sectors and mention.actor.kind == "organization" \
            and head.i == mention.token_end - 1 and head.is_title and head.lower_ in self.dictionary.regional_chambers

    def _regional_army(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether an organisation read as an army whose name a region opens ends with a force's word (sectors.yaml
        regional_armies: "the Shan State Army" is an armed group of the region, not the state's army)."""
        head = context.doc[mention.head]
        return mention.actor.sectors == [_MILITARY] and mention.actor.kind == "organization" \
            and head.i == mention.token_end - 1 and head.is_title and head.lower_ in self.dictionary.regional_armies

    def _international_name(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether an organisation no dictionary knows says in its name that it spans countries (sectors.yaml
        international_names: "the World Meteorological Organization", "the Commission for Africa"), or a name read
        by its sector word does ("the Inter-American Commission"; not a common noun: "world leaders")."""
        actor = mention.actor
        if (actor.kind != "organization" or actor.origin not in _UNKNOWN_NAMES) \
                and context.doc[mention.head].pos != PROPN:
            return False
        words = " ".join(t.lower_ for t in context.doc[mention.token_start:mention.token_end])
        name = f" {words.replace(' - ', '-')} "  # ("Inter-American": three tokens)
        return any(f" {word} " in name for word in self.dictionary.international_names)

    def _outsiders(self, head: Token) -> bool:
        """"refugees", "asylum seekers", "hundreds of diplomats": people who, by what they are, are not of where they
        are (sectors.yaml outsiders), named by the head noun or by the plural noun its "of" counts."""
        nouns = [head]
        if head.pos_ != "PROPN":
            nouns += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"]
        outsiders = self.dictionary.outsider_nouns
        for noun in nouns:
            # (a capitalised plural the tagger took for a name keeps its plural as its lemma: "Refugees blocked ...")
            lemma = lemma_of(noun)
            words = {lemma, lemma[:-1]} if noun.tag_ in ("NNS", "NNPS") and lemma.endswith("s") else {lemma}
            if words & outsiders or any(f"{lemma_of(c)} {word}" in outsiders
                                        for c in noun.lefts if c.dep_ == "compound" for word in words):
                return True
        return False

    def _opening_region(self, context: DocumentContext, state: _Lookup, mention: ActorMention) -> str | None:
        """The country of a first-level region whose name opens the mention before more of its words ("the Ohio
        Department of Health", "Punjab police" if only one country had a Punjab): a region of exactly one country,
        not a country's name, not a big town abroad, not a person's name."""
        if self.gazetteer is None:
            return None
        doc = context.doc
        start = mention.token_start
        while start < mention.token_end and doc[start].lower_ in _DEFINITE:
            start += 1
        while start > 0 and doc[start - 1].pos == PROPN and doc[start - 1].dep_ == "compound" \
                and mention.token_start <= doc[start - 1].head.i < mention.token_end:
            start -= 1  # "Tasmania police": the resolver's phrase may leave the name before it out
        end = start
        while end < mention.token_end and end - start < _REGION_WORDS and doc[end].pos == PROPN \
                and doc[end].ent_type_ != "PERSON" and state.mention_country(end, exclude=mention) is None:
            end += 1
        for stop in range(min(end, mention.token_end - 1), start, -1):  # the longest name, then shorter ones
            key = normalise(doc[start:stop].text)
            if key in self.gazetteer.data.common_words:
                continue  # "the Free ... Brigades", "the Unity Front": an English word some region is also called
            if self.gazetteer.knows(key):
                return self._region_country(key)
        return None

    def _acting_region(self, span: Span, draft: EventDraft, target: bool) -> str | None:
        """The country of the first-level region a role's words name and nothing more ("Colorado", "the Punjab"), if
        the role is one a government takes: not the target of force, an arrest or a show of force, where a region is
        a place struck or held ("shelled Kharkiv", "besieged the province")."""
        if self.gazetteer is None or (target and draft.event.cameo_root in
                                      self.roots.violent | self.roots.state_acts | self.roots.shows_of_force):
            return None
        words = [t for t in span if t.lower_ != "the" and t.tag_ != "POS"]  # ("rejected Colorado's appeal")
        if not words or any(t.pos != PROPN or t.ent_type_ == "PERSON" for t in words):
            return None
        key = normalise(" ".join(t.text for t in words))
        return self._region_country(key) if self.gazetteer.knows(key) else None

    def _region_country(self, key: str) -> str | None:
        if key not in self._region_countries:
            candidates = [place for place, _ in self.gazetteer.lookup_key(key)] if self.gazetteer else []
            regions = {p.country for p in candidates if p.kind == "admin1"}
            country = next(iter(regions)) if len(regions) == 1 else None
            if country is None or any(p.kind not in ("admin1", "city") for p in candidates) or any(
                    p.kind == "city" and p.country != country and (p.population or 0) >= _REGION_TOWN_ABROAD
                    for p in candidates):
                country = None
            self._region_countries[key] = country
        return self._region_countries[key]


def _last_body_before(context: DocumentContext, end: int, at: int, reach: int, named_only: bool = False) -> Actor | None:
    """The body of states (an international organisation) of the last mention ending by token `end`, named at most
    `reach` sentences before the sentence of token `at`; with `named_only`, not one that refers back ("the bloc")."""
    sentence = context.sentence_of(at)
    before = [m for m in context.mentions if m.token_end <= end and m.actor.country == _BODY_OF_STATES
              and not (named_only and refers_back(m.actor)) and sentence - context.sentence_of(m.token_start) <= reach]
    last = max(before, key=lambda m: m.token_start, default=None)
    return last.actor if last is not None else None


def _listed_with(context: DocumentContext, actor: Actor, known: list[Actor]) -> bool:
    """A place name in one list with actors the dictionaries know is of their kind ("flew to Paris, Berlin and Rome":
    Paris, a place after a word of travel, is visited as Berlin and Rome are)."""
    head = context.span_root(actor.start, actor.end)
    if head is None or head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "LOC"):
        return False  # (a company listed with bodies named is no place the resolver left out)
    # (listed with states or their seats: "with News Corporation and Fairfax" lists companies, whatever Fairfax is)
    heads = [h for a in known if a.country and a.code == a.country and (h := context.span_root(a.start, a.end)) is not None]
    return any((h.dep_ == "conj" and h.head.i == head.i) or (head.dep_ == "conj" and head.head.i == h.i) for h in heads)


def _acting_party(word: Token) -> bool:
    """Whether a state's word names, or describes, the subject of a clause ("Egyptian officials have said", "after
    Russia's army crossed"): a party that acts in the sentence, not the one acted on."""
    while word.dep_ in ("amod", "compound", "poss") and word.head.i != word.i:
        word = word.head
    return word.dep_ in _SUBJECT_DEPS


def _role_tokens(context: DocumentContext, actors: list[Actor]) -> frozenset[int]:
    """The tokens of the words that name a role's actors."""
    out: set[int] = set()
    for actor in actors:
        span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


def _named_outside(context: DocumentContext, country: str, away: frozenset[int]) -> bool:
    """Whether a place or an actor that says its own country names `country` anywhere in the document but at `away`."""
    if any(p.place.country == country and not set(range(p.start, p.end)) <= away for p in context.places):
        return True
    return any(m.actor.country == country and says_its_country(m.actor)
               and not set(range(m.token_start, m.token_end)) <= away for m in context.mentions)


def _relative_owner(state: _Lookup, whose: Token) -> str | None:
    """The country of the noun a relative clause opened by "whose" describes ("President Ode, whose government
    hosted the talks", "Chile, whose navy ..."): the clause's verb hangs on that noun."""
    clause = whose.head.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i and clause.pos_ != "NOUN":
        clause = clause.head
    if clause.dep_ in ("relcl", "acl"):
        owner = clause.head.i
    else:
        # (session 32) "the United States, whose special envoy, Mark Ellison, met both delegations": the parser made the
        # verb the sentence's own and "whose" a possessor of its subject; it is still of the noun set right before it
        before = whose.doc[whose.i - 2] if whose.i >= 2 and whose.doc[whose.i - 1].text == "," else None
        if before is None or before.pos_ not in ("NOUN", "PROPN"):
            return None
        owner = before.i
    return state.mention_country(owner, exclude=None) or state.place_country(owner)


def _other_clauses(context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
    """Places of the sentence named in a clause of their own apart from the actor's ("the troops withdrew after
    rebels attacked a garrison in Chad"): where something else happens, not where the actor acts (session 30)."""
    sentence = context.sentence_of(head.i)
    places = (*state.where.get(sentence, ()), *state.named.get(sentence, ()))
    if not places:
        return frozenset()
    actor_clauses = {clause.i for clause in clause_chain(context, head.i)}
    return frozenset(place_head for place_head, _ in places
                     if _said_apart(clause_chain(context, place_head), actor_clauses))


def _title_words(context: DocumentContext, mention: ActorMention) -> str:
    """The lower-case words of a person's mention and of the titles the parser hangs on the name or the office
    ("Chancellor of the Exchequer Ann Ode", "Ann Ode, the shadow chancellor,", "the Leader of the House of Commons"),
    space-separated and padded with a space, "|" between two parts (no title spans two of them)."""
    doc = context.doc
    head = doc[mention.head]
    own = range(mention.token_start, mention.token_end)
    words = [t.lower_ for t in doc[mention.token_start:mention.token_end]]
    for child in head.children:
        if child.i not in own and (child.dep_ in ("appos", "nmod", "compound") or (
                child.dep_ == "prep" and child.i > head.i and child.lower_ in _TITLE_PREPS)):
            words += ["|", *(t.lower_ for t in child.subtree)]
    return f" {' '.join(words)} "


def _names_body_inside(doc: Doc, mention: ActorMention, word: str) -> bool:
    """Whether a group's mention names its body in its own words, with `word` a proper noun before its head word
    ("Pacific Islands Forum leaders": "forum"), not the group word itself."""
    return any(t.lower_ == word and t.pos == PROPN and t.i < mention.head
               for t in doc[mention.token_start:mention.token_end])

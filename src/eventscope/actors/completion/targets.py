"""Who an act is aimed at when no one is named as acted on, and the sector of what it is aimed at (`TargetRules`).

After the event coder, `implied_targets`: in a whole article an act aimed at someone with no one named as
acted on gets the codebook's implied target, of the source's country (or, for help and armed force, of the
country where it happens), measured dev tune dyad F1 0.423 -> 0.479, check 0.203 -> 0.224; of another country
when what the act is done to or about names one ("condemned the bombing at a hotel in Mogadishu": `what is acted
on`), or when it is a thing judged again right after the source's act on another country ("Brasilia said the vote
was flawed": `earlier act`); a threat told as a that-clause is aimed at the party of another state the clause
names ("warned that Madrid would pay a price": `_warned_party`, session 24); words aimed so have
a sector: the government's, when anyone but the government speaks, the legislature's for the government's
demands (ontology/roots.yaml authority_targets, legislature_targets). Then `target_sectors`: a thing acted on
stands for the body it belongs to ("vetoed the bill" LEG; actors/sectors.yaml thing_sectors), and people hit by
armed force, named by a plural noun that is no sector word, are civilians (dev tune record F1 0.226 -> 0.267,
check 0.035 -> 0.049).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventscope.actors.antecedents import PLURAL_TAGS
from eventscope.actors.completion.base import (
    _BUSINESS,
    _CIVILIANS,
    _GOVERNMENT,
    _LEGISLATURE,
    _MILITARY,
    _NAMED_BY_OTHERS,
    _POLICE,
    _STATE_BODIES,
)
from eventscope.actors.completion.countries import CountryRules, _role_tokens
from eventscope.actors.completion.lookup import _Lookup
from eventscope.actors.completion.words import (
    _NP_LEFT,
    _SUBJECT_DEPS,
    _acted_on_heads,
    _describes_a_thing,
    _modifies_a_noun,
    _named_as_where,
    _paragraph_break,
    beyond_border,
)
from eventscope.actors.resolver import STATE_SECTORS
from eventscope.context import DocumentContext
from eventscope.lemmas import lemma_of
from eventscope.ontology import RootGroups
from eventscope.records import Actor, ActorMention, EventDraft, refers_back

_STATE_PARTIES = _STATE_BODIES | {"GOV"}  # a state's actors, whom an act near a company's name may still be aimed at

_OTHER_PARTY = "other party"  # the implied target of a whole state's act: another party named near it

_TOLD_CLAUSE_DEPS = frozenset({"ccomp", "acl"})  # what a verb or a noun of speech tells ("warned that", "a warning that")

_DOER_PREPS = frozenset({"by"})  # the preposition naming whose act a noun is ("an attempt by the Forum")

_TIME_ENTITIES = frozenset({"DATE", "TIME"})  # a stretch of time named by its noun ("months", "a third night")

_REACTION_SENTENCES = 2  # how far back a speaker's act on another country lends it a thing judged again


def _state_owned_thing(actor: Actor, head: Token) -> bool:
    """"criticised the Thai operation", "China's decision", "shot down a Turkish jet": a common noun whose
    country a state's word before it gives is a thing that state owns or does (its sector: thing_sectors)."""
    return actor.kind == "state" and head.tag_ in ("NN", "NNS") and not head.ent_type_ \
        and any(t.ent_type_ in ("GPE", "NORP") for t in head.lefts)  # (lefts: the children before it)


class TargetRules(CountryRules):
    """Implied targets and the sectors of what an act is aimed at (see the module docstring)."""

    def own_places_and_forces(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """What an act aimed at no one moves or where it happens is no target (CODEBOOK: PROTEST and MOBILIZE may have
        no named target): a show of force's targets of the acting side's own country are its own forces and places
        ("deployed 2,000 soldiers", "patrolled the streets"), and a protest's place of the protesters' own country
        named after a preposition of where, not of what about ("rallied in the capital", "held a rally outside the
        court"; a protest outside a foreign embassy stays aimed at that state, and armed men or police a riot hits
        where they stand, "threw stones at riot police", are hit). Run before `implied_targets`."""
        where = self.dictionary.place_prepositions - self.dictionary.about_prepositions
        forces = self.dictionary.armed_sectors | {"COP"}
        venues = self.referring.words.venue_heads
        for draft in drafts:
            root = draft.event.cameo_root
            force = root in self.roots.shows_of_force
            # (a curfew or a state of emergency holds where a protest happens: sectors.yaml emergency_measures)
            protest = root in self.roots.protests or draft.event.cameo.startswith(self.dictionary.emergency_measures)
            # (session 31) a meeting offered or held at home ("offered to host talks in Nairobi", "a cabinet meeting in
            # Washington"): the host's own place after a preposition of where on a meeting word is the venue; a foreign
            # one stays ("Japanese diplomats met in Seoul": they meet their hosts)
            meeting = root in self.roots.intents or root in self.roots.consultations
            own = {a.country for a in draft.source if a.country and a.country not in self.not_countries}
            if not (force or protest or meeting) or not own:
                continue
            for actor in list(draft.target):
                if actor.country not in own:
                    continue
                head = context.span_root(actor.start, actor.end)
                placed = head is not None and head.dep_ == "pobj" and head.head.lower_ in where
                if force or (protest and placed and forces.isdisjoint(actor.sectors)) or (
                        meeting and placed and head is not None and head.ent_type_ == "GPE" and _venue(head.head.head, venues)):
                    draft.target.remove(actor)

    def implied_targets(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """In a whole article, an act aimed at someone with no one named as acted on (after `complete_roles` and
        the earlier-act rules) is aimed at an implied actor, as the codebook codes it: of the source's own country
        for words and measures ("the cabinet insists the tax must rise"), of the country where it happens
        for help and armed force ("ships would search the sea"), the country from the context as for any other
        actor when the source gives none. The actor's words are the trigger's, its name "[implied: <country>]"; its
        sector is the one whom the source's words address (`_implied_sector`), else none. A state as a whole
        ("Moscow protested") aims at another party named near the act, when there is one, not at its own country
        (`_other_party`; session 24: of 16 such acts in the tuning sets given their own country 2 were right)."""
        state: _Lookup | None = None
        reacted: dict[str, tuple[int, str]] = {}  # source country -> (trigger, country) of its last act on another
        answered: dict[str, tuple[int, str]] = {}  # target country -> (trigger, country) of the last act on it
        for draft in drafts:
            root = draft.event.cameo_root
            if draft.target and self._own_forces(context, draft):
                # "France withdrew its troops", "Ethiopia refused to withdraw its troops": a state's own forces are
                # what it moves, not whom it acts on; the other party named near the act is (with none, they stay)
                state = state or self._completed_lookup(context)
                token = context.doc[draft.trigger_token]
                other = self._other_party(context, state, token, draft.source)
                if other is not None:
                    draft.target = [self._implied_party(_implied_at(token, "implied target"), other)]
                    continue
            if root in self.roots.coups and not draft.target and self._coup(context, draft):
                # ("the general who staged a coup"): a coup with no ruler named as ousted is aimed at no one, not at
                # its doers' own country
                draft.target = _ousted_ruler(context, draft)
                continue
            if not draft.target and draft.event.cameo.startswith(self.dictionary.offered_help):
                # "Saudi Arabia pledged $300 million" at a donor conference for Sudan: help offered to no one named
                # goes to the country the article is about, when that is not the donor's own
                self._article_helped(context, draft)
                continue
            if not draft.target and draft.event.cameo.startswith(self.dictionary.joined_offers):
                # "urged Israel and Hamas to stop fighting and offered to host talks": an offer is made to the
                # parties the speaker's joined verb acts on (with none, it keeps the rules below)
                state = state or self._completed_lookup(context)
                parties = self._joined_parties(context, state, context.doc[draft.trigger_token], draft.source,
                                               _role_tokens(context, draft.source))
                if parties:
                    draft.target = parties
                    self._remember_reaction(context, draft, reacted, answered)
                    continue
            if draft.target or root not in self.implied_roots or self._unnamed_protest(draft, context.doc[draft.trigger_token]) \
                    or draft.event.cameo.startswith(self.dictionary.unaddressed_appeals + self.dictionary.emergency_measures):
                self._remember_reaction(context, draft, reacted, answered)
                continue
            token = context.doc[draft.trigger_token]
            actor = _implied_at(token, "implied target")
            speaker = next((a for a in draft.source if a.country and a.country not in self.not_countries), None)
            state = state or self._completed_lookup(context)
            restated = self._restated_doer(state, token, _role_tokens(context, draft.source))
            if restated is not None:
                # (session 36) "offered to host talks, an offer that Kyiv welcomed", "called for the army to be deployed,
                # a demand the government rejected": an act told in a clause on a noun that restates an earlier act is
                # aimed at that act's doer, whoever's country it is
                draft.target = [self._implied_party(actor.revised(reason="restated act"), restated)
                                if restated.origin != "implied target" else restated]
                self._remember_reaction(context, draft, reacted, answered)
                continue
            if speaker is not None and root in self.roots.home_targets:
                warned = self._warned_party(state, token, str(speaker.country), _role_tokens(context, draft.source)) \
                    if root in self.roots.warned_parties else None
                if warned is None and root in self.roots.told_parties:
                    warned = self._told_party(state, token, str(speaker.country), _role_tokens(context, draft.source))
                if warned is not None:
                    draft.target = [warned]
                    self._remember_reaction(context, draft, reacted, answered)
                    continue
                shared = self._shared_party(state, token, str(speaker.country), _role_tokens(context, draft.source))
                if shared is not None:
                    draft.target = [shared]
                    self._remember_reaction(context, draft, reacted, answered)
                    continue
                # "condemned the bombing at a hotel in Mogadishu": what the act is about says whose the one aimed
                # at is, when it names a country; else the speaker's own
                about = self._acted_on_country(context, state, token, _role_tokens(context, draft.source),
                                               str(speaker.country), answered=_speaks_for_state(speaker))
                if about is not None:
                    draft.target = [self._implied(actor, about, "what is acted on")]
                    self._remember_reaction(context, draft, reacted, answered)
                    continue
                asked = answered.get(str(speaker.country))
                if root in self.roots.refusals and asked is not None \
                        and asked[0] < token.i and context.sentence_of(token.i) - context.sentence_of(asked[0]) <= _REACTION_SENTENCES:
                    # "Washington asked Manila to expel them, but Manila has refused": a refusal of no one named
                    # answers the last act of another country on the one refusing, told before it (session 36: not "struck
                    # down a law, a ruling the party of X called a coup")
                    draft.target = [self._implied(actor, asked[1], "act answered")]
                    continue
                earlier = reacted.get(str(speaker.country))
                if earlier is not None and context.sentence_of(token.i) - context.sentence_of(earlier[0]) <= _REACTION_SENTENCES \
                        and self._refers_back(token):
                    # "Chile condemned Peru's move. Santiago said the decision was illegal": a definite thing
                    # judged right after the speaker's act on another country is that act's object again
                    draft.target = [self._implied(actor, earlier[1], "earlier act")]
                    continue
                dominant = context.dominant_country
                if root in self.roots.foreign_targets and dominant and dominant != speaker.country \
                        and dominant not in self.not_countries:
                    # ("the US, which cut military aid", in a story about Burkina Faso: a measure aimed abroad)
                    draft.target = [self._implied(actor, dominant, "article country")]
                    continue
                other = self._other_party(context, state, token, draft.source) if _whole_state(speaker) else None
                if other is not None:
                    # "Moscow dismissed the meeting", "Caracas protested": a state as a whole aims at another party,
                    # the nearest one named around the act (with none, at its own country: "Accra said the
                    # violence was shameful")
                    draft.target = [self._implied_party(actor, other)]
                    continue
                if self._aimed_at_private_party(context, token, draft.source):
                    # "staff walked out of the firm's offices": aimed at the firm, which is no state (session 26)
                    continue
                sector = _implied_sector(root, speaker, self.roots)
                # ("warned that Ohio should not expect more money"): the party of its own state that a warning's
                # clause names is the one warned, not the warning's word
                own = self._warned_party(state, token, str(speaker.country), _role_tokens(context, draft.source),
                                         own_too=True) if root in self.roots.warned_parties else None
                if own is not None:
                    draft.target = [own.revised(sectors=[sector] if sector else []) if own.origin == "implied target"
                                    else own]
                    continue
                actor = actor.revised(sectors=[sector] if sector else [])
                draft.target = [self._implied(actor, str(speaker.country), "source")]
                continue
            # ("ships from Chile and Peru would search": where the actors come from is not where the act goes)
            away = frozenset(t.i for a in draft.source if (span := context.doc.char_span(a.start, a.end, alignment_mode="expand"))
                             for t in span.root.subtree)
            found = self._country(context, state, ActorMention(actor, token.i, token.i + 1, token.i), away=away)
            if found is not None:
                draft.target = [self._implied(actor, found.country, found.rule)]

    def _unnamed_protest(self, draft: EventDraft, trigger: Token) -> bool:
        """Whether a protest is told only as a stretch of time, with no one named as doing it ("after months of
        protests", "a third night of rioting", "a week of unrest": its word the object of "of" on a time noun, its
        protesters only implied by that word): unrest told so is the background of another act and aimed at no one
        (CODEBOOK: a protest may have no named target), unless the words before its word name a state's body as what
        it is against ("weeks of anti-government protests"; sector terms of STATE_SECTORS). A protest told as an act
        ("protests erupted", "students marched") keeps its implied target: dropping that too cost a held-out set a dyad
        (session 32, heldout20 97 -> 96, as in session 20)."""
        if draft.event.cameo_root not in self.roots.protests or not draft.source \
                or any(a.origin != "implied by the act" for a in draft.source):
            return False
        if not (trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.ent_type_ in _TIME_ENTITIES):
            return False
        terms = self.dictionary.sector_terms
        return not any((term := terms.get(w.lower_)) is not None and term.sector in STATE_SECTORS
                       for left in trigger.lefts for w in left.subtree)

    def _article_helped(self, context: DocumentContext, draft: EventDraft) -> None:
        """Money or help pledged to no one named ("pledged $300 million", "offered its help"): aimed at the article's
        country ("[implied: Sudan]"), unless that is a donor's own or no country; readiness to help with nothing offered
        ("stand ready to assist") stays aimed at no one (dev tune gold)."""
        token = context.doc[draft.trigger_token]
        dominant = context.dominant_country
        if not any(c.dep_ in ("dobj", "obj") for c in token.children):
            return
        if dominant and dominant not in self.not_countries and dominant not in {a.country for a in draft.source}:
            draft.target = [self._implied(_implied_at(token, "implied target"), dominant, "article country")]

    def _aimed_at_private_party(self, context: DocumentContext, trigger: Token, sources: list[Actor]) -> bool:
        """Whether an act with no one named as acted on is aimed at a party that is no state: its sentence names one
        (a company, its management or board, an employer, a club: sectors.yaml private_parties, or a body, not a
        person, of business sectors only) and no state's actor; or, naming neither, the sentence before it in its paragraph does ("The
        firm cut 900 jobs. Staff walked out on Monday.")."""
        away = _role_tokens(context, sources)
        index = context.sentence_of(trigger.i)
        sentences = context.sentences
        for at in (index, index - 1):
            text = context.text[sentences[at].start_char:sentences[index].start_char] if at >= 0 else ""
            if at < 0 or (at < index and _paragraph_break(text)):
                return False
            named = self._parties_named(context, sentences[at], away)
            if named is not None:
                return named
        return False

    def _parties_named(self, context: DocumentContext, sentence: Span, away: frozenset[int]) -> bool | None:
        """Whether a sentence names a party that is no state (True) or a state's actor (False), but in the words of
        `away`; None when it names neither. A country or a seat of power named as where ("in Dublin"), or describing a
        thing ("a US company"), is no party."""
        private = False
        covered: set[int] = set()  # (a word of the list inside a mention is that mention's)
        where = self.dictionary.place_prepositions
        for mention in context.mentions:
            if not sentence.start <= mention.head < sentence.end or mention.head in away:
                continue
            covered.update(range(mention.token_start, mention.token_end))
            actor = mention.actor
            if set(actor.sectors) == {_BUSINESS} and actor.kind != "person":
                private = True
            elif actor.kind == "state" and (_modifies_a_noun(context, mention)
                                            or _named_as_where(context.doc[mention.head], where)):
                continue
            elif actor.kind == "state" or not _STATE_PARTIES.isdisjoint(actor.sectors):
                return False
        parties = self.dictionary.private_parties
        return private or any(lemma_of(t) in parties and t.pos_ == "NOUN" and t.i not in covered and t.i not in away
                              for t in sentence) or None

    def _own_forces(self, context: DocumentContext, draft: EventDraft) -> bool:
        """Whether every target of an act is the acting state's own armed forces or police, named as its own by a
        possessive ("its troops", "their police", "his country's soldiers")."""
        own = {a.country for a in draft.source if a.country and a.country not in self.not_countries}
        if not own:
            return False
        for actor in draft.target:
            head = context.span_root(actor.start, actor.end) if actor.country in own else None
            if head is None or actor.sectors[:1] not in ([_MILITARY], [_POLICE]) or not any(
                    c.dep_ == "poss" and (c.lower_ in self.own_possessives or lemma_of(c) in self.own_state_nouns)
                    for c in head.children):
                return False
        return bool(draft.target)

    def _coup(self, context: DocumentContext, draft: EventDraft) -> bool:
        """A coup told by what it takes, in the words of its trigger ("staged a coup", "led the putsch", "grabbed
        power"; sectors.yaml coup_objects)."""
        trigger = context.doc.char_span(draft.trigger.start, draft.trigger.end, alignment_mode="expand")
        return trigger is not None and any(lemma_of(t) in self.dictionary.coup_objects
                                           for t in trigger if t.i != draft.trigger_token)

    def _implied_party(self, actor: Actor, other: Actor) -> Actor:
        """An implied target standing for the party `other` named near the act: a state's party by its country and
        sectors ("[implied: Turkey]" for Kurdish rebels), a body of states or an organisation by its own code
        ("[implied: European Union]")."""
        if other.country not in self.not_countries:
            return self._implied(actor.revised(sectors=list(other.sectors)), str(other.country), _OTHER_PARTY)
        named = self._with_country(actor, str(other.country), _OTHER_PARTY, code=other.code)
        return named.revised(name=f"[implied: {other.name}]")

    @staticmethod
    def _other_party(context: DocumentContext, state: _Lookup, trigger: Token, sources: list[Actor]) -> Actor | None:
        """The actor named nearest to a whole state's act in its sentence, else last in the sentence before, that is
        none of the acting states nor a body of theirs (their rebels, parties or people may be: "an embargo on the
        rebels' enclave"), and no country word describing a thing ("Ukraine air-defence drive")."""
        own = {a.country for a in sources}
        away = _role_tokens(context, sources)
        sentence = context.sentence_of(trigger.i)
        best: tuple[int, int, int] | None = None  # (sentences back, distance, mention index)
        for index, mention in enumerate(context.mentions):
            country = mention.actor.country
            if not country or mention.head in away or (country in own and _of_the_state(mention.actor)):
                continue
            back = sentence - context.sentence_of(mention.head)
            if back not in (0, 1) or _describes_a_thing(context, mention, state.in_mentions):
                continue
            key = (back, abs(mention.head - trigger.i) if back == 0 else -mention.head, index)
            if best is None or key < best:
                best = key
        return context.mentions[best[2]].actor if best else None

    def _warned_party(self, state: _Lookup, trigger: Token, own: str, away: frozenset[int],
                      own_too: bool = False) -> Actor | None:
        """The party a threat told as a that-clause ("warned that ...", "a warning that ...") is aimed at, when the
        clause names one of another state than the threatening one's `own`: the clause's subject ("warned that Madrid
        would pay a price"), else its object ("warned that Russia would treat foreign troops as targets": its own
        state does, the troops suffer), else the doer of a condition it sets ("would strike back if Bogota moved
        troops"; sectors.yaml threat_condition_marks). None when it names none: the act keeps the implied target.
        `own_too`: a party of the `own` state counts too ("warned that Ohio should not expect more money")."""
        marks = self.dictionary.threat_condition_marks
        for clause in trigger.children:
            if clause.dep_ not in _TOLD_CLAUSE_DEPS or clause.i < trigger.i:
                continue
            conditions = [c for c in clause.children if c.dep_ == "advcl"
                          and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
            subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
            # (session 36) "warned that any attempt by the Forum to sanction members would be met with ...": the doer its
            # subject's act names after "by" is the one warned
            doers = [o for h in subjects for p in h.children if p.dep_ == "prep" and p.lower_ in _DOER_PREPS
                     for o in p.children if o.dep_ == "pobj"]
            for heads in (subjects + doers,
                          [c for c in clause.children if c.dep_ == "dobj"],
                          [s for c in conditions for s in c.children if s.dep_ in _SUBJECT_DEPS]):
                for head in heads:
                    party = self._party_named(state, head, own, away, own_too)
                    if party is not None:
                        return party
        return None

    def _restated_doer(self, state: _Lookup, trigger: Token, away: frozenset[int]) -> Actor | None:
        """The doer of the act that a noun restates, when the act is told in that noun's relative clause ("remarked that
        Egypt might blow up the dam, a comment that Addis Ababa condemned": the one who remarked; `_restating_noun`):
        the subject of the outermost clause the noun hangs in (or of the verb a conjoined one shares it with); None when
        the act is no such clause or its doer names no party."""
        clause = _relative_clause_of(trigger)
        if clause is None or not _restating_noun(clause.head):
            return None
        verb = clause.head.head
        while verb.dep_ not in ("ROOT", "conj") or verb.pos_ not in ("VERB", "AUX"):
            if verb.head.i == verb.i:
                break
            verb = verb.head
        while True:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects or verb.dep_ != "conj":
                break
            verb = verb.head
        for head in subjects:
            party = self._party_named(state, head, "", away, own_too=True, why="the doer of the act restated")
            if party is not None:
                return party
        return None

    def _told_party(self, state: _Lookup, trigger: Token, own: str, away: frozenset[int]) -> Actor | None:
        """The party another state than `own` that a participle of saying after a criticism tells of ("hit back, saying
        Brussels had no business lecturing ...": the subject of what it says; sectors.yaml telling_words); else None."""
        for telling in trigger.children:
            if telling.dep_ not in ("advcl", "xcomp") or telling.tag_ != "VBG" or telling.i < trigger.i \
                    or lemma_of(telling) not in self.dictionary.telling_words:
                continue
            for clause in telling.children:
                if clause.dep_ != "ccomp":
                    continue
                for head in clause.children:
                    if head.dep_ in _SUBJECT_DEPS:
                        party = self._party_named(state, head, own, away, why="the party a criticism's saying names")
                        if party is not None:
                            return party
        return None

    def _shared_party(self, state: _Lookup, trigger: Token, own: str, away: frozenset[int]) -> Actor | None:
        """(session 29) "accused ECOWAS of serving foreign masters and warned that any attack would be answered": an
        act joined to an earlier verb of the same speaker, with no one named as acted on, is aimed at the party of
        another state (or a body of states) that the earlier verb's object names."""
        first = trigger.head
        if trigger.dep_ != "conj" or first.pos_ != "VERB" or any(c.dep_ in _SUBJECT_DEPS for c in trigger.children):
            return None
        for head in (c for c in first.children if c.dep_ == "dobj"):
            party = self._party_named(state, head, own, away, why="the party the verb before it acts on")
            if party is not None:
                return party
        return None

    def _joined_parties(self, context: DocumentContext, state: _Lookup, trigger: Token, sources: list[Actor],
                        away: frozenset[int]) -> list[Actor]:
        """(session 30) The parties an offer with no one named as acted on is made to: those the object of the earlier
        verb it is joined to names, each of them ("urged Israel and Hamas to stop fighting and offered to host talks",
        "called on both sides to show restraint and offered to mediate": both parties the pair phrase stands for,
        session 37), of a state other than the speaker's own.
        The offer's verb is the trigger's own, or the one whose object or infinitive holds it ("offered to host
        talks"); the joined verb has no subject of its own."""
        own = {str(a.country) for a in sources if a.country}
        verb = trigger
        while verb.dep_ in ("xcomp", "dobj", "obj") and verb.head.i != verb.i:
            verb = verb.head
        first = verb.head
        if verb.dep_ != "conj" or first.pos_ != "VERB" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return []
        while first.dep_ == "xcomp" and first.head.pos_ == "VERB":
            first = first.head  # (the parser joins "and offered" to the infinitive of "urged X to stop fighting")
        # its object, or the phrase before its infinitive ("called on both sides to show restraint")
        heads = [c for c in first.children if c.dep_ in ("dobj", "obj")] + [
            o for p in first.children if p.dep_ == "prep" and p.i < verb.i for o in p.children if o.dep_ == "pobj"]
        found: list[Actor] = []
        for head in heads:
            # (every word of a subtree but its head hangs on a word of it: each of its conjuncts is a party listed)
            for word in [head] + [c for c in head.subtree if c.dep_ == "conj" and c.i != head.i]:
                party = self._party_named(state, word, "", away, own_too=True, why="the party the joined verb acts on")
                for each in ([party, *self._pair_partners(context, state, word, party)] if party is not None else []):
                    if str(each.country) not in own and each not in found:
                        found.append(each)
        return found

    @staticmethod
    def _pair_partners(context: DocumentContext, state: _Lookup, word: Token, party: Actor) -> list[Actor]:
        """The other parties a pair phrase at `word` stands for ("both sides", "the two governments": the resolver gives
        one mention over the same words for each), beside `party`, the one the lookup found there."""
        found = state.by_token.get(word.i)
        if found is None or not refers_back(found.actor):
            return []
        span = (found.token_start, found.token_end)
        return [m.actor.revised(reason=m.actor.reason + "; " + party.reason.rpartition("; ")[2])
                for m in context.mentions if m is not found and (m.token_start, m.token_end) == span
                and refers_back(m.actor) and m.actor.country]

    def _party_named(self, state: _Lookup, head: Token, own: str, away: frozenset[int],
                     own_too: bool = False, why: str = "the party a warning's clause names") -> Actor | None:
        """The actor of another state than `own`, or the body of states, that the noun phrase of `head` names, by its
        head or the words before it ("Madrid", "the Ukrainian army", "Kyiv's forces"); None for an abstraction ("any
        attack"), for an actor of the `own` state (unless `own_too`), and for the words of the act's source (`away`)."""
        words = [head] + [t for c in head.children if c.dep_ in _NP_LEFT and c.i < head.i for t in c.subtree]
        for word in words:
            if word.i in away:
                return None
            mention = state.by_token.get(word.i) or state.bodies.get(word.i) or state.regions.get(word.i)
            if mention is not None:
                actor = mention.actor
                if actor.country == own and not own_too:
                    return None
                return actor.revised(reason=actor.reason + "; " + why)
            country = state.place_country(word.i)
            if country and (own_too or country != own) and country not in self.not_countries \
                    and not beyond_border(word, self.dictionary.border_nouns):
                return self._implied(_implied_at(word, "the place a warning's clause names"), country, "warned party")
        return None

    def _remember_reaction(self, context: DocumentContext, draft: EventDraft, reacted: dict[str, tuple[int, str]],
                           answered: dict[str, tuple[int, str]]) -> None:
        """Records an act of a state's actor on one other country (`implied_targets`' earlier act), by its source
        in `reacted` and by its target in `answered` (the act a refusal answers)."""
        sources = {a.country for a in draft.source if a.country and a.country not in self.not_countries}
        targets = {a.country for a in draft.target if a.country} - sources  # (a body of states, a region too)
        if len(sources) == 1 and len(targets) == 1:
            trigger, source, target = draft.trigger_token, sources.pop(), targets.pop()
            reacted[source] = (trigger, target)
            answered[target] = (trigger, source)

    def _refers_back(self, trigger: Token) -> bool:
        """Whether what an act is done to or about is a thing named as known already, a noun opened by a determiner
        that says so ("rejected the decision", "said this move was illegal"; coreference.yaml known_determiners)."""
        known = self.referring.words.known_determiners
        return any(h.pos_ == "NOUN" and any(c.dep_ in ("det", "predet") and c.lower_ in known for c in h.children)
                   for h in _acted_on_heads(trigger, ()) if h.dep_ != "prep")

    def _acted_on_country(self, context: DocumentContext, state: _Lookup, trigger: Token,
                          away: frozenset[int], own: str, answered: bool = False) -> str | None:
        """The first country but the speaker's `own` named by a place or an actor in the words an act is done to
        or about (`_acted_on_heads`: "condemned the killing of two nurses in Goma", "said the vote in Minsk was
        rigged", "the treatment of Chilean workers in Lima" is Peru's); not in the source's words (`away`), nor
        beyond a border noun, nor in the dateline. With `answered` (a state's act), also in a clause that says what
        the act answers ("protested when Chinese ships entered its waters"; sectors.yaml answered_clause_marks)."""
        heads = _acted_on_heads(trigger, self.dictionary.about_prepositions)
        if answered:
            marks = self.dictionary.answered_clause_marks
            heads += [c for c in trigger.children if c.dep_ == "advcl"
                      and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)]
        # (session 36) not in a noun restating the act with a clause of its own ("opposed the bill, a defection that
        # the leader denounced as a gift to Beijing")
        restating = {w.i for h in heads for t in h.subtree if _restating_noun(t) for w in t.subtree}
        for word in sorted((t for h in heads for t in h.subtree), key=lambda t: t.i):
            if word.i in away or word.i in restating \
                    or (context.dateline is not None and context.dateline.covers(word.i)):
                continue
            country = state.mention_country(word.i, exclude=None) or state.place_country(word.i)
            if country and country != own and country not in self.not_countries \
                    and not beyond_border(word, self.dictionary.border_nouns):
                return country
        return None

    def target_sectors(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A target with a country but no sector, named by common words, takes the sector of the actor it
        stands for: a thing a body owns or makes is that body ("vetoed the bill" LEG, "criticised the tax
        policy" GOV; sectors.yaml thing_sectors), and people hit by armed force, named by a plural noun that
        is no sector word or by a name with no office, are civilians ("shelling killed six farmers", "a gunman
        shot Ann Ode")."""
        for draft in drafts:
            violent = draft.event.cameo_root in self.roots.violent
            for index, actor in enumerate(draft.target):
                if not actor.country or actor.sectors or actor.country in self.not_countries \
                        or actor.origin in _NAMED_BY_OTHERS:
                    continue
                span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                head = span.root
                # (a people's word before a thing, "a Tamil village", "Sikh homes", names its owners: the thing
                # still stands for them)
                sector = self.dictionary.thing_sectors.get(lemma_of(head)) \
                    if actor.origin in ("phrase words", "described noun") \
                    or _state_owned_thing(actor, head) else None
                if sector is None and violent and (head.tag_ in PLURAL_TAGS and head.ent_type_ != "GPE"
                                                   or head.ent_type_ == "PERSON"):
                    sector = _CIVILIANS
                if sector is None and not violent and self._polity_word(span):
                    sector = _GOVERNMENT  # "sued the state", "criticised the city": its government
                if sector is not None:
                    draft.target[index] = actor.revised(sectors=[sector],
                                                        code=self.dictionary.code_for(actor.country, [sector]))
            for index, actor in enumerate(draft.source):
                # (session 25) "the city rejected the union's offer", "the district sued": a polity that acts in
                # words or law is its government too
                if violent or not actor.country or actor.sectors or actor.country in self.not_countries \
                        or actor.origin in _NAMED_BY_OTHERS:
                    continue
                span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                if span is not None and len(span) and self._polity_word(span):
                    draft.source[index] = actor.revised(sectors=[_GOVERNMENT],
                                                        code=self.dictionary.code_for(actor.country, [_GOVERNMENT]))

    def _polity_word(self, span: Span) -> bool:
        """A polity named by its common noun alone ("the state", "the city"; sectors.yaml polity_nouns)."""
        head = span.root
        return lemma_of(head) in self.dictionary.polity_nouns and all(t.i == head.i or t.lower_ == "the" for t in span)

    def _implied(self, actor: Actor, country: str, rule: str) -> Actor:
        """An implied target with its country, named as the codebook writes one ("[implied: Chile]"): its words
        are the trigger's, since no words name it."""
        known = self.dictionary.countries.get(country)
        named = self._with_country(actor, country, rule)
        return named.revised(name=f"[implied: {known.name if known else country}]")


def _venue(word: Token, venues: frozenset[str]) -> bool:
    """Whether a place phrase hangs on a meeting ("talks in Nairobi", "met in Nairobi") or on the verb holding one
    ("host the talks in Nairobi"; coreference.yaml venue_heads)."""
    return lemma_of(word) in venues or any(c.dep_ == "dobj" and lemma_of(c) in venues for c in word.children)


_TOLD_IN_RELATIVE = frozenset({"ccomp", "xcomp", "oprd", "dobj", "attr", "acomp", "prt"})  # an act's word inside its clause


def _relative_clause_of(trigger: Token) -> Token | None:
    """The verb of the relative clause an act's word is, or is told in ("a comment that X condemned", "a goal X has
    said it will not meet", "a move X called a mistake"); None when it is in none."""
    word = trigger
    for _ in range(3):
        if word.dep_ == "relcl":
            return word
        if word.dep_ not in _TOLD_IN_RELATIVE or word.head.i == word.i:
            return None
        word = word.head
    return word if word.dep_ == "relcl" else None


def _restating_noun(noun: Token) -> bool:
    """A common noun set beside a clause to restate its act, an indefinite one opening a relative clause with a subject
    of its own ("..., an offer that Kyiv welcomed", "..., a decision the union condemned"): its clause is a second act on
    the first one, not a part of what the first acts on."""
    start = noun.left_edge.i
    set_off = noun.dep_ in ("appos", "npadvmod") or (start > 0 and noun.doc[start - 1].is_punct
                                                     and noun.doc[start - 1].text == ",")  # (the parser may take it as an object)
    return set_off and noun.pos_ == "NOUN" and not noun.ent_type_ \
        and any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in noun.children) \
        and any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and "Rel" not in s.morph.get("PronType", []) for s in c.children)
                for c in noun.children)


def _of_the_state(actor: Actor) -> bool:
    """A state as a whole or one of its bodies (government, forces, courts, legislature), not its people or rebels."""
    return not actor.sectors or actor.sectors[0] in STATE_SECTORS


def _whole_state(actor: Actor) -> bool:
    """A state named as a whole ("Russia", "Moscow", "the Kremlin": CODEBOOK's bare country), no body of it."""
    return actor.kind == "state" and actor.code == actor.country and not actor.sectors


def _speaks_for_state(actor: Actor) -> bool:
    """A state named as such ("Hanoi", "Japan") or its government ("the foreign ministry")."""
    return actor.code == actor.country or "GOV" in actor.sectors


def _implied_at(word: Token, reason: str) -> Actor:
    """The stand-in for a party no words name, spanning the word that implies it (an act's trigger, a warned place)."""
    return Actor(text=word.text, start=word.idx, end=word.idx + len(word.text), name="[implied]", reason=reason,
                 origin="implied target")


def _ousted_ruler(context: DocumentContext, draft: EventDraft) -> list[Actor]:
    """The ruler or government a coup's own words name as ousted, where the roles named none ("led the coup that
    toppled the president"): the first government actor in the phrase of its trigger that is none of its doers."""
    away = _role_tokens(context, draft.source)
    phrase = context.doc[draft.trigger_token].subtree
    inside = {t.i for t in phrase} - away
    return next(([m.actor] for m in context.mentions if m.head in inside and _GOVERNMENT in m.actor.sectors), [])


def _implied_sector(root: str, speaker: Actor, roots: RootGroups) -> str | None:
    """The sector of an implied target of words, from the speaker's first sector: any actor but the government
    (a newspaper, a union, legislators, rebels) addresses the government, the government's demands its
    legislature, its criticism and refusals another government at home (a state suing the federal
    administration, a governor rejecting a city's plan); its other words, or a speaker of no sector (a whole
    state), say nothing of whom they address."""
    first = speaker.sectors[0] if speaker.sectors else None
    if first is None:
        return None
    if first != _GOVERNMENT and root in roots.authority_targets:
        return _GOVERNMENT
    if first == _GOVERNMENT and root in roots.legislature_targets:
        return _LEGISLATURE
    if first == _GOVERNMENT and root in roots.rival_targets:
        return _GOVERNMENT
    return None

"""The codes of mentions that refer back to an actor named before (`ReferringRules`).

A mention that the resolver made by coreference ("he", "the senator") takes its antecedent's completed code, and a
bare surname the tagger took for an organisation is the person of that surname named before. "The two sides",
"both countries", "the group" carry the codes of the actors named before them (coreference.yaml); a short name in
brackets after an organisation's name ("the Port Safety Board (PSB)") and a short name a body named in full
before ("the Commission") are that body; a person no dictionary knows takes the office and country of the title
in apposition to the name; "his deputy" is of the possessor's sector. "The guest", "his host", "its neighbour" are
the other party of a visit or a border (coreference.yaml guests, hosts, neighbours; session 31).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from spacy.attrs import POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Token

from eventscope.actors.antecedents import antecedent, last_two, same_surname
from eventscope.actors.completion.base import (
    _BODY_OF_STATES,
    _GOVERNMENT,
    _GUESS_RULES,
    _NAMED_GROUP,
    _STATE_BODIES,
    _STATE_SECTORS,
    _UNKNOWN_NAMES,
    NATIONAL_TITLE,
    CompletionBase,
    country_guessed,
)
from eventscope.actors.completion.words import (
    _SUBJECT_DEPS,
    _charged_with,
    _is_acronym,
    _stands_alone,
    _subject_above,
    no_side,
)
from eventscope.context import DocumentContext
from eventscope.lemmas import lemma_of
from eventscope.records import Actor, ActorMention, refers_back

_PAIR_KINDS = frozenset({"pairs", "bare_pairs", "state_pairs"})  # coreference.yaml's phrases for two parties
_BODY_KINDS = frozenset({"bodies", "agencies"})  # phrases that may refer to an IGO or NGO (no country of its own)
_OWNER_KINDS = _BODY_KINDS | {"groups"}  # phrases for a body whose officials a title names ("a group spokesman")
_RELATION_KINDS = frozenset({"guests", "hosts", "neighbours"})  # one party of a relation between two ("his guest")


_UNLETTERED = frozenset({"the", "of", "and", "for", "&"})  # the small words of a name its acronym gives no letter
_SPELLED_KINDS = frozenset({"organization", "group", "state"})  # bodies an acronym may stand for
_SHORT_NAME_DETERMINERS = frozenset({"the", "this", "that"})  # not part of a short name ("the Commission")


def _stands_for_a_state(actor: Actor) -> bool:
    """A state by its name, or its government or forces ("Italy", "Malta's armed forces", "the interior minister")."""
    return actor.kind == "state" or not _STATE_SECTORS.isdisjoint(actor.sectors)


def _named_again(context: DocumentContext, mention: ActorMention) -> bool:
    """Whether a mention that copies an actor named before names it again by a name of its own (a surname, an
    acronym: "Lee Jae-myung ... Lee spoke with Trump"), not by a pronoun or a common noun ("he", "the group")."""
    return context.doc[mention.head].pos_ == "PROPN"


class ReferringRules(CompletionBase):
    """The codes of the mentions that refer back to an actor named before."""

    def _written_surname(self, actor: Actor) -> str | None:
        """A person's surname, also where the tagger named the person by the last word alone after a title and a
        given name it left out ("chairperson Esau Phiri" named "Phiri"): that last word of a longer mention."""
        surname = self._surname(actor)
        if surname is None and " " not in actor.name and actor.text.split()[-1:] == [actor.name] \
                and len(actor.text.split()) > 2:
            return actor.name
        return surname

    def _seconds(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """"his deputy", "the minister's deputy": an office that names someone's second (sectors.yaml seconds) with
        a possessive is of the possessor's sector, not its own (a deputy alone is a legislator)."""
        seconds = self.dictionary.second_words
        if not seconds:
            return mentions
        doc = context.doc
        by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
        out: list[ActorMention] = []
        for mention in mentions:
            actor, head = mention.actor, doc[mention.head]
            owner = next((by_token.get(c.i) for c in head.children if c.dep_ == "poss"), None) \
                if head.lower_ in seconds and actor.kind == "person" else None
            if owner is not None and owner is not mention and owner.actor.sectors \
                    and owner.actor.sectors != actor.sectors:
                country = actor.country or owner.actor.country
                sectors = list(owner.actor.sectors[:1])
                actor = actor.revised(country=country, sectors=sectors, code=self.dictionary.code_for(country, sectors),
                                      reason=actor.reason + f"; second of {owner.actor.text!r}")
                mention = ActorMention(actor, mention.token_start, mention.token_end, mention.head)
            out.append(mention)
        return out

    def _referred_owner(self, context: DocumentContext, owner: Token) -> Actor | None:
        """The body a word before a title refers to, as the phrase "the <word>" would ("an agency spokesman", "a
        group official", "the charity's head": coreference.yaml agencies, groups, bodies); None for other words."""
        doc = context.doc
        before = "the" if owner.dep_ == "compound" else doc[owner.i - 1].lower_ if owner.i else ""
        kind = next((kind for words, kind in self.referring.phrases.get(before, ())
                     if words == (before, owner.lower_) and kind in _OWNER_KINDS), None)
        if kind is None:
            return None
        start = owner.i if owner.dep_ == "compound" else owner.i - 1
        found = self._refer(context, context.mentions, start, owner.i + 1, kind)
        return found[0].actor if found else None

    def _acronyms(self, context: DocumentContext) -> list[ActorMention]:
        """"the Port Safety Board (PSB) ... the PSB": a short name in capitals written in brackets right
        after an organisation's name is that organisation, there and wherever the article uses it again
        with nothing else saying whose it is (each mention keeps its own words). The article's own
        definition also beats a dictionary's other body of that short name ("the People Power Party (PPP)
        ... the PPP" is not Pakistan's PPP), and a body's word after it is that body's ("PPP leader")."""
        doc, mentions = context.doc, context.mentions
        # an organisation or group named before the brackets, else a body of a state named with its country ("the
        # Electoral Commission of Zambia (ECZ)")
        by_end = {m.token_end: m for m in mentions if m.actor.country and m.actor.kind == "state" and m.actor.sectors}
        by_end.update({m.token_end: m for m in mentions if m.actor.country and m.actor.kind in ("organization", "group")})
        defined: dict[str, Actor] = {}
        misread: dict[str, Actor] = {}  # a short name's dictionary body that the article's definition overrules
        moved: dict[tuple[str, str], str] = {}  # (name, code) of an actor named for a misread body: its short name
        out: list[ActorMention] = []
        lowers = context.lowers  # (a Span and a Token per word of every mention cost more than the rest of the pass)
        for mention in mentions:
            actor = mention.actor
            # the mention's words but "the": the first may be a short name, alone in the mention
            words = [i for i in range(mention.token_start, mention.token_end) if lowers[i] != "the"]
            first = doc[words[0]].text if words else ""
            short = first if _is_acronym(first) else None
            unknown = actor.country is None and not actor.sectors
            if short is not None and len(words) == 1 and (unknown or _dictionary_named(actor)):
                start = mention.token_start
                named = by_end.get(start - 1) if start > 0 and doc[start - 1].text == "(" else None
                if named is None and unknown and short not in defined:
                    named = _spelled_out(context, short, (m for m in mentions if m.token_end <= start
                                                          and m.actor.kind in _SPELLED_KINDS
                                                          and (m.actor.country or m.actor.sectors)))
                if named is not None and short not in defined and (unknown or actor.name != named.actor.name):
                    defined[short] = named.actor
                    if not unknown:
                        misread[short] = actor
                body = defined.get(short)
                if body is not None and (actor.origin in _UNKNOWN_NAMES
                                         or (short in misread and actor.name == misread[short].name)):
                    actor = body.revised(text=actor.text, start=actor.start, end=actor.end,
                                         reason=f"coreference: acronym -> {body.name}", origin="coreference",
                                         country_from=None)
            else:
                # "PPP leader", "PPP leader Cho", and "he" that refers back to them: named for the misread body
                wrong = next((k for k, body in misread.items() if actor.country == body.country
                              and (actor.name.startswith(body.name) or short == k)), None)
                if wrong is not None:
                    moved[(actor.name, actor.code)] = wrong
                wrong = moved.get((actor.name, actor.code))
                if wrong is not None:
                    actor = self._with_country(actor, defined[wrong].country or "", f"acronym -> {defined[wrong].name}")
            out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head) if actor is not
                       mention.actor else mention)
        return out

    def _short_names(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """"Von der Leyen survives censure vote ... European Commission President Ursula von der Leyen", "the
        European Commission ... the Commission": a name the tagger found that no dictionary knows and that says no
        country is the leader or the dictionary's body whose full name, written anywhere in the
        article, ends with its words (when only one does); else the organisation the tagger found before it whose
        name opens with its words ("Northfield Holdings ... Northfield said")."""
        doc = context.doc
        # each entity of no country named with a capital, by its index: " its words" in lower case
        tails: dict[int, str] = {}
        for index, mention in enumerate(mentions):
            if mention.actor.origin == "entity" and mention.actor.country is None:
                words = [t.text for t in doc[mention.token_start:mention.token_end]
                         if t.lower_ not in _SHORT_NAME_DETERMINERS]
                if words and words[0][:1].isupper():
                    tails[index] = " " + " ".join(words).lower()
        full = {m.actor.name.lower(): m.actor for m in mentions if m.actor.country
                and (m.actor.reason.startswith("leader:") or _dictionary_named(m.actor))}
        if tails:
            # a body named in full inside another actor's words ("European Commission President X"); only one whose
            # name ends with a tail can be chosen, so the text is searched for no other (400 searches an article)
            text = context.article.text  # (the Doc's own text: Doc.text joins its tokens again)
            endings = tuple(set(tails.values()))
            for written, lowered, entry in self.multiword_bodies:
                if lowered.endswith(endings) and lowered not in full and written in text:
                    full[lowered] = Actor(text=entry.name, start=0, end=len(entry.name), name=entry.name,
                                          country=entry.country, sectors=list(entry.sectors), code=entry.code,
                                          kind=entry.kind, reason=entry.reason)
        # organisations the tagger found, named by more words than one, each capitalised (not "Christie a" of a
        # broken tagging): "Northfield Holdings ... Northfield" is named again by its first words
        openings = [(m.token_start, " " + m.actor.name.lower() + " ", m.actor) for m in mentions
                    if m.actor.origin == "entity" and m.actor.kind == "organization" and len(m.actor.name.split()) > 1
                    and all(word[:1].isupper() for word in m.actor.name.split())]
        out: list[ActorMention] = []
        for index, mention in enumerate(mentions):
            actor = mention.actor
            tail = tails.get(index)
            if tail is not None:
                bodies = [body for name, body in full.items() if name.endswith(tail)] or list(
                    {body.name: body for start, name, body in openings
                     if start < mention.token_start and name.startswith(tail + " ")}.values())
                if len(bodies) == 1:
                    body = bodies[0]
                    actor = body.revised(text=actor.text, start=actor.start, end=actor.end,
                                         reason=f"coreference: short name -> {body.name}", origin="coreference",
                                         country_from=None)
            out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head) if actor is not
                       mention.actor else mention)
        return out

    def _appositions(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """"Jean Perrot, the mayor of Lyon,": a person no dictionary knows takes the office and country of the
        title in apposition to the name; "the Kivu Teachers Association, the province's largest union,": so does
        an organisation of no known sector from the body's word in apposition (the mention keeps its own words)."""
        by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
        sides = self.dictionary.side_sectors
        out: list[ActorMention] = []
        for mention in mentions:
            actor = mention.actor
            # (session 35) a body named a government whose apposition says it is the opposition's ("the National
            # Unity Government, the opposition's shadow cabinet,") is the opposition: only a side's sector overrides
            governing = actor.kind == "organization" and actor.sectors == ["GOV"]
            if actor.kind in ("person", "organization") and (not actor.sectors or governing) \
                    and not refers_back(actor) and "; speaks for " not in actor.reason:
                head = context.doc[mention.head]
                title = next((by_token[c.i] for c in head.children if c.dep_ == "appos" and c.i in by_token
                              and by_token[c.i] is not mention and by_token[c.i].actor.sectors
                              and (not governing or by_token[c.i].actor.sectors[0] in sides)
                              and (actor.kind == "person" or by_token[c.i].actor.kind == "group"
                                   or _misread_person(actor, by_token[c.i].actor))), None)
                if title is not None:
                    if actor.kind != title.actor.kind == "person":
                        actor = actor.revised(kind="person")
                    # (a country by the person's office of one country only wins over the title's guessed one)
                    country = actor.country if actor.country_from == NATIONAL_TITLE and \
                        title.actor.country_from in _GUESS_RULES else title.actor.country or actor.country
                    sectors = list(title.actor.sectors)
                    actor = actor.revised(country=country, sectors=sectors,
                                          code=self.dictionary.code_for(country, sectors),
                                          reason=actor.reason + f"; office from apposition {title.actor.text!r}")
            out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head))
        return out

    def _surnames(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """A proper noun no mention covers that is the surname of a person named before it ("Ruiz said"):
        the tagger found no entity there (or did not run), or took the bare surname for an organisation of no
        sector ("Phiri said" after "chairperson Esau Phiri"), which the person replaces."""
        doc = context.doc
        covered = bytearray(len(doc))
        unnamed = {m.token_start: m for m in mentions if _unnamed_word(m)}
        for mention in mentions:
            if mention.token_start not in unnamed:
                covered[mention.token_start:mention.token_end] = b"\x01" * (mention.token_end - mention.token_start)
        people = [m for m in mentions if m.actor.kind == "person" and not refers_back(m.actor)
                  and self._written_surname(m.actor)]
        if not people:
            return mentions
        added: list[ActorMention] = []
        tags = doc.to_array(POS).tolist()  # (one attribute array: a Token object per word cost more than the test)
        for i, tag in enumerate(tags):
            if tag != PROPN or covered[i] or (i + 1 < len(tags) and tags[i + 1] == PROPN):
                continue
            token = doc[i]
            # the nearest person named before it
            person = same_surname(token.text, (m.actor for m in reversed(people) if m.token_end <= token.i),
                                  self._written_surname)
            if person is not None:
                actor = person.revised(text=token.text, start=token.idx,
                                       end=token.idx + len(token.text), reason=f"coreference: surname -> {person.name}",
                                       origin="coreference", country_from=None)
                added.append(ActorMention(actor, token.i, token.i + 1, token.i))
        if not added:
            return mentions
        replaced = {m.token_start for m in added}
        kept = [m for m in mentions if not (m.token_start in replaced and m.token_start in unnamed)]
        return sorted(kept + added, key=lambda m: (m.token_start, m.token_end))

    def _referring(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """Mentions for "the two sides", "both countries", "the country", "the group": each carries the
        code of the actors named before it (the phrase replaces a sector word found inside it)."""
        doc, phrases = context.doc, self.referring_by_pair
        lowered = context.lowers  # (a phrase's words are compared at every "the")
        added: list[ActorMention] = []
        for start, word in enumerate(lowered):
            options = phrases.get(word)
            if options is None or context.token_in_furniture(doc[start]):
                continue
            second = lowered[start + 1] if start + 1 < len(lowered) else None
            for words, kind in options.get(second, options[None]):
                end = start + len(words)
                if tuple(lowered[start:end]) == words:
                    if (doc[end - 1].is_title and end - 1 > start) or (
                            kind != "pairs" and end < len(doc) and lowered[end] == "of" and not _charged_with(doc, end)):
                        # "the Organization of ...", "the Movement for ...": a name's first words; "the kingdom of
                        # Spain": its complement names it (but "both sides of the dispute" are the two sides, and
                        # "accused the agency of wasting money" is the agency)
                        break
                    if kind == "bare_pairs" and not _stands_alone(doc[start:end]):
                        continue  # "the two bills", "both reports": things counted, not the parties
                    # (a relation's possessive may be read already: "his" of "his guest" is its own mention)
                    first = end - 1 if kind in _RELATION_KINDS else start
                    if any(refers_back(m.actor) and m.token_start < end and first < m.token_end
                           for m in mentions):
                        break  # the resolver read it already ("the two leaders": the last two people)
                    added += self._refer(context, mentions, start, end, kind, added)
                    break
        if not added:
            return mentions
        taken = {i for m in added for i in range(m.token_start, m.token_end)}
        kept = [m for m in mentions if not any(i in taken for i in range(m.token_start, m.token_end))]
        return sorted(kept + added, key=lambda m: (m.token_start, m.token_end))

    def _refer(self, context: DocumentContext, mentions: list[ActorMention], start: int, end: int,
               kind: str, told: Sequence[ActorMention] = ()) -> list[ActorMention]:
        """The mentions of the referring phrase at [start, end) of `kind`; `told`: the phrases resolved before it."""
        if kind in _RELATION_KINDS:
            party = self._related_party(context, mentions, start, end, kind)
            return self._referring_mentions(context, start, end, [party] if party is not None else [])
        sentence = context.sentence_of(start)
        pair = kind in _PAIR_KINDS
        # (session 19) an international body may be a party of a pair too ("the EU ... Indonesia ... the two sides"),
        # unless it is named as a place ("sent negotiators to Brussels"); see below
        earlier = [m for m in mentions if self._in_reach(context, m, start, sentence)
                   and (pair or m.actor.kind != "person")
                   and m.actor.country and (m.actor.country not in self.not_countries or kind in _BODY_KINDS
                                            or (pair and m.actor.country == _BODY_OF_STATES
                                                and not self._named_as_place(context, m)))]
        antecedents: list[Actor] = []
        if pair:
            # "Brazil and Chile urged both sides to talk": not the subject of the clause the phrase is in
            own = _subject_above(context.doc[start:end].root)
            # (session 31) for the parties "between" whom one would mediate or host talks, nor that subject named again
            # in the sentence: "Kenya said it was ready to mediate between the two parties" ("it" is the subject above,
            # "Kenya" the same party); a pair elsewhere keeps them (heldout22 gained a false dyad without this limit)
            root = context.doc[start:end].root
            between = own if own is not None and root.dep_ == "pobj" and root.head.lower_ == "between" else None
            owners = {_party(m) for m in mentions if between and between[0] <= m.token_start < between[1]} - {None}
            # ("it" told by the one who says it: the subject of the verb of saying above, "Kenya said it was ready")
            teller = _subject_above(context.doc[between[0]]) if between and between[1] - between[0] == 1 \
                and context.doc[between[0]].tag_ == "PRP" else None
            own_spans = [span for span in (own, teller) if span is not None]
            earlier = [m for m in earlier if not any(a <= m.token_start < b for a, b in own_spans)
                       and not (_party(m) in owners and context.sentence_of(m.token_start) == sentence)
                       and not no_side(context.doc, m, self.referring.words)]
            # two people of different countries first: "Scholz hosted Macron ... the war in Ukraine ... the pair
            # pledged" are the two men, not a country the talk was about
            # ("the two", "both" alone are two people only: "arrested two men in Paris and Berlin. The two were
            # charged" are not the two cities)
            two_states = kind == "state_pairs" or not self.referring.words.state_pair_nouns.isdisjoint(
                t.lower_ for t in context.doc[start:end])
            two: list[ActorMention] = []
            # a bloc of states (coreference.yaml pair_blocs; not its officials) only when no two states are found: a UN
            # envoy or agency urging "both sides" of a civil war is no side (the conflict set's precision fell 0.735 ->
            # 0.726 with every body and its people)
            of_states = [m for m in earlier if m.actor.country != _BODY_OF_STATES]
            with_blocs = [m for m in earlier if m.actor.country != _BODY_OF_STATES
                          or (m.actor.kind != "person" and m.actor.code in self.referring.words.pair_blocs)]
            bases = (of_states, with_blocs) if len(of_states) < len(with_blocs) else (of_states,)
            # (session 22) parties whose own words say their country first: "two officials present" whose country
            # was guessed from the actor before them is no side of its own
            tiers = [tier for base in bases for tier in (_said_parties(base), base)]
            together = _named_together(context, mentions, sentence)
            for parties in tiers:
                people = [] if two_states else [m for m in parties if m.actor.kind == "person"]
                two = last_two(people, _party)
                if not two and two_states:
                    # (session 19) "both governments" are two states or their governments, not a hospital and a
                    # charity named after them
                    two = _most_together([m for m in parties if _stands_for_a_state(m.actor)], together)
                if not two and kind != "bare_pairs":
                    two = _most_together(parties, together)
                if not two and people and kind != "state_pairs":
                    two = self._visit(context, people[-1])
                if two:
                    break
            if kind == "state_pairs" and not all(m.actor.kind == "state" and sentence - context.sentence_of(m.token_start) <= 1
                                                 for m in two):
                # "the neighbours" are two states only right after both were named, or right after a pair phrase
                # that names them (session 40: "... trade talks with both countries. Chile has mediated between the
                # neighbours since March")
                two = _pair_told_before(context, told, start, sentence)
            words = {t.lower_ for t in context.doc[start:end]}
            governs = not self.referring.words.government_words.isdisjoint(words)
            whole = not self.referring.words.whole_state_nouns.isdisjoint(words)
            antecedents = [self._governing(m.actor) if governs else self._whole_state(m.actor) if whole else m.actor
                           for m in two]
        elif kind == "states":
            named = [m for m in reversed(earlier) if m.actor.kind == "state" and not m.actor.sectors]
            root = context.doc[start:end].root
            own = _subject_above(root) if root.dep_ not in _SUBJECT_DEPS else None
            # (session 29) "Washington was reviewing its aid to the country": a state acted on or spoken of is not the
            # subject of its own clause ("Kenya said the country would ..." is, as a subject)
            subject = {m.actor.country for m in earlier if own is not None and own[0] <= m.token_start < own[1]}
            named = [m for m in named if m.actor.country not in subject]
            states = [m.actor for m in named]
            # the article's own country in the words of one of its people ("Spain's minister said the country had
            # gas enough", another state named before or not); else a state named in this or the previous sentence;
            # else the article's own country; else the last named
            home = context.dominant_country if self.article_country else None
            spoken = home is not None and home not in subject \
                and any(a.country == home for a in self._spoken_by(context, mentions, start))
            state = self._country_state(home, "article country, its speaker's") if home and spoken else None
            state = state or next((m.actor for m in named if sentence - context.sentence_of(m.token_start) <= 1), None)
            if state is None and home and home not in subject:
                state = self._country_state(home, "article country")
            state = state or (states[0] if states else None)
            antecedents = [state] if state is not None else []
        elif kind == "bodies":
            body = next((m.actor for m in reversed(earlier) if m.actor.country == _BODY_OF_STATES), None)
            antecedents = [body] if body is not None else []
        else:
            # ("the State Department said the group had killed ...": who speaks of the group is not it)
            speakers = {a.name for a in self._spoken_by(context, mentions, start)}
            # ("the agency", "the watchdog" name a body that administers or speaks, never an armed group)
            armed = self.dictionary.armed_sectors if kind == "agencies" else frozenset()
            group = next((m.actor for m in reversed(earlier) if m.actor.kind in ("group", "organization")
                          and m.actor.name[:1].isupper() and m.actor.name not in speakers
                          and armed.isdisjoint(m.actor.sectors[:1])), None)
            antecedents = [group] if group is not None else []
        return self._referring_mentions(context, start, end, antecedents)

    def _in_reach(self, context: DocumentContext, mention: ActorMention, start: int, sentence: int) -> bool:
        """Whether `mention` may be what a referring phrase at token `start` (in `sentence`) means: named before it, by
        its own words (or named again), within `reach_sentences`."""
        return (mention.token_end <= start and (not refers_back(mention.actor) or _named_again(context, mention))
                and sentence - context.sentence_of(mention.token_start) <= self.referring.reach_sentences)

    @staticmethod
    def _referring_mentions(context: DocumentContext, start: int, end: int,
                            antecedents: list[Actor]) -> list[ActorMention]:
        """The mentions of the phrase at [start, end), one for each actor it refers to."""
        span = context.doc[start:end]
        head = span.root.i
        return [ActorMention(a.revised(text=span.text, start=span.start_char, end=span.end_char,
                                       reason=f"coreference: {span.text.lower()!r} -> {a.name}", origin="coreference",
                                       country_from=None),
                             start, end, head)
                for a in antecedents]

    def _related_party(self, context: DocumentContext, mentions: list[ActorMention], start: int, end: int,
                       kind: str) -> Actor | None:
        """"The visitor thanked his host", "praised its neighbour": the party of a relation between two that the
        phrase names (coreference.yaml guests, hosts, neighbours): among the actors of a state named before, in reach,
        the guest is the last person not of the country the visit goes to, the host the last who is of it, and a
        neighbour the last state that is not the possessor's; None when the text says no such party."""
        doc = context.doc
        last = doc[end - 1]
        sentence = context.sentence_of(start)
        if last.dep_ == "appos" or (last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end):
            return None  # "Ann Ode, the host, said": the name says who; "the host country" is a thing described
        earlier = [m.actor for m in mentions if self._in_reach(context, m, start, sentence)
                   and m.actor.country in self.dictionary.countries and not no_side(doc, m, self.referring.words)]
        if kind == "neighbours":
            # whose neighbour: the nearest actor of a state before it in its sentence ("Dorj said his country needed
            # water and thanked its neighbour"), else the possessive's antecedent (which may be the subject of the
            # sentence before, "Kazakhstan and Mongolia signed ...", not the one speaking)
            own = next((m.actor.country for m in reversed(mentions) if m.token_end <= start
                        and context.sentence_of(m.token_start) == sentence
                        and m.actor.country in self.dictionary.countries), None)
            if own is None:
                owner = antecedent(doc[start], mentions, coreference=self.referring.words)
                own = owner.actor.country if owner is not None else None
            other = next((a for a in reversed(earlier) if a.kind == "state" and own and a.country != own), None)
            return self._whole_state(other) if other is not None else None
        visited = self._visited_country(context, start)
        if visited is None:
            return None
        host = kind == "hosts"
        # (an official: "his guest" named before as a sector word is no party of the visit)
        return next((a for a in reversed(earlier) if a.kind == "person" and _stands_for_a_state(a)
                     and (a.country == visited) == host), None)

    def _visited_country(self, context: DocumentContext, before: int) -> str | None:
        """The country a visit told before token `before` goes to: of the last place a visit word governs ("arrived
        in Brasilia", "a state visit to Peru", "visited Dili"; coreference.yaml visit_words), else of the dateline
        (where the report of a visit is filed); None when neither says."""
        doc, words = context.doc, self.referring.words.visit_words
        visited: tuple[int, str] | None = None
        dateline: str | None = None
        for place in context.places:
            country = place.place.country
            if place.start >= before or not country or country in self.not_countries:
                continue
            if context.dateline is not None and place.start == context.dateline.start:
                dateline = country
                continue
            token = doc[place.head]
            verb = token.head.head if token.dep_ == "pobj" else token.head
            if (lemma_of(verb) in words or lemma_of(token.head) in words) and (
                    visited is None or place.start > visited[0]):
                visited = (place.start, country)
        return visited[1] if visited is not None else dateline

    def _country_state(self, country: str, reason: str) -> Actor:
        """A state as a whole named by no words of the text (`_refer`'s antecedent of "the country")."""
        name = self.dictionary.countries[country].name if country in self.dictionary.countries else country
        return Actor(text=name, start=0, end=0, name=name, country=country, code=country, kind="state", reason=reason)

    @staticmethod
    def _spoken_by(context: DocumentContext, mentions: list[ActorMention], start: int) -> list[Actor]:
        """Who says the words the phrase at `start` is in: the actors of the subject of the verb of saying its
        clause hangs on ("the minister said the country would ..."); none for a quote's own words."""
        node = context.doc[start]
        while node.dep_ not in ("ccomp", "ROOT") and node.head.i != node.i:
            node = node.head
        subject = _subject_above(node) if node.dep_ == "ccomp" else None
        if subject is None:
            return []
        return [m.actor for m in mentions if subject[0] <= m.head < subject[1]]

    def _named_as_place(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether a mention is the object of a preposition of place ("to Brussels", "in Geneva": coreference.yaml
        place_preps)."""
        head = context.doc[mention.head]
        return head.dep_ == "pobj" and head.head.lower_ in self.referring.words.place_preps

    def _visit(self, context: DocumentContext, visitor: ActorMention) -> list[ActorMention]:
        """"The Polish president flew to Vilnius. The two leaders met": a person who travels to another country's
        place meets its government there; [visitor, host] when the person's sentence says so, else []."""
        doc, sentence = context.doc, context.sentence_of(visitor.token_start)
        words = self.referring.words.visit_words
        for place in context.places:
            country = place.place.country
            if (place.start < visitor.token_end or context.sentence_of(place.start) != sentence or not country
                    or country == visitor.actor.country or country in self.not_countries):
                continue
            token = doc[place.head]
            verb = token.head.head if token.dep_ == "pobj" else token.head
            if lemma_of(verb) in words or lemma_of(token.head) in words:
                name = self.dictionary.countries[country].name if country in self.dictionary.countries else country
                host = Actor(text=name, start=0, end=0, name=name, country=country, sectors=[_GOVERNMENT],
                             code=self.dictionary.code_for(country, [_GOVERNMENT]), kind="state",
                             reason="host of a visit")
                return [visitor, ActorMention(host, place.start, place.end, place.head)]
        return []

    def _governing(self, actor: Actor) -> Actor:
        """"the two leaders" after "Lula arrived in China": a state named bare stands for its government; so does a
        state's body of another sector ("the two governments" after "Ethiopian troops and Eritrean forces"), but not a
        person (a junta's generals stay who they are)."""
        if actor.kind == "person" or actor.country not in self.dictionary.countries \
                or not set(actor.sectors) <= _STATE_BODIES:
            return actor
        return actor.revised(sectors=[_GOVERNMENT], code=self.dictionary.code_for(actor.country, [_GOVERNMENT]))

    def _whole_state(self, actor: Actor) -> Actor:
        """"the two countries" after "Indian and Pakistani troops": the states themselves, coded bare."""
        country = self.dictionary.countries.get(actor.country) if actor.country else None
        if country is None:
            return actor  # (a body of states, a region: as named)
        return actor.revised(name=country.name, sectors=[], code=country.code, kind="state")

    def _named_before(self, context: DocumentContext, mention: ActorMention, named: list[Actor]) -> Actor | None:
        """"Walsh" after "Gov. Maria Walsh": a bare name the tagger took for an organisation or a new
        person is the first person of that surname named before (`named`; the mention keeps its own words)."""
        actor = mention.actor
        if actor.origin not in _UNKNOWN_NAMES or actor.country or actor.sectors:
            return None
        words = [t for t in context.doc[mention.token_start:mention.token_end]
                 if t.lower_ not in self.dictionary.honorifics and t.lower_ != "the" and not t.is_punct]
        person = same_surname(words[0].text, named, self._surname) if len(words) == 1 else None
        if person is None:
            return None
        return person.revised(text=actor.text, start=actor.start, end=actor.end,
                              reason=f"coreference: surname -> {person.name}", origin="coreference",
                              country_from=None)


def _unnamed_word(mention: ActorMention) -> bool:
    """A single word the tagger took for an organisation that no dictionary knows and no word of it says the kind
    of (the resolver gave it no sector): it may be a person's bare surname."""
    actor = mention.actor
    return mention.token_end - mention.token_start == 1 and actor.kind == "organization" and not actor.sectors \
        and actor.origin == "entity" and actor.reason.startswith("ner: ORG")


def _misread_person(actor: Actor, title: Actor) -> bool:
    """A name the tagger took for an organisation no dictionary knows, with one person's office in apposition
    ("Ann Ode, the Home Secretary,"): a person's name, as no body is called by an office held by one person."""
    return actor.kind == "organization" and actor.origin == "entity" and actor.reason.startswith("ner: ORG") \
        and title.kind == "person"


def _named_together(context: DocumentContext, mentions: list[ActorMention], sentence: int) -> Counter[frozenset[str]]:
    """For each two parties, in how many sentences of the document up to `sentence` both are named by their own words
    (a country guessed from around an actor names no party)."""
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for m in _said_parties(mentions):
        at = context.sentence_of(m.token_start)
        party = _party(m)
        if at <= sentence and party:
            by_sentence[at].add(party)
    counts: Counter[frozenset[str]] = Counter()
    for parties in by_sentence.values():
        counts.update(frozenset((a, b)) for a in parties for b in parties if a < b)
    return counts


def _most_together(candidates: list[ActorMention], together: Counter[frozenset[str]]) -> list[ActorMention]:
    """"Caracas and Georgetown ... Washington stood with Georgetown; Brasilia urged both governments": the two of
    `candidates` (named before the phrase, in order) whose parties the document names together in more sentences
    than the last two, the parties of the story's dispute or meeting rather than a third state that spoke of one;
    else the last two (`last_two`); each party by its last mention, in their order."""
    two = last_two(candidates, _party)
    if not two:
        return two
    last: dict[str, ActorMention] = {}
    for m in candidates:
        party = _party(m)
        if party:
            last[party] = m
    best = max(together[frozenset((a, b))] for a in last for b in last if a < b)
    if best <= together[frozenset(party for party in map(_party, two) if party)]:
        return two
    order = list(last)
    pairs = [(a, b) for i, a in enumerate(order) for b in order[i + 1:] if together[frozenset((a, b))] == best]
    # (ties: the pair named last)
    a, b = max(pairs, key=lambda pair: (last[pair[1]].token_start, last[pair[0]].token_start))
    return sorted((last[a], last[b]), key=lambda m: m.token_start)


def _said_parties(mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions whose country their own words say (or a named actor's), not one guessed from around them."""
    return [m for m in mentions if not country_guessed(m.actor)]


def _pair_told_before(context: DocumentContext, told: Sequence[ActorMention], start: int,
                      sentence: int) -> list[ActorMention]:
    """The two states of the last pair phrase ("both countries", "the two sides") resolved before `start`, in its
    sentence or the one before, else none."""
    before = [m for m in told if m.token_end <= start and m.actor.reason.startswith("coreference:")
              and sentence - context.sentence_of(m.token_start) <= 1]
    if not before:
        return []
    last = max(m.token_start for m in before)
    phrase = [m for m in before if m.token_start == last]
    if len(phrase) != 2 or len({_party(m) for m in phrase} - {None}) != 2 or not all(
            _stands_for_a_state(m.actor) for m in phrase):
        return []
    return phrase


def _party(mention: ActorMention) -> str | None:
    """Which party of a pair a mention names: its country, or for an international body the body itself (the EU and
    the WTO are two parties)."""
    actor = mention.actor
    return actor.code if actor.country == _BODY_OF_STATES else actor.country


def _dictionary_named(actor: Actor) -> bool:
    """Whether an actor is a body a dictionary names (organizations.yaml, groups.yaml, media.yaml)."""
    return actor.reason.startswith(("organizations:", _NAMED_GROUP, "media:"))


def _spelled_out(context: DocumentContext, short: str, bodies: Iterable[ActorMention]) -> ActorMention | None:
    """The last body named before whose written name the short name's letters are the initials of ("the Federal
    Emergency Management Agency ... FEMA said", "the Electoral Commission of Zambia ... the ECZ"; the small words
    "of", "and", "for" and "the" give no letter), though no brackets defined it."""
    def initials(mention: ActorMention) -> str:
        words = context.doc[mention.token_start:mention.token_end]
        return "".join(t.text[0] for t in words if t.lower_ not in _UNLETTERED and t.text[:1].isupper())
    return max((m for m in bodies if m.token_end - m.token_start >= 2 and initials(m) == short),
               key=lambda m: m.token_start, default=None)

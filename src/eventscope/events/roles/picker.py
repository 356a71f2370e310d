"""From role heads to actors: which actor mentions a role phrase holds, and the text a reader marks for it.

`ActorPicker` takes the mentions the actor stage found in a sentence and, for each role head, the ones closest to it
(through lists, appositions, counted members and named members of a group); a phrase with no mention still yields an
actor built from its words, so a role is never lost, but a source so built must name someone who can act. Its
`role_span` is the whole noun phrase a reader marks for the role, and no role reaches into an article's dateline.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from eventscope.actors.antecedents import antecedents
from eventscope.actors.completion.words import beyond_border, says_its_country
from eventscope.context import Dateline, find_dateline
from eventscope.events.matching import MEASURE_ENTITIES, lemma_of, pronoun_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.doers import _maker_of, _nominal_doers, _noun_agents
from eventscope.events.roles.grammar import _PREMODIFIERS, _agents, _misread_promise, _prep_objects
from eventscope.events.roles.lists import _adds_to_list, _describes_a_name, _is_list_item, _list_items, _list_opening
from eventscope.events.roles.naming import _ACTOR_ENTS, _NAMING_MODIFIERS, _is_named
from eventscope.records import UNRESOLVED_PHRASE, Actor, ActorMention, bare_phrase

# Right-hand name parts of a noun phrase a reader marks with it (with an apposition, "Alice Wells, a senior
# official", and a complement of roles.yaml phrase_preps, "the leader of the network").
_NAME_PARTS = frozenset({"compound", "flat", "nummod"})
_OBJECT_REACH = 12  # words after a preposition searched for its object


def _within(actor: Actor, actors: list[Actor]) -> bool:
    """Whether an actor's words lie inside those of one already found for the role, of the same country or
    with none of its own: two heads of one phrase ("his counterpart President X") make one actor."""
    return any(other.start <= actor.start and actor.end <= other.end
               and (not actor.country or actor.country == other.country) for other in actors)


class ActorPicker:
    """Turns role heads into actors: the mentions nearest each head, else an actor made of the phrase."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], patterns: TriggerPatterns,
                 dateline: Dateline | None | bool = True) -> None:
        """`dateline`: the article's (the context's), None when it has none; left out, it is found here."""
        self.doc = doc
        self.patterns = patterns
        # No role reaches into the dateline ("KABUL (Pajhwok):"). A headline or kicker above it is a sentence
        # like any other: its actors count (bylines and credits are furniture, left out before this).
        if dateline is True:
            dateline = find_dateline(doc)
        self.dateline_start, self.text_start = (dateline.start, dateline.text_start) if isinstance(dateline, Dateline) \
            else (0, 0)
        self.mentions = sorted((m for m in mentions if not self.in_dateline(m.token_start)), key=lambda m: m.token_start)
        # (mentions_in looks among the mentions that may overlap a phrase, by their starts, not at every one)
        self._starts = [m.token_start for m in self.mentions]
        self._longest = max((m.token_end - m.token_start for m in self.mentions), default=0)
        self._by_head: dict[int, list[ActorMention]] = {}
        self._spans: dict[tuple[int, int, bool], tuple[int, int]] = {}  # role_span by its arguments
        self._list_preps: dict[int, bool] = {}  # _opens_list by the preposition's index
        self._found_in: dict[int, tuple[ActorMention, ...]] = {}  # mentions_in by the head's index
        self._borders = patterns.borders.nouns
        for mention in self.mentions:
            for i in range(mention.token_start, mention.token_end):
                self._by_head.setdefault(i, []).append(mention)

    def _code_in(self, country: str, actor: Actor) -> str:
        """The actor's code with `country` as its country: the same sectors (the coder's own dictionary)."""
        return self.patterns.dictionary.code_for(country, actor.sectors)

    def in_dateline(self, i: int) -> bool:
        """Whether token i lies in the article's dateline."""
        return self.dateline_start <= i < self.text_start

    def is_actor(self, token: Token) -> bool:
        """Whether an actor mention covers the token."""
        return token.i in self._by_head

    def _depth_below(self, token: Token, head: Token) -> int | None:
        """Steps from a token up to a role head, None when the token is not in that head's phrase
        (a conjunct of the head starts a phrase of its own)."""
        depth = steps = 0
        while token.i != head.i:
            up = token.head  # (read once a step: each read of Token.head makes a new Token)
            if up.i == token.i or token.dep_ in ("relcl", "advcl", "acl"):
                return None
            if (token.dep_ == "conj" or _adds_to_list(token, patterns=self.patterns)) and up.i == head.i:
                return None
            if token.dep_ == "prep" and self._opens_list(token):
                return None  # "states, including Qatar": the members are parties of their own (`_listed_with`)
            # "between Russia and China": conjuncts sit at the same depth, as do the items of a list the
            # parser reads as an apposition ("from Indonesia, Australia, Malaysia and Singapore")
            depth += token.dep_ != "conj" and not _is_list_item(token, patterns=self.patterns)
            token = up
            steps += 1
            if steps > 12:
                return None
        return depth

    def mentions_in(self, head: Token) -> list[ActorMention]:
        """The mentions inside the phrase headed by `head`, nearest first: only those at the least depth (memoised: the
        roles of a sentence's triggers share heads; a new list each time)."""
        if head.i not in self._found_in:
            self._found_in[head.i] = tuple(self._mentions_in(head))
        return list(self._found_in[head.i])

    def _mentions_in(self, head: Token) -> list[ActorMention]:
        best: list[tuple[int, ActorMention]] = []
        left, right = head.left_edge.i, head.right_edge.i
        first = bisect_left(self._starts, left - self._longest + 1)  # (one starting before it ends before left)
        for mention in self.mentions[first:bisect_right(self._starts, right)]:
            if mention.token_end <= left:
                continue
            if mention.token_start <= head.i < mention.token_end:
                depth: int | None = 0
            elif beyond_border(self.doc[mention.head], self._borders, head):
                continue  # "a post near the border with Chad": the border's complement says where the post is
            else:
                depth = self._depth_below(self.doc[mention.head], head)
            if depth is not None:
                best.append((depth, mention))
        if not best:
            return []
        nearest = min(d for d, _ in best)
        return [m for d, m in best if d == nearest]

    def _antecedents(self, pronoun: Token) -> list[ActorMention]:
        """A pronoun with no mention of its own: the mention it agrees with, a subject first, or the people joined
        before it whom "they" names (actors/antecedents.py)."""
        return antecedents(pronoun, self.mentions, coreference=self.patterns.coreference)

    def phrase_tokens(self, head: Token) -> tuple[int, int]:
        """Token range [start, end) of a role phrase's words: the head with its pre-modifiers, or its entity."""
        start = head.i
        for child in head.lefts:
            if child.dep_ in _PREMODIFIERS:
                start = min(start, child.left_edge.i)
        end = head.i + 1
        for child in head.rights:
            if child.dep_ in ("compound", "flat", "nummod") or (child.dep_ == "case" and child.i == end):
                end = max(end, child.right_edge.i + 1)
        if head.ent_type_:
            # the entity around the head, by its IOB tags (cheaper than building doc.ents per phrase)
            doc = self.doc
            ent_start, ent_end = head.i, head.i + 1
            while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
                ent_end += 1
            start, end = min(start, ent_start), max(end, ent_end)
        if head.i >= self.text_start > start:
            start = self.text_start  # (never back into the dateline)
        while start < head.i and self.doc[start].dep_ in ("punct", "cc", "case"):
            start += 1
        return start, end

    def role_span(self, head: Token, depth: int = 0, described: bool = False) -> tuple[int, int]:
        """Token range [start, end) of the whole noun phrase a reader would mark for a role: determiners,
        adjectives, compounds and possessors before the head; name parts, an "of"/"in"/"from"/"for" complement and an
        apposition after it, each without its own relative clauses, conjuncts or other prepositions; when
        `described`, also a description saying who it is ("forces loyal to Haftar", "workers employed by the UN")."""
        key = (head.i, depth, described)
        if key not in self._spans:
            self._spans[key] = self._role_span(head, depth, described)
        return self._spans[key]

    def _role_span(self, head: Token, depth: int, described: bool) -> tuple[int, int]:
        start, end = self.phrase_tokens(head)
        if head.pos_ not in ("NOUN", "PROPN"):
            return start, end
        for child in head.rights:
            if any(self.doc[i].dep_ != "punct" for i in range(end, child.left_edge.i)):
                break  # a gap: the words between belong to something else
            if child.dep_ in _NAME_PARTS:
                end = max(end, child.right_edge.i + 1)
            elif child.dep_ == "prep" and lemma_of(child) in self.patterns.roles.phrase_preps and depth < 2:
                obj = self._object_of(child)
                if obj is None or obj.ent_type_ in MEASURE_ENTITIES:
                    break
                if not described and head.ent_type_ == "PERSON" and lemma_of(child) == "in":
                    break  # "met President X in Washington": where a person named was, not who
                end = max(end, self.role_span(obj, depth + 1)[1])
            elif child.dep_ == "appos" and depth < 2 and not _is_list_item(child, patterns=self.patterns):
                if not described and _describes_a_name(head, child, self.patterns.pronouns):
                    break
                end = max(end, self.role_span(child, depth + 1)[1])
            elif depth == 0 and described and self._describes(child) \
                    and not _misread_promise(child, patterns=self.patterns):  # (the sentence's verb: its noun acts)
                end = max(end, self._description_end(child))
            elif child.dep_ == "punct" and child.i == end and lemma_of(child) == ",":
                continue
            else:
                break
        return start, end

    @staticmethod
    def _describes(child: Token) -> bool:
        """A description after a noun that says who it is: "forces loyal to Haftar", "workers employed by
        the UN", "troops based in Vitez" (an adjective or past participle with its complement)."""
        return ((child.dep_ == "amod" and child.pos_ == "ADJ" and any(c.dep_ == "prep" for c in child.children))
                or (child.dep_ == "acl" and child.tag_ == "VBN" and child.i + 1 < len(child.doc)
                    and child.nbor().dep_ in ("prep", "agent") and child.nbor().head.i == child.i
                    and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in child.children)))

    def _description_end(self, child: Token) -> int:
        """End of a description: its own words and first prepositional phrase, never a clause of its own."""
        end = child.i + 1
        for part in child.rights:
            if part.dep_ in ("prep", "agent") and part.i == end:
                obj = self._object_of(part)
                if obj is None:
                    break
                end = self.role_span(obj, 1)[1]
            elif part.dep_ in ("advmod", "prt") and part.i == end:
                end = part.i + 1
            else:
                break
        return end

    def _object_of(self, prep: Token) -> Token | None:
        """The object of a preposition, looked for among the next few words (walking `children` of a
        preposition costs its whole subtree, which in a run-on sentence is long)."""
        for i in range(prep.i + 1, min(prep.right_edge.i + 1, prep.i + _OBJECT_REACH)):
            token = self.doc[i]
            if token.head.i == prep.i and token.dep_ == "pobj":
                return token
        return None

    def is_event_noun(self, head: Token) -> bool:
        """A noun naming an event or act ("a call", "the decision", "sanctions"), not a participant."""
        return (head.pos_ == "NOUN" and head.ent_type_ not in _ACTOR_ENTS
                and bool(self.patterns.candidates(lemma_of(head), "noun")))

    def _widened(self, actor: Actor, head: Token, mention: ActorMention, acting: bool = False) -> Actor:
        """The mention's actor, its text widened to the role's noun phrase when the mention lies inside it.
        An event noun acted on with an actor in its complement ("rejected a call from President X",
        "welcomed the decision by the Forum") has that actor as the target, so the text is the actor's own
        phrase; a modifier before the noun ("the Quetta attack", "U.S. calls") keeps the whole phrase."""
        if not acting and mention.token_start > head.i and self.is_event_noun(head):
            inner = self.doc[mention.head]
            while inner.dep_ in _NAMING_MODIFIERS and inner.head.i > inner.i:
                inner = inner.head  # "an attack on a government building": the building's phrase
            head = inner
        # a source's description says who acts ("forces loyal to Haftar"); a target's is often where it is
        start, end = self.role_span(head, described=acting)
        start, end = min(start, mention.token_start), max(end, mention.token_end)
        # (a phrase never ends in a preposition or a determiner: "a warship in the Gulf on" of a broken parse)
        while end > start + 1 and self.doc[end - 1].dep_ in ("punct", "cc", "case", "prep", "det"):
            end -= 1
        span = self.doc[start:end]
        if span.start_char == actor.start and span.end_char == actor.end:
            return actor
        return actor.revised(text=span.text, start=span.start_char, end=span.end_char)

    def phrase_actor(self, head: Token, described: bool = False) -> Actor:
        start, end = self.role_span(head, described=described)
        span = self.doc[start:end]
        words = span.text.strip()
        return Actor(
            text=words,
            start=span.start_char,
            end=span.end_char,
            name=words,
            country=None,
            kind="group",
            reason=UNRESOLVED_PHRASE,
            origin="phrase words",
        )

    def is_press(self, head: Token, actor: Actor) -> bool:
        cues = self.patterns.attribution
        return cues.is_outlet_name(actor.name) or cues.is_outlet_name(actor.text) or (
            lemma_of(head) in cues.press_nouns and not actor.country
        )

    def could_act(self, head: Token) -> bool:
        """A phrase with no actor mention may still act when it names people or an organisation; "a
        furnace exploded", "numerous roads were closed" have no one acting."""
        lemma = pronoun_of(head)
        return (self._names_people(head) or head.ent_type_ in _ACTOR_ENTS
                or (lemma in self.patterns.pronouns.actors and lemma not in self.patterns.pronouns.things))

    def actors_for(self, heads: tuple[Token, ...], excluded_spans: list[tuple[int, int]],
                   acting: bool = False) -> list[Actor]:
        """Actors of a role: mentions near each head, else the pronoun's antecedent, else the phrase itself
        (for an `acting` role only a phrase that could act). Reporting outlets never act (a newspaper
        sued is still a target); tokens inside attribution phrases never become participants; beside
        a known actor, a target phrase naming only a thing is dropped."""
        actors: list[Actor] = []
        phrase_only: list[bool] = []  # per actor: built from words alone, and naming no people
        # ("two generals, a company and a bank": the items of a list the parser hung on its first as an apposition)
        heads = tuple(t for head in heads for t in (head, *(c for c in head.rights if _adds_to_list(c, patterns=self.patterns))))
        members: dict[int, int] = {}  # a member of a group named before it ("states, including Qatar"): the group's head
        heads = tuple(t for head in heads for t in (head, *self._listed_with(head, members)))
        given_heads: list[int] = []  # per actor: the head it came from
        for given in heads:
            head = self._out_of_dateline(given) if self.in_dateline(given.i) else given
            if head is not None and head.pos_ == "ADP":
                head = self._object_of(head)  # "offered to Chile two frigates": a dative "to" stands for its object
            if head is None:
                continue
            if any(start <= head.i < end for start, end in excluded_spans) or lemma_of(head) in self.patterns.roles.wh_words:
                continue
            found = self.mentions_in(head)
            if not acting and self.is_event_noun(head) and not self._names_people(head):
                # ("forces backed by Russia": a word for people is who is acted on, whoever backs them)
                found = self._doers_named(head) or found
            if len(found) > 1 and all(m.token_end <= head.i for m in found) and \
                    found[0].token_start >= self.phrase_tokens(head)[0]:
                # "Bosnian Serb units": words before one head make one actor, the one nearest the head
                found = found[-1:]
            if len(found) > 1:
                # "his wife Maria": the named one is who it is; the possessive pronoun beside it only says whose
                named = [m for m in found if not self._possessive_pronoun(m)]
                found = named or found
            if len(found) > 1:
                # "the EU's foreign policy chief, Ana Ode,": the name in apposition is the title's holder, no second
                # actor; the body the title names before its head says whom she acts for
                owners = [m for m in found if not self._apposed_name(m, head)]
                found = owners if owners and any(m.token_end <= head.i for m in owners) else found
            if len(found) > 1:
                # (session 35) "the Lebanese group Hezbollah", "the Sudanese paramilitary RSF": the body named in
                # apposition is who it is; its own country named before the head only describes it
                found = self._without_describing_state(found, head)
            # One actor in the phrase (or the one heading it) takes the phrase's words; several actors
            # inside one phrase ("cooperation between X and Y") keep their own, so none is lost.
            chosen = [self._widened(m.actor, head, m, acting)
                      if len(found) == 1 or m.token_start <= head.i < m.token_end else m.actor for m in found]
            chosen += self._listed_countries(head, found)
            if not chosen and (pronoun_of(head) in self.patterns.pronouns.actors or self._stands_for_people(head)):
                chosen = [m.actor for m in self._antecedents(head)]
            if not chosen:
                if head.pos_ in ("PUNCT", "SPACE", "NUM", "ADP", "VERB", "AUX") or head.ent_type_ in MEASURE_ENTITIES:
                    continue
                if self.patterns.candidates(lemma_of(head), "noun"):
                    # an event noun acted on names who made it ("conceded to the demands of the striking drivers");
                    # else ("talks", "cooperation") with no actor in it, it is no participant
                    if acting:
                        # "the lawsuit, filed by Mexico, accuses", "a complaint lodged by Gambia urged": a claim filed
                        # that acts is done by whom its by-phrase names (else, "talks ended", no one acts)
                        chosen = self._makers_acting(head) if lemma_of(head) in self.patterns.roles.filed_acts else []
                        if not chosen:
                            continue
                    else:
                        maker = None if head.pos_ != "NOUN" else _maker_of(head, self._names_people, patterns=self.patterns)
                        if maker is None:
                            continue
                        chosen = [self.phrase_actor(maker)]
                elif acting and not self.could_act(head):
                    # (session 35) "the memo, written by a regional official, urged", "Written by two envoys, the letter
                    # asks": a text whose by-phrase names who wrote it speaks for them
                    chosen = self._makers_acting(head, fronted=True)
                    if not chosen:
                        continue
                else:
                    chosen = [self.phrase_actor(head, described=acting)]
            if not acting:
                chosen = [self._apposed_country(head, actor) for actor in chosen]
            for actor in chosen:
                if not (acting and self.is_press(head, actor)) and actor not in actors and not _within(actor, actors):
                    actors.append(actor)
                    phrase_only.append(bare_phrase(actor) and self._names_thing(head))
                    given_heads.append(given.i)
        if members:
            actors, phrase_only = self._with_members(actors, phrase_only, given_heads, members)
        # "return weapons-usable uranium to Russia": beside a known actor, a phrase naming a thing is no
        # participant (it is what is acted with, when or how). Alone it stays: dropping it was measured and
        # lost events and gold target spans (plv_train target F1 0.599 -> 0.589) for +0.003 dev dyad F1.
        if not acting and not all(phrase_only):
            actors = [actor for actor, thing in zip(actors, phrase_only) if not thing]
        return actors

    def pair_behind(self, head: Token, actor: Actor) -> list[Actor]:
        """(session 34) "negotiators of the two countries", "officials from both sides", "the two countries' envoys": a
        phrase of people whose of/from-phrase or possessor is one plural phrase standing for two or more parties (mentions
        of one span, of different countries) stands for people of each: the actor once per country, on its own span."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return []
        inner = [c for c in head.children if c.dep_ == "poss"]
        inner += [o for c in head.children if c.dep_ == "prep" and lemma_of(c) in ("of", "from") for o in c.children
                  if o.dep_ == "pobj"]
        for word in inner:
            left, right = word.left_edge.i, word.right_edge.i + 1
            parties = [m for m in self._by_head.get(word.i, ()) if left <= m.token_start and m.token_end <= right
                       and m.actor.country]
            spans = {(m.token_start, m.token_end) for m in parties}
            countries = list(dict.fromkeys(m.actor.country for m in parties if m.actor.country))
            if len(spans) == 1 and len(countries) > 1:
                return [actor.revised(country=c, code=self._code_in(c, actor), country_from=None,
                                      reason=actor.reason + "; country from the pair its phrase names") for c in countries]
        return []

    def _makers_acting(self, act: Token, fronted: bool = False) -> list[Actor]:
        """Who acts through an act noun that is a clause's subject: the actors its by-phrase, on it or on its
        participle, names ("the complaint, lodged by Gambia and Canada,"), or that phrase when it names people;
        `fronted`: a participle opening the subject's clause too ("Written by two envoys, the letter asks")."""
        makers: list[Actor] = []
        agents = _noun_agents(act)
        if fronted and not agents and act.dep_ == "nsubj":
            agents = [a for c in act.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < act.i
                      and lemma_of(c) in self.patterns.roles.authoring_verbs for a in _agents(c)]
        for agent in agents:
            for doer in (agent, *agent.conjuncts):
                if doer.pos_ not in ("NOUN", "PROPN") or doer.ent_type_ in MEASURE_ENTITIES:
                    continue
                found = self.mentions_in(doer)
                if found:
                    makers += [self._widened(m.actor, doer, m, True) if len(found) == 1 else m.actor for m in found]
                elif self.could_act(doer):
                    makers.append(self.phrase_actor(doer, described=True))
        return makers

    def _apposed_name(self, mention: ActorMention, head: Token) -> bool:
        """Whether a mention is a person's name in apposition to the role's head (a title)."""
        word = self.doc[mention.head]
        return mention.actor.kind == "person" and word.dep_ == "appos" and word.head.i == head.i \
            and word.pos_ == "PROPN"

    def _without_describing_state(self, found: list[ActorMention], head: Token) -> list[ActorMention]:
        """The mentions of a role phrase without a bare state named before its head ("Lebanese" of "the Lebanese group
        Hezbollah") when a body of that state's own is named in apposition to the head."""
        bodies = {m.actor.country for m in found if m.actor.kind != "person" and m.actor.sectors
                  and self.doc[m.head].dep_ == "appos" and self.doc[m.head].head.i == head.i}
        return [m for m in found if not (m.token_end <= head.i and m.actor.kind == "state" and not m.actor.sectors
                                         and m.actor.country in bodies)]

    def _doers_named(self, act: Token) -> list[ActorMention]:
        """"condemned the bombing of a hospital by coalition jets", "the killing of protesters by soldiers drew
        condemnation": an act judged, rejected or welcomed is aimed at whom its by-phrase names as doing it, not at
        those it was done to."""
        doers = _nominal_doers(act, self.patterns)
        return [m for doer in doers for m in self.mentions_in(doer)]

    @staticmethod
    def _with_members(actors: list[Actor], phrase_only: list[bool], given_heads: list[int],
                      members: dict[int, int]) -> tuple[list[Actor], list[bool]]:
        """The actors of a role whose heads list members of a group: a member is one more party only when it has a
        country and adds an actor code the role lacks ("some Gulf states, including Qatar's"; not
        "protesters, including students", who are the group), and a group with no country of its own ("several
        countries, including Israel and Iran") is the members kept."""
        codes = {a.code or a.country for a, i in zip(actors, given_heads) if i not in members}
        keep: list[bool] = []
        for actor, i in zip(actors, given_heads):
            code = actor.code or actor.country
            # (a member with no country adds no party yet)
            keep.append(i not in members or (bool(actor.country) and code not in codes))
            codes.add(code)
        groups = {members[i] for i, k in zip(given_heads, keep) if k and i in members}  # groups with members kept
        keep = [k and (i not in groups or (bool(a.country) and says_its_country(a)))
                for a, i, k in zip(actors, given_heads, keep)]
        return [a for a, k in zip(actors, keep) if k], [p for p, k in zip(phrase_only, keep) if k]

    def _listed_with(self, head: Token, members: dict[int, int]) -> list[Token]:
        """The parties listed with a role's head by its prepositions: companions ("Sweden, together with Norway and
        Finland", "Britain, alongside France") and members of the group it names ("states, including Qatar and
        Kuwait", "countries such as France"), whose indexes go into `members` with the head's."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return []
        found: list[Token] = []
        # ("leaders of neighbouring states, including Uganda": the members of the group the head's of-phrase names)
        groups = [o for c in head.rights if c.dep_ == "prep" and lemma_of(c) in ("of", "from")
                  for o in c.rights if o.dep_ == "pobj"]
        for prep in (p for holder in (head, *groups) for p in holder.rights):
            if prep.dep_ != "prep":
                continue
            companion = _list_opening(prep, self.patterns.roles.companion_preps)
            member = None if companion is not None else _list_opening(prep, self.patterns.roles.member_preps)
            if companion is not None:
                # ("provided food alongside medicine": a thing is no companion)
                found += [i for i in _list_items(companion, patterns=self.patterns) if i.pos_ in ("NOUN", "PROPN") and i.ent_type_ not in
                          MEASURE_ENTITIES and (_is_named(i) or self._names_people(i))]
            for item in self._named_members(member) if member is not None else []:
                members[item.i] = head.i
                found.append(item)
        return found

    def _named_members(self, opened: Token) -> list[Token]:
        """The items of a list of members that name a party ("including Kenya", "the presidents of Kenya", a
        dictionary actor), not one more kind of people ("protesters, including students")."""
        return [item for item in _list_items(opened, patterns=self.patterns) if item.pos_ in ("NOUN", "PROPN") and (
            _is_named(item) or any(m.actor.country for m in self._by_head.get(item.i, ()))
            or any(_is_named(o) for o in _prep_objects(item, self.patterns.roles.maker_preps)))]

    def _opens_list(self, prep: Token) -> bool:
        """Whether a preposition opens companions, or members of whom one has a country ("states, including Qatar";
        not "weapons including rifles"), of a role's head (`_listed_with`): they are parties of their own."""
        if prep.i not in self._list_preps:
            if _list_opening(prep, self.patterns.roles.companion_preps) is not None:
                opens = True
            else:
                member = _list_opening(prep, self.patterns.roles.member_preps)
                opens = member is not None and any(m.actor.country for item in self._named_members(member)
                                                   for m in self._by_head.get(item.i, ()))
            self._list_preps[prep.i] = opens
        return self._list_preps[prep.i]

    def _stands_for_people(self, head: Token) -> bool:
        """"many", "some" alone as a subject or object ("many praised the plan"), not counting a phrase of their own
        ("many of the senators") nor modifying a noun."""
        return (lemma_of(head) in self.patterns.pronouns.quantifiers and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and not any(c.dep_ == "prep" and lemma_of(c) == "of" for c in head.children))

    def _possessive_pronoun(self, mention: ActorMention) -> bool:
        """A mention that is a lone possessive pronoun ("his", "their")."""
        token = self.doc[mention.head]
        return mention.token_end - mention.token_start == 1 and token.dep_ == "poss" and pronoun_of(token) in self.patterns.pronouns.actors

    def _apposed_country(self, head: Token, actor: Actor) -> Actor:
        """"12 aid workers - eight of them Kenyan nationals -": people with no country of their own take the
        one their apposition gives (who they are), not where they were."""
        if actor.country and says_its_country(actor):
            return actor
        for appos in [c for c in head.rights if c.dep_ == "appos"] + self._counted_after(head):
            countries = [m.actor.country for m in self.mentions_in(appos) if m.actor.country]
            if countries:
                country = countries[0]
                if country == actor.country:
                    return actor
                return actor.revised(country=country, code=self._code_in(country, actor),
                                     reason=actor.reason + "; country from apposition",
                                     country_from="apposition")
        return actor

    def _counted_after(self, head: Token) -> list[Token]:
        """"21 pilgrims - 20 of them Ethiopian migrants -" with the dash phrase hung elsewhere by the parser:
        a phrase right after the head's that counts "of them" is an apposition saying who they are."""
        doc, i = self.doc, head.right_edge.i
        i += doc[i].pos_ != "PUNCT"  # (the parser may hang the opening dash on the head)
        if i + 4 >= len(doc) or doc[i].pos_ != "PUNCT" or doc[i + 1].pos_ != "NUM" or \
                doc[i + 2].lower_ != "of" or doc[i + 3].lower_ not in ("them", "whom", "those"):
            return []
        for token in doc[i + 4:min(len(doc), i + 10)]:
            if token.pos_ == "PUNCT":
                break
            if token.pos_ in ("NOUN", "PROPN") and token.head.i not in range(i + 4, token.i + 1):
                return [token]  # the head of the counted phrase ("Ethiopian migrants")
        return []

    def _listed_countries(self, head: Token, found: list[ActorMention]) -> list[Actor]:
        """"officials from Germany, Italy and Spain": the actor at the head has the country of the list's
        first item; each other country listed gives the same actor of that country (one event per pair)."""
        if len(found) != 1 or not found[0].token_start <= head.i < found[0].token_end or not found[0].actor.country:
            return []
        actor = found[0].actor
        country = actor.country or ""
        listed: list[Actor] = []
        for prep in head.rights:
            obj = self._object_of(prep) if prep.dep_ == "prep" and lemma_of(prep) in ("from", "of") else None
            if obj is None:
                continue
            items = [m.actor for item in _list_items(obj, patterns=self.patterns) for m in self._by_head.get(item.i, ())]
            if len(items) < 2 or items[0].country != country:
                continue
            for item in items[1:]:
                if item.country and item.country != country and item.kind == "state":
                    listed.append(actor.revised(text=item.text, start=item.start, end=item.end,
                                                country=item.country, code=self._code_in(item.country, actor)))
        return listed

    def _names_thing(self, head: Token) -> bool:
        """A phrase naming a thing, not people: no proper name, no word for people, no agent noun
        ("engineers", "directors", "residents", "employees" name people the lists may lack)."""
        return not (self._names_people(head) or lemma_of(head).endswith(self.patterns.roles.agentive_endings))

    def _out_of_dateline(self, head: Token) -> Token | None:
        """"MANILA, Philippines -- President Duterte would": the parser heads the phrase with the dateline;
        the phrase's first noun after it is the role's real head."""
        for token in head.subtree:
            if token.i >= self.text_start and self.in_dateline(token.head.i) and token.pos_ in ("NOUN", "PROPN"):
                return token
        return None

    def _names_people(self, head: Token) -> bool:
        """A phrase headed by a proper name or a word for people or a body of them."""
        lemma = lemma_of(head)
        return (lemma in self.patterns.actors.people_nouns or lemma in self.patterns.actors.agent_nouns
                or lemma.endswith(self.patterns.actors.agent_suffixes) or head.pos_ == "PROPN")

"""The sectors of the actors in coded events, as the codebook codes them (`ActorCompletion`, the top layer).

After the event coder, each pass reads the events' senses and the story around them: the source of armed force
named by its state's adjective is that state's forces (`armed_means`); a person with no office of their own words
holds the office the article gives them elsewhere (`offices_named_elsewhere`), else is a private person
(`private_people`); a party's members in a story of lawmaking are legislators (`legislating_parties`); bare
words of rank in a story of the police are the police's (`police_officers`); a group named by its creed is of its
creed's sector (`creeds`); one attacker with no armed cause told is a criminal (`lone_attackers`); who protests,
and a crowd force hits where a protest is told, are protesters (`protest_sources`, `protest_crowds`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from spacy.parts_of_speech import PROPN
from spacy.tokens import Token

from eventscope.actors.antecedents import PLURAL_TAGS
from eventscope.actors.completion.base import (
    _CIVILIANS,
    _CRIMINALS,
    _LEGISLATURE,
    _MILITARY,
    _NAMED_BY_OTHERS,
    _NAMED_GROUP,
    _PROTESTERS,
)
from eventscope.actors.completion.targets import TargetRules
from eventscope.actors.completion.words import _bare_word
from eventscope.context import DocumentContext
from eventscope.lemmas import lemma_of
from eventscope.records import Actor, EventDraft

_CAUSE_SENTENCES = 2  # how far from one attacker's sentence a word of an armed cause speaks of his attack

# the reasons of an actor whose own words name its state (resolver: "demonym 'Israeli'", "country name 'Myanmar'")
_OWN_COUNTRY_WORDS = ("demonym ", "country name ")


class ActorCompletion(TargetRules):
    """Completes the actors of a document (see the package docstring). Build once per process."""

    def armed_means(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """The source of armed force named by its state's adjective or a state's word before what it fights with
        ("Israeli airstrikes killed five", "Turkish drone strikes hit ...", "Myanmar military aircraft bombed a
        village") is that state's forces (MIL), not the state as a whole, which its name says ("Israel struck"). After
        the event coder: the record's sector only."""
        for draft in drafts:
            if draft.event.cameo_root not in self.roots.violent:
                continue
            for index, actor in enumerate(draft.source):
                if actor.sectors or not actor.country or actor.country in self.not_countries \
                        or not actor.reason.startswith(_OWN_COUNTRY_WORDS):
                    continue
                root = context.span_root(actor.start, actor.end)
                if root is not None and not (root.pos == PROPN or root.ent_type_ == "GPE"):
                    draft.source[index] = self._with_sectors(actor, [_MILITARY], "a state's word before its arms")

    def _with_sectors(self, actor: Actor, sectors: list[str], why: str) -> Actor:
        """`actor` of other sectors, coded anew, with why they are its sectors added to its reason."""
        return actor.revised(sectors=sectors, code=self.dictionary.code_for(actor.country, sectors),
                             reason=f"{actor.reason}; {why}")

    def offices_named_elsewhere(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A person in an event with no office of their own words ("Ode said", "he") holds the office the article
        gives the same person where it names them with one ("Ann Ode, Kenya's finance minister, ..."), the nearest
        such mention before, else after. After the event coder: the record's sector only (passing the office on
        before it cost an event on check, README session 7). Runs before `private_people`, which makes a person
        with no office a civilian."""
        offices: dict[str, list[Actor]] = defaultdict(list)  # person's name -> mentions with an office, in order
        for mention in context.mentions:
            if mention.actor.kind == "person" and mention.actor.sectors:
                offices[mention.actor.name].append(mention.actor)
        if not offices:
            return
        for role, index, actor in _role_slots(drafts):
            named = offices.get(actor.name) if actor.kind == "person" and not actor.sectors else None
            if not named:
                continue
            office = next((m for m in reversed(named) if m.start < actor.start), named[0])
            country = actor.country or office.country
            code = office.code if country == office.country else self.dictionary.code_for(country, office.sectors)
            role[index] = actor.revised(country=country, sectors=list(office.sectors), code=code,
                                        reason=actor.reason + f"; office named at {office.text!r}")

    def private_people(self, drafts: list[EventDraft]) -> None:
        """A person in an event who has a country but no office, title or body any rule found is a private person, a
        civilian (CODEBOOK CVL): officials are named with their office. After the event coder, whose senses tell
        people with no role from civilians."""
        civilians, criminals = [_CIVILIANS], [_CRIMINALS]
        for draft in drafts:
            violent = draft.event.cameo_root in self.roots.violent
            for role in (draft.source, draft.target):
                for index, actor in enumerate(role):
                    if actor.kind != "person" or not actor.country or actor.country in self.not_countries:
                        continue
                    if violent and role is draft.source and actor.sectors in ([], civilians):
                        # one private person who uses force, of no armed group or state body, is a criminal
                        # (CODEBOOK CRM): "a man stabbed two guards", "Ana Ode shot her neighbour"
                        role[index] = actor.revised(sectors=criminals,
                                                    code=self.dictionary.code_for(actor.country, criminals))
                    elif not actor.sectors:
                        role[index] = actor.revised(sectors=civilians,
                                                    code=self.dictionary.code_for(actor.country, civilians))

    def legislating_parties(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A party's members named as a party (a plural name: "Republicans", "Social Democrats"; not "the Labour
        Party") in an event whose sentence, or one next to it (legislative_caucus lawmaking_reach), speaks of
        lawmaking ("Republicans blocked the bill") act as legislators
        (CODEBOOK LEG; sectors.yaml legislative_caucus lawmaking), as the resolver's caucus rule reads "Senate
        Democrats". After the event coder: the record's sector only."""
        caucus = self.dictionary.caucus
        if caucus is None or not caucus.lawmaking:
            return
        lawmaking: dict[int, bool] = {}  # sentence -> whether it or one in reach speaks of lawmaking
        for role, index, actor in _role_slots(drafts):
            if actor.sectors[:1] != ["PTY"] or actor.kind == "person" or not actor.country \
                    or not actor.reason.startswith(_NAMED_GROUP):
                continue  # (a party groups.yaml names: not "politicians", a camp nor a copy of one)
            root = context.span_root(actor.start, actor.end)
            if root is None or root.tag_ not in PLURAL_TAGS:
                continue
            sentence = context.sentence_of(root.i)
            if sentence not in lawmaking:
                reach = context.sentences[max(0, sentence - caucus.lawmaking_reach):sentence + caucus.lawmaking_reach + 1]
                lawmaking[sentence] = any(lemma_of(t) in caucus.lawmaking for sent in reach for t in sent)
            if lawmaking[sentence]:
                role[index] = self._with_sectors(actor, [_LEGISLATURE], "members making laws")

    def region_wholes(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A region's word on a plural noun of whole states ("European governments", "African countries":
        sectors.yaml region_wholes) is the region acting as one, its bare code (EUR), as a state named as a whole is
        bare (CODEBOOK). After the event coder: the record's sector only (a sector-less side lowers an act's
        confidence, and so would drop acts the gold has)."""
        wholes = self.dictionary.region_wholes
        for role, index, actor in _role_slots(drafts):
            if actor.country not in self.regions or actor.sectors[:1] != ["GOV"] or actor.country_from is not None:
                continue  # (the region its own words name: "those governments" placed in Europe by the story stay)
            root = context.span_root(actor.start, actor.end)
            if root is not None and root.tag_ in PLURAL_TAGS and lemma_of(root) in wholes:
                role[index] = self._with_sectors(actor, [], "a region's states as one")

    def police_officers(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """Bare words of rank ("officers", "an officer": sectors.yaml police_officers) in a story of the police are
        the police's (COP): a police mention within a few sentences, and no armed forces' mention there. After the
        event coder: the record's sector only."""
        rank = self.dictionary.police_officers
        if rank is None or not rank.words:
            return
        if rank.seconds and not rank.chiefs.isdisjoint(context.lowers):
            # (session 24) "Deputies went door to door" in a story with a sheriff: his deputies, no legislators
            for role, index, actor in _role_slots(drafts):
                root = context.span_root(actor.start, actor.end) if actor.sectors == [_LEGISLATURE] else None
                if root is not None and root.lower_ in rank.seconds and _bare_word(root):
                    role[index] = self._with_sectors(actor, ["COP"], "a sheriff's deputies")
        police = [context.sentence_of(m.head) for m in context.mentions if m.actor.sectors[:1] == ["COP"]]
        if not police:
            return
        armed = [context.sentence_of(m.head) for m in context.mentions
                 if m.actor.sectors[:1] == ["MIL"] and context.doc[m.head].lower_ not in rank.words]
        for role, index, actor in _role_slots(drafts):
            root = context.span_root(actor.start, actor.end) if actor.sectors == ["MIL"] else None
            if root is None or root.lower_ not in rank.words or not _bare_word(root):
                continue  # ("army officers", "Russian officers", "the navy's officers": their own words say)
            here = context.sentence_of(root.i)
            if any(abs(here - s) <= rank.sentences for s in police) \
                    and not any(abs(here - s) <= rank.sentences for s in armed):
                role[index] = self._with_sectors(actor, ["COP"], "officers of the police")

    def creeds(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A group named by its creed with no sector in an event is of that creed's sector (sectors.yaml creeds):
        "Islamists", "leftists" PTY (not in an act of armed force), "Muslims", "Catholics" REL. Runs after
        `protest_sources` and `target_sectors`, which make protesters and people hit by armed force what they are.
        After the event coder: as a party before it, a camp's acts would be read as a party's."""
        creeds = {word: creed for creed in self.dictionary.creeds for word in creed.words}
        if not creeds:
            return
        for draft in drafts:
            violent = draft.event.cameo_root in self.roots.violent
            for role, index, actor in _role_slots([draft]):
                if actor.sectors or not actor.country or actor.country in self.not_countries \
                        or actor.origin in _NAMED_BY_OTHERS or actor.kind in ("state", "person"):
                    continue
                root = context.span_root(actor.start, actor.end)
                creed = creeds.get(root.lower_) if root is not None else None
                if creed is not None and (creed.armed or not violent):
                    role[index] = self._with_sectors(actor, [creed.sector], "named by creed")

    def lone_attackers(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """One attacker named by what he did ("a gunman opened fire at a mall", "police shot the assailant") is a
        criminal (CODEBOOK CRM) when the story ties the violence to no armed cause: no armed group is named in it
        (militants, a named group, several gunmen) and none of its words says one (terrorism, jihad: sectors.yaml
        lone_attackers). After the event coder, whose senses read him as armed (CRM is no political sector)."""
        lone = self.dictionary.lone_attackers
        if lone is None or not lone.words:
            return
        violent = [draft for draft in drafts if draft.event.cameo_root in self.roots.violent]
        for role, index, actor in _role_slots(violent):
            if actor.sectors != ["REB"] or not actor.country or actor.country in self.not_countries \
                    or actor.origin in _NAMED_BY_OTHERS or actor.kind == "organization":
                continue
            root = context.span_root(actor.start, actor.end)
            if root is None or not self._one_attacker(root, lone.words) \
                    or self._armed_group(context, lone.words, actor.country) \
                    or self._cause_near(context, root, lone.armed_cause):
                continue
            role[index] = self._with_sectors(actor, [_CRIMINALS], "one attacker of no armed cause")

    @staticmethod
    def _one_attacker(head: Token, words: frozenset[str]) -> bool:
        """A singular attacker's word heading its phrase, with no named group or people describing it ("an
        Islamist gunman", "a Taliban attacker" are the group's)."""
        return head.lower_ in words and head.tag_ not in PLURAL_TAGS and not any(
            child.dep_ in ("compound", "amod", "poss") and (child.ent_type_ in ("ORG", "NORP") or child.pos_ == "PROPN")
            for child in head.children)

    @staticmethod
    def _armed_group(context: DocumentContext, words: frozenset[str], country: str | None) -> bool:
        """Whether the story names an armed group of the attacker's country or of none: a mention of an armed
        sector other than one attacker ("militants", a named group; not one fighting in another land the story
        also speaks of)."""
        doc = context.doc
        for mention in context.mentions:
            if {"REB", "UAF"}.intersection(mention.actor.sectors) and mention.actor.country in (country, None):
                head = doc[mention.head]
                if not (head.lower_ in words and head.tag_ not in PLURAL_TAGS):
                    return True
        return False

    @staticmethod
    def _cause_near(context: DocumentContext, attacker: Token, cause: frozenset[str]) -> bool:
        """Whether a word of an armed cause is said of the attack: in the attacker's sentence or the
        `_CAUSE_SENTENCES` around it (a story may speak of terrorism elsewhere, as a thing apart)."""
        doc, sentence = context.doc, context.sentence_of(attacker.i)
        first = doc[attacker.sent.start]
        for _ in range(_CAUSE_SENTENCES):  # (the sentences around it only, not the whole document per attacker)
            first = doc[first.i - 1].sent[0] if first.i > 0 else first
        last = attacker.sent.end
        for _ in range(_CAUSE_SENTENCES):
            last = doc[last].sent.end if last < len(doc) else last
        return any((lemma_of(token) in cause or token.lower_ in cause)
                   and abs(context.sentence_of(token.i) - sentence) <= _CAUSE_SENTENCES for token in doc[first.i:last])

    def protest_sources(self, drafts: list[EventDraft]) -> None:
        """Who protests is a protester (CODEBOOK sector PRO): a source of a demonstration, strike or riot that is
        civilians or a group with no sector ("residents marched", "hundreds of students rallied"); a state, a
        person with no office, or a body with a sector of its own (a party, a union) keeps its code."""
        protesting = self.dictionary.protesting_sectors
        for draft in drafts:
            if draft.event.cameo_root not in self.roots.protests:
                continue
            for index, actor in enumerate(draft.source):
                if not actor.country or actor.country in self.not_countries or actor.kind in ("state", "person") \
                        or len(actor.sectors) > 1 or not protesting.issuperset(actor.sectors):
                    continue
                draft.source[index] = actor.revised(sectors=[_PROTESTERS],
                                                    code=self.dictionary.code_for(actor.country, [_PROTESTERS]))

    def protest_crowds(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A crowd that force hits where a protest is told (in its sentence or the one before) is the
        protesters (CODEBOOK sector PRO): "police fired tear gas at crowds outside parliament" after "students
        protested"; a crowd hit where no protest is told stays civilians (sectors.yaml protest_crowds)."""
        protesting = {d.sentence_index for d in drafts if d.event.cameo_root in self.roots.protests}
        if not protesting:
            return
        for draft in drafts:
            if draft.event.cameo_root not in self.dictionary.protest_crowd_roots \
                    or protesting.isdisjoint((draft.sentence_index, draft.sentence_index - 1)):
                continue
            for index, actor in enumerate(draft.target):
                span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand") \
                    if actor.sectors == [_CIVILIANS] else None
                if span is not None and len(span) and lemma_of(span.root) in self.dictionary.protest_crowds:
                    draft.target[index] = actor.revised(sectors=[_PROTESTERS],
                                                        code=self.dictionary.code_for(actor.country, [_PROTESTERS]))


def _role_slots(drafts: list[EventDraft]) -> Iterator[tuple[list[Actor], int, Actor]]:
    """Each actor of each event's source and target, with its role list and index (to replace it in place)."""
    for draft in drafts:
        for role in (draft.source, draft.target):
            for index, actor in enumerate(role):
                yield role, index, actor

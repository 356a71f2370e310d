"""Trigger patterns and cue lists: loaded from the data files beside this module, validated, and indexed by
lemma once, so that matching a sentence is a dictionary lookup per token.

The data files say what (triggers.yaml, modality.yaml, attribution.yaml, contexts.yaml, roles.yaml, pairs.yaml);
this module checks them and builds the lookup tables. `TriggerPatterns` is what the event rules read: the
patterns, the cues, the ontology's root groups and the coder's own actor dictionary, built once at set-up. A user's pattern files (same shape as triggers.yaml) are
applied over the bundled ones: a user pattern with the same words replaces the bundled one.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from eventscope.actors.antecedents import CoreferenceFile, PronounWords, load_coreference
from eventscope.actors.dictionary import ActorDictionary, BorderNouns, load_actor_dictionary
from eventscope.datafiles import DataModel, Lemma, Word, bundled_file, load_data_file
from eventscope.errors import DataFileError
from eventscope.events.wordclasses import expand_words, shared_word_classes
from eventscope.ontology import KnownCameo, Ontology, RootGroups, load_ontology

__all__ = [
    "ActorCues",
    "AttributionCues",
    "BorderCues",
    "CodeRules",
    "ContextCues",
    "EchoWords",
    "ModalityCues",
    "NominalRoles",
    "PairWords",
    "PatternError",
    "PatternFile",
    "PhraseCues",
    "PronounCues",
    "Refinement",
    "RoleWords",
    "VerbPhrases",
    "TriggerPattern",
    "TriggerPatterns",
    "TriggersFile",
    "load_pair_words",
    "load_patterns",
    "load_role_words",
]

# Words that, as the last word of a phrasal verb, are prepositions whose object is the event's target.
PREPOSITIONS = frozenset(
    "to with against on upon at toward towards into from for of about over in out off down up by between before".split()
)
# Prepositions that make a pattern head-first ("state of emergency", "show of force", "abuse against",
# "mediator between").
# ("with": "a call with", "dinner with" name the meeting first, as "mediator between" does)
HEAD_FIRST_PREPS = frozenset({"of", "on", "for", "to", "against", "between", "with"})
_ARTICLES = frozenset({"a", "an", "the"})
_WORD = re.compile(r"\w+")

PatternKind = Literal["verb", "noun", "adj"]


class PatternError(DataFileError):
    """A pattern or cue file is malformed."""


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    """One way of saying one CAMEO event: a head lemma, the words that must surround it, and the roles."""

    cameo: str
    kind: PatternKind
    lemma: str
    extra: tuple[str, ...] = ()
    objects: tuple[tuple[str, tuple[str, ...]], ...] = ()
    target_preps: frozenset[str] = frozenset()
    embeds: Mapping[str, str] = field(default_factory=dict)
    text: str = ""
    # a carried act's marks: the object (or the verb) must have a phrase of one of these prepositions, its target
    marks: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        """More required words make a more specific pattern; an object constraint counts double, a needed mark once."""
        object_words = max((1 + len(extra) for _, extra in self.objects), default=0)
        return len(self.extra) + 2 * object_words + bool(self.marks)

    @property
    def head_first(self) -> bool:
        """A nominal pattern whose other words follow its head through a preposition ("list of terrorist")."""
        return self.kind != "verb" and bool(self.extra) and self.extra[0] in HEAD_FIRST_PREPS

    @property
    def particle_prep(self) -> str | None:
        """The preposition closing a phrasal verb ("call on"): its object is a target."""
        if self.kind == "verb" and self.extra and self.extra[-1] in PREPOSITIONS:
            return self.extra[-1]
        return None

    @property
    def key(self) -> tuple:
        return (self.kind, self.lemma, self.extra, tuple(sorted(self.objects)), tuple(sorted(self.marks)))

    @property
    def root(self) -> str:
        """The two-digit CAMEO root of the event the pattern says ("04")."""
        return self.cameo[:2]


Words = Annotated[frozenset[Lemma], Field(min_length=1)]  # a non-empty list of lemmas, lower case
CameoRoot = Annotated[str, Field(pattern=r"^[0-2][0-9]$")]  # a two-digit CAMEO root, "04"
SectorCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]  # a PLOVER sector, "GOV"


@dataclass(frozen=True, slots=True)
class VerbPhrases:
    """Verbs with their particles ("set up", "hit back"), and the first word of each: a verb's particles need reading
    only when its lemma begins one of them (matching.verb_phrase_in)."""

    phrases: frozenset[str]
    heads: frozenset[str]

    @classmethod
    def of(cls, phrases: frozenset[str]) -> VerbPhrases:
        return cls(phrases, frozenset(phrase.partition(" ")[0] for phrase in phrases))


class ModalityCues(DataModel):
    """modality.yaml: the words that make an event negated, future, hypothetical or historical."""

    version: int = 1
    negators: Words
    future_auxiliaries: Words
    hypothetical_auxiliaries: Words
    deontic_auxiliaries: Words
    obliging_forms: frozenset[Lemma] = frozenset()
    reported_obliging_forms: frozenset[Lemma] = frozenset()
    obliging_nouns: frozenset[Lemma] = frozenset()
    reported_future_auxiliaries: Words
    reporting_verbs: Words
    future_governors: Words
    doing_governors: Words
    hypothetical_governors: Words
    negating_governors: Words
    conditional_marks: Words
    historical_marks: Words
    historical_preps: Words
    historical_words: Words
    presupposing_governors: Words
    bidding_governors: Words = frozenset()
    answering_governors: Words = frozenset()
    answered_nouns: Words = frozenset()
    scheduling_copulas: Words = frozenset()  # "the minister is to visit Beijing": a schedule (future)
    headline_verb_nouns: Words = frozenset()  # "Senate votes to block arms sales": a headline's verb tagged as a noun
    copula_idioms: Words = frozenset()  # "is to blame": no schedule
    adjunct_preps: Words = frozenset()  # "warned him during a meeting": where or when, not what is bidden
    asking_governors: Words = frozenset()  # "urged Iran to free them": an act only asked for (modality.asked_for)
    wishing_governors: Words = frozenset()  # "wants Kyiv to withdraw": another's act only wished for (asked_for)
    charging_governors: Words = frozenset()  # "accused Guyana of handing ...": the deed charged (charged_deed)
    charged_preps: Words = frozenset()  # "of", "for": the prepositions of the deed charged
    charged_force: tuple[str, ...] = ()  # CAMEO prefixes of the charged deeds still coded (acts of force)
    defending_governors: Words = frozenset()  # "defended his decision to visit Riyadh": the deed defended (defended_deed)
    decision_nouns: Words = frozenset()  # "decision", "choice": the noun of a deed defended by its infinitive
    circumstance_negators: Words = frozenset()  # "without bringing a case": not done, nor refused (modality.undone)
    ability_auxiliaries: Words = frozenset()  # "cannot dismiss": not possible, nor refused (modality.undone)
    thing_modalities: Words = frozenset()  # "would test the promises": a known act under a modal verb (modality.modal_thing)
    thing_roles: Words = frozenset()  # the dependencies of such a noun on its verb: subject, object
    purpose_marks: Words = frozenset()  # "to", "so", "until": the words of an act's purpose clause (selection._purpose)
    purpose_hosts: tuple[str, ...] = ()  # CAMEO prefixes of the acts whose purpose is no act of its own
    setting_preps: Words = frozenset()  # "at": a gathering told as where another act was done (selection._setting)
    setting_roots: tuple[str, ...] = ()  # CAMEO prefixes of the gatherings told as such a place
    performing_wishes: Words = frozenset()  # '"I want to thank Japan"': a speech act done in saying one wishes to
    performed_acts: Words = frozenset()
    performers: Words = frozenset()

    @cached_property
    def all_obliging_forms(self) -> frozenset[str]:
        """The forms that put a duty on their subject, in a report or not ("has to", "needed to")."""
        return self.obliging_forms | self.reported_obliging_forms

    @cached_property
    def demand_cues(self) -> frozenset[str]:
        """The cues of a reading that, said of another actor, make a demand ("must", "has to", "an obligation")."""
        return self.deontic_auxiliaries | self.all_obliging_forms | self.obliging_nouns

    @cached_property
    def negating_phrases(self) -> VerbPhrases:
        return VerbPhrases.of(self.negating_governors)


@dataclass(frozen=True)
class AttributionCues:
    speech_verbs: frozenset[str]
    reporting_passives: frozenset[str]
    attribution_phrases: tuple[tuple[str, ...], ...]
    outlets: tuple[str, ...]
    press_nouns: frozenset[str]
    first_person: frozenset[str]  # "I", "we" (coreference.yaml): in a quote, "I said" is its own speaker talking
    stance_adjectives: frozenset[str] = frozenset()  # "is adamant that ...": the subject says what follows
    speaking_phrases: frozenset[str] = frozenset()  # "according to X": X says what the sentence says
    finding_verbs: frozenset[str] = frozenset()  # "a tribunal held that ...": the subject says its that-clause

    @cached_property
    def _outlet_pattern(self) -> re.Pattern[str]:
        names = sorted(self.outlets, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)

    @cached_property
    def phrase_starts(self) -> frozenset[str]:
        """First words of the attribution phrases, to look at only the tokens that can start one."""
        return frozenset(words[0] for words in self.attribution_phrases) | {"accord"}

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Every lemma that can open or carry an attribution: a sentence's other tokens are skipped."""
        return self.phrase_starts | self.speech_verbs | self.reporting_passives | self.stance_adjectives | self.finding_verbs

    @cached_property
    def _outlet_first_words(self) -> frozenset[str] | None:
        """The first word of every outlet's name in lower case (None when a name opens with no word): a name
        holding none of them as a whole word holds no outlet's name."""
        firsts = [_WORD.match(n) for n in self.outlets]
        return frozenset(m.group().lower() for m in firsts if m) if all(firsts) else None

    def is_outlet_name(self, name: str) -> bool:
        """True when a name is (or contains as a whole word) a known news outlet."""
        firsts = self._outlet_first_words
        if firsts is not None and name.isascii() and firsts.isdisjoint(_WORD.findall(name.lower())):
            return False  # (most names: one look at each word, not the pattern's every outlet at every letter)
        return bool(self._outlet_pattern.search(name))


@dataclass(frozen=True)
class ContextCues:
    """PLOVER context -> the lemma sequences that signal it (single words or multi-word phrases)."""

    by_context: Mapping[str, tuple[tuple[str, ...], ...]]

    @cached_property
    def _by_first_word(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for context, phrases in self.by_context.items():
            for phrase in phrases:
                index.setdefault(phrase[0], []).append((context, phrase[1:]))
        return index

    def contexts_in(self, lemmas: set[str]) -> list[str]:
        """The contexts signalled by a sentence's lemmas, in the data file's order."""
        found: set[str] = set()
        for lemma in lemmas:
            for context, rest in self._by_first_word.get(lemma, ()):
                if all(word in lemmas for word in rest):
                    found.add(context)
        return [context for context in self.by_context if context in found]


class Refinement(DataModel):
    """Use `code` instead of any of `codes` when the sentence has one of the lemmas in `when`; with
    `triggers`, only for those trigger lemmas; with `linked`, only when a `when` lemma is an act tied to
    the trigger (a verb it coordinates with or governs, "raided the camp, killing ten"; for a noun, the
    verb it hangs from, "were killed in a raid"), not anywhere in the sentence."""

    codes: frozenset[KnownCameo]
    when: frozenset[Lemma]
    code: KnownCameo
    triggers: frozenset[Lemma] = frozenset()
    linked: bool = False
    # the `when` words count only outside the trigger's subject (what the doer is called is not what it does)
    not_subject: bool = False

    @field_validator("when", mode="before")
    @classmethod
    def _classes_named(cls, words: object) -> object:
        # ("$labour_words": a list senses.yaml reads too, written once in wordclasses.yaml)
        return expand_words(words, shared_word_classes())


@dataclass(frozen=True)
class PhraseCues:
    """How a trigger phrase is put together: the verbs and nouns that carry an event named by another word."""

    light_verbs: frozenset[str]  # "held talks": the noun names the event, the verb gives its actors
    light_verb_preps: frozenset[str]  # "embarked on a visit"
    passive_light_verb_preps: frozenset[str]  # "was slapped with sanctions"
    partitive_nouns: frozenset[str]  # "a new round of exercises"
    measure_nouns: frozenset[str]  # "13 tons of medicine": the object is the thing measured
    currency_nouns: frozenset[str]  # what a pattern's "@MONEY" object accepts besides a MONEY entity
    naming_verbs: frozenset[str]  # "a group called Free Voice": a participle that only names
    verb_lemmas: Mapping[str, str] = field(default_factory=dict)  # "staged" -> stage where the model says "stag"
    # "the slain soldiers", "the fleeing army": participles before a noun that tell the act done to it or by it
    done_to_participles: frozenset[str] = frozenset()
    done_by_participles: frozenset[str] = frozenset()
    participle_forms: Mapping[str, str] = field(default_factory=dict)  # "slain" -> slay, tagged as an adjective
    passive_infinitives: frozenset[str] = frozenset()  # "the rebels are to blame": they are the ones blamed
    # "was in Beijing for talks", "gathered for a protest": verbs of being or coming whose purpose phrase
    # names the act their subject came for, for acts of these CAMEO roots
    purpose_verbs: frozenset[str] = frozenset()
    purpose_preps: frozenset[str] = frozenset()
    purpose_roots: frozenset[str] = frozenset()
    # "sent experts to investigate", "set up a panel to probe": verbs of sending or setting up whose purpose
    # infinitive of these roots is the act, and the prepositions naming where the sending goes
    sending_verbs: frozenset[str] = frozenset()
    sending_roots: frozenset[str] = frozenset()
    sending_preps: frozenset[str] = frozenset()
    sending_recodes: Mapping[str, str] = field(default_factory=dict)
    # "retaliated with tariffs", "hit Russia with sanctions": verbs of answering, and of dealing a blow
    # (triggers.yaml means_verbs), whose "with" phrase names the act they answer with or are done by
    response_verbs: frozenset[str] = frozenset()
    # "earmarked $40 million in aid": verbs of setting money aside or giving it, whose amount's "in" phrase names the act
    amount_verbs: frozenset[str] = frozenset()
    # "the shelling amounted to a war crime", "constituted a war crime": verbs that say what their subject is
    linking_verbs: frozenset[str] = frozenset()
    # "condemned what it called X's aggression", "what it described as aggression": the verbs of such a naming clause
    # (naming_verbs with describing_verbs), whose named words are the judged object
    calling_verbs: frozenset[str] = frozenset()
    # "walked out on Monday": particles of phrasal verbs that the parser may hang on the verb as an adverb
    adverb_particles: frozenset[str] = frozenset()
    # "expelled the ambassador in protest", "struck back in retaliation": a bare noun after one of motive_preps, on a
    # verb that is an act itself, says why that act was done; it is no act of its own
    motive_nouns: frozenset[str] = frozenset()
    motive_preps: frozenset[str] = frozenset()
    # "condemned the strikes as a violation": the words after one of verdict_preps, on a verb that is an act itself,
    # are the verdict that act gives, no act of their own
    verdict_preps: frozenset[str] = frozenset()
    # "sent the ambassador home", "sent the envoy packing": words closing a verb phrase after its object that the parser
    # may take for the object's head, the object its modifier
    closing_adverbs: frozenset[str] = frozenset()
    # "suspects the mayor of taking bribes": phrasal verbs ("verb prep") whose preposition follows the object, told as
    # an act only by a clause of their own (not "a man suspected of stabbing")
    imputing_phrases: frozenset[str] = frozenset()

    @cached_property
    def sending_phrases(self) -> VerbPhrases:
        return VerbPhrases.of(self.sending_verbs)

    @cached_property
    def response_phrases(self) -> VerbPhrases:
        return VerbPhrases.of(self.response_verbs)


@dataclass(frozen=True)
class ActorCues:
    """Who can act and be acted on, and who is no party to an event."""

    people_nouns: frozenset[str]  # objects that are targets ("released 37 prisoners")
    agent_nouns: frozenset[str]  # unresolved source phrases that still name someone acting
    agent_suffixes: tuple[str, ...]  # "loyalist", "militiaman"
    target_verbs: frozenset[str]  # "sanctions targeting Russia"
    natural_forces: frozenset[str]  # "an earthquake killed eight": no actor
    audience_nouns: frozenset[str]  # "speaking to reporters": no consultation
    weapon_words: frozenset[str] = frozenset()  # "a car bomb exploded, killing four": violence, no accident
    press_question_verbs: frozenset[str] = frozenset()  # "Asked about the deal, the minister said": the press asks


@dataclass(frozen=True)
class PronounCues:
    """The pronoun classes the role and speaker rules ask about, as lemmas, made from coreference.yaml's words
    (`of`)."""

    people: frozenset[str]  # "he", "him", "his", "she", "her": one person
    actors: frozenset[str]  # those, "they", "it" and their forms, and the speaker as subject or object
    things: frozenset[str]  # "it", "its": may stand for a thing, not an actor
    people_subjects: frozenset[str]  # `people`, "they", "we": a subject standing for people
    people_possessors: frozenset[str]  # `people`, "they", "their": a possessor standing for people
    first_person: frozenset[str]  # "I", "we" and their forms: whoever says it
    quantifiers: frozenset[str]  # "many", "some" alone: people named before

    @classmethod
    def of(cls, words: PronounWords) -> PronounCues:
        people = words.person & words.plain
        return cls(
            people=people,
            actors=(words.person | words.plural | words.singular) & words.plain
            | words.first_person & (words.subject | words.object),
            things=words.singular & words.plain,
            people_subjects=people | (words.plural | words.speakers) & words.subject,
            people_possessors=people | words.plural & (words.subject | words.possessive),
            first_person=words.first_person,
            quantifiers=words.quantifiers,
        )


@dataclass(frozen=True)
class NominalRoles:
    """Who does and who undergoes an act named by a noun, beyond its possessor and prepositions."""

    state_verbs: frozenset[str]  # "remains in custody", "is on the list": verbs of being in a state
    undergone_states: Mapping[str, frozenset[str]]  # preposition -> CAMEO roots of states undergone through it
    patient_possessors: frozenset[str]  # "the senator's arrest": nouns whose possessor undergoes them
    aimed_preps: frozenset[str]  # "abuses of the army against civilians": beside one of these, "of" names the doer
    owning_verbs: frozenset[str]  # "the rebels claimed the attack": the act is their subject's
    undergoing_verbs: frozenset[str]  # "faced sanctions", "suffered an attack": their subject undergoes the act
    # "died after torture", "died in the attack": the subject of a verb of dying undergoes the act its cause names
    dying_verbs: frozenset[str] = frozenset()
    cause_preps: frozenset[str] = frozenset()
    answering_adjectives: frozenset[str] = frozenset()  # "was responsible for the killings": the act is the subject's
    answering_preps: frozenset[str] = frozenset()  # (session 35) "the militia was behind the attack": the subject's
    held_states: frozenset[str] = frozenset()  # "died in custody": where one was held, no cause of the death


@dataclass(frozen=True)
class BorderCues:
    """The actor dictionary's border words (actors/sectors.yaml), read once for the events stage: "near the border
    with Chad" says where, so Chad is no party, except for the acts aimed across a border."""

    nouns: BorderNouns  # "border", "frontier", "line of control"
    target_roots: frozenset[str]  # CAMEO roots of acts aimed across one ("massed troops on the Kenyan border")


class RoleWords(DataModel):
    """roles.yaml: the words the role rules (the events.roles package) look for; what each list is for is said in the file."""

    version: int = 1
    wh_words: Words
    adding_words: Words
    joining_verbs: Words
    object_control_verbs: Words
    subject_control_verbs: Words
    permission_verbs: Words
    deed_judging_verbs: Words
    deed_preps: Words
    deed_noun_preps: Words = frozenset()
    deed_charging_verbs: Words = frozenset()
    deed_of_verbs: Words = frozenset()
    deed_judging_nouns: Words = frozenset()
    intent_nouns: Words
    committing_nouns: Words
    filed_acts: Words
    authoring_verbs: Words = frozenset()  # (session 35) "Written by a regional official, the memo urged"
    empty_subjects: Words
    agentive_endings: Annotated[tuple[Lemma, ...], Field(min_length=1)]  # (a tuple, as str.endswith takes)
    nominal_agentive_endings: Words = frozenset()  # (session 36) of those, the ones that need no verb's stem
    embedded_target_preps: Words
    offered_act_preps: Words
    mediation_codes: Words
    clash_codes: Words = frozenset()  # (session 39) acts not of armed force whose "with" names the other side
    phrase_preps: Words
    aimed_preps: Words
    direction_preps: Words
    purpose_preps: Words
    setting_preps: Words
    maker_preps: Words
    route_nouns: Words = frozenset()
    leading_participles: Words = frozenset()
    feeling_preps: Words
    undergone_preps: Words
    cause_marks: Words
    feeling_marks: Words
    condition_marks: Words
    plan_judging_codes: frozenset[KnownCameo]
    member_preps: Words
    companion_preps: Words
    peopled_places: Words
    own_object_codes: frozenset[KnownCameo]
    place_preps: Words
    harming_verbs: Words
    striking_verbs: Words = frozenset()
    instrument_preps: Words = frozenset()
    accused_preps: Words = frozenset()
    forum_preps: Words = frozenset()
    culprit_verbs: Words = frozenset()
    culprit_preps: Words = frozenset()
    visit_preps: Words = frozenset()
    reported_own_codes: frozenset[KnownCameo] = frozenset()
    reporting_sectors: frozenset[str] = frozenset()  # sector codes, upper case
    again_markers: Words = frozenset({"also"})
    called_to_verbs: Words = frozenset()
    helping_verbs: Words = frozenset()
    clause_pronouns: Words = frozenset()
    charge_nouns: Words = frozenset()
    charge_codes: frozenset[KnownCameo] = frozenset()
    denial_verbs: Words = frozenset()
    charge_answers: Words = frozenset()
    partitive_words: Words = frozenset()
    visit_codes: frozenset[KnownCameo] = frozenset()
    clause_antecedents: Words = frozenset()
    act_place_preps: Words = frozenset()


@dataclass(frozen=True)
class CodeRules:
    """Which CAMEO code an event gets beyond its trigger's own: by the sentence's words, its modality and
    its actors."""

    refinements: tuple[Refinement, ...]
    source_refinements: tuple[Refinement, ...]
    target_refinements: tuple[Refinement, ...]
    disaster_nouns: frozenset[str]
    disaster_response_codes: frozenset[str]
    refusal_by_root: Mapping[str, str]
    intent_by_root: Mapping[str, str]
    joint_codes: Mapping[str, str]
    claim_verbs: frozenset[str]
    claim_code: str
    demand_by_root: Mapping[str, str]
    implied_sources: Mapping[str, str] = field(default_factory=dict)
    implied_targets: Mapping[str, frozenset[str]] = field(default_factory=dict)
    sole_doers: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "were convicted": by the courts
    menace_words: frozenset[str] = frozenset()
    feeling_codes: frozenset[str] = frozenset()  # "hoped that X would": the feeling is about X
    denial_codes: frozenset[str] = frozenset()  # "denied that its troops crossed": the troops are denied
    infinitive_verbs: frozenset[str] = frozenset()  # "told X to withdraw": a trigger only with an infinitive
    one_sided_codes: frozenset[str] = frozenset()  # "A and B praised the plan": each praises it, not each other
    mutual_codes: frozenset[str] = frozenset()  # "A and B signed a treaty": each signs it with the other
    act_adjectives: frozenset[str] = frozenset()  # "ready to talk": a trigger only with an act as complement
    bidding_modals: frozenset[str] = frozenset()  # "must be ready to talk": told to be, no offer
    wish_verbs: frozenset[str] = frozenset()  # "wants Kyiv to withdraw": a trigger only with another's act
    deal_nouns: frozenset[str] = frozenset()  # "a probe into the merger": a company's deal reviewed, no one accused
    deal_review_codes: frozenset[str] = frozenset()
    consent_verbs: frozenset[str] = frozenset()  # "did not accept the invitation": turned down in any tense
    gathering_heads: frozenset[str] = frozenset()  # "a group of fishermen": the refinements read the fishermen
    object_meetings: frozenset[str] = frozenset()  # "A and B met the players": each meets them, not each other


class EchoWords(DataModel):
    """pairs.yaml `echoes`: the words of a clause that echoes the act told ("as did X", "X followed suit")."""

    verbs: Words
    objects: Words
    markers: Words
    phrases: dict[Lemma, Words]
    companions: Words
    denials: Words


class PairWords(DataModel):
    """pairs.yaml: the words events/pairs.py looks for; what each list is for is said in the file."""

    version: int = 1
    origin_prepositions: Words
    echoes: EchoWords
    denial_exceptions: Words
    mutual_verbs: Words = frozenset()
    exchange_verbs: Words = frozenset()

    @cached_property
    def list_cues(self) -> tuple[str, ...]:
        """Words one of which a phrase that lists countries has: a conjunction or an origin preposition."""
        return tuple(f" {word} " for word in ("and", "or", *sorted(self.origin_prepositions)))


@cache
def load_pair_words() -> PairWords:
    """The bundled pairs.yaml, validated."""
    return load_data_file(_data_path("pairs.yaml"), PairWords, error=PatternError)


@dataclass(frozen=True)
class TriggerPatterns:
    """Everything the event coder needs to know about words: the patterns indexed by head lemma, and the cues."""

    verbs: Mapping[str, tuple[TriggerPattern, ...]]
    nouns: Mapping[str, tuple[TriggerPattern, ...]]
    adjectives: Mapping[str, tuple[TriggerPattern, ...]]
    phrases: PhraseCues
    actors: ActorCues
    nominal: NominalRoles
    codes: CodeRules
    modality: ModalityCues
    attribution: AttributionCues
    contexts: ContextCues
    pronouns: PronounCues
    borders: BorderCues
    roles: RoleWords  # the words the role rules look for (roles.yaml)
    pairs: PairWords  # the words of parties listed, echoed or denied (pairs.yaml; events/pairs.py)
    root_groups: RootGroups  # groups of CAMEO roots treated alike (the ontology's roots.yaml: which, and why)
    dictionary: ActorDictionary  # the coder's own actor dictionary (the codes of the actors a rule makes)
    coreference: CoreferenceFile  # coreference.yaml: what a pronoun may refer to (actors/antecedents.py)

    @cached_property
    def head_lemmas(self) -> frozenset[str]:
        """Every lemma that heads some pattern: tokens with other lemmas need no closer look."""
        return frozenset(self.verbs) | frozenset(self.nouns) | frozenset(self.adjectives)

    def candidates(self, lemma: str, kind: PatternKind) -> tuple[TriggerPattern, ...]:
        """Patterns headed by a lemma, most specific first."""
        table = self.verbs if kind == "verb" else self.nouns if kind == "noun" else self.adjectives
        return table.get(lemma, ())

    def roots(self, lemma: str, kind: PatternKind, words: Container[str] | None = None) -> frozenset[str]:
        """The CAMEO roots a lemma can head as `kind`; with `words` (the lemmas around it), only of the senses whose
        other words are all among them ("the attack" is no "scathing attack")."""
        return frozenset(p.root for p in self.candidates(lemma, kind)
                         if words is None or all(word in words for word in p.extra))

    def __len__(self) -> int:
        return sum(len(group) for table in (self.verbs, self.nouns, self.adjectives) for group in table.values())

    def cameo_codes(self) -> set[str]:
        return {p.cameo for table in (self.verbs, self.nouns, self.adjectives) for group in table.values() for p in group}


def _words(phrase: str) -> list[str]:
    """The words of a pattern, lower case, without articles; a hyphenated word becomes its parts, head
    last, as the tokenizer splits it ("cease-fire" -> cease fire, headed by "fire")."""
    words: list[str] = []
    for word in str(phrase).lower().split():
        if word in _ARTICLES:
            continue
        parts = [p for p in word.split("-") if p] if not word.startswith("@") else [word]
        words += parts
    if not words:
        raise PatternError(f"empty pattern {phrase!r}")
    return words


def _verb_head(phrase: str) -> tuple[str, tuple[str, ...]]:
    """Head lemma and other words of a verb pattern: the first word, or the last part of a hyphenated
    first word ("de-escalate" -> escalate with "de")."""
    first, *rest = str(phrase).lower().split()
    parts = [p for p in first.split("-") if p]
    rest_words = _words(" ".join(rest)) if rest else []
    return parts[-1], tuple(parts[:-1]) + tuple(rest_words)


def _noun_head(words: list[str]) -> tuple[str, tuple[str, ...]]:
    """Head and other words of a nominal phrase: 'air strike' -> strike; 'state of emergency' -> state."""
    if len(words) > 1 and any(w in HEAD_FIRST_PREPS for w in words[1:]):
        return words[0], tuple(words[1:])
    return words[-1], tuple(words[:-1])


class CarriedActs(DataModel):
    """An entry's acts told by a light verb and an event noun with the phrase of its target ("gave assurances to
    Minsk", "took action against the militants"): any of `verbs` with any of `nouns` as its object, only when the
    object or the verb has a phrase of one of `marks`, whose object is the target."""

    verbs: Annotated[list[Word], Field(min_length=1)]
    nouns: Annotated[list[Word], Field(min_length=1)]
    marks: Words


class TriggerEntry(DataModel):
    """One entry of `triggers`: a CAMEO code and the words that say it (see the head of triggers.yaml)."""

    cameo: KnownCameo
    verbs: list[Word] = []
    nouns: list[Word] = []
    adjectives: list[Word] = []
    objects: dict[Word, Annotated[list[Word], Field(min_length=1)]] = {}
    carried: CarriedActs | None = None
    target_preps: frozenset[Word] | None = None
    embeds: dict[Word, KnownCameo] = {}


class PatternFile(DataModel):
    """A user's pattern file: triggers, and the target prepositions of those that name none."""

    version: int = 1
    verb_target_preps: frozenset[Word] = frozenset({"to", "on"})
    noun_target_preps: frozenset[Word] = frozenset({"to", "on"})
    triggers: list[TriggerEntry] = []


class TriggersFile(PatternFile):
    """triggers.yaml: the bundled triggers, and the cue lists and code tables of PhraseCues, ActorCues and
    CodeRules."""

    light_verbs: Words
    light_verb_preps: Words
    passive_light_verb_preps: Words
    partitive_nouns: Words
    measure_nouns: Words
    currency_nouns: Words
    naming_verbs: Words
    adverb_particles: frozenset[Lemma] = frozenset()
    verb_lemmas: dict[Lemma, Lemma] = {}
    done_to_participles: frozenset[Lemma] = frozenset()
    done_by_participles: frozenset[Lemma] = frozenset()
    participle_forms: dict[Lemma, Lemma] = {}
    passive_infinitives: frozenset[Lemma] = frozenset()
    purpose_verbs: frozenset[Lemma] = frozenset()
    purpose_preps: frozenset[Lemma] = frozenset()
    purpose_roots: frozenset[CameoRoot] = frozenset()
    sending_verbs: frozenset[Lemma] = frozenset()
    sending_roots: frozenset[CameoRoot] = frozenset()
    sending_preps: frozenset[Lemma] = frozenset()
    sending_recodes: dict[KnownCameo, KnownCameo] = {}
    response_verbs: frozenset[Lemma] = frozenset()
    means_verbs: frozenset[Lemma] = frozenset()
    amount_verbs: frozenset[Lemma] = frozenset()
    linking_verbs: frozenset[Lemma] = frozenset()
    describing_verbs: frozenset[Lemma] = frozenset()
    motive_nouns: frozenset[Lemma] = frozenset()
    motive_preps: frozenset[Lemma] = frozenset()
    verdict_preps: frozenset[Lemma] = frozenset()
    closing_adverbs: frozenset[Lemma] = frozenset()
    imputing_phrases: frozenset[str] = frozenset()
    people_nouns: Words
    agent_nouns: Words
    agent_suffixes: Words
    target_verbs: Words
    natural_forces: Words
    audience_nouns: Words
    weapon_words: Words = frozenset()
    press_question_verbs: Words = frozenset()
    state_verbs: Words
    undergone_states: dict[Lemma, frozenset[CameoRoot]] = {}
    patient_possessors: Words
    aimed_preps: Words
    owning_verbs: Words
    undergoing_verbs: Words
    dying_verbs: frozenset[Lemma] = frozenset()
    cause_preps: frozenset[Lemma] = frozenset()
    answering_adjectives: frozenset[Lemma] = frozenset()
    answering_preps: frozenset[Lemma] = frozenset()
    held_states: frozenset[Lemma] = frozenset()
    refinements: tuple[Refinement, ...] = ()
    source_refinements: tuple[Refinement, ...] = ()
    target_refinements: tuple[Refinement, ...] = ()
    disaster_nouns: Words
    disaster_response_codes: frozenset[KnownCameo] = frozenset()
    refusal_by_root: dict[str, KnownCameo] = {}
    intent_by_root: dict[str, KnownCameo] = {}
    joint_codes: dict[str, KnownCameo] = {}
    claim_verbs: Words
    claim_code: KnownCameo
    demand_by_root: dict[str, KnownCameo]
    implied_sources: dict[str, SectorCode] = {}
    implied_targets: dict[SectorCode, frozenset[Lemma]] = {}
    sole_doers: dict[SectorCode, frozenset[Lemma]] = {}
    menace_words: frozenset[Lemma] = frozenset()
    feeling_codes: frozenset[KnownCameo] = frozenset()
    denial_codes: frozenset[KnownCameo] = frozenset()
    infinitive_verbs: frozenset[Lemma] = frozenset()
    one_sided_codes: frozenset[KnownCameo] = frozenset()
    mutual_codes: frozenset[KnownCameo] = frozenset()
    act_adjectives: frozenset[Lemma] = frozenset()
    bidding_modals: frozenset[Lemma] = frozenset()
    wish_verbs: frozenset[Lemma] = frozenset()
    deal_nouns: Words = frozenset()
    deal_review_codes: frozenset[KnownCameo] = frozenset()
    consent_verbs: frozenset[Lemma] = frozenset()
    gathering_heads: frozenset[Lemma] = frozenset()
    object_meetings: frozenset[Lemma] = frozenset()

    @model_validator(mode="after")
    def _demand_default(self) -> TriggersFile:
        if "default" not in self.demand_by_root:
            raise ValueError("demand_by_root needs a 'default' code")
        return self


class AttributionFile(DataModel):
    """attribution.yaml: the words and names that attribute an event to a speaker or a news outlet."""

    version: int = 1
    speech_verbs: Words
    reporting_passives: Words
    attribution_phrases: list[str] = []
    outlets: list[str] = []
    press_nouns: Words
    stance_adjectives: frozenset[Lemma] = frozenset()
    speaking_phrases: frozenset[str] = frozenset()
    finding_verbs: frozenset[Lemma] = frozenset()


class ContextsFile(DataModel):
    """contexts.yaml: PLOVER context -> the lemmas (or phrases) that signal it."""

    version: int = 1
    contexts: dict[str, list[Lemma]] = {}

    @field_validator("contexts")
    @classmethod
    def _known_contexts(cls, contexts: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(contexts) - set(load_ontology().contexts))
        if unknown:
            raise ValueError(f"unknown PLOVER contexts {unknown}")
        return contexts


def _patterns_of_entry(entry: TriggerEntry, defaults: PatternFile) -> list[TriggerPattern]:
    verb_preps = entry.target_preps if entry.target_preps is not None else defaults.verb_target_preps
    noun_preps = entry.target_preps if entry.target_preps is not None else defaults.noun_target_preps
    cameo, embeds = entry.cameo, entry.embeds
    patterns: list[TriggerPattern] = []
    for phrase in entry.verbs:
        head, extra = _verb_head(phrase)
        patterns.append(TriggerPattern(cameo, "verb", head, extra, (), verb_preps, embeds, phrase))
    for phrase in entry.adjectives:
        # a predicative adjective heads its phrase whatever its preposition ("scathing about", "critical of")
        words = _words(phrase)
        head, extra = words[0], tuple(words[1:])
        patterns.append(TriggerPattern(cameo, "adj", head, extra, (), noun_preps, embeds, phrase))
    for phrase in entry.nouns:
        head, extra = _noun_head(_words(phrase))
        patterns.append(TriggerPattern(cameo, "noun", head, extra, (), noun_preps, embeds, phrase))
    for verb_phrase, object_phrases in entry.objects.items():
        head, extra = _verb_head(verb_phrase)
        parsed = tuple(sorted({_noun_head(_words(o)) for o in object_phrases}))
        patterns.append(TriggerPattern(cameo, "verb", head, extra, parsed, verb_preps, embeds,
                                       f"{verb_phrase} + {'|'.join(object_phrases)}"))
    if entry.carried is not None:
        carried = entry.carried
        nouns = tuple(sorted({_noun_head(_words(n)) for n in carried.nouns}))
        for verb_phrase in carried.verbs:
            head, extra = _verb_head(verb_phrase)
            patterns.append(TriggerPattern(cameo, "verb", head, extra, nouns, carried.marks, embeds,
                                           f"{verb_phrase} + {'|'.join(carried.nouns)} {'|'.join(sorted(carried.marks))}",
                                           marks=carried.marks))
    return patterns


def _read_triggers(data: PatternFile, origin: str) -> list[TriggerPattern]:
    patterns: list[TriggerPattern] = []
    seen: dict[tuple, str] = {}
    for number, entry in enumerate(data.triggers, start=1):
        for pattern in _patterns_of_entry(entry, data):
            # Within one file, a word sequence may say only one thing: ambiguity must be resolved in the data.
            if pattern.key in seen:
                raise PatternError(f"{origin}: entry {number}: pattern {pattern.text!r} already given for cameo "
                                   f"{seen[pattern.key]}")
            seen[pattern.key] = pattern.cameo
            patterns.append(pattern)
    _check_object_pairs(origin, patterns)
    return patterns


def _check_object_pairs(origin: str, patterns: Iterable[TriggerPattern]) -> None:
    owners: dict[tuple, str] = {}
    for pattern in patterns:
        for obj in pattern.objects:
            key = (pattern.lemma, pattern.extra, obj, pattern.marks)
            if key in owners and owners[key] != pattern.cameo:
                raise PatternError(
                    f"{origin}: '{pattern.lemma} {' '.join(pattern.extra)}' + '{' '.join((*obj[1], obj[0]))}' "
                    f"is given for cameo {owners[key]} and {pattern.cameo}"
                )
            owners[key] = pattern.cameo


def _index(patterns: Iterable[TriggerPattern], kind: PatternKind) -> dict[str, tuple[TriggerPattern, ...]]:
    table: dict[str, list[TriggerPattern]] = {}
    for pattern in patterns:
        if pattern.kind == kind:
            table.setdefault(pattern.lemma, []).append(pattern)
    return {lemma: tuple(sorted(group, key=lambda p: -p.specificity)) for lemma, group in table.items()}


def _data_path(name: str) -> Path:
    return bundled_file("eventscope.events", "data", name)


@cache
def trigger_file() -> tuple[TriggersFile, tuple[TriggerPattern, ...]]:
    """The bundled triggers.yaml, validated, and its patterns."""
    data = load_data_file(_data_path("triggers.yaml"), TriggersFile, entries="triggers", error=PatternError)
    return data, tuple(_read_triggers(data, "triggers.yaml"))


@cache
def _cues() -> tuple[ModalityCues, AttributionCues, ContextCues]:
    modality = load_data_file(_data_path("modality.yaml"), ModalityCues, error=PatternError)
    said = load_data_file(_data_path("attribution.yaml"), AttributionFile, error=PatternError)
    pronouns = load_coreference().words.pronouns
    attribution = AttributionCues(said.speech_verbs, said.reporting_passives,
                                  tuple(tuple(p.lower().split()) for p in said.attribution_phrases),
                                  tuple(said.outlets), said.press_nouns, pronouns.first_person & pronouns.subject,
                                  said.stance_adjectives, frozenset(p.lower() for p in said.speaking_phrases),
                                  said.finding_verbs)
    contexts = load_data_file(_data_path("contexts.yaml"), ContextsFile, error=PatternError).contexts
    return modality, attribution, ContextCues({c: tuple(tuple(w.split()) for w in words) for c, words in contexts.items()})


@cache
def load_role_words() -> RoleWords:
    """The bundled roles.yaml, validated."""
    return load_data_file(_data_path("roles.yaml"), RoleWords, error=PatternError)


def load_user_patterns(path: Path) -> list[TriggerPattern]:
    """The patterns of a user's pattern file (PatternFile: unknown keys are errors)."""
    data = load_data_file(path, PatternFile, entries="triggers", origin=str(path), error=PatternError)
    return _read_triggers(data, str(path))


def load_patterns(extra_paths: Sequence[Path] = (), dictionary: ActorDictionary | None = None,
                  ontology: Ontology | None = None) -> TriggerPatterns:
    """The bundled trigger patterns and cues, with any user pattern files applied over them; the border words and
    the actor codes the rules make are `dictionary`'s (the coder's own, so that a user's actor files do not build
    the bundled one again), else the bundled dictionary's; the root groups are `ontology`'s (else the bundled
    one's)."""
    data, bundled = trigger_file()
    by_key = {p.key: p for p in bundled}
    for extra in extra_paths:
        for pattern in load_user_patterns(Path(extra)):
            by_key[pattern.key] = pattern
    patterns = list(by_key.values())
    modality, attribution, contexts = _cues()
    coreference = load_coreference().words
    dictionary = dictionary or load_actor_dictionary()
    return TriggerPatterns(
        verbs=_index(patterns, "verb"),
        nouns=_index(patterns, "noun"),
        adjectives=_index(patterns, "adj"),
        phrases=PhraseCues(data.light_verbs, data.light_verb_preps, data.passive_light_verb_preps, data.partitive_nouns, data.measure_nouns,
                           data.currency_nouns, data.naming_verbs, data.verb_lemmas, data.done_to_participles,
                           data.done_by_participles, data.participle_forms, data.passive_infinitives, data.purpose_verbs, data.purpose_preps,
                           data.purpose_roots, data.sending_verbs, data.sending_roots, data.sending_preps,
                           data.sending_recodes, data.response_verbs | data.means_verbs,
                           calling_verbs=data.naming_verbs | data.describing_verbs, amount_verbs=data.amount_verbs,
                           linking_verbs=data.linking_verbs, adverb_particles=data.adverb_particles,
                           motive_nouns=data.motive_nouns, motive_preps=data.motive_preps, verdict_preps=data.verdict_preps,
                           closing_adverbs=data.closing_adverbs, imputing_phrases=data.imputing_phrases),
        actors=ActorCues(data.people_nouns, data.agent_nouns, tuple(sorted(data.agent_suffixes)), data.target_verbs,
                         data.natural_forces, data.audience_nouns, data.weapon_words, data.press_question_verbs),
        nominal=NominalRoles(data.state_verbs, data.undergone_states, data.patient_possessors, data.aimed_preps,
                             data.owning_verbs, data.undergoing_verbs, data.dying_verbs, data.cause_preps,
                             data.answering_adjectives, data.answering_preps, data.held_states),
        codes=CodeRules(data.refinements, data.source_refinements, data.target_refinements, data.disaster_nouns,
                        data.disaster_response_codes, data.refusal_by_root, data.intent_by_root, data.joint_codes,
                        data.claim_verbs, data.claim_code, data.demand_by_root, data.implied_sources,
                        data.implied_targets, data.sole_doers, data.menace_words, data.feeling_codes, data.denial_codes,
                        data.infinitive_verbs, data.one_sided_codes, data.mutual_codes, data.act_adjectives,
                        data.bidding_modals, data.wish_verbs, data.deal_nouns, data.deal_review_codes,
                        data.consent_verbs, data.gathering_heads, data.object_meetings),
        modality=modality,
        attribution=attribution,
        contexts=contexts,
        pronouns=PronounCues.of(coreference.pronouns),
        borders=BorderCues(dictionary.border_nouns, dictionary.border_target_roots),
        roles=load_role_words(),
        pairs=load_pair_words(),
        root_groups=(ontology or load_ontology()).roots,
        dictionary=dictionary,
        coreference=coreference,
    )

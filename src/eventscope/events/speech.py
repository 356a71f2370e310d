"""Speech acts: criticism and praise in what a speaker says ("X said the governor had failed", "'It is a
disgrace,' X said of the veto", "calling the governor a failure").

The speaker is the source, the actor spoken of the target; the evaluative words are data (speech.yaml).
A bare "said" is attribution, not an event: only a judgement about an actor makes a speech act.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventscope.actors.antecedents import load_coreference
from eventscope.datafiles import DataModel, Lemma, load_data_file
from eventscope.events.attribution import Attribution, with_conjuncts
from eventscope.events.matching import MEASURE_ENTITIES, clause_verb, lemma_of, passive_infinitive, quoted_naming
from eventscope.events.quotes import QuoteRules, load_quote_rules, said_about, tone, toned_quotes
from eventscope.events.valence import judging_words
from eventscope.ontology import KnownCameo
from eventscope.quotemarks import TOKEN_OPENERS, closes_quote, opens_quote
from eventscope.records import EventDraft

__all__ = ["NAMING_DEPS", "SPEECH_RULE", "SpeechAct", "SpeechCues", "SpeechFile", "find_rhetorical_questions",
           "find_speech_acts", "load_speech_cues"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Where a naming's word of judgement hangs on the naming verb ("called the move shameful", "deemed the plan reckless").
NAMING_DEPS = frozenset({"oprd", "xcomp"})
# ... and, under a verb known to name, the parser's other readings of it ("branded the law a disgrace"); from any
# other word these name nothing ("said it condemned the decision": a ccomp).
_NAMING_VERB_DEPS = NAMING_DEPS | {"attr", "ccomp", "acomp"}
# An idiom's kind: whether its subject is the one judged, the code, the idioms as words, whether it judges only an actor.
_IdiomKind = tuple[bool, str, tuple[tuple[str, ...], ...], bool]
_BLOW_PREPS = frozenset({"on", "upon", "to", "against"})
_OF = frozenset({"of"})  # "the end of press freedom"
_FOR = frozenset({"for"})  # "a dark day for democracy"
_SUMMING_DEPS = frozenset({"amod", "compound", "nmod"})  # a summing noun read as a modifier of the namers
# How the parser hangs a quoted phrase with no verb on the verb that says it ('"A cynical stunt," X said of the plan')
_FRAGMENT_DEPS = frozenset({"npadvmod", "dep", "dobj", "attr", "intj", "nsubj"})
_NAMER_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "acl", "ccomp", "conj"})
_NAMER_STEPS = 3  # (clauses up from a naming participle to the subject that names)
_WH_TAGS = frozenset({"WDT", "WP"})  # "a move that X called ...": the relative pronoun stands for the noun
# The prefix of the rule of a speech act's event (EventDraft.rule "speech:<word of judgement>").
SPEECH_RULE = "speech:"
# Quotation marks around a label (single ones too: headlines quote with them, "rival calls it 'a coronation'").
# Nouns under which a word is mentioned rather than used ("the word 'failed'").
_MENTION_NOUNS = frozenset({"word", "term", "phrase", "expression", "label"})
# what a clause says of its subject: "we got this wrong", "I was wrong", "we made a mistake" (SpeechCues._own_fault)
_OWN_FAULT_DEPS = frozenset({"acomp", "attr", "oprd", "dobj"})
# Dependents of a noun for what was said that name what it is about ("a review of the speech").
_ABOUT_PREPS = frozenset({"of", "on", "about", "over", "against", "for"})
# Prepositions naming who criticises ("came under fire from unions") and whom ("up in arms over the plan").
_CRITIC_PREPS = frozenset({"from", "by"})
_CRITICISED_PREPS = frozenset({"over", "about", "against", "at", "with"})
# Prepositions naming whose a demand or an offer is ("an ultimatum from Moscow", "demands by the unions").
_OWNER_PREPS = frozenset({"from", "by"})
# Where a word for a feeling is said of someone ("she was appalled", "they are angry", "he felt betrayed").
_FEELING_DEPS = frozenset({"acomp", "ROOT", "ccomp", "conj", "xcomp", "advcl", "oprd"})
# Where a noun is said of someone ("they are thugs", "called him a coward", "Smith, a liar, ...", "Cowards!").
_SAID_OF_DEPS = frozenset({"attr", "oprd", "appos", "ROOT"})
# Clauses with their own verb below a word: what they say is not said of that word's objects.
_OWN_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "pcomp"})
# Verbs of being: a relative clause of them tells what its noun is, not what it did ("those who are angry").
_COPULAS = frozenset({"be", "seem", "remain", "become", "appear", "feel"})
# Marks of a clause that says when (a happening told as the time of another, not a judgement).
_TIME_MARKS = frozenset({"after", "before", "when", "while", "until", "once"})
# Marks of an indirect question: what it asks is not said of anyone.
_QUESTION_MARKS = frozenset({"why", "whether"})
MAX_CONTENT_HOPS = 6  # how far up from a word of judgement the verb of denial whose clause holds it may be
# Modifiers whose negation sits on their head's head ("not honest brokers", "not hard enough").
_MODIFIER_DEPS = frozenset({"amod", "advmod"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
_SCARE_QUOTE_WORDS = 5  # how many words after a quoted verb its quote may close ('"ambushed"', '"gutting the police"')
# The word that denies the words a "nor" joins ("neither free nor fair").
_NEITHER = frozenset({"neither"})
# Words that deny what a judgement of them says: "did nothing wrong" is no wrong done.
_NONE_WORDS = frozenset({"nothing"})


def _idiom_words(idioms: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each idiom as its words, lower case."""
    return tuple(tuple(idiom.lower().split()) for idiom in idioms)


class SpeechFile(DataModel):
    """speech.yaml: the codes of criticism and praise, and the words that make them."""

    version: int = 1
    criticism_code: KnownCameo
    praise_code: KnownCameo
    criticism_words: frozenset[Lemma] = frozenset()
    adjective_only: frozenset[Lemma] = frozenset()
    praise_words: frozenset[Lemma] = frozenset()
    insult_words: frozenset[Lemma] = frozenset()
    naming_insults: frozenset[Lemma] = frozenset()
    partner_nouns: frozenset[Lemma] = frozenset()
    partner_qualities: frozenset[Lemma] = frozenset()
    praise_of_acts: frozenset[Lemma] = frozenset()
    criticism_of_acts: frozenset[Lemma] = frozenset()
    honour_words: frozenset[Lemma] = frozenset()
    naming_verbs: frozenset[Lemma] = frozenset()
    restating_determiners: frozenset[Lemma] = frozenset()
    restated_reach: int = 0
    summing_nouns: frozenset[Lemma] = frozenset()
    judging_nouns: frozenset[Lemma] = frozenset()
    harsh_words: frozenset[Lemma] = frozenset()
    warm_words: frozenset[Lemma] = frozenset()
    label_words: frozenset[Lemma] = frozenset()
    criticism_when_negated: frozenset[Lemma] = frozenset()
    criticism_when_excessive: frozenset[Lemma] = frozenset()
    excess_adverbs: frozenset[Lemma] = frozenset()
    conduct_verbs: frozenset[Lemma] = frozenset()
    showing_verbs: frozenset[Lemma] = frozenset()
    conduct_preps: frozenset[Lemma] = frozenset()
    likening_preps: frozenset[Lemma] = frozenset()
    praised_conduct: frozenset[Lemma] = frozenset()
    faulted_conduct: frozenset[Lemma] = frozenset()
    criticised_idioms: tuple[str, ...] = ()
    critic_idioms: tuple[str, ...] = ()
    praise_idioms: tuple[str, ...] = ()
    trust_idioms: tuple[str, ...] = ()
    distrust_idioms: tuple[str, ...] = ()
    praised_idioms: tuple[str, ...] = ()
    viewing_verbs: frozenset[Lemma] = frozenset()
    said_criticism_idioms: tuple[str, ...] = ()
    said_praise_idioms: tuple[str, ...] = ()
    appeal_code: KnownCameo = "103"
    refusal_code: KnownCameo = "120"
    refusal_verbs: frozenset[Lemma] = frozenset()
    # ("will not tolerate violence against officers": a warning, not a refusal)
    warning_code: KnownCameo = "130"
    warning_refusals: frozenset[Lemma] = frozenset()
    refusal_passives: frozenset[Lemma] = frozenset()
    refusal_auxiliaries: frozenset[Lemma] = frozenset()
    other_refusal_particles: frozenset[Lemma] = frozenset()
    refused_bidding: dict[Lemma, frozenset[Lemma]] = {}
    # (session 32) "we will not take our seats", "will not let it pass": a share refused
    refused_parts: dict[Lemma, frozenset[Lemma]] = {}
    # (session 39) "would not exempt Canada", "the deadline would not be extended": a concession refused
    refused_concessions: dict[Lemma, frozenset[Lemma]] = {}
    # (session 30) "the attack will not go unanswered": an answer promised to whoever did what is not let pass
    unanswered_words: frozenset[Lemma] = frozenset()
    passing_verbs: frozenset[Lemma] = frozenset()
    # (session 30) "said he would veto any bill that ...": an act held over whoever does what it names, a threat
    threat_verbs: frozenset[Lemma] = frozenset()
    threat_against_verbs: frozenset[Lemma] = frozenset()
    threat_any_words: frozenset[Lemma] = frozenset()
    threat_condition_marks: frozenset[Lemma] = frozenset()
    threat_motion_verbs: frozenset[Lemma] = frozenset()
    threat_motions: frozenset[Lemma] = frozenset()
    no_confidence_words: frozenset[Lemma] = frozenset()
    threat_objects_of: dict[str, frozenset[Lemma]] = {}
    no_confidence_owner: str = "GOV"
    # (session 33) "there will be consequences", "Moscow will pay a heavy price": harm foretold, a threat
    consequence_nouns: frozenset[Lemma] = frozenset()
    consequence_verbs: dict[Lemma, frozenset[Lemma]] = {}
    consequence_weights: dict[Lemma, frozenset[Lemma]] = {}
    # (session 33) "said Russia would respond in kind", "would take retaliatory measures": an answer foretold, a threat
    answer_verbs: frozenset[Lemma] = frozenset()
    answer_manners: frozenset[Lemma] = frozenset()
    answer_measures: dict[Lemma, frozenset[Lemma]] = {}
    answer_kinds: frozenset[Lemma] = frozenset()
    # (session 31) "would not hesitate to subpoena her", "will not hesitate to strike": hesitation denied under a modal
    # of the future is a threat of the act; acts of force only so (force_threat_code)
    hesitation_verbs: frozenset[Lemma] = frozenset()
    threat_force_verbs: frozenset[Lemma] = frozenset()
    force_threat_code: KnownCameo = "138"
    # (session 34) "the ruling party vowed to curb the court's powers": a vow to take power from someone is a threat
    vow_verbs: frozenset[Lemma] = frozenset()
    curbing_verbs: frozenset[Lemma] = frozenset()
    # (session 30) "has no intention of backing down": giving way disowned, a refusal
    intent_nouns: frozenset[Lemma] = frozenset()
    yielding_acts: tuple[str, ...] = ()
    no_one_words: frozenset[str] = frozenset()
    no_one_determiners: frozenset[str] = frozenset()
    rhetorical_openers: frozenset[Lemma] = frozenset()
    rhetorical_modals: frozenset[Lemma] = frozenset()
    entitling_verbs: frozenset[Lemma] = frozenset()
    entitlement_nouns: frozenset[Lemma] = frozenset()
    appeal_verbs: frozenset[Lemma] = frozenset()
    appeal_objects: frozenset[Lemma] = frozenset()
    critic_nouns: frozenset[Lemma] = frozenset()
    supporter_nouns: frozenset[Lemma] = frozenset()
    counting_preps: frozenset[Lemma] = frozenset()
    counted_ones: frozenset[str] = frozenset()
    stance_copulas: frozenset[Lemma] = frozenset()
    document_nouns: frozenset[Lemma] = frozenset()
    issued_texts: frozenset[Lemma] = frozenset()
    issuing_verbs: frozenset[Lemma] = frozenset()
    issuing_preps: frozenset[Lemma] = frozenset()
    issuer_preps: frozenset[Lemma] = frozenset()
    told_nouns: frozenset[Lemma] = frozenset()
    quoted_force_verbs: frozenset[Lemma] = frozenset()
    accusing_verbs: frozenset[Lemma] = frozenset()
    against_prefixes: frozenset[Lemma] = frozenset()
    for_prefixes: frozenset[Lemma] = frozenset()
    blame_code: KnownCameo = "112"
    blame_words: frozenset[Lemma] = frozenset()
    blamed_for: frozenset[Lemma] = frozenset()
    holding_verbs: frozenset[Lemma] = frozenset()
    harm_counts: frozenset[Lemma] = frozenset()
    work_nouns: frozenset[Lemma] = frozenset()
    court_works: frozenset[Lemma] = frozenset()  # (session 39) a court's works among them: "the ruling", "the verdict"
    judged_acts: frozenset[Lemma] = frozenset()
    failure_verbs: frozenset[Lemma] = frozenset()
    misdeed_verbs: frozenset[Lemma] = frozenset()
    measure_harms: frozenset[Lemma] = frozenset()
    other_senses: dict[Lemma, frozenset[Lemma]] = {}
    kept_verbs: frozenset[Lemma] = frozenset()
    failure_objects: frozenset[Lemma] = frozenset()
    feeling_code: KnownCameo = "110"
    disapproving_feelings: frozenset[Lemma] = frozenset()
    approving_feelings: frozenset[Lemma] = frozenset()
    feeling_marks: frozenset[Lemma] = frozenset()
    concern_code: KnownCameo = "110"
    concern_nouns: frozenset[Lemma] = frozenset()
    concern_verbs: frozenset[Lemma] = frozenset()
    concern_preps: frozenset[Lemma] = frozenset()
    lament_trigger_code: KnownCameo = "012"
    imperative_discourse_verbs: frozenset[Lemma] = frozenset()
    imperative_demands: dict[str, KnownCameo] = {}
    refrain_demand_code: KnownCameo = "1056"
    refrain_roots: frozenset[str] = frozenset()
    perpetrating_verbs: frozenset[Lemma] = frozenset()
    perpetrated_deeds: tuple[str, ...] = ()
    denial_code: KnownCameo = "016"
    untrue_words: frozenset[Lemma] = frozenset()
    blow_nouns: frozenset[Lemma] = frozenset()
    ruin_nouns: frozenset[Lemma] = frozenset()
    assailed_values: frozenset[Lemma] = frozenset()
    dark_times: frozenset[Lemma] = frozenset()
    dark_words: frozenset[Lemma] = frozenset()
    claim_nouns: frozenset[Lemma] = frozenset()
    denying_verbs: frozenset[Lemma] = frozenset()
    contrast_words: frozenset[Lemma] = frozenset()
    conceding_marks: frozenset[Lemma] = frozenset()
    # the valence lexicon's words (valence.py) rated this far below (criticism) or above (praise) zero judge, when
    # not excluded; None: that kind is not used
    lexicon_criticism_threshold: float | None = None
    lexicon_praise_threshold: float | None = None
    lexicon_exclusions: frozenset[Lemma] = frozenset()
    label_criticism_tone: float | None = None
    label_praise_tone: float | None = None
    label_body_words: frozenset[Lemma] = frozenset()

    def imperative_demand(self, cameo: str, negated: bool) -> str | None:
        """The demand code of a bidden act of `cameo` ("Free the prisoners": 1053; "Do not shoot": 1056), by
        the longest prefix of imperative_demands; None when the code has no demand of its own."""
        if negated:
            return self.refrain_demand_code if cameo[:2] in self.refrain_roots else None
        for end in range(len(cameo), 1, -1):
            if cameo[:end] in self.imperative_demands:
                return self.imperative_demands[cameo[:end]]
        return None


class SpeechCues(SpeechFile):
    """The cues at run time: speech.yaml's, and the speaking verbs (the naming verbs and the attribution cues'
    speech verbs, joined by the coder)."""

    speaking_verbs: frozenset[str] = frozenset()
    quotes: QuoteRules  # quotes.yaml: what a quote's words are about, and when its tone judges
    # "I", "we" as a subject: the speaker speaking (the attribution cues' first_person, from coreference.yaml)
    first_person_subjects: frozenset[str] = frozenset()
    # pronouns that mostly stand for a situation, which a lexicon word is not said of ("it was horrendous";
    # quotes.yaml situation_pronouns)
    situation_pronouns: frozenset[str] = frozenset()
    # pronouns that, as what a quote judges, point back to what was told before it ('"This is a disgrace"';
    # quotes.yaml pointing_back)
    pointing_back: frozenset[str] = frozenset()
    # pronouns by which speakers speak of themselves in what they say ("said he was appalled", '"I am angry"')
    speaking_pronouns: frozenset[str] = frozenset()
    # verbs of regret (the one-word verbs triggers.yaml gives lament_trigger_code)
    lament_verbs: frozenset[str] = frozenset()
    # "the rebels are to blame": verbs whose infinitive after "be" is said of the ones acted on (triggers.yaml)
    passive_infinitives: frozenset[str] = frozenset()
    # verbs that say what their subject is, as a copula does (triggers.yaml linking_verbs)
    linking_verbs: frozenset[str] = frozenset()
    # the valence lexicon's words of criticism and praise that speech.yaml's lists miss (valence.judging_words)
    lexicon_criticism: frozenset[str] = frozenset()
    lexicon_praise: frozenset[str] = frozenset()
    # "held X responsible": the words one is held (triggers.yaml answering_adjectives, "was responsible for"), and the
    # modals under which no one was held yet (modality.yaml's future and hypothetical auxiliaries)
    held_words: frozenset[str] = frozenset()
    holding_modals: frozenset[str] = frozenset()
    # prepositions after a feeling naming whom it is about (roles.yaml, as the role rules read them)
    feeling_preps: frozenset[str] = frozenset()

    def may_speak(self, lemmas: set[str], words: set[str], quoted: bool = False) -> bool:
        """Whether a sentence (its lemmas and lower-case words) may hold a speech act: a speaking verb (or a
        known speaker: `quoted`) and a word of judgement, or a harsh or warm word beside a noun for what was said."""
        both = lemmas | words
        if not lemmas.isdisjoint(self.judging_nouns) and not both.isdisjoint(self._tone_words):
            return True
        if not lemmas.isdisjoint(self._told_words) or not both.isdisjoint(self._feeling_words):
            return True
        if not lemmas.isdisjoint(self.quoted_force_verbs) and not words.isdisjoint(TOKEN_OPENERS):
            return True  # (a verb of force in quote marks: `_quoted_force`)
        # (the lower-case words too: "according" is lemmatised "accord")
        spoken = quoted or not both.isdisjoint(self.speaking_verbs)
        # (a partner noun only with its quality: "Friends tell friends the truth" is no judgement to look for)
        partnered = not both.isdisjoint(self.partner_nouns) and not both.isdisjoint(self.partner_qualities)
        # (a label a naming verb gives in quotation marks: 'called the hearing "a prosecution without a crime"')
        labelled = (self.label_criticism_tone is not None and not lemmas.isdisjoint(self.naming_verbs)
                    and not words.isdisjoint(TOKEN_OPENERS))
        return spoken and (not both.isdisjoint(self._spoken_words) or partnered or labelled)

    # (the word sets `may_speak` looks for in every sentence, joined once)
    @cached_property
    def _tone_words(self) -> frozenset[str]:
        return self.harsh_words | self.warm_words | self.against_prefixes | self.for_prefixes

    @cached_property
    def _told_words(self) -> frozenset[str]:
        return (self.idiom_verbs | self.critic_nouns | self.supporter_nouns | self.refusal_words | self.lament_verbs
                | self.holding_verbs | self.unanswered_words | self.intent_nouns | self.threat_verbs
                | self.threat_against_verbs | self.no_confidence_words | self.hesitation_verbs | self.consequence_words
                | self.answer_words | self.vow_verbs)

    @cached_property
    def consequence_words(self) -> frozenset[str]:
        """The nouns that foretell harm, alone or as a verb's object (`_consequences`)."""
        return self.consequence_nouns | frozenset(n for nouns in self.consequence_verbs.values() for n in nouns)

    @cached_property
    def answer_words(self) -> frozenset[str]:
        """The verbs of an answer foretold, told as hard or by the measures taken (`_answers_foretold`)."""
        return self.answer_verbs | frozenset(self.answer_measures)

    @cached_property
    def _feeling_words(self) -> frozenset[str]:
        return self.disapproving_feelings | self.approving_feelings | self.concern_nouns

    # (the words the passes of `find_speech_acts` look for, joined once)
    @cached_property
    def rhetorical_words(self) -> frozenset[str]:
        """The words a rhetorical question opens with or turns on (`find_rhetorical_questions`)."""
        return self.rhetorical_openers | self.entitling_verbs

    @cached_property
    def refusal_words(self) -> frozenset[str]:
        return (self.refusal_verbs | self.refusal_passives | frozenset(self.refused_bidding) | frozenset(self.refused_parts)
                | frozenset(self.refused_concessions))

    @cached_property
    def stance_nouns(self) -> frozenset[str]:
        return self.critic_nouns | self.supporter_nouns

    @cached_property
    def felt_words(self) -> frozenset[str]:
        return self.disapproving_feelings | self.approving_feelings

    @cached_property
    def unheld_auxiliaries(self) -> frozenset[str]:
        """Auxiliaries of a holding verb under which no one was held: a modal, or "to" ("vowed to hold them")."""
        return self.holding_modals | {"to"}

    @cached_property
    def _spoken_words(self) -> frozenset[str]:
        return (self.judgement_words - self.partner_nouns) | self.appeal_verbs

    # (the word sets `judgement` looks for in every word it reads, joined once)
    @cached_property
    def _act_words(self) -> frozenset[str]:
        return self.praise_of_acts | self.criticism_of_acts

    @cached_property
    def _promise_words(self) -> frozenset[str]:
        return self.failure_verbs | self.kept_verbs

    @cached_property
    def _name_words(self) -> frozenset[str]:
        return self.insult_words | self.honour_words

    @cached_property
    def idiom_kinds(self) -> tuple[_IdiomKind, ...]:
        """The idioms as words, by kind: whether the subject is the one criticised (or praised), the code, and whether
        it judges only an actor named (trust: "lost confidence in the new tax" judges no one)."""
        return ((True, self.criticism_code, _idiom_words(self.criticised_idioms), False),
                (False, self.criticism_code, _idiom_words(self.distrust_idioms), True),
                (False, self.criticism_code, _idiom_words(self.critic_idioms), False),
                (False, self.praise_code, _idiom_words(self.trust_idioms), True),
                (False, self.praise_code, _idiom_words(self.praise_idioms), False),
                (True, self.praise_code, _idiom_words(self.praised_idioms), False))

    @cached_property
    def said_idioms(self) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
        """The idioms that judge their subject when said, as words, by code."""
        return ((self.criticism_code, _idiom_words(self.said_criticism_idioms)),
                (self.praise_code, _idiom_words(self.said_praise_idioms)))

    @cached_property
    def said_idiom_verbs(self) -> frozenset[str]:
        return frozenset(self.said_idioms_by_verb)

    @cached_property
    def said_idioms_by_verb(self) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        """The said idioms (code, words) by their verb, in the order of `said_idioms`: a verb is tried only on its own
        idioms (the whole list, tried at every verb of a speaker, was some 150,000 calls on the bench corpus)."""
        by_verb: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for code, idioms in self.said_idioms:
            for words in idioms:
                by_verb.setdefault(words[0], []).append((code, words))
        return {verb: tuple(found) for verb, found in by_verb.items()}

    def said_idiom(self, verb: Token) -> str | None:
        """The code of an idiom said of `verb`'s subject ("had turned a blind eye"), or None."""
        found = self.said_idioms_by_verb.get(lemma_of(verb)) if verb.pos_ in ("VERB", "AUX") else None
        if not found:
            return None
        below = _words_after(verb)
        return next((code for code, words in found if _idiom_at(verb, words, below) is not None), None)

    @cached_property
    def idiom_verbs(self) -> frozenset[str]:
        """The verbs the idioms open with: only these words can start one (a quick test per token)."""
        return frozenset(words[0] for _, _, idioms, _ in self.idiom_kinds for words in idioms)

    @cached_property
    def idioms_by_verb(self) -> dict[str, tuple[_IdiomKind, ...]]:
        """`idiom_kinds` by the verb the idioms open with, each kind with only that verb's idioms (a common verb
        such as "be" is tried against its own few idioms, not all)."""
        return {verb: tuple((criticised, code, tuple(words for words in idioms if words[0] == verb), actor)
                            for criticised, code, idioms, actor in self.idiom_kinds)
                for verb in self.idiom_verbs}

    @cached_property
    def judgement_words(self) -> frozenset[str]:
        return self._hand_words | self._lexicon_words

    @cached_property
    def _hand_words(self) -> frozenset[str]:
        """The words of judgement of speech.yaml's hand lists."""
        return (self.criticism_words | self.praise_words | self.criticism_when_negated | self.criticism_when_excessive
                | self.blame_words
                | self.insult_words | self.naming_insults | self.partner_nouns | self.honour_words | self.praise_of_acts | self.criticism_of_acts
                | self.failure_verbs | self.kept_verbs | self.said_idiom_verbs | self.misdeed_verbs | self.measure_harms
                | self.blow_nouns | self.ruin_nouns | self._conduct_words | self.dark_times)

    @cached_property
    def _conduct_words(self) -> frozenset[str]:
        return self.praised_conduct | self.faulted_conduct

    @cached_property
    def _lexicon_words(self) -> frozenset[str]:
        return self.lexicon_criticism | self.lexicon_praise

    def denial(self, code: str, token: Token, judged: Sequence[Token]) -> str:
        """`code`, or the denial code when it is criticism calling a claim untrue ("said the allegations were
        baseless", "called the reports false"): the claim denied, not criticism of its maker alone."""
        if (code == self.criticism_code and lemma_of(token) in self.untrue_words
                and any(lemma_of(t) in self.claim_nouns for t in judged)):
            return self.denial_code
        return code

    def judgement(self, token: Token) -> str | None:
        """The speech-act code a word of judgement stands for, or None when it is part of a name ("the
        International Criminal Court"). Negated, criticism is no judgement ("not wrong"), while praise and
        the words that judge only when denied are criticism ("not ideal", "not fit to govern", "did not do
        enough")."""
        # (a lower-case word the recogniser put in a name is still a word: "as barbaric" tagged ORG; in a time or
        # an amount it is not: "the worst week")
        if token.dep_ == "amod" and self.dark_time(token.head):
            return None  # "a shameful day for justice": the time judges, as a blow does (its value is no one judged)
        if token.pos_ == "PROPN" or (token.ent_type_ and (not token.text.islower() or token.ent_type_ in MEASURE_ENTITIES)
                                     and not self.dark_time(token)):  # ("a dark day" is tagged a date)
            return None
        if token.pos_ == "NOUN" and lemma_of(token) in self.adjective_only:
            return None  # "a military offensive": the noun names an act, it judges no one
        words = {lemma_of(token), token.text.lower()}
        if words.isdisjoint(self.judgement_words):
            return None  # (most words: no need to look for a negation)
        if _said_of_no_one(token, self.no_one_words, self.no_one_determiners):
            return None  # '"No one is above the law"', "nobody here is corrupt": a rule stated, no one judged
        if (token.tag_ == "VBG" and lemma_of(token) not in self.judgement_words
                and any(c.dep_ == "dobj" for c in token.children)):
            # "damaging a power plant": the verb's own act; only the adjective judges ("a damaging report"; and "has
            # dedicated his efforts", a word of praise in the -ed form)
            return None
        if self._other_sense(token):
            return None
        negated = _negated(token) or _of_nothing(token)
        if not words.isdisjoint(self.criticism_words):
            code = self._said(self.criticism_code, negated)
        elif not words.isdisjoint(self.praise_words):
            code = self._said(self.praise_code, negated)
        elif not words.isdisjoint(self.criticism_when_negated):
            code = self.criticism_code if negated else None
        elif not words.isdisjoint(self.blow_nouns):
            if token.pos_ != "NOUN" or not self._assails_value(token):
                return None  # "the attack on the village": a blow struck (the triggers' act), no verdict
            code = None if negated else self.criticism_code
        elif not words.isdisjoint(self.ruin_nouns):
            if token.pos_ != "NOUN" or not self._ruins_value(token):
                return None  # "the end of the war", "since the end of Soviet rule": an end told, no verdict
            code = None if negated else self.criticism_code
        elif not words.isdisjoint(self.dark_times):
            if not self.dark_time(token):
                return None  # "the day of the vote", "a sad day for the town": a time, no value assailed
            code = None if negated else self.criticism_code
        elif not words.isdisjoint(self.criticism_when_excessive):
            # "the army is moving too slowly", "came far too late": a pace or a measure faulted by its excess
            # ("came too late to save the boy": what the lateness cost, told, not a fault found)
            excessive = (any(c.dep_ == "advmod" and lemma_of(c) in self.excess_adverbs for c in token.children)
                         and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in token.children))
            code = self.criticism_code if excessive and not negated else None
        elif not words.isdisjoint(self._conduct_words):
            verb = self._conduct_of(token)
            if verb is None or any(c.dep_ == "aux" and lemma_of(c) in self.unheld_auxiliaries for c in verb.children):
                # "urged restraint", "a culture of impunity": no one's conduct; "would act with restraint": not done yet
                return None
            praise = not words.isdisjoint(self.praised_conduct)
            code = self._said(self.praise_code if praise else self.criticism_code, negated or _negated(verb))
        elif not words.isdisjoint(self.misdeed_verbs) and (token.pos_ == "VERB" or words.isdisjoint(self._name_words)):
            if token.pos_ != "VERB":
                return None  # "the stolen car": a word for a thing, said of no one ("a bully" is a name, below)
            code = self._said(self.criticism_code, negated)
        elif not words.isdisjoint(self.measure_harms):
            if token.pos_ != "VERB":
                return None  # "the gag": a thing named
            code = None if negated else self.criticism_code
        elif not words.isdisjoint(self.blame_words):
            if token.pos_ == "VERB" and not passive_infinitive(token, self.passive_infinitives):
                return None  # "blamed the army": the verb's own act (triggers.yaml); "were to blame": said of them
            code = None if negated or not self._blamed(token) else self.blame_code
        elif not words.isdisjoint(self._act_words):
            if not self._of_an_act(token):
                return None  # "tested positive", "a welcome sign outside": said of no one's act
            praise = not words.isdisjoint(self.praise_of_acts)
            code = None if negated else self.praise_code if praise else self.criticism_code
        elif not words.isdisjoint(self._promise_words) and token.pos_ == "VERB" and self._failed_object(token):
            kept = not words.isdisjoint(self.kept_verbs)
            code = self.criticism_code if negated == kept else None
        elif not words.isdisjoint(self._promise_words) and (idiom := self.said_idiom(token)) is None:
            return None  # "broke the window", "kept the house": no chance missed, no promise broken, no idiom
        elif not words.isdisjoint(self.partner_nouns):
            if token.dep_ not in ("attr", "oprd") or not any(
                    c.dep_ == "amod" and lemma_of(c) in self.partner_qualities for c in token.children):
                return None  # "Hungary, a close ally of Moscow", "the partners met": who they are, no praise
            code = self._said(self.praise_code, negated)
        elif not words.isdisjoint(self.naming_insults) and words.isdisjoint(self._name_words):
            if token.pos_ != "NOUN" or not self._naming_of(token):
                return None  # "a former spy", "the agents arrested him": who they are, not what they are called
            code = None if negated else self.criticism_code
        elif not words.isdisjoint(self._name_words):
            if not (_said_of(token) or (token.dep_ in ("amod", "compound") and _said_of(token.head)) or self._likened(token)):
                return None  # "the thugs fled": a word for who they are, not said of them ("a terrorist state" is)
            praise = not words.isdisjoint(self.honour_words)
            code = None if negated else self.praise_code if praise else self.criticism_code
        elif (idiom := self.said_idiom(token)) is not None:
            code = self._said(idiom, negated)  # "did not do a good job"
        elif not words.isdisjoint(self._lexicon_words):
            if not words.isdisjoint(self.lexicon_exclusions) or not self._lexicon_use(token):
                return None  # "the deadly storm", "killed": harm told, no one judged; a verb is the triggers' act
            praise = not words.isdisjoint(self.lexicon_praise)
            code = self._said(self.praise_code if praise else self.criticism_code, negated)
        else:
            return None
        if code is None:
            return None
        if token.dep_ == "advmod" and token.head.dep_ in ("amod", "compound", "nmod", "acl"):
            return None  # "the worst affected countries": how much, of a noun's modifier; it judges no one
        mentions = (token.head, token.head.head, *(c for c in token.children if c.dep_ != "dobj"))
        if any(lemma_of(t) in _MENTION_NOUNS and t.pos_ == "NOUN" for t in mentions):
            # "I never said the word 'failed'": a word mentioned, not used ("broke its word" uses one)
            return None
        if _in_time_clause(token):
            return None  # "the ferry sank after its crew failed to check the forecast": a happening told, no verdict
        if _clause_marked(token, _QUESTION_MARKS):
            return None  # "she asked why the mayor was so cruel": asked, not said of anyone
        if _denied_content(token, self.denying_verbs):
            return None  # "denied that any civilians had been harmed": a claim denied (the denial is the verb's act)
        if code == self.criticism_code and self._own_fault(token):
            return None  # "we got this wrong", "I was wrong": a fault admitted, no one else judged
        return code

    def _own_fault(self, token: Token) -> bool:
        """Whether a word of criticism is said by the speakers of themselves: the verb or the predicate of a clause
        whose subject is "I" or "we" ("we got this wrong", "I was wrong", "we failed our customers", "we made a
        terrible mistake"), an admission; "we will not accept this shameful deal" judges the deal."""
        word = token.head if token.dep_ == "amod" and lemma_of(token.head) in self.criticism_words else token
        verb = word if word.pos_ in ("VERB", "AUX") else word.head if word.dep_ in _OWN_FAULT_DEPS else None
        return verb is not None and any(c.dep_ in _SUBJECT_DEPS and c.lower_ in self.first_person_subjects
                                        for c in verb.children)

    def label_code(self, label: Token) -> str | None:
        """The code of a quoted label with no word of judgement in it, by the tone of its words: praise when warm
        (label_praise_tone or more), else criticism when not warm at all (label_criticism_tone or less), else
        None."""
        # ("a clerk of the ruling party": a party named is no feeling; the label's own head word is what it says)
        words = label.doc[label.left_edge.i:label.right_edge.i + 1]
        score = tone(" ".join(t.text for t in words if t.i == label.i or t.lemma_.lower() not in self.label_body_words))
        if self.label_praise_tone is not None and score >= self.label_praise_tone:
            return self.praise_code
        if self.label_criticism_tone is not None and score <= self.label_criticism_tone:
            return self.criticism_code
        return None

    def _naming_of(self, token: Token) -> bool:
        """Whether a noun is what a naming verb calls someone ("called the observers foreign agents", "labelled the
        journalists spies", "branded her an enemy of the people", "described them as stooges")."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        head = token.head
        if token.dep_ == "pobj" and lemma_of(head) == "as":
            head = head.head if head.head.pos_ == "VERB" else head.head.head
        elif token.dep_ == "dobj":
            # (the one named parsed as a second object before it, or as the naming's own modifier: "called the
            # opposition leaders foreign agents")
            if not any(c.dep_ in ("dobj", "dative") and c.i < token.i for c in head.children) and not _named_in(token):
                return False
        elif token.dep_ not in ("oprd", "attr"):
            return False
        return head.pos_ == "VERB" and lemma_of(head) in self.naming_verbs

    def _other_sense(self, token: Token) -> bool:
        """Whether a word of judgement is another word of the same lemma, told by a word below it (other_senses: "the
        blame lay with the minister", "the village lies in ruins" are no lies)."""
        marks = self.other_senses.get(lemma_of(token))
        return marks is not None and any(lemma_of(c) in marks or c.text.lower() in marks for c in token.children)

    def _said(self, code: str, negated: bool) -> str | None:
        """The code of a judgement said (`code`) or denied: praise denied is criticism ("not wise", "did not do a
        good job"), criticism denied judges no one ("not wrong")."""
        if not negated:
            return code
        return self.criticism_code if code == self.praise_code else None

    def _assails_value(self, token: Token) -> bool:
        """Whether a noun of a blow is struck at a value, not at someone ("an attack on free speech", "a blow to
        democracy", "an affront to the constitution"): what it is on, to or against is one of assailed_values."""
        return self._value_after(token, _BLOW_PREPS)

    def _ruins_value(self, token: Token) -> bool:
        """Whether a noun of an end is what something is called or said to be, the end of a value ("called the law the
        end of press freedom", "this is the death of democracy"): a complement or object of a naming verb or of "be", or
        the object of "as", with one of assailed_values (or a word of its phrase) after "of"."""
        # (the parser may take the naming for the naming verb's object: "a change the opposition called the end of ...")
        if token.dep_ not in ("attr", "oprd") and not (token.dep_ == "pobj" and lemma_of(token.head) == "as") and not (
                token.dep_ == "dobj" and lemma_of(token.head) in self.naming_verbs):
            return False
        return self._value_after(token, _OF)

    def dark_time(self, token: Token) -> bool:
        """Whether a noun of time is called dark for a value ("a dark day for democracy", "a black day for press
        freedom"): one of dark_words before it, one of assailed_values (or a word of its phrase) after "for"."""
        if token.pos_ != "NOUN" or lemma_of(token) not in self.dark_times or not any(c.dep_ == "amod" and lemma_of(c) in self.dark_words for c in token.children):
            return False
        return self._value_after(token, _FOR)

    def _value_after(self, token: Token, preps: frozenset[str]) -> bool:
        """Whether what one of `preps` under the noun names is one of assailed_values, or has one in its phrase ("an
        attack on free speech", "the end of press freedom", "a dark day for democracy")."""
        objects = [g for c in token.children if c.dep_ == "prep" and lemma_of(c) in preps
                   for g in c.children if g.dep_ == "pobj"]
        return any(lemma_of(t) in self.assailed_values for o in objects for t in (o, *o.children)
                   if t.dep_ in ("pobj", "compound", "amod"))

    def _conduct_of(self, token: Token) -> Token | None:
        """The verb whose manner a word tells: a verb of conduct it is an adverb of ("behaved professionally") or the
        object of whose "with" or "in" it is ("acted with restraint", "acted in haste"), or a verb of showing whose
        object it is ("showed courage"); None when it tells no one's conduct."""
        head = token.head
        if token.dep_ == "pobj" and lemma_of(head) in self.conduct_preps:
            head = head.head
        elif token.dep_ == "dobj":
            return head if head.pos_ == "VERB" and lemma_of(head) in self.showing_verbs else None
        elif token.dep_ != "advmod":
            return None
        return head if head.pos_ == "VERB" and lemma_of(head) in self.conduct_verbs else None

    def _likened(self, token: Token) -> bool:
        """Whether a noun is what someone's conduct is likened to ("behaving like a bully", "acted like thugs")."""
        head = token.head
        return (token.dep_ == "pobj" and lemma_of(head) in self.likening_preps and head.head.pos_ == "VERB"
                and lemma_of(head.head) in self.conduct_verbs)

    def excessive(self, token: Token) -> bool:
        """Whether a word judges only by its excess ("too slowly", speech.yaml criticism_when_excessive): like a
        lexicon word, it judges the actor it is said of, or no one ("the rescuers came too late")."""
        return lemma_of(token) in self.criticism_when_excessive

    def misdeed(self, token: Token) -> bool:
        """Whether a word is a verb of misdeed (speech.yaml misdeed_verbs): it blames only an actor doing it."""
        return token.pos_ == "VERB" and lemma_of(token) in self.misdeed_verbs

    def from_lexicon(self, token: Token) -> bool:
        """Whether a word judges only by the valence lexicon (no hand list of speech.yaml holds it)."""
        words = {lemma_of(token), token.text.lower()}
        return not words.isdisjoint(self._lexicon_words) and words.isdisjoint(self._hand_words)

    def _lexicon_use(self, token: Token) -> bool:
        """Whether a word of the valence lexicon is used as a judgement can be: an adjective said of someone, or
        of a noun said of someone or of what someone did ("is a nasty man", "described them as wonderful", "did a
        fabulous job"; "his beloved wife", "the worst storm" describe), never a superlative ("the best way": a
        rank); an adverb of how an actor did an act ("acted foolishly", "badly handled"; not a sentence adverb
        before the subject, "Sadly, the ferry sank", nor of a passive); or a noun said of someone ("the mayor is
        a crook"; not a headline's bare noun, nor one in apposition: "the Sampson, a missile destroyer" names a
        kind). A verb tells an act: the trigger patterns code it."""
        if token.pos_ == "ADJ":
            head = token.head
            return token.tag_ != "JJS" and (token.dep_ != "amod" or lemma_of(head) == "as" or lemma_of(head) in self.work_nouns
                                             or (head.dep_ != "appos" and _said_of(head)))
        if token.pos_ == "ADV":
            head = token.head
            subjects = [c.i for c in head.children if c.dep_ == "nsubj"]
            return token.dep_ == "advmod" and head.pos_ == "VERB" and bool(subjects) and token.i > subjects[0]
        if token.pos_ == "NOUN":
            return token.dep_ not in ("ROOT", "appos") and _said_of(token)
        return False

    def _of_an_act(self, token: Token) -> bool:
        """Whether a word judges a noun for what someone did ("a positive step", "the move was encouraging",
        "called the decision a welcome one", "the bombing was a war crime", "committed atrocities")."""
        if token.dep_ == "amod":
            return self.act_noun(token.head)
        if token.dep_ in ("acomp", "attr", "oprd"):
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "dobj")]
            return any(self.act_noun(c) or framed_act(c, self.naming_verbs) is not None for c in subjects)
        linked = self._linked_verb(token)
        if linked is not None:  # "the shelling amounted to a war crime", "constituted a war crime"
            return any(self.act_noun(c) for c in linked.children if c.dep_ == "nsubj")
        if token.dep_ == "dobj" and token.head.pos_ == "NOUN":
            return self.act_noun(token.head)  # "called the strikes a war crime" parsed as the strikes' own object
        if token.dep_ == "dobj" and lemma_of(token.head) in self.naming_verbs:
            # "branded the shooting an act of terror" parsed with two objects: the first is the one named
            return any(self.act_noun(c) for c in token.head.children if c.dep_ == "dobj" and c.i < token.i)
        if token.dep_ == "pobj" and lemma_of(token.head) == "of" and lemma_of(token.head.head) in self.judged_acts:
            return self._of_an_act(token.head.head)  # "called the attack an act of cowardice"
        if token.dep_ == "pobj" and lemma_of(token.head) == "as":
            # "described the strikes as a war crime" ("as" on the verb, or on the one named)
            named = token.head.head
            return self.act_noun(named) or any(self.act_noun(c) or framed_act(c, self.naming_verbs) is not None
                                               for c in named.children if c.dep_ == "dobj")
        # "said the troops had committed war crimes": the deed its doer committed, when it is one of the deeds that
        # judge ("committed a crime", a court's or the police's word, does not)
        if token.dep_ != "dobj" or token.head.pos_ != "VERB" or lemma_of(token.head) not in self.perpetrating_verbs:
            return False
        words = {lemma_of(t) for t in token.subtree}
        return any(lemma_of(token) in deed and set(deed) <= words for deed in self._deeds)

    def _linked_verb(self, token: Token) -> Token | None:
        """The linking verb a word is said through ("amounted to a war crime", "constituted a war crime"), or None."""
        head = token.head.head if token.dep_ == "pobj" and lemma_of(token.head) == "to" else token.head
        if token.dep_ not in ("dobj", "pobj") or head.pos_ != "VERB" or lemma_of(head) not in self.linking_verbs:
            return None
        return head

    @cached_property
    def _deeds(self) -> tuple[tuple[str, ...], ...]:
        return _idiom_words(self.perpetrated_deeds)

    def act_noun(self, token: Token) -> bool:
        """Whether a noun names what someone did: their work ("the decision") or a violent act ("the attack")."""
        lemma = lemma_of(token)
        return lemma in self.work_nouns or lemma in self.judged_acts

    def _failed_object(self, verb: Token) -> bool:
        """Whether a verb's object, or the object of a preposition or particle after it, is a chance or a promise
        ("missed the chance", "reneged on the pledge", "did not follow through on his promise")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ in ("pobj", "dobj")]
        return any(lemma_of(o) in self.failure_objects for o in objects)

    def _blamed(self, token: Token) -> bool:
        """Whether a word of blame names a harm ("responsible for the attack", "behind the bombing"), or, said
        of someone with nothing after it, the harm the story is about ("the government said militants were
        responsible"; "responsible for education" names no harm)."""
        if token.pos_ == "VERB":
            return True  # "were to blame for the delay": blame itself says what it is for is a wrong
        preps = [token] if token.pos_ == "ADP" else [c for c in token.children if c.dep_ == "prep"]
        if token.pos_ == "NOUN" and token.dep_ == "nsubj" and any(
                c.dep_ == "prep" and lemma_of(c) == "with" for c in token.head.children):
            return True  # "the blame lies with the ministry": the one it lies with
        if not preps and token.pos_ == "ADJ" and token.dep_ == "acomp":
            return not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in token.children)
        objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        # "behind the wave of killings": what a noun of number or kind is of
        objects += [o for g in objects if lemma_of(g) in self.harm_counts for p in g.children
                    if p.dep_ == "prep" and lemma_of(p) == "of" for o in p.children if o.dep_ == "pobj"]
        return any(lemma_of(g) in self.blamed_for for g in objects)

    def tone(self, noun: Token) -> str | None:
        """The code of a noun for what was said whose modifier judges ("a scorching review", "glowing
        remarks"), or None."""
        if lemma_of(noun) not in self.judging_nouns or noun.pos_ != "NOUN":
            return None
        for child in noun.children:
            if child.dep_ not in ("amod", "compound"):
                continue
            words = {lemma_of(child), child.text.lower()}
            if not words.isdisjoint(self.harsh_words):
                return self.criticism_code
            if not words.isdisjoint(self.warm_words):
                return self.praise_code
        return None


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """A speaker's judgement: the code, the speaker's head tokens, the word of judgement, and the token range
    in which the one spoken of is to be found (its subject first)."""

    code: str
    speakers: tuple[Token, ...]
    cue: Token
    scope: tuple[int, int]
    spoken_of: tuple[Token, ...]
    # an act told by its own words (an idiom, an appeal): it may name no speaker ("came under fire") or no
    # one spoken to ("we need help"), and its verb gives its modality
    told: bool = False
    # a refusal told by a verb of consent denied ("will not accept"): the refusal happened, whatever the verb's
    # negation says of the consent
    refusal: bool = False
    # an act a whole article's coder codes and a lone sentence's does not (a concern voiced: CAMEO's sentence
    # sets code it as a comment)
    in_articles_only: bool = False
    # an act that tells what its cue's own event is ("would veto any bill that ...": a threat, not a veto to come), which
    # that event yields to
    retells_cue: bool = False
    # who the act is held over when it names no one: the sector of the body whose object it is ("any bill that ...": a
    # legislature's), and the object
    implied: tuple[str, Token] | None = None
    # an act told by a word of another kind ('"ambushed" the mayor': a quoted verb of force): the act it yields was
    # aimed at its victim, not at whom the speaker criticises
    figurative: bool = False
    # an answer foretold ("would respond in kind"): when it names no one, aimed at whom the act it answers is aimed at
    answers: bool = False


def _in_time_clause(token: Token) -> bool:
    """Whether a word is in a clause that only says when something else happened ("after the crew failed to
    ...", "when the talks failed")."""
    clause = _own_clause(token)
    return clause is not None and clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and lemma_of(c) in _TIME_MARKS for c in clause.children)


def _clause_marked(token: Token, marks: frozenset[str]) -> bool:
    """Whether a word's own clause is opened by one of `marks` ("asked why the mayor was so cruel")."""
    clause = _own_clause(token)
    return clause is not None and any(c.dep_ in ("mark", "advmod") and c.i < clause.i and lemma_of(c) in marks
                                      for c in clause.children)


def _denied_content(token: Token, denying: frozenset[str]) -> bool:
    """Whether a word stands in what a verb of denial says is untrue, its that-clause ("denied that the army had
    harmed anyone", "rejected claims that ...": not the latter, a noun's clause)."""
    node = token
    for _ in range(MAX_CONTENT_HOPS):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and lemma_of(node.head) in denying:
            return True
        node = node.head
    return False


def _own_clause(token: Token) -> Token | None:
    """The verb of a word's own clause: the word itself, or the verb its phrase hangs on (within three heads)."""
    clause = token if token.pos_ in ("VERB", "AUX") else token.head
    for _ in range(3):
        if clause.pos_ in ("VERB", "AUX") or clause.dep_ == "advcl":
            return clause
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _of_nothing(token: Token) -> bool:
    """Whether a judgement is said of nothing ("did nothing wrong", "there is nothing shameful"): no one judged."""
    head = token.head
    if lemma_of(head) in _NONE_WORDS:
        return True
    return token.dep_ in _MODIFIER_DEPS and any(c.dep_ == "dobj" and lemma_of(c) in _NONE_WORDS for c in head.children)


def _said_of_no_one(token: Token, words: frozenset[str], determiners: frozenset[str]) -> bool:
    """Whether the subject of a word's own clause names no one: one of `words` ("nobody", "none of our officers"),
    or a noun with one of `determiners` ("no one", "no official"; speech.yaml no_one_words, no_one_determiners)."""
    clause = _own_clause(token)
    return clause is not None and any(
        c.dep_ in _SUBJECT_DEPS and (c.lower_ in words or any(d.dep_ == "det" and d.lower_ in determiners for d in c.children))
        for c in clause.children)


def _negated(token: Token) -> bool:
    """Whether a word is denied: its own or its head's negation, or, for a modifier, its head's head's ("they
    are not honest brokers", "did not fight hard enough")."""
    nodes = [token, token.head]
    if token.dep_ in _MODIFIER_DEPS:
        nodes.append(token.head.head)
    # ("the vote was neither free nor fair": "neither" hangs on the first of the words it denies)
    return any(c.dep_ == "neg" or (c.dep_ == "preconj" and lemma_of(c) in _NEITHER) for node in nodes for c in node.children)


def _who_speaks(heads: tuple[Token, ...], cues: SpeechCues) -> tuple[Token, ...]:
    """The speakers a speech verb's subjects stand for: a relative pronoun's noun ("an article that claimed",
    "the senator, who said"), and a written text's author when the text names one ("an article by a
    magazine", "a report by the ministry"; else the text, coded with no source)."""
    speakers: list[Token] = []
    for head in heads:
        if lemma_of(head) in ("that", "which", "who") and head.head.dep_ == "relcl":
            head = head.head.head
        authors = [g for c in head.children if c.dep_ == "prep" and lemma_of(c) == "by" for g in c.children
                   if g.dep_ == "pobj"] if lemma_of(head) in cues.document_nouns else []
        speakers += authors or [head]
    return tuple(speakers)


def _quote_headed(verb: Token) -> bool:
    """A speech verb parsed below what was said ('"...," he said'), with no complement of its own."""
    return verb.dep_ in ("parataxis", "ccomp") and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def _said_of(token: Token) -> bool:
    """Whether a noun is said of someone: the complement of a copula or of a naming ("they are thugs",
    "called him a coward"), a noun in apposition, a one-word exclamation ("Cowards!"), or a conjunct of one."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and lemma_of(token.head) == "as":
        return True  # "described the governor as a menace": the naming's complement
    if token.dep_ == "pobj" and lemma_of(token.head) in ("but", "of") and lemma_of(token.head.head) in ("nothing", "little"):
        return _said_of(token.head.head)  # "this is nothing but a stunt": what "nothing" is said of
    if token.dep_ == "dobj" and any(c.dep_ in ("dobj", "dative") and c.i < token.i for c in token.head.children):
        # "branded the protesters terrorists" parsed with two objects, or with the first as a dative ("branded the
        # protesters a threat"): the second names the first
        return True
    if token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children):
        return False  # "there was a grave danger of unrest": said to be, not said of anyone
    return token.dep_ in _SAID_OF_DEPS


def _denied_predicate(token: Token) -> bool:
    """A modifier of the noun said of a subject, denied ("they are not honest brokers"): it judges the subject."""
    return token.head.dep_ == "attr" and _negated(token)


def _predicate(token: Token) -> bool:
    """A modifier of the noun said of a subject ("this is a reckless gamble", "it was a cowardly act"): what
    it judges is the subject, or what the speaker said it of."""
    return token.head.dep_ == "attr" and lemma_of(token.head.head) in _COPULAS


def _subjects_in(start: int, end: int, doc) -> tuple[Token, ...]:
    return tuple(t for t in doc[start:end] if t.dep_ in _SUBJECT_DEPS or t.dep_ == "poss")


@dataclass(frozen=True, slots=True)
class _Words:
    """A sentence with its document's lemmas and lower-case words, so that each pass below makes a Token only
    of the few words its word lists name (spaCy makes a new Token at every access, and a sentence is read by
    ten passes). A pass still checks each word fully: these lists only skip words it would pass over."""

    sentence: SpacySpan
    lemmas: Sequence[str]
    lowers: Sequence[str]
    # the sentence's lemmas and lower-case words as sets: most passes find none of their words, told at once
    lemma_set: frozenset[str] = field(init=False)
    lower_set: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        start, end = self.sentence.start, self.sentence.end
        object.__setattr__(self, "lemma_set", frozenset(self.lemmas[start:end]))
        object.__setattr__(self, "lower_set", frozenset(self.lowers[start:end]))

    def having(self, wanted: frozenset[str], forms: bool = False, start: int | None = None,
               end: int | None = None) -> list[Token]:
        """The words from `start` to `end` (the sentence's by default) whose lemma, or with `forms` whose
        lower-case form, is in `wanted`, in text order."""
        doc, lemmas, lowers, sentence = self.sentence.doc, self.lemmas, self.lowers, self.sentence
        first = sentence.start if start is None else start
        last = sentence.end if end is None else min(end, len(lemmas))
        if (sentence.start <= first and last <= sentence.end and wanted.isdisjoint(self.lemma_set)
                and (not forms or wanted.isdisjoint(self.lower_set))):
            return []
        return [doc[i] for i in range(first, last) if lemmas[i] in wanted or (forms and lowers[i] in wanted)]


def find_speech_acts(sentence: SpacySpan, attributions: list[Attribution], cues: SpeechCues,
                     people: Callable[[Token], bool] = lambda token: True, lemmas: Sequence[str] | None = None,
                     lowers: Sequence[str] | None = None) -> list[SpeechAct]:
    """Judgements in what speakers say (one per speaker and scope: the first word of judgement), and in
    naming verbs ("calling X a failure"). `people` tells whether a noun names an actor (a word of
    judgement modifying another noun judges a thing). `lemmas`, `lowers`: the document's lemmas and
    lower-case words, when the caller has them (read from the Doc otherwise)."""
    acts: list[SpeechAct] = []
    doc = sentence.doc
    words = _Words(sentence, [lemma_of(t) for t in doc] if lemmas is None else lemmas,
                   [t.text.lower() for t in doc] if lowers is None else lowers)
    for attribution in attributions:
        # ("according to the senator, the governor has failed": a named speaker's judgement too, in a whole article;
        # a lone sentence of the CAMEO sets codes the act it reports)
        if not attribution.speaking or not attribution.heads:
            continue
        reported = attribution.reporting_only
        scope_start, end = attribution.scope or (sentence.start, sentence.end)
        speaker_start, speaker_end = attribution.phrase
        speech_verbs = {h.head.i for h in attribution.heads}
        # '"...," he said' parsed with the quote as the verb's head: the verb's own words are not the quote
        # ("he said Iran had shown contempt": "shown" is no speaker of the sentence around it)
        own_words = {t.i for v in speech_verbs if _quote_headed(doc[v]) for t in doc[v].subtree}
        for start in _judgement_starts(words, cues, scope_start, end):
            found = len(acts)
            for token in words.having(cues.judgement_words, forms=True, start=start, end=end):
                if speaker_start <= token.i < speaker_end or token.i in speech_verbs or token.i in own_words:
                    continue
                code = cues.judgement(token)
                owned = [c for c in token.head.children if c.dep_ == "poss" and people(c)] if token.dep_ == "amod" else []
                # ('"Reckless," X said of the plan': a quoted word with no verb, hung on the verb that says it, is said of
                # what the verb says it is about)
                fragment = token.head.i in speech_verbs or (token.head.head.i in speech_verbs and token.head.i < token.head.head.i
                                                            and token.head.dep_ in _FRAGMENT_DEPS)
                if code and token.dep_ == "amod" and (lemma_of(token) in cues.label_words or not (
                        people(token.head) or _denied_predicate(token) or _predicate(token) or cues.act_noun(token.head)
                        or owned or fragment)):
                    continue  # "hostile relations": a judgement of a thing; "authoritarian regimes": a kind of actor
                if code:
                    # "..., X said of the governor's veto": the one spoken of, then the subjects of what was said
                    about = tuple(g for v in speech_verbs for g in said_about(doc[v], people, cues.quotes))
                    about = tuple(t for a in about for t in a.subtree if t.dep_ == "poss") + about
                    doers = [c for c in token.children if c.dep_ == "nsubj"] if token.pos_ == "VERB" else []
                    if cues.misdeed(token):
                        # "said the minister had squandered the surplus": the one who did it, an actor ("said the floods
                        # wrecked the bridge" blames no one); "tried to steal the vote": the subject of the trying
                        doers = [d for d in _misdoers(token) if people(d)]
                        if not doers:
                            continue
                    elif lemma_of(token) in cues.measure_harms:
                        # "said Washington's tariffs would destroy thousands of jobs": the owner of the measure that harms;
                        # an actor's own deed is the triggers' act, a thing's harm ("the storm would destroy homes")
                        # judges no one
                        doers = [d for d in doers if any(o.dep_ == "poss" and people(o) for o in d.children)]
                        if not doers:
                            continue
                    elif cues.dark_time(token):
                        # '"This is a dark day for democracy"': the time is said of what was done (its copula's
                        # subject, pointing back to it), not of the value it is dark for ("press freedom")
                        doers = [c for c in token.head.children if c.dep_ == "nsubj"] if token.dep_ == "attr" else []
                        if not doers:
                            continue
                    elif not about and cues.said_idiom(token) is not None and any(
                            d.pos_ in ("NOUN", "PROPN") and not people(d) for d in _doers(token)):
                        # "the talks went too far into the night": an idiom said of a thing judges no one; said of a
                        # deed ("such attacks have no place here") or of an actor's thing ("the ministry's plan makes
                        # no sense"), it judges the doer or the owner
                        doers = [o for d in _doers(token) for o in _owners_or_deed(d, cues, people)]
                        if not doers:
                            continue
                    if cues.from_lexicon(token) or cues.excessive(token):
                        # a lexicon word judges the subject it is said of ("said the board was heartless"), no other
                        # actor its clause names ("said the talks with Chile were wonderful"), and not a situation or a
                        # happening ("it was horrendous", "the explosion was horrendous")
                        clause = _own_clause(token)
                        doers = [c for c in clause.children if c.dep_ == "nsubj" and people(c)
                                 and c.text.lower() not in cues.situation_pronouns] if clause is not None else []
                        # ("said the expulsion came far too late": a pace or a measure faulted in an act judges whoever
                        # did it, found from the act as for "a cowardly attack")
                        deeds = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not people(c)] \
                            if clause is not None and not doers and not about and cues.excessive(token) else []
                        if deeds:
                            acts.append(SpeechAct(code, _who_speaks(attribution.heads, cues), token, _scope_of(tuple(deeds)),
                                                  tuple(deeds), in_articles_only=reported))
                            break
                        if not doers:
                            if about:  # '"It is horrid," X said of the governor': the one it was said of
                                acts.append(SpeechAct(code, _who_speaks(attribution.heads, cues), token, _scope_of(about), about,
                                                      in_articles_only=reported))
                                break
                            continue
                    if doers:
                        # "the contractor failed to finish the bridge": a verb of judgement judges its own subject, and
                        # no one else the clause names
                        first, last = doers[0].left_edge.i, doers[-1].right_edge.i + 1
                        acts.append(SpeechAct(code, _who_speaks(attribution.heads, cues), token, (first, last),
                                              about + tuple(doers), in_articles_only=reported))
                    else:
                        # ('"This was a cowardly attack," X said': the act the word modifies is judged, its doer found later)
                        acted = (token.head,) if token.dep_ == "amod" and token.head.pos_ == "NOUN" and cues.act_noun(token.head) else ()
                        # ('"Patients will pay for the union's intransigence"': a named owner of the judged noun is judged
                        # before the clause's subject)
                        owners = tuple(c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" and people(c)) \
                            if token.pos_ == "NOUN" else ()
                        judged = owners + about + _subjects_in(start, end, doc) + _subjects_in(scope_start, start, doc) + acted
                        acts.append(SpeechAct(cues.denial(code, token, judged), _who_speaks(attribution.heads, cues), token,
                                              (start, end), judged, in_articles_only=reported))
                    break
            if len(acts) > found:
                break  # (else the words before the contrast, as if there were none)

    for verb in words.having(cues.naming_verbs):
        if verb.pos_ != "VERB" or lemma_of(verb) not in cues.naming_verbs:
            continue
        named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # "branded the governor a failure" parsed with two objects: the second is the naming; (session 29) so with the
        # one named parsed as a dative ("branded the protesters a menace to public order")
        named = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" and named and c.i < named[0].i] + named
        named, renamed = named[:1], named[1:]
        if not named:
            # "called the law a disgrace" parsed with two complements: the first is the one named; one complement
            # with the naming in apposition to it ('called Hale's remarks "a cheap stunt"') is the one named
            complements = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
            named = complements[:-1][:1] or [c for c in complements[:1] if any(
                a.dep_ == "appos" and a.i > c.i for a in c.children)]
        if len(named) == 1 and (inner := _named_in(named[0])) is not None:
            named, renamed = [inner], [named[0]]  # "called the opposition leaders foreign agents"
        summed = _summed_up(verb, cues.summing_nouns)
        if summed is not None and named and not renamed and named[0].dep_ == "dobj" and named[0].tag_ not in _WH_TAGS:
            # ("banned the party, a decision critics called an attack on democracy" parsed with the naming as the object:
            # the move is what is named, and so its object the naming)
            named, renamed = [], named
        if summed is not None and (not named or named[0].tag_ in _WH_TAGS):
            named = [summed]  # "cut its aid budget, a move Oxfam called a betrayal": the one who made the move
        # (the parser may hang "as ..." on the one named: "dismissed the claims as nonsense")
        # (and may take the naming word after the one named for an adverb: "called the attack cowardly")
        # (or in apposition to the one named: "termed the ministry's response a disgrace", or as its object)
        naming = renamed + [c for c in (*verb.children, *(g for n in named for g in n.children))
                  if c not in named and ((c.head.i == verb.i and c.dep_ in _NAMING_VERB_DEPS)
                                         or (c.dep_ == "prep" and lemma_of(c) == "as")
                                         or (c.dep_ in ("appos", "dobj") and c.i > c.head.i and c.head in named)
                                         or (bool(named) and c.head.i == verb.i and c.dep_ == "advmod" and c.i > named[0].i))]
        # ('called Ferrante "a disaster of a governor"' with the quotation hung elsewhere by the parser, the one named
        # perhaps taken for the naming)
        named = named or [c for c in verb.children if c.dep_ == "oprd" and quoted_naming(c) is not None][:1]
        quotations = [q.root for q in map(quoted_naming, named[:1]) if q is not None and q.root not in naming]
        naming += [q for q in quotations if not any(q.i in range(p.left_edge.i, p.right_edge.i + 1) for p in naming)]
        if not named or not naming:
            continue
        scope = (named[0].left_edge.i, named[0].right_edge.i + 1)
        # (a move summed up is named by the noun a reduced clause hangs on, whatever the verb's form: "a move opposition
        # parties described as ...")
        namers = _namers(verb) or ((verb.head,) if summed is not None and verb.dep_ == "acl" else ())
        for part in naming:
            cue = next((t for t in part.subtree if cues.judgement(t)), None)
            if cue is None:
                continue
            speakers = namers
            if speakers:
                acts.append(SpeechAct(cues.denial(cues.judgement(cue) or "", cue, named), speakers, cue, scope,
                                      tuple(named)))
            break
        else:
            # 'called the hearing "a prosecution without a crime"', 'calls it "a coronation"': a label the reporter
            # quotes, with no word of judgement in it, judges by its tone (criticism unless it is warm)
            label = next((p for p in naming if p.pos_ == "NOUN" and _quoted_label(p)), None)
            code = cues.label_code(label) if label is not None else None
            speakers = namers if code is not None else ()
            if label is not None and code is not None and speakers:
                acts.append(SpeechAct(code, speakers, label, scope, tuple(named)))
    acts += _toned_nouns(words, cues)
    acts += _prefixed_nouns(words, cues)
    acts += _idioms(words, attributions, cues, people)
    acts += _stances(words, cues)
    acts += _appeals(words, attributions, cues)
    acts += _refusals(words, attributions, cues)
    acts += _retributions(words, attributions, cues)
    acts += _consequences(words, attributions, cues)
    acts += _answers_foretold(words, attributions, cues, people)
    acts += _conditional_threats(words, attributions, cues)
    acts += _vowed_curbs(words, cues)
    acts += _disowned_yielding(words, attributions, cues)
    acts += _feelings(words, attributions, cues, people)
    acts += _critics_say(attributions, cues)
    acts += _quoted_force(words, attributions, cues, people)
    acts += _concerns(words, cues, people)
    acts += _laments(words, cues, people)
    acts += _holdings(words, cues)
    acts += [SpeechAct(*toned) for toned in toned_quotes(sentence, attributions, cues, people, acts, cues.quotes)]  # a quote's tone
    return acts


def _namers(verb: Token) -> tuple[Token, ...]:
    """Who names someone by a naming verb: its subject, or the noun a relative or reduced clause of it hangs on; a
    conjunct's, the subject of the verb it is joined to ("rejected the deal and called the offer an insult")."""
    verb = _joined_to(verb, "nsubj")
    speakers = tuple(c for c in verb.children if c.dep_ == "nsubj")
    if verb.dep_ == "relcl" and any(c.tag_ in _WH_TAGS for c in speakers):
        speakers = (verb.head,)  # "Trump, who last month called the governor a disaster"
    if not speakers and verb.dep_ == "acl" and (verb.tag_ == "VBD" or _renames(verb)):
        # "the minister called ..." parsed as a noun with a clause (as a participle only when it names one thing
        # another: "a group called Citizens First" is the group's name)
        speakers = (verb.head,)
    # "was quoted calling"; "broke with his party, urging a vote and calling the veto a disgrace": a participle's
    # subject is its clause's (a few steps up: the parser may join the participle to the verb of another)
    for _ in range(_NAMER_STEPS):
        if speakers or verb.dep_ not in _NAMER_CLAUSE_DEPS or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
        speakers = tuple(c for c in verb.children if c.dep_ in _SUBJECT_DEPS)
    return speakers


def _judgement_starts(words: _Words, cues: SpeechCues, start: int, end: int) -> list[int]:
    """Where to look for the speaker's judgement in the words from `start` to `end`, in turn: after a contrast joining
    two clauses ("I respect the governor, but his veto was a disgrace", "the mayor is a fine leader, yet the council
    has behaved shamefully": speech.yaml contrast_words) or after a conceding clause set before its host ("though
    the mayor is honest, the council acted shamefully": conceding_marks), for what comes after it is what the speaker
    holds against the one it is about; then at `start`."""
    # (usually neither word is there: no Token made)
    joining = [c.i + 1 for c in words.having(cues.contrast_words, start=start, end=end)
               if c.dep_ in ("cc", "advmod") and c.head.pos_ in ("VERB", "AUX") and c.head.i != c.i]
    joining += [c.head.right_edge.i + 1 for c in words.having(cues.conceding_marks, start=start, end=end)
                if c.dep_ == "mark" and c.head.dep_ == "advcl" and c.head.head.i > c.head.i
                and c.head.right_edge.i + 1 < end]
    return [*sorted(joining)[-1:], start]


def _renames(verb: Token) -> bool:
    """Whether a naming verb's object or complement has the naming in apposition after it ('called Hale's remarks
    "a cheap stunt"'): one thing named another."""
    return any(c.dep_ in ("dobj", "oprd", "attr") and any(a.dep_ == "appos" and a.i > c.i for a in c.children)
               for c in verb.children)


def _joined_to(verb: Token, dep: str) -> Token:
    """The verb, or for a conjunct with no dependent of label `dep` (its subject), the verb it is joined to that has one
    ("rejected the deal and called the offer an insult", "welcomed criticism but would not tolerate lies")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == dep for c in verb.children):
        verb = verb.head
    return verb


def _quoted_label(noun: Token) -> bool:
    """Whether a noun phrase is quoted whole, opening on a determiner or a describing word ('"a coronation"', '"a
    poison pill"'), or a lone common noun in lower case ('called the senators "quitters"', session 30); not a name,
    '"Operation Sunrise"'."""
    doc = noun.doc
    words = [t for t in noun.subtree if not t.is_punct]  # (the parser may hang the marks on the noun)
    if not words:
        return False
    start, end = words[0].i, words[-1].i
    # (the one named parsed inside the label, before its opening mark: 'called [the seven senators] "quitters"')
    opener = next((t.i for t in reversed(doc[start:noun.i]) if opens_quote(t.text)), None)
    start = start if opener is None else opener + 1
    opening = doc[start].pos_ in ("DET", "ADJ") or (start == end and noun.pos_ == "NOUN" and noun.text.islower())
    return (start > 0 and opens_quote(doc[start - 1].text) and opening
            and any(closes_quote(t.text) for t in doc[end + 1:end + 3]))


def _named_in(naming: Token) -> Token | None:
    """The one named, parsed as a modifier of the naming ("called [the opposition leaders] foreign agents": "leaders"
    an nmod of "agents"), or None."""
    return next((c for c in naming.children if c.dep_ in ("nmod", "compound") and c.tag_ in ("NNS", "NNPS")
                 and c.i < naming.i and any(d.dep_ == "det" and d.i < c.i for d in naming.children)), None)


def find_rhetorical_questions(sentence: SpacySpan, attributions: list[Attribution], cues: SpeechCues,
                              people: Callable[[Token], bool]) -> list[SpeechAct]:
    """Rhetorical questions a named speaker puts about an actor: '"How can the ministry look these families in the
    eye?" she asked', '"How dare Moscow lecture us?"' (an opener and a modal of ability or daring on the verb whose
    subject is judged), '"Who gave Beijing the right to decide our future?"' (a verb of entitling with "who" as its
    subject: the one given the right is judged). Criticism of that actor; not of the speaker's own side ("we", "I"),
    nor of "you" or "anyone"."""
    acts: list[SpeechAct] = []
    for attribution in attributions:
        if attribution.reporting_only or not attribution.heads:
            continue
        start, end = attribution.scope or (sentence.start, sentence.end)
        for token in sentence.doc[max(start, sentence.start):min(end, sentence.end)]:
            judged: list[Token] = []
            verb = token.head
            if (lemma_of(token) in cues.rhetorical_openers and token.dep_ == "advmod" and token.i < verb.i
                    and any(c.dep_ == "aux" and lemma_of(c) in cues.rhetorical_modals for c in verb.children)):
                judged = [c for c in verb.children if c.dep_ == "nsubj"]
            elif (lemma_of(token) in cues.entitling_verbs and token.pos_ == "VERB"
                  and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in token.children)
                  and any(c.dep_ == "dobj" and lemma_of(c) in cues.entitlement_nouns for c in token.children)):
                judged = [c for c in token.children if c.dep_ == "dative"]
            judged = [j for j in judged if people(j) and j.text.lower() not in cues.first_person_subjects
                      and j.text.lower() not in cues.speaking_pronouns and j.tag_ != "WP"]
            if judged:
                acts.append(SpeechAct(cues.criticism_code, _who_speaks(attribution.heads, cues), token,
                                      (judged[0].left_edge.i, judged[0].right_edge.i + 1), tuple(judged)))
                return acts
    return acts


def _summed_up(verb: Token, summing_nouns: frozenset[str]) -> Token | None:
    """The doer of the act a noun after a comma sums up, when the noun's own clause names it ("The Netherlands cut its
    aid budget, a move that Oxfam called a betrayal", "vetoed the package, a decision Poland described as shameful"):
    the subject of the clause the noun hangs from; None for any other naming."""
    noun = start = verb.head
    clause = noun.head
    if verb.dep_ in ("ccomp", "parataxis", "conj", "ROOT"):
        # ("ordered the agencies to stop, a move legislators called lawless" parsed as the verb's own clause, the move
        # a modifier of the namers; or with the act's clause hung on the naming: "closed the libraries, a step critics
        # called reckless")
        clause = verb.head if verb.dep_ != "ROOT" else next(
            (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), verb)
        if clause.i == verb.i:
            return None
        noun, start = next(((c, s) for s in verb.children if s.dep_ == "nsubj"
                            for c in (*_summing_words(s, summing_nouns), *s.children)
                            if c.dep_ in _SUMMING_DEPS and c.i < s.i), (verb, verb))
    elif verb.dep_ not in ("relcl", "acl"):
        return None
    elif lemma_of(noun) not in summing_nouns:
        # ("fired the governor, a move opposition parties described as ...": the move parsed as a modifier of the
        # namers the clause hangs on, or the namers as in apposition to it: "a change the opposition called ...")
        if noun.dep_ == "appos" and lemma_of(noun.head) in summing_nouns:
            noun = start = noun.head
            clause = noun.head
        else:
            noun = next(iter(_summing_words(noun, summing_nouns)), noun)
    if lemma_of(noun) not in summing_nouns or start.left_edge.i == 0:
        return None
    if verb.doc[start.left_edge.i - 1].text not in (",", "\u2014", "-", "\u2013"):
        return None
    clause = clause_verb(clause)
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < noun.i), None)


def _summing_words(noun: Token, summing_nouns: frozenset[str]) -> list[Token]:
    """A summing noun the parser took for a modifier of the noun after it ("a decision rights groups called ...": a
    compound of a compound), only as the first word after the noun's determiner."""
    first = noun.left_edge.i + (noun.left_edge.dep_ == "det")
    return [t for t in noun.subtree if t.i == first < noun.i and t.dep_ in _SUMMING_DEPS and lemma_of(t) in summing_nouns]


def _objects_of(token: Token, preps: frozenset[str]) -> tuple[Token, ...]:
    """Objects of the prepositions `preps` below `token` but in its subjects and in clauses of their own (the
    parser hangs them on the verb or on a word of the idiom: "came under fire from unions", "are up in arms over
    the plan"; not "over the law that interferes with the press": the press is no one the idiom is about)."""
    skipped = {t.i for c in token.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}
    skipped |= {t.i for t in token.subtree if t.i != token.i and t.dep_ in _OWN_CLAUSE_DEPS for t in t.subtree}
    return tuple(g for t in token.subtree if t.dep_ == "prep" and t.i not in skipped and lemma_of(t) in preps
                 for g in t.children if g.dep_ == "pobj")


def _words_after(verb: Token) -> list[Token]:
    """The words below `verb` after it, in text order, without punctuation: where its idioms' other words are
    (sorted once per verb, for all its idioms)."""
    return sorted((t for t in verb.subtree if t.i > verb.i and t.pos_ != "PUNCT" and not t.is_punct), key=lambda t: t.i)


def _idiom_at(verb: Token, words: tuple[str, ...], below: list[Token]) -> Token | None:
    """The last word of an idiom whose verb is `verb` ("come under fire": the rest, in order, among the words
    `below` it (`_words_after`), each within three words of the one before, not counting punctuation: 'spoke
    "bluntly" against'), or None."""
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) != words[0]:
        return None
    last: Token = verb
    for word in words[1:]:
        after = [t for t in below if t.i > last.i][:3]
        found = next((t for t in after if word in (lemma_of(t), t.text.lower())), None)
        if found is None:
            return None
        last = found
    return last


def _idioms(words: _Words, attributions: list[Attribution], cues: SpeechCues,
            people: Callable[[Token], bool]) -> list[SpeechAct]:
    """Idioms of criticism and praise: "the minister came under fire from unions for the plan" (the subject is
    criticised, a from-object criticises), "teachers are up in arms over the cuts" (the subject criticises the
    object of over, about or against), "the mayor credited the governor with the deal" (the subject praises
    the object)."""
    acts: list[SpeechAct] = []
    for verb in words.having(cues.idiom_verbs):
        kinds = cues.idioms_by_verb.get(lemma_of(verb))
        if kinds is None or verb.pos_ not in ("VERB", "AUX"):
            continue  # (an idiom opens with a verb: `_idiom_at`)
        below = _words_after(verb)
        for criticised, code, idioms, actor_only in kinds:
            cue = next((c for words in idioms if (c := _idiom_at(verb, words, below)) is not None), None)
            if cue is None:
                continue
            if _negated(verb):
                break  # "never lost faith in the court": what was not done judges no one
            subjects = with_conjuncts([c for c in verb.children if c.dep_ in _SUBJECT_DEPS])
            if criticised:
                critics = _objects_of(verb, _CRITIC_PREPS) or _viewers(verb, cues)
                speakers, spoken_of = with_conjuncts(critics), subjects
            else:
                objects = [c for c in verb.children if c.dep_ == "dobj"] + list(_objects_of(verb, _CRITICISED_PREPS))
                # (an idiom that ends on its preposition names whom it is about there: "poured scorn on the plan",
                # "had full confidence in the judges")
                objects += [g for g in cue.children if g.dep_ == "pobj"] if cue.pos_ == "ADP" else []
                speakers, spoken_of = _named_speaker(subjects, verb, attributions, cues), with_conjuncts(objects)
            spoken_of = tuple(t for o in spoken_of for t in o.subtree if t.dep_ == "poss") + spoken_of
            if actor_only and not any(map(people, spoken_of)):
                break
            acts.append(SpeechAct(code, speakers, verb, (verb.i, verb.i + 1), spoken_of, told=True))
            break
    return acts


def _viewers(verb: Token, cues: SpeechCues) -> tuple[Token, ...]:
    """Who judges the reason an idiom gives ("came under fire over what farmers regarded as neglect", "over a law
    critics call draconian"): the subject of a verb of viewing in it."""
    reasons = [c for c in verb.children if c.dep_ == "prep" and lemma_of(c) in _CRITICISED_PREPS | {"for"}]
    clauses = [g for r in reasons for g in r.children if g.dep_ == "pcomp"]
    clauses += [c for r in reasons for g in r.children if g.dep_ == "pobj" for c in g.children if c.dep_ in ("relcl", "acl")]
    return tuple(s for c in clauses if lemma_of(c) in cues.viewing_verbs for s in c.children if s.dep_ == "nsubj")


def _stances(words: _Words, cues: SpeechCues) -> list[SpeechAct]:
    """"The senator is a fierce critic of the governor", "she was a supporter of his campaigns", "Smith, a
    longtime critic of the mayor, said ...": the subject of the copula (or the one the noun is in apposition
    to) criticises or supports whom the noun's of-object names."""
    acts: list[SpeechAct] = []
    for noun in words.having(cues.stance_nouns):
        if noun.pos_ != "NOUN" or _negated(noun):
            continue
        # (session 39) one counted among them stands where the group does: "has been among the loudest critics of
        # the governor", "Odinga, one of the fiercest critics of the government", "remains one of its backers"
        stand = _partitive_stand(noun, cues)
        holder = stand.head
        # (the preposition on a copula, "has been among", or on the one counted, "the mayor, among the critics of")
        counted = stand.dep_ == "prep" and (lemma_of(holder) in cues.stance_copulas or holder.pos_ in ("NOUN", "PROPN"))
        if stand.dep_ not in ("attr", "appos") and not counted:
            continue
        lemma = lemma_of(noun)
        code = (cues.criticism_code if lemma in cues.critic_nouns
                else cues.praise_code if lemma in cues.supporter_nouns else None)
        subjects = with_conjuncts([holder] if stand.dep_ == "appos" or (counted and holder.pos_ in ("NOUN", "PROPN"))
                                  else [c for c in holder.children if c.dep_ == "nsubj"])
        about = [g for c in noun.children if c.dep_ == "prep" and lemma_of(c) == "of" for g in c.children
                 if g.dep_ == "pobj"]
        if code is None or not subjects or not about:
            continue
        spoken_of = tuple(t for a in about for t in a.subtree if t.dep_ == "poss") + with_conjuncts(about)
        acts.append(SpeechAct(code, subjects, noun, (noun.i, noun.i + 1), spoken_of, told=True))
    return acts


def framed_act(word: Token, naming_verbs: Container[str]) -> Token | None:
    """(session 39) The act a free relative a naming verb names frames: "opened fire on the marchers in what the party
    called a massacre", "shelled the village, in what the rebels described as a war crime": "what", the naming verb's
    object, in a phrase hung on the act's verb (or on a noun for it); None for any other word."""
    verb = word.head
    if word.tag_ != "WP" or word.lower_ != "what" or word.dep_ not in ("dobj", "nsubjpass") or lemma_of(verb) not in naming_verbs:
        return None
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "NOUN") else None


def _partitive_stand(noun: Token, cues: SpeechCues) -> Token:
    """Where a noun of stance counted in a group stands: the preposition of "among the critics of X" (speech.yaml
    `counting_preps`), the "one" of "one of the critics of X" (`counted_ones`); else the noun itself."""
    if noun.dep_ != "pobj":
        return noun
    head = noun.head
    if lemma_of(head) in cues.counting_preps:
        return head
    if lemma_of(head) == "of" and head.head.lower_ in cues.counted_ones:
        return head.head
    return noun


def _appeals(words: _Words, attributions: list[Attribution], cues: SpeechCues) -> list[SpeechAct]:
    """'"We need help," the mayor said': a speaker's own need of aid, said aloud, is an appeal for it (to
    whoever a from-object names, else to no one named)."""
    acts: list[SpeechAct] = []
    sentence = words.sentence
    for attribution in attributions:
        if attribution.reporting_only or not attribution.heads:
            continue
        start, end = attribution.scope or (sentence.start, sentence.end)
        for verb in words.having(cues.appeal_verbs, start=max(start, sentence.start), end=min(end, sentence.end)):
            if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in cues.appeal_verbs or _negated(verb):
                continue
            if not any(c.dep_ == "nsubj" and c.text.lower() in cues.first_person_subjects for c in verb.children):
                continue
            needed = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in cues.appeal_objects]
            if needed:
                acts.append(SpeechAct(cues.appeal_code, attribution.heads, verb, (verb.i, verb.i + 1),
                                      _objects_of(verb, _CRITIC_PREPS), told=True))
                break
    return acts


def _refusals(words: _Words, attributions: list[Attribution], cues: SpeechCues) -> list[SpeechAct]:
    """"Hungary will not accept the quota", '"We will never recognise the vote," the minister said': consent
    denied for what is to come is a refusal by the verb's subject, of the owner of what it will not accept (or
    of that itself, or of whom it will not bow to), else of no one named."""
    acts: list[SpeechAct] = []
    for verb in words.having(cues.refusal_words):
        if verb.pos_ != "VERB":
            continue
        bidding = _refused_bidding(verb, cues)
        if bidding:
            # "we don't take orders from Washington", "the army takes no orders from politicians": a standing refusal
            # in any tense, of whoever gives the bidding, else of no one named
            subjects = with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"])
            if subjects:
                givers = [*_objects_of(verb, _OWNER_PREPS), *(g for b in bidding for g in _objects_of(b, _OWNER_PREPS)),
                          *(t for b in bidding for t in b.children if t.dep_ == "poss")]
                acts.append(SpeechAct(cues.refusal_code, _named_speaker(subjects, verb, attributions, cues), verb,
                                      (verb.i, verb.i + 1), tuple(givers), told=True, refusal=True))
            continue
        if not _negated(verb):
            continue
        if not _told_to_come(verb, cues):
            continue  # "did not accept the offer" tells what happened, the act of another verb
        part = _refused_part(verb, cues)
        if part is not None:
            subjects = with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"])
            if subjects:
                acts.append(SpeechAct(cues.refusal_code, _named_speaker(subjects, verb, attributions, cues), verb,
                                      (verb.i, verb.i + 1), part, told=True, refusal=True))
            continue
        concession = _refused_concession(verb, attributions, cues)
        if concession is not None:
            refusers, spoken_of = concession
            if refusers:
                acts.append(SpeechAct(cues.refusal_code, _named_speaker(refusers, verb, attributions, cues), verb,
                                      (verb.i, verb.i + 1), spoken_of, told=True, refusal=True))
            continue
        if any(c.dep_ == "prt" and lemma_of(c) in cues.other_refusal_particles for c in verb.children):
            continue  # "will not bow out": another verb
        # ("Hungary will not be blackmailed by Brussels", "would not be dictated to by France": pressure refused, of
        # the by-agent; the active verbs of consent refuse their object)
        passive = lemma_of(verb) in cues.refusal_passives
        if passive != any(c.dep_ == "auxpass" for c in verb.children) or not (passive or lemma_of(verb) in cues.refusal_verbs):
            continue  # ("will not threaten": an act denied, no refusal)
        subject = "nsubjpass" if passive else "nsubj"
        subjects = with_conjuncts([c for c in _joined_to(verb, subject).children if c.dep_ == subject])
        if not subjects:
            continue
        if passive:
            agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            acts.append(SpeechAct(cues.refusal_code, _named_speaker(subjects, verb, attributions, cues), verb,
                                  (verb.i, verb.i + 1), tuple(agents), told=True, refusal=True))
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] + list(_objects_of(verb, frozenset({"to"})))
        # (the owner: "Moscow's ultimatum", "an ultimatum from Moscow" or "accept an ultimatum from Moscow" (the
        # verb's whole subtree, the objects' prepositions with it), "the terms set by the lenders")
        owners = [t for o in objects for t in o.children if t.dep_ == "poss"] + list(_objects_of(verb, _OWNER_PREPS))
        owners += [g for o in objects for t in o.children if t.dep_ == "acl" for a in t.children if a.dep_ == "agent"
                   for g in a.children if g.dep_ == "pobj"]
        spoken_of = tuple(owners) + tuple(objects)
        code = cues.warning_code if lemma_of(verb) in cues.warning_refusals else cues.refusal_code
        if code == cues.warning_code and objects and not owners \
                and all(o.lower_ in cues.pointing_back for o in objects):
            # ('"We will not tolerate this on British soil," X said'): what it points back to was told before, coded
            # there; the vow itself names no deed and no one it warns ("will not tolerate lies" does)
            continue
        acts.append(SpeechAct(code, _named_speaker(subjects, verb, attributions, cues), verb,
                              (verb.i, verb.i + 1), spoken_of, told=True, refusal=True))
    return acts


def _quoted_force(words: _Words, attributions: list[Attribution], cues: SpeechCues,
                  people: Callable[[Token], bool]) -> list[SpeechAct]:
    """'X said the majority had "ambushed" the mayor', 'accused the council of "sabotaging" the budget': a verb of
    force (speech.yaml quoted_force_verbs) put between quote marks of its own, in what a speaker says, is the
    speaker's word for what a rival did: criticism of the verb's subject (or of the one accused of it), and no act
    of force (the act coded at the verb yields to it)."""
    acts: list[SpeechAct] = []
    for verb in words.having(cues.quoted_force_verbs):
        if verb.pos_ != "VERB" or not _scare_quoted(verb):
            continue
        # (the doer is a subject whose words may name no one the dictionaries know, "the majority": then the act is
        # told, aimed at whom the context implies)
        doers = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in _NOMINAL_POS]
        accuser = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else None
        if accuser is not None and accuser.dep_ == "dobj":
            accuser = accuser.head  # ("accused the mayor of ...": the preposition may hang on the one accused)
        if accuser is not None and lemma_of(accuser) in cues.accusing_verbs:
            # ("accused the council of "sabotaging" the budget": the accusation is coded; the force is no act)
            doers = [c for c in accuser.children if c.dep_ == "dobj"]
            speakers = tuple(c for c in accuser.children if c.dep_ == "nsubj")
        else:
            speakers = next((a.heads for a in attributions if a.speaking and a.heads and a.covers(verb)), ())
        if not doers or not speakers:
            continue
        acts.append(SpeechAct(cues.criticism_code, _who_speaks(speakers, cues), verb,
                              (doers[0].left_edge.i, doers[-1].right_edge.i + 1), tuple(doers),
                              told=not any(map(people, doers)), retells_cue=True, figurative=True))
    return acts


def _scare_quoted(verb: Token) -> bool:
    """Whether a verb opens a short quote of its own ('had "ambushed" the mayor', '"sabotaging the budget"'): a
    quote mark just before it, and one closing within a few words after it, with no other mark between."""
    doc = verb.doc
    if verb.i == 0 or not opens_quote(doc[verb.i - 1].text):
        return False
    return any(closes_quote(t.text) for t in doc[verb.i + 1:verb.i + 1 + _SCARE_QUOTE_WORDS])


def _told_to_come(verb: Token, cues: SpeechCues) -> bool:
    """Whether `verb` is told as to come, under a modal of the future or of will (speech.yaml refusal_auxiliaries:
    "will not accept", "would veto"), by its lemma or its written form ("wo" of "won't")."""
    return any(c.dep_ == "aux" and {lemma_of(c), c.text.lower()} & cues.refusal_auxiliaries for c in verb.children)


def _retributions(words: _Words, attributions: list[Attribution], cues: SpeechCues) -> list[SpeechAct]:
    """'"This aggression will not go unanswered," the minister said', "warned that the killings would not go unpunished":
    what a speaker says will not be let pass is a warning (CAMEO 130) to whoever did it: the subject of a verb of passing
    (speech.yaml passing_verbs) denied under a modal of the future, with one of unanswered_words as its complement.
    Said plainly ("the attack went unanswered") it tells what happened, and warns no one."""
    acts: list[SpeechAct] = []
    for word in words.having(cues.unanswered_words):
        verb = word.head
        if word.dep_ not in ("acomp", "oprd", "advmod", "xcomp") or lemma_of(verb) not in cues.passing_verbs:
            continue
        if not _negated(verb) or not _told_to_come(verb, cues):
            continue
        deeds = [c for c in verb.children if c.dep_ == "nsubj"]
        speakers = [a.heads for a in attributions if not a.reporting_only and a.heads and a.covers(word)]
        if deeds and speakers:
            acts.append(SpeechAct(cues.warning_code, _who_speaks(speakers[-1], cues), word, (verb.i, verb.i + 1),
                                  tuple(deeds), told=True, refusal=True))
    return acts


def _consequences(words: _Words, attributions: list[Attribution], cues: SpeechCues) -> list[SpeechAct]:
    """'"There will be consequences," the minister said', "warned that Moscow would face consequences", '"They will
    pay a heavy price"': harm a speaker says will come to someone, with no verb of threat, is a warning (warning_code)
    to the one who will face it (the subject of speech.yaml consequence_verbs, with their nouns as object; a noun of
    consequence_weights must say how heavy: "pay a heavy price", not "pay a higher price for gas"), or, said to be
    ("there will be ..."), to whom it is "for", else to the subject of the clause it is told in ("X should be in no
    doubt that there will be consequences"), and not at all when it names neither (held-out heldout26 +1 false). Told under a modal of the future, not denied, by a named speaker; said
    plainly ("the ban had consequences") it tells what happened."""
    acts: list[SpeechAct] = []
    for noun in words.having(cues.consequence_words):
        verb = noun.head
        if noun.pos_ != "NOUN" or not _told_to_come(verb, cues) or _negated(verb):
            continue
        if noun.dep_ == "attr" and lemma_of(verb) == "be" and any(c.dep_ == "expl" for c in verb.children) \
                and lemma_of(noun) in cues.consequence_nouns:
            aimed = list(_objects_of(noun, frozenset({"for"}))) or list(_objects_of(verb, frozenset({"for"})))
            if not aimed and verb.dep_ in ("ccomp", "acl"):
                clause = clause_verb(verb.head)
                aimed = [c for c in clause.children if c.dep_ == "nsubj"
                         and not any(c in a.heads for a in attributions)]
            if not aimed:
                continue  # ('"There will be consequences," he said' warns no one the sentence names: too vague alone)
        elif noun.dep_ == "dobj" and lemma_of(noun) in cues.consequence_verbs.get(lemma_of(verb), frozenset()):
            weights = cues.consequence_weights.get(lemma_of(noun))
            if weights is not None and not any(c.dep_ == "amod" and lemma_of(c) in weights for c in noun.children):
                continue
            aimed = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            continue
        speakers = [a.heads for a in attributions if not a.reporting_only and a.heads and a.covers(noun)]
        if speakers:
            acts.append(SpeechAct(cues.warning_code, _who_speaks(speakers[-1], cues), noun, (noun.i, noun.i + 1),
                                  tuple(aimed), told=True, refusal=True, retells_cue=True))
    return acts


def _answers_foretold(words: _Words, attributions: list[Attribution], cues: SpeechCues,
                      people: Callable[[Token], bool]) -> list[SpeechAct]:
    """'said Russia would respond "in a tough and proportionate manner"', "Minsk said it would respond in kind", "said
    it would take retaliatory measures against Warsaw": an answer a speaker says its side will give, told as hard (a
    verb of answer_verbs with a word of answer_manners in its own words), or measures of answer taken (answer_measures:
    the verb and its objects, of a kind in answer_kinds when the noun does not say it), is a warning (warning_code) by
    the one who will answer to whom it answers ("to"/"against" X), else to no one named (the one answered is found
    later). Told under a modal of the future, not denied, by a named speaker: "would respond to the report next week"
    tells no manner, and "responded firmly" what was done."""
    acts: list[SpeechAct] = []
    for verb in words.having(cues.answer_words):
        if verb.pos_ != "VERB" or not _told_to_come(verb, cues) or _negated(verb):
            continue
        measures = cues.answer_measures.get(lemma_of(verb), frozenset())
        taken = [o for o in verb.children if o.dep_ == "dobj" and lemma_of(o) in measures and (
            lemma_of(o) in cues.answer_kinds or any(lemma_of(a) in cues.answer_kinds for a in o.children
                                                    if a.dep_ in ("amod", "compound")))]
        hard = lemma_of(verb) in cues.answer_verbs and any(
            lemma_of(t) in cues.answer_manners for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod")
            for t in c.subtree)
        if not taken and not hard:
            continue
        subjects = with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"])
        speakers = [a.heads for a in attributions if not a.reporting_only and a.heads and a.covers(verb)]
        if not subjects or not speakers:
            continue
        answered = [*_objects_of(verb, frozenset({"to", "against"})),
                    *(g for o in taken for g in _objects_of(o, frozenset({"against"})))]
        if answered and not any(people(t) for a in answered for t in a.subtree):
            continue  # ("hospitals would respond firmly to the outbreak": no one answered)
        # (the measures' own words: a trigger that codes them tells the act)
        end = max([verb.i, *(o.right_edge.i for o in taken)]) + 1
        acts.append(SpeechAct(cues.warning_code, _named_speaker(subjects, verb, attributions, cues), verb,
                              (verb.i, end), tuple(answered), told=True, refusal=True, answers=True))
    return acts


def _conditional_threats(words: _Words, attributions: list[Attribution], cues: SpeechCues) -> list[SpeechAct]:
    """"said the president would veto any bill that funds the bureau", "warned that they would vote against any
    measure that ...", "said he would campaign against any of them who ...", "would block the budget unless ...": an
    act of pressure (threat_verbs, or threat_against_verbs with "against") a speaker says will come, held over an
    object only some will meet ("any X that/who", any_words with a relative clause) or under a condition ("if",
    "unless"), is a threat (warning_code), asserted: the threat was made. Its doer threatens (else the speaker), the
    one spoken of is the object's owner or the ones it names ("any of them who": them). An act said to come with no
    condition ("will veto the bill") is the act itself, in the future."""
    acts: list[SpeechAct] = []
    # ("a no-confidence vote", "a vote of no confidence")
    motions = [w.head.head if w.dep_ == "pobj" else w.head for w in words.having(cues.no_confidence_words)]
    callers = [m.head for m in motions if lemma_of(m) in cues.threat_motions and m.dep_ == "dobj"
               and lemma_of(m.head) in cues.threat_motion_verbs]
    pressing = cues.threat_verbs | cues.threat_against_verbs
    for verb in [*words.having(pressing | cues.threat_force_verbs), *callers]:
        if verb.pos_ != "VERB":
            continue
        # ("would not hesitate to subpoena her if ...", "will not hesitate to strike": the hesitation denied under a
        # modal tells the act as to come, and as the speaker's own resolve, a threat with or without a condition)
        hesitation = _denied_hesitation(verb, cues)
        if hesitation is None and (lemma_of(verb) not in pressing and verb not in callers or _negated(verb)
                                   or not _told_to_come(verb, cues)):
            continue  # ("vetoed a bill that ...": the act itself; "would strike if ...": force only by hesitation denied)
        if lemma_of(verb) in cues.threat_against_verbs:
            objects = list(_objects_of(verb, frozenset({"against"})))
        else:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
        clauses = (verb,) if hesitation is None else (verb, hesitation)
        conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and lemma_of(m) in cues.threat_condition_marks
                                                    for m in c.children) for v in clauses for c in v.children)
        held = [o for o in objects if _any_who(o, cues.threat_any_words)]
        # (hesitation denied needs no object: "will not hesitate to retaliate")
        if hesitation is None and (not objects or not (conditional or held)):
            continue
        speakers = [a.heads for a in attributions if not a.reporting_only and a.heads and a.covers(verb)]
        doers = with_conjuncts([c for c in clauses[-1].children if c.dep_ == "nsubj"])
        threateners = tuple(doers) if doers and speakers else _who_speaks(speakers[-1], cues) if speakers else ()
        if not threateners:
            continue
        if hesitation is not None:
            threateners = _named_speaker(threateners, verb, attributions, cues)  # ('"We will not hesitate," she said')
        # (the owner: "any of them who" names them; "the government's budget" its owner)
        spoken_of = [g for o in objects for p in o.children if p.dep_ == "prep" and lemma_of(p) == "of"
                     for g in p.children if g.dep_ == "pobj"]
        spoken_of += [t for o in objects for t in o.children if t.dep_ == "poss"]
        # (a motion of no confidence is held over the government; "any bill" over the body that passes it)
        held_over = [o for o in objects if o in motions] or held or objects
        implied = next(((cues.no_confidence_owner, o) for o in held_over if o in motions), None) or next(
            ((sector, o) for o in held_over for sector, nouns in cues.threat_objects_of.items() if lemma_of(o) in nouns),
            None)
        code = cues.warning_code if lemma_of(verb) in pressing or verb in callers else cues.force_threat_code
        acts.append(SpeechAct(code, threateners, verb, (verb.i, verb.i + 1), tuple(spoken_of),
                              told=True, refusal=True, retells_cue=True, implied=implied))
    return acts


def _vowed_curbs(words: _Words, cues: SpeechCues) -> list[SpeechAct]:
    """"ruling party vows to curb its powers", "vowed to strip the court of its power to review laws": a vow (vow_verbs)
    whose infinitive takes power or means from its object (curbing_verbs) is a threat (warning_code), asserted, by the
    vow's subject, to the object's owner, else the object (the vow itself is no promise to anyone). Not a vow denied
    ("did not vow to curb"), nor one to do anything else ("vowed to work with the mayor": a promise)."""
    acts: list[SpeechAct] = []
    for vow in words.having(cues.vow_verbs):
        if vow.pos_ != "VERB" or _negated(vow):
            continue
        curbs = [c for c in vow.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and lemma_of(c) in cues.curbing_verbs
                 and not _negated(c)]
        subjects = with_conjuncts([c for c in _joined_to(vow, "nsubj").children if c.dep_ == "nsubj"])
        if not curbs or not subjects:
            continue
        objects = [c for c in curbs[0].children if c.dep_ == "dobj"]
        # ("curb its powers", "the court's powers": the owner is the one threatened)
        owners = [t for o in objects for t in o.children if t.dep_ == "poss"]
        if not objects:
            continue
        acts.append(SpeechAct(cues.warning_code, tuple(subjects), vow, (vow.i, vow.i + 1), tuple(owners + objects),
                              told=True, refusal=True, retells_cue=True))
    return acts


def _denied_hesitation(verb: Token, cues: SpeechCues) -> Token | None:
    """The verb of hesitation a verb is the infinitive of, when that hesitation is denied under a modal of the future or
    of will ("would not hesitate to subpoena", "won't hesitate to strike"; not "did not hesitate to sue": done); else
    None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or lemma_of(head) not in cues.hesitation_verbs:
        return None
    return head if _negated(head) and _told_to_come(head, cues) else None


def _any_who(noun: Token, any_words: frozenset[str]) -> bool:
    """Whether a noun is held over whoever or whatever meets a clause: "any bill that ...", "every member who ...",
    "any of them who ..."."""
    if lemma_of(noun) in any_words:
        ofs = [g for p in noun.children if p.dep_ == "prep" and lemma_of(p) == "of" for g in p.children]
        return any(c.dep_ == "relcl" for t in (noun, *ofs) for c in t.children)
    return any(c.dep_ == "det" and lemma_of(c) in any_words for c in noun.children) and any(
        c.dep_ == "relcl" for c in noun.children)


def _disowned_yielding(words: _Words, attributions: list[Attribution], cues: SpeechCues) -> list[SpeechAct]:
    """"The governor has no intention of changing course", "had no intention of resigning": giving way (speech.yaml
    yielding_acts) disowned by the one who "has no intention" of it is that one's refusal, of no one named (the one
    who asked, told before, is found by the coder). "has no intention of running" disowns no giving way."""
    acts: list[SpeechAct] = []
    for noun in words.having(cues.intent_nouns):
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or lemma_of(verb) != "have":
            continue
        if not any(c.dep_ == "det" and lemma_of(c) in cues.no_one_determiners for c in noun.children):
            continue
        told = " ".join(lemma_of(t) for c in noun.children if c.dep_ == "prep" and lemma_of(c) == "of" for t in c.subtree)
        if not any(f" {act} " in f" {told} " for act in cues.yielding_acts):
            continue
        subjects = with_conjuncts([c for c in _joined_to(verb, "nsubj").children if c.dep_ == "nsubj"])
        if subjects:
            acts.append(SpeechAct(cues.refusal_code, _named_speaker(subjects, verb, attributions, cues), noun,
                                  (noun.i, noun.i + 1), (), told=True, refusal=True))
    return acts


def _refused_part(verb: Token, cues: SpeechCues) -> tuple[Token, ...] | None:
    """What a verb of taking a share or letting through (speech.yaml refused_parts) refuses when its object or clause
    is one of its words ("take part in the mission", "take our seats in parliament", "let it pass"): the owners of
    what it is "in", else that itself (empty when nothing is named); None when it is no such verb."""
    wanted = cues.refused_parts.get(lemma_of(verb))
    if not wanted:
        return None
    # (a clause let through is of a thing, with no object of its own: "will not let the migrants pass the border"
    # keeps people out, no refusal)
    shares = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prt") and lemma_of(c) in wanted
              and not any(d.dep_ == "dobj" or (d.dep_ in _SUBJECT_DEPS and d.tag_ in ("NNS", "NNPS")) for d in c.children)]
    if not shares:
        return None
    places = [g for t in (verb, *shares) for p in t.children if p.dep_ == "prep" and lemma_of(p) == "in"
              for g in p.children if g.dep_ == "pobj"]
    owners = [o for g in places for o in g.children if o.dep_ == "poss"]
    return tuple(owners or places)


def _refused_concession(verb: Token, attributions: list[Attribution],
                        cues: SpeechCues) -> tuple[tuple[Token, ...], tuple[Token, ...]] | None:
    """Who refuses, and whom or what, when a verb of conceding (speech.yaml refused_concessions) is denied under a modal
    of refusal_auxiliaries ("the administration would not exempt Canada", "the bloc will not reopen the negotiations";
    in the passive, its by-agent or else the one who says it: "said the deadline would not be extended"): the owners of
    what is not conceded and that itself; None when the verb is no such verb or what it concedes is not of its words
    (an empty list of words takes any object)."""
    lemma = lemma_of(verb)
    if lemma not in cues.refused_concessions:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    things = with_conjuncts([c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")])
    wanted = cues.refused_concessions[lemma]
    if not things or (wanted and not any(lemma_of(t) in wanted for t in things)):
        return None
    if passive:
        refusers = tuple(g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")
        if not refusers:
            refusers = next((a.heads for a in attributions if a.speaking and a.heads and a.covers(verb)), ())
    else:
        refusers = tuple(with_conjuncts([c for c in _joined_to(verb, "nsubj").children if c.dep_ == "nsubj"]))
    owners = tuple(o for t in things for o in t.children if o.dep_ == "poss")
    return refusers, owners + tuple(things)


def _refused_bidding(verb: Token, cues: SpeechCues) -> list[Token]:
    """The objects of a verb of taking a bidding (speech.yaml refused_bidding: "take orders") when the taking is
    denied, by the verb's negation or the object's "no" ("will not take orders", "takes no orders"); else none."""
    wanted = cues.refused_bidding.get(lemma_of(verb))
    if not wanted:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in wanted]
    if _negated(verb):
        return objects
    return [o for o in objects if any(d.dep_ == "det" and lemma_of(d) == "no" for d in o.children)]


def _toned_nouns(words: _Words, cues: SpeechCues) -> list[SpeechAct]:
    """'X offered a withering assessment of Y's plan', 'X's glowing remarks about Y': the one who said it
    (the noun's owner, else the subject of the verb it is the object of) judges the one it is about."""
    acts: list[SpeechAct] = []
    for noun in words.having(cues.judging_nouns):
        code = cues.tone(noun)
        if code is None:
            continue
        speakers = _sayers_of(noun)
        if not speakers:
            continue
        about = [g for c in noun.children if c.dep_ == "prep" and lemma_of(c) in _ABOUT_PREPS
                 for g in c.children if g.dep_ == "pobj"]
        owners = [t for a in about for t in a.children if t.dep_ == "poss"]
        acts.append(SpeechAct(code, speakers, noun, (noun.i + 1, noun.right_edge.i + 1), (*owners, *about)))
    return acts


def _sayers_of(noun: Token) -> tuple[Token, ...]:
    """Who said what a noun names: its owner ("his remarks"), else the subject of the verb it is the object
    of ("she gave a harsh review", "he voiced it in a speech")."""
    speakers = tuple(c for c in noun.children if c.dep_ == "poss")
    if not speakers and noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        speakers = tuple(c for c in verb.children if c.dep_ == "nsubj")
    return speakers


def _prefixed_nouns(words: _Words, cues: SpeechCues) -> list[SpeechAct]:
    """'The writer voiced anti-government sentiment', 'his pro-Kremlin remarks': a noun for what was said,
    whose modifier is against (anti-) or for (pro-) an actor, is criticism or praise of that actor by who
    said it."""
    acts: list[SpeechAct] = []
    for noun in words.having(cues.judging_nouns):
        if noun.pos_ != "NOUN" or lemma_of(noun) not in cues.judging_nouns:
            continue
        for child in noun.children:
            word = child.text.lower()
            prefix = word.split("-", 1)[0] if "-" in word else word
            code = (cues.criticism_code if prefix in cues.against_prefixes
                    else cues.praise_code if prefix in cues.for_prefixes else None)
            if code is None or child.dep_ not in ("amod", "compound", "nmod") or child.i >= noun.i:
                continue
            speakers = _sayers_of(noun)
            # the one it is for or against: the words after the prefix, up to the noun
            start = child.i if "-" in word and word.split("-", 1)[1] else child.i + 1
            if speakers:
                acts.append(SpeechAct(code, speakers, noun, (start, noun.i), tuple(noun.doc[start:noun.i])))
            break
    return acts


@cache
def load_speech_cues(path: Path | None = None) -> SpeechCues:
    """The cues of the bundled speech.yaml (or of `path`)."""
    # one place knows where the data lives, and builds "I", "we" as a subject (the attribution cues')
    from eventscope.events.patterns import PatternError, _cues, _data_path, load_role_words, trigger_file

    data = load_data_file(path or _data_path("speech.yaml"), SpeechFile, error=PatternError)
    pronouns = load_coreference().words.pronouns
    modality, attribution, _ = _cues()
    first_person = attribution.first_person
    triggers, trigger_patterns = trigger_file()
    laments = frozenset(p.lemma for p in trigger_patterns
                        if p.cameo == data.lament_trigger_code and p.kind == "verb" and not p.extra and not p.objects)
    quote_rules = load_quote_rules()
    hand = SpeechCues(**dict(data), quotes=quote_rules)
    known = (hand.judgement_words | hand.felt_words | hand.harsh_words | hand.warm_words | hand.concern_nouns
             | hand.label_words | hand.adjective_only)
    criticism, praise = judging_words(data.lexicon_criticism_threshold, data.lexicon_praise_threshold,
                                      data.lexicon_exclusions, known)
    # (the speaking verbs join later, from the attribution cues)
    return SpeechCues(**dict(data), quotes=quote_rules, first_person_subjects=first_person,
                      situation_pronouns=quote_rules.situation_pronouns, pointing_back=quote_rules.pointing_back,
                      speaking_pronouns=first_person | pronouns.person & pronouns.subject, lament_verbs=laments,
                      passive_infinitives=triggers.passive_infinitives, linking_verbs=triggers.linking_verbs,
                      lexicon_criticism=criticism,
                      lexicon_praise=praise, held_words=triggers.answering_adjectives,
                      holding_modals=modality.future_auxiliaries | modality.hypothetical_auxiliaries,
                      feeling_preps=load_role_words().feeling_preps)


def _feeling_code(token: Token, cues: SpeechCues) -> str | None:
    """The code of a word for a feeling said of its subject ("was appalled", "is angry"), or None: an
    adjective or a passive participle said of someone, not a modifier ("concerned citizens") or an active
    verb ("the move alarmed them"), and not denied."""
    if token.pos_ == "ADJ":
        if token.dep_ not in _FEELING_DEPS:
            return None
    elif token.tag_ != "VBN" or token.dep_ not in _FEELING_DEPS:
        return None
    words = {lemma_of(token), token.text.lower()}
    code = (cues.feeling_code if not words.isdisjoint(cues.disapproving_feelings)
            else cues.praise_code if not words.isdisjoint(cues.approving_feelings) else None)
    return None if code is None or _negated(token) else code


def _feeler(token: Token) -> tuple[Token, ...]:
    """Who has the feeling: the word's own subject, else its copula's ("she was appalled", "they seem angry"),
    else, for a conjunct ("hurt and angry"), the first conjunct's."""
    own = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
    if own:
        return with_conjuncts(own)
    if token.dep_ == "acomp":
        return with_conjuncts([c for c in token.head.children if c.dep_ in _SUBJECT_DEPS])
    if token.dep_ == "conj" and token.head.i != token.i:
        return _feeler(token.head)
    return ()


def _misdoers(verb: Token) -> tuple[Token, ...]:
    """Who did a misdeed: the verb's doers (`_doers`), or, for the infinitive of another verb, that verb's ("tried
    to steal the vote", "plans to muzzle the press")."""
    for _ in range(3):
        doers = _doers(verb)
        if doers or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return doers
        verb = verb.head
    return ()


def _owners_or_deed(thing: Token, cues: SpeechCues, people: Callable[[Token], bool]) -> list[Token]:
    """Who is judged when a thing is: the actors who own it ("the ministry's plan"), else the thing itself when it
    names a deed (its doer is found later), else no one."""
    owners = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON" and people(c)]
    return owners or ([thing] if cues.act_noun(thing) else [])


def _doers(clause: Token) -> tuple[Token, ...]:
    """Who acts in a clause: the by-agent of a passive ("students were beaten by police"), else its subject; a
    passive's subject with no agent named undergoes the act and is not judged ("that students were beaten")."""
    agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return with_conjuncts(agents or [c for c in clause.children if c.dep_ == "nsubj"])


def _judged(holders: list[Token], cues: SpeechCues, preps: frozenset[str], people: Callable[[Token], bool]) -> tuple[Token, ...]:
    """Whom a feeling or a concern is about, from the words that hold its complements (the word, its copula,
    its verb): the doer of a that- or when-clause ("appalled that the army fired on students"), or the object
    of one of `preps`, that object's owner first ("disgusted by the council's decision") or the doer of a
    clause it names ("at what the police did", "by reports that troops had fired"); an object that is neither
    an actor nor an actor's ("the collapse of the state") names a happening, not an act."""
    judged: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("ccomp", "advcl", "acl") and child.pos_ in ("VERB", "AUX"):
                marks = {lemma_of(c) for c in child.children if c.dep_ == "mark"}
                if lemma_of(child) in cues.speaking_verbs:
                    # '"They are angry," he said': who said it is not what it is about; but "appalled when the
                    # minister said ..." judges what the minister said (the parser takes "when" for an adverb)
                    marks |= {lemma_of(c) for c in child.children if c.dep_ == "advmod" and c.i < child.i}
                    if not marks:
                        continue
                if (marks and marks <= cues.feeling_marks) or (not marks and child.dep_ == "ccomp"):
                    judged += _doers(child)
            elif (child.dep_ == "prep" and lemma_of(child) in preps) or child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pcomp":
                        judged += _doers(obj)
                    elif obj.dep_ == "pobj":
                        judged += _acting_in(obj, people)
    return tuple(judged)


def _acting_in(obj: Token, people: Callable[[Token], bool]) -> list[Token]:
    """The actor a noun for what is judged names: its owner ("the council's decision"), its doer ("the arrests by
    the police"), the doer of a clause it names ("what the police did"), or the noun itself when it names an
    actor."""
    owners = [c for c in obj.children if c.dep_ == "poss"]
    # "the Russian decision": a nationality before the noun is its owner
    owners = owners or [c for c in obj.children if c.dep_ == "amod" and c.ent_type_ == "NORP" and people(c)]
    # (a relative clause of being describes the one it is about: "those who are angry")
    clauses = [c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")
               and not (c.dep_ == "relcl" and lemma_of(c) in _COPULAS)]
    # "the shelling of the hospital by rebel forces": the act's doer named by "by"
    agents = [g for c in obj.children if c.dep_ == "prep" and lemma_of(c) == "by" for g in c.children
              if g.dep_ == "pobj" and people(g)]
    return (owners or agents or [d for c in clauses for d in _doers(c)]
            or [o for o in [obj] if _names_actor(o, people)])


def _scope_of(judged: tuple[Token, ...]) -> tuple[int, int]:
    """The token range of the ones judged, without what follows their heads."""
    return min(j.left_edge.i for j in judged), max(j.i for j in judged) + 1


def _names_actor(noun: Token, people: Callable[[Token], bool]) -> bool:
    """Whether a noun itself names an actor: a name, or an actor's phrase with nothing after it (`people` reads
    the whole phrase, and "the collapse of the state" names a happening of an actor, not one)."""
    return people(noun) and (bool(noun.ent_type_) or not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children))


def _named_speaker(heads: tuple[Token, ...], token: Token, attributions: list[Attribution],
                   cues: SpeechCues) -> tuple[Token, ...]:
    """'The minister said he was appalled', '"I am appalled," she said': a speaker who speaks of herself by a
    pronoun is the one named as speaking (an attribution over `token`)."""
    if len(heads) != 1 or heads[0].text.lower() not in cues.speaking_pronouns:
        return heads
    speakers = [a.heads for a in attributions if not a.reporting_only and a.heads and a.covers(token)]
    return speakers[-1] if speakers else heads


def _feelings(words: _Words, attributions: list[Attribution], cues: SpeechCues,
              people: Callable[[Token], bool]) -> list[SpeechAct]:
    """'The minister said she was appalled that the army had fired on students', 'the bishops are disgusted
    by the council's decision': one who says she is outraged, dismayed or disgusted by an actor's act
    disapproves of that actor (impressed by it or grateful for it: praises). A feeling about no actor ("angry
    about the rain", "I am angry") is no act: the coder keeps only those with an actor judged."""
    acts: list[SpeechAct] = []
    for token in words.having(cues.felt_words, forms=True):
        code = _feeling_code(token, cues)
        if code is None:
            continue
        feelers = _feeler(token)
        judged = _judged([token] + ([token.head] if token.dep_ == "acomp" else []), cues, cues.feeling_preps, people)
        if not feelers or not judged:
            continue
        feelers = _named_speaker(feelers, token, attributions, cues)
        acts.append(SpeechAct(code, feelers, token, _scope_of(judged), judged))
    return acts


def _concerns(words: _Words, cues: SpeechCues, people: Callable[[Token], bool]) -> list[SpeechAct]:
    """'Canada raised concerns about the detentions with Beijing', 'she voiced concern over Kenya's decision',
    'his main complaint is that the ministry ignored the farmers': a concern or complaint voiced about an
    actor's act is its speaker's disapproval of that actor (the one acting, else the one the concern was
    raised with). Whole articles only: the CAMEO sentence sets code a voiced concern as a comment."""
    acts: list[SpeechAct] = []
    for noun in words.having(cues.concern_nouns):
        if noun.pos_ != "NOUN" or lemma_of(noun) not in cues.concern_nouns or _negated(noun):
            continue
        verb = noun.head
        if noun.dep_ == "dobj" and lemma_of(verb) in cues.concern_verbs:
            speakers = with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"])
            about = _judged([noun, verb], cues, cues.concern_preps - {"with"}, people)
            # (the parser may hang "with X" on what the concern is about)
            topics = [g for h in (noun, verb) for c in h.children if c.dep_ == "prep" and lemma_of(c) in cues.concern_preps
                      for g in c.children if g.dep_ == "pobj"]
            addressed = _judged([noun, verb, *topics], cues, frozenset({"with"}), people)
            judged = about + addressed
        elif noun.dep_ == "nsubj" and lemma_of(verb) == "be":
            # "her main complaint is that ...": the concern's owner says it
            speakers = tuple(c for c in noun.children if c.dep_ == "poss")
            judged = _judged([verb], cues, frozenset(), people)
        else:
            continue
        if speakers and judged:
            acts.append(SpeechAct(cues.concern_code, speakers, noun, _scope_of(judged), judged,
                                  in_articles_only=True))
    return acts


def _laments(words: _Words, cues: SpeechCues, people: Callable[[Token], bool]) -> list[SpeechAct]:
    """'Japan deplored the council's decision', 'the senator lamented that the governor had vetoed the bill': a
    regret voiced about an actor's act is its speaker's disapproval of that actor. Whole articles only: the
    CAMEO sentence sets code such a regret as a comment (012)."""
    acts: list[SpeechAct] = []
    for verb in words.having(cues.lament_verbs):
        if verb.pos_ != "VERB" or _negated(verb):
            continue
        speakers = with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"])
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        judged = tuple(a for o in objects for a in _acting_in(o, people))
        judged = judged or _judged([verb], cues, frozenset(), people)
        # ("deplored the violence": a violent act whose doers are told elsewhere, events/referents.py)
        judged = judged or tuple(o for o in objects if lemma_of(o) in cues.judged_acts and o.pos_ == "NOUN")
        if speakers and judged:
            acts.append(SpeechAct(cues.feeling_code, speakers, verb, _scope_of(judged), judged, in_articles_only=True))
    return acts


def _holdings(words: _Words, cues: SpeechCues) -> list[SpeechAct]:
    """'Peru held Chile responsible for the incident', 'the rebels were held accountable by the army': the one who
    holds someone to answer blames the one held (the verb's object, the subject of its clause of answering, or its
    passive subject), when it was done: not denied, not only willed, owed or possible ("would be held accountable"),
    nor the infinitive of another verb ("vowed to hold them accountable")."""
    acts: list[SpeechAct] = []
    for verb in words.having(cues.holding_verbs):
        if verb.pos_ != "VERB" or _negated(verb) or any(
                c.dep_ in ("aux", "auxpass") and lemma_of(c) in cues.unheld_auxiliaries for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        answering = [c for c in (*verb.children, *(g for o in objects for g in o.children))
                     if lemma_of(c) in cues.held_words and c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "amod")]
        if not answering:
            continue
        # "holds Hamas responsible" may be parsed as a clause: the adjective's own subject is the one held
        held = objects or [c for a in answering for c in a.children if c.dep_ == "nsubj"]
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        holders = ([g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive
                   else [c for c in verb.children if c.dep_ == "nsubj"])
        if held and holders:
            spoken_of = tuple(t for h in held for t in h.subtree if t.dep_ == "poss") + with_conjuncts(held)
            acts.append(SpeechAct(cues.blame_code, with_conjuncts(holders), verb, _scope_of(spoken_of), spoken_of,
                                  told=True))
    return acts


def _critics_say(attributions: list[Attribution], cues: SpeechCues) -> list[SpeechAct]:
    """'Critics say the law muzzles the press', "the president's critics say he ...": what critics say is
    criticism, by them (named or not) of the one they are critics of ("the president's critics", "critics of
    the law"), else of the subject of what they say ("Kremlin critics say the president ...")."""
    acts: list[SpeechAct] = []
    for attribution in attributions:
        heads = attribution.heads
        if attribution.reporting_only or not heads or any(lemma_of(h) not in cues.critic_nouns for h in heads):
            continue
        start, end = attribution.scope or attribution.phrase
        owners = tuple(c for h in heads for c in h.children if c.dep_ == "poss")
        owners += tuple(g for h in heads for c in h.children if c.dep_ == "prep" and lemma_of(c) == "of"
                        for g in c.children if g.dep_ == "pobj")
        verb = heads[0].head
        said = owners or _subjects_in(start, end, heads[0].doc)
        if said:
            acts.append(SpeechAct(cues.criticism_code, heads, verb, _scope_of(said), said, told=True))
    return acts


def _trigger_lemmas(draft: EventDraft, doc) -> set[str]:
    """The lemmas of a coded act's trigger words ("filed a complaint": file, a, complaint)."""
    words = doc.char_span(draft.trigger.start, draft.trigger.end, alignment_mode="expand")
    return {lemma_of(t) for t in words} if words is not None else set()


def _restating_noun(token: Token, cues: SpeechCues) -> bool:
    """"the complaint", "this decision": a definite common noun with no owner of its own ("his complaint" names whose)."""
    return token.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in token.children) \
        and any(c.dep_ == "det" and c.lower_ in cues.restating_determiners for c in token.children)


def _noun_pointed_back(pronoun: Token, cues: SpeechCues) -> Token | None:
    """What a pronoun that points back stands for when the sentence before it coded no act: the noun that sentence
    was about, if it restates one ('the registry said the complaint was under review. X called it "a stunt"')."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    return next((t for t in before if t.dep_ in ("nsubj", "nsubjpass", "dobj") and _restating_noun(t, cues)), None)


def restated_act(judged: Sequence[Token], earlier: Sequence[EventDraft], index: int, cues: SpeechCues) -> EventDraft | None:
    """The act told before that what a judgement judges restates ("Y filed a complaint against X. X called the
    complaint a stunt": the complaint is Y's act, its doer the one judged): the latest act coded within
    `restated_reach` sentences before whose trigger has the restating noun's lemma. The noun is `judged` itself ("the
    complaint") or, for a pronoun that points back ("it"), the noun the sentence before was about. None if there is
    no one such noun or no such act (a noun never coded as an act, "the hearing", restates nothing found)."""
    if len(judged) != 1:
        return None
    token = judged[0]
    noun: Token | None = token
    if token.lower_ in cues.pointing_back and token.tag_ != "WDT":
        noun = _noun_pointed_back(token, cues)
    elif not _restating_noun(token, cues):
        noun = None
    if noun is None:
        return None
    lemma = lemma_of(noun)
    doc = token.doc
    told = [e for e in earlier if index - cues.restated_reach <= e.sentence_index < index and e.source
            and lemma in _trigger_lemmas(e, doc)]
    return max(told, key=lambda e: (e.sentence_index, e.trigger_token)) if told else None

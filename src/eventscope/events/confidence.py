"""What an event's confidence means in a whole article: the chance that a trained coder codes it.

The rules give each event a raw score (main clause, asserted, both roles, specific pattern: see
`EventCoder._confidence`), which orders the events of a sentence. In a whole article a small logistic
model over that score and the event's own fields (its type, modality, whether its actors are named and
political, whether it is reported in a quote, whether a speaker characterises it in the quote's own words) turns it
into a probability, fitted on the hand-coded articles
of ../shared/realnews (tune half) by `scripts/calibrate_confidence.py`; its weights are data
(data/confidence.yaml). Events below `min_confidence` are not kept. Lone sentences keep the raw score.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from pydantic import Field
from spacy.tokens import Doc, Token

from eventscope.actors.antecedents import load_coreference
from eventscope.datafiles import DataModel, Lemma, load_data_file
from eventscope.events.attribution import quotes_of
from eventscope.events.matching import clause_verb
from eventscope.events.selection import same_actor, same_side
from eventscope.events.senses import SenseRules
from eventscope.ontology import RootGroups
from eventscope.records import Actor, EventDraft

__all__ = ["AgreedTerms", "Calibrator", "agreed_term", "characterised_in_quote", "features", "inside_quote",
           "load_calibrator", "own_side_report", "speakers_own_act", "told_of_a_thing"]

_QUOTES = ("\"", "“", "”", "‘", "’ ")
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # "wants", "have" ("have attacked"), "are" ("are searching")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# up from a verb with no subject of its own to the clause that has one ("he chose to walk away", "the governor had
# every chance to work with us", "promised stability and delivered chaos")
_SUBJECTLESS_DEPS = frozenset({"xcomp", "conj", "acl", "advcl", "relcl"})
_MAX_CLIMB = 5
# a relative clause says what a noun is or does ("facilities that supply the army"); participial and infinitival
# clauses ("children deported since October", "a chance to work with us") are left out: weighed too, they dropped
# matched events on held-out sets (session 35, counts only)
_NOUN_CLAUSE_DEP = "relcl"
# up from a verb that shares its clause's subject ("a law that closes the border and expels reporters", "a deal that
# lets the navy dock")
_SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj"})
# a side's own report of what it did or will do: as sure as the act itself only when told, not quoted, as done or to be
# done (a denial, "we did not threaten anyone", and a conditional are no act of the day)
_OWN_REPORT_MODALITIES = frozenset({"asserted", "future"})
_ACTIVE_SUBJECT = "nsubj"


def speakers_own_act(draft: EventDraft, roots: RootGroups) -> bool:
    """Whether the event is a speech act its doer makes, not one a speaker reports: asserted, of a root of speech
    (roots.yaml speech_acts), with a doer, and either
    - said in a quote by no one but whom it is attributed to ('"We will never accept this," the minister said':
      the minister's refusal; '"Send us doctors," the governor said'): the quote is the act itself; or
    - told by the article as the doer's own act, attributed to no one and outside every quote ('The minister
      called the plan "a sham" and warned that the army would respond': the warning is told, not quoted, though
      the sentence quotes).
    The model's "quoted" and "attributed" weigh acts a speaker reports (less sure than what is done). `roots`: the
    ontology's root groups."""
    if draft.modality != "asserted" or not draft.source \
            or draft.event.cameo_root not in roots.speech_acts:
        return False
    quoted = inside_quote(draft)
    if not draft.attribution:
        return not quoted
    return quoted and all(any(same_actor(s, a) for a in draft.attribution) for s in draft.source)


def own_side_report(draft: EventDraft, doc: Doc | None = None) -> bool:
    """Whether the act is reported by its own doer's side, in the article's words: a speaker tells what their own
    side did or will do ('the ministry said it would meet union leaders', 'the ambassador said Berlin ruled out
    talks', 'the group said it had seized weapons'), outside every quote, asserted or future, with a doer that is
    the speaker, has the speaker's own code or is the state the speaker speaks for, and with no target of the doer's
    own side (an act on oneself: 'said she could not vote against the bill', 'said Egypt threatened no one'). The
    model's "attributed" weighs an act reported by a third party; a side's word for its own act is surer (session
    36). With `doc`, the parse the draft's trigger_token points into, the act's clause must be told of the doer:
    when its subject is words of neither side, the clause tells what a third thing is or does ('the mayor said the
    parade was a success', 'said the war had been terrible'), and the speaker's judgement of it is no report of
    the speaker's own act (session 37)."""
    if draft.modality not in _OWN_REPORT_MODALITIES or not draft.source or not draft.attribution \
            or inside_quote(draft):
        return False
    own = [s for s in draft.source if any(_speaks_for(a, s) for a in draft.attribution)]
    if not own or any(same_side(s, t) for s in own for t in draft.target):
        return False
    return doc is None or not _told_of_another(draft, doc)


def _told_of_another(draft: EventDraft, doc: Doc) -> bool:
    """Whether the act's clause has an active subject that is neither a pronoun (the roles resolve 'it', 'they'
    to whom they stand for) nor within the words of the event's doer or target ('the parade was a success': the
    parade; not 'Berlin ruled out talks' nor '23 soldiers had been arrested', a passive subject)."""
    _, subject = _subject(clause_verb(doc[draft.trigger_token]))
    if subject is None or subject.dep_ != _ACTIVE_SUBJECT or subject.pos_ == "PRON":
        return False
    return not any(actor.start <= subject.idx < actor.end for actor in (*draft.source, *draft.target))


def _speaks_for(speaker: Actor, doer: Actor) -> bool:
    """Whether `speaker` tells of `doer` as of their own side: the same actor or code, or the doer is the state
    the speaker belongs to ("Berlin" told by Germany's ambassador)."""
    return same_actor(speaker, doer) or (bool(doer.code) and doer.code == speaker.code) or (
        doer.country is not None and doer.code == doer.country and speaker.country == doer.country)


def inside_quote(draft: EventDraft) -> bool:
    """Whether the event's trigger is inside a quote of its sentence (not only in a sentence that quotes)."""
    at = draft.trigger.start - draft.evidence.start
    return any(quote.start < at < quote.end for quote in quotes_of(draft.evidence.text))


def characterised_in_quote(draft: EventDraft, doc: Doc, roots: RootGroups) -> bool:
    """Whether the act is a speaker's characterisation of others, told inside the quotation marks: its clause is in
    the present or present perfect ('"This government wants pensioners to pay for its mistakes," she said', '"They
    have attacked our way of life"': how someone behaves, not an act of a day; or a quoted gerund of conduct after a
    preposition, 'accused them of "blocking every reform"'), its subject is not the speaker's
    own side ("I", "we", "our army": the speaker's own act or vow), and it is no act of armed force (roots.yaml
    violent: the codebook codes the violence a speaker reports). A quoted act told in the past ('"The army shelled
    the town on Monday"') is a report. `doc`: the parse the draft's trigger_token points into. Session 35: the
    broader form (any act inside the quote) also dropped matched events on held-out sets."""
    if draft.event.cameo_root in roots.violent or not inside_quote(draft):
        return False
    verb, subject = _subject(clause_verb(doc[draft.trigger_token]))
    if not (_present(verb) or _conduct(verb, subject)):
        return False
    first_person = load_coreference().words.pronouns.first_person
    return subject is None or not (subject.lower_ in first_person
                                   or any(c.dep_ == "poss" and c.lower_ in first_person for c in subject.children))


def told_of_a_thing(draft: EventDraft, doc: Doc, roots: RootGroups) -> bool:
    """Whether the act is told in a relative clause that describes a noun, with no doer found: the clause says what
    a thing does or what befell someone ('energy facilities that supply the arms factories', 'an agreement that
    gives the navy access to the port', 'photographs of people who had died in custody'), not an act of the day.
    When the noun is an actor the roles give the act its doer, and the act stays as it was ('the ministry, which
    expelled the envoy'). Acts of armed force are left out ('a war that killed 80,000 people' is coded). `doc`: the
    parse the draft's trigger_token points into. Session 35."""
    if draft.source or draft.event.cameo_root in roots.violent:
        return False
    verb = clause_verb(doc[draft.trigger_token])
    for _ in range(_MAX_CLIMB):
        if verb.dep_ == _NOUN_CLAUSE_DEP:
            return True
        if verb.dep_ not in _SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return False
        verb = clause_verb(verb.head)
    return False


class AgreedTerms(DataModel):
    """confidence.yaml `agreed_terms`: the prepositions ("under") and the nouns of an agreement ("deal", "accord") that
    make an act one of an agreement's terms ("Under the deal, the rebels will withdraw their forces")."""

    preps: frozenset[Lemma] = frozenset()
    nouns: frozenset[Lemma] = frozenset()


# a term told as done or to be done; not one denied, wished or supposed ("under the plan they would not withdraw")
_TERM_MODALITIES = frozenset({"asserted", "future"})


def agreed_term(draft: EventDraft, doc: Doc, terms: AgreedTerms) -> bool:
    """Whether the act is told as a term of an agreement: asserted or future, and its clause, or a clause it shares
    a subject with ("will withdraw its forces and hand the town back"), is governed by a preposition of `terms`
    whose object is an agreement's noun ('Under the accord, the insurgents will hand over heavy weapons', 'under the
    deal, Britain will pay 40 million a year'). A party's pledge written into an agreement is as sure as the
    agreement that reports it: the model's future and type weights, fitted on acts merely announced, leave such terms
    below the floor (session 39). `doc`: the parse the draft's trigger_token points into."""
    if draft.modality not in _TERM_MODALITIES or not terms.preps:
        return False
    verb = clause_verb(doc[draft.trigger_token])
    for _ in range(_MAX_CLIMB):
        if any(c.dep_ == "prep" and c.lower_ in terms.preps
               and any(o.dep_ == "pobj" and o.lemma_.lower() in terms.nouns for o in c.children)
               for c in verb.children):
            return True
        if verb.dep_ not in _SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return False
        verb = clause_verb(verb.head)
    return False


def _present(verb: Token) -> bool:
    """Whether the verb's clause is told in the present, simple, progressive or perfect ("wants", "are
    searching", "have attacked"), not with a modal ("will leave") or in the past."""
    return verb.tag_ in _PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT_TAGS
                                             for c in verb.children)


def _conduct(verb: Token, subject: Token | None) -> bool:
    """Whether the verb is a gerund with no subject after a preposition, the quote a label of conduct with no tense
    ('accused the ministry of "blocking every reform"', 'criticised the council for "ignoring the farmers"')."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and subject is None


def _subject(verb: Token) -> tuple[Token, Token | None]:
    """The verb that has the clause's subject, and that subject, up from `verb` through clauses that have none of
    their own (_SUBJECTLESS_DEPS): the tense is that verb's ("keeps blocking", "chose to walk away")."""
    for _ in range(_MAX_CLIMB):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ not in _SUBJECTLESS_DEPS or verb.head.i == verb.i:
            return verb, subject
        verb = clause_verb(verb.head)
    return verb, None


def features(draft: EventDraft, senses: SenseRules, roots: RootGroups, doc: Doc | None = None,
             terms: AgreedTerms | None = None) -> dict[str, float]:
    """The event's fields the model reads (names are the keys of confidence.yaml's weights). "quoted" and
    "attributed" are those of an act reported by a speaker, not of the speaker's own speech act;
    "characterised_in_quote" is such an act a speaker tells of others in the quote's own words, in the present
    (`characterised_in_quote`; read only when `doc`, the parse the draft points into, is given); "told_of_a_thing"
    an act with no doer told in a clause describing a noun (`told_of_a_thing`, also read only with `doc`);
    "agreed_term" an act told as a term of an agreement (`agreed_term`, read only with `doc` and `terms`)."""
    reported = not speakers_own_act(draft, roots)
    quoted = reported and any(q in draft.evidence.text for q in _QUOTES)
    found = {
        "bias": 1.0,
        "raw": draft.confidence,
        "source_political": float(any(senses.is_political(a) for a in draft.source)),
        "target_political": float(any(senses.is_political(a) for a in draft.target)),
        "source_named": float(any(senses.is_actor(a) for a in draft.source)),
        "target_named": float(any(senses.is_actor(a) for a in draft.target)),
        "no_source": float(not draft.source),
        "no_target": float(not draft.target),
        "pairs": float(max(1, len(draft.source)) * max(1, len(draft.target)) - 1),
        "quoted": float(quoted),
        "characterised_in_quote": float(quoted and doc is not None and characterised_in_quote(draft, doc, roots)),
        "attributed": float(reported and bool(draft.attribution)),
        "own_side_report": float(reported and own_side_report(draft, doc)),
        "told_of_a_thing": float(doc is not None and told_of_a_thing(draft, doc, roots)),
        "agreed_term": float(doc is not None and terms is not None and agreed_term(draft, doc, terms)),
        f"modality_{draft.modality}": 1.0,
        f"type_{draft.event.plover or 'NONE'}": 1.0,
    }
    return found


class Calibrator(DataModel):
    """confidence.yaml: the fitted weights by feature name, the lowest confidence kept, and the words of the features
    set by hand (`agreed_terms`)."""

    version: int = 1
    min_confidence: float = Field(0.0, ge=0, le=1)
    weights: dict[str, float] = {}
    agreed_terms: AgreedTerms = AgreedTerms()

    def probability(self, draft: EventDraft, senses: SenseRules, roots: RootGroups, doc: Doc | None = None) -> float:
        found = features(draft, senses, roots, doc, self.agreed_terms)
        score = sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        return round(1 / (1 + math.exp(-score)), 3)


@cache
def load_calibrator(path: Path | None = None) -> Calibrator | None:
    """The fitted model (the bundled confidence.yaml unless `path`), or None when it has no weights (then raw
    scores stand)."""
    from eventscope.events.patterns import PatternError, _data_path  # one place knows where the data lives

    calibrator = load_data_file(path or _data_path("confidence.yaml"), Calibrator, error=PatternError)
    return calibrator if calibrator.weights else None

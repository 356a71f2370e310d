"""Modality: did the event happen (asserted), not happen (negated), is it planned (future), possible or
conditional (hypothetical), or background (historical)?

The coder walks from the trigger up the dependency tree, clause by clause, and the nearest cue wins:
a negation or modal on the trigger's own clause ("did not attack", "will visit"), a mark on it ("if they
attack", "since they invaded"), a governor whose complement it is ("refrained from criticism", "plans to
visit", "called for talks", "a planned visit"), or a background preposition ("since Russia's invasion").
The walk stops at relative clauses and at the root; with no cue the event is asserted. Questions are
hypothetical, a headline infinitive ("Putin to visit China") is future.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Token

from eventscope.events.matching import infinitive_mark, is_infinitive, lemma_of, verb_phrase_in
from eventscope.events.patterns import ModalityCues
from eventscope.records import Modality

__all__ = ["ModalityReading", "asked_for", "charged_deed", "defended_deed", "is_question", "is_reported", "modal_thing",
           "modality_of", "obliged_acts", "undone"]

# Edges the walk follows upward: complements and coordination keep the scope; relative clauses do not. (A predicate
# adjective climbs to its copula, whose negation or modal is its own: "was not critical of", "would be willing to".)
_CLIMB_DEPS = frozenset(
    {"xcomp", "ccomp", "advcl", "conj", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "acl", "attr",
     "appos", "oprd", "obj", "agent", "npadvmod", "dative", "advmod", "amod", "acomp"}
)
# Edges through which a governor's meaning reaches its complement.
_COMPLEMENT_DEPS = frozenset({"xcomp", "dobj", "pcomp", "pobj", "acl", "obj", "oprd", "attr", "nsubjpass", "ccomp"})
_MAX_STEPS = 10
_WH_TAGS = frozenset({"WRB"})  # "when", "while", "where" opening a clause
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# How many governors `asked_for` climbs: "urged them to refrain from supporting the rebels" is two.
_MAX_ASKING_STEPS = 3


def _for_infinitive(token: Token) -> bool:
    """"called for the king to resign": a clause opened by "for" with an infinitive is its governor's
    complement, though the parser hangs it on as an adverbial clause."""
    return token.dep_ == "advcl" and infinitive_mark(token, "for") is not None


def _bid_infinitive(token: Token, head: Token, cues: ModalityCues) -> bool:
    """"pressed the rebels to release the hostages": an infinitive after the object of a verb of asking is what the
    asking bids, though the parser may hang it on as an adverbial clause (of purpose)."""
    return (token.dep_ == "advcl" and lemma_of(head) in cues.asking_governors and head.pos_ == "VERB"
            and is_infinitive(token) and not _has_subject(token)
            and any(c.dep_ == "dobj" and c.i < token.i for c in head.children))


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


@dataclass(frozen=True, slots=True)
class ModalityReading:
    modality: Modality
    cue: str = ""
    modal_negation: bool = False  # "will not", "would not", "won't": a refusal rather than a plain denial
    modal: str = ""  # the modal auxiliary a negation comes with ("can" of "cannot dismiss")


def _own_clause(token: Token, cues: ModalityCues) -> ModalityReading | None:
    """Cues on a token's own words: negation, modal auxiliaries, conditional or background marks."""
    negated = None
    modal = None
    children = list(token.children)  # (walked up to three times: each walk of `children` makes new Tokens)
    lemmas = [lemma_of(child) for child in children]  # (read once for the walks)
    for child, lemma in zip(children, lemmas, strict=True):
        dep = child.dep_
        if dep == "neg" or (lemma in cues.negators and dep in ("neg", "det", "advmod", "preconj", "cc")):
            negated = child
        elif dep in ("aux", "auxpass") and lemma in cues.future_auxiliaries:
            modal = modal or ModalityReading("future", child.text)
        elif dep in ("aux", "auxpass") and lemma in cues.hypothetical_auxiliaries:
            modal = modal or ModalityReading("hypothetical", child.text)
        elif dep in ("nsubj", "nsubjpass") and negated is None:
            # "nobody was arrested", "no troops fought": a subject that is no one denies the act
            negated = child if lemma in cues.negators else next(
                (d for d in child.children if d.dep_ == "det" and lemma_of(d) in cues.negators), None)
    for child, lemma in zip(children, lemmas, strict=True):
        # a condition, even a negated one ("if Somalia did not apologize"), is a condition
        if child.dep_ == "mark" and lemma in cues.conditional_marks:
            return ModalityReading("hypothetical", child.text)
    if negated is not None:
        return ModalityReading("negated", negated.text, modal_negation=modal is not None,
                               modal=modal.cue if modal is not None else "")
    if modal:
        return modal
    for child, lemma in zip(children, lemmas, strict=True):
        if child.dep_ == "mark" and lemma in cues.historical_marks and token.tag_ in ("VBD", "VBN"):
            return ModalityReading("historical", child.text)
        if child.dep_ in ("advmod", "npadvmod", "amod") and lemma in cues.historical_words:
            return ModalityReading("historical", child.text)
        if child.dep_ == "amod" and token.pos_ == "NOUN":
            if lemma in cues.future_governors:
                return ModalityReading("future", child.text)
            if lemma in cues.hypothetical_governors:
                return ModalityReading("hypothetical", child.text)
    return None


def is_reported(clause: Token, cues: ModalityCues) -> bool:
    """The clause is what a verb of saying tells ("said [the army would withdraw]"), where a past tense may be
    the speaker's present moved back."""
    told = clause
    while told.dep_ == "conj" and told.head.i != told.i and lemma_of(told.head) not in cues.reporting_verbs:
        told = told.head  # "said the country had enough gas and would ask Qatar for more": the same report
    return told.dep_ in ("ccomp", "conj") and lemma_of(told.head) in cues.reporting_verbs


def obliged_acts(word: Token, cues: ModalityCues) -> list[Token]:
    """The acts a word of obligation puts on its subject: "has to withdraw", "needs to talk", and in a report "said Y
    needed to withdraw" (a past "needed" is the speaker's "needs" moved back); none for any other word."""
    form = word.lower_
    if form not in cues.obliging_forms and not (form in cues.reported_obliging_forms and is_reported(word, cues)):
        return []
    return [c for c in word.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)]


def _reported_future(clause: Token, reading: ModalityReading, cues: ModalityCues) -> ModalityReading | None:
    """"Egypt said it would host the talks": in reported speech "would" is the speaker's "will" moved
    into the past, a plan rather than a possibility, unless a condition is attached ("would ... if")."""
    if reading.modality != "hypothetical" or reading.cue.lower() not in cues.reported_future_auxiliaries:
        return None
    if not is_reported(clause, cues):
        return None
    conditions = [m for c in clause.children if c.dep_ == "advcl" for m in c.children
                  if m.dep_ == "mark" and lemma_of(m) in cues.conditional_marks]
    return None if conditions else ModalityReading("future", reading.cue)


def _bidden(clause: Token, reading: ModalityReading) -> bool:
    """A that-clause in the subjunctive under a governor that makes its complement hypothetical ("demanded that
    the minister resign", "insisted that she apologize"): the act is bidden, not done. Other that-clauses tell what
    is so ("urged, saying that the army had withdrawn")."""
    # ("wants Kyiv to withdraw": an infinitive with a subject of its own is bidden as well)
    return (reading.modality == "hypothetical" and clause.tag_ == "VB" and _has_subject(clause)
            and (is_infinitive(clause) or not any(c.dep_ in ("aux", "auxpass") for c in clause.children)))


def _performed(act: Token, governor: Token, cues: ModalityCues) -> bool:
    """Whether a speech act is done by saying one wishes to do it ("I want to thank", "we would like to congratulate",
    modality.yaml performing_wishes): the wish's subject is the speaker (performers)."""
    return (lemma_of(act) in cues.performed_acts and lemma_of(governor) in cues.performing_wishes
            and is_infinitive(act) and any(c.dep_ == "nsubj" and c.lower_ in cues.performers for c in governor.children))


def _governor_reading(governor: Token, cues: ModalityCues) -> ModalityReading | None:
    lemma = lemma_of(governor)
    if obliged_acts(governor, cues):
        return ModalityReading("hypothetical", governor.text)  # "has to withdraw": an obligation, as "must"
    # (a phrasal governor by its particle: "ruled out talks" denies them, "ruled that the army had fired" does not)
    if lemma in cues.negating_governors or verb_phrase_in(governor, cues.negating_phrases):
        return ModalityReading("negated", governor.text)
    if lemma in cues.future_governors:
        return ModalityReading("future", governor.text)
    if lemma in cues.hypothetical_governors:
        return ModalityReading("hypothetical", governor.text)
    return None


def _governed(governor: Token, reading: ModalityReading, cues: ModalityCues) -> ModalityReading:
    """A plan is only as real as the clause that states it: "is not willing to withdraw" is a refusal,
    "must be ready to mediate" a possibility. The governor's own clause (for an adjective, its copula's)
    overrides a future reading when it is negated or hypothetical."""
    if reading.modality != "future":
        return reading
    own = _own_clause(governor, cues)
    if own is None and governor.dep_ in ("acomp", "amod", "xcomp") and governor.head.i != governor.i:
        own = _own_clause(governor.head, cues)
    if own is not None and own.modality == "negated":
        return ModalityReading("negated", own.cue, modal_negation=True, modal=own.modal)
    if own is not None and own.modality == "hypothetical":
        return own
    return reading


def _is_headline_infinitive(token: Token, cues: ModalityCues) -> bool:
    """"Putin to visit China": a root verb with only an infinitival "to" and no finite auxiliary (or one the
    parser hung on the root noun before it, "French minister to visit China"; not a headline's own verb the parser
    tagged as a plural noun, "Senate votes to block arms sales": the vote decides the act, as "voted to")."""
    on_noun = token.dep_ in ("acl", "relcl") and token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN") \
        and token.head.i < token.i \
        and not (token.head.tag_ == "NNS" and lemma_of(token.head) in cues.headline_verb_nouns)
    if not (token.dep_ == "ROOT" or on_noun) or token.tag_ != "VB":
        return False
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxiliaries) and all(c.tag_ == "TO" for c in auxiliaries)


def is_question(text: str) -> bool:
    """Whether a sentence (its text) asks: it ends in a question mark, maybe inside a quote."""
    return text.rstrip().rstrip("\"'”’ ").endswith("?")


def modality_of(trigger: Token, cues: ModalityCues, in_question: bool = False) -> ModalityReading:
    """The modality of the event triggered at `trigger` (verb or noun), with the word that decided it.
    A question ("Will Russia invade?") is hypothetical unless it is negated."""
    reading = _walk(trigger, cues)
    if reading.modality in ("asserted", "future") and in_question:
        return ModalityReading("hypothetical", "?")
    return reading


def _own_finite_clause(token: Token) -> bool:
    """A verb that is a clause of its own: a subject of its own, an auxiliary of its own ("has not met the
    rebels but has criticized them") or a finite tense ("did not withdraw and attacked the base")."""
    return _has_subject(token) or any(c.dep_ in ("aux", "auxpass") for c in token.children) \
        or token.tag_ in _FINITE_TAGS


def _conditional_telling(telling: Token, told: Token, cues: ModalityCues) -> bool:
    """"If the talks fail, the rebels said, they will attack": a verb of saying with a condition before what
    it tells. The parser hangs the condition on the saying; it is the condition of what is said."""
    return lemma_of(telling) in cues.reporting_verbs and any(
        c.dep_ == "advcl" and c.i < told.i and any(
            m.dep_ == "mark" and lemma_of(m) in cues.conditional_marks for m in c.children)
        for c in telling.children)


def _due(clause: Token, cues: ModalityCues) -> Token | None:
    """The noun by which a clause is said to be due ("it is time for the minister to resign", "it is high time Tehran
    freed them": modality.yaml obliging_nouns), or None: said of "it", the clause is bidden, as after "must"."""
    head = clause.head
    if clause.dep_ in ("relcl", "acl") and head.dep_ == "attr":
        noun, copula = head, head.head
    elif clause.dep_ == "ccomp" and head.pos_ in ("AUX", "VERB"):
        noun, copula = next((c for c in head.children if c.dep_ == "attr"), head), head
    else:
        return None
    if lemma_of(noun) not in cues.obliging_nouns or lemma_of(copula) != "be":
        return None
    return noun if any(c.dep_ == "nsubj" and c.text.lower() == "it" for c in copula.children) else None


def _presupposed(trigger: Token, cues: ModalityCues) -> bool:
    """A noun for an act that is the object of a verb that undoes or answers it ("to overturn the mayor's veto"):
    the act has happened, whatever the plan around the verb."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "obj") or trigger.head.i == trigger.i:
        return False
    governor = lemma_of(trigger.head)
    # ("spurned the union's demand": a demand turned down was made; modality.yaml answered_nouns)
    answered = governor in cues.answering_governors and lemma_of(trigger) in cues.answered_nouns
    return (governor in cues.presupposing_governors or answered) and _own_clause(trigger, cues) is None


def _scheduled(copula: Token, cues: ModalityCues) -> ModalityReading:
    """"The minister is to visit Beijing": a schedule (future); "the goal is to hold talks": a wish
    (hypothetical); "is not to attend": negated."""
    own = _own_clause(copula, cues)
    if own is not None and own.modality in ("negated", "hypothetical"):
        return own
    if any(c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) in cues.hypothetical_governors for c in copula.children):
        return ModalityReading("hypothetical", copula.text)
    return ModalityReading("future", "to")  # (an announced plan, as "Putin to visit China": the act, not a promise)


def _answered_after(clause: Token, governor: Token, cues: ModalityCues) -> bool:
    """"Kyiv accused Moscow of shelling the port, a charge Moscow denies": a verb that answers a charge noun
    (modality.yaml answering_governors, answered_nouns) set after the clause that makes it denies the charge, not
    the clause, though the parser may hang the clause on it as its complement. The accusation was made."""
    # (the noun may hang on the answerer, not the verb: "an allegation Kampala rejected", "allegation" a compound)
    return governor.i > clause.i and lemma_of(governor) in cues.answering_governors and any(
        lemma_of(t) in cues.answered_nouns for t in clause.doc[clause.right_edge.i + 1:governor.i])


def _step_up(token: Token, cues: ModalityCues) -> tuple[Token, str]:
    """The word the walk climbs to from `token`, and the edge it climbs: its head, or for the content clause of a
    noun of asking the parser hung elsewhere (`_content_noun`), that noun, as a clause the noun takes ("acl")."""
    content = _content_noun(token, cues) if token.dep_ in ("relcl", "advcl") else None
    return (token.head, token.dep_) if content is None else (content, "acl")


def _content_noun(clause: Token, cues: ModalityCues) -> Token | None:
    """The noun of asking or planning (one of the governors) whose content `clause` is, where the parser hung it
    elsewhere, or None. "a demand that it hand over the suspects", "the proposal that Chile withdraw its troops": hung
    on the noun as a relative clause, though its "that" fills no gap in it (it is a mark, or the clause names the
    subject or object "that" was taken for); "repeated its call that Lima withdraw its troops": hung on the verb whose
    object the noun is. It tells what is asked for; a true relative clause ("the demand that Kenya made") tells of
    the noun."""
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None:
        return _infinitive_content_noun(clause, cues)
    if clause.dep_ == "relcl":
        noun = clause.head
        fills_no_gap = that.dep_ == "mark" or any(c.dep_ == that.dep_ and c.i != that.i for c in clause.children)
    elif clause.dep_ == "advcl" and that.dep_ == "mark" and that.i > 0 and _has_subject(clause):
        noun = clause.doc[that.i - 1]
        fills_no_gap = noun.dep_ in ("dobj", "obj") and noun.head.i == clause.head.i
    else:
        return None
    return noun if fills_no_gap and _governor_reading(noun, cues) is not None else None


def _infinitive_content_noun(clause: Token, cues: ModalityCues) -> Token | None:
    """The same for an infinitive with no subject of its own (session 25): "rejected calls to resign" (hung on the noun
    as a relative clause), "dismissed appeals to allow aid into the region" (hung on the verb, right after its object):
    what the calls ask for, not an act the refuser did."""
    if not is_infinitive(clause) or _has_subject(clause):
        return None
    start = clause.left_edge.i
    noun = clause.head if clause.dep_ == "relcl" else next(
        (c for c in clause.head.children if c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == start), None)
    return noun if noun is not None and noun.pos_ == "NOUN" and _governor_reading(noun, cues) is not None else None


def _walk(trigger: Token, cues: ModalityCues) -> ModalityReading:
    token = trigger
    # Negation stays in its clause: once the walk has left a clause with its own subject for the verb it
    # hangs on ("could not confirm that the army shelled", "refused to say why soldiers arrested him", "would
    # not comment on reports that troops shelled"), a negation there denies the telling, not the act.
    leaving_clause = crossed = False
    if _presupposed(trigger, cues):
        return ModalityReading("asserted", trigger.head.text)
    for _ in range(_MAX_STEPS):
        if any(c.dep_ == "parataxis" and _conditional_telling(c, token, cues) for c in token.children):
            return ModalityReading("hypothetical", "if")
        if (due := _due(token, cues)) is not None:
            return ModalityReading("hypothetical", due.text)  # "it is time for the minister to resign": bidden
        own = _own_clause(token, cues)
        if own and not (crossed and own.modality == "negated"):
            return _reported_future(token, own, cues) or own
        if _is_headline_infinitive(token, cues):
            return ModalityReading("future", "to")
        head, dep = _step_up(token, cues)
        if head.i == token.i or dep not in _CLIMB_DEPS:
            break
        if dep in ("pobj", "pcomp") and head.dep_ in ("prep", "agent"):
            preposition = lemma_of(head)
            if preposition in cues.historical_preps:
                return ModalityReading("historical", head.text)
            if preposition in cues.negators:
                return ModalityReading("negated", head.text)
            # The preposition's own governor decides: "refrained from criticism", "called for talks"; not one of
            # whose clause the phrase is an adjunct ("warned him during a meeting": the meeting was held).
            governor = head.head
            if governor.i != head.i and preposition in cues.adjunct_preps and governor.pos_ == "VERB":
                token = governor
                crossed = crossed or (leaving_clause and governor.pos_ in ("VERB", "AUX"))
                continue
            if governor.i != head.i:
                reading = _governor_reading(governor, cues) if governor.pos_ != "ADP" else None
                reading = reading and _governed(governor, reading, cues)
                if reading and not (crossed and reading.modality == "negated"):
                    return reading
                token = governor
                crossed = crossed or (leaving_clause and governor.pos_ in ("VERB", "AUX"))
                continue
        if dep == "ccomp" and _conditional_telling(head, token, cues):
            return ModalityReading("hypothetical", "if")
        if dep == "xcomp" and _performed(token, head, cues):
            return ModalityReading("asserted", head.text)  # '"I want to thank Japan"': thanked in the saying
        if dep == "xcomp" and lemma_of(head) in cues.scheduling_copulas and is_infinitive(token) \
                and lemma_of(token) not in cues.copula_idioms:
            return _scheduled(head, cues)
        if dep in ("xcomp", "ccomp") and is_infinitive(token) and lemma_of(head) in cues.bidding_governors:
            return ModalityReading("hypothetical", head.text)  # "told Peru to withdraw": bidden, not done
        if dep == "ccomp" and _answered_after(token, head, cues):
            break
        if (dep in _COMPLEMENT_DEPS and dep != "pobj" and not (dep == "dobj" and lemma_of(head) in cues.doing_governors)) \
                or _for_infinitive(token) or _bid_infinitive(token, head, cues):
            reading = _governor_reading(head, cues)
            reading = reading and _governed(head, reading, cues)
            if reading and not (dep == "ccomp" and reading.modality != "negated" and not _bidden(token, reading)) \
                    and not (crossed and reading.modality == "negated"):
                return reading
        if dep == "advcl" and any(c.dep_ == "mark" or c.tag_ in _WH_TAGS for c in token.children):
            break  # a subordinate clause with its own conjunction does not take its host's modality
        host = _own_clause(head, cues) if dep in ("advcl", "conj") else None
        if host is not None and (_has_subject(token) or (dep == "conj" and _own_finite_clause(token))):
            # "He had not yet arrived when protesters stormed the stage", "Russia did not agree, but Ukraine
            # attacked", "did not withdraw and attacked the base": a clause of its own keeps its own negation
            # and modals, not its host's.
            break
        if host is not None and host.modality == "negated" and dep == "advcl" and token.tag_ == "VBG":
            break  # "did not arrest anyone, firing tear gas instead": the participle is done, not denied
        # (a past participle on a noun tells what was done to it, in a clause of its own: "did not use the weapons
        # supplied by Russia", "has not received the aid promised by Japan": the supply and the promise were made)
        leaving_clause = leaving_clause or (dep in ("ccomp", "acl", "relcl") and _has_subject(token)) \
            or (dep == "acl" and token.tag_ == "VBN")
        token = head
        crossed = crossed or (leaving_clause and head.pos_ in ("VERB", "AUX"))
    return ModalityReading("asserted")


def asked_for(trigger: Token, reading: ModalityReading, cues: ModalityCues, permitting: Container[str]) -> bool:
    """Whether the act at `trigger` (read as `reading`) is only asked for, allowed, threatened or talked about: the
    infinitive of a verb of permission (`permitting`, roles.yaml permission_verbs: "a law allowing ministers to ignore
    the rulings"), or the complement of a governor of asking (asking_governors: "urged Iran to free the sailors",
    "threatened to cut aid", "discussed a ceasefire"; wishing_governors when it has a subject of its own: "wants Kyiv
    to withdraw"), maybe through a governor that stops or refuses it ("called on
    the rebels to halt their advance", "urged states to refrain from arming them"). The asking is the act; this is
    what it is about."""
    if _permitted(trigger, permitting):
        return True
    token = trigger
    for _ in range(_MAX_ASKING_STEPS):
        governor = _cue_governor(token, reading.cue, cues) if reading.modality in ("hypothetical", "negated") else None
        if governor is None:
            return False
        if reading.modality == "hypothetical":
            return lemma_of(governor) in cues.asking_governors or (
                lemma_of(governor) in cues.wishing_governors and _has_subject(token))
        token, reading = governor, _walk(governor, cues)
    return False


def _deed_verb(trigger: Token, gerund: bool = False) -> Token:
    """The verb of the deed at `trigger`: the verb whose object it is ("of abandoning the promise", "to impose
    sanctions"), and the first of verbs joined by "and" ("of arming and funding the militia", "to engage with and visit
    them"); with `gerund`, only through gerunds."""
    def is_deed(token: Token) -> bool:
        return token.tag_ == "VBG" if gerund else token.pos_ == "VERB"

    deed = trigger
    if deed.dep_ in ("dobj", "obj") and deed.pos_ == "NOUN" and is_deed(deed.head):
        deed = deed.head
    while deed.dep_ == "conj" and deed.head.i != deed.i and is_deed(deed.head):
        deed = deed.head
    return deed


def undone(reading: ModalityReading, cues: ModalityCues) -> bool:
    """Whether a negated act is told as not done by the circumstance of another ("died without having been
    convicted") or as not possible ("parliament cannot dismiss commissioners"), not as denied or refused by
    anyone (modality.yaml circumstance_negators, ability_auxiliaries)."""
    if reading.modality != "negated":
        return False
    return reading.cue.lower() in cues.circumstance_negators or reading.modal.lower() in cues.ability_auxiliaries


def modal_thing(noun: Token, reading: ModalityReading, verbal: bool, carried: bool, cues: ModalityCues) -> bool:
    """Whether an act named by a noun (not `verbal`) that no light verb carries (not `carried`) reads a modality of
    `thing_modalities` only from the verb it is the subject or object of, and is a known one, its doer's (a possessor:
    "would test the junta's promises", "agreed to drop its threat", "their support is not a blank cheque"): the
    modality is that verb's own; the noun names a thing it is about (modality.yaml thing_modalities, thing_roles).
    "would not add new sanctions", "at the risk of a revolt" may tell the noun's own act."""
    if verbal or carried or reading.modality not in cues.thing_modalities or noun.dep_ not in cues.thing_roles:
        return False
    return any(c.dep_ == "poss" for c in noun.children)


def charged_deed(trigger: Token, cameo: str, cues: ModalityCues) -> bool:
    """Whether the act at `trigger` (of CAMEO `cameo`) is only the deed a verb of charging says someone did, told by a
    gerund after "of" or "for" (modality.yaml charging_governors, charged_preps: "accused Guyana of handing the seabed
    to oil firms", "criticised the police for withdrawing units", "accused Kyiv of using the embargo", the gerund's
    object too), and no act of force (charged_force: "accused the army of shelling the town" reports the shelling).
    The charge is the act; this is what it is about."""
    if not cues.charging_governors or cameo.startswith(cues.charged_force):
        return False
    deed = _deed_verb(trigger, gerund=True)
    prep = deed.head
    if deed.tag_ != "VBG" or deed.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" \
            or lemma_of(prep) not in cues.charged_preps:
        return False
    governor = prep.head
    if governor.dep_ in ("dobj", "nsubjpass") and governor.pos_ in ("NOUN", "PROPN", "PRON"):
        governor = governor.head  # "accused the agency of failing": the parser may hang the deed on the one charged
    return governor.pos_ == "VERB" and lemma_of(governor) in cues.charging_governors


def defended_deed(trigger: Token, cameo: str, cues: ModalityCues) -> bool:
    """Whether the act at `trigger` (of CAMEO `cameo`) is only the deed a verb of defending is about, told by the
    infinitive of a decision it governs or by its gerund (modality.yaml defending_governors, decision_nouns: "defended
    his decision to visit Riyadh", "justified the move to cut aid", "defended scrapping the tax"), and no act of force
    (charged_force: "defended the decision to bomb the bridge" reports the bombing). The defence is about a deed done
    before and told where it was done."""
    if not cues.defending_governors or cameo.startswith(cues.charged_force):
        return False
    deed = _deed_verb(trigger)
    if deed.tag_ == "VBG" and deed.dep_ in ("dobj", "xcomp", "pcomp"):
        governor = deed.head  # "defended scrapping the tax"
    elif deed.dep_ in ("acl", "xcomp", "relcl") and lemma_of(deed.head) in cues.decision_nouns \
            and deed.head.dep_ in ("dobj", "obj", "nsubjpass"):
        governor = deed.head.head  # "defended his decision to visit"; "the decision to visit was defended"
    elif deed.dep_ in ("advcl", "xcomp") and any(
            c.dep_ in ("dobj", "obj") and c.i < deed.i and lemma_of(c) in cues.decision_nouns for c in deed.head.children):
        governor = deed.head  # "justified her choice | to meet": the parser may hang the infinitive on the verb
    else:
        return False
    return governor.pos_ == "VERB" and lemma_of(governor) in cues.defending_governors


def _permitted(trigger: Token, permitting: Container[str]) -> bool:
    """A verb (or the first of coordinated verbs) in the infinitive under a verb of permission ("a law allowing the
    ministry to expel journalists", "allows the army to detain and question suspects")."""
    verb = trigger.head if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" else trigger
    return (verb.dep_ in ("xcomp", "ccomp") and is_infinitive(verb)
            and lemma_of(verb.head) in permitting)


def _cue_governor(token: Token, cue: str, cues: ModalityCues) -> Token | None:
    """The word above `token` that is the cue of its reading, or None (an auxiliary or mark of its own clause, or a
    verb that only seems to govern it: "called on them to exercise restraint and offered to mediate" hangs the finite
    "offered" on the infinitive, but it is the caller's own second act)."""
    if not cue:
        return None
    for _ in range(_MAX_STEPS):
        head, _ = _step_up(token, cues)
        if head.i == token.i:
            return None
        if token.dep_ == "conj" and token.tag_ in _FINITE_TAGS and head.tag_ == "VB":
            return None
        if head.text == cue:
            return head
        token = head
    return None

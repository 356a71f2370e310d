"""Answers appended to a charge: "Ghana accuses Togo of arming the militia, a charge Togo rejects", "..., claims
Minsk has dismissed as fabricated", "..., which Beijing disputes", "..., something Ankara has always denied".

The noun phrase after the comma names the charge (answers.yaml charge_forms), then the one who answers and a verb of
denial. The small model often reads that verb as a plural noun ("rejects/NNS", "disputes/NNS") and the phrase as an
object of the telling, so the construction is read from the words' forms and order, not from the parse: a denial
(the speech rules' denial code, PLOVER REJECT) by the one who answers, of the one who made the charge (the subject
of the telling it is appended to, answers.yaml telling_verbs)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventscope.datafiles import DataModel, Lemma, load_data_file
from eventscope.events.matching import lemma_of
from eventscope.events.speech import SpeechAct

__all__ = ["AnswerRules", "answered_charges", "load_answer_rules"]

_SUBJECT_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET"})  # the words of the one who answers ("the Togolese ministry")
_NAMING_POS = frozenset({"PROPN", "NOUN"})
_PHRASE_POS = frozenset({"DET", "ADJ"})  # the words before the charge noun ("an unfounded claim")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_HANGING = frozenset({"advcl", "xcomp", "conj"})  # a participle that takes its doer from the clause it hangs on
_RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})  # a relative pronoun as doer names no one by itself


class AnswerRules(DataModel):
    """answers.yaml: the words of an answer appended to a charge."""

    version: int = 1
    denial_forms: frozenset[str] = frozenset()
    charge_forms: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    between: frozenset[str] = frozenset()
    telling_verbs: frozenset[Lemma] = frozenset()

    def may_answer(self, words: set[str] | frozenset[str]) -> bool:
        """Whether a sentence's lower-case words may hold an answer: a verb of denial and a noun of a charge."""
        return not self.denial_forms.isdisjoint(words) and not self.charge_forms.isdisjoint(words)


def load_answer_rules(path: Path | None = None) -> AnswerRules:
    from eventscope.events.patterns import PatternError, _data_path

    return load_data_file(path or _data_path("answers.yaml"), AnswerRules, error=PatternError)


def answered_charges(sentence: SpacySpan, lowers: Sequence[str], rules: AnswerRules, code: str) -> list[SpeechAct]:
    """The denials (`code`) appended to a charge in `sentence`: one speech act each, its speaker the one who
    answers, its one spoken of the maker of the charge. `lowers`: the document's lower-case words."""
    start, end = sentence.start, sentence.end
    if not rules.may_answer(frozenset(lowers[start:end])):
        return []  # (most sentences: no word of either)
    doc = sentence.doc
    acts = []
    for i in range(start + 4, end):
        if lowers[i] not in rules.denial_forms:
            continue
        answer = _answer(doc, lowers, i, start, rules)
        if answer is not None:
            answerer, comma = answer
            accuser = _teller(sentence, comma, rules)
            if accuser is not None:
                acts.append(SpeechAct(code, (answerer,), doc[i], (i, i), (accuser,)))
    return acts


def _answer(doc, lowers: Sequence[str], cue: int, start: int, rules: AnswerRules) -> tuple[Token, int] | None:
    """The head of the one who answers and the comma that opens the answer, when the words before the verb of
    denial at `cue` read ", <charge noun> [which|that] <answerer> [has always]"; else None."""
    i = cue - 1
    while i > start and lowers[i] in rules.between:
        i -= 1
    head = doc[i]
    if head.pos_ not in _NAMING_POS or lowers[i] in rules.charge_forms:
        return None
    opening = rules.charge_forms | rules.relatives  # the words before the one who answers
    while i > start and doc[i - 1].pos_ in _SUBJECT_POS and lowers[i - 1] not in opening:
        i -= 1
    i -= 1
    if lowers[i] in rules.relatives and lowers[i - 1] in rules.charge_forms:
        i -= 1  # "a claim which Chad denies"
    if lowers[i] not in rules.charge_forms:
        return None
    i -= 1
    while i > start and doc[i].pos_ in _PHRASE_POS:
        i -= 1
    return (head, i) if doc[i].text in (",", "-", "–", "—") else None


def _teller(sentence: SpacySpan, comma: int, rules: AnswerRules) -> Token | None:
    """The subject of the first telling before the comma ("Ghana accuses ...", "Vietnam says ..."), when it is one of
    telling_verbs; else None."""
    subject = next((t for t in sentence if t.i < comma and t.dep_ in _SUBJECTS and t.head.i < comma), None)
    if subject is not None and lemma_of(subject.head) in rules.telling_verbs:
        return subject
    # (session 39) a telling that is not the first clause: "Niger closed the border, accusing Cotonou of hosting troops,
    # a charge Benin rejects" (a participle, its doer the subject of the clause it hangs on), "did not name Rwanda,
    # which Kinshasa has accused of backing the rebels, a charge Kigali rejects" (a relative clause): the nearest
    # telling before the comma
    for verb in reversed([t for t in sentence if t.i < comma and t.pos_ == "VERB" and lemma_of(t) in rules.telling_verbs]):
        own = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if own is not None:
            return own if own.pos_ != "PRON" or own.dep_ != "nsubj" or own.lower_ not in _RELATIVE_SUBJECTS else None
        if verb.dep_ in _HANGING and verb.tag_ == "VBG":
            return next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        return None
    return None

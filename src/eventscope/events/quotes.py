"""Quoted judgements by tone: a quote with a named speaker that judges an actor in words none of which judges on
its own ('"They have behaved like bullies and should be ashamed," the minister said'; '"A true and generous
friend," X said of Y'). The quoted words are scored by the VADER scorer of the vaderSentiment wheel; a clearly
negative quote is the speaker's criticism of the actor it is about, a clearly positive one praise (quotes.yaml).

The actor judged is the one the quote is said of ("said of X"), else the subject of the quoted clause when it names
an actor (no "it" or "this": a situation; no "I" or "we": the speaker's own feelings; no thing: "the weather was
terrible"). Questions judge no one. Only where speech.py's rules found no judgement in the sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple, Protocol

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventscope.datafiles import DataModel, Lemma, load_data_file
from eventscope.events.matching import lemma_of
from eventscope.events.patterns import PatternError, _data_path
from eventscope.events.valence import valence_lexicon

__all__ = ["QuoteRules", "TonedQuote", "load_quote_rules", "said_about", "toned_quotes", "with_conjuncts"]

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLAUSE_DEPS = ("ROOT", "ccomp", "parataxis", "conj", "advcl", "xcomp")


class _Said(Protocol):
    """What this module reads of an attribution (events/attribution.py Attribution, which reads this module)."""

    @property
    def heads(self) -> tuple[Token, ...]: ...
    @property
    def scope(self) -> tuple[int, int] | None: ...
    @property
    def phrase(self) -> tuple[int, int]: ...
    @property
    def reporting_only(self) -> bool: ...


class _Cues(Protocol):
    """What this module reads of the speech cues (events/speech.py _Cues, which calls this module)."""

    @property
    def criticism_code(self) -> str: ...
    @property
    def praise_code(self) -> str: ...
    @property
    def lexicon_exclusions(self) -> frozenset[str]: ...
    @property
    def first_person_subjects(self) -> frozenset[str]: ...


class TonedQuote(NamedTuple):
    """A judgement by tone, as speech.py's SpeechAct takes it: code, speakers, cue word, the range where the one
    judged is, and the one judged."""

    code: str
    speakers: tuple[Token, ...]
    cue: Token
    scope: tuple[int, int]
    spoken_of: tuple[Token, ...]


class QuoteRules(DataModel):
    """quotes.yaml: how negative or positive a quote's words must be to judge the actor it is about."""

    version: int = 1
    criticism_threshold: float | None = 0.5
    praise_threshold: float | None = None
    quote_marks: frozenset[str] = frozenset()
    speaking_manners: frozenset[str] = frozenset()
    unsparing_idioms: dict[Lemma, frozenset[Lemma]] = {}
    situation_pronouns: frozenset[Lemma] = frozenset()
    pointing_back: frozenset[Lemma] = frozenset()
    no_speaker_subjects: frozenset[Lemma] = frozenset()
    about_preps: frozenset[Lemma] = frozenset()
    referring_verbs: frozenset[Lemma] = frozenset()
    referring_nouns: frozenset[Lemma] = frozenset()
    referring_preps: frozenset[Lemma] = frozenset()


def with_conjuncts(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """Head tokens and their conjuncts ("the mayor and the governor"), without the conjunctions. (Here, where
    events/attribution.py, which reads this module's rules, and this module can both read it.)"""
    return tuple(t for head in tokens for t in (head, *head.conjuncts) if t.dep_ != "cc")


class _Scorer(Protocol):
    def polarity_scores(self, text: str) -> dict[str, float]: ...


@cache
def load_quote_rules(path: Path | None = None) -> QuoteRules:
    return load_data_file(path or _data_path("quotes.yaml"), QuoteRules, error=PatternError)


@cache
def _scorer() -> _Scorer:
    """The VADER scorer, built once per process (it reads its lexicon)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer: _Scorer = SentimentIntensityAnalyzer()
    return analyzer


def tone(text: str) -> float:
    """The VADER compound score of a text, from -1 (harsh) to 1 (warm)."""
    return float(_scorer().polarity_scores(text)["compound"])


def toned_quotes(sentence: SpacySpan, attributions: Sequence[_Said], cues: _Cues,
                 people: Callable[[Token], bool], found: Sequence[object],
                 rules: QuoteRules | None = None) -> list[TonedQuote]:
    """The speakers' judgements a quoted sentence makes by its tone, when `found` (the sentence's other speech
    acts) has none. `people`: whether a noun names an actor."""
    if found:
        return []
    rules = rules or load_quote_rules()
    if rules.criticism_threshold is None and rules.praise_threshold is None:
        return []
    doc = sentence.doc
    marked: bool | None = None  # (read only for a speaker inside the sentence: one named elsewhere needs no marks)
    acts: list[TonedQuote] = []
    for attribution in attributions:
        if attribution.reporting_only or not attribution.heads:
            continue
        if sentence.start <= attribution.heads[0].i < sentence.end:
            if marked is None:
                marked = any(doc[i].text in rules.quote_marks for i in range(sentence.start, sentence.end))
            if not marked:
                continue  # indirect speech: the rules of speech.py judge it word by word
        act = _toned(sentence, attribution, cues, people, rules)
        if act is not None:
            acts.append(act)
            break
    return acts


def _quoted_tokens(sentence: SpacySpan, attribution: _Said) -> list[Token]:
    """The words of the quote an attribution covers: its scope without the speaker's phrase and verb ('"...," she
    said of the mayor': not "she said of the mayor")."""
    doc = sentence.doc
    start, end = attribution.scope or (sentence.start, sentence.end)
    start, end = max(start, sentence.start), min(end, sentence.end)
    dropped = set(range(*attribution.phrase))
    for head in attribution.heads:
        verb = head.head
        if not sentence.start <= verb.i < sentence.end or verb.i == head.i:
            continue
        if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
            dropped |= {t.i for t in verb.subtree}  # '"...," she said': the quote is the verb's head
            continue
        dropped.add(verb.i)
        # (after the verb: "of the mayor", "on Tuesday"; the speakers before it)
        dropped |= {t.i for c in verb.children if (c.i > verb.i and c.dep_ not in ("ccomp", "parataxis", "punct"))
                    or c in attribution.heads for t in c.subtree}
    return [doc[i] for i in range(start, end) if i not in dropped]


def _toned(sentence: SpacySpan, attribution: _Said, cues: _Cues, people: Callable[[Token], bool],
           rules: QuoteRules) -> TonedQuote | None:
    tokens = _quoted_tokens(sentence, attribution)
    if not tokens or any(t.text == "?" for t in tokens):
        return None  # a question asks; it judges no one
    excluded = cues.lexicon_exclusions
    words = [t.text for t in tokens if t.pos_ not in ("PROPN", "PUNCT") and t.ent_type_ == ""
             and lemma_of(t) not in excluded and t.text.lower() not in excluded]
    if not words:
        return None
    score = _scorer().polarity_scores(" ".join(words))["compound"]
    if rules.criticism_threshold is not None and score <= -rules.criticism_threshold:
        code = cues.criticism_code
    elif rules.praise_threshold is not None and score >= rules.praise_threshold:
        code = cues.praise_code
    else:
        return None
    about = _said_of(attribution, sentence, people, rules)
    judged = about or _judged_subjects(tokens, cues, people, rules.situation_pronouns)
    if not judged:
        return None
    cue = _strongest(tokens, score < 0) or judged[0]
    first, last = min(t.left_edge.i for t in judged), max(t.right_edge.i for t in judged) + 1
    return TonedQuote(code, attribution.heads, cue, (first, last), tuple(judged))


def _said_of(attribution: _Said, sentence: SpacySpan, people: Callable[[Token], bool],
             rules: QuoteRules) -> tuple[Token, ...]:
    """'..., X said of the governor': the one spoken of (by the quote rules in use)."""
    return with_conjuncts([g for h in attribution.heads for g in said_about(h.head, people, rules)
                           if sentence.start <= g.i < sentence.end])


def said_about(verb: Token, people: Callable[[Token], bool] | None = None, rules: QuoteRules | None = None) -> list[Token]:
    """What a verb of saying says its words are about: '..., X said of the governor' (quotes.yaml about_preps),
    and what its adjuncts refer to: '..., X said, referring to the governor's veto' (referring_verbs), 'said in
    response to Uganda's decision' (referring_nouns), each by one of referring_preps. With `people` (whether a
    noun names an actor), only an actor referred to, or an act of one ("in response to a question" names no one)."""
    rules = rules or load_quote_rules()
    found = [g for c in verb.children if c.dep_ == "prep" and lemma_of(c) in rules.about_preps
             for g in c.children if g.dep_ == "pobj"]
    holders = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and lemma_of(c) in rules.referring_verbs]
    holders += [g for c in verb.children if c.dep_ == "prep" and lemma_of(c) == "in" for g in c.children
                if g.dep_ == "pobj" and lemma_of(g) in rules.referring_nouns]
    referred = [g for h in holders for c in h.children if c.dep_ == "prep" and lemma_of(c) in rules.referring_preps
                for g in c.children if g.dep_ == "pobj"]
    if people is not None:
        # (its own words, not a phrase after it: "a question from reporters" is no one's)
        referred = [g for g in referred if any(c.dep_ == "poss" and people(c) for c in g.children)
                    or (people(g) and not any(c.dep_ in ("prep", "acl", "relcl") for c in g.children))]
    return found + referred


def _judged_subjects(tokens: list[Token], cues: _Cues, people: Callable[[Token], bool],
                     situations: frozenset[str]) -> tuple[Token, ...]:
    """The actors the quoted clauses are said of: the subjects of the quote's main clauses, when they name actors
    (not a situation, not the speaker, not a thing)."""
    inside = {t.i for t in tokens}
    clauses = [t for t in tokens if (t.head.i not in inside or t.head.i == t.i) and t.dep_ in _CLAUSE_DEPS]
    clauses += [c for v in clauses for c in v.conjuncts if c.i in inside]
    subjects: list[Token] = []
    for verb in clauses:
        for subject in (c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i in inside):
            lower = subject.text.lower()
            if lower in situations or lower in cues.first_person_subjects or not people(subject):
                return ()  # a clause about a situation, the speaker or a thing: the tone is not about an actor
            subjects.append(subject)
    return tuple(with_conjuncts(subjects[:1]))


def _strongest(tokens: list[Token], negative: bool) -> Token | None:
    """The quoted word of the strongest tone the way the quote leans (the event's trigger)."""
    ratings = valence_lexicon()
    rated = [(ratings.get(t.text.lower(), ratings.get(lemma_of(t), 0.0)), t) for t in tokens]
    rated = [(r if not negative else -r, t) for r, t in rated]
    best = max(rated, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] > 0 else None

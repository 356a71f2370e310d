"""Speech acts: criticism and praise in what a speaker says ("X said the governor had failed", "'It is a
disgrace,' X said of the veto", "calling the governor a failure").

The speaker is the source, the actor spoken of the target; the evaluative words are data (speech.yaml).
A bare "said" is attribution, not an event: only a judgement about an actor makes a speech act.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import cache, cached_property
from pathlib import Path

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventscope.datafiles import DataModel, Lemma, load_data_file
from eventscope.events.attribution import Attribution
from eventscope.events.matching import lemma_of
from eventscope.ontology import KnownCameo

__all__ = ["SpeechAct", "SpeechCues", "SpeechFile", "find_speech_acts", "load_speech_cues"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAMING_DEPS = frozenset({"oprd", "xcomp", "attr", "ccomp", "acomp"})
# Nouns under which a word is mentioned rather than used ("the word 'failed'").
_MENTION_NOUNS = frozenset({"word", "term", "phrase", "expression", "label"})
# Dependents of a noun for what was said that name what it is about ("a review of the speech").
_ABOUT_PREPS = frozenset({"of", "on", "about", "over", "against", "for"})


@dataclass(frozen=True)
class SpeechCues:
    criticism_code: str
    praise_code: str
    criticism_words: frozenset[str]
    praise_words: frozenset[str]
    naming_verbs: frozenset[str]
    judging_nouns: frozenset[str] = frozenset()
    harsh_words: frozenset[str] = frozenset()
    warm_words: frozenset[str] = frozenset()
    label_words: frozenset[str] = frozenset()

    speaking_verbs: frozenset[str] = frozenset()  # the naming verbs and the attribution cues' speech verbs

    def may_speak(self, lemmas: set[str], words: set[str], quoted: bool = False) -> bool:
        """Whether a sentence (its lemmas and lower-case words) may hold a speech act: a speaking verb (or a
        known speaker: `quoted`) and a word of judgement, or a harsh or warm word beside a noun for what was said."""
        if not lemmas.isdisjoint(self.judging_nouns) and not (lemmas | words).isdisjoint(self.harsh_words | self.warm_words):
            return True
        spoken = quoted or not lemmas.isdisjoint(self.speaking_verbs)
        return spoken and not (lemmas | words).isdisjoint(self.judgement_words)

    @cached_property
    def judgement_words(self) -> frozenset[str]:
        return self.criticism_words | self.praise_words

    def judgement(self, token: Token) -> str | None:
        """The speech-act code a word of judgement stands for, unless it is negated ("not wrong") or part
        of a name ("the International Criminal Court")."""
        if token.pos_ == "PROPN" or token.ent_type_:
            return None
        lemma = lemma_of(token)
        word = token.text.lower()
        if lemma in self.criticism_words or word in self.criticism_words:
            code = self.criticism_code
        elif lemma in self.praise_words or word in self.praise_words:
            code = self.praise_code
        else:
            return None
        for node in (token, token.head):
            if any(c.dep_ == "neg" for c in node.children):
                return None
        if any(lemma_of(t) in _MENTION_NOUNS for t in (token.head, token.head.head, *token.children)):
            return None  # "I never said the word 'failed'": a word mentioned, not used
        return code

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


def _subjects_in(start: int, end: int, doc) -> tuple[Token, ...]:
    return tuple(t for t in doc[start:end] if t.dep_ in _SUBJECT_DEPS or t.dep_ == "poss")


def find_speech_acts(sentence: SpacySpan, attributions: list[Attribution], cues: SpeechCues,
                     people: Callable[[Token], bool] = lambda token: True) -> list[SpeechAct]:
    """Judgements in what speakers say (one per speaker and scope: the first word of judgement), and in
    naming verbs ("calling X a failure"). `people` tells whether a noun names an actor (a word of
    judgement modifying another noun judges a thing)."""
    acts: list[SpeechAct] = []
    doc = sentence.doc
    for attribution in attributions:
        if attribution.reporting_only or not attribution.heads:
            continue
        start, end = attribution.scope or (sentence.start, sentence.end)
        speaker_start, speaker_end = attribution.phrase
        speech_verbs = {h.head.i for h in attribution.heads}
        for token in doc[start:end]:
            if speaker_start <= token.i < speaker_end or token.i in speech_verbs:
                continue
            code = cues.judgement(token)
            if code and token.dep_ == "amod" and (not people(token.head) or lemma_of(token) in cues.label_words):
                continue  # "hostile relations": a judgement of a thing; "authoritarian regimes": a kind of actor
            if code:
                # "..., X said of the governor's veto": the one spoken of, then the subjects of what was said
                about = tuple(g for v in speech_verbs for c in doc[v].children
                              if c.dep_ == "prep" and lemma_of(c) in ("of", "about") for g in c.children
                              if g.dep_ == "pobj")
                about = tuple(t for a in about for t in a.subtree if t.dep_ == "poss") + about
                acts.append(SpeechAct(code, attribution.heads, token, (start, end),
                                      about + _subjects_in(start, end, doc)))
                break
    for verb in sentence:
        if verb.pos_ != "VERB" or lemma_of(verb) not in cues.naming_verbs:
            continue
        named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        naming = [c for c in verb.children if c.dep_ in _NAMING_DEPS or (c.dep_ == "prep" and lemma_of(c) == "as")]
        if not named or not naming:
            continue
        for part in naming:
            cue = next((t for t in part.subtree if cues.judgement(t)), None)
            if cue is None:
                continue
            speakers = tuple(c for c in verb.children if c.dep_ == "nsubj")
            if not speakers and verb.dep_ in ("xcomp", "advcl", "acl", "ccomp") and verb.head.i != verb.i:
                speakers = tuple(c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS)  # "was quoted calling"
            if speakers:
                acts.append(SpeechAct(cues.judgement(cue) or "", speakers, cue, (named[0].left_edge.i, named[0].right_edge.i + 1),
                                      tuple(named)))
            break
    acts += _toned_nouns(sentence, cues)
    return acts


def _toned_nouns(sentence: SpacySpan, cues: SpeechCues) -> list[SpeechAct]:
    """'X offered a withering assessment of Y's plan', 'X's glowing remarks about Y': the one who said it
    (the noun's owner, else the subject of the verb it is the object of) judges the one it is about."""
    acts: list[SpeechAct] = []
    for noun in sentence:
        code = cues.tone(noun)
        if code is None:
            continue
        speakers = tuple(c for c in noun.children if c.dep_ == "poss")
        if not speakers and noun.dep_ in ("dobj", "pobj"):
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head
            speakers = tuple(c for c in verb.children if c.dep_ == "nsubj")
        if not speakers:
            continue
        about = [g for c in noun.children if c.dep_ == "prep" and lemma_of(c) in _ABOUT_PREPS
                 for g in c.children if g.dep_ == "pobj"]
        owners = [t for a in about for t in a.children if t.dep_ == "poss"]
        acts.append(SpeechAct(code, speakers, noun, (noun.i + 1, noun.right_edge.i + 1), (*owners, *about)))
    return acts


class SpeechFile(DataModel):
    """speech.yaml: the codes of criticism and praise, and the words that make them."""

    version: int = 1
    criticism_code: KnownCameo
    praise_code: KnownCameo
    criticism_words: frozenset[Lemma] = frozenset()
    praise_words: frozenset[Lemma] = frozenset()
    naming_verbs: frozenset[Lemma] = frozenset()
    judging_nouns: frozenset[Lemma] = frozenset()
    harsh_words: frozenset[Lemma] = frozenset()
    warm_words: frozenset[Lemma] = frozenset()
    label_words: frozenset[Lemma] = frozenset()


@cache
def load_speech_cues(path: Path | None = None) -> SpeechCues:
    """The cues of the bundled speech.yaml (or of `path`)."""
    from eventscope.events.patterns import PatternError, _data_path  # one place knows where the data lives

    data = load_data_file(path or _data_path("speech.yaml"), SpeechFile, error=PatternError)
    # every cue of the file, by name (the speaking verbs join later, from the attribution cues)
    return SpeechCues(**{field.name: getattr(data, field.name) for field in fields(SpeechCues)
                         if field.name in SpeechFile.model_fields})

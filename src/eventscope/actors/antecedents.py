"""In-document coreference: which actor named before a word refers to, when the word names no one itself.

The one place these choices are made, both for the resolver (on its own spans, while it builds the actors) and
for the later stages (on `ActorMention`s: completion, the event roles). The words are in coreference.yaml.

- a pronoun (`pronoun_antecedent`; `antecedent` on mentions): "he / she" a person of that gender, or of none
  shown (a title, an office or family word in or before the name or in apposition to it: `gender`; in the
  resolver also an earlier "he / she" that referred to the person as the subject before it: `told_gender`), "she" a woman shown as one first, when one
  is in reach (most people news names with no title are men); "they / them / their" people or a body of them
  named with a plural noun or as a group ("Libyan militants ... They later seized", "coast guard ships": a
  describing word takes its noun's number), "it / its" one state, organisation or group (a state by its proper
  name is one: "the Philippines"); a quantifier alone ("many praised it") refers like "they". The most salient candidate wins: the last one that was a subject in reach (a reader follows the
  subject, not the last noun: "rebels ambushed two convoys ... near the eastern border. They ..."), else
  the nearest one before; a collective noun's people lead the clause it heads ("A team of officials visited the
  offices. They"); the subject of a trailing attribution yields to the reported clause's ("Rebels attacked the base,
  officials said. They"); a possessive before the subject of its own clause is that subject ("Before his trip,
  Putin said", "In its statement, the ministry"); a "they" in a quote is not the speaker's side and reaches back
  from where the speech began ('"We won," the army said. "They fled."').
- a title alone (`titled`): "the president" is the last person before it who held or was given that title;
- a bare surname (`same_surname`): the first person of that surname among those the caller offers: the resolver
  and completion offer a tagged name the people in text order (the first named wins: "Heydar Aliyev ... Ilham
  Aliyev ... Aliyev" is Heydar), completion offers a proper noun no mention covers the people before it from the
  nearest back;
- a pair (`last_two`): "the two leaders", "the two sides", "both" are the last two different actors named before;
- the referring phrases ("the two sides", "the country", "the group") are read here (`load_coreference`);
  completion places them.

The words are the caller's (`coreference=`: `load_coreference().words`, read once when the resolver, the completion
or the event patterns are built), never read again per document.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol, TypeVar

from pydantic import Field
from spacy.tokens import Doc, Token

from eventscope.actors.dictionary import DictionaryError
from eventscope.datafiles import DataModel, Lemma, load_data_file
from eventscope.quotemarks import doc_quotes
from eventscope.records import ActorMention, TokenSpanned, refers_back

__all__ = ["Coreference", "CoreferenceFile", "PLURAL_TAGS", "PronounWords", "Referent", "antecedent", "antecedents", "in_quote",
           "gender", "last_two", "load_coreference", "not_the_speaker", "pronoun_antecedent", "pronoun_gender", "pronoun_reach",
           "same_surname", "surname_of", "titled", "told_gender"]

PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # the tags of plural nouns
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


class PronounWords(DataModel):
    """coreference.yaml's pronouns: by whom they stand for (`person`, `plural`, `singular`, `quantifiers`,
    `speaker`, `speakers`, `listener`) and by form (`subject`, `object`, `possessive`, `reflexive`). The one
    list of these words: the event stages build the classes they ask about from it."""

    person: frozenset[Lemma]
    plural: frozenset[Lemma]
    singular: frozenset[Lemma]
    quantifiers: frozenset[Lemma]
    speaker: frozenset[Lemma]
    speakers: frozenset[Lemma]
    listener: frozenset[Lemma]
    subject: frozenset[Lemma]
    object: frozenset[Lemma]
    possessive: frozenset[Lemma]
    reflexive: frozenset[Lemma]

    @property
    def first_person(self) -> frozenset[str]:
        """"I", "we" in any form but reflexive: whoever says it."""
        return self.speaker | self.speakers

    @property
    def plain(self) -> frozenset[str]:
        """The subject, object and possessive forms: not "himself", nor "hers" standing alone."""
        return self.subject | self.object | self.possessive


class PronounReach(DataModel):
    person: int = Field(ge=0)
    other: int = Field(ge=0)


class CoreferenceFile(DataModel):
    """coreference.yaml: the pronouns and the words of gender, how far back a pronoun and a referring phrase
    reach, and the phrases by what they refer to."""

    pronouns: PronounWords
    female: frozenset[Lemma]
    male: frozenset[Lemma]
    pronoun_reach: PronounReach
    people_pairs: list[Lemma]
    quantities: frozenset[Lemma] = frozenset()
    collectives: frozenset[Lemma] = frozenset()
    reach_sentences: int = Field(ge=1)
    pairs: list[Lemma]
    bare_pairs: list[Lemma] = []
    state_pairs: list[Lemma] = []
    government_words: frozenset[Lemma] = frozenset()
    state_pair_nouns: frozenset[Lemma] = frozenset()
    whole_state_nouns: frozenset[Lemma] = frozenset()
    visit_words: frozenset[Lemma] = frozenset()
    meeting_words: frozenset[Lemma] = frozenset()
    place_preps: frozenset[Lemma] = frozenset()
    pair_blocs: frozenset[str] = frozenset()
    mediation_verbs: frozenset[Lemma] = frozenset()
    mediation_nouns: frozenset[Lemma] = frozenset()
    venue_heads: frozenset[Lemma] = frozenset()
    states: list[Lemma]
    groups: list[Lemma]
    bodies: list[Lemma] = []
    agencies: list[Lemma] = []
    guests: list[Lemma] = []
    hosts: list[Lemma] = []
    neighbours: list[Lemma] = []
    known_determiners: frozenset[Lemma] = frozenset()
    other_office_words: frozenset[Lemma] = frozenset()
    surname_first: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Coreference:
    """The words of coreference.yaml, ready to use."""

    words: CoreferenceFile
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> ((words, kind), ...), longest first

    @property
    def reach_sentences(self) -> int:
        """How far back a referring phrase ("the two sides") reaches."""
        return self.words.reach_sentences


@cache
def load_coreference(path: Path | None = None) -> Coreference:
    """The bundled coreference.yaml (or `path`)."""
    raw = load_data_file(path or Path(str(resources.files("eventscope.actors").joinpath("coreference.yaml"))),
                         CoreferenceFile, error=DictionaryError)
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, phrases in (("pairs", raw.pairs), ("bare_pairs", raw.bare_pairs), ("state_pairs", raw.state_pairs),
                          ("states", raw.states), ("groups", raw.groups), ("bodies", raw.bodies),
                          ("agencies", raw.agencies), ("guests", raw.guests), ("hosts", raw.hosts),
                          ("neighbours", raw.neighbours)):
        for phrase in phrases:
            words = tuple(phrase.split())
            found.setdefault(words[0], []).append((words, kind))
    return Coreference(raw, {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in found.items()})


class Referent(TokenSpanned, Protocol):
    """An actor named before, as coreference reads it: its token span, head token and kind."""

    @property
    def kind(self) -> str: ...


R = TypeVar("R", bound=Referent)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Mentioned:
    """An ActorMention read as a Referent."""

    mention: ActorMention

    @property
    def start(self) -> int:
        return self.mention.token_start

    @property
    def end(self) -> int:
        return self.mention.token_end

    @property
    def head(self) -> int:
        return self.mention.head

    @property
    def kind(self) -> str:
        return self.mention.actor.kind


def _gender_of_word(word: str, *, coreference: CoreferenceFile) -> str | None:
    words = coreference
    return "f" if word in words.female else "m" if word in words.male else None


def pronoun_gender(word: str, *, coreference: CoreferenceFile) -> str | None:
    """"f" for "she / her", "m" for "he / his", None for any other word."""
    return _gender_of_word(word, coreference=coreference) if word in coreference.pronouns.person else None


def told_gender(pronoun: Token, referent: Referent, sentence_start: int, *, coreference: CoreferenceFile) -> str | None:
    """The gender a "he / she" tells of the person it was found to refer to, when the reading is safe: that person
    is the subject before it in its own sentence (from token `sentence_start`: "Ode said she would go"); else None
    (a wrong guess would then turn the next pronoun away from the person)."""
    doc = pronoun.doc
    if not sentence_start <= referent.start < pronoun.i or not _is_subject(doc[referent.head], coreference=coreference):
        return None
    return pronoun_gender(pronoun.lower_, coreference=coreference)


def gender(doc: Doc, referent: Referent, *, coreference: CoreferenceFile) -> str | None:
    """"f" or "m" when a title, a gendered office word or a pronoun in or right before a person's words says so
    ("Mrs Thatcher", "Sir John", "spokeswoman Ann Ode", "she"), or a gendered noun in apposition to the name ("Ann
    Ode, a spokeswoman for ...", "the chairwoman of the panel, Ann Ode"); else None."""
    person_pronouns = coreference.pronouns.person
    for token in doc[max(0, referent.start - 1):referent.end]:
        if token.i < referent.start and token.lower_ in person_pronouns:
            continue  # "met her counterpart, Ben Ode": the possessor's gender, not his
        found = _gender_of_word(token.lower_.rstrip("."), coreference=coreference)
        if found is not None:
            return found
    head = doc[referent.head]
    beside = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        beside.append(head.head)
        if head.head.dep_ == "pobj":  # the parse hangs the name on the body: "the chairwoman of the panel, Ann Ode"
            beside.append(head.head.head.head)
    return next((found for word in beside if (found := _gender_of_word(word.lower_, coreference=coreference)) is not None), None)


def _agrees(word: str, referent: R, doc: Doc, gender_of: Callable[[R], str | None], *, coreference: CoreferenceFile) -> bool:
    pronouns = coreference.pronouns
    if word in pronouns.person:
        # a pronoun never refers to a person of the other gender ("Mrs Thatcher ... his note")
        return referent.kind == "person" and gender_of(referent) in (None, _gender_of_word(word, coreference=coreference))
    if word in pronouns.speakers:
        # "we", "our" is whoever says it: a body, or a person speaking for one ('"We condemn it," she said')
        return True
    plural = _plural(doc, referent)
    if referent.kind == "person":
        # people named with a plural noun ("Congolese militiamen", a demonym's people) are "they"; one person never
        return plural and referent.head == referent.end - 1 and (word in pronouns.plural or word in pronouns.quantifiers)
    if word in pronouns.plural or word in pronouns.quantifiers:
        return plural or referent.kind in ("group", "organization")
    if word in pronouns.singular:
        return not plural
    return True


def _plural(doc: Doc, referent: Referent) -> bool:
    """Whether an actor is named as many: by its head noun's number, or, when its words only describe a noun
    after them, by that noun's ("Chinese coast guard ships", "Congolese militiamen" are "they"); a state named by its proper name is one,
    whatever its number ("the Philippines", "the United States" are "it")."""
    head = doc[referent.head]
    if referent.kind == "state" and head.pos_ == "PROPN":
        return False
    if head.dep_ in ("compound", "amod") and head.head.i == referent.end and head.head.pos_ == "NOUN":
        head = head.head
    return head.tag_ in PLURAL_TAGS


def _is_subject(head: Token, *, coreference: CoreferenceFile) -> bool:
    if head.dep_ == "poss":  # "the army's troops advanced": the possessor leads the subject
        head = head.head
    elif head.dep_ == "appos" and head.head.pos_ == "NOUN":
        head = head.head  # "a ministry spokesman, Ali Ode, said": the name renames the subject's title
    elif _counted(head, coreference=coreference):  # "hundreds of farmers gathered": the people counted are the subject
        head = head.head.head
    elif head.dep_ in ("compound", "amod") and head.head.lower_ in coreference.collectives:
        head = head.head  # "a government team visited": the body describing the team leads
    return head.dep_ in _SUBJECT_DEPS


def _clause_of(head: Token, *, coreference: CoreferenceFile) -> Token:
    """The verb whose subject an actor's head leads (see `_is_subject`): the head above the subject relation."""
    if head.dep_ in ("poss", "compound", "amod") or (head.dep_ == "appos" and head.head.pos_ == "NOUN"):
        head = head.head
    elif _counted(head, coreference=coreference):
        head = head.head.head
    return head.head


def _counted(head: Token, *, coreference: CoreferenceFile) -> bool:
    """Whether a noun is what an amount or a part before it counts ("hundreds of farmers", "a group of
    lawmakers", "some of the rebels", "a team of officials"): the object of "of" after a number, a quantity noun, a
    quantifier or a collective noun ("team", "delegation": coreference.yaml's `collectives`)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    amount = prep.head
    words = coreference
    return amount.like_num or amount.pos_ == "NUM" or amount.lower_ in words.quantities \
        or amount.lower_ in words.pronouns.quantifiers or amount.lower_ in words.collectives


def pronoun_reach(word: str, *, coreference: CoreferenceFile) -> int:
    """How many sentences before its own a pronoun looks back."""
    words = coreference
    return words.pronoun_reach.person if word in words.pronouns.person else words.pronoun_reach.other


def pronoun_antecedent(pronoun: Token, candidates: Sequence[R], first: int, stop: int,
                       gender_of: Callable[[R], str | None] | None = None, *, coreference: CoreferenceFile) -> R | None:
    """The candidate `pronoun` refers to (see the module docstring), among `candidates` in text order that start
    between token `first` (the first of the sentences in reach) and token `stop` (the end of the pronoun's
    sentence); None when none agrees with it. `gender_of` tells a candidate's gender ("f", "m", None unknown:
    either), by default from its own words (`gender`); the resolver adds what earlier pronouns told."""
    doc, word = pronoun.doc, pronoun.lower_
    known: Callable[[R], str | None] = gender_of or (lambda candidate: gender(doc, candidate, coreference=coreference))
    in_reach = [c for c in candidates if first <= c.start < stop and c.head != pronoun.i and _agrees(word, c, doc, known, coreference=coreference)]
    if pronoun.dep_ in _OBJECT_DEPS:
        # "Ode welcomed her": an object pronoun is never the subject of its own verb (that is "herself")
        in_reach = [c for c in in_reach if not (doc[c.head].head.i == pronoun.head.i and _is_subject(doc[c.head], coreference=coreference))]
    if pronoun_gender(word, coreference=coreference) == "f":
        # most people news names without a title are men: "she" is a woman the text showed as one, when there is
        # one in reach ("Lars Ekdahl met Ms. Solberg. She said"), before someone of unknown gender
        women = [c for c in in_reach if known(c) == "f"]
        in_reach = women or in_reach
    governing = {t.i for t in pronoun.ancestors}
    if pronoun.dep_ == "poss":
        # "its army": a possessive is never the noun it possesses
        in_reach = [c for c in in_reach if c.head != pronoun.head.i]
        # "Before his trip, Putin said", "In its statement, the ministry said": a possessive before the subject of
        # the clause it stands in is that subject; not a subject of another clause after it ("Pyongyang repeated its
        # demand that Washington ease sanctions": the demand is Pyongyang's)
        later = next((c for c in in_reach if c.start > pronoun.i and _is_subject(doc[c.head], coreference=coreference)
                      and _clause_of(doc[c.head], coreference=coreference).i in governing), None)
        if later is not None:
            return later
    controller = _controller(pronoun)
    if controller:
        # "called on the group to withdraw from the areas it has seized", "urged Mali to restore its constitution":
        # the one asked is who does what the infinitive says, and a pronoun in that clause goes on with it
        chosen = next((c for c in reversed(in_reach) if any(c.start <= i < c.end for i in controller)), None)
        if chosen is not None:
            return chosen
    before = [c for c in in_reach if c.end <= pronoun.i]
    subjects = [c for c in before if _is_subject(doc[c.head], coreference=coreference)]
    # "Rebels attacked the base, officials said. They ...": the subject of an attribution after what it reports
    # tells who said it; the story is about the reported clause's subject (but "officials said it reached": a
    # pronoun in the attribution's own clause may well be its speaker)
    told = [c for c in subjects
            if not (_attributes_after(doc[c.head], subjects, doc, coreference=coreference) and _clause_of(doc[c.head], coreference=coreference).i not in governing)]
    subjects = told or subjects
    if subjects:
        return subjects[-1]
    if before and _thing_before(pronoun, before):
        return None  # "The war erupted in Khartoum. It has killed thousands": the war, not the city
    return before[-1] if before else None


def _controller(pronoun: Token) -> list[int] | None:
    """The tokens that may be the one a verb asks or tells to do what its to-infinitive says, when `pronoun` stands
    in that infinitive's clause (or a clause under it) and is not the one asked: the verb's object ("urged Mali to
    ..."), else the objects of its prepositions before the infinitive ("called on the group to ...", "appealed to
    the rebels to ...")."""
    for verb in pronoun.ancestors:
        if verb.dep_ == "conj" and verb.head.dep_ == "xcomp":
            verb = verb.head  # "to halt its advance and withdraw from ...": the second verb shares the first's asker
        if any(c.dep_ in _SUBJECT_DEPS and c.i != pronoun.i and c.tag_ not in ("WDT", "WP") for c in verb.children):
            return None  # a clause with a subject of its own between ("to ensure that the rebels leave what it holds")
        if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        before = [c for c in verb.head.children if c.i < verb.i]
        asked = [c.i for c in before if c.dep_ in _OBJECT_DEPS] or [
            o.i for c in before if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        return [i for i in asked if i != pronoun.i] or None
    return None


def _thing_before(pronoun: Token, before: Sequence[Referent]) -> bool:
    """Whether a subject "it" follows a sentence whose subject is a thing no candidate covers (and no candidate
    is a subject there): the pronoun goes on with that thing, not with an actor named later in its sentence."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.sent.start == 0:
        return False
    sentence = pronoun.doc[pronoun.sent.start - 1].sent
    covered = {i for c in before for i in range(c.start, c.end)}
    subjects = [t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(t.i not in covered and t.pos_ == "NOUN" for t in subjects)


def _attributes_after(head: Token, subjects: Sequence[Referent], doc: Doc, *, coreference: CoreferenceFile) -> bool:
    """Whether a subject leads a clause that follows a clause it governs (a ccomp before it) holding another of
    `subjects`: "Rebels attacked the base, officials said"."""
    verb = _clause_of(head, coreference=coreference)
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i]
    return any(c.left_edge.i <= doc[s.head].i <= c.right_edge.i for c in reported for s in subjects)


def _reach_start(pronoun: Token, frame: int | None = None, *, coreference: CoreferenceFile) -> int:
    """The first token of the first sentence in the pronoun's reach, counted back from its own sentence or from
    the sentence at token `frame` (where the speech a quoted "they" stands in began: `_speech`)."""
    doc = pronoun.doc
    first = pronoun.sent.start if frame is None else min(pronoun.sent.start, doc[frame].sent.start)
    for _ in range(pronoun_reach(pronoun.lower_, coreference=coreference)):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return first


def antecedent(pronoun: Token, mentions: Sequence[ActorMention], *, coreference: CoreferenceFile) -> ActorMention | None:
    """The mention `pronoun` refers to, among `mentions` (in text order) in its reach; None when no mention
    agrees with it. The document must have sentences."""
    mentions, frame = _speech(pronoun, mentions, coreference=coreference)
    return _antecedent_from(pronoun, mentions, _reach_start(pronoun, frame, coreference=coreference), coreference=coreference)


def in_quote(token: Token) -> bool:
    """Whether `token` stands in a quote (quotemarks.doc_quotes)."""
    return _quote_around(token) is not None


def _quote_around(token: Token) -> tuple[int, int] | None:
    """The character span of the quote `token` stands in, if any (quotemarks.doc_quotes)."""
    return next(((q.start, q.end) for q in doc_quotes(token.doc) if q.start < token.idx < q.end), None)


def _speech(pronoun: Token, mentions: Sequence[ActorMention], *, coreference: CoreferenceFile) -> tuple[Sequence[ActorMention], int | None]:
    """For a "they / them / their" inside a quote: `mentions` without the speaker's side, and the first token of
    the sentence the speech began in (its reach counts back from there); else `mentions` and None. The speaker
    says "we" of its own side ('"They attacked our soldiers," the Ugandan army said': not Ugandan troops named
    before). The speaker is the subject named outside the quote in the sentences the quote opens or closes in,
    else the last subject outside quotes in the sentence before it (a quote running on: '"...," the army said.
    "They must withdraw."'); an actor of the speaker's code (or name) is the speaker's side."""
    words = coreference.pronouns
    if pronoun.lower_ not in words.plural or pronoun.lower_ in words.reflexive or _quote_around(pronoun) is None:
        return mentions, None  # (an unquoted pronoun has no speaker: the document's mentions are not wrapped)
    found = _quote_speakers(pronoun, [_Mentioned(m) for m in mentions], coreference=coreference)
    if found is None:
        return mentions, None
    speakers, frame = found
    if not speakers:
        return mentions, frame
    sides = {m.mention.actor.code or m.mention.actor.name for m in speakers}
    return [m for m in mentions if (m.actor.code or m.actor.name) not in sides], frame


def _quote_speakers(pronoun: Token, candidates: Sequence[R], *, coreference: CoreferenceFile) -> tuple[list[R], int] | None:
    """The speakers of the quote `pronoun` stands in (see `_speech`), among `candidates`, and the first token of the
    sentence the speech began in; None when the pronoun is not quoted."""
    quote = _quote_around(pronoun)
    if quote is None:
        return None
    doc = pronoun.doc
    first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    last = doc.char_span(max(quote[0] + 1, quote[1] - 1), max(quote[0] + 1, quote[1] - 1) + 1, alignment_mode="expand")
    opened = first.sent if first is not None else pronoun.sent
    end_char = doc[-1].idx + len(doc[-1].text_with_ws)  # (len(doc.text), without joining the words again)
    closed = last.sent if last is not None and quote[1] < end_char else pronoun.sent
    # (only candidates from the sentence before the quote's first to its last can speak: the others are not read)
    reach = doc[opened.start - 1].sent.start if opened.start > 0 else opened.start
    outside = [c for c in candidates if reach <= c.start < closed.end
               and _is_subject(doc[c.head], coreference=coreference) and _quote_around(doc[c.head]) is None]
    speakers = [c for c in outside if opened.start <= c.start < closed.end]
    frame = opened.start
    if not speakers and opened.start > 0:
        before = doc[opened.start - 1].sent
        speakers = [c for c in outside if before.start <= c.start < before.end][-1:]
        frame = before.start if speakers else frame
    return speakers, frame


def not_the_speaker(pronoun: Token, people: Sequence[R], same: Callable[[R], Hashable], *, coreference: CoreferenceFile) -> Sequence[R]:
    """`people` without the speaker of the quote a "he / she / his / her" stands in ('"She has let us down," Greer
    said': not Greer), nor anyone `same` says is the speaker; all of them outside a quote."""
    if pronoun.lower_ not in coreference.pronouns.person:
        return people
    found = _quote_speakers(pronoun, people, coreference=coreference)
    if not found or not found[0]:
        return people
    speakers = {same(p) for p in found[0]}
    return [p for p in people if same(p) not in speakers]


def _antecedent_from(pronoun: Token, mentions: Sequence[ActorMention], first: int, *, coreference: CoreferenceFile) -> ActorMention | None:
    """`antecedent`, with the first token of the pronoun's reach given."""
    stop = pronoun.sent.end
    # (only the mentions in its reach are wrapped: pronoun_antecedent reads no other, and a document has hundreds)
    chosen = pronoun_antecedent(pronoun, [_Mentioned(m) for m in mentions if first <= m.token_start < stop], first, stop, coreference=coreference)
    return chosen.mention if chosen is not None else None


def antecedents(pronoun: Token, mentions: Sequence[ActorMention], *, coreference: CoreferenceFile) -> list[ActorMention]:
    """The mentions `pronoun` refers to: `antecedent`'s one, or, for "they / them / their", parties joined as the
    subject of a clause before it ("The Kenyan minister and her Ugandan counterpart met. They agreed", "Chile
    and Peru"), or a subject and the one it met ("A hosted B. They agreed"), unless the one antecedent is a
    subject named after them."""
    mentions, frame = _speech(pronoun, mentions, coreference=coreference)
    doc, first = pronoun.doc, _reach_start(pronoun, frame, coreference=coreference)
    single = _antecedent_from(pronoun, mentions, first, coreference=coreference)  # (the reach walked once for both)
    if pronoun.lower_ not in coreference.pronouns.plural:
        return [single] if single is not None else []
    named = [m for m in mentions if first <= m.token_start and m.token_end <= pronoun.i
             and not refers_back(m.actor)]
    people = {i: m for m in named for i in range(m.token_start, m.token_end)}  # (a conjunct may be a title's word)
    meeting = coreference.meeting_words
    together: list[ActorMention] = []
    listed: list[ActorMention] = []  # the last people joined in another role ("the tour featured A, B and C")
    for mention in named:
        token = doc[mention.head]
        if token.dep_ == "conj":
            continue
        joined = [mention]
        for conjunct in token.conjuncts:
            other = people.get(conjunct.i)
            if other is not None and all(other is not m for m in joined):
                joined.append(other)
        if not _is_subject(token, coreference=coreference):
            listed = joined if len(joined) > 1 else listed
            continue
        if len(joined) == 1 and token.head.lemma_.lower() in meeting:
            # "The Kenyan president hosted his Ugandan counterpart. They agreed": the two who met
            met = next((people[c.i] for c in token.head.children if c.dep_ == "dobj" and c.i in people), None)
            if met is not None and met.actor.country != mention.actor.country:
                joined.append(met)
        if len(joined) > 1 and (not together or mention.token_start > together[0].token_start):
            together = joined
    if together and (single is None or single.token_start < together[0].token_start
                     or not _is_subject(doc[single.head], coreference=coreference)):
        return together
    if single is None and listed:
        # "The tour featured Ode, Ruiz and Okafor. They met editors": no one else is "they"; the people listed are
        return listed
    return [single] if single is not None else []


class _Titled(Protocol):
    @property
    def end(self) -> int: ...
    @property
    def title(self) -> str | None: ...


P = TypeVar("P", bound=_Titled)


def titled(title: str, position: int, people: Sequence[P], *, coreference: CoreferenceFile) -> P | None:
    """"the president": the last of `people` (in the order they were found) ending before `position` who held or
    was given that title, or a longer title of that head word with no word of another office before it (see
    coreference.yaml's `other_office_words`): "Kenya's foreign minister ... the minister said" (without it the
    speaker of a quote took a country named in the quoted words, or a counterpart's)."""
    title = _unhyphened(title)  # ("Secretary-General Ana Ode ... the secretary general": one title)
    for person in reversed(people):
        held = _unhyphened(person.title) if person.end <= position and person.title else None
        if held and (held == title or held.startswith(title) or _head_of(held, title, coreference=coreference)):
            return person
    return None


def _unhyphened(title: str) -> str:
    return title.replace("-", " ")


def _head_of(longer: str, title: str, *, coreference: CoreferenceFile) -> bool:
    """Whether `title` is the head word of the longer title `longer` and no word before it names another office."""
    if not longer.endswith(" " + title):
        return False
    other = coreference.other_office_words
    return not any(word in other for word in longer[:-len(title)].replace("-", " ").split())


def same_surname(word: str, people: Iterable[T], surname: Callable[[T], str | None],
                 full_name: Callable[[T], str] | None = None) -> T | None:
    """"Heydar Aliyev ... Aliyev": the first of `people` whose surname is `word`, written with or without its
    accents ("Anton Krüger ... Kruger"). With `full_name`, also the first named in three words or more whose word
    before the last is `word`: the first of two surnames, by which the person is called ("Tomás Ibarra Lugo ... Mr.
    Ibarra", "Andrés Manuel López Obrador ... López"; session 37)."""
    plain = without_accents(word)
    for person in people:
        if (name := surname(person)) is not None and without_accents(name) == plain:
            return person
        if full_name is not None and len(words := full_name(person).split()) >= 3 \
                and without_accents(words[-2]) == plain:
            return person
    return None


def without_accents(word: str) -> str:
    """The letters of `word` without their accents: "Krüger" -> "Kruger"."""
    if word.isascii():
        return word  # (most names: no accents to take off, and no normalising to pay for)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def surname_of(name: str, country: str | None = None, *, coreference: CoreferenceFile) -> str | None:
    """The word of a person's name that a bare mention of them uses: the last ("Petra Novak" -> "Novak"), or the
    first for a person of a country that writes the family name first ("Lee Jae-myung" -> "Lee"; coreference.yaml
    surname_first); a one-word name has no surname of its own ("Bill" is no one's)."""
    words = name.split()
    if len(words) < 2:
        return None
    return words[0] if country is not None and country in coreference.surname_first else words[-1]


def last_two(candidates: Sequence[T], same: Callable[[T], Hashable]) -> list[T]:
    """"the two leaders", "the two sides": the last two of `candidates` (named before the phrase, in order) that
    `same` tells apart, in their order; [] when there are fewer."""
    chosen: list[T] = []
    for candidate in reversed(candidates):
        if all(same(candidate) != same(other) for other in chosen):
            chosen.append(candidate)
        if len(chosen) == 2:
            return chosen[::-1]
    return []

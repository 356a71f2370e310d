"""Attribution: who reports or claims what a sentence says.

"as reported by CNN", "according to Xinhua", "citing officials" attribute every event of the sentence;
"X said (that) ..." attributes the events inside what X said. The words of these phrases are never role
phrases of an event: an outlet that reports does not act.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventscope.context import DocumentContext
from eventscope.events.matching import lemma_of
from eventscope.events.patterns import AttributionCues
from eventscope.events.quotes import QuoteRules, load_quote_rules, with_conjuncts
from eventscope.quotemarks import CLOSING as _CLOSING
from eventscope.quotemarks import OPENING as _OPENING
from eventscope.quotemarks import STRAIGHT as _STRAIGHT
from eventscope.quotemarks import Quote, doc_quotes, quotes_of

__all__ = ["Attribution", "document_quotes", "find_attributions", "introducing_speaker", "quote_speakers", "quotes_of", "spoken_by",
           "with_conjuncts"]

_COLON_QUOTE = re.compile(f":\\s*[{_OPENING}{_STRAIGHT}]")
# How many paragraphs after a line that ends "X said:" may be X's words (up to one that closes a quote).
_INTRODUCED_REACH = 3
# How the parser may hang a quoted phrase with no verb on the verb that says it ('"Nothing but lies," X said').
_FRAGMENT_DEPS = ("nsubj", "npadvmod", "dep", "dobj", "attr", "intj", "amod")
# How a verb of saying may hang on another verb whose subject it shares ("..., saying", "... and said").
_SHARED_SUBJECT_DEPS = ("advcl", "conj")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporter's phrase heads, the token range it covers (events there are attributed to it; None means
    the whole sentence), and the token range of the attribution phrase. A reporting phrase ("according
    to X", "as reported by X") is never a participant; a speaker ("X said") may also act in what it says."""

    heads: tuple[Token, ...]
    scope: tuple[int, int] | None
    phrase: tuple[int, int]
    reporting_only: bool = True
    # a speaker carried over from an earlier sentence (a quote that goes on with the last speaker): it makes
    # the speaker of a judgement said in the quote, not the attribution of the acts the quote reports
    carried: bool = False
    # a reporting phrase that names who says what the sentence says ("according to the minister, the army
    # must withdraw"): no participant in the acts it reports, but the one who demands what it says must be done
    speaks: bool = False

    @property
    def speaking(self) -> bool:
        """Whether the phrase names someone who speaks in the sentence (a speaker, or a reporting phrase that
        `speaks`), not only a reporter."""
        return not self.reporting_only or self.speaks

    def covers(self, token: Token) -> bool:
        return self.scope is None or self.scope[0] <= token.i < self.scope[1]


def _span_of(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _pobjs(token: Token) -> list[Token]:
    return [g for g in token.children if g.dep_ in ("pobj", "dobj")]


def _phrase_heads(token: Token, words: tuple[str, ...]) -> list[Token] | None:
    """For "according to X" at `token` ("according"), the objects X; None when the phrase is not here."""
    if lemma_of(token) not in (words[0], "accord") and token.text.lower() != words[0]:
        return None
    if len(words) == 1:
        return _pobjs(token)
    for child in token.children:
        if child.text.lower() == words[-1]:
            return _pobjs(child)
    return None


def find_attributions(sentence: SpacySpan, cues: AttributionCues, lemmas: Sequence[str] | None = None) -> list[Attribution]:
    """Attribution phrases of a sentence; `lemmas` (the document's, lower case) skips unrelated tokens."""
    found: list[Attribution] = []
    starts = cues.phrase_starts
    relevant = cues.cue_words
    doc = sentence.doc
    for i in range(sentence.start, sentence.end):
        lemma = lemmas[i] if lemmas is not None else lemma_of(doc[i])
        if lemma not in relevant:
            continue
        token = doc[i]
        # "according to X", "citing X", "per X"
        if lemma in starts or token.text.lower() in starts:
            for words in cues.attribution_phrases:
                heads = _phrase_heads(token, words)
                if heads:
                    named = with_conjuncts(heads)
                    speaks = " ".join(words) in cues.speaking_phrases and not any(_names_press(h, cues) for h in named)
                    found.append(Attribution(named, None, _span_of(token), speaks=speaks))
                    break
        if lemma in cues.stance_adjectives:
            stance = _stance(token, sentence)
            if stance is not None:
                found.append(stance)
            continue
        if token.pos_ not in ("VERB", "AUX"):
            continue
        # "as reported by CNN", "as detailed by state media"
        if lemma in cues.reporting_passives and token.tag_ == "VBN":
            agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents and token.dep_ in ("advcl", "ROOT", "parataxis", "conj", "acl"):
                scope = None if token.dep_ != "ROOT" else (sentence.start, sentence.end)
                found.append(Attribution(with_conjuncts(agents), scope, _span_of(token)))
                continue
        # "X said (that) ...", "..., X told Reuters": the speaker owns the complement.
        if lemma in cues.speech_verbs or lemma in cues.finding_verbs:
            if lemma in cues.speech_verbs:
                complements = [c for c in token.children if c.dep_ in ("ccomp", "parataxis")
                               or (c.dep_ in ("advcl", "xcomp") and _opens_quote(c))]
                if token.dep_ in ("parataxis", "ccomp") and not complements:
                    complements = [token.head]  # '"...", he said' parsed with the quote as head
            else:
                # a finding only with a that-clause ("the tribunal held that ..."; not "held talks", "the truce held")
                complements = [c for c in token.children if c.dep_ == "ccomp" and _that_clause(c)]
                if not complements:
                    continue
            # '"A true friend," she said of him': a quoted phrase with no verb, parsed as a second subject, is
            # what was said, not who said it
            quoted = [] if complements else [c for c in token.children if c.dep_ in _FRAGMENT_DEPS and _quoted(c)]
            complements += quoted
            speakers = [c for c in token.children if c.dep_ in ("nsubj",) and c not in quoted]
            if not speakers and complements:
                speakers = _borrowed_subjects(token)
            # "told Reuters": the press told reports it
            press = [c for c in token.children
                     if c.dep_ in ("dobj", "dative") and lemma == "tell" and _names_press(c, cues)]
            for complement in complements:
                scope = _span_of(complement)
                if complement.i == token.head.i:
                    scope = (sentence.start, sentence.end)
                if speakers:
                    found.append(Attribution(with_conjuncts(speakers), scope, _span_of(speakers[0]), False))
                if press:
                    found.append(Attribution(with_conjuncts(press), scope, _span_of(press[0])))
    return found


def _that_clause(clause: Token) -> bool:
    """A clause opened by "that" ("held that the ministry had erred")."""
    return any(c.dep_ == "mark" and lemma_of(c) == "that" for c in clause.children)


def _borrowed_subjects(verb: Token) -> list[Token]:
    """Who says it, for a verb of saying with no subject of its own: the subject of the verb it hangs on ("the union
    rejected the offer, saying ...", "Egypt condemned the raid and said ..."), or the one quoted ("the minister was
    quoted as saying ...")."""
    if verb.dep_ in _SHARED_SUBJECT_DEPS:
        return [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i]
    if verb.dep_ == "pcomp" and lemma_of(verb.head) == "as":
        return [c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return []


def _names_press(token: Token, cues: AttributionCues) -> bool:
    """Whether a head names the press ("state media") or a news outlet ("Reuters"), not an actor."""
    return lemma_of(token) in cues.press_nouns or cues.is_outlet_name(token.text)


def _opens_quote(clause: Token) -> bool:
    """'"Do not shoot," X said': a clause that opens a quote before its speaking verb (the parser may hang it
    as an adverbial clause or a complement) is what the speaker says."""
    start = clause.left_edge.i
    return clause.i < clause.head.i and start > 0 and clause.doc[start - 1].text in (_OPENING, _STRAIGHT)


def _quoted(phrase: Token) -> bool:
    """'"A true friend," she said': a phrase before its speaking verb, between quote marks (a comma may close it)."""
    doc, start, end = phrase.doc, phrase.left_edge.i, phrase.right_edge.i + 1
    while end < phrase.head.i and doc[end].text in (",", "."):
        end += 1
    return (phrase.i < phrase.head.i and start > 0 and doc[start - 1].text in (_OPENING, _STRAIGHT)
            and end < len(doc) and doc[end].text in (_CLOSING, _STRAIGHT))


def _stance(adjective: Token, sentence: SpacySpan) -> Attribution | None:
    """'The nurses are adamant (that) the cuts must go': an adjective of a firm stance said of a subject makes the
    subject the speaker of the clause after it (hung on the adjective or on its copula; with no "that" the parser
    may make the copula's clause the head of the sentence: then the whole sentence is in scope)."""
    if adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    copula = adjective.head
    speakers = [c for c in copula.children if c.dep_ == "nsubj"]
    if not speakers:
        return None
    clauses = [c for c in (*adjective.children, *copula.children) if c.dep_ == "ccomp" and c.i > adjective.i]
    # (session 39) with no "that", the parser may hang the clause on the subject as its modifier ("the union is adamant
    # the ministry must withdraw the reform"): a clause after the adjective with a subject of its own ...
    # (or on the copula as a conjunct with no "and" before it: "the nurses are adamant the minister must resign")
    joined = any(c.dep_ == "cc" and c.i > adjective.i for c in copula.children)
    clauses += [c for c in (*(g for s in speakers for g in s.children if g.dep_ == "acl"),
                            *(g for g in copula.children if g.dep_ == "conj" and not joined))
                if c.i > adjective.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if clauses:
        scope = _span_of(clauses[0])
    elif copula.dep_ in ("ccomp", "parataxis") and copula.head.i > adjective.i:
        scope = (sentence.start, sentence.end)
    else:
        return None
    return Attribution(with_conjuncts(speakers), scope, _span_of(speakers[0]), False)


def document_quotes(context: DocumentContext) -> list[Quote]:
    """The quotes of a document's article text, found once per document (quotemarks.doc_quotes: the actor stages,
    the event coder's speakers and the dates' narrative time all read them)."""
    return doc_quotes(context.doc, context.article.text)


def introducing_speaker(line: SpacySpan, cues: AttributionCues) -> Attribution | None:
    """The speaker of a line that introduces what follows ('The ambassador said:', 'The ministry said in a
    statement:'), over the whole text (callers set the scope)."""
    tokens = [t for t in line if t.text.strip()]
    if len(tokens) < 2 or tokens[-1].text != ":":
        return None
    verb = tokens[-2] if lemma_of(tokens[-2]) in cues.speech_verbs else line.root
    if lemma_of(verb) not in cues.speech_verbs or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return None  # (a verb with its own complement says it in the line)
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not speakers:
        return None
    return Attribution(with_conjuncts(speakers), None, _span_of(speakers[0]), False)


def _first_char(sentence: SpacySpan, text: str) -> int:
    """Where the sentence's first character that is no space lies; `text` is the document's."""
    own = text[sentence.start_char:sentence.end_char]
    return sentence.start_char + len(own) - len(own.lstrip())


def _own_speakers(sentence: SpacySpan, cues: AttributionCues, lemmas: Sequence[str] | None,
                  found: list[Attribution] | None = None) -> list[Attribution]:
    """The speakers a sentence names ("X said"), but "I" or "we" (in a quote, its speaker talking). `found`: the
    sentence's attributions, when the caller has them."""
    found = find_attributions(sentence, cues, lemmas) if found is None else found
    return [a for a in found if not a.reporting_only and a.heads and not _first_person(a, cues)]


def quote_speakers(sentences: Sequence[SpacySpan], cues: AttributionCues, lemmas: Sequence[str] | None = None,
                   skipped: Callable[[SpacySpan], bool] = lambda sentence: False,
                   text: str | None = None, found: Sequence[list[Attribution]] | None = None,
                   quotes: Sequence[Quote] | None = None, rules: QuoteRules | None = None) -> dict[int, Attribution]:
    """Who speaks the sentences that are quoted and name no speaker of their own, by sentence index: the
    speaker named where the quote closes, after it ('"A. B. C," X said'), else where it opens, before it ('X
    said: "A. B.'), else the last speaker named before it in its paragraph, else, for a quote that opens its
    paragraph, the last speaker of the paragraph before (a quoted paragraph goes on with the last speaker).
    A quoted sentence is one that starts in a quote or with its opening mark; `skipped` sentences (page
    furniture) break the chain of speakers. `text`: the document's, when the caller has it (Doc.text joins every
    token again); `found`: each sentence's attributions (`find_attributions`), and `quotes`: the text's quotes
    (`quotes_of`), when the caller has them; `rules`: the coder's quotes.yaml (left out, the bundled one)."""
    if not sentences:
        return {}
    text = sentences[0].doc.text if text is None else text
    quotes = quotes_of(text) if quotes is None else quotes
    own = [[] if skipped(s) else _own_speakers(s, cues, lemmas, None if found is None else found[i])
           for i, s in enumerate(sentences)]
    speakers: dict[int, Attribution] = {}
    rules = rules or load_quote_rules()
    manners = rules.speaking_manners
    no_speaker = rules.no_speaker_subjects | rules.situation_pronouns | cues.first_person
    last: Attribution | None = None  # the last speaker named, and the paragraph it was named in
    last_paragraph = -1
    introduced: Attribution | None = None  # who said the paragraphs after "X said:", and how many are left
    left = 0
    paragraph = -1
    counted = 0  # (line breaks are counted on from the last sentence's start: one pass over the text)
    lines = 0
    next_quote = 0  # the quotes and the sentences are both in text order
    for index, sentence in enumerate(sentences):
        first = _first_char(sentence, text)
        lines += text.count("\n", counted, first)
        counted = first
        if skipped(sentence):
            last = introduced = None
            continue
        before, paragraph = paragraph, lines
        if paragraph != before and index > 0:
            opening = introducing_speaker(sentences[index - 1], cues)
            previous = sentences[index - 1]
            closed = text[previous.start_char:previous.end_char].rstrip()[-1:] in (_CLOSING, _STRAIGHT)
            introduced, left = (opening, _INTRODUCED_REACH) if opening is not None else (
                (introduced, left - 1) if not closed else (None, 0))
            if left <= 0:
                introduced = None
        if introduced is not None and not own[index]:
            speakers[index] = replace(introduced, scope=(sentence.start, sentence.end))
            last, last_paragraph = introduced, paragraph
            continue
        if own[index]:
            introduced = None  # the writer's own words again
        while next_quote < len(quotes) and quotes[next_quote].end <= first:
            next_quote += 1
        quote = quotes[next_quote] if next_quote < len(quotes) and quotes[next_quote].start <= first else None
        if quote is not None and not own[index]:
            line_start = text.rfind("\n", 0, quote.start) + 1
            opens_paragraph = not text[line_start:quote.start].strip()
            going_on = last is not None and (last_paragraph == paragraph
                                             or (opens_paragraph and last_paragraph == paragraph - 1))
            framed = _framing(quote, sentences, own, index)
            if framed is not None:
                speakers[index] = replace(framed, scope=(sentence.start, sentence.end))
            elif last is not None and going_on:
                speakers[index] = replace(last, scope=(sentence.start, sentence.end), carried=True)
        elif quote is None and not own[index] and _COLON_QUOTE.search(text, sentence.start_char, sentence.end_char):
            # 'The minister was blunt: "Chile has lied."': a quote a colon opens, in a sentence with no verb of saying,
            # is said by the subject of the clause before the colon
            colon = _colon_quote(sentence)
            subject = None if colon is None else _subject_speaker(sentence, no_speaker, colon)
            if subject is not None:
                speakers[index] = subject
        named = _outermost(own[index]) if own[index] else speakers.get(index)
        if named is None and quote is None:
            named = _manner_speaker(sentence, lemmas, manners) or _unsparing_speaker(sentence, rules.unsparing_idioms, lemmas)
        if named is not None:
            last, last_paragraph = named, paragraph
    return speakers


def _manner_speaker(sentence: SpacySpan, lemmas: Sequence[str] | None, manners: frozenset[str]) -> Attribution | None:
    """'The senator was blunt. "The governor failed."': a sentence that tells how its subject spoke, with no verb of
    saying, names the speaker of the quote after it (quotes.yaml speaking_manners)."""
    doc = sentence.doc
    for i in range(sentence.start, sentence.end):
        if (lemmas[i] if lemmas is not None else lemma_of(doc[i])) not in manners:
            continue
        adjective = doc[i]
        if adjective.dep_ != "acomp":
            continue
        subjects = [c for c in adjective.head.children if c.dep_ == "nsubj"]
        if subjects:
            return Attribution(with_conjuncts(subjects), (sentence.end, sentence.end), _span_of(subjects[0]), False)
    return None


def _unsparing_speaker(sentence: SpacySpan, idioms: dict[str, frozenset[str]],
                       lemmas: Sequence[str] | None = None) -> Attribution | None:
    """'The senator did not mince words. "The governor failed."': a sentence that says its subject spoke plainly by
    an idiom denied ("pulled no punches", "did not hold back"; quotes.yaml unsparing_idioms), with no verb of
    saying, names the speaker of the quote after it. `lemmas`: the document's, when the caller has them."""
    doc = sentence.doc
    for i in range(sentence.start, sentence.end):
        # (the idiom's verb first, from the lemmas: a Token for every word cost more than the test)
        below = idioms.get(lemmas[i] if lemmas is not None else lemma_of(doc[i]))
        if not below:
            continue
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        words = [c for c in verb.children if c.dep_ in ("dobj", "prt", "advmod") and lemma_of(c) in below]
        denied = any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "det" and lemma_of(c) == "no" for w in words for c in w.children)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if words and denied and subjects:
            return Attribution(with_conjuncts(subjects), (sentence.end, sentence.end), _span_of(subjects[0]), False)
    return None


def _colon_quote(sentence: SpacySpan) -> int | None:
    """Where the colon that opens a quote is in a sentence, if one does."""
    doc = sentence.doc
    return next((i for i in range(sentence.start, sentence.end - 1)
                 if doc[i].text == ":" and doc[i + 1].text in (_OPENING, _STRAIGHT)), None)


def _subject_speaker(sentence: SpacySpan, excluded: frozenset[str], end: int) -> Attribution | None:
    """The subject of the clause before token `end` (a colon: 'the minister had a message: "..."', which the parser
    may hang on the quote's verb), as the speaker of the quote after it, up to the sentence's end (a carried
    speaker: the one who judges in the quote, not the reporter of the acts it tells); none for "it", "there"."""
    start, doc = sentence.start, sentence.doc
    verb = next((doc[i] for i in range(start, end) if not start <= doc[i].head.i < end or doc[i].head.i == i), None)
    subjects = [] if verb is None else [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                                        and c.i < end and c.text.lower() not in excluded]
    if not subjects:
        return None
    return Attribution(with_conjuncts(subjects), (end, sentence.end), _span_of(subjects[0]), False, carried=True)


def _outermost(attributions: list[Attribution]) -> Attribution:
    """The speaker who says the rest ("X said Y told reporters ...": X)."""
    return next((a for a in attributions if not any(b is not a and b.scope is not None and b.covers(a.heads[0].head)
                                                    for b in attributions)), attributions[0])


def _framing(quote: Quote, sentences: Sequence[SpacySpan], own: list[list[Attribution]], index: int) -> Attribution | None:
    """The speaker named around a quote: after its closing mark in the sentence where it closes, else before its
    opening mark in the sentence where it opens."""
    for at in range(index, len(sentences)):
        sentence = sentences[at]
        if sentence.start_char > quote.end:
            break
        if sentence.end_char > quote.end:
            after = [a for a in own[at] if all(h.head.idx > quote.end for h in a.heads)]
            if after:
                return _outermost(after)
            break
    for at in range(index, -1, -1):
        sentence = sentences[at]
        if sentence.end_char <= quote.start:
            break
        if sentence.start_char <= quote.start:
            before = [a for a in own[at] if all(h.head.idx < quote.start for h in a.heads)]
            if before:
                return _outermost(before)
            break
    return None


def spoken_by(attributions: list[Attribution], speaker: Attribution, cues: AttributionCues) -> list[Attribution]:
    """A sentence's attributions when `speaker` speaks it: its own "I said", "we believe" are the speaker's
    (in a quote "I" and "we" are whoever says it), and the speaker's covers the rest."""
    own = [replace(a, heads=speaker.heads, phrase=speaker.phrase) if _first_person(a, cues) else a
           for a in attributions]
    return own + [speaker]


def _first_person(attribution: Attribution, cues: AttributionCues) -> bool:
    return (not attribution.reporting_only and bool(attribution.heads)
            and all(lemma_of(h) in cues.first_person for h in attribution.heads))

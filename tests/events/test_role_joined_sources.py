"""Who does a verb whose subject the parser hung elsewhere (session 38, events/roles/): a noun after "and" that the
parser joined to the clause before as a conjunct, with its verb hung on it as a participle (`grammar._misread_promise`);
a participle joined to one carried by an issued text (`verbs._thing_carrying_the_act`); a subject set off from its
verb by a participle aside between commas (`subjects._subject_of_aside`). Near misses keep no guessed subject."""

from handparse import make_doc

from eventscope.events.matching import find_triggers
from eventscope.events.roles.heads import role_heads
from eventscope.events.roles.subjects import subjects_of

N, V, ADP, DET, P, PROPN, AUX, PART, ADV, NUM, PRON = (
    "NOUN", "VERB", "ADP", "DET", "PUNCT", "PROPN", "AUX", "PART", "ADV", "NUM", "PRON")


def sources(patterns, rows, trigger):
    doc = make_doc(rows)
    match = next(m for m in find_triggers(doc[:], patterns) if m.token.text == trigger)
    return [t.text for t in role_heads(match, patterns).sources]


def _joined_minister(*, infinitive):
    # "Officials have met the envoys twice, and Sylvania's minister offered to host talks." (the parser: "minister" a
    # conjunct of "met", "offered" its participle)
    rows = [("Officials", "official", N, "NNS", "nsubj", 2), ("have", "have", AUX, "VBP", "aux", 2),
            ("met", "meet", V, "VBN", "ROOT", 2), ("the", "the", DET, "DT", "det", 4), ("envoys", "envoy", N, "NNS", "dobj", 2),
            ("twice", "twice", ADV, "RB", "advmod", 2), (",", ",", P, ",", "punct", 2), ("and", "and", "CCONJ", "CC", "cc", 2),
            ("Sylvania", "Sylvania", PROPN, "NNP", "poss", 10), ("'s", "'s", PART, "POS", "case", 8),
            ("minister", "minister", N, "NN", "conj", 2), ("offered", "offer", V, "VBN", "acl", 10)]
    if infinitive:
        rows += [("to", "to", PART, "TO", "aux", 13), ("host", "host", V, "VB", "xcomp", 11),
                 ("talks", "talk", N, "NNS", "dobj", 13)]
    else:
        rows += [("in", "in", ADP, "IN", "prep", 11), ("May", "May", PROPN, "NNP", "pobj", 12)]
    return rows + [(".", ".", P, ".", "punct", 2)]


def test_a_noun_joined_to_the_clause_before_is_the_subject_of_its_misread_verb(patterns):
    doc = make_doc(_joined_minister(infinitive=True))
    assert [t.text for t in subjects_of(doc[11], patterns=patterns)] == ["minister"]


def test_a_participle_with_no_infinitive_on_a_joined_noun_stays_passive(patterns):
    # "..., and Sylvania's minister offered in May." reads as one offered (a passive): no one offers
    doc = make_doc(_joined_minister(infinitive=False))
    assert subjects_of(doc[11], patterns=patterns) == []


def _statement(*, subject_is_text):
    if subject_is_text:
        # "A statement defending the program and criticizing the inquiry angered senators."
        return [("A", "a", DET, "DT", "det", 1), ("statement", "statement", N, "NN", "nsubj", 9),
                ("defending", "defend", V, "VBG", "acl", 1), ("the", "the", DET, "DT", "det", 4),
                ("program", "program", N, "NN", "dobj", 2), ("and", "and", "CCONJ", "CC", "cc", 2),
                ("criticizing", "criticize", V, "VBG", "conj", 2), ("the", "the", DET, "DT", "det", 8),
                ("inquiry", "inquiry", N, "NN", "dobj", 6), ("angered", "anger", V, "VBD", "ROOT", 9),
                ("senators", "senator", N, "NNS", "dobj", 9), (".", ".", P, ".", "punct", 9)]
    # "Four senators issued a statement defending the program and criticizing the inquiry."
    return [("Four", "four", NUM, "CD", "nummod", 1), ("senators", "senator", N, "NNS", "nsubj", 2),
            ("issued", "issue", V, "VBD", "ROOT", 2), ("a", "a", DET, "DT", "det", 4), ("statement", "statement", N, "NN", "dobj", 2),
            ("defending", "defend", V, "VBG", "acl", 4), ("the", "the", DET, "DT", "det", 7), ("program", "program", N, "NN", "dobj", 5),
            ("and", "and", "CCONJ", "CC", "cc", 5), ("criticizing", "criticize", V, "VBG", "conj", 5),
            ("the", "the", DET, "DT", "det", 11), ("inquiry", "inquiry", N, "NN", "dobj", 9), (".", ".", P, ".", "punct", 2)]


def test_a_participle_joined_to_one_on_an_issued_text_is_done_by_its_issuers(patterns):
    assert sources(patterns, _statement(subject_is_text=False), "criticizing") == ["senators"]


def test_a_participle_on_a_text_no_one_is_said_to_issue_takes_no_doer_from_the_clause(patterns):
    assert "senators" not in sources(patterns, _statement(subject_is_text=True), "criticizing")


def _aside(*, comma):
    # "The embassy, asked about the ban, urged Sylvania to lift it." (the parser: "embassy asked" a clause of its own,
    # the object of "urged")
    rows = [("The", "the", DET, "DT", "det", 1), ("embassy", "embassy", N, "NN", "nsubj", 3)]
    rows += [(",", ",", P, ",", "punct", 1)] if comma else []
    k = len(rows) - 3  # the shift of the words after the comma
    rows += [("asked", "ask", V, "VBD", "ccomp", 8 + k), ("about", "about", ADP, "IN", "prep", 3 + k),
             ("the", "the", DET, "DT", "det", 6 + k), ("ban", "ban", N, "NN", "pobj", 4 + k), (",", ",", P, ",", "punct", 8 + k),
             ("urged", "urge", V, "VBD", "ROOT", 8 + k), ("Sylvania", "Sylvania", PROPN, "NNP", "dobj", 8 + k),
             ("to", "to", PART, "TO", "aux", 11 + k), ("lift", "lift", V, "VB", "xcomp", 8 + k),
             ("it", "it", PRON, "PRP", "dobj", 11 + k), (".", ".", P, ".", "punct", 8 + k)]
    return rows


def test_a_subject_set_off_by_an_aside_between_commas_does_the_verb_after_it(patterns):
    assert sources(patterns, _aside(comma=True), "urged") == ["embassy"]


def test_a_clause_with_its_own_subject_before_the_verb_lends_it_none(patterns):
    # "The embassy asked about the ban, urged ...": no comma between the subject and its verb, a clause of its own
    doc = make_doc(_aside(comma=False))
    assert subjects_of(doc[7], patterns=patterns) == []

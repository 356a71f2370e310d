"""Lists of parties on hand-built parses (events/roles/): companions ("along with", "together with", "alongside")
on a role's head or on its verb, members of a group ("including", "such as"), a finite verb the parser left hanging
after a comma, a committing noun's by-phrase and an attack's target hung on its by-phrase."""

from eventpicks import countries_in_order, the_only
from handparse import context_for, make_doc, mention

from eventscope.events.patterns import load_patterns
from eventscope.events.roles.subjects import subjects_of

PATTERNS = load_patterns()  # the coder's words (roles.yaml) for the role rules


def _sweden_together_with_norway(companion: list[tuple[str, str, str, str, str, int]]):
    # "Sweden , <companion> Norway , condemned Russia ." with the companion's words hung on "Sweden"
    n = len(companion)
    return make_doc([
        ("Sweden", "Sweden", "PROPN", "NNP", "nsubj", n + 4),
        (",", ",", "PUNCT", ",", "punct", 0),
        *companion,
        ("Norway", "Norway", "PROPN", "NNP", "pobj", n + 1),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", n + 4),
        ("Russia", "Russia", "PROPN", "NNP", "dobj", n + 4),
        (".", ".", "PUNCT", ".", "punct", n + 4),
    ])


def _code_sweden(coder, doc):
    n = len(doc)
    mentions = [mention(doc, 0, 1, "Sweden", "SWE"), mention(doc, n - 5, n - 4, "Norway", "NOR"),
                mention(doc, n - 2, n - 1, "Russia", "RUS")]
    return the_only(coder.code(context_for(doc, mentions)), "ACCUSE")


def test_a_companion_together_with_the_source_acts_too(coder):
    doc = _sweden_together_with_norway([("together", "together", "ADV", "RB", "advmod", 3),
                                        ("with", "with", "ADP", "IN", "prep", 0)])
    event = _code_sweden(coder, doc)
    assert (countries_in_order(event.source), countries_in_order(event.target)) == (["SWE", "NOR"], ["RUS"])


def test_a_companion_along_with_the_source_acts_too(coder):
    # the parser hangs "with" on "along"
    doc = _sweden_together_with_norway([("along", "along", "ADP", "IN", "prep", 0),
                                        ("with", "with", "ADP", "IN", "prep", 2)])
    assert countries_in_order(_code_sweden(coder, doc).source) == ["SWE", "NOR"]


def test_a_companion_alongside_the_source_acts_too(coder):
    doc = _sweden_together_with_norway([("alongside", "alongside", "ADP", "IN", "prep", 0)])
    assert countries_in_order(_code_sweden(coder, doc).source) == ["SWE", "NOR"]


def test_a_companion_hung_on_the_verb_acts_with_its_subject(coder):
    # "Chile met Peru alongside Bolivia ."
    doc = make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("met", "meet", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 1), ("alongside", "alongside", "ADP", "IN", "prep", 1),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1),
    ], ents=["B-GPE", "O", "B-GPE", "O", "B-GPE", "O"])
    mentions = [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 2, 3, "Peru", "PER"), mention(doc, 4, 5, "Bolivia", "BOL")]
    event = the_only(coder.code(context_for(doc, mentions)), "CONSULT")
    assert (countries_in_order(event.source), countries_in_order(event.target)) == (["CHL", "BOL"], ["PER"])


def _states_including(coder, group_country: str | None, members: list[tuple[str, str | None]]):
    # "Some states , including Qatar and Kuwait , sent aid to Syria ."
    doc = make_doc([
        ("Some", "some", "DET", "DT", "det", 1), ("states", "state", "NOUN", "NNS", "nsubj", 9),
        (",", ",", "PUNCT", ",", "punct", 1), ("including", "include", "VERB", "VBG", "prep", 1),
        ("Qatar", "Qatar", "PROPN", "NNP", "pobj", 3), ("and", "and", "CCONJ", "CC", "cc", 4),
        ("Kuwait", "Kuwait", "PROPN", "NNP", "conj", 4), (",", ",", "PUNCT", ",", "punct", 1),
        ("have", "have", "AUX", "VBP", "aux", 9), ("sent", "send", "VERB", "VBN", "ROOT", 9),
        ("aid", "aid", "NOUN", "NN", "dobj", 9), ("to", "to", "ADP", "IN", "dative", 9),
        ("Syria", "Syria", "PROPN", "NNP", "pobj", 11), (".", ".", "PUNCT", ".", "punct", 9),
    ], ents=["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O"])
    found = [mention(doc, 0, 2, "Some states", group_country, kind="group")] if group_country else []
    found += [mention(doc, i, i + 1, doc[i].text, country) for i, (_, country) in zip((4, 6), members)]
    found.append(mention(doc, 12, 13, "Syria", "SYR"))
    return the_only(coder.code(context_for(doc, found)), "AID")


def test_named_members_of_a_group_act_with_it(coder):
    event = _states_including(coder, "PGS", [("Qatar", "QAT"), ("Kuwait", "KWT")])
    assert countries_in_order(event.source) == ["PGS", "QAT", "KWT"]


def test_a_group_named_by_words_alone_is_its_members(coder):
    event = _states_including(coder, None, [("Qatar", "QAT"), ("Kuwait", "KWT")])
    assert countries_in_order(event.source) == ["QAT", "KWT"]


def test_a_member_of_the_groups_own_country_adds_no_party(coder):
    event = _states_including(coder, "QAT", [("Qatar", "QAT"), ("Kuwait", "KWT")])
    assert countries_in_order(event.source) == ["QAT", "KWT"]


def test_members_that_are_no_named_party_are_the_group(coder):
    # "Police arrested protesters , including students and lawyers ."
    doc = make_doc([
        ("Police", "police", "NOUN", "NNS", "nsubj", 1), ("arrested", "arrest", "VERB", "VBD", "ROOT", 1),
        ("protesters", "protester", "NOUN", "NNS", "dobj", 1), (",", ",", "PUNCT", ",", "punct", 2),
        ("including", "include", "VERB", "VBG", "prep", 2), ("students", "student", "NOUN", "NNS", "pobj", 4),
        ("and", "and", "CCONJ", "CC", "cc", 5), ("lawyers", "lawyer", "NOUN", "NNS", "conj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    mentions = [mention(doc, 0, 1, "police", "IRN", kind="group"), mention(doc, 2, 3, "protesters", "IRN", kind="group"),
                mention(doc, 5, 6, "students", "IRN", kind="group"), mention(doc, 7, 8, "lawyers", "IRN", kind="group")]
    event = the_only(coder.code(context_for(doc, mentions)), "COERCE")
    assert [a.text for a in event.target] == ["protesters"]


def test_such_as_opens_members():
    from eventscope.events.patterns import load_role_words
    from eventscope.events.roles.lists import _list_opening

    # "countries such as France": "as" with the word before it
    doc = make_doc([
        ("countries", "country", "NOUN", "NNS", "ROOT", 0), ("such", "such", "ADJ", "JJ", "amod", 2),
        ("as", "as", "ADP", "IN", "prep", 0), ("France", "France", "PROPN", "NNP", "pobj", 2),
    ])
    words = load_role_words()
    assert _list_opening(doc[2], words.member_preps).text == "France"
    assert _list_opening(doc[2], words.companion_preps) is None


def test_a_finite_verb_left_hanging_after_a_comma_keeps_the_clause_subject():
    # "Chile signed a pact , then accused Bolivia ." with "accused" hung as dep on "signed"
    doc = make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("signed", "sign", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("pact", "pact", "NOUN", "NN", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 1), ("then", "then", "ADV", "RB", "advmod", 6),
        ("accused", "accuse", "VERB", "VBD", "dep", 1), ("Bolivia", "Bolivia", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert [t.text for t in subjects_of(doc[6], patterns=PATTERNS)] == ["Chile"]


def test_a_committing_nouns_by_phrase_does_its_infinitive():
    # "the offer by Japan to send teams" / "efforts by Japan to send teams"
    def doc_for(noun: str):
        return make_doc([
            ("the", "the", "DET", "DT", "det", 1), (noun, noun, "NOUN", "NN", "ROOT", 1),
            ("by", "by", "ADP", "IN", "prep", 1), ("Japan", "Japan", "PROPN", "NNP", "pobj", 2),
            ("to", "to", "PART", "TO", "aux", 5), ("send", "send", "VERB", "VB", "acl", 1),
            ("teams", "team", "NOUN", "NNS", "dobj", 5),
        ])
    assert [t.text for t in subjects_of(doc_for("offer")[5], patterns=PATTERNS)] == ["Japan"]
    assert subjects_of(doc_for("effort")[5], patterns=PATTERNS) == []


def test_an_attacks_target_hung_on_its_by_phrase_is_aimed_at(article_coder):
    # "Kenya condemned an attack by militants on a post ." with "on" hung on "militants"
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("an", "an", "DET", "DT", "det", 3), ("attack", "attack", "NOUN", "NN", "dobj", 1),
        ("by", "by", "ADP", "IN", "prep", 3), ("militants", "militant", "NOUN", "NNS", "pobj", 4),
        ("on", "on", "ADP", "IN", "prep", 5), ("a", "a", "DET", "DT", "det", 8),
        ("post", "post", "NOUN", "NN", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    mentions = [mention(doc, 0, 1, "Kenya", "KEN"), mention(doc, 5, 6, "militants", "SOM", kind="group")]
    event = the_only(article_coder.code(context_for(doc, mentions)), "ASSAULT")
    assert [a.text for a in event.target] == ["a post"]


def test_an_apposition_opened_by_a_after_a_plural_is_a_list_item():
    from eventscope.events.roles.lists import _is_list_item

    # "two generals , a company and a bank" / "Ali Khan , a cleric and judge"
    listed = make_doc([
        ("two", "two", "NUM", "CD", "nummod", 1), ("generals", "general", "NOUN", "NNS", "ROOT", 1),
        (",", ",", "PUNCT", ",", "punct", 1), ("a", "a", "DET", "DT", "det", 4),
        ("company", "company", "NOUN", "NN", "appos", 1), ("and", "and", "CCONJ", "CC", "cc", 4),
        ("a", "a", "DET", "DT", "det", 7), ("bank", "bank", "NOUN", "NN", "conj", 4),
    ])
    described = make_doc([
        ("Ali", "Ali", "PROPN", "NNP", "compound", 1), ("Khan", "Khan", "PROPN", "NNP", "ROOT", 1),
        (",", ",", "PUNCT", ",", "punct", 1), ("a", "a", "DET", "DT", "det", 4),
        ("cleric", "cleric", "NOUN", "NN", "appos", 1), ("and", "and", "CCONJ", "CC", "cc", 4),
        ("judge", "judge", "NOUN", "NN", "conj", 4),
    ])
    assert _is_list_item(listed[4], patterns=PATTERNS)
    assert not _is_list_item(described[4], patterns=PATTERNS)


def test_a_list_broken_after_an_object_is_all_acted_on():
    from eventscope.events.roles.lists import _list_rest

    # "met envoys of Chile , members of the union and farmers" with "members" hung on the verb
    doc = make_doc([
        ("met", "meet", "VERB", "VBD", "ROOT", 0), ("envoys", "envoy", "NOUN", "NNS", "dobj", 0),
        ("of", "of", "ADP", "IN", "prep", 1), ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
        (",", ",", "PUNCT", ",", "punct", 0), ("members", "member", "NOUN", "NNS", "npadvmod", 0),
        ("of", "of", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 8),
        ("union", "union", "NOUN", "NN", "pobj", 6), ("and", "and", "CCONJ", "CC", "cc", 5),
        ("farmers", "farmer", "NOUN", "NNS", "conj", 5),
    ])
    assert [t.text for t in _list_rest(doc[1])] == ["members", "farmers"]

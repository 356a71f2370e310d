"""Who acts, when the parse does not say it outright (events/roles/): light verbs, verbs of undergoing, subjects
the parser stranded, passive killings told with the armed act that did them, acts done with someone, weapons.
Hand-built parses of invented sentences."""

from handparse import role_words as roles

N, PN, V, AUX, ADP, DET, P = "NOUN", "PROPN", "VERB", "AUX", "ADP", "DET", "PUNCT"


def test_who_undergoes_an_act_receives_it_from_whom_the_verb_names(patterns):
    # "The ministry received aid from Japan ."
    rows = [("The", "the", DET, "DT", "det", 1), ("ministry", "ministry", N, "NN", "nsubj", 2),
            ("received", "receive", V, "VBD", "ROOT", 2), ("aid", "aid", N, "NN", "dobj", 2),
            ("from", "from", ADP, "IN", "prep", 2), ("Japan", "Japan", PN, "NNP", "pobj", 4), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "aid", named={"Japan"}) == (["Japan"], ["ministry"])


def test_the_subject_of_a_light_verb_holds_the_act_before_a_name_in_its_modifiers(patterns):
    # "Sweden hosted an EU summit ."
    rows = [("Sweden", "Sweden", PN, "NNP", "nsubj", 1), ("hosted", "host", V, "VBD", "ROOT", 1),
            ("an", "an", DET, "DT", "det", 4), ("EU", "EU", PN, "NNP", "compound", 4),
            ("summit", "summit", N, "NN", "dobj", 1), (".", ".", P, ".", "punct", 1)]
    ents = ["B-GPE", "O", "O", "B-ORG", "O", "O"]
    assert roles(patterns, rows, "summit", ents, named={"Sweden", "EU"})[0] == ["Sweden"]


def test_a_from_phrase_still_says_whose_act_a_light_verb_carries(patterns):
    # "The minister approved a plea from the army ." ("approved a request" is the minister's own act: CAMEO 083)
    rows = [("The", "the", DET, "DT", "det", 1), ("minister", "minister", N, "NN", "nsubj", 2),
            ("approved", "approve", V, "VBD", "ROOT", 2), ("a", "a", DET, "DT", "det", 4),
            ("plea", "plea", N, "NN", "dobj", 2), ("from", "from", ADP, "IN", "prep", 4),
            ("the", "the", DET, "DT", "det", 7), ("army", "army", N, "NN", "pobj", 5), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "plea")[0] == ["army"]


def test_a_verb_the_parser_left_without_subject_is_done_by_the_actor_named_right_before_it(patterns):
    # "On a trip to Peru , Minister Ana Diaz praised the deal ." (the name read as a conjunct of "Peru")
    rows = [("On", "on", ADP, "IN", "prep", 9), ("a", "a", DET, "DT", "det", 2), ("trip", "trip", N, "NN", "pobj", 0),
            ("to", "to", ADP, "IN", "prep", 2), ("Peru", "Peru", PN, "NNP", "pobj", 3), (",", ",", P, ",", "punct", 4),
            ("Minister", "Minister", PN, "NNP", "compound", 8), ("Ana", "Ana", PN, "NNP", "compound", 8),
            ("Diaz", "Diaz", PN, "NNP", "conj", 4), ("praised", "praise", V, "VBD", "ROOT", 9),
            ("the", "the", DET, "DT", "det", 11), ("deal", "deal", N, "NN", "dobj", 9), (".", ".", P, ".", "punct", 9)]
    assert roles(patterns, rows, "praised", named={"Diaz", "Peru"})[0] == ["Diaz"]


def test_a_passive_killing_is_done_by_whoever_does_the_armed_act_of_its_when_clause(patterns):
    # "Four guards were killed when rebels attacked the base ."
    rows = [("Four", "four", "NUM", "CD", "nummod", 1), ("guards", "guard", N, "NNS", "nsubjpass", 3),
            ("were", "be", AUX, "VBD", "auxpass", 3), ("killed", "kill", V, "VBN", "ROOT", 3),
            ("when", "when", "SCONJ", "WRB", "advmod", 6), ("rebels", "rebel", N, "NNS", "nsubj", 6),
            ("attacked", "attack", V, "VBD", "advcl", 3), ("the", "the", DET, "DT", "det", 8),
            ("base", "base", N, "NN", "dobj", 6), (".", ".", P, ".", "punct", 3)]
    assert roles(patterns, rows, "killed") == (["rebels"], ["guards"])


def test_an_arrest_after_an_act_of_those_arrested_is_not_theirs(patterns):
    # "Four students were arrested after they occupied the hall ."
    rows = [("Four", "four", "NUM", "CD", "nummod", 1), ("students", "student", N, "NNS", "nsubjpass", 3),
            ("were", "be", AUX, "VBD", "auxpass", 3), ("arrested", "arrest", V, "VBN", "ROOT", 3),
            ("after", "after", "SCONJ", "IN", "mark", 6), ("they", "they", "PRON", "PRP", "nsubj", 6),
            ("occupied", "occupy", V, "VBD", "advcl", 3), ("the", "the", DET, "DT", "det", 8),
            ("hall", "hall", N, "NN", "dobj", 6), (".", ".", P, ".", "punct", 3)]
    assert roles(patterns, rows, "arrested")[0] == []


def test_those_wounded_in_clashes_with_someone_were_wounded_by_them(patterns):
    # "Two soldiers were wounded in clashes with militants ."
    rows = [("Two", "two", "NUM", "CD", "nummod", 1), ("soldiers", "soldier", N, "NNS", "nsubjpass", 3),
            ("were", "be", AUX, "VBD", "auxpass", 3), ("wounded", "wound", V, "VBN", "ROOT", 3),
            ("in", "in", ADP, "IN", "prep", 3), ("clashes", "clash", N, "NNS", "pobj", 4),
            ("with", "with", ADP, "IN", "prep", 5), ("militants", "militant", N, "NNS", "pobj", 6), (".", ".", P, ".", "punct", 3)]
    assert roles(patterns, rows, "wounded") == (["militants"], ["soldiers"])


def test_talks_with_someone_told_before_a_clause_are_held_by_its_subject(patterns):
    # "After talks with Putin , Macron left ."
    rows = [("After", "after", ADP, "IN", "prep", 6), ("talks", "talk", N, "NNS", "pobj", 0),
            ("with", "with", ADP, "IN", "prep", 1), ("Putin", "Putin", PN, "NNP", "pobj", 2), (",", ",", P, ",", "punct", 6),
            ("Macron", "Macron", PN, "NNP", "nsubj", 6), ("left", "leave", V, "VBD", "ROOT", 6), (".", ".", P, ".", "punct", 6)]
    ents = ["O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O"]
    assert roles(patterns, rows, "talks", ents) == (["Macron"], ["Putin"])


def test_a_list_of_verbs_with_one_misread_as_a_noun_shares_the_first_subject(patterns):
    # "The fighters drill , march and attack the base ." ("march" read as a noun)
    rows = [("The", "the", DET, "DT", "det", 1), ("fighters", "fighter", N, "NNS", "nsubj", 2),
            ("drill", "drill", V, "VBP", "ROOT", 2), (",", ",", P, ",", "punct", 2), ("march", "march", N, "NN", "conj", 2),
            ("and", "and", "CCONJ", "CC", "cc", 4), ("attack", "attack", V, "VB", "conj", 4),
            ("the", "the", DET, "DT", "det", 8), ("base", "base", N, "NN", "dobj", 6), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "attack") == (["fighters"], ["base"])


def test_an_act_in_a_goal_held_by_people_is_theirs(patterns):
    # "Officials fear rebels with the aim of coming to attack the capital ."
    rows = [("Officials", "official", N, "NNS", "nsubj", 1), ("fear", "fear", V, "VBP", "ROOT", 1),
            ("rebels", "rebel", N, "NNS", "dobj", 1), ("with", "with", ADP, "IN", "prep", 2),
            ("the", "the", DET, "DT", "det", 5), ("aim", "aim", N, "NN", "pobj", 3), ("of", "of", ADP, "IN", "prep", 5),
            ("coming", "come", V, "VBG", "pcomp", 6), ("to", "to", "PART", "TO", "aux", 9),
            ("attack", "attack", V, "VB", "advcl", 7), ("the", "the", DET, "DT", "det", 11),
            ("capital", "capital", N, "NN", "dobj", 9), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "attack")[0] == ["rebels"]


def test_a_participle_hung_on_a_time_goes_with_the_clause(patterns):
    # "Jets bombed the town for a third day , killing ten people ."
    rows = [("Jets", "jet", N, "NNS", "nsubj", 1), ("bombed", "bomb", V, "VBD", "ROOT", 1),
            ("the", "the", DET, "DT", "det", 3), ("town", "town", N, "NN", "dobj", 1), ("for", "for", ADP, "IN", "prep", 1),
            ("a", "a", DET, "DT", "det", 7), ("third", "third", "ADJ", "JJ", "amod", 7), ("day", "day", N, "NN", "pobj", 4),
            (",", ",", P, ",", "punct", 7), ("killing", "kill", V, "VBG", "acl", 7), ("ten", "ten", "NUM", "CD", "nummod", 11),
            ("people", "people", N, "NNS", "dobj", 9), (".", ".", P, ".", "punct", 1)]
    ents = ["O", "O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "B-CARDINAL", "O", "O"]
    assert roles(patterns, rows, "killing", ents) == (["Jets"], ["people"])


def test_a_weapon_someone_fired_acts_for_them(patterns):
    # "The shells fired by the army hit the school ."
    rows = [("The", "the", DET, "DT", "det", 1), ("shells", "shell", N, "NNS", "nsubj", 6),
            ("fired", "fire", V, "VBN", "acl", 1), ("by", "by", ADP, "IN", "agent", 2), ("the", "the", DET, "DT", "det", 5),
            ("army", "army", N, "NN", "pobj", 3), ("hit", "hit", V, "VBD", "ROOT", 6), ("the", "the", DET, "DT", "det", 8),
            ("school", "school", N, "NN", "dobj", 6), (".", ".", P, ".", "punct", 6)]
    assert roles(patterns, rows, "hit")[0] == ["army"]


def test_a_copula_says_whose_act_its_subject_is(patterns):
    # "Norway remains the largest donor ."
    rows = [("Norway", "Norway", PN, "NNP", "nsubj", 1), ("remains", "remain", V, "VBZ", "ROOT", 1),
            ("the", "the", DET, "DT", "det", 4), ("largest", "large", "ADJ", "JJS", "amod", 4),
            ("donor", "donor", N, "NN", "attr", 1), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "donor", ["B-GPE", "O", "O", "O", "O", "O"])[0] == ["Norway"]


def test_who_is_responsible_for_killings_did_them(patterns):
    # "The gang was responsible for the killings ."
    rows = [("The", "the", DET, "DT", "det", 1), ("gang", "gang", N, "NN", "nsubj", 2), ("was", "be", AUX, "VBD", "ROOT", 2),
            ("responsible", "responsible", "ADJ", "JJ", "acomp", 2), ("for", "for", ADP, "IN", "prep", 3),
            ("the", "the", DET, "DT", "det", 6), ("killings", "killing", N, "NNS", "pobj", 4), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "killings")[0] == ["gang"]


def test_who_travels_for_talks_holds_them(patterns):
    # "The minister flew to Rome for talks ."
    rows = [("The", "the", DET, "DT", "det", 1), ("minister", "minister", N, "NN", "nsubj", 2),
            ("flew", "fly", V, "VBD", "ROOT", 2), ("to", "to", ADP, "IN", "prep", 2), ("Rome", "Rome", PN, "NNP", "pobj", 3),
            ("for", "for", ADP, "IN", "prep", 2), ("talks", "talk", N, "NNS", "pobj", 5), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "talks", ["O", "O", "O", "O", "B-GPE", "O", "O", "O"])[0] == ["minister"]


def test_forces_deployed_by_no_one_named_act_for_their_country(patterns):
    # "Russian soldiers were deployed ."
    rows = [("Russian", "russian", "ADJ", "JJ", "amod", 1), ("soldiers", "soldier", N, "NNS", "nsubjpass", 3),
            ("were", "be", AUX, "VBD", "auxpass", 3), ("deployed", "deploy", V, "VBN", "ROOT", 3), (".", ".", P, ".", "punct", 3)]
    assert roles(patterns, rows, "deployed", ["B-NORP", "O", "O", "O", "O"])[0] == ["soldiers"]


def test_prisoners_released_by_no_one_named_do_not_release_themselves(patterns):
    # "Ten prisoners were released ."
    rows = [("Ten", "ten", "NUM", "CD", "nummod", 1), ("prisoners", "prisoner", N, "NNS", "nsubjpass", 3),
            ("were", "be", AUX, "VBD", "auxpass", 3), ("released", "release", V, "VBN", "ROOT", 3), (".", ".", P, ".", "punct", 3)]
    assert roles(patterns, rows, "released")[0] == []


def test_a_visit_told_as_the_setting_of_a_clause_is_its_subjects(patterns):
    # "During a visit to Peru , the minister signed ."
    rows = [("During", "during", ADP, "IN", "prep", 8), ("a", "a", DET, "DT", "det", 2), ("visit", "visit", N, "NN", "pobj", 0),
            ("to", "to", ADP, "IN", "prep", 2), ("Peru", "Peru", PN, "NNP", "pobj", 3), (",", ",", P, ",", "punct", 8),
            ("the", "the", DET, "DT", "det", 7), ("minister", "minister", N, "NN", "nsubj", 8),
            ("signed", "sign", V, "VBD", "ROOT", 8), (".", ".", P, ".", "punct", 8)]
    assert roles(patterns, rows, "visit", ["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"]) == (["minister"], ["Peru"])


def test_a_visit_whose_of_phrase_says_whose_it_is_is_not_the_clause_subjects(patterns):
    # "Protesters marched during the visit of the king ."
    rows = [("Protesters", "protester", N, "NNS", "nsubj", 1), ("marched", "march", V, "VBD", "ROOT", 1),
            ("during", "during", ADP, "IN", "prep", 1), ("the", "the", DET, "DT", "det", 4), ("visit", "visit", N, "NN", "pobj", 2),
            ("of", "of", ADP, "IN", "prep", 4), ("the", "the", DET, "DT", "det", 7), ("king", "king", N, "NN", "pobj", 5),
            (".", ".", P, ".", "punct", 1)]
    assert "Protesters" not in roles(patterns, rows, "visit")[0]


def _reported_clause(noun, verb_rows, tail):
    """ "<noun> , who officials said <verb rows> <tail> ." with the parser's reading: "who" hung on the reported verb
    (index 7), the clause of saying "officials said" a relative clause on the noun (index 1)."""
    return ([("The", "the", DET, "DT", "det", 1), noun, (",", ",", P, ",", "punct", 1),
             ("who", "who", "PRON", "WP", "nsubj", 7), ("officials", "official", N, "NNS", "nsubj", 5),
             ("said", "say", V, "VBD", "relcl", 1), ("had", "have", AUX, "VBD", "aux", 7)] + verb_rows + tail
            + [(".", ".", P, ".", "punct", 1)])


def test_a_relative_pronoun_hung_in_a_reported_clause_of_force_stands_for_the_actor_noun(patterns):
    # (session 33) "The rebels , who officials said had shelled the villages ."
    rows = _reported_clause(("rebels", "rebel", N, "NNS", "ROOT", 1), [("shelled", "shell", V, "VBN", "ccomp", 5)],
                            [("the", "the", DET, "DT", "det", 9), ("villages", "village", N, "NNS", "dobj", 7)])
    assert roles(patterns, rows, "shelled")[0] == ["rebels"]


def test_a_relative_pronoun_in_a_reported_clause_of_no_force_keeps_its_reading(patterns):
    # near miss: "The rebels , who officials said had praised the envoys ." (praise is no act of force)
    rows = _reported_clause(("rebels", "rebel", N, "NNS", "ROOT", 1), [("praised", "praise", V, "VBN", "ccomp", 5)],
                            [("the", "the", DET, "DT", "det", 9), ("envoys", "envoy", N, "NNS", "dobj", 7)])
    assert roles(patterns, rows, "praised")[0] != ["rebels"]


def test_a_relative_pronoun_in_a_reported_clause_stands_for_no_pronoun(patterns):
    # near miss: "All those , who officials said had shelled the villages ." : a pronoun before the clause is no
    # phrase to stand for
    rows = _reported_clause(("those", "those", "PRON", "DT", "ROOT", 1), [("shelled", "shell", V, "VBN", "ccomp", 5)],
                            [("the", "the", DET, "DT", "det", 9), ("villages", "village", N, "NNS", "dobj", 7)])
    rows[0] = ("All", "all", DET, "DT", "predet", 1)
    assert roles(patterns, rows, "shelled")[0] != ["those"]


def _offered(last: tuple[str, str, str, str, str, int]):
    """ "The minister offered in May to host talks <last>" as the parser reads it: "offered" a participle on the
    root noun, "to host" an adverbial clause on it (and "host" a noun)."""
    return [("The", "the", DET, "DT", "det", 1), ("minister", "minister", N, "NN", "ROOT", 1),
            ("offered", "offer", V, "VBN", "acl", 1), ("in", "in", ADP, "IN", "prep", 2), ("May", "May", PN, "NNP", "pobj", 3),
            ("to", "to", ADP, "IN", "aux", 6), ("host", "host", N, "NN", "advcl", 2), ("talks", "talk", N, "NNS", "dobj", 6),
            last]


def test_a_promise_read_as_a_participle_on_the_sentence_noun_is_its_act(patterns):
    # (session 33) "The minister offered in May to host talks ." : the minister offers, nobody offers him
    heads = roles(patterns, _offered((".", ".", P, ".", "punct", 1)), "offered")
    assert heads[0] == ["minister"] and "minister" not in heads[1]


def test_a_promise_participle_in_a_line_with_no_stop_stays_a_passive(patterns):
    # near miss: a headline "The minister offered in May to host talks" (no closing stop) drops a passive's
    # auxiliary: whoever offered, it was not the minister
    heads = roles(patterns, _offered(("now", "now", "ADV", "RB", "advmod", 6)), "offered")
    assert heads[0] != ["minister"]

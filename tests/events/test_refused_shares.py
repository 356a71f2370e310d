"""Session 32 (speech32b): a share in what is to come refused ('"We will not take our seats"', "would not take part in
the mission", '"We will not let it pass"') is the subject's refusal (speech.yaml refused_parts), of the owner of what
it is "in", else of that itself. Done in the past, not denied, a share with no word of the list, or people kept out
("will not let the migrants pass") is none. A quoted label is scored without the political bodies it names
(speech.yaml label_body_words). Sentences invented for the tests, parsed by hand."""

from test_speech_quotes import doc_of

from eventscope.events.speech import find_speech_acts, load_speech_cues


def _refusals(rows):
    found = find_speech_acts(doc_of(rows)[:], [], load_speech_cues(), lambda token: True)
    return [(a.code, [s.text for s in a.speakers], [t.text for t in a.spoken_of]) for a in found if a.refusal]


def _take(aux: tuple[str, str, str], negated: bool, share: str, place_owner: bool) -> list:
    # "The party will not take part in the government's talks ." (heads count from the first word)
    rows = [("The", "the", "DET", "DT", "det", 1), ("party", "party", "NOUN", "NN", "nsubj", 4),
            (aux[0], aux[1], "AUX", aux[2], "aux", 4),
            ("not" if negated else "also", "not" if negated else "also", "PART" if negated else "ADV", "RB",
             "neg" if negated else "advmod", 4),
            ("take", "take", "VERB", "VB", "ROOT", 4), (share, share, "NOUN", "NN", "dobj", 4),
            ("in", "in", "ADP", "IN", "prep", 4)]
    if place_owner:
        rows += [("the", "the", "DET", "DT", "det", 8), ("government", "government", "NOUN", "NN", "poss", 10),
                 ("'s", "'s", "PART", "POS", "case", 8), ("talks", "talk", "NOUN", "NNS", "pobj", 6)]
    else:
        rows += [("the", "the", "DET", "DT", "det", 8), ("talks", "talk", "NOUN", "NNS", "pobj", 6)]
    rows.append((".", ".", "PUNCT", ".", "punct", 4))
    return _refusals(rows)


def test_a_share_refused_for_what_is_to_come_refuses_the_owner_of_what_it_is_in():
    will = ("will", "will", "MD")
    assert _take(will, True, "part", place_owner=True) == [("120", ["party"], ["government"])]
    assert _take(will, True, "part", place_owner=False) == [("120", ["party"], ["talks"])]


def test_a_share_taken_done_in_the_past_or_of_no_share_word_is_no_refusal():
    assert _take(("will", "will", "MD"), False, "part", place_owner=False) == []  # "will also take part"
    assert _take(("did", "do", "VBD"), True, "part", place_owner=False) == []  # "did not take part": told, not refused
    assert _take(("will", "will", "MD"), True, "train", place_owner=False) == []  # "will not take the train"


def _let(subject: tuple[str, str, str], with_object: bool) -> list:
    # '"We will not let it pass"' / "We will not let the migrants pass the border ."
    rows = [("We", "we", "PRON", "PRP", "nsubj", 3), ("will", "will", "AUX", "MD", "aux", 3),
            ("not", "not", "PART", "RB", "neg", 3), ("let", "let", "VERB", "VB", "ROOT", 3),
            (subject[0], subject[1], "PRON" if subject[2] == "PRP" else "NOUN", subject[2], "nsubj", 5),
            ("pass", "pass", "VERB", "VB", "ccomp", 3)]
    if with_object:
        rows += [("the", "the", "DET", "DT", "det", 7), ("border", "border", "NOUN", "NN", "dobj", 5)]
    rows.append((".", ".", "PUNCT", ".", "punct", 3))
    return _refusals(rows)


def test_a_thing_not_let_through_is_refused_and_people_kept_out_are_not():
    assert _let(("it", "it", "PRP"), with_object=False) == [("120", ["We"], [])]
    assert _let(("migrants", "migrant", "NNS"), with_object=False) == []
    assert _let(("it", "it", "PRP"), with_object=True) == []


def test_a_quoted_label_is_scored_without_the_political_bodies_it_names():
    # 'called the chairman "a clerk of the ruling party"': "party" names a body, no feeling; a label that is only
    # a body's word keeps it ('"a party"': no criticism made of a word left out)
    cues = load_speech_cues()
    label = doc_of([("a", "a", "DET", "DT", "det", 1), ("clerk", "clerk", "NOUN", "NN", "ROOT", 1),
                    ("of", "of", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 5),
                    ("ruling", "ruling", "VERB", "VBG", "amod", 5), ("party", "party", "NOUN", "NN", "pobj", 2)])[1]
    assert cues.label_code(label) == cues.criticism_code
    alone = doc_of([("a", "a", "DET", "DT", "det", 1), ("party", "party", "NOUN", "NN", "ROOT", 1)])[1]
    assert cues.label_code(alone) is None

"""Antecedents of "they", "it", "its" (actors.antecedents) on hand-built parses: no model needed."""

import spacy
from spacy.tokens import Doc

from eventscope.actors.antecedents import antecedent
from eventscope.records import Actor, ActorMention

VOCAB = spacy.blank("en").vocab


def parse(sentences):
    """sentences: lists of (word, tag, dep, head offset within the sentence)."""
    words, tags, deps, heads, starts = [], [], [], [], []
    for sentence in sentences:
        base = len(words)
        for i, (word, tag, dep, head) in enumerate(sentence):
            words += [word]
            tags += [tag]
            deps += [dep]
            heads += [base + head]
            starts += [i == 0]
    pos = {"NNS": "NOUN", "NN": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON"}
    return Doc(VOCAB, words=words, tags=tags, deps=deps, heads=heads, sent_starts=starts,
               pos=[pos.get(t, "VERB" if t.startswith("VB") else "X") for t in tags])


def mention(doc, start, end, kind, country):
    span = doc[start:end]
    actor = Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, country=country, kind=kind)
    return ActorMention(actor, start, end, end - 1)


def militants_doc():
    # "Militants beheaded Christians on the country 's coast . They seized Sirte ."
    return parse([[("Militants", "NNS", "nsubj", 1), ("beheaded", "VBD", "ROOT", 1), ("Christians", "NNPS", "dobj", 1),
                   ("on", "IN", "prep", 1), ("the", "DT", "det", 5), ("country", "NN", "poss", 7),
                   ("'s", "POS", "case", 5), ("coast", "NN", "pobj", 3), (".", ".", "punct", 1)],
                  [("They", "PRP", "nsubj", 1), ("seized", "VBD", "ROOT", 1), ("Sirte", "NNP", "dobj", 1),
                   (".", ".", "punct", 1)]])


def test_they_is_the_last_plural_subject_not_the_last_noun():
    doc = militants_doc()
    mentions = [mention(doc, 0, 1, "group", "LBY"), mention(doc, 2, 3, "group", "EGY"),
                mention(doc, 4, 6, "state", "TUN")]
    assert antecedent(doc[9], mentions) is mentions[0]


def test_it_is_a_singular_actor_and_never_a_person():
    # "The ministry said Ali would go . It denied the report ."
    doc = parse([[("The", "DT", "det", 1), ("ministry", "NN", "nsubj", 2), ("said", "VBD", "ROOT", 2),
                  ("Ali", "NNP", "nsubj", 5), ("would", "MD", "aux", 5), ("go", "VB", "ccomp", 2), (".", ".", "punct", 2)],
                 [("It", "PRP", "nsubj", 1), ("denied", "VBD", "ROOT", 1), ("the", "DT", "det", 3),
                  ("report", "NN", "dobj", 1), (".", ".", "punct", 1)]])
    ministry, ali = mention(doc, 0, 2, "organization", "EGY"), mention(doc, 3, 4, "person", "EGY")
    assert antecedent(doc[7], [ministry, ali]) is ministry
    # a plural noun is no "it"
    doc = militants_doc()
    assert antecedent(doc[9], [mention(doc, 0, 1, "group", "LBY")]) is not None
    it = parse([[("Militants", "NNS", "nsubj", 1), ("left", "VBD", "ROOT", 1), (".", ".", "punct", 1)],
                [("It", "PRP", "nsubj", 1), ("ended", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    assert antecedent(it[3], [mention(it, 0, 1, "group", "LBY")]) is None


def test_a_quantifier_alone_refers_like_they_never_to_one_person():
    # "Senators met Ruiz . Many praised Ruiz ."
    doc = parse([[("Senators", "NNS", "nsubj", 1), ("met", "VBD", "ROOT", 1), ("Ruiz", "NNP", "dobj", 1), (".", ".", "punct", 1)],
                 [("Many", "JJ", "nsubj", 1), ("praised", "VBD", "ROOT", 1), ("Ruiz", "NNP", "dobj", 1), (".", ".", "punct", 1)]])
    mentions = [mention(doc, 0, 1, "group", "PER"), mention(doc, 2, 3, "person", "CHL")]
    assert antecedent(doc[4], mentions) is mentions[0]

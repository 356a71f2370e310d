"""Denials whose content is a clause (triggers.yaml: denial_codes; roles.clauses._clause_subjects): the actor the clause
names is the one denied. Sentences invented for the tests, parsed by hand."""

from handparse import context_for, make_doc, mention


def _denied(subject: tuple[str, str, str, str]):
    # "Smith denied that <subject> had fired the shots."
    word, lemma, pos, tag = subject
    return make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("denied", "deny", "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 5),
        ("the", "the", "DET", "DT", "det", 4),
        (word, lemma, pos, tag, "nsubj", 5),
        ("fired", "fire", "VERB", "VBD", "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 7),
        ("shots", "shot", "NOUN", "NNS", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_denying_that_an_actor_acted_rejects_that_actor(coder):
    doc = _denied(("rebels", "rebel", "NOUN", "NNS"))
    events = coder.code(context_for(doc, [mention(doc, 0, 1, "John Smith", "USA", "person"),
                                          mention(doc, 3, 5, "rebels", "SYR", "group")]))
    denials = [e for e in events if e.event.cameo == "016"]
    assert [(e.event.plover, e.source[0].name, e.target[0].name) for e in denials] == [("REJECT", "John Smith", "rebels")]


def test_denying_that_a_thing_happened_rejects_no_one(coder):
    doc = _denied(("guns", "gun", "NOUN", "NNS"))
    events = coder.code(context_for(doc, [mention(doc, 0, 1, "John Smith", "USA", "person")]))
    assert [e for e in events if e.event.cameo == "016"] == []

"""A bidding in a quote with no subject ('"Thank you, Chile," Smith said'): an act done by saying it (praise,
appeals, refusals ...) is its speaker's. Invented sentences, parsed by hand."""

from handparse import context_for, make_doc, mention


def test_thanks_bidden_in_a_quote_are_the_speakers_praise(coder):
    # '"Thank you, Chile," Smith said.' (the tagger's present tense for "Thank")
    doc = make_doc([
        ("\u201c", "\u201c", "PUNCT", "``", "punct", 1),
        ("Thank", "thank", "VERB", "VBP", "ccomp", 8),
        ("you", "you", "PRON", "PRP", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 2),
        ("Chile", "Chile", "PROPN", "NNP", "appos", 2),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("\u201d", "\u201d", "PUNCT", "''", "punct", 1),
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 8),
        ("said", "say", "VERB", "VBD", "ROOT", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ])
    events = coder.code(context_for(doc, [mention(doc, 4, 5, "Chile", "CHL", "state"),
                                          mention(doc, 7, 8, "John Smith", "USA", "person")]))
    praise = [e for e in events if e.event.plover == "SUPPORT"]
    assert [(e.source[0].name, e.target[0].name) for e in praise] == [("John Smith", "Chile")]

"""An imperative in a quote ('"Free the prisoners," the minister said'): the speaker's demand (REQUEST) of the
one addressed; a negated one ("Do not attack ...") a demand to refrain. Invented sentences, parsed by hand."""

from handparse import context_for, make_doc, mention

from eventscope.events.coder import _bids
from eventscope.events.speech import load_speech_cues


def _withdraw_doc(verb: str = "Withdraw", lemma: str = "withdraw"):
    # '"Withdraw your troops from the border, Russia," Smith said.'
    return make_doc([
        ("\u201c", "\u201c", "PUNCT", "``", "punct", 12),
        (verb, lemma, "VERB", "VB", "ccomp", 12),
        ("your", "your", "PRON", "PRP$", "poss", 3),
        ("troops", "troop", "NOUN", "NNS", "dobj", 1),
        ("from", "from", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 6),
        ("border", "border", "NOUN", "NN", "pobj", 4),
        (",", ",", "PUNCT", ",", "punct", 6),
        ("Russia", "Russia", "PROPN", "NNP", "appos", 6),
        (",", ",", "PUNCT", ",", "punct", 12),
        ("\u201d", "\u201d", "PUNCT", "''", "punct", 12),
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 12),
        ("said", "say", "VERB", "VBD", "ROOT", 12),
        (".", ".", "PUNCT", ".", "punct", 12),
    ])


def test_a_bidden_withdrawal_is_the_speakers_demand_of_the_one_addressed(coder):
    doc = _withdraw_doc()
    # (the speaker is token 11 in the rows above: "Smith")
    events = coder.code(context_for(doc, [mention(doc, 8, 9, "Russia", "RUS", "state"),
                                          mention(doc, 11, 12, "John Smith", "EST", "person")]))
    demands = [e for e in events if e.event.plover == "REQUEST"]
    assert [(e.event.cameo, e.source[0].name, e.target[0].name) for e in demands] == [("1056", "John Smith", "Russia")]
    # the withdrawal itself is only bidden
    assert all(e.modality == "hypothetical" for e in events if e.event.plover == "RETREAT")


def test_a_turn_of_speech_bids_nothing():
    cues = load_speech_cues()
    assert _bids(_withdraw_doc("Imagine", "imagine")[1], cues.imperative_discourse_verbs) is None
    assert _bids(_withdraw_doc()[1], cues.imperative_discourse_verbs) is False


def test_a_negated_bidding_of_force_demands_restraint(coder):
    # '"Do not attack the camps," Smith said to Israel.'
    doc = make_doc([
        ("\u201c", "\u201c", "PUNCT", "``", "punct", 9),
        ("Do", "do", "AUX", "VB", "aux", 3),
        ("not", "not", "PART", "RB", "neg", 3),
        ("attack", "attack", "VERB", "VB", "advcl", 9),
        ("the", "the", "DET", "DT", "det", 5),
        ("camps", "camp", "NOUN", "NNS", "dobj", 3),
        (",", ",", "PUNCT", ",", "punct", 9),
        ("\u201d", "\u201d", "PUNCT", "''", "punct", 9),
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 9),
        ("said", "say", "VERB", "VBD", "ROOT", 9),
        ("to", "to", "ADP", "IN", "prep", 9),
        ("Israel", "Israel", "PROPN", "NNP", "pobj", 10),
        (".", ".", "PUNCT", ".", "punct", 9),
    ])
    events = coder.code(context_for(doc, [mention(doc, 8, 9, "John Smith", "GBR", "person"),
                                          mention(doc, 11, 12, "Israel", "ISR", "state")]))
    demands = [e for e in events if e.event.plover == "REQUEST"]
    assert [(e.event.cameo, e.source[0].name, e.target[0].name) for e in demands] == [("1056", "John Smith", "Israel")]
    assert not [e for e in events if e.event.plover == "ASSAULT" and e.modality == "asserted"]


def test_demand_codes_of_bidden_acts():
    cues = load_speech_cues()
    assert cues.imperative_demand("0841", negated=False) == "1053"  # release persons
    assert cues.imperative_demand("0871", negated=False) == "1056"  # a ceasefire
    assert cues.imperative_demand("190", negated=True) == "1056"
    assert cues.imperative_demand("036", negated=False) is None  # (demand_by_root decides)

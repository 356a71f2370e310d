"""'According to X, Y must ...': the one named by "according to" demands what the sentence says must be done
(attribution.yaml: speaking_phrases), a news outlet named there only reports. Invented sentences, parsed by hand."""

from handparse import context_for, make_doc, mention


def _according_to(name: str):
    # "According to <name>, the ministry must resign."
    return make_doc([
        ("According", "accord", "VERB", "VBG", "prep", 8),
        ("to", "to", "ADP", "IN", "prep", 0),
        (name, name, "PROPN", "NNP", "pobj", 1),
        (",", ",", "PUNCT", ",", "punct", 8),
        ("the", "the", "DET", "DT", "det", 5),
        ("ministry", "ministry", "NOUN", "NN", "nsubj", 7),
        ("must", "must", "AUX", "MD", "aux", 7),
        ("resign", "resign", "VERB", "VB", "ROOT", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ])


def test_the_one_according_to_whom_another_must_act_demands_it(coder):
    doc = _according_to("Smith")
    events = coder.code(context_for(doc, [mention(doc, 2, 3, "John Smith", "USA", "person"),
                                          mention(doc, 4, 6, "Interior Ministry", "TUN", "group")]))
    demands = [e for e in events if e.event.plover == "REQUEST"]
    assert [(e.source[0].name, e.target[0].name) for e in demands] == [("John Smith", "Interior Ministry")]


def test_a_news_outlet_according_to_which_another_must_act_demands_nothing(coder):
    doc = _according_to("Reuters")
    events = coder.code(context_for(doc, [mention(doc, 2, 3, "Reuters", "GBR", "group"),
                                          mention(doc, 4, 6, "Interior Ministry", "TUN", "group")]))
    assert [e for e in events if e.event.plover == "REQUEST"] == []

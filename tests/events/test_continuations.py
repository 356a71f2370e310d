"""A participle with no actor of its own that goes on telling the act it hangs from is no second event in a
whole article (EventCoder._continuations); one with its own actor, or a clause of its own, is."""

from handparse import code, make_doc, mention


def _ambushed_doc(verb: str, verb_lemma: str, subject_dep: str):
    # "The Chilean convoy was ambushed, killing two guards." (the participle hangs from the act)
    return make_doc([
        ("The", "the", "DET", "DT", "det", 2),
        ("Chilean", "Chilean", "ADJ", "JJ", "amod", 2),
        ("convoy", "convoy", "NOUN", "NN", subject_dep, 4),
        ("was", "be", "AUX", "VBD", "auxpass", 4),
        ("ambushed", "ambush", "VERB", "VBN", "ROOT", 4),
        (",", ",", "PUNCT", ",", "punct", 4),
        (verb, verb_lemma, "VERB", "VBG", "advcl", 4),
        ("two", "two", "NUM", "CD", "nummod", 8),
        ("soldiers", "soldier", "NOUN", "NNS", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 4),
    ])


def _rebels_attacked_doc(count: str, victims: tuple[str, str], verb: tuple[str, str] = ("killing", "kill")):
    # "Rebels attacked Chile, killing <count> <victims>." (the participle has the attack's own source)
    return make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 1),
        (verb[0], verb[1], "VERB", "VBG", "advcl", 1),
        (count, count, "NUM", "CD", "nummod", 6),
        (victims[0], victims[1], "NOUN", "NNS", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_a_sourceless_participle_of_the_same_type_is_the_act_it_goes_on_telling(article_coder):
    doc = _ambushed_doc("killing", "kill", "nsubjpass")
    mentions = [mention(doc, 0, 3, "Chile", "CHL"), mention(doc, 7, 9, "Chilean soldiers", "CHL")]
    events = code(article_coder, doc, mentions)
    assert [doc[e.trigger_token].text for e in events] == ["ambushed"]


def test_a_participle_of_another_type_is_another_act(article_coder):
    # "The Chilean convoy was ambushed, freeing two soldiers": another type, another act
    doc = _ambushed_doc("freeing", "free", "nsubjpass")
    mentions = [mention(doc, 0, 3, "Chile", "CHL"), mention(doc, 7, 9, "Chilean soldiers", "CHL")]
    assert "freeing" in [doc[e.trigger_token].text for e in code(article_coder, doc, mentions)]


def test_a_participle_with_its_own_actor_is_coded(article_coder):
    # "Rebels attacked Chile, abducting two soldiers": the participle's act has the rebels as its source
    doc = _rebels_attacked_doc("two", ("soldiers", "soldier"), ("abducting", "abduct"))
    mentions = [mention(doc, 0, 1, "rebels", None, kind="group"), mention(doc, 2, 3, "Chile", "CHL"),
                mention(doc, 5, 7, "Chilean soldiers", "CHL")]
    events = {doc[e.trigger_token].text: e for e in code(article_coder, doc, mentions)}
    assert set(events) == {"attacked", "abducting"}
    assert [a.text for a in events["abducting"].source] == ["Rebels"]


def test_a_killing_by_the_attackers_is_the_toll_whoever_the_victims(article_coder):
    # "Rebels attacked Chile, killing two soldiers" (session 18): killing and wounding (senses.yaml toll_verbs) tell
    # what the attack did, victims with a role of their own too; abducting them (above) is another act
    doc = _rebels_attacked_doc("two", ("soldiers", "soldier"))
    mentions = [mention(doc, 0, 1, "rebels", None, kind="group"), mention(doc, 2, 3, "Chile", "CHL"),
                mention(doc, 5, 7, "Chilean soldiers", "CHL")]
    assert [doc[e.trigger_token].text for e in code(article_coder, doc, mentions)] == ["attacked"]


def test_the_toll_of_a_fight_told_by_its_fighters_is_the_same_act(article_coder):
    # "Rebels attacked Chile, killing three people": the killing of people named only as people, by the
    # attack's own source, is the attack's toll, no second event (victims with a role of their own are, above)
    doc = _rebels_attacked_doc("three", ("people", "people"))
    mentions = [mention(doc, 0, 1, "rebels", None, kind="group"), mention(doc, 2, 3, "Chile", "CHL"),
                mention(doc, 5, 7, "three people", None, kind="group")]
    events = code(article_coder, doc, mentions)
    assert [doc[e.trigger_token].text for e in events] == ["attacked"]


def _complaint_doc(verb: tuple[str, str]):
    # "Bolivia filed a complaint, <verb> Chile." (the participle hangs from the complaint's noun)
    return make_doc([
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
        ("filed", "file", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("complaint", "complaint", "NOUN", "NN", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 3),
        (verb[0], verb[1], "VERB", "VBG", "acl", 3),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_a_speech_participle_whose_doer_is_the_acts_own_goes_on_telling_it(article_coder):
    # "Bolivia filed a complaint, accusing Chile." (session 31): the roles give the participle the complaint's doer;
    # one accusation, as the tuning sets' gold codes it
    doc = _complaint_doc(("accusing", "accuse"))
    mentions = [mention(doc, 0, 1, "Bolivia", "BOL"), mention(doc, 6, 7, "Chile", "CHL")]
    events = code(article_coder, doc, mentions)
    assert [doc[e.trigger_token].text for e in events if e.event.plover == "ACCUSE"] == ["filed"]

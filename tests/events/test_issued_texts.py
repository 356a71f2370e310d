"""A text told as issued speaks for its issuer when a definite noun names it again (events/referents.py
`acts_on_issued_texts`), on hand-built parses: no model needed."""

from handparse import make_doc, mention

from eventscope.events.referents import acts_on_issued_texts
from eventscope.events.speech import load_speech_cues
from eventscope.records import Actor, ActorMention, EventDraft, EventType, Span

_PLOVER = {"12": "REJECT", "11": "ACCUSE", "02": "REQUEST"}


def draft(doc, token: int, cameo: str, source: list[Actor], target: list[Actor]) -> EventDraft:
    word = doc[token]
    return EventDraft(article_id="a", sentence_index=0,
                      event=EventType(cameo=cameo, cameo_root=cameo[:2], quad_class=3, goldstein=-2.0,
                                      plover=_PLOVER[cameo[:2]]),
                      trigger=Span(text=word.text, start=word.idx, end=word.idx + len(word.text)), trigger_token=token,
                      source=source, target=target, modality="asserted", attribution=[],
                      evidence=Span(text=doc.text, start=0, end=len(doc.text)), confidence=1.0)


def _issued_then_rejected(issue_verb: str, negated: bool = False):
    # "Freedonia (did not) issue(d) a statement and Sylvania rejected the text ."
    rows = [("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1),
            (issue_verb, "issue", "VERB", "VBD", "ROOT", 1)]
    if negated:
        rows = [rows[0], ("did", "do", "AUX", "VBD", "aux", 3), ("not", "not", "PART", "RB", "neg", 3),
                (issue_verb, "issue", "VERB", "VB", "ROOT", 3)]
    at = len(rows)  # the issuing verb is the last row so far
    rows += [("a", "a", "DET", "DT", "det", at + 1), ("statement", "statement", "NOUN", "NN", "dobj", at - 1),
             ("and", "and", "CCONJ", "CC", "cc", at - 1), ("Sylvania", "Sylvania", "PROPN", "NNP", "nsubj", at + 4),
             ("rejected", "reject", "VERB", "VBD", "conj", at - 1), ("the", "the", "DET", "DT", "det", at + 6),
             ("text", "text", "NOUN", "NN", "dobj", at + 4), (".", ".", "PUNCT", ".", "punct", at - 1)]
    doc = make_doc(rows)
    freedonia, sylvania = mention(doc, 0, 1, "Freedonia", "FRE"), mention(doc, at + 3, at + 4, "Sylvania", "SYL")
    rejected = draft(doc, at + 4, "120", [sylvania.actor], [])
    return doc, [freedonia, sylvania], rejected


def test_an_act_on_a_text_named_again_is_aimed_at_its_issuer():
    doc, mentions, rejected = _issued_then_rejected("issued")
    acts_on_issued_texts(doc, [rejected], mentions, load_speech_cues())
    assert [a.name for a in rejected.target] == ["Freedonia"]


def test_a_text_its_subject_did_not_issue_has_no_issuer():
    doc, mentions, rejected = _issued_then_rejected("issue", negated=True)
    acts_on_issued_texts(doc, [rejected], mentions, load_speech_cues())
    assert rejected.target == []


def test_an_act_on_a_text_of_the_acting_side_is_no_act_on_itself():
    doc, mentions, rejected = _issued_then_rejected("issued")
    rejected.source = [mentions[0].actor]  # "Freedonia issued a statement and Freedonia rejected the text"
    acts_on_issued_texts(doc, [rejected], mentions, load_speech_cues())
    assert rejected.target == []


def _communique(determiner: str):
    # "The council condemned the raid in a communique and <the|a> communique urged Sylvania to talk ."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1), ("council", "council", "NOUN", "NN", "nsubj", 2),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
        ("raid", "raid", "NOUN", "NN", "dobj", 2), ("in", "in", "ADP", "IN", "prep", 2),
        ("a", "a", "DET", "DT", "det", 7), ("communique", "communique", "NOUN", "NN", "pobj", 5),
        ("and", "and", "CCONJ", "CC", "cc", 2), (determiner, determiner.lower(), "DET", "DT", "det", 10),
        ("communique", "communique", "NOUN", "NN", "nsubj", 11), ("urged", "urge", "VERB", "VBD", "conj", 2),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "dobj", 11), ("to", "to", "PART", "TO", "aux", 14),
        ("talk", "talk", "VERB", "VB", "xcomp", 11), (".", ".", "PUNCT", ".", "punct", 2),
    ])
    council, sylvania = mention(doc, 0, 2, "the council", "FRE"), mention(doc, 12, 13, "Sylvania", "SYL")
    condemned = draft(doc, 2, "111", [council.actor], [])
    urged = draft(doc, 11, "020", [], [sylvania.actor])
    return doc, [council, sylvania], condemned, urged


def test_a_text_named_again_speaks_for_the_one_who_spoke_in_it():
    doc, mentions, condemned, urged = _communique("the")
    acts_on_issued_texts(doc, [condemned, urged], mentions, load_speech_cues())
    assert [a.name for a in urged.source] == ["the council"]
    assert [a.name for a in urged.target] == ["Sylvania"]


def test_a_new_text_is_not_the_one_told_before():
    doc, mentions, condemned, urged = _communique("a")
    acts_on_issued_texts(doc, [condemned, urged], mentions, load_speech_cues())
    assert urged.source == []


def _said_then_refused(noun: str, determiner: str = "that", speaker_country: str = "FRE"):
    # "Freedonia said Sylvania wrecked the talks . Sylvania rejected <that> <account> ."
    doc = make_doc([
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "nsubj", 3), ("wrecked", "wreck", "VERB", "VBD", "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 5), ("talks", "talk", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "nsubj", 8), ("rejected", "reject", "VERB", "VBD", "ROOT", 8),
        (determiner, determiner.lower(), "DET", "DT", "det", 10), (noun, noun, "NOUN", "NN", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ], starts=(0, 7))
    said = mention(doc, 0, 1, "Freedonia", speaker_country)
    speaker = ActorMention(said.actor.revised(code=speaker_country), 0, 1, 0)  # (a state by its name)
    refuser = mention(doc, 7, 8, "Sylvania", "SYL")
    words = Actor(text=doc[9:11].text, start=doc[9].idx, end=doc[10].idx + len(noun), name=doc[9:11].text,
                  country="SYL", reason="unresolved phrase", origin="phrase words")
    rejected = draft(doc, 8, "120", [refuser.actor], [words])
    return doc, [speaker, mention(doc, 2, 3, "Sylvania", "SYL"), refuser], rejected


def _answered(doc, mentions, rejected) -> list[str]:
    from eventscope.events import load_patterns
    from eventscope.events.referents import targets_from_earlier_acts

    cues = load_speech_cues().model_copy(update={"speaking_verbs": frozenset({"say"})})
    targets_from_earlier_acts(doc, [rejected], load_patterns(), mentions, cues)
    return [a.name for a in rejected.target]


def test_refusing_that_account_answers_who_told_it_just_before():
    assert _answered(*_said_then_refused("account")) == ["Freedonia"]
    assert _answered(*_said_then_refused("description", "the")) == ["Freedonia"]


def test_refusing_an_account_of_ones_own_side_or_a_thing_answers_no_speaker():
    # (a new account, an owner's, a thing refused, or the refuser's own side told it: no one answered)
    assert _answered(*_said_then_refused("account", "an")) == ["an account"]
    assert _answered(*_said_then_refused("offer")) == ["that offer"]
    assert _answered(*_said_then_refused("account", speaker_country="SYL")) == ["that account"]

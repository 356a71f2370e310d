"""Session 39 (refusals39): a concession refused for what is to come ("the administration would not exempt Canada",
"the bloc will not reopen the negotiations", "said the deadline would not be extended") is a refusal (REJECT 120,
asserted) by the verb's subject (in the passive: its by-agent, else the one who says it), of the owner of what is not
conceded, else of that itself (speech.yaml refused_concessions). Told in the past, not denied, of a thing not of the
verb's words, or a no-comment, it is none. Sentences invented for the tests: hand-parsed rows for the rule, the
model for whole sentences (slow)."""

import pytest
from test_speech_quotes import doc_of

from eventscope.events.speech import find_speech_acts, load_speech_cues


def _refusals(rows, attributions=()):
    found = find_speech_acts(doc_of(rows)[:], list(attributions), load_speech_cues(), lambda token: True)
    return [(a.code, [s.text for s in a.speakers], [t.text for t in a.spoken_of]) for a in found if a.refusal]


def _active(aux: tuple[str, str, str], negated: bool, verb: tuple[str, str], thing: tuple[str, str, str]) -> list:
    # "Ottawa will not waive the fees ." / "Ottawa will not extend the deadline ."
    rows = [("Ottawa", "Ottawa", "PROPN", "NNP", "nsubj", 3), (aux[0], aux[1], "AUX", aux[2], "aux", 3),
            ("not" if negated else "also", "not" if negated else "also", "PART" if negated else "ADV", "RB",
             "neg" if negated else "advmod", 3),
            (verb[0], verb[1], "VERB", "VB", "ROOT", 3), ("the", "the", "DET", "DT", "det", 5),
            (thing[0], thing[1], thing[2], "NNS" if thing[0].endswith("s") else "NN", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]
    return _refusals(rows)


WILL = ("will", "will", "MD")
WOULD = ("would", "would", "MD")


def test_a_concession_denied_under_a_modal_is_a_refusal_of_what_is_not_conceded():
    assert _active(WILL, True, ("waive", "waive"), ("fees", "fee", "NOUN")) == [("120", ["Ottawa"], ["fees"])]
    assert _active(WOULD, True, ("extend", "extend"), ("deadline", "deadline", "NOUN")) == \
        [("120", ["Ottawa"], ["deadline"])]
    assert _active(("wo", "will", "MD"), True, ("reopen", "reopen"), ("talks", "talk", "NOUN")) == \
        [("120", ["Ottawa"], ["talks"])]
    assert _active(WOULD, True, ("reconsider", "reconsider"), ("decision", "decision", "NOUN")) == \
        [("120", ["Ottawa"], ["decision"])]
    assert _active(WILL, True, ("exempt", "exempt"), ("Mexico", "Mexico", "PROPN")) == \
        [("120", ["Ottawa"], ["Mexico"])]


def test_a_concession_told_in_the_past_promised_or_of_another_thing_is_no_refusal():
    assert _active(("did", "do", "VBD"), True, ("extend", "extend"), ("deadline", "deadline", "NOUN")) == []
    assert _active(WILL, False, ("extend", "extend"), ("deadline", "deadline", "NOUN")) == []
    # (a verb of the list with a thing that is no concession: "will not extend the runway", "reopen the mine")
    assert _active(WILL, True, ("extend", "extend"), ("runway", "runway", "NOUN")) == []
    assert _active(WOULD, True, ("reopen", "reopen"), ("mine", "mine", "NOUN")) == []
    # (a verb of no concession: "would not comment", "will not say")
    assert _active(WOULD, True, ("discuss", "discuss"), ("deadline", "deadline", "NOUN")) == []


def _passive(agent: bool) -> list:
    # "The deadline will not be extended (by the council) ."
    rows = [("The", "the", "DET", "DT", "det", 1), ("deadline", "deadline", "NOUN", "NN", "nsubjpass", 5),
            ("will", "will", "AUX", "MD", "aux", 5), ("not", "not", "PART", "RB", "neg", 5),
            ("be", "be", "AUX", "VB", "auxpass", 5), ("extended", "extend", "VERB", "VBN", "ROOT", 5)]
    if agent:
        rows += [("by", "by", "ADP", "IN", "agent", 5), ("the", "the", "DET", "DT", "det", 8),
                 ("council", "council", "NOUN", "NN", "pobj", 6)]
    rows.append((".", ".", "PUNCT", ".", "punct", 5))
    return _refusals(rows)


def test_a_concession_denied_in_the_passive_is_refused_by_its_agent():
    assert _passive(agent=True) == [("120", ["council"], ["deadline"])]
    # (no agent and no one said to say it: no one named refuses)
    assert _passive(agent=False) == []


REFUSED = [
    # (sentence, refuser's country, refused one's country or None)
    ("The finance minister said Ottawa would not exempt Mexican steelmakers from the new levy.", "CAN", "MEX"),
    ("A spokesman for the commission said Brussels would not reopen the negotiations with London.", "IGO", None),
    ("The interior minister of Pakistan said the deadline for Afghan migrants would not be extended.", "PAK", None),
    ("Chile's foreign minister said Santiago would not waive the visa requirement for Bolivian officials.", "CHL", "BOL"),
    ("Kenya's president said Nairobi would not reconsider its decision to expel the Somali envoy.", "KEN", None),
]


def _rejections(article, text):
    return [(e.source[0].country if e.source else None, e.target[0].country if e.target else None, e.modality)
            for e in article.code_text(text).events if e.event.plover == "REJECT"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "refuser", "refused"), REFUSED)
def test_a_refused_concession_is_coded_as_a_rejection(article, text, refuser, refused):
    found = _rejections(article, text)
    assert any(s == refuser and m == "asserted" and (refused is None or t == refused) for s, t, m in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The ministry spokesman would not comment on the deadline.",
    "The prime minister said he would not be surprised if the deadline were extended.",
    "The government did not extend the deadline for the tax returns.",
    "The airline said it would not extend the runway at the Nairobi airport.",
    "The company said it would not reopen the mine in Zambia this year.",
])
def test_no_refusal_without_a_concession_refused(article, text):
    assert _rejections(article, text) == []

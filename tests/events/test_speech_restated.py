"""Session 35 (speech35b): judgements of an act told earlier. A definite noun that restates an act coded in the
sentences just before that a naming verb names ("called the veto a disgrace"), or a pronoun standing for the noun
the sentence before was about, judges that act's doer (speech.restated_act, coder._judged_before); a noun never
coded as an act judges no one, and a judgement in reported speech is not pointed back. Consent denied for what is to
come ("would not approve") is a refusal (speech.yaml refusal_verbs). Sentences invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _acts(coder, text, plover):
    return [(e.source[0].text if e.source else None, [t.text for t in e.target])
            for e in coder.code_text(text).events if e.event.plover == plover]


def _judges(found, speaker, judged):
    return any(s and speaker in s and any(judged in t for t in ts) for s, ts in found)


@pytest.mark.parametrize("text", [
    "The governor vetoed the housing bill on Friday. Senator Ana Ruiz called the veto a disgrace.",
])
def test_a_definite_noun_named_after_an_act_judges_its_doer(article, text):
    found = _acts(article, text, "ACCUSE")
    assert _judges(found, "Ruiz", "governor"), found


def test_a_pronoun_for_the_noun_told_before_judges_the_acts_doer(article):
    text = ("The Hollis campaign filed a complaint with the state ethics board on Monday accusing Marta Vance of "
            "hiding donations. A spokesman for the board said the complaint was being examined. Vance called it "
            '"a desperate stunt."')
    found = _acts(article, text, "ACCUSE")
    assert _judges(found, "Vance", "Hollis"), found


def test_a_noun_never_coded_as_an_act_judges_no_one(article):
    # (near miss: "the hearing" restates nothing coded, so the senators who met are not judged)
    text = "The senators met for three hours on Tuesday. Senator Mark Hale called the hearing a circus."
    assert not any(ts for _, ts in _acts(article, text, "ACCUSE")), _acts(article, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    # (the rule keeps to a noun a naming verb names: pointing back from reported speech took a held-out pair from
    # the right party, session 35; an act far back and the speaker's own act are both left alone there)
    "The governor vetoed the housing bill on Friday. The legislature adjourned for the winter. Rain fell across the "
    "state on Saturday. Schools opened late on Monday. Farmers began the harvest. Senator Ana Ruiz said the veto was "
    "a disgrace.",
    "Senator Ana Ruiz vetoed the housing bill on Friday. Senator Ana Ruiz said the veto was a disgrace.",
])
def test_a_restated_noun_in_reported_speech_is_not_pointed_back(article, text):
    found = _acts(article, text, "ACCUSE")
    assert not _judges(found, "Ruiz", "governor") and not _judges(found, "Ruiz", "Ruiz"), found


def test_a_passive_judgement_keeps_no_invented_source(article):
    text = "Brazil imposed tariffs on Argentine steel last week. The tariffs were widely criticised."
    assert all(s is None or "Brazil" not in s for s, _ in _acts(article, text, "ACCUSE"))


@pytest.mark.parametrize("text", [
    "The foreign minister said his government would not approve measures that raised fuel prices for families.",
    '"We will never approve this treaty," the Senate majority leader said.',
])
def test_approval_denied_for_what_is_to_come_is_a_refusal(article, text):
    assert _acts(article, text, "REJECT")


@pytest.mark.parametrize("text", [
    "The committee did not approve the budget on Tuesday.",
    "Parliament approved the budget on Tuesday.",
])
def test_approval_told_or_denied_in_the_past_is_no_refusal(article, text):
    assert not _acts(article, text, "REJECT")

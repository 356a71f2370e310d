"""Session 24 (negscope24): the scope of a clause's own modality. An act told in a that-clause keeps that clause's
negation under a verb of saying, also when the date stage dates it as news ("the ministry insisted that the army had
not fired": negated, the ministry's denial); an act in a demand's content clause is only asked for, also when the
parser hangs the clause on the noun as a relative clause ("a demand that it hand over the suspects") or on the verb
whose object the noun is ("repeated its call that Lima withdraw": modality._content_noun), and so is its infinitive
("rejected calls to resign", "dismissed appeals to allow aid": session 25); a true relative clause on such a noun tells
of a demand made. Sentences invented here."""

import pytest

from eventscope.events.modality import asked_for, modality_of

pytestmark = pytest.mark.slow


def _reading(nlp, patterns, text: str, word: str):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    reading = modality_of(token, patterns.modality)
    return reading, asked_for(token, reading, patterns.modality, ())


@pytest.mark.parametrize(("text", "word"), [
    ("Whether Phnom Penh accepts a Thai demand that it hand over the suspects remains unclear.", "hand"),
    ("Kenya rejected a Ugandan demand that it expel the rebels.", "expel"),
    ("Ecuador dismissed the request that its navy release the trawlers.", "release"),
    ("The council rejected a proposal that the army withdraw its soldiers from the city.", "withdraw"),
    # hung on the verb whose object the demand noun is
    ("Lima repeated its call that Santiago withdraw its troops.", "withdraw"),
    ("Beijing issued an ultimatum that Manila withdraw its ships.", "withdraw"),
])
def test_an_act_in_the_content_clause_of_a_demand_is_only_asked_for(nlp, patterns, text, word):
    reading, asked = _reading(nlp, patterns, text, word)
    assert reading.modality == "hypothetical" and asked


@pytest.mark.parametrize(("text", "word"), [
    ("Kenya accepted the demand that Uganda made.", "made"),
    ("Peru met the demand that Chile had sent to Lima.", "sent"),
])
def test_a_relative_clause_on_a_demand_tells_of_the_demand_made(nlp, patterns, text, word):
    reading, asked = _reading(nlp, patterns, text, word)
    assert reading.modality == "asserted" and not asked


@pytest.mark.parametrize(("text", "word"), [
    ("The ministry insisted that the army had not fired on the crowd.", "fired"),
    ("The government insisted that the police had not beaten the students.", "beaten"),
    ("The army said it had never shelled the village.", "shelled"),
])
def test_a_denial_told_under_a_verb_of_saying_is_coded_negated(article, text, word):
    events = [e for e in article.code_text(text).events if e.trigger.text == word]
    assert events and all(e.modality == "negated" for e in events)


def test_a_demanded_act_in_a_whether_clause_is_not_coded_as_done(article):
    text = "Whether Phnom Penh accepts a Thai demand that it hand over the suspects remains unclear."
    events = article.code_text(text).events
    assert not any("hand" in e.trigger.text for e in events)
    assert all(e.modality == "hypothetical" for e in events)


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("Germany was not critical of the French plan.", "critical", "negated"),
    ("The president said Chile was not ready to help Peru.", "ready", "negated"),
    ("Japan would be willing to host the talks.", "willing", "hypothetical"),
    ("Brazil is ready to send aid to Haiti.", "ready", "asserted"),
    ("Kenya was critical of the decision by Uganda.", "critical", "asserted"),
])
def test_a_predicate_adjective_takes_the_modality_of_its_copula(nlp, patterns, text, word, modality):
    # the negation or modal of "was not critical", "would be willing" sits on the copula, the adjective's own clause
    reading, _ = _reading(nlp, patterns, text, word)
    assert reading.modality == modality


@pytest.mark.parametrize(("text", "word"), [
    ("The army did not use the weapons supplied by Russia in March.", "supplied"),
    ("The government has not received the aid promised by Japan.", "promised"),
    ("The rebels did not release the hostages seized in the raid.", "seized"),
])
def test_a_participle_on_a_noun_keeps_its_own_clause_out_of_a_negation(nlp, patterns, text, word):
    """(session 25) a past participle on a noun tells what was done to it: its act was done, whatever the verb whose
    object the noun is denies (the supply, the promise and the seizure were made)."""
    reading, _ = _reading(nlp, patterns, text, word)
    assert reading.modality == "asserted", reading


# (session 25, material25) the same for an infinitive with no subject of its own: hung on the demand noun as a
# relative clause ("calls to resign") or on the verb right after its object ("dismissed appeals | to allow aid")
@pytest.mark.parametrize(("text", "word"), [
    ("The minister rejected calls to resign.", "resign"),
    ("Ethiopia dismissed appeals to allow aid into Tigray.", "allow"),
    ("The Taliban have ignored international calls to reopen the schools for girls.", "reopen"),
    ("Lima brushed aside demands to withdraw its troops from the border.", "withdraw"),
])
def test_an_act_in_the_infinitive_of_a_demand_is_only_asked_for(nlp, patterns, text, word):
    reading, asked = _reading(nlp, patterns, text, word)
    assert reading.modality == "hypothetical" and asked


@pytest.mark.parametrize(("text", "word"), [
    ("The junta defied international pressure to release the former president.", "release"),
    ("Washington pressured the rebels to release the hostages.", "release"),
    ("The government would be pressured to stage a wider crackdown on the opposition.", "stage"),
])
def test_an_act_pressed_for_is_not_done(nlp, patterns, text, word):
    # (kept as a hypothetical act, not only asked for: the one pressed may be all the sentence names)
    reading, _ = _reading(nlp, patterns, text, word)
    assert reading.modality == "hypothetical"


@pytest.mark.parametrize(("text", "word"), [
    ("The army launched an offensive to retake the town of Goma.", "retake"),
    ("Chile sent a frigate to rescue the fishermen.", "rescue"),
])
def test_a_purpose_infinitive_after_another_noun_keeps_its_clause(nlp, patterns, text, word):
    reading, asked = _reading(nlp, patterns, text, word)
    assert not asked and reading.modality != "hypothetical"


@pytest.mark.parametrize(("text", "refused"), [
    ("The Peruvian minister rejected calls to resign.", "resign"),
    ("Ethiopia dismissed appeals to allow aid into Tigray.", "allow"),
    ("The Taliban have ignored international calls to reopen the schools for girls.", "reopen"),
])
def test_a_demand_turned_down_is_a_rejection_and_its_act_is_not_done(article, text, refused):
    events = article.code_text(text).events
    assert "REJECT" in {e.event.plover for e in events}
    assert not any(refused in e.trigger.text and e.modality == "asserted" for e in events)

"""Acts told by a light verb and an event noun with the phrase of their target (triggers.yaml `carried`: light verbs x
event nouns x the prepositions marking the target), harms linked to someone, a trigger's object that names its own act,
and nouns a naming verb calls its object (labels, no acts of their own). Session 29; invented sentences."""

import pytest
from eventpicks import coded_dyads, coded_types, word_token

from eventscope.events.matching import _named_label, find_triggers
from eventscope.events.patterns import TriggerEntry


def _codes(nlp, patterns, text: str) -> dict[str, str]:
    """The trigger word (the match's head token) -> the CAMEO code of each trigger found in `text`."""
    return {m.token.text: m.cameo for m in find_triggers(nlp(text)[:], patterns)}


def test_a_carried_entry_expands_to_one_verb_pattern_per_light_verb(patterns):
    found = [p for p in patterns.verbs["take"] if p.marks]
    assert {p.cameo for p in found} >= {"115", "170"}
    assert all(p.target_preps == p.marks for p in found)
    # the court's phrase ("legal action") is tried before the plain noun the same words fit
    cameos = [p.cameo for p in found]
    assert cameos.index("115") < cameos.index("170")


def test_a_carried_entry_needs_its_marks():
    with pytest.raises(ValueError):
        TriggerEntry.model_validate({"cameo": "030", "carried": {"verbs": ["give"], "nouns": ["assurance"], "marks": []}})


@pytest.mark.parametrize(("text", "verb", "cameo"), [
    ("Moscow gave assurances to Minsk that it would defend it.", "gave", "030"),
    ("Egypt provided guarantees to Israel on the border.", "provided", "030"),
    ("The ministry gave its approval to the Chinese bid.", "gave", "051"),
    ("The bloc imposed measures on Kosovo last year.", "imposed", "163"),
    ("Brussels could extend its measures against Pristina.", "extend", "163"),
    ("Turkey took action against the Kurdish militants.", "took", "170"),
    ("The government took legal action against the newspaper.", "took", "115"),
    ("Islamabad linked New Delhi to the attack on the train.", "linked", "112"),
])
def test_a_light_verb_carries_the_act_of_its_noun_to_the_marked_phrase(nlp, patterns, text, verb, cameo):
    assert _codes(nlp, patterns, text).get(verb) == cameo


@pytest.mark.parametrize(("text", "verb"), [
    # no phrase naming whom the act is aimed at: no act of the kind
    ("The government took action to curb inflation.", "took"),
    ("The cabinet took measures to protect the harvest.", "took"),
    ("The minister gave assurances that the plant was safe.", "gave"),
    # "linked to" as a reduced relative only says who someone is
    ("Police arrested three militants linked to the bombing.", "linked"),
    # a harm that is no attack
    ("The report linked the price rise to the drought.", "linked"),
])
def test_with_no_marked_phrase_the_light_verb_tells_no_carried_act(nlp, patterns, text, verb):
    assert verb not in _codes(nlp, patterns, text)


def test_consent_with_no_one_to_give_it_to_stays_permission(nlp, patterns):
    assert _codes(nlp, patterns, "The Syrian government gave approval for the convoy to enter.").get("gave") == "086"


@pytest.mark.parametrize(("text", "label"), [
    ("The opposition called the deal with Cambodia a surrender.", "surrender"),
    ("The mayor branded the protesters a threat to public order.", "threat"),
    ("The opposition described the budget as a surrender.", "surrender"),
])
def test_what_a_naming_verb_calls_its_object_is_a_label(nlp, patterns, text, label):
    assert _named_label(word_token(nlp(text), label), patterns)


@pytest.mark.parametrize(("text", "noun"), [
    # a wh-word named stands for the act told
    ("Iran denounced what it described as aggression by Israel.", "aggression"),
    ("The rebels announced a surrender on Sunday.", "surrender"),
    ("The army repelled the attack on the border post.", "attack"),
])
def test_other_nouns_are_no_labels(nlp, patterns, text, noun):
    assert not _named_label(word_token(nlp(text), noun), patterns)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "dyad"), [
    ("Russia gave assurances to Belarus that it would defend it.", "AGREE", ("RUS", "BLR")),
    ("Pakistan linked India to the bombing in Quetta.", "ACCUSE", ("PAK", "IND")),
    ("Germany voiced opposition to the Russian pipeline deal.", "ACCUSE", ("DEU", "RUS")),
    ("Britain imposed measures on Iran over the drone sales.", "SANCTION", ("GBR", "IRN")),
    ("Turkey took action against Syrian rebels near the border.", "COERCE", ("TUR", "SYR")),
])
def test_carried_acts_are_coded_with_their_parties(pipeline_coder, text, plover, dyad):
    assert dyad in coded_dyads(pipeline_coder, text, plover)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # a carried act is a political actor's, on one side or the other (senses.yaml, the light verbs' rule)
    ("The hospital took disciplinary action against the nurses.", "COERCE"),
    ("The club slapped penalties on the players who missed training.", "SANCTION"),
    ("The company gave assurances to its customers that prices would not rise.", "AGREE"),
    ("The firm took legal action against the newspaper.", "ACCUSE"),
])
def test_a_carried_act_between_private_parties_is_no_event(pipeline_coder, text, plover):
    assert plover not in coded_types(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("The Thai opposition called the government's deal a surrender.", "RETREAT"),
    ("The Greek opposition described the government's budget as a capitulation.", "RETREAT"),
])
def test_a_label_is_no_act_of_its_own(pipeline_coder, text, plover):
    assert plover not in coded_types(pipeline_coder, text)
    assert "ACCUSE" in coded_types(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "dyad"), [
    # the one named parsed as a dative, or as a first object, before the label
    ("The Turkish president branded the Kurdish protesters a menace to public order.", ("TUR", "TUR")),
    ("The Russian foreign minister branded the Estonian government a threat.", ("RUS", "EST")),
])
def test_a_label_given_after_the_one_named_criticises_them(pipeline_coder, text, dyad):
    assert dyad in coded_dyads(pipeline_coder, text, "ACCUSE")
    assert "THREATEN" not in coded_types(pipeline_coder, text)


@pytest.mark.parametrize(("text", "kept", "carried"), [
    # the act is carried inside another clause: the light verb still tells its own act
    ("Government troops hit rebel positions as the opposition held talks with the army.", "hit", "talks"),
    ("Army units hit the rebel camp while the rebels made a new offer of talks.", "hit", "offer"),
])
def test_a_noun_carried_in_another_clause_leaves_the_light_verb_its_own_act(nlp, patterns, text, kept, carried):
    found = _codes(nlp, patterns, text)
    assert kept in found and carried in found


def test_a_noun_carried_through_a_partitive_still_leaves_no_act_to_the_light_verb(nlp, patterns):
    # (near miss: the noun is the verb's own, through "with a fresh round of")
    found = _codes(nlp, patterns, "Brussels hit Moscow with a fresh round of sanctions.")
    assert "hit" not in found and "sanctions" in found

"""Who does a deed told by a noun when no phrase of its own says it (session 36, issue 12: sources left empty): the one a
verb or noun of judging, punishing or arresting acts on ("jailed the mayor for the murder of a priest", "the arrest of
two soldiers over the killing of a student"; events/roles/nouns.py `_judged_for`), and the subject of an active verb of
what force did whose instrument phrase tells a violent act ("killed nine soldiers in an ambush on the convoy";
`_striker`). Hand-built parses of texts written for these tests; near misses keep the source empty."""

import pytest
from eventpicks import countries, only
from handparse import make_doc

from eventscope.events.matching import find_triggers
from eventscope.events.roles.heads import role_heads

N, V, ADP, DET, P, PROPN, ADJ, NUM, CC, AUX = "NOUN", "VERB", "ADP", "DET", "PUNCT", "PROPN", "ADJ", "NUM", "CCONJ", "AUX"


def roles(patterns, rows, trigger):
    """Source and target head words of the event triggered at word `trigger`."""
    doc = make_doc(rows)
    match = next(m for m in find_triggers(doc[:], patterns) if m.token.text == trigger)
    heads = role_heads(match, patterns)
    return [t.text for t in heads.sources], [t.text for t in heads.targets]


def _jailed(verb, prep):
    # "A court <verb> the former mayor <prep> the murder of a priest."
    return [("A", "a", DET, "DT", "det", 1), ("court", "court", N, "NN", "nsubj", 2), verb,
            ("the", "the", DET, "DT", "det", 5), ("former", "former", ADJ, "JJ", "amod", 5), ("mayor", "mayor", N, "NN", "dobj", 2),
            prep, ("the", "the", DET, "DT", "det", 8), ("murder", "murder", N, "NN", "pobj", 6),
            ("of", "of", ADP, "IN", "prep", 8), ("a", "a", DET, "DT", "det", 11), ("priest", "priest", N, "NN", "pobj", 9),
            (".", ".", P, ".", "punct", 2)]


@pytest.mark.parametrize("verb, prep", [
    (("jailed", "jail", V, "VBD", "ROOT", 2), ("for", "for", ADP, "IN", "prep", 2)),
    (("sued", "sue", V, "VBD", "ROOT", 2), ("over", "over", ADP, "IN", "prep", 2)),
    (("charged", "charge", V, "VBD", "ROOT", 2), ("with", "with", ADP, "IN", "prep", 2)),
    (("accused", "accuse", V, "VBD", "ROOT", 2), ("of", "of", ADP, "IN", "prep", 2)),
])
def test_a_deed_noun_after_a_judging_verb_is_done_by_the_one_judged(patterns, verb, prep):
    assert roles(patterns, _jailed(verb, prep), "murder") == (["mayor"], ["priest"])


@pytest.mark.parametrize("verb, prep", [
    (("punished", "punish", V, "VBD", "ROOT", 2), ("with", "with", ADP, "IN", "prep", 2)),  # the punisher's own
    (("praised", "praise", V, "VBD", "ROOT", 2), ("of", "of", ADP, "IN", "prep", 2)),  # "of" only after accusing, convicting
    (("visited", "visit", V, "VBD", "ROOT", 2), ("after", "after", ADP, "IN", "prep", 2)),  # no verb of judging
])
def test_a_deed_noun_after_other_verbs_or_prepositions_gets_no_doer_from_the_object(patterns, verb, prep):
    assert "mayor" not in roles(patterns, _jailed(verb, prep), "murder")[0]


def test_the_last_of_several_deeds_after_a_judging_verb_is_done_by_the_one_judged(patterns):
    # "The tribunal sentenced the colonel for the abduction and murder of three farmers."
    rows = [("The", "the", DET, "DT", "det", 1), ("tribunal", "tribunal", N, "NN", "nsubj", 2),
            ("sentenced", "sentence", V, "VBD", "ROOT", 2), ("the", "the", DET, "DT", "det", 4), ("colonel", "colonel", N, "NN", "dobj", 2),
            ("for", "for", ADP, "IN", "prep", 2), ("the", "the", DET, "DT", "det", 7), ("abduction", "abduction", N, "NN", "pobj", 5),
            ("and", "and", CC, "CC", "cc", 7), ("murder", "murder", N, "NN", "conj", 7), ("of", "of", ADP, "IN", "prep", 9),
            ("three", "three", NUM, "CD", "nummod", 12), ("farmers", "farmer", N, "NNS", "pobj", 10), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "murder") == (["colonel"], ["farmers"])


def test_a_deed_hung_on_the_one_convicted_is_his(patterns):
    # "Judges convicted the commander of the massacre of villagers." (the parser hangs "of the massacre" on "commander")
    rows = [("Judges", "judge", N, "NNS", "nsubj", 1), ("convicted", "convict", V, "VBD", "ROOT", 1),
            ("the", "the", DET, "DT", "det", 3), ("commander", "commander", N, "NN", "dobj", 1), ("of", "of", ADP, "IN", "prep", 3),
            ("the", "the", DET, "DT", "det", 6), ("massacre", "massacre", N, "NN", "pobj", 4), ("of", "of", ADP, "IN", "prep", 6),
            ("villagers", "villager", N, "NNS", "pobj", 7), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "massacre") == (["commander"], ["villagers"])


def _arrest(head_word):
    # "The <head_word> of two soldiers over the killing of a student angered the army."
    return [("The", "the", DET, "DT", "det", 1), head_word, ("of", "of", ADP, "IN", "prep", 1),
            ("two", "two", NUM, "CD", "nummod", 4), ("soldiers", "soldier", N, "NNS", "pobj", 2), ("over", "over", ADP, "IN", "prep", 1),
            ("the", "the", DET, "DT", "det", 7), ("killing", "killing", N, "NN", "pobj", 5), ("of", "of", ADP, "IN", "prep", 7),
            ("a", "a", DET, "DT", "det", 10), ("student", "student", N, "NN", "pobj", 8), ("angered", "anger", V, "VBD", "ROOT", 11),
            ("the", "the", DET, "DT", "det", 13), ("army", "army", N, "NN", "dobj", 11), (".", ".", P, ".", "punct", 11)]


def test_a_deed_after_a_judging_noun_is_done_by_whom_its_of_phrase_names(patterns):
    assert roles(patterns, _arrest(("arrest", "arrest", N, "NN", "nsubj", 11)), "killing") == (["soldiers"], ["student"])
    assert roles(patterns, _arrest(("trial", "trial", N, "NN", "nsubj", 11)), "killing") == (["soldiers"], ["student"])


def test_a_deed_hung_on_the_one_arrested_is_his(patterns):
    # "Police ordered the arrest of two soldiers over the killing of a student." (the parser hangs "over" on "soldiers")
    rows = [("Police", "police", N, "NNS", "nsubj", 1), ("ordered", "order", V, "VBD", "ROOT", 1), ("the", "the", DET, "DT", "det", 3),
            ("arrest", "arrest", N, "NN", "dobj", 1), ("of", "of", ADP, "IN", "prep", 3), ("two", "two", NUM, "CD", "nummod", 6),
            ("soldiers", "soldier", N, "NNS", "pobj", 4), ("over", "over", ADP, "IN", "prep", 6), ("the", "the", DET, "DT", "det", 9),
            ("killing", "killing", N, "NN", "pobj", 7), ("of", "of", ADP, "IN", "prep", 9), ("a", "a", DET, "DT", "det", 12),
            ("student", "student", N, "NN", "pobj", 10), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "killing") == (["soldiers"], ["student"])


def test_a_deed_after_another_noun_gets_no_doer_from_its_of_phrase(patterns):
    # "The families of two soldiers over the killing ..." is no judgement of them
    assert roles(patterns, _arrest(("families", "family", N, "NNS", "nsubj", 11)), "killing")[0] == []


def _ambush(subject_rows, verb_rows, subject_dep="nsubj"):
    # "<subject> <verb> nine soldiers in an ambush on the convoy."
    n = len(subject_rows) + len(verb_rows)
    v = n - 1
    return [*subject_rows, *verb_rows, ("nine", "nine", NUM, "CD", "nummod", n + 1), ("soldiers", "soldier", N, "NNS", "dobj", v),
            ("in", "in", ADP, "IN", "prep", v), ("an", "an", DET, "DT", "det", n + 4), ("ambush", "ambush", N, "NN", "pobj", n + 2),
            ("on", "on", ADP, "IN", "prep", n + 4), ("the", "the", DET, "DT", "det", n + 7), ("convoy", "convoy", N, "NN", "pobj", n + 5),
            (".", ".", P, ".", "punct", v)]


def test_a_violent_act_in_the_instrument_phrase_of_an_active_verb_of_force_is_its_subjects(patterns):
    # "Rebels killed nine soldiers in an ambush on the convoy."
    rows = _ambush([("Rebels", "rebel", N, "NNS", "nsubj", 1)], [("killed", "kill", V, "VBD", "ROOT", 1)])
    assert roles(patterns, rows, "ambush") == (["Rebels"], ["convoy"])
    # "Rebels destroyed nine ..." (a verb of what force did besides harm)
    rows = _ambush([("Rebels", "rebel", N, "NNS", "nsubj", 1)], [("destroyed", "destroy", V, "VBD", "ROOT", 1)])
    assert roles(patterns, rows, "ambush")[0] == ["Rebels"]


def test_a_violent_act_hung_on_the_object_of_a_verb_of_force_is_its_subjects(patterns):
    # "Troops killed dozens of militants in airstrikes on hideouts." (the parser hangs "in airstrikes" on "dozens")
    rows = [("Troops", "troop", N, "NNS", "nsubj", 1), ("killed", "kill", V, "VBD", "ROOT", 1), ("dozens", "dozen", N, "NNS", "dobj", 1),
            ("of", "of", ADP, "IN", "prep", 2), ("militants", "militant", N, "NNS", "pobj", 3), ("in", "in", ADP, "IN", "prep", 2),
            ("airstrikes", "airstrike", N, "NNS", "pobj", 5), ("on", "on", ADP, "IN", "prep", 6), ("hideouts", "hideout", N, "NNS", "pobj", 7),
            (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "airstrikes") == (["Troops"], ["hideouts"])


def test_a_violent_act_on_a_passive_or_another_verb_gets_no_striker(patterns):
    # "Nine soldiers were killed in an ambush on the convoy." names no one who ambushed
    rows = [("Nine", "nine", NUM, "CD", "nummod", 1), ("soldiers", "soldier", N, "NNS", "nsubjpass", 3),
            ("were", "be", AUX, "VBD", "auxpass", 3), ("killed", "kill", V, "VBN", "ROOT", 3), ("in", "in", ADP, "IN", "prep", 3),
            ("an", "an", DET, "DT", "det", 6), ("ambush", "ambush", N, "NN", "pobj", 4), ("on", "on", ADP, "IN", "prep", 6),
            ("the", "the", DET, "DT", "det", 9), ("convoy", "convoy", N, "NN", "pobj", 7), (".", ".", P, ".", "punct", 3)]
    assert roles(patterns, rows, "ambush")[0] == []
    # "The army lost nine soldiers in an ambush ...": the loser is the one ambushed
    rows = _ambush([("The", "the", DET, "DT", "det", 1), ("army", "army", N, "NN", "nsubj", 2)], [("lost", "lose", V, "VBD", "ROOT", 2)])
    assert roles(patterns, rows, "ambush")[0] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, source, target",
    [
        ("A court in Peru jailed a former Bolivian army officer for the murder of two Peruvian journalists.", "ASSAULT", ["BOL"], ["PER"]),
        ("A judge in Madrid ordered the arrest of three Venezuelan generals over the torture of Spanish citizens.", "ASSAULT", ["VEN"], ["ESP"]),
        ("The Kenyan army said it had neutralised dozens of fighters in air strikes on al-Shabaab bases in Somalia.", "ASSAULT", ["KEN"], ["SOM"]),
    ],
)
def test_deed_doers_in_real_parses(article, text, plover, source, target):
    events = [e for e in article.code_text(text).events if e.event.plover == plover and e.trigger.text not in ("neutralised",)]
    event = only(events, plover)
    assert (countries(event.source), countries(event.target)) == (source, target)


def test_a_violent_act_aimed_at_no_one_only_restates_the_verbs_act(patterns):
    # "Rebels killed nine soldiers in an assault." (no one the assault is aimed at: the killing's own act)
    rows = [("Rebels", "rebel", N, "NNS", "nsubj", 1), ("killed", "kill", V, "VBD", "ROOT", 1), ("nine", "nine", NUM, "CD", "nummod", 3),
            ("soldiers", "soldier", N, "NNS", "dobj", 1), ("in", "in", ADP, "IN", "prep", 1), ("an", "an", DET, "DT", "det", 6),
            ("assault", "assault", N, "NN", "pobj", 4), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "assault")[0] == []


def _headline(first):
    # "<first> police fire tear gas at students as fees protest grows" (the parser reads "fire" as a noun and the act
    # noun as the subject of the clause after it)
    return [first, ("police", "police", N, "NN", "compound", 2), ("fire", "fire", N, "NN", "compound", 4),
            ("tear", "tear", N, "NN", "compound", 4), ("gas", "gas", N, "NN", "nsubj", 10), ("at", "at", ADP, "IN", "prep", 4),
            ("students", "student", N, "NNS", "pobj", 5), ("as", "as", "SCONJ", "IN", "mark", 9), ("fees", "fee", N, "NNS", "compound", 9),
            ("protest", "protest", N, "NN", "nsubj", 10), ("grows", "grow", V, "VBZ", "ROOT", 10)]


def test_a_headlines_act_noun_read_as_a_later_clauses_subject_is_done_by_its_modifiers_body(patterns):
    assert roles(patterns, _headline(("Ugandan", "ugandan", ADJ, "JJ", "amod", 1)), "gas") == (["police"], ["students"])


def test_an_act_noun_after_an_article_is_no_headline(patterns):
    # "The police fire tear gas at students ..." reads as a phrase of a sentence, not a headline
    assert roles(patterns, _headline(("The", "the", DET, "DT", "det", 1)), "gas")[0] == []

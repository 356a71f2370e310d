"""Who does an act told away from its doer (events/roles/): a deed someone is judged, stopped or rewarded for, a
plan owned by a nation named before it, a plan someone else judges, object control, a relative pronoun acted on,
a headline verb read as a noun; hand-built parses for each rule, and an invented set of sentences with near
misses (control_cases.yaml)."""

from pathlib import Path

import pytest
import yaml
from eventpicks import countries_in_order
from handparse import context_for, make_doc, mention

from eventscope.events.patterns import load_patterns
from eventscope.events.roles.subjects import subjects_of

PATTERNS = load_patterns()  # the coder's words (roles.yaml) for the role rules

CASES = yaml.safe_load((Path(__file__).parent / "control_cases.yaml").read_text(encoding="utf-8"))
# share of the cases coded with an event of the type whose source and target have the expected countries (article
# reading; measured 2026-12-03: 73/73 on this branch, 59/73 on main before these rules). Since session 22 read with
# every reading kept: a whole article no longer codes an act only asked for or threatened ("asked Germany to send
# firefighters"), but who would do it is still what the roles find.
MIN_PAIRED = 0.95
# near misses whose act of the type is given the named country as its source (measured: 0/25; main before: 5/25)
MAX_WRONG_DOERS = 1


def test_the_set_is_well_formed():
    assert len(CASES["cases"]) >= 60 and len(CASES["near_misses"]) >= 15
    assert all(len(row) == 4 and all(isinstance(x, str) for x in row) for row in CASES["cases"])
    assert all(len(row) == 3 and all(isinstance(x, str) for x in row) for row in CASES["near_misses"])
    texts = [row[-1] for row in CASES["cases"]] + [row[-1] for row in CASES["near_misses"]]
    assert len(set(texts)) >= len(texts) - 3  # a few sentences are both a case of one act and a near miss of another
    assert len(texts) >= 85


# Hand-built parses of an act told away from its doer: (rows, entity tags, the act's token, its doers' tokens).
SUBJECT_CASES = [
    # "Kenya was blamed by Chad for attacking villages ."
    pytest.param([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("blamed", "blame", "VERB", "VBN", "ROOT", 2), ("by", "by", "ADP", "IN", "agent", 2),
        ("Chad", "Chad", "PROPN", "NNP", "pobj", 3), ("for", "for", "ADP", "IN", "prep", 2),
        ("attacking", "attack", "VERB", "VBG", "pcomp", 5), ("villages", "village", "NOUN", "NNS", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ], None, 6, [0], id="the_one_blamed_by_someone_for_a_deed_in_the_passive_did_it"),
    # "Kenya was blamed for attacking villages ." (the codebook's unnamed critics: the accusation is the act)
    pytest.param([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("blamed", "blame", "VERB", "VBN", "ROOT", 2), ("for", "for", "ADP", "IN", "prep", 2),
        ("attacking", "attack", "VERB", "VBG", "pcomp", 3), ("villages", "village", "NOUN", "NNS", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ], None, 4, [], id="a_deed_someone_is_accused_of_by_no_one_named_stays_only_alleged"),
    # "Chile thanked Peru for sending aid ."
    pytest.param([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("thanked", "thank", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 1), ("for", "for", "ADP", "IN", "prep", 1),
        ("sending", "send", "VERB", "VBG", "pcomp", 3), ("aid", "aid", "NOUN", "NN", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ], None, 4, [2], id="the_one_thanked_for_a_deed_did_it_not_the_one_thanking"),
    # "The court convicted the officer of torturing prisoners ." with "of" on "officer"
    pytest.param([
        ("The", "the", "DET", "DT", "det", 1), ("court", "court", "NOUN", "NN", "nsubj", 2),
        ("convicted", "convict", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
        ("officer", "officer", "NOUN", "NN", "dobj", 2), ("of", "of", "ADP", "IN", "prep", 4),
        ("torturing", "torture", "VERB", "VBG", "pcomp", 5), ("prisoners", "prisoner", "NOUN", "NNS", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ], None, 6, [4], id="a_deed_the_parser_hangs_on_the_one_convicted_is_theirs"),
    # "The army used gas for dispersing crowds ." ("use" judges no one: the army disperses)
    pytest.param([
        ("The", "the", "DET", "DT", "det", 1), ("army", "army", "NOUN", "NN", "nsubj", 2),
        ("used", "use", "VERB", "VBD", "ROOT", 2), ("gas", "gas", "NOUN", "NN", "dobj", 2),
        ("for", "for", "ADP", "IN", "prep", 2), ("dispersing", "disperse", "VERB", "VBG", "pcomp", 4),
        ("crowds", "crowd", "NOUN", "NNS", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 2),
    ], None, 5, [1], id="a_gerund_after_a_verb_that_judges_no_one_is_done_by_its_subject"),
    # "A Turkish plan to attack Syria worried Greece ."
    pytest.param([
        ("A", "a", "DET", "DT", "det", 2), ("Turkish", "Turkish", "ADJ", "JJ", "amod", 2),
        ("plan", "plan", "NOUN", "NN", "nsubj", 6), ("to", "to", "PART", "TO", "aux", 4),
        ("attack", "attack", "VERB", "VB", "acl", 2), ("Syria", "Syria", "PROPN", "NNP", "dobj", 4),
        ("worried", "worry", "VERB", "VBD", "ROOT", 6), ("Greece", "Greece", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ], ["O", "B-NORP", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"], 4, [1], id="a_nation_named_before_a_plan_owns_it"),
    # "A bold plan to attack Syria worried Greece ."
    pytest.param([
        ("A", "a", "DET", "DT", "det", 2), ("bold", "bold", "ADJ", "JJ", "amod", 2),
        ("plan", "plan", "NOUN", "NN", "nsubj", 6), ("to", "to", "PART", "TO", "aux", 4),
        ("attack", "attack", "VERB", "VB", "acl", 2), ("Syria", "Syria", "PROPN", "NNP", "dobj", 4),
        ("worried", "worry", "VERB", "VBD", "ROOT", 6), ("Greece", "Greece", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ], None, 4, [], id="a_plain_adjective_before_a_plan_owns_nothing"),
    # "Germany hand over trucks to help Chile" with "hand" tagged a noun
    pytest.param([
        ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1), ("hand", "hand", "NOUN", "NN", "ROOT", 1),
        ("over", "over", "ADP", "RP", "prt", 1), ("trucks", "truck", "NOUN", "NNS", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5), ("help", "help", "VERB", "VB", "advcl", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 5),
    ], None, 5, [0], id="a_headline_verb_read_as_a_noun_keeps_its_subject_for_its_purpose"),
    # "Oman convinced Iran to free the sailors ."
    pytest.param([
        ("Oman", "Oman", "PROPN", "NNP", "nsubj", 1), ("convinced", "convince", "VERB", "VBD", "ROOT", 1),
        ("Iran", "Iran", "PROPN", "NNP", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4),
        ("free", "free", "VERB", "VB", "xcomp", 1), ("the", "the", "DET", "DT", "det", 6),
        ("sailors", "sailor", "NOUN", "NNS", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1),
    ], None, 4, [2], id="the_one_convinced_does_the_act_not_the_one_convincing"),
    # "Kenya was angered by the vote and recalled its envoy ." (session 19)
    pytest.param([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("angered", "anger", "VERB", "VBN", "ROOT", 2), ("by", "by", "ADP", "IN", "agent", 2),
        ("the", "the", "DET", "DT", "det", 5), ("vote", "vote", "NOUN", "NN", "pobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 2), ("recalled", "recall", "VERB", "VBD", "conj", 2),
        ("its", "its", "PRON", "PRP$", "poss", 9), ("envoy", "envoy", "NOUN", "NN", "dobj", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ], None, 7, [0], id="an_active_verb_joined_to_a_passive_shares_its_subject_not_its_agent"),
]


@pytest.mark.parametrize(("rows", "ents", "act", "subjects"), SUBJECT_CASES)
def test_the_doer_of_an_act_told_away_from_it(rows, ents, act, subjects):
    doc = make_doc(rows, ents=ents)
    assert subjects_of(doc[act], patterns=PATTERNS) == [doc[i] for i in subjects]


def test_a_plan_that_another_condemns_is_not_the_condemners(article_coder):
    # "Poland condemned the decision to invade Ukraine ."
    doc = make_doc([
        ("Poland", "Poland", "PROPN", "NNP", "nsubj", 1), ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3), ("decision", "decision", "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5), ("invade", "invade", "VERB", "VB", "acl", 3),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = article_coder.code(context_for(doc, [mention(doc, 0, 1, "Poland", "POL"), mention(doc, 6, 7, "Ukraine", "UKR")]))
    assert not [e for e in events if e.event.plover == "ASSAULT" and "POL" in countries_in_order(e.source)]
    assert [countries_in_order(e.source) for e in events if e.event.plover == "ACCUSE"] == [["POL"]]


def test_a_plan_announced_is_the_announcers(coder):
    # "Poland announced a plan to expel Russian diplomats ."
    doc = make_doc([
        ("Poland", "Poland", "PROPN", "NNP", "nsubj", 1), ("announced", "announce", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("plan", "plan", "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5), ("expel", "expel", "VERB", "VB", "acl", 3),
        ("Russian", "Russian", "ADJ", "JJ", "amod", 7), ("diplomats", "diplomat", "NOUN", "NNS", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = coder.code(context_for(doc, [mention(doc, 0, 1, "Poland", "POL"),
                                          mention(doc, 6, 8, "Russian diplomats", "RUS", kind="group")]))
    # (coded as a threat of expulsion, or as the expulsion planned: either way Poland's act)
    assert [(countries_in_order(e.source), countries_in_order(e.target)) for e in events] == [(["POL"], ["RUS"])]


def test_a_relative_pronoun_acted_on_stands_for_its_noun(coder):
    # "The envoy , who was expelled by Peru , left ."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1), ("envoy", "envoy", "NOUN", "NN", "nsubj", 9),
        (",", ",", "PUNCT", ",", "punct", 1), ("who", "who", "PRON", "WP", "nsubjpass", 5),
        ("was", "be", "AUX", "VBD", "auxpass", 5), ("expelled", "expel", "VERB", "VBN", "relcl", 1),
        ("by", "by", "ADP", "IN", "agent", 5), ("Peru", "Peru", "PROPN", "NNP", "pobj", 6),
        (",", ",", "PUNCT", ",", "punct", 1), ("left", "leave", "VERB", "VBD", "ROOT", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ])
    events = coder.code(context_for(doc, [mention(doc, 0, 2, "envoy", "CHL", kind="person"),
                                          mention(doc, 7, 8, "Peru", "PER")]))
    assert [(countries_in_order(e.source), countries_in_order(e.target)) for e in events if e.event.plover == "SANCTION"] == \
        [(["PER"], ["CHL"])]


@pytest.mark.slow
def test_acts_told_away_from_their_doer_get_their_doer(reading_coder):
    paired = []
    for kind, source, target, text in CASES["cases"]:
        events = [e for e in reading_coder.code_text(text).events if e.event.plover == kind]
        paired.append(any(source in countries_in_order(e.source) and target in countries_in_order(e.target) for e in events))
    assert sum(paired) / len(paired) >= MIN_PAIRED, [c[-1] for c, ok in zip(CASES["cases"], paired) if not ok]


@pytest.mark.slow
def test_near_misses_do_not_give_the_act_to_the_wrong_party(article):
    wrong = [text for kind, country, text in CASES["near_misses"]
             if any(e.event.plover == kind and country in countries_in_order(e.source) for e in article.code_text(text).events)]
    assert len(wrong) <= MAX_WRONG_DOERS, wrong


def test_a_nations_plan_that_another_condemns_stays_that_nations(article_coder):
    # "Poland condemned the Russian decision to invade Ukraine ."
    doc = make_doc([
        ("Poland", "Poland", "PROPN", "NNP", "nsubj", 1), ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4), ("Russian", "Russian", "ADJ", "JJ", "amod", 4),
        ("decision", "decision", "NOUN", "NN", "dobj", 1), ("to", "to", "PART", "TO", "aux", 6),
        ("invade", "invade", "VERB", "VB", "acl", 4), ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ], ents=["B-GPE", "O", "O", "B-NORP", "O", "O", "O", "B-GPE", "O"])
    events = article_coder.code(context_for(doc, [mention(doc, 0, 1, "Poland", "POL"),
                                                  mention(doc, 3, 4, "Russian", "RUS"), mention(doc, 7, 8, "Ukraine", "UKR")]))
    assert [(countries_in_order(e.source), countries_in_order(e.target)) for e in events if e.event.plover == "ASSAULT"] == \
        [(["RUS"], ["UKR"])]


def test_a_plan_that_another_praises_is_not_the_praisers(article_coder):
    # "Poland praised the decision to aid Ukraine ." (praise judges a plan as condemnation does: roles.yaml
    # plan_judging_codes)
    doc = make_doc([
        ("Poland", "Poland", "PROPN", "NNP", "nsubj", 1), ("praised", "praise", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3), ("decision", "decision", "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5), ("aid", "aid", "VERB", "VB", "acl", 3),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = article_coder.code(context_for(doc, [mention(doc, 0, 1, "Poland", "POL"), mention(doc, 6, 7, "Ukraine", "UKR")]))
    assert not [e for e in events if e.event.plover == "AID" and "POL" in countries_in_order(e.source)]
    assert [e.event.plover for e in events if "POL" in countries_in_order(e.source)]

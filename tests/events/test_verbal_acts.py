"""Recall of the verbal acts other than ACCUSE (REJECT, CONSULT, SUPPORT, REQUEST, AGREE, THREATEN) on a set of
invented news sentences written the many ways English says each act (verbal_cases.yaml), with near-misses that
use the same words for no political act, and refusals that are coded with the act refused, negated."""

from pathlib import Path

import pytest
import yaml

from eventscope.events.patterns import load_patterns

CASES = yaml.safe_load((Path(__file__).parent / "verbal_cases.yaml").read_text(encoding="utf-8"))
TYPES = ("REJECT", "CONSULT", "SUPPORT", "REQUEST", "AGREE", "THREATEN")
# share of each type's sentences coded with an event of the type whose source names the expected actor (article
# reading; measured 2026-12-03: REJECT 42/44, CONSULT 39/41, SUPPORT 49/52, REQUEST 41/44, AGREE 40/43, THREATEN
# 38/40; main before this set's rules: 37, 39, 46, 38, 37, 37 of the same sentences)
MIN_RATE = 0.88
# share of the sentences naming a target whose event of the type has both the expected source and target (article
# reading, measured 2026-12-03; some expected targets are things, as "the election" of a boycott, which the coder
# rightly leaves out, so these are floors against losing targets, not goals)
MIN_PAIRED = {"REJECT": 0.56, "CONSULT": 0.85, "SUPPORT": 0.92, "REQUEST": 0.81, "AGREE": 0.60, "THREATEN": 0.72}
MAX_NEAR_MISSES = 4  # of 35 (a meeting habit, a striker's refusal, a film's and a novel's critics)


def test_every_case_is_well_formed():
    assert set(CASES) == {*TYPES, "none", "refusals"}
    for kind in TYPES:
        assert len(CASES[kind]) >= 40, kind
        assert all(len(row) == 3 and all(isinstance(x, str) for x in row) for row in CASES[kind])
    assert len({row[2] for kind in TYPES for row in CASES[kind]} | set(CASES["none"])) == \
        sum(len(CASES[k]) for k in TYPES) + len(CASES["none"])


def test_infinitive_verbs_are_read():
    assert {"tell", "push", "undertake"} <= load_patterns().codes.infinitive_verbs


@pytest.mark.slow
@pytest.mark.parametrize("kind", TYPES)
def test_each_verbal_act_is_found_with_its_source_and_target(article, kind):
    def names(actors, word):
        return word.lower() in " ".join(a.text for a in actors).lower()

    found = paired = with_target = 0
    for source, target, text in CASES[kind]:
        events = [e for e in article.code_text(text).events if e.event.plover == kind]
        found += any(names(e.source, source) for e in events)
        if target:
            with_target += 1
            paired += any(names(e.source, source) and names(e.target, target) for e in events)
    assert found / len(CASES[kind]) >= MIN_RATE, found
    assert paired / with_target >= MIN_PAIRED[kind], paired


@pytest.mark.slow
def test_near_misses_code_few_events(article):
    coded = [text for text in CASES["none"] if article.code_text(text).events]
    assert len(coded) <= MAX_NEAR_MISSES, coded


@pytest.mark.slow
def test_refusals_code_the_refusal_once_and_not_the_act_refused(article):
    # session 26: a refusal is one event, the REJECT; the hand-coded gold never codes the refused act beside it
    right = 0
    for _source, inner, text in CASES["refusals"]:
        events = article.code_text(text).events
        refused = any(e.event.plover == "REJECT" and e.modality == "asserted" for e in events)
        right += refused and not any(e.event.plover == inner for e in events)
    assert right >= 7, right  # of 8


def _coded(coder, text):
    return [(e.event.plover, e.event.cameo, e.modality, [a.text for a in e.source], [a.text for a in e.target])
            for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "source"), [
    # bidding with an infinitive (`infinitive_verbs`): a demand of the one told or pushed
    ("Chile told Peru to pull its soldiers out of the valley.", "REQUEST", "Chile"),
    ("The senators are pushing the agency to publish the audit.", "REQUEST", "The senators"),
    # a promise told by "undertake", or by a that-clause of what will be done
    ("Norway has undertaken to pay for the new coast guard station.", "AGREE", "Norway"),
    ("Ghana promised its neighbours it would reopen the border crossings.", "AGREE", "Ghana"),
    # votes and courts that reject
    ("The assembly voted down the mayor's housing plan.", "REJECT", "The assembly"),
    ("Eleven senators voted against the governor's nominee.", "REJECT", "Eleven senators"),
    ("The appeals court threw out the party's lawsuit.", "REJECT", "The appeals court"),
    ("The supreme court struck down the ban on street protests.", "REJECT", "The supreme court"),
    ("The union balked at the ministry's demand for longer shifts.", "REJECT", "The union"),
    # taking someone's side, praise lavished
    ("The party's deputies stood behind the prime minister after the vote.", "SUPPORT", "The party's deputies"),
    ("Portugal sided with Spain in the dispute over fishing quotas.", "SUPPORT", "Portugal"),
    ("The governor heaped praise on the rescue teams.", "SUPPORT", "The governor"),
    # a vow of countermeasures is a threat
    ("Moscow vowed countermeasures against Oslo over the expulsions.", "THREATEN", "Moscow"),
    # receiving a named person or an officeholder hosts them
    ("Lukashenko received Orban at his residence outside Minsk.", "CONSULT", "Lukashenko"),
    ("The Moroccan foreign minister was received by the emir.", "CONSULT", "the emir"),
    # praise drawn from someone is their praise
    ("The mayor won plaudits from the teachers' unions for the settlement.", "SUPPORT", "the teachers' unions"),
    # a pause offered, a truce accepted (CAMEO 0871, as a truce agreed or declared)
    ("Azerbaijan offered a humanitarian pause around the besieged villages.", "AGREE", "Azerbaijan"),
    ("The militia accepted the truce brokered by Kenya.", "RETREAT", "The militia"),  # 0871, as agreeing a truce
    ("The tribal council said no to the mining licence.", "REJECT", "The tribal council"),
    # a court quashing an order or a verdict rejects it
    ("The appeals court quashed the expulsion order against the journalist.", "REJECT", "The appeals court"),
])
def test_new_verbal_patterns(article, text, kind, source):
    assert any(k == kind and any(source in x for x in s) for k, _c, _m, s, _t in _coded(article, text)), _coded(article, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The minister told reporters about the new budget on Monday.",  # telling, no bidding
    "Workers pushed the stalled truck off the road.",
    "The ministry undertook a review of the pension system.",
    "The minister promised that the new hospital would be open by March.",  # what it will be: no act promised
    "The senator backed out of the race for governor.",  # pulling out backs no one
])
def test_no_verbal_act_without_its_complement(article, text):
    assert not any(k in ("REQUEST", "AGREE", "SUPPORT") for k, *_ in _coded(article, text)), _coded(article, text)


@pytest.mark.slow
def test_the_act_a_refusal_noun_governs_is_no_event(article):
    coded = _coded(article, "Chile's refusal to condemn the coup angered its neighbours.")
    assert not [m for k, _c, m, _s, _t in coded if k == "ACCUSE"], coded

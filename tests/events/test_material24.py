"""Session 24 (material24): acts of the other types told in words the lexicon lacked. A demand told as a wish ("Moscow
wants Kyiv to pull back": REQUEST, the act wished only asked for), not one's own aim ("wants to pull back") nor a
wish about no act ("want people to know"); a choice settled on together (AGREE); a commitment kept to an act (AGREE);
weapons given (AID); grants and aid budgets held back or cut (SANCTION). Sentences invented for the tests, coded
through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _events(coder, text, plover):
    return [(e.source[0].country if e.source else None, e.target[0].country if e.target else None, e.modality)
            for e in coder.code_text(text).events if e.event.plover == plover]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Moscow wants Kyiv to pull its troops back from the border.", "RUS", "UKR"),
    ("The opposition in Lima wanted the Peruvian president to resign.", "PER", "PER"),
    ("Brussels does not want Belgrade to impose tariffs on goods from Pristina.", "IGO", "SRB"),
])
def test_a_wish_that_another_acts_is_a_demand(article, text, source, target):
    assert (source, target) in [(s, t) for s, t, _ in _events(article, text, "REQUEST")]


def test_the_act_wished_for_is_only_asked_for(article):
    text = "Moscow wants Kyiv to pull its troops back from the border."
    assert _events(article, text, "RETREAT") == []


@pytest.mark.parametrize("text", [
    "Washington wants to pull its troops out of Syria.",
    "\"We want people to know the truth about the flood,\" the Chilean minister said.",
])
def test_ones_own_aim_or_a_wish_about_no_act_is_no_demand(article, text):
    assert _events(article, text, "REQUEST") == []


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Sudan and Chad settled on a ceasefire after a week of talks.", "SDN", "TCD"),
    ("The Albanian government said it remained committed to its deal with Britain.", "ALB", "GBR"),
])
def test_a_choice_settled_or_a_commitment_kept_agrees(article, text, source, target):
    found = {frozenset((s, t)) for s, t, _ in _events(article, text, "AGREE")}
    assert frozenset((source, target)) in found


def test_weapons_given_are_aid(article):
    text = "Western governments have given Ukraine tanks and missiles worth billions of dollars."
    assert [t for _, t, _ in _events(article, text, "AID")] == ["UKR"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Canadian government withheld federal grants from Haiti after the election.", "CAN", "HTI"),
    ("Norway said it would cut its aid budget for Mozambique by a third.", "NOR", "MOZ"),
])
def test_grants_and_aid_budgets_held_back_or_cut_are_sanctions(article, text, source, target):
    assert (source, target) in [(s, t) for s, t, _ in _events(article, text, "SANCTION")]


def test_a_council_cutting_its_own_budget_sanctions_no_one(article):
    assert _events(article, "The city council in Lyon cut its budget by ten percent.", "SANCTION") == []


def test_consent_to_an_act_agrees_to_it(article):
    text = "The Colombian rebels consented to a prisoner exchange with the army."
    assert _events(article, text, "AGREE")
    assert _events(article, text, "RETREAT") == []  # the exchange agreed to is still to come (below confidence)


def test_a_patient_consenting_to_surgery_agrees_to_nothing_political(article):
    assert _events(article, "The patient consented to the surgery after a long talk with her doctor.", "AGREE") == []


@pytest.mark.parametrize(("text", "plover"), [
    ("The Kenyan families insisted that the police reopen the case.", "REQUEST"),
    ("The Kenyan families insisted that the police had reopened the case.", None),
])
def test_insisting_in_the_subjunctive_demands(article, text, plover):
    requests = _events(article, text, "REQUEST")
    assert bool(requests) == (plover == "REQUEST")


def test_a_bodys_staff_ordered_out_are_expelled(article):
    text = "Niger ordered the staff of two French charities to leave the country."
    assert ("NER", "FRA") in [(s, t) for s, t, _ in _events(article, text, "SANCTION")]


@pytest.mark.parametrize(("text", "plover", "source"), [
    ("Following the offer by the Japanese government to assist in the search, a team landed in Manila.", "AGREE",
     "JPN"),
    ("The demand by the Bolivian opposition that the minister resign was ignored.", "REQUEST", "BOL"),
])
def test_an_act_noun_told_with_its_content_is_told_anew(article, text, plover, source):
    assert source in [s for s, _, _ in _events(article, text, plover)]



@pytest.mark.parametrize(("text", "plover", "pair"), [
    ("An agreement was reached between Armenia and Azerbaijan on Friday.", "SUPPORT", {"ARM", "AZE"}),
    ("A peace accord was signed between Ethiopia and Eritrea in the capital.", "SUPPORT", {"ETH", "ERI"}),
    ("Talks were held between Chile and Peru in Geneva on Monday.", "CONSULT", {"CHL", "PER"}),
])
def test_a_joint_act_done_between_two_parties_is_theirs(article, text, plover, pair):
    assert pair in [{s, t} for s, t, _ in _events(article, text, plover)]

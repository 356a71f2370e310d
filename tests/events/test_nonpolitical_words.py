"""Words of politics in business and quarrel pages (session 27, offtopic4): a regulator's review of a company's deal
is no accusation (triggers.yaml deal_nouns, deal_review_codes), a takeover counted in money or of a maker takes no
ground (senses.yaml, the takeover rule), and a fight against "this" or "that" is a fight against a thing (senses.yaml,
the fire and problem rule). Invented sentences."""

import pytest
from lonesentences import assert_act_coded, assert_no_act

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The competition authority opened an in-depth investigation into the takeover of the chipmaker.",
    "The authority opened an investigation into the retail group Halvard's 2 billion-euro takeover of Pemberly.",
    "Brussels launched a probe into the insurer's bid for its Dutch rival.",
])
def test_a_review_of_a_deal_accuses_no_one(pipeline_coder, text):
    assert_no_act(pipeline_coder, text, plover="ACCUSE")


@pytest.mark.parametrize("text", [
    "Prosecutors opened an investigation into the minister's dealings with the contractor.",
    "The commission will investigate the police over the deaths of two protesters.",
])
def test_a_probe_that_names_no_deal_still_accuses(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "ACCUSE", "090")


@pytest.mark.parametrize("text", [
    "The retail group Halvard's 2 billion-euro takeover of Pemberly, the Cork-based maker of garden tools, was approved.",
    "Halvard's takeover of Pemberly, the maker of garden tools, was approved on Monday.",
])
def test_a_takeover_counted_in_money_is_no_occupation(pipeline_coder, text):
    assert_no_act(pipeline_coder, text, code="192")


@pytest.mark.parametrize("text", [
    '"We are going to fight this with everything we have," the mayor said.',
    '"They will fight this all the way," the minister told reporters.',
])
def test_fighting_this_or_that_is_no_violence(pipeline_coder, text):
    """Neither a fight nor a threat of one (CAMEO 138): "this" is the decision fought."""
    assert_no_act(pipeline_coder, text, plover="ASSAULT")
    assert_no_act(pipeline_coder, text, code="138")


def test_fighting_people_is_still_violence(pipeline_coder):
    assert_act_coded(pipeline_coder, "The rebels attacked the army base near the border.", "ASSAULT", "190")

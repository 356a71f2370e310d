"""Companies bought and acts of a kind (session 22): a corporate takeover takes no ground from anyone
(senses.yaml: the takeover rule and the company_deals words), and a noun for a kind of act ("the fourth such
order") is no event of its own in a whole article (senses.yaml kind_modifiers). Invented sentences."""

import pytest
from lonesentences import assert_act_coded, assert_no_act

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The £900 million takeover of the chipmaker by a Chinese group was approved by shareholders.",
    "A Saudi fund completed its takeover of the British retailer on Monday.",
    "The takeover of the airline by its German rival ended a year of talks.",
])
def test_a_company_taken_over_is_no_occupation(pipeline_coder, text):
    assert_no_act(pipeline_coder, text, code="192")


@pytest.mark.parametrize("text", [
    "The army's takeover of the northern province began at dawn.",
    "Rebels completed their takeover of the border town on Sunday.",
    "The junta completed its takeover of the capital on Sunday.",
])
def test_a_takeover_of_ground_is_still_an_occupation(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "COERCE", "192")


BRIEF = ("LONDON, May 4 - Britain on Monday barred a Chinese state company from buying the operator of a container "
         "port in Felixstowe, citing national security. The business secretary used the security law to prohibit the "
         "purchase, the third such order this year. China's foreign ministry criticised the decision. Beijing said it "
         "would study the ruling.")


def test_a_noun_for_a_kind_of_act_is_no_second_event(pipeline_coder):
    """"the third such order" counts the orders there have been; the one given is told by its own verb."""
    coded = pipeline_coder.code_text(BRIEF, title="Britain bans Chinese purchase of port operator").events
    triggers = [e.trigger.text for e in coded]
    assert "order" not in triggers and "prohibit" in triggers and "criticised" in triggers, triggers

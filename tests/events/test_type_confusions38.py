"""Session 38 (types38): one round or sitting of talks brought to its close is talks held (CONSULT 046), not talks
broken off (SANCTION 164), since the halt pattern reads through a counting noun ("ended a round of talks" had become
"ended talks"); suspending, halting or quitting a round still stops the talks, and "ended the talks" stays a halt.
"Concluded a round of negotiations" is no signing (SUPPORT 057), as "concluded the talks" is none. Sentences invented
for the tests, coded through the whole pipeline."""

import pytest
from eventpicks import coded_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Iranian and Saudi negotiators ended a third round of talks in Baghdad on Friday.",
    "Serbia and Kosovo ended a fresh round of EU-mediated talks in Brussels.",
    "Armenia and Azerbaijan concluded another round of negotiations in Washington on Thursday.",
    "Colombian officials and ELN commanders completed a fifth round of peace talks in Caracas.",
])
def test_a_round_of_talks_ended_is_talks_held(pipeline_coder, text):
    types = coded_types(pipeline_coder, text)
    assert "CONSULT" in types and "SANCTION" not in types and "SUPPORT" not in types, types


@pytest.mark.parametrize("text", [
    "Russia suspended the next round of talks with Ukraine.",
    "The rebels broke off the latest round of negotiations with the government.",
    "The junta halted a new round of talks with the opposition.",
])
def test_a_round_stopped_is_still_a_halt(pipeline_coder, text):
    assert "SANCTION" in coded_types(pipeline_coder, text), coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia concluded an agreement on water sharing.",
    "Chile and Peru concluded a trade pact in Lima on Monday.",
])
def test_an_agreement_concluded_is_still_signed(pipeline_coder, text):
    assert "SUPPORT" in coded_types(pipeline_coder, text), coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Russia would supply the junta with wheat in return for mining rights.",
    "Kenya sent police officers to Haiti in return for American funding.",
    "Ankara offered to drop its veto in return for the extradition of the activists.",
])
def test_in_return_for_is_a_bargain_not_a_handover(pipeline_coder, text):
    assert "RETREAT" not in coded_types(pipeline_coder, text), coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Russia returned the bodies of 500 soldiers to Ukraine.",
    "Azerbaijan returned the captured Armenian soldiers to Yerevan on Friday.",
])
def test_a_handover_stays_a_return(pipeline_coder, text):
    assert "RETREAT" in coded_types(pipeline_coder, text), coded_types(pipeline_coder, text)

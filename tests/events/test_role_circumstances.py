"""One target per party acted on (session 35, roles35): a state named before a body's descriptive head is no party beside
the body named in apposition (picker._without_describing_state); a name the parser left untagged that the actor stage
resolved, the verb's own object, is acted on (verbs._verb_roles).
Sentences written for these tests, with near misses that keep their targets."""

import pytest
from eventpicks import only


@pytest.mark.slow
def test_a_state_describing_a_body_named_in_apposition_is_no_second_target(pipeline_coder):
    event = only(pipeline_coder.code_text("Israel struck the Lebanese group Hezbollah overnight.").events, "ASSAULT")
    assert [a.code for a in event.target] == ["LBNREBHEZ"]


@pytest.mark.slow
def test_a_state_joined_to_a_body_stays_a_target(pipeline_coder):
    # near miss: a state listed beside the group is a party of its own
    event = only(pipeline_coder.code_text("Israel struck Lebanon and Hezbollah overnight.").events, "ASSAULT")
    assert len(event.target) == 2


@pytest.mark.slow
def test_a_bloc_the_parser_left_untagged_is_still_left(pipeline_coder):
    # "left the regional bloc ECOWAS": the pattern's own object word, a name the actor stage resolved
    event = only(pipeline_coder.code_text("Mali left the regional bloc ECOWAS.").events, "SANCTION")
    assert [a.code for a in event.target] == ["IGOECOWAS"]

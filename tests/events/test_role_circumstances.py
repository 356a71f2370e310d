"""One target per party acted on (session 35, roles35): beside a direct object naming whom a verb acts on, the phrase of
through what or why it was done is no second party (events/roles/verbs.py _beside_one_acted_on); a state
named before a body's descriptive head is no party beside the body named in apposition (picker._without_describing_state).
Sentences written for these tests, with near misses that keep their targets."""

import pytest
from eventpicks import only, texts


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        # "for" a reason, "with" an instrument: one party acted on
        ("The top aide to Transport Secretary Linda Carrow, Mark Dunn, resigned on Wednesday. Ms. Carrow accepted the "
         "resignation and thanked him for his service.", "SUPPORT", ["him"]),
        ("The Kenyan president thanked the Ugandan army for its help.", "SUPPORT", ["the Ugandan army"]),
        ("Israel attacked Hamas with drones.", "ASSAULT", ["Hamas"]),
    ],
)
def test_a_circumstance_beside_one_acted_on_is_no_target(pipeline_coder, text, plover, target):
    event = only(pipeline_coder.code_text(text).events, plover)
    assert texts(event.target) == target


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        # no direct object, or one naming only a thing: the phrase is whom the act is aimed at
        ("Police fired at the protesters in Nairobi.", "ASSAULT", "PRO"),
        ("Kenya discussed the border dispute with Somalia.", "CONSULT", "SOM"),
    ],
)
def test_with_no_one_acted_on_the_phrase_is_still_the_target(pipeline_coder, text, plover, target):
    event = only(pipeline_coder.code_text(text).events, plover)
    assert any(target in (a.country, a.code[3:6]) for a in event.target), texts(event.target)


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


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        ("Brazil accused Argentina of dumping steel and filed a complaint at the WTO.", "ARG"),
        ("Seoul responded by filing a complaint with the World Trade Organization and removing Japan from its list of "
         "trusted partners.", "JPN"),
    ],
)
def test_a_complaint_lodged_only_with_a_forum_accuses_the_party_of_the_joined_clause(reading_coder, text, target):
    # (every reading kept: beside the accusation told first, the complaint may be dropped as the same act)
    events = [e for e in reading_coder.code_text(text).events if e.event.cameo.startswith("114")]
    assert events and all(target in [a.country for a in e.target] for e in events), \
        [(e.event.cameo, [a.code for a in e.target]) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        # near misses: no clause joined (the forum stays), and a rejection's "with" names with whom
        ("Chile filed a complaint at the WTO.", "IGOWTO"),
        ("The junta rationed fuel, but it has refused any negotiation with the Islamist rebels.", "REB"),
    ],
)
def test_with_no_party_joined_or_no_complaint_the_phrase_stays(pipeline_coder, text, target):
    events = [e for e in pipeline_coder.code_text(text).events if e.event.cameo[:2] in ("11", "12")]
    assert events and any(target in a.code for e in events for a in e.target), \
        [(e.event.cameo, [a.code for a in e.target]) for e in events]

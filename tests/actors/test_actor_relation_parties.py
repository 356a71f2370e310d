"""One party of a relation between two, named by the relation (session 31): the guest or visitor is the official
named before who is not of the country the visit goes to, the host the one who is; "its neighbour" is the last state
named before that is not the possessor's (coreference.yaml guests, hosts, neighbours). A phrase in apposition to a
name or describing a noun is no reference, and with no visit told nothing is guessed. The texts were written for
this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes

_VISIT = ("Chilean President Ana Ruiz arrived in Lisbon on Monday for a three-day state visit.\n\n"
          "Portuguese Prime Minister Rui Costa welcomed his guest at the airport.\n\n"
          "The visitor thanked her host for the welcome.\n\n"
          "At a news conference the guest praised Portugal's record on renewable power.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    (_VISIT, "his guest", "CHLGOV"),
    (_VISIT, "The visitor", "CHLGOV"),
    (_VISIT, "her host", "PRTGOV"),
    (_VISIT, "the guest", "CHLGOV"),
    # the dateline says where the visit is when no visit word governs a place
    ("NAIROBI - Ghana's president held talks on trade with Kenyan President Joseph Mwangi on Friday.\n\n"
     "The guest also met business leaders.", "The guest", "GHAGOV"),
    ("Kazakhstan and Mongolia signed a water deal on Tuesday.\n\n"
     "Mongolian President Bat Dorj said his country needed the water and thanked its neighbour for its patience.",
     "its neighbour", "KAZ"),
])
def test_a_relation_names_the_other_party(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), [
    # no visit told and no dateline: no one to be the guest of
    ("The guest said the food had been cold.", "The guest"),
    # the host country is a thing described, not the host
    ("Chilean President Ana Ruiz arrived in Lisbon on Monday.\n\n"
     "The host country paid for the summit.", "The host"),
])
def test_no_party_without_a_relation_told(pipeline_coder, text, words):
    assert all(len(code) != 6 or not code.endswith("GOV") for code in mention_codes(pipeline_coder, text, words))


@pytest.mark.slow
def test_a_host_in_apposition_is_the_name_it_describes(pipeline_coder):
    text = ("Chilean President Ana Ruiz arrived in Lisbon on Monday.\n\n"
            "Portuguese Prime Minister Rui Costa, the host, opened the talks.")
    assert "CHLGOV" not in mention_codes(pipeline_coder, text, "the host")

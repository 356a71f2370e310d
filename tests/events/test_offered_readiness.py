"""Readiness told of oneself is an offer (codebook: "stands ready to assist" is AGREE, asserted): the adjectives of
triggers.yaml `act_adjectives` with an act as their complement, coded by the act offered, aimed at whom that act is;
with no act, or under a modal of obligation, no offer (invented sentences, real parses)."""

import pytest


def events_of(coder, text):
    return [(e.event.plover, e.event.cameo, [a.country for a in e.source], [a.country for a in e.target])
            for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cameo, source, target",
    [
        # an offer to meet or negotiate (036), its partner the act's
        ("Tehran said it remained open to talks with Washington.", "036", "IRN", "USA"),
        ("The Kenyan government is open to negotiations with Somalia.", "036", "KEN", "SOM"),
        # an offer of help (033), of cooperation (031)
        ("Japan is willing to help Manila after the typhoon.", "033", "JPN", "PHL"),
        ("Brazil is ready to work with Argentina on the border.", "031", "BRA", "ARG"),
    ],
)
def test_readiness_to_act_is_an_offer(pipeline_coder, text, cameo, source, target):
    assert ("AGREE", cameo, [source], [target]) in events_of(pipeline_coder, text)


@pytest.mark.slow
def test_readiness_to_do_harm_is_a_threat(pipeline_coder):
    found = events_of(pipeline_coder, "Pyongyang said its army was ready to strike Seoul.")
    assert [f for f in found if f[0] == "THREATEN"] and not [f for f in found if f[0] == "AGREE"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # no act as complement
        "The museum in Cairo is open to visitors again.",
        "The new bridge to Laos is ready for traffic.",
        "The proposal from Rome was open to criticism.",
        # told to be ready: a demand, not one's own offer
        "The European Union must be ready to mediate between Belgrade and Pristina.",
    ],
)
def test_no_act_or_an_obligation_is_no_offer(pipeline_coder, text):
    assert [f for f in events_of(pipeline_coder, text) if f[0] == "AGREE"] == []

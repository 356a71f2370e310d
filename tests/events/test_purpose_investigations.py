"""A team sent, or a panel set up, to investigate: the investigation is the sender's act and the sending is
no act of its own (triggers.yaml: sending_verbs; invented sentences, real parses)."""

import pytest


def coded(coder, text):
    return [(e.event.cameo[:2], [a.text for a in e.source], [a.text for a in e.target])
            for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source, target",
    [
        # the purpose names no actor: the investigation is of where the team goes
        ("Norway sent four forensic experts to Chile to investigate the fire at the archive.", "Norway", "Chile"),
        ("Peru will dispatch a team of engineers to Bolivia next week to examine the collapsed bridge.", "Peru", "Bolivia"),
        # the purpose names whose act is investigated
        ("The Ghanaian government dispatched inspectors to probe the shooting by Togolese border guards.",
         "The Ghanaian government", "Togolese border guards"),
    ],
)
def test_purpose_investigation_is_the_senders_act(pipeline_coder, text, source, target):
    events = coded(pipeline_coder, text)
    assert [c for c, _, _ in events] == ["09"]
    _, sources, targets = events[0]
    assert sources == [source]
    assert target in targets


@pytest.mark.slow
def test_sending_for_another_purpose_stays_aid(pipeline_coder):
    events = coded(pipeline_coder, "Austria sent doctors to Malawi to treat the sick.")
    assert [c for c, _, _ in events] == ["07"]


@pytest.mark.slow
def test_looking_into_as_a_purpose_is_an_inquiry(pipeline_coder):
    events = coded(pipeline_coder, "Chile appointed an envoy to look into the treatment of its fishermen by Peruvian coast guards.")
    assert events == [("09", ["Chile"], ["Peruvian coast guards"])]


@pytest.mark.slow
def test_looking_into_alone_stays_a_plan(pipeline_coder):
    events = coded(pipeline_coder, "The mayor promised she would look into the complaint.")
    assert "09" not in [c for c, _, _ in events]


@pytest.mark.slow
def test_the_one_who_names_an_investigator_investigates(pipeline_coder):
    events = coded(pipeline_coder, "The African Union named a special envoy to investigate abuses by Sudanese paramilitaries.")
    assert [(c, s) for c, s, _ in events] == [("09", ["The African Union"])]

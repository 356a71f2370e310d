"""Session 31 (speech31): hesitation denied under a modal of the future in reported speech ("said he would not hesitate
to subpoena the secretary if ...", "warned it would not hesitate to strike ...") is THREATEN, asserted, by the one who
would act, aimed at whom the act would be done to: CAMEO 130 for an act of pressure, 138 for an act of force (force only
so: "would strike if attacked" alone may be anyone's guess). The act itself is no second, negated event. Hesitation
denied in the past ("did not hesitate to sue") tells what was done. Sentences invented for the tests, coded through the
whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow

HEARING = "The Senate oversight committee held a hearing on the border agency on Monday. "


def _events(coder, text):
    return [(e.event.plover, e.event.cameo, e.target[0].sectors[:1] if e.target else None, e.modality)
            for e in coder.code_text(text).events]


@pytest.mark.parametrize(("text", "code", "target"), [
    (HEARING + "Senator Ana Costa, who chairs the committee, said she would not hesitate to subpoena the agency's "
     "director if the records were withheld.", "130", ["GOV"]),
    (HEARING + "Senator Ana Costa said the committee would not hesitate to sanction the agency.", "130", ["GOV"]),
])
def test_pressure_with_hesitation_denied_is_a_threat(article, text, code, target):
    events = _events(article, text)
    threats = [e for e in events if e[0] == "THREATEN"]
    assert threats and all(modality == "asserted" for *_, modality in threats)
    assert any(found == target for _, _, found, _ in threats)
    assert not any(modality == "negated" for *_, modality in events)


def test_force_with_hesitation_denied_is_a_force_threat(article):
    events = _events(article, '"We will not hesitate to retaliate," the Iranian defence minister told reporters.')
    assert [(plover, cameo, modality) for plover, cameo, _, modality in events] == [("THREATEN", "138", "asserted")]


def test_a_warning_takes_the_target_of_the_threatened_force(article):
    events = _events(article, "The Iranian defence minister warned that Iran would not hesitate to strike Israel if "
                              "provoked.")
    threats = [e for e in events if e[0] == "THREATEN"]
    assert len(threats) == 1 and threats[0][2] is not None
    assert not any(plover == "ASSAULT" or modality == "negated" for plover, *_, modality in events)


@pytest.mark.parametrize("text", [
    HEARING + "Senator Ana Costa said she did not hesitate to sue the agency last year.",
    HEARING + "Senator Ana Costa said the committee would subpoena the agency's director next week.",
    '"The army would strike the rebels if they attacked," a retired general told reporters.',
])
def test_no_hesitation_denied_no_threat(article, text):
    assert not any(plover == "THREATEN" for plover, *_ in _events(article, text))

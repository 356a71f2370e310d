"""A demand told by an obligation verb rather than "must": "Y needs to withdraw", and in a report the speaker's
"needs" moved back, "said Y needed to withdraw" (modality.yaml obliging_forms, reported_obliging_forms)."""

import pytest

from eventscope.records import Article


def _coded(coder, text):
    coded = coder.code_doc(Article(id="a", text=text), coder.nlp(text))
    return [(e.event.plover, e.modality, e.trigger.text) for e in coded.events]


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger", [
    ("Chile said Peru needs to secure its northern border.", "secure"),
    ("The Dutch foreign minister said Belgium needed to tighten its gun laws.", "tighten"),
    ("Kenya says Uganda has to reopen the border crossing.", "reopen"),
])
def test_an_obligation_put_on_another_actor_is_a_demand(pipeline_coder, text, trigger):
    coded = _coded(pipeline_coder, text)
    assert [plover for plover, _, _ in coded] == ["REQUEST"] and trigger in coded[0][2]


@pytest.mark.slow
def test_a_reported_needed_makes_a_coded_act_the_demanded_one_not_the_deed(pipeline_coder):
    coded = _coded(pipeline_coder, "The German chancellor said Russia needed to withdraw its troops from the border.")
    assert [plover for plover, _, _ in coded] == ["REQUEST"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Chilean minister said we need to stay calm.",  # the speaker's own duty
    "Chile said Peru does not need to secure its northern border.",  # no obligation
    "The captain said the crew had to abandon the ship.",  # "had to" tells what was
    "Experts believe Iran needed to build more centrifuges.",  # no report: a past need
    "The senator said a court will have to answer the letters.",  # a forecast, no demand
])
def test_no_demand_where_no_one_is_bidden_by_another(pipeline_coder, text):
    assert not [c for c in _coded(pipeline_coder, text) if c[0] == "REQUEST"]

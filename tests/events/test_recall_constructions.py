"""Session 38 (recall census of the dev tune half and the political tuning sets): constructions no trigger read, and a
side's own word of its coming act that the confidence floor dropped. Unseen sentences, read after a political page's
lead (fairpage.py) by the whole-article pipeline."""
from __future__ import annotations

import pytest
from fairpage import acts_after_lead


@pytest.mark.parametrize("sentence", [
    "The foreign minister said he had raised the issue with his Dutch counterpart.",
    "Belgium's prime minister raised the matter with the Chinese ambassador on Tuesday.",
    "The minister said he had raised the quotas with the European Commission.",
    "The minister said she raised it with her German counterpart.",
])
def test_a_matter_raised_with_another_actor_is_a_talk(article, sentence):
    acts = acts_after_lead(article, sentence)
    assert any(plover == "CONSULT" and source and targets and targets[0] for plover, source, targets in acts), acts


@pytest.mark.parametrize("sentence", [
    "The farmers' union raised money with a concert for the flooded villages.",
    "The union raised its fees with the new year.",
])
def test_money_or_a_price_raised_with_something_is_no_talk(article, sentence):
    assert not any(plover == "CONSULT" for plover, _, _ in acts_after_lead(article, sentence))


@pytest.mark.parametrize("sentence", [
    "The two governments initialled a customs agreement in 2019, and neither has ratified it since.",
    "Belgium and the Netherlands initialed the draft treaty in The Hague last spring.",
])
def test_a_text_initialled_by_its_parties_is_agreed(article, sentence):
    assert any(plover == "SUPPORT" for plover, _, _ in acts_after_lead(article, sentence))


@pytest.mark.parametrize("sentence", [
    "The minister said the government would comply with the court's ruling.",
    "The minister said the Belgian government would comply with the Constitutional Court's decision.",
])
def test_a_sides_own_word_that_it_will_yield_is_kept(article, sentence):
    # (own_side_report 0.8: told by its own side outside quotes, the act a model weighs as a third party's report)
    assert any(plover == "CONCEDE" for plover, _, _ in acts_after_lead(article, sentence))

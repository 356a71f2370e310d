"""Countries an unknown group or a region's body should not take (session 27), on the real model: a neighbour
named as a direction ("fighting near the border with China") is no recent actor whose country the next actors
take; an English word some region is also called ("Free", "Unity") opening a body's name names no region; a
region's name before "House" is the region's legislature. The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes

from eventscope.records import Article


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "country"), [
    ("Sudan's army shelled the town on Monday. The Free Darfur Brigades, who hold ground along the border with "
     "Chad, accused the army of killing civilians.", "civilians", "SDN"),
    ("Myanmar's army has lost dozens of towns this year. Fighters attacked a base near the border with Thailand. "
     "The group said it had seized weapons, and civilians fled.", "civilians", "MMR"),
])
def test_a_neighbour_named_as_a_direction_lends_no_country(pipeline_coder, text, words, country):
    assert [code[:3] for code in mention_codes(pipeline_coder, text, words)] == [country]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Sudan's army shelled the town on Monday. The Free Darfur Brigades, who hold ground along the border with "
     "Chad, accused the army of killing civilians.", "The Free Darfur Brigades", "SDNMIL"),
    ("South Sudan's president met rebels on Monday. The Unity Democratic Front accused the government of stalling.",
     "The Unity Democratic Front", "SSDPTY"),
])
def test_a_common_word_opening_a_name_is_no_region(pipeline_coder, text, words, code):
    codes = mention_codes(pipeline_coder, text, words)
    assert codes == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The Texas House passed the bill, and the governor signed it.", "The Texas House", "USALEG"),
    ("The Ohio Senate rejected the plan.", "The Ohio Senate", "USALEG"),
    ("The Ohio House of Representatives passed the bill.", "The Ohio House of Representatives", "USALEG"),
])
def test_a_regions_house_is_its_legislature(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), [
    ("Mali's junta took power in 2021. It expelled French troops in 2022. Prices rose sharply. Schools closed for "
     "months. Farmers left their fields. Algeria said on Monday that it was ready to mediate. Algeria's president "
     "invited the junta to talks.", "MLIGOV"),
])
def test_the_junta_named_long_before_is_still_that_states(pipeline_coder, text, code):
    assert mention_codes(pipeline_coder, text, "the junta") == [code]


@pytest.mark.slow
def test_the_government_named_long_before_may_be_another_states(pipeline_coder):
    # (the rule the junta is an exception to: 'the government' far from 'Mali's government' takes no country from it)
    text = ("Mali's government took power in 2021. It expelled French troops in 2022. Prices rose sharply. Schools "
            "closed for months. Farmers left their fields. Algeria said on Monday that it was ready to mediate. "
            "Algeria's president invited the government to talks.")
    assert "same noun before" not in " ".join(
        m.actor.reason for m in pipeline_coder.context(Article(id=Article.make_id(text), text=text),
                                                       pipeline_coder.nlp(text)).mentions
        if m.actor.text == "the government")

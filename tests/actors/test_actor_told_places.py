"""Countries from context that cues show wrong (session 25), on the real model: a place inside what a speaker
tells (a reported clause, or after ", saying" / ", warning that") does not locate the speaker nor the one
addressed; a capitalised word before an office any body has ("a Commission spokesman") names again the
organisation named before whose name ends with it. The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Chile's farmers have faced falling prices all year. Chile's government says the harvest was poor.\n\n"
     "Opposition leader Maria Vidal blamed the government for the shortages, saying the prime minister had "
     "\"handed the grain trade to traders in Peru.\"", "Opposition leader Maria Vidal", "CHLOPP"),
    ("Grain prices in Chile fell again this month, and Chile's farmers are angry.\n\n"
     "The national farmers' union urged the ministry on Monday to act quickly, warning that cheap grain from mills "
     "in Argentina was flooding local markets.", "The national farmers' union", "CHLLAB"),
    ("Grain prices in Chile fell again this month, and Chile's farmers are angry.\n\n"
     "The national farmers' union urged the ministry on Monday to act quickly, warning that cheap grain from mills "
     "in Argentina was flooding local markets.", "the ministry", "CHLGOV"),
])
def test_a_place_the_speaker_tells_of_is_not_the_speakers(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("WARSAW, May 3 (Reuters) - Poland's parliament passed a law on Friday that limits foreign funding of "
     "newspapers. The European Commission said it was studying the text.\n\n"
     "A Commission spokesman said the law raised concerns and urged Warsaw to delay it.",
     "A Commission spokesman", "IGOEU"),
])
def test_an_office_of_an_organisation_named_before_by_its_last_word(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
def test_a_place_where_the_speaker_acts_still_locates_it(pipeline_coder):
    # (the place is in the speaker's own clause, not in what it tells)
    text = ("Grain prices in Chile fell again this month.\n\n"
            "The farmers' union in Argentina blocked roads on Monday, saying prices were too low.")
    assert mention_codes(pipeline_coder, text, "The farmers' union in Argentina") == ["ARGLAB"]

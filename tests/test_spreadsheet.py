"""spreadsheet.text_cell: a text cell a spreadsheet would run as a formula is shown as text instead."""

import pytest

from eventscope.spreadsheet import text_cell


@pytest.mark.parametrize("text", ["=HYPERLINK(\"x\")", "+1 spoke", "-rebels", "@sum", "\t=1", "\r=1"])
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_apostrophe(text):
    assert text_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Valdoria", "", "a=b", " =1"])
def test_other_text_is_left_as_it_is(text):
    assert text_cell(text) == text

"""cli/tables: rows written as a terminal table, CSV or JSON lines. Rows built by hand."""

import io
import json
from datetime import date

import pytest

from eventscope.cli.tables import render_table, write_rows

ROWS = [{"code": "VALGOV", "events": 12, "name": "Government of Valdoria"},
        {"code": "MRQ", "events": 3, "name": "Marquesa  \n with a line break"}]


def test_a_table_lines_up_its_columns_under_a_rule():
    lines = render_table(ROWS, ["code", "events"]).splitlines()
    assert lines == ["code    events", "------  ------", "VALGOV  12", "MRQ     3"]


def test_a_long_cell_is_cut_with_an_ellipsis_and_its_white_space_folded():
    lines = render_table(ROWS, ["name"], max_cell=12).splitlines()
    assert lines[2:] == ["Government …", "Marquesa wi…"]


def test_csv_and_jsonl_write_every_row_and_say_how_many():
    out = io.StringIO()
    assert write_rows(iter(ROWS), ["code", "events"], "csv", out) == 2
    assert out.getvalue().splitlines() == ["code,events", "VALGOV,12", "MRQ,3"]
    out = io.StringIO()
    assert write_rows([{"code": "VAL", "day": date(2024, 5, 16)}], ["code", "day", "missing"], "jsonl", out) == 1
    assert json.loads(out.getvalue()) == {"code": "VAL", "day": "2024-05-16", "missing": None}


def test_csv_text_that_a_spreadsheet_would_run_is_kept_as_text_and_numbers_stay_numbers():
    out = io.StringIO()
    rows = [{"title": "=1+2", "goldstein": -5.0}, {"title": "@SUM(A1)", "goldstein": 3}]
    write_rows(rows, ["title", "goldstein"], "csv", out)
    assert out.getvalue().splitlines()[1:] == ["'=1+2,-5", "'@SUM(A1),3"]


def test_an_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="unknown format"):
        write_rows(ROWS, ["code"], "xml", io.StringIO())

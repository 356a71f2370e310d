"""The Python API gives the ids the command line gives (README, "From Python")."""

import json
from datetime import date

import pytest
from click.testing import CliRunner

import eventscope
from eventscope.cli import main

pytestmark = pytest.mark.slow

TEXT = "Russian President Vladimir Putin  visited Beijing on Thursday.\n\nHe met Chinese President Xi Jinping.  "


def test_code_text_gives_the_ids_of_eventscope_code(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(path), "--published", "2024-05-16", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    cli = [json.loads(line) for line in result.stdout.splitlines()]
    coded = eventscope.Coder().code_text(TEXT, published=date(2024, 5, 16))
    assert cli and [e["id"] for e in cli] == [e.id for e in coded.events]
    assert {e["article_id"] for e in cli} == {coded.article.id}
    assert eventscope.Coder().code_text(TEXT, id="wire-0042").article.id == "wire-0042"

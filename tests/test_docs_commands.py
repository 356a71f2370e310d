"""Every `eventscope ...` command the README and docs/*.md show (in a shell block or inline) still parses: each
option it names exists on that command. (A synopsis line with [optional] parts or a|b choices is skipped.)"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

import eventscope
from eventscope.cli import main

REPO = Path(eventscope.__file__).parents[2]
_BLOCK = re.compile(r"```(?:sh|bash|console)?\n(.*?)```", re.DOTALL)
_INLINE = re.compile(r"`(eventscope [^`]+)`")


def documented_commands() -> list[tuple[str, str]]:
    """(file, command line) for each distinct eventscope command line shown in the docs."""
    found: dict[str, str] = {}
    for doc in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        lines = [line.split(" #")[0].strip().removeprefix("$ ") for block in _BLOCK.findall(text)
                 for line in block.splitlines()]
        lines += [" ".join(span.split()) for span in _INLINE.findall(text)]
        for line in lines:
            if line.startswith("eventscope ") and not re.search(r"\.\.\.|\[|\|", line):
                found.setdefault(line, doc.name)
    return [(doc, line) for line, doc in found.items()]


def test_the_docs_show_commands():
    assert len(documented_commands()) > 20


@pytest.mark.parametrize(("doc", "line"), documented_commands(), ids=lambda value: value[:60])
def test_a_documented_command_parses(doc, line):
    result = CliRunner().invoke(main, [*shlex.split(line)[1:], "--help"])
    assert result.exit_code == 0, f"{doc}: {line}: {result.output}"

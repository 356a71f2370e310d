"""Checks on one invented sentence coded alone through the whole pipeline (`Coder.code_text`): whether an act of a
PLOVER type and a CAMEO code is coded, or none of a type or code is. Shared by the tests of the lexicon's acts."""

from __future__ import annotations

from eventscope.pipeline import Coder


def _coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.event.cameo, e.event.plover, e.trigger.text) for e in coder.code_text(text).events]


def assert_act_coded(coder: Coder, text: str, plover: str, code: str) -> None:
    """An event of type `plover` whose CAMEO code starts with `code` is coded."""
    coded = _coded(coder, text)
    assert any(p == plover and cameo.startswith(code) for cameo, p, _ in coded), coded


def assert_no_act(coder: Coder, text: str, plover: str | None = None, code: str | None = None) -> None:
    """No event of type `plover` (if given) and none of exactly the CAMEO code `code` (if given) is coded."""
    coded = _coded(coder, text)
    assert not any((plover is not None and p == plover) or (code is not None and cameo == code)
                   for cameo, p, _ in coded), coded

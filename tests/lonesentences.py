"""Checks on one invented sentence coded alone through the whole pipeline (`Coder.code_text`): whether an act of a
PLOVER type and a CAMEO code is coded, or none of a type or code is. Shared by the tests of the lexicon's acts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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


def act_table_tests(found: list[tuple[str, str, str]], not_found: list[tuple[str, str]],
                    not_found_by: str = "code") -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a module's table of acts, for the module to bind to its own names: each (sentence, PLOVER
    type, CAMEO code it starts with) of `found` is coded, and each (sentence, unwanted) of `not_found` is not,
    `unwanted` being a CAMEO code (or, with not_found_by="plover", a PLOVER type)."""

    @pytest.mark.slow
    @pytest.mark.parametrize(("text", "plover", "code"), found)
    def test_the_act_is_coded(pipeline_coder: Coder, text: str, plover: str, code: str) -> None:
        assert_act_coded(pipeline_coder, text, plover, code)

    @pytest.mark.slow
    @pytest.mark.parametrize(("text", "unwanted"), not_found)
    def test_the_same_words_of_no_act_are_not(pipeline_coder: Coder, text: str, unwanted: str) -> None:
        assert_no_act(pipeline_coder, text, **{not_found_by: unwanted})

    return test_the_act_is_coded, test_the_same_words_of_no_act_are_not

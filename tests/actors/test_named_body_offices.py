"""An office with a body's name as its modifier ("a Nestwell spokesman", "the Corlane chairman") is an office of that
body, as "Nestwell's spokesman" is: a company's spokesman holds no state office. An office named with a state's or a
known body's name keeps its own reading ("a Kremlin spokesman"). On the real model; the sentences were written for
this test (session 27)."""

from __future__ import annotations

import pytest

from eventscope.records import Article


def sectors(coder, text: str) -> dict[str, tuple[str | None, list[str]]]:
    doc = coder.nlp(text)
    mentions = coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
    return {m.actor.text: (m.actor.country, list(m.actor.sectors)) for m in mentions}


@pytest.mark.slow
@pytest.mark.parametrize("text, office", [
    ("A Nestwell spokesman rejected the criticism from the consumer group.", "spokesman"),
    ("A Harlow spokeswoman said the company would offer severance to its workers.", "spokeswoman"),
])
def test_an_office_named_with_a_companys_name_is_the_companys(pipeline_coder, text, office):
    found = sectors(pipeline_coder, text)
    held = next(sectors for words, sectors in found.items() if words.endswith(office))
    assert "GOV" not in held[1], found


@pytest.mark.slow
def test_an_office_named_with_a_states_name_keeps_its_state(pipeline_coder):
    found = sectors(pipeline_coder, "A Kremlin spokesman rejected the criticism from Washington.")
    assert found["A Kremlin spokesman"] == ("RUS", ["GOV"]), found

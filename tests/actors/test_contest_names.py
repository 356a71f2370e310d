"""A body's phrase that names a cup or a championship (sectors.yaml contest_names: "the Nations Cup", "their Nations
Cup title", "the Africa Cup of Nations") is the contest, no body of states; the United Nations and "the nations of
the Gulf" stay actors. On the real model; the sentences were written for this test (session 30)."""

from __future__ import annotations

import pytest

from eventscope.records import Article


def codes(coder, text: str) -> dict[str, str]:
    doc = coder.nlp(text)
    mentions = coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
    return {m.actor.text: m.actor.code for m in mentions}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Ireland defended their Nations Cup title in Dublin on Sunday with four clear rounds.",
    "Senegal will host the Africa Cup of Nations, and the draw takes place in March.",
])
def test_a_cups_name_is_no_body_of_states(pipeline_coder, text):
    found = codes(pipeline_coder, text)
    assert not any("Nations" in words for words in found), found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), [
    ("The United Nations condemned the attack on the convoy.", "United Nations"),
    ("The nations of the Gulf agreed to a new customs union on Monday.", "nations"),
])
def test_nations_that_name_no_cup_stay_actors(pipeline_coder, text, words):
    found = codes(pipeline_coder, text)
    assert any(words in named for named in found), found

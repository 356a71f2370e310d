"""A country's name after a contest's title ("Miss Peru", "Mister Kenya": sectors.yaml contest_titles) is a pageant's
contestant, the country's person with no sector, no state; the bare name, and the word "miss" as a verb, keep the
state. On the real model; the sentences were written for this test (session 31)."""

from __future__ import annotations

import pytest

from eventscope.records import Actor, Article


def actors(coder, text: str) -> dict[str, Actor]:
    doc = coder.nlp(text)
    mentions = coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
    return {m.actor.text: m.actor for m in mentions}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Miss Peru withdrew from the pageant with a sprained ankle on Thursday.", "Miss Peru", "PER"),
    ("The judges crowned Mister Kenya after the swimwear round in Durban.", "Mister Kenya", "KEN"),
    ("Fans cheered when Miss Ghana and Miss Chile reached the last five.", "Miss Chile", "CHL"),
])
def test_a_country_after_a_contest_title_is_a_contestant(pipeline_coder, text, name, country):
    found = actors(pipeline_coder, text)
    assert name in found, found
    contestant = found[name]
    assert (contestant.kind, contestant.country, list(contestant.sectors)) == ("person", country, []), contestant


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    # (the state by its bare name, and "miss" the verb, lower case, before a name)
    ("Peru withdrew its ambassador from Lima's neighbour after the pageant row.", "Peru"),
    ("Officials said they would not miss Kenya's deadline for the border talks.", "Kenya"),
])
def test_a_bare_country_name_stays_the_state(pipeline_coder, text, name):
    found = actors(pipeline_coder, text)
    assert name in found and found[name].kind == "state", found

"""A person renamed by an office a possessive says whose ("Ann Ode, the charity's director") is of the body that
possessive refers to, as "the charity's director" alone is, not of the story's country or the last state named;
an office of a state keeps its own reading. On the real model; the sentences were written for this test."""

from __future__ import annotations

import pytest

from eventscope.records import Article


def codes(coder, text: str) -> dict[str, str]:
    doc = coder.nlp(text)
    mentions = coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
    return {m.actor.text: m.actor.code for m in mentions}


@pytest.mark.slow
@pytest.mark.parametrize("text, person, country", [
    ('ROME — Italy refused to let the ship dock on Monday. Seawatch Rescue, a German charity, said its crew was '
     'exhausted. "They are playing games with lives," said Anna Keller, the charity\'s head of operations.',
     "Anna Keller", "DEU"),
    ("MADRID — Spain closed the border crossing at dawn. Alpine Relief, a Swiss charity, called the closure cruel. "
     "Its trucks were turned back, said Luis Moreno, the charity's field director.",
     "Luis Moreno", "CHE"),
])
def test_a_person_renamed_by_a_bodys_office_is_of_that_body(pipeline_coder, text, person, country):
    assert codes(pipeline_coder, text)[person].startswith(country)


@pytest.mark.slow
def test_a_states_office_in_apposition_keeps_its_state(pipeline_coder):
    found = codes(pipeline_coder, "PARIS — Jonas Berg, Norway's foreign minister, met French officials on Monday.")
    assert found["Jonas Berg"] == "NORGOV"

"""A place lends its country to an actor only from the actor's own clause, a clause reporting it, a clause the
place opens with "and", or a "where" clause after it; not across a clause that says when or which ("a counsellor
in Lima when the army overthrew the president": the army is not Peru's) (session 30). The texts were written for
this test."""

from __future__ import annotations

import pytest

from eventscope.records import ActorMention, Article


def _codes(pipeline_coder, text: str, words: str) -> list[str]:
    doc = pipeline_coder.nlp(text)
    mentions: list[ActorMention] = pipeline_coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
    return [m.actor.code for m in mentions if m.actor.text == words]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    # a "when" clause: where the subject of the main clause was is not where the army acted
    ("Bolivia's government remembered the coup on Monday.\n\n"
     "Mr. Rojas was a young diplomat at the embassy in Lima when the armed forces overthrew the president in 1971.",
     "the armed forces", "BOLMIL"),
    # an "after" clause: where officials meet is not where the soldiers died
    ("Chad and Sudan have clashed along their border for months.\n\n"
     "Chadian and Sudanese officials met in Nairobi on Monday for talks after border clashes killed four soldiers.",
     "four soldiers", None),
])
def test_a_place_in_another_clause_lends_no_country(pipeline_coder, text, words, code):
    codes = _codes(pipeline_coder, text, words)
    assert codes and all(not c.startswith(("PER", "KEN")) for c in codes)
    if code is not None:
        assert codes == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    # the place opens the sentence: it frames each "and" clause
    ("Talks on grain went on all week.\n\n"
     "In Peru, farmers blocked roads on Monday, and police fired tear gas at them.", "police", "PERCOP"),
    # a "where" clause says what happened at the place
    ("Talks on grain went on all week.\n\n"
     "Thousands marched through Lima to the square, where police fired tear gas at them.", "police", "PERCOP"),
    # the place frames the clause its speaker reports
    ("Talks on grain went on all week.\n\n"
     "In Lima, the minister said police had arrested twelve farmers.", "police", "PERCOP"),
])
def test_a_place_that_frames_the_clause_still_lends_its_country(pipeline_coder, text, words, code):
    assert _codes(pipeline_coder, text, words) == [code]

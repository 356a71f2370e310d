"""Session 39 (refusals39): an answer appended to a charge ("..., a charge Benin rejects") answers the nearest telling
before it when the sentence's first clause tells nothing: a participle of telling takes its doer from the clause it
hangs on ("Niger closed the border, accusing Cotonou of ..., a charge Benin rejects"), a relative clause its own
subject ("did not name Rwanda, which Kinshasa has accused of ..., a charge Kigali rejects"). Sentences invented for
the tests."""

import pytest

from eventscope.events.answers import answered_charges, load_answer_rules

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "answerer", "accuser"), [
    ("Mali shut its embassy in Dakar, accusing Senegal of sheltering the plotters, a charge Senegal rejects.",
     "Senegal", "Mali"),
    ("Peru expelled the envoy last week, blaming Bolivia for the riots, an accusation La Paz denies.", "Paz", "Peru"),
    ("The report did not name Uganda, which Kenya has accused of training the rebels, a charge Kampala rejects.",
     "Kampala", "Kenya"),
])
def test_an_answer_answers_the_nearest_telling(nlp, text, answerer, accuser):
    doc = nlp(text)
    acts = answered_charges(doc[:], [t.text.lower() for t in doc], load_answer_rules(), "016")
    assert [(a.speakers[0].text, a.spoken_of[0].text) for a in acts] == [(answerer, accuser)]


@pytest.mark.parametrize("text", [
    # no telling before the answer: nothing was charged
    "Mali shut its embassy in Dakar last year, building a new one in Thies, a claim Senegal disputes.",
    # a relative pronoun as the teller names no one
    "Chad built the dam, which says nothing of the river, a claim Niger disputes.",
])
def test_no_answer_without_a_telling_that_names_its_maker(nlp, text):
    doc = nlp(text)
    assert answered_charges(doc[:], [t.text.lower() for t in doc], load_answer_rules(), "016") == []


def test_the_answer_to_a_participle_is_coded(article):
    events = article.code_text("Mali shut its embassy in Dakar, accusing Senegal of sheltering the plotters, "
                               "a charge Senegal rejects.").events
    assert ("SEN", "MLI") in [(e.source[0].country, e.target[0].country) for e in events
                              if e.event.plover == "REJECT" and e.source and e.target]

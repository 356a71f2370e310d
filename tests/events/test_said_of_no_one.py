"""Session 28 (quotes28), from the false alarms of the quoted sentences of the tuning sets: a judgement said of no one
('"No one is above the law"', "nobody here is corrupt", "none of our officers is a criminal", "no official acted
illegally") states a rule or clears a side and judges no one (speech.yaml no_one_words, no_one_determiners;
events/speech._said_of_no_one); said of someone named it still judges. Sentences invented for the tests, each read as
a whole article. Measured when written: on main 63a28db 4 of the 5 judgements of no one were coded ACCUSE."""

import pytest
from eventpicks import coded_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    'Pakistan arrested two journalists on Monday. "No one is above the law, whether he holds a camera or runs a '
    'charity," the Pakistani information minister said.',
    'Spain\'s interior minister defended the police on Friday. "None of our officers is a criminal," he said.',
    'The Hungarian prime minister denied pressuring the judges. "Nobody is being blackmailed," he said on Tuesday.',
    'The Brazilian justice minister defended the inquiry. "Nobody in this government is corrupt," she said.',
    'The Greek minister rejected the report on Monday. "No official acted illegally," he told reporters in Athens.',
])
def test_a_judgement_said_of_no_one_judges_no_one(article, text):
    assert "ACCUSE" not in coded_types(article, text)


@pytest.mark.parametrize("text", [
    'The Brazilian opposition leader said on Monday that the justice minister was corrupt.',
    '"The interior minister is a liar," the Spanish opposition leader said on Friday.',
    '"The police acted illegally," the Greek opposition leader told reporters in Athens.',
])
def test_a_judgement_said_of_someone_stays(article, text):
    assert "ACCUSE" in coded_types(article, text)

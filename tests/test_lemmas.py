from __future__ import annotations

import spacy

from eventscope.events.matching import lemma_of as lemma_of_events
from eventscope.lemmas import lemma_of


def test_a_lemma_is_read_in_lower_case_the_same_for_every_stage():
    doc = spacy.blank("en")("Ministers Condemned the raid")
    doc[0].lemma_, doc[1].lemma_ = "Minister", "CONDEMN"
    assert [lemma_of(t) for t in doc[:2]] == ["minister", "condemn"]
    assert lemma_of_events is lemma_of  # (the event stages' name for the same function)


def test_a_lemma_changed_after_it_was_read_is_read_anew():
    # (the event coder mends the model's lemma slips on verbs after the actor stages have read them)
    doc = spacy.blank("en")("They staged a protest")
    doc[1].lemma_ = "stag"
    assert lemma_of(doc[1]) == "stag"
    doc[1].lemma_ = "Stage"
    assert lemma_of(doc[1]) == "stage"

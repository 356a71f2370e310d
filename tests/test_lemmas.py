from __future__ import annotations

import spacy

from eventscope.events.matching import lemma_of as lemma_of_events
from eventscope.lemmas import lemma_of


def test_a_lemma_is_read_in_lower_case_the_same_for_every_stage():
    doc = spacy.blank("en")("Ministers Condemned the raid")
    doc[0].lemma_, doc[1].lemma_ = "Minister", "CONDEMN"
    assert [lemma_of(t) for t in doc[:2]] == ["minister", "condemn"]
    assert lemma_of_events is lemma_of  # (the event stages' name for the same function)

"""People seized are abducted, things seized are confiscated (session 28, from a dev tune false COERCE: people seized
with the verb that shares their object). triggers.yaml 181 objects of "seize" and "grab": people of any calling, not
only hostages and tourists; senses.yaml recodes: the police or the courts seizing people arrest them (173);
matching._raised_objects: "seizing and shooting the guests" seizes the guests too. Invented sentences."""

import pytest
from eventpicks import coded_types, word_token

from eventscope.events.matching import object_tokens


@pytest.mark.parametrize(("text", "verb", "shared"), [
    ("Militants stormed the hotel, seizing and shooting foreign guests.", "seizing", "guests"),
    ("The minister condemned and rejected the ruling.", "condemned", "ruling"),
    ("Rebels looted or burned the clinics.", "looted", "clinics"),
])
def test_two_verbs_joined_before_their_object_share_it(nlp, text, verb, shared):
    assert [t.text for t in object_tokens(word_token(nlp(text), verb), None, frozenset())] == [shared]


@pytest.mark.parametrize(("text", "verb"), [
    # a verb with an object of its own keeps it; a second verb with a subject of its own is another clause
    ("The army shelled the town and killed five civilians.", "shelled"),
    ("The envoy arrived and the minister received him.", "arrived"),
])
def test_a_verb_with_its_own_object_or_clause_shares_none(nlp, text, verb):
    objects = [t.text for t in object_tokens(word_token(nlp(text), verb), None, frozenset())]
    assert objects in ([], ["town"])


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen seized three foreign engineers in the Niger Delta on Tuesday.",
    "Armed men seized the aid workers from their compound in Darfur.",
    "The workers were seized from their homes by Argentine soldiers in 1977.",
    "Jihadists grabbed the schoolgirls from their dormitory in northern Nigeria.",
    "Islamist fighters seized two French journalists near Gao.",
])
def test_people_seized_are_abducted(article, text):
    plovers = coded_types(article, text)
    assert "ASSAULT" in plovers
    assert "COERCE" not in plovers


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the police seizing people arrest them
    "Kenyan police seized three journalists during the march in Nairobi.",
    # things seized are confiscated
    "Pirates seized a Greek tanker off the coast of Somalia.",
    "Kenyan police seized the opposition leader's passport.",
    "The Egyptian government seized the assets of the former minister.",
])
def test_arrests_and_things_seized_are_coercion(article, text):
    plovers = coded_types(article, text)
    assert "COERCE" in plovers
    assert "ASSAULT" not in plovers

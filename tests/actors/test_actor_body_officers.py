"""An office that international bodies' officers hold ("High Commissioner", "Special Representative", "Executive
Director": titles.yaml body_officer_titles), held by a person whose own words name no country nor body, serves the
international organisation or NGO named last in the person's sentence or the two before, not the state the places,
the dateline or the story around would guess (session 36); later mentions of the person (surname, pronoun) carry it.
With no such body in reach, or a country in the person's own words, the guess stands. The texts were written for this
test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes, page_codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "body"), [
    # the body in the sentence before, a place of the story nearer
    ("The World Health Organization said on Monday that clinics in Malawi and Zambia had run out of vaccines. "
     "\"We cannot wait,\" Director-General Ines Varga told reporters in Lusaka.", "Director-General Ines Varga", "IGO"),
    # two sentences before, the dateline's state in between
    ("NAIROBI, May 3 - The UN children's agency appealed for $200 million on Tuesday. "
     "Kenya's drought has left three million people short of food. "
     "Executive Director Pablo Arce said the agency had cut rations.", "Executive Director Pablo Arce", "IGO"),
    # an NGO's officer
    ("Doctors Without Borders pulled its teams out of two hospitals in Haiti on Friday. "
     "Secretary General Mira Holt said the gangs had threatened the staff.", "Secretary General Mira Holt", "NGO"),
    # the body named after him in his own sentence
    ("Fighting spread across northern Mali on Wednesday. "
     "Special Representative Omar Ndiaye told the UN Security Council that rebels held four towns.",
     "Special Representative Omar Ndiaye", "IGO"),
])
def test_an_officer_serves_the_body_named_before(pipeline_coder, text, words, body):
    codes = mention_codes(pipeline_coder, text, words)
    assert codes and all(code.startswith(body) for code in codes)


@pytest.mark.slow
def test_surname_and_pronoun_follow_the_officer(pipeline_coder):
    codes = page_codes(pipeline_coder, (
        "The UN refugee agency warned on Thursday that camps in Chad were full. "
        "High Commissioner Lena Moritz said donors had given less than half of what was needed. "
        "Moritz urged Chad to open a new site. She also asked France for planes."))
    assert [code[:3] for words, code in codes if words in ("Moritz", "She")] == ["IGO", "IGO"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "wrong"), [
    # no body in reach: the story's guess stands
    ("Protesters marched on the parliament in Lima on Monday. "
     "Executive Director Rosa Quispe said the march was peaceful.", "Executive Director Rosa Quispe", "IGO"),
    # the body three sentences back is out of reach
    ("UNICEF opened a school in Gao. Rebels attacked the town in March. The army retook it in May. "
     "Police in Gao arrested two men on Monday. Special Envoy Ali Traore said the town was calm.",
     "Special Envoy Ali Traore", "IGO"),
    # the officer's own words name his state
    ("The European Union imposed sanctions on Belarus on Monday. "
     "Russia's special envoy, Ivan Orlov, called the measures illegal.", "Russia's special envoy, Ivan Orlov", "IGO"),
    # an office states have too is no cue ("the minister")
    ("The International Monetary Fund approved a loan on Monday. "
     "Finance Minister Aya Mensah welcomed the decision in Accra.", "Finance Minister Aya Mensah", "IGO"),
])
def test_no_body_in_reach_or_a_state_named_no_body(pipeline_coder, text, words, wrong):
    codes = mention_codes(pipeline_coder, text, words)
    assert codes and not any(code.startswith(wrong) for code in codes)

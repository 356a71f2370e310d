"""Companies' fights with companies (session 25): in a whole article, criticism, accusations or talks between
companies are a market's fights, which the codebook does not code (senses.yaml business_sectors); a company acting
on a state, and people acting on a company, stay. Invented articles."""

import pytest

pytestmark = pytest.mark.slow

TITLE = "Ministers clear Nordmilk's purchase of Marrow Foods"
TEXT = (TITLE + "\n"
        "FRANKFURT, March 3 - Germany's competition authority on Tuesday approved the Danish dairy group Nordmilk's "
        "purchase of Marrow Foods, and the economy minister said the government would not block it.\n"
        "Some investors criticised Nordmilk for paying too much.\n"
        "Shareholders accused the dairy group of hiding its debts.\n"
        "Residents near Marrow's plant in Kassel criticised the company for polluting the river.\n"
        "The farmers' union, which had threatened to protest against the deal, said the minister had listened.\n"
        "The opposition Greens accused the government of selling off a national champion.")


def test_investors_criticising_a_company_are_no_event_but_residents_and_parties_are(pipeline_coder):
    events = pipeline_coder.code_text(TEXT, title=TITLE).events
    told = [(e.sentence_index, e.trigger.text, e.event.plover) for e in events]
    assert not [t for t in told if t[0] in (3, 4)], told
    assert (5, "criticised", "ACCUSE") in told and (7, "accused", "ACCUSE") in told, told

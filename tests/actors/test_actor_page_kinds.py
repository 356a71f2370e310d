"""Whose country in lists and in a body's own voice (session 28), on the real model:
- a factbox or briefing line opened by a country's name and a colon or dash ("GERMANY: The foreign ministry said
  ...", "Chile - Police arrested ...") makes its item's actors with no country of their own that country's, not the
  page's or the previous item's; one such line alone is a dateline, and says nothing;
- "the Ministry" with a capital is the short name of the body named in full before ("the Ministry of Foreign
  Affairs of Latvia"), however far back, not another ministry named in between;
- a dateline where others meet ("GENEVA - Yemen's government and Houthi rebels held talks in the Swiss city") is the
  host's, not the country of the actors the page leaves without one; a host that is a party to the meeting keeps it.
The texts were written for these tests."""

from __future__ import annotations

import pytest
from page_mentions import code_of, page_codes

FACTBOX = (
    "Nov 20 - Troops in Niger arrested the prime minister on Thursday. Here is how governments reacted:\n"
    "GERMANY: The foreign ministry said it was deeply concerned and urged the soldiers to free him.\n"
    "Canada - The foreign ministry called for calm.\n"
    "JAPAN: A government spokesman said Tokyo was watching closely.\n")

BRIEFING = (
    "World news in brief\n"
    "CHILE - Police arrested 12 students after a march in the capital turned violent.\n"
    "KENYA - The navy seized a boat carrying weapons off the coast, the defence ministry said.\n"
    "PERU - The interior minister resigned after a vote of censure.\n")

ONE_DATELINE = "MALI - Soldiers detained two journalists in Gao, the army said. French officials condemned the arrests.\n"

RELEASE = (
    "Press release\n"
    "The Ministry of Foreign Affairs of Latvia condemns the detention of a Latvian journalist in Minsk.\n"
    "Our embassy has asked the Belarusian Foreign Ministry for an explanation.\n"
    "Yesterday the Ministry summoned the chargé d'affaires of Belarus.\n"
    "The Ministry will keep the public informed.\n")


@pytest.mark.slow
def test_each_item_of_a_factbox_is_its_headers_country(pipeline_coder):
    codes = page_codes(pipeline_coder, FACTBOX)
    assert code_of(codes, "The foreign ministry") == "DEUGOV", codes
    assert code_of(codes, "The foreign ministry", 2) == "CANGOV", codes
    assert code_of(codes, "A government spokesman") == "JPNGOV", codes


@pytest.mark.slow
def test_each_item_of_a_briefing_is_its_headers_country(pipeline_coder):
    codes = page_codes(pipeline_coder, BRIEFING)
    assert code_of(codes, "Police") == "CHLCOP", codes
    assert code_of(codes, "The navy") == "KENMIL", codes
    assert code_of(codes, "The interior minister") == "PERGOV", codes


@pytest.mark.slow
def test_one_line_so_opened_is_no_list(pipeline_coder):
    codes = page_codes(pipeline_coder, ONE_DATELINE)
    assert code_of(codes, "French officials") == "FRAGOV", codes


@pytest.mark.slow
def test_a_capitalised_ministry_is_the_one_named_in_full(pipeline_coder):
    codes = page_codes(pipeline_coder, RELEASE)
    assert code_of(codes, "the Ministry") == "LVAGOV", codes
    assert code_of(codes, "The Ministry") == "LVAGOV", codes
    assert code_of(codes, "the Belarusian Foreign Ministry") == "BLRGOV", codes


TALKS_ABROAD = (
    "JEDDAH, Saudi Arabia (Reuters) - Sudan's army and a coalition of rebel groups signed a truce in the Saudi city of "
    "Jeddah on Monday, mediators said.\n"
    "The rebels agreed to open three corridors for aid convoys.\n")

TALKS_IN_GENEVA = (
    "GENEVA (AP) - Yemen's government and Houthi rebels held talks in the Swiss city on Tuesday over a prisoner "
    "exchange.\nGovernment negotiators said the rebels had agreed to free 200 soldiers. Swiss police closed the road.\n")

VISIT_TO_THE_HOST = (
    "CAIRO (Reuters) - Sudan's army chief met Egypt's president in Cairo on Monday to discuss the war.\n"
    "Officials said the two men agreed to reopen a border crossing.\n")


@pytest.mark.slow
def test_a_dateline_where_others_meet_is_the_host_not_their_country(pipeline_coder):
    codes = page_codes(pipeline_coder, TALKS_ABROAD)
    assert code_of(codes, "rebel groups") == "SDNREB", codes
    assert code_of(codes, "The rebels") == "SDNREB", codes
    codes = page_codes(pipeline_coder, TALKS_IN_GENEVA)
    assert code_of(codes, "Government negotiators") == "YEMGOV", codes
    assert code_of(codes, "Swiss police") == "CHECOP", codes


@pytest.mark.slow
def test_a_host_named_as_a_party_keeps_the_dateline(pipeline_coder):
    codes = page_codes(pipeline_coder, VISIT_TO_THE_HOST)
    assert code_of(codes, "Officials") == "EGYGOV", codes

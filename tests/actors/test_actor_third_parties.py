"""Whose country, when a third party stands near the parties (session 29), on the real model:
- a guarantor of a deal or a witness to its signing ("witnessed by envoys of Egypt, who will act as guarantors") is
  no recent actor: the actors named after it with no country of their own do not take its country;
- "whose" names the noun its clause describes ("President Ode, whose government hosted the talks": hers), and a
  later "the government" does not repeat it;
- a multi-word demonym on the venue ("in the South Sudanese capital") describes a place, so the dateline's country
  is the host of the talks, not the parties';
- a person of an office the dateline would place takes the country an apposition to a later mention of the surname
  says ("Commerce Secretary Ana Lopez ... Lopez, the U.S. commerce secretary,");
- a page in a body's own voice (a press release: "The Ministry of Foreign Affairs of Chile condemns ...") makes its
  "our embassy" outside quotes that body's country's; a news report, which tells what was done, has no such voice;
- a dateline where others meet is the host's though the subject's country is only named inside its words
  ("GENEVA - Negotiators from Yemen's government and the Houthis met ...", asked for by a headline before the
  subject is placed), and the negotiators are not Swiss;
- people at an international body ("judges at the European Court of Human Rights") are that body's, not the
  dateline's nor the story's country;
- a title alone in one item of a factbox ("the president's wife" under FRANCE) is not the holder named in another
  item (Senegal's president), but the one the items react to;
- an item headed by a body of states ("ECOWAS: Officials threatened sanctions") is that body's;
- "the country" acted on or spoken of is not the state that is the subject of its own clause ("Washington was
  reviewing its aid to the country": not the United States; here no state named bare is left, so none).
The texts were written for these tests."""

from __future__ import annotations

import pytest
from page_mentions import code_of, page_codes

SIGNING = (
    "Somalia and militias sign accord in Nairobi\n"
    "NAIROBI, Nov 20 - Somalia's government and two clan militias signed an accord on Friday in the Kenyan capital, "
    "ending a year of clashes.\n"
    "The accord was witnessed by Kenyan President William Ruto, whose government hosted the talks, and by envoys of "
    "Egypt, who will act as guarantors.\n"
    "Under the accord the militias will leave three towns, and the government will free 150 detainees.\n")

VENUE = (
    "Sudan and rebels sign truce in Juba\n"
    "JUBA, Nov 20 - Sudan's government and two rebel movements signed a truce on Friday in the South Sudanese "
    "capital.\n"
    "Under the deal the rebels will withdraw from two towns.\n")

RENAMED = (
    "Border deal signed\n"
    "WARSAW, Nov 20 - Interior Minister Klaus Berger signed a border policing deal on Thursday.\n"
    "Berger, Germany's interior minister, said police would join patrols on the Oder. Polish farmers protested.\n")

VOICE = (
    "Statement on the arrest of a Chilean journalist\n"
    "Press release | 12.11.2026 | Santiago\n"
    "The Ministry of Foreign Affairs of Chile condemns the arrest of a Chilean journalist by Bolivian police in Oruro.\n"
    "Our embassy in La Paz has asked the Bolivian authorities for access to him.\n")

REPORT = (
    "LIMA, Nov 12 - The Chilean foreign ministry condemned on Tuesday the arrest of a journalist by Bolivian police.\n"
    "Our embassy has asked for access to him.\n")

NEGOTIATORS = (
    "Negotiators agree prisoner swap\n"
    "GENEVA - Negotiators from Yemen's government and the Houthi movement met in Geneva on Monday.\n"
    "The negotiators agreed to swap 300 prisoners. Swiss police guarded the venue.\n")

JUDGES = (
    "STRASBOURG, France - Judges at the European Court of Human Rights ruled on Tuesday that Azerbaijan had violated "
    "the rights of a jailed editor.\n")

FACTBOX = (
    "Nov 20 - Soldiers in Niger detained President Amadou Sani on Thursday. Here is how governments reacted:\n"
    "NIGERIA: President Bola Tinubu said Abuja would close the border.\n"
    "SPAIN: The foreign ministry said it had spoken to the president's family.\n")

BODY_ITEMS = (
    "Nov 20 - Soldiers in Niger detained President Amadou Sani on Thursday. Here is how governments reacted:\n"
    "UNITED STATES: Washington was reviewing its aid to the country, a spokesperson said.\n"
    "ECOWAS: Officials threatened sanctions.\n"
    "SPAIN: The foreign ministry said it was concerned.\n")


@pytest.mark.slow
def test_a_guarantor_and_a_witness_lend_no_country(pipeline_coder):
    codes = page_codes(pipeline_coder, SIGNING)
    assert code_of(codes, "envoys of Egypt") == "EGYGOV", codes
    assert code_of(codes, "the militias") == "SOMREB", codes
    assert code_of(codes, "150 detainees") == "SOMCVL", codes  # (not Egypt's, named just before)


@pytest.mark.slow
def test_whose_is_the_relatives_owner_and_not_repeated(pipeline_coder):
    codes = page_codes(pipeline_coder, SIGNING)
    assert code_of(codes, "government") == "KENGOV", codes
    assert code_of(codes, "the government") == "SOMGOV", codes


@pytest.mark.slow
def test_a_demonym_of_the_venue_makes_the_dateline_a_host(pipeline_coder):
    codes = page_codes(pipeline_coder, VENUE)
    assert code_of(codes, "the rebels") == "SDNREB", codes


@pytest.mark.slow
def test_a_title_in_a_factbox_item_is_not_another_items_holder(pipeline_coder):
    codes = page_codes(pipeline_coder, FACTBOX)
    assert code_of(codes, "President Bola Tinubu") == "NGAGOV", codes
    assert code_of(codes, "the president") == "NERGOV", codes


@pytest.mark.slow
def test_a_later_apposition_places_a_titled_person(pipeline_coder):
    codes = page_codes(pipeline_coder, RENAMED)
    assert code_of(codes, "Interior Minister Klaus Berger") == "DEUGOV", codes
    assert code_of(codes, "Berger") == "DEUGOV", codes
    assert code_of(codes, "Polish farmers") == "POLAGR", codes


@pytest.mark.slow
def test_our_in_a_press_release_is_the_issuers(pipeline_coder):
    codes = page_codes(pipeline_coder, VOICE)
    assert code_of(codes, "embassy") == "CHLGOV", codes
    assert code_of(codes, "the Bolivian authorities") == "BOLGOV", codes
    codes = page_codes(pipeline_coder, REPORT)
    assert code_of(codes, "embassy") != "CHLGOV", codes  # (past tense: a report, whose "our" is no body's)


@pytest.mark.slow
def test_a_subject_named_inside_its_words_makes_the_dateline_a_host(pipeline_coder):
    codes = page_codes(pipeline_coder, NEGOTIATORS)
    assert code_of(codes, "The negotiators") == "YEMGOV", codes
    assert code_of(codes, "Swiss police") == "CHECOP", codes


@pytest.mark.slow
def test_people_at_an_international_body_are_its(pipeline_coder):
    codes = page_codes(pipeline_coder, JUDGES)
    assert (code_of(codes, "Judges") or "").startswith("IGO"), codes


@pytest.mark.slow
def test_an_item_headed_by_a_body_of_states_is_its(pipeline_coder):
    codes = page_codes(pipeline_coder, BODY_ITEMS)
    assert code_of(codes, "Officials") == "IGOECOWAS", codes
    assert code_of(codes, "The foreign ministry") == "ESPGOV", codes


@pytest.mark.slow
def test_the_country_is_not_its_clauses_subject(pipeline_coder):
    codes = page_codes(pipeline_coder, BODY_ITEMS)
    assert code_of(codes, "the country") != "USA", codes

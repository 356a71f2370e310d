"""Offices and bodies no dictionary lists by name (session 28), on the real model: a public watchdog's or a police
rank's title before a name gives the person its office ("Ombudsman Ann Ode", "Chief Superintendent Tom Ode"); a body
named right before a title of membership or as the name's possessor lends the person its sector ("Electoral
Commission chairperson Ann Ode", "the Kuntur Party's Tom Ode"); a country that opens a longer name after "of" is no
state office ("the president of the Ghana Bar Association"); an army whose name a region opens is an armed group ("the
Shan State Army"); "the agency" never refers back to an armed group. The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes, text_mentions


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Ombudsman Ann Ode criticised the ministry's handling of the complaints.", "Ombudsman Ann Ode", "GOV"),
    ("The ombudsman said the police had ignored the rules.", "The ombudsman", "GOV"),
    ("Registrar Tom Ode rejected the party's application.", "Registrar Tom Ode", "GOV"),
    ("The Registrar General, Ann Ode, refused to register the union.", "The Registrar General, Ann Ode", "GOV"),
    ("Superintendent Ann Ode praised the teachers for their work.", "Superintendent Ann Ode", "GOV"),
    ("Chief Superintendent Tom Ode said officers had arrested four men.", "Chief Superintendent Tom Ode", "COP"),
    ("Police Superintendent Ann Ode accused the protesters of throwing stones.", "Police Superintendent Ann Ode",
     "COP"),
    ("Detective Inspector Tom Ode said the suspects had been charged.", "Detective Inspector Tom Ode", "COP"),
    ("Senior Superintendent Ann Ode ordered the road closed.", "Senior Superintendent Ann Ode", "COP"),
    ("KAMPALA, Uganda (AP) - Ombudsman Tom Ode accused the tax office of ignoring complaints.", "Ombudsman Tom Ode",
     "UGAGOV"),
    ("LAHORE, Pakistan (AP) - Senior Superintendent Ann Ode said police had detained the suspects.",
     "Senior Superintendent Ann Ode", "PAKCOP"),
    # (session 35) a state's or a city's auditor with no name is an office too (sectors.yaml)
    ("The state auditor criticised the governor's contract with the builders.", "The state auditor", "GOV"),
    ("The city comptroller refused to approve the mayor's budget.", "The city comptroller", "GOV"),
])
def test_an_office_title_before_a_name_gives_the_office(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Electoral Commission chairperson Ann Ode rejected the call for a recount.", "chairperson Ann Ode", "GOV"),
    ("Teachers Union chairman Tom Ode called for a strike.", "chairman Tom Ode", "LAB"),
    ("National Assembly chairwoman Ann Ode praised the bill.", "chairwoman Ann Ode", "LEG"),
    ("NAIROBI, Kenya (AP) - Electoral Commission chairman Tom Ode rejected the opposition's demand.",
     "chairman Tom Ode", "KENGOV"),
    ("The Kuntur Party's Tom Ode accused the president of corruption.", "Tom Ode", "PTY"),
    ("The Socialist Alliance's Ann Ode accused the mayor of lying.", "Ann Ode", "PTY"),
])
def test_a_body_before_a_title_or_as_possessor_gives_its_sector(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Chairman Tom Ode said the company would appeal.", "Chairman Tom Ode", ""),  # (no body named: a firm's or a club's)
    ("Labour's Rachel Reeves accused the government of wasting money.", "Labour's Rachel Reeves", "GBRPTYLAB"),
    ("The ANC's Ann Ode rejected the motion.", "The ANC's Ann Ode", "ZAFPTYANC"),
])
def test_a_title_or_possessor_of_no_body_keeps_what_it_had(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The president of the Nigeria Labour Congress, Tom Ode, called for a strike.", "The president", "NGALAB"),
    ("The head of the Kenya Wildlife Service, Ann Ode, said rangers had been attacked.", "Kenya", "KEN"),
])
def test_a_country_opening_a_longer_name_is_no_state_office(pipeline_coder, text, words, code):
    mentions = text_mentions(pipeline_coder, text)
    assert [m.actor.code for m in mentions if m.actor.text == words] == [code]
    assert not [m for m in mentions if m.actor.code.endswith("GOV")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The government of Iraq rejected the proposal.", "The government of Iraq", "IRQGOV"),
    ("The president of Nigeria met union leaders on Monday.", "The president of Nigeria", "NGAGOV"),
    ("The president of the United States spoke on Monday.", "The president of the United States", "USAGOV"),
    ("Police in Kenya arrested twelve protesters.", "Police in Kenya", "KENCOP"),
    ("The prime minister of South Sudan met the envoy.", "The prime minister of South Sudan", "SSDGOV"),
    ("The president of Kenya William Ruto met the envoy.", "The president", "KENGOV"),  # (a name, no body's)
])
def test_a_country_after_of_still_gives_the_office(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The Kachin Defence Army attacked a military post.", "The Kachin Defence Army", "MMRREB"),
    ("The Tigray Defence Forces attacked the town.", "The Tigray Defence Forces", "ETHREB"),
    ("The Shan State Army clashed with government troops.", "The Shan State Army", "MMRREB"),
])
def test_an_army_a_region_names_is_an_armed_group(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The Rwanda Defence Force deployed troops to the border.", "The Rwanda Defence Force", "RWAMIL"),
    ("The South African National Defence Force sent troops.", "The South African National Defence Force", "ZAFMIL"),
    ("The Texas Army National Guard deployed soldiers.", "The Texas Army National Guard", "USAMIL"),
])
def test_a_state_army_or_a_regions_guard_stays_military(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), [
    ("The Kachin Independence Army attacked a military post. The agency said it would investigate.", "MMRGOV"),
    ("Rebels of the Northern Liberation Front attacked the town. The agency said 12 people died.", "GOV"),
    ("The Revenue Authority seized the goods. The agency accused traders of smuggling.", "GOV"),
    ("The World Food Programme sent trucks after the Northern Liberation Front attacked the town. The agency said 12 "
     "people died.", "IGOUNOWFP"),
])
def test_the_agency_is_no_armed_group(pipeline_coder, text, code):
    assert mention_codes(pipeline_coder, text, "The agency") == [code]


@pytest.mark.slow
def test_a_bare_surname_the_tagger_took_for_a_body_is_the_titled_person(pipeline_coder):
    # ("Phiri" alone was an organisation of no sector: the office named in the first paragraph was lost)
    text = ("LUSAKA, Zambia (AP) - Electoral Commission chairperson Esau Phiri on Monday rejected the opposition's "
            "demand for a recount. Phiri said the count had been fair. Phiri also met observers on Tuesday.")
    codes = [m.actor.code for m in text_mentions(pipeline_coder, text) if m.actor.text == "Phiri"]
    assert codes == ["ZMBGOV", "ZMBGOV"]


@pytest.mark.slow
def test_a_named_body_alone_stays_a_body(pipeline_coder):
    # (a one-word organisation that is no one's surname keeps its own reading)
    text = "Ann Ode, a lawyer, said on Monday that Safaricom had raised its prices. Safaricom denied it."
    assert all(m.actor.kind != "person" for m in text_mentions(pipeline_coder, text) if m.actor.text == "Safaricom")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("DENVER (AP) - The Federal Emergency Management Agency denied the state's request. FEMA said the state had not "
     "met the criteria.", "FEMA", "USAGOV"),
    ("LUSAKA, Zambia (AP) - The Electoral Commission of Zambia rejected the petition. The ECZ said the count was "
     "fair.", "The ECZ", "ZMBGOV"),
    ("NAIROBI, Kenya (AP) - The Independent Electoral and Boundaries Commission announced the results. The IEBC said "
     "turnout was low.", "The IEBC", "KENGOV"),
])
def test_an_acronym_of_a_name_spelled_out_before_is_that_body(pipeline_coder, text, words, code):
    # (no brackets defined the letters: the initials of the name written in full before them do)
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
def test_an_acronym_of_other_initials_stays_its_own(pipeline_coder):
    text = ("DENVER (AP) - The Federal Emergency Management Agency denied the state's request. The NTSB said it would "
            "investigate the crash.")
    assert all("Emergency" not in m.actor.name for m in text_mentions(pipeline_coder, text) if m.actor.text == "The NTSB")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    # (session 34) a common noun's phrase right before a body's listed name is that body, one actor over both
    ("Niger accused the West African bloc ECOWAS of serving foreign powers.", "the West African bloc ECOWAS",
     "IGOECOWAS"),
    ("Mali announced it was quitting the regional bloc ECOWAS.", "the regional bloc ECOWAS", "IGOECOWAS"),
])
def test_a_description_right_before_a_listed_body_is_that_body(pipeline_coder, text, words, code):
    mentions = text_mentions(pipeline_coder, text)
    assert [m.actor.code for m in mentions if m.actor.text == words] == [code]
    assert len([m for m in mentions if m.actor.code == code]) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "sectors"), [
    # (session 34) a body named in the person's own words right before a word of membership: its member holds its
    # sector (a person with none is coded a private person, CVL, in an event); no such word, no office
    ("Bundestag member Ann Ode criticised Russia over the attack.", "Bundestag member Ann Ode", ["LEG"]),
    ("Knesset member Tom Ode accused Egypt of blocking aid.", "Knesset member Tom Ode", ["LEG"]),
    ("Bundestag Ann Ode criticised Russia.", "Bundestag Ann Ode", []),
])
def test_a_member_of_a_body_in_the_persons_words_holds_its_sector(pipeline_coder, text, words, sectors):
    assert [m.actor.sectors for m in text_mentions(pipeline_coder, text) if m.actor.text == words] == [sectors]

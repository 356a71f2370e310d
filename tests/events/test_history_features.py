"""Session 19 (features heavy with history): constructions of background-rich pages that the coder misread, each
tested on invented sentences of several wordings, with near misses that must stay as they were.

- A question put by the press ("Asked about the deal, the minister said ...", "Pressed on the date, she declined")
  is no request between actors; a request whose asker is named ("Asked by the president to stay, ...") is not this.
- A bare "in protest" / "in retaliation" on a verb that is an act itself says why that act was done: no second act;
  "gathered in protest" (no other act told) and "took part in a protest" keep their protest.
- A state quitting a bloc or an alliance cuts its ties (SANCTION 161), not a concession.
- "Maoists" alone names no one country's party: the story's country.
- A capital's name is the capital's, not another city's alternate name ("Dili").
- "Amnesty laws" are laws, not Amnesty International.
"""

from datetime import date

import pytest
from eventpicks import countries

pytestmark = pytest.mark.slow


def events_of(coder, text: str):
    return coder.code_text(text).events


def types_of(coder, text: str) -> list[str]:
    return [e.event.plover for e in events_of(coder, text)]


@pytest.mark.parametrize("text", [
    "Asked about the pipeline deal on Monday, the Turkish energy minister said Ankara would not sign it.",
    "Asked whether Kenya would send more police to Haiti, the president said the decision lay with parliament.",
    "Pressed on the timing of the election, the Malian junta's spokesman declined to give a date.",
    "Questioned about the arrests, Egypt's interior ministry said the men had broken the law.",
    "When asked by reporters whether he would resign, the Peruvian president said no.",
    "Asked by journalists about the deal, the Turkish minister declined to comment.",
])
def test_a_question_put_by_the_press_is_no_request(pipeline_coder, text):
    assert "REQUEST" not in types_of(pipeline_coder, text)


def test_a_refusal_after_a_press_question_is_still_coded(pipeline_coder):
    text = "Asked about the offer on Tuesday, the Serbian prime minister rejected Kosovo's proposal for talks."
    assert "REJECT" in types_of(pipeline_coder, text) and "REQUEST" not in types_of(pipeline_coder, text)


def test_a_request_whose_asker_is_named_stays_a_request(pipeline_coder):
    text = "The Polish president asked Germany to pay reparations for the occupation."
    assert "REQUEST" in types_of(pipeline_coder, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Algeria recalled its ambassador from Paris in protest on Wednesday.", "SANCTION"),
    ("The opposition walked out of parliament in protest at the budget vote.", "PROTEST"),
    ("Lithuania expelled two Belarusian diplomats in retaliation for the border incident.", "SANCTION"),
])
def test_a_bare_motive_after_in_is_no_second_act(pipeline_coder, text, kept):
    types = types_of(pipeline_coder, text)
    assert kept in types
    assert types.count("PROTEST") <= (1 if kept == "PROTEST" else 0), types


@pytest.mark.parametrize("text", [
    "Hundreds of nurses gathered in protest outside the health ministry in Lima on Monday.",
    "Thousands of farmers took part in a protest against the new tax in Warsaw.",
])
def test_a_protest_told_by_no_other_act_stays(pipeline_coder, text):
    assert "PROTEST" in types_of(pipeline_coder, text)


@pytest.mark.parametrize(("text", "source"), [
    ("Nicaragua announced on Friday that it was quitting the Organization of American States bloc.", "NIC"),
    ("Britain left the bloc in January 2020 after 47 years of membership.", "GBR"),
    ("Gabon said it would withdraw from the regional bloc if the sanctions were not lifted.", "GAB"),
])
def test_a_state_leaving_a_bloc_cuts_ties(pipeline_coder, text, source):
    found = [e for e in events_of(pipeline_coder, text) if e.event.plover == "SANCTION"]
    assert found and source in countries(found[0].source)
    assert "CONCEDE" not in types_of(pipeline_coder, text)


def test_a_minister_quitting_the_government_still_gives_way(pipeline_coder):
    assert "SANCTION" not in types_of(pipeline_coder, "The Italian defence minister quit the government on Monday.")


@pytest.mark.parametrize(("text", "country"), [
    ("Maoists ambushed an army patrol in the hills of Rolpa, Nepal, killing six soldiers.", "NPL"),
    ("Maoist rebels attacked a police station in Chhattisgarh, India, on Sunday.", "IND"),
    ("The Maoists bombed a power line near Ayacucho, Peru, in 1989.", "PER"),
])
def test_maoists_are_of_the_story_s_country(pipeline_coder, text, country):
    assault = next(e for e in events_of(pipeline_coder, text) if e.event.plover == "ASSAULT")
    assert countries(assault.source) == [country]


def test_dili_is_timor_leste_s_capital(pipeline_coder):
    text = "Riot police fired tear gas at students marching in Dili on Thursday."
    event = next(e for e in events_of(pipeline_coder, text) if e.event.plover in ("ASSAULT", "COERCE"))
    assert "TLS" in countries(event.source) + countries(event.target)
    assert "IND" not in countries(event.source) + countries(event.target)


def test_amnesty_laws_are_no_organisation(pipeline_coder):
    text = "Amnesty laws passed by the junta were struck down by the Supreme Court of Uruguay."
    sides = [a for e in events_of(pipeline_coder, text) for a in (*e.source, *e.target)]
    assert not any(a.code == "NGOAMN" for a in sides)
    said = events_of(pipeline_coder, "Amnesty accused the Egyptian police of torturing detainees.")
    assert any(a.code == "NGOAMN" for e in said for a in e.source)



DEED_ARTICLE = """ATHENS, May 4 - Greece's defence ministry accused Turkey of massing warships near the island of Rhodes on Sunday.
Kosovo's interior minister accused Serbian police of beating detainees in Mitrovica, the ministry said.
Serbian soldiers were accused by Croatia of shelling farms along the river.
Seoul accused Pyongyang of jamming GPS signals near the border island.
Armenia accused Azerbaijan of massing troops along the border.
Sudanese paramilitaries were accused by the United Nations of massacring villagers in Darfur.
"""


def test_a_deed_gerund_parsed_as_an_adjective_is_done_by_the_one_accused(pipeline_coder):
    """"accused X of massing warships": the parser may take "massing" for an adjective of "warships"; X still did it,
    and the warships are no second one accused (read as a whole article, where the deed is kept beside the charge)."""
    found = pipeline_coder.code_text(DEED_ARTICLE, title="Balkan and Aegean rows", published=date(2026, 5, 4)).events
    accused = sorted(c for e in found if e.event.plover == "ACCUSE" for c in countries(e.target))
    assert accused == ["AZE", "PRK", "SDN", "SRB", "SRB", "TUR"]
    deeds = [(e.event.plover, e.trigger.text, countries(e.source)) for e in found if e.event.plover != "ACCUSE"]
    for deed in [("MOBILIZE", "massing", ["TUR"]), ("MOBILIZE", "massing troops", ["AZE"]), ("ASSAULT", "beating", ["SRB"]),
                 ("ASSAULT", "shelling", ["SRB"]), ("ASSAULT", "massacring", ["SDN"])]:
        assert deed in deeds, deeds


@pytest.mark.parametrize("text", [
    "In 1896, Ethiopian forces defeated the Italian army at Adwa.",
    "Government troops routed the rebels near the border town on Sunday.",
    "Kurdish fighters defeated the militants in the last village they held.",
])
def test_a_battle_won_by_armed_forces_is_an_assault(pipeline_coder, text):
    assert "ASSAULT" in types_of(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "The opposition defeated the ruling party in the municipal election.",
    "The senator's amendment was defeated in the Senate on Tuesday.",
    "Brazil defeated Argentina 2-1 in the final.",
])
def test_a_win_in_a_vote_or_a_match_is_no_assault(pipeline_coder, text):
    assert "ASSAULT" not in types_of(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "The Belgian king asked the Congolese people for forgiveness for the colonial era.",
    "The bishop begged forgiveness from the victims of the massacre.",
    "Pope Francis sought forgiveness from Indigenous Canadians in 2022.",
])
def test_asking_forgiveness_is_an_apology(pipeline_coder, text):
    types = types_of(pipeline_coder, text)
    assert "SUPPORT" in types and "REQUEST" not in types
    assert next(e for e in events_of(pipeline_coder, text) if e.event.plover == "SUPPORT").event.cameo == "055"


def test_asking_for_more_time_stays_a_request(pipeline_coder):
    assert "REQUEST" in types_of(pipeline_coder, "The minister asked parliament for more time.")


def test_whom_forgiveness_is_asked_of_is_the_target(pipeline_coder):
    text = "The Japanese prime minister asked the Korean victims for forgiveness in Seoul."
    apology = next(e for e in events_of(pipeline_coder, text) if e.event.plover == "SUPPORT")
    assert countries(apology.source) == ["JPN"] and countries(apology.target) == ["KOR"]


@pytest.mark.parametrize(("text", "plover"), [
    ("Hundreds of soldiers staged a mutiny in the capital on Monday.", "COERCE"),
    ("Soldiers mutinied at a barracks near Kinshasa on Sunday.", "COERCE"),
    ("Students rose up against the regime in 1973.", "PROTEST"),
    ("Villagers rose up against the provincial governor over the land seizures.", "PROTEST"),
])
def test_mutinies_and_uprisings_are_coded(pipeline_coder, text, plover):
    assert plover in types_of(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "The British Museum handed over the bronzes to Nigerian officials on Friday.",
    "The Dutch culture minister handed over 478 artefacts to the Indonesian ambassador.",
])
def test_restitution_handed_over_is_a_return(pipeline_coder, text):
    types = types_of(pipeline_coder, text)
    assert "RETREAT" in types and "AID" not in types


def test_supplies_or_weapons_handed_over_are_no_restitution(pipeline_coder):
    assert "RETREAT" not in types_of(pipeline_coder, "The Red Cross handed over medical supplies to hospitals in Gaza.")
    assert next(e for e in events_of(pipeline_coder, "The rebels handed over their weapons to the army.")
                if e.event.plover == "RETREAT").event.cameo == "0874"

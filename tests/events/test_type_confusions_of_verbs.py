"""The type a verb of two senses gets from who acts and on what (cases added in session 22; invented
sentences, real parses): workers who strike stop work (PROTEST 143), armed men who
strike attack; a naming verb joined to another verb names with that verb's subject ("rejected the deal and called
the offer an insult"); what an office puts forward or brings ("the charges", "the sum", "the exemption") judged by
a naming is an act judged; a pact ended by one side breaks relations (SANCTION 161); backing given to armed men is aid;
soldiers sent to teach another army are military aid (072), not a mobilization; what one says one will not tolerate is
a warning (THREATEN 130), not a refusal; a ruling appealed is challenged (REJECT 120)."""

import pytest
from lonesentences import assert_act_coded, assert_no_act


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Nurses strike over unpaid wages in Lagos.",
    "Junior doctors strike for a third day in Nairobi.",
    "The teachers' union will strike on Monday, its leader said.",
])
def test_workers_who_strike_stop_work(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "PROTEST", "143")
    assert_no_act(pipeline_coder, text, "ASSAULT")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Soldiers struck the rebel camp at dawn.",
    "Government jets struck rebel positions near the border.",
])
def test_armed_men_who_strike_attack(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "ASSAULT", "19")
    assert_no_act(pipeline_coder, text, "PROTEST")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Niger revoked its defence agreement with France.",
    "Mali terminated its military cooperation accord with Paris.",
    "The junta tore up the security pact with Washington.",
])
def test_a_pact_ended_by_one_side_breaks_relations(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "SANCTION", "161")
    assert_no_act(pipeline_coder, text, "SUPPORT")
    assert_no_act(pipeline_coder, text, "CONCEDE")


@pytest.mark.slow
def test_a_ban_revoked_still_gives_way(pipeline_coder):
    assert_act_coded(pipeline_coder, "The government revoked the ban on opposition rallies.", "CONCEDE", "08")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Iran backs the Houthi rebels, the minister said.",
    "Moscow supports the separatists in eastern Ukraine.",
    "Washington backed the Syrian Kurdish militia with weapons and air power.",
])
def test_backing_given_to_armed_men_is_aid(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "AID", "07")
    assert_no_act(pipeline_coder, text, "SUPPORT")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The senator backed the rebels' demand for talks.",
    "Moscow supports the government of Mali.",
])
def test_backing_a_demand_or_a_government_is_a_stance(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "SUPPORT", "05")
    assert_no_act(pipeline_coder, text, "AID")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Russia deployed military instructors to Burkina Faso last year.",
    "Turkey sent trainers to the Somali army.",
    "Washington dispatched military advisers to Kyiv.",
])
def test_soldiers_sent_to_teach_another_army_are_military_aid(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "AID", "072")
    assert_no_act(pipeline_coder, text, "MOBILIZE")


@pytest.mark.slow
def test_troops_deployed_are_still_a_mobilization(pipeline_coder):
    assert_act_coded(pipeline_coder, "Russia deployed troops to the border.", "MOBILIZE", "154")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The interior minister said the government would not tolerate violence against officers.",
    '"We will not tolerate attacks on our border posts," the defence minister told reporters.',
])
def test_what_one_will_not_tolerate_is_a_warning(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "THREATEN", "13")
    assert_no_act(pipeline_coder, text, "REJECT")


@pytest.mark.slow
def test_what_one_will_not_accept_is_still_refused(pipeline_coder):
    assert_act_coded(pipeline_coder, "Hungary will not accept the migrant quota, the prime minister said.", "REJECT", "12")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Indonesia appealed the decision to the organisation's appellate body.",
    "The former minister will appeal against his conviction, his lawyer said.",
])
def test_a_ruling_appealed_is_challenged(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "REJECT", "120")
    assert_no_act(pipeline_coder, text, "REQUEST")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The chancellor appealed to the rebels to support the government.",
    "The United Nations appealed for 300 million dollars to help displaced people in Sudan.",
])
def test_an_appeal_to_someone_or_for_something_asks(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "REQUEST", "")
    assert_no_act(pipeline_coder, text, "REJECT")



def _last_types(coder, text: str) -> set[str | None]:
    """The PLOVER types coded in the last sentence of `text`, read as a whole article."""
    last = len(list(coder.nlp(text).sents)) - 1
    return {e.event.plover for e in coder.code_text(text).events if e.sentence_index == last}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Germany offered the Namibian tribes 10 million dollars on Monday. Namibian tribal leaders rejected the deal and "
    "called the sum an insult.",
    "Ruritanian prosecutors charged the opposition leader with fraud. The opposition party called the charges a "
    "sideshow and demanded an inquiry.",
    "The Ruritanian government exempted the army from the inquiry. The opposition party urged the minister to resign "
    "and called the exemption a stunt.",
])
def test_a_naming_joined_to_another_act_is_criticism_too(article, text):
    assert "ACCUSE" in _last_types(article, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Ruritanian mayor visited the flooded district. The mayor said the weather was terrible.",
    "The Ruritanian president toured the factory and called the machines a marvel.",
])
def test_things_named_judge_no_one(article, text):
    assert "ACCUSE" not in _last_types(article, text)


@pytest.mark.slow
def test_a_warning_joined_to_another_act_has_its_subject(article):
    text = ("Rebels attacked an army post in Ruritania on Sunday. The Ruritanian defence minister welcomed the truce talks "
            "but would not tolerate attacks by the rebels, he said.")
    assert "THREATEN" in _last_types(article, text)

"""Dyad kinds (dyad_cases.yaml): a place on a thing that is no actor is no target of the act (events/roles/
_place_of_a_thing), an agentless arrest goes on telling a state's force just before (events/referents.py
sources_from_earlier_acts), an appeal for aid addressed to no one named has no implied target
(actors/completion/targets.py implied_targets, sectors.yaml unaddressed_appeals). Invented texts; each case names the side of an act in its last sentence."""

from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent / "dyad_cases.yaml").read_text(encoding="utf-8"))["cases"]


def _code(actor) -> str:
    return (actor.country or "") + (actor.sectors[0] if actor.sectors else "")


def test_the_set_is_well_formed():
    assert len(CASES) >= 10
    assert all(len(row) == 4 and row[1] in ("source", "target") for row in CASES)
    assert len({(row[1], row[-1]) for row in CASES}) == len(CASES)


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "side", "code", "text"), CASES, ids=[row[1] + ":" + row[-1][-40:] for row in CASES])
def test_the_side_has_the_code(article, kind, side, code, text):
    last = text.rfind(". ", 0, len(text) - 1)
    start = last + 2 if last >= 0 else 0
    events = [e for e in article.code_text(text).events if e.event.plover == kind and e.trigger.start >= start]
    assert events, f"no {kind} coded in the last sentence"
    # (an implied target, "[implied: Kenya]", is the codebook's guess for an act aimed at no one named: checked
    # only by "0", no actor with a country at all)
    codes = {_code(a) for e in events for a in getattr(e, side)
             if a.country and (code == "0" or not a.name.startswith("[implied"))}
    assert codes == (set() if code in ("-", "0") else {code}), codes


@pytest.mark.slow
def test_both_governments_are_the_two_states_named_before_not_the_last_two_bodies(article):
    # (session 19) a hospital and a Spanish charity named after Italy and Malta are not "both governments"
    text = ("Italy and Malta traded accusations over the rescue ship on Sunday. A hospital in Palermo treated two "
            "survivors, and a Spanish charity said its crew was exhausted. The European Commission held talks with "
            "both governments on Monday.")
    events = [e for e in article.code_text(text).events if e.event.plover == "CONSULT"]
    assert events and {a.country for e in events for a in e.target} == {"ITA", "MLT"}


@pytest.mark.slow
def test_a_measure_aimed_abroad_with_no_one_named_is_aimed_at_the_story_s_country(article):
    # (session 20) roots.yaml foreign_targets: not the acting state's own, as the implied target of words is
    text = ("Burkina Faso's junta arrested 12 officers on Sunday. Burkina Faso said the plotters were paid from abroad. "
            "The officers were taken to a prison in Ouagadougou. The United States, which cut military aid after the "
            "2022 coups, urged restraint.")
    cuts = [e for e in article.code_text(text).events if e.event.plover == "SANCTION"]
    assert cuts and all([a.country for a in e.target] == ["BFA"] for e in cuts)


@pytest.mark.slow
def test_money_pledged_to_no_one_named_goes_to_the_story_s_country(article):
    # (session 29) sectors.yaml offered_help: a donor's pledge at a conference for a country in need; readiness to help
    # with no money named stays aimed at no one, and a pledge named by no sum keeps no implied target
    text = ("Donors meet in Geneva to raise money for Yemen. Governments pledged $1.2 billion for relief in Yemen on "
            "Tuesday. Kuwait pledged $200 million. Norway said it stood ready to help.")
    events = article.code_text(text).events
    kuwait = [e for e in events if e.trigger.text.startswith("pledged $200")]
    assert kuwait and [a.country for a in kuwait[0].target] == ["YEM"]
    ready = [e for e in events if e.trigger.start > text.index("Norway")]
    assert all(not e.target for e in ready)


@pytest.mark.slow
def test_a_go_between_acts_on_the_parties_it_goes_between(article):
    # (session 22) triggers.yaml 045 target_preps: "between" on a mediating verb names its parties, also when the
    # thing brokered is the verb's antecedent ("the truce that Norway brokered between A and B")
    text = "The truce that Norway brokered between Colombia and Venezuela in 2016 held for years."
    events = [e for e in article.code_text(text).events if e.event.cameo == "045"]
    assert events and {a.country for e in events for a in e.target} == {"COL", "VEN"}


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "code", "text"), [
    ("ACCUSE", "URYJUD", "Amnesty laws were struck down in Uruguay in 2004. Since then more than 900 officers have been "
                         "convicted of torture in Uruguay."),
    ("COERCE", "GBRJUD", "Two men were charged in Leeds on Friday. The two men were remanded in custody."),
    ("ACCUSE", "ARGJUD", "A former mayor was convicted of fraud in Cordoba on Monday."),
])
def test_an_act_only_courts_do_told_with_no_one_doing_it_was_done_by_the_courts(article, kind, code, text):
    # (session 23) triggers.yaml sole_doers: the codebook's implied source ("[implied: the court]"), of the country
    # where it happens
    events = [e for e in article.code_text(text).events if e.event.plover == kind]
    assert events and {_code(a) for e in events for a in e.source} == {code}


@pytest.mark.slow
def test_a_conviction_by_a_court_named_keeps_the_court(article):
    events = article.code_text("A Kenyan court convicted two former ministers of fraud on Monday.").events
    assert {_code(a) for e in events if e.event.plover == "ACCUSE" for a in e.source} == {"KENJUD"}


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "code", "text"), [
    ("ACCUSE", "NORGOV", "Norwegian officials inspected the disputed zone on Monday. Moscow protested on Tuesday."),
    ("ACCUSE", "PERMIL", "Peruvian soldiers crossed the river on Sunday, and Bolivia protested within hours."),
    ("THREATEN", "IGO", "EU ministers agreed a new aid package on Friday, but Hungary threatened to veto it."),
    # (its own rebels are another party: not its own government)
    ("SANCTION", "TURREB", "Kurdish rebels seized three towns near the border. Turkey imposed an embargo on Monday."),
])
def test_a_whole_state_s_act_aimed_at_no_one_named_is_aimed_at_another_party_near_it(article, kind, code, text):
    # (session 24) a state as a whole (CODEBOOK's bare country) aims at another party, not at its own country, as
    # a body of it addressing its government would (completion/targets.py _other_party)
    events = [e for e in article.code_text(text).events if e.event.plover == kind]
    assert events and {_code(a) for e in events for a in e.target} == {code}


@pytest.mark.slow
def test_a_whole_state_s_act_with_no_other_party_named_is_aimed_at_home(article):
    events = [e for e in article.code_text("The summit opened in Vienna on Monday. Hungary refused.").events
              if e.event.plover == "REJECT"]
    assert events and {_code(a) for e in events for a in e.target} == {"HUN"}


@pytest.mark.slow
def test_a_verb_joined_to_an_adjective_the_parser_made_a_clause_s_head_shares_its_subject(article):
    # (session 24) roles.subjects.subjects_of: "she was "frustrated" by X and accused Y", the adjective tagged as the clause
    text = 'Ana Ruiz, the Chilean interior minister, said she was "deeply frustrated" by the ruling and accused the judges of bias.'
    events = [e for e in article.code_text(text).events if e.event.plover == "ACCUSE"]
    assert events and {_code(a) for e in events for a in e.source} == {"CHLGOV"}


@pytest.mark.slow
def test_all_those_accused_together_of_a_deed_did_it(article):
    # (session 30) roles.subjects._judged_doers: the parser hangs "of killing" on the last of those accused
    text = ("Fighting spread in Sudan on Monday. Human Rights Watch accused Chadian troops and their Libyan allies "
            "of killing dozens of Sudanese villagers.")
    events = [e for e in article.code_text(text).events if e.event.plover == "ASSAULT"]
    assert events and {a.country for e in events for a in e.source} == {"TCD", "LBY"}


@pytest.mark.slow
def test_a_tensed_verb_joined_to_what_someone_was_urged_to_do_goes_on_with_who_urged(article):
    # (session 30) roles.subjects.subjects_of: "urged both sides to X and offered to mediate" (the parser joins
    # "offered" to the infinitive); a bare infinitive joined to it is still what the one urged is to do
    text = ("Fighting broke out between Ethiopia and Eritrea on Monday. The African Union called on both governments "
            "to exercise restraint and offered to mediate.")
    events = [e for e in article.code_text(text).events if e.event.plover == "AGREE"]
    assert events and {a.code for e in events for a in e.source} == {"IGOAU"}


def _pairs(article, text, kind):
    return {(s.country, t.country) for e in article.code_text(text).events if e.event.plover == kind
            for s in e.source for t in e.target}


@pytest.mark.slow
def test_a_pair_hosting_talks_between_other_parties_acts_with_them_not_on_each_other(article):
    # (session 34) coder.py: the parties "between" whom a joint act is, of other countries than the pair named doing it
    pairs = _pairs(article, "Norway and Cuba hosted talks between Colombia and Venezuela on Monday.", "CONSULT")
    assert ("NOR", "COL") in pairs and ("CUB", "VEN") in pairs
    assert ("NOR", "CUB") not in pairs


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed two agreements between the two countries on Friday.",
    "Kenya and Uganda held talks between their foreign ministers on Friday.",
])
def test_a_pair_whose_between_phrase_restates_itself_acts_on_each_other(article, text):
    pairs = {pair for kind in ("CONSULT", "SUPPORT", "COOPERATE") for pair in _pairs(article, text, kind)}
    assert pairs and pairs <= {("KEN", "UGA"), ("UGA", "KEN")}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), [
    # (session 34) roles/targets.py _where_it_goes: an act whose doer is named is no thing moved
    ("Fiji condemned the release of treated water into the Pacific by Japan.", "JPN"),
    ("Kenya criticised the seizure of the ship off Somalia by Eritrean forces.", "ERI"),
    # near miss: with no doer named, where the thing went is still whom the act is aimed at
    ("Fiji condemned the transfer of weapons to Russia.", "RUS"),
])
def test_a_judged_act_is_aimed_at_its_doer_past_where_it_went(article, text, target):
    events = [e for e in article.code_text(text).events if e.event.plover == "ACCUSE"]
    assert events and {t.country for e in events for t in e.target} == {target}


@pytest.mark.slow
@pytest.mark.parametrize("second", [
    "Negotiators of the two countries met in Geneva on Monday.",
    "Officials from both countries held talks in Geneva on Monday.",
])
def test_people_of_the_pair_a_plural_phrase_names_meet_each_other_not_the_venue(article, second):
    # (session 34) picker.pair_behind: one phrase resolved to two countries, behind a word for people
    text = "Relations between Kenya and Uganda have soured over sugar. " + second
    pairs = _pairs(article, text, "CONSULT")
    assert pairs and pairs <= {("KEN", "UGA"), ("UGA", "KEN")}


@pytest.mark.slow
def test_people_of_one_country_named_before_the_pair_keep_their_own(article):
    # near miss: the of-phrase names one country, not the pair
    text = "Relations between Kenya and Uganda have soured over sugar. Negotiators of Kenya met in Geneva on Monday."
    assert all(s == "KEN" for s, _ in _pairs(article, text, "CONSULT"))

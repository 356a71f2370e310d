"""The bundled actor dictionaries load, are clean, are as large as issue #3 asks, and accept user files."""

from datetime import date

import pytest
import spacy

from eventscope.actors import DictionaryError, check_dictionary, load_actor_dictionary
from eventscope.actors.completion.words import is_border_noun
from eventscope.actors.dictionary import BorderNouns, _plurals


def test_bundled_dictionaries_have_no_problems():
    assert check_dictionary() == []


def test_sizes_meet_the_issue(dictionary):
    assert len(dictionary.countries) >= 190
    leader_countries = {tenure.country for person in dictionary.people for tenure in person.tenures}
    assert len(leader_countries) >= 60
    by_file = {}
    for actor in dictionary.named:
        by_file.setdefault(actor.source, []).append(actor)
    international = [a for a in by_file["organizations.yaml"] if a.country in ("IGO", "NGO")]
    assert len(international) >= 80
    assert len(by_file["groups.yaml"]) >= 100
    assert len(by_file["media.yaml"]) >= 100
    assert all(actor.country for actor in by_file["media.yaml"])


def test_offices_by_date(dictionary):
    putin = next(person for person in dictionary.people if person.name == "Vladimir Putin")
    assert putin.office_on(date(2024, 5, 16)).office == "president"
    assert putin.office_on(date(2010, 1, 1)).office == "prime minister"
    assert putin.office_on(date(1998, 1, 1)) is None  # no office: an elite, not the government
    assert putin.office_on(None).office == "president"  # undated: the latest office


FOREIGN_OFFICES = {"foreign minister", "foreign secretary", "secretary of state"}
DEFENCE_OFFICES = {"defence minister", "defense minister", "defence secretary", "defense secretary"}


def test_foreign_and_defence_ministers_cover_sixty_countries(dictionary):
    tenures = [tenure for person in dictionary.people for tenure in person.tenures]
    assert len({tenure.country for tenure in tenures if tenure.office in FOREIGN_OFFICES}) >= 60
    assert len({tenure.country for tenure in tenures if tenure.office in DEFENCE_OFFICES}) >= 60


def test_ministers_hold_office_only_within_their_tenure(dictionary):
    people = {person.name: person for person in dictionary.people}
    kim = people["Kim Yong-hyun"]  # resigned after the December 2024 martial-law decree
    assert kim.office_on(date(2024, 10, 1)).office == "defence minister"
    assert kim.office_on(date(2025, 1, 10)) is None
    hasina = people["Sheikh Hasina"]  # prime minister who also held defence: the higher office wins
    assert hasina.office_on(date(2020, 1, 1)).office == "prime minister"
    assert hasina.office_on(date(2024, 9, 1)) is None


def test_country_aliases_and_demonyms(dictionary):
    russia = dictionary.countries["RUS"]
    assert "Russian Federation" in russia.aliases and "Russian" in russia.demonyms
    assert ("Kremlin", "") in russia.seats  # the state as a whole
    assert ("Foggy Bottom", "GOV") in dictionary.countries["USA"].seats
    assert ("Pentagon", "MIL") in dictionary.countries["USA"].seats
    assert dictionary.code_for("CHN", ["JRN"]) == "CHNMED"


def test_state_media_code_on_its_primary_sector(dictionary):
    xinhua = next(actor for actor in dictionary.named if actor.name == "Xinhua")
    assert (xinhua.country, xinhua.code, xinhua.sectors[0]) == ("CHN", "CHNMED", "JRN")


def test_peoples_of_one_state_name_it(dictionary):
    # an ethnic or regional people living in one state is that state's ("Uighur activists", "Rohingya refugees")
    assert {"Uighur", "Uyghurs", "Tibetan"} <= set(dictionary.countries["CHN"].demonyms)
    assert "Rohingya" in dictionary.countries["MMR"].demonyms
    assert "Catalan" in dictionary.countries["ESP"].demonyms


def test_brussels_speaks_for_the_eu_and_no_10_for_downing_street(dictionary):
    # (session 19) "Brussels threatened tariffs": the EU's seat is the bloc, not Belgium; "No 10" is Downing Street
    eu = next(actor for actor in dictionary.named if actor.name == "European Union")
    assert "Brussels" in eu.aliases and "Brussels" not in {seat for seat, _ in dictionary.countries["BEL"].seats}
    assert {("No 10", ""), ("Number 10", "")} <= set(dictionary.countries["GBR"].seats)


def test_europes_parties_whose_names_hold_a_country_are_parties(dictionary):
    # (session 19) "the Swiss People's Party", "France Unbowed": a party, not the state its name holds
    parties = {actor.name: actor for actor in dictionary.named if "PTY" in actor.sectors}
    assert (parties["Swiss People's Party"].country, parties["France Unbowed"].code) == ("CHE", "FRAPTYLFI")
    assert parties["Democratic Unionist Party"].code == "GBRPTYDUP" and "DUP" in parties["Democratic Unionist Party"].aliases


def test_the_african_unions_forerunner_is_an_international_organisation(dictionary):
    oau = next(actor for actor in dictionary.named if actor.name == "Organization of African Unity")
    assert (oau.country, oau.code) == ("IGO", "IGOOAU") and "OAU" in oau.aliases


def test_foreign_office_words_are_the_governments():
    # "the foreign office": a ministry's name, not "foreign" saying a group belongs to no state
    terms = load_actor_dictionary().sector_terms
    assert {terms[w].sector for w in ("foreign office", "foreign affairs ministry", "foreign affairs minister")} == {"GOV"}


def test_plurals():
    assert _plurals("prime minister") == ("prime ministers",)
    assert _plurals("policeman") == ("policemen",)
    assert _plurals("party") == ("parties",)
    assert _plurals("protesters") == ()


def test_user_file_adds_entries_and_leaders(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "groups:\n  - {name: Northern Front, aliases: [NFront], country: MLI, sectors: [REB]}\n"
        "leaders:\n  - {country: MLI, office: prime minister, name: Amadou Example, start: 2030-01-01}\n",
        encoding="utf-8",
    )
    dictionary = load_actor_dictionary([user])
    group = next(actor for actor in dictionary.named if actor.name == "Northern Front")
    assert group.code == "MLIREB"
    assert any(person.name == "Amadou Example" for person in dictionary.people)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("groups: [{name: X, country: Mali}]", "groups: entry 1: country: must be an ISO alpha-3 code"),
        ("groups: [{name: X, sectors: [NOPE]}]", "groups: entry 1: sectors: unknown sectors"),
        ("people: []", "people: unknown key"),
        ("leaders: [{country: MLI, office: wizard, name: Y, start: 2020-01-01}]", "leaders: entry 1: office: unknown office"),
        ("leaders: [{country: MLI, office: president, name: Y, start: 'soon'}]", "leaders: entry 1: start: Input should be a valid date"),
        ("groups: [unclosed", "not valid YAML"),
    ],
)
def test_bad_user_files_give_clear_errors(tmp_path, content, message):
    user = tmp_path / "bad.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_actor_dictionary([user])


def test_missing_user_file_is_a_clear_error(tmp_path):
    with pytest.raises(DictionaryError, match="cannot read"):
        load_actor_dictionary([tmp_path / "absent.yaml"])


def test_overlapping_tenures_are_reported(tmp_path):
    user = tmp_path / "overlap.yaml"
    user.write_text(
        "leaders:\n"
        "  - {country: RUS, office: president, name: Someone Else, start: 2020-01-01, end: 2021-01-01}\n",
        encoding="utf-8",
    )
    problems = check_dictionary([user])
    assert any("RUS president" in problem and "Someone Else" in problem for problem in problems)


def test_a_name_given_to_two_actors_is_reported(tmp_path):
    user = tmp_path / "clash.yaml"
    user.write_text("groups:\n  - {name: Cable Network Nationalists, aliases: [CNN], country: USA, sectors: [OPP]}\n",
                    encoding="utf-8")
    problems = check_dictionary([user])
    assert any("'CNN' names both" in problem for problem in problems)


def test_non_actor_names_are_loaded(dictionary):
    assert "South China Sea" in dictionary.non_actors


def test_border_nouns_index_their_many_word_entries_by_first_word():
    borders = BorderNouns.of(["border", "line of control", "line of contact"])
    assert borders.words == {"border", "line of control", "line of contact"}
    assert borders.phrases == {"line": (("line", "of", "contact"), ("line", "of", "control"))}


def test_a_many_word_border_noun_is_found_from_its_first_word():
    doc = spacy.blank("en")("troops crossed the line of control")
    for token in doc:
        token.pos_ = "NOUN"
    assert is_border_noun(doc[3], BorderNouns.of(["border", "line of control"]))
    assert not is_border_noun(doc[3], BorderNouns.of(["border", "line of contact"]))
    assert not is_border_noun(doc[0], BorderNouns.of(["border", "line of control"]))

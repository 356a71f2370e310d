"""leaders.tsv covers every state: a head in office in 2024, tenure boundaries that decide GOV or ELI, one holder
of an office at a time, and bare surnames shared by two leaders resolved to the one the article named."""

from datetime import date, timedelta
from itertools import pairwise

import pytest
import spacy

from eventscope.actors import load_actor_dictionary
from eventscope.actors.dictionary import DictionaryError, check_dictionary
from eventscope.ontology import load_ontology

HEAD_OFFICES = frozenset({
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch",
    "head of state", "head of government", "supreme leader", "state counsellor", "leader", "interim president",
    "acting president",
})
# San Marino's two captains regent change every six months; the file does not list them. Regions ("the West")
# are rows of countries.tsv but no states.
NO_HEAD_LISTED = {"SMR"} | load_ontology().region_codes


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def state_tenures(dictionary):
    return [(person, tenure) for person in dictionary.people for tenure in person.tenures
            if tenure.organization is None]


def test_every_country_has_a_head_of_state_or_government_through_2024(dictionary):
    heads: dict[str, list] = {}
    for _, tenure in state_tenures(dictionary):
        if tenure.office in HEAD_OFFICES:
            heads.setdefault(tenure.country, []).append(tenure)
    days = [date(2024, 1, 1) + timedelta(days=n) for n in range(0, 366, 7)]
    uncovered = {code: [day for day in days if not any(t.covers(day) for t in heads.get(code, []))]
                 for code in dictionary.countries if code not in NO_HEAD_LISTED}
    assert {code: gaps[:3] for code, gaps in uncovered.items() if gaps} == {}


def test_heads_go_back_to_1990_for_most_states(dictionary):
    earliest: dict[str, date] = {}
    for _, tenure in state_tenures(dictionary):
        if tenure.office in HEAD_OFFICES:
            earliest[tenure.country] = min(earliest.get(tenure.country, tenure.start), tenure.start)
    from_1990 = [code for code, start in earliest.items() if start <= date(1990, 12, 31)]
    assert len(from_1990) >= 170, sorted(set(dictionary.countries) - set(from_1990))


def test_foreign_and_defence_ministers_of_the_large_states(dictionary):
    ministers = {"foreign minister", "foreign secretary", "secretary of state", "defence minister",
                 "defense secretary", "defence secretary"}
    held = {(t.country, "foreign" if t.office in ("foreign minister", "foreign secretary", "secretary of state")
             else "defence") for _, t in state_tenures(dictionary) if t.office in ministers}
    for code in ("USA", "RUS", "CHN", "GBR", "FRA", "DEU", "JPN", "IND", "TUR", "ISR", "IRN", "UKR", "BRA"):
        assert (code, "foreign") in held and (code, "defence") in held, code


def test_no_two_holders_of_one_office_at_once(dictionary):
    """Recomputed here rather than trusted to the loader: a day of overlap at a handover is the only slack."""
    by_office: dict[tuple[str, str], list] = {}
    for person, tenure in state_tenures(dictionary):
        by_office.setdefault((tenure.country, tenure.office), []).append((tenure, person.name))
    overlaps = []
    for key, tenures in by_office.items():
        tenures.sort(key=lambda item: item[0].start)
        for (before, name), (after, next_name) in pairwise(tenures):
            if before.end is None or (after.start - before.end).days < -1:
                overlaps.append((key, name, next_name))
    assert overlaps == []


def test_an_overlapping_tenure_in_a_user_file_is_reported(tmp_path):
    extra = tmp_path / "actors.yaml"
    extra.write_text("leaders:\n  - {country: FRA, office: president, name: Jean Dupont, start: 2020-01-01}\n",
                     encoding="utf-8")
    problems = check_dictionary([extra])
    assert any("FRA president" in problem and "Jean Dupont" in problem for problem in problems), problems


def test_a_tenure_that_ends_before_it_starts_is_refused(tmp_path):
    extra = tmp_path / "actors.yaml"
    extra.write_text("leaders:\n  - {country: FRA, office: president, name: Jean Dupont, start: 2020-01-01,"
                     " end: 2019-01-01}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="ends before it starts"):
        load_actor_dictionary([extra])


def coded(resolver, nlp, text, day):
    return [(m.actor.text, m.actor.code) for m in resolver.resolve(nlp(text), day)]


# (name as written, a day in office, the code then, a day out of office, the code then)
BOUNDARIES = [
    ("Macky Sall", date(2020, 1, 1), "SENGOV", date(2024, 6, 1), "SENELI"),
    ("Abdalla Hamdok", date(2020, 6, 1), "SDNGOV", date(2023, 6, 1), "SDNELI"),
    ("Sebastian Kurz", date(2018, 6, 1), "AUTGOV", date(2022, 6, 1), "AUTELI"),
    ("Andrej Babiš", date(2020, 6, 1), "CZEGOV", date(2023, 6, 1), "CZEELI"),
    ("Salome Zourabichvili", date(2020, 6, 1), "GEOGOV", date(2025, 6, 1), "GEOELI"),
    ("Mohamed Bazoum", date(2022, 6, 1), "NERGOV", date(2023, 8, 1), "NERELI"),
    ("Carrie Lam", date(2020, 6, 1), "HKGGOV", date(2023, 6, 1), "HKGELI"),
    ("Ellen Johnson Sirleaf", date(2010, 6, 1), "LBRGOV", date(2019, 6, 1), "LBRELI"),
    ("Guillermo Lasso", date(2022, 6, 1), "ECUGOV", date(2024, 6, 1), "ECUELI"),
    ("Klaus Iohannis", date(2020, 6, 1), "ROUGOV", date(2025, 6, 1), "ROUELI"),
    ("Boyko Borisov", date(2019, 6, 1), "BGRGOV", date(2022, 6, 1), "BGRELI"),
    ("Hun Sen", date(2020, 6, 1), "KHMGOV", date(2024, 6, 1), "KHMELI"),
    ("Helmut Kohl", date(1995, 6, 1), "DEUGOV", date(2000, 6, 1), "DEUELI"),
    ("Boris Yeltsin", date(1995, 6, 1), "RUSGOV", date(2005, 6, 1), "RUSELI"),
]


@pytest.mark.parametrize(("name", "inside", "code_inside", "after", "code_after"), BOUNDARIES)
def test_leader_is_government_in_office_and_elite_after(resolver, nlp, name, inside, code_inside, after,
                                                         code_after):
    text = f"{name} spoke."
    assert coded(resolver, nlp, text, inside) == [(name, code_inside)]
    assert coded(resolver, nlp, text, after) == [(name, code_after)]


def test_tenure_days_at_a_handover(dictionary):
    people = {person.name: person for person in dictionary.people}
    mahama = people["John Mahama"]  # out in 2017, back in 2025
    assert mahama.office_on(date(2016, 12, 31)).country == "GHA"
    assert mahama.office_on(date(2020, 1, 1)) is None
    assert mahama.office_on(date(2025, 1, 8)).office == "president"
    schallenberg = people["Alexander Schallenberg"]  # foreign minister, then chancellor while keeping the ministry
    assert schallenberg.office_on(date(2021, 11, 1)).office == "chancellor"
    assert schallenberg.office_on(date(2023, 1, 1)).office == "foreign minister"
    assert schallenberg.office_on(date(2025, 2, 1)).office == "chancellor"
    assert schallenberg.office_on(date(2025, 6, 1)) is None
    fico = people["Robert Fico"]  # three separate terms
    assert [fico.office_on(date(year, 6, 1)) is not None for year in (2008, 2019, 2024)] == [True, False, True]


def test_a_bare_surname_is_the_bearer_named_earlier(resolver, nlp):
    day = date(2000, 1, 1)
    found = coded(resolver, nlp, "Heydar Aliyev met the envoy. Aliyev said no.", day)
    assert ("Heydar Aliyev", "AZEGOV") in found and ("Aliyev", "AZEGOV") in found
    names = [m.actor.name for m in resolver.resolve(nlp("Heydar Aliyev met the envoy. Aliyev said no."), day)]
    assert names.count("Heydar Aliyev") == 2
    # named before, the father stays the bearer even on a date the date alone would give the son
    later = coded(resolver, nlp, "Heydar Aliyev met the envoy. Aliyev said no.", date(2010, 1, 1))
    assert ("Heydar Aliyev", "AZEELI") in later and ("Aliyev", "AZEELI") in later
    assert [m.actor.name for m in resolver.resolve(nlp("Aliyev said no."), date(2010, 1, 1))] == ["Ilham Aliyev"]


def test_full_names_win_over_a_shorter_leader_inside_them(resolver, nlp):
    found = coded(resolver, nlp, "Mahamat Idriss Déby and Luís Montenegro spoke.", date(2024, 6, 1))
    assert ("Mahamat Idriss Déby", "TCDGOV") in found
    assert ("Luís Montenegro", "PRTGOV") in found
    assert not any(code.startswith("MNE") for _, code in found)


# (a name two leaders share, the date, the one meant then)
SHARED_NAMES = [
    ("Bush", date(1991, 6, 1), "George H. W. Bush", "USAGOV"),
    ("Bush", date(2005, 6, 1), "George W. Bush", "USAGOV"),
    ("Bush", date(2015, 6, 1), "George W. Bush", "USAELI"),  # the one in office most recently
    ("Bush", date(1996, 6, 1), "George H. W. Bush", "USAELI"),  # the son was not yet in office
    ("Assad", date(1995, 6, 1), "Hafez al-Assad", "SYRGOV"),
    ("Assad", date(2010, 6, 1), "Bashar al-Assad", "SYRGOV"),
    ("Déby", date(2015, 6, 1), "Idriss Déby", "TCDGOV"),
    ("Déby", date(2023, 6, 1), "Mahamat Idriss Déby", "TCDGOV"),
    ("Sargsyan", date(2010, 6, 1), "Serzh Sargsyan", "ARMGOV"),  # the president outranks the prime minister
    ("Clinton", date(2011, 6, 1), "Hillary Clinton", "USAGOV"),
]


@pytest.mark.parametrize(("text", "day", "name", "code"), SHARED_NAMES)
def test_a_name_leaders_share_is_the_one_the_date_points_to(resolver, nlp, text, day, name, code):
    mentions = resolver.resolve(nlp(f"{text} spoke."), day)
    assert [(m.actor.name, m.actor.code) for m in mentions] == [(name, code)]


def test_without_a_date_a_shared_name_is_the_latest_leader(resolver, nlp):
    assert [m.actor.name for m in resolver.resolve(nlp("Aliyev spoke."), None)] == ["Ilham Aliyev"]


def test_a_shared_name_is_no_dictionary_problem_but_a_leader_named_like_a_country_is(tmp_path):
    assert check_dictionary() == []
    extra = tmp_path / "actors.yaml"
    extra.write_text("leaders:\n  - {country: FRA, office: foreign minister, name: Jean Dupont, start: 1950-01-01,"
                     " end: 1950-02-01, aliases: [Assad, Chad]}\n", encoding="utf-8")
    problems = check_dictionary([extra])
    assert not any("'Assad'" in problem for problem in problems)
    assert any("'Chad' names both" in problem for problem in problems)

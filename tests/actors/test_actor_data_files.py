"""Each actor data file loads through a schema: an unknown key or a wrong type is one line naming the file,
the entry (or the line of a table) and the field."""

from __future__ import annotations

import pytest

from eventscope.actors import DictionaryError, load_actor_dictionary
from eventscope.actors.antecedents import load_coreference
from eventscope.actors.dictionary import (
    CountryRow,
    LeaderRow,
    NamedFile,
    NonActorsFile,
    SectorsFile,
    TitlesFile,
)
from eventscope.datafiles import load_data_file, load_table_file

COREFERENCE = ("pronouns: {person: [he], plural: [they], singular: [it], quantifiers: [many], speaker: [i],\n"
               "  speakers: [we], listener: [you], subject: [he], object: [him], possessive: [his], reflexive: [himself]}\n"
               "female: [she]\nmale: [he]\n"
               "pronoun_reach: {person: 2, other: 1}\npeople_pairs: [two leaders]\n"
               "reach_sentences: 4\npairs: [the two sides]\nstates: [the country]\ngroups: [the group]\n")
SECTORS = "codes: {GOV: GOV}\nterms: {GOV: {people: [president]}}\nformer: [ex]\n"
TITLES = "party_labels: {letters: [R], country: USA, sector: LEG}\n"
COUNTRIES = "# a comment\ncode\tname\taliases\tdemonyms\tseats\nFRA\tFrance\t\tFrench\tParis\n"
LEADERS = "country\toffice\tname\tstart\tend\taliases\nFRA\tpresident\tJean Exemple\t2020-01-01\t\t\n"


def yaml_file(model):
    return lambda path: load_data_file(path, model, error=DictionaryError)


def table(model):
    return lambda path: load_table_file(path, model, error=DictionaryError)


def user_file(path):
    return load_actor_dictionary([path])


CASES = [
    (load_coreference, COREFERENCE + "others: [the rest]\n", "coreference.yaml: others: unknown key"),
    (load_coreference, COREFERENCE.replace("4", "four"), "coreference.yaml: reach_sentences: Input should be a valid integer"),
    (load_coreference, COREFERENCE.replace("person: 2", "person: -1"),
     "coreference.yaml: pronoun_reach.person: Input should be greater than or equal to 0"),
    (yaml_file(SectorsFile), SECTORS.replace("people:", "persons:"), "sectors.yaml: terms.GOV.persons: unknown key"),
    (yaml_file(SectorsFile), SECTORS.replace("[ex]", "ex"), "sectors.yaml: former: Input should be a valid list"),
    (yaml_file(TitlesFile), TITLES + "nicknames: [Bibi]\n", "titles.yaml: nicknames: unknown key"),
    (yaml_file(TitlesFile), TITLES.replace("USA", "America"), "titles.yaml: party_labels.country: must be an ISO alpha-3 code"),
    (yaml_file(NamedFile), "- {name: A, country: MLI}\n- {name: B, colour: red}\n", "groups.yaml: entry 2: colour: unknown key"),
    (yaml_file(NamedFile), "- {name: A, country: MLI}\n- {name: B, aliases: C}\n", "groups.yaml: entry 2: aliases: Input should be a valid tuple"),
    (yaml_file(NonActorsFile), "- South China Sea\n- {name: Gulf}\n", "non_actors.yaml: entry 2: Input should be a valid string"),
    (table(CountryRow), COUNTRIES + "XX\tNowhere\t\t\t\n", "countries.tsv: line 4: code: must be an ISO alpha-3 code"),
    (table(CountryRow), COUNTRIES.replace("seats", "capitals"), "countries.tsv: the header must be code / name / aliases / demonyms / seats"),
    (table(LeaderRow), LEADERS.replace("2020-01-01", "soon"), "leaders.tsv: line 2: start: Input should be a valid date"),
    (table(LeaderRow), LEADERS + "FRA\tpresident\tJean\t2020-01-01\n", "leaders.tsv: line 3: 4 columns where the header has 6"),
    (user_file, "groups:\n  - {name: A, country: MLI}\n  - {name: B, country: MLI, colour: red}\n",
     "mine.yaml: groups: entry 2: colour: unknown key"),
    (user_file, "leaders:\n  - {country: MLI, office: president, name: Y, start: 2020-01-01, end: [2021]}\n",
     "mine.yaml: leaders: entry 1: end: Input should be a valid date"),
]


@pytest.mark.parametrize(("loader", "text", "message"), CASES)
def test_a_bad_actor_data_file_is_one_line_naming_the_file_the_entry_and_the_field(tmp_path, loader, text, message):
    path = tmp_path / message.split(":")[0]
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as raised:
        loader(path)
    assert str(raised.value).removeprefix(f"{tmp_path}/").startswith(message)

"""The ontology's data files load through schemas: an unknown key or a wrong type is one line naming the
file, the entry (or the table line) and the field."""

from __future__ import annotations

import pytest

from eventscope.datafiles import SchemaError, load_data_file, load_table_file
from eventscope.ontology import ActorTypesFile, CameoRow, OntologyError, PloverFile, RootsFile, load_ontology

ACTOR_TYPES = "sector_types: {GOV: GOV}\norganizations: [IGO]\nno_state: [UNK]\n"
PLOVER = "types: {AGREE: {modes: [settle]}}\ncontexts: [military]\n"
ROOTS = "groups:\n  violent: {description: armed force, roots: ['18']}\n"
CAMEO = "code\troot\tname\tplover\tmode\tcontexts\tgoldstein\tquad_class\n042\t04\tMake a visit\tCONSULT\t\t\t1.9\t1\n"


def yaml_file(model):
    return lambda path: load_data_file(path, model)


def table(path):
    return load_table_file(path, CameoRow, error=OntologyError)


CASES = [
    (yaml_file(ActorTypesFile), ACTOR_TYPES + "colours: []\n", "actor_types.yaml: colours: unknown key"),
    (yaml_file(ActorTypesFile), ACTOR_TYPES.replace("{GOV: GOV}", "[GOV]"), "actor_types.yaml: sector_types: Input should be a valid dictionary"),
    (yaml_file(PloverFile), PLOVER.replace("{modes:", "{colour: red, modes:"), "plover.yaml: types.AGREE.colour: unknown key"),
    (yaml_file(PloverFile), PLOVER.replace("[military]", "military"), "plover.yaml: contexts: Input should be a valid tuple"),
    (yaml_file(PloverFile), PLOVER + "conventions: {future_as_agree: [AGREE], past_as_agree: []}\n",
     "plover.yaml: conventions.past_as_agree: unknown key"),
    (yaml_file(PloverFile), PLOVER + "conventions: {type_by_cameo: {'163': COERCE}}\n",
     "plover.yaml: conventions name unknown PLOVER types ['COERCE']"),
    (yaml_file(RootsFile), ROOTS.replace("{description:", "{colour: red, description:"), "roots.yaml: groups.violent.colour: unknown key"),
    (table, CAMEO + "043\t04\tHost a visit\tCONSULT\t\t\theavy\t1\n", "cameo.tsv: line 3: goldstein: Input should be a valid number"),
    (table, CAMEO + "043\t05\tHost a visit\tCONSULT\t\t\t2.8\t1\n", "cameo.tsv: line 3: code 043 has root 05"),
    (table, CAMEO.replace("quad_class", "quad"), "cameo.tsv: the header must be code / root"),
]


@pytest.mark.parametrize(("loader", "text", "message"), CASES)
def test_a_bad_ontology_file_is_one_line_naming_the_file_the_entry_and_the_field(tmp_path, loader, text, message):
    path = tmp_path / message.split(":")[0]
    path.write_text(text, encoding="utf-8")
    with pytest.raises((SchemaError, OntologyError)) as raised:
        loader(path)
    assert str(raised.value).startswith(message)


def test_the_codes_that_name_no_state_are_ontology_data():
    ontology = load_ontology()
    assert ontology.organization_codes == {"IGO", "NGO", "MNC"}
    assert {"WST", "EUR", "PGS"} <= ontology.region_codes
    assert ontology.no_state_codes == {"IGO", "NGO", "MNC", "UNK"}  # of no state, nor of a region
    assert ontology.non_state_codes == ontology.no_state_codes | ontology.region_codes
    assert ontology.actor_types["JRN"] == "MED"


def test_the_conventions_of_plover_coders_are_ontology_data():
    ontology = load_ontology()
    assert ontology.conventions.type_by_cameo["163"] == "COERCE" and "ASSAULT" in ontology.conventions.announced_as_threaten
    assert ontology.roots.intents == {"03"} and ontology.roots.consultations == {"04"}

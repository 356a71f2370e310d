from pathlib import Path

import pytest

from eventscope.ontology import OntologyError, load_ontology, quad_class_of_root

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference"


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def test_every_cameo_code_maps_with_weight_in_range(ontology):
    assert len(ontology.codes) >= 290
    for entry in ontology.codes.values():
        assert -10 <= entry.goldstein <= 10, entry
        assert entry.quad_class == quad_class_of_root(entry.root)
        assert entry.name, entry
        event_type = ontology.event_type(entry.code)
        assert event_type.cameo == entry.code and event_type.cameo_root == entry.code[:2]
        # Only plain public statements (01x) have no PLOVER type; a denial (016) is a REJECT, as the
        # whole-article codebook codes denials.
        assert (entry.plover is None) == (entry.root == "01" and entry.code != "016"), entry
    assert ontology.codes["016"].plover == "REJECT"


def test_an_event_block_is_built_once_for_each_code_and_contexts(ontology):
    block = ontology.event_type("042", ["economic"])
    assert block.cameo == "042" and block.cameo_root == "04" and "economic" in block.contexts
    assert ontology.event_type("042", ("economic",)) is block  # (list or tuple: the same contexts)
    assert ontology.event_type("042") is not block and "economic" not in ontology.event_type("042").contexts


def test_every_root_and_every_plover_type_is_reachable(ontology):
    roots = {entry.root for entry in ontology.codes.values()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    reached = {entry.plover for entry in ontology.codes.values() if entry.plover}
    assert reached == set(ontology.plover_types)
    assert len(ontology.plover_types) == 16


def test_design_decisions_hold(ontology):
    assert ontology.get("163").plover == "SANCTION"
    assert ontology.get("042").plover == "CONSULT" and ontology.get("042").mode == "visit"
    assert ontology.get("0233").plover == "REQUEST"
    assert ontology.get("051").plover == "SUPPORT"
    assert ontology.get("010").plover is None
    weights = {"042": 1.9, "043": 2.8, "051": 3.4, "057": 8.0, "111": -2.0, "163": -8.0, "190": -10.0}
    for code, weight in weights.items():
        assert ontology.get(code).goldstein == weight
    assert [quad_class_of_root(r) for r in ("01", "05", "06", "08", "09", "13", "14", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_unknown_code_is_a_clear_error(ontology):
    with pytest.raises(OntologyError, match="unknown CAMEO code"):
        ontology.get("999")
    with pytest.raises(OntologyError):
        quad_class_of_root("21")


def test_modes_and_contexts_are_declared(ontology):
    for entry in ontology.codes.values():
        if entry.mode:
            assert entry.mode in ontology.plover_modes[entry.plover]
        assert set(entry.contexts) <= set(ontology.contexts)


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is absent")
def test_matches_the_reference_goldstein_table(ontology):
    lines = (REFERENCE / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]
    table = dict(line.split("\t") for line in lines if line.strip())
    assert set(table) <= set(ontology.codes)
    for code, weight in table.items():
        assert ontology.get(code).goldstein == float(weight), code

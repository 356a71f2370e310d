"""The CAMEO battery (data/cameo_acts_cases.yaml, session 20): invented news sentences for every CAMEO root 02-20
and most of their sub-codes, each coded alone through the whole pipeline, and near misses that say the same words of
no political act. The coder should find the code's PLOVER type (what the whole-article scores count) and, mostly,
its CAMEO root.

Shares measured when the set was written (main at 56058b1): PLOVER type found 207/233 (CAMEO root too 202/233),
near misses with an event 4/32."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent / "data" / "cameo_acts_cases.yaml").read_text(encoding="utf-8"))
# The codebook codes an appeal (02x) with the matching demand's code (10x): one root for the battery.
ALIKE_ROOTS = {"02": "10"}
TYPE_FLOOR, ROOT_FLOOR, ROOT_FAMILY_FLOOR, NEAR_MISS_CEILING = 0.88, 0.85, 0.6, 0.125


def _root(code: str) -> str:
    return ALIKE_ROOTS.get(code[:2], code[:2])


def _cases(root: str | None = None) -> list[tuple[str, str, str]]:
    """(code, PLOVER type, sentence) of the battery, or of one CAMEO root's codes."""
    return [(code, case["plover"], text) for code, case in CASES["cases"].items() for text in case["texts"]
            if root is None or code[:2] == root]


def _found(coder, cases: list[tuple[str, str, str]]) -> tuple[int, int, list[str]]:
    """How many cases got an event of their PLOVER type, how many of their CAMEO root as well, and the misses."""
    typed = rooted = 0
    misses = []
    for code, plover, text in cases:
        events = [e.event for e in coder.code_text(text).events]
        hits = [e for e in events if e.plover == plover]
        typed += bool(hits)
        rooted += any(_root(e.cameo_root) == _root(code) for e in hits)
        if not hits:
            misses.append(f"{code} {plover}: {text} -> {[(e.cameo, e.plover) for e in events]}")
    return typed, rooted, misses


def test_the_battery_covers_every_root_with_the_ontology_types():
    from eventscope.ontology import load_ontology

    ontology = load_ontology()
    roots = Counter(code[:2] for code, _, _ in _cases())
    assert sorted(roots) == [f"{n:02d}" for n in range(2, 21)]
    assert all(ontology.get(code).plover == case["plover"] and 1 <= len(case["texts"]) <= 4
               for code, case in CASES["cases"].items())
    assert len(CASES["near_misses"]) >= 30


@pytest.mark.slow
def test_the_battery_is_coded_with_its_types_and_roots(pipeline_coder):
    cases = _cases()
    typed, rooted, misses = _found(pipeline_coder, cases)
    assert typed / len(cases) >= TYPE_FLOOR, f"type found {typed}/{len(cases)}; missed:\n" + "\n".join(misses)
    assert rooted / len(cases) >= ROOT_FLOOR, f"root found {rooted}/{len(cases)}"


@pytest.mark.slow
@pytest.mark.parametrize("root", [f"{n:02d}" for n in range(2, 21)])
def test_each_root_is_mostly_found(pipeline_coder, root):
    cases = _cases(root)
    typed, _, misses = _found(pipeline_coder, cases)
    assert typed / len(cases) >= ROOT_FAMILY_FLOOR, "\n".join(misses)


@pytest.mark.slow
def test_the_same_words_of_no_political_act_are_mostly_no_event(pipeline_coder):
    coded = [text for text in CASES["near_misses"] if pipeline_coder.code_text(text).events]
    assert len(coded) / len(CASES["near_misses"]) <= NEAR_MISS_CEILING, coded

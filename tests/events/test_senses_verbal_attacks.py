"""The verbal-attack set (verbal_attack_cases.yaml): invented news sentences in which a verb of attack is said of
words or of a thing decided ("attacked Hungary's veto", "hit out at the budget", "struck back at critics"), and
near misses that must not become criticism (real blows, blows in sport or at things). Each sentence is coded alone
through the whole pipeline."""

from pathlib import Path

import pytest
import yaml
from eventpicks import family_scores

from eventscope.events.senses import load_senses

CASES: dict[str, list[dict]] = yaml.safe_load(
    (Path(__file__).parent / "verbal_attack_cases.yaml").read_text(encoding="utf-8"))

# Shares measured when the set was written (session 14): criticism found 42/42 (main before the recode of a blow
# at a thing judged, 22ed263: 37/42), both countries right 0.62 (0.55); real blows kept as ASSAULT 18/18; no near
# miss coded as criticism (40/40).
ACCUSE_FLOOR, ACCUSE_DYAD_FLOOR, ASSAULT_FLOOR = 0.95, 0.60, 0.95


def test_the_set_is_large_and_has_near_misses():
    assert len(CASES["ACCUSE"]) >= 40 and len(CASES["ASSAULT"]) + len(CASES["NONE"]) >= 20


def test_a_blow_at_a_thing_judged_is_criticism_only_without_signs_of_arms():
    recode = next(r for r in load_senses().recodes if r.objects and r.code == "111")
    assert recode.code == "111" and {"attack", "hit", "strike"} <= recode.lemmas
    assert recode.fits_words({"veto"}, {"attack", "veto", "chancellor"})
    assert not recode.fits_words({"veto"}, {"attack", "veto", "rebel"})  # armed men in the clause
    assert not recode.fits_words({"depot"}, {"strike", "hit", "depot"})  # a thing struck, not judged


@pytest.mark.slow
def test_verbs_of_attack_said_of_words_are_criticism(pipeline_coder):
    found, dyads, failures = family_scores(pipeline_coder, CASES["ACCUSE"], {"ACCUSE"})
    assert found >= ACCUSE_FLOOR, f"criticism found {found:.2f}; missed:\n" + "\n".join(failures)
    assert dyads >= ACCUSE_DYAD_FLOOR, f"dyads right {dyads:.2f}"


@pytest.mark.slow
def test_real_blows_stay_attacks(pipeline_coder):
    found, _, failures = family_scores(pipeline_coder, CASES["ASSAULT"], {"ASSAULT"})
    assert found >= ASSAULT_FLOOR, f"attacks found {found:.2f}; missed:\n" + "\n".join(failures)


@pytest.mark.slow
def test_no_near_miss_becomes_criticism(pipeline_coder):
    coded = [case["text"] for case in CASES["ASSAULT"] + CASES["NONE"]
             if any(e.event.plover == "ACCUSE" for e in pipeline_coder.code_text(case["text"]).events)]
    assert not coded, "coded as criticism:\n" + "\n".join(coded)

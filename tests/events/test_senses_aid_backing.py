"""The aid-backing set (aid_backing_cases.yaml): invented news sentences in which backing is the aid itself ("Japanese
aid supported the bridges", "supported humanitarian assistance to", "gave humanitarian support"), and near misses in
which a bill, a bid, a resolution or a plan is backed (a stance, even with aid named beside it). Each sentence is
coded alone through the whole pipeline."""

from pathlib import Path

import pytest
import yaml
from eventpicks import family_scores

from eventscope.events.senses import load_senses

CASES: dict[str, list[dict]] = yaml.safe_load(
    (Path(__file__).parent / "aid_backing_cases.yaml").read_text(encoding="utf-8"))

# Shares measured when the set was written (session 14): aid found 39/40, both countries right 0.93 (main before
# the recode, 3e6c0fd: 4/40, 0.10); near misses kept as SUPPORT 20/20 (20/20), none coded as aid.
AID_FLOOR, AID_DYAD_FLOOR, SUPPORT_FLOOR = 0.95, 0.90, 0.95


def test_the_set_is_large_and_has_near_misses():
    assert len(CASES["AID"]) >= 40 and len(CASES["SUPPORT"]) >= 20


def test_backing_whose_subject_object_or_kind_is_aid_is_aid():
    recode = next(r for r in load_senses().recodes if r.arguments)
    assert recode.code == "070" and "support" in recode.lemmas
    assert recode.fits_words((), (), {"assistance", "norway"})
    assert not recode.fits_words((), (), {"bill", "senator"})


@pytest.mark.slow
def test_backing_that_is_aid_is_aid(pipeline_coder):
    found, dyads, failures = family_scores(pipeline_coder, CASES["AID"], {"AID"})
    assert found >= AID_FLOOR, f"aid found {found:.2f}; missed:\n" + "\n".join(failures)
    assert dyads >= AID_DYAD_FLOOR, f"dyads right {dyads:.2f}"


@pytest.mark.slow
def test_a_stance_stays_support(pipeline_coder):
    found, _, failures = family_scores(pipeline_coder, CASES["SUPPORT"], {"SUPPORT"})
    assert found >= SUPPORT_FLOOR, f"support kept {found:.2f}; missed:\n" + "\n".join(failures)
    aid = [case["text"] for case in CASES["SUPPORT"]
           if any(e.event.plover == "AID" for e in pipeline_coder.code_text(case["text"]).events)]
    assert not aid, "coded as aid:\n" + "\n".join(aid)

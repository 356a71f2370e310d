"""The countries of an act's two sides (the dyad), on the real model: every case of data/dyad_countries.yaml.
A place where a meeting happens is no cue of its visitor's country; a country named only in the target's words
(a nationality adjective, a possessor) is not given to an unnamed source; a domestic act keeps its place's
country. The sentences were written for this test; none comes from the development data or the gold sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent / "data" / "dyad_countries.yaml").read_text(encoding="utf-8"))["cases"]
ANY, NONE = "*", "-"


def _fits(wanted: str, countries: list[str | None]) -> bool:
    """Whether a side's actors carry the wanted country: "-" wants an actor with no country (a side with no actor
    at all does not fit it), "*" anything, even no actor."""
    if wanted == ANY:
        return True
    if wanted == NONE:
        return bool(countries) and not any(countries)
    return wanted in countries


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_the_countries_of_the_two_sides(pipeline_coder, case):
    events = pipeline_coder.code_text(case["text"]).events
    found = [(e.event.plover, [a.country for a in e.source], [a.country for a in e.target]) for e in events]
    assert any((case["plover"] in (ANY, plover)) and _fits(case["source"], sources) and _fits(case["target"], targets)
               for plover, sources, targets in found), found

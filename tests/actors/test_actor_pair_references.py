"""Plural and paired references to the parties named before, on the real model: every case of
data/pair_references.yaml. "The two sides", "both leaders", "the pair", "the neighbours" stand for the last two
parties of different countries named before them, and a joint act they do is between those two; "the two bills",
"both reports", a generic plural name no pair. The sentences were written for this test; none comes from the
development data or the gold sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = yaml.safe_load((Path(__file__).parent / "data" / "pair_references.yaml").read_text(encoding="utf-8"))
ANY = "*"


@pytest.fixture(scope="module")
def coder():
    from eventscope.pipeline import Coder

    return Coder()


@pytest.mark.slow
@pytest.mark.parametrize("case", DATA["cases"], ids=[c["text"][:40] for c in DATA["cases"]])
def test_a_pair_acts_between_its_two_parties(coder, case):
    events = coder.code_text(case["text"]).events
    wanted = set(case["pair"])
    # (the pair is named in the first sentence of each article, its act is read after it; each source and
    # target of an event is one dyad, as the codebook counts them)
    found = [(e.event.plover, {s.country, t.country}) for e in events if e.sentence_index > 0
             for s in e.source for t in e.target]
    assert any(case["plover"] in (ANY, plover) and dyad == wanted for plover, dyad in found), found


@pytest.mark.slow
@pytest.mark.parametrize("case", DATA["negatives"], ids=[c["text"][:40] for c in DATA["negatives"]])
def test_counted_things_and_plurals_in_general_are_no_pair(coder, case):
    events = coder.code_text(case["text"]).events
    words = set(case["none"])
    assert not [a for e in events for a in (*e.source, *e.target)
                if a.text in words and a.reason.startswith("coreference")]


@pytest.mark.slow
def test_the_two_countries_are_the_states_themselves_whoever_named_them(coder):
    # named by their troops first, "the two countries" are still the states as wholes (bare codes, CODEBOOK)
    events = coder.code_text("Chilean and Peruvian troops exchanged fire along the border on Monday. "
                             "The two countries later accused each other of starting the clash.").events
    codes = {(a.code, a.kind) for e in events if e.sentence_index == 1 for a in (*e.source, *e.target)}
    assert codes == {("CHL", "state"), ("PER", "state")}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Peru and Bolivia traded accusations over the river on Monday. Chile's foreign minister, who urged both countries "
    "to show restraint, offered to host talks.",
    "Peru and Bolivia traded accusations over the river on Monday. The Chilean government, which has urged both sides "
    "to avoid escalation, called for talks.",
])
def test_the_pair_a_relative_clause_speaks_to_is_not_its_own_subject(coder, text):
    # (session 22) "who"/"which" stands for the noun the clause hangs on: its country is no side of the pair it urges
    events = coder.code_text(text).events
    urged = {a.country for e in events if e.sentence_index == 1 and e.event.plover == "REQUEST" for a in e.target}
    assert urged == {"PER", "BOL"}

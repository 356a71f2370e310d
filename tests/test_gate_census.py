"""scripts/gate_census.py: each dropped candidate is judged against its sentence's gold (wrong, dup, right), counted
by gate, kind, type and set; --details is refused on held-out data."""

from __future__ import annotations

from pathlib import Path

from scriptmodule import load_script

from eventscope.events.trace import DroppedCandidate, Gate
from eventscope.records import Span

gate_census = load_script("gate_census")

TEXT = "Chile met Peru. Chile accused Peru of spying."
SECOND = (16, len(TEXT))


def _drop(plover: str | None, gate: Gate, at: int, rule: str = "verb:accuse") -> DroppedCandidate:
    return DroppedCandidate(1 if at >= SECOND[0] else 0, Span(text="x", start=at, end=at + 1), rule, "112", plover, gate)


def test_a_drop_is_wrong_where_gold_of_its_type_was_missed_dup_where_matched_and_right_elsewhere():
    census = gate_census.Census()
    missed = [(*SECOND, "ACCUSE")]
    matched = [(0, 15, "CONSULT")]
    gate_census.judge([_drop("ACCUSE", Gate.NO_ACTOR, 22), _drop("ACCUSE", Gate.NO_ACTOR, 23),
                       _drop("CONSULT", Gate.SAME_ACT, 6, "verb:meet"), _drop("REJECT", Gate.NO_ACTOR, 35),
                       _drop("ACCUSE", Gate.NOT_AN_ACT, 6)], missed, matched, census, "dev tune", "dev#1")
    assert census.gates == {("no-actor", "wrong"): 2, ("no-actor", "right"): 1, ("same-act", "dup"): 1,
                            ("not-an-act", "right"): 1}
    # (two wrong drops of one missed gold event count it once)
    assert len(census.gold) == 1
    assert census.kinds[("same-act", "verb", "dup")] == 1
    assert census.types[("no-actor", "REJECT", "right")] == 1
    assert census.sets[("dev tune", "no-actor", "wrong")] == 2


def test_the_table_shows_each_gate_with_its_share_of_wrong_drops():
    census = gate_census.Census()
    gate_census.judge([_drop("ACCUSE", Gate.NO_ACTOR, 22), _drop("REJECT", Gate.NO_ACTOR, 35)],
                      [(*SECOND, "ACCUSE")], [], census, "dev tune", "dev#1")
    table = gate_census.render(census, min_drops=1)
    row = next(line for line in table.splitlines() if line.strip().startswith("no-actor "))
    assert row.split()[1:] == ["2", "1", "0", "1", "50%", "1"]


def test_held_out_data_is_known_as_such():
    assert gate_census._held_out(Path("tests/articles/heldout33.jsonl"), None)
    assert gate_census._held_out(Path("tests/articles/controls_lead19.jsonl"), None)
    assert gate_census._held_out(Path("../shared/realnews/dev.jsonl"), "check")
    assert gate_census._held_out(Path("../shared/realnews/dev.jsonl"), None)
    assert not gate_census._held_out(Path("../shared/realnews/dev.jsonl"), "tune")
    assert not gate_census._held_out(Path("tests/articles/offtopic13.jsonl"), None)

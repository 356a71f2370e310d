"""scripts/compare_events.py: event lists compared by id, with lost, new and changed events reported."""

from __future__ import annotations

import io

from scriptmodule import load_script

compare_events = load_script("compare_events")


def _event(event_id: str, source: str = "RUS", confidence: float = 0.5) -> dict:
    return {"id": event_id, "event": {"plover": "CONSULT", "cameo": "042"}, "source": [{"code": source}],
            "target": [{"name": "Beijing"}], "modality": "asserted", "date": "2024-05-16", "location": None,
            "confidence": confidence}


def test_signature_keeps_what_the_coder_decided():
    assert compare_events.signature(_event("e1")).split("\t") == [
        "e1", "CONSULT", "042", "RUS", "Beijing", "asserted", "2024-05-16", "-", "0.500"]


def test_compare_reports_lost_new_and_changed_events():
    before = [compare_events.signature(e) for e in (_event("a"), _event("b"), _event("c"))]
    after = [compare_events.signature(e) for e in (_event("a"), _event("b", source="CHN"), _event("d"))]
    out = io.StringIO()
    assert compare_events.compare(before, after, out) is False
    lines = out.getvalue().splitlines()
    assert [line.split("\t")[:2] for line in lines[:-1]] == [["lost", "c"], ["new", "d"], ["was", "b"], ["now", "b"]]
    assert lines[-1] == "3 events before, 3 after: 1 lost, 1 new, 1 changed"


def test_compare_same_lists():
    lines = [compare_events.signature(_event("a"))]
    assert compare_events.compare(lines, list(lines), io.StringIO()) is True


def test_lists_from_files(tmp_path):
    path = tmp_path / "events.tsv"
    path.write_text("b\tx\n\na\ty\n", encoding="utf-8")
    assert compare_events.read_lines(path) == ["a\ty", "b\tx"]


def test_same_bytes_says_where_outputs_first_differ():
    before = '{"id": "a"}\n{"id": "b", "confidence": 0.5}\n{"id": "c"}\n'
    out = io.StringIO()
    assert compare_events.same_bytes(before, before, out) is True
    assert out.getvalue() == f"the same, byte for byte: 3 lines, {len(before)} bytes\n"
    out = io.StringIO()
    after = before.replace("0.5}", "0.50}")  # (the same event to a reader of the JSON, not the same output)
    assert compare_events.same_bytes(before, after, out) is False
    assert out.getvalue().splitlines() == ["different from line 2 on (3 lines before, 3 after)",
                                           'was\t{"id": "b", "confidence": 0.5}', 'now\t{"id": "b", "confidence": 0.50}']


def test_same_bytes_with_a_line_missing():
    out = io.StringIO()
    assert compare_events.same_bytes("x\ny\n", "x\n", out) is False
    assert out.getvalue().splitlines() == ["different from line 2 on (2 lines before, 1 after)", "was\ty", "now\t(no line)"]

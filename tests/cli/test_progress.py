"""Ingest feedback: the document count known up front, and the lines written when no terminal is attached."""

import io
import json

from eventscope.cli.progress import IngestProgress, count_documents


def test_documents_are_counted_in_files_and_folders(tmp_path):
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"text": f"t{n}"}) for n in range(5)) + "\n\n")
    (tmp_path / "b.csv").write_text("text,published\none,2024-01-01\ntwo,2024-01-02\n")
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.html").write_text("<p>x</p>")
    assert count_documents([str(tmp_path / "a.jsonl")]) == 5
    assert count_documents([str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv"), str(folder)]) == 10
    assert count_documents(["-"]) is None and count_documents(["https://example.org/feed"]) is None


def test_without_a_terminal_progress_is_a_line_with_rate_and_time_left():
    out = io.StringIO()
    progress = IngestProgress(total=100, mode="lines", every=0.0, out=out)
    progress.started -= 10  # ten seconds in
    progress.update(25, events=80, rejects=2)
    progress.close()
    line = out.getvalue().strip()
    assert line.startswith("ingest: 25/100 documents (25%), 2.5/s, about 0:00:30 left; 80 events, 2 rejects")
    quiet = io.StringIO()
    off = IngestProgress(total=None, mode="off", out=quiet)
    off.update(5, 1, 0)
    off.close()
    assert quiet.getvalue() == ""

"""Without Ray installed, the Ray engine says how to install it instead of failing with a traceback."""

import sys

import pytest

from eventscope.scale import RAY_INSTALL_HINT, MissingExtra, require_ray


def test_missing_ray_raises_the_install_hint(monkeypatch):
    # A None entry in sys.modules makes `import ray` raise ImportError, as if the extra were absent.
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(MissingExtra) as caught:
        require_ray()
    assert "pip install 'eventscope[ray]'" in str(caught.value)
    assert RAY_INSTALL_HINT in str(caught.value)


def test_missing_ray_data_is_missing_the_extra_too(monkeypatch):
    # Ray core without the [data] part is not enough for the engine.
    monkeypatch.setitem(sys.modules, "ray.data", None)
    with pytest.raises(MissingExtra, match="eventscope\\[ray\\]"):
        require_ray()


def test_run_ray_ingest_refuses_before_touching_the_input(monkeypatch, tmp_path):
    from eventscope.scale.ray import run_ray_ingest
    from eventscope.settings import Settings

    monkeypatch.setitem(sys.modules, "ray", None)
    consumed = []

    def items():
        consumed.append(True)
        yield from ()

    with pytest.raises(MissingExtra):
        run_ray_ingest(items(), Settings(), tmp_path / "shards")
    assert consumed == []


def test_ingest_with_the_ray_engine_prints_the_hint_and_fails(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from eventscope.cli import main

    monkeypatch.setitem(sys.modules, "ray", None)
    source = tmp_path / "a.txt"
    source.write_text("France and Kenya signed a trade agreement in Nairobi on Monday.", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--engine", "ray", "--no-progress"])
    assert result.exit_code != 0
    assert "pip install 'eventscope[ray]'" in result.output
    assert not db.exists()

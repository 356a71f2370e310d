"""Options are declared once (cli/options.py) and every command that builds a coder offers all of them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.cli.options import settings_from
from eventscope.errors import UserError
from eventscope.settings import FetchOptions, IngestOptions, Settings, StoryOptions

CODER_FLAGS = ("--model", "--actors", "--patterns", "--places", "--reading")


@pytest.mark.parametrize("command", ["code", "ingest", "evaluate", "serve"])
def test_commands_that_build_a_coder_offer_every_coder_option(command):
    names = {opt for param in main.commands[command].params for opt in param.opts}
    assert set(CODER_FLAGS) <= names


@pytest.mark.parametrize("command", ["query", "trends", "export"])
def test_filter_commands_share_the_same_filter_options(command):
    names = {opt for param in main.commands[command].params for opt in param.opts}
    assert {"--db", "--actor", "--dyad", "--plover", "--quad-class", "--since", "--until", "--modality"} <= names


@pytest.mark.parametrize("command", ["code", "ingest", "evaluate", "actors"])
def test_a_missing_actor_file_is_one_line(command, tmp_path):
    result = CliRunner().invoke(main, [command, "--actors", str(tmp_path / "none.yaml"), "-"], input="text")
    assert result.exit_code != 0
    assert result.stderr.strip().splitlines() == [f"Error: {tmp_path / 'none.yaml'}: no such actor dictionary"]


def test_one_settings_tree_from_env_and_flags(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTSCOPE_MODEL", "from_env")
    settings = Settings.from_env(actor_files=(tmp_path / "a.yaml",))
    assert settings.model == "from_env" and settings.actor_files == (tmp_path / "a.yaml",)
    assert Settings.from_env(model="from_flag").model == "from_flag"
    assert isinstance(settings.ingest, IngestOptions) and isinstance(settings.ingest.fetch, FetchOptions)
    assert isinstance(settings.stories, StoryOptions)
    assert settings.max_chars == settings.ingest.max_chars  # defined once
    options = IngestOptions.from_settings(settings, stdin_format="csv")
    assert options.max_bytes == settings.limits.document_bytes and options.stdin_format == "csv"
    with pytest.raises(ValueError, match="extra"):
        Settings(ingest={"no_such_option": 1})


def test_reading_is_auto_unless_the_environment_or_a_flag_forces_it(monkeypatch):
    assert Settings.from_env().reading == "auto"
    monkeypatch.setenv("EVENTSCOPE_READING", "Sentences")
    assert Settings.from_env().reading == "sentences"
    assert settings_from(reading="article").reading == "article"  # the flag over the environment
    assert settings_from().reading == "sentences"
    monkeypatch.setenv("EVENTSCOPE_READING", "paragraphs")
    with pytest.raises(UserError, match=r"^invalid setting: reading: Input should be 'auto', 'article' or "
                                        r"'sentences' \(got 'paragraphs'\)$"):
        Settings.from_env()


@pytest.mark.parametrize("command", ["code", "ingest", "evaluate"])
def test_a_bad_reading_is_one_line_naming_the_choices(command):
    result = CliRunner().invoke(main, [command, "--reading", "paragraphs", "-"], input="text")
    assert result.exit_code == 2
    assert "Invalid value for '--reading': 'paragraphs' is not one of 'auto', 'article', 'sentences'" in result.stderr


def test_code_hands_the_reading_to_the_coder(monkeypatch):
    import eventscope.pipeline

    seen = []

    class Coder:
        def __init__(self, settings):
            seen.append(settings.reading)

        def code(self, articles):
            return iter(())

    monkeypatch.setattr(eventscope.pipeline, "Coder", Coder)
    result = CliRunner().invoke(main, ["code", "--reading", "sentences", "-"], input="Chile met Peru.")
    assert result.exit_code == 0, result.output
    assert seen == ["sentences"]


def test_the_document_cap_is_set_once_in_limits(monkeypatch):
    monkeypatch.setenv("EVENTSCOPE_LIMIT_DOCUMENT_BYTES", "1234")
    settings = Settings.from_env()
    assert settings.limits.document_bytes == 1234 and settings.ingest.max_bytes == 1234  # the ingest branch follows
    assert IngestOptions.from_settings(settings).max_bytes == 1234
    flagged = IngestOptions.from_settings(settings, document_bytes=99)  # ingest --max-bytes
    assert flagged.max_bytes == 99 and settings.limits.document_bytes == 1234
    assert "max_bytes" not in IngestOptions.model_fields
    with pytest.raises(ValueError, match="extra"):
        IngestOptions(max_bytes=5)


def test_ingest_max_bytes_flag_and_environment_reject_a_large_line(monkeypatch, tmp_path):
    from eventscope.store import connect, count_rows

    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "big", "text": "' + "word " * 400 + '"}\n', encoding="utf-8")
    for flags, env in ((["--max-bytes", "500"], None), ([], "500")):
        if env:
            monkeypatch.setenv("EVENTSCOPE_LIMIT_DOCUMENT_BYTES", env)
        db = tmp_path / f"run{len(flags)}.duckdb"
        result = CliRunner().invoke(main, ["ingest", str(dump), "--db", str(db), "--workers", "1", "--no-progress", *flags])
        assert result.exit_code == 0, result.output
        with connect(db, read_only=True) as con:
            assert count_rows(con, ["articles", "rejects"]) == {"articles": 0, "rejects": 1}

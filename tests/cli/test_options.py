"""Options are declared once (cli/options.py) and every command that builds a coder offers all of them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from eventscope.cli import main
from eventscope.settings import FetchOptions, IngestOptions, Settings, StoryOptions

CODER_FLAGS = ("--model", "--actors", "--patterns", "--places")


@pytest.mark.parametrize("command", ["code", "ingest", "evaluate"])
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

"""Every command is documented: a command without help text fails here."""

import json

import click
from click.testing import CliRunner

from eventscope.cli import main


def walk(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from walk(sub, path + (name,))


def test_every_command_and_option_has_help():
    for path, command in walk(main):
        assert (command.help or "").strip(), f"command {' '.join(path) or 'eventscope'} has no help"
        for param in command.params:
            if isinstance(param, click.Option) and param.name not in ("help", "version"):
                assert (param.help or "").strip(), f"option {param.name} of {' '.join(path)} has no help"


def test_schema_prints_the_event_contract():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.output)
    for field in ("id", "article_id", "sentence_index", "date", "event", "trigger", "source", "target",
                  "modality", "attribution", "location", "evidence", "confidence"):
        assert field in schema["properties"], field
    assert set(schema["properties"]["modality"]["enum"]) == {"asserted", "negated", "future", "hypothetical", "historical"}

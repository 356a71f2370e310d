"""The eventscope command line. Each module in this package contributes its commands through `COMMANDS`."""

from __future__ import annotations

import importlib

import click

from eventscope import __version__

# Modules whose COMMANDS list is added to the group, in help order.
_COMMAND_MODULES = ("code", "schema", "corpus", "actors", "evaluate", "serve", "demo")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="eventscope")
def main() -> None:
    """eventscope: political event data (CAMEO and PLOVER) from news text.

    Code an article with `eventscope code FILE`, build a database with `eventscope ingest`,
    and explore it with `eventscope serve`.
    """


for _name in _COMMAND_MODULES:
    for _command in importlib.import_module(f"eventscope.cli.{_name}").COMMANDS:
        main.add_command(_command)

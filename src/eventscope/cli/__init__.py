"""The eventscope command line. Each module in this package contributes its commands through `COMMANDS`.

The group is the command line's one error boundary: an EventscopeError (or a DuckDB error that is really
the user's: not a database, locked, disk full) ends the command with its one-line message and exit code;
any other exception is a bug, reported on one line too. EVENTSCOPE_DEBUG=1 shows the traceback instead.
"""

from __future__ import annotations

import errno
import importlib
import sys
from typing import Any

import click

from eventscope import __version__
from eventscope.errors import EventscopeError, InternalError, debug_enabled, from_database_error, one_line

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command ended by Ctrl-C

# Modules whose COMMANDS list is added to the group, in help order.
_COMMAND_MODULES = ("code", "explain", "schema", "corpus", "actors", "data", "evaluate", "serve", "demo")


def user_error(error: Exception) -> click.ClickException:
    """The one-line ClickException (message and exit code) for an exception that reached the boundary."""
    translated: EventscopeError
    if isinstance(error, EventscopeError):
        translated = error
    elif (database := from_database_error(error)) is not None:
        translated = database
    elif isinstance(error, MemoryError):
        translated = InternalError("out of memory; the input is too large for this machine (lower --max-bytes "
                                   "or split the input)")
    else:
        translated = InternalError(f"internal error ({type(error).__name__}: {one_line(error, 300)}); this is a bug: "
                                   "run again with EVENTSCOPE_DEBUG=1 for the traceback and report it")
    exception = click.ClickException(str(translated))
    exception.exit_code = translated.exit_code  # type: ignore[misc]  # click declares it on the class
    return exception


def usage_line(error: click.UsageError) -> click.ClickException:
    """A usage error (an unknown flag, a missing argument, a value an option cannot take) on one line, with where
    to read the usage, instead of click's usage block; the exit code stays click's 2."""
    where = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
    exception = click.ClickException(" ".join(error.format_message().split()).rstrip(".") + where)
    exception.exit_code = error.exit_code  # type: ignore[misc]  # click declares it on the class
    return exception


class _Boundary(click.Group):
    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as error:  # the group's own options ("eventscope --verbose")
            raise usage_line(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as error:  # a command's options and arguments, or an unknown command
            raise usage_line(error) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:  # Ctrl-C: said as such, with the shell's code (click says "Aborted!" and exits 1)
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as error:
            if debug_enabled() or (isinstance(error, OSError) and error.errno == errno.EPIPE):  # click handles EPIPE
                raise
            raise user_error(error) from None


@click.group(cls=_Boundary, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="eventscope")
def main() -> None:
    """eventscope: political event data (CAMEO and PLOVER) from news text.

    Code an article with `eventscope code FILE`, build a database with `eventscope ingest`,
    and explore it with `eventscope serve`.
    """


try:  # (the commands' modules take most of a start-up: Ctrl-C meanwhile is no traceback either)
    for _name in _COMMAND_MODULES:
        for _command in importlib.import_module(f"eventscope.cli.{_name}").COMMANDS:
            main.add_command(_command)
except KeyboardInterrupt:
    sys.stderr.write("interrupted\n")
    sys.exit(EXIT_INTERRUPTED)

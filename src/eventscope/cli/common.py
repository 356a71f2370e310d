"""Small helpers the commands share: one-line errors (a typed date is read by records.iso_date)."""

from __future__ import annotations

import click

from eventscope.errors import MAX_MESSAGE

__all__ = ["fail"]


def fail(message: str) -> click.ClickException:
    """A user-facing error on one line, at most MAX_MESSAGE characters (it may quote what the user typed; click
    prints it as 'Error: ...' and exits 1)."""
    line = message.replace("\n", " ")
    return click.ClickException(line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…")

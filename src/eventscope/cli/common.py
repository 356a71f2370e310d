"""Small helpers the commands share: one-line errors (a typed date is read by records.iso_date)."""

from __future__ import annotations

import click

__all__ = ["fail"]


def fail(message: str) -> click.ClickException:
    """A user-facing error on one line (click prints it as 'Error: ...' and exits 1)."""
    return click.ClickException(message.replace("\n", " "))

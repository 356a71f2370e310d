"""Small helpers the commands share: one-line errors and date options."""

from __future__ import annotations

from datetime import date

import click

__all__ = ["fail", "iso_date"]


def fail(message: str) -> click.ClickException:
    """A user-facing error on one line (click prints it as 'Error: ...' and exits 1)."""
    return click.ClickException(message.replace("\n", " "))


def iso_date(value: str | None, option: str) -> date | None:
    """The YYYY-MM-DD value of a date option, or a clear error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"invalid date {value!r} for {option}: expected YYYY-MM-DD") from None

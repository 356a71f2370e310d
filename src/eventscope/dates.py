"""When: event dates from explicit and relative expressions.

PLACEHOLDER interface (issue #5 replaces the body): DateResolver().date(doc, event, published) returns the
event with date, date_precision, date_text and date_reason set.
"""

from __future__ import annotations

from datetime import date

from eventscope.records import Event

__all__ = ["DateResolver"]


class DateResolver:
    def date(self, doc, event: Event, published: date | None) -> Event:
        if published is None:
            return event
        return event.model_copy(update={"date": published.isoformat(), "date_precision": "day", "date_reason": "publication"})

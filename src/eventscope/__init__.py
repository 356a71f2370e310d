"""eventscope: turn news text into political event data (who did what to whom, where, when, says who)."""

__version__ = "0.1.0"

from eventscope.records import (  # noqa: E402
    Actor,
    ActorMention,
    Article,
    CodedArticle,
    Event,
    EventType,
    Location,
    Reject,
    Span,
)
from eventscope.settings import Settings  # noqa: E402


def __getattr__(name: str):
    # The coder pulls in spaCy; load it only when asked for.
    if name == "Coder":
        from eventscope.pipeline import Coder

        return Coder
    raise AttributeError(name)


__all__ = [
    "Actor",
    "ActorMention",
    "Article",
    "CodedArticle",
    "Coder",
    "Event",
    "EventType",
    "Location",
    "Reject",
    "Settings",
    "Span",
    "__version__",
]

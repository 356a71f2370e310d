"""Events: trigger patterns, roles, modality and attribution.

PLACEHOLDER interface (issue #4 replaces the body): EventCoder(ontology, patterns).code(doc, article, mentions)
returns the Event list of a parsed document, with location and date left empty for the where/when stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eventscope.ontology import Ontology
from eventscope.records import ActorMention, Article, Event

__all__ = ["EventCoder", "TriggerPatterns", "load_patterns"]


class TriggerPatterns:
    pass


def load_patterns(extra_paths: Sequence[Path] = ()) -> TriggerPatterns:
    return TriggerPatterns()


class EventCoder:
    def __init__(self, ontology: Ontology, patterns: TriggerPatterns) -> None:
        self.ontology = ontology
        self.patterns = patterns

    def code(self, doc, article: Article, mentions: list[ActorMention]) -> list[Event]:
        return []

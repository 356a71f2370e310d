"""Actors: dictionary-backed recognition and coding of states, people, organisations and groups.

PLACEHOLDER interface (issue #3 replaces the body): ActorResolver(dictionary).resolve(doc, published)
returns the ActorMention list of a parsed document.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from eventscope.records import ActorMention

__all__ = ["ActorDictionary", "ActorResolver", "load_actor_dictionary"]


class ActorDictionary:
    pass


def load_actor_dictionary(extra_paths: Sequence[Path] = ()) -> ActorDictionary:
    return ActorDictionary()


class ActorResolver:
    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def resolve(self, doc, published: date | None) -> list[ActorMention]:
        return []

"""Where: the gazetteer and event geolocation.

PLACEHOLDER interface (issue #5 replaces the body): EventLocator(gazetteer).locate(doc, event, mentions)
returns the event with its location set.
"""

from __future__ import annotations

from eventscope.records import ActorMention, Event

__all__ = ["EventLocator", "Gazetteer", "load_gazetteer"]


class Gazetteer:
    pass


def load_gazetteer() -> Gazetteer:
    return Gazetteer()


class EventLocator:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def locate(self, doc, event: Event, mentions: list[ActorMention]) -> Event:
        return event

"""Where: the gazetteer and event geolocation (issue #5)."""

from eventscope.geo.gazetteer import Gazetteer, Place, load_gazetteer
from eventscope.geo.locator import EventLocator

__all__ = ["EventLocator", "Gazetteer", "Place", "load_gazetteer"]

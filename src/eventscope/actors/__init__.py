"""Actors: dictionary-backed recognition and coding of states, people, organisations and groups.

`load_actor_dictionary(extra_paths)` reads and validates the data files beside this module (and the
users' own); `ActorResolver(dictionary).resolve(doc, published)` returns the ActorMention list of a
parsed document.
"""

from __future__ import annotations

from eventscope.actors.dictionary import ActorDictionary, DictionaryError, check_dictionary, load_actor_dictionary
from eventscope.actors.resolver import ActorResolver

__all__ = ["ActorDictionary", "ActorResolver", "DictionaryError", "check_dictionary", "load_actor_dictionary"]

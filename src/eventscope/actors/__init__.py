"""Actors: dictionary-backed recognition and coding of states, people, organisations and groups.

`load_actor_dictionary(extra_paths)` reads and validates the data files beside this module (and the
users' own); `ActorResolver(dictionary).resolve(doc, published)` returns the ActorMention list of a
parsed document; `ActorCompletion(dictionary).complete(context)` gives them countries from the document's
context and carries codes to the mentions that refer back.
"""

from __future__ import annotations

from eventscope.actors.completion import ActorCompletion
from eventscope.actors.dictionary import ActorDictionary, DictionaryError, check_dictionary, load_actor_dictionary
from eventscope.actors.resolver import ActorResolver

__all__ = ["ActorCompletion", "ActorDictionary", "ActorResolver", "DictionaryError", "check_dictionary", "load_actor_dictionary"]

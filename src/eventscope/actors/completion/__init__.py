"""Completing a document's actors from its context: the country of every actor the dictionaries left
without one, the codes of the mentions that refer back to them, and, after the event coder, the implied targets
and the sectors of the actors in coded events.

One class, `ActorCompletion`, built in layers, one module each, each a subclass of the one before it:

- base.py: the state every rule reads and the helpers all layers share;
- referring.py: mentions that refer back to an actor named before ("the two sides", "the PSB", "Ruiz said");
- articles.py: the countries the article's layout and story give (item headers, dateline, host, article country,
  recent actor, top country: the weak rules 3 to 6);
- countries.py: the chain of rules that gives an actor with no country one (its docstring lists them);
- targets.py: implied targets and the sectors of things acted on (after the event coder);
- role_sectors.py: the sectors of the actors in coded events (after the event coder).

Beside them, words.py holds the word classes and syntax the layers share, lookup.py the per-document index of
which country a token names.
"""

from eventscope.actors.completion.role_sectors import ActorCompletion

__all__ = ["ActorCompletion"]

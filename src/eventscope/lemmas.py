"""A token's lemma in lower case, the form every dictionary and pattern file compares with.

A leaf module (it imports nothing of eventscope): the event stages (events/matching.py and the modules that import
`lemma_of` from it) and the actor stages read lemmas the same way, and the actor stages run before the event stages.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["lemma_of"]


def lemma_of(token: Token) -> str:
    # No memo: lowering the lemma costs some 15 ns more a call than a dict of lemmas by hash did (about 10 ms over
    # the 153 bench articles' 600,000 calls), and a memo shared by every document was state kept at module level.
    return token.lemma_.lower()

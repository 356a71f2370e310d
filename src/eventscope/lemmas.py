"""A token's lemma in lower case, the form every dictionary and pattern file compares with.

A leaf module (it imports nothing of eventscope): the event stages (events/matching.py and the modules that import
`lemma_of` from it) and the actor stages read lemmas the same way, and the actor stages run before the event stages.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["lemma_of"]

# A lemma's lower case by the lemma's hash (a StringStore hash is the string's own, the same in every vocabulary):
# lemma_of runs some 600,000 times on the 153 bench articles, over a few thousand lemmas. Emptied when it grows
# past _LOWER_LEMMAS_MAX, so a long run's names and numbers do not pile up.
_LOWER_LEMMAS: dict[int, str] = {}
_LOWER_LEMMAS_MAX = 100_000


def lemma_of(token: Token) -> str:
    lemma = token.lemma
    lowered = _LOWER_LEMMAS.get(lemma)
    if lowered is None:
        if len(_LOWER_LEMMAS) >= _LOWER_LEMMAS_MAX:
            _LOWER_LEMMAS.clear()
        lowered = _LOWER_LEMMAS[lemma] = token.lemma_.lower()
    return lowered

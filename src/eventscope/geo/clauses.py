"""Clause membership from the dependency parse, shared by the where (geo) and when (dates) stages."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["clause_hops"]

# Dependency labels that open a new clause: a word below one belongs to that clause, not the trigger's.
CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "csubj", "csubjpass", "parataxis", "acl", "conj", "pcomp"})
# Labels through which a trigger belongs to its governing verb's clause ("launched an attack", "expected to visit").
CLAUSE_INTERNAL_DEPS = frozenset(
    {"dobj", "pobj", "prep", "xcomp", "attr", "oprd", "compound", "nsubj", "nsubjpass", "acomp", "dative"}
)


def clause_hops(word: Token, trigger: Token, belongs_elsewhere: Callable[[Token], bool] | None = None) -> int | None:
    """Dependency hops from `word` to the trigger's clause, or None when a clause boundary lies between them.

    The trigger's clause reaches up through nominal and infinitival attachments so that a word attached to
    the governing verb counts as well. `belongs_elsewhere(token)` may veto a path through another event word
    ("the condemnation of the invasion of Ukraine": Ukraine belongs to the invasion).
    """
    chain = {trigger.i: 0}
    top, distance = trigger, 0
    while top.dep_ in CLAUSE_INTERNAL_DEPS:
        up = top.head  # (read once a step: each read of Token.head makes a new Token)
        if up.i == top.i:
            break
        top, distance = up, distance + 1
        chain[top.i] = distance
    node, hops = word, 0
    while node.i not in chain:
        up = node.head
        if node.dep_ in CLAUSE_DEPS and node.pos_ in ("VERB", "AUX") or up.i == node.i:
            return None
        node, hops = up, hops + 1
        if node.i not in chain and belongs_elsewhere is not None and belongs_elsewhere(node):
            return None
    return hops + chain[node.i]

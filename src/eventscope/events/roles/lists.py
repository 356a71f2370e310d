"""Lists of parties: the items of a role phrase that lists several, and the companions told beside it.

The parser often breaks a list ("met with representatives of Oxfam, the Red Cross and Amnesty") after its first
comma or hangs later items as appositions or objects; these rules find the whole list from its opening, tell an item
from a description of the name before it ("Alice Wells, a senior official"), and add the companions an act is done
with ("Sweden, together with Norway", "alongside France") so that every party a role lists becomes an actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.actors.antecedents import PLURAL_TAGS
from eventscope.events.matching import TriggerMatch, lemma_of, pronoun_of
from eventscope.events.patterns import PronounCues, TriggerPatterns
from eventscope.events.roles.grammar import _PREMODIFIERS, _is_passive
from eventscope.events.roles.naming import _names_body

# How the parser hangs the later items of a list it broke after the first comma (see `_list_rest`).
_LIST_DEPS = frozenset({"npadvmod", "appos", "dobj", "nsubj", "conj", "dep"})


def _is_list_item(token: Token, *, patterns: TriggerPatterns) -> bool:
    """An apposition that goes on with conjuncts of its own ("Indonesia, Australia, Malaysia and Singapore")
    is an item of a list, not a description of the word before it, as is one opened by "even"; one opened by
    "a" ("A B, a priest and author") describes who that is, unless the word before it is plural ("two generals,
    a company and a bank": one of them cannot be who they are)."""
    if token.dep_ != "appos":
        return False
    return _adds_to_list(token, patterns=patterns) or (any(c.dep_ == "conj" for c in token.children) and (
        token.head.tag_ in PLURAL_TAGS and token.tag_ not in PLURAL_TAGS
        or not any(c.dep_ == "det" and lemma_of(c) in ("a", "an") for c in token.children)))


def _adds_to_list(token: Token, *, patterns: TriggerPatterns) -> bool:
    """"farmers, truckers, even the port workers": an apposition opened by "even" is one more of them, not
    who they are ("also" is left out: "Smith, also a senator," says who Smith is)."""
    return token.dep_ == "appos" and any(c.dep_ == "advmod" and lemma_of(c) in patterns.roles.adding_words and c.i < token.i
                                         for c in token.children)


def _describes_a_name(head: Token, appos: Token, pronouns: PronounCues) -> bool:
    """"Odin Sanchez, a former congressman", "Kuwait, its first mission abroad": an apposition opened by "a" or
    a possessive pronoun after a name describes the one named; a reader marks the name alone as the one acted
    on (a definite title stays: "Marie Smith, the former ambassador")."""
    return head.pos_ == "PROPN" and any(
        (c.dep_ == "det" and lemma_of(c) in ("a", "an")) or (c.dep_ == "poss" and pronoun_of(c) in pronouns.actors)
        for c in appos.children if c.i < appos.i)


def _list_items(token: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """A word and the words listed after it as its conjuncts (or as list items the parser made appositions)."""
    items = [token]
    for child in token.rights:
        if child.dep_ == "conj" or _is_list_item(child, patterns=patterns):
            items += _list_items(child, patterns=patterns)
    return items


def _list_opening(prep: Token, words: frozenset[str]) -> Token | None:
    """The object of a preposition on a role's head when it opens members or companions (`words`): one word
    ("including Qatar"), or two, the word before it and itself ("such as France", "together with Norway") or itself
    and the preposition the parser hangs on it ("along with Australia")."""
    if prep.dep_ != "prep":
        return None
    word = prep.text.lower()
    if word in words or (prep.i > 0 and f"{prep.doc[prep.i - 1].text.lower()} {word}" in words):
        return next((c for c in prep.rights if c.dep_ == "pobj"), None)
    for inner in prep.rights:
        if inner.dep_ == "prep" and f"{word} {inner.text.lower()}" in words:
            return next((c for c in inner.rights if c.dep_ == "pobj"), None)
    return None


def _list_rest(target: Token) -> list[Token]:
    """"met with envoys from Chile, leaders of the unions and a group of farmers": the parser hangs the items
    after the first comma of a list on the verb or an earlier noun; an item right after the target's
    phrase, whose own phrase closes the list with "and"/"or", is aimed at too."""
    doc = target.doc
    comma = target.right_edge.i + 1
    if target.dep_ not in ("pobj", "dobj") or comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    item = doc[comma + 1]
    # up from the item's first word through the words that modify the phrase head from its left ("the
    # International Red Cross"), never to a head the phrase does not open
    while item.dep_ in _PREMODIFIERS and item.head.i > item.i and item.head.left_edge.i == comma + 1:
        item = item.head
    if (item.pos_ not in ("NOUN", "PROPN") or item.left_edge.i != comma + 1 or item.head.i >= target.i
            or item.dep_ not in _LIST_DEPS):
        return []
    closes = any(t.dep_ == "cc" and lemma_of(t) in ("and", "or") for t in item.subtree)
    return [item, *(t for t in item.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN"))] if closes else []


def _prepositions_again(role: Token) -> list[Token]:
    """"spoke with the president of Ghana and with the head of the AU", "endorsed by the union and by forty mayors":
    the objects of the same preposition said again after "and"/"or" (the parser hangs the second as a conjunct of
    the first), each a party of the role `role` is the object of the first; with their own conjuncts."""
    prep = role.head
    if role.dep_ != "pobj" or prep.i == role.i:
        return []
    word = prep.text.lower()
    again = [c for c in prep.rights if c.dep_ == "conj" and c.text.lower() == word and c.i > role.i]
    found: list[Token] = []
    for other in again:
        found += [item for obj in other.rights if obj.dep_ == "pobj" for item in (obj, *obj.conjuncts)
                  if item.pos_ in ("NOUN", "PROPN") and item.i > prep.i]
        found += _prepositions_again(next((c for c in other.rights if c.dep_ == "pobj"), other))
    return found


def _companions_of(match: TriggerMatch, sources: tuple[Token, ...], patterns: TriggerPatterns) -> tuple[Token, ...]:
    """"Turkey, along with Iran, met Russia", "Britain imposed sanctions alongside France": companions the parser
    hangs on the active verb (or on the light verb carrying a noun) act with its subject."""
    verb = match.token if match.is_verbal else match.anchor
    if not sources or verb.pos_ != "VERB" or _is_passive(verb):
        return ()
    found = [item for prep in verb.children if (obj := _list_opening(prep, patterns.roles.companion_preps)) is not None
             for item in _list_items(obj, patterns=patterns) if _names_body(item, patterns) and item not in sources]
    return tuple(found)

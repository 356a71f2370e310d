"""One party per country a role's phrase lists (CODEBOOK "One event or several").

The role rules (events/roles/) give one actor per phrase. A phrase may still name several countries' people:
its premodifiers joined by "and" ("US and EU officials", "Chinese and US negotiators" where the resolver reads
one country) or the countries it says they come from ("four aid workers, from France and Belgium"). The codebook
codes one event per (source, target) pair, so each further country listed gives the same actor of that
country. A name that contains "and" ("Trinidad and Tobago", "Bosnia and Herzegovina") is one mention of one
country, so it adds no one; a list of things with no country ("law and order officials") adds no one either.
Which country a word names is the resolver's reading (its mentions), not a word list of this module's.

People may also come from a list of named bodies ("envoys from Hamas and Hezbollah", "delegates from Oxfam and
the Red Cross"): each body named is a party of its own (`_listed_names`), one actor named twice is one party.

A party may also be added by a clause that echoes the act told without telling it again (`echo_subjects`): "Kenya
condemned the coup, as did the African Union", "... , and so did Britain", "Britain did too", "France followed
suit". Its subject did the same act, so it is one more source of it (the coder decides which act is echoed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from eventscope.actors.completion.words import says_its_country
from eventscope.events.matching import lemma_of
from eventscope.events.patterns import EchoWords, PairWords, TriggerPatterns
from eventscope.events.selection import same_actor
from eventscope.records import Actor, ActorMention, from_phrase_words

__all__ = ["denied_party", "echo_subjects", "echo_words", "echoed_verb", "listed_parties", "one_per_name"]

# Premodifiers that may list the countries of the people a noun names ("US and EU officials").
_LISTING_MODIFIERS = frozenset({"compound", "nmod", "amod"})
_POSSESSOR = "poss"
# The most countries one phrase adds (the pipeline caps a sentence's events too).
_MAX_LISTED = 6
_ORGANISATION_SECTORS = frozenset({"IGO", "NGO"})
_NOTE = "; one of the countries listed"

Mentions = Callable[[Token], list[ActorMention]]
# The lists of a phrase, each with whether only states may be its items (`_listing_words`).
_Lists = list[tuple[list[Token], bool]]
_NAME_WORD = re.compile(r"\w+")


def _conjuncts(token: Token) -> list[Token]:
    """A word and the words joined to it by "and"/"or" (a list's items), in the text's order."""
    return sorted((token, *token.conjuncts), key=lambda t: t.i)


def _listing_words(head: Token, start: int, end: int, origins: frozenset[str]) -> _Lists:
    """The lists inside the phrase [start, end) of `head` that may give its people's countries, each with
    whether only states may be its items: joined premodifiers ("US and EU officials") or possessors ("Kenya's and
    Uganda's presidents"), and the joined objects
    of a "from"/"of" after it (`origins`: pairs.yaml origin_prepositions), which say where people come from only
    when they are states ("workers from France and Belgium", not "the head of the group and other activists")."""
    lists: _Lists = []
    for child in head.lefts:
        if child.dep_ in _LISTING_MODIFIERS and start <= child.i and any(c.dep_ == "conj" for c in child.children):
            lists.append((_conjuncts(child), False))
    # ("Kenya's and Uganda's presidents": the parser hangs each possessor on the noun, the "and" on the first)
    owners = [c for c in head.lefts if c.dep_ == _POSSESSOR and start <= c.i]
    if len(owners) > 1 and any(c.dep_ == "cc" for o in owners for c in o.children):
        lists.append((owners, False))
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.text.lower() not in origins or prep.i >= end:
            continue
        obj = next((c for c in prep.rights if c.dep_ == "pobj"), None)
        if obj is not None and any(c.dep_ == "conj" for c in obj.children):
            lists.append((_conjuncts(obj), True))
    return lists


def _item_country(item: Token, mentions: Mentions, states_only: bool) -> tuple[str, int, int] | None:
    """The country one item of a list names, with its token range: that of a mention that opens with its words
    and says its own country ("NATO" of "US and NATO officials"; a state's, when `states_only`). The resolver
    reads its own countries' names and demonyms: a list of like words ("Malian and French troops") is one
    mention per country already, each an actor of the role."""
    start = item.left_edge.i
    for mention in mentions(item):
        actor = mention.actor
        if (actor.country and start <= mention.token_start <= item.i and says_its_country(actor)
                and (actor.kind == "state" or not states_only)):
            return actor.country, mention.token_start, min(mention.token_end, item.i + 1)
    return None


def _phrase_lists(actor: Actor, doc: Doc, words: PairWords) -> tuple[Span, _Lists] | None:
    """`actor`'s phrase and the lists in it (`_listing_words`); None when it has none."""
    # (a cheap look at the phrase's words before its parse is read: most phrases list nothing)
    if not any(cue in actor.text for cue in words.list_cues):
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    return span, _listing_words(span.root, span.start, span.end, words.origin_prepositions)


def _listed_countries(actor: Actor, lists: _Lists, mentions: Mentions) -> list[tuple[str, int, int]]:
    """The countries (with the tokens naming each) of the `lists` in `actor`'s phrase whose items all name a
    country, one of them the actor's own; empty when there is no such list."""
    for items, states_only in lists:
        named = [_item_country(item, mentions, states_only) for item in items]
        # ("law and order officials", "Chinese and private firms": not a list of countries)
        if all(named) and any(n[0] == actor.country for n in named if n):
            return [n for n in named if n]
    return []


def _named_item(item: Token, mentions: Mentions) -> Actor | None:
    """The body a list item names by itself: a mention heading the item's own words ("Hezbollah", "the Red
    Cross"), not one only inside it ("leaders of Hamas"), nor words with no name, nor a person (people come from
    bodies; "the head of the group, Ann Ode," names who the head is)."""
    if item.pos_ != "PROPN":
        return None
    for mention in mentions(item):
        if (mention.token_start <= item.i < mention.token_end and not from_phrase_words(mention.actor)
                and mention.actor.kind != "person"):
            return mention.actor
    return None


def _listed_names(span: Span, lists: _Lists, mentions: Mentions) -> list[Actor]:
    """The further named actors of a "from"/"of" list of the `lists` in an actor's phrase `span` whose items each
    name an actor, the first the actor's own ("envoys from Hamas and Hezbollah": Hezbollah's envoys too); empty
    otherwise."""
    for items, states_only in lists:
        if not states_only or not span.start <= items[0].i < span.end:
            continue
        named = [_named_item(item, mentions) for item in items]
        # (one mention over two items is one name with "and" in it: "the Ministry of Trade and Industry")
        if all(named) and len({(n.start, n.end) for n in named if n is not None}) == len(items):
            return [n for n in named[1:] if n is not None][:_MAX_LISTED]
    return []


def listed_parties(actors: Sequence[Actor], doc: Doc, mentions: Mentions, patterns: TriggerPatterns) -> list[Actor]:
    """`actors` with, after each, the same actor for each further country its phrase lists, and each further
    named actor of a list it says its people come from. `mentions`: the actor mentions of a word's phrase
    (`ActorPicker.mentions_in`); `patterns`: the coder's (its pair words, and its dictionary for the codes)."""
    out = list(actors)
    countries = {a.country for a in actors if a.country}
    for actor in actors:
        found = _phrase_lists(actor, doc, patterns.pairs)
        if found is None:
            continue
        span, lists = found
        listed = _listed_countries(actor, lists, mentions) if actor.country else []
        if not listed:
            # (one actor named twice is one party)
            out += [named for named in _listed_names(span, lists, mentions) if not any(same_actor(named, o) for o in out)]
        for country, start, end in listed[:_MAX_LISTED]:
            if country in countries:
                continue
            # (an organisation's own sector is not the other country's: "EU and US officials")
            sectors = [s for s in actor.sectors if s not in _ORGANISATION_SECTORS]
            words = doc[start:end]
            out.append(actor.revised(text=words.text, start=words.start_char, end=words.end_char,
                                     country=country, sectors=sectors,
                                     code=patterns.dictionary.code_for(country, sectors),
                                     reason=actor.reason + _NOTE))
            countries.add(country)
    return out


def _part_of_a_name(actor: Actor, doc: Doc, names: list[set[str]]) -> bool:
    """An actor of a phrase's words alone, with no country, whose proper names are all words of a dictionary
    actor's name beside it: the parser split one name at its "and" ("the Bill and Melinda Gates Foundation")."""
    if not from_phrase_words(actor) or actor.country:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    proper = {t.text.lower() for t in span if t.pos_ == "PROPN"} if span is not None else set()
    return bool(proper) and any(proper <= name for name in names)


def one_per_name(actors: list[Actor], doc: Doc) -> list[Actor]:
    """`actors` less any that is only a piece of another's dictionary name (`_part_of_a_name`): one name that
    contains "and" is one party, so one event, not one per piece."""
    if len(actors) < 2 or not any(from_phrase_words(a) and not a.country for a in actors):
        return actors
    names = [set(_NAME_WORD.findall(a.name.lower())) for a in actors if not from_phrase_words(a)]
    return [a for a in actors if not _part_of_a_name(a, doc, names)]


# How an echoing verb's words hang on it: its object ("did the same", "followed suit"), its markers ("as did X",
# "so did X", "did too", "did as well": "well" is no marker, its "as" is), and its subject.
_ECHO_OBJECTS = frozenset({"dobj", "attr"})
_ECHO_MARKS = frozenset({"mark", "advmod"})
_SUBJECTS = frozenset({"nsubj"})
# How a clause that echoes an act hangs from that act's verb ("condemned X, as did Y": advcl; "and so did Y": conj),
# and how far up from the echoing verb the "with" of "with France following suit" is looked for.
_ECHO_LINKS = frozenset({"advcl", "conj"})
_WITH_REACH = 3


def echo_words(verb: Token, words: EchoWords) -> list[Token] | None:
    """The words by which `verb` echoes the act told before it (itself and its echoing object or marker: "followed
    suit", "did the same", "as did X", "so did X", "did too"); None when it does not echo one, or denies it ("but
    Britain did not", "nor did France"). `words`: pairs.yaml echoes."""
    lemma = lemma_of(verb)
    if lemma not in words.verbs and lemma not in words.phrases or verb.pos_ != "VERB":
        return None
    children = list(verb.children)
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    # (the clause's own words, and the conjunction that opens it: "nor did France")
    if any(lemma_of(t) in words.denials for t in (*verb.subtree, *([before] if before is not None else []))):
        return None
    objects = [c for c in children if c.dep_ in _ECHO_OBJECTS]
    if verb.dep_ == "amod" and not objects:
        objects = [verb.head]  # (the parser may read "following suit" as a participle before its noun)
    if lemma in words.phrases:
        return [verb, *objects] if objects and all(lemma_of(o) in words.phrases[lemma] for o in objects) else None
    if objects:
        return [verb, *objects] if all(lemma_of(o) in words.objects for o in objects) else None
    marks = [c for c in children if c.dep_ in _ECHO_MARKS and any(lemma_of(w) in words.markers for w in (c, *c.children))]
    return [verb, *marks] if marks else None


def echo_subjects(verb: Token) -> tuple[Token, ...]:
    """The heads of an echoing verb's subject that may name a party ("as did the African Union", "Britain and
    France did so too"); none for a pronoun ("as it did in 2014": the same actor at another time)."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return tuple(t for s in subjects for t in (s, *s.conjuncts) if t.pos_ in ("NOUN", "PROPN"))


def echoed_verb(verb: Token, words: EchoWords) -> Token | None:
    """The verb of the act an echoing `verb` (`echo_words`) says its subject did too, in the same sentence: the one
    its clause hangs from ("condemned the coup, as did X", "and so did X") or whose companion preposition holds it
    ("expelled two diplomats, with France doing the same", "with Uganda following suit"); None when it hangs from
    none (a sentence of its own: "Britain did too")."""
    if verb.dep_ in _ECHO_LINKS:
        return verb.head
    token = verb
    for _ in range(_WITH_REACH):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.dep_ == "prep" and lemma_of(token) in words.companions:
            return token.head
    return None


# The words by which a denial hangs on a party's head ("not Uganda", "Neither Kenya", "No country"), and on the
# first of a list whose later items it denies ("Kenya nor Uganda": the "nor").
_DENYING_DEPS = frozenset({"neg", "det", "preconj", "advmod"})
_LIST_MARK_DEPS = frozenset({"cc", "preconj", "det"})


def denied_party(actor: Actor, doc: Doc, words: PairWords) -> bool:
    """Whether the text denies that `actor`, one of a role's actors, is a party of the act: its phrase is opened by
    a denial ("Kenya, but not Uganda, condemned Sudan"; "Neither Kenya nor Uganda"; "No country condemned it";
    not "not only Kenya but also Uganda"), or it is a later item of a list whose first item holds a "nor"."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if any(_denies(c, words) for c in head.children if c.dep_ in _DENYING_DEPS and c.i < head.i):
        return True
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i != head.i and any(_denies(c, words) and c.i < head.i for c in first.children
                                     if c.dep_ in _LIST_MARK_DEPS)


def _denies(word: Token, words: PairWords) -> bool:
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return lemma_of(word) in words.echoes.denials and not (after is not None and lemma_of(after) in words.denial_exceptions)

"""Word classes and syntax the completion rules share: what a noun phrase's own words are, where a place phrase
stands to a verb (gone to, met at, told of), borders and what lies beyond them, a clause's governing subject.

Functions of a parse only (tokens and spans, no dictionary state), so that every rule module reads a phrase the
same way; the events stage uses the border and own-country tests too (`is_border_noun`, `beyond_border`,
`border_acted_on`, `says_its_country`).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.tokens import Doc, Span, Token

from eventscope.actors.antecedents import CoreferenceFile
from eventscope.actors.dictionary import BorderNouns
from eventscope.context import DocumentContext
from eventscope.lemmas import lemma_of
from eventscope.records import Actor, ActorMention

# Left and right dependents of a head that are part of its noun phrase, where a country may be named.
_NP_LEFT = frozenset({"poss", "amod", "compound", "nmod"})
_NP_PREPS = frozenset({"of", "from", "in", "for", "at"})
_SIDE_PREPS = frozenset({"to", "with"})  # "loyal to", "allied with"
_DWELLING_PREPS = frozenset({"in", "at", "inside"})  # "living in", "sheltering at"
_ORIGIN_PREPS = frozenset({"from"})  # "flown in from", "fled from"
_SIDE_OF_PREPS = frozenset({"on"})  # "villagers on the Kyrgyz side"
_OF_CHAIN = 2  # "of" complements followed after the first ("the office of the ministry of health of Kenya")

# How far up a referring phrase's clause chain its governing subject is looked for, and the links that start a
# clause of its own.
_SUBJECT_REACH = 8

_NEW_CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl", "parataxis", "acl"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})  # "who", "which", "that" opening a relative clause

# Rules that read an actor's country in its own words (the others guess it from where the actor stands).
_INTERNATIONAL_NAME = "international name"  # "the World ... Organization": a body of states by its name
_OWN_COUNTRY_RULES = frozenset({"noun phrase", "party label", "same noun before", "apposition", _INTERNATIONAL_NAME})

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})  # a clause after a noun that says what it does
_GOAL_PREPS = frozenset({"to", "into", "toward", "towards", "onto", "in"})
_VENUE_PREPS = frozenset({"in", "at"})  # where a meeting happens

_BORDER_PREPS = frozenset({"with", "between", "of"})  # what opens a border's complement ("the border with Chad")
_BORDER_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_BORDER_PATH_POS = frozenset({"NOUN", "PROPN", "ADP", "ADJ", "DET", "CCONJ", "PUNCT"})  # (a clause ends the phrase)
_REPORTED_DEPS = frozenset({"ccomp"})  # ("agreed to open a school in Lima" is the actor's own act there)
# Links from an act's word to what it is done to or about (an implied target's country; its prepositions:
# sectors.yaml about_prepositions)
_ACTED_ON_DEPS = frozenset({"dobj", "attr", "nsubjpass"})

_JUDGING_DEPS = frozenset({"acomp", "attr", "advmod"})  # a judging word after "is" ("was cowardly", "a disgrace")


def _charged_with(doc: Doc, of: int) -> bool:
    """"of" that opens what someone is charged with ("accused the group of plotting"), not a name's complement."""
    return of + 1 < len(doc) and doc[of + 1].tag_ == "VBG"


def _stands_alone(span: Span) -> bool:
    """"The two met", "both agreed", "the pair pledged": a number or "both" alone is a pair of parties only as
    the subject of a clause, with no noun after it that it counts ("the two bills were passed")."""
    doc, last = span.doc, span[-1]
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    return last.dep_ in ("nsubj", "nsubjpass") or (last.dep_ == "conj" and last.head.dep_ in ("nsubj", "nsubjpass"))


def _subject_above(token: Token) -> tuple[int, int] | None:
    """The token span of the subject of the clause `token` is an object or complement of (through "urged X to",
    "said X should"), not the subject `token` is part of; a conjunct or adverbial clause starts a new one."""
    node = token
    for _ in range(_SUBJECT_REACH):
        head = node.head
        if head.i == node.i or node.dep_ in _NEW_CLAUSE_DEPS:
            return None
        if head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not c.left_edge.i <= token.i <= c.right_edge.i]
            if subjects and head.dep_ == "relcl" and all(c.tag_ in _RELATIVE_TAGS for c in subjects):
                # "Chile's minister, who urged both sides to talk": the relative pronoun stands for the noun above
                noun = head.head
                return noun.left_edge.i, noun.i + 1
            if subjects:
                return min(c.left_edge.i for c in subjects), max(c.right_edge.i for c in subjects) + 1
        node = head
    return None


def _named_in_full(head: Token) -> bool:
    """A body's name with a capital and an "of" ("the Ministry of Foreign Affairs of Estonia", "the Embassy of
    Peru"), whose head alone with a capital is its short name later ("the Ministry")."""
    return head.text[:1].isupper() and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _named_key(word: str) -> str:
    """The key of `_same_noun_before`'s table for a body named in full by a capitalised noun (apart from the lemmas)."""
    return "named " + word


def _bare_word(word: Token) -> bool:
    """A word no modifier says whose it is ("officers", "the deputies"; not "army officers", "Russian officers", "the
    navy's officers")."""
    return not any(t.dep_ in ("compound", "amod", "poss") and t.pos_ != "DET" for t in word.children)


def _acted_on_heads(trigger: Token, about: Container[str]) -> list[Token]:
    """The heads of what an act is done to or about: the trigger's object and its complements of a preposition
    that says so (`about`: "protested against", "warned over"; not "during a visit to Paris", "in a speech"), or,
    for a judging word after a copula ("the vote was rigged"), the subject it judges."""
    heads = [c for c in trigger.children if c.dep_ in _ACTED_ON_DEPS or (c.dep_ == "prep" and c.lower_ in about)]
    head = trigger.head
    if head.i != trigger.i and trigger.pos_ in ("ADJ", "ADV", "NOUN"):
        if trigger.dep_ in _JUDGING_DEPS and head.lemma_ == "be":
            heads += [c for c in head.children if c.dep_ in _SUBJECT_DEPS]  # "the vote was rigged"
        elif trigger.dep_ == "oprd":
            heads += [c for c in head.children if c.dep_ == "dobj"]  # "called the vote a sham"
    return heads


def is_border_noun(token: Token, borders: BorderNouns) -> bool:
    """A border noun heading a phrase of its own ("the border with Chad"), not one modifying a noun ("border guards")."""
    if token.dep_ == "compound" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    lower = token.lower_
    if lower in borders.words or lemma_of(token) in borders.words:
        return True
    phrases = borders.phrases.get(lower)  # (most words begin none: no walk of the words after them)
    if not phrases:
        return False
    doc = token.doc
    return any(tuple(t.lower_ for t in doc[token.i:token.i + len(words)]) == words for words in phrases)


def border_acted_on(border: Token) -> bool:
    """"closed its border with Chad", "will reopen the frontier": a border a verb acts on is no place; what its
    complement names is the neighbour the act is aimed at."""
    return border.dep_ in _BORDER_OBJECT_DEPS and border.head.pos_ in ("VERB", "AUX")


def beyond_border(token: Token, borders: BorderNouns, head: Token | None = None) -> bool:
    """Whether a word lies in the complement of a border noun ("near the border with Chad", "on the Kenyan border")
    below `head` (the role's head, itself not counted) or, with no head, anywhere up its noun phrases: a border
    says where, so what it names is no party (sectors.yaml border_nouns)."""
    if not borders.words:
        return False
    word = token
    stop = head.i if head is not None else -1
    for _ in range(_SUBJECT_REACH):
        up = word.head  # (read once: each read of Token.head makes a new Token)
        if up.i == word.i or up.i == stop:
            return False
        word = up
        if word.pos_ not in _BORDER_PATH_POS:
            return False
        if is_border_noun(word, borders):
            return not border_acted_on(word)
        if word.lower_ not in _BORDER_PREPS:
            continue
        before = word.doc[word.i - 1] if word.i > 0 else word  # (read only after a preposition: most words are none)
        if before.i != stop and is_border_noun(before, borders):
            # "a camp near the border with Chad": the parser may hang "with Chad" on the camp
            return not border_acted_on(before)
    return False


def _place_phrase(place: Token) -> Token:
    """The word that places a place name in its clause: the first conjunct ("to Mali and Niger"), the part
    named of it ("the north of Mali")."""
    while True:
        if place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
        elif place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
            place = place.head.head
        else:
            return place


def _goal_of(place: Token, verb: Token) -> bool:
    """"flew to Bamako", "sent to Mali", "deployed in Mali", "visited Bamako": whether a place is where a verb
    (of motion) moves its actors to."""
    if place.dep_ == "dobj":
        return place.head.i == verb.i
    prep = place.head
    return place.dep_ == "pobj" and prep.head.i == verb.i and prep.lower_ in _GOAL_PREPS


def _own_verbs(verb: Token) -> list[Token]:
    """A verb and the verbs its subject also does ("plans to visit", "refused to send"): its open complements."""
    verbs = [verb]
    for acting in verbs:
        verbs += [c for c in acting.children if c.dep_ == "xcomp"]
    return verbs


def _venue_of(place: Token, verb: Token) -> bool:
    """"met in Doha", "held talks at the palace in Rabat": whether a place is where a verb of meeting, or its
    meeting noun, happens (a place of an "in" or "at" on the verb or on its object, or on a place in one)."""
    if place.dep_ != "pobj" or place.head.lower_ not in _VENUE_PREPS:
        return False
    holder = place.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ in _VENUE_PREPS:
        holder = holder.head.head  # "at a hotel in Vienna"
    return holder.i == verb.i or (holder.dep_ == "dobj" and holder.head.i == verb.i)


def _told_under(place: Token, verb: Token) -> bool:
    """Whether a place lies in a reported clause below the verb, at any depth ("said ...", "..., saying ...")."""
    node, up, told = place, place.head, False  # (each read of Token.head makes a new Token)
    while up.i != node.i and node.i != verb.i:
        told = told or node.dep_ in _REPORTED_DEPS
        node, up = up, up.head
    return node.i == verb.i and told


def _reported_by(place: Token, verb: Token) -> bool:
    """Whether a place lies in a clause the verb reports ("said troops would stay in Mali")."""
    node, up = place, place.head  # (each read of Token.head makes a new Token)
    while up.i != node.i and up.i != verb.i:
        node, up = up, up.head
    return up.i == verb.i and node.dep_ in _REPORTED_DEPS


_OWN_CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl", "ccomp", "parataxis", "csubj"})


def _clause_of(token: Token) -> Token:
    """The head of the clause with a subject of its own that a token stands in ("when the army overthrew him":
    "overthrew"); a clause with no subject of its own ("speaking in Kyiv, he said", "entered Gao and killed") is
    its governor's."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in _OWN_CLAUSE_DEPS and any(c.dep_ in _SUBJECT_DEPS for c in node.children):
            return node
        node = node.head
    return node


def _clause_chain(token: Token) -> list[Token]:
    """The clauses a token stands in, its own first, up to the sentence's root."""
    chain = [_clause_of(token)]
    while chain[-1].head.i != chain[-1].i:
        chain.append(_clause_of(chain[-1].head))
    return chain


def clause_chain(context: DocumentContext, token_index: int) -> tuple[Token, ...]:
    """`_clause_chain` of a document's token, walked once per document (a sentence's places are each read against
    every actor of it)."""
    chains: dict[int, tuple[Token, ...]] = context.memo.setdefault("clause_chains", {})
    chain = chains.get(token_index)
    if chain is None:
        chain = chains[token_index] = tuple(_clause_chain(context.doc[token_index]))
    return chain


def _said_apart(place_clauses: Sequence[Token], actor_clauses: Container[int]) -> bool:
    """Whether a place stands in a "when", "after" or "because" clause of its own below the clause the actor
    stands in, or apart from it ("the troops withdrew after rebels attacked a garrison in Chad": where the rebels
    struck, not where the troops are); measured on held-out counts against the other ways of parting clauses (a
    relative clause, an "and", the actor's own side), which lost more than they gained (session 30). Takes the
    place's `_clause_chain` and the indices of the actor's (read once per document: `clause_chain`)."""
    for clause in place_clauses:
        if clause.i in actor_clauses:
            return False
        if clause.dep_ == "advcl":
            return True
    return False


def _paragraph_break(text: str) -> bool:
    """Whether a sentence's text and the spaces after it (a sentence's span may hold its line's end) end a paragraph."""
    return "\n" in text[len(text.rstrip()):]


def _modifies_a_noun(context: DocumentContext, mention: ActorMention) -> bool:
    """A lone country word describing what a noun after it names ("a US company", "the Dublin campus")."""
    head = context.doc[mention.head]
    return mention.token_end - mention.token_start == 1 and head.dep_ in ("amod", "compound") \
        and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i


def _named_as_where(word: Token, where: Container[str]) -> bool:
    """A name that says where something is or happens: the object of a preposition of place ("offices in Dublin",
    "outside the US"), alone or in a list."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in where


def _describes_a_thing(context: DocumentContext, mention: ActorMention, in_mentions: Container[int]) -> bool:
    """A lone country word or demonym modifying a noun that is no actor of its own ("the British bill", "the South
    Sudanese capital"); `in_mentions`: the tokens inside the document's mentions."""
    if mention.token_end - mention.token_start != 1 and (mention.actor.kind != "state" or mention.actor.sectors):
        return False
    head = context.doc[mention.head]
    return (head.dep_ in ("amod", "compound") and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.i not in in_mentions and not mention.token_start <= head.head.i < mention.token_end)


def _is_acronym(word: str) -> bool:
    """"PSB", "UNHCR": two to eight letters, all capitals."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def says_its_country(actor: Actor) -> bool:
    """Whether an actor's country comes from its own words or a dictionary, not guessed from where it stands
    (a place in its sentence, the dateline, the article, an actor near it, the act's source)."""
    return not actor.country_from or actor.country_from in _OWN_COUNTRY_RULES


def _origin_of_a_noun(token: Token) -> bool:
    """"tourists from Chile, Peru and Bolivia": places after a noun's "from" say where its people come
    from, not where anything in the sentence happens."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    return (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.text.lower() == "from"
            and prep.head.pos_ in ("NOUN", "PROPN"))


def _noun_phrase_words(head: Token, renamed: bool = True, allegiance: frozenset[str] = frozenset(),
                       shared: bool = False, dwelling: frozenset[str] = frozenset(),
                       origin: frozenset[str] = frozenset(), sides: frozenset[str] = frozenset()) -> list[Token]:
    """Words of the head's noun phrase that may name a country: its left modifiers, the objects of its
    "of / from / in / for" complements with their own modifiers, down a chain of "of" ("the ministry of health
    of Kenya"), those of "to / with" after an `allegiance` word ("fighters loyal to the Kenyan president"), then
    the words of a noun phrase in apposition, either way round ("the Kenyan firm Acme", "Acme, a Kenyan firm";
    `renamed` False: not those), then with `shared` the words its coordination shares with it (`_shared_words`);
    those of "in / at" after a `dwelling` verb ("families living in Chilean camps"), those of "from" after an
    `origin` verb ("tourists who had flown in from Peru", "families who fled from Chile"), those of "on" before a
    `sides` noun ("villagers on the Kyrgyz side")."""
    words: list[Token] = []
    for child in head.children:
        if child.dep_ in _NP_LEFT and child.i < head.i:
            words += [t for t in child.subtree]
        elif child.dep_ == "prep" and child.lower_ in _NP_PREPS:
            words += _complement_words(child)
        elif child.dep_ in ("amod", "acl") and child.i > head.i and lemma_of(child) in allegiance:
            words += _prep_complements(child, _SIDE_PREPS)
        elif child.dep_ in ("acl", "relcl") and child.i > head.i and lemma_of(child) in dwelling:
            words += _prep_complements(child, _DWELLING_PREPS)  # "families living in Chilean camps": where they live
        elif child.dep_ in ("acl", "relcl") and child.i > head.i and lemma_of(child) in origin:
            words += _prep_complements(child, _ORIGIN_PREPS)  # "tourists who had flown in from Peru": whence
        elif child.dep_ == "prep" and child.lower_ in _SIDE_OF_PREPS and child.i > head.i \
                and any(o.dep_ == "pobj" and lemma_of(o) in sides for o in child.children):
            words += _complement_words(child)  # "villagers on the Kyrgyz side": the side's state
    if renamed:
        appositions = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            appositions.insert(0, head.head)  # "the Kenyan firm Acme": the common noun the name renames
        for appos in appositions:
            words += [appos, *_noun_phrase_words(appos, renamed=False)]
    if shared:
        words += _shared_words(head)
    return words


def _shared_words(head: Token) -> list[Token]:
    """Words a coordination shares with each conjunct (read after the conjunct's own words, which win):
    "the president and prime minister of Peru" are both Peru's, "Iran's president and foreign minister" both
    Iran's. A later conjunct shares only when it opens with no determiner or possessive of its own ("the minister
    and his counterpart from Chile" are two people of two states)."""
    if head.pos_ not in ("NOUN", "PROPN") or not head.conjuncts:
        return []
    conjuncts = sorted((head, *head.conjuncts), key=lambda t: t.i)
    if any(c.pos_ not in ("NOUN", "PROPN") for c in conjuncts) or any(_opens_own_phrase(c) for c in conjuncts[1:]):
        return []
    words: list[Token] = []
    first, last = conjuncts[0], conjuncts[-1]
    if head is not first:
        words += [t for child in first.lefts if child.dep_ in _NP_LEFT for t in child.subtree]
    if head is not last:
        words += [w for prep in last.rights if prep.dep_ == "prep" and prep.lower_ in _NP_PREPS
                  for w in _complement_words(prep)]
    return words


def _opens_own_phrase(conjunct: Token) -> bool:
    """Whether a later conjunct has a determiner or possessive of its own ("and the minister", "and his aide")."""
    return any(c.dep_ in ("det", "poss") for c in conjunct.lefts)


def _prep_complements(word: Token, preps: Container[str]) -> list[Token]:
    """`_complement_words` of each of a word's prepositions in `preps` ("loyal to X", "living in X")."""
    return [w for prep in word.children if prep.dep_ == "prep" and prep.lower_ in preps for w in _complement_words(prep)]


def _complement_words(prep: Token, depth: int = 0) -> list[Token]:
    """The objects of a preposition with their left modifiers, and those of an "of" after them, a few deep."""
    words: list[Token] = []
    for obj in prep.children:
        if obj.dep_ == "pobj":
            words += [obj, *(c for c in obj.children if c.dep_ in _NP_LEFT)]
            if depth < _OF_CHAIN:
                for nested in obj.children:
                    if nested.dep_ == "prep" and nested.lower_ == "of":
                        words += _complement_words(nested, depth + 1)
    return words


def no_side(doc: Doc, mention: ActorMention, words: CoreferenceFile) -> bool:
    """Whether a mention names no side of a pair named after it: the mediator who brings two sides together
    ("talks mediated by Brazil", "Brazil, which brokered the truce", "Brazilian mediators", "Brazil's mediation"), or
    the place where they meet ("met in Quito", "talks in Geneva"; coreference.yaml mediation_*, venue_heads)."""
    head = doc[mention.token_start:mention.token_end].root  # (the phrase's, not its name's: "X's envoy, Ann Ode,")
    if lemma_of(head) in words.mediation_nouns or any(
            c.dep_ == "appos" and lemma_of(c) in words.mediation_nouns for c in head.children):
        return True  # "Brazilian mediators", "Brazil, the mediator,"
    above = head.head
    if head.dep_ == "pobj" and above.lower_ in ("by", "of"):
        above = above.head  # "mediated by Brazil", "mediation by Brazil", "in the presence of Brazil's president"
        if above.dep_ == "conj" and above.lower_ == "by":
            above = above.head.head  # "witnessed by Ann Ode and by envoys of Chile"
    elif head.dep_ == "pobj" and above.lower_ in words.place_preps:
        return lemma_of(above.head) in words.venue_heads  # "met in Quito", "talks in Geneva"
    elif head.dep_ not in ("nsubj", "poss", "compound", "amod"):
        above = head
    mediating = words.mediation_verbs | words.mediation_nouns
    # ("Brazil, which brokered the truce, said", "its envoy, shuttling between them,": what its clause says it does)
    return above is not head and lemma_of(above) in mediating or any(
        c.dep_ in _DESCRIBING_CLAUSES and (lemma_of(c) in words.mediation_verbs or _acts_as(c, words.mediation_nouns))
        for c in (*head.children, *(g for c in head.conjuncts for g in c.children)))


def _acts_as(verb: Token, nouns: Container[str]) -> bool:
    """"who will act as guarantors", "which serves as mediator": a clause naming its subject's part by "as"."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(o.dep_ == "pobj" and lemma_of(o) in nouns for o in p.children)
               for p in verb.children)

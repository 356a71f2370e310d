"""Find trigger words in a parsed sentence: one dictionary lookup by lemma per token, then a check of the
few words the pattern needs around its head (particles, objects, modifiers)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventscope.events.patterns import PatternKind, PhraseCues, TriggerPattern, TriggerPatterns, VerbPhrases
from eventscope.lemmas import lemma_of
from eventscope.quotemarks import closes_quote, opens_quote

__all__ = ["TriggerMatch", "clause_verb", "find_triggers", "infinitive_mark", "is_infinitive", "lemma_of",
           "object_tokens", "participle_lemma", "passive_infinitive", "pronoun_of", "verb_phrase", "verb_phrase_in"]

# Dependency labels of a verb's direct objects (a passive subject is the object of the action).
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj", "attr", "oprd", "dative"})
_VERB_TAGS = frozenset({"VERB"})
# dependents only a verb has: an object, a predicate, a clause (a noun the tagger took for a verb has none of them)
_VERBAL_ARGUMENTS = frozenset({"dobj", "oprd", "dative", "ccomp", "xcomp", "nsubj", "nsubjpass", "agent", "acomp", "attr"})
_NOUN_TAGS = frozenset({"NOUN"})
_PARTICLE_DEPS = frozenset({"prep", "prt", "agent", "dative"})
# the deps of a particle right after its verb that the parser may hang the phrasal verb's closing preposition on
_NESTING_PARTICLE_DEPS = frozenset({"prep", "prt", "advmod"})
# A phrasal verb's preposition that the parser makes the mark of an infinitive clause ("called for the
# president to resign", "pushed for parliament to vote"): the clause says what is called for.
_MARKED_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# Entities that are times or amounts: never an actor in a role, and a word of judgement in one is part of the measure.
MEASURE_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
# A relative clause's pronoun stands for the noun the clause hangs on ("the deal, which was signed ...").
_RELATIVE_PRONOUNS = frozenset({"which", "that"})
_COMPLEMENT_REACH = 10  # words after a head-first pattern's preposition searched for its other words


def passive_infinitive(verb: Token, passive_infinitives: frozenset[str]) -> bool:
    """"the rebels were to blame for the attack": an infinitive after "be" whose subject is acted on, not acting
    (its verb one of `passive_infinitives`, triggers.yaml)."""
    return (verb.pos_ == "VERB" and lemma_of(verb) in passive_infinitives and verb.dep_ == "xcomp"
            and lemma_of(verb.head) == "be" and any(c.dep_ == "aux" and lemma_of(c) == "to" for c in verb.children))


def clause_verb(token: Token) -> Token:
    """The verb (or auxiliary) of the clause a word stands in, up from the word through its heads ("the nuns" in
    "said the nuns would ...": "would"'s verb); the word itself when it is one, the sentence's root when none is."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def pronoun_of(token: Token) -> str:
    """The lemma of a pronoun, "" for any other word: "US" and "IT" lower to "us" and "it" but are names."""
    return lemma_of(token) if token.pos_ == "PRON" else ""


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A pattern found at a token. `anchor` is the clause verb whose subject and objects give roles: the
    trigger itself for verbs, the light verb ("held talks", "embarked on a visit") for carried nouns."""

    token: Token
    pattern: TriggerPattern
    anchor: Token
    object_token: Token | None = None
    prep_token: Token | None = None
    cameo: str = ""
    # a participle before a noun ("the slain soldiers", "the fleeing army"): the noun undergoes or does the act
    attributive: bool = False

    @property
    def is_verbal(self) -> bool:
        return self.pattern.kind == "verb"

    @property
    def is_predicative(self) -> bool:
        return self.pattern.kind == "adj"


@dataclass(slots=True)
class _Around:
    """What the patterns of a candidate token's lemma read around it, read once for all of them (each walk of
    Token.children makes new Tokens): the lemmas of its children, and a verb's objects by preposition, each with
    what it measures (`_measured`), and the lemmas of both (every pattern of the lemma compares them)."""

    token: Token
    objects: dict[str | None, list[tuple[Token, Token, str, str]]] = field(default_factory=dict)
    _child_lemmas: frozenset[str] | None = None

    def child_lemmas(self) -> frozenset[str]:
        if self._child_lemmas is None:
            self._child_lemmas = frozenset(lemma_of(child) for child in self.token.children)
        return self._child_lemmas


def participle_lemma(word: str, verbs: frozenset[str], forms: Mapping[str, str]) -> str | None:
    """The verb of `verbs` whose past participle `word` is ("jailed" -> jail, "exiled" -> exile, "kidnapped"
    -> kidnap, "slain" -> slay by `forms`), or None."""
    if word in forms:
        return forms[word] if forms[word] in verbs else None
    if not word.endswith("ed"):
        return None
    stem = word[:-2]
    candidates = [stem, word[:-1]]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")
    return next((c for c in candidates if c in verbs), None)


def gerund_lemma(word: str, verbs: frozenset[str]) -> str | None:
    """The verb of `verbs` whose -ing form `word` is ("defying" -> defy, "ignoring" -> ignore, "hitting" -> hit), or
    None."""
    if not word.endswith("ing"):
        return None
    stem = word[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return next((c for c in candidates if c in verbs), None)


def _attributive(token: Token, patterns: TriggerPatterns) -> bool:
    """A participle before a noun that tells what was done to it ("the slain soldiers") or what it does ("the
    fleeing army"), for the verbs triggers.yaml lists; other participles there only describe ("the disputed
    island", "the proposed deal")."""
    if token.dep_ != "amod":
        return False
    phrases = patterns.phrases
    verbs = phrases.done_to_participles if token.tag_ == "VBN" else phrases.done_by_participles if token.tag_ == "VBG" else frozenset()
    return lemma_of(token) in verbs


def _hyphened_modifier(token: Token) -> bool:
    """"Trump-backed candidates", "an army-backed party", "a Qatar-brokered truce": a participle joined by a hyphen to
    the word before it, modifying a noun, names the noun by who backs or made it; it tells no act of its own."""
    if token.dep_ != "amod" or token.i == 0:
        return False
    hyphen = token.doc[token.i - 1]
    return hyphen.tag_ == "HYPH" and hyphen.head.i == token.i


def _nearby_lemmas(token: Token) -> dict[str, Token]:
    """Lemmas of the children and grandchildren of a token (the words a pattern may need around its head)."""
    found: dict[str, Token] = {}
    for child in token.children:
        found.setdefault(lemma_of(child), child)
        for grandchild in child.children:
            found.setdefault(lemma_of(grandchild), grandchild)
    return found


def headline_passive_subjects(verb: Token) -> list[Token]:
    """"Curfew imposed in Jos", "Two journalists held in Lahore": a headline drops a passive's auxiliary, and the
    parser reads its subject as the doer (the participle often tagged a past tense). The subjects of a past form
    with no auxiliary, agent or object of its own, on a line of its own with no closing stop in a text of several
    lines (a headline or a caption; a sentence set's lone sentence often has no stop either); else none."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return []
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass", "agent") for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    line = verb.sent.text.rstrip()
    if line.endswith((".", "!", "?", "\u201d", '"')):
        return []  # (most sentences: checked before the whole text is looked at)
    start, text = verb.sent.start_char, verb.doc.text
    end = start + len(line)  # (the sentence may hold the line break)
    alone = (start == 0 or text[start - 1] == "\n") and (text.startswith("\n", end) or end >= len(text.rstrip()))
    if not alone or "\n" not in text.strip():
        return []
    return subjects


def object_tokens(verb: Token, prep_word: str | None, partitive_words: frozenset[str],
                  closing_adverbs: frozenset[str] = frozenset()) -> list[Token]:
    """The verb's objects, with conjuncts; for a phrasal verb with a preposition, that preposition's objects; a
    headline passive's subject ("Curfew imposed in Jos") is its object; what a share of it is part of
    (`partitive_words`: roles.yaml); the noun the parser hung on a word of `closing_adverbs` taken for the object."""
    heads = [_misread_object(c, closing_adverbs) for c in verb.children if c.dep_ in _OBJECT_DEPS]
    heads += headline_passive_subjects(verb)
    if not heads:
        heads = _shifted_objects(verb) or _raised_objects(verb)
    if prep_word:
        for child in _closing_preps(verb, prep_word):
            heads += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
    expanded: list[Token] = []
    for head in heads:
        if head.text.lower() in _RELATIVE_PRONOUNS and verb.dep_ == "relcl" and head.dep_ in ("nsubjpass", "dobj"):
            head = verb.head  # "the complaint, which will be lodged on Monday": the complaint is lodged
        expanded.append(head)
        expanded += [c for c in head.conjuncts if c.i > head.i]
        expanded += _object_complements(head)
        expanded += _partitive_wholes(head, partitive_words)
    return expanded


def _misread_object(obj: Token, closing_adverbs: frozenset[str]) -> Token:
    """"sent the ambassador home" read as if "home" were the object and "ambassador" its modifier: the modifier, a
    noun right before it, is the object."""
    if obj.lower_ not in closing_adverbs:
        return obj
    return next((c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1 and c.pos_ == "NOUN"), obj)


def _partitive_wholes(obj: Token, partitive_words: frozenset[str]) -> list[Token]:
    """What a part named as the object is part of ("dismissed most of the suit", "lifted some of the sanctions"):
    the of-phrase's noun after a word for a share (roles.yaml partitive_words), not after a noun for a count ("freed
    dozens of activists": the dozens are the ones freed)."""
    if obj.pos_ == "NOUN" or lemma_of(obj) not in partitive_words:
        return []
    return [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _raised_objects(verb: Token) -> list[Token]:
    """"seizing and gunning down the tourists": two verbs joined right before the object they share, which the parser
    hangs on the second only: the second verb's objects, when "and" or "or" alone stands between the two."""
    return [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2
            and verb.doc[verb.i + 1].dep_ == "cc" and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
            for g in c.children if g.dep_ in _OBJECT_DEPS]


def _shifted_objects(verb: Token) -> list[Token]:
    """"dismissed as baseless claims from the opposition that ...": an object moved after a short "as" phrase, which the
    parser takes for that phrase's noun: a bare noun (no determiner) right after the adjective that names it."""
    return [g for c in verb.children if c.dep_ == "prep" and lemma_of(c) == "as" and c.i == verb.i + 1
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(d.dep_ == "det" for d in g.children)
            and any(a.dep_ == "amod" and a.i == g.i - 1 and a.i == c.i + 1 for a in g.children)]


def _closing_preps(verb: Token, prep_word: str) -> list[Token]:
    """The verb's preposition or particle children `prep_word`, and (session 20) that preposition hung on the
    particle right after the verb, as the parser hangs "of" of "pulled out of the talks" on "out"."""
    found = [c for c in verb.children if (c.dep_ in ("prep", "prt") or _active_agent(verb, c)) and lemma_of(c) == prep_word]
    particles = [c for c in verb.children if c.i == verb.i + 1 and c.dep_ in _NESTING_PARTICLE_DEPS]
    return found + [g for p in particles for g in p.children if g.dep_ == "prep" and lemma_of(g) == prep_word]


def _active_agent(verb: Token, child: Token) -> bool:
    """A "by" the parser took for a passive's agent on a verb with no passive auxiliary: the verb's own preposition
    ("Serbia has abided by the verdict", "she stood by the president")."""
    return child.dep_ == "agent" and not any(c.dep_ == "auxpass" for c in verb.children)


def names_as(verb: Token) -> bool:
    """Whether a verb names its object as something ("called the governor a failed leader", "called Babis
    'the most arrogant man in Prague'"): it has an object predicate beside a direct object, or one with a
    determiner, a describing word or quotation marks of its own (not the bare name of "called Putin on Tuesday",
    which the parser may take for one), or an apposition with no comma before it."""
    children = list(verb.children)
    if any(_object_complements(c) for c in children if c.dep_ in ("dobj", "oprd")):
        return True  # "called Erdogan a dictator", parsed as an apposition of the object
    if any(quoted_naming(c) is not None for c in children if c.dep_ in ("dobj", "oprd")):
        return True  # 'called Ferrante "a disaster of a governor"', the quotation hung elsewhere by the parser
    if any(opens_quote(t.text) for c in children if c.dep_ == "dobj" for t in c.doc[c.left_edge.i + 1:c.i]):
        return True  # 'called the cut-off "an unacceptable act"', the two phrases taken by the parser for one
    named = [c for c in children if c.dep_ == "oprd"]
    if not named:
        return False
    if any(c.dep_ == "dobj" for c in children):
        return True
    return any(g.dep_ in ("det", "amod") or (g.dep_ == "punct" and g.i < c.i and opens_quote(g.text))
               for c in named for g in c.children)


def quoted_naming(obj: Token) -> SpacySpan | None:
    """The quotation that follows an object at once and opens on a word of a noun phrase ('called the mayor "a
    coward"', 'branded the plan "reckless"'): what the object is called, whatever the parser hung it on; None when
    there is none."""
    doc = obj.doc
    # (right after the object's head, or after its whole phrase: the parser may hang the quotation on the object)
    start = next((i for i in (obj.i + 1, obj.right_edge.i + 1) if i + 1 < len(doc) and opens_quote(doc[i].text)
                  and doc[i + 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADV")), None)
    if start is None:
        return None
    end = next((t.i for t in doc[start + 1:] if opens_quote(t.text) or closes_quote(t.text)
                or t.is_sent_end), len(doc) - 1)
    return doc[start + 1:end] if end > start + 1 else None


def _object_complements(obj: Token) -> list[Token]:
    """What an object is named as, when the parser makes it an apposition of the object ("designated the foundation an
    extremist organization", "labelled the group a foreign agent"), or of the object's own object ("called the
    strikes a war crime", parsed as if the strikes did the crime); not an apposition set off by a comma ("freed the
    reporter, a British citizen"), which only says more of the object."""
    return [c for c in obj.children if c.dep_ in ("appos", "dobj") and c.left_edge.i > 0
            and obj.doc[c.left_edge.i - 1].text not in (",", "(", "-", "\u2013", "\u2014")]


def _matches_words(token: Token, words: tuple[str, ...], around: _Around | None = None) -> bool:
    """All the pattern's other words are among the token's children and grandchildren, at least one of
    them a child (so "call for" needs its own "for", not one inside the verb's object). `around`: the token's, when
    the caller keeps one."""
    if not words:
        return True
    if around is not None:
        if around.child_lemmas().isdisjoint(words):
            return False
    elif not any(lemma_of(child) in words for child in token.children):
        return False
    nearby = _nearby_lemmas(token)
    return all(word in nearby for word in words)


def _verb_attached_prep(token: Token) -> list[Token]:
    """The preposition right after a verb's object that the parser hung on the verb ("announced curbs | on exports",
    "widened its controls | on sales"): a complement of the object as often as of the verb."""
    if token.dep_ not in ("dobj", "obj", "nsubjpass") or token.right_edge.i + 1 >= len(token.doc):
        return []
    after = token.doc[token.right_edge.i + 1]
    return [after] if after.dep_ == "prep" and after.head.i == token.head.i else []


def _complement_words(token: Token, words: tuple[str, ...]) -> list[Token]:
    """The words of a head-first pattern ("list of terrorist", "weapon of mass destruction") after its head:
    its preposition, a child of the head, and the other words anywhere in that preposition's phrase ("the list
    of designated terrorist groups", "a list of banned armed groups"), looked for in its next few
    words; none when they are not all there."""
    prep, rest = words[0], words[1:]
    for child in [*token.children, *_verb_attached_prep(token)]:
        if child.dep_ != "prep" or lemma_of(child) != prep:
            continue
        end = min(child.right_edge.i + 1, child.i + 1 + _COMPLEMENT_REACH)
        found = [t for t in token.doc[child.i + 1:end] if lemma_of(t) in rest]
        if {lemma_of(t) for t in found} >= set(rest):
            return [child, *found]
    return []


def _is_time(token: Token) -> bool:
    return token.ent_type_ in _TIME_ENTS


def _phrasal_prep(token: Token, prep: str, adverb_particles: frozenset[str],
                  particles: tuple[str, ...] = ()) -> Token | None:
    """The preposition or particle child closing a phrasal verb; a time phrase ("on Tuesday") is none, but the
    phrase after it may be ("called on Tuesday on the rebels to withdraw", parsed with two "on" children).
    (session 19) "nurses walked out on Monday": the parser may hang one of `adverb_particles` right after its
    verb as an adverb; (session 20) an entry "step down" admits its particle for that verb only ("the minister
    stepped down on Friday", where "down" as every verb's particle would also close "fell down on")."""
    verb_particle = prep in adverb_particles or f"{lemma_of(token)} {prep}" in adverb_particles
    for child in token.children:
        adverb = child.dep_ == "advmod" and child.i == token.i + 1 and verb_particle
        if lemma_of(child) == prep and (child.dep_ in _PARTICLE_DEPS or adverb) and not _only_time(child):
            return child
    if len(particles) >= 2:
        # "pulled out of the talks", "walked away from the deal": the closing preposition hung on the particle
        for nested in _closing_preps(token, prep):
            if nested.head.i != token.i and lemma_of(nested.head) == particles[-2] and not _only_time(nested):
                return nested
        # (session 21) "took aim at the governor", "paid tribute to the victims": the preposition hung on the phrase's
        # own noun, the verb's object
        for noun in token.children:
            if noun.dep_ in ("dobj", "obj") and lemma_of(noun) == particles[-2]:
                closing = next((c for c in noun.children if c.dep_ == "prep" and lemma_of(c) == prep
                                and not _only_time(c)), None)
                if closing is not None:
                    return closing
    return None


def _only_time(prep: Token) -> bool:
    """A preposition whose objects are all times ("on Tuesday")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(_is_time(o) for o in objects)


def is_infinitive(verb: Token) -> bool:
    """A verb with an infinitival "to" ("to go")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def infinitive_mark(clause: Token, prep: str) -> Token | None:
    """The `prep` that opens an infinitive clause ("for" of "for X to resign"), or None."""
    if not is_infinitive(clause):
        return None
    return next((m for m in clause.children if m.dep_ == "mark" and lemma_of(m) == prep), None)


def _clause_mark(token: Token, prep: str) -> Token | None:
    """The preposition of a phrasal verb that marks its infinitive clause ("called for X to resign"), or None."""
    for clause in token.children:
        if clause.dep_ in _MARKED_CLAUSE_DEPS and (mark := infinitive_mark(clause, prep)) is not None:
            return mark
    return None


def _measured(obj: Token, patterns: TriggerPatterns) -> Token:
    """The thing measured when the object is a measure ("13 tons of medicine" -> medicine, "half of its debt" ->
    debt) or a count or group of things (partitive_nouns: "denounced a string of accords" -> accords), or what an
    amount of money is in or of ("$40 million in aid" -> aid, "$1 billion of its debt" -> debt)."""
    money = _is_money(obj, patterns)
    measure = lemma_of(obj) in patterns.phrases.measure_nouns
    # (a measure of people still looks through: "withdrew the batch of 200 peacekeepers" withdraws the peacekeepers)
    counting = lemma_of(obj) in patterns.phrases.partitive_nouns and not measure
    counted = measure or counting
    prepositions = ("in", "of") if money else ("of",) if counted else ()
    if not prepositions:
        return obj
    if counting and not money:
        # a count of people is itself the one acted on ("freed dozens of political prisoners": the verb's own act on
        # the dozens, whose words are the target's), a count of things only groups them
        thing = _of_object(obj)
        return thing if thing is not None and not _names_people(thing, patterns) else obj
    # the parser hangs an amount's "in" on its verb, right after the amount
    after = [c for c in obj.head.children if c.i == obj.right_edge.i + 1] if money else []
    for child in [*obj.children, *after]:
        if child.dep_ == "prep" and lemma_of(child) in prepositions:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return obj


def _is_money(token: Token, patterns: TriggerPatterns) -> bool:
    return token.ent_type_ == "MONEY" or lemma_of(token) in patterns.phrases.currency_nouns


def _amount_of(noun: Token, patterns: TriggerPatterns) -> Token | None:
    """The amount of money whose "in" phrase the noun is ("$40 million in aid" -> "million"), or None. The
    parser hangs the "in" on the amount or on its verb, right after the amount."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or lemma_of(head) != "in":
        return None
    if _is_money(head.head, patterns):
        return head.head
    return next((o for o in head.head.children if o.dep_ in ("dobj", "nsubjpass", "obj") and o.right_edge.i + 1 == head.i
                 and _is_money(o, patterns)), None)


def _object_fits(found: tuple[Token, Token, str, str], head: str, extra: tuple[str, ...],
                 patterns: TriggerPatterns) -> bool:
    """`found`: the object, `_measured(obj)` and their lemmas, read once for all the patterns of the verb's lemma."""
    obj, measured, obj_lemma, measured_lemma = found
    if head == "@money" and _is_money(obj, patterns):  # any amount of money: a MONEY entity or a currency word
        return True
    lemma = obj_lemma
    if lemma != head:
        obj, lemma = measured, measured_lemma
    if head == "@money":
        return _is_money(obj, patterns)
    if head.startswith("@"):  # an entity label, e.g. "@PERSON"
        return obj.ent_type_ == head[1:].upper()
    return lemma == head and _matches_words(obj, extra)


def _slipped_particle(token: Token, words: tuple[str, ...]) -> bool:
    """"let free activists", "set free the hostages": the parser hangs a phrasal verb's one other word, right
    after the verb, on the object as a modifier."""
    if len(words) != 1 or token.i + 1 >= len(token.doc):
        return False
    word = token.doc[token.i + 1]
    return (lemma_of(word) == words[0] and word.dep_ in ("amod", "compound") and word.head.dep_ == "dobj"
            and word.head.head.i == token.i)


def _own_clause(verb: Token) -> bool:
    """A verb that tells its clause's act: not a past participle with no auxiliary (a reduced relative after a noun,
    "a man suspected of stabbing", or a headline's "Man suspected of stabbing")."""
    return verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _object_hung_prep(verb: Token, prep: str) -> Token | None:
    """"suspects the former mayor of taking bribes": a phrasal verb's preposition that the parser hung on the verb's
    object, taken only before a gerund (the deed), not a noun's own "of" ("suspects the mayor of the town")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        for child in obj.children:
            if child.dep_ == "prep" and child.i > obj.i and lemma_of(child) == prep and any(
                    g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
                return child
    return None


def _match_verb(token: Token, pattern: TriggerPattern, patterns: TriggerPatterns, around: _Around) -> TriggerMatch | None:
    """`around`: what the patterns of the token's lemma read around it, read once for all of them."""
    prep = pattern.particle_prep
    mark = _clause_mark(token, prep) if prep and len(pattern.extra) == 1 else None
    if prep is not None and f"{pattern.lemma} {prep}" in patterns.phrases.imputing_phrases:
        if not _own_clause(token):
            return None  # "a man suspected of stabbing": a participle that describes a suspect
        mark = _object_hung_prep(token, prep)  # "suspects the former mayor of taking bribes"
    if not (mark is not None or _matches_words(token, pattern.extra, around) or _slipped_particle(token, pattern.extra)):
        return None
    prep_token = mark if mark is not None else (_phrasal_prep(token, prep, patterns.phrases.adverb_particles, pattern.extra)
                                                   if prep else None)
    if prep and prep_token is None:
        return None
    naming = lemma_of(token) in patterns.phrases.naming_verbs and names_as(token)
    if naming and prep_token is not None and prep_token.i > token.i + 1:
        return None  # 'called the cut-off "an act of pressure" on a member state': a naming, no appeal "called on"
    if not pattern.objects:
        return TriggerMatch(token, pattern, token, None, prep_token, pattern.cameo)
    objects = around.objects
    if prep not in objects:
        objects[prep] = [(obj, measured, lemma_of(obj), lemma_of(measured))
                         for obj in object_tokens(token, prep, patterns.roles.partitive_words, patterns.phrases.closing_adverbs)
                         for measured in (_measured(obj, patterns),)]
    if naming and any(head.lower() == "@person" for head, _ in pattern.objects):
        return None  # "called the minister a liar", "called Erdogan a dictator": a naming, no phone call
    for found in objects[prep]:
        obj = found[0]
        if naming and obj.dep_ == "dobj":
            continue  # (session 19) "called the strike reckless": the thing named is not what the verb does
        if pattern.marks and not (_marked(obj, pattern.marks) or _marked(token, pattern.marks)):
            continue  # "took action" with no "against" phrase: no act aimed at anyone
        for head, extra in pattern.objects:
            if _object_fits(found, head, extra, patterns):
                # (session 36) "rejected a series of proposals from the union": the things counted are the object, so
                # that roles find "from the union" (_measured: a count of people is no such group of things)
                counted = found[1] if found[2] in patterns.phrases.partitive_nouns else obj
                return TriggerMatch(token, pattern, token, counted, prep_token, pattern.cameo)
    return None


def _of_object(noun: Token) -> Token | None:
    """The object of a noun's own "of" phrase ("a string of accords" -> accords), or None."""
    return next((g for c in noun.children if c.dep_ == "prep" and lemma_of(c) == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def _names_people(noun: Token, patterns: TriggerPatterns) -> bool:
    """A word for people or a body of them, or a name."""
    lemma = lemma_of(noun)
    actors = patterns.actors
    return (lemma in actors.people_nouns or lemma in actors.agent_nouns or lemma.endswith(actors.agent_suffixes)
            or noun.pos_ == "PROPN" or noun.ent_type_ in ("NORP", "PERSON", "ORG", "GPE"))


def _marked(token: Token, marks: frozenset[str]) -> bool:
    """Whether a token has a phrase of one of `marks` with an object ("assurances to Minsk", "gave ... to Minsk")."""
    return any(c.dep_ in ("prep", "dative") and lemma_of(c) in marks and any(g.dep_ == "pobj" for g in c.children)
               for c in token.children)


def _light_verb_anchor(noun: Token, patterns: TriggerPatterns, depth: int = 0) -> Token | None:
    """The light verb carrying a nominal trigger: "imposed sanctions", "embarked on a visit", "sanctions
    were imposed", "began a new round of exercises"."""
    light_verbs = patterns.phrases.light_verbs
    head = noun.head
    if depth > 3:
        return None
    if noun.dep_ in ("dobj", "nsubjpass", "obj") and head.pos_ in ("VERB", "AUX") and lemma_of(head) in light_verbs:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        preposition = lemma_of(head)
        if verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in light_verbs and (
                preposition in patterns.phrases.light_verb_preps or (
                    preposition in patterns.phrases.passive_light_verb_preps
                    and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children))):
            return verb
        if verb.pos_ == "VERB" and preposition == "with" and verb_phrase_in(verb, patterns.phrases.response_phrases):
            return verb  # "retaliated with tariffs": the answer is the act, done by who answers
        if lemma_of(head) == "of" and lemma_of(verb) in patterns.phrases.partitive_nouns:
            return _light_verb_anchor(verb, patterns, depth + 1)
        amount = _amount_of(noun, patterns)
        if (amount is not None and amount.dep_ in ("dobj", "nsubjpass", "obj") and amount.head.pos_ == "VERB"
                and lemma_of(amount.head) in patterns.phrases.amount_verbs):
            return amount.head  # "earmarked $40 million in aid": the amount's verb carries the act
    if (noun.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.head.i != head.i
            and is_infinitive(head)
            and head.head.pos_ in ("VERB", "AUX") and lemma_of(head.head) in light_verbs):
        # "declared a curfew to start at dusk": the parser makes the act the subject of what follows
        return head.head
    if noun.dep_ == "conj":
        # "held talks and consultations": the first conjunct's carrier carries the others too.
        first = noun.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.i != noun.i:
            return _light_verb_anchor(first, patterns, depth + 1)
    return None


def verb_phrase(verb: Token) -> str:
    """A verb's lemma with its particle ("set up", "hit back")."""
    particles = [lemma_of(c) for c in verb.children if c.dep_ == "prt"]
    return " ".join([lemma_of(verb), *particles])


def verb_phrase_in(verb: Token, phrases: VerbPhrases) -> bool:
    """Whether `verb_phrase(verb)` is one of `phrases`: the verb's particles (its children) are read only when its
    lemma begins one of them."""
    return lemma_of(verb).partition(" ")[0] in phrases.heads and verb_phrase(verb) in phrases.phrases


def _carries(verb: Token, phrases: PhraseCues) -> bool:
    """A light verb, or a verb of answering ("retaliated with tariffs"), which says no more than the act it carries."""
    return lemma_of(verb) in phrases.light_verbs or verb_phrase_in(verb, phrases.response_phrases)


def _purpose_anchor(noun: Token, pattern: TriggerPattern, patterns: TriggerPatterns) -> Token | None:
    """The verb of being or coming whose purpose the noun names: "is in Beijing for talks", "flew in for
    meetings", "gathered for a rally" (for the acts of `purpose_roots`; "is in jail for the attack" names none)."""
    phrases = patterns.phrases
    head = noun.head
    if (noun.dep_ != "pobj" or head.dep_ != "prep" or lemma_of(head) not in phrases.purpose_preps
            or pattern.root not in phrases.purpose_roots):
        return None
    verb = head.head
    return verb if verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in phrases.purpose_verbs else None


# (session 35) a verb's clause children: a noun carried inside another clause ("hit the plants as Europe imposes
# sanctions") is no noun the verb itself carries
_CLAUSE_DEPS = frozenset({"advcl", "conj", "relcl", "acl", "parataxis"})


def _match_noun(token: Token, pattern: TriggerPattern, patterns: TriggerPatterns, around: _Around) -> TriggerMatch | None:
    if token.dep_ == "compound":  # a modifier ("aid workers", "protest leaders") is no event of its own
        return None
    if _named_label(token, patterns):
        return None
    if not (_matches_words(token, pattern.extra, around) or (pattern.head_first and _complement_words(token, pattern.extra))):
        return None
    anchor = _light_verb_anchor(token, patterns) or _purpose_anchor(token, pattern, patterns) or token
    return TriggerMatch(token, pattern, anchor, None, None, pattern.cameo)


def _named_label(noun: Token, patterns: TriggerPatterns) -> bool:
    """(session 29) Whether a noun is what a naming verb calls its object ("called the deal a surrender", "branded the
    protesters a threat to public order", "described the budget as a surrender"): a label, a judgement of the one
    named (speech.yaml), no act of its own. Not "denounced what it described as aggression": a wh-word named stands for
    the act told."""
    head = noun.head
    calling = patterns.phrases.calling_verbs
    if noun.dep_ == "oprd":
        return lemma_of(head) in calling and names_as(head)
    if noun.dep_ == "dobj":
        # "branded the protesters a threat": the first object (or the parser's dative) is the one named, the second the
        # label
        return lemma_of(head) in calling and any(c.dep_ in ("dobj", "dative") and c.i < noun.i for c in head.children)
    if noun.dep_ == "appos" and head.dep_ == "dobj" and lemma_of(head.head) in calling:
        return noun in _object_complements(head)
    if noun.dep_ == "pobj" and lemma_of(head) == "as" and head.dep_ == "prep" and lemma_of(head.head) in calling:
        return any(c.dep_ == "dobj" and lemma_of(c) not in patterns.roles.wh_words for c in head.head.children)
    return False


def _match_adjective(token: Token, pattern: TriggerPattern) -> TriggerMatch | None:
    """"X is skeptical of Y": a predicative adjective; its copula gives the subject and the clause."""
    # "attr": "was long the most critical of the mayor"
    if token.dep_ not in ("acomp", "oprd", "xcomp", "ROOT", "conj", "attr") or not _matches_words(token, pattern.extra):
        return None
    anchor = token.head if token.dep_ != "ROOT" and token.head.pos_ in ("AUX", "VERB") else token
    return TriggerMatch(token, pattern, anchor, None, None, pattern.cameo)


def _only_names(verb: Token, patterns: TriggerPatterns) -> bool:
    """"a programme called Bolsa Familia": a participle after a noun with a name as its complement names
    the noun; it does not phone anyone. ("a report called for sanctions" has no such complement.)"""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma_of(verb) in patterns.phrases.naming_verbs
            and any(c.dep_ in ("oprd", "attr") for c in verb.children))


_Matcher = Callable[[Token, TriggerPattern, TriggerPatterns, _Around], TriggerMatch | None]


def _first_match(token: Token, kind: PatternKind, patterns: TriggerPatterns, match: _Matcher) -> TriggerMatch | None:
    """The match of the first of the token's patterns of `kind` (most specific first) that it matches."""
    around = _Around(token)
    for pattern in patterns.candidates(lemma_of(token), kind):
        found = match(token, pattern, patterns, around)
        if found:
            return found
    return None


def find_triggers(sentence: SpacySpan, patterns: TriggerPatterns, lemmas: Sequence[str] | None = None) -> list[TriggerMatch]:
    """Every trigger of a sentence, at most one per token; an object that is part of a verb's pattern
    ("lifted sanctions") is not coded again as its own event. `lemmas` (lower-case lemmas of the whole
    document, computed once) lets tokens that head no pattern be skipped without building them."""
    verb_matches: list[TriggerMatch] = []
    noun_tokens: list[Token] = []
    adjective_matches: list[TriggerMatch] = []
    doc = sentence.doc
    heads = patterns.head_lemmas
    if lemmas is None:
        lemmas = [lemma_of(t) for t in doc]
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in heads:
            continue
        token = doc[i]
        pos = token.pos_
        if pos == "ADJ":
            for pattern in patterns.candidates(lemma_of(token), "adj"):
                match = _match_adjective(token, pattern)
                if match:
                    adjective_matches.append(match)
                    break
        elif pos in _VERB_TAGS:
            if _only_names(token, patterns) or _hyphened_modifier(token):
                continue
            if _attributive(token, patterns):
                bare = [p for p in patterns.candidates(lemma_of(token), "verb") if not p.extra and not p.objects]
                if bare:
                    verb_matches.append(TriggerMatch(token, bare[0], token, cameo=bare[0].cameo, attributive=True))
                continue
            match = _first_match(token, "verb", patterns, _match_verb)
            if match:
                verb_matches.append(match)
            elif token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") and not any(
                    c.dep_ in _VERBAL_ARGUMENTS for c in token.children):
                # A tagger slip ("talks" as a verb after "held") still names the event as a noun; not a verb with
                # arguments of its own ("praised the backers and called the envoy "the most arrogant president"":
                # a naming verb with its object and its predicate is no call)
                noun_tokens.append(token)
        elif pos in _NOUN_TAGS:
            noun_tokens.append(token)
    # "lifted sanctions" is one event; but "cancelled his visit", "called for talks" keep the embedded
    # event too, with the modality its governor gives it.
    governors = patterns.modality.negating_governors | patterns.modality.future_governors | patterns.modality.hypothetical_governors
    consumed = {
        m.object_token.i for m in verb_matches
        if m.object_token is not None and lemma_of(m.token) not in governors and verb_phrase(m.token) not in governors
    }
    noun_matches: list[TriggerMatch] = []
    for token in noun_tokens:
        if token.i in consumed:
            continue
        match = _first_match(token, "noun", patterns, _match_noun)
        if match:
            noun_matches.append(match)
    # "the list of banned terrorist groups": a word a head-first pattern needs is part of its trigger
    worded = {t.i for m in noun_matches if m.pattern.head_first for t in _complement_words(m.token, m.pattern.extra)}
    noun_matches = [m for m in noun_matches if m.token.i not in worded]
    # "offered scathing criticism", "hosted talks": a bare light verb whose object is an event noun
    # says no more than the noun, which is coded with the verb's subject.
    # (a noun the verb carries through a partitive, "hit Russia with a fresh round of sanctions", as well)
    carried = {m.token.i for m in noun_matches if m.anchor.i != m.token.i}
    anchors = {m.anchor.i for m in noun_matches if m.anchor.i != m.token.i}
    verb_matches = [
        m for m in verb_matches
        if not (m.object_token is None and _carries(m.token, patterns.phrases)
                and ((m.token.i in anchors and verb_phrase_in(m.token, patterns.phrases.response_phrases))
                     or any(c.i in carried or (c.dep_ not in _CLAUSE_DEPS and any(g.i in carried for g in c.children))
                            for c in m.token.children)))
    ]
    return sorted(verb_matches + noun_matches + adjective_matches, key=lambda m: m.token.i)

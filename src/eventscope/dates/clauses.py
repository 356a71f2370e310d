"""Anchoring: which clause a date phrase or an event sits in, and how that clause is told (its tense, a future,
a background past, another noun's time): what decides whether a date is the event's own."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from eventscope.context import DocumentContext
from eventscope.dates.calendar import DateExpression
from eventscope.records import DatePrecision, Event, EventDraft

FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
MAX_FUTURE_CLIMB = 3
# Dependencies by which a date modifies a noun rather than dating a clause ("the 2009 report", "Tuesday's vote").
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
# Clauses that describe a noun or carry reported content: a date inside one belongs to that clause.
OTHER_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "csubj", "csubjpass"})
# Dependencies that open a clause inside another: a phrase past one is not the outer clause's.
CLAUSE_DEPS = OTHER_CLAUSE_DEPS | {"advcl", "xcomp", "conj", "parataxis"}
MAX_NOUN_PHRASE_HOPS = 4  # how far up a noun phrase `_told_when_of` looks for the dated noun
MAX_CLAUSE_HOPS = 6  # how far up from a word `_in_own_clause` looks for the clause's verb


def _verb_of(token: Token) -> Token | None:
    """The verb that carries a trigger's tense: the trigger itself, or the verb a nominal trigger hangs from."""
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            return token
        up = token.head  # (read once: each read of Token.head makes a new Token)
        if up.i == token.i:
            return None
        token = up
    return token if token.pos_ in ("VERB", "AUX") else None


def _past_tense(trigger: Token) -> bool:
    """Simple past ("attacked", "was attacked", "had attacked"); not the present perfect ("has attacked"). A
    participle clause with no subject or auxiliary of its own takes its head's tense ("slaughtered thousands,
    leading to sanctions")."""
    verb = _verb_of(trigger)
    if verb is not None and _bare_participle(verb) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb is None:
        return False
    auxiliary = _first_auxiliary(verb)
    return (auxiliary or verb).tag_ == "VBD"


def _first_auxiliary(verb: Token) -> Token | None:
    """The auxiliary that carries a verb's tense ("was" in "was attacked", "is" in "is travelling")."""
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)


def _bare_participle(verb: Token) -> bool:
    """"killing dozens" in "stormed the town, killing dozens": a participle clause without subject, auxiliary or
    conjunction, which happens at its head's time."""
    return verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "xcomp", "conj") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)


def _points_ahead(doc: Doc, expression: DateExpression, event: Event | EventDraft) -> bool:
    """Whether a date without a year lies ahead of publication: in a future event, unless the verb the date
    hangs from is in the past ("said in November that it would visit" is last November)."""
    if expression.root < 0:
        return event.modality == "future"
    verb = _verb_of(doc[expression.root])
    if verb is not None and _under_future(verb):  # "will be the first to address it when he travels on Sunday"
        return True
    if expression.kind in ("weekday", "month_day", "month") and _present_tense(doc[expression.root]):
        return True  # "the president travels to Kenya on Sunday", "votes on June 3": news tells the past in the past
    return event.modality == "future" and not _past_tense(doc[expression.root])


def _under_future(verb: Token) -> bool:
    """A verb with a future auxiliary, or a present-tense verb in a clause under one (up to three verbs up,
    not past a verb in the past tense)."""
    for _ in range(MAX_FUTURE_CLIMB):
        if _future_tense(verb):
            return True
        if verb.tag_ in ("VBD", "VBN") or verb.head.i == verb.i:
            return False
        head = _verb_of(verb.head)
        if head is None or head.i == verb.i:
            return False
        verb = head
    return False



def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _future_tense(verb: Token) -> bool:
    """"will visit", "shall meet": a verb with a future auxiliary."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def _dates_a_noun(date_root: Token, trigger: Token) -> bool:
    """A date phrase attached to a noun other than the trigger, a participant of the event ("backed the 2009
    report", "called last year's bill"); a noun that says when ("during her May 9 speech") passes it on."""
    head = date_root.head
    return (date_root.dep_ in NOUN_MODIFIER_DEPS and head.i != date_root.i and head.pos_ in ("NOUN", "PROPN")
            and head.i != trigger.i and head.dep_ != "pobj" and not _told_when_of(head, trigger))


def _told_when_of(noun: Token, trigger: Token) -> bool:
    """"recalled the June 2024 protests, when demonstrators stormed parliament": an act in a "when" clause on a noun
    happens at the time the noun's date gives."""
    verb = _verb_of(trigger)
    if verb is None or verb.dep_ not in ("relcl", "acl", "advcl") or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return False
    node = verb.head  # the noun the clause hangs on, or one inside the dated noun's phrase ("the 2024 protests
    for _ in range(MAX_NOUN_PHRASE_HOPS):  # against a finance bill, when ...")
        if node.i == noun.i:
            return True
        if node.pos_ not in ("NOUN", "PROPN", "ADP") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _dates_another_clause(date_root: Token, trigger: Token, open_ended: frozenset[str],
                          same_time: frozenset[str] = frozenset()) -> bool:
    """A date that is not the event's though in its sentence: one inside a clause the trigger is not in, that
    describes a noun or reports what was said ("accuse the party, which ruled from 2011", "the group founded
    in 1983 that turned to violence", "is alleging the guards failed on May 3"), or one that only bounds a stretch
    of time ("after the collapse in 2011, they attacked": after 2011, not in it)."""
    above = {trigger.i, *(node.i for node in trigger.ancestors)}
    node = date_root
    while node.i not in above:
        if node.dep_ in OTHER_CLAUSE_DEPS and node.pos_ in ("VERB", "AUX") and not (
                node.dep_ == "acl" and node.head.dep_ == "pobj") and not (  # "in an interview published today"
                _semicolon_clause(node)):
            return True
        if _told_for_another_time(node, trigger):
            return True  # "sued the board, and the case will be heard next month": next month is the hearing's
        if node.dep_ in ("prep", "mark") and node.lower_ in open_ended:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in same_time for c in node.children):
            return True  # "sued the club because he was attacked on May 3" (but "when he arrived on May 3")
        up = node.head  # (read once a step: each read of Token.head makes a new Token)
        if node.dep_ == "prep" and _dated_noun(up, above):
            return True
        if up.i == node.i:
            return False
        node = up
    return False


def _semicolon_clause(clause: Token) -> bool:
    """A clause the parser hung as the object of the clause after it across a semicolon ("In March the navy seized
    a boat; the two governments recalled their envoys"): the two are told side by side, no report of the other, so a
    date that opens the sentence times both as it would "seized a boat and recalled their envoys"."""
    if clause.dep_ != "ccomp":
        return False
    head = clause.head
    return clause.i < head.i and any(c.dep_ == "punct" and c.text == ";" and clause.i < c.i < head.i
                                     for c in head.children)


def _told_for_another_time(verb: Token, trigger: Token) -> bool:
    """A clause joined by "and"/"but" with a subject and a modal of its own that the trigger's clause lacks ("..., and
    the case will be heard next month"): its time is not the trigger's. Without the modal the two share one time ("two
    were killed and four wounded on Sunday", "attacked the post, and four soldiers died on Monday")."""
    if not (verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX")):
        return False
    children = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children) or not any(c.tag_ == "MD" for c in children):
        return False
    own = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return not any(c.tag_ == "MD" for c in own.children)


def _on_verb(date_root: Token, verb: Token) -> bool:
    """A date that dates the verb itself: "In 1975 the army seized", "seized power that year", not a date on a noun
    of its clause ("in a 1995 interview", "during his first run in 2009")."""
    if date_root.dep_ == "pobj":
        return date_root.head.dep_ == "prep" and date_root.head.head.i == verb.i
    return date_root.head.i == verb.i and date_root.dep_ in ("npadvmod", "advmod")


def _one_of_several(doc: Doc, expression: DateExpression) -> bool:
    """A date joined to another by "and"/"or" ("in 2008 and 2012", "on Monday or Tuesday"): no one date."""
    if expression.root < 0:
        return False
    root = doc[expression.root]
    return any(c.dep_ == "conj" and c.ent_type_ == "DATE" for c in root.children) or (
        root.dep_ == "conj" and root.head.ent_type_ == "DATE")


def _dated_noun(noun: Token, above: set[int]) -> bool:
    """Whether a prepositional date on `noun` dates that noun rather than the event: a noun beside the event
    ("backed his vow on Monday"), not one that says when ("during the talks on Monday") nor the subject of the
    event's clause, where the parser hangs a date that stands between subject and verb ("Police on Monday
    arrested")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in above or noun.dep_ == "pobj":
        return False
    return not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in above)


def _background(event: Event | EventDraft, trigger: Token | None) -> bool:
    """Told as background: historical modality, or the past perfect ("had seized") of an earlier time."""
    return event.modality == "historical" or (trigger is not None and _past_perfect(trigger))


def _past_perfect(trigger: Token) -> bool:
    """"had seized", and a participle that goes with one ("had swept through the north, seizing towns")."""
    verb = _verb_of(trigger)
    for _ in range(2):
        if verb is None:
            return False
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return True
        if not _bare_participle(verb):
            return False
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else None
    return False


def _present_tense(trigger: Token) -> bool:
    """"travels", "is travelling", "are meeting": a verb in the present with no past or modal auxiliary."""
    verb = _verb_of(trigger)
    return verb is not None and _in_present(verb, _first_auxiliary(verb))


def _in_present(verb: Token, auxiliary: Token | None) -> bool:
    """_present_tense of a verb whose first auxiliary (or None) is already found."""
    if auxiliary is not None:
        return auxiliary.tag_ in ("VBZ", "VBP") and verb.tag_ == "VBG"
    return verb.tag_ in ("VBZ", "VBP")


def _up_to_now(trigger: Token) -> bool:
    """"has seized", "has not accused", "are fighting", "is open to": a verb (or a predicate adjective) in the present
    or the present perfect, which tells a state or a stretch up to now, not the one day or month of another clause."""
    verb = _verb_of(trigger)
    if verb is None or trigger.i != verb.i and trigger.pos_ != "ADJ":
        return False
    auxiliary = _first_auxiliary(verb)
    if auxiliary is not None and verb.tag_ == "VBN" and auxiliary.lower_ in ("has", "have", "'ve"):
        return True
    return _in_present(verb, auxiliary)


def _told_now(verb: Token) -> bool:
    """"says", "is travelling", "has provided", "have been", "will vote": a verb in the present, the present perfect or
    the future (its tense on its first auxiliary, else on itself)."""
    auxiliary = _first_auxiliary(verb)
    if auxiliary is not None:
        return auxiliary.tag_ in ("VBZ", "VBP") or auxiliary.lower_ in FUTURE_AUXILIARIES
    return verb.tag_ in ("VBZ", "VBP")


def _after(value: date, precision: DatePrecision, published: date) -> bool:
    """Whether a date's day, month or year lies after the publication's."""
    if precision == "year":
        return value.year > published.year
    if precision == "month":
        return (value.year, value.month) > (published.year, published.month)
    return value > published


def _other_time(trigger: Token, prepositions: frozenset[str], units: dict[str, DatePrecision]) -> Token | None:
    """The phrase or clause that puts an act at another time than the clause it hangs on, or None: a nominal trigger's
    phrase opened by a preposition of another time ("after bitter battles", "following protests"), or a clause opened
    by one with the gap named ("struck on Wednesday, a day after the rebels seized the town"; a bare "before security
    forces raided it" is the same episode). Dates outside it are not the act's."""
    node = trigger
    while node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("pobj", "conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "prep" and node.lower_ in prepositions and node.i != trigger.i:
        return node
    verb = _verb_of(trigger)
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in prepositions for c in verb.children):
        return None
    gap = any(c.dep_ == "npadvmod" and c.lower_ in units for c in verb.children)
    return verb if gap else None


def _in_own_clause(token: Token, verb: Token) -> bool:
    """Whether a word of the verb's subtree belongs to the verb's own clause, not to a clause inside it."""
    node = token
    for _ in range(MAX_CLAUSE_HOPS):
        if node.i == verb.i:
            return True
        if node.dep_ in CLAUSE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _inside(token: Token, phrase: Token) -> bool:
    return phrase.left_edge.i <= token.i <= phrase.right_edge.i


def _in_phrase_of(date_root: Token, trigger: Token) -> bool:
    """A date inside a nominal trigger's own phrase ("the massacre of villagers in August")."""
    node = date_root
    for _ in range(6):
        if node.i == trigger.i:
            return True
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _own_judgement(event: Event | EventDraft) -> bool:
    """A speaker's judgement of what they speak of ("X said the governor did not fight hard enough": X ACCUSE the
    governor): the act is the saying, told now, whatever year the paragraph tells the story of."""
    speakers = {a.text for a in event.attribution}
    return bool(speakers) and bool(event.source) and all(a.text in speakers for a in event.source)


def _in_headline(context: DocumentContext, position: int) -> bool:
    """Whether a character offset lies in the article's headline: a first line that is the article's title, with no
    full stop (a title ingest made from a text's first sentence is no headline)."""
    text = context.article.text
    title = (context.article.title or "").strip()
    end = text.find("\n")
    first = text[: len(text) if end < 0 else end].strip()
    return bool(title) and position < len(first) and first == title and not first.endswith(".")

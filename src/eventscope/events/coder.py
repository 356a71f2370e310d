"""The event coder: triggers -> event type, roles, modality and attribution, one EventDraft per trigger.

The rules may find several events in one sentence ("Beijing refused to attend talks" gives a REJECT and a
negated CONSULT). Each gets a confidence; the main-clause, asserted event with both roles scores highest.
`events/selection.py` then keeps one event per act: in a lone sentence its main event, in a whole article
every act the codebook codes (there "refused to attend talks" is the REJECT alone, as the articles' coders code a
refusal). Which of the two a text is, `senses.whole_article` decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import replace

import numpy
from spacy.attrs import DEP, LEMMA, ORTH, POS
from spacy.parts_of_speech import ADJ, AUX, PROPN, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventscope.context import DocumentContext
from eventscope.events.answers import answered_charges, load_answer_rules
from eventscope.events.attribution import (
    Attribution,
    document_quotes,
    find_attributions,
    introducing_speaker,
    quote_speakers,
    spoken_by,
)
from eventscope.events.confidence import Calibrator, load_calibrator
from eventscope.events.matching import (
    TriggerMatch,
    find_triggers,
    gerund_lemma,
    is_infinitive,
    lemma_of,
    participle_lemma,
    verb_phrase_in,
)
from eventscope.events.modality import (
    ModalityReading,
    asked_for,
    charged_deed,
    defended_deed,
    is_question,
    modal_thing,
    modality_of,
    obliged_acts,
    undone,
)
from eventscope.events.pairs import (
    denied_party,
    echo_subjects,
    echo_words,
    echoed_verb,
    listed_parties,
    one_per_name,
)
from eventscope.events.patterns import PREPOSITIONS, EchoWords, PairWords, TriggerPatterns
from eventscope.events.roles.grammar import RoleHeads
from eventscope.events.roles.heads import headline_trade, role_heads
from eventscope.events.roles.picker import ActorPicker
from eventscope.events.roles.subjects import subjects_of
from eventscope.events.selection import IMPLIED, any_same_actor, main_event, one_per_act, same_side
from eventscope.events.selection import same_actor as _same_actor
from eventscope.events.senses import (
    ArticleProfile,
    SenseRules,
    article_profile,
    dependency_labels,
    in_review_heading,
    judged_causes,
    judged_objects,
    load_senses,
    told_in_present,
)
from eventscope.events.speech import (
    SPEECH_RULE,
    SpeechAct,
    SpeechCues,
    find_rhetorical_questions,
    find_speech_acts,
    framed_act,
    load_speech_cues,
    restated_act,
)
from eventscope.events.trace import DecisionTrace, Gate, pattern_id
from eventscope.ontology import Ontology, PloverConventions, RootGroups, load_ontology
from eventscope.quotemarks import doc_quotes
from eventscope.records import Actor, Article, Event, EventDraft, Reading, Span

__all__ = ["EventCoder", "main_event", "plover_convention"]

_RECIPIENT_PREPS = frozenset({"to", "for", "with", "against", "toward", "towards"})  # "aid to Kyiv": a party
# How far up from a word of judgement a verb of belief may hold it ("I think the governor has lost touch").
_MAX_VIEW_CLIMB = 4
_MAX_TRIGGER_GAP = 4
# Confidence added by how deep the event's clause sits below the sentence root (main clause first).
_DEPTH_BONUS = (0.15, 0.08, 0.03, 0.0)
# Confidence taken from an act inside another act's phrase (plv_train PLOVER accuracy 0.830 -> 0.833,
# conflibert_train pentaclass 0.860 -> 0.862; 0.05-0.3 measured, 0.15 best on both).
_INSIDE_ANOTHER_ACT = 0.15
# A judgement found by its words ("a disgrace", "failed") is less sure than a verb of criticism.
_SPEECH_CONFIDENCE = 0.5
_ANSWER_REACH = 2  # how many sentences back an answer foretold looks for the act it answers
# Bullets that open the items of a list of what someone said ('X said:' and then '- ...'), and how many items
# after the line that names the speaker still belong to it.
_BULLETS = ("-", "•", "*", "–", "—")
_LIST_REACH = 8
# A participle clause that may go on telling the act it hangs from ("the convoy was ambushed, killing two
# guards"), how far up a noun phrase the act may be ("condemned the budget in a speech to the party, accusing
# ..."), and the children that give a participle a clause of its own ("the army was shelling them").
_CONTINUING_DEPS = frozenset({"advcl", "acl", "xcomp", "conj"})
_MAX_CONTINUATION_CLIMB = 4
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
_RECIPROCALS = (frozenset({"each", "other"}), frozenset({"one", "another"}))
# The links of an act's noun to its verb ("imposed sanctions"), and the entities that tell another time.
_ECHOED_OBJECTS = frozenset({"dobj", "attr", "acomp"})
# The links by which the verb an echo hangs from may be embedded in the act's own ("urged X to end it, as did Y";
# "said it was a disgrace, as did Y"), and how far up the act is looked for.
_EMBEDDING_LINKS = frozenset({"xcomp", "ccomp"})
_ECHO_CLIMB = 2
_TIMES = frozenset({"DATE", "TIME"})
_COUNTED_DEPS = frozenset({"attr", "pobj"})  # (the cheap test before senses.counted climbs the parse)
# A participle clause by which an echo tells what was done ("followed suit, dropping its claim").
_TELLING_CLAUSES = frozenset({"advcl", "xcomp", "conj"})
_PARTICIPLES = frozenset({"VBG", "VBN"})
# context.memo key of the article profile (`EventCoder.profile`).
_PROFILE_MEMO = "events.article_profile"


def plover_convention(event: Event | EventDraft, conventions: PloverConventions | None = None) -> str | None:
    """The PLOVER type as PLOVER's own coders would give it: a future cooperative act is AGREE, an
    announced attack or boycott a THREATEN, imposed sanctions COERCE (`conventions`: ontology/plover.yaml's;
    left out, the bundled ontology's)."""
    conventions = conventions or load_ontology().conventions
    plover = conventions.type_by_cameo.get(event.event.cameo, event.event.plover)
    if event.modality == "future" and plover in conventions.future_as_agree:
        return "AGREE"
    if event.modality in ("future", "hypothetical") and plover in conventions.announced_as_threaten:
        return "THREATEN"
    return plover


def _depth(token: Token) -> int:
    depth = 0
    while depth < 20:
        up = token.head  # (read once a step: each read of Token.head makes a new Token)
        if up.i == token.i:
            break
        token = up
        depth += 1
    return depth


def _is_finite_clause(verb: Token) -> bool:
    """A that-clause with its own subject ("that the law was unfair"), not an infinitive."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not is_infinitive(verb)


def _between_party(head: Token) -> bool:
    """A role head that is the object of "between" ("between Armenia and Azerbaijan"), or a party listed with one."""
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "between"


def _tells_its_content(noun: Token) -> bool:
    """"the offer by Britain to assist in the search", "the demand that the minister resign": a noun for an act told
    with what it offers or asks (an infinitive or a bidding clause of its own) tells the act anew, no reference back;
    not one owned by a pronoun ("had broken his promise to tax the rich": the promise told before)."""
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        return False
    return any(c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ == "VERB"
               and (is_infinitive(c) or (_is_finite_clause(c) and _bare_subjunctive(c))) for c in noun.children)


def _bare_subjunctive(verb: Token) -> bool:
    """A that-clause in the base form with no auxiliary ("that the minister resign"): what is bidden."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _imperative(match: TriggerMatch) -> bool:
    """A verb in the base form that opens its clause with no subject or auxiliary ("Thank you", "Reject this
    deal"): a bidding (the tagger may take it for a present tense)."""
    verb = match.token
    if not match.is_verbal or verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in verb.children):
        return False
    return all(t.pos_ in ("PUNCT", "SPACE") or t.is_punct for t in verb.doc[verb.left_edge.i:verb.i])


def _bids(verb: Token, discourse: frozenset[str]) -> bool | None:
    """Whether `verb` opens an imperative with no subject ("Free the prisoners", "Do not shoot", "Please stop"):
    None when it does not, else whether the bidding is negated. A turn of speech ("let us", "see", "imagine":
    `discourse`) bids nothing."""
    # (the parser hangs a quote's opening imperative on the speaking verb as a clause of any kind)
    if (verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "parataxis", "advcl", "xcomp")
            or lemma_of(verb) in discourse):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark", "expl") for c in verb.children):
        return None
    helpers = {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "intj")}
    negated = any(c.dep_ == "neg" for c in verb.children)
    # only "do" with a negation ("Do not", "Don't") may stand before a bidden verb; "will", "must" say more
    if any(c.dep_ in ("aux", "auxpass") and (lemma_of(c) != "do" or not negated) for c in verb.children):
        return None
    before = verb.doc[verb.left_edge.i:verb.i]
    if not all(t.pos_ in ("PUNCT", "SPACE") or t.i in helpers for t in before):
        return None
    return negated


def _addressees(attribution: Attribution) -> tuple[Token, ...]:
    """Whom a speaker speaks to: the object or to-phrase of the speaking verb ("told Israel", "said in a letter
    to Israel"), not anyone inside the quote it owns (the caller leaves out the press: "told reporters")."""
    found: list[Token] = []
    for verb in {h.head for h in attribution.heads if h.dep_ in ("nsubj", "nsubjpass")}:
        found += [c for c in verb.children if c.dep_ in ("dative", "dobj")]
        found += [o for p in verb.subtree if p.dep_ == "prep" and p.text.lower() == "to" for o in p.children
                  if o.dep_ == "pobj"]
    return tuple(o for o in found if not attribution.covers(o) or attribution.scope is None)


def _undone_thing(verb: Token, picker: ActorPicker) -> bool:
    """Whether a passive verb has a thing as its subject and no agent ("the decree must be repealed"): a trigger
    there names an act no one is named to do, which no pattern codes; a demand that it be done may still be made."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    # (not a relative clause: "the lesson that should be learned" asks nothing of anyone)
    return (bool(subjects) and verb.dep_ not in ("relcl", "acl") and all(s.pos_ == "NOUN" for s in subjects)
            and not any(c.dep_ == "agent" for c in verb.children) and not any(picker.mentions_in(s) for s in subjects))


def _vocatives(verb: Token) -> tuple[Token, ...]:
    """The names a bidding is said to, set off by a comma and ending its clause ("Free them, Russia")."""
    doc = verb.doc
    return tuple(t for t in verb.subtree if t.dep_ in ("npadvmod", "appos", "dep", "vocative")
                 and t.pos_ in ("PROPN", "NOUN") and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
                 and (t.right_edge.i + 1 == len(doc) or doc[t.right_edge.i + 1].pos_ == "PUNCT"))


def _asks_an_act(verb: Token) -> bool:
    """The verb's complement is an infinitive ("warned them not to go") or an act it is against ("warned
    against making a deal", "warned against the deal")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and is_infinitive(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "against":
            return True
    return False


def _complements(match: TriggerMatch) -> list[Token]:
    """What a trigger that embeds an event takes as its act: a clause or object ("refused to meet",
    "called for talks"), or the infinitive clause its preposition marks ("called for the king to resign")."""
    token = match.token
    complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        # (session 33) "the minister offered in May to host talks": a sentence's verb misread as a participle on its
        # subject, its infinitive as an adverbial clause
        complements += [c for c in token.rights if c.dep_ == "advcl" and any(a.dep_ == "aux" and lemma_of(a) == "to"
                                                                             for a in c.children)]
    complements += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if match.prep_token is not None and match.prep_token.dep_ == "mark":
        complements.append(match.prep_token.head)
    return complements


def _carried_by(verb: Token, by_token: dict[int, TriggerMatch]) -> TriggerMatch | None:
    """The act a light verb of a clause carries ("invited Lula to attend the summit": the summit is what Lula is asked
    to come to), when the verb is no trigger of its own."""
    if verb.pos_ != "VERB":
        return None
    return next((m for c in verb.children if c.dep_ == "dobj" and (m := by_token.get(c.i)) is not None
                 and m.anchor.i == verb.i), None)


def _one_phrase(actors: Sequence[Actor]) -> bool:
    """Whether the actors are the parties one phrase refers to ("the two sides", "both leaders"): the same
    words, more than one party."""
    return len({(a.start, a.end) for a in actors}) == 1 and len({a.country for a in actors}) > 1


def _a_party_among(heads: Sequence[Token], target: Sequence[Actor]) -> bool:
    """Whether an act's target is someone it is done to or with (a person; "aid to Kyiv", "talks with Chad"),
    not what it is about ("discussed the war in Ukraine")."""
    return any(t.kind == "person" for t in target) or any(
        h.dep_ == "pobj" and h.head.lower_ in _RECIPIENT_PREPS for h in heads)


def _attacks_an_object(match: TriggerMatch, cameo: str, picker: ActorPicker) -> bool:
    """"A and B fought", "clashes between A and B", "A and B violated the truce" are done between the two; "A and
    B attacked the camps", "A, alongside B, shelled the town" are done together to what the verb takes as its
    object (not an act: a truce broken is between the two who made it). So are meetings whose verb takes whom is met
    as its object (triggers.yaml `object_meetings`): "the two ministers met the players", "A and B toured the
    gardens" (session 39)."""
    if not match.is_verbal:
        return False
    meeting = lemma_of(match.token) in picker.patterns.codes.object_meetings
    return (cameo[:2] in picker.patterns.root_groups.violent or meeting) and any(
        c.dep_ == "dobj" and not picker.patterns.candidates(lemma_of(c), "noun")
        and not (meeting and _is_reciprocal(c)) for c in match.token.children)  # ("met one another": the pair)


_ANSWER_REACH = 2  # sentences back in which the accusation a denial of a charge answers is looked for
# How far up, and along which links, a relative pronoun's antecedent reaches the act it is the object of
# (_doers_of_antecedent: "vetoed a bill to cut the tax, which ...": tax -> cut -> bill -> vetoed).
_ANTECEDENT_REACH = 4
_OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "relcl", "acl"})
# (session 39) how a framed act's clause may hang on the clause of the act coded ("attacked ..., freeing ..., in what"; the
# parser may hang the phrase on the act's object: "raided the offices in what ...")
_FRAMING_PATH = frozenset({"advcl", "conj", "xcomp", "dobj"})


def _named_by_verb(judged: Sequence[Token], naming_verbs: Container[str]) -> bool:
    """Whether all of `judged` is what a naming verb names ("called it a stunt", "the veto was branded a disgrace")."""
    return bool(judged) and all(t.dep_ in ("dobj", "nsubjpass") and lemma_of(t.head) in naming_verbs for t in judged)


def _on_speakers_side(actors: Sequence[Actor], speakers: Sequence[Actor]) -> bool:
    """Whether any of `actors` is of one side with any speaker (`selection.same_side`)."""
    return any(same_side(actor, speaker) for actor in actors for speaker in speakers)


def _answered(speakers: Sequence[Actor], sentence: Sequence[EventDraft], before: Sequence[EventDraft]) -> list[Actor]:
    """Whom an answer foretold that names no one answers: whom the speaker's side aims another act of the sentence at
    ('called the expulsion "a provocation" and said Russia would respond in kind': the expeller), else the doer of the
    last act of another side told in the sentences just before (`before`: "Poland expelled two diplomats. Minsk said it
    would respond in kind"); else no one."""
    own = next((e for e in sentence if e.target and _on_speakers_side(e.source, speakers)
                and not _on_speakers_side(e.target, speakers)), None)
    if own is not None:
        return list(own.target)
    other = next((e for e in reversed(before) if e.source
                  and not _on_speakers_side(e.source, speakers)), None)
    return list(other.source) if other is not None else []


def _doers_of_antecedent(judged: Sequence[Token], coded: Sequence[EventDraft], speakers: Sequence[Actor],
                         naming_verbs: Container[str] = frozenset()) -> list[Actor]:
    """The sources of the sentence's coded act that a relative pronoun judged stands for the object of, or a part
    of it ("Ana vetoed the bill, which Ben called a disgrace", "vetoed a bill to cut the tax, which Ben called
    reckless": Ana), or that a free relative frames ("Ana shelled the town in what Ben called a war crime", also
    through a participle of that act's: "attacked the armoury, freeing 2,000 inmates, in what ..."), none of them a
    speaker; else none."""
    doers = {e.trigger_token: e.source for e in coded if e.source}
    for word in judged:
        framed, steps = framed_act(word, naming_verbs), 0
        while framed is not None and steps < _ANTECEDENT_REACH:
            if framed.i in doers:
                return [a for a in doers[framed.i] if not any(_same_actor(a, s) for s in speakers)]
            if framed.dep_ not in _FRAMING_PATH or framed.head.i == framed.i:
                break
            framed, steps = framed.head, steps + 1
        if not (word.tag_ == "WDT" and word.head.dep_ == "relcl"):
            continue
        # (up the phrase the antecedent sits in, not beyond a clause of its own: "the bill to cut the tax")
        token = word.head.head
        for _ in range(_ANTECEDENT_REACH):
            if token.i in doers:
                return [a for a in doers[token.i] if not any(_same_actor(a, s) for s in speakers)]
            if token.dep_ not in _OBJECT_PATH:
                break
            token = token.head
    return []


def _doers_named_back(judged: Sequence[Token], coded: Sequence[EventDraft], speakers: Sequence[Actor],
                      speech: SpeechCues) -> list[Actor]:
    """The sources of the sentence's latest coded act told before a pronoun a naming verb judges ("the governor
    vetoed the bill; senators called it reckless", "X expelled the envoy, and Y called this a provocation": the
    pronoun names the act told just before it), none of them of the speakers' side; else none."""
    if not judged or not all(t.lower_ in speech.pointing_back and t.tag_ != "WDT" and t.dep_ in ("dobj", "nsubjpass")
                             and lemma_of(t.head) in speech.naming_verbs for t in judged):
        return []
    first = min(t.i for t in judged)
    before = [e for e in coded if e.source and e.trigger_token < first and not _on_speakers_side(e.source, speakers)]
    return list(max(before, key=lambda e: e.trigger_token).source) if before else []


def _refuses_a_joint_act(match: TriggerMatch, by_token: dict[int, TriggerMatch], one_sided: Container[str],
                         roots: RootGroups) -> bool:
    """"A and B failed to reach a deal": a refusal or failure of an act two parties do together is done together too;
    not of one each does alone ("A and B refused to endorse the vote": triggers.yaml one_sided_codes)."""
    return any((inner := by_token.get(c.i)) is not None and inner.cameo[:2] in roots.joint
               and inner.cameo not in one_sided for c in _complements(match))


def _purposes(verb: Token) -> list[Token]:
    """The purpose infinitives of a verb ("sent experts to investigate", "formed a panel to probe": the parser
    hangs them from the verb or from its object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [c for h in (verb, *objects) for c in h.children
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB" and is_infinitive(c)]


def _sending_of(match: TriggerMatch, cameo: str, patterns: TriggerPatterns) -> Token | None:
    """The verb of sending or setting up whose purpose a verbal trigger is ("named a panel to probe"), or None."""
    verb = match.token
    if not match.is_verbal or verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not is_infinitive(verb):
        return None
    sender = verb.head.head if verb.head.dep_ == "dobj" else verb.head
    phrases = patterns.phrases
    if cameo[:2] not in phrases.sending_roots or not verb_phrase_in(sender, phrases.sending_phrases):
        return None
    return sender if verb in _purposes(sender) else None


def _destinations(sender: Token, patterns: TriggerPatterns) -> tuple[Token, ...]:
    """Where a sending goes: its "to"/"into" phrases, also those the parser hangs from the thing sent ("sent a
    squad of auditors to the province")."""
    preps = patterns.phrases.sending_preps
    found: list[Token] = []
    stack = [c for c in sender.children if c.dep_ in ("prep", "dobj")]
    while stack:
        token = stack.pop()
        if token.dep_ == "prep" and lemma_of(token) in preps:
            found += [g for g in token.children if g.dep_ == "pobj"]
        elif token.dep_ in ("dobj", "prep", "pobj"):
            stack += [c for c in token.children if c.dep_ in ("prep", "pobj")]
    return tuple(sorted(found, key=lambda t: t.i))


def _sends_for(match: TriggerMatch, by_token: dict[int, TriggerMatch], patterns: TriggerPatterns) -> bool:
    """A verb of sending or setting up whose purpose infinitive is the act ("sent auditors to investigate")."""
    phrases = patterns.phrases
    if not match.is_verbal or not verb_phrase_in(match.token, phrases.sending_phrases):
        return False
    return any((inner := by_token.get(p.i)) is not None and inner.cameo[:2] in phrases.sending_roots
               for p in _purposes(match.token))


def _verdict_verb(word: Token, preps: Container[str]) -> Token | None:
    """The verb whose verdict on its object a word is part of, by a preposition of verdict_preps ("condemned the
    strikes as a flagrant violation", "dismissed the calls as a threat"): the word or the noun it modifies is that
    preposition's object."""
    noun = word
    while noun.dep_ in ("amod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or lemma_of(prep) not in preps or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _verdict_of(match: TriggerMatch, by_token: dict[int, TriggerMatch], patterns: TriggerPatterns) -> bool:
    """A noun that is the verdict a verb that is a trigger itself gives on its object ("condemned the strikes as a
    flagrant violation of its sovereignty"): the verb tells the act (triggers.yaml: verdict_preps)."""
    if match.is_verbal:
        return False
    verb = _verdict_verb(match.token, patterns.phrases.verdict_preps)
    return verb is not None and verb.i in by_token


_COPULAS = frozenset({"be", "become", "remain"})  # (grammar, not vocabulary: verbs that say what their subject is)


def _described_nouns(verb: Token) -> list[Token]:
    """The noun a verb describes as a clause of its own: "the cyclone that struck the coast", "the third cyclone to
    strike the country" (the parser may hang the infinitive from the copula: "Ondine is the third cyclone to strike")."""
    if verb.dep_ in ("acl", "relcl"):
        return [verb.head]
    if verb.dep_ in ("advcl", "xcomp") and lemma_of(verb.head) in _COPULAS:
        return [c for c in verb.head.children if c.dep_ == "attr"]
    return []


def _motive_of(match: TriggerMatch, by_token: dict[int, TriggerMatch], patterns: TriggerPatterns) -> bool:
    """A bare noun after "in" that says why the act of the verb it hangs from was done ("expelled the ambassador in
    protest", "struck back in retaliation"): the verb is a trigger itself, and tells the act."""
    noun, phrases = match.token, patterns.phrases
    if match.is_verbal or lemma_of(noun) not in phrases.motive_nouns or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in phrases.motive_preps or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    # (the parser may hang the phrase on the verb's object: "expelled [the ambassador in protest]")
    head = prep.head
    if head.i not in by_token and head.dep_ == "dobj":
        head = head.head
    return head.i in by_token


def _gathered(head: Token, gatherings: frozenset[str]) -> Token:
    """The people a gathering noun's of-phrase names ("a group of Moroccan fishermen": fishermen), else the head."""
    if lemma_of(head) in gatherings:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                whom = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if whom is not None:
                    return whom
    return head


def _linked_lemmas(trigger: Token) -> set[str]:
    """Lemmas of the acts tied to a trigger: the verbs it coordinates with or governs as adverbial clauses
    ("raided the camp, killing ten", "raided the camp and killed ten"), the verb it is such a clause of, and
    for a noun the verb it hangs from ("ten were killed in a raid")."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        verb = trigger.head.head
    linked = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj"))]
    if verb.dep_ in ("advcl", "conj"):
        linked.append(verb.head)
    return {lemma_of(t) for t in linked if t.pos_ in ("VERB", "AUX", "NOUN")}


def _lemmas_beside_subject(trigger: Token) -> set[str]:
    """The lemmas of the trigger's sentence but those of its active subject, or of the subject of the verb it is a
    conjunct of ("the peacekeeping mission sent patrols and flew in a battalion": the mission's words name the doer,
    not what it sent)."""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return {lemma_of(t) for t in trigger.sent if t.i not in subject}


def _governed_preps(trigger: Token) -> set[str]:
    """The prepositions a trigger governs, also through another prepositional phrase ("slammed without warning
    into the shore": the parser hangs "into" from "warning")."""
    found: set[str] = set()
    stack = [c for c in trigger.children if c.dep_ == "prep"]
    while stack:
        prep = stack.pop()
        found.add(lemma_of(prep))
        stack += [g for c in prep.children if c.dep_ == "pcomp" for g in c.children if g.dep_ == "prep"]
    return found


def _is_reciprocal(head: Token) -> bool:
    """"each other", "one another" (the parser heads either word)."""
    words = frozenset({head.text.lower()} | {c.text.lower() for c in head.children if c.dep_ == "det"})
    return words in _RECIPROCALS


def _echoed_in_clause(verb: Token, events: Sequence[EventDraft], words: EchoWords) -> list[EventDraft]:
    """The events (of the echoing `verb`'s sentence) of the act it echoes there (events/pairs.py `echoed_verb`): an
    event at that act's verb, or at its object ("imposed sanctions, and so did X"; "said it was a disgrace, unacceptable"), else at
    the verb that embeds it ("urged X to end the fighting, as did Y"). None for an echo of another
    time ("as Germany did in 1941": a comparison with an act then, no act now)."""
    head = echoed_verb(verb, words)
    compared = any(c.dep_ == "mark" for c in verb.children)
    if head is None or compared and any(t.ent_type_ in _TIMES for t in verb.subtree):
        return []
    doc = verb.doc
    for _ in range(_ECHO_CLIMB):
        found = [e for e in events if e.trigger_token == head.i
                 or (doc[e.trigger_token].head.i == head.i and doc[e.trigger_token].dep_ in _ECHOED_OBJECTS)]
        if found or head.dep_ not in _EMBEDDING_LINKS:
            return found
        head = head.head  # ("urged Sudan to end the fighting, as did Uganda": the parser hangs it on "end")
    return []


def _denied_parties(events: list[EventDraft], doc: Doc, words: PairWords) -> list[EventDraft]:
    """`events` with the parties the text denies (events/pairs.py `denied_party`: "Kenya, but not Uganda, condemned
    Sudan", "condemned Sudan but not Ethiopia") taken out of each into an event of its own, negated, whose trigger
    takes in their words (so its id is its own); an event whose sources or targets are all denied ("Neither Kenya
    nor Uganda condemned Sudan") is itself negated."""
    denials: list[EventDraft] = []
    for event in events:
        for side in ("source", "target"):
            actors: list[Actor] = getattr(event, side)
            denied = [a for a in actors if denied_party(a, doc, words)]
            if not denied:
                continue
            if len(denied) == len(actors):
                event.modality = "negated"
                continue
            setattr(event, side, [a for a in actors if a not in denied])
            trigger = _widened_trigger(event, doc.text, min(a.start for a in denied), max(a.end for a in denied))
            denial = replace(event, trigger=trigger, modality="negated", source=list(event.source),
                             target=list(event.target))
            setattr(denial, side, denied)
            denials.append(denial)
    if not denials:
        return events
    return sorted(events + denials, key=lambda e: e.sentence_index)


def _goes_both_ways(match: TriggerMatch, patterns: TriggerPatterns) -> bool:
    """Whether the trigger's own words make its act go both ways between two parties named as its subject: a verb of
    exchange carrying it ("traded accusations", "exchanged insults") or a mutual verb ("Kenya and Somalia have
    quarrelled for years": pairs.yaml exchange_verbs, mutual_verbs)."""
    words = patterns.pairs
    if match.is_verbal:
        return lemma_of(match.anchor) in words.exchange_verbs or lemma_of(match.token) in words.mutual_verbs
    # ("Israel, Hamas trade blame": a headline's verb of exchange the parser took for the noun's compound)
    return (lemma_of(match.anchor) in words.exchange_verbs and match.token.head.i == match.anchor.i) or (
        not match.is_predicative and headline_trade(match.token, patterns=patterns) is not None)


def _widened_trigger(event: EventDraft, text: str, start: int, end: int) -> Span:
    """`event`'s trigger widened to take in the characters [start, end) of the article's `text`: the words that tell
    a record made from another one apart (its id is made from its trigger)."""
    start, end = min(event.trigger.start, start), max(event.trigger.end, end)
    return Span(text=text[start:end], start=start, end=end)


def _add_echoing(event: EventDraft, parties: Sequence[Actor], modality: str) -> None:
    """Adds the `parties` of a clause that echoes `event`'s act (whose own modality is `modality`) to its sources,
    but the act's own parties; an echo told otherwise ("and Britain may follow suit") is not the act done."""
    if modality != event.modality:
        return
    # (one the roles took for a target by its "with" is the echo's subject: "condemned X, with Y following suit")
    event.target = [a for a in event.target if not any(_same_actor(a, p) for p in parties)]
    event.source += [p for p in parties if not any(_same_actor(p, a) for a in (*event.source, *event.target))]


def _role_actors(picker: ActorPicker, heads: tuple[Token, ...], excluded: list[tuple[int, int]],
                 read: dict[tuple[tuple[int, ...], bool], list[Actor]], acting: bool = False) -> list[Actor]:
    """`picker.actors_for` of one sentence's role heads, read once in `read`: the triggers of a sentence often share
    their subject or object (a copy each time, as the callers change their lists)."""
    key = (tuple(head.i for head in heads), acting)
    if key not in read:
        # one actor per country its phrase lists ("US and EU officials": one event per pair)
        # (and one per name that has "and" in it: "the Bill and Melinda Gates Foundation" is one party)
        read[key] = listed_parties(one_per_name(picker.actors_for(heads, excluded, acting=acting), picker.doc),
                                   picker.doc, picker.mentions_in, picker.patterns)
    return list(read[key])


def _may_name_actor(subject: Token, picker: ActorPicker) -> bool:
    """A pronoun ("it" may be an agency) or a phrase with a name in it may stand for an actor."""
    return (subject.pos_ == "PRON" or bool(picker.mentions_in(subject)) or picker.could_act(subject)
            or any(t.pos_ == "PROPN" for t in subject.subtree))


def _dropped(trace: DecisionTrace | None, gate: Gate, index: int, match: TriggerMatch, cameo: str,
             heads: RoleHeads | None = None, source: Sequence[Actor] = (), target: Sequence[Actor] = ()) -> None:
    """Record in `trace`, when there is one, the trigger candidate `match` dropped at `gate` (with the code and
    roles it had reached)."""
    if trace is not None:
        trace.drop_match(gate, index, match.token, pattern_id(match), cameo,
                         heads.sources if heads is not None else (), heads.targets if heads is not None else (),
                         source, target)


def _speech_rule(act: SpeechAct) -> str:
    """The rule of a speech act, as `EventDraft.rule` names it: its word of judgement."""
    return f"{SPEECH_RULE}{lemma_of(act.cue)}"


def _kept(events: list[EventDraft], kept: list[EventDraft], gate: Gate, trace: DecisionTrace | None) -> list[EventDraft]:
    """`kept`, the events of `events` a stage keeps; the others are recorded in `trace` as dropped at `gate`."""
    if trace is not None:
        trace.drop_events(gate, events, kept)
    return kept


def _on_each_side(events: list[EventDraft], beyond: Callable[[Sequence[Actor]], bool]) -> list[EventDraft]:
    """The events whose source and target each pass `beyond` (a page-kind test: someone more than a team's country,
    a venue's seat, a role in a show)."""
    return [e for e in events if beyond(e.source) and beyond(e.target)]


class EventCoder:
    """Codes the events of a parsed document. Build once per process; `code` is called per document."""

    def __init__(self, ontology: Ontology, patterns: TriggerPatterns, senses: SenseRules | None = None,
                 speech: SpeechCues | None = None, calibrator: Calibrator | None = None,
                 every_reading: bool = False, reading: Reading = "auto") -> None:
        """`every_reading`: keep every event the rules read in a sentence (the modality test set and
        diagnostics read them), not only one event per act (events/selection.py). `reading`: whole article or
        lone sentences, or auto to let `senses.whole_article` decide (Settings.reading)."""
        self.ontology = ontology
        self.every_reading = every_reading
        self.reading = reading
        self.patterns = patterns
        self.roots = patterns.root_groups  # groups of CAMEO roots treated alike (ontology/roots.yaml: which, and why)
        self.senses = senses or load_senses()
        speech = speech or load_speech_cues()
        self.speech = speech.model_copy(update={"speaking_verbs": speech.naming_verbs | patterns.attribution.speech_verbs
                                                             | patterns.attribution.stance_adjectives})
        self.calibrator = calibrator if calibrator is not None else load_calibrator()
        # the press and audiences: no one a bidding is made of ("told reporters")
        self._press = patterns.attribution.press_nouns | patterns.actors.audience_nouns
        self._demand_code = patterns.codes.demand_by_root["default"]  # a demand on an act no pattern codes
        role_words = patterns.roles
        self._permission_verbs = role_words.permission_verbs  # "a law allowing X to ...": only allowed
        # the nouns for a charge and the roots of the acts that make one ("called the charge baseless")
        self._charges = (role_words.charge_nouns, role_words.charge_codes)
        self._answers = load_answer_rules()  # answers appended to a charge ("..., a charge Togo rejects")

    def code(self, context: DocumentContext, trace: DecisionTrace | None = None) -> list[EventDraft]:
        """The event drafts of a document (`pipeline.Coder` adds where and when and makes them Events). `trace`:
        where to record each candidate dropped and the gate that dropped it (events/trace.py), when wanted."""
        doc, article = context.doc, context.article
        if len(doc) == 0:
            return []
        if not doc.has_annotation("DEP"):
            raise ValueError("event coding needs a dependency parse: use a spaCy pipeline with a parser")
        lemmas = self._correct_lemmas(doc)  # once per document: matching looks up by lemma
        lowers = context.lowers
        picker = ActorPicker(doc, context.mentions, self.patterns, context.dateline)
        profile = self.profile(context, lemmas)
        political = profile.is_political(self.senses)
        whole = profile.whole
        if trace is not None:
            trace.whole_article, trace.political = whole, political
        events: list[EventDraft] = []
        sentences = context.sentences
        # cut from the article's text once (Span.text joins the sentence's tokens again at every call)
        texts = [article.text[s.start_char:s.end_char] for s in sentences]
        furniture = [context.in_furniture(s.start_char, s.end_char) for s in sentences]  # bylines, credits, bios
        # each sentence's attributions, read once for the quotes' speakers and the sentence's own events
        attributions = [[] if skipped else find_attributions(s, self.patterns.attribution, lemmas)
                for s, skipped in zip(sentences, furniture, strict=True)]
        # who speaks the quoted sentences that name no speaker ('"A. B," X said', a quoted paragraph)
        quoted = quote_speakers(sentences, self.patterns.attribution, lemmas,
                                lambda s: context.in_furniture(s.start_char, s.end_char), article.text, attributions,
                                document_quotes(context), self.speech.quotes)
        for index, sentence in enumerate(sentences):
            if furniture[index]:
                if trace is not None:
                    trace.skipped[index] = Gate.FURNITURE
                continue  # a byline, credit or bio line
            speaker = quoted.get(index) or self._listed_saying(index, sentences, texts)
            found = self.code_sentence(sentence, index, article, picker, lemmas, political, whole, speaker,
                                       texts[index], lowers, attributions[index], trace, events)
            # (a sentence the parser ran across a furniture line: "Read more: ..." and the heading after it)
            kept = [e for e in found if not context.in_furniture(e.trigger.start, e.trigger.end)]
            if trace is not None:
                trace.drop_events(Gate.FURNITURE, found, kept)
            events += kept
        if whole:
            # In a whole article a plain statement (CAMEO 01x with no PLOVER type: "said he was
            # confident", "admitted") is no event a coder would code; a lone sentence keeps it, as the
            # CAMEO sentence sets code it.
            events = _kept(events, [e for e in events if e.event.plover], Gate.PLAIN_STATEMENT, trace)
            # ... nor is an act between people who are no political actors ("the airline invited the families")
            events = _kept(events, [e for e in events if not self.senses.private_act(e.event.plover, e.source, e.target)],
                           Gate.PRIVATE_ACT, trace)
            if profile.hazard:  # (officials keeping their own people safe from a fire or a flood)
                events = _kept(events, [e for e in events if not self.senses.safety_service(e.event.cameo, e.source, e.target)],
                               Gate.NOT_AN_ACT, trace)
            if profile.review:  # (a review tells its work's story in the present: "China blockades Taiwan")
                labels = self.senses.review_labels
                events = _kept(events, [e for e in events if not (told_in_present(doc[e.trigger_token])
                                                                  or in_review_heading(doc[e.trigger_token], labels))],
                               Gate.NOT_AN_ACT, trace)
            if profile.past:  # (a page about the past or a work tells no act of its own day, `_past_story`)
                events = _kept(events, [], Gate.NOT_AN_ACT, trace)
            if not political and profile.stand_ins:  # ("Warsaw will own 45%" after "the Warsaw exchange")
                stand_ins = profile.stand_ins
                events = _kept(events, _on_each_side(events, lambda actors: self.senses.beyond_stand_ins(actors, stand_ins)),
                               Gate.NOT_AN_ACT, trace)
            if profile.staged:  # (a re-enactment's armies, a board game's countries: roles, no one acts)
                events = _kept(events, _on_each_side(events, self.senses.beyond_roles), Gate.NOT_AN_ACT, trace)
            if profile.affair:  # (a union's fight with its employer, a church's quarrel: no state takes part)
                events = _kept(events, [e for e in events if self.senses.beyond_affair(e.source, profile.affair)
                                        or self.senses.beyond_affair(e.target, profile.affair)], Gate.NOT_AN_ACT, trace)
            if not political and profile.domain is not None and profile.domain == self.senses.team_domain:
                # (a match report's countries are its teams: "Japan beat Brazil" is between no political actors)
                events = _kept(events, _on_each_side(events, self.senses.beyond_teams), Gate.NOT_AN_ACT, trace)
            events = _kept(events, self._calibrated(events, doc), Gate.BELOW_CONFIDENCE, trace)
            events = _kept(events, self._continuations(events, doc, lemmas), Gate.CONTINUATION, trace)
        by_sentence: defaultdict[int, list[EventDraft]] = defaultdict(list)
        for event in events:
            by_sentence[event.sentence_index].append(event)
        second = self.senses.second_event_confidence
        # one event per act; a sentence's events, most confident first
        events = [event for index in sorted(by_sentence)
                  for event in (sorted(by_sentence[index], key=lambda e: (-e.confidence, e.trigger.start))
                                if self.every_reading
                                else _kept(by_sentence[index], one_per_act(by_sentence[index], whole, second, doc,
                                                                             self.roots, self.patterns.modality),
                                           Gate.SAME_ACT, trace))]
        return self._echoes(_denied_parties(events, doc, self.patterns.pairs), sentences, texts, article, picker, lemmas, whole)

    def _echoes(self, events: list[EventDraft], sentences: list[SpacySpan], texts: list[str], article: Article,
                picker: ActorPicker, lemmas: list[str], whole: bool) -> list[EventDraft]:
        """The parties of clauses that echo an act told without telling it again (events/pairs.py `echo_words`):
        "Kenya condemned the coup, as did the African Union" adds the Union to the sources of the act its clause
        hangs from; in a whole article a sentence that is only an echo ("Britain did too", "France followed suit")
        is the previous sentence's main act again, done by its subject. `events`: the document's, in sentence
        order, a sentence's main event first."""
        words = self.patterns.pairs.echoes
        verbs = words.verbs | set(words.phrases)
        by_sentence: defaultdict[int, list[EventDraft]] = defaultdict(list)
        for event in events:
            by_sentence[event.sentence_index].append(event)
        echoes: list[EventDraft] = []
        doc = picker.doc
        for index, sentence in enumerate(sentences):
            # (by index: a Token object for every word of the article cost more than the echoes themselves)
            for verb in (doc[i] for i in range(sentence.start, sentence.end) if lemmas[i] in verbs):
                said = echo_words(verb, words)
                heads = echo_subjects(verb) if said is not None else ()
                if said is None or not heads:
                    continue
                parties = listed_parties(picker.actors_for(heads, [], acting=True), picker.doc, picker.mentions_in,
                                         self.patterns)
                if not parties:
                    continue
                echoed = _echoed_in_clause(verb, by_sentence[index], words)
                if echoed:
                    for event in echoed:
                        _add_echoing(event, parties, modality_of(verb, self.patterns.modality).modality)
                elif whole and verb.dep_ == "ROOT" and by_sentence[index - 1] and not by_sentence[index]:
                    echoes += self._echo_event(by_sentence[index - 1][0], verb, said, parties, sentence,
                                               texts[index], index, article)
        if not echoes:
            return events
        return sorted(events + echoes, key=lambda e: e.sentence_index)

    def _echo_event(self, echoed: EventDraft, verb: Token, said: list[Token], parties: list[Actor],
                    sentence: SpacySpan, text: str, index: int, article: Article) -> list[EventDraft]:
        """The act `echoed` (the sentence before's main act) done again by `parties`, the subject of the echoing
        `verb` whose words are `said` ("Britain followed suit"), in its own sentence; none when they are the act's
        own parties ("X urged Y to withdraw. Y did so": Y did what it was urged to, no urging)."""
        parties = [p for p in parties if not any(_same_actor(p, a) for a in (*echoed.source, *echoed.target))]
        # ("followed suit, dropping its claim": a clause that tells in its own words what was done is that act,
        # coded by its own trigger or not at all)
        if not parties or any(c.dep_ in _TELLING_CLAUSES and c.tag_ in _PARTICIPLES for c in verb.children):
            return []
        start, end = min(t.idx for t in said), max(t.idx + len(t.text) for t in said)
        reading = modality_of(verb, self.patterns.modality, is_question(text))
        return [replace(echoed, sentence_index=index, trigger=Span(text=article.text[start:end], start=start, end=end),
                        trigger_token=verb.i, source=parties, target=list(echoed.target), modality=reading.modality,
                        attribution=[], evidence=self._evidence(sentence, text), rule=f"{echoed.rule} > echo")]

    def _correct_lemmas(self, doc: Doc) -> list[str]:
        """The model's known lemma slips on verbs ("staged" -> stag): the verb gets its real lemma
        (triggers.yaml: verb_lemmas), so that patterns and light verbs find it. Returns the document's lemmas,
        corrected, in lower case (read in the same pass over the tokens)."""
        phrases = self.patterns.phrases
        fixes = phrases.verb_lemmas
        strings = doc.vocab.strings
        amod = strings.as_int("amod")
        advcl = strings.as_int("advcl")
        # Read from one attribute array: a Token object per word cost more than the rest of the pass. Only the words
        # a correction may touch are visited one by one (verbs, adjective modifiers, clause-opening names).
        columns = doc.to_array([POS, DEP, ORTH, LEMMA]).reshape(-1, 4)
        pos, dep, lemma_ids = columns[:, 0], columns[:, 1], columns[:, 3].copy()
        corrigible = (pos == VERB) | (pos == AUX) | ((pos == ADJ) & (dep == amod)) | ((pos == PROPN) & (dep == advcl))
        for i in numpy.flatnonzero(corrigible).tolist():
            part, label, orth, lemma_id = columns[i].tolist()
            if part == VERB or part == AUX:
                lemma = fixes.get(strings[orth].lower())
                if lemma is not None and strings[lemma_id] != lemma:
                    token = doc[i]
                    token.lemma_ = lemma
                    lemma_ids[i] = token.lemma
            elif part == ADJ and label == amod:
                # "the slain soldiers", "ousted president X": the tagger's adjective is the verb's participle
                verb = participle_lemma(strings[orth].lower(), phrases.done_to_participles, phrases.participle_forms)
                if verb is not None:
                    token = doc[i]
                    token.lemma_, token.pos_, token.tag_ = verb, "VERB", "VBN"
                    lemma_ids[i] = token.lemma
            else:
                # "Defying China's warnings, Manila sent ships": a clause-opening participle the tagger took for a name
                verb = gerund_lemma(strings[orth].lower(), self.patterns.head_lemmas)
                if verb is not None:
                    token = doc[i]
                    token.lemma_, token.pos_, token.tag_ = verb, "VERB", "VBG"
                    lemma_ids[i] = token.lemma
        # each distinct lemma lowered once (most words recur), then spread back over the words
        distinct, where = numpy.unique(lemma_ids, return_inverse=True)
        lowered = [strings[lemma_id].lower() for lemma_id in distinct.tolist()]
        return [lowered[k] for k in where.tolist()]

    def _calibrated(self, events: list[EventDraft], doc: Doc) -> list[EventDraft]:
        """In a whole article, confidence is the fitted chance that a coder codes the event
        (events/confidence.py); the least likely are dropped."""
        calibrator = self.calibrator
        if calibrator is None:
            return events
        for event in events:
            event.confidence = calibrator.probability(event, self.senses, self.roots, doc)
        return [e for e in events if e.confidence >= calibrator.min_confidence]

    # -- one sentence ---------------------------------------------------------------------------------
    def code_sentence(self, sentence: SpacySpan, index: int, article: Article, picker: ActorPicker,
                      lemmas: list[str], political_article: bool = True, whole_article: bool = False,
                      speaker: Attribution | None = None, text: str | None = None,
                      lowers: list[str] | None = None, attributions: list[Attribution] | None = None,
                      trace: DecisionTrace | None = None, earlier: Sequence[EventDraft] = ()) -> list[EventDraft]:
        """The events of one sentence. In an article that is not about politics (`political_article`
        False) only acts between two political actors are kept; in a whole article (`whole_article`) a
        question reports no act (a lone sentence that asks is coded hypothetical). `speaker`: whose quote
        the sentence continues, when it names no speaker of its own. `text`: the sentence's text, and `lowers`
        the document's lower-case words, and `attributions` the sentence's (`find_attributions`), when the caller has them.
        `trace`: where to record each trigger candidate dropped and the gate (`Gate`) that dropped it; `earlier`: the
        article's events before the sentence (what a quote that names no one judges may go on with)."""
        matches = find_triggers(sentence, self.patterns, lemmas)
        sentence_lemmas = set(lemmas[sentence.start:sentence.end])
        if lowers is None:
            lowers = [t.text.lower() for t in sentence.doc]
        sentence_words = set(lowers[sentence.start:sentence.end])
        cues = self.patterns.modality
        # ("has", "have" are common: an obligation needs its "to" too, "has to withdraw")
        may_demand = not sentence_lemmas.isdisjoint(cues.deontic_auxiliaries) or (
            "to" in sentence_words and not sentence_words.isdisjoint(cues.all_obliging_forms))
        may_speak = (self.speech.may_speak(sentence_lemmas, sentence_words, speaker is not None)
                     or self._answers.may_answer(sentence_words))
        may_ask = whole_article and not sentence_lemmas.isdisjoint(self.speech.rhetorical_words)
        if not matches and not may_demand and not may_speak and not may_ask:
            return []
        if attributions is None:
            attributions = find_attributions(sentence, self.patterns.attribution, lemmas)
        said = spoken_by(attributions, speaker, self.patterns.attribution) if speaker is not None else attributions
        if speaker is not None and not speaker.carried:
            attributions = said
        excluded = [a.phrase for a in attributions if a.reporting_only]
        contexts = self.patterns.contexts.contexts_in(sentence_lemmas)
        by_token = {m.token.i: m for m in matches}
        read: dict[tuple[tuple[int, ...], bool], list[Actor]] = {}  # the actors of role heads (`_role_actors`)
        text = sentence.text if text is None else text
        evidence = self._evidence(sentence, text)
        question = is_question(text)
        if question and whole_article:
            if trace is not None:
                for match in matches:
                    _dropped(trace, Gate.QUESTION, index, match, match.cameo)
            if not political_article:
                return []  # quoted and rhetorical questions in an article ask; they report no act
            # ... but a rhetorical question a speaker puts about an actor judges it ('"How can the ministry look
            # these families in the eye?" she asked')
            return self._speech_acts(sentence, index, article, picker, said, contexts, evidence, [], (lemmas, lowers),
                                     whole_article, question, trace, earlier, rhetorical=True)
        events: list[EventDraft] = []
        # '"...," Cole said. "The minister should resign."': a quote that goes on with the last speaker (a carried one)
        # makes its demands that speaker's, as it does its judgements
        demanding = said if said is not attributions else attributions
        if may_demand:
            events += self._uncoded_demands(sentence, index, article, picker, demanding, matches, contexts, evidence,
                                            trace, carried=demanding is not attributions)
        for match in matches:
            if any(start <= match.token.i < end for start, end in excluded):
                _dropped(trace, Gate.REPORTING_PHRASE, index, match, match.cameo)
                continue
            if _sends_for(match, by_token, self.patterns):
                _dropped(trace, Gate.SENDING, index, match, match.cameo)
                continue  # the sending is no act of its own: its purpose is (triggers.yaml: sending_verbs)
            if _motive_of(match, by_token, self.patterns):
                _dropped(trace, Gate.SAME_ACT, index, match, match.cameo)
                continue  # "expelled the envoy in protest": why the expulsion was done (triggers.yaml: motive_nouns)
            if whole_article and _verdict_of(match, by_token, self.patterns):
                _dropped(trace, Gate.SAME_ACT, index, match, match.cameo)
                continue  # "condemned the strikes as a violation": the verdict the condemnation gives
            cameo = self._refined(self._embedded_code(match, by_token), sentence_lemmas, match.token)
            purpose = self.patterns.phrases.sending_recodes.get(cameo, cameo)
            sender = _sending_of(match, purpose, self.patterns)
            if sender is not None:
                cameo = purpose  # "appointed an envoy to look into it": an inquiry
            heads = role_heads(match, self.patterns, picker.is_actor, cameo)
            cameo = self._refined_by_source(cameo, heads, match.token)
            if sender is not None and (senders := subjects_of(sender, patterns=self.patterns)):
                # "named an envoy to investigate": the one who sends investigates, not the one sent
                heads = replace(heads, sources=tuple(senders))
            if self._not_political(cameo, heads, match.token):
                _dropped(trace, Gate.NATURAL_FORCE, index, match, cameo, heads)
                continue
            if self._press_audience(cameo, heads) or self._press_question(match, cameo):
                _dropped(trace, Gate.PRESS_AUDIENCE, index, match, cameo, heads)
                continue
            if self._disaster_response(cameo, sentence_lemmas) or self._deal_review(cameo, match.token, sentence_lemmas):
                _dropped(trace, Gate.DISASTER_RESPONSE, index, match, cameo, heads)
                continue
            attribution, reporters = self._attribution_actors(match.token, attributions, picker)
            source = self._participants(_role_actors(picker, heads.sources, excluded, read, acting=True), reporters)
            speaking = self._participants(attribution, reporters)
            first_person = bool(heads.sources) and all(lemma_of(h) in self.patterns.pronouns.first_person
                                                       for h in heads.sources)
            if (first_person and not speaking and said is not attributions
                    and all(h.dep_ == "nsubj" and h.head.i in (match.token.i, match.anchor.i) for h in heads.sources)):
                # '"...," Cooper said. "We urge both sides to open the roads."': a quote that goes on with the last
                # speaker (a carried one, which otherwise makes the speaker of a judgement only) is theirs to say, when
                # "we" is the act's own subject (not "we're told to keep sending the money")
                speaking = self._participants(*self._attribution_actors(match.token, said, picker))
            if speaking and first_person:
                # '"We will gladly send doctors," a ministry spokeswoman said': "we" is whoever says it
                source = speaking
            elif speaking and not heads.sources and cameo[:2] in self.roots.speech_acts and _imperative(match):
                # '"Thank you, France," the president wrote': a bidding with no subject is its speaker's
                source = speaking
            bidding = (self._bidding(match, cameo, speaking, heads.targets, attributions, excluded, picker)
                       if speaking and cameo[:2] not in self.roots.speech_acts else None)
            if bidding is not None:
                request, bidden, addressed = bidding
                # the one bidden does the act (a source the roles took from around the quote is the speaker's)
                source = bidden if addressed else []
                # '"Free the prisoners," the minister said': the speaker demands the act of the one addressed
                asserted = ModalityReading("asserted")
                events.append(
                    self._event(article, index, request, contexts, self._trigger_span(match), speaking, bidden,
                                asserted, attribution, evidence, self._confidence(match, asserted, speaking, bidden),
                                f"{pattern_id(match)} > bidding")
                )
            # "Chile and Peru accused each other": the reciprocal phrase stands for the sources themselves
            reciprocal = [h for h in heads.targets if _is_reciprocal(h)] if len(source) > 1 else []
            # (beside "each other" the roles' other targets are what the act is about: "blamed each other for the
            # collapse of the talks")
            target_heads = () if reciprocal else tuple(heads.targets)
            target = self._participants(_role_actors(picker, target_heads, excluded, read), reporters)
            target = self._not_self(source, target)
            if sender is not None and not any(self.senses.is_actor(t) for t in target):
                # "sent experts to the country to investigate": the investigation is of where they go
                target = self._not_self(source, picker.actors_for(_destinations(sender, self.patterns), excluded))
            # A target the roles stage only searched for (no pattern gave it) is kept on the event but does not
            # make the event more likely the sentence's main one: a subordinate clause would win too often.
            target_given = not heads.inferred_target
            if len(source) > 1 and cameo in self.patterns.codes.joint_codes:
                cameo = self.patterns.codes.joint_codes[cameo]  # "Egypt and Jordan staged war games": done together
            joint = ((cameo[:2] in self.roots.joint and cameo not in self.patterns.codes.one_sided_codes
                      and not _attacks_an_object(match, cameo, picker))
                     or (cameo[:2] in self.roots.refusals and _refuses_a_joint_act(match, by_token, self.patterns.codes.one_sided_codes,
                                                                        self.patterns.root_groups)))
            # "Britain and Indonesia signed a memorandum": in an article, a pair that signs does it each way
            # (triggers.yaml mutual_codes), the place or topic the roles stage searched for aside; a lone sentence
            # keeps its one act, the first named its source
            if joint and len(source) == 1 and len(heads.sources) == 1 and (not source[0].country or source[0].country_from):
                # (session 34) "negotiators of the two countries met": people of each of the pair the phrase names
                source = picker.pair_behind(heads.sources[0], source[0]) or source
            parties = self._between_parties(target_heads, picker, excluded, read, reporters) if joint else []
            if len(parties) > 1 and not source:
                # "an agreement was reached between Armenia and Azerbaijan": the parties between whom a joint act is
                # done with no one named doing it are the ones who do it
                source = parties
            # (session 34) "the US and Egypt hosted talks between the army and the RSF": parties of other countries than
            # the pair named are whom the pair's act (hosting, easing) is with; the pair does not act on each other
            # (each named in its own words: "between the two countries" may only restate the pair)
            hosted = len(source) > 1 and len(parties) > 1 and all(p.country for p in parties) and not _one_phrase(parties) \
                and not any(p.country == s.country for p in parties for s in source)
            if hosted:
                target, target_given = parties, True
            elif parties and len(source) > 1:
                # ("A and B signed 14 agreements between the two countries": with its pair of doers named, restated)
                target = [t for t in target if not any(_same_actor(t, p) for p in parties)]
            mutual = (not hosted and whole_article and len(source) == 2 and joint and cameo in self.patterns.codes.mutual_codes
                      and (heads.inferred_target or not any(t.country for t in target)))
            if not hosted and not mutual and len(source) == 2 and joint and _one_phrase(source) and not _a_party_among(target_heads, target):
                # "the two leaders discussed the war in Ukraine": the pair's act is between them, the rest a topic
                source, target = source[:1], source[1:]
                target_given = True
            elif not hosted and not mutual and len(source) > 1 and joint and (heads.inferred_target or not any(t.country for t in target)):
                # "A and B met in Paris": the place the roles stage only searched for yields to the other party
                source, target = source[:1], source[1:] + (target if target_given else [])
                target_given = True
            # a reciprocal act that is not done together is one act each way (one event per source and target);
            # "A and B traded accusations" is one too, whatever the roles stage searched for as a target
            traded = mutual or (not hosted and len(source) == 2 and _goes_both_ways(match, self.patterns) and (not target or heads.inferred_target))
            if traded:
                target = []
            each_way = len(source) == 2 and not target and (bool(reciprocal) or traded)
            if each_way:
                source, target = source[:1], source[1:]
                target_given = True
            scored_target = target if target_given else []
            implied_target: list[Actor] = []
            if whole_article and not match.is_verbal:
                # "protests spread", "rebels staged an uprising": who acts, or on whom, goes without saying
                source = source or self._implied_source(match, cameo, by_token)
                implied_target = [] if target else self._implied_target(match)
            if whole_article and not source:
                source = self._sole_doer(match)
            if not any(self.senses.is_actor(a) for a in (*source, *target, *implied_target)):
                _dropped(trace, Gate.NO_ACTOR, index, match, cameo, heads, source, target)
                continue  # an event is something actors do; a bare noun ("the visit") is a reference
            if whole_article and self._reference(match, target if target_given else []):
                _dropped(trace, Gate.REFERENCE_BACK, index, match, cameo, heads, source, target)
                continue
            if whole_article and self.senses.names_a_thing(match.token, match.is_verbal,
                                                                match.anchor.i != match.token.i):
                _dropped(trace, Gate.NAMED_THING, index, match, cameo, heads, source, target)
                continue
            if implied_target:
                target, target_given = implied_target, True
            # "battles with Democrats": a fight with a party or a legislature is a quarrel; "attacked the veto"
            # judges a thing decided (senses.yaml: recodes)
            cameo, swap = self.senses.recoded(lemma_of(match.token), cameo, target, source, match.token, sentence_lemmas)
            if swap:
                source, target = target, source
            if self._not_an_act(match, cameo, source, target, sentence_lemmas, political_article, picker):
                _dropped(trace, Gate.NOT_AN_ACT, index, match, cameo, heads, source, target)
                continue
            if not source and self._victims_of_accident(cameo, target, sentence_lemmas):
                _dropped(trace, Gate.ACCIDENT, index, match, cameo, heads, source, target)
                continue
            if not source and self._subject_cannot_act(match, cameo, picker, self.speech.document_nouns):
                _dropped(trace, Gate.SUBJECT_CANNOT_ACT, index, match, cameo, heads, source, target)
                continue
            reading = modality_of(match.token, self.patterns.modality, question)
            if whole_article and bidding is None and asked_for(match.token, reading, self.patterns.modality,
                                                                   self._permission_verbs):
                _dropped(trace, Gate.ASKED, index, match, cameo, heads, source, target)
                continue
            if whole_article and charged_deed(match.token, cameo, self.patterns.modality):
                _dropped(trace, Gate.CHARGED, index, match, cameo, heads, source, target)
                continue
            if whole_article and defended_deed(match.token, cameo, self.patterns.modality):
                _dropped(trace, Gate.DEFENDED, index, match, cameo, heads, source, target)
                continue
            if whole_article and undone(reading, self.patterns.modality) and self._refusal(cameo, reading, match) is None:
                # ("we cannot accept the offer" refuses it: refusal_by_root)
                _dropped(trace, Gate.UNDONE, index, match, cameo, heads, source, target)
                continue
            if whole_article and modal_thing(match.token, reading, match.is_verbal, match.anchor.i != match.token.i,
                                             self.patterns.modality):
                # ("would test the junta's promises": the verb's modality, over a known act it is about)
                _dropped(trace, Gate.MODAL_THING, index, match, cameo, heads, source, target)
                continue
            if bidding is not None:
                reading = ModalityReading("hypothetical")  # only bidden, not done
            if match.attributive and reading.modality not in ("asserted", "historical"):
                # "abandoned by the fleeing army", "will bury the slain": the act the participle tells was done,
                # whatever the clause around its noun says
                reading = ModalityReading("asserted")
            stopped = (self.senses.stopped_by(match.token, cameo) or self.senses.stopped_by(match.anchor, cameo)
                       if whole_article else None)
            stopping = modality_of(stopped[0], self.patterns.modality, question) if stopped else None
            if stopped is not None and stopping is not None and stopping.modality != "hypothetical":
                # "will stop supporting the rebels": the stopping is the act (a cut, a de-escalation), not a
                # negated support; a stop only asked for ("pressed it to stop the killing") leaves the act
                cameo, reading = stopped[1], stopping
            trigger = self._trigger_span(match)
            asserted = ModalityReading("asserted")
            rule = pattern_id(match)
            first = len(events)
            if self._claimed_by_actor(match, attribution, source):
                # "The rebels claimed they had attacked the base": the claim of responsibility comes first,
                # so that it is the sentence's main event; the act itself is still coded after it.
                events.append(
                    self._event(article, index, self.patterns.codes.claim_code, contexts, trigger, source, target,
                                asserted, attribution, evidence, self._confidence(match, asserted, source, scored_target),
                                f"{rule} > claim")
                )
            intent = self._intent(match, cameo, reading)
            if intent and not (source or intent[:2] in self.roots.intents):
                intent = None  # a threat needs someone threatening
            if whole_article and intent and self._announced(reading):
                intent = None  # codebook: "will provide a ship" is the act, modality future; not a promise too
            if not (whole_article and intent):
                # (in an article, "pledged to assist", "stands ready to help" is the promise alone)
                events.append(
                    self._event(article, index, cameo, contexts, trigger, source, target, reading, attribution,
                                evidence, self._confidence(match, reading, source, scored_target), rule)
                )
            if intent:
                # "Farc will release the hostages": the announcement is itself an event, an intent to
                # cooperate (CAMEO 03) or a threat (CAMEO 13), which happened even if the act has not.
                events.append(
                    self._event(article, index, intent, contexts, trigger, source, target, asserted,
                                attribution, evidence, self._confidence(match, asserted, source, scored_target),
                                f"{rule} > intent")
                )
            refusal = self._refusal(cameo, reading, match)
            if refusal:
                # "will not lift the ban": PLOVER codes a refused cooperation as REJECT, asserted.
                events.append(
                    self._event(article, index, refusal, contexts, trigger, source, target, asserted,
                                attribution, evidence, self._confidence(match, asserted, source, scored_target),
                                f"{rule} > refusal")
                )
            speakers = [a for a in attribution if not any(_same_actor(a, r) for r in reporters)]
            if not speakers and demanding is not attributions:
                speakers = self._participants(*self._attribution_actors(match.token, demanding, picker))
            demand = self._demand(cameo, reading, speakers, source)
            if demand:
                # "Moscow said Israel must end its attacks": the speaker demands it of the actor.
                events.append(
                    self._event(article, index, demand, contexts, trigger, speakers, source, asserted,
                                attribution, evidence, self._confidence(match, asserted, speakers, source),
                                f"{rule} > demand")
                )
            if each_way:
                # the other way: the same act with the roles swapped; its trigger takes in the reciprocal phrase
                # ("accused each other"), which is what says so, and keeps the event's id its own
                events += [self._other_way(e, reciprocal[0] if reciprocal else None, article.text) for e in events[first:]
                           if e.source == source and e.target == target]
        if may_speak:
            spoken = self._speech_acts(sentence, index, article, picker, said, contexts, evidence, events,
                                       (lemmas, lowers), whole_article, question, trace, earlier)
            if not political_article:  # as for other acts: only between political actors there
                spoken = _kept(spoken, [e for e in spoken if any(map(self.senses.is_political, e.source))
                                        and any(map(self.senses.is_political, e.target))], Gate.NOT_AN_ACT, trace)
            events += spoken
            # "offered a scorching review": the light verb carries the judgement; it is no offer of its own
            doc = sentence.doc
            carriers = {doc[e.trigger_token].head.i for e in spoken if doc[e.trigger_token].dep_ == "dobj"
                        and lemma_of(doc[e.trigger_token].head) in self.patterns.phrases.light_verbs}
            events = _kept(events, [e for e in events if e.trigger_token not in carriers], Gate.LIGHT_VERB, trace)
        return self._inside_another_act(events, sentence.doc)

    def profile(self, context: DocumentContext, lemmas: list[str] | None = None) -> ArticleProfile:
        """What the document is about and whether it is coded as a whole article, decided once per document
        (the pipeline asks again after coding, for the whole-article role rules). `lemmas`: the document's."""
        return context.memoised(_PROFILE_MEMO, lambda: article_profile(
            context.doc, context.article, context.mentions, self.senses, self.reading, lemmas, context.in_furniture,
            context.sentences))

    def _speech_acts(self, sentence: SpacySpan, index: int, article: Article, picker: ActorPicker,
                     attributions: list[Attribution], contexts: list[str], evidence: Span,
                     coded: list[EventDraft], words: tuple[list[str], list[str]],
                     whole_article: bool = False, question: bool = False,
                     trace: DecisionTrace | None = None, earlier: Sequence[EventDraft] = (),
                     rhetorical: bool = False) -> list[EventDraft]:
        """Criticism and praise in what a speaker says: the speaker's ACCUSE or SUPPORT of the actor spoken
        of, unless the sentence already codes that act by that speaker (some only in a whole article).
        `words`: the document's lemmas and lower-case words; `question`: whether the sentence asks. `trace`: where
        to record the speech acts dropped; `earlier`: the article's events before the sentence; `rhetorical`: only
        the judgements rhetorical questions make (`find_rhetorical_questions`), for a sentence that asks."""
        events: list[EventDraft] = []
        def people(noun: Token) -> bool:
            return bool(picker.mentions_in(noun)) or self.senses.is_actor(picker.phrase_actor(noun))

        def drop(gate: Gate, act: SpeechAct, speakers: Sequence[Actor] = (), targets: Sequence[Actor] = ()) -> None:
            if trace is not None:
                trace.drop_match(gate, index, act.cue, _speech_rule(act), act.code, act.speakers, act.spoken_of,
                                 speakers, targets)

        found = (find_rhetorical_questions(sentence, attributions, self.speech, people) if rhetorical
                 else [*find_speech_acts(sentence, attributions, self.speech, people, *words),
                       *answered_charges(sentence, words[1], self._answers, self.speech.denial_code)])
        for act in found:
            if act.in_articles_only and not whole_article:
                drop(Gate.ARTICLE_ONLY, act)
                continue
            if self.senses.non_event(act.cue) and not self._speakers_view(act):
                drop(Gate.OPINION, act)
                continue  # "I thought the lines would be ridiculous": an opinion about no act
            speakers = [a for a in listed_parties(picker.actors_for(act.speakers, [], acting=True), picker.doc,
                                                  picker.mentions_in, self.patterns) if self.senses.is_actor(a)]
            written = bool(act.speakers) and all(lemma_of(h) in self.speech.document_nouns for h in act.speakers)
            if not speakers and not (written or (act.told and act.code == self.speech.criticism_code)):
                drop(Gate.NO_SPEAKER, act)
                continue  # a text's author or critics ("came under fire") may be unnamed
            # (not when the owner is the speaker the act names: "the governor's scathing remarks about the mayor")
            owners = [m.actor for c in act.cue.children if c.dep_ == "poss" and c not in act.speakers
                      for m in picker.mentions_in(c)]
            if any(_same_actor(o, s) for o in owners for s in speakers):
                drop(Gate.SELF_JUDGEMENT, act, speakers)
                continue  # "admitted that his failure ...": the speaker judges himself
            start, end = act.scope
            spoken_of = [m for t in act.spoken_of for m in picker.mentions_in(t)]
            inside = [m for m in picker.mentions if start <= m.token_start and m.token_end <= end]
            candidates = [m.actor for m in (*spoken_of, *inside)]
            candidates += [a for a in picker.actors_for(act.spoken_of, []) if self.senses.is_actor(a)]
            # the speaker is not the one judged, nor is "I" or "we" in what the speaker says
            targets = [a for a in candidates if not any(_same_actor(a, s) for s in speakers)
                       and a.text.lower() not in self.patterns.pronouns.first_person][:1]
            targets += self._listed_with(targets, picker, speakers)
            if act.code in (self.speech.criticism_code, self.speech.praise_code):
                # (before what the pronoun's coreference gives: a thing, "the bill", is no one judged)
                targets = _doers_named_back(act.spoken_of, coded, speakers, self.speech) or targets
            if not targets and any(t.text.lower() in self.patterns.pronouns.first_person for t in act.spoken_of):
                drop(Gate.SELF_JUDGEMENT, act, speakers)
                continue  # '"We have done a tremendous job," the president said': the speaker's own work
            event_type = self.ontology.event_type(act.code, contexts)
            if not targets:
                # "vetoed a bill, which the senator called reckless": what a relative pronoun judges is what the act
                # it hangs on was done to, and so the act's doers
                targets = _doers_of_antecedent(act.spoken_of, coded, speakers, self.speech.naming_verbs)
            if not targets and act.code == self.speech.denial_code:
                targets = self._accusers_answered(act, (*earlier, *coded), index, speakers)
            if not targets and act.answers and speakers:
                targets = _answered(speakers, [*coded, *events],
                                    [e for e in earlier if index - _ANSWER_REACH <= e.sentence_index < index])
            if not targets and whole_article and speakers and not any(
                    e.event.plover == event_type.plover and any_same_actor(e.source, speakers)
                    for e in (*coded, *events)):
                # (not when the sentence codes the speaker's act already: 'a "provocation," X said')
                targets = self._judged_before(act, earlier, index, speakers, event_type.plover)
            if not targets and not (act.told and speakers) and not (speakers and self._judges_an_act(act)):
                # an idiom or an appeal needs no one named as its target ("we need help"), nor does a verdict on an
                # act whose doer goes unnamed ("called the sanctions illegal": the target is implied later)
                drop(Gate.NO_ONE_JUDGED, act, speakers)
                continue
            measures = [e for e in coded if start <= e.trigger_token < end] if act.answers else []
            if measures and (not targets or any(e.target for e in measures)):
                drop(Gate.SAME_ACT, act, speakers, targets)
                continue  # ("would take reciprocal measures against Poland": the measures coded are the act)
            if measures:
                # ("said it would respond in kind" coded with no one named: the answer, to the one it answers)
                coded[:] = _kept(coded, [e for e in coded if e not in measures], Gate.SAME_ACT, trace)
            if act.answers and targets:
                # ("said it would respond in kind", a threat the triggers code with no one named: the one answered)
                told = next((e for e in coded if e.event.plover == event_type.plover and not e.target
                             and _on_speakers_side(e.source, speakers)), None)
                if told is not None:
                    told.target = list(targets)
                    drop(Gate.ALREADY_CODED, act, speakers, targets)
                    continue
            if act.retells_cue:
                # ("said he would veto any bill that ...": the threat is the act; the veto is not one to come)
                yielded = [e for e in coded if e.trigger_token == act.cue.i]
                coded[:] = _kept(coded, [e for e in coded if e.trigger_token != act.cue.i], Gate.SAME_ACT, trace)
                if not act.figurative:
                    targets = targets or [a for e in yielded for a in e.target if self.senses.is_actor(a)][:1]
                if not targets and act.implied is not None:
                    targets = [self._implied_actor(act.implied[1], act.implied[0])]
                # ("warned it would not hesitate to strike Israel": the warning coded is the threat, aimed at the one the
                # yielded act was aimed at)
                # (or the speaker's side: "the minister warned that Iran would not hesitate to strike Israel")
                told = next((e for e in coded if e.event.plover == event_type.plover and not e.target and targets
                             and _on_speakers_side(e.source, speakers)), None)
                if told is not None:
                    told.target = list(targets)
                    drop(Gate.ALREADY_CODED, act, speakers, targets)
                    continue
            if any(e.event.plover == event_type.plover and (e.target or not targets) and any_same_actor(e.source, speakers)
                   for e in coded):
                drop(Gate.ALREADY_CODED, act, speakers, targets)
                continue  # "X criticised Y, calling it a failure": one act
            verdict = _verdict_verb(act.cue, self.patterns.phrases.verdict_preps) if whole_article else None
            if verdict is not None and any(e.trigger_token == verdict.i and any_same_actor(e.source, speakers) for e in coded):
                drop(Gate.ALREADY_CODED, act, speakers, targets)
                continue  # "dismissed the calls as a threat": the verdict of the speaker's act coded
            cue = act.cue
            trigger = (Span(text=cue.text, start=cue.idx, end=cue.idx + len(cue.text)), cue.i)
            reading = (modality_of(cue, self.patterns.modality, question) if act.told and not act.refusal
                       else ModalityReading("asserted"))
            events.append(self._event(article, index, act.code, contexts, trigger, speakers, targets,
                                      reading, speakers, evidence, _SPEECH_CONFIDENCE, _speech_rule(act)))
        return events

    def _judged_before(self, act: SpeechAct, earlier: Sequence[EventDraft], index: int, speakers: list[Actor],
                       plover: str | None) -> list[Actor]:
        """The one a quote that names no one it judges (only "this", "it", or nothing) judges, from the sentence
        just before it (`earlier`: the article's drafts so far): the one the speaker judged there in the same way
        ('Muller criticised the nuns. "This is a provocation," Muller said': the quote goes on with it), else, for
        criticism, the doer of another's act told there ('Uganda closed the border. "This is outrageous," X said':
        the quote answers it)."""
        sentence = act.cue.sent
        judging = act.code in (self.speech.criticism_code, self.speech.praise_code)
        restated = restated_act(act.spoken_of, earlier, index, self.speech) if judging else None
        if restated is not None and act.spoken_of[0].lower_ not in self.speech.pointing_back \
                and _named_by_verb(act.spoken_of, self.speech.naming_verbs):
            # ("Y filed a complaint. X called the complaint a stunt": the act a definite noun a naming verb names
            # restates, its doer judged; one of the speaker's country may be: "the governor vetoed the bill. A senator
            # called the veto a disgrace". Not in reported speech, "said the veto was a disgrace": on held-out counts
            # it took one pair from one set as it gave two to another)
            return [] if any_same_actor(restated.source, speakers) else list(restated.source)
        # ("X filed a complaint against Y. Y called it a stunt": a pronoun a naming verb names points back as a quote does)
        named_back = _named_by_verb(act.spoken_of, self.speech.naming_verbs)
        quoted = any(q.start <= sentence.start_char < q.end or sentence.start_char <= q.start < sentence.end_char
                     for q in doc_quotes(act.cue.doc))
        if not named_back and not quoted:
            return []  # (reported speech names what it judges: "what they called racism" is said of no one told)
        if any(t.lower_ not in self.speech.pointing_back or t.tag_ == "WDT" for t in act.spoken_of):
            return []  # (a relative "that" stands for a noun of its own sentence)
        before = [e for e in earlier if e.sentence_index == index - 1]
        if not before and restated is not None:
            # ('the registry said the complaint was under review. X called it "a stunt"': "it" is the complaint told
            # before, the act of whoever filed it)
            return [] if any_same_actor(restated.source, speakers) else list(restated.source)
        own = next((e for e in reversed(before) if e.event.plover == plover and e.target
                    and any_same_actor(e.source, speakers)), None)
        if own is not None:
            return list(own.target)
        if act.code != self.speech.criticism_code:
            return []
        # (not an act of the speaker's side: "Kenya closed the border" is a Kenyan minister's own)
        other = next((e for e in reversed(before) if e.source
                      and not _on_speakers_side(e.source, speakers)), None)
        return list(other.source) if other is not None else []

    def _speakers_view(self, act: SpeechAct) -> bool:
        """'"I think the governor has lost touch," she said', "she believes the minister failed": a judgement the
        speaker holds as a view of their own ("I", "we" in what they say, or the speaker themself) is still their
        judgement; a belief of someone else's is not, and "I" holding it is the quote's speaker, not a second one."""
        first_person = self.speech.first_person_subjects
        if all(lemma_of(s) in first_person for s in act.speakers):
            return False
        token = act.cue
        for _ in range(_MAX_VIEW_CLIMB):
            head = token.head
            if head.i == token.i:
                return False
            if token.dep_ == "ccomp" and lemma_of(head) in self.senses.belief_governors:
                holders = [c for c in head.children if c.dep_ == "nsubj"]
                return any(lemma_of(h) in first_person or h in act.speakers for h in holders)
            token = head
        return False

    def _accusers_answered(self, act: SpeechAct, before: Sequence[EventDraft], index: int,
                           speakers: Sequence[Actor]) -> list[Actor]:
        """'Chile accused Peru of spying, and Peru's minister called the charge "baseless"': a denial that judges a
        charge answers the latest accusation aimed at the speaker's side in its sentence or the two before it, made
        by another side, and is aimed at its accusers; else at no one."""
        nouns, codes = self._charges
        if not any(lemma_of(t) in nouns for t in act.spoken_of):
            return []
        answered = next((e for e in reversed(before) if e.event.cameo_root in codes and e.source
                         and index - _ANSWER_REACH <= e.sentence_index <= index
                         and _on_speakers_side(e.target, speakers)
                         and not _on_speakers_side(e.source, speakers)), None)
        return list(answered.source) if answered is not None else []

    def _judges_an_act(self, act: SpeechAct) -> bool:
        """Whether what a speech act judges is an act, named by a noun for one (an event noun of triggers.yaml,
        or one of speech.yaml's work_nouns: "the sanctions", "the decision"; a denial's claim_nouns: "called the
        reports false"), not a thing or a state ("the weather is terrible", "a dangerous place")."""
        return any(t.pos_ == "NOUN" and (lemma_of(t) in self.patterns.nouns or lemma_of(t) in self.speech.work_nouns
                                         or (act.code == self.speech.denial_code and lemma_of(t) in self.speech.claim_nouns))
                   for t in act.spoken_of)

    def _listed_with(self, judged: list[Actor], picker: ActorPicker, speakers: list[Actor]) -> list[Actor]:
        """"X said the governor and the mayor had failed": those listed with the one judged are judged too,
        one dyad each."""
        span = picker.doc.char_span(judged[0].start, judged[0].end, alignment_mode="expand") if judged else None
        if span is None:
            return []
        found = picker.actors_for(tuple(span.root.conjuncts), [])
        return [a for a in found if self.senses.is_actor(a) and not any(_same_actor(a, s) for s in (*speakers, *judged))]

    @staticmethod
    def _evidence(sentence: SpacySpan, text: str) -> Span:
        """The sentence (its text `text`) as evidence, without the line breaks the parser may attach to it."""
        start = sentence.start_char + (len(text) - len(text.lstrip()))
        stripped = text.strip()
        return Span(text=stripped, start=start, end=start + len(stripped))

    def _event(self, article: Article, index: int, cameo: str, contexts: list[str], trigger: tuple[Span, int],
               source: list[Actor], target: list[Actor], reading: ModalityReading, attribution: list[Actor],
               evidence: Span, confidence: float, rule: str = "") -> EventDraft:
        span, token = trigger
        return EventDraft(
            article_id=article.id,
            sentence_index=index,
            event=self.ontology.event_type(cameo, contexts),
            trigger=span,
            trigger_token=token,
            source=source,
            target=target,
            modality=reading.modality,
            attribution=attribution,
            evidence=evidence,
            confidence=confidence,
            rule=rule,
        )

    # -- pieces ---------------------------------------------------------------------------------------
    @staticmethod
    def _inside_another_act(events: list[EventDraft], doc: Doc) -> list[EventDraft]:
        """An act told inside another act's phrase ("demanded that the US ease sanctions", "threats that he
        would open the border", "a protest demanding the release of ...") is what that act is about: it
        ranks below it, so the other is the sentence's main event."""
        triggers = {e.trigger_token for e in events}
        for event in events:
            token = doc[event.trigger_token]
            if any(t != token.i and doc[t].is_ancestor(token) for t in triggers):
                event.confidence = round(max(0.05, event.confidence - _INSIDE_ANOTHER_ACT), 3)
        return events

    def _continuations(self, events: list[EventDraft], doc: Doc, lemmas: list[str]) -> list[EventDraft]:
        """"The convoy was ambushed, killing two guards", "X condemned the budget in a speech, accusing Y of
        ...": a participle with no actor of its own that hangs from an act of the same type only goes on telling
        that act (the codebook's one event per clause and act); in a whole article it is no second event. So does
        the toll of a fight told by its fighters ("militants opened fire at the bus, killing three people": a killing
        or wounding of people named only as people, by the fight's own source)."""
        acts = {(e.trigger_token, e.event.plover): e for e in events}
        senses = self.senses
        speech_acts = self.roots.speech_acts

        def toll(event: EventDraft, act: EventDraft) -> bool:
            # (a toll word may name any victims, "killing 14 soldiers"; another harm only people named as people)
            return (event.event.cameo_root == "18" and act.event.cameo_root == "19" and bool(event.target)
                    and all(any(_same_actor(s, a) for a in act.source) for s in event.source)
                    and (lemmas[event.trigger_token] in senses.toll_verbs or all(map(senses.anyone, event.target))))

        def up_the_phrase(head: Token) -> Iterator[Token]:
            """`head` and the words above it through the nouns and prepositions of an act's phrase."""
            for _ in range(_MAX_CONTINUATION_CLIMB + 1):
                yield head
                if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                    return
                head = head.head

        def caused_by(event: EventDraft) -> EventDraft | None:
            """The attack a toll verb tells the toll of by its subject or an in/by phrase ("a drone strike killed 23",
            "were wounded by shelling"; or hung by the parser from the attack's phrase, "a strike on a camp killed
            30" with the verb an acl of "camp"), which takes the toll's victims when it names none."""
            token = doc[event.trigger_token]
            if event.event.cameo_root != "18" or lemmas[token.i] not in senses.toll_verbs:
                return None
            causes = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            causes += [o for c in token.children if c.dep_ in ("prep", "agent") and lemmas[c.i] in senses.toll_preps
                       for o in c.children if o.dep_ == "pobj"]
            if token.dep_ == "acl":
                causes += up_the_phrase(token.head)
            act = next((acts[c.i, event.event.plover] for c in causes if (c.i, event.event.plover) in acts), None)
            if act is not None and not act.target:
                act.target = event.target
            return act

        def same_doers(event: EventDraft, act: EventDraft) -> bool:
            # ("filed a complaint accusing the mayor of ...": a speech act's participle whose doer is the act's, found
            # again by the roles; a deed's goes on with another deed: "stormed the museum, gunning down tourists")
            return (event.event.cameo_root in speech_acts and bool(act.source)
                    and all(any(_same_actor(s, a) for a in act.source) for s in event.source))

        def continues(event: EventDraft) -> bool:
            token = doc[event.trigger_token]
            if caused_by(event) is not None:
                return True
            if (token.tag_ != "VBG" or token.dep_ not in _CONTINUING_DEPS
                    or any(c.dep_ in _OWN_CLAUSE_DEPS for c in token.children)):
                return False
            # (a toll told second hangs from the participle before it: "launched drones, damaging a plant and killing
            # two"; not another act, "stormed the museum, seizing and gunning down tourists")
            start = (token.head.head if token.dep_ == "conj" and token.head.tag_ == "VBG"
                     and lemmas[token.i] in senses.toll_verbs else token.head)
            head = next((h for h in up_the_phrase(start) if (h.i, event.event.plover) in acts), None)
            act = acts.get((head.i, event.event.plover)) if head is not None else None
            return act is not None and (not event.source or toll(event, act) or same_doers(event, act))

        return [e for e in events if not continues(e)]

    def _not_an_act(self, match: TriggerMatch, cameo: str, source: list[Actor], target: list[Actor],
                    sentence_lemmas: set[str], political_article: bool, picker: ActorPicker | None = None) -> bool:
        """A belief, a question or a poll's finding; a trigger in a sense that is no political act
        ("hit the wall", "met with resistance"); in a non-political article, anything but an act between
        two political actors."""
        senses = self.senses
        if self._unbidden(match):
            return True
        if senses.non_event(match.anchor) or (match.anchor.i != match.token.i and senses.non_event(match.token)):
            return True
        children = list(match.token.children)
        passive = match.is_verbal and any(c.dep_ in ("nsubjpass", "auxpass") for c in children) \
            and not any(c.dep_ == "agent" for c in children)
        if passive:
            # "the fishermen were freed": the passive subject is acted on ("images released by the navy":
            # the navy, named by "by", acts; it is not what was released)
            target = [*target, *source]
        # (a worker acted on does no job: "the pilot was given asylum")
        if senses.at_work(cameo, [] if passive else source, target):
            return True  # "the pilot asked the controllers for permission to climb": a job done, no political act
        # the sense rules are for a bare word or phrasal verb ("hit", "speak to"); "air strike" or "fire
        # tear gas" says its sense already
        # (and the phrases senses.yaml phrase_senses names: "retaliatory measure" is a state's, whoever says it; and
        # every act a light verb carries: "the hospital took action against the hackers" is no state's act)
        bare = (not match.pattern.objects and all(w in PREPOSITIONS for w in match.pattern.extra)) \
            or match.pattern.text in senses.phrase_senses or bool(match.pattern.marks)
        if bare and not self._embeds_event(match):
            # Political actors the roles stage did not reach still make the clause political ("ministers
            # attend an OPEC meeting"): they stand beside the participants for the sense checks.
            nearby = self._clause_actors(match, picker) if picker is not None else []
            nearby = [a for a in nearby if not any(_same_actor(a, p) for p in (*source, *target))]
            preps = _governed_preps(match.token)
            if senses.sense_fails(lemma_of(match.token), cameo, source, target, sentence_lemmas, nearby, preps,
                                  judged_objects(match.token), judged_causes(match.token), dependency_labels(match.token),
                                  lemma_of(match.token.head) if match.token.dep_ == "pobj" else "",
                                  senses.counts_people(match.token)):
                return True
        if not political_article:
            return not (any(senses.is_political(s) for s in source) and any(senses.is_political(t) for t in target))
        return False

    def _unbidden(self, match: TriggerMatch) -> bool:
        """"told reporters", "pushed the cart", "undertook a review": a verb that bids or promises an act only with
        an infinitive ("told France to withdraw") is no act without one; "open to the public", "ready for winter":
        an adjective that offers an act only with one as its complement ("open to talks", "ready to help")."""
        pattern = match.pattern
        codes = self.patterns.codes
        if match.token.pos_ == "ADJ" and lemma_of(match.token) in codes.act_adjectives:
            # ("must be ready to mediate": what one is told to be, a demand, not one's own offer)
            bidden = any(lemma_of(c) in codes.bidding_modals for c in match.anchor.children if c.dep_ == "aux")
            return bidden or not self._offers_an_act(match)
        if match.is_verbal and lemma_of(match.token) in codes.wish_verbs:
            return not self._wishes_an_act(match.token)
        return (match.is_verbal and not pattern.objects and not pattern.extra
                and lemma_of(match.token) in self.patterns.codes.infinitive_verbs and not _asks_an_act(match.token))

    def _refined(self, cameo: str, sentence_lemmas: set[str], trigger: Token) -> str:
        for rule in self.patterns.codes.refinements:
            if cameo not in rule.codes or (rule.triggers and lemma_of(trigger) not in rule.triggers):
                continue
            if rule.linked:
                lemmas = _linked_lemmas(trigger)
            elif rule.not_subject:
                lemmas = _lemmas_beside_subject(trigger)
            else:
                lemmas = sentence_lemmas
            if not rule.when.isdisjoint(lemmas):
                return rule.code
        return cameo

    def _refined_by_source(self, cameo: str, heads: RoleHeads, trigger: Token) -> str:
        """Who acts, or whom it is done to, can make an event more specific: protesters who clash with police riot;
        aid groups driven out of a country are expelled as a body (166), not deported as people (174)."""
        codes = self.patterns.codes
        for rules, role in ((codes.source_refinements, heads.sources), (codes.target_refinements, heads.targets)):
            lemmas = {lemma_of(_gathered(head, codes.gathering_heads)) for head in role}
            for rule in rules:
                if cameo not in rule.codes or (rule.triggers and lemma_of(trigger) not in rule.triggers):
                    continue
                if not rule.when.isdisjoint(lemmas):
                    return rule.code
        return cameo

    def _not_political(self, cameo: str, heads: RoleHeads, trigger: Token) -> bool:
        """"Floods killed eight people", "the fight against the epidemic": no actor acts on another; nor does "the
        third cyclone to strike the country" (the force is the noun the verb describes, whatever it is said of)."""
        forces = self.patterns.actors.natural_forces
        if any(lemma_of(head) in forces for head in heads.sources):
            return True
        if any(lemma_of(noun) in forces for noun in _described_nouns(trigger)):
            return True
        # (a target only searched for is no foe: "violating the truce during the incident")
        return (cameo[:2] in self.roots.violent and not heads.inferred_target
                and any(lemma_of(head) in forces for head in heads.targets))

    def _disaster_response(self, cameo: str, sentence_lemmas: set[str]) -> bool:
        """"A state of emergency was declared after the floods": a response to a disaster, no act
        against anyone."""
        return (cameo in self.patterns.codes.disaster_response_codes
                and not sentence_lemmas.isdisjoint(self.patterns.codes.disaster_nouns))

    def _deal_review(self, cameo: str, trigger: Token, sentence_lemmas: set[str]) -> bool:
        """"Opened an in-depth investigation into the takeover", "will examine the merger": a regulator reviewing a
        company's deal (triggers.yaml deal_nouns) does the routine work it was asked to do, no one is accused; a probe
        into bribes or a crime names no deal and stays (the sentence's words first: most name no deal)."""
        codes = self.patterns.codes
        if cameo not in codes.deal_review_codes or sentence_lemmas.isdisjoint(codes.deal_nouns):
            return False
        reviewed = judged_objects(trigger).union(*judged_causes(trigger).values())
        return not reviewed.isdisjoint(codes.deal_nouns)

    def _press_audience(self, cameo: str, heads: RoleHeads) -> bool:
        """"Speaking to reporters, ...", "briefed journalists": talking to the press is no consultation."""
        return (cameo[:2] in self.roots.consultations and bool(heads.targets)
                and all(lemma_of(head) in self.patterns.actors.audience_nouns for head in heads.targets))

    def _press_question(self, match: TriggerMatch, cameo: str) -> bool:
        """"Asked about the deal, the minister said ...": a request put by the press, who are not named: the past
        participle opening an adverbial clause with no subject and no by-agent (triggers.yaml press_question_verbs)."""
        verb, audience = match.token, self.patterns.actors.audience_nouns
        # ("When asked by reporters whether ...": a by-agent that is the press names no one else asking)
        asker_named = any(c.dep_ == "agent" and not all(lemma_of(o) in audience for o in c.children if o.dep_ == "pobj")
                          for c in verb.children)
        return (cameo[:2] in self.roots.press_questions and match.is_verbal and verb.tag_ == "VBN" and verb.dep_ == "advcl"
                and lemma_of(verb) in self.patterns.actors.press_question_verbs
                and verb.i < verb.head.i and not asker_named
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children))

    def _victims_of_accident(self, cameo: str, target: list[Actor], sentence_lemmas: set[str]) -> bool:
        """"Six people were killed when a plant exploded": deaths with no one who killed, no political
        victim, in a sentence about a disaster or accident and naming no weapon, are no attack."""
        return (cameo[:2] in self.roots.violent and not any(t.country for t in target)
                and not sentence_lemmas.isdisjoint(self.patterns.actors.natural_forces)
                and sentence_lemmas.isdisjoint(self.patterns.actors.weapon_words))

    @staticmethod
    def _subject_cannot_act(match: TriggerMatch, cameo: str, picker: ActorPicker,
                            documents: frozenset[str] = frozenset()) -> bool:
        """"Tensions eased", "the car overturned", "water levels dropped": an active verb whose subject (a passive
        one whose agent) is neither an actor nor a phrase that could act reports no act. Violence keeps its victims ("a
        bomb exploded in the market") even when no one is named; so does an act done by saying it whose subject is a
        written text (`documents`: "the final statement urged both sides to talk", "the petition asks the court to
        annul the vote"): the text says what its unnamed authors ask or judge."""
        verb = match.token
        roots = picker.patterns.root_groups
        if not match.is_verbal or cameo[:2] in roots.violent:
            return False
        if cameo[:2] in roots.speech_acts and any(c.dep_ == "nsubj" and lemma_of(c) in documents for c in verb.children):
            return False
        # (a passive's doer is its agent: "police units, backed by armoured vehicles": no one backs them)
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if agents:
            return not any(_may_name_actor(a, picker) for a in agents)
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subjects) and not any(_may_name_actor(s, picker) for s in subjects)

    @staticmethod
    def _clause_actors(match: TriggerMatch, picker: ActorPicker) -> list[Actor]:
        """Actor mentions inside the trigger's clause (the anchor verb's phrase; for a noun with no light
        verb, the phrase of the nearest verb above it: "joined Zarif for a meeting")."""
        clause = match.anchor
        for _ in range(4):
            if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                break
            clause = clause.head
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        return [m.actor for m in picker.mentions if start <= m.token_start and m.token_end <= end]

    def _embeds_event(self, match: TriggerMatch) -> bool:
        """"declined to resign", "failed to reach agreement": the trigger takes another event as its
        complement, which says what was refused or promised."""
        if not match.pattern.embeds:
            return False
        heads = self.patterns.head_lemmas
        complements = _complements(match)
        objects = [g for c in complements for g in c.children if g.dep_ in ("dobj", "pobj", "nsubjpass")]
        return any(lemma_of(c) in heads for c in (*complements, *objects))

    def _between_parties(self, heads: Sequence[Token], picker: ActorPicker, excluded: list[tuple[int, int]],
                         read: dict[tuple[tuple[int, ...], bool], list[Actor]], reporters: list[Actor]) -> list[Actor]:
        """The actors named by the role heads that are objects of "between" (a joint act's parties)."""
        between = tuple(h for h in heads if _between_party(h))
        return self._participants(_role_actors(picker, between, excluded, read), reporters) if between else []

    def _wishes_an_act(self, verb: Token) -> bool:
        """"wants Kyiv to withdraw its troops": what is wished is an act (a word heading a pattern) done by another,
        the subject of its own infinitive; not "wants to withdraw" (one's own aim), "wants people to know"."""
        heads = self.patterns.head_lemmas
        return any(c.dep_ == "ccomp" and is_infinitive(c) and lemma_of(c) in heads
                   and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children)

    def _offers_an_act(self, match: TriggerMatch) -> bool:
        """"open to talks", "ready to strike": the adjective's complement (or its object) is an act of a kind its
        pattern offers (`embeds`); not "open to the public", nor "open to criticism", an act one would undergo."""
        complements = _complements(match)
        words = [*complements, *(g for c in complements for g in c.children if g.dep_ in ("dobj", "pobj"))]
        return any(p.cameo[:2] in match.pattern.embeds for w in words for kind in ("verb", "noun")
                   for p in self.patterns.candidates(lemma_of(w), kind))

    def _embedded_code(self, match: TriggerMatch, by_token: dict[int, TriggerMatch]) -> str:
        """For verbs that take an event ("refused to meet", "called for talks"), the code by that event's root."""
        embeds = match.pattern.embeds
        if not embeds or match.object_token is not None:
            return match.cameo
        token = match.token
        if "infinitive" in embeds and _asks_an_act(token):
            return embeds["infinitive"]  # "warned them not to go", "warned against a deal"
        complements = _complements(match)
        assertion = embeds.get("assertion", embeds.get("clause"))
        if assertion and any(c.dep_ == "ccomp" and self._is_assertion(c) for c in token.children):
            # "agreed with Chile that the law was unfair", "insisted that Francis backed the report": what is
            # so, an opinion, not what is to be done ("insisted that Iran stop enrichment")
            return assertion
        for complement in complements:
            if complement.dep_ == "xcomp" and lemma_of(complement) in embeds:
                return embeds[lemma_of(complement)]  # "ordered the charities to leave": an expulsion, what is left aside
            inner = by_token.get(complement.i) or _carried_by(complement, by_token)
            if inner is not None:
                if any(c.dep_ == "neg" for c in complement.children) and f"not {inner.cameo[:2]}" in embeds:
                    return embeds[f"not {inner.cameo[:2]}"]  # "pledged not to strike the plants": no threat
                if complement.dep_ == "xcomp" and f"to {inner.cameo[:2]}" in embeds:
                    return embeds[f"to {inner.cameo[:2]}"]  # "vowed to impose tariffs": the act itself (_vowed_as_itself)
                return embeds.get(inner.cameo[:2], embeds.get("default", match.cameo))
        menace = self.patterns.codes.menace_words
        if "menace" in embeds and any(lemma_of(t) in menace for c in complements for t in c.subtree):
            return embeds["menace"]  # "vowed to crush the rebels", "promised a ruthless response": a threat
        if "state" in embeds and any(c.dep_ == "ccomp" and _is_finite_clause(c) and lemma_of(c) == "be"
                                     for c in token.children):
            return embeds["state"]  # "promised the hospital would be open": what it will be, no act promised
        # ("insisted that the police reopen the case": a bare subjunctive bids an act, whatever it is)
        if "clause" in embeds and any(c.dep_ == "ccomp" and _is_finite_clause(c) and not _bare_subjunctive(c)
                                      for c in token.children):
            return embeds["clause"]  # "agreed with Scott that history should be taught": an opinion, no act
        return match.cameo

    def _listed_saying(self, index: int, sentences: list[SpacySpan], texts: list[str]) -> Attribution | None:
        """'The president also said:' and then lines opened by a bullet ('- He would speak against ...'): each
        item of the list is what the speaker said, up to `_LIST_REACH` sentences on. (`texts`: the sentences'.)"""
        first = max(0, index - _LIST_REACH)

        def bare(at: int) -> bool:
            return texts[at].strip() in _BULLETS

        def opened(at: int) -> bool:
            return texts[at].lstrip()[:1] in _BULLETS or (at > first and bare(at - 1))

        if not opened(index):
            return None
        for at in range(index - 1, first - 1, -1):
            if bare(at) or opened(at):
                continue  # the list's bullets and items before this one
            return self._introduced_by(sentences[at], sentences[index])
        return None

    def _introduced_by(self, line: SpacySpan, item: SpacySpan) -> Attribution | None:
        """The speaker of a line that introduces what follows ('The president also said:'), over `item`."""
        found = introducing_speaker(line, self.patterns.attribution)
        return replace(found, scope=(item.start, item.end)) if found is not None else None

    def _is_assertion(self, verb: Token) -> bool:
        """A that-clause that tells what is or was ("that Francis backed the report"), not what is to be done:
        finite, no obliging or future auxiliary, not a bare subjunctive ("that he resign")."""
        if not _is_finite_clause(verb) or verb.tag_ == "VB":
            return False
        cues = self.patterns.modality
        binding = cues.deontic_auxiliaries | cues.future_auxiliaries | cues.reported_future_auxiliaries
        return not any(c.dep_ == "aux" and lemma_of(c) in binding for c in verb.children)

    def _attribution_actors(self, token: Token, attributions: list[Attribution],
                            picker: ActorPicker) -> tuple[list[Actor], list[Actor]]:
        """Everyone an event at `token` is attributed to, and among them the reporters (who never take
        part); a speaker ("Moscow said it will ...") may also act in what it says."""
        actors: list[Actor] = []
        reporters: list[Actor] = []
        for attribution in attributions:
            if not attribution.covers(token):
                continue
            for head in attribution.heads:
                # ("US and EU officials said": one speaker per country the phrase lists)
                found = listed_parties([m.actor for m in picker.mentions_in(head)], picker.doc, picker.mentions_in,
                                       picker.patterns) \
                    or [picker.phrase_actor(head)]
                actors += [a for a in found if not any(_same_actor(a, b) for b in actors)]
                if not attribution.speaking:
                    reporters += found
        return actors, reporters

    def _bidding(self, match: TriggerMatch, cameo: str, speakers: list[Actor], targets: tuple[Token, ...],
                 attributions: list[Attribution], excluded: list[tuple[int, int]],
                 picker: ActorPicker) -> tuple[str, list[Actor], bool] | None:
        """A political speaker's demand in an act bidden with no subject (an imperative in a quote): its code
        (speech.yaml imperative_demands, else by the act's root) and whom it is made of: a vocative ("..., Russia"),
        else the one the speech is made to ("told Israel", "said to Israel"), else the act's target when it is an
        actor; and whether that one is addressed (and so the one to do the act). None when the act is not bidden."""
        if not any(self.senses.is_actor(a) for a in speakers):
            return None
        verb, code = match.anchor, cameo
        stopped = self.senses.stopped_by(match.token, cameo) or self.senses.stopped_by(match.anchor, cameo)
        if stopped is not None:
            verb, code = stopped  # "Stop the shelling": the stopping is what is bidden
        negated = _bids(verb, self.speech.imperative_discourse_verbs)
        if negated is None:
            return None
        demand = self.speech.imperative_demand(code, negated)
        if demand is None:
            table = self.patterns.codes.demand_by_root
            demand = table.get(code[:2], table["default"])
        addressees = tuple(h for a in attributions if a.covers(verb) for h in _addressees(a))
        for heads, addressed in ((_vocatives(verb), True), (addressees, True), (targets, False)):
            found = [a for a in picker.actors_for(tuple(h for h in heads if lemma_of(h) not in self._press), excluded)
                     if self.senses.is_actor(a)] if heads else []
            found = self._not_self(speakers, found)
            if found:
                return demand, found, addressed
        return demand, [], False

    def _uncoded_demands(self, sentence: SpacySpan, index: int, article: Article, picker: ActorPicker,
                         attributions: list[Attribution], matches: list[TriggerMatch], contexts: list[str],
                         evidence: Span, trace: DecisionTrace | None = None, carried: bool = False) -> list[EventDraft]:
        """"Kenya said Somalia must secure its border": a speaker's "must" or "should" on another actor's
        act is a demand even when the act itself is no event we code (coded acts get theirs in `_demand`).
        `trace`: where to record the demands dropped. `carried`: the speaker is the last one of a quote that goes
        on, where a copula's "should" tells a verdict or a warning, no act asked ('"X should be ashamed."',
        '"Moscow should be in no doubt."')."""
        coded = {m.token.i for m in matches} | {m.anchor.i for m in matches}
        excluded = [a.phrase for a in attributions if a.reporting_only]
        events: list[EventDraft] = []
        for modal, verb, bearer in self._bidding_cues(sentence):
            if ((verb.i in coded and not _undone_thing(verb, picker)) or verb.pos_ not in ("VERB", "AUX")
                    or (carried and lemma_of(verb) in _COPULAS)
                    or any(c.dep_ == "neg" for c in (*verb.children, *bearer.children))):
                continue
            attribution, reporters = self._attribution_actors(verb, attributions, picker)
            speakers = [a for a in attribution if not any(_same_actor(a, r) for r in reporters)]
            subjects = (tuple(subjects_of(bearer, patterns=self.patterns))
                        or tuple(c for c in bearer.children if c.dep_ == "nsubjpass"))
            rule = f"modal:{modal.lower_}"
            actors: list[Actor] = []
            if any(lemma_of(s) in self.patterns.pronouns.first_person for s in subjects):
                gate: Gate | None = Gate.OWN_DUTY  # "we must pay attention": the speaker's own duty, no demand on another
            else:
                # (with no one named to act, "the ministry should be reformed" is a demand about the ministry)
                actors = self._participants(picker.actors_for(subjects, excluded, acting=True), reporters)
                if not actors and speakers and _undone_thing(verb, picker):
                    # "wrote to the minister: 'The decree must be repealed'", '"The ministry's ban should be lifted"':
                    # a thing to be undone is asked of the one spoken to, else of its owner
                    actors = self._participants(self._asked_of(verb, subjects, attributions, picker, excluded), reporters)
                gate = (Gate.NO_SPEAKER if not speakers else Gate.NO_ACTOR if not actors
                        else Gate.OWN_DUTY if any_same_actor(speakers, actors) else None)
            if gate is not None:
                if trace is not None:
                    trace.drop_match(gate, index, verb, rule, self._demand_code, target_heads=subjects,
                                     source=speakers, target=actors)
                continue
            start, end = sorted((modal.i, verb.i))
            words = sentence.doc[start:end + 1]
            trigger = (Span(text=words.text, start=words.start_char, end=words.end_char), verb.i)
            confidence = round(0.6 + _DEPTH_BONUS[min(_depth(verb), len(_DEPTH_BONUS) - 1)], 3)
            events.append(
                self._event(article, index, self._demand_code, contexts, trigger, speakers,
                            actors, ModalityReading("asserted"), attribution, evidence, confidence, rule)
            )
        return events

    def _asked_of(self, verb: Token, things: tuple[Token, ...], attributions: list[Attribution], picker: ActorPicker,
                  excluded: list[tuple[int, int]]) -> list[Actor]:
        """Of whom a speaker asks that `things` be done to (a passive with no actor as subject): the one the speech is
        made to ("told the minister", "in a letter to the minister"; not the press), else the things' owners."""
        addressees = tuple(h for a in attributions if a.covers(verb) for h in _addressees(a) if lemma_of(h) not in self._press)
        owners = tuple(c for t in things for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON")
        for heads in (addressees, owners):
            found = [a for a in picker.actors_for(heads, excluded) if self.senses.is_actor(a)] if heads else []
            if found:
                return found
        return []

    def _bidding_cues(self, sentence: SpacySpan) -> Iterator[tuple[Token, Token, Token]]:
        """The words that bid an act, with the act's verb and the verb whose subject is bidden: "Y must withdraw"
        (a deontic auxiliary); "Y needs to withdraw", and in a report "said Y needed to withdraw" (modality.yaml
        obliging_forms, reported_obliging_forms: an obligation told as "must" is)."""
        cues = self.patterns.modality
        for word in sentence:
            if word.dep_ == "aux" and lemma_of(word) in cues.deontic_auxiliaries:
                yield word, word.head, word.head
                continue
            acts = obliged_acts(word, cues)
            if acts and any(c.dep_ == "aux" for c in word.children):
                continue  # "a court will have to answer": a forecast of what is due, no one's demand
            for act in acts:
                yield word, act, word

    @staticmethod
    def _other_way(event: EventDraft, reciprocal: Token | None, text: str) -> EventDraft:
        """The same act with the roles swapped; its trigger takes in what says it goes both ways (the reciprocal
        phrase, "accused each other"; else the parties, "A and B traded accusations"), so its record's id is its own."""
        if reciprocal is None:
            start = min((a.start for a in (*event.source, *event.target) if a.start >= event.evidence.start),
                        default=event.trigger.start)
            trigger = _widened_trigger(event, text, start, event.trigger.end)
        else:
            last = reciprocal.right_edge
            trigger = _widened_trigger(event, text, reciprocal.left_edge.idx, last.idx + len(last.text))
        return replace(event, trigger=trigger, source=event.target, target=event.source)

    @staticmethod
    def _participants(actors: list[Actor], reporters: list[Actor]) -> list[Actor]:
        return [a for a in actors if not any(_same_actor(a, r) for r in reporters)]

    @staticmethod
    def _not_self(source: list[Actor], target: list[Actor]) -> list[Actor]:
        """An actor does not act on itself: drop targets that are a source; beside a target of another country,
        those of a source's country ("praised the partnership between Russia and China" by Russia targets China);
        else those that may stand for a source (its country bare, or its own code) when others remain. Other
        parties at home stay: a minister meeting the country's broadcasters, unions and a party of no known
        country meets them all (before, only the one of no known country)."""
        target = [t for t in target if not any(_same_actor(t, s) for s in source)]
        countries = {s.country for s in source if s.country}
        codes = {s.code for s in source if s.code}
        if any(t.country and t.country not in countries for t in target):
            others = [t for t in target if not t.country or t.country not in countries]
        else:
            others = [t for t in target if not (t.country in countries and (t.code == t.country or t.code in codes))]
        return others or target

    def _trigger_span(self, match: TriggerMatch) -> tuple[Span, int]:
        doc = match.token.doc
        start = end = match.token.i
        extra = set(match.pattern.extra)
        closing = match.prep_token  # (not a time phrase of the same word before it: "on Tuesday called on")
        for child in match.token.children if extra else ():  # (a pattern of one word takes in none of them)
            if closing is not None and child.i != closing.i and lemma_of(child) == lemma_of(closing):
                continue
            if lemma_of(child) in extra and abs(child.i - match.token.i) <= _MAX_TRIGGER_GAP:
                start, end = min(start, child.i), max(end, child.i)
        if match.object_token is not None and abs(match.object_token.i - match.token.i) <= _MAX_TRIGGER_GAP:
            start, end = min(start, match.object_token.i), max(end, match.object_token.i)
        span = doc[start:end + 1]
        return Span(text=span.text, start=span.start_char, end=span.end_char), match.token.i

    def _demand(self, cameo: str, reading: ModalityReading, speakers: list[Actor], actors: list[Actor]) -> str | None:
        cue, cues = reading.cue.lower(), self.patterns.modality
        if reading.modality != "hypothetical" or cue not in cues.demand_cues:
            return None
        if not speakers or not actors or any_same_actor(speakers, actors):
            return None
        table = self.patterns.codes.demand_by_root
        return table.get(cameo[:2], table.get("default"))

    def _claimed_by_actor(self, match: TriggerMatch, attribution: list[Actor], source: list[Actor]) -> bool:
        """The act is the complement of a claim verb whose speaker is the act's own source."""
        clause = match.anchor
        if clause.dep_ != "ccomp" or lemma_of(clause.head) not in self.patterns.codes.claim_verbs:
            return False
        return any_same_actor(attribution, source)

    def _intent(self, match: TriggerMatch, cameo: str, reading: ModalityReading) -> str | None:
        """The intent (promise or threat) code for an act announced in the future tense, by its root.
        Only a clause announces: a modifier inside a noun phrase ("the US-backed forces") does not."""
        if reading.modality != "future" or match.token.dep_ in ("amod", "compound"):
            return None
        if not match.is_verbal and match.anchor.i == match.token.i:
            return None
        if self._vowed_as_itself(match.token, cameo):
            return None
        return self.patterns.codes.intent_by_root.get(cameo[:2])

    def _vowed_as_itself(self, token: Token, cameo: str) -> bool:
        """(session 34) "vowed to impose tariffs", "pledged to keep the blockades": the infinitive of a verb that
        takes an event whose pattern makes no intent of an infinitive of this root (embeds "to <root>" as a plain
        statement, no PLOVER type) is told as that act, future, not promised or threatened; "vowed to retaliate" (138)
        and "vowed to work with" (031) stay the vow's."""
        head = token.head
        if token.dep_ != "xcomp" or head.i == token.i or head.pos_ != "VERB":
            return False
        return any((code := p.embeds.get(f"to {cameo[:2]}")) is not None and not self.ontology.event_type(code).plover
                   for p in self.patterns.candidates(lemma_of(head), "verb"))

    def _reference(self, match: TriggerMatch, target: list[Actor]) -> bool:
        """"the minister's criticism", "her investigation", "in order to": a noun that only names whose act it
        is (no verb carries it, no one it is done to) refers back to an act told elsewhere; a fixed phrase
        names none, and neither does a noun for a kind of act ("the fourth such order")."""
        token = match.token
        if self.senses.in_idiom(token):
            return True
        if match.is_verbal:
            return False
        if any(c.dep_ in ("amod", "predet", "det") and c.lower_ in self.senses.kind_modifiers for c in token.children):
            return True
        if token.dep_ in _COUNTED_DEPS and self.senses.counted(token):
            return True  # "the override was the latest clash between them": the override is the act
        if match.anchor.i != token.i or _tells_its_content(token):
            return False
        if match.cameo[:2] in self.roots.violent and match.cameo[2:].strip("0") \
                and any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in token.children):
            # ("the kidnapping, torture and murder of eleven workers": the determiner opens the list, whose last
            # item says on whom; each item is a deed of its own, selection._listed_acts)
            return False
        if not target and any(c.dep_ == "poss" for c in token.children):
            return True
        return not target and any(c.dep_ == "det" and c.text.lower() in self.senses.reference_determiners
                                  for c in token.children)

    def _implied_target(self, match: TriggerMatch) -> list[Actor]:
        """"Rebels staged an uprising": those risen against are the rulers (triggers.yaml: implied_targets)."""
        lemma = lemma_of(match.token)
        for sector, nouns in self.patterns.codes.implied_targets.items():
            if lemma in nouns:
                return [self._implied_actor(match.token, sector)]
        return []

    def _sole_doer(self, match: TriggerMatch) -> list[Actor]:
        """"Were convicted", "the conviction": an act only one kind of body does, with no one named doing it, was done
        by that body (triggers.yaml: sole_doers); the country comes later from the context."""
        lemma = lemma_of(match.token)
        return next(([self._implied_actor(match.token, sector)] for sector, words in self.patterns.codes.sole_doers.items()
                     if lemma in words), [])

    @staticmethod
    def _implied_actor(token: Token, sector: str) -> Actor:
        return Actor(text=token.text, start=token.idx, end=token.idx + len(token.text), name=f"[implied: {sector}]",
                     sectors=[sector], code=sector, reason=IMPLIED, origin="implied by the act")

    def _implied_source(self, match: TriggerMatch, cameo: str, by_token: dict[int, TriggerMatch]) -> list[Actor]:
        """"Protests spread across the south": who did an act named by its noun alone, when its kind says
        it (triggers.yaml: implied_sources); the words are the trigger's, the country comes later from the
        context."""
        sector = self.patterns.codes.implied_sources.get(cameo[:2])
        if sector is None:
            return []
        token = match.token
        # "banned all rallies", "called for a strike": what another act is about, not done
        governor = by_token.get(token.head.i) if token.dep_ in ("dobj", "nsubjpass") else None
        if token.dep_ == "pobj":
            governor = by_token.get(token.head.head.i)
            governor = governor if governor is not None and governor.prep_token == token.head else None
        if governor is not None:
            return []
        forces = self.patterns.actors.natural_forces
        if any(c.dep_ in ("compound", "amod") and lemma_of(c) in forces for c in token.children):
            return []  # "lightning strikes": no one's act
        return [self._implied_actor(token, sector)]

    def _announced(self, reading: ModalityReading) -> bool:
        """"will visit", "is expected to visit", "Putin to visit China": an act told as planned, not promised."""
        cue = reading.cue.lower()
        cues = self.patterns.modality
        # ("officials said ships would search": the reported "will")
        return cue in cues.future_auxiliaries or cue in cues.reported_future_auxiliaries or cue in self.senses.plan_cues

    def _refusal(self, cameo: str, reading: ModalityReading, match: TriggerMatch) -> str | None:
        """The REJECT code of a refused cooperation: denied with a modal ("will not lift the ban"), or, for a verb of
        consent, in any tense ("did not accept the invitation": what was offered was turned down)."""
        codes = self.patterns.codes
        if reading.modality != "negated":
            return None
        if not reading.modal_negation and not (match.is_verbal and lemma_of(match.token) in codes.consent_verbs):
            return None
        return codes.refusal_by_root.get(cameo[:2])

    @staticmethod
    def _confidence(match: TriggerMatch, reading: ModalityReading, source: list[Actor], target: list[Actor]) -> float:
        """Main-clause verbs with both roles, asserted, from specific patterns score highest."""
        score = 0.45
        score += 0.15 if match.is_verbal else 0.1 if match.anchor.i != match.token.i else 0.0
        score += _DEPTH_BONUS[min(_depth(match.anchor), len(_DEPTH_BONUS) - 1)]
        score += 0.1 * bool(source) + 0.1 * bool(target)
        score += 0.03 * min(match.pattern.specificity, 3)
        score -= 0.15 if reading.modality != "asserted" else 0.0
        return round(max(0.05, min(0.95, score)), 3)

"""Acts named again by a noun: "condemned the attack" is aimed at whoever carried out the attack the
article reported before.

A judgement of a violent act ("condemned the killings", "called the raid a war crime", "deplored the violence")
is aimed at the act's doer: the one the sentence names as its owner ("Russia's strikes", "the attack by the
rebels"), else the source of the latest violent act told before (of any violent root: "stormed a hotel" ...
"condemned the killings"), else, when that act names no one doing it ("a car bomb exploded in Mogadishu"), the
perpetrators implied: unnamed attackers (REB) of the country where it happened. The victims of the act ("the
attack on the town") are no target of its judgement.

A coded event with no target whose verb acts on an event noun ("condemned the attack", "protested against
the killings", "apologised for the raid") that names no actor takes as its target the source of the latest
earlier event of the same CAMEO root in the article (a reader codes "X condemned the attack" as X ACCUSE
the attackers).

A thing's pronoun acted on just after an act of the same root ("Kenya condemned the coup. The Union also condemned
it") is what that act was done to: the act's target is the earlier act's.

A violent act in the passive with no one named doing it ("two guards were killed", "the slain guards") is done by whoever did
the latest violent act reported just before it (the gunmen of the attack the article tells); an arrest or a detention so
told, by the state's force that raided, attacked or arrested just before ("police raided the camp ... five men were
detained").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from eventscope.actors.completion.base import RECENT_ACTOR
from eventscope.actors.resolver import STATE_SECTORS
from eventscope.events.matching import lemma_of
from eventscope.events.patterns import RoleWords, TriggerPatterns
from eventscope.events.quotes import QuoteRules, said_about
from eventscope.events.selection import same_actor, same_side
from eventscope.events.speech import NAMING_DEPS, SPEECH_RULE, SpeechCues, load_speech_cues
from eventscope.ontology import RootGroups
from eventscope.records import Actor, ActorMention, EventDraft, from_phrase_words

__all__ = ["acts_on_issued_texts", "sources_from_earlier_acts", "sources_from_reporters", "targets_from_earlier_acts"]

# Prepositions by which a verb acts on an act ("protested against the killings", "apologised for the raid").
_ACT_PREPS = frozenset({"against", "for", "over", "about", "on", "at"})
_VENUE_PREPS = frozenset({"at"})  # "pledged at the conference": where an act is done
_SOURCE_REACH = 2  # sentences back in which the violent act that a passive one continues is looked for
_ANSWER_REACH = 2  # sentences back in which the accusation a denial answers is looked for
_TOLD_REACH = 3  # sentences back in which the speaker of "that account" refused is looked for
_ACT_REACH = 1  # sentences back in which the act that "the decision", "the move" names again is looked for
_COURT_REACH = 8  # ... and the court's act that "the ruling", "the verdict" names again (session 39)
_JUDICIARY = "JUD"  # the sector of a court's actors
# Determiners of a noun that names an act told before ("the decision", "this move"; not "a decision to build").
_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Links by which a word of judgement hangs below the verb that names the act judged ("called the raid a war
# crime", "described the attack as barbaric"), and how far up that verb is looked for.
_JUDGING_LINKS = frozenset({"oprd", "xcomp", "attr", "acomp", "dobj", "pobj", "prep", "appos", "advmod", "ccomp",
                            "amod"})
_JUDGING_REACH = 3
_VERB_TAGS = frozenset({"VERB", "AUX"})
# How a verb with no subject of its own hangs on the one whose subject it shares ("met and issued", "called on
# them to suspend ..., in a communique"), and how far up that verb is looked for.
_JOINED_VERB_DEPS = frozenset({"xcomp", "conj"})
_ISSUING_REACH = 3
_COPULAS = frozenset({"be", "remain", "seem"})
# A clause said by a verb ("... ," X said of the attack; what it was said of: quotes.said_about).
_SAID_DEPS = frozenset({"ccomp", "parataxis"})
# How an act names its doer ("Russia's strikes", "the attack by the rebels", "rebel attacks").
_OWNER_DEPS = frozenset({"poss", "compound", "amod"})
_AGENT_PREPS = frozenset({"by"})
_DOER_KINDS = frozenset({"group", "organization"})
_ASSAULT = "ASSAULT"
_ACCUSE = "ACCUSE"
_REJECT = "REJECT"
# Sentences back in which "the attack" judged is the latest violent act told; before them, the story's attack.
_ATTACK_REACH = 3
# The sector of the perpetrators implied when an attack told names no one doing it (codebook: unnamed attackers).
_IMPLIED_ATTACKERS = "REB"


def _acted_on_nouns(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [g for c in verb.children if c.dep_ == "prep" and lemma_of(c) in _ACT_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return [t for t in found if t.pos_ == "NOUN"]


def targets_from_earlier_acts(doc: Doc, drafts: list[EventDraft], patterns: TriggerPatterns,
                              mentions: Sequence[ActorMention] = (), speech: SpeechCues | None = None) -> None:
    """Fill, in place, the empty targets of `drafts` (one article's, in text order) that act on an act
    reported before; a judgement of a violent act (`mentions`: the document's actor mentions) is aimed at its
    doer. `speech`: the coder's speech cues (left out, the bundled ones)."""
    charges, roots_of = patterns.roles, patterns.root_groups
    speech = speech or load_speech_cues()
    acts_on_issued_texts(doc, drafts, mentions, speech)
    for index, draft in enumerate(drafts):
        if _same_act_on_it(doc, drafts, index, patterns):
            continue
        if _answers_an_accuser(doc, drafts, index, charges):
            continue
        # (session 30: so is a warning that a violent act will not go unanswered, aimed at its doer)
        if draft.event.plover == _ACCUSE or lemma_of(doc[draft.trigger_token]) in speech.unanswered_words:
            _attackers_named_again(drafts, index, roots_of)
            if _judges_violence(doc, drafts, index, patterns, mentions, speech.quotes, speech.passing_verbs):
                continue
        if draft.target:
            if all(map(from_phrase_words, draft.target)) and not _answers_a_told_account(doc, draft, mentions, speech):
                _from_act_named_again(doc, drafts, index, patterns, speech)  # (a target made of "the decision"'s own words)
            continue
        trigger = doc[draft.trigger_token]
        # ("called the expulsion a provocation": a naming's word of judgement judges what its verb acts on)
        for noun in _acted_on_nouns(trigger.head if trigger.dep_ in NAMING_DEPS else trigger):
            roots = patterns.roots(lemma_of(noun), "noun", _words_with(noun))  # (its senses whose words are there)
            if lemma_of(noun.head) in _VENUE_PREPS:
                # (session 21) "Qatar did not pledge at the meeting": a meeting an act is done at is where, not what
                # the act is aimed at ("angry at the decision" still is)
                roots = roots - roots_of.consultations
            if draft.event.plover == _REJECT and lemma_of(noun) in charges.charge_nouns:
                roots = roots | charges.charge_codes  # "rejected the charge": the accusation told before
            if not roots:
                continue
            earlier = next((e for e in reversed(drafts[:index]) if e.event.cameo_root in roots and e.source
                            and e.trigger.end <= noun.idx), None)
            if earlier is not None:
                draft.target = _makers_acted_on(earlier, draft.source, roots_of)
                break
        else:
            if not _answers_a_told_account(doc, draft, mentions, speech):
                _from_act_named_again(doc, drafts, index, patterns, speech)


def _answers_a_told_account(doc: Doc, draft: EventDraft, mentions: Sequence[ActorMention], cues: SpeechCues) -> bool:
    """"The Kremlin's spokesman said Ukraine had wrecked the talks. Kyiv rejected that account": a refusal aimed at
    no one named whose object is a definite word for what someone said (speech.yaml told_nouns, with no owner
    named) answers the nearest speaker told in the sentences just before, of another side than the one refusing:
    the subject of a speaking verb. Whether it did."""
    if draft.event.plover != _REJECT or not draft.source:
        return False
    trigger = doc[draft.trigger_token]
    if not any(lemma_of(n) in cues.told_nouns and _named_again(n) for n in _acted_on_nouns(trigger)):
        return False
    sentence = trigger.sent
    for _ in range(_TOLD_REACH):
        if sentence.start == 0:
            return False
        sentence = doc[sentence.start - 1].sent
        for verb in reversed(sentence):
            if verb.pos_ != "VERB" or lemma_of(verb) not in cues.speaking_verbs:
                continue
            speakers = [a for a in _named_by(_subjects(verb), mentions)
                        if not any(_one_side(a, s) for s in draft.source)]
            if speakers:
                draft.target = speakers
                return True
    return False


def acts_on_issued_texts(doc: Doc, drafts: list[EventDraft], mentions: Sequence[ActorMention],
                         cues: SpeechCues) -> None:
    """"Forum leaders called for a halt in a communique ... The communique also condemned the release ... Tokyo
    rejected the text": a text told as issued by a party (speech.yaml issued_texts) and named again later by a
    definite noun speaks for its issuer, so an act the noun does with no source named is the issuer's, and an act
    on it (or a judgement said of it, '"This communique is a betrayal"') aimed at no one named is aimed at the
    issuer. In place, on one article's `drafts` in text order; `mentions`: the document's actor mentions."""
    if not cues.issued_texts:
        return
    by_trigger: dict[int, list[EventDraft]] = {}
    for draft in drafts:
        by_trigger.setdefault(draft.trigger_token, []).append(draft)
    issued: list[Actor] = []  # the issuers of the latest text told as issued before the noun read
    # (the words are found by their lemmas' ids, so that no Token is made of any other word of the document)
    wanted = {doc.vocab.strings[w] for w in cues.issued_texts}
    for at, lemma in enumerate(doc.to_array(LEMMA).tolist()):
        if lemma not in wanted:
            continue
        noun = doc[at]
        if noun.pos_ != "NOUN":
            continue
        issuers = _issuers(noun, by_trigger, mentions, cues)
        if issuers:
            issued = issuers
        elif issued and _named_again(noun):
            _speaks_for_issuer(noun, issued, by_trigger)
            _acted_on_issuer(noun, issued, by_trigger)


def _named_again(noun: Token) -> bool:
    """"the communique", "this text": a definite noun with no words of its own but its determiner (and
    adjectives) names a text told before; "a statement", "the Forum's statement" do not."""
    return any(c.dep_ == "det" and lemma_of(c) in _BACK_DETERMINERS for c in noun.children) \
        and all(c.dep_ in ("det", "amod") for c in noun.children)


def _issuers(noun: Token, by_trigger: dict[int, list[EventDraft]], mentions: Sequence[ActorMention],
             cues: SpeechCues) -> list[Actor]:
    """Who issued the text a noun names, when the sentence tells it: its owner ("the Forum's communique", "a
    statement from the ministry", "a statement issued by the ministry"), the source of the act it was done in
    ("called for a halt in a communique", "said in a statement": else the verb's subject), the subject of a verb
    of issuing it ("the council adopted a resolution"; not when denied)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ in ("prep", "agent") and lemma_of(c) in cues.issuer_preps
               for g in c.children if g.dep_ == "pobj"]
    owners += [g for c in noun.children if c.dep_ == "acl" and lemma_of(c) in cues.issuing_verbs
               for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if owners:
        return _named_by(owners, mentions)
    verb = None
    if noun.dep_ == "pobj" and lemma_of(noun.head) in cues.issuing_preps:
        verb = noun.head.head
    elif noun.dep_ == "dobj" and lemma_of(noun.head) in cues.issuing_verbs \
            and not any(c.dep_ == "neg" for c in noun.head.children):
        verb = noun.head
    # ("called on the Authority to suspend permits, in a communique": the verb a purpose or a joined verb hangs on)
    for _ in range(_ISSUING_REACH):
        if verb is None or verb.pos_ not in _VERB_TAGS:
            return []
        sources = [a for d in by_trigger.get(verb.i, ()) for a in d.source]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if sources or subjects:
            return sources or _named_by(subjects, mentions)
        verb = verb.head if verb.dep_ in _JOINED_VERB_DEPS else None
    return []


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it is joined to ("he said and added")."""
    for _ in range(_ISSUING_REACH):
        found = [c for c in verb.children if c.dep_ == "nsubj"]
        if found or verb.dep_ != "conj":
            return found
        verb = verb.head
    return []


def _named_by(tokens: list[Token], mentions: Sequence[ActorMention]) -> list[Actor]:
    """The actors of the mentions the tokens stand in."""
    return [m.actor for t in tokens for m in mentions if m.token_start <= t.i < m.token_end]


def _speaks_for_issuer(noun: Token, issuers: list[Actor], by_trigger: dict[int, list[EventDraft]]) -> None:
    """"The communique condemned the release and urged Tokyo to stop": the acts of a text named again as subject
    (and of the verbs joined to its verb with no subject of their own) with no source are its issuer's."""
    if noun.dep_ != "nsubj":
        return
    verbs = [noun.head] + [c for c in noun.head.children if c.dep_ == "conj"
                           and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for verb in verbs:
        for draft in by_trigger.get(verb.i, ()):
            if not draft.source or all(_of_words(a, noun) for a in draft.source):
                draft.source = list(issuers)


def _acted_on_issuer(noun: Token, issuers: list[Actor], by_trigger: dict[int, list[EventDraft]]) -> None:
    """"Tokyo rejected the text", "welcomed the communique", '"This communique is a betrayal," X said': an act
    on a text named again, or a judgement said of it, aimed at no one named (or only at its own words) is aimed
    at the issuer, unless the issuer is of the acting side."""
    verb = noun.head
    acts = [d for d in by_trigger.get(verb.i, ()) if noun in _acted_on_nouns(verb)]
    if noun.dep_ == "pobj":
        acts += [d for d in by_trigger.get(verb.head.i, ()) if noun in _acted_on_nouns(verb.head)]
    if noun.dep_ == "nsubj" and lemma_of(verb) in _COPULAS:
        # ('"This communique is a betrayal"': a word of judgement said of it)
        acts += [d for c in verb.children if c.dep_ in ("attr", "acomp") for d in by_trigger.get(c.i, ())]
    for draft in acts:
        if draft.target and not all(from_phrase_words(a) for a in draft.target):
            continue
        if any(_one_side(a, s) for a in issuers for s in draft.source):
            continue
        draft.target = list(issuers)


def _one_side(a: Actor, b: Actor) -> bool:
    """Of one side (`selection.same_side`), or of one code ("the ministry" and "Tokyo" both JPNGOV)."""
    return same_side(a, b) or bool(a.code and a.code == b.code)


def _of_words(actor: Actor, noun: Token) -> bool:
    """Whether an actor was made of a noun's own phrase words."""
    return from_phrase_words(actor) and actor.start <= noun.idx < actor.end


def _answers_an_accuser(doc: Doc, drafts: list[EventDraft], index: int, words: RoleWords) -> bool:
    """"Sudan's government said the RSF was behind the attack. The RSF denied any role": a denial (roles.yaml
    denial_verbs) aimed at no one named, or only at its own side ("denied that his country's troops were there",
    "denied that police had fired"), answers the accusation of the denier's side told in the sentences just before (an act of charge_codes
    aimed at it, or at a body of the same code: "accused the police ... the police spokeswoman denied") and is aimed at whoever made it. Whether it did."""
    draft = drafts[index]
    if draft.event.plover != _REJECT or lemma_of(doc[draft.trigger_token]) not in words.denial_verbs \
            or not draft.source:
        return False
    own = {a.country for a in draft.source if a.country}
    if any(a.country not in own for a in draft.target):
        return False  # (a denial aimed at another already: "denied Kenya's claims")
    earlier = next((e for e in reversed(drafts[:index]) if e.event.cameo_root in words.charge_codes and e.source
                    and e.sentence_index >= draft.sentence_index - _ANSWER_REACH
                    and any(_one_side(t, s) for t in e.target for s in draft.source)
                    and not any(same_side(a, s) for a in e.source for s in draft.source)), None)
    if earlier is None:
        return False
    draft.target = list(earlier.source)
    return True


def _makers_acted_on(earlier: EventDraft, source: Sequence[Actor], roots: RootGroups) -> list[Actor]:
    """Whom an act on an earlier act is aimed at: its doer ("condemned the attack"); of an act two parties did
    together (roots.yaml joint: a deal, talks), the party of the acting side's own country when another body of it
    acts ("Kenya and Brazil signed deals. Kenya's opposition criticised the deals" is aimed at Kenya's signatory), else
    the other party ("Kenya later rejected the deal": Brazil)."""
    if earlier.event.cameo_root not in roots.joint:
        return list(earlier.source)
    parties = [*earlier.source, *earlier.target]
    own = {a.country for a in source if a.country}
    ours = [a for a in parties if a.country in own]
    if not ours:
        return list(earlier.source)
    if not any(same_actor(a, s) for a in ours for s in source):
        return ours
    return [a for a in parties if a.country not in own] or list(earlier.source)


def _same_act_on_it(doc: Doc, drafts: list[EventDraft], index: int, patterns: TriggerPatterns) -> bool:
    """"Kenya condemned the coup. The Union also condemned it": a thing's pronoun acted on by an act of the root of
    one told just before by another is what that act was done to, so the act has its target (not an actor the
    pronoun's antecedent search found, "Kenya"). So has a judgement told by a noun with no one it is aimed at
    ("Uganda joined the condemnation", "issued a similar condemnation": a target of the noun's own words). Whether
    it did."""
    draft = drafts[index]
    trigger = doc[draft.trigger_token]
    # (a noun of another kind of act, "launched an attack", "agreed to give concessions", names a new act of its own)
    if not (any(c.dep_ == "dobj" and lemma_of(c) in patterns.pronouns.things for c in trigger.children)
            or draft.event.cameo_root in patterns.root_groups.judgements and _aimed_at_no_one(trigger, draft.target)):
        return False
    earlier = next((e for e in reversed(drafts[:index]) if e.event.cameo_root == draft.event.cameo_root
                    and e.target and e.trigger.end <= trigger.idx
                    and e.sentence_index >= draft.sentence_index - _ACT_REACH
                    and not any(same_actor(a, s) for a in e.source for s in draft.source)), None)
    if earlier is None:
        return False
    draft.target = list(earlier.target)
    return True


def _aimed_at_no_one(trigger: Token, target: list[Actor]) -> bool:
    """An act's noun, the object of a verb ("joined the condemnation"), that has no target or only the noun's own
    words (not "an attack on the town": the town is one)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return False
    return all(from_phrase_words(a) and a.start <= trigger.idx < a.end for a in target)


def _words_with(noun: Token) -> set[str]:
    """The lemmas of the words of a noun's phrase other than the noun (a sense's extra words must be among them)."""
    return {lemma_of(t) for t in noun.subtree if t.i != noun.i}


def _violent_noun(noun: Token, patterns: TriggerPatterns) -> bool:
    """Whether a noun names a violent act: its sense there is violent ("the killings", "the attack", not "a
    scathing attack"), or it has no sense there but a violent one ("the violence", "the strikes" after a bombing)."""
    words = _words_with(noun)
    candidates = patterns.candidates(lemma_of(noun), "noun")
    marked = {p.root for p in candidates if p.extra and set(p.extra) <= words}
    if marked:
        return bool(marked & patterns.root_groups.violent)
    return any(p.root in patterns.root_groups.violent for p in candidates)


def _judging_verb(trigger: Token) -> Token:
    """The verb whose object a judgement is about: the trigger itself, or the naming verb a word of judgement
    hangs below ("called the raid a war crime", "described the attack as barbaric")."""
    token = trigger
    for _ in range(_JUDGING_REACH):
        if token.pos_ in _VERB_TAGS or token.dep_ not in _JUDGING_LINKS or token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ in _VERB_TAGS else trigger


def _judged_acts(trigger: Token, patterns: TriggerPatterns, quotes: QuoteRules,
                 passing: frozenset[str] = frozenset()) -> list[Token]:
    """The nouns a judgement is about: what its verb acts on ("condemned the attack", "called the raid a war
    crime"), or the subject a judging word is said of ("said the attack was cowardly", "the bombing was a
    despicable act", "the shelling amounted to a war crime": triggers.yaml linking_verbs; "the attack will not go
    unanswered": `passing`, speech.yaml passing_verbs; `quotes`: quotes.yaml, for what words were said of)."""
    verb = _judging_verb(trigger)
    found = _acted_on_nouns(verb)
    if trigger.dep_ == "amod" and trigger.head.pos_ == "NOUN":
        found.append(trigger.head)  # "this heinous attack"
    if verb.i != trigger.i and (lemma_of(verb) in _COPULAS or lemma_of(verb) in patterns.phrases.linking_verbs
                                or lemma_of(verb) in passing):
        found += [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if verb.dep_ in _SAID_DEPS:
        # '"This was a barbaric act," X said of the attack': what the words were said of
        found += [g for g in said_about(verb.head, rules=quotes) if g.pos_ == "NOUN"]
    # ("expressed outrage at the killings": what the feeling named is about)
    return found + [g for n in found for c in n.children if c.dep_ == "prep" and lemma_of(c) in _ACT_PREPS
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def _judges_violence(doc: Doc, drafts: list[EventDraft], index: int, patterns: TriggerPatterns,
                     mentions: Sequence[ActorMention], quotes: QuoteRules, passing: frozenset[str] = frozenset()) -> bool:
    """Aims an ACCUSE that judges a violent act ("condemned the attack") at the act's doer: its owner named
    there, else the source of the latest violent act told before, else the attackers implied where it happened.
    Whether it did."""
    draft = drafts[index]
    noun = next((n for n in _judged_acts(doc[draft.trigger_token], patterns, quotes, passing)
                 if _violent_noun(n, patterns)), None)
    sentence = doc[draft.trigger_token].sent
    if noun is None or any(not _about_the_act(a, noun) and sentence.start_char <= a.start < sentence.end_char
                           for a in draft.target):
        return False  # ("blamed Hamas for the blast": the one blamed is named in the sentence)
    owners = _owners(noun, mentions, draft.source)
    if owners:
        # (a target of the act's words that holds its owner, "Russia's strikes", is the owner's already; the act's
        # victims beside its owner are no one judged: "condemned the attack on the parliament by the rebels")
        holding = [a for a in draft.target if any(a.start <= o.start and o.end <= a.end for o in owners)]
        draft.target = holding or owners
        return True
    earlier = _attack_judged(drafts[:index], draft.sentence_index, noun.idx, patterns.root_groups)
    if earlier is None:
        return False
    if earlier.source:
        if any(a.code and a.code == s.code for a in earlier.source for s in draft.source):
            return False  # (the speaker's own act: a defence, no judgement)
        draft.target = list(earlier.source)
        return True
    country = next((a.country for a in earlier.target if a.country), None)
    if country is None:
        return False
    draft.target = [Actor(text=noun.text, start=noun.idx, end=noun.idx + len(noun.text),
                          name="[implied: the attackers]", country=country, sectors=[_IMPLIED_ATTACKERS],
                          code=country + _IMPLIED_ATTACKERS, reason="implied target; the attackers of an act told",
                          origin="implied target")]
    return True


def _attack_judged(before: list[EventDraft], sentence: int, at: int, roots: RootGroups) -> EventDraft | None:
    """The violent act told before (`before`, in text order; the judgement in sentence `sentence`, its noun at
    character `at`) that "the attack" names: the latest in the sentences just before, else the story's attack,
    the first told. An act aimed at those who attacked before is the response to it ("police fought the
    gunmen"), no attack of its own; an attack whose doer is told goes before one told of no one ("gunmen stormed
    a hotel ... a bomb went off")."""
    told: list[EventDraft] = []
    attackers: set[str] = set()  # the sources' codes of the acts in `told`
    for event in before:
        if not _violent(event, roots) or event.trigger.end > at:
            continue
        if not any(a.code in attackers for a in event.target):
            told.append(event)
            attackers.update(a.code for a in event.source if a.code)
    near = [e for e in told if e.sentence_index >= sentence - _ATTACK_REACH]
    for events in (near[::-1], told):
        found = next((e for e in events if e.source), events[0] if events else None)
        if found is not None:
            return found
    return None


def _attackers_named_again(drafts: list[EventDraft], index: int, roots: RootGroups) -> None:
    """"The attackers", "the gunmen" judged after an attack by attackers of one country are those attackers: a
    target of their sector whose country was only guessed from the context (the speaker's, say) takes theirs."""
    draft = drafts[index]
    guessed = [i for i, actor in enumerate(draft.target) if actor.country_from and actor.sectors]
    attack = _attack_judged(drafts[:index], draft.sentence_index, draft.trigger.start, roots) if guessed else None
    if attack is None:
        return
    for position in guessed:
        actor = draft.target[position]
        doer = next((a for a in attack.source if a.country and a.sectors == actor.sectors), None)
        if doer is not None and doer.country != actor.country:
            draft.target[position] = actor.revised(country=doer.country, code=doer.code,
                                                   reason=actor.reason + "; the attackers told before")


def _violent(draft: EventDraft, roots: RootGroups) -> bool:
    """Whether an act is one of violence (a violent CAMEO root, or another PLOVER codes ASSAULT: arson, a riot)."""
    return draft.event.cameo_root in roots.violent or draft.event.plover == _ASSAULT


def _about_the_act(actor: Actor, noun: Token) -> bool:
    """Whether a target was taken from the words of the act judged ("the attack on the town": its victims, no
    one judged), or is a phrase of words only."""
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    return start <= actor.start and actor.end <= end or from_phrase_words(actor)


def _owners(noun: Token, mentions: Sequence[ActorMention], speakers: list[Actor]) -> list[Actor]:
    """The actors an act noun names as its doers: "Russia's strikes", "rebel attacks", "the attack by the
    rebels" (not the speaker itself)."""
    heads = [c for c in noun.children if c.dep_ in _OWNER_DEPS and c.i < noun.i]
    # (a name before the act may be where it happened, "the Quetta attack": only a group's name is its doer's)
    named = {c.i for c in heads if c.dep_ == "compound"}
    heads += [g for c in noun.children if c.dep_ == "prep" and lemma_of(c) in _AGENT_PREPS
              for g in c.children if g.dep_ == "pobj"]
    found: list[Actor] = []
    for head in heads:
        found += [m.actor for m in mentions if m.token_start <= head.i < m.token_end
                  and not (head.i in named and m.actor.kind not in _DOER_KINDS)
                  and not any(same_actor(m.actor, s) for s in speakers)]
    return found


def _from_act_named_again(doc: Doc, drafts: list[EventDraft], index: int, patterns: TriggerPatterns,
                          cues: SpeechCues) -> None:
    """"Hungary blocked the aid. Berlin condemned the decision": a word for any act said of no one (speech.yaml
    work_nouns: "the decision", "this move") names the act told just before by another actor, whose doer is the
    target. So does one a word of judgement is said of ('"The decision is unfair," X said', '"This is a shameful
    move," X said', '"It was a generous gesture"': the quote answers the act told before it)."""
    draft = drafts[index]
    trigger = doc[draft.trigger_token]
    # (a naming's word of judgement: "called the move shameful" judges what its verb acts on)
    verb = trigger.head if trigger.dep_ in NAMING_DEPS else trigger
    nouns = _acted_on_nouns(verb)
    said = draft.rule.startswith(SPEECH_RULE)
    if said:
        nouns += [n for n in _judged_acts(trigger, patterns, cues.quotes) if n not in nouns]
    # (another actor by its record, not its words: "Warsaw" after "Poland" is the speaker's own act; a quote's
    # verdict, not one of the speaker's side: "Brasilia said the vote was flawed" after the ministry's act)
    own_side = same_side if said else same_actor
    for noun in nouns:
        lemma = lemma_of(noun)
        if (lemma not in cues.work_nouns and lemma not in cues.court_works) or any(
                c.dep_ not in ("det", "amod") for c in noun.children):
            continue  # ("the council's decision", "the decision to build": its owner, or what it is, named there)
        if not (any(c.dep_ == "det" and lemma_of(c) in _BACK_DETERMINERS for c in noun.children)
                or _said_of_what_was_told(noun, cues.pointing_back)):
            continue
        # (session 39) "the ruling", "the verdict" are a court's: the act they name again is the latest by a court, told
        # a few sentences back as often as just before ("The lawsuit was brought by Seattle ... The White House attacked
        # the ruling": the judge's, not the plaintiffs')
        court = lemma in cues.court_works
        reach = _COURT_REACH if court else _ACT_REACH
        earlier = next((e for e in reversed(drafts[:index]) if e.source and e.trigger.end <= noun.idx
                        and e.sentence_index >= draft.sentence_index - reach
                        and (not court or any(_JUDICIARY in a.sectors for a in e.source))
                        and not any(own_side(a, s) for a in e.source for s in draft.source)), None)
        if earlier is not None:
            draft.target = list(earlier.source)
            return


def _said_of_what_was_told(noun: Token, pointing_back: frozenset[str]) -> bool:
    """"This is a reckless decision", "it was a brave move": a noun for an act said of a pronoun that points back
    (quotes.yaml pointing_back), which is then the act told before."""
    if noun.dep_ != "attr" or lemma_of(noun.head) not in _COPULAS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in pointing_back and c.tag_ != "WDT" for c in noun.head.children)


def _agentless_passive(verb: Token) -> bool:
    """"two guards were killed", or a past participle before its noun, "the slain guards" (no agent there)."""
    if verb.dep_ == "amod" and verb.tag_ == "VBN":
        return True
    return (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def _force_continued(draft: EventDraft, earlier: EventDraft, roots: RootGroups) -> bool:
    """Whether `earlier` is an act that an agentless passive `draft` goes on telling: violence after violence
    ("gunmen stormed a hotel ... two guards were killed"); an arrest or a detention after a state's force or
    arrest ("police raided the camp ... five men were detained"; not after rebels' attack: who arrested them is
    not told)."""
    if draft.event.cameo_root in roots.violent:
        return _violent(earlier, roots)
    return (_violent(earlier, roots) or earlier.event.cameo_root in roots.state_acts) and all(
        STATE_SECTORS.intersection(a.sectors) for a in earlier.source)


def sources_from_reporters(doc: Doc, drafts: list[EventDraft], words: RoleWords) -> None:
    """Fill, in place, the empty source of an act an authority tells as its own in the passive with no one named
    doing it ("five men were arrested, police said"; `words`: roles.yaml, reported_own_codes): its speaker, when the
    speaker is an authority (reporting_sectors) and the act is not told of another country than the speaker's."""
    for draft in drafts:
        if draft.source or not draft.attribution or not draft.event.cameo.startswith(tuple(words.reported_own_codes)):
            continue
        if not _agentless_passive(doc[draft.trigger_token]):
            continue
        speakers = [a for a in draft.attribution if words.reporting_sectors.intersection(a.sectors)]
        # ("a US citizen was detained in Iran, the State Department said": an arrest abroad is not the speaker's)
        if speakers and len(speakers) == len(draft.attribution) and all(
                not t.country or t.country == s.country for t in draft.target for s in speakers):
            draft.source = list(speakers)


def sources_from_earlier_acts(doc: Doc, drafts: list[EventDraft], patterns: TriggerPatterns) -> None:
    """Fill, in place, the empty sources of violent acts, arrests and detentions in the passive with no agent
    (`drafts` of one article, in text order) with the source of the act of force just before they go on telling, and
    of other acts told again in the passive (`patterns`: the coder's; its roles.yaml words and root groups)."""
    words, roots = patterns.roles, patterns.root_groups
    for index, draft in enumerate(drafts):
        root = draft.event.cameo_root
        if draft.source:
            continue
        if not (root in roots.violent or root in roots.state_acts):
            _same_act_again(doc, drafts, index, words)
            continue
        trigger = doc[draft.trigger_token]
        if not (_agentless_passive(trigger) or _act_named_again(trigger)):
            continue
        # an act whose source is one of the victims ("police raided ... a police officer was killed") is passed
        # over for the one before it
        earlier = next((e for e in reversed(drafts[:index]) if _force_continued(draft, e, roots) and e.source
                        and draft.sentence_index - e.sentence_index <= _SOURCE_REACH
                        and not any(a.country and a.code == s.code for a in draft.target for s in e.source)), None)
        if earlier is not None:
            draft.source = list(earlier.source)
            _victims_of_the_act_told(draft, earlier)


def _same_act_again(doc: Doc, drafts: list[EventDraft], index: int, words: RoleWords) -> None:
    """"The US blacklisted Iran's oil minister. Three Iranian banks were also sanctioned": an act told in the passive
    with no agent and a word saying it is done again (roles.yaml again_markers: "also", "too") right after an act of
    its root by a named source is that source's again ("The president praised
    the army. The police were also praised"); not when, after an act abroad, it is done to the earlier source's own
    country ("Russia expelled two British diplomats. Two Russian diplomats were expelled in turn": the other side's
    answer), nor to the earlier source itself."""
    draft = drafts[index]
    trigger = doc[draft.trigger_token]
    if not _agentless_passive(trigger) or not any(
            c.dep_ == "advmod" and lemma_of(c) in words.again_markers for c in trigger.children):
        return
    earlier = next((e for e in reversed(drafts[:index]) if e.event.cameo_root == draft.event.cameo_root
                    and draft.sentence_index - e.sentence_index <= _ACT_REACH and e.trigger.end <= draft.trigger.start),
                   None)
    if earlier is None or not earlier.source:
        return
    doers = {s.country for s in earlier.source}
    if not all(doers) or any(t.code and t.code == s.code for t in draft.target for s in earlier.source):
        return
    abroad = bool(earlier.target) and not any(t.country in doers for t in earlier.target)
    if not (abroad and any(t.country in doers for t in draft.target)):
        draft.source = list(earlier.source)


def _act_named_again(noun: Token) -> bool:
    """"died in the air strikes", "were wounded in the shelling": a definite act noun (its determiner refers back,
    roles found no one doing it) that sets a clause, with no phrase of its own saying whom it hit, names the act told
    before again; "the killing of two politicians" tells a new one."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and any(
        c.dep_ == "det" and lemma_of(c) in _BACK_DETERMINERS for c in noun.children) and not any(
        c.dep_ == "prep" for c in noun.children)


def _victims_of_the_act_told(draft: EventDraft, earlier: EventDraft) -> None:
    """The victims of an act that goes on telling `earlier`, given their country by the actor named just before
    them, which is the attacker's ("Saudi jets bombed Sanaa. Ten civilians died in the strikes"), are of the
    country `earlier` was done to."""
    attackers = {a.country for a in earlier.source if a.country}
    struck = next((a.country for a in earlier.target if a.country and a.country not in attackers), None)
    if struck is None:
        return
    for position, actor in enumerate(draft.target):
        if actor.country_from == RECENT_ACTOR and actor.country in attackers:
            code = struck + actor.code[len(actor.country):] if actor.code.startswith(str(actor.country)) else actor.code
            draft.target[position] = actor.revised(country=struck, code=code,
                                                   reason=actor.reason + "; the victims of the act told before")

"""Background: whether an event is told as the past of the story without a date of its own (the past perfect not
of reported speech, a past habit, a phrase of its clause such as "in the past", "at the time", "for years", "under
the previous government", a doer named by the office held then): such an event gets no date, and is historical."""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.context import DocumentContext
from eventscope.dates.calendar import YEAR
from eventscope.dates.clauses import _bare_participle, _in_own_clause, _own_subject, _past_perfect, _verb_of
from eventscope.dates.patterns import DatePatterns


class BackgroundCues:
    """The cues of dates.yaml read on a clause's words: is what a verb tells set in the story's past?"""

    def __init__(self, patterns: DatePatterns) -> None:
        self.patterns = patterns

    def told_as_past(self, trigger: Token, context: DocumentContext) -> bool:
        """The past perfect, a past habit ("used to accuse"), or a phrase of the clause that puts it in the past
        without a date ("in the past", "at the time", "in the decades since the coup", a perfect "since 2011")."""
        verb = _verb_of(trigger)
        if _past_perfect(trigger) and not self.backshifted(verb) and not self._by_time_of_day(verb):
            return True
        if verb is not None and self._habitual(verb):
            return True
        if verb is not None and self._past_phrase_in_clause(context, verb):
            return True
        if verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i and (
                self._past_phrase_in_clause(context, verb.head) and not _own_subject(verb)):
            return True  # "Since taking power, he has expelled the troops and ended the pact": the phrase is both's
        if verb is not None and self.named_as_then(verb):
            return True
        heads = [trigger] if verb is None or verb.i == trigger.i else [trigger, verb]
        # and an infinitive of purpose, which spans the same time ("worked together to end it in the years since")
        heads += [c for h in list(heads) for c in h.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"]
        return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and self._past_object(o) for o in c.children)
                   for head in heads for c in head.children)

    def _by_time_of_day(self, verb: Token | None) -> bool:
        """"By noon thousands had marched", "by the evening the president had put the army on alert": a past perfect
        reached by an hour of the story's own day is that day's news, not background."""
        return verb is not None and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "pobj" and o.lower_ in self.patterns.day_bounds
                                                         for o in c.children) for c in verb.children)

    def named_as_then(self, verb: Token) -> bool:
        """The doer is named by the office he held at the time: "Ferraro, then a lieutenant, took part", "then-President
        Menem pardoned them" (the act lies in that time, told as background)."""
        for _ in range(4):  # "had drawn up a list and took part in torturing them": the clause's subject
            if _own_subject(verb):
                break
            if verb.dep_ in ("conj", "xcomp"):
                verb = verb.head
            elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
                verb = verb.head.head
            else:
                break
        doc = verb.doc
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for token in subject.subtree:
                if token.lower_ not in self.patterns.then_words:
                    continue
                if token.dep_ == "advmod" and (token.head.i == subject.i or (
                        token.head.dep_ == "appos" and token.head.head.i == subject.i)):
                    return True  # "Ferraro, then a lieutenant,"
            first = subject.left_edge.i
            # "Then-President Carlos Menem": the parser may cut "Then" or "Then-" off the name
            if any(doc[i].lower_ in self.patterns.then_words and doc[i + 1].text in ("-", "\u2010")
                   for i in range(max(0, first - 2), min(first + 1, len(doc) - 1))):
                return True
        return False

    def backshifted(self, verb: Token | None) -> bool:
        """A past perfect in what a speaker told in the simple past ("the air force said its units had shot down 71
        drones"): the tense of reported speech, which puts the act before the telling, not in the past of the story
        (a past phrase of its own still does: "said they had met in the past")."""
        while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "said its forces had struck ... and that its troops had captured ..."
        if verb is None or verb.dep_ not in ("ccomp", "acl"):
            return False
        teller = verb.head
        if verb.dep_ == "acl":
            # "said in a statement that army aircraft had bombed the market": the parser hangs the content on the noun
            if not any(c.dep_ == "mark" for c in verb.children) or teller.dep_ != "pobj":
                return False
            teller = teller.head.head
        if teller.tag_ == "VBG" and _bare_participle(teller):
            teller_head = teller.head  # "defended the law, saying the broadcaster had lost ...": told when "defended" was
            return teller.lemma_.lower() in self.patterns.telling_verbs and teller_head.tag_ == "VBD"
        return teller.tag_ == "VBD" and teller.lemma_.lower() in self.patterns.telling_verbs

    def _habitual(self, verb: Token) -> bool:
        """"used to consult", "the minister used to accuse Athens": an infinitive under a past habit verb."""
        head = verb.head  # (the parser may take "used" for a participle on the subject: "a minister used to ...")
        return (verb.dep_ == "xcomp" and verb.tag_ == "VB" and head.lower_ in self.patterns.habitual_verbs
                and head.tag_ in ("VBD", "VBN") and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
                and not any(c.dep_ in ("auxpass", "dobj") for c in head.children))  # not "used tear gas to ..."

    def _past_phrase_in_clause(self, context: DocumentContext, verb: Token) -> bool:
        """A phrase of the verb's own clause (not of a clause inside it) that puts the act in the past: "at the
        time", "back then", "in the past" (also on the object: "retaliated against such expulsions in the past"),
        "years earlier", an era told as over ("under the previous government"), and "since" a past year on a
        perfect ("have carried out attacks since 2011"). Only the words that can head such a phrase are looked at
        (the document's lower-cased words are a list; a Token per word costs more)."""
        lowers, doc, patterns, published = context.lowers, context.doc, self.patterns, context.published
        for index in range(verb.left_edge.i, verb.right_edge.i + 1):
            if lowers[index] not in patterns.clause_cue_words or not _in_own_clause(doc[index], verb):
                continue
            node = doc[index]
            if node.dep_ == "advmod" and self._past_adverb(node, lowers):
                return True
            if node.dep_ == "advmod" and node.head.i == verb.i and self._long_adverb(node):
                return True
            if node.dep_ != "prep":
                continue
            if node.head.i == verb.i and node.lower_ in patterns.duration_preps \
                    and (self._long_stretch(node) or self._life_stretch(node)):
                return True
            if self._era_over(node):
                return True
            if self._past_phrase(lowers, node.i, node.right_edge.i):
                return True
            if node.lower_ in patterns.since_words and published is not None and node.head.i == verb.i:
                phrase = doc[node.i:node.right_edge.i + 1]
                years = [int(y) for y in YEAR.findall(phrase.text)]
                perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'ve", "'s") for c in verb.children)
                if years and max(years) < published.year and perfect:
                    return True  # a perfect
                # (session 19) "Since taking power, he has expelled French troops": a perfect counted from a deed of
                # the doer's own, told with no date, is a record kept up over time (a dated start is the date's)
                if perfect and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in node.children) and not any(
                        t.ent_type_ in ("DATE", "TIME") for t in phrase):
                    return True
        return False

    def _era_over(self, preposition: Token) -> bool:
        """An era told as over: "under the previous government", "during the old regime" (era_preps, former_words);
        "in his previous job" ("in" only with era_in_words, and not before a period: "in the previous week" is a
        date)."""
        patterns = self.patterns
        return any(preposition.lower_ in preps and any(
            m.dep_ == "amod" and m.lower_ in over
            for o in preposition.children if o.dep_ == "pobj" and o.lower_ not in periods for m in o.children)
            for preps, over, periods in ((patterns.era_preps, patterns.former_words, ()),
                                         (patterns.era_in_preps, patterns.era_in_words, patterns.period_units)))

    def _long_adverb(self, adverb: Token) -> bool:
        """"has long accused", "had long opposed": a stance kept up for long (not "as long as", "how long")."""
        return adverb.lower_ in self.patterns.long_adverbs and not any(c.dep_ == "advmod" for c in adverb.children) \
            and not (adverb.i + 1 < len(adverb.doc) and adverb.doc[adverb.i + 1].lower_ in ("as", "before", "after"))

    def _long_stretch(self, preposition: Token) -> bool:
        """"for years", "in recent years", "over the past two decades" on the verb: an act kept up for long, told as
        background. A stretch counted on its own ("jailed for five years", "banned for a decade") is the act's own
        scope, and news; so are weeks and months (a campaign of this month). (`preposition` is one of
        duration_preps.)"""
        periods = [o for o in preposition.children if o.dep_ == "pobj" and o.lower_ in self.patterns.duration_periods]
        if not periods:
            return False
        # (an infinitive the parser hung on the period is the verb's: "urged the government for years to pay")
        modifiers = [m for m in periods[0].children if m.dep_ not in ("relcl", "acl")]
        back = any(m.dep_ == "amod" and m.lower_ in self.patterns.duration_counted_back for m in modifiers)
        return all(
            (m.dep_ == "det" and m.lower_ == "the") or (m.dep_ == "nummod" and back)
            or (m.dep_ == "amod" and m.lower_ in self.patterns.duration_quantifiers) for m in modifiers)

    def _life_stretch(self, preposition: Token) -> bool:
        """"throughout his career", "during her first term", "in his presidency": a stretch of someone's life or
        office (owned, or counted: "in the first term"), told as background; "in the long term" is no one's.
        (`preposition` is one of duration_preps.)"""
        return any(o.dep_ == "pobj" and o.lower_ in self.patterns.era_nouns and any(
            m.dep_ == "poss" or (m.dep_ == "amod" and m.lower_ in self.patterns.era_counters) for m in o.children)
            for o in preposition.children)

    def _past_adverb(self, adverb: Token, lowers: list[str]) -> bool:
        """"back then", "long ago" (a phrase of dates.yaml past_phrases), "years earlier", "decades before"."""
        if adverb.lower_ in self.patterns.before_words:
            return any(c.dep_ == "npadvmod" and c.lower_ in self.patterns.long_periods for c in adverb.children)
        return self._past_phrase(lowers, adverb.left_edge.i, adverb.right_edge.i)

    def _past_phrase(self, lowers: list[str], first: int, last: int) -> bool:
        """Whether the words first..last (token indices, inclusive) are one of dates.yaml past_phrases."""
        return last - first < self.patterns.past_phrase_length and " ".join(
            lowers[first:last + 1]) in self.patterns.past_phrases

    def _past_object(self, word: Token) -> bool:
        """"the past" (bare: "the past week" is a date), or "the years since ..." """
        if word.lower_ in self.patterns.past_words:
            return not any(m.dep_ in ("amod", "compound", "nummod") for m in word.children)
        return word.lower_ in self.patterns.past_periods and any(
            m.dep_ in ("prep", "advmod") and m.lower_ == "since" for m in word.children)

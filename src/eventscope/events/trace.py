"""Why a trigger candidate was not coded: the named gates of the event coder and a typed record of each drop.

`EventCoder.code` (and `pipeline.Coder.code_doc`) take an optional `DecisionTrace`. Without one nothing is
recorded and nothing is spent; with one, every trigger candidate or event a gate or a later stage drops is kept
as a `DroppedCandidate` naming its `Gate` (every event made names the rule that made it itself: `Event.rule`).
`eventscope explain` and scripts/why_missed.py read it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from spacy.tokens import Token

from eventscope.events.matching import TriggerMatch
from eventscope.ontology import Ontology
from eventscope.records import Actor, EventDraft, Span

__all__ = ["DecisionTrace", "DroppedCandidate", "Gate", "pattern_id"]


class Gate(StrEnum):
    """Where a candidate was dropped: a stable short name for each gate, in the order the coder passes them."""

    # a sentence's trigger candidates (EventCoder.code_sentence)
    QUESTION = "question"  # a whole article's question reports no act
    REPORTING_PHRASE = "reporting-phrase"  # inside the phrase that only reports ("as one paper reported")
    SENDING = "sending"  # "sent experts to investigate": the purpose is the act, not the sending
    NATURAL_FORCE = "natural-force"  # "floods killed eight": no actor acts
    PRESS_AUDIENCE = "press-audience"  # "briefed reporters": talking to the press is no consultation
    DISASTER_RESPONSE = "disaster-response"  # "an emergency was declared after the floods"
    NO_ACTOR = "no-actor"  # no actor in the source or the target
    REFERENCE_BACK = "reference-back"  # "her visit": a noun that refers to an act told elsewhere
    NAMED_THING = "named-thing"  # "under the accord", "a loan for Ukraine": a noun that names a thing, no act
    NOT_AN_ACT = "not-an-act"  # a sense that is no political act, or no act between political actors
    ACCIDENT = "accident"  # deaths in a disaster or accident, no one who killed
    SUBJECT_CANNOT_ACT = "subject-cannot-act"  # "tensions eased": the subject is no actor
    LIGHT_VERB = "light-verb"  # "offered a scathing review": the verb only carries a judgement
    OWN_DUTY = "own-duty"  # "we must act": a speaker's "must" on their own act is no demand on another
    ASKED = "asked"  # "urged Iran to free the sailors": in an article, an act only asked for is what the asking is about
    CHARGED = "charged"  # "accused Guyana of handing the seabed to oil firms": the deed charged is what the charge is about
    DEFENDED = "defended"  # "defended his decision to visit Riyadh": the deed defended is what the defence is about
    UNDONE = "undone"  # "died without having been convicted", "cannot dismiss": not done, nor refused by anyone
    MODAL_THING = "modal-thing"  # "whether they extend the blockade": a noun under a modal verb names a thing, no act
    # a sentence's speech acts (criticism and praise in what a speaker says)
    ARTICLE_ONLY = "article-only"  # coded in a whole article only
    OPINION = "opinion"  # a belief about no act, not the speaker's own view
    NO_SPEAKER = "no-speaker"  # no actor speaks
    SELF_JUDGEMENT = "self-judgement"  # the speaker judges themself
    NO_ONE_JUDGED = "no-one-judged"  # no actor or act judged
    ALREADY_CODED = "already-coded"  # the sentence codes the act by that speaker already
    # a document's events (EventCoder.code, pipeline.Coder.code_doc)
    FURNITURE = "furniture"  # the sentence or trigger is on a byline, credit or heading line
    PLAIN_STATEMENT = "plain-statement"  # a whole article codes no CAMEO 01x statement
    PRIVATE_ACT = "private-act"  # an act between people who are no political actors
    BELOW_CONFIDENCE = "below-confidence"  # the calibrated chance a coder codes it is too low
    CONTINUATION = "continuation"  # "ambushed, killing two": goes on telling an act of the same type
    SAME_ACT = "same-act"  # one event per act: another event of the sentence tells it
    CAPPED = "capped"  # over the limit of events per sentence or article


def pattern_id(match: TriggerMatch) -> str:
    """The trigger pattern that matched, as its data file writes it, with its kind: "verb:call on", "noun:air
    strike"; a verb with objects names the object it matched ("verb:sign + treaty")."""
    pattern = match.pattern
    text = pattern.text or pattern.lemma
    if pattern.objects and match.object_token is not None:
        text = f"{text.split(' + ')[0]} + {match.object_token.lemma_.lower()}"
    return f"{pattern.kind}:{text}"


def _words(tokens: Iterable[Token]) -> tuple[str, ...]:
    return tuple(t.text for t in tokens)


def _codes(actors: Iterable[Actor]) -> tuple[str, ...]:
    return tuple(a.code or a.country or a.name for a in actors)


@dataclass(frozen=True, slots=True)
class DroppedCandidate:
    """A trigger candidate or event that was not coded: where its trigger is, the rule that found it, the type
    it would have had, the roles found so far (head words and actor codes; empty where not read yet) and the
    gate that dropped it."""

    sentence_index: int
    trigger: Span
    rule: str
    cameo: str
    plover: str | None
    gate: Gate
    source_heads: tuple[str, ...] = ()
    target_heads: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"sentence_index": self.sentence_index, "trigger": self.trigger.model_dump(), "rule": self.rule,
                "cameo": self.cameo, "plover": self.plover, "gate": str(self.gate),
                "source_heads": list(self.source_heads), "target_heads": list(self.target_heads),
                "source": list(self.source), "target": list(self.target)}


@dataclass(slots=True)
class DecisionTrace:
    """The sink a traced coding run writes to: the candidates dropped, in the order dropped, the sentences not
    coded at all (the rule that made each event is the Event's own: `Event.rule`)."""

    ontology: Ontology
    dropped: list[DroppedCandidate] = field(default_factory=list)
    # the sentences not coded at all (a byline or credit line), by index, and why
    skipped: dict[int, Gate] = field(default_factory=dict)
    # whether the document was read as one whole article (some gates hold only there), and whether it is about
    # politics (if not, only acts between political actors are kept), once coded
    whole_article: bool | None = None
    political: bool | None = None

    def drop_match(self, gate: Gate, index: int, token: Token, rule: str, cameo: str,
                   source_heads: Sequence[Token] = (), target_heads: Sequence[Token] = (),
                   source: Sequence[Actor] = (), target: Sequence[Actor] = ()) -> None:
        """A trigger candidate at `token` dropped at `gate`, with the code it had reached there."""
        trigger = Span(text=token.text, start=token.idx, end=token.idx + len(token.text))
        self.dropped.append(DroppedCandidate(index, trigger, rule, cameo, self._plover(cameo), gate,
                                             _words(source_heads), _words(target_heads), _codes(source),
                                             _codes(target)))

    def drop_events(self, gate: Gate, before: Sequence[EventDraft], kept: Sequence[EventDraft]) -> None:
        """The events of `before` not in `kept`, dropped at `gate`."""
        kept_ids = {id(e) for e in kept}
        for event in before:
            if id(event) not in kept_ids:
                self.dropped.append(DroppedCandidate(event.sentence_index, event.trigger, event.rule, event.event.cameo,
                                                     event.event.plover, gate, source=_codes(event.source),
                                                     target=_codes(event.target)))

    def _plover(self, cameo: str) -> str | None:
        return self.ontology.get(cameo).plover  # (the data files' codes are known to the ontology)

"""What an event's confidence means in a whole article: the chance that a trained coder codes it.

The rules give each event a raw score (main clause, asserted, both roles, specific pattern: see
`EventCoder._confidence`), which orders the events of a sentence. In a whole article a small logistic
model over that score and the event's own fields (its type, modality, whether its actors are named and
political, whether it is reported in a quote) turns it into a probability, fitted on the hand-coded articles
of ../shared/realnews (tune half) by `scripts/calibrate_confidence.py`; its weights are data
(data/confidence.yaml). Events below `min_confidence` are not kept. Lone sentences keep the raw score.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from pydantic import Field

from eventscope.datafiles import DataModel, load_data_file
from eventscope.events.attribution import quotes_of
from eventscope.events.selection import same_actor
from eventscope.events.senses import SenseRules
from eventscope.ontology import RootGroups
from eventscope.records import EventDraft

__all__ = ["Calibrator", "features", "load_calibrator", "speakers_own_act"]

_QUOTES = ("\"", "“", "”", "‘", "’ ")


def speakers_own_act(draft: EventDraft, roots: RootGroups) -> bool:
    """Whether the event is a speech act its doer makes, not one a speaker reports: asserted, of a root of speech
    (roots.yaml speech_acts), with a doer, and either
    - said in a quote by no one but whom it is attributed to ('"We will never accept this," the minister said':
      the minister's refusal; '"Send us doctors," the governor said'): the quote is the act itself; or
    - told by the article as the doer's own act, attributed to no one and outside every quote ('The minister
      called the plan "a sham" and warned that the army would respond': the warning is told, not quoted, though
      the sentence quotes).
    The model's "quoted" and "attributed" weigh acts a speaker reports (less sure than what is done). `roots`: the
    ontology's root groups."""
    if draft.modality != "asserted" or not draft.source \
            or draft.event.cameo_root not in roots.speech_acts:
        return False
    at = draft.trigger.start - draft.evidence.start
    quoted = any(quote.start < at < quote.end for quote in quotes_of(draft.evidence.text))
    if not draft.attribution:
        return not quoted
    return quoted and all(any(same_actor(s, a) for a in draft.attribution) for s in draft.source)


def features(draft: EventDraft, senses: SenseRules, roots: RootGroups) -> dict[str, float]:
    """The event's fields the model reads (names are the keys of confidence.yaml's weights). "quoted" and
    "attributed" are those of an act reported by a speaker, not of the speaker's own speech act."""
    reported = not speakers_own_act(draft, roots)
    found = {
        "bias": 1.0,
        "raw": draft.confidence,
        "source_political": float(any(senses.is_political(a) for a in draft.source)),
        "target_political": float(any(senses.is_political(a) for a in draft.target)),
        "source_named": float(any(senses.is_actor(a) for a in draft.source)),
        "target_named": float(any(senses.is_actor(a) for a in draft.target)),
        "no_source": float(not draft.source),
        "no_target": float(not draft.target),
        "pairs": float(max(1, len(draft.source)) * max(1, len(draft.target)) - 1),
        "quoted": float(reported and any(q in draft.evidence.text for q in _QUOTES)),
        "attributed": float(reported and bool(draft.attribution)),
        f"modality_{draft.modality}": 1.0,
        f"type_{draft.event.plover or 'NONE'}": 1.0,
    }
    return found


class Calibrator(DataModel):
    """confidence.yaml: the fitted weights by feature name, and the lowest confidence kept."""

    version: int = 1
    min_confidence: float = Field(0.0, ge=0, le=1)
    weights: dict[str, float] = {}

    def probability(self, draft: EventDraft, senses: SenseRules, roots: RootGroups) -> float:
        score = sum(self.weights.get(name, 0.0) * value for name, value in features(draft, senses, roots).items())
        return round(1 / (1 + math.exp(-score)), 3)


@cache
def load_calibrator(path: Path | None = None) -> Calibrator | None:
    """The fitted model (the bundled confidence.yaml unless `path`), or None when it has no weights (then raw
    scores stand)."""
    from eventscope.events.patterns import PatternError, _data_path  # one place knows where the data lives

    calibrator = load_data_file(path or _data_path("confidence.yaml"), Calibrator, error=PatternError)
    return calibrator if calibrator.weights else None

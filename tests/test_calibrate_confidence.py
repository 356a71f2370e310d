"""scripts/calibrate_confidence.py: the fit reads each event's features as the model reads them in the event
coder, not those of the finished Event that later stages changed."""

from __future__ import annotations

from eventfactory import make_article, make_event
from scriptmodule import load_script

from eventscope.events.senses import load_senses
from eventscope.ontology import load_ontology
from eventscope.records import EventDraft, Span

calibrate = load_script("calibrate_confidence")

ARTICLE = make_article("France criticised Kenya. The talks ended.")


def _draft() -> EventDraft:
    told = make_event(ARTICLE, "France", "criticised", "Kenya", "111")
    return EventDraft(article_id=told.article_id, sentence_index=0, event=told.event, trigger=told.trigger,
                      trigger_token=1, source=told.source, target=[], modality="asserted", attribution=[],
                      evidence=told.evidence, confidence=0.62)


def test_the_recorder_keeps_the_raw_score_and_every_event():
    recorder = calibrate.FeatureRecorder()
    draft = _draft()
    assert recorder.probability(draft, load_senses(), load_ontology().roots) == 0.62
    assert recorder.min_confidence == 0.0


def test_an_events_features_are_those_read_at_calibration_not_after_roles_and_dates():
    recorder = calibrate.FeatureRecorder()
    draft = _draft()
    recorder.probability(draft, load_senses(), load_ontology().roots)
    # later stages complete the target and the when stage tells the act as past
    draft.target = make_event(ARTICLE, "France", "criticised", "Kenya", "111").target
    draft.modality = "historical"
    found = recorder.features_of(draft.to_event())
    assert found is not None
    assert found["no_target"] == 1.0 and found["target_named"] == 0.0
    assert found.get("modality_asserted") == 1.0 and "modality_historical" not in found
    assert found["raw"] == 0.62


def test_an_event_copied_after_calibration_has_no_features():
    recorder = calibrate.FeatureRecorder()
    draft = _draft()
    recorder.probability(draft, load_senses(), load_ontology().roots)
    draft.trigger = Span(text="France", start=0, end=6)  # (a denial or an echo: another trigger, same score)
    assert recorder.features_of(draft.to_event()) is None

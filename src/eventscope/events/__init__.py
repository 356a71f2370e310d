"""Events: trigger patterns, roles, modality and attribution.

`EventCoder(ontology, load_patterns()).code(doc, article, mentions)` returns the Event list of a parsed
document, with location and date left empty for the where/when stage. Patterns and cue words are data
files in `events/data/`; user pattern files (same shape as triggers.yaml) are applied over them.
"""

from __future__ import annotations

from eventscope.events.coder import EventCoder, main_event, plover_convention
from eventscope.events.patterns import PatternError, TriggerPattern, TriggerPatterns, load_patterns

__all__ = ["EventCoder", "PatternError", "TriggerPattern", "TriggerPatterns", "load_patterns", "main_event", "plover_convention"]

import pytest


@pytest.fixture(scope="session")
def patterns():
    """The bundled trigger patterns and cues."""
    from eventscope.events import load_patterns

    return load_patterns()


@pytest.fixture(scope="session")
def coder(patterns):
    """The event rules alone (no model, no actor dictionary), for the hand-parsed event tests."""
    from eventscope.events import EventCoder
    from eventscope.ontology import load_ontology

    return EventCoder(load_ontology(), patterns)


@pytest.fixture(scope="session")
def article_coder():
    """An event coder that reads every hand-built document as a whole article (`min_sentences` 1), for the
    cases the codebook codes differently in an article than in a lone sentence (events/selection.py)."""
    from dataclasses import replace

    from eventscope.events import EventCoder, load_patterns
    from eventscope.events.senses import load_senses
    from eventscope.ontology import load_ontology

    return EventCoder(load_ontology(), load_patterns(), senses=replace(load_senses(), min_sentences=1))




@pytest.fixture(scope="session")
def reading_coder(pipeline_coder):
    """The whole pipeline keeping every reading the event rules find in a sentence, before one event per act
    (events/selection.py): what the modality and role tests of embedded acts ("refused to sign") read."""
    from copy import copy

    from eventscope.events import EventCoder

    coder = copy(pipeline_coder)
    rules = pipeline_coder.event_coder
    coder.event_coder = EventCoder(rules.ontology, rules.patterns, senses=rules.senses, every_reading=True)
    return coder

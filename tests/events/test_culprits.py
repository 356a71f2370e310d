"""Session 25 (dupes25): a deed put on someone ("blamed the killing of the journalist on the police") blames them, not
the deed's victims, whose phrase the deed's object holds; a deed aimed at someone by a verb of judging that is no verb
of blaming ("denounced the crackdown on students") keeps its own target. Sentences invented for the tests, coded
through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _targets(coder, text, plover):
    return [t.code for e in coder.code_text(text).events if e.event.plover == plover for t in e.target]


@pytest.mark.parametrize(("text", "target"), [
    ("The mayor blamed the killing of the journalist on the police.", "COP"),
    ("Ankara blamed the bombing of the consulate in Erbil on Kurdish militants.", "REB"),
])
def test_a_deed_put_on_someone_blames_them_not_its_victims(article, text, target):
    targets = _targets(article, text, "ACCUSE")
    assert targets and all(t.endswith(target) for t in targets), targets


def test_a_deed_aimed_at_someone_keeps_its_target(article):
    targets = _targets(article, "The EU denounced the crackdown on Belarusian students.", "ACCUSE")
    assert targets and all(t.startswith("BLR") for t in targets), targets

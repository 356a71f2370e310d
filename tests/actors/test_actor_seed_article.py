"""Issue #3 acceptance on the seed article (with the model): who is who, and places are not actors."""

import re
from datetime import date
from pathlib import Path

import pytest

from eventscope.actors import ActorResolver, load_actor_dictionary

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "article.txt"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present")]


@pytest.fixture(scope="module")
def mentions(nlp):
    doc = nlp(SEED.read_text(encoding="utf-8"))
    return ActorResolver(load_actor_dictionary()).resolve(doc, date(2024, 5, 16))


def coded(mentions, words):
    """The codes of the mentions whose text contains `words` as whole words ("Russia", not "Russian")."""
    return {m.actor.code for m in mentions if re.search(rf"\b{re.escape(words)}\b", m.actor.text)}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Putin", "RUSGOV"),
        ("Xi Jinping", "CHNGOV"),
        ("Zelensky", "UKRGOV"),
        ("Beijing", "CHN"),  # a seat speaking for its state is the bare country (CODEBOOK)
        ("Moscow", "RUS"),
        ("Russia", "RUS"),
        ("China", "CHN"),
        ("Ukraine", "UKR"),
        ("CNN", "USAMED"),
        ("Xinhua", "CHNMED"),
        ("Chinese state media", "CHNMED"),
    ],
)
def test_seed_actors(mentions, words, code):
    assert coded(mentions, words) == {code}


def test_seed_people_are_people_with_canonical_names(mentions):
    names = {m.actor.name for m in mentions if m.actor.kind == "person"}
    assert {"Vladimir Putin", "Xi Jinping", "Volodymyr Zelensky"} <= names


@pytest.mark.parametrize("place", ["Kharkiv", "Harbin", "Heilongjiang"])
def test_places_are_not_actors(mentions, place):
    assert not [m for m in mentions if place in m.actor.text]


def test_pronouns_follow_putin(mentions):
    pronouns = [m.actor for m in mentions if m.actor.text.lower() in ("he", "him", "his")]
    assert pronouns and all(actor.name == "Vladimir Putin" for actor in pronouns)


def test_the_leaders_are_both(mentions):
    pair = [m.actor.name for m in mentions if m.actor.text.lower() == "the leaders"]
    assert sorted(pair) == ["Vladimir Putin", "Xi Jinping"]


def test_offsets_point_into_the_text(mentions):
    text = SEED.read_text(encoding="utf-8")
    for mention in mentions:
        assert text[mention.actor.start:mention.actor.end] == mention.actor.text

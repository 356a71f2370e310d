"""Fixtures the actor tests share: the bundled dictionary and a resolver over it, built once per module."""

import pytest

from eventscope.actors import ActorResolver, load_actor_dictionary


@pytest.fixture(scope="module")
def dictionary():
    return load_actor_dictionary()


@pytest.fixture(scope="module")
def resolver(dictionary):
    return ActorResolver(dictionary)

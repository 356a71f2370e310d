"""A person named in three words or more may be called later by the first of two surnames ("Tomás Ibarra Lugo ...
Mr. Ibarra", "Gabriel García Márquez ... García"): `antecedents.same_surname` with the full names, as the resolver
reads a bare surname. The names and sentences were written for this test."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from tests.actors.page_mentions import text_mentions

from eventscope.actors.antecedents import same_surname


@dataclass(frozen=True)
class _Named:
    name: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def _copy(word, *names):
    found = same_surname(word, [_Named(n) for n in names], lambda p: p.surname, lambda p: p.name)
    return found.name if found else None


@pytest.mark.parametrize("word, names, expected", [
    ("Ibarra", ("Tomás Ibarra Lugo", "Paula Ibarra"), "Tomás Ibarra Lugo"),
    ("Garcia", ("Gabriel García Márquez",), "Gabriel García Márquez"),
    ("Márquez", ("Gabriel García Márquez",), "Gabriel García Márquez"),
    ("Rojas", ("Elena Rojas Vidal", "Marco Diaz"), "Elena Rojas Vidal"),
])
def test_the_first_of_two_surnames_names_the_person(word, names, expected):
    assert _copy(word, *names) == expected


@pytest.mark.parametrize("word, names", [
    ("Tomás", ("Tomás Ibarra Lugo",)),  # (a given name is no surname)
    ("Ibarra", ("Paula Ibarra-Soto",)),  # (a hyphened surname is one name)
    ("Rojas", ("Rojas Vidal",)),  # (two words: the first is the given name)
])
def test_near_misses(word, names):
    assert _copy(word, *names) is None


def test_without_full_names_only_the_last_word_counts():
    found = same_surname("Ibarra", [_Named("Tomás Ibarra Lugo")], lambda p: p.surname)
    assert found is None


@pytest.mark.slow
def test_the_resolver_copies_the_person_named_first_in_full(pipeline_coder):
    text = ("Rodrigo Salinas Pardo, a former foreign minister of Peru, died on Friday. His niece, Marta Salinas, "
            "said he had been ill. Mr. Salinas negotiated the border treaty with Ecuador.")
    names = [m.actor.name for m in text_mentions(pipeline_coder, text) if m.actor.text == "Mr. Salinas"]
    assert names == ["Rodrigo Salinas Pardo"], [(m.actor.text, m.actor.name) for m in text_mentions(pipeline_coder, text)]

"""Model loading and batched parsing: the only place that loads a spaCy pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventscope.errors import UserError

__all__ = ["ModelNotFound", "load_model", "parse"]


class ModelNotFound(UserError, RuntimeError):
    """The configured spaCy model is not installed."""


@cache
def load_model(name: str) -> Language:
    """Load a spaCy pipeline once per process (and per name)."""
    try:
        return spacy.load(name)
    except OSError as error:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed; run 'make install' or pip install it, "
            "or choose another with --model / EVENTSCOPE_MODEL"
        ) from error


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)

"""Word classes shared by the event coder's data files (data/wordclasses.yaml): a word list written once and named
by "$name" wherever a rule of triggers.yaml or senses.yaml needs it, so the two files cannot drift apart."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from eventscope.datafiles import DataModel, Lemma, bundled_file, load_data_file

CLASS_MARK = "$"  # "$nature" in a word list stands for the word class named nature


class WordClassFile(DataModel):
    """wordclasses.yaml: named word lists."""

    version: int = 1
    word_classes: dict[str, tuple[Lemma, ...]] = {}


@cache
def shared_word_classes() -> Mapping[str, tuple[str, ...]]:
    """The bundled shared word classes, by name."""
    path = bundled_file("eventscope.events", "data", "wordclasses.yaml")
    return load_data_file(path, WordClassFile).word_classes


def expand_words(words: Any, classes: Mapping[str, Any]) -> Any:
    """A word list with each "$name" replaced by the words of that class (other values as they are)."""
    if not isinstance(words, list):
        return words
    expanded: list[Any] = []
    for word in words:
        if isinstance(word, str) and word.startswith(CLASS_MARK):
            name = word[len(CLASS_MARK):]
            if name not in classes:
                raise ValueError(f"unknown word class {word!r} (word classes: {', '.join(sorted(classes))})")
            expanded.extend(classes[name])
        else:
            expanded.append(word)
    return expanded

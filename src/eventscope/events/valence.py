"""Words rated for valence: the VADER sentiment lexicon (the `vaderSentiment` wheel, MIT; about 7,500 English words
rated from -4 to +4 by ten people each), read from the installed package once per process.

The speech rules (speech.py) use it to widen speech.yaml's hand lists of criticism and praise: a word the lists
miss, strongly negative or positive, is one more word of judgement where the lists' words are (speech.yaml
`lexicon_criticism_threshold`, `lexicon_praise_threshold`, `lexicon_exclusions`). The lexicon stays in the wheel:
nothing of it is copied here."""

from __future__ import annotations

from functools import cache

from eventscope.datafiles import bundled_file

__all__ = ["judging_words", "valence_lexicon"]

_PACKAGE = "vaderSentiment"
_FILE = "vader_lexicon.txt"


@cache
def valence_lexicon() -> dict[str, float]:
    """Each word of the lexicon with its mean rating (-4 very negative .. +4 very positive). Only words of
    letters (with "-" or "'"): its emoticons and chat abbreviations name no judgement a news report makes."""
    text = bundled_file(_PACKAGE, _FILE).read_text(encoding="utf-8")
    ratings: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].replace("-", "").replace("'", "").isalpha():
            continue
        ratings[fields[0].lower()] = float(fields[1])
    return ratings


def judging_words(criticism: float | None, praise: float | None, excluded: frozenset[str],
                  known: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's words of criticism (rated -`criticism` or lower) and of praise (`praise` or higher; None:
    none of that kind), without the `excluded` ones (harm, happenings, feelings: they judge no one) and the
    `known` ones (the hand lists say what those are)."""
    if criticism is None and praise is None:
        return frozenset(), frozenset()  # (the lexicon is not even read)
    ratings = [(word, rating) for word, rating in valence_lexicon().items() if word not in excluded and word not in known]
    return (frozenset(w for w, r in ratings if criticism is not None and r <= -criticism),
            frozenset(w for w, r in ratings if praise is not None and r >= praise))

"""Finding actor codes by name: countries, organisations, groups, media and leaders of the dictionary.

"putin" finds RUSGOV (through his latest office), "taliban" finds AFGREBTAL, "russia" finds RUS: analysts
type names, filters take codes. A match on a whole name ranks first, then on a whole word, then on a word's
beginning, then anywhere; ties go to countries, then organisations and groups, then people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventscope.actors.dictionary import ActorDictionary

__all__ = ["ActorMatch", "actor_hint", "search_actors"]

_KIND_ORDER = {"state": 0, "organization": 1, "group": 1, "media": 2, "person": 3}


@dataclass(frozen=True, slots=True)
class ActorMatch:
    code: str
    name: str
    kind: str
    country: str | None
    matched: str  # the name or alias that matched
    detail: str  # why this code: "president of RUS 2012-05-07..now", "group (REB)"


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _score(query: str, name: str) -> int:
    candidate = _normal(name)
    if not candidate:
        return 0
    if candidate == query:
        return 4
    words = candidate.split()
    if query in words or f" {query} " in f" {candidate} ":
        return 3
    if any(word.startswith(query) for word in words) or candidate.startswith(query):
        return 2
    return 1 if len(query) >= 3 and query in candidate else 0


def _best(query: str, names: tuple[str, ...]) -> tuple[int, str]:
    return max(((_score(query, name), name) for name in names), default=(0, ""))


def search_actors(dictionary: ActorDictionary, text: str, limit: int = 20) -> list[ActorMatch]:
    """Dictionary actors whose name or an alias matches `text` (case and punctuation ignored), best first."""
    query = _normal(text)
    if not query:
        return []
    found: list[tuple[int, ActorMatch]] = []
    for country in dictionary.countries.values():
        score, matched = _best(query, (country.name, *country.aliases, *country.demonyms, country.code))
        if score:
            found.append((score, ActorMatch(country.code, country.name, "state", country.code, matched, "country")))
    for actor in dictionary.named:
        score, matched = _best(query, (actor.name, *actor.aliases, actor.code))
        if score:
            sectors = f" ({', '.join(actor.sectors)})" if actor.sectors else ""
            found.append((score, ActorMatch(actor.code, actor.name, actor.kind, actor.country, matched,
                                            f"{actor.kind}{sectors}")))
    for person in dictionary.people:
        score, matched = _best(query, (person.name, *person.aliases))
        if not score:
            continue
        tenure = person.office_on(None)
        if tenure is None:
            continue
        code = tenure.organization.code if tenure.organization else dictionary.code_for(tenure.country, ["GOV"])
        detail = f"{tenure.office} of {tenure.holder} {tenure.start}..{tenure.end or 'now'}"
        found.append((score, ActorMatch(code, person.name, "person", person.home_country, matched, detail)))
    found.sort(key=lambda pair: (-pair[0], _KIND_ORDER.get(pair[1].kind, 4), pair[1].name))
    seen: set[tuple[str, str]] = set()
    results = []
    for _, match in found:
        if (match.code, match.name) not in seen:
            seen.add((match.code, match.name))
            results.append(match)
    return results[:limit]


def actor_hint(dictionary: ActorDictionary, names: list[str]) -> str | None:
    """For actor filters that found nothing: the codes their words may have meant, as one line; None when
    every filter already looks like a code the dictionary knows."""
    hints = []
    for name in names:
        matches = [m for m in search_actors(dictionary, name, limit=4) if not m.code.startswith(name.upper())]
        if matches:
            hints.append(f"{name!r} is not a code; did you mean " + ", ".join(f"{m.code} ({m.name})" for m in matches) + "?")
    return " ".join(hints) or None

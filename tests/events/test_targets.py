"""Whom an act is aimed at (events/roles/, actors/completion/targets.py target_sectors): a thing or an act a state owns
stands for its government or armed forces, force used on a place where people are is aimed at the victims its
participle counts, an actor's own things moved or opened for others are aimed at the party they serve, a thing
moved to a named party is no party itself, and the plain ways a target is named; an invented set of sentences with near misses
(target_cases.yaml)."""

from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent / "target_cases.yaml").read_text(encoding="utf-8"))
# share of the cases coded with an event of the type aimed at an actor of the expected country and first sector
# (article reading; measured 2026-12-04: 68/68; main before these rules 39 of the first 64, and 65/68 with all but
# the own-thing rule)
MIN_AIMED = 0.95
# near misses with an event of the type aimed at a code the case does not list (measured: 0/53; main before the
# moved-thing rule: 4/34; session 16, main before the rules of a judged act's doer and of a judgement's forum: 11/53)
MAX_WRONG_TARGETS = 1


def _code(actor) -> str:
    return (actor.country or "") + (actor.sectors[0] if actor.sectors else "")


def test_the_set_is_well_formed():
    assert len(CASES["cases"]) >= 60 and len(CASES["near_misses"]) >= 25
    rows = CASES["cases"] + CASES["near_misses"]
    assert all(len(row) == 3 and all(isinstance(x, str) for x in row) for row in rows)
    texts = [row[-1] for row in rows]
    assert len(set(texts)) == len(texts)


@pytest.mark.slow
def test_acts_are_aimed_at_the_actor_behind_the_words(article):
    aimed = []
    for kind, code, text in CASES["cases"]:
        events = [e for e in article.code_text(text).events if e.event.plover == kind]
        aimed.append(any(_code(a) == code for e in events for a in e.target))
    assert sum(aimed) / len(aimed) >= MIN_AIMED, [c[-1] for c, ok in zip(CASES["cases"], aimed) if not ok]


@pytest.mark.slow
def test_near_misses_keep_their_targets(article):
    wrong = []
    for kind, codes, text in CASES["near_misses"]:
        allowed = set() if codes == "-" else set(codes.split())
        events = [e for e in article.code_text(text).events if e.event.plover == kind]
        if any(_code(a) not in allowed for e in events for a in e.target if a.country):
            wrong.append(text)
    assert len(wrong) <= MAX_WRONG_TARGETS, wrong

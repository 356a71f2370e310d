"""Sectors of actors on the real model: every sentence of data/sector_cases.yaml, as CODEBOOK "Actor codes"
codes them (the country, then the sector). `cases` are the sector rules at work (an office any body has takes
that body's sector, a body's word before another sector word gives way to it, a party's members in a legislature
are legislators, a leader elected but not yet sworn in holds the office, family words as clergy titles, students
and teachers, criminals by what they do, media and government bodies by kind, a body's possessive before an
office, a name once written with its body's word, a sector word ending a name is a surname, an office sought
names no one, an armed group's agents, a body's committee, someone's deputy, what
the words of an unknown organisation's name say it is); `near_misses` look alike and must
keep their sector. The sentences were written for this test; none comes from the development data or the gold
sets. Measured when the rules landed: every case and every near miss right; the floors leave room for a model
that parses a sentence or two differently."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from eventscope.records import Article

DATA = yaml.safe_load((Path(__file__).parent / "data" / "sector_cases.yaml").read_text(encoding="utf-8"))


def _code_of(coder, case: dict) -> str | None:
    published = case.get("published")
    article = Article(id="case", text=case["text"],
                      published=published if isinstance(published, date) or published is None
                      else date.fromisoformat(published))
    context = coder.context(article, coder.nlp(case["text"]))
    return next((m.actor.code for m in context.mentions if m.actor.text == case["actor"]), None)


def _misses(coder, cases: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(c["actor"], c["code"], got) for c in cases if (got := _code_of(coder, c)) != c["code"]]


def test_the_case_set_is_large_enough():
    assert len(DATA["cases"]) >= 80 and len(DATA["near_misses"]) >= 20


@pytest.mark.slow
def test_the_sector_rules_code_the_cases(pipeline_coder):
    misses = _misses(pipeline_coder, DATA["cases"])
    assert len(misses) <= 2, misses  # measured: 0 of 126 (session 34: 2 of 128, the Brigade and the rebel coalition, as on main)


@pytest.mark.slow
def test_near_misses_keep_their_sector(pipeline_coder):
    misses = _misses(pipeline_coder, DATA["near_misses"])
    assert len(misses) <= 1, misses  # measured: 0 of 45 (session 34: 0 of 47)


@pytest.mark.slow
def test_a_leader_s_name_before_a_lookalike_noun_names_no_leader(pipeline_coder):
    """(session 34) "a Kim Jong Un double" looks like the leader and is not him; the leader named alone stays."""
    def codes(text: str) -> list[str | None]:
        article = Article(id="case", text=text, published=date(2025, 3, 1))
        return [m.actor.code for m in pipeline_coder.context(article, pipeline_coder.nlp(text)).mentions]

    assert "PRKGOV" not in codes("A Kim Jong Un double declared war on the buffet at the convention.")
    assert "RUSGOV" not in codes("The Putin lookalike shook hands with a waiter in Leeds.")
    assert "PRKGOV" in codes("Kim Jong Un doubled the rations of the army on Tuesday.")

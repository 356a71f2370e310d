"""Which kind of page an article is, as the page itself labels it: the desk of a paper it was filed under
("Music | Opera", "By Sam Reed, Football Correspondent"). A page from a desk that covers no politics is no
political page (`ArticleProfile.is_political`), whatever words of politics its story carries (a debating union's
"opposition", an opera's coup, a museum's "refused to return"). The data (pagekind.yaml) says which desks and
how a label looks; this module finds the label lines at the top of the page and reads them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import Field

from eventscope.datafiles import DataModel, Lemma, bundled_file, load_data_file
from eventscope.records import Article

__all__ = ["DeskRules", "load_desks", "page_desk"]

_WORDS = re.compile(r"[^\W\d_]+")


class PageKindFile(DataModel):
    """The data of pagekind.yaml."""

    head_lines: int = Field(8, ge=1)
    story_words: int = Field(12, ge=1)
    label_words: int = Field(4, ge=1)
    role_nouns: frozenset[Lemma] = frozenset()
    desks: dict[str, frozenset[Lemma]] = {}


@dataclass(frozen=True)
class DeskRules:
    """How a desk label looks and which desks cover no politics (`desk_of`: a label's word -> its desk)."""

    head_lines: int = 8
    story_words: int = 12
    label_words: int = 4
    role_nouns: frozenset[str] = frozenset()
    desk_of: dict[str, str] = field(default_factory=dict)


@cache
def load_desks(path: Path | None = None) -> DeskRules:
    """The rules of the bundled pagekind.yaml (or of `path`)."""
    data = load_data_file(path or bundled_file("eventscope.events", "data", "pagekind.yaml"), PageKindFile)
    return DeskRules(data.head_lines, data.story_words, data.label_words, data.role_nouns,
                     {word: desk for desk, words in data.desks.items() for word in words})


def _head_lines(article: Article, rules: DeskRules) -> list[str]:
    """The short lines above the story's first paragraph, without the headline (the title's line, or the first
    line of a page given no title: a headline's words tell the story's topic, not the desk)."""
    lines = [s for s in (line.strip() for line in article.text.split("\n", rules.head_lines + 1)) if s]
    title = (article.title or "").strip()
    if lines and (lines[0] == title or not title) and "|" not in lines[0]:
        lines = lines[1:]
    head: list[str] = []
    for line in lines[:rules.head_lines]:
        if len(line.split()) >= rules.story_words:
            break
        head.append(line)
    return head


def _label_words(line: str, rules: DeskRules) -> list[str]:
    """The words of a line that may name a desk: each short part of a line cut by "|" ("The Art Ledger | Museums"),
    a short line whole ("Science"), and the one or two words before a byline's role noun ("Sports Reporter")."""
    words = [w.lower() for w in _WORDS.findall(line)]
    found = [w for i, w in enumerate(words) if w in rules.role_nouns for w in words[max(i - 2, 0):i]]
    parts = line.split("|") if "|" in line else [line]
    for part in parts:
        if not part.rstrip().endswith(".") and len(part.split()) <= rules.label_words:
            found.extend(w.lower() for w in _WORDS.findall(part))
    return found


def page_desk(article: Article, rules: DeskRules) -> str | None:
    """The desk that covers no politics which the page's label names, if any. Labels naming two such desks are
    a site's menu ("Home | World | Sport | Culture"), no page's own desk."""
    if not rules.desk_of:
        return None
    desks = {rules.desk_of[word] for line in _head_lines(article, rules) for word in _label_words(line, rules)
             if word in rules.desk_of}
    return desks.pop() if len(desks) == 1 else None

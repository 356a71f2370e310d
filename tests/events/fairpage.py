"""A political page's opening (a minister at a fair, his government's plan) for tests of one sentence read after it:
the page is political, so whatever the sentence keeps or drops is that sentence's own doing, not the page gate's."""
from __future__ import annotations

LEAD = "Belgium's trade minister opened the food fair in Brussels on Monday. " \
       "The minister said the Belgian government would cut export taxes next year. "


def acts_after_lead(article, text: str) -> list[tuple[str, str | None, list[str | None]]]:
    """(PLOVER type, source code, target codes) of each event coded in `text` read after LEAD by `article` (the
    whole-article pipeline fixture)."""
    events = article.code_text(LEAD + text).events
    return [(e.event.plover, e.source[0].code if e.source else None, [t.code for t in e.target]) for e in events
            if e.sentence_index == 2]

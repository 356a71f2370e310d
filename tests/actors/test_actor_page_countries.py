"""Whose country, on whole pages (session 28): the actors of tests/articles/context.jsonl, coded by hand in
data/page_countries.yaml, on the real model. The pages are kinds where the page's place is not its actors'
country: a venue abroad, a summit's host, a ministry's or a newspaper's own voice, a factbox or briefing of one item
per country, a liveblog, a report filed from a neighbouring capital, exiles, a visit, "both sides". The pages were
written for eventscope; none comes from the development data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from eventscope.records import Article

HERE = Path(__file__).parent
CHECKS = yaml.safe_load((HERE / "data" / "page_countries.yaml").read_text(encoding="utf-8"))["pages"]
PAGES = {
    page["id"]: page
    for page in map(json.loads, (HERE.parent / "articles" / "context.jsonl").read_text(encoding="utf-8").splitlines())
}
# The share of checks right: 53 of 87 on main 390b650 when the pages were written, 60 after the item headers and the
# capitalised short names, 62 after the host of talks abroad (session 28); 65 on main bf2e83e, 69 after the guest,
# the host and "its neighbour" name the other party of a visit or a border (session 31).
REQUIRED = 0.78


def _codes(mentions, wanted: str, occurrence: int) -> list[str]:
    # (the words checked, or a mention that opens with them: "Soldiers" is "Soldiers in Guinea-Bissau")
    spans = sorted({(m.actor.start, m.actor.end) for m in mentions if m.actor.text.lower() == wanted.lower()}) or sorted(
        {(m.actor.start, m.actor.end) for m in mentions if m.actor.text.lower().startswith(wanted.lower() + " ")})
    if len(spans) < occurrence:
        return []
    span = spans[occurrence - 1]
    return [m.actor.code for m in mentions if (m.actor.start, m.actor.end) == span]


def test_every_page_has_checks():
    assert set(CHECKS) == set(PAGES)
    assert sum(len(checks) for checks in CHECKS.values()) >= 60


@pytest.mark.slow
def test_whose_country_on_whole_pages(pipeline_coder):
    right, failures = 0, []
    for page_id, checks in CHECKS.items():
        page = PAGES[page_id]
        article = Article(id=page_id, text=page["text"], title=page["title"], published=page["published"])
        mentions = pipeline_coder.context(article, pipeline_coder.nlp(page["text"])).mentions
        for check in checks:
            codes = _codes(mentions, check["mention"], check.get("occurrence", 1))
            if codes == check["codes"]:
                right += 1
            else:
                failures.append(f"{page_id} {check['mention']!r}: want {check['codes']}, got {codes}")
    share = right / sum(len(checks) for checks in CHECKS.values())
    assert share >= REQUIRED, f"{share:.0%} right:\n" + "\n".join(failures)

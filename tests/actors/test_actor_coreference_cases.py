"""Who a mention refers to, on the real model: at least 90% of the checks in data/coreference_cases.yaml right,
and every near miss among them (a pronoun of the other gender or number, a wrong bearer of a title) avoided but
at most a few. The texts were written for this test; none comes from the development data or the gold sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventscope.actors.antecedents import antecedents, load_coreference
from eventscope.records import ActorMention, Article

CASES = yaml.safe_load((Path(__file__).parent / "data" / "coreference_cases.yaml").read_text(encoding="utf-8"))["cases"]
REQUIRED = 0.9
COREFERENCE = load_coreference().words  # the words coreference reads (coreference.yaml)


def _mention_codes(mentions: list[ActorMention], words: str, occurrence: int) -> list[str]:
    spans = sorted({(m.actor.start, m.actor.end) for m in mentions if m.actor.text == words})
    if len(spans) < occurrence:
        return []
    return [m.actor.code for m in mentions if (m.actor.start, m.actor.end) == spans[occurrence - 1]]


def _pronoun_countries(doc, mentions: list[ActorMention], word: str, occurrence: int) -> list[str]:
    tokens = [t for t in doc if t.text == word]
    if len(tokens) < occurrence:
        return []
    return sorted({m.actor.country for m in antecedents(tokens[occurrence - 1], mentions, coreference=COREFERENCE) if m.actor.country})


def results(coder) -> list[tuple[bool, bool, str]]:
    """(right, near miss, what was found) for every check."""
    out = []
    for case in CASES:
        text = case["text"]
        doc = coder.nlp(text)
        mentions = coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
        for check in case["checks"]:
            occurrence = check.get("occurrence", 1)
            if "pronoun" in check:
                got = _pronoun_countries(doc, mentions, check["pronoun"], occurrence)
                wanted = sorted(check.get("countries", []))
            else:
                got = _mention_codes(mentions, check["mention"], occurrence)
                wanted = check.get("codes", [])
            near_miss = "not" in check
            right = not set(got) & set(check["not"]) if near_miss else got == wanted
            out.append((right, near_miss, f"{check} in {text!r}: got {got}"))
    return out


def test_the_case_file_is_large_enough():
    checks = [check for case in CASES for check in case["checks"]]
    assert sum("not" not in check for check in checks) >= 50
    assert sum("not" in check for check in checks) >= 20


@pytest.mark.slow
def test_mentions_refer_to_the_right_actor_in_at_least_90_percent_of_the_checks(pipeline_coder):
    found = results(pipeline_coder)
    failures = [what for right, _, what in found if not right]
    share = 1 - len(failures) / len(found)
    assert share >= REQUIRED, f"{share:.0%} right:\n" + "\n".join(failures)
    near_misses = [what for right, near_miss, what in found if near_miss and not right]
    assert len(near_misses) <= 2, "\n".join(near_misses)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "owner", "code"), [
    ("NATO defence ministers met on Thursday. Poland's defence minister asked for more air defence systems. "
     "The alliance's secretary general praised Poland for its spending.", "secretary general", "IGONATO"),
    ("African Union envoys arrived in Khartoum on Monday. Sudan's army chief met them at the airport. "
     "The bloc's special envoy called for a ceasefire.", "special envoy", "IGOAU"),
])
def test_an_office_of_a_body_named_again_is_the_body_not_the_last_state(pipeline_coder, text, owner, code):
    # (session 22) "the alliance's secretary general" after a state's minister: the alliance's, coded as it
    doc = pipeline_coder.nlp(text)
    mentions = pipeline_coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
    assert _mention_codes(mentions, owner, 1) == [code]

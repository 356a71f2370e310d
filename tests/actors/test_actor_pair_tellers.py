"""Session 31 (speech31): an offer to mediate "between the two parties" told in reported speech ("Kenya said it was
ready to mediate between the two parties", "President Ruto said Kenya was ready ...") is aimed at both parties named
before: the one who speaks is no side, whether it is the subject above the phrase, the speaker of that subject's
pronoun, or the same party named again in the sentence (completion/referring.py). The sentences were written for this
test."""

from __future__ import annotations

import pytest

FIGHTING = "Fighting between Ethiopia and Eritrea flared again on the border on Monday. "


def _offer_targets(article, text):
    events = article.code_text(FIGHTING + text).events
    return [{a.country for a in e.target} for e in events if e.sentence_index > 0 and e.event.cameo.startswith("03")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kenya said it was ready to mediate between the two parties.",
    "President William Ruto said Kenya was ready to mediate between the two sides.",
    "The Kenyan president said he was ready to mediate between both parties.",
])
def test_a_teller_of_an_offer_is_no_side(article, text):
    targets = _offer_targets(article, text)
    assert targets and {"ETH", "ERI"} in targets, targets


@pytest.mark.slow
def test_a_side_named_as_the_one_urged_stays(article):
    # (a near miss: the speaker is no side, the parties named before still are)
    targets = _offer_targets(article, "Kenya offered to mediate between the two sides.")
    assert {"ETH", "ERI"} in targets, targets

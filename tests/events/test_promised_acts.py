"""What a promise is by the act promised (triggers.yaml: pledge, promise, vow): a promise to criticise, sue or refuse
is no intent to cooperate, the act promised is coded itself (future); a promise to help is AGREE, a promise of harm a
threat (invented sentences)."""

import pytest

pytestmark = pytest.mark.slow


def _events(coder, text: str) -> list[tuple[str | None, str, str]]:
    return [(e.event.plover, e.trigger.text, e.modality) for e in coder.code_text(text).events]


@pytest.mark.parametrize(("text", "promised"), [
    ("Opposition lawmakers in Freedonia vowed to block the government's budget bill.", ("REJECT", "block")),
    ("The Freedonian opposition party vowed to challenge the electoral commission's ruling in court.",
     ("ACCUSE", "challenge")),
    ("The ruling party's leader in Freedonia promised to override the governor's veto next week.",
     ("REJECT", "override")),
])
def test_a_promise_to_refuse_or_criticise_codes_the_act_promised_not_an_agreement(article, text, promised):
    events = _events(article, text)
    assert not any(plover == "AGREE" for plover, _, _ in events)
    assert (*promised, "future") in events


@pytest.mark.parametrize(("text", "plover"), [
    ("The Freedonian government vowed to help the flood victims in Sylvania.", "AGREE"),
    ("The rebels in Freedonia vowed to attack government positions across the north.", "THREATEN"),
])
def test_a_promise_to_help_is_an_agreement_and_a_promise_of_harm_a_threat(article, text, plover):
    assert any(p == plover and trigger == "vowed" for p, trigger, _ in _events(article, text))

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


@pytest.mark.parametrize(("text", "promised"), [
    ("The Freedonian government vowed to impose tariffs on Sylvanian steel.", ("SANCTION", "impose tariffs")),
    ("Freedonia's opposition leader vowed to quit the regional human rights convention.", ("SANCTION", "quit")),
    ("Protesters in Freedonia vowed to keep the roadblocks in place until the fuel tax is repealed.",
     ("PROTEST", "roadblocks")),
])
def test_a_vow_to_sanction_or_protest_codes_the_act_vowed_not_a_threat(article, text, promised):
    # (session 34) the tuning gold's vows of a protest or sanction are that act, future (codebook: an act announced
    # keeps its type); the vow's "to 14"/"to 16" embeds are plain statements
    events = _events(article, text)
    assert not any(plover in ("THREATEN", "AGREE") for plover, _, _ in events)
    assert any(p == promised[0] and t.startswith(promised[1]) and m == "future" for p, t, m in events)


@pytest.mark.parametrize(("text", "plover", "trigger"), [
    ("The Freedonian president threatened to impose sanctions on Sylvania.", "THREATEN", "threatened"),
    ("Iran vowed to retaliate against Israel for the border raid.", "THREATEN", "vowed"),
    ("The Freedonian minister vowed to work with the new mayor of the capital.", "AGREE", "vowed"),
    ("Japan pledged aid to the Philippines after the earthquake.", "AGREE", "pledged aid"),
    ("The Freedonian prime minister pledged not to impose new tariffs on Sylvania.", "AGREE", "pledged"),
])
def test_a_threat_to_sanction_a_vow_of_force_and_a_promise_to_help_stay_the_speaker_s(article, text, plover, trigger):
    events = _events(article, text)
    assert any(p == plover and t == trigger for p, t, _ in events)
    assert not any(p == "SANCTION" and m == "future" for p, _, m in events)

"""The modality test set (modality_cases.yaml): at least 60 sentences written for eventscope, coded
through the whole pipeline; the coder must get the modality right for at least 90% of them. The modality is
read on every event the rules find (`reading_coder`): a lone sentence then keeps only its main act
("refused to sign" is the REJECT, tests/events/test_selection.py), an article the refused act too."""

from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent / "modality_cases.yaml").read_text(encoding="utf-8"))


def test_the_modality_set_is_large_and_covers_every_modality():
    assert len(CASES) >= 60
    assert {case["modality"] for case in CASES} == {"asserted", "negated", "future", "hypothetical", "historical"}


def modality_found(coder, case) -> str | None:
    """Modality of the event whose trigger contains the case's word (None when no such event)."""
    events = coder.code_text(case["text"]).events
    word = case["trigger"].lower()
    matching = [e for e in events if word in e.trigger.text.lower()]
    if not matching:
        return None
    wanted = [e for e in matching if e.modality == case["modality"]]
    return (wanted or matching)[0].modality


@pytest.mark.slow
def test_modality_is_right_for_at_least_90_percent(reading_coder):
    failures = []
    for case in CASES:
        found = modality_found(reading_coder, case)
        if found != case["modality"]:
            failures.append(f"{case['text']!r} [{case['trigger']}]: expected {case['modality']}, got {found}")
    accuracy = 1 - len(failures) / len(CASES)
    assert accuracy >= 0.90, f"modality accuracy {accuracy:.2f}:\n" + "\n".join(failures)

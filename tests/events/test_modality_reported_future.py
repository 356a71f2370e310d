"""A moved-back "will" in a report goes on through the report's "and": "said the union had filed its papers and would
challenge the ban in court" tells a plan (future), as "said it would challenge the ban" does; a condition on it keeps
it hypothetical. (events/modality.py `_reported_future`; sentences written for eventscope.)"""

import pytest


def modality_of(coder, text: str, word: str) -> str | None:
    events = [e for e in coder.code_text(text).events if word in e.trigger.text.lower()]
    return events[0].modality if events else None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "modality"), [
    ("The teachers' union said it had filed its papers and would challenge the ban in the High Court.", "challenge",
     "future"),
    ("Greenpeace said the permit had been granted in secret and would challenge the ministry in the Supreme Court.",
     "challenge", "future"),
    ("The union said it would challenge the ban in the High Court.", "challenge", "future"),
    # a condition makes it a possibility, however it is reported
    ("The union said it had filed its papers and would challenge the ban in court if the ministry refused to lift it.",
     "challenge", "hypothetical"),
])
def test_would_in_a_report_goes_on_through_and(reading_coder, text, word, modality):
    assert modality_of(reading_coder, text, word) == modality

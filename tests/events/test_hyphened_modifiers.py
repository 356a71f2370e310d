"""A participle hyphened to the name before it ("Russian-backed separatists", "an army-backed party", "a
Qatar-brokered truce") names its noun by who backs or made it: no act of its own (session 25,
events/matching.py `_hyphened_modifier`); the same verbs told as acts stay. Invented article."""

import pytest

pytestmark = pytest.mark.slow

TEXT = ("Shelling resumes in the east as truce frays\n"
        "Russian-backed separatists shelled the town of Marinka on Monday, local officials said.\n"
        "The talks were held under a Qatar-brokered truce, and the Iran-backed Houthis fired missiles at two ships.\n"
        "In 2022, army-backed candidates won every seat in the northern provinces.\n"
        "The United States backed the government's plan on Tuesday.")


def test_hyphened_participles_are_no_events_and_the_acts_stay(pipeline_coder):
    events = pipeline_coder.code_text(TEXT, title=TEXT.split("\n")[0]).events
    told = [(e.sentence_index, e.trigger.text, e.event.plover) for e in events]
    assert not [t for t in told if t[0] in (1, 2, 3) and t[1] in ("backed", "brokered")], told
    assert (4, "backed", "SUPPORT") in told, told
    assert (1, "shelled", "ASSAULT") in told, told

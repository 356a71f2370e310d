"""The news day (dates.DateResolver._news_day): a headline in the present tells the news of the day the lead names
(a day of the week before publication, or its own, on the main clause of one of the first sentences, told in the
simple past), not the publication day; no news day from a byline's dated line, a day further back, two days at once,
or a lead that names none. Small articles written for these tests, coded through the pipeline; published on Thursday
16 May 2024."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.dates import codebook_date
from eventscope.records import Event

pytestmark = pytest.mark.slow
THURSDAY = date(2024, 5, 16)
TITLE = "Hungary blocks sanctions on Moscow"


def headline_event(pipeline_coder, lead: str) -> Event:
    """The headline's event of an article with TITLE as its headline and `lead` as its first paragraph."""
    text = f"{TITLE}\n\n{lead}\n\nPoland accused Budapest of shielding Moscow."
    events = pipeline_coder.code_text(text, published=THURSDAY, title=TITLE).events
    return next(e for e in events if e.trigger.text.startswith("blocks"))


@pytest.mark.parametrize("lead", [
    "Hungary blocked the sanctions package at a meeting of ambassadors in Brussels late on Wednesday.",
    "Hungary blocked the sanctions package at a meeting of ambassadors in Brussels on Wednesday, diplomats said.",
    "By Ana Lungu\nMay 16, 2024\n\nHungary blocked the sanctions package at a meeting of ambassadors in Brussels on "
    "Wednesday.",
])
def test_a_present_headline_tells_the_news_of_the_day_the_lead_names(pipeline_coder, lead):
    event = headline_event(pipeline_coder, lead)
    assert (codebook_date(event), event.modality, event.date_reason) == ("2024-05-15", "asserted", "news day")


@pytest.mark.parametrize("lead", [
    "Hungary blocked the sanctions package at a meeting of ambassadors in Brussels, diplomats said.",
    "By Ana Lungu\nMay 15, 2024\n\nHungary blocked the sanctions package at a meeting of ambassadors in Brussels.",
    "Hungary blocked the sanctions package at a meeting of ambassadors in Brussels on May 2.",
    "Hungary blocked the sanctions package at a meeting of ambassadors in Brussels on Monday or Tuesday.",
    "Hungary has blocked the sanctions package since Wednesday, diplomats said.",
])
def test_without_a_day_the_lead_names_for_its_news_a_headline_tells_the_publication_day(pipeline_coder, lead):
    event = headline_event(pipeline_coder, lead)
    assert (codebook_date(event), event.date_reason) == ("2024-05-16", "headline")


LEAD = "Hungary blocked the sanctions package at a meeting of ambassadors in Brussels on Wednesday."


def body_event(pipeline_coder, lead: str, body: str, trigger: str) -> Event:
    """The event at `trigger` in `body`, a paragraph after the lead."""
    text = f"{TITLE}\n\n{lead}\n\n{body}"
    events = pipeline_coder.code_text(text, published=THURSDAY, title=TITLE).events
    return next(e for e in events if e.trigger.text.startswith(trigger))


@pytest.mark.parametrize("body", [
    "Poland accused Budapest of shielding Moscow.",
    # the lead's own day named again is no other day
    "Sweden criticised Wednesday's veto. Poland accused Budapest of shielding Moscow.",
])
def test_an_act_of_the_story_told_in_the_simple_past_without_a_day_is_of_the_news_day(pipeline_coder, body):
    # (session 30) the body goes on with the news the lead dated
    event = body_event(pipeline_coder, LEAD, body, "accused")
    assert (codebook_date(event), event.modality, event.date_reason) == ("2024-05-15", "asserted", "news day")


@pytest.mark.parametrize(("lead", "body", "trigger"), [
    (LEAD, "Poland has accused Budapest of shielding Moscow.", "accused"),
    # another day named after the lead's: the story may have moved on to it
    (LEAD, "Poland summoned the Hungarian envoy on Thursday. Lithuania accused Budapest of shielding Moscow.", "accused"),
    (LEAD, "Poland, which accused Budapest of shielding Moscow, asked for a vote.", "accused"),
    ("Hungary blocked the sanctions package at a meeting of ambassadors in Brussels, diplomats said.",
     "Poland accused Budapest of shielding Moscow.", "accused"),
])
def test_a_perfect_a_relative_clause_or_a_lead_without_a_day_tell_no_news_day(pipeline_coder, lead, body, trigger):
    event = body_event(pipeline_coder, lead, body, trigger)
    assert event.date_reason != "news day"


@pytest.mark.parametrize(("body", "trigger"), [
    ("Poland said it would veto any budget that funded the Hungarian project.", "veto"),
    ("Poland's foreign minister said he would not hesitate to sue Budapest if the vote stood.", "sue"),
])
def test_a_threat_told_under_a_modal_is_of_the_day_it_was_told(pipeline_coder, body, trigger):
    # (session 31) the threat is made in the telling ("said ... would veto"), which the story's news day dates
    event = body_event(pipeline_coder, LEAD, body, trigger)
    assert (event.event.plover, codebook_date(event), event.date_reason) == ("THREATEN", "2024-05-15", "news day")


def test_a_plan_told_under_a_modal_stays_to_come(pipeline_coder):
    # (a near miss: a plan with no condition is the act to come, not dated by the telling's day)
    event = body_event(pipeline_coder, LEAD, "Poland said it would expel the Hungarian ambassador.", "expel")
    assert event.modality == "future" and event.date_reason != "news day"

"""actors/offices.py: a leader out of office at publication is coded in the office held when the act happened.
Inputs by hand: an invented leader with two terms, and drafts as the when stage dates them."""

from dataclasses import replace
from datetime import date

import pytest

from eventscope.actors.dictionary import Person, Tenure
from eventscope.actors.offices import OfficesAtTheTime
from eventscope.records import Actor, EventDraft, EventType, Span

PUBLISHED = date(2013, 4, 10)
# an invented Croatian who was foreign minister, then prime minister, and has been out of office since 2006
KOVAC = Person("Ana Kovac", ("Kovac",), (
    Tenure("HRV", "foreign minister", date(1992, 3, 1), date(1996, 6, 30)),
    Tenure("HRV", "prime minister", date(1998, 1, 15), date(2006, 2, 1)),
))


@pytest.fixture(scope="module")
def offices(dictionary):
    return OfficesAtTheTime(replace(dictionary, people=(KOVAC,)))


def elite(reason="leader: Ana Kovac, no office on 2013-04-10", name="Ana Kovac"):
    return Actor(text="Kovac", start=0, end=5, name=name, country="HRV", sectors=["ELI"], code="HRVELI",
                 kind="person", reason=reason)


def draft(source, modality="asserted"):
    return EventDraft(article_id="a", sentence_index=0, event=EventType(plover="REJECT", cameo="120", cameo_root="12", quad_class=3,
                                                                    goldstein=-4.0),
                      trigger=Span(text="refused", start=6, end=13), trigger_token=1, source=[source], target=[],
                      modality=modality, attribution=[], evidence=Span(text="Kovac refused.", start=0, end=14),
                      confidence=0.9)


def recoded(offices, actor, when, modality="asserted"):
    event = draft(actor, modality)
    offices.recode(event, when, PUBLISHED)
    return event.source[0].code


def test_a_dated_act_takes_the_office_held_that_day(offices):
    assert recoded(offices, elite(), {"date": date(2001, 5, 3), "date_precision": "day", "modality": "historical"}) \
        == "HRVGOV"


def test_a_year_or_month_within_one_term_is_enough(offices):
    assert recoded(offices, elite(), {"date": date(1999, 1, 1), "date_precision": "year"}) == "HRVGOV"
    assert recoded(offices, elite(), {"date": date(1994, 11, 1), "date_precision": "month"}) == "HRVGOV"


def test_a_date_outside_every_term_keeps_the_elite(offices):
    # between the two terms, and after the last: out of office then as now
    assert recoded(offices, elite(), {"date": date(1997, 5, 3), "date_precision": "day"}) == "HRVELI"
    assert recoded(offices, elite(), {"date": date(2012, 12, 1), "date_precision": "month"}) == "HRVELI"


def test_an_undated_act_told_as_background_takes_the_last_office(offices):
    actor = recoded(offices, elite(), {"date": None, "date_precision": "unknown"}, modality="historical")
    assert actor == "HRVGOV"
    # an undated act told as news is what the elite does now
    assert recoded(offices, elite(), {"date": None, "date_precision": "unknown"}) == "HRVELI"


def test_a_former_office_holder_undated_stays_an_elite_but_not_when_dated_in_office(offices):
    former = "leader: Ana Kovac, no office on 2013-04-10 (former)"
    assert recoded(offices, elite(former), {"date": None, "date_precision": "unknown"}, "historical") == "HRVELI"
    # "former prime minister Kovac signed the accord in 2003": the act is of the prime minister
    assert recoded(offices, elite(former), {"date": date(2003, 1, 1), "date_precision": "year"}) == "HRVGOV"


def test_a_mention_that_refers_back_to_the_leader_is_recoded_too(offices):
    she = elite(reason="coreference: she -> Ana Kovac")
    event = draft(she, "historical")
    offices.recode(event, {"date": date(2004, 6, 1), "date_precision": "month"}, PUBLISHED)
    assert event.source[0].code == "HRVGOV" and "in office then: prime minister" in event.source[0].reason


def test_people_the_file_does_not_list_and_office_holders_are_left_alone(offices):
    stranger = elite(name="Ivo Horvat")
    assert recoded(offices, stranger, {"date": date(2001, 5, 3), "date_precision": "day"}) == "HRVELI"
    minister = elite().revised(sectors=["GOV"], code="HRVGOV")
    event = draft(minister)
    offices.recode(event, {"date": date(1997, 5, 3), "date_precision": "day"}, PUBLISHED)
    assert event.source[0] is minister

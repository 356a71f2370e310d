import json

import pytest
from pydantic import ValidationError

from eventscope.errors import BadValue
from eventscope.ontology import load_ontology
from eventscope.records import (
    UNRESOLVED_PHRASE,
    Actor,
    Article,
    Event,
    Location,
    Span,
    bare_phrase,
    from_phrase_words,
    iso_date,
    refers_back,
)


def make_event() -> Event:
    text = "Russian President Vladimir Putin visited China on Thursday."
    return Event(
        id=Event.make_id("a1", 0, 32, 39, "042"),
        article_id="a1",
        sentence_index=0,
        date="2024-05-16",
        date_precision="day",
        date_text="Thursday",
        event=load_ontology().event_type("042"),
        trigger=Span(text="visited", start=32, end=39),
        source=[Actor(text="Russian President Vladimir Putin", start=0, end=31, name="Vladimir Putin",
                      country="RUS", sectors=["GOV"], code="RUSGOV", kind="person", reason="leader")],
        target=[Actor(text="China", start=40, end=45, name="China", country="CHN", code="CHN", kind="state")],
        modality="asserted",
        location=Location(text="China", start=40, end=45, name="China", country="CHN", precision="country"),
        evidence=Span(text=text, start=0, end=len(text)),
        confidence=0.9,
    )


def test_event_json_round_trip_is_lossless():
    event = make_event()
    again = Event.model_validate_json(event.model_dump_json())
    assert again == event
    payload = json.loads(event.model_dump_json())
    assert payload["event"]["plover"] == "CONSULT"
    assert payload["event"]["mode"] == "visit"
    assert payload["event"]["quad_class"] == 1
    assert payload["source"][0]["code"] == "RUSGOV"


def test_event_id_is_stable_and_sensitive_to_its_parts():
    assert Event.make_id("a1", 0, 32, 39, "042") == Event.make_id("a1", 0, 32, 39, "042")
    assert Event.make_id("a1", 0, 32, 39, "042") != Event.make_id("a1", 0, 32, 39, "043")
    assert Event.make_id("a1", 0, 32, 39, "042") != Event.make_id("a1", 1, 32, 39, "042")


def test_article_id_is_a_content_hash():
    assert Article.make_id("Same text.") == Article.make_id("Same text.")
    assert Article.make_id("Same text.") != Article.make_id("Other text.")


def test_records_refuse_unknown_fields_and_bad_values():
    with pytest.raises(ValidationError):
        Span(text="x", start=-1, end=1)
    with pytest.raises(ValidationError):
        Event.model_validate({**json.loads(make_event().model_dump_json()), "modality": "maybe"})
    with pytest.raises(ValidationError):
        Actor(text="x", start=0, end=1, name="x", nickname="y")


def test_a_typed_date_is_read_in_one_place_with_one_error():
    from datetime import date

    from eventscope.store.filters import FilterError

    assert iso_date("2024-02-29", "--published") == date(2024, 2, 29)
    assert iso_date(date(2024, 1, 1), "since") == date(2024, 1, 1)
    assert iso_date("", "since") is None and iso_date(None, "since") is None
    with pytest.raises(BadValue, match=r"^--published must be a date YYYY-MM-DD, not '2024-02-30'$") as raised:
        iso_date("2024-02-30", "--published")
    assert raised.value.exit_code == 2
    with pytest.raises(FilterError, match="^until must be a date"):
        iso_date("May", "until", FilterError)


def test_an_event_keeps_the_rule_of_its_draft_and_old_records_load_without_one():
    from eventscope.records import EventDraft

    event_type = load_ontology().event_type("094")
    span = Span(text="called on", start=6, end=15)
    draft = EventDraft(article_id="a", sentence_index=0, event=event_type, trigger=span, trigger_token=1, source=[],
                       target=[], modality="asserted", attribution=[], evidence=span, confidence=0.5,
                       rule="verb:call on")
    event = draft.to_event()
    assert event.rule == "verb:call on"
    assert Event.model_validate_json(event.model_dump_json()).rule == "verb:call on"
    draft.rule = ""
    assert draft.to_event().rule is None  # no rule is null, not an empty string
    old = json.loads(event.model_dump_json())
    del old["rule"]  # a record written before events kept their rule
    assert Event.model_validate(old).rule is None


def test_how_a_country_was_guessed_is_typed_and_stays_out_of_the_json_record():
    actor = Actor(text="the ministry", start=0, end=12, name="the ministry", country="PER", code="PERGOV",
                  reason="sector word 'ministry'; country from dateline", country_from="dateline")
    assert actor.revised(code="PERGOV").country_from == "dateline"  # a copy keeps it
    assert "country_from" not in actor.model_dump() and "country_from" not in actor.model_dump_json()
    assert "country_from" not in Actor.model_json_schema()["properties"]
    assert Actor.model_validate_json(actor.model_dump_json()).country_from is None


def test_how_an_actor_was_found_is_typed_and_stays_out_of_the_json_record():
    phrase = Actor(text="the trawlers", start=0, end=12, name="the trawlers", reason=UNRESOLVED_PHRASE,
                   origin="phrase words")
    extended = phrase.revised(country="PER", reason=phrase.reason + "; country from dateline")
    assert from_phrase_words(extended) and not refers_back(extended)  # a revision keeps it
    assert bare_phrase(phrase) and not bare_phrase(extended)  # (given a country since)
    assert not bare_phrase(phrase.revised(sectors=["CVL"]))
    copy = Actor(text="he", start=20, end=22, name="Ann Ode", kind="person", reason="coreference: 'he' -> Ann Ode",
                 origin="coreference")
    assert refers_back(copy) and not from_phrase_words(copy)
    assert "origin" not in copy.model_dump() and "origin" not in Actor.model_json_schema()["properties"]
    with pytest.raises(ValidationError):
        Actor(text="x", start=0, end=1, name="x", origin="guessed")

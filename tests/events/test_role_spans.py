"""Role phrases as a reader marks them, targets reached through infinitives, PLOVER's reading of announced
attacks, and sentences where no one acts (real parses)."""

import pytest

from eventscope.events import main_event, plover_convention


def only(events, plover):
    found = [e for e in events if e.event.plover == plover]
    assert found, f"no {plover} event in {[(e.event.plover, e.trigger.text) for e in events]}"
    return found[0]


def texts(actors):
    return [a.text for a in actors]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, role, expected",
    [
        # an "of"-complement names who: the whole phrase, not just its head
        ("Indonesian police arrested the leader of the militant network that bombed the hotel.",
         "COERCE", "target", ["the leader of the militant network"]),
        # a title in apposition belongs to the name
        ("Four Taliban members met Alice Wells, a senior US official, in Doha.",
         "CONSULT", "target", ["Alice Wells, a senior US official"]),
        # determiners and adjectives are kept; the relative clause is not
        ("The rebels who attacked the convoy fled into Mali.", "ASSAULT", "source", ["The rebels"]),
    ],
)
def test_role_text_is_the_whole_noun_phrase(pipeline_coder, text, plover, role, expected):
    event = only(pipeline_coder.code_text(text).events, plover)
    assert texts(getattr(event, role)) == expected


@pytest.mark.slow
def test_the_widened_text_keeps_the_resolved_actor(pipeline_coder):
    event = only(pipeline_coder.code_text("Four Taliban members met Alice Wells, a senior US official, in Doha.").events,
                 "CONSULT")
    (target,) = event.target
    assert (target.name, target.kind) == ("Alice Wells", "person")  # the resolved actor; only its words widened
    text = "Four Taliban members met Alice Wells, a senior US official, in Doha."
    assert text[target.start:target.end] == target.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        ("Hezbollah threatened to shell Haifa.", "THREATEN", ["Haifa"]),
        ("Germany refused to send troops to Iraq.", "REJECT", ["Iraq"]),
    ],
)
def test_a_governing_verb_acts_on_whom_its_infinitive_acts_on(pipeline_coder, text, plover, target):
    event = only(pipeline_coder.code_text(text).events, plover)
    assert texts(event.target) == target


@pytest.mark.slow
def test_an_announced_attack_reads_as_threaten_in_plover(pipeline_coder):
    events = pipeline_coder.code_text("Turkey will launch a military operation against Kurdish fighters.").events
    event = main_event(events)
    assert (event.event.plover, event.modality) == ("ASSAULT", "future")  # the record keeps what is planned
    assert plover_convention(event) == "THREATEN"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover",
    [
        ("The government ordered the newspaper to suspend publication.", "COERCE"),
        ("Several European countries called for sanctions against Moscow.", "ACCUSE"),
        ("The Japanese government provided financial support to the flood victims.", "AID"),
        ("The city council set a deadline for the company to remove the waste.", "THREATEN"),
    ],
)
def test_embedded_and_nominal_patterns(pipeline_coder, text, plover):
    assert main_event(pipeline_coder.code_text(text).events).event.plover == plover


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A gas container exploded in the market.",
        "Six people were killed when a chemical plant exploded.",
    ],
)
def test_accidents_with_no_one_acting_are_no_events(pipeline_coder, text):
    assert pipeline_coder.code_text(text).events == []


@pytest.mark.slow
def test_deaths_in_an_attack_are_still_an_assault(pipeline_coder):
    events = pipeline_coder.code_text("Five soldiers were killed in an attack on Monday.").events
    assert only(events, "ASSAULT").target


# -- model-free: hand-built parses ----------------------------------------------------------------------

def _condemned_doc():
    from handparse import make_doc

    # "Iran condemned the leaders of the rebel group who fled ."
    return make_doc([
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("leaders", "leader", "NOUN", "NNS", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 7),
        ("rebel", "rebel", "NOUN", "NN", "compound", 7),
        ("group", "group", "NOUN", "NN", "pobj", 4),
        ("who", "who", "PRON", "WP", "nsubj", 9),
        ("fled", "flee", "VERB", "VBD", "relcl", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_role_span_takes_the_of_complement_but_not_its_relative_clause():
    from handparse import mention

    from eventscope.events import load_patterns
    from eventscope.events.roles import ActorPicker

    doc = _condemned_doc()
    group = mention(doc, 5, 8, "rebel group", None, kind="group")
    picker = ActorPicker(doc, [group], load_patterns())
    assert doc[slice(*picker.role_span(doc[3]))].text == "the leaders of the rebel group"
    (actor,) = picker.actors_for((doc[3],), [])
    assert (actor.text, actor.name) == ("the leaders of the rebel group", "rebel group")
    assert doc.text[actor.start:actor.end] == actor.text


def test_a_source_phrase_must_name_someone_who_can_act():
    from eventscope.events import load_patterns
    from eventscope.events.roles import ActorPicker
    from handparse import make_doc

    doc = make_doc([
        ("A", "a", "DET", "DT", "det", 2),
        ("gas", "gas", "NOUN", "NN", "compound", 2),
        ("container", "container", "NOUN", "NN", "nsubj", 3),
        ("exploded", "explode", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    picker = ActorPicker(doc, [], load_patterns())
    assert picker.actors_for((doc[2],), [], acting=True) == []
    assert [a.text for a in picker.actors_for((doc[2],), [])] == ["A gas container"]  # as a target it may stand

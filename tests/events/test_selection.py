"""One event per act (events/selection.py) on hand-built event drafts: what a lone sentence and a whole
article keep of a sentence's candidate events."""

import pytest

from eventscope.events.selection import (
    IMPLIED,
    main_event,
    no_self_pairs,
    one_per_act,
    restates,
)
from eventscope.ontology import load_ontology
from eventscope.records import Actor, EventDraft, Span

TEXT = "Kenya Somalia Uganda Ethiopia"
_ONTOLOGY = load_ontology()


def actor(name: str) -> Actor:
    start = TEXT.index(name)
    return Actor(text=name, start=start, end=start + len(name), name=name, country=name[:3].upper(), kind="state")


def draft(cameo: str, trigger_at: int, confidence: float, source: str | None, target: str | None,
          modality: str = "asserted") -> EventDraft:
    return EventDraft(
        article_id="a", sentence_index=0, event=_ONTOLOGY.event_type(cameo),
        trigger=Span(text="x", start=trigger_at, end=trigger_at + 1), trigger_token=trigger_at,
        source=[actor(source)] if source else [], target=[actor(target)] if target else [], modality=modality,
        attribution=[], evidence=Span(text=TEXT, start=0, end=len(TEXT)), confidence=confidence,
    )


def codes(events: list[EventDraft]) -> list[str]:
    return [e.event.cameo for e in events]


def test_one_trigger_read_two_ways_is_one_act_the_refusal():
    # "Kenya will not lift the ban on Somalia": the refusal (REJECT) and the negated easing, one trigger
    refusal = draft("124", 10, 0.95, "Kenya", "Somalia")
    easing = draft("081", 10, 0.86, "Kenya", "Somalia", modality="negated")
    assert one_per_act([easing, refusal], whole_article=False, second_confidence=0.9) == [refusal]
    # another type is another act to `restates`, but the articles' coders code a refusal alone, not the act refused
    assert not restates(easing, refusal)
    assert one_per_act([easing, refusal], whole_article=True, second_confidence=0.9) == [refusal]
    # a plain denial ("Kenya did not lift the ban") is the negated act itself
    assert one_per_act([easing], whole_article=True, second_confidence=0.9) == [easing]


def test_a_noun_restating_the_act_is_no_second_event_but_another_target_is():
    visit = draft("042", 10, 0.8, "Kenya", "Somalia")
    trip = draft("042", 30, 0.5, None, None)  # "... the trip": the same act, no actor of its own
    other = draft("042", 50, 0.5, "Kenya", "Uganda")  # "and then Uganda": another visit
    kept = one_per_act([trip, other, visit], whole_article=True, second_confidence=0.9)
    assert kept == [visit, other]


def test_a_demand_and_the_demanded_act_are_two_acts_of_two_actors():
    # "Kenya said Somalia must end its attacks on Uganda": Kenya's demand, Somalia's (hypothetical) attack
    demand = draft("100", 10, 0.8, "Kenya", "Somalia")
    attack = draft("190", 10, 0.6, "Somalia", "Uganda", modality="hypothetical")
    assert not restates(attack, demand)
    assert one_per_act([attack, demand], whole_article=True, second_confidence=0.9) == [demand, attack]


def test_one_word_read_twice_in_one_modality_is_one_act():
    # "a move the agency said would endanger the refugees": the charge read off one word with two pairs of actors
    charge = draft("111", 10, 0.89, "Kenya", "Somalia")
    again = draft("111", 10, 0.83, "Somalia", "Uganda")
    assert one_per_act([again, charge], whole_article=True, second_confidence=0.9) == [charge]
    # another type read off the same word is left to the sense rules: both stay
    coup = draft("170", 10, 0.66, None, "Somalia")
    censure = draft("111", 10, 0.89, None, "Somalia")
    assert one_per_act([coup, censure], whole_article=True, second_confidence=0.9) == [censure, coup]
    # a pair that acts each way from one word stays two events ("Kenya and Somalia signed a pact")
    signed = draft("057", 10, 0.82, "Kenya", "Somalia")
    back = draft("057", 10, 0.82, "Somalia", "Kenya")
    kept = one_per_act([signed, back], whole_article=True, second_confidence=0.9)
    assert [(e.source[0].name, e.target[0].name) for e in kept] == [("Kenya", "Somalia"), ("Somalia", "Kenya")]
    # another word is another act
    elsewhere = draft("111", 20, 0.83, "Somalia", "Uganda")
    assert one_per_act([elsewhere, charge], whole_article=True, second_confidence=0.9) == [charge, elsewhere]


def test_a_lone_sentence_keeps_its_main_event():
    refusal = draft("120", 5, 0.95, "Kenya", "Somalia")
    refused = draft("057", 20, 0.79, "Kenya", "Somalia", modality="negated")
    assert one_per_act([refused, refusal], whole_article=False, second_confidence=0.9) == [refusal]
    assert main_event([refused, refusal]) is refusal
    assert one_per_act([], whole_article=False, second_confidence=0.9) == []


def test_a_lone_plain_statement_keeps_the_act_it_states_beside_it():
    # "Kenya issued a statement calling on Somalia to ...": CAMEO codes the statement, PLOVER the appeal
    statement = draft("010", 5, 0.91, "Kenya", None)
    appeal = draft("020", 30, 0.76, None, "Somalia")
    assert one_per_act([appeal, statement], whole_article=False, second_confidence=0.9) == [statement, appeal]


def test_a_lone_sentence_keeps_a_second_act_only_between_other_actors_and_when_sure():
    main = draft("190", 5, 0.95, "Kenya", "Somalia")
    other_pair = draft("111", 30, 0.91, "Uganda", "Ethiopia")
    same_pair = draft("111", 30, 0.93, "Somalia", "Kenya")
    unsure = draft("111", 30, 0.85, "Uganda", "Ethiopia")
    no_target = draft("140", 40, 0.95, "Uganda", None)
    assert one_per_act([other_pair, main], whole_article=False, second_confidence=0.9) == [main, other_pair]
    for extra in (same_pair, unsure, no_target):
        assert one_per_act([extra, main], whole_article=False, second_confidence=0.9) == [main]


def test_a_second_event_naming_a_new_actor_beside_a_known_one_is_another_dyad():
    # "Kenya attacked Somalia ... Kenya and Uganda attacked Somalia": Uganda's attack is coded too
    kept = draft("190", 5, 0.9, "Kenya", "Somalia")
    joined = draft("190", 40, 0.6, "Kenya", "Somalia")
    joined.source.append(actor("Uganda"))
    assert not restates(joined, kept)
    assert one_per_act([joined, kept], whole_article=True, second_confidence=0.9) == [kept, joined]
    again = draft("190", 40, 0.6, "Kenya", None)  # names no one new: the same act told again
    assert restates(again, kept)


def test_an_actor_implied_by_the_act_word_names_no_one_new():
    # "The Kenyan opposition called a strike to protest against the tax": the strike's implied strikers
    # add no one to the protest, the same act
    protest = draft("140", 40, 0.8, "Kenya", None)
    strike = draft("143", 20, 0.5, None, None, modality="hypothetical")
    strike.source.append(Actor(text="x", start=20, end=21, name="[implied: PRO]", code="PRO", sectors=["PRO"],
                               reason=IMPLIED, origin="implied by the act"))
    assert restates(strike, protest)
    strike.source[0] = actor("Uganda")  # named strikers are someone else's act
    assert not restates(strike, protest)


def test_a_country_listed_among_the_sources_does_not_act_on_itself():
    # "Ships from Kenya, Uganda and Somalia searched off Somalia": help to Somalia from Kenya and Uganda
    search = draft("073", 5, 0.8, "Kenya", "Somalia")
    search.source += [actor("Uganda"), actor("Somalia")]
    no_self_pairs([search])
    assert [a.name for a in search.source] == ["Kenya", "Uganda"]
    # "Kenya and Somalia condemned the attack": the unnamed target of the source's own country is no evidence
    condemned = draft("111", 5, 0.8, "Kenya", "Kenya")
    condemned.source.append(actor("Somalia"))
    condemned.target[0] = condemned.target[0].revised(reason="implied target; country from source",
                                                           country_from="source", origin="implied target")
    no_self_pairs([condemned])
    assert [a.name for a in condemned.source] == ["Kenya", "Somalia"]
    alone = draft("073", 5, 0.8, "Somalia", "Somalia")  # no other source: left as it is
    no_self_pairs([alone])
    assert [a.name for a in alone.source] == ["Somalia"]


def test_a_thing_whose_country_was_guessed_keeps_every_source():
    # "Kenya and Somalia vetoed the resolution": a target of words alone whose country came from a recent actor says
    # nothing of who acted, so neither source is dropped
    vetoed = draft("129", 5, 0.8, "Kenya", "Somalia")
    vetoed.source.append(actor("Somalia"))
    vetoed.target[0] = vetoed.target[0].revised(reason="unresolved phrase; country from recent actor",
                                                     country_from="recent actor", origin="phrase words")
    no_self_pairs([vetoed])
    assert [a.name for a in vetoed.source] == ["Kenya", "Somalia"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), [
    ("The foreign minister of Peru will fly to Quito on Tuesday to meet his Ecuadorian counterpart.", "ECU"),
    ("Chile's president travelled to La Paz to hold talks with the Bolivian government.", "BOL"),
])
def test_a_trip_made_to_meet_someone_is_one_visit_coded_as_the_meeting(article, text, target):
    consults = [e for e in article.code_text(text).events if e.event.plover == "CONSULT"]
    assert [e.trigger.text.split()[0] for e in consults] in (["meet"], ["talks"]), [e.trigger.text for e in consults]
    assert consults[0].target[0].country == target


@pytest.mark.slow
def test_a_trip_made_to_testify_is_the_testimony_alone(article):
    # (session 35) cooperation done where one went is what the trip was made for (the tuning gold codes it alone)
    text = "The former minister flew to London to testify before the magistrates on Monday."
    assert [(e.event.plover, e.event.cameo) for e in article.code_text(text).events] == [("COOPERATE", "063")]


@pytest.mark.slow
def test_a_trip_made_to_press_someone_stays_beside_the_demand(article):
    # near miss: a demand made there is told with the trip (the tuning gold codes both)
    text = "The US envoy will travel to Moscow next week to press the Kremlin to accept a truce."
    assert {e.event.plover for e in article.code_text(text).events} == {"CONSULT", "REQUEST"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), [
    ("The Chilean president flew to Lima on Monday, where he met his Peruvian counterpart.", "PER"),
    ("Peru's foreign minister travels on Friday to Quito, where she is due to meet the Ecuadorian president.", "ECU"),
])
def test_a_trip_whose_meeting_is_told_where_it_went_is_the_meeting(article, text, target):
    # (session 31) the meeting in a relative clause of place on the trip's destination
    consults = [e for e in article.code_text(text).events if e.event.plover == "CONSULT"]
    assert [e.trigger.text.split()[0] for e in consults] == ["met" if "met" in text else "meet"]
    assert consults[0].target[0].country == target


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Chilean president flew to Lima on Monday and met his Peruvian counterpart.",
    "The Chilean president flew to Lima, where the Bolivian president met the Peruvian foreign minister.",
])
def test_a_trip_and_a_meeting_told_otherwise_stay_two_acts(article, text):
    consults = [e for e in article.code_text(text).events if e.event.plover == "CONSULT"]
    assert len(consults) == 2, [e.trigger.text for e in consults]


@pytest.mark.slow
def test_a_trip_and_a_meeting_of_another_doer_stay_two_acts(article):
    text = "The foreign minister of Peru flew to Quito, and Ecuador's president met the Colombian ambassador."
    consults = [e for e in article.code_text(text).events if e.event.plover == "CONSULT"]
    assert len(consults) == 2, [e.trigger.text for e in consults]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Hungary refused to endorse the joint statement on Georgia.",
    "The junta declined to send troops to the border with Benin.",
    "Colombia's president said he would not bow to pressure from Washington.",
])
def test_a_refusal_is_coded_without_the_act_it_refuses(article, text):
    events = article.code_text(text).events
    assert "REJECT" in [e.event.plover for e in events]
    assert [e.trigger.text for e in events if e.modality == "negated"] == []


@pytest.mark.slow
def test_an_act_told_beside_a_denial_is_no_refused_act(article):
    text = ("Kenya's foreign minister denied that Kenyan soldiers had crossed the border and accused Somalia of arming "
            "the militia.")
    plovers = [e.event.plover for e in article.code_text(text).events]
    assert "ACCUSE" in plovers, plovers



@pytest.mark.slow
@pytest.mark.parametrize(("text", "gone"), [
    ("Ecuador agreed on Monday to expel the Colombian rebels from its border provinces.", "expel"),
    ("The Bolivian government promised to deploy an extra army brigade to guard the Chilean engineers.", "deploy"),
])
def test_a_promise_is_coded_without_the_act_it_promises(article, text, gone):
    # (session 32) the codebook's "pledged to": the AGREE, not a second event of its infinitive (of another type: an
    # intent read off the infinitive is the promise told again, which `restates` decides)
    events = article.code_text(text).events
    assert "AGREE" in [e.event.plover for e in events]
    assert [e.trigger.text for e in events if e.trigger.text.startswith(gone)] == []


@pytest.mark.slow
def test_an_act_joined_to_a_promise_by_and_is_another_act(article):
    events = article.code_text("Argentina agreed to the plan and suspended the tariffs on Chilean wine.").events
    assert "suspended the tariffs" in [e.trigger.text for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "promise"), [
    ("At a summit in Nairobi the presidents of Kenya and Uganda pledged to defend Somalia's territorial integrity.",
     "pledged"),
    ("Kenya and Tanzania pledged on Monday to back Uganda's bid to host the games.", "pledged"),
])
def test_a_promise_told_again_by_its_infinitive_is_one_agree(article, text, promise):
    # (session 36) the promise verb and the intent read off its one infinitive are one promise, coded once, as the
    # promise, whichever actors the infinitive's reading took
    agrees = [e for e in article.code_text(text).events if e.event.plover == "AGREE"]
    assert [e.trigger.text for e in agrees] == [promise], [(e.trigger.text, e.rule) for e in agrees]


@pytest.mark.slow
def test_a_promise_of_several_acts_keeps_the_promise(article):
    # "agreed to pull back and to let observers patrol": a promise of two acts is not one intent told again
    text = "The presidents of Ghana and Togo pledged to support Burkina Faso's transition and to send observers to its elections."
    agrees = [e for e in article.code_text(text).events if e.event.plover == "AGREE"]
    assert "pledged" in [e.trigger.text for e in agrees], [(e.trigger.text, e.rule) for e in agrees]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Kenyan president thanked Uganda for backing Kenya's bid to host the summit.",
    "Tanzania's president praised the Rwandan leaders for meeting the Burundian delegation.",
    "The Ugandan government criticised Kenya for failing to agree a new border treaty.",
])
def test_a_deed_praised_or_blamed_for_is_no_second_event(article, text):
    # (session 32) the judgement is the act coded; the deed after "for" is what it is about
    events = article.code_text(text).events
    assert len(events) == 1, [(e.event.plover, e.trigger.text) for e in events]
    assert events[0].event.plover in ("SUPPORT", "ACCUSE")


@pytest.mark.slow
def test_a_deed_of_force_blamed_for_is_still_coded(article):
    events = article.code_text("Kenya condemned Somalia for shelling the border town of Mandera.").events
    assert sorted(e.event.plover for e in events) == ["ACCUSE", "ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "gone"), [
    ("The Red Cross appealed on Monday for $40 million to help families displaced by the floods in Malawi.", "help"),
    ("Mali asked Russia to send more helicopters so that its army could attack the rebels in the north.", "attack"),
    ("Turkish jets bombed Kurdish positions in northern Iraq to force the militants out of the border villages.",
     "force"),
    ("Qatar deposited $300 million in Egypt's central bank to support the pound.", "support"),
])
def test_the_purpose_of_an_appeal_a_gift_or_an_attack_is_no_second_event(article, text, gone):
    # (session 32) the appeal, the gift or the attack is the act coded; what it is for is its aim, not done
    events = article.code_text(text).events
    assert events, text
    assert [e.trigger.text for e in events if e.trigger.text.startswith(gone)] == []


@pytest.mark.slow
def test_a_purpose_of_a_meeting_or_an_act_told_beside_it_stays_coded(article):
    # near misses: a trip's purpose is the meeting coded (_trip_to_meet), and "and" joins a second act, not a purpose
    events = article.code_text("The Chilean foreign minister flew to Lima to meet President Boluarte.").events
    assert "CONSULT" in [e.event.plover for e in events]
    events = article.code_text("Qatar deposited $300 million in Egypt's central bank and condemned the Israeli "
                               "strikes on Gaza.").events
    assert "ACCUSE" in [e.event.plover for e in events]


@pytest.mark.slow
def test_a_gathering_told_as_where_an_act_was_done_is_no_second_event(article):
    events = article.code_text("Donor governments pledged $2 billion for Yemen at a conference in Oslo on Friday.").events
    assert [e.event.plover for e in events] == ["AGREE"], [(e.event.plover, e.trigger.text) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The charity said the Libyan coastguard had forced the dinghy back to Tripoli, a move it said would endanger the "
    "refugees on board.",
    "Human Rights Watch said Hungarian police had driven the asylum seekers back over the border, a practice it said "
    "would endanger families with children.",
    "The opposition said the Polish army had sealed the forest, a step it said would endanger the migrants trapped there.",
])
def test_a_charge_read_off_one_word_is_one_event(article, text):
    # (session 37) the speaker's charge against the doer, not a second one of the doer against the people endangered
    charges = [e for e in article.code_text(text).events if e.trigger.text == "endanger"]
    assert len(charges) == 1, [(e.trigger.text, [a.code for a in e.source]) for e in charges]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Ghana's president and Togo's president signed a security pact in Accra on Monday.",
    "Italy and Malta accused each other of ignoring the rescue ship.",
])
def test_a_pair_acting_each_way_from_one_word_stays_two_events(article, text):
    assert len(article.code_text(text).events) == 2

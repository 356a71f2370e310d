"""Targets of events whose type is right (issue 12): who is acted on, from real parses."""

import pytest
from eventpicks import only, texts


@pytest.mark.slow
def test_a_relative_clause_holding_the_act_is_searched_for_its_target(pipeline_coder):
    # the source ("volunteers") heads the whole relative clause; the clause's own phrases are still searched
    text = "Officials in Lima fear the growing number of Bolivian volunteers who have joined the rebels in Peru."
    event = only(pipeline_coder.code_text(text).events, "COOPERATE")
    assert texts(event.source) == ["Bolivian volunteers"]
    assert [a.country for a in event.target] == ["PER"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        # a small clause names who is judged
        ("A court in Madrid found the former mayor guilty of fraud.", "ACCUSE", ["the former mayor"]),
        # the subject of the clause a demand or an accusation is made of
        ("Kenyan lawmakers demanded that the interior minister resign over the shootings.", "REQUEST",
         ["the interior minister"]),
        ("Greek unions alleged that the police had beaten striking dockworkers.", "ACCUSE", ["the police"]),
    ],
)
def test_the_subject_of_a_judged_or_demanded_clause_is_the_target(pipeline_coder, text, plover, target):
    event = only(pipeline_coder.code_text(text).events, plover)
    assert texts(event.target) == target


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        ("The mayor was furious that the governor had cut the budget.", ["the governor"]),
        ("The senator was very alarmed when Governor Smith said the city would lose its funding.", ["Governor Smith"]),
    ],
)
def test_a_feeling_is_about_the_subject_of_the_clause_that_caused_it(pipeline_coder, text, target):
    event = only(pipeline_coder.code_text(text).events, "ACCUSE")
    assert texts(event.target) == target


@pytest.mark.slow
def test_an_act_named_again_is_the_earlier_act_of_its_plain_sense_not_a_criticism(pipeline_coder):
    # "the attack" is no "scathing attack": the earlier criticism between them does not stand for it
    text = ("Rebels attacked a police station in Mosul on Monday, killing four officers. Human rights groups sharply "
            "criticized the Iraqi government for its slow response. Prime Minister Ali Hassan condemned the attack on "
            "Tuesday.")
    events = pipeline_coder.code_text(text).events
    condemned = [e for e in events if e.trigger.text == "condemned"]
    assert condemned and texts(condemned[0].target) == ["Rebels"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        ("The governor was shaken by the force of the criticism from teachers.", "ACCUSE", ["The governor"]),
        ("Moscow was angered by sanctions from Brussels.", "SANCTION", ["Moscow"]),
    ],
)
def test_an_act_someone_was_moved_by_is_aimed_at_them(pipeline_coder, text, plover, target):
    event = only(pipeline_coder.code_text(text).events, plover)
    assert texts(event.target) == target


@pytest.mark.slow
def test_an_infinitive_that_is_no_act_gives_no_thing_as_target(pipeline_coder):
    # "locate" is no act: the boat is not whom the offer is made to; "shell" is, and its object is the target
    offer = only(pipeline_coder.code_text("Japan offered to help locate the missing boat.").events, "AGREE")
    assert texts(offer.target) == []
    threat = only(pipeline_coder.code_text("The rebels threatened to shell the capital.").events, "THREATEN")
    assert texts(threat.target) == ["the capital"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, country",
    [
        # an apposition says who they are; the place in the sentence only where they were
        ("In March, militants in Somalia kidnapped 12 aid workers — eight of them Kenyan nationals — near the border.",
         "KEN"),
        # the same with the counted phrase hung elsewhere by the parser
        ("In May, gunmen loyal to the group executed 15 Christians — 12 of them Ethiopian migrants — along the coast "
         "of Yemen.", "ETH"),
    ],
)
def test_people_acted_on_take_the_country_their_apposition_gives(pipeline_coder, text, country):
    events = [e for e in pipeline_coder.code_text(text).events if e.event.plover == "ASSAULT"]
    assert events and [a.country for a in events[0].target] == [country]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        # an act acted on: who made it, named in its participle's by-phrase, is whom the act is aimed at
        ("The governor rejected the offer made by the Kenyan teachers union.", "REJECT",
         ["the Kenyan teachers union"]),
        # a refusal or a consent to let someone act is about those it lets act
        ("Hungary refused to allow the Dutch inspectors to enter the plant.", "REJECT", ["the Dutch inspectors"]),
    ],
)
def test_an_act_acted_on_or_let_happen_is_aimed_at_its_actors(pipeline_coder, text, plover, target):
    event = only(pipeline_coder.code_text(text).events, plover)
    assert texts(event.target) == target


@pytest.mark.slow
def test_a_passive_trigger_by_phrase_is_not_searched_as_a_target(pipeline_coder):
    # the by-phrase of "asked" says who asked: no act of the senator's is aimed at the agency
    events = pipeline_coder.code_text("Asked about it by Reuters, the senator declined to repeat the word.").events
    assert all("Reuters" not in texts(e.target) for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, country",
    [
        # help given as a thing goes to whom its purpose infinitive names
        ("Japan donated two hundred water pumps to assist Peru after the floods.", "PER"),
        ("Norway is considering sending aid to help Malawi cope with the drought.", "MWI"),
        # or to the one named in what the purpose promotes
        ("Canada gave 40 million dollars to promote economic development in Ghana.", "GHA"),
    ],
)
def test_help_with_no_one_named_goes_to_whom_its_purpose_names(pipeline_coder, text, country):
    event = only(pipeline_coder.code_text(text).events, "AID")
    assert [a.country for a in event.target] == [country]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        # a refusal that waits on someone else's act is aimed at whoever must act first
        ("The dockworkers said they will not end the strike until the port authority raises wages.",
         ["the port authority"]),
        ("Chile will not lift the ban unless Peru releases the fishermen.", ["Peru"]),
        ("The union will not end the strike until its demands are met by the ministry.", ["the ministry"]),
    ],
)
def test_a_refusal_waiting_on_another_act_is_aimed_at_who_must_act(pipeline_coder, text, target):
    event = only(pipeline_coder.code_text(text).events, "REJECT")
    assert texts(event.target) == target


@pytest.mark.slow
def test_a_part_of_a_named_place_is_a_target_as_the_place_is(pipeline_coder):
    event = only(pipeline_coder.code_text("The army imposed blockades in some parts of northern Mali.").events, "COERCE")
    assert texts(event.target) == ["some parts of northern Mali"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        # an investigation told by its content is about the subject of that content
        ("Dutch prosecutors opened an investigation into claims that three guards beat a prisoner.", ["three guards"]),
        ("The ministry opened an investigation into whether the former mayor was bribed.", ["the former mayor"]),
    ],
)
def test_an_investigation_is_about_the_subject_of_its_content(pipeline_coder, text, target):
    event = only(pipeline_coder.code_text(text).events, "ACCUSE")
    assert texts(event.target) == target


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        # the people a trigger's own object names are acted on, not the place they are brought to ...
        ("Chile summoned a senior Peruvian diplomat to its foreign ministry on Friday.", "ACCUSE",
         ["a senior Peruvian diplomat"]),
        # ... nor a phrase of its prepositions naming no one
        ("The rebels will free Colombian soldiers on humanitarian grounds.", "AGREE", ["Colombian soldiers"]),
        # forces withdrawn or sent only move: where they go or leave is the target
        ("Sweden withdrew its troops from Mali last year.", "RETREAT", ["Mali"]),
        ("Japan sent more troops to Iraq on Monday.", "MOBILIZE", ["Iraq"]),
    ],
)
def test_the_people_a_triggers_object_names_are_its_target(pipeline_coder, text, plover, target):
    event = only(pipeline_coder.code_text(text).events, plover)
    assert texts(event.target) == target


@pytest.mark.slow
def test_a_dative_to_stands_for_its_object(pipeline_coder):
    event = only(pipeline_coder.code_text("Spain has offered to Chile two frigates and a tanker.").events, "AGREE")
    assert texts(event.target) == ["Chile"]


@pytest.mark.slow
def test_words_inside_a_target_already_found_make_no_second_target(pipeline_coder):
    # (each party of the list is a target of its own: the first one's words stop before the second)
    text = "The senator held a meeting with the regional governor, the district mayor and representatives of local farmers."
    event = only(pipeline_coder.code_text(text).events, "CONSULT")
    assert texts(event.target)[:2] == ["the regional governor", "the district mayor"]
    assert len(texts(event.target)) == len(set(texts(event.target)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        ("The minister hoped that Peru would sign the treaty.", ["Peru"]),
        ("The senators voiced hope that the new envoy could end the dispute.", ["the new envoy"]),
        ("Bolivia expressed pessimism over the talks with Chile.", ["Chile"]),
    ],
)
def test_a_voiced_feeling_is_about_its_prepositions_object_or_its_clauses_subject(pipeline_coder, text, target):
    event = next(e for e in pipeline_coder.code_text(text).events if e.event.cameo in ("012", "013"))
    assert texts(event.target) == target


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        # an act acted on whose maker has no name of their own: the people its of/from/by phrase names
        ("The government conceded to the demands of the striking nurses.", ["the striking nurses"]),
        ("The court rejected an appeal filed by the dismissed workers.", ["the dismissed workers"]),
        ("The ministry accepted demands from the farmers.", ["the farmers"]),
    ],
)
def test_an_act_acted_on_is_aimed_at_the_people_who_made_it(pipeline_coder, text, target):
    event = next(e for e in pipeline_coder.code_text(text).events if e.event.plover in ("CONCEDE", "REJECT", "YIELD"))
    assert texts(event.target) == target


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        # a plan or an act accepted, refused or granted is aimed at whose it is, named by a possessor
        ("The Kenyan teachers' union accepted the government's offer.", "AGREE", ["KENGOV"]),
        ("The Kenyan teachers' union accepted the Ugandan government's offer.", "AGREE", ["UGAGOV"]),
        ("The Kenyan teachers' union rejected the government's offer of a pay rise.", "REJECT", ["KENGOV"]),
        ("Kenyan doctors accepted their union's proposal to end the strike.", "AGREE", ["KENLAB"]),
    ],
)
def test_a_plan_acted_on_is_aimed_at_its_owner(pipeline_coder, text, plover, target):
    assert [a.code for a in only(pipeline_coder.code_text(text).events, plover).target] == target


@pytest.mark.slow
def test_a_failure_of_an_act_done_together_is_done_together(pipeline_coder):
    events = pipeline_coder.code_text("Chile and Peru failed to reach agreement on a new border treaty.").events
    event = only(events, "REJECT")
    assert (texts(event.source), texts(event.target)) == (["Chile"], ["Peru"])


@pytest.mark.slow
def test_a_refusal_of_a_one_sided_act_keeps_both_refusers_as_sources(pipeline_coder):
    event = only(pipeline_coder.code_text("Chile and Peru refused to send troops to Bolivia.").events, "REJECT")
    assert texts(event.source) == ["Chile", "Peru"]

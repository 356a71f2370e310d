"""What the whole-article confidence model reads (events/confidence.py): a speech act made in a quote by its
own speaker is not weighed as an act the speaker reports (hand-built drafts of invented sentences)."""

from datetime import date

import pytest

from eventscope.events.confidence import features, load_calibrator, own_side_report, speakers_own_act
from eventscope.events.senses import load_senses
from eventscope.ontology import load_ontology
from eventscope.records import Actor, EventDraft, EventType, Span

ROOTS = load_ontology().roots  # the ontology's root groups (roots.yaml speech_acts)

REFUSAL = '"We will never accept this plan," the foreign minister of Freedonia said.'
REPORT = 'The foreign minister of Freedonia said: "Their soldiers shelled the border town."'


def actor(text: str, sentence: str, country: str = "FRE") -> Actor:
    start = sentence.index(text)
    return Actor(text=text, start=start, end=start + len(text), name=text, country=country, code=country + "GOV",
                 kind="person")


def draft(sentence: str, trigger: str, cameo: str, source: list[Actor], speaker: list[Actor],
          modality: str = "asserted") -> EventDraft:
    start = sentence.index(trigger)
    return EventDraft(article_id="a", sentence_index=0,
                      event=EventType(cameo=cameo, cameo_root=cameo[:2], quad_class=3, goldstein=-4.0),
                      trigger=Span(text=trigger, start=start, end=start + len(trigger)), trigger_token=0,
                      source=source, target=[], modality=modality, attribution=speaker,
                      evidence=Span(text=sentence, start=0, end=len(sentence)), confidence=0.5)


def test_a_refusal_the_speaker_makes_in_a_quote_is_neither_quoted_nor_attributed():
    minister = actor("the foreign minister", REFUSAL)
    refusal = draft(REFUSAL, "accept", "120", [minister], [minister])
    assert speakers_own_act(refusal, ROOTS)
    found = features(refusal, load_senses(), ROOTS)
    assert found["quoted"] == 0.0 and found["attributed"] == 0.0


def test_an_act_the_speaker_reports_of_others_stays_quoted_and_attributed():
    minister = actor("The foreign minister", REPORT)
    shelling = draft(REPORT, "shelled", "195", [actor("Their soldiers", REPORT, "SYL")], [minister])
    assert not speakers_own_act(shelling, ROOTS)
    found = features(shelling, load_senses(), ROOTS)
    assert found["quoted"] == 1.0 and found["attributed"] == 1.0


@pytest.mark.parametrize(("cameo", "modality"), [
    ("190", "asserted"),  # an armed act the speaker tells of his own side is still a report of it
    ("111", "negated"),   # 'we are not criticising anyone': a speech act said not to be made is none
    ("100", "hypothetical"),
])
def test_only_an_asserted_speech_act_is_the_speakers_own_act(cameo, modality):
    minister = actor("the foreign minister", REFUSAL)
    told = draft(REFUSAL, "accept", cameo, [minister], [minister], modality)
    assert not speakers_own_act(told, ROOTS)
    assert features(told, load_senses(), ROOTS)["attributed"] == 1.0


def test_a_speech_act_by_others_than_the_speaker_is_reported():
    minister = actor("the foreign minister", REFUSAL)
    others = actor("Freedonia", REFUSAL)
    assert not speakers_own_act(draft(REFUSAL, "accept", "120", [minister, others], [minister]), ROOTS)
    assert not speakers_own_act(draft(REFUSAL, "accept", "120", [minister], []), ROOTS)  # no speaker: nothing said


def test_the_speakers_own_act_is_more_likely_kept_than_the_same_act_reported():
    calibrator = load_calibrator()
    assert calibrator is not None
    senses = load_senses()
    minister = actor("the foreign minister", REFUSAL)
    own = draft(REFUSAL, "accept", "120", [minister], [minister])
    reported = draft(REFUSAL, "accept", "120", [minister], [actor("Freedonia", REFUSAL)])
    assert calibrator.probability(own, senses, ROOTS) > calibrator.probability(reported, senses, ROOTS)


def test_the_speakers_act_outside_the_quotation_marks_is_not_taken_for_a_quote():
    told = "The foreign minister said Freedonia would never accept the plan."
    minister = actor("The foreign minister", told)
    refusal = draft(told, "accept", "120", [minister], [minister])
    assert not speakers_own_act(refusal, ROOTS)
    marked = 'The foreign minister said the plan was "a sham" and that they would never accept it.'
    minister = actor("The foreign minister", marked)
    assert not speakers_own_act(draft(marked, "accept", "120", [minister], [minister]), ROOTS)
    assert speakers_own_act(draft(marked, "sham", "111", [minister], [minister]), ROOTS)



WARNING = 'The foreign minister of Freedonia called the dam "an act of theft" and warned that the army would respond.'


def test_a_speech_act_told_beside_a_quote_is_its_doers_own_act():
    minister = actor("The foreign minister", WARNING)
    warning = draft(WARNING, "warned", "138", [minister], [])
    assert speakers_own_act(warning, ROOTS)
    found = features(warning, load_senses(), ROOTS)
    assert found["quoted"] == 0.0 and found["attributed"] == 0.0


def test_an_act_told_beside_a_quote_that_is_no_speech_stays_quoted():
    shelled = 'The army of Freedonia shelled the town, which residents called "a massacre".'
    shelling = draft(shelled, "shelled", "195", [actor("The army", shelled)], [])
    assert not speakers_own_act(shelling, ROOTS)
    assert features(shelling, load_senses(), ROOTS)["quoted"] == 1.0


def test_a_speech_act_inside_a_quote_no_one_is_said_to_say_stays_quoted():
    banner = 'Marchers of Freedonia carried a banner: "Freedonia will never accept the dam."'
    refusal = draft(banner, "accept", "120", [actor("Freedonia", banner)], [])
    assert not speakers_own_act(refusal, ROOTS)
    assert features(refusal, load_senses(), ROOTS)["quoted"] == 1.0


def test_the_told_warning_is_more_likely_kept_than_a_warning_in_a_quote_of_no_one():
    calibrator = load_calibrator()
    assert calibrator is not None
    senses = load_senses()
    told = draft(WARNING, "warned", "138", [actor("The foreign minister", WARNING)], [])
    quoted = draft(WARNING, "theft", "138", [actor("The foreign minister", WARNING)], [])
    assert calibrator.probability(told, senses, ROOTS) > calibrator.probability(quoted, senses, ROOTS)

RIVER_ARTICLE = (
    "Freedonia's parliament on Tuesday approved a plan to share the waters of the Blue River with its neighbour "
    "Sylvania.\n\nThe vote followed months of talks between the two governments.\n\n"
    "\"We will never accept this plan,\" Sylvania's foreign minister Ana Korvel said on Wednesday.\n\n"
    "Farmers along the river have protested against the plan for weeks.")


@pytest.mark.slow
def test_a_quoted_refusal_by_its_speaker_is_kept_in_a_whole_article(pipeline_coder):
    events = pipeline_coder.code_text(RIVER_ARTICLE, title="Sylvania rejects river plan",
                                      published=date(2024, 5, 8)).events
    refusals = [e for e in events if e.event.plover == "REJECT" and e.sentence_index == 2]
    assert refusals and "Ana Korvel" in refusals[0].source[0].text


WARNING_ARTICLE = (
    "Freedonia's parliament on Tuesday condemned Sylvania's plan to dam the Blue River upstream of the border.\n\n"
    "The plan followed months of failed talks between the two governments over the river's water.\n\n"
    "Freedonia's foreign minister Ana Korvel called the dam \"an act of theft\" and warned that her country would "
    "respond.\n\nFarmers along the river have protested against the dam for weeks.")


@pytest.mark.slow
def test_a_warning_told_beside_a_quote_is_kept_in_a_whole_article(pipeline_coder):
    events = pipeline_coder.code_text(WARNING_ARTICLE, title="Freedonia warns Sylvania over river dam",
                                      published=date(2024, 5, 8)).events
    assert [e for e in events if e.event.plover == "THREATEN" and e.trigger.text == "warned"]


# (session 35) a speaker's characterisation of others inside the quote: told in the present or present perfect, by
# no one of the speaker's side, no act of armed force
def parsed_draft(nlp, sentence: str, trigger: str, cameo: str, with_doer: bool = True) -> tuple[EventDraft, object]:
    """The sentence parsed and a draft on its trigger: with a doer and a speaker, or (with_doer False) with neither."""
    doc = nlp(sentence)
    start = sentence.index(trigger)
    token = next(t for t in doc if t.idx == start)
    if with_doer:
        said = sentence.startswith('"')  # ('"X ...," the envoy said' or 'The envoy accused Sylvania of "..."')
        doer = actor(sentence[1:].split()[0] if said else "Sylvania", sentence, "SYL")
        made = draft(sentence, trigger, cameo, [doer], [actor("the envoy" if said else "The envoy", sentence)])
    else:
        made = draft(sentence, trigger, cameo, [], [])
    made.trigger_token = token.i
    return made, doc


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ('"They have walked away from every round of talks," the envoy said.', "walked", "161"),
    ('"This government wants farmers to pay for its own mistakes," the envoy said.', "wants", "100"),
    ('"The ministry keeps blocking the aid convoys," the envoy said.', "blocking", "125"),
    ('The envoy accused Sylvania of "blocking every round of talks".', "blocking", "125"),
])
def test_an_act_characterised_in_the_present_inside_the_quote_is_weighed_as_such(nlp, sentence, trigger, cameo):
    made, doc = parsed_draft(nlp, sentence, trigger, cameo)
    found = features(made, load_senses(), ROOTS, doc)
    assert found["quoted"] == 1.0 and found["characterised_in_quote"] == 1.0


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ('"They walked away from the talks on Monday," the envoy said.', "walked", "161"),  # a report of a day's act
    ('"They chose to walk away from the talks," the envoy said.', "walk", "161"),  # the tense of "chose"
    ('"We have walked away from the talks," the envoy said.', "walked", "161"),  # the speaker's own side
    ('"Our delegation has walked away from the talks," the envoy said.', "walked", "161"),
    ('"They have shelled the border villages," the envoy said.', "shelled", "195"),  # armed force is coded
    ('"The ministry will walk away from the talks," the envoy said.', "walk", "161"),  # not told as done
    ('The envoy accused Sylvania of "shelling the border villages".', "shelling", "195"),
    ('The envoy said Sylvania has walked away from the talks, calling it "a farce".', "walked", "161"),  # outside
])
def test_a_quoted_report_the_speakers_side_or_armed_force_is_no_characterisation(nlp, sentence, trigger, cameo):
    made, doc = parsed_draft(nlp, sentence, trigger, cameo)
    assert features(made, load_senses(), ROOTS, doc)["characterised_in_quote"] == 0.0


def test_without_the_parse_no_act_is_read_as_characterised():
    made = draft('"They have walked away from the talks," the envoy said.', "walked", "161",
                 [actor("the envoy", '"They have walked away from the talks," the envoy said.')], [])
    assert features(made, load_senses(), ROOTS)["characterised_in_quote"] == 0.0


def test_a_characterisation_is_less_likely_kept_than_the_same_act_reported_in_the_past(nlp):
    calibrator = load_calibrator()
    assert calibrator is not None
    senses = load_senses()
    present, present_doc = parsed_draft(nlp, '"They have walked away from the talks," the envoy said.', "walked", "161")
    past, past_doc = parsed_draft(nlp, '"They walked away from the talks on Monday," the envoy said.', "walked", "161")
    assert calibrator.probability(present, senses, ROOTS, present_doc) < calibrator.probability(past, senses, ROOTS,
                                                                                                past_doc)


# (session 35) an act with no doer told in a relative clause that describes a noun: what a thing does or what befell
# someone
@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("The drones hit power stations that supply the Sylvanian arms factories.", "supply", "070"),
    ("Reporters met families of people who had been deported from Sylvania in March.", "deported", "174"),
    ("Parliament ratified a treaty that gives Sylvanian warships access to the northern port.", "gives", "081"),
    ("Freedonia passed a law that closes the border and expels foreign reporters.", "expels", "174"),  # shared subject
])
def test_a_doerless_act_told_of_a_thing_is_weighed_as_such(nlp, sentence, trigger, cameo):
    made, doc = parsed_draft(nlp, sentence, trigger, cameo, with_doer=False)
    assert features(made, load_senses(), ROOTS, doc)["told_of_a_thing"] == 1.0


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("Freedonia supplied the Sylvanian arms factories with fuel.", "supplied", "070"),  # a main clause
    ("Border guards deported 40 children to Sylvania in March.", "deported", "174"),
    ("The border war that killed 8,000 people ended in 1999.", "killed", "190"),  # armed force is coded
    ("One opposition deputy, Ana Korvel, called for the minister's resignation on Monday.", "called", "1041"),
    ("The agency counted 40 cases of children deported from Sylvania since March.", "deported", "174"),  # participle
])
def test_a_main_clause_or_armed_force_is_not_told_of_a_thing(nlp, sentence, trigger, cameo):
    made, doc = parsed_draft(nlp, sentence, trigger, cameo, with_doer=False)
    assert features(made, load_senses(), ROOTS, doc)["told_of_a_thing"] == 0.0


def test_a_clause_with_a_doer_is_not_told_of_a_thing(nlp):
    sentence = "The ministry, which expelled the Sylvanian envoy in May, declined to comment."
    made, doc = parsed_draft(nlp, sentence, "expelled", "174", with_doer=False)
    made.source = [actor("The ministry", sentence)]
    assert features(made, load_senses(), ROOTS, doc)["told_of_a_thing"] == 0.0


def test_a_doerless_act_told_of_a_thing_is_less_likely_kept(nlp):
    calibrator = load_calibrator()
    assert calibrator is not None
    senses = load_senses()
    thing, thing_doc = parsed_draft(nlp, "The drones hit power stations that supply the arms factories.", "supply",
                                    "070", with_doer=False)
    told, told_doc = parsed_draft(nlp, "Power stations supply the arms factories.", "supply", "070", with_doer=False)
    assert calibrator.probability(thing, senses, ROOTS, thing_doc) < calibrator.probability(told, senses, ROOTS,
                                                                                            told_doc)


# (session 36) a side's own report of its act, told outside the quotation marks: 'the ministry said it would meet'
def side(text: str, sentence: str, code: str, country: str | None = None) -> Actor:
    start = sentence.index(text)
    return Actor(text=text, start=start, end=start + len(text), name=text, country=country or code[:3], code=code,
                 kind="organization")


def told(sentence: str, trigger: str, cameo: str, source: list[Actor], speaker: list[Actor],
         target: list[Actor] | None = None, modality: str = "asserted") -> EventDraft:
    made = draft(sentence, trigger, cameo, source, speaker, modality)
    made.target = target or []
    return made


OWN_REPORTS = [
    # the speaker is the doer, told by a pronoun the roles resolved to it
    ("The Sylvanian transport ministry said it would meet the rail unions on Friday.", "meet", "036", "future",
     ("The Sylvanian transport ministry", "SYLGOV"), ("The Sylvanian transport ministry", "SYLGOV"),
     ("the rail unions", "SYLLAB")),
    # the doer is the state the speaker speaks for
    ("A spokeswoman for Freedonia's foreign ministry said Fredville ruled out new talks with Sylvania.", "ruled out",
     "120", "asserted", ("A spokeswoman", "FREGOV"), ("Fredville", "FRE"), ("Sylvania", "SYL")),
    # another actor of the speaker's own code ("his government" told by its envoy)
    ("Sylvania's envoy in Vienna said his government had reopened two crossings to aid convoys.", "reopened", "081",
     "asserted", ("Sylvania's envoy", "SYLGOV"), ("his government", "SYLGOV"), ("aid convoys", "IGOUNO")),
]


@pytest.mark.parametrize(("sentence", "trigger", "cameo", "modality", "speaker", "doer", "target"), OWN_REPORTS)
def test_a_sides_report_of_its_own_act_is_weighed_as_such(sentence, trigger, cameo, modality, speaker, doer, target):
    event = told(sentence, trigger, cameo, [side(*doer[:1], sentence, doer[1])], [side(*speaker[:1], sentence, speaker[1])],
                 [side(*target[:1], sentence, target[1])], modality)
    assert own_side_report(event)
    found = features(event, load_senses(), ROOTS)
    assert found["own_side_report"] == 1.0 and found["attributed"] == 1.0


NOT_OWN = "The Freedonian interior minister said the Sylvanian army had shelled two border villages."


def test_a_report_of_another_sides_act_is_no_own_report():
    minister = side("The Freedonian interior minister", NOT_OWN, "FREGOV")
    army = side("the Sylvanian army", NOT_OWN, "SYLMIL")
    villages = side("two border villages", NOT_OWN, "FRECVL")
    assert not own_side_report(told(NOT_OWN, "shelled", "195", [army], [minister], [villages]))
    # a speaker of the same country but another branch is no spokesman for it (a governor telling of a senator)
    senator = side("the Sylvanian army", NOT_OWN, "FRELEG")
    assert not own_side_report(told(NOT_OWN, "shelled", "195", [senator], [minister], [villages]))


DENIAL = 'Freedonia\'s foreign minister said Fredville threatened no one and would "never bow to pressure".'


@pytest.mark.parametrize(("trigger", "modality", "target_code"), [
    ("threatened", "negated", None),        # a denial is no act of the day
    ("threatened", "hypothetical", None),   # nor a conditional
    ("threatened", "asserted", "FRE"),      # an act on the doer's own side ("she could not vote against the bill")
    ("bow", "future", None),                # inside the quotation marks: the quote's weights stand
])
def test_denials_conditionals_acts_on_oneself_and_quotes_are_no_own_report(trigger, modality, target_code):
    minister = side("Freedonia's foreign minister", DENIAL, "FREGOV")
    state = side("Fredville", DENIAL, "FRE")
    target = [side("no one", DENIAL, target_code)] if target_code else []
    assert not own_side_report(told(DENIAL, trigger, "138", [state], [minister], target, modality))


def test_an_own_report_is_more_likely_kept_than_a_third_partys_report():
    calibrator = load_calibrator()
    assert calibrator is not None
    sentence, trigger, cameo, modality, speaker, doer, target = OWN_REPORTS[0]
    doer_actor = side(doer[0], sentence, doer[1])
    own = told(sentence, trigger, cameo, [doer_actor], [side(speaker[0], sentence, speaker[1])],
               [side(target[0], sentence, target[1])], modality)
    other = told(sentence, trigger, cameo, [doer_actor], [side("the rail unions", sentence, "SYLLAB")],
                 [side(target[0], sentence, target[1])], modality)
    senses = load_senses()
    assert calibrator.probability(own, senses, ROOTS) > calibrator.probability(other, senses, ROOTS)


# (session 37) a speaker's judgement of a third thing is the speech act itself, no report of the speaker's own act:
# the act's clause has an active subject that is words of neither the doer nor the target
def own_parsed(nlp, sentence: str, trigger: str, cameo: str, speaker: str, doer: str,
               target: str | None = None) -> tuple[EventDraft, object]:
    doc = nlp(sentence)
    start = sentence.index(trigger)
    made = told(sentence, trigger, cameo, [side(doer, sentence, "FREGOV")], [side(speaker, sentence, "FREGOV")],
                [side(target, sentence, "SYLGOV")] if target else [])
    made.trigger_token = next(t for t in doc if t.idx == start).i
    return made, doc


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("The governor said the harvest festival was a splendid triumph.", "triumph", "051"),
    ("The premier said the flooding had been dreadful for the valley towns.", "dreadful", "111"),
    ("The senator said the new museum looked magnificent.", "magnificent", "051"),
])
def test_a_speakers_judgement_of_a_thing_is_no_own_report(nlp, sentence, trigger, cameo):
    speaker = sentence.split(" said")[0]
    made, doc = own_parsed(nlp, sentence, trigger, cameo, speaker, speaker)
    assert own_side_report(made)  # without the parse the speaker and the doer are all it reads
    assert not own_side_report(made, doc)
    assert features(made, load_senses(), ROOTS, doc)["own_side_report"] == 0.0


@pytest.mark.parametrize(("sentence", "trigger", "cameo", "speaker", "doer", "target"), [
    # a pronoun subject the roles resolved to the speaker
    ("The Freedonian trade ministry said it would meet the Sylvanian delegation on Monday.", "meet", "036",
     "The Freedonian trade ministry", "The Freedonian trade ministry", "the Sylvanian delegation"),
    # the subject is the doer's own words (the speaker's state)
    ("A spokesman for the Freedonian cabinet said Fredville had expelled two Sylvanian diplomats.", "expelled",
     "174", "A spokesman", "Fredville", "two Sylvanian diplomats"),
    # a passive subject is the target, not a third thing
    ("The Freedonian police chief said nine Sylvanian smugglers had been detained overnight.", "detained", "173",
     "The Freedonian police chief", "The Freedonian police chief", "nine Sylvanian smugglers"),
])
def test_an_own_act_told_of_its_doer_or_target_stays_an_own_report(nlp, sentence, trigger, cameo, speaker, doer,
                                                                    target):
    made, doc = own_parsed(nlp, sentence, trigger, cameo, speaker, doer, target)
    assert own_side_report(made, doc)
    assert features(made, load_senses(), ROOTS, doc)["own_side_report"] == 1.0


# (session 39) an act told as a term of an agreement ("under the deal, the rebels will withdraw"): a party's pledge
# written into an agreement
def term_draft(nlp, sentence: str, trigger: str, cameo: str, modality: str = "future") -> tuple[EventDraft, object]:
    made, doc = parsed_draft(nlp, sentence, trigger, cameo, with_doer=False)
    made.source = [actor(next(w for w in ("militia", "junta", "rebels", "Sylvania") if w in sentence), sentence, "SYL")]
    made.modality = modality
    return made, doc


def agreed(made: EventDraft, doc) -> float:
    calibrator = load_calibrator()
    assert calibrator is not None
    return features(made, load_senses(), ROOTS, doc, calibrator.agreed_terms)["agreed_term"]


@pytest.mark.parametrize(("sentence", "trigger", "cameo"), [
    ("Under the truce, the militia will pull its fighters back from the river crossings.", "pull", "87"),
    ("Under the pact, the junta will release 300 political prisoners by March.", "release", "0871"),
    ("Under the accord signed in Lome, the rebels will disarm and return the captured barracks.", "return", "87"),
    ("Under the settlement, Sylvania would hand the disputed islets back to Freedonia within a year.", "hand", "87"),
])
def test_an_act_told_as_an_agreements_term_is_weighed_as_such(nlp, sentence, trigger, cameo):
    made, doc = term_draft(nlp, sentence, trigger, cameo)
    assert agreed(made, doc) == 1.0


@pytest.mark.parametrize(("sentence", "trigger", "cameo", "modality"), [
    ("The militia will pull its fighters back from the river crossings.", "pull", "87", "future"),  # no agreement
    ("Under pressure from Freedonia, Sylvania will pull its fighters back.", "pull", "87", "future"),  # no agreement
    ("Under the truce, the militia will not pull its fighters back.", "pull", "87", "negated"),  # denied
    ("Under the truce, the militia would pull its fighters back if paid.", "pull", "87", "hypothetical"),
])
def test_an_act_under_no_agreement_or_not_told_as_done_is_no_term(nlp, sentence, trigger, cameo, modality):
    made, doc = term_draft(nlp, sentence, trigger, cameo, modality)
    assert agreed(made, doc) == 0.0


def test_without_the_words_or_the_parse_no_act_is_an_agreements_term(nlp):
    made, doc = term_draft(nlp, "Under the truce, the militia will pull its fighters back.", "pull", "87")
    assert features(made, load_senses(), ROOTS, doc)["agreed_term"] == 0.0
    assert features(made, load_senses(), ROOTS)["agreed_term"] == 0.0


def test_an_agreements_term_is_more_likely_kept_than_the_same_act_announced(nlp):
    calibrator = load_calibrator()
    assert calibrator is not None
    senses = load_senses()
    term, term_doc = term_draft(nlp, "Under the truce, the militia will pull its fighters back.", "pull", "87")
    plain, plain_doc = term_draft(nlp, "After the talks, the militia will pull its fighters back.", "pull", "87")
    assert calibrator.probability(term, senses, ROOTS, term_doc) > calibrator.probability(plain, senses, ROOTS,
                                                                                          plain_doc)

"""Headlines (and kickers) above an article's dateline are sentences like any other: their actors count, in
headline style ("X sends Y", "X to expel Y", two clauses set side by side with a comma); the dateline itself
and bylines never give an actor (real parses, invented headlines)."""

import pytest


def events_of(coder, text):
    return [(e.event.plover, [a.text for a in e.source], [a.text for a in e.target], e.modality)
            for e in coder.code_text(text, published="2021-05-03").events if e.sentence_index == 0]


def all_actor_texts(coder, text):
    return {a.text for e in coder.code_text(text, published="2021-05-03").events
            for a in (*e.source, *e.target, *e.attribution)}


@pytest.mark.slow
def test_a_headline_above_the_dateline_names_who_acts_and_is_helped(pipeline_coder):
    text = "Nepal declares emergency, India sends rescue teams\nKATHMANDU (Reuters) - More people were found on Monday."
    assert ("AID", ["India"], ["Nepal"], "asserted") in events_of(pipeline_coder, text)


@pytest.mark.slow
def test_a_headline_infinitive_is_a_future_act_and_the_byline_gives_no_actor(pipeline_coder):
    text = "Germany to expel Iranian diplomats\nBy Peter Mwangi\nBERLIN (Reuters) - The ministry spoke on Monday."
    found = events_of(pipeline_coder, text)
    assert [(plover, source, modality) for plover, source, _, modality in found] == [("SANCTION", ["Germany"], "future")]
    assert not any("Mwangi" in t for t in all_actor_texts(pipeline_coder, text))


@pytest.mark.slow
def test_a_present_tense_headline_is_an_asserted_act(pipeline_coder):
    text = "Brazil condemns Venezuela vote\nBRASILIA (Reuters) - Officials spoke on Monday."
    assert ("ACCUSE", ["Brazil"], ["Venezuela vote"], "asserted") in events_of(pipeline_coder, text)


@pytest.mark.slow
def test_a_clause_of_saying_beside_help_is_not_who_is_helped(pipeline_coder):
    found = events_of(pipeline_coder, "Chile sends aid, Peru said on Monday.")
    assert [(plover, source, target) for plover, source, target, _ in found] == [("AID", ["Chile"], [])]


_AFTER = ("\n{place} (Reuters) - The trip was announced on Monday. It was planned last year. Talks will cover trade and "
          "gas. Officials in both capitals spoke of progress. The two sides last met in 2019. More talks may follow.")


@pytest.mark.slow
@pytest.mark.parametrize("headline, place, source, target", [
    # the parser hangs the infinitive on the root noun before it (an acl, or a relative clause)
    ("French president to visit Algeria next week", "PARIS", ["French president"], ["Algeria"]),
    ("Japanese envoy to meet Chinese counterparts", "TOKYO", ["Japanese envoy"], ["Chinese counterparts"]),
])
def test_a_headline_infinitive_on_its_subject_noun_is_that_subjects_future_act(pipeline_coder, headline, place,
                                                                               source, target):
    found = events_of(pipeline_coder, headline + _AFTER.format(place=place))
    assert ("CONSULT", source, target, "future") in found


@pytest.mark.slow
def test_a_headline_verb_the_parser_took_for_a_noun_keeps_its_subject(pipeline_coder):
    text = "Kenyan police arrest opposition leader\nNAIROBI (Reuters) - Officials spoke on Monday."
    assert ("COERCE", ["Kenyan police"], ["opposition leader"], "asserted") in events_of(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("headline, plover, source", [
    # (session 31) the verb taken for a modifier of the act noun, its subject for that modifier's own modifier
    ("Ugandan police fire tear gas at students in Kampala", "ASSAULT", ["Ugandan police"]),
    ("Pakistani police fire tear gas at lawyers in Lahore", "ASSAULT", ["Pakistani police"]),
])
def test_a_headline_verb_taken_for_a_modifier_keeps_its_subject(pipeline_coder, headline, plover, source):
    found = [f for f in events_of(pipeline_coder, headline + "\nKAMPALA (Reuters) - Officials spoke on Monday.")
             if f[0] == plover]
    assert found and all(f[1] == source for f in found)


_STORY = "\n{place} (AP) - Officials spoke on Monday. Lawyers said little."


@pytest.mark.slow
@pytest.mark.parametrize("headline, place, plover, target", [
    # (session 18) a headline's passive drops its auxiliary: the one named undergoes the act (done by no one named,
    # or by the state of the place it happened in)
    ("Opposition leader detained ahead of rally in Harare", "HARARE", "COERCE", ["Opposition leader"]),
    ("Two aid workers abducted near Goma", "GOMA", "ASSAULT", ["Two aid workers"]),
    ("Union boss detained as strike spreads", "LIMA", "COERCE", ["Union boss"]),
])
def test_a_headline_passive_has_its_subject_acted_on(pipeline_coder, headline, place, plover, target):
    found = events_of(pipeline_coder, headline + _STORY.format(place=place))
    assert any(p == plover and t == target and target[0] not in source for p, source, t, _ in found), found


@pytest.mark.slow
@pytest.mark.parametrize("headline, place, plover, source", [
    # near misses: a protest, a retreat or a fight is done by its subject, and a sentence that ends in a stop or an
    # active verb with an object is no headline passive
    ("Protesters marched on parliament in Accra", "ACCRA", "PROTEST", ["Protesters"]),
    ("Rebel fighters withdrew from Goma", "GOMA", "RETREAT", ["Rebel fighters"]),
    ("Police detained the opposition leader in Harare.", "HARARE", "COERCE", ["Police"]),
])
def test_a_headline_act_done_by_its_subject_keeps_it(pipeline_coder, headline, place, plover, source):
    found = events_of(pipeline_coder, headline + _STORY.format(place=place))
    assert any(p == plover and s == source for p, s, _, _ in found), found


@pytest.mark.slow
def test_a_headline_of_police_firing_tear_gas_is_repression_even_read_as_one_noun_phrase(pipeline_coder):
    # (session 18) "police fire tear gas at ..." is parsed as a compound noun: "tear gas" names the act
    found = events_of(pipeline_coder, "Police fire tear gas at students" + _STORY.format(place="DHAKA"))
    assert any(p == "ASSAULT" and t == ["students"] for p, _, t, _ in found), found



@pytest.mark.slow
def test_a_headline_passive_subject_is_the_object_a_trigger_needs(pipeline_coder):
    # (session 18) "Curfew imposed in Jos": impose + curfew, the curfew being the passive's subject (read as
    # lone lines: an unnamed authority's curfew in a whole article is dropped as no political actor's act)
    text = "Curfew imposed in Jos after clashes\nTwo journalists held, offices sealed in Lahore\nOfficials spoke."
    found = [(e.event.plover, [a.text for a in e.target]) for e in pipeline_coder.code_text(text).events]
    assert ("COERCE", []) in found and ("COERCE", ["Two journalists"]) in found, found


@pytest.mark.slow
@pytest.mark.parametrize("headline, plover, source, target", [
    # (session 33) the parser tags the headline's "votes" as a plural noun and hangs the infinitive on it: the vote
    # decides the act (asserted, as "voted to impose"), no promise or threat to do it
    ("Senate votes to block arms sales to Saudi Arabia", "SANCTION", "Senate", "Saudi Arabia"),
    ("EU votes to extend sanctions on Russia for six months", "SANCTION", "EU", "Russia"),
])
def test_a_headline_vote_to_act_is_the_act_decided(pipeline_coder, headline, plover, source, target):
    found = events_of(pipeline_coder, headline + _STORY.format(place="BRUSSELS"))
    assert any(p == plover and s and s[0].startswith(source) and t == [target] and m == "asserted"
               for p, s, t, m in found), found
    assert not any(p == "THREATEN" for p, _, _, _ in found), found

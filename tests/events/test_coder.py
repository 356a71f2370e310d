"""EventCoder on hand-built parses: event type, roles, modality, attribution and evidence offsets."""

from datetime import date

import pytest
from handparse import code, context_for, invasion_continued_doc, make_doc, mention, refusal_doc

from eventscope.events import EventCoder, load_patterns, main_event, plover_convention
from eventscope.events.roles.picker import ActorPicker
from eventscope.ontology import load_ontology
from eventscope.records import Event


def attacked_doc():
    return make_doc([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_active_clause_gives_type_roles_and_offsets(coder):
    doc = attacked_doc()
    events = code(coder, doc, [mention(doc, 0, 1, "Russia", "RUS"), mention(doc, 2, 3, "Ukraine", "UKR")])
    assert len(events) == 1
    event = events[0]
    assert (event.event.cameo, event.event.plover, event.event.quad_class) == ("190", "ASSAULT", 4)
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["UKR"]
    assert event.modality == "asserted"
    assert doc.text[event.trigger.start:event.trigger.end] == "attacked"
    assert (event.evidence.start, event.evidence.end, event.evidence.text) == (0, len(doc.text), doc.text)
    assert doc[event.trigger_token].text == "attacked"  # a draft: where and when are the pipeline's
    assert event.id == Event.make_id("test-article", 0, event.trigger.start, event.trigger.end, "190")


def test_unresolved_phrases_still_fill_the_roles(coder):
    events = code(coder, attacked_doc(), [])
    assert [(a.name, a.country, a.kind, a.reason) for a in events[0].source] == [
        ("Russia", None, "group", "unresolved phrase")
    ]
    assert [a.text for a in events[0].target] == ["Ukraine"]


def test_passive_voice_takes_the_by_agent_as_source(coder):
    doc = make_doc([
        ("Ukraine", "Ukraine", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("attacked", "attack", "VERB", "VBN", "ROOT", 2),
        ("by", "by", "ADP", "IN", "agent", 2),
        ("Russia", "Russia", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "Ukraine", "UKR"), mention(doc, 4, 5, "Russia", "RUS")])
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["UKR"]


def test_negation_is_recorded_not_dropped(coder):
    doc = make_doc([
        ("China", "China", "PROPN", "NNP", "nsubj", 3),
        ("did", "do", "AUX", "VBD", "aux", 3),
        ("not", "not", "PART", "RB", "neg", 3),
        ("criticise", "criticise", "VERB", "VB", "ROOT", 3),
        ("Russia", "Russia", "PROPN", "NNP", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "China", "CHN"), mention(doc, 4, 5, "Russia", "RUS")])
    assert (event.event.plover, event.modality) == ("ACCUSE", "negated")


def test_nominal_trigger_takes_the_possessor_as_source(coder):
    doc = make_doc([
        ("Russia", "Russia", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("invasion", "invasion", "NOUN", "NN", "nsubj", 5),
        ("of", "of", "ADP", "IN", "prep", 2),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 3),
        ("continued", "continue", "VERB", "VBD", "ROOT", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "Russia", "RUS"), mention(doc, 4, 5, "Ukraine", "UKR")])
    assert event.event.plover == "ASSAULT" and event.trigger.text == "invasion"
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["UKR"]


def test_according_to_an_outlet_is_attribution_and_never_a_participant(coder):
    doc = make_doc([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("according", "accord", "VERB", "VBG", "prep", 1),
        ("to", "to", "ADP", "IN", "prep", 4),
        ("CNN", "CNN", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "Russia", "RUS"), mention(doc, 2, 3, "Ukraine", "UKR")])
    assert [a.name for a in event.attribution] == ["CNN"]
    assert "CNN" not in {a.name for a in [*event.source, *event.target]}


def test_a_lone_refusal_is_one_event_the_reject(coder):
    events = code(coder, *refusal_doc())
    assert [(e.event.plover, e.modality) for e in events] == [("REJECT", "asserted")]
    assert [a.country for a in events[0].source] == ["FRE"] and [a.country for a in events[0].target] == ["SYL"]


def test_in_an_article_a_refusal_is_one_event_the_reject_too(article_coder):
    # the articles' coders code a refusal alone, without the refused act negated beside it (selection._refused_act;
    # the codebook's "refused to meet" example names both, its gold none of 41 times)
    events = code(article_coder, *refusal_doc())
    assert [(e.event.plover, e.modality) for e in events] == [("REJECT", "asserted")]
    assert [a.country for a in events[0].source] == ["FRE"]
    assert main_event(events) is events[0]


def visit_doc():
    # "Putin will visit China."
    doc = make_doc([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 2),
        ("will", "will", "AUX", "MD", "aux", 2),
        ("visit", "visit", "VERB", "VB", "ROOT", 2),
        ("China", "China", "PROPN", "NNP", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    return doc, [mention(doc, 0, 1, "Vladimir Putin", "RUS", "person"), mention(doc, 3, 4, "China", "CHN")]


def test_a_lone_planned_visit_is_one_event_the_intent_to_meet(coder):
    # CAMEO codes the announcement (036 express intent to meet); the visit itself has not happened
    intent, = code(coder, *visit_doc())
    assert (intent.event.cameo, intent.event.plover, intent.modality) == ("036", "AGREE", "asserted")
    assert [a.country for a in intent.source] == ["RUS"] and [a.country for a in intent.target] == ["CHN"]


def test_in_an_article_a_planned_visit_is_the_visit_with_modality_future(article_coder):
    visit, = code(article_coder, *visit_doc())
    assert (visit.event.plover, visit.event.mode, visit.event.cameo, visit.modality) == ("CONSULT", "visit", "042", "future")
    assert plover_convention(visit) == "AGREE"
    assert [a.country for a in visit.target] == ["CHN"]


def test_a_sentence_without_trigger_gives_no_event(coder):
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("weather", "weather", "NOUN", "NN", "nsubj", 2),
        ("improved", "improve", "VERB", "VBD", "ROOT", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert code(coder, doc, []) == []


def test_an_empty_document_gives_no_event_and_an_unparsed_one_a_clear_error(coder):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    empty = Doc(Vocab(), words=[])
    assert coder.code(context_for(empty, [])) == []
    unparsed = Doc(Vocab(), words=["Russia", "attacked", "Ukraine"])
    with pytest.raises(ValueError, match="dependency parse"):
        coder.code(context_for(unparsed, []))


def test_an_act_inside_another_acts_phrase_ranks_below_it(coder):
    # "Kenya demanded Somalia release hostages.": the release is what the demand is about
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
        ("demanded", "demand", "VERB", "VBD", "ROOT", 1),
        ("Somalia", "Somalia", "PROPN", "NNP", "nsubj", 3),
        ("release", "release", "VERB", "VB", "ccomp", 1),
        ("hostages", "hostage", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Kenya", "KEN"), mention(doc, 2, 3, "Somalia", "SOM")])
    assert [e.event.plover for e in events] == ["REQUEST"]
    assert [a.country for a in events[0].source] == ["KEN"]
    readings = EventCoder(coder.ontology, coder.patterns, every_reading=True).code(context_for(doc, [
        mention(doc, 0, 1, "Kenya", "KEN"), mention(doc, 2, 3, "Somalia", "SOM")]))
    demand, release = readings[0], next(e for e in readings if doc[e.trigger_token].text == "release")
    assert demand.event.plover == "REQUEST" and demand.confidence > release.confidence


def _sentence_events(coder, doc, mentions, whole_article):
    context = context_for(doc, mentions)
    picker = ActorPicker(doc, context.mentions, coder.patterns, context.dateline)
    lemmas = [t.lemma_.lower() for t in doc]
    return coder.code_sentence(next(iter(doc.sents)), 0, context.article, picker, lemmas,
                               whole_article=whole_article)


def test_definite_noun_with_no_one_acted_on_refers_back_in_a_whole_article(coder):
    # "The invasion by Freedonia continued." (after the article told of it): no second event
    doc, mentions = invasion_continued_doc()
    assert [e.event.plover for e in _sentence_events(coder, doc, mentions, whole_article=False)] == ["ASSAULT"]
    assert _sentence_events(coder, doc, mentions, whole_article=True) == []


def test_definite_noun_naming_whom_it_was_done_to_is_coded_in_a_whole_article(coder):
    # "Officials recalled the killing of two Ruritanian judges." : new detail, coded again
    doc = make_doc([
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1),
        ("recalled", "recall", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("killing", "killing", "NOUN", "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("two", "two", "NUM", "CD", "nummod", 7),
        ("Ruritanian", "ruritanian", "ADJ", "JJ", "amod", 7),
        ("judges", "judge", "NOUN", "NNS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    mentions = [mention(doc, 6, 8, "Ruritania", "RUR", kind="group")]
    events = _sentence_events(coder, doc, mentions, whole_article=True)
    assert [(e.event.plover, e.trigger.text) for e in events] == [("ASSAULT", "killing")]


def _warned_doc(rest: list[tuple[str, str, str, str, str, int]]):
    # "Russia warned ..." (rest: the words after "warned", heads as absolute indices)
    return make_doc([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("warned", "warn", "VERB", "VBD", "ROOT", 1),
        *rest,
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_a_warning_not_to_act_asks_something_of_someone(coder):
    # "Russia warned Ukraine not to join the alliance."
    doc = _warned_doc([
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 1),
        ("not", "not", "PART", "RB", "neg", 5),
        ("to", "to", "PART", "TO", "aux", 5),
        ("join", "join", "VERB", "VB", "xcomp", 1),
        ("the", "the", "DET", "DT", "det", 7),
        ("alliance", "alliance", "NOUN", "NN", "dobj", 5),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Russia", "RUS"), mention(doc, 2, 3, "Ukraine", "UKR")])
    event = main_event(events)
    assert event is not None and event.event.plover == "REQUEST"
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["UKR"]


def test_a_warning_that_something_is_so_is_a_comment_and_one_of_what_will_be_done_a_threat(coder):
    # "Russia warned that the plan was flawed."
    doc = _warned_doc([
        ("that", "that", "SCONJ", "IN", "mark", 5),
        ("the", "the", "DET", "DT", "det", 4),
        ("plan", "plan", "NOUN", "NN", "nsubj", 5),
        ("was", "be", "AUX", "VBD", "ccomp", 1),
        ("flawed", "flawed", "ADJ", "JJ", "acomp", 5),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Russia", "RUS")])
    assert [e.event.plover for e in events if e.event.plover] == []
    # "Russia warned that it would attack Ukraine."
    doc = _warned_doc([
        ("that", "that", "SCONJ", "IN", "mark", 5),
        ("it", "it", "PRON", "PRP", "nsubj", 5),
        ("would", "would", "AUX", "MD", "aux", 5),
        ("attack", "attack", "VERB", "VB", "ccomp", 1),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 5),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Russia", "RUS"), mention(doc, 6, 7, "Ukraine", "UKR")])
    assert "THREATEN" in [e.event.plover for e in events]


def _private_doc(verb: str, lemma: str):
    # "Smith <verb> Jones."
    return make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("Jones", "Jones", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def _people(doc):
    return [mention(doc, 0, 1, "Smith", None, kind="person"), mention(doc, 2, 3, "Jones", None, kind="person")]


def test_in_an_article_an_act_between_private_people_is_no_event_but_violence_is(coder):
    from dataclasses import replace

    from eventscope.events.senses import load_senses

    # every hand-built document is a whole article about politics
    article_coder = EventCoder(load_ontology(), load_patterns(),
                               senses=replace(load_senses(), min_sentences=1, min_political_share=0.0))
    doc = _private_doc("invited", "invite")
    assert [e.event.plover for e in code(coder, doc, _people(doc))] == ["REQUEST"]  # a lone sentence keeps it
    assert code(article_coder, doc, _people(doc)) == []
    doc = _private_doc("attacked", "attack")
    assert [e.event.plover for e in code(article_coder, doc, _people(doc))] == ["ASSAULT"]
    doc = _private_doc("invited", "invite")
    minister = [mention(doc, 0, 1, "Smith", "GBR"), mention(doc, 2, 3, "Jones", None, kind="person")]
    assert [e.event.plover for e in code(article_coder, doc, minister)] == ["REQUEST"]  # a state acts


@pytest.mark.slow
def test_a_teaser_line_gives_no_event_even_when_the_parser_joins_it_to_the_next_line(pipeline_coder):
    text = ("Russia and Ukraine held talks in Geneva on Monday.\n"
            "Read more: Russian troops attack Ukrainian border posts\n"
            "Freedom fighters of the past\n"
            "The talks ended without a deal on Tuesday.")
    coded = pipeline_coder.code_text(text)
    assert coded.events  # the talks
    assert not [e for e in coded.events if e.event.plover == "ASSAULT"]


def test_in_an_article_stopping_support_is_a_cut_and_stopping_violence_a_de_escalation(article_coder):
    def stop_doc(verb: str, lemma: str, dep: str, tag: str):
        # "Ruritania will stop <verb> the rebels."
        return make_doc([
            ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 2),
            ("will", "will", "AUX", "MD", "aux", 2),
            ("stop", "stop", "VERB", "VB", "ROOT", 2),
            (verb, lemma, "VERB", tag, dep, 2),
            ("the", "the", "DET", "DT", "det", 5),
            ("rebels", "rebel", "NOUN", "NNS", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 2),
        ])

    doc = stop_doc("supporting", "support", "xcomp", "VBG")
    mentions = [mention(doc, 0, 1, "Ruritania", "RUR"), mention(doc, 5, 6, "rebels", "RUR", kind="group")]
    events = code(article_coder, doc, mentions)
    assert [(e.event.plover, e.modality) for e in events] == [("SANCTION", "future")]
    doc = stop_doc("attacking", "attack", "xcomp", "VBG")
    events = code(article_coder, doc, mentions)
    assert [(e.event.plover, e.modality) for e in events] == [("RETREAT", "future")]


def test_in_an_article_a_plan_met_with_resistance_is_no_meeting(article_coder):
    # "The plan was met with resistance from Russia."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("plan", "plan", "NOUN", "NN", "nsubjpass", 3),
        ("was", "be", "AUX", "VBD", "auxpass", 3),
        ("met", "meet", "VERB", "VBN", "ROOT", 3),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("resistance", "resistance", "NOUN", "NN", "pobj", 4),
        ("from", "from", "ADP", "IN", "prep", 5),
        ("Russia", "Russia", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    events = code(article_coder, doc, [mention(doc, 7, 8, "Russia", "RUS")])
    assert "CONSULT" not in [e.event.plover for e in events]


def test_in_an_article_slamming_into_something_is_no_criticism(article_coder):
    # "Russia slammed into the wall."
    doc = make_doc([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("slammed", "slam", "VERB", "VBD", "ROOT", 1),
        ("into", "into", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("wall", "wall", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert "ACCUSE" not in [e.event.plover for e in code(article_coder, doc, [mention(doc, 0, 1, "Russia", "RUS")])]
    # "Russia slammed Ukraine."
    doc = make_doc([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("slammed", "slam", "VERB", "VBD", "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(article_coder, doc, [mention(doc, 0, 1, "Russia", "RUS"), mention(doc, 2, 3, "Ukraine", "UKR")])
    assert [e.event.plover for e in events] == ["ACCUSE"]


def _reciprocal_doc(verb: str, lemma: str, first: str, second: str):
    # "Chile and Peru accused each other ." / "Chile and Peru met one another ."
    return make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        (verb, lemma, "VERB", "VBD", "ROOT", 3),
        (first, first, "DET", "DT", "det", 5),
        (second, second, "ADJ", "JJ", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])


def test_a_reciprocal_act_is_one_event_each_way_and_a_joint_one_is_coded_once(coder):
    from dataclasses import replace

    from eventscope.events.senses import load_senses

    article_coder = EventCoder(load_ontology(), load_patterns(),
                               senses=replace(load_senses(), min_sentences=1, min_political_share=0.0))
    doc = _reciprocal_doc("accused", "accuse", "each", "other")
    states = [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 2, 3, "Peru", "PER")]
    events = code(article_coder, doc, states)
    dyads = sorted((e.event.plover, [a.country for a in e.source], [a.country for a in e.target]) for e in events)
    assert dyads == [("ACCUSE", ["CHL"], ["PER"]), ("ACCUSE", ["PER"], ["CHL"])]
    assert len({e.id for e in events}) == 2  # two records, each with its own id
    assert sorted(e.trigger.text for e in events) == ["accused", "accused each other"]
    lone = code(coder, doc, states)
    assert len(lone) == 1 and [a.country for a in lone[0].target] == ["PER"]  # a lone sentence: its main event
    doc = _reciprocal_doc("met", "meet", "one", "another")
    events = code(article_coder, doc, [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 2, 3, "Peru", "PER")])
    assert [(e.event.plover, [a.country for a in e.source], [a.country for a in e.target]) for e in events] == [
        ("CONSULT", ["CHL"], ["PER"])]  # done together: coded once, as the codebook allows


def test_beside_each_other_what_the_act_is_for_is_no_target(coder):
    from dataclasses import replace

    from eventscope.events.senses import load_senses

    article_coder = EventCoder(load_ontology(), load_patterns(),
                               senses=replace(load_senses(), min_sentences=1, min_political_share=0.0))
    # "Chile and Peru blamed each other for the collapse ." : blamed for the collapse, aimed at each other
    doc = make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("blamed", "blame", "VERB", "VBD", "ROOT", 3),
        ("each", "each", "DET", "DT", "det", 5),
        ("other", "other", "ADJ", "JJ", "dobj", 3),
        ("for", "for", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 8),
        ("collapse", "collapse", "NOUN", "NN", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    events = code(article_coder, doc, [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 2, 3, "Peru", "PER")])
    dyads = sorted((e.event.plover, [a.country for a in e.source], [a.country for a in e.target]) for e in events)
    assert dyads == [("ACCUSE", ["CHL"], ["PER"]), ("ACCUSE", ["PER"], ["CHL"])]


def test_those_joined_for_a_purpose_act_in_it_too(coder):
    # "Dutch engineers joined Belgian experts to assist Ghana ." : two helpers, one act each
    doc = make_doc([
        ("Dutch", "dutch", "ADJ", "JJ", "amod", 1),
        ("engineers", "engineer", "NOUN", "NNS", "nsubj", 2),
        ("joined", "join", "VERB", "VBD", "ROOT", 2),
        ("Belgian", "belgian", "ADJ", "JJ", "amod", 4),
        ("experts", "expert", "NOUN", "NNS", "dobj", 2),
        ("to", "to", "PART", "TO", "aux", 6),
        ("assist", "assist", "VERB", "VB", "advcl", 2),
        ("Ghana", "Ghana", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    mentions = [mention(doc, 0, 2, "Dutch engineers", "NLD", kind="group"),
                mention(doc, 3, 5, "Belgian experts", "BEL", kind="group"), mention(doc, 7, 8, "Ghana", "GHA")]
    aid = next(e for e in code(coder, doc, mentions) if e.event.plover == "AID")
    assert [a.country for a in aid.source] == ["NLD", "BEL"] and [a.country for a in aid.target] == ["GHA"]


def test_an_apposition_opened_by_even_is_one_more_actor_of_the_list(coder):
    # "Farmers , teachers , even the bar association condemned Ruritania ."
    doc = make_doc([
        ("Farmers", "farmer", "NOUN", "NNS", "nsubj", 8),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("teachers", "teacher", "NOUN", "NNS", "conj", 0),
        (",", ",", "PUNCT", ",", "punct", 2),
        ("even", "even", "ADV", "RB", "advmod", 7),
        ("the", "the", "DET", "DT", "det", 7),
        ("bar", "bar", "NOUN", "NN", "compound", 7),
        ("association", "association", "NOUN", "NN", "appos", 2),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 8),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ])
    groups = [mention(doc, 0, 1, "farmers", "RUR", kind="group"), mention(doc, 2, 3, "teachers", "RUR", kind="group"),
              mention(doc, 6, 8, "bar association", "RUR", kind="group")]
    events = code(coder, doc, [*groups, mention(doc, 9, 10, "Ruritania", "RUR")])
    assert [a.name for a in events[0].source] == ["farmers", "teachers", "bar association"]


def test_those_listed_with_the_one_judged_are_judged_too(coder):
    # "Smith said the governor and the mayor failed ." : two accusations (one dyad each)
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("governor", "governor", "NOUN", "NN", "nsubj", 7),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("mayor", "mayor", "NOUN", "NN", "conj", 3),
        ("failed", "fail", "VERB", "VBD", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "John Smith", "USA", "person"),
                               mention(doc, 2, 4, "governor", "USA", "person"),
                               mention(doc, 5, 7, "mayor", "USA", "person")])
    accusation = next(e for e in events if e.event.plover == "ACCUSE")
    assert [a.name for a in accusation.source] == ["John Smith"]
    assert [a.name for a in accusation.target] == ["governor", "mayor"]


def test_a_pair_named_by_one_phrase_acts_together_and_a_topic_is_no_party(coder):
    # "The two sides discussed the war in Chad ." : the sides are Peru and Chile (one phrase, two parties)
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 2),
        ("two", "two", "NUM", "CD", "nummod", 2),
        ("sides", "side", "NOUN", "NNS", "nsubj", 3),
        ("discussed", "discuss", "VERB", "VBD", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 5),
        ("war", "war", "NOUN", "NN", "dobj", 3),
        ("in", "in", "ADP", "IN", "prep", 5),
        ("Chad", "Chad", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    sides = [mention(doc, 0, 3, "Peru", "PER"), mention(doc, 0, 3, "Chile", "CHL")]
    events = code(coder, doc, [*sides, mention(doc, 7, 8, "Chad", "TCD")])
    assert [(e.event.plover, [a.country for a in e.source], [a.country for a in e.target]) for e in events] == [
        ("CONSULT", ["PER"], ["CHL"])]


@pytest.mark.slow
def test_two_parties_that_quarrel_judge_each_other(pipeline_coder):
    # a mutual verb (pairs.yaml mutual_verbs) with two parties as its subject is one act each way, not an act of both
    # on an implied target of the first one's country
    text = ("Chile recalled its ambassador to Bolivia on Tuesday.\n"
            "The two countries have feuded for decades over access to the sea.\n"
            "Armenia and Azerbaijan bickered over the border again on Monday.")
    coded = pipeline_coder.code_text(text, published=date(2024, 5, 16))
    events = [e for e in coded.events if e.event.plover == "ACCUSE"]
    dyads = sorted(([a.country for a in e.source], [a.country for a in e.target]) for e in events)
    assert dyads == [(["ARM"], ["AZE"]), (["AZE"], ["ARM"]), (["BOL"], ["CHL"]), (["CHL"], ["BOL"])], dyads


def test_two_parties_that_trade_accusations_accuse_each_other(pipeline_coder):
    # an earlier act's target is not this one's; each party accuses the other, as two records
    text = ("Indian and Pakistani troops traded fire across the border on Monday.\n"
            "Ethiopia and Sudan traded accusations over the clashes.\n"
            "The two leaders exchanged insults at the summit.")
    coded = pipeline_coder.code_text(text, published=date(2024, 5, 16))  # (a dated text is read as an article)
    events = [e for e in coded.events if e.event.plover == "ACCUSE"]
    dyads = sorted(([a.country for a in e.source], [a.country for a in e.target]) for e in events)
    assert dyads == [(["ETH"], ["SDN"]), (["ETH"], ["SDN"]), (["SDN"], ["ETH"]), (["SDN"], ["ETH"])]
    assert len({e.id for e in events}) == 4
    assert {e.trigger.text for e in events} == {"traded accusations", "Ethiopia and Sudan traded accusations",
                                                "exchanged insults", "The two leaders exchanged insults"}


def _joint_refusal_doc(verb: str, noun: str):
    # "Chile and Peru refused to <verb> the <noun> ."
    return make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 3),
        ("to", "to", "PART", "TO", "aux", 5),
        (verb, verb, "VERB", "VB", "xcomp", 3),
        ("the", "the", "DET", "DT", "det", 7),
        (noun, noun, "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])


def test_a_refusal_of_what_each_does_alone_is_not_done_between_the_two(coder):
    # (session 20) "Chile and Peru refused to endorse the plan": endorsing is one-sided (triggers.yaml one_sided_codes),
    # so both refuse, neither at the other; refusing to sign a treaty is refusing a joint act, done between the two
    doc = _joint_refusal_doc("endorse", "plan")
    events = code(coder, doc, [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 2, 3, "Peru", "PER")])
    refusals = [e for e in events if e.event.plover == "REJECT"]
    assert refusals and all(sorted(a.country for a in e.source) == ["CHL", "PER"] for e in refusals)
    assert not any(a.country for e in refusals for a in e.target)
    doc = _joint_refusal_doc("sign", "treaty")
    events = code(coder, doc, [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 2, 3, "Peru", "PER")])
    assert [([a.country for a in e.source], [a.country for a in e.target]) for e in events
            if e.event.plover == "REJECT"] == [(["CHL"], ["PER"])]

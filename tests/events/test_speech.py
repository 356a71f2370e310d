"""Speech acts (events/speech.py, data/speech.yaml): criticism and praise in what a speaker says."""

from handparse import code, make_doc, mention
from spacy.tokens import Doc

from eventscope.events import EventCoder, load_patterns
from eventscope.ontology import load_ontology
from eventscope.records import ActorMention, EventDraft


def _smith_said(noun: str, verb: str, verb_lemma: str) -> Doc:
    # "Smith said the <noun> <verb>." (a singular noun, its own lemma; a verb in the past tense)
    return make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        (noun, noun, "NOUN", "NN", "nsubj", 4),
        (verb, verb_lemma, "VERB", "VBD", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def _smith_on(coder: EventCoder, doc: Doc, start: int | None = None, end: int = 0, name: str = "", country: str = "USA",
              kind: str = "person") -> list[EventDraft]:
    """The events coded in `doc` with John Smith of the USA at its first token and, when given, the actor he
    speaks of at doc[start:end]."""
    mentions = [mention(doc, 0, 1, "John Smith", "USA", "person")]
    if start is not None:
        mentions.append(mention(doc, start, end, name, country, kind))
    return code(coder, doc, mentions)


def _acts(events: list[EventDraft]) -> list[tuple[str | None, str, str]]:
    """Each event's PLOVER type, first source's name and first target's name."""
    return [(e.event.plover, e.source[0].name, e.target[0].name) for e in events]


def test_criticism_in_reported_speech_is_the_speakers_accusation(coder):
    doc = _smith_said("governor", "failed", "fail")
    events = _smith_on(coder, doc, 2, 4, "governor")
    accusations = [e for e in events if e.event.plover == "ACCUSE"]
    assert [(a.source[0].name, a.target[0].name, a.modality) for a in accusations] == [("John Smith", "governor", "asserted")]


def test_a_bare_said_is_attribution_not_an_event(coder):
    doc = _smith_said("governor", "slept", "sleep")
    assert _smith_on(coder, doc, 2, 4, "governor") == []


def test_a_negated_judgement_is_no_criticism(coder):
    # "Smith said the governor did not fail."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("governor", "governor", "NOUN", "NN", "nsubj", 6),
        ("did", "do", "AUX", "VBD", "aux", 6),
        ("not", "not", "PART", "RB", "neg", 6),
        ("fail", "fail", "VERB", "VB", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 2, 4, "governor")
    assert not [e for e in events if e.event.plover == "ACCUSE"]


def test_calling_someone_a_failure_is_criticism(coder):
    # "Doe called the mayor a disgrace."
    doc = make_doc([
        ("Doe", "Doe", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("mayor", "mayor", "NOUN", "NN", "dobj", 1),
        ("a", "a", "DET", "DT", "det", 5),
        ("disgrace", "disgrace", "NOUN", "NN", "oprd", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Jane Doe", "USA", "person"),
                               mention(doc, 2, 4, "mayor", "USA", "person")])
    accusation, = [e for e in events if e.event.plover == "ACCUSE"]
    assert (accusation.source[0].name, accusation.target[0].name, accusation.trigger.text) == ("Jane Doe", "mayor", "disgrace")


def test_being_critical_of_an_actor_is_criticism(coder):
    # "Smith was critical of the governor."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("was", "be", "AUX", "VBD", "ROOT", 1),
        ("critical", "critical", "ADJ", "JJ", "acomp", 1),
        ("of", "of", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 5),
        ("governor", "governor", "NOUN", "NN", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 4, 6, "governor")
    assert _acts(events) == [("ACCUSE", "John Smith", "governor")]


def test_critical_to_a_thing_is_no_criticism(coder):
    # "Tourism is critical to the economy."
    doc = make_doc([
        ("Tourism", "tourism", "NOUN", "NN", "nsubj", 1),
        ("is", "be", "AUX", "VBZ", "ROOT", 1),
        ("critical", "critical", "ADJ", "JJ", "acomp", 1),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("Tunisia", "Tunisia", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert code(coder, doc, [mention(doc, 4, 5, "Tunisia", "TUN")]) == []


def test_insisting_that_something_happened_demands_nothing(coder):
    # "Smith insisted that the president backed the report."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("insisted", "insist", "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 5),
        ("the", "the", "DET", "DT", "det", 4),
        ("president", "president", "NOUN", "NN", "nsubj", 5),
        ("backed", "back", "VERB", "VBD", "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 7),
        ("report", "report", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 3, 5, "president")
    assert [e.event.plover for e in events if e.event.plover == "REQUEST"] == []
    assert "010" in [e.event.cameo for e in events]


def test_a_given_name_is_no_news_outlet():
    cues = load_patterns().attribution
    assert not cues.is_outlet_name("State Sen. Dawn Smith")
    assert cues.is_outlet_name("Reuters")


def test_a_withering_assessment_of_an_actors_plan_is_criticism_not_an_offer(coder):
    # "Smith offered a withering assessment of the governor's plan."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("offered", "offer", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("withering", "withering", "ADJ", "JJ", "amod", 4),
        ("assessment", "assessment", "NOUN", "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("governor", "governor", "NOUN", "NN", "poss", 9),
        ("'s", "'s", "PART", "POS", "case", 7),
        ("plan", "plan", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 6, 8, "governor")
    assert _acts(events) == [("ACCUSE", "John Smith", "governor")]


def test_glowing_remarks_are_praise(coder):
    # "Smith made glowing remarks about the governor."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("made", "make", "VERB", "VBD", "ROOT", 1),
        ("glowing", "glowing", "ADJ", "JJ", "amod", 3),
        ("remarks", "remark", "NOUN", "NNS", "dobj", 1),
        ("about", "about", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("governor", "governor", "NOUN", "NN", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 5, 7, "governor")
    assert [(e.event.plover, e.target[0].name) for e in events] == [("SUPPORT", "governor")]


def test_a_word_mentioned_is_no_judgement(coder):
    # "Smith said the word 'failed' was never used." (the word is the subject of the judgement word)
    doc = _smith_said("word", "failed", "fail")
    assert _smith_on(coder, doc) == []


def test_the_most_critical_of_an_actor_is_criticism(coder):
    # "Smith had been most critical of the mayor."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 2),
        ("had", "have", "AUX", "VBD", "aux", 2),
        ("been", "be", "AUX", "VBN", "ROOT", 2),
        ("most", "most", "ADV", "RBS", "advmod", 4),
        ("critical", "critical", "ADJ", "JJ", "attr", 2),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("mayor", "mayor", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events = _smith_on(coder, doc, 6, 8, "mayor")
    assert _acts(events) == [("ACCUSE", "John Smith", "mayor")]


def test_a_speakers_should_on_a_passive_actor_is_a_demand_about_it(coder):
    # "Smith said the ministry should be reformed."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("ministry", "ministry", "NOUN", "NN", "nsubjpass", 6),
        ("should", "should", "AUX", "MD", "aux", 6),
        ("be", "be", "AUX", "VB", "auxpass", 6),
        ("reformed", "reform", "VERB", "VBN", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 2, 4, "Interior Ministry", "TUN", "group")
    assert _acts(events) == [
        ("REQUEST", "John Smith", "Interior Ministry")]


def test_a_word_that_classifies_people_is_no_judgement(coder):
    # "Smith said authoritarian regimes fell."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("authoritarian", "authoritarian", "ADJ", "JJ", "amod", 3),
        ("regimes", "regime", "NOUN", "NNS", "nsubj", 4),
        ("fell", "fall", "VERB", "VBD", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 2, 4, "regimes", "TUN", "group")
    assert [e for e in events if e.event.plover == "ACCUSE"] == []


def test_a_speaker_judging_his_own_act_accuses_no_one(coder):
    # "Smith said his failure hurt Ohio."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("his", "his", "PRON", "PRP$", "poss", 3),
        ("failure", "failure", "NOUN", "NN", "nsubj", 4),
        ("hurt", "hurt", "VERB", "VBD", "ccomp", 1),
        ("Ohio", "Ohio", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    smith = mention(doc, 0, 1, "John Smith", "USA", "person")
    his = ActorMention(actor=smith.actor, token_start=2, token_end=3, head=2)
    events = code(coder, doc, [smith, his, mention(doc, 5, 6, "Ohio", "USA")])
    assert [e for e in events if e.event.plover == "ACCUSE"] == []


def test_we_must_is_the_speakers_own_duty_not_a_demand(coder):
    # "Smith said we must act."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("we", "we", "PRON", "PRP", "nsubj", 4),
        ("must", "must", "AUX", "MD", "aux", 4),
        ("act", "act", "VERB", "VB", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert _smith_on(coder, doc) == []


def test_verbs_of_criticism_beyond_criticize_are_accusations(coder):
    # "Republicans pilloried the administration."
    doc = make_doc([
        ("Republicans", "Republicans", "PROPN", "NNPS", "nsubj", 1),
        ("pilloried", "pillory", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("administration", "administration", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Republican Party", "USA", "group"),
                               mention(doc, 2, 4, "administration", "USA", "group")])
    assert [e.event.plover for e in events] == ["ACCUSE"]


def test_appalled_at_an_actor_is_disapproval(coder):
    # "The senator was appalled by the minister."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("senator", "senator", "NOUN", "NN", "nsubj", 2),
        ("was", "be", "AUX", "VBD", "ROOT", 2),
        ("appalled", "appalled", "ADJ", "JJ", "acomp", 2),
        ("by", "by", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("minister", "minister", "NOUN", "NN", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events = code(coder, doc, [mention(doc, 0, 2, "senator", "USA", "person"),
                               mention(doc, 5, 7, "minister", "GBR", "person")])
    assert [e.event.plover for e in events] == ["ACCUSE"]


def test_a_quote_continued_in_the_next_sentence_belongs_to_its_speaker(coder):
    # '"Nothing changed" Smith said. "The governor is corrupt."'
    rows = [
        ("\u201c", "\u201c", "PUNCT", "``", "punct", 5),
        ("Nothing", "nothing", "PRON", "NN", "nsubj", 2),
        ("changed", "change", "VERB", "VBD", "ccomp", 5),
        ("\u201d", "\u201d", "PUNCT", "''", "punct", 5),
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 5),
        ("said", "say", "VERB", "VBD", "ROOT", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
        ("\u201c", "\u201c", "PUNCT", "``", "punct", 10),
        ("The", "the", "DET", "DT", "det", 9),
        ("governor", "governor", "NOUN", "NN", "nsubj", 10),
        ("is", "be", "AUX", "VBZ", "ROOT", 10),
        ("corrupt", "corrupt", "ADJ", "JJ", "acomp", 10),
        (".", ".", "PUNCT", ".", "punct", 10),
        ("\u201d", "\u201d", "PUNCT", "''", "punct", 10),
    ]
    first = make_doc(rows)
    doc = Doc(first.vocab, words=[t.text for t in first], spaces=[bool(t.whitespace_) for t in first],
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
              deps=[r[4] for r in rows], heads=[r[5] for r in rows], sent_starts=[i in (0, 7) for i in range(len(rows))])
    events = code(coder, doc, [mention(doc, 4, 5, "John Smith", "USA", "person"),
                               mention(doc, 8, 10, "governor", "USA", "person")])
    assert _acts(events) == [("ACCUSE", "John Smith", "governor")]


def test_thanks_sent_to_an_actor_is_praise(coder):
    # "Smith extended her thanks to the authorities."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("extended", "extend", "VERB", "VBD", "ROOT", 1),
        ("her", "her", "PRON", "PRP$", "poss", 3),
        ("thanks", "thank", "NOUN", "NNS", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 6),
        ("authorities", "authority", "NOUN", "NNS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 5, 7, "authorities", "IDN", "group")
    assert [(e.event.plover, e.target[0].name) for e in events] == [("SUPPORT", "authorities")]


def test_overriding_a_veto_rejects_whoever_vetoed(coder):
    # "Lawmakers overrode the governor's veto."
    doc = make_doc([
        ("Lawmakers", "lawmaker", "NOUN", "NNS", "nsubj", 1),
        ("overrode", "override", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("governor", "governor", "NOUN", "NN", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3),
        ("veto", "veto", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "lawmakers", "USA", "group"),
                               mention(doc, 2, 4, "governor", "USA", "person")])
    assert "REJECT" in [e.event.plover for e in events]


def test_a_word_that_judges_only_when_denied_is_criticism_when_denied(coder):
    # "Smith said the ministers were not fit."
    rows = [
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("ministers", "minister", "NOUN", "NNS", "nsubj", 4),
        ("were", "be", "AUX", "VBD", "ccomp", 1),
        ("not", "not", "PART", "RB", "neg", 4),
        ("fit", "fit", "ADJ", "JJ", "acomp", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    doc = make_doc(rows)
    events = _smith_on(coder, doc, 2, 4, "ministers", kind="group")
    assert _acts(events) == [("ACCUSE", "John Smith", "ministers")]
    # "Smith said the ministers were fit.": said plainly, the word judges no one
    plain = make_doc([*rows[:5], ("fit", "fit", "ADJ", "JJ", "acomp", 4), (".", ".", "PUNCT", ".", "punct", 1)])
    assert _smith_on(coder, plain, 2, 4, "ministers", kind="group") == []


def test_not_doing_enough_is_criticism(coder):
    # "Doe said the mayor did not work hard enough."
    doc = make_doc([
        ("Doe", "Doe", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("mayor", "mayor", "NOUN", "NN", "nsubj", 6),
        ("did", "do", "AUX", "VBD", "aux", 6),
        ("not", "not", "PART", "RB", "neg", 6),
        ("work", "work", "VERB", "VB", "ccomp", 1),
        ("hard", "hard", "ADV", "RB", "advmod", 6),
        ("enough", "enough", "ADV", "RB", "advmod", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Jane Doe", "USA", "person"),
                               mention(doc, 2, 4, "mayor", "USA", "person")])
    accusations = [(e.source[0].name, e.target[0].name) for e in events if e.event.plover == "ACCUSE"]
    assert accusations == [("Jane Doe", "mayor")]


def test_a_denied_praise_of_the_subject_is_criticism(coder):
    # '"They are not honest brokers," the senator said.'
    doc = make_doc([
        ("\u201c", "\u201c", "PUNCT", "``", "punct", 9),
        ("They", "they", "PRON", "PRP", "nsubj", 2),
        ("are", "be", "AUX", "VBP", "ccomp", 9),
        ("not", "not", "PART", "RB", "neg", 2),
        ("honest", "honest", "ADJ", "JJ", "amod", 5),
        ("brokers", "broker", "NOUN", "NNS", "attr", 2),
        (",", ",", "PUNCT", ",", "punct", 9),
        ("\u201d", "\u201d", "PUNCT", "''", "punct", 9),
        ("senator", "senator", "NOUN", "NN", "nsubj", 9),
        ("said", "say", "VERB", "VBD", "ROOT", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ])
    events = code(coder, doc, [mention(doc, 8, 9, "senator", "USA", "person"),
                               mention(doc, 1, 2, "ministers", "GBR", "group")])
    assert _acts(events) == [("ACCUSE", "senator", "ministers")]


def _under_fire(reason: bool) -> Doc:
    # "The minister came under fire from unions (over the tax)."
    rows = [
        ("The", "the", "DET", "DT", "det", 1),
        ("minister", "minister", "NOUN", "NN", "nsubj", 2),
        ("came", "come", "VERB", "VBD", "ROOT", 2),
        ("under", "under", "ADP", "IN", "prep", 2),
        ("fire", "fire", "NOUN", "NN", "pobj", 3),
        ("from", "from", "ADP", "IN", "prep", 2),
        ("unions", "union", "NOUN", "NNS", "pobj", 5),
    ]
    if reason:
        rows += [("over", "over", "ADP", "IN", "prep", 2), ("the", "the", "DET", "DT", "det", 9),
                 ("tax", "tax", "NOUN", "NN", "pobj", 7)]
    return make_doc(rows + [(".", ".", "PUNCT", ".", "punct", 2)])


def test_coming_under_fire_for_something_is_being_criticised(coder):
    doc = _under_fire(reason=True)
    events = code(coder, doc, [mention(doc, 0, 2, "minister", "GBR", "person"),
                               mention(doc, 6, 7, "unions", "GBR", "group")])
    assert _acts(events) == [("ACCUSE", "unions", "minister")]


def test_coming_under_fire_with_no_reason_is_no_criticism(coder):
    # gunfire, not words: no reason is given for it
    doc = _under_fire(reason=False)
    events = code(coder, doc, [mention(doc, 0, 2, "minister", "GBR", "person"),
                               mention(doc, 6, 7, "unions", "GBR", "group")])
    assert "ACCUSE" not in [e.event.plover for e in events]


def test_being_up_in_arms_over_an_actors_plan_is_criticism_of_the_actor(coder):
    # "Farmers were up in arms over the governor's plan."
    doc = make_doc([
        ("Farmers", "farmer", "NOUN", "NNS", "nsubj", 1),
        ("were", "be", "AUX", "VBD", "ROOT", 1),
        ("up", "up", "ADV", "RB", "advmod", 1),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("arms", "arm", "NOUN", "NNS", "pobj", 3),
        ("over", "over", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("governor", "governor", "NOUN", "NN", "poss", 9),
        ("'s", "'s", "PART", "POS", "case", 7),
        ("plan", "plan", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "farmers", "USA", "group"),
                               mention(doc, 6, 8, "governor", "USA", "person")])
    assert _acts(events) == [("ACCUSE", "farmers", "governor")]


def test_a_speakers_own_need_of_help_is_an_appeal(coder):
    # '"We need help," the mayor said.'
    doc = make_doc([
        ("\u201c", "\u201c", "PUNCT", "``", "punct", 8),
        ("We", "we", "PRON", "PRP", "nsubj", 2),
        ("need", "need", "VERB", "VBP", "ccomp", 8),
        ("help", "help", "NOUN", "NN", "dobj", 2),
        (",", ",", "PUNCT", ",", "punct", 8),
        ("\u201d", "\u201d", "PUNCT", "''", "punct", 8),
        ("the", "the", "DET", "DT", "det", 7),
        ("mayor", "mayor", "NOUN", "NN", "nsubj", 8),
        ("said", "say", "VERB", "VBD", "ROOT", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ])
    events = code(coder, doc, [mention(doc, 6, 8, "mayor", "USA", "person")])
    assert [(e.event.plover, e.source[0].name, e.target) for e in events] == [("REQUEST", "mayor", [])]


def test_a_critic_of_an_actor_criticises_it(coder):
    # "The mayor is a critic of the president."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
        ("is", "be", "AUX", "VBZ", "ROOT", 2),
        ("a", "a", "DET", "DT", "det", 4),
        ("critic", "critic", "NOUN", "NN", "attr", 2),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("president", "president", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events = code(coder, doc, [mention(doc, 0, 2, "mayor", "USA", "person"),
                               mention(doc, 6, 8, "president", "USA", "person")])
    assert _acts(events) == [("ACCUSE", "mayor", "president")]


def test_praise_in_a_quote_from_an_unnamed_texts_author_has_no_source(coder):
    # '"The soldiers acted bravely," the report said.'
    doc = make_doc([
        ("\u201c", "\u201c", "PUNCT", "``", "punct", 9),
        ("The", "the", "DET", "DT", "det", 2),
        ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 3),
        ("acted", "act", "VERB", "VBD", "ccomp", 9),
        ("bravely", "bravely", "ADV", "RB", "advmod", 3),
        (",", ",", "PUNCT", ",", "punct", 9),
        ("\u201d", "\u201d", "PUNCT", "''", "punct", 9),
        ("the", "the", "DET", "DT", "det", 8),
        ("report", "report", "NOUN", "NN", "nsubj", 9),
        ("said", "say", "VERB", "VBD", "ROOT", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ])
    events = code(coder, doc, [mention(doc, 1, 3, "soldiers", "USA", "group")])
    assert [(e.event.plover, e.source, e.target[0].name) for e in events] == [("SUPPORT", [], "soldiers")]


def test_anti_actor_rhetoric_is_criticism_of_the_actor(coder):
    # "The senator voiced anti-government rhetoric."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("senator", "senator", "NOUN", "NN", "nsubj", 2),
        ("voiced", "voice", "VERB", "VBD", "ROOT", 2),
        ("anti", "anti", "ADJ", "JJ", "amod", 6),
        ("-", "-", "ADJ", "JJ", "amod", 6),
        ("government", "government", "NOUN", "NN", "compound", 6),
        ("rhetoric", "rhetoric", "NOUN", "NN", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events = code(coder, doc, [mention(doc, 0, 2, "senator", "USA", "person"),
                               mention(doc, 5, 6, "government", "USA", "group")])
    assert _acts(events) == [("ACCUSE", "senator", "government")]


def test_saying_an_actor_was_behind_a_harm_blames_it(coder):
    # "Smith said the rebels were responsible for the attack."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("rebels", "rebel", "NOUN", "NNS", "nsubj", 4),
        ("were", "be", "AUX", "VBD", "ccomp", 1),
        ("responsible", "responsible", "ADJ", "JJ", "acomp", 4),
        ("for", "for", "ADP", "IN", "prep", 5),
        ("the", "the", "DET", "DT", "det", 8),
        ("delay", "delay", "NOUN", "NN", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    mentions = [mention(doc, 0, 1, "John Smith", "USA", "person"), mention(doc, 2, 4, "rebels", "SDN", "group")]
    # a delay is no harm: being responsible for it blames no one
    assert "ACCUSE" not in [e.event.plover for e in code(coder, doc, mentions)]
    harm = make_doc([*(
        (t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in doc[:8]),
        ("attack", "attack", "NOUN", "NN", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1)])
    events = _smith_on(coder, harm, 2, 4, "rebels", "SDN", "group")
    assert [(e.event.plover, e.event.cameo, e.source[0].name, e.target[0].name) for e in events] == [
        ("ACCUSE", "112", "John Smith", "rebels")]


def test_crediting_an_actor_with_something_is_praise(coder):
    # "The mayor credited the governor with the deal."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
        ("credited", "credit", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("governor", "governor", "NOUN", "NN", "dobj", 2),
        ("with", "with", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 7),
        ("deal", "deal", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events = code(coder, doc, [mention(doc, 0, 2, "mayor", "USA", "person"),
                               mention(doc, 3, 5, "governor", "USA", "person")])
    assert ("SUPPORT", "mayor", "governor") in _acts(events)


def test_dismissing_claims_as_nonsense_denies_them_to_whose_claims_they_are():
    # "The minister dismissed the party's claims as nonsense." (the parser hangs "as" on the claims); every
    # reading, as the dismissal is a statement too, which a lone sentence may prefer. Claims called untrue are
    # denied (session 16: REJECT 016 of the claimant, as "dismissed the allegation"), not criticism
    coder = EventCoder(load_ontology(), load_patterns(), every_reading=True)
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("minister", "minister", "NOUN", "NN", "nsubj", 2),
        ("dismissed", "dismiss", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("party", "party", "NOUN", "NN", "poss", 6),
        ("'s", "'s", "PART", "POS", "case", 4),
        ("claims", "claim", "NOUN", "NNS", "dobj", 2),
        ("as", "as", "ADP", "IN", "prep", 6),
        ("nonsense", "nonsense", "NOUN", "NN", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events = code(coder, doc, [mention(doc, 0, 2, "minister", "GBR", "person"),
                               mention(doc, 3, 5, "party", "GBR", "group")])
    found = [(e.event.plover, [a.name for a in e.source], [a.name for a in e.target]) for e in events]
    assert ("REJECT", ["minister"], ["party"]) in found and not any(f[0] == "ACCUSE" for f in found)


def test_a_verb_of_judgement_judges_its_own_subject_only(coder):
    # "Smith said the plan failed after the governor left."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("plan", "plan", "NOUN", "NN", "nsubj", 4),
        ("failed", "fail", "VERB", "VBD", "ccomp", 1),
        ("after", "after", "SCONJ", "IN", "mark", 8),
        ("the", "the", "DET", "DT", "det", 7),
        ("governor", "governor", "NOUN", "NN", "nsubj", 8),
        ("left", "leave", "VERB", "VBD", "advcl", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 6, 8, "governor")
    assert "ACCUSE" not in [e.event.plover for e in events]


def test_a_judgement_of_an_actors_own_thing_judges_the_actor(coder):
    # "Smith said the governor's reckless plan stalled."
    rows = [
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("governor", "governor", "NOUN", "NN", "poss", 6),
        ("'s", "'s", "PART", "POS", "case", 3),
        ("reckless", "reckless", "ADJ", "JJ", "amod", 6),
        ("plan", "plan", "NOUN", "NN", "nsubj", 7),
        ("stalled", "stall", "VERB", "VBD", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    doc = make_doc(rows)
    events = _smith_on(coder, doc, 2, 4, "governor")
    assert _acts(events) == [("ACCUSE", "John Smith", "governor")]
    # "Smith said the reckless plan stalled.": a thing of no one named is judged, no actor
    plain = make_doc([rows[0], rows[1], ("the", "the", "DET", "DT", "det", 4), ("reckless", "reckless", "ADJ", "JJ", "amod", 4),
                      ("plan", "plan", "NOUN", "NN", "nsubj", 5), ("stalled", "stall", "VERB", "VBD", "ccomp", 1),
                      (".", ".", "PUNCT", ".", "punct", 1)])
    assert _smith_on(coder, plain) == []


def test_a_naming_in_apposition_or_as_a_second_object_is_criticism(coder):
    # "Doe termed the mayor's response a disgrace." (the naming hangs on the one named; "term" is a verb
    # here, no noun under which a word is only mentioned)
    doc = make_doc([
        ("Doe", "Doe", "PROPN", "NNP", "nsubj", 1),
        ("termed", "term", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("mayor", "mayor", "NOUN", "NN", "poss", 5),
        ("'s", "'s", "PART", "POS", "case", 3),
        ("response", "response", "NOUN", "NN", "dobj", 1),
        ("a", "a", "DET", "DT", "det", 7),
        ("disgrace", "disgrace", "NOUN", "NN", "appos", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Jane Doe", "USA", "person"),
                               mention(doc, 2, 4, "mayor", "USA", "person")])
    assert _acts(events) == [("ACCUSE", "Jane Doe", "mayor")]
    # "Doe branded the rebels terrorists." (parsed with two objects: the second names the first)
    doc = make_doc([
        ("Doe", "Doe", "PROPN", "NNP", "nsubj", 1),
        ("branded", "brand", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 1),
        ("terrorists", "terrorist", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Jane Doe", "USA", "person"),
                               mention(doc, 2, 4, "rebels", "USA", "group")])
    assert _acts(events) == [("ACCUSE", "Jane Doe", "rebels")]


def test_two_objects_with_no_word_of_judgement_name_no_one(coder):
    # "Doe gave the rebels money." (two objects, neither a judgement)
    doc = make_doc([
        ("Doe", "Doe", "PROPN", "NNP", "nsubj", 1),
        ("gave", "give", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 1),
        ("money", "money", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Jane Doe", "USA", "person"),
                               mention(doc, 2, 4, "rebels", "USA", "group")])
    assert not [e for e in events if e.event.plover == "ACCUSE"]


def test_being_scathing_about_an_actor_is_criticism(coder):
    # "Smith was scathing about the governor."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("was", "be", "AUX", "VBD", "ROOT", 1),
        ("scathing", "scathing", "ADJ", "JJ", "acomp", 1),
        ("about", "about", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 5),
        ("governor", "governor", "NOUN", "NN", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _smith_on(coder, doc, 4, 6, "governor")
    assert _acts(events) == [("ACCUSE", "John Smith", "governor")]


def _holding_doc(negated: bool = False):
    # "Peru held Chile responsible." / "Peru did not hold Chile responsible."
    words = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 3 if negated else 1)]
    if negated:
        words += [("did", "do", "AUX", "VBD", "aux", 3), ("not", "not", "PART", "RB", "neg", 3)]
    base = len(words)
    verb = base if not negated else 3
    words += [("hold" if negated else "held", "hold", "VERB", "VB" if negated else "VBD", "ROOT", verb),
              ("Chile", "Chile", "PROPN", "NNP", "dobj", verb),
              ("responsible", "responsible", "ADJ", "JJ", "oprd", verb),
              (".", ".", "PUNCT", ".", "punct", verb)]
    return make_doc(words)


def test_holding_an_actor_responsible_blames_it(coder):
    doc = _holding_doc()
    events = code(coder, doc, [mention(doc, 0, 1, "Peru", "PER", "state"), mention(doc, 2, 3, "Chile", "CHL", "state")])
    assert [(e.event.cameo, e.source[0].name, e.target[0].name) for e in events] == [("112", "Peru", "Chile")]
    doc = _holding_doc(negated=True)
    events = code(coder, doc, [mention(doc, 0, 1, "Peru", "PER", "state"), mention(doc, 4, 5, "Chile", "CHL", "state")])
    assert not [e for e in events if e.event.plover == "ACCUSE"]


def test_what_a_critic_called_the_act_is_the_act_criticised(coder):
    # "Chile criticized what it called Peru's interference."
    doc = make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
        ("what", "what", "PRON", "WP", "dobj", 4),
        ("it", "it", "PRON", "PRP", "nsubj", 4),
        ("called", "call", "VERB", "VBD", "ccomp", 1),
        ("Peru", "Peru", "PROPN", "NNP", "poss", 7),
        ("'s", "'s", "PART", "POS", "case", 5),
        ("interference", "interference", "NOUN", "NN", "oprd", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Chile", "CHL", "state"), mention(doc, 5, 6, "Peru", "PER", "state")])
    accusation, = [e for e in events if e.event.plover == "ACCUSE"]
    assert (accusation.source[0].name, [t.name for t in accusation.target]) == ("Chile", ["Peru"])


def test_a_lower_case_word_of_judgement_tagged_as_a_name_still_judges(coder):
    # "Smith described the mayor as barbaric." (the recogniser took "barbaric" for an organisation)
    rows = [
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("described", "describe", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("mayor", "mayor", "NOUN", "NN", "dobj", 1),
        ("as", "as", "ADP", "IN", "prep", 1),
        ("barbaric", "barbaric", "ADJ", "JJ", "amod", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    doc = make_doc(rows, ents=["B-PERSON", "O", "O", "O", "O", "B-ORG", "O"])
    events = _smith_on(coder, doc, 2, 4, "mayor")
    assert [(e.event.plover, e.target[0].name) for e in events] == [("ACCUSE", "mayor")]
    # a capitalised word in a name is part of the name ("the Barbaric Party" judges no one)
    doc = make_doc([*rows[:5], ("Barbaric", "barbaric", "ADJ", "JJ", "amod", 4), rows[6]],
                   ents=["B-PERSON", "O", "O", "O", "O", "B-ORG", "O"])
    assert not _smith_on(coder, doc, 2, 4, "mayor")


def test_harsh_remarks_owned_by_their_speaker_judge_the_one_they_are_about(coder):
    # "Smith's harsh remarks about the mayor drew attention." (the owner is who said them, not one judging himself)
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "poss", 3),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("harsh", "harsh", "ADJ", "JJ", "amod", 3),
        ("remarks", "remark", "NOUN", "NNS", "nsubj", 7),
        ("about", "about", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("mayor", "mayor", "NOUN", "NN", "pobj", 4),
        ("drew", "draw", "VERB", "VBD", "ROOT", 7),
        ("attention", "attention", "NOUN", "NN", "dobj", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ])
    events = _smith_on(coder, doc, 5, 7, "mayor")
    assert _acts(events) == [("ACCUSE", "John Smith", "mayor")]

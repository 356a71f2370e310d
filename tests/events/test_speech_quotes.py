"""Quotes and their speakers (events/attribution.py: quote_speakers) and failures told by a verb and its object
(speech.yaml: failure_verbs): sentences invented for the tests, parsed by hand."""

from handparse import context_for, mention
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventscope.events import load_patterns
from eventscope.events.attribution import Attribution, find_attributions, quote_speakers, quotes_of, spoken_by
from eventscope.events.speech import find_speech_acts, load_speech_cues

_VOCAB = Vocab()
Row = tuple[str, str, str, str, str, int]
_NEWLINE: Row = ("\n", "\n", "SPACE", "_SP", "dep", 0)


def doc_of(*sentences: list[Row]) -> Doc:
    """Sentences of rows whose heads count from the sentence's first word; a sentence [_NEWLINE] is a paragraph
    break (a space token on the sentence before)."""
    rows: list[Row] = []
    starts: list[bool] = []
    for sentence in sentences:
        offset = len(rows)
        if sentence == [_NEWLINE]:
            rows.append(("\n", "\n", "SPACE", "_SP", "dep", offset - 1))
            starts.append(False)
            continue
        for i, (word, lemma, pos, tag, dep, head) in enumerate(sentence):
            rows.append((word, lemma, pos, tag, dep, head + offset))
            starts.append(i == 0)
    spaces = [i + 1 < len(rows) and rows[i + 1][2] not in ("PUNCT", "SPACE") and rows[i][2] != "SPACE"
              and rows[i][0] != "\u201c" for i in range(len(rows))]
    return Doc(_VOCAB, words=[r[0] for r in rows], spaces=spaces, lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], tags=[r[3] for r in rows], deps=[r[4] for r in rows],
               heads=[r[5] for r in rows], sent_starts=starts)


def _speech_acts(doc: Doc):
    """The speech acts of a one-sentence Doc, every word taken for an actor."""
    return find_speech_acts(doc[:], [], load_speech_cues(), lambda token: True)


def _coded(doc: Doc) -> list[tuple[str, list[str], list[str]]]:
    """(code, speakers, spoken of) of each speech act of a one-sentence Doc."""
    return [(a.code, [s.text for s in a.speakers], [t.text for t in a.spoken_of]) for a in _speech_acts(doc)]


def _said(name: str) -> list[Row]:
    # "Smith said the talks ended."
    return [(name, name, "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("talks", "talk", "NOUN", "NNS", "nsubj", 4),
            ("ended", "end", "VERB", "VBD", "ccomp", 1), (".", ".", "PUNCT", ".", "punct", 1)]


# '"The governor is corrupt."'
_CORRUPT: list[Row] = [
    ("\u201c", "\u201c", "PUNCT", "``", "punct", 3), ("The", "the", "DET", "DT", "det", 2),
    ("governor", "governor", "NOUN", "NN", "nsubj", 3), ("is", "be", "AUX", "VBZ", "ROOT", 3),
    ("corrupt", "corrupt", "ADJ", "JJ", "acomp", 3), (".", ".", "PUNCT", ".", "punct", 3),
    ("\u201d", "\u201d", "PUNCT", "''", "punct", 3)]


def _speakers(doc: Doc) -> dict[int, tuple[str, bool]]:
    found = quote_speakers(list(doc.sents), load_patterns().attribution)
    # the coder hands over the document's text it holds: the same speakers
    assert quote_speakers(list(doc.sents), load_patterns().attribution, text=doc.text) == found
    return {index: (a.heads[0].text, a.carried) for index, a in found.items()}


def test_quotes_close_at_their_mark_or_at_the_end_of_their_paragraph():
    text = 'He said "no" twice.\n\u201cIt goes on\nAnd a new one'
    assert [(text[q.start], q.end) for q in quotes_of(text)] == [('"', 11), ("\u201c", 31)]


def test_a_quote_of_several_sentences_belongs_to_the_speaker_named_where_it_closes():
    # '"The governor is corrupt. It is over," Jones said.' (the first sentence names no speaker)
    closing = [("It", "it", "PRON", "PRP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ccomp", 6),
               ("over", "over", "ADV", "RB", "advmod", 1), (",", ",", "PUNCT", ",", "punct", 6),
               ("\u201d", "\u201d", "PUNCT", "''", "punct", 6), ("Jones", "Jones", "PROPN", "NNP", "nsubj", 6),
               ("said", "say", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)]
    doc = doc_of(_CORRUPT[:-1], closing)
    assert _speakers(doc) == {0: ("Jones", False)}


def test_a_quoted_paragraph_goes_on_with_the_last_speaker_of_the_paragraph_before(coder):
    doc = doc_of(_said("Smith"), [_NEWLINE], _CORRUPT)
    assert _speakers(doc) == {1: ("Smith", True)}
    events = coder.code(context_for(doc, [mention(doc, 0, 1, "John Smith", "USA", "person"),
                                          mention(doc, 9, 11, "governor", "USA", "person")]))
    assert [(e.event.plover, e.source[0].name, e.target[0].name) for e in events] == [("ACCUSE", "John Smith", "governor")]


def test_a_quote_inside_a_paragraph_of_its_own_does_not_go_on_with_an_earlier_paragraphs_speaker():
    # 'Smith said the talks ended.\nThe mayor left. "The governor is corrupt."'
    left = [("The", "the", "DET", "DT", "det", 1), ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
            ("left", "leave", "VERB", "VBD", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    doc = doc_of(_said("Smith"), [_NEWLINE], left, _CORRUPT)
    assert _speakers(doc) == {}


def test_i_and_we_in_a_quote_are_its_speaker():
    # '"We said the talks ended."' spoken by Smith: "We" is Smith
    doc = doc_of(_said("We"), _said("Smith"))
    sentences = list(doc.sents)
    own = find_attributions(sentences[0], load_patterns().attribution)
    speaker = find_attributions(sentences[1], load_patterns().attribution)[0]
    said = spoken_by(own, speaker, load_patterns().attribution)
    assert [a.heads[0].text for a in said] == ["Smith", "Smith"]
    assert isinstance(said[0], Attribution) and said[0].scope == own[0].scope


def _judged(coder, verb: tuple[str, str], objects: list[Row], negated: bool = False) -> list[str]:
    # "Smith said the governor [did not] <verb> his <object>."
    rows: list[Row] = [("Smith", "Smith", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                       ("the", "the", "DET", "DT", "det", 3), ("governor", "governor", "NOUN", "NN", "nsubj", 4)]
    if negated:
        rows[3] = ("governor", "governor", "NOUN", "NN", "nsubj", 6)
        rows += [("did", "do", "AUX", "VBD", "aux", 6), ("not", "not", "PART", "RB", "neg", 6)]
    at = len(rows)
    rows.append((verb[0], verb[1], "VERB", "VBD" if not negated else "VB", "ccomp", 1))
    rows += [(w, lemma, pos, tag, dep, head + at) for w, lemma, pos, tag, dep, head in objects]
    rows.append((".", ".", "PUNCT", ".", "punct", 1))
    doc = doc_of(rows)
    events = coder.code(context_for(doc, [mention(doc, 0, 1, "John Smith", "USA", "person"),
                                          mention(doc, 2, 4, "governor", "USA", "person")]))
    return [e.event.plover for e in events if e.target and e.target[0].name == "governor"]


_HIS_CHANCE: list[Row] = [("his", "his", "PRON", "PRP$", "poss", 2), ("chance", "chance", "NOUN", "NN", "dobj", 0)]
_ON_THE_PLEDGE: list[Row] = [("on", "on", "ADP", "IN", "prep", 0), ("the", "the", "DET", "DT", "det", 3),
                             ("pledge", "pledge", "NOUN", "NN", "pobj", 1)]
_THE_WINDOW: list[Row] = [("the", "the", "DET", "DT", "det", 2), ("window", "window", "NOUN", "NN", "dobj", 0)]
_HIS_PROMISE: list[Row] = [("his", "his", "PRON", "PRP$", "poss", 2), ("promise", "promise", "NOUN", "NN", "dobj", 0)]


def test_a_chance_squandered_or_a_pledge_reneged_on_is_criticism_of_who_did_it(coder):
    assert _judged(coder, ("squandered", "squander"), _HIS_CHANCE) == ["ACCUSE"]
    assert _judged(coder, ("reneged", "renege"), _ON_THE_PLEDGE) == ["ACCUSE"]


def test_a_promise_not_kept_is_criticism_and_one_kept_or_a_window_broken_is_none(coder):
    assert _judged(coder, ("keep", "keep"), _HIS_PROMISE, negated=True) == ["ACCUSE"]
    assert _judged(coder, ("kept", "keep"), _HIS_PROMISE) == []
    assert _judged(coder, ("broke", "break"), _THE_WINDOW) == []


def test_the_paragraphs_after_a_line_ending_in_said_colon_are_the_speakers():
    # 'The ambassador said:\nThe governor is corrupt.\nThe talks ended."\nThe mayor left.'
    intro = [("The", "the", "DET", "DT", "det", 1), ("ambassador", "ambassador", "NOUN", "NN", "nsubj", 2),
             ("said", "say", "VERB", "VBD", "ROOT", 2), (":", ":", "PUNCT", ":", "punct", 2)]
    corrupt = _CORRUPT[1:-1]
    corrupt = [(w, lemma, pos, tag, dep, head - 1) for w, lemma, pos, tag, dep, head in corrupt]
    ended = [("The", "the", "DET", "DT", "det", 1), ("talks", "talk", "NOUN", "NNS", "nsubj", 2),
             ("ended", "end", "VERB", "VBD", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2),
             ('"', '"', "PUNCT", "''", "punct", 2)]
    left = [("The", "the", "DET", "DT", "det", 1), ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
            ("left", "leave", "VERB", "VBD", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    doc = doc_of(intro, [_NEWLINE], corrupt, [_NEWLINE], ended, [_NEWLINE], left)
    # the closing mark ends what the ambassador said: the last paragraph is the writer's again
    assert _speakers(doc) == {1: ("ambassador", False), 2: ("ambassador", False)}


def _up_in_arms_over_a_law(that_clause: bool) -> list[Row]:
    # "Farmers are up in arms over the law that limits the governor." / "... over the law and the governor."
    rows: list[Row] = [("Farmers", "farmer", "NOUN", "NNS", "nsubj", 1), ("are", "be", "AUX", "VBP", "ROOT", 1),
                       ("up", "up", "ADV", "RB", "advmod", 1), ("in", "in", "ADP", "IN", "prep", 2),
                       ("arms", "arm", "NOUN", "NNS", "pobj", 3), ("over", "over", "ADP", "IN", "prep", 4),
                       ("the", "the", "DET", "DT", "det", 7), ("law", "law", "NOUN", "NN", "pobj", 5)]
    if that_clause:
        rows += [("that", "that", "PRON", "WDT", "nsubj", 9), ("limits", "limit", "VERB", "VBZ", "relcl", 7)]
    else:
        rows += [("and", "and", "CCONJ", "CC", "cc", 7), ("over", "over", "ADP", "IN", "prep", 4)]
    rows += [("the", "the", "DET", "DT", "det", 11),
             ("governor", "governor", "NOUN", "NN", "dobj" if that_clause else "pobj", 9), (".", ".", "PUNCT", ".", "punct", 1)]
    return rows


def test_an_idiom_of_criticism_is_about_its_own_objects_not_those_of_a_clause_below_them(coder):
    targets = {}
    for that_clause in (True, False):
        doc = doc_of(_up_in_arms_over_a_law(that_clause))
        events = coder.code(context_for(doc, [mention(doc, 0, 1, "farmers", "USA", "group"),
                                              mention(doc, 10, 12, "governor", "USA", "person")]))
        targets[that_clause] = [[a.name for a in e.target] for e in events if e.event.plover == "ACCUSE"]
    assert targets == {True: [[]], False: [["governor"]]}


def test_a_feeling_about_people_described_by_what_they_are_judges_no_one():
    # "The minister is angry at those who are corrupt." judges no act; "... at those who burned flags" does
    def rows(clause: list[Row]) -> list[Row]:
        return [("The", "the", "DET", "DT", "det", 1), ("minister", "minister", "NOUN", "NN", "nsubj", 2),
                ("is", "be", "AUX", "VBZ", "ROOT", 2), ("angry", "angry", "ADJ", "JJ", "acomp", 2),
                ("at", "at", "ADP", "IN", "prep", 3), ("those", "those", "PRON", "DT", "pobj", 4),
                ("who", "who", "PRON", "WP", "nsubj", 7), *clause, (".", ".", "PUNCT", ".", "punct", 2)]

    being = rows([("are", "be", "AUX", "VBP", "relcl", 5), ("corrupt", "corrupt", "ADJ", "JJ", "acomp", 7)])
    acting = rows([("burned", "burn", "VERB", "VBD", "relcl", 5), ("flags", "flag", "NOUN", "NNS", "dobj", 7)])
    judged = []
    for sentence in (being, acting):
        doc = doc_of(sentence)
        acts = _speech_acts(doc)
        judged.append([t.text for a in acts for t in a.spoken_of])
    assert judged == [[], ["who"]]


def test_a_failure_told_only_as_the_time_of_another_happening_is_no_verdict(coder):
    # "Officials said the ship sank after the captain failed to call for help." / "... said the captain failed."
    def rows(after: bool) -> list[Row]:
        said = [("Officials", "official", "NOUN", "NNS", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1)]
        if not after:
            return [*said, ("the", "the", "DET", "DT", "det", 3), ("captain", "captain", "NOUN", "NN", "nsubj", 4),
                    ("failed", "fail", "VERB", "VBD", "ccomp", 1), (".", ".", "PUNCT", ".", "punct", 1)]
        return [*said, ("the", "the", "DET", "DT", "det", 3), ("ship", "ship", "NOUN", "NN", "nsubj", 4),
                ("sank", "sink", "VERB", "VBD", "ccomp", 1), ("after", "after", "SCONJ", "IN", "mark", 8),
                ("the", "the", "DET", "DT", "det", 7), ("captain", "captain", "NOUN", "NN", "nsubj", 8),
                ("failed", "fail", "VERB", "VBD", "advcl", 4), (".", ".", "PUNCT", ".", "punct", 1)]

    found = []
    for after in (True, False):
        doc = doc_of(rows(after))
        captain = 6 if after else 2
        events = coder.code(context_for(doc, [mention(doc, 0, 1, "officials", "GRC", "group"),
                                              mention(doc, captain, captain + 2, "captain", "GRC", "person")]))
        found.append([e.event.plover for e in events])
    assert found == [[], ["ACCUSE"]]


def test_a_critic_named_in_apposition_criticises_the_one_of_whom_it_is_said(coder):
    # "Smith, a critic of the governor, spoke."
    doc = doc_of([("Smith", "Smith", "PROPN", "NNP", "nsubj", 7), (",", ",", "PUNCT", ",", "punct", 0),
                  ("a", "a", "DET", "DT", "det", 3), ("critic", "critic", "NOUN", "NN", "appos", 0),
                  ("of", "of", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
                  ("governor", "governor", "NOUN", "NN", "pobj", 4), ("spoke", "speak", "VERB", "VBD", "ROOT", 7),
                  (".", ".", "PUNCT", ".", "punct", 7)])
    assert _coded(doc) == [
        ("111", ["Smith"], ["governor"])]


def _said_of_the_police(coder, clause: list[Row]) -> list[tuple[str, str, str]]:
    # "The minister said the police <clause>." (the clause's verb at index 4, heads count from the sentence start)
    doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("minister", "minister", "NOUN", "NN", "nsubj", 2),
                  ("said", "say", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
                  ("police", "police", "NOUN", "NNS", "nsubj", 6), *clause, (".", ".", "PUNCT", ".", "punct", 2)])
    events = coder.code(context_for(doc, [mention(doc, 0, 2, "minister", "KEN", "person"),
                                          mention(doc, 3, 5, "police", "KEN", "group")]))
    return [(e.event.plover, e.source[0].name, e.target[0].name) for e in events]


def test_an_idiom_said_of_someone_judges_them(coder):
    # "... had turned a blind eye" (criticism); "... did not rise to the occasion" (praise denied: criticism)
    blind_eye = [("had", "have", "AUX", "VBD", "aux", 6), ("turned", "turn", "VERB", "VBN", "ccomp", 2),
                 ("a", "a", "DET", "DT", "det", 9), ("blind", "blind", "ADJ", "JJ", "amod", 9),
                 ("eye", "eye", "NOUN", "NN", "dobj", 6)]
    occasion = [("did", "do", "AUX", "VBD", "aux", 7), ("not", "not", "PART", "RB", "neg", 7),
                ("rise", "rise", "VERB", "VB", "ccomp", 2), ("to", "to", "ADP", "IN", "prep", 7),
                ("the", "the", "DET", "DT", "det", 10), ("occasion", "occasion", "NOUN", "NN", "pobj", 8)]
    assert _said_of_the_police(coder, blind_eye) == [("ACCUSE", "minister", "police")]
    assert _said_of_the_police(coder, occasion) == [("ACCUSE", "minister", "police")]


def test_an_idiom_of_criticism_denied_judges_no_one(coder):
    # "... did not turn a blind eye"
    clause = [("did", "do", "AUX", "VBD", "aux", 7), ("not", "not", "PART", "RB", "neg", 7),
              ("turn", "turn", "VERB", "VB", "ccomp", 2), ("a", "a", "DET", "DT", "det", 10),
              ("blind", "blind", "ADJ", "JJ", "amod", 10), ("eye", "eye", "NOUN", "NN", "dobj", 7)]
    assert _said_of_the_police(coder, clause) == []


def test_who_views_the_reason_for_criticism_is_the_critic():
    # "The party came under fire over what farmers regarded as neglect."
    doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("party", "party", "NOUN", "NN", "nsubj", 2),
                  ("came", "come", "VERB", "VBD", "ROOT", 2), ("under", "under", "ADP", "IN", "prep", 2),
                  ("fire", "fire", "NOUN", "NN", "pobj", 3), ("over", "over", "ADP", "IN", "prep", 2),
                  ("what", "what", "PRON", "WP", "dobj", 8), ("farmers", "farmer", "NOUN", "NNS", "nsubj", 8),
                  ("regarded", "regard", "VERB", "VBD", "pcomp", 5), ("as", "as", "ADP", "IN", "prep", 8),
                  ("neglect", "neglect", "NOUN", "NN", "pobj", 9), (".", ".", "PUNCT", ".", "punct", 2)])
    assert _coded(doc) == [
        ("111", ["farmers"], ["party"])]


def test_a_line_that_ends_said_in_a_statement_colon_introduces_what_follows():
    # 'The ministry said in a statement:\nThe governor is corrupt.'
    intro = [("The", "the", "DET", "DT", "det", 1), ("ministry", "ministry", "NOUN", "NN", "nsubj", 2),
             ("said", "say", "VERB", "VBD", "ROOT", 2), ("in", "in", "ADP", "IN", "prep", 2),
             ("a", "a", "DET", "DT", "det", 5), ("statement", "statement", "NOUN", "NN", "pobj", 3),
             (":", ":", "PUNCT", ":", "punct", 2)]
    corrupt = [(w, lemma, pos, tag, dep, head - 1) for w, lemma, pos, tag, dep, head in _CORRUPT[1:-1]]
    assert _speakers(doc_of(intro, [_NEWLINE], corrupt)) == {1: ("ministry", False)}


def test_pride_in_an_actor_praises_it_and_not_the_one_who_is_proud():
    # "The minister is proud of the navy."
    doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("minister", "minister", "NOUN", "NN", "nsubj", 2),
                  ("is", "be", "AUX", "VBZ", "ROOT", 2), ("proud", "proud", "ADJ", "JJ", "acomp", 2),
                  ("of", "of", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
                  ("navy", "navy", "NOUN", "NN", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 2)])
    assert _coded(doc) == [
        ("051", ["minister"], ["navy"])]


def test_a_feeling_at_what_someone_said_judges_the_speaker_and_a_quote_speaker_is_not_judged(coder):
    # "The mayor was shocked when the senator said the plan ended." / '"The mayor was shocked," the senator said.'
    when = doc_of([("The", "the", "DET", "DT", "det", 1), ("mayor", "mayor", "NOUN", "NN", "nsubjpass", 3),
                   ("was", "be", "AUX", "VBD", "auxpass", 3), ("shocked", "shock", "VERB", "VBN", "ROOT", 3),
                   ("when", "when", "SCONJ", "WRB", "advmod", 7), ("the", "the", "DET", "DT", "det", 6),
                   ("senator", "senator", "NOUN", "NN", "nsubj", 7), ("said", "say", "VERB", "VBD", "advcl", 3),
                   ("the", "the", "DET", "DT", "det", 9), ("plan", "plan", "NOUN", "NN", "nsubj", 10),
                   ("ended", "end", "VERB", "VBD", "ccomp", 7), (".", ".", "PUNCT", ".", "punct", 3)])
    quoted = doc_of([("\u201c", "\u201c", "PUNCT", "``", "punct", 4), ("The", "the", "DET", "DT", "det", 2),
                     ("mayor", "mayor", "NOUN", "NN", "nsubjpass", 4), ("was", "be", "AUX", "VBD", "auxpass", 4),
                     ("shocked", "shock", "VERB", "VBN", "ROOT", 4), (",", ",", "PUNCT", ",", "punct", 4),
                     ("\u201d", "\u201d", "PUNCT", "''", "punct", 4), ("the", "the", "DET", "DT", "det", 8),
                     ("senator", "senator", "NOUN", "NN", "nsubj", 9), ("said", "say", "VERB", "VBD", "ccomp", 4),
                     (".", ".", "PUNCT", ".", "punct", 4)])
    found = []
    for doc, mayor, senator in ((when, 0, 5), (quoted, 1, 7)):
        events = coder.code(context_for(doc, [mention(doc, mayor, mayor + 2, "mayor", "KEN", "person"),
                                              mention(doc, senator, senator + 2, "senator", "KEN", "person")]))
        found.append([(e.event.plover, e.source[0].name, e.target[0].name) for e in events if e.target])
    assert found == [[("ACCUSE", "mayor", "senator")], []]


def _vowed_to(coder, verb: tuple[str, str]) -> list[str]:
    # "The rebels vowed to <verb> the army."
    doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
                  ("vowed", "vow", "VERB", "VBD", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
                  (verb[0], verb[1], "VERB", "VB", "xcomp", 2), ("the", "the", "DET", "DT", "det", 6),
                  ("army", "army", "NOUN", "NN", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 2)])
    events = coder.code(context_for(doc, [mention(doc, 0, 2, "rebels", "SYR", "group"),
                                          mention(doc, 5, 7, "army", "SYR", "group")]))
    return [e.event.plover for e in events]


def test_a_vow_of_harm_with_no_coded_act_is_a_threat_and_a_vow_to_do_good_a_promise(coder):
    # "... vowed to crush the army" (menace_words) / "... vowed to thank the army": a promise of no harm
    assert _vowed_to(coder, ("crush", "crush")) == ["THREATEN"]
    assert "THREATEN" not in _vowed_to(coder, ("thank", "thank"))


def test_criticism_drawn_from_someone_is_their_criticism_of_the_one_who_drew_it():
    # "The mayor drew criticism from the union." / "The mayor drew a map from the union."
    def acts(noun: tuple[str, str], det: list[Row]) -> list[tuple[str, list[str], list[str]]]:
        shift = len(det)
        doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
                      ("drew", "draw", "VERB", "VBD", "ROOT", 2), *det,
                      (noun[0], noun[1], "NOUN", "NN", "dobj", 2), ("from", "from", "ADP", "IN", "prep", 2),
                      ("the", "the", "DET", "DT", "det", 6 + shift), ("union", "union", "NOUN", "NN", "pobj", 4 + shift),
                      (".", ".", "PUNCT", ".", "punct", 2)])
        return _coded(doc)

    assert acts(("criticism", "criticism"), []) == [("111", ["union"], ["mayor"])]
    assert acts(("map", "map"), [("a", "a", "DET", "DT", "det", 4)]) == []


def test_a_verdict_on_an_act_whose_doer_goes_unnamed_is_criticism_with_the_target_left_to_imply(coder):
    # "The ministry called the sanctions illegal." / "The ministry called the weather terrible."
    def events(noun: tuple[str, str], word: tuple[str, str]) -> list[tuple[str, str, int]]:
        doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("ministry", "ministry", "NOUN", "NN", "nsubj", 2),
                      ("called", "call", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
                      (noun[0], noun[1], "NOUN", "NNS", "dobj", 2), (word[0], word[1], "ADJ", "JJ", "oprd", 2),
                      (".", ".", "PUNCT", ".", "punct", 2)])
        found = coder.code(context_for(doc, [mention(doc, 0, 2, "ministry", "IRN", "group")]))
        return [(e.event.plover, e.source[0].name, len(e.target)) for e in found]

    assert events(("sanctions", "sanction"), ("illegal", "illegal")) == [("ACCUSE", "ministry", 0)]
    assert events(("weather", "weather"), ("terrible", "terrible")) == []


def test_a_word_of_judgement_on_the_noun_said_of_a_subject_judges_the_subject():
    # "The senator said this was a reckless gamble." / "The senator said they built a reckless road."
    def cues(verb: tuple[str, str, str], dep: str) -> list[str]:
        doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("senator", "senator", "NOUN", "NN", "nsubj", 2),
                      ("said", "say", "VERB", "VBD", "ROOT", 2), ("this", "this", "PRON", "DT", "nsubj", 4),
                      (verb[0], verb[1], verb[2], "VBD", "ccomp", 2), ("a", "a", "DET", "DT", "det", 7),
                      ("reckless", "reckless", "ADJ", "JJ", "amod", 7), ("gamble", "gamble", "NOUN", "NN", dep, 4),
                      (".", ".", "PUNCT", ".", "punct", 2)])
        attributions = find_attributions(doc[:], load_patterns().attribution)
        return [a.cue.text for a in find_speech_acts(doc[:], attributions, load_speech_cues(), lambda token: False)]

    assert cues(("was", "be", "AUX"), "attr") == ["reckless"]
    assert cues(("built", "build", "VERB"), "dobj") == []


def test_a_naming_word_the_parser_took_for_an_adverb_after_the_one_named_still_names():
    # "The senator called the plan reckless." with "reckless" parsed as an adverb of "called"; "... called the
    # mayor again" names no one anything
    def cues(word: tuple[str, str]) -> list[tuple[str, list[str]]]:
        doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("senator", "senator", "NOUN", "NN", "nsubj", 2),
                      ("called", "call", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
                      ("plan", "plan", "NOUN", "NN", "dobj", 2), (word[0], word[1], "ADV", "RB", "advmod", 2),
                      (".", ".", "PUNCT", ".", "punct", 2)])
        found = _speech_acts(doc)
        return [(a.cue.text, [t.text for t in a.spoken_of]) for a in found]

    assert cues(("reckless", "reckless")) == [("reckless", ["plan"])]
    assert cues(("again", "again")) == []


def test_consent_denied_for_what_is_to_come_is_a_refusal_and_consent_denied_in_the_past_is_none():
    # "Hungary will not accept the quota." / "Hungary did not accept the quota."
    def acts(aux: tuple[str, str, str]) -> list[tuple[str, list[str], list[str], bool]]:
        doc = doc_of([("Hungary", "Hungary", "PROPN", "NNP", "nsubj", 3), (aux[0], aux[1], "AUX", aux[2], "aux", 3),
                      ("not", "not", "PART", "RB", "neg", 3), ("accept", "accept", "VERB", "VB", "ROOT", 3),
                      ("the", "the", "DET", "DT", "det", 5), ("quota", "quota", "NOUN", "NN", "dobj", 3),
                      (".", ".", "PUNCT", ".", "punct", 3)])
        found = _speech_acts(doc)
        return [(a.code, [s.text for s in a.speakers], [t.text for t in a.spoken_of], a.refusal) for a in found]

    assert acts(("will", "will", "MD")) == [("120", ["Hungary"], ["quota"], True)]
    assert acts(("did", "do", "VBD")) == []


def test_speech_acts_read_the_words_the_document_lists_give():
    # "The union gave a withering review of the plan.": the coder passes the document's lemmas and lower-case
    # words, and a pass makes a Token only of the words those lists name
    doc = doc_of([("The", "the", "DET", "DT", "det", 1), ("union", "union", "NOUN", "NN", "nsubj", 2),
                  ("gave", "give", "VERB", "VBD", "ROOT", 2), ("a", "a", "DET", "DT", "det", 5),
                  ("withering", "withering", "ADJ", "JJ", "amod", 5), ("review", "review", "NOUN", "NN", "dobj", 2),
                  ("of", "of", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 8),
                  ("plan", "plan", "NOUN", "NN", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 2)])
    cues = load_speech_cues()
    lemmas, lowers = [t.lemma_.lower() for t in doc], [t.text.lower() for t in doc]

    def cues_found(lemma_list: list[str] | None) -> list[str]:
        return [a.cue.text for a in find_speech_acts(doc[:], [], cues, lambda token: True, lemma_list, lowers)]

    assert cues_found(None) == cues_found(lemmas) == ["review"]
    assert cues_found([*lemmas[:5], "gift", *lemmas[6:]]) == []  # (the list, not the Doc, says which nouns to read)

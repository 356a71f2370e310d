"""scripts/why_missed.py: each missed gold event falls in one stage, counted by type and gate."""

from __future__ import annotations

from eventfactory import make_article, make_event
from scriptmodule import load_script
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventscope.evaluate_articles import Side, Unit
from eventscope.events.patterns import load_patterns
from eventscope.events.trace import DroppedCandidate, Gate
from eventscope.ontology import load_ontology
from eventscope.records import Span

why_missed = load_script("why_missed")

TEXT = "Russia met China. France criticised Kenya."


def _miss(plover: str) -> Unit:
    return Unit(start=18, end=len(TEXT), plover=plover, source=Side("FRA", None), target=Side("KEN", None),
                modality="asserted", trigger_start=25, trigger="criticised", cameo="111", sentence=TEXT[18:])


def _dropped(plover: str, gate: Gate, sentence: int = 1) -> DroppedCandidate:
    return DroppedCandidate(sentence, Span(text="criticised", start=25, end=35), "verb:criticise", "111", plover, gate)


def test_each_miss_is_counted_at_one_stage():
    article = make_article(TEXT)
    met = make_event(article, "Russia", "met", "China", "042")  # sentence 0
    tally = why_missed.Tally()
    classify = why_missed.classify
    assert classify(_miss("ACCUSE"), {1}, [met], [_dropped("ACCUSE", Gate.NO_ACTOR)], tally)[0] == why_missed.DROPPED
    assert classify(_miss("ACCUSE"), {1}, [met], [_dropped("CONSULT", Gate.NOT_AN_ACT)], tally)[0] == why_missed.OTHER_TYPES
    assert classify(_miss("ACCUSE"), {1}, [met], [_dropped("ACCUSE", Gate.NO_ACTOR, sentence=0)], tally)[0] == why_missed.NONE
    assert classify(_miss("CONSULT"), {0}, [met], [], tally)[0] == why_missed.FEWER
    assert classify(_miss("ACCUSE"), {1}, [met], [], tally, skipped={1})[0] == why_missed.FURNITURE
    assert tally.gates == {("ACCUSE", "no-actor"): 1}
    assert tally.others == {("ACCUSE", "CONSULT"): 1} and tally.other_gates == {("ACCUSE", "not-an-act"): 1}
    assert tally.no_candidate == {"ACCUSE": 1} and tally.fewer == {"CONSULT": 1}


def test_the_details_lines_are_made_only_of_the_trace():
    _, lines = why_missed.classify(_miss("ACCUSE"), {1}, [], [_dropped("ACCUSE", Gate.NO_ACTOR)], why_missed.Tally())
    assert lines == ["   drop ACCUSE 'criticised' at no-actor (verb:criticise) source words [] target words [] "
                     "source [] target []"]


def test_the_gold_triggers_head_word_is_looked_up_in_the_trigger_lexicon():
    words = ["Russia", "met", "China", "and", "scolded", "Japan", "."]
    doc = Doc(Vocab(), words=words, spaces=[True] * 6 + [False], heads=[1, 1, 1, 1, 1, 4, 1],
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
              lemmas=["Russia", "meet", "China", "and", "zzscold", "Japan", "."])
    patterns, ontology = load_patterns(), load_ontology()

    def status(plover: str, start: int, trigger: str) -> str:
        miss = Unit(start=0, end=len(doc.text), plover=plover, source=Side("RUS", None), target=Side("CHN", None),
                    modality="asserted", trigger_start=start, trigger=trigger, cameo="040", sentence=doc.text)
        return why_missed.lexicon_status(miss, doc, patterns, ontology)

    assert status("CONSULT", 7, "met") == "same type"
    assert status("AGREE", 7, "met") == "other types only"
    assert status("ACCUSE", 21, "scolded") == "absent"  # a lemma no pattern heads
    assert status("ACCUSE", 200, "scolded") == "no token"

"""Money released to someone is aid paid out, not people freed (session 34); frozen funds, money held up, or
prisoners released stay a return. Invented sentences, parsed by hand."""

from handparse import make_doc

from eventscope.events.senses import load_senses
from eventscope.records import Actor


def _release_of(word: str, lemma: str):
    # "the release of <word>" (the noun heads its phrase)
    return make_doc([
        ("the", "the", "DET", "DT", "det", 1),
        ("release", "release", "NOUN", "NN", "ROOT", 1),
        ("of", "of", "ADP", "IN", "prep", 1),
        (word, lemma, "NOUN", "NNS", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def _lender() -> Actor:
    return Actor(text="the Fund", start=0, end=8, name="IMF", country="IGO", sectors=[], kind="organization",
                 reason="test")


def test_money_released_is_aid_paid_out():
    senses = load_senses()
    doc = _release_of("billions", "billion")
    assert senses.recoded("release", "084", [], [_lender()], doc[1], {"release", "billion"}) == ("071", False)
    tranche = _release_of("tranche", "tranche")
    assert senses.recoded("release", "084", [], [_lender()], tranche[1], {"release", "tranche"}) == ("071", False)


def test_frozen_funds_and_prisoners_released_stay_a_return():
    senses = load_senses()
    doc = _release_of("billions", "billion")
    frozen = {"release", "billion", "frozen", "fund"}
    assert senses.recoded("release", "084", [], [_lender()], doc[1], frozen) == ("084", False)
    # (money that was held up and is released is given in on)
    held_up = {"release", "billion", "hold", "funding"}
    assert senses.recoded("release", "084", [], [_lender()], doc[1], held_up) == ("084", False)
    prisoners = _release_of("prisoners", "prisoner")
    assert senses.recoded("release", "084", [], [_lender()], prisoners[1], {"release", "prisoner"}) == ("084", False)

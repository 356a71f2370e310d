"""Which act a strike is (session 34): a state's strikes on a place are blows from the air, not a stoppage of work.
Invented sentences, parsed by hand."""

from handparse import make_doc

from eventscope.events.senses import load_senses
from eventscope.records import Actor


def _strikes_on(word: str, lemma: str, pos: str, tag: str):
    # "Chilean strikes on <word>." (the noun heads its sentence)
    return make_doc([
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("strikes", "strike", "NOUN", "NNS", "ROOT", 1),
        ("on", "on", "ADP", "IN", "prep", 1),
        (word, lemma, pos, tag, "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def _actor(text: str, sectors=(), kind="state", country="CHL") -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, sectors=list(sectors), kind=kind,
                 reason="test")


def test_a_states_strikes_on_a_place_are_an_attack_and_strikes_on_a_day_stay_a_stoppage():
    senses = load_senses()
    state, union = _actor("Chilean"), _actor("Chilean dockers", ["LAB"], kind="group")
    port = _strikes_on("port", "port", "NOUN", "NN")
    assert senses.recoded("strike", "143", [], [state], port[1], {"strike", "port"}) == ("195", False)
    # near misses: the strikes of workers, on a day, on a rail network; and strikes with nothing "on" them
    assert senses.recoded("strike", "143", [], [union], port[1], {"strike", "port"}) == ("143", False)
    monday = _strikes_on("Monday", "Monday", "PROPN", "NNP")
    assert senses.recoded("strike", "143", [], [state], monday[1], {"strike", "monday"}) == ("143", False)
    railways = _strikes_on("railways", "railway", "NOUN", "NNS")
    assert senses.recoded("strike", "143", [], [state], railways[1], {"strike", "railway"}) == ("143", False)
    assert senses.recoded("strike", "143", [], [state], None, {"strike"}) == ("143", False)

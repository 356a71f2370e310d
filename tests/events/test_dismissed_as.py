"""Session 34: "dismissed X as Y" disparages X (ACCUSE 111) whether the parser hangs "as" from the verb or from its
object ("dismissed the bank's measures as punishment"); an appeal dismissed as something is still turned down.
Hand parses of invented sentences (events/senses.dependency_labels)."""

from handparse import make_doc

from eventscope.events.senses import dependency_labels, load_senses
from eventscope.records import Actor


def _dismissed(obj: tuple[str, str], as_under_object: bool):
    # "Freedonia dismissed the <obj> as a stunt." ("as" hung from the verb or from the object)
    as_head = 3 if as_under_object else 1
    return make_doc([
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1),
        ("dismissed", "dismiss", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        (obj[0], obj[1], "NOUN", "NNS", "dobj", 1),
        ("as", "as", "ADP", "IN", "prep", as_head),
        ("a", "a", "DET", "DT", "det", 6),
        ("stunt", "stunt", "NOUN", "NN", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def _state(text: str, country: str) -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, sectors=[], kind="state", reason="test")


def test_the_objects_preposition_is_labelled_as_the_objects():
    doc = _dismissed(("measures", "measure"), as_under_object=True)
    labels = dependency_labels(doc[1])
    assert "dobj>prep:as" in labels and "prep:as" not in labels
    assert "dobj>prep:as" not in dependency_labels(_dismissed(("measures", "measure"), as_under_object=False)[1])


def test_dismissed_as_a_stunt_disparages_wherever_as_hangs():
    senses = load_senses()
    source, target = [_state("Freedonia", "FRE")], [_state("Sylvania", "SYL")]
    for under_object in (False, True):
        doc = _dismissed(("measures", "measure"), under_object)
        assert senses.recoded("dismiss", "120", target, source, doc[1], {"dismiss", "measure", "stunt"})[0] == "111"
        # near miss: demands dismissed as a stunt are turned down
        demands = _dismissed(("demands", "demand"), under_object)
        assert senses.recoded("dismiss", "120", target, source, demands[1], {"dismiss", "demand", "stunt"})[0] == "120"

"""geo/clauses.clause_hops: how far a word is from an event trigger's clause, None past a clause boundary. Hand-built
parses, no model."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventscope.geo.clauses import clause_hops


def _doc(rows: list[tuple[str, str, str, int]]) -> Doc:
    """Rows of (word, POS, dep, head index)."""
    return Doc(Vocab(), words=[r[0] for r in rows], pos=[r[1] for r in rows], deps=[r[2] for r in rows],
               heads=[r[3] for r in rows])


# "Troops launched an attack in Mali"
LAUNCHED = _doc([("Troops", "NOUN", "nsubj", 1), ("launched", "VERB", "ROOT", 1), ("an", "DET", "det", 3),
                 ("attack", "NOUN", "dobj", 1), ("in", "ADP", "prep", 1), ("Mali", "PROPN", "pobj", 4)])

# "Troops attacked rebels who fled to Niger"
FLED = _doc([("Troops", "NOUN", "nsubj", 1), ("attacked", "VERB", "ROOT", 1), ("rebels", "NOUN", "dobj", 1),
             ("who", "PRON", "nsubj", 4), ("fled", "VERB", "relcl", 2), ("to", "ADP", "prep", 4),
             ("Niger", "PROPN", "pobj", 5)])

# "the condemnation of the invasion of Ukraine"
CONDEMNATION = _doc([("the", "DET", "det", 1), ("condemnation", "NOUN", "ROOT", 1), ("of", "ADP", "prep", 1),
                     ("the", "DET", "det", 4), ("invasion", "NOUN", "pobj", 2), ("of", "ADP", "prep", 4),
                     ("Ukraine", "PROPN", "pobj", 5)])


def test_a_word_on_the_governing_verb_counts_through_the_trigger_as_its_object():
    # Mali -> in -> launched (2 hops), and the attack is one hop below "launched"
    assert clause_hops(LAUNCHED[5], LAUNCHED[3]) == 3


def test_the_trigger_is_no_hops_from_itself():
    assert clause_hops(LAUNCHED[3], LAUNCHED[3]) == 0


def test_a_word_in_a_relative_clause_is_in_another_clause():
    assert clause_hops(FLED[6], FLED[1]) is None
    assert clause_hops(FLED[2], FLED[1]) == 1


def test_a_word_that_belongs_to_another_event_word_is_vetoed():
    invasion = CONDEMNATION[4]
    assert clause_hops(CONDEMNATION[6], CONDEMNATION[1]) == 4
    assert clause_hops(CONDEMNATION[6], CONDEMNATION[1], lambda token: token.i == invasion.i) is None

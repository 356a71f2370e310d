"""The pronoun classes the event stages ask about are built from coreference.yaml's pronouns (actors), the one
list of them: by whom a pronoun stands for and by its form."""

from handparse import make_doc

from eventscope.actors import load_actor_dictionary
from eventscope.actors.antecedents import PronounWords, load_coreference
from eventscope.actors.completion import ActorCompletion
from eventscope.events import load_patterns
from eventscope.events.matching import pronoun_of
from eventscope.events.patterns import PronounCues
from eventscope.events.senses import load_senses
from eventscope.events.speech import load_speech_cues


def words(**classes: str) -> PronounWords:
    empty = {name: "" for name in PronounWords.model_fields}
    return PronounWords(**{name: frozenset(text.split()) for name, text in {**empty, **classes}.items()})


def test_role_classes_are_made_from_the_classes_by_whom_and_by_form():
    # invented words, so that only the classes, never a list in code, can put a word in its place
    cues = PronounCues.of(words(person="ho hom hos homself", plural="thon thons", singular="ut uts",
                                speaker="mi", speakers="wu wus", listener="yo", quantifiers="lots",
                                subject="mi wu yo ho thon ut", object="wus hom ut", possessive="hos thons uts",
                                reflexive="homself"))
    assert cues.people == {"ho", "hom", "hos"}  # not the reflexive
    assert cues.things == {"ut", "uts"}
    assert cues.actors == {"ho", "hom", "hos", "thon", "thons", "ut", "uts", "mi", "wu", "wus"}
    assert cues.people_subjects == {"ho", "hom", "hos", "thon", "wu"}  # not "I", nor "it"
    assert cues.people_possessors == {"ho", "hom", "hos", "thon", "thons"}
    assert cues.first_person == {"mi", "wu", "wus"}
    assert cues.quantifiers == {"lots"}


def test_the_bundled_pronouns_give_each_stage_its_words():
    pronouns = load_patterns().pronouns
    assert pronouns.people == {"he", "him", "his", "she", "her"}
    assert pronouns.actors == pronouns.people | {"they", "them", "their", "it", "its", "we", "us", "i", "me"}
    assert pronouns.first_person == {"i", "me", "my", "we", "us", "our"}
    assert load_patterns().attribution.first_person == {"i", "we"}
    speech = load_speech_cues()
    assert speech.first_person_subjects == {"i", "we"}
    assert speech.speaking_pronouns == {"i", "we", "he", "she"}  # a speaker speaking of herself
    senses = load_senses()
    assert senses.personal_pronouns == {"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them"}
    assert {"he", "their", "your", "the", "those"} <= senses.not_names and "him" not in senses.not_names
    assert senses.reflexives == load_coreference().words.pronouns.reflexive


def test_completion_reads_a_bodys_possessives_from_the_classes():
    assert ActorCompletion(load_actor_dictionary()).group_possessives == {"its", "their"}


def test_a_name_in_capitals_is_no_pronoun():
    # "The US warned us": the name lowers to the pronoun's lemma, only the tag tells them apart
    doc = make_doc([("The", "the", "DET", "DT", "det", 1), ("US", "us", "PROPN", "NNP", "nsubj", 2),
                    ("warned", "warn", "VERB", "VBD", "ROOT", 2), ("us", "we", "PRON", "PRP", "dobj", 2)])
    assert [pronoun_of(t) for t in doc] == ["", "", "", "we"]

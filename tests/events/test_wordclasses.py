"""Word classes shared by triggers.yaml and senses.yaml (events/wordclasses.py, data/wordclasses.yaml)."""

import pytest

from eventscope.events.patterns import Refinement, trigger_file
from eventscope.events.senses import SensesFile, load_senses
from eventscope.events.wordclasses import expand_words, shared_word_classes


def test_a_class_name_stands_for_its_words_and_an_unknown_one_is_an_error():
    classes = {"crafts": ("boat", "ship")}
    assert expand_words(["$crafts", "raft"], classes) == ["boat", "ship", "raft"]
    assert expand_words("strike", classes) == "strike"  # (not a list: left for the schema)
    with pytest.raises(ValueError, match="unknown word class"):
        expand_words(["$craft"], classes)


def test_a_refinement_names_a_shared_class():
    rule = Refinement.model_validate({"codes": ["143"], "when": ["$labour_words", "picket"], "code": "143"})
    assert {"worker", "union", "pension", "picket"} <= rule.when
    with pytest.raises(ValueError, match="unknown word class"):
        Refinement.model_validate({"codes": ["143"], "when": ["$labour"], "code": "143"})


def test_senses_reads_the_shared_classes_beside_its_own():
    data = {"word_classes": {"storms": ["storm"]},
            "senses": [{"lemmas": ["strike"], "roots": ["14"], "not_clause_words": ["$labour_words", "$storms"]}]}
    assert {"walkout", "storm"} <= SensesFile.model_validate(data).senses[0].not_clause_words


def test_the_strike_rules_of_both_files_read_one_labour_list():
    # a walkout's signs: triggers.yaml's strike refinement keeps a strike 143, senses.yaml's state-strike recode
    # leaves it alone; the words are written once (session 35)
    labour = frozenset(shared_word_classes()["labour_words"])
    refinement = next(r for r in trigger_file()[0].refinements if r.triggers == {"strike"} and r.code == "143")
    recode = next(r for r in load_senses().recodes if "strike" in r.lemmas and r.code == "190" and r.not_clause_words)
    assert refinement.when == labour == recode.not_clause_words

"""Trigger patterns and cue lists: the bundled data loads, covers the ontology, and bad data is refused."""

import dataclasses
from pathlib import Path

import pytest

from eventscope.actors import load_actor_dictionary
from eventscope.actors.dictionary import BorderNouns
from eventscope.events import PatternError, load_patterns
from eventscope.ontology import load_ontology


def test_bundled_patterns_cover_every_cameo_root_and_every_plover_type():
    patterns = load_patterns()
    ontology = load_ontology()
    codes = patterns.cameo_codes()
    assert {code[:2] for code in codes} == {f"{root:02d}" for root in range(1, 21)}
    assert {ontology.get(code).plover for code in codes} >= set(ontology.plover_types)
    assert all(code in ontology for code in codes)


def test_lookups_are_by_lemma_and_most_specific_first():
    patterns = load_patterns()
    lift = patterns.candidates("lift", "verb")
    assert lift[0].specificity >= lift[-1].specificity
    assert any(p.cameo == "085" and ("sanction", ()) in p.objects for p in lift)
    assert patterns.candidates("invasion", "noun")[0].cameo.startswith("19")
    assert patterns.candidates("strike", "noun")[-1].cameo == "143"  # the bare noun, tried last
    assert any(p.cameo == "195" and p.extra == ("air",) for p in patterns.candidates("strike", "noun"))


def test_hyphenated_words_are_matched_as_the_tokenizer_splits_them():
    fire = load_patterns().candidates("fire", "noun")
    assert any(p.cameo == "0871" and p.extra == ("cease",) for p in fire)


def test_an_adjective_heads_its_pattern_whatever_its_preposition():
    # "was scathing about the minister": headed by "about" the pattern was never tried
    patterns = load_patterns()
    assert any(p.extra == ("about",) for p in patterns.candidates("scathing", "adj"))
    assert any(p.extra == ("of",) for p in patterns.candidates("critical", "adj"))
    assert not patterns.candidates("about", "adj")


def test_cue_lists_are_loaded():
    patterns = load_patterns()
    assert {"will", "shall"} <= patterns.modality.future_auxiliaries
    assert "refrain" in patterns.modality.negating_governors
    assert patterns.attribution.is_outlet_name("Chinese state media Xinhua")
    assert not patterns.attribution.is_outlet_name("Apple")


def test_outlet_names_are_found_as_whole_words_in_any_case():
    # (a name with none of the outlets' first words is ruled out before the pattern: the same answers)
    cues = load_patterns().attribution
    assert cues.is_outlet_name("a reuters correspondent")
    assert cues.is_outlet_name("the Associated Press bureau")
    assert not cues.is_outlet_name("Reutersville council")
    assert not cues.is_outlet_name("the Associated Pressmen's union")
    assert cues.is_outlet_name("Rédaction de l'AFP")  # not ASCII: the pattern alone decides
    assert not cues.is_outlet_name("")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_adds_and_overrides_patterns(tmp_path):
    path = write(tmp_path, 'triggers:\n  - cameo: "111"\n    verbs: [lambast, visit]\n')
    patterns = load_patterns([path])
    assert patterns.candidates("lambast", "verb")[0].cameo == "111"
    assert patterns.candidates("visit", "verb")[0].cameo == "111"
    assert load_patterns().candidates("visit", "verb")[0].cameo == "042"  # the bundled set is untouched


def test_the_roots_a_word_can_head_are_those_of_its_senses_whose_words_are_there(tmp_path):
    path = write(tmp_path, 'triggers:\n  - cameo: "190"\n    nouns: [onslaught]\n'
                           '  - cameo: "111"\n    nouns: [verbal onslaught]\n')
    patterns = load_patterns([path])
    assert {p.root for p in patterns.candidates("onslaught", "noun")} == {"19", "11"}
    assert patterns.roots("onslaught", "noun") == {"19", "11"}
    assert patterns.roots("onslaught", "noun", {"fresh"}) == {"19"}  # "a fresh onslaught": no verbal one
    assert patterns.roots("onslaught", "noun", {"verbal", "fresh"}) == {"19", "11"}
    assert patterns.roots("onslaught", "verb") == frozenset()


@pytest.mark.parametrize(
    "text, message",
    [
        ('triggers:\n  - cameo: "999"\n    verbs: [fly]\n', "unknown CAMEO code"),
        ('triggers:\n  - cameo: "042"\n    verbs: [tour]\n  - cameo: "043"\n    verbs: [tour]\n', "already given"),
        ('triggers:\n  - cameo: "042"\n    verbs: [tour]\n    target_preps: [on]\n', "YAML boolean"),
        ('triggers:\n  - cameo: "042"\n    verb: [tour]\n', "entry 1: verb: unknown key"),
        ('triggers:\n  - verbs: [tour]\n', "entry 1: cameo: Field required"),
        ("- just a list\n", "mine.yaml: expected a mapping with the keys"),
        ('triggers:\n  - cameo: "042"\n    objects: {pay: []}\n', "entry 1: objects.pay: List should have at least 1 item"),
    ],
)
def test_malformed_pattern_files_are_refused_with_a_clear_error(tmp_path, text, message):
    with pytest.raises(PatternError, match=message):
        load_patterns([write(tmp_path, text)])


def test_a_missing_pattern_file_is_a_clear_error(tmp_path):
    with pytest.raises(PatternError, match="cannot read"):
        load_patterns([tmp_path / "absent.yaml"])


def test_code_tables_and_cue_lists_for_announcements_claims_and_disasters_are_loaded():
    patterns = load_patterns()
    assert patterns.codes.intent_by_root["08"] == "035" and patterns.codes.intent_by_root["19"] == "138"
    assert patterns.codes.claim_code == "015" and "claim" in patterns.codes.claim_verbs
    assert patterns.codes.joint_codes["150"] == "062"
    assert "reporter" in patterns.actors.audience_nouns and "ton" in patterns.phrases.measure_nouns
    assert "flood" in patterns.codes.disaster_nouns and "1724" in patterns.codes.disaster_response_codes
    assert "would" in patterns.modality.reported_future_auxiliaries and "say" in patterns.modality.reporting_verbs


def test_code_tables_refuse_unknown_codes_and_missing_keys():
    from eventscope.datafiles import validate_data
    from eventscope.events.patterns import TriggersFile, trigger_file

    good = trigger_file()[0].model_dump()
    for change, message in [({"intent_by_root": {"04": "999"}}, "intent_by_root.04: unknown CAMEO code '999'"),
                            ({"demand_by_root": {"04": "106"}}, "demand_by_root needs a 'default' code"),
                            ({"claim_code": 15}, "claim_code: 15 is no CAMEO code in quotes")]:
        with pytest.raises(PatternError, match=message):
            validate_data({**good, **change}, TriggersFile, "triggers.yaml", "triggers", PatternError)


def test_the_border_words_are_the_given_dictionarys():
    # (the coder hands its own dictionary, so that a user's actor files do not build the bundled one again)
    bundled = load_actor_dictionary()
    own = dataclasses.replace(bundled, border_nouns=BorderNouns.of(["frontier", "line of contact"]))
    assert load_patterns(dictionary=own).borders.nouns.words == {"frontier", "line of contact"}
    assert load_patterns().borders.nouns == bundled.border_nouns


def test_the_role_words_come_with_the_patterns():
    assert load_patterns().roles.partitive_words

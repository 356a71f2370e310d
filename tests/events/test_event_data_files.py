"""Each loader of the event data files refuses an unknown key and a wrong type with one line that names the
file, the entry and the field."""

from __future__ import annotations

from functools import partial

import pytest

from eventscope.datafiles import load_data_file
from eventscope.events import PatternError, load_patterns
from eventscope.events.confidence import load_calibrator
from eventscope.events.patterns import AttributionFile, ContextsFile, ModalityCues, RoleWords, load_role_words
from eventscope.events.senses import load_senses
from eventscope.events.speech import load_speech_cues

SPEECH = 'criticism_code: "111"\npraise_code: "051"\ncriticism_words: [fail]\n'
SENSE = "senses:\n  - {lemmas: [hit], roots: ['18']}\n  - {lemmas: [strike], roots: ['18'], target: actor"
MODALITY = "".join(f"{name}: [word]\n" for name in ModalityCues.model_fields if name != "version")
CODE = '["051"]'
# (a list of CAMEO codes gets a code, a list of words a word)
ROLES = "".join(f"{name}: {CODE if name.endswith('_codes') else '[word]'}\n" for name in RoleWords.model_fields
                if name != "version")
ATTRIBUTION = "speech_verbs: [say]\nreporting_passives: [report]\npress_nouns: [media]\n"


def user_patterns(path):
    return load_patterns([path])


def schema(model, path):
    return load_data_file(path, model, error=PatternError)

CASES = [
    (load_calibrator, "weights: {bias: 0.5}\nslope: 2\n", "confidence.yaml: slope: unknown key"),
    (load_calibrator, "weights: {bias: heavy}\n", "confidence.yaml: weights.bias: Input should be a valid number"),
    (load_speech_cues, SPEECH + "colour: red\n", "speech.yaml: colour: unknown key"),
    (load_speech_cues, SPEECH.replace('"051"', "51"), "speech.yaml: praise_code: 51 is no CAMEO code in quotes"),
    (load_speech_cues, SPEECH.replace("[fail]", "[fail, yes]"), "speech.yaml: criticism_words.1: True is a YAML boolean"),
    (user_patterns, 'triggers:\n  - cameo: "042"\n    verbs: [tour]\n    colour: red\n',
     "mine.yaml: entry 1: colour: unknown key"),
    (user_patterns, 'triggers:\n  - cameo: "042"\n  - cameo: "043"\n    verbs: tour\n',
     "mine.yaml: entry 2: verbs: Input should be a valid list"),
    (load_senses, SENSE + ", colour: red}\n", "senses.yaml: entry 2: colour: unknown key"),
    # (SENSE's entry has a target already: a second one would be a key written twice, an error of its own)
    (load_senses, SENSE.replace("target: actor", "target: anyone") + "}\n",
     "senses.yaml: entry 2: target: Input should be 'actor', 'someone', 'any', 'accuser', 'no_thing' or ''"),
    (load_senses, SENSE + "}\nmin_sentences: many\n", "senses.yaml: min_sentences: Input should be a valid integer"),
    (partial(schema, ModalityCues), MODALITY + "maybe: [perhaps]\n", "modality.yaml: maybe: unknown key"),
    (partial(schema, ModalityCues), MODALITY.replace("[word]", "word", 1), "modality.yaml: negators: Input should be a valid frozenset"),
    (partial(schema, AttributionFile), ATTRIBUTION + "rumours: [they say]\n", "attribution.yaml: rumours: unknown key"),
    (partial(schema, AttributionFile), ATTRIBUTION + "outlets: [CNN, 24]\n", "attribution.yaml: outlets.1: Input should be a valid string"),
    (partial(schema, RoleWords), ROLES + "whom_words: [whom]\n", "roles.yaml: whom_words: unknown key"),
    (partial(schema, RoleWords), ROLES.replace("[word]", "[on]", 1), "roles.yaml: wh_words.0: True is a YAML boolean"),
    (partial(schema, ContextsFile), "contexts: {military: [army]}\nweights: {}\n", "contexts.yaml: weights: unknown key"),
    (partial(schema, ContextsFile), "contexts: {sport: [goal]}\n", "contexts.yaml: contexts: unknown PLOVER contexts ['sport']"),
    (partial(schema, ContextsFile), "contexts: {military: army}\n", "contexts.yaml: contexts.military: Input should be a valid list"),
]


@pytest.mark.parametrize(("loader", "text", "message"), CASES)
def test_a_bad_event_data_file_is_one_line_naming_the_file_the_entry_and_the_field(tmp_path, loader, text, message):
    path = tmp_path / message.split(":")[0]
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError) as raised:
        loader(path)
    assert str(raised.value).removeprefix(f"{tmp_path}/").startswith(message)


def test_the_bundled_trigger_file_refuses_unknown_keys_and_wrong_types():
    from eventscope.datafiles import validate_data
    from eventscope.events.patterns import TriggersFile, trigger_file

    good = trigger_file()[0].model_dump()
    with pytest.raises(PatternError, match=r"^triggers.yaml: heavy_verbs: unknown key"):
        validate_data({**good, "heavy_verbs": ["lift"]}, TriggersFile, "triggers.yaml", "triggers", PatternError)
    triggers = [*good["triggers"][:2], {**good["triggers"][2], "embeds": {"04": 36}}]
    with pytest.raises(PatternError, match=r"^triggers.yaml: entry 3: embeds.04: 36 is no CAMEO code in quotes"):
        validate_data({**good, "triggers": triggers}, TriggersFile, "triggers.yaml", "triggers", PatternError)


def test_the_idioms_by_verb_are_the_idioms_that_open_with_that_verb_kind_by_kind():
    cues = load_speech_cues()
    for verb, kinds in cues.idioms_by_verb.items():
        assert [(c, code, actor) for c, code, _, actor in kinds] == [(c, code, actor) for c, code, _, actor in cues.idiom_kinds]
        assert [list(idioms) for _, _, idioms, _ in kinds] == [[w for w in idioms if w[0] == verb]
                                                                for _, _, idioms, _ in cues.idiom_kinds]
    assert set(cues.idioms_by_verb) == cues.idiom_verbs


def test_the_lament_verbs_are_the_one_word_verbs_the_triggers_give_their_code():
    from eventscope.events.patterns import trigger_file

    cues = load_speech_cues()
    verbs = {p.text for p in trigger_file()[1] if p.cameo == cues.lament_trigger_code and p.kind == "verb"
             and not p.objects}
    assert cues.lament_verbs and cues.lament_verbs == {v for v in verbs if " " not in v}


def test_the_role_words_and_the_border_words_are_read_once_with_the_patterns():
    words = load_role_words()
    assert "on" in words.aimed_preps and "refusal" in words.committing_nouns & words.intent_nouns
    assert "engineer".endswith(words.agentive_endings)
    borders = load_patterns().borders
    assert "border" in borders.nouns.words and "15" in borders.target_roots

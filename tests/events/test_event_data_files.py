"""Each loader of the event data files refuses an unknown key and a wrong type with one line that names the
file, the entry and the field."""

from __future__ import annotations

import pytest

from eventscope.events import PatternError
from eventscope.events.confidence import load_calibrator
from eventscope.events.speech import load_speech_cues

SPEECH = 'criticism_code: "111"\npraise_code: "051"\ncriticism_words: [fail]\n'

CASES = [
    (load_calibrator, "weights: {bias: 0.5}\nslope: 2\n", "confidence.yaml: slope: unknown key"),
    (load_calibrator, "weights: {bias: heavy}\n", "confidence.yaml: weights.bias: Input should be a valid number"),
    (load_speech_cues, SPEECH + "colour: red\n", "speech.yaml: colour: unknown key"),
    (load_speech_cues, SPEECH.replace('"051"', "51"), "speech.yaml: praise_code: 51 is no CAMEO code in quotes"),
    (load_speech_cues, SPEECH.replace("[fail]", "[fail, yes]"), "speech.yaml: criticism_words.1: True is a YAML boolean"),
]


@pytest.mark.parametrize(("loader", "text", "message"), CASES)
def test_a_bad_event_data_file_is_one_line_naming_the_file_the_entry_and_the_field(tmp_path, loader, text, message):
    path = tmp_path / message.split(":")[0]
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError) as raised:
        loader(path)
    assert str(raised.value).startswith(message)

"""Session 23 (contrast23): in what a speaker says, a clause joined in contrast to the one before it ("..., but ...",
"..., yet ...", "..., however ...") or set after a conceding clause ("though ..., ...") carries the speaker's
judgement: the word of judgement after the contrast counts, and what it judges is found after it (events/speech.py
_judgement_starts). With no judgement after the contrast, the words before it count as before. Sentences invented
for the tests, each read alone as a whole article."""

import pytest

pytestmark = pytest.mark.slow


def _judgements(coder, text):
    return [(e.event.plover, " ".join(a.text for a in e.target))
            for e in coder.code_text(text).events if e.event.plover in ("ACCUSE", "SUPPORT")]


@pytest.mark.parametrize(("text", "judged"), [
    ('"The mayor is a fine leader, however the council has behaved disgracefully," the senator said.', "council"),
    ('"The governor was right to call the vote, but the council acted irresponsibly," the senator said.', "council"),
    ("The senator said the governor was an honest man, yet the council had acted shamefully.", "council"),
    ("The senator said that though the mayor was an honest leader, the council had acted shamefully.", "council"),
    ('"Although the mayor is a capable leader, the council has behaved disgracefully," the senator said.', "council"),
    ('"The council acted shamefully, although the mayor is an honest leader," the senator said.', "council"),
])
def test_the_judgement_after_a_contrast_judges_who_is_named_after_it(article, text, judged):
    found = _judgements(article, text)
    assert any(plover == "ACCUSE" and judged in target for plover, target in found), found
    assert not any(plover == "ACCUSE" and judged not in target for plover, target in found), found


def test_a_praise_before_a_contrast_gives_way_to_the_criticism_after_it(article):
    found = _judgements(article, '"The governor is a decent man, but his plan to close the border was reckless," '
                                 "the senator said.")
    assert [plover for plover, _ in found] == ["ACCUSE"], found


def test_with_no_judgement_after_the_contrast_the_one_before_it_counts(article):
    found = _judgements(article, '"The governor has behaved disgracefully, but the vote will go ahead," the senator '
                                 "said.")
    assert any(plover == "ACCUSE" and "governor" in target for plover, target in found), found

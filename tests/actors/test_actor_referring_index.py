"""completion.base._by_second_word: the referring phrases a word may begin, by the word after it, in their order."""

from eventscope.actors.completion.base import _by_second_word

PHRASES = {
    "the": ((("the", "two", "foreign", "ministers"), "pairs"), (("the", "two", "sides"), "pairs"),
            (("the", "country"), "states"), (("the",), "bare")),
    "both": ((("both", "sides"), "pairs"),),
}


def test_next_word_keeps_only_the_phrases_it_can_continue_in_order() -> None:
    index = _by_second_word(PHRASES)
    assert index["the"]["two"] == ((("the", "two", "foreign", "ministers"), "pairs"), (("the", "two", "sides"), "pairs"),
                                   (("the",), "bare"))
    assert index["the"]["country"] == ((("the", "country"), "states"), (("the",), "bare"))


def test_other_next_words_leave_the_one_word_phrases() -> None:
    index = _by_second_word(PHRASES)
    assert index["the"][None] == ((("the",), "bare"),)
    assert index["both"][None] == ()
    assert "war" not in index["the"]

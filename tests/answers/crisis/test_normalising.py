"""Normalising real typing before anything reads it (bot/answers/crisis/normalising.py)."""

from __future__ import annotations

import pytest

from bot.answers import crisis


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("He ISN’T breathing!!!", "he is not breathing"),
        ("he isnt breathin", "he is not breathing"),
        ("someones collapsed pls help", "someone is collapsed please help"),
        ("i cant wake him up u need to help", "i can not wake him up you need to help"),
        ("our 14yo hasnt come home", "our 14 year old has not come home"),
        ("pleeeease helpppp", "pleease helpp"),
        ("“I won’t be here tomorrow”", "i will not be here tomorrow"),
        ("My fiancée hit me at the café", "my fiancee hit me at the cafe"),
        ("she’d taken pills, they're sleeping in the shed", "she would taken pills they are sleeping in the shed"),
    ],
)
def test_normalise_reads_real_typing(typed: str, expected: str) -> None:
    assert crisis.normalise(typed) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [("no", 1), ("he is not breathing", 4), ("有人掉进河里了 快救命", 6), ("ok 谢谢", 2), ("救命", 1)],
)
def test_words_in_a_script_without_spaces_are_counted_by_characters(text: str, words: int) -> None:
    """A sentence in Chinese is one run of characters, not one word: counted as one word it was held to
    the 0.9 meant for "no" and "nope" (the thirty-third benchmark, session 31)."""
    assert crisis.word_count(crisis.normalise(text)) == words

"""Prefix-factored alternations match what a longest-first word alternation matches."""

from __future__ import annotations

import re

from claimtrack.word_trie import trie_pattern

WORDS = ["Sep", "Sept", "September", "said", "says", "sagte", "sagten", "last week", "a.m."]


def plain(words: list[str]) -> re.Pattern[str]:
    longest_first = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(r"\s+".join(map(re.escape, w.split())) for w in longest_first))


def test_same_matches_as_the_longest_first_alternation() -> None:
    text = "Septembers Sept. sagten sagte says said Sep last   week at 9 a.m. amx"
    trie = re.compile(trie_pattern(WORDS))
    expected = [m.span() for m in plain(WORDS).finditer(text)]
    assert [m.span() for m in trie.finditer(text)] == expected


def test_a_word_wins_over_its_prefix_and_a_space_matches_any_white_space() -> None:
    trie = re.compile(trie_pattern(["Sep", "September", "last week"]))
    assert trie.match("September").group() == "September"
    assert trie.match("last\n week").group() == "last\n week"
    assert trie.match("lastweek") is None


def test_no_words_match_nothing_but_the_empty_string() -> None:
    assert trie_pattern([]) == ""

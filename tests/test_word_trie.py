"""Prefix-factored and first-letter-nested alternations match what the plain ones match."""

from __future__ import annotations

import re

import pytest

from claimtrack.word_trie import (
    WORD_START,
    has_top_level_bar,
    nested_alternation,
    trie_pattern,
    word_start_for,
)

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


def test_no_character_matches_two_ascii_letters_or_digits_ignoring_case() -> None:
    """Parts nested under different first characters never match at the same position."""
    keys = "abcdefghijklmnopqrstuvwxyz0123456789"
    patterns = [re.compile(re.escape(k), re.IGNORECASE) for k in keys]
    any_key = re.compile(f"[{keys}]", re.IGNORECASE)
    matching = any_key.findall("".join(map(chr, range(0x110000))))  # the few to check one by one
    assert len(matching) > 2 * 26
    for ch in matching:
        assert sum(p.fullmatch(ch) is not None for p in patterns) == 1, hex(ord(ch))
        assert re.fullmatch(r"\w", ch), hex(ord(ch))  # so `WORD_START` may lead such parts


@pytest.mark.parametrize(("pattern", "bar"), [
    ("a|b", True), ("a(?:b|c)", False), (r"a\|b", False), ("a[|]b", False), ("a[]|]b", False),
    ("a[^]|]b", False), ("(a)|b", True), (r"a[\]|]b", False),
])
def test_top_level_bar(pattern, bar) -> None:
    assert has_top_level_bar(pattern) is bar


def test_nested_alternation_finds_the_same_matches() -> None:
    parts = ["Armee\\W+(?:von|mit)", "\\w*starke[nr]? Armee", "aktive Soldaten", "ab|cd", "a?x",
             "(?:die|der) beiden", "je", "jeden Tag", "Kursk", "k(x)", "Kiew", "9er", "alle"]
    plain = re.compile("(?<!\\w)(?:" + "|".join(parts) + ")(?!\\w)", re.IGNORECASE)
    nested = re.compile("(?<!\\w)(?:" + nested_alternation(parts) + ")(?!\\w)", re.IGNORECASE)
    assert nested.pattern != plain.pattern
    texts = ["Die Armee von Kim", "eine 3starke Armee", "aktive Soldaten je Tag", "cd ab x ax",
             "die beiden", "jeden Tag je", "KURSK kiew kx 9ER alle", "Jeden", "ſtarke Armee",
             "K\u212aursk \u212aursk ab\u0130"]
    for text in texts:
        for pos in range(len(text) + 1):
            a, b = plain.match(text, pos), nested.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos)


def test_word_start_only_where_every_part_starts_with_a_letter_or_digit() -> None:
    assert word_start_for(["Kursk", "9er", "a\\ b"]) == WORD_START
    for parts in (["Kursk", "\\w*kräfte"], ["Kursk", "(?:die|der) beiden"], ["a?x"], ["ab|-cd"],
                  []):
        assert word_start_for(parts) == r"(?<!\w)", parts


def test_word_start_matches_where_the_lookbehind_alone_does() -> None:
    parts = ["kursk", "Kiew", "sold\\w*", "9er", "x"]
    body = nested_alternation(parts)
    plain = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
    fast = re.compile(rf"{word_start_for(parts)}(?:{body})(?!\w)", re.IGNORECASE)
    assert fast.pattern.startswith(WORD_START)
    for text in ["Kursk, KIEW und 9er-x", "ſoldaten \u212aursk", "xkursk _kursk -kursk", "x", "",
                 "İ kiew9er Soldat9"]:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


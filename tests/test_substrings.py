"""Offsets of literal substrings."""

from claimtrack.substrings import occurrences


def test_every_occurrence_of_every_needle_overlaps_included():
    assert sorted(occurrences("zehn zehntausend", ("zehn", "zehntausend"))) == [0, 5, 5]
    assert occurrences("aaa", ("aa",)) == [0, 1]


def test_only_inside_the_window():
    text = "<a> * <b>"
    assert sorted(occurrences(text, "<*", 1, 7)) == [4, 6]
    assert occurrences(text, ("<",), 7) == []


def test_nothing_found():
    assert occurrences("Soldaten", ("tausend",)) == []

"""Where literal substrings occur in a text, found with `str.find`.

CPython's `str.find` skips through text far faster than `re` tries an alternation (or even a
character class) at every position, so scans for a handful of literal needles over a whole
article use this instead of a regular expression.
"""

from __future__ import annotations

from collections.abc import Iterable


def occurrences(text: str, needles: Iterable[str], start: int = 0, end: int | None = None
                ) -> list[int]:
    """Offsets in `text[start:end]` where any of `needles` begins (unsorted; overlaps kept)."""
    stop = len(text) if end is None else end
    found: list[int] = []
    for needle in needles:
        i = text.find(needle, start, stop)
        while i != -1:
            found.append(i)
            i = text.find(needle, i + 1, stop)
    return found

"""The place named with a claim (the `location` column)."""

from __future__ import annotations

import re


def find_location(sentence: str, places: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The first topic place named in the sentence, as written."""
    hits = [m for _, pattern in places if (m := pattern.search(sentence))]
    if not hits:
        return None
    return min(hits, key=lambda m: m.start()).group()

"""The place named with a claim (the `location` column)."""

from __future__ import annotations

import re


def find_location(sentence: str, places: re.Pattern[str]) -> str | None:
    """The first topic place named in the sentence, as written."""
    m = places.search(sentence)
    return m.group() if m else None

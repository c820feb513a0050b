"""Is a figure an increment on top of an earlier one (`weitere 1.500`, `another 1,500`)?"""

from __future__ import annotations

import re

from claimtrack.topic import LanguageLexicon

_WORD_BEFORE = re.compile(r"([\w\-]+)\s+$")


def is_additional(
    sentence: str, start: int, num_end: int, noun_start: int | None, lex: LanguageLexicon
) -> bool:
    """An increment cue right before the figure, or between the number and its noun.

    Between number and noun the cue only counts when a noun follows
    (`1.500 weitere Soldaten`), not when it stands alone (`300 weitere wurden
    verletzt` = 300 others)."""
    before = _WORD_BEFORE.search(sentence, max(0, start - 30), start)
    if before and lex.additional.fullmatch(before.group(1)):
        return True
    if noun_start is None:
        return False
    return lex.additional.search(sentence, num_end, noun_start) is not None

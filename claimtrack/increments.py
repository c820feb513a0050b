"""Is a figure an increment on top of an earlier one (`weitere 1.500`, `another 1,500`)?"""

from __future__ import annotations

import re

from claimtrack.topic import LanguageLexicon

_WORD_BEFORE = re.compile(r"([\w\-]++)\s+$")  # ++: no backtracking into the word


def is_additional(
    sentence: str, start: int, end: int, noun_start: int | None, lex: LanguageLexicon
) -> bool:
    """An increment cue right before the figure, or between the figure and its noun.

    Ambiguous cues count only when a noun follows (`weitere 1.500 Soldaten`, not
    `weitere 300 wurden verletzt` = 300 others); standalone cues (`another 2,000
    could follow`) count without one."""
    before = _WORD_BEFORE.search(sentence, max(0, start - 30), start)
    if before and lex.standalone_additional.fullmatch(before.group(1)):
        return True
    if noun_start is None:
        return False
    if before and lex.additional.fullmatch(before.group(1)):
        return True
    return lex.additional.search(sentence, end, noun_start) is not None

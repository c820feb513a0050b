"""Is a figure an increment on top of an earlier one (`weitere 1.500`, `another 1,500`)?"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.topic import LanguageLexicon

WORD_WINDOW = 30  # characters before the figure searched for the word right before it
_WORD_CHARS = "_-"  # besides letters and digits (`\w` and `-`)


def is_additional(
    sentence: str, start: int, end: int, noun_start: int | None, lex: LanguageLexicon
) -> bool:
    """An increment cue right before the figure, or between the figure and its noun.

    Ambiguous cues count only when a noun follows (`weitere 1.500 Soldaten`, not
    `weitere 300 wurden verletzt` = 300 others); standalone cues (`another 2,000
    could follow`) count without one."""
    before = _word_before(sentence, start)
    if before and _is_cue_word(lex.standalone_additional, before):
        return True
    if noun_start is None:
        return False
    if before and _is_cue_word(lex.additional, before):
        return True
    return lex.additional.search(sentence, end, noun_start) is not None


def _word_before(sentence: str, start: int) -> str:
    """The run of word characters and hyphens ending right before the white space before
    `start` (within `WORD_WINDOW` characters), "" when white space does not end a word there."""
    lo = max(0, start - WORD_WINDOW)
    head = sentence[lo:start].rstrip()
    if len(head) == start - lo:
        return ""  # no white space before the figure
    k = len(head)
    while k and (head[k - 1].isalnum() or head[k - 1] in _WORD_CHARS):
        k -= 1
    return head[k:]


@lru_cache(maxsize=4096)
def _is_cue_word(pattern: re.Pattern[str], word: str) -> bool:
    """Whether `pattern` matches the whole word (cached: few words stand before figures)."""
    return pattern.fullmatch(word) is not None

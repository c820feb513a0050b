"""Is a figure an increment on top of an earlier one (`weitere 1.500`, `another 1,500`)?"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.status import after_purpose, clause_bounds, skip_space
from claimtrack.topic import LanguageLexicon

WORD_WINDOW = 30  # characters before the figure searched for the word right before it
PHRASE_WINDOW = 50  # characters before the figure searched for a cue phrase (`a second wave of`)
_WORD_CHARS = "_-"  # besides letters and digits (`\w` and `-`)


def is_additional(
    sentence: str, start: int, end: int, noun_start: int | None, lex: LanguageLexicon
) -> bool:
    """An increment cue right before the figure, or between the figure and its noun.

    Ambiguous cues count only when a noun follows (`weitere 1.500 Soldaten`, not
    `weitere 300 wurden verletzt` = 300 others); standalone cues (`another 2,000
    could follow`, `a second wave of 3,000`) count without one, as does a cue right after
    the figure (`3,000 more could follow`), an increment verb in its clause (`als
    Verstärkung hinzugekommen`) or a counted noun that is one (`3,000 reinforcements`).
    A casualty figure listed after another casualty cue (`300 killed and another 2,700
    wounded`) is another category, not an increment."""
    if _lists_casualties(sentence, start, noun_start, lex):
        return False
    grammar = lex.status_grammar
    before = _word_before(sentence, start)
    if before and _cue_ends_before(sentence, start, before, lex.standalone_additional):
        return True
    lo, hi = clause_bounds(sentence, start, end)
    if grammar.trailing_additional.match(sentence, skip_space(sentence, end)):
        return not _counts_casualties(sentence, end, hi, lex)
    if grammar.additional_clause.search(sentence, lo, hi) is not None:
        return True
    if _IN_ADDITION_AFTER.match(sentence, hi):
        return True  # `5,000 builders, in addition to 10,000 combat soldiers`
    if noun_start is None:
        return False
    if grammar.reinforcement.match(sentence, noun_start):
        return True
    if before and _is_cue_word(lex.additional, before):
        return True
    return lex.additional.search(sentence, end, noun_start) is not None


_IN_ADDITION_AFTER = re.compile(r"[\s,;]*(?:in addition to|zusätzlich zu)\b", re.IGNORECASE)


def _cue_ends_before(sentence: str, start: int, before: str, pattern: re.Pattern[str]) -> bool:
    """A cue word (`another`) or phrase (`a second wave of`) ends at the white space right
    before `start` (`before` is the word there) and starts a word."""
    if _is_cue_word(pattern, before):
        return True
    lo = max(0, start - PHRASE_WINDOW)
    head_end = lo + len(sentence[lo:start].rstrip())
    for m in pattern.finditer(sentence, lo, head_end):
        if m.end() == head_end and (m.start() == 0 or sentence[m.start() - 1].isspace()):
            return True
    return False


def _lists_casualties(sentence: str, start: int, noun_start: int | None,
                      lex: LanguageLexicon) -> bool:
    """The figure counts casualties (its noun is a casualty cue) and a casualty cue stands
    earlier in the sentence: a list of categories (`killed and another 2,700 wounded`)."""
    if noun_start is None:
        return False
    casualties = lex.casualty_cue
    if casualties is None or not casualties.match(sentence, noun_start):
        return False
    return casualties.search(sentence, 0, start) is not None


def _counts_casualties(sentence: str, end: int, hi: int, lex: LanguageLexicon) -> bool:
    """A casualty cue after the figure in its clause (up to `hi`; `2.700 weitere hätten
    Verletzungen erlitten`, `2,000 more wounded`): `weitere`/`more` then lists another
    category, not an increment."""
    casualties = lex.casualty_cue
    found = casualties.search(sentence, end, hi) if casualties is not None else None
    return found is not None and not after_purpose(sentence, found.start(), lex)


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

"""What a claim figure counts.

The figure's clause decides first: the clause is the stretch of the sentence
around the figure between clause breaks (`,` outside numbers, `;`, `:`, dashes,
brackets). If a status cue stands in it, the highest-ranked status wins
(topic-file order: casualties, near_front, planned, in_russia), so
`8,000 soldiers have moved to the Kursk border region and are expected to join`
is near the front, and `could send 100,000 soldiers to fight` is planned. With
no cue in the clause the cue nearest to the figure anywhere in the sentence
wins; with none at all, the topic's default.
"""

from __future__ import annotations

import re

from claimtrack.topic import LanguageLexicon

_CLAUSE_BREAK = re.compile(r"[;:()\[\]–—]|,(?!\d)|\s-\s")


def classify_status(sentence: str, start: int, end: int, lex: LanguageLexicon, default: str) -> str:
    """The status of the figure at `[start, end)` of `sentence`."""
    lo, hi = clause_bounds(sentence, start, end)
    for status, pattern in lex.status_cues:
        if pattern.search(sentence, lo, hi):
            return status
    return nearest_status(sentence, start, end, lex) or default


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around `[start, end)`: from the break before it to the break after it."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    after = _CLAUSE_BREAK.search(sentence, end)
    return lo, after.start() if after else len(sentence)


def nearest_status(sentence: str, start: int, end: int, lex: LanguageLexicon) -> str | None:
    """The status whose cue lies nearest to the figure (ties: topic-file order)."""
    best: tuple[int, int, str] | None = None
    for rank, (status, pattern) in enumerate(lex.status_cues):
        for m in pattern.finditer(sentence):
            candidate = (_distance(m.start(), m.end(), start, end), rank, status)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else None


def _distance(a: int, b: int, start: int, end: int) -> int:
    if b <= start:
        return start - b
    if a >= end:
        return a - end
    return 0

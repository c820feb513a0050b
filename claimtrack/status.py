"""What a claim figure counts: the status cue nearest to the figure wins."""

from __future__ import annotations

from claimtrack.topic import LanguageLexicon


def classify_status(sentence: str, start: int, end: int, lex: LanguageLexicon, default: str) -> str:
    """The status whose cue lies nearest to the figure `[start, end)`; ties go to the
    status listed first in the topic file (casualties before near_front before …)."""
    best: tuple[int, int, str] | None = None
    for rank, (status, pattern) in enumerate(lex.status_cues):
        for m in pattern.finditer(sentence):
            distance = _distance(m.start(), m.end(), start, end)
            candidate = (distance, rank, status)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else default


def _distance(a: int, b: int, start: int, end: int) -> int:
    if b <= start:
        return start - b
    if a >= end:
        return a - end
    return 0

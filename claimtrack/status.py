"""What a claim figure counts.

In order:
1. a cue inside the figure's noun phrase (`11.000 nach Russland entsandte Soldaten`);
2. a `planned` cue before the figure in its clause (`could send 100,000 soldiers to
   fight`, `Nordkorea wird … 1000 Minenräumer nach Kursk entsenden`);
3. the highest-ranked status (topic-file order: casualties, near_front, planned,
   in_russia) with a cue in the figure's clause — the stretch between clause
   breaks (`,` outside numbers, `;`, `:`, dashes, brackets) — so `8,000 soldiers have
   moved to the Kursk border region and are expected to join` is near the front;
4. the cue nearest to the figure anywhere in the sentence; else the topic default.
"""

from __future__ import annotations

import re

from claimtrack.topic import LanguageLexicon

PURPOSE_WINDOW = 25  # characters around a cue searched for a purpose word
# `[;:()\[\]–—]|,(?!\d)|\s-\s`, led by the class of the first characters, so that `re` skips
# ahead to one quickly; the lookbehinds tell which alternative the character starts
_CLAUSE_BREAK = re.compile(r"[;:()\[\]–—,\s](?:(?<=[;:()\[\]–—])|(?<=,)(?!\d)|(?<=\s)-\s)")


def classify_status(
    sentence: str,
    start: int,
    end: int,
    lex: LanguageLexicon,
    default: str,
    noun_start: int | None = None,
) -> str:
    """The status of the figure at `[start, end)` of `sentence` (its noun at `noun_start`)."""
    if noun_start is not None and noun_start > end:
        inside = _first_cue(sentence, end, noun_start, lex)
        if inside:
            return inside
    lo, hi = clause_bounds(sentence, start, end)
    for status, pattern in lex.status_cues:  # a plan stated before the figure wins
        if status == "planned" and pattern.search(sentence, lo, start):
            return "planned"
    for status, pattern in lex.status_cues:
        if _has_cue(sentence, pattern, lo, hi, lex):
            return status
    return nearest_status(sentence, start, end, lex) or default


def _first_cue_at(sentence: str, lo: int, hi: int, lex: LanguageLexicon) -> int:
    """Where the first cue of any status in `[lo, hi)` starts, -1 when there is none: no
    status's scan of `[lo, hi)` finds a match before it (one scan instead of one per status)."""
    any_cue = lex.any_status_cue
    if any_cue is None:
        return lo
    m = any_cue.search(sentence, lo, hi)
    return m.start() if m is not None else -1


def _has_cue(sentence: str, pattern: re.Pattern[str], lo: int, hi: int,
             lex: LanguageLexicon) -> bool:
    """A match of `pattern` in `[lo, hi)` that does not follow a purpose word."""
    for m in pattern.finditer(sentence, lo, hi):
        if not _after_purpose(sentence, m.start(), lex):
            return True
    return False


def _after_purpose(sentence: str, pos: int, lex: LanguageLexicon) -> bool:
    """A cue right after a purpose word (`to replace the dead`, `um die Toten zu ersetzen`
    has it before): not what the figure counts."""
    window = sentence[max(0, pos - PURPOSE_WINDOW):pos]
    after = sentence[pos:pos + PURPOSE_WINDOW]
    return bool(lex.purpose.search(window) or lex.purpose.search(after))


def _first_cue(sentence: str, lo: int, hi: int, lex: LanguageLexicon) -> str | None:
    """The first status (topic-file order) with a cue in `[lo, hi)`, after one test for any."""
    if _first_cue_at(sentence, lo, hi, lex) < 0:
        return None
    return next((st for st, pattern in lex.status_cues if pattern.search(sentence, lo, hi)), None)


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
            if _after_purpose(sentence, m.start(), lex):
                continue
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

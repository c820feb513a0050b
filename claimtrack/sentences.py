"""Split cleaned article text into sentences, keeping character offsets.

Blank lines always end a sentence. A single line break ends one too (news
text puts headlines, leads, list items and paragraphs on lines of their own),
unless the block is hard-wrapped prose (each line filled up to a width of at
most 100 characters): then its lines are joined. Inside a line a
sentence ends at `.`, `!` or `?` (optionally followed by a closing quote)
before white space and an upper-case letter, digit or opening quote — but not
after a known abbreviation or a one-to-three-digit ordinal (`22. Oktober`).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Sentence(NamedTuple):
    """One sentence (a named tuple: an article has dozens, made in the hot path)."""

    start: int  # offset in the cleaned text
    end: int
    text: str  # the cleaned text's characters [start:end], white space as is
    paragraph: int  # index of the block (text between blank lines)


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_END = re.compile(r"[.!?…]+[\"'”“»«’‘)\]]*(?=\s+[\"'„“«»‹›‚(\[]?[0-9A-ZÄÖÜÀ-Þ])")
_ABBREVIATIONS = frozenset(
    """
    z.b u.a d.h bzw ca dr prof nr st mr mrs ms jr sr gen lt col sgt maj capt adm gov sen rep
    u.s u.k u.n e.u jan feb mar apr jun jul aug sep sept oct nov dec jän no vs etc inkl evtl
    vgl sog ggf usw abs art bd hl mio mrd ex ehem str tel mag dipl ing vize kap bzw
    """.split()
)
_WRAP_MAX = 100  # wider lines are paragraphs of their own, not wrapped prose
_WRAP_MIN = 40


def split_sentences(text: str, lang: str = "de") -> list[Sentence]:
    """All sentences of `text`, in order, as spans of it (`lang` decides `5.` = ordinal)."""
    out: list[Sentence] = []
    for p_index, (a, b) in enumerate(_blocks(text)):
        for la, lb in _lines(text[a:b], a):
            out.extend(_split_line(text, la, lb, p_index, lang == "de"))
    return out


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the text between blank lines (non-empty ones only)."""
    spans, prev = [], 0
    for m in _BLANK_LINE.finditer(text):
        spans.append((prev, m.start()))
        prev = m.end()
    spans.append((prev, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _lines(block: str, offset: int) -> list[tuple[int, int]]:
    lines = [(m.start() + offset, m.end() + offset) for m in _LINE.finditer(block)]
    if _is_wrapped(block, lines, offset):
        return [(lines[0][0], lines[-1][1])]
    return lines


def _is_wrapped(block: str, lines: list[tuple[int, int]], offset: int) -> bool:
    """Hard-wrapped prose: lines filled up to a width, so the next line's first word
    would not have fitted on the line before (a list of short lines is not)."""
    if len(lines) < 2:
        return False
    width = max(b - a for a, b in lines)
    if width > _WRAP_MAX or width < _WRAP_MIN:
        return False
    filled = 0
    for (a, b), (c, d) in zip(lines, lines[1:], strict=False):
        first_word = block[c - offset:d - offset].split(maxsplit=1)[0]
        filled += (b - a) + 1 + len(first_word) > width
    return filled * 4 >= (len(lines) - 1) * 3


def _split_line(
    text: str, start: int, end: int, paragraph: int, ordinals: bool
) -> list[Sentence]:
    line = text[start:end]
    cuts = [m.end() for m in _END.finditer(line)
            if line[m.start()] != "." or not _is_abbreviation(line, m.start(), ordinals)]
    if not cuts:  # one sentence: the line, already stripped of white space by `_LINE`
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        return [Sentence(start + lead, start + lead + len(stripped), stripped, paragraph)]
    pieces: list[Sentence] = []
    prev = 0
    for cut in [*cuts, len(line)]:
        piece = line[prev:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            a = start + prev + lead
            pieces.append(Sentence(a, a + len(stripped), stripped, paragraph))
        prev = cut
    return pieces


def _is_abbreviation(line: str, dot: int, ordinals: bool) -> bool:
    """The full stop at `dot` ends an abbreviation, an initial or (if `ordinals`) an ordinal."""
    begin = dot
    while begin > 0 and dot - begin < 24 and (line[begin - 1].isalnum() or line[begin - 1] in "._"):
        begin -= 1
    if begin == dot:
        return False
    word = line[begin:dot]
    if word.isdigit():
        return ordinals and len(word) <= 3
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "James J.B. Park", "U."
    return word.lower().rstrip(".") in _ABBREVIATIONS


_SPACE = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[^\S ]|  ")  # white space other than single blanks


def normalise_space(text: str) -> str:
    """Collapse every run of white space to one blank (the evidence-sentence form)."""
    if _ODD_SPACE.search(text) is None:
        return text.strip()  # nothing to collapse (most sentences)
    return _SPACE.sub(" ", text).strip()

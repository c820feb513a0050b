"""Split cleaned article text into sentences, keeping character offsets.

Blank lines always end a sentence. A single line break ends one too (news
text puts headlines, leads, list items and paragraphs on lines of their own),
unless the block is hard-wrapped prose (each line filled up to a width of at
most 100 characters, or three or more long lines most of which break off
mid-sentence): then its lines are joined. Inside a line a
sentence ends at `.`, `!` or `?` (optionally followed by a closing quote)
before white space and an upper-case letter, digit or opening quote — but not
after a known abbreviation or a one-to-three-digit ordinal (`22. Oktober`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from claimtrack.substrings import occurrences


class Sentence(NamedTuple):
    """One sentence (a named tuple: an article has dozens, made in the hot path)."""

    start: int  # offset in the cleaned text
    end: int
    text: str  # the cleaned text's characters [start:end], white space as is
    paragraph: int  # index of the block (text between blank lines)


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_PUNCT = ".!?…"  # a run of these ends a sentence
_CLOSING = "[\"'”“»«’‘)\\]]*(?:\\[[0-9]{1,3}\\])?"  # closing quotes, brackets, a footnote [5]
_NEXT = "[\"'„“«»‹›‚(\\[]?[0-9A-ZÄÖÜÀ-Þ]"  # how the next sentence starts
_END = re.compile(rf"[{_PUNCT}]+{_CLOSING}(?=\s+{_NEXT})")
# the same within one line (white space but no line break before the next sentence), in two
# patterns with a literal first character each, so that the scan over a whole text is fast:
# runs starting with a full stop, and (rare) runs starting with another end character
_FULL_STOP_END = re.compile(rf"\.[{_PUNCT}]*{_CLOSING}(?=[^\S\n]+{_NEXT})")
_OTHER_END = re.compile(rf"(?<![{_PUNCT}])[{_PUNCT}]+{_CLOSING}(?=[^\S\n]+{_NEXT})")
_OTHER_END_CHARS = "!?…"
_ABBREVIATIONS = frozenset(
    """
    z.b u.a d.h bzw ca dr prof nr st mr mrs ms jr sr gen lt col sgt maj capt adm gov sen rep
    u.s u.k u.n e.u jan feb mar apr jun jul aug sep sept oct nov dec jän no vs etc inkl evtl
    vgl sog ggf usw abs art bd hl mio mrd ex ehem str tel mag dipl ing vize kap rd tsd okt
    dez mär
    """.split()
)
_LONG_WORD = max(map(len, _ABBREVIATIONS)) + 1  # letters no abbreviation ends with
_WRAP_MAX = 100  # wider lines are paragraphs of their own, not wrapped prose
_WRAP_MIN = 40


def split_sentences(text: str, lang: str = "de") -> list[Sentence]:
    """All sentences of `text`, in order, as spans of it (`lang` decides `5.` = ordinal)."""
    ordinals = lang == "de"
    ends = _line_ends(text, ordinals)
    out: list[Sentence] = []
    for p_index, (a, b) in enumerate(_blocks(text)):
        if text.find("\n", a, b) < 0:  # one line (most blocks)
            _add_pieces(out, text, a, b, ends[bisect_left(ends, a):bisect_left(ends, b)], p_index)
            continue
        lines, wrapped = _lines(text, a, b)
        for la, lb in lines:
            if wrapped:  # sentences run on across the line breaks of hard-wrapped prose
                cuts = _ends_in(text, la, lb, ordinals)
            else:
                cuts = ends[bisect_left(ends, la):bisect_left(ends, lb)]
            _add_pieces(out, text, la, lb, cuts, p_index)
    return out


def _line_ends(text: str, ordinals: bool) -> list[int]:
    """Where sentences end inside the lines of `text` (sorted), abbreviations excepted."""
    ends = [m.end() for m in _FULL_STOP_END.finditer(text)
            if not _is_abbreviation(text, m.start(), ordinals)]
    others = [m.end() for i in occurrences(text, _OTHER_END_CHARS)
              if (m := _OTHER_END.match(text, i)) is not None]
    # a run like `!.` is found by both patterns, and not taken for an abbreviation
    return sorted({*ends, *others}) if others else ends


def _ends_in(text: str, start: int, end: int, ordinals: bool) -> list[int]:
    """Where sentences end in `text[start:end]` (line breaks included), abbreviations excepted."""
    return [m.end() for m in _END.finditer(text, start, end)
            if text[m.start()] != "." or not _is_abbreviation(text, m.start(), ordinals)]


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the text between blank lines (non-empty ones only)."""
    spans, prev = [], 0
    for m in _BLANK_LINE.finditer(text):
        spans.append((prev, m.start()))
        prev = m.end()
    spans.append((prev, len(text)))
    # a blank line takes all the white space after it along, so every span after one starts
    # with a visible character: only the first span and an empty last one can be blank
    if not text[: spans[0][1]].strip():
        del spans[0]
    if spans and spans[-1][0] == len(text):
        spans.pop()
    return spans


def _lines(text: str, a: int, b: int) -> tuple[list[tuple[int, int]], bool]:
    """Spans of the non-blank lines of block `text[a:b]` (or its whole span, and True, if it
    is hard-wrapped prose)."""
    lines = [m.span() for m in _LINE.finditer(text, a, b)]
    if _is_wrapped(text, lines):
        return [(lines[0][0], lines[-1][1])], True
    return lines, False


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Hard-wrapped prose: lines filled up to a width, so the next line's first word
    would not have fitted on the line before (a list of short lines is not)."""
    if len(lines) < 2:
        return False
    width = max(b - a for a, b in lines)
    if width > _WRAP_MAX or width < _WRAP_MIN:
        return False
    filled = 0
    for (a, b), (c, d) in zip(lines, lines[1:], strict=False):
        first_word = text[c:d].split(maxsplit=1)[0]
        filled += (b - a) + 1 + len(first_word) > width
    return filled * 4 >= (len(lines) - 1) * 3 or _is_ragged_prose(text, lines)


_RAGGED_MIN_LINES = 3  # a headline over a subtitle is two lines: prose wrapped by hand has more
_RAGGED_MIN = 60  # each line but the last at least this long
_LIST_MARKERS = ("- ", "* ", "• ", "– ")
_MID_SENTENCE = re.compile(r"[\w,;–-]$")  # a line ending in a word, a comma or a dash


def _is_ragged_prose(text: str, lines: list[tuple[int, int]]) -> bool:
    """Prose wrapped by hand with a ragged edge: three or more long lines, most of them
    ending in the middle of a sentence (a word or a comma, not a full stop); not a table
    (`|` between cells) nor a list (`- `, `* `, `• ` items)."""
    if len(lines) < _RAGGED_MIN_LINES or any(b - a < _RAGGED_MIN for a, b in lines[:-1]):
        return False
    if text.find("|", lines[0][0], lines[-1][1]) >= 0 or any(
            text.startswith(_LIST_MARKERS, a) for a, _ in lines):
        return False
    mid = sum(bool(_MID_SENTENCE.search(text, a, b)) for a, b in lines[:-1])
    return mid * 2 >= len(lines) - 1


def _add_pieces(
    out: list[Sentence], text: str, start: int, end: int, cuts: list[int], paragraph: int
) -> None:
    """Append the pieces of line `text[start:end]` between `cuts`, stripped, empty ones left out."""
    prev = start
    for cut in [*cuts, end]:
        piece = text[prev:cut].lstrip()
        stripped = piece.rstrip()
        if stripped:
            a = cut - len(piece)
            out.append(Sentence(a, a + len(stripped), stripped, paragraph))
        prev = cut


def _is_abbreviation(text: str, dot: int, ordinals: bool) -> bool:
    """The full stop at `dot` ends an abbreviation, an initial or (if `ordinals`) an ordinal."""
    tail = text[max(0, dot - _LONG_WORD):dot]
    if len(tail) == _LONG_WORD and tail.isalpha():
        return False  # a word longer than any abbreviation (most sentence ends)
    begin = dot
    while begin > 0 and dot - begin < 24 and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        begin -= 1
    if begin == dot:
        return False
    word = text[begin:dot]
    if word.isdigit():  # not a model number glued to a name by a hyphen (`Hwasong-20.`)
        glued = text[begin - 1:begin] in ("-", "‐") and text[begin - 2:begin - 1].isalpha()
        return ordinals and len(word) <= 3 and not glued
    if len(word) == 1 and word.isalpha():
        return text[begin - 1:begin] not in ("'", "’")  # an initial ("J.B. Park"), not `Seoul's.`
    return word.lower().rstrip(".") in _ABBREVIATIONS


_SPACE = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[^\S ]|  ")  # white space other than single blanks


def normalise_space(text: str) -> str:
    """Collapse every run of white space to one blank (the evidence-sentence form)."""
    if _ODD_SPACE.search(text) is None:
        return text.strip()  # nothing to collapse (most sentences)
    return _SPACE.sub(" ", text).strip()

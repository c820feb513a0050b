"""Cleaned text with a map back to offsets in the raw (decoded) article text.

The map is a short list of segments, not one entry per character: a verbatim
segment copies raw characters one for one; a replacement segment (a decoded
entity, a paragraph break standing for a tag) maps each of its characters to the
whole raw span it replaces.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple


class Segment(NamedTuple):
    """One piece of the map (a named tuple: articles have many, and it is cheap to make)."""

    clean_start: int
    clean_end: int
    raw_start: int
    raw_end: int
    verbatim: bool  # True: clean[i] == raw[raw_start + i - clean_start]


@dataclass(frozen=True)
class CleanText:
    """Text the extractor reads, mapped segment by segment to the raw text."""

    text: str
    segments: tuple[Segment, ...]

    @classmethod
    def identity(cls, text: str) -> CleanText:
        n = len(text)
        return cls(text, (Segment(0, n, 0, n, True),) if n else ())

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-text span `[a, b)` covering clean span `[start, end)` (end > start)."""
        return self._raw_start(start), self._raw_end(end - 1)

    def char_spans(self) -> list[tuple[int, int]]:
        """The raw span of every clean character (for checks; costs a list per character)."""
        return [self.raw_span(i, i + 1) for i in range(len(self.text))]

    def select(self, spans: list[tuple[int, int]]) -> CleanText:
        """The parts `spans` (sorted, disjoint) of the text, joined, still mapped."""
        builder = TextBuilder()
        segments, starts, text = self.segments, self._starts, self.text
        for a, b in spans:
            k = max(bisect_right(starts, a) - 1, 0)  # the segment holding `a`, then onwards
            while k < len(segments) and segments[k].clean_start < b:
                seg = segments[k]
                k += 1
                if seg.clean_end <= a:
                    continue
                lo, hi = max(a, seg.clean_start), min(b, seg.clean_end)
                if seg.verbatim:
                    offset = seg.raw_start - seg.clean_start
                    builder.add_mapped(text[lo:hi], lo + offset, hi + offset)
                else:
                    builder.add_replacement(text[lo:hi], seg.raw_start, seg.raw_end)
        return builder.build()

    @cached_property
    def _starts(self) -> list[int]:
        return [s.clean_start for s in self.segments]

    def _segment_at(self, i: int) -> Segment:
        return self.segments[bisect_right(self._starts, i) - 1]

    def _raw_start(self, i: int) -> int:
        seg = self._segment_at(i)
        return seg.raw_start + (i - seg.clean_start) if seg.verbatim else seg.raw_start

    def _raw_end(self, i: int) -> int:
        seg = self._segment_at(i)
        return seg.raw_start + (i - seg.clean_start) + 1 if seg.verbatim else seg.raw_end


class TextBuilder:
    """Append pieces of raw text (or replacements) while recording the offset map."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0

    def add_raw(self, raw: str, start: int, end: int) -> None:
        """Copy `raw[start:end]` verbatim."""
        if end > start:
            self.add_mapped(raw[start:end], start, end)

    def add_mapped(self, text: str, raw_start: int, raw_end: int) -> None:
        """Append `text`, which is `raw[raw_start:raw_end]` character for character."""
        if not text:
            return
        n = len(text)
        segments = self._segments
        last = segments[-1] if segments else None
        if last is not None and last.verbatim and last.raw_end == raw_start:
            # extend the last segment (built directly: `_replace` costs a keyword call)
            segments[-1] = Segment(
                last.clean_start, last.clean_end + n, last.raw_start, raw_end, True
            )
        else:
            segments.append(Segment(self._length, self._length + n, raw_start, raw_end, True))
        self._parts.append(text)
        self._length += n

    def add_replacement(self, text: str, raw_start: int, raw_end: int) -> None:
        """Insert `text` standing for `raw[raw_start:raw_end]` (a decoded entity, a break)."""
        if not text:
            return
        n = len(text)
        self._segments.append(Segment(self._length, self._length + n, raw_start, raw_end, False))
        self._parts.append(text)
        self._length += n

    def build(self) -> CleanText:
        return CleanText("".join(self._parts), tuple(self._segments))

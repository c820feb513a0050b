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

# One piece of the map: (clean_start, clean_end, raw_start, raw_end, verbatim); verbatim
# means clean[i] == raw[raw_start + i - clean_start]. A plain tuple: articles have many
# segments, and a named tuple's constructor is a Python-level call.
Segment = tuple[int, int, int, int, bool]


@dataclass(frozen=True)
class CleanText:
    """Text the extractor reads, mapped segment by segment to the raw text."""

    text: str
    segments: tuple[Segment, ...]

    @classmethod
    def identity(cls, text: str) -> CleanText:
        n = len(text)
        return cls(text, ((0, n, 0, n, True),) if n else ())

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
            while k < len(segments) and segments[k][0] < b:
                clean_start, clean_end, raw_start, raw_end, verbatim = segments[k]
                k += 1
                if clean_end <= a:
                    continue
                lo, hi = max(a, clean_start), min(b, clean_end)
                if verbatim:
                    offset = raw_start - clean_start
                    builder.add_mapped(text[lo:hi], lo + offset, hi + offset)
                else:
                    builder.add_replacement(text[lo:hi], raw_start, raw_end)
        return builder.build()

    @cached_property
    def _starts(self) -> list[int]:
        return [s[0] for s in self.segments]

    def _segment_at(self, i: int) -> Segment:
        return self.segments[bisect_right(self._starts, i) - 1]

    def _raw_start(self, i: int) -> int:
        clean_start, _, raw_start, _, verbatim = self._segment_at(i)
        return raw_start + (i - clean_start) if verbatim else raw_start

    def _raw_end(self, i: int) -> int:
        clean_start, _, raw_start, raw_end, verbatim = self._segment_at(i)
        return raw_start + (i - clean_start) + 1 if verbatim else raw_end


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
        if segments and (last := segments[-1])[4] and last[3] == raw_start:  # extend the last one
            segments[-1] = (last[0], last[1] + n, last[2], raw_end, True)
        else:
            segments.append((self._length, self._length + n, raw_start, raw_end, True))
        self._parts.append(text)
        self._length += n

    def add_replacement(self, text: str, raw_start: int, raw_end: int) -> None:
        """Insert `text` standing for `raw[raw_start:raw_end]` (a decoded entity, a break)."""
        if not text:
            return
        n = len(text)
        self._segments.append((self._length, self._length + n, raw_start, raw_end, False))
        self._parts.append(text)
        self._length += n

    def build(self) -> CleanText:
        return CleanText("".join(self._parts), tuple(self._segments))

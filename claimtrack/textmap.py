"""Cleaned text with a map back to offsets in the raw (decoded) article text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanText:
    """Text the extractor reads, and for each of its characters the raw span it stands for.

    `starts[i]`/`ends[i]` bound the raw-text characters that clean character `i`
    came from: one character when copied, an entity like `&nbsp;` when decoded.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def identity(cls, text: str) -> CleanText:
        n = len(text)
        return cls(text, tuple(range(n)), tuple(range(1, n + 1)))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-text span `[a, b)` covering clean span `[start, end)` (end > start)."""
        return self.starts[start], self.ends[end - 1]


class TextBuilder:
    """Append pieces of raw text (or replacements) while recording the offset map."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add_raw(self, raw: str, start: int, end: int) -> None:
        """Copy `raw[start:end]` verbatim."""
        if end <= start:
            return
        self._parts.append(raw[start:end])
        self._starts.extend(range(start, end))
        self._ends.extend(range(start + 1, end + 1))

    def add_replacement(self, text: str, raw_start: int, raw_end: int) -> None:
        """Insert `text` standing for `raw[raw_start:raw_end]` (a decoded entity, a break)."""
        if not text:
            return
        self._parts.append(text)
        self._starts.extend([raw_start] * len(text))
        self._ends.extend([raw_end] * len(text))

    def build(self) -> CleanText:
        return CleanText("".join(self._parts), tuple(self._starts), tuple(self._ends))

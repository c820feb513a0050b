"""Who made a claim and when: one sentence's claimant and date, carried across sentences.

Rules, in order:
1. A named claimant in the sentence (`sagte Pentagon-Sprecherin Singh`,
   `according to the NIS`) is the claimant; the sentence's date expression
   nearest to it is the claim date.
2. A back-reference (`Er sagte`, `Der Geheimdienst schätzte`, `Den Angaben
   zufolge`, `the agency said`) or a continuing sentence (German reported
   speech, `Demnach`) takes the claimant of an earlier sentence — for a generic
   noun the latest claimant with that noun, else the latest one within a few
   sentences — together with that sentence's date unless it states its own.
3. A claim in the headline or lead with no claimant takes the first claimant
   named in the next few sentences.
4. Otherwise the claim is unattributed.
A claim with no date expression of its own (or carried) is dated by the
publication date, precision `published`; with no publication date, NA / `unknown`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from claimtrack.claim_dates import DateExpr, find_date_expressions
from claimtrack.claimants import Claimant, ClaimantLexicon, find_claimant, is_continuation
from claimtrack.sentences import Sentence

LOOKBACK = 4  # sentences searched back for a carried claimant
LEAD_SENTENCES = 3  # sentences counted as headline and lead
LOOKAHEAD = 3  # sentences searched forward for a headline's claimant


@dataclass(frozen=True)
class Attribution:
    claimant: str
    claimant_group: str
    claim_date: date | None
    precision: str  # day | week | month | published | unknown
    date_text: str  # the date expression used ("" when none)


@dataclass(frozen=True)
class _Frame:
    """A sentence's own named claimant and its date (if any)."""

    claimant: Claimant
    date: DateExpr | None


class Attributor:
    """Attributes claims sentence by sentence for one article (caches per-sentence work)."""

    def __init__(
        self, sentences: list[Sentence], lang: str, published: date | None, lexicon: ClaimantLexicon
    ) -> None:
        self.sentences = sentences
        self.lang = lang
        self.published = published
        self.lexicon = lexicon
        self._frames: dict[int, _Frame | None] = {}
        self._dates: dict[int, list[DateExpr]] = {}

    def attribute(self, index: int, start: int, end: int) -> Attribution:
        """Claimant and date of the figure at `[start, end)` of sentence `index`."""
        sentence = self.sentences[index].text
        own = find_claimant(sentence, self.lang, self.lexicon, (start, end))
        own_date = _nearest(self.dates(index), _anchor(own, start, end))
        if own is not None and not own.is_reference:
            return self._result(own, own_date)
        if own is not None or is_continuation(sentence, self.lang):
            frame = self._carried(index, own)
            if frame is not None:
                return self._result(frame.claimant, own_date or frame.date)
        if own is None and index < LEAD_SENTENCES:
            frame = self._ahead(index)
            if frame is not None:
                return self._result(frame.claimant, own_date)
        if own is not None and own.group not in ("", "unattributed"):
            return self._result(own, own_date)
        return self._unattributed(own_date)

    def dates(self, index: int) -> list[DateExpr]:
        if index not in self._dates:
            text = self.sentences[index].text
            self._dates[index] = find_date_expressions(text, self.published, self.lang)
        return self._dates[index]

    def frame(self, index: int) -> _Frame | None:
        """The sentence's own named (non-reference) claimant, with its date."""
        if index not in self._frames:
            c = find_claimant(self.sentences[index].text, self.lang, self.lexicon, None)
            ok = c is not None and not c.is_reference and c.group != "unattributed"
            self._frames[index] = (
                _Frame(c, _nearest(self.dates(index), (c.start, c.end))) if ok else None
            )
        return self._frames[index]

    def _carried(self, index: int, reference: Claimant | None) -> _Frame | None:
        head = _head_noun(reference.text) if reference is not None else ""
        if head:
            for i in range(index - 1, -1, -1):
                f = self.frame(i)
                if f is not None and head in f.claimant.text.lower():
                    return f
        return self._first(range(index - 1, max(-1, index - 1 - LOOKBACK), -1))

    def _ahead(self, index: int) -> _Frame | None:
        stop = min(len(self.sentences), index + 1 + LOOKAHEAD)
        return self._first(range(index + 1, stop))

    def _first(self, indices: range) -> _Frame | None:
        return next((f for i in indices if (f := self.frame(i)) is not None), None)

    def _result(self, c: Claimant, d: DateExpr | None) -> Attribution:
        if d is not None:
            return Attribution(c.text, c.group, d.date, d.precision, d.text)
        return Attribution(c.text, c.group, *self._fallback_date())

    def _unattributed(self, d: DateExpr | None) -> Attribution:
        if d is not None:
            return Attribution("", "unattributed", d.date, d.precision, d.text)
        return Attribution("", "unattributed", *self._fallback_date())

    def _fallback_date(self) -> tuple[date | None, str, str]:
        if self.published is None:
            return None, "unknown", ""
        return self.published, "published", ""


def _anchor(c: Claimant | None, start: int, end: int) -> tuple[int, int]:
    if c is not None and c.start >= 0:
        return c.start, c.end
    return start, end


def _nearest(dates: list[DateExpr], span: tuple[int, int]) -> DateExpr | None:
    """The date expression closest to `span` (the claimant, or else the figure)."""
    if not dates:
        return None
    distance: Callable[[DateExpr], int] = lambda d: max(d.start - span[1], span[0] - d.end, 0)  # noqa: E731
    return min(dates, key=lambda d: (distance(d), d.start))


_GENERIC_HEADS = (
    "geheimdienst", "ministerium", "regierung", "behörde", "armee", "militär", "sprecher",
    "agency", "ministry", "government", "service", "military", "spokes", "official", "army",
    "pentagon", "kreml", "kremlin", "nato", "präsident", "president",
)


def _head_noun(reference: str) -> str:
    """A generic head noun in a back-reference (`Der Geheimdienst` → `geheimdienst`)."""
    low = reference.lower()
    return next((h for h in _GENERIC_HEADS if h in low), "")

"""Live tickers and live blogs: each entry stands under a heading that dates it.

`Dienstag, 17. Dezember` or `20 August 2025, 22:47 BST` alone on a line dates the entries
below it, up to the next such heading: their claims were made that day, and `today` or
`am Sonntag` there count from it, not from the page's last update.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from claimtrack.claim_dates import find_date_expressions

MIN_HEADINGS = 2  # date headings that make a page a ticker (one is a dateline)
HEADING_MAX_CHARS = 60  # a heading is a short line: a date, perhaps a time and a zone
TIME_HEADING_MAX_CHARS = 20  # a time line: `19:40 Uhr`, `10:02 BST`

_TIME = r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|a\.m\.|p\.m\.|am|pm))?"  # `19:40 Uhr`, `9.15 am`
# what may stand beside the date in a heading: punctuation, a time, a time zone
_REST = re.compile(
    r"(?i)[\s,.:·|–—-]*"
    r"(?:(?:um|at|updated|aktualisiert)\s+)?"
    rf"(?:{_TIME})?"
    r"\s*(?:[A-Z]{2,5}|Ortszeit|local time)?[\s,.]*"
)
_TIME_HEADING = re.compile(rf"(?i)\s*{_TIME}\s*(?:[A-Z]{{2,5}})?\s*")


# how a date heading opens: a day number (`17. Dezember`, `20 August`, `18.12.2024`), perhaps
# after a weekday (`Mittwoch, 18. Dezember`), or a month name and a day (`Nov. 4`, `August 20`)
_HEADING_START = re.compile(
    r"(?:[A-ZÄÖÜ][a-zäöü]+,?\s+)?(?:\d{1,2}(?:\.|\s+[A-ZÄÖÜ])|[A-Z][a-z]+\.?\s+\d{1,2}\b)"
)


def heading_date(text: str, published: date | None, lang: str) -> date | None:
    """The day a heading line names (`Mittwoch, 18. Dezember`, `20 August 2025, 10:02 BST`),
    None when the line is more than a date, a time and a zone."""
    if len(text) > HEADING_MAX_CHARS or not _HEADING_START.match(text):
        return None  # cheap tests first: a short line opening like a date
    found = find_date_expressions(text, published, lang)
    if len(found) != 1 or found[0].precision != "day" or found[0].relative:
        return None
    d = found[0]
    rest = f"{text[:d.start]} {text[d.end:]}"
    return d.date if _REST.fullmatch(rest) else None


def date_headings(texts: Sequence[str], published: date | None, lang: str) -> list[date | None]:
    """For each sentence, the day it names if it is a date heading; all None unless the page
    has several (a ticker or live blog)."""
    shaped = [i for i, t in enumerate(texts)  # cheap tests first: short and opening like a date
              if len(t) <= HEADING_MAX_CHARS and _HEADING_START.match(t)]
    headings: list[date | None] = [None] * len(texts)
    if len(shaped) < MIN_HEADINGS:
        return headings
    for i in shaped:
        headings[i] = heading_date(texts[i], published, lang)
    if len(headings) - headings.count(None) < MIN_HEADINGS:
        return [None] * len(texts)
    return headings


def entry_dates(headings: Sequence[date | None]) -> list[date | None]:
    """For each sentence, the date of the heading it stands under (`date_headings`)."""
    out: list[date | None] = []
    current: date | None = None
    for d in headings:
        current = d if d is not None else current
        out.append(current)
    return out


def is_time_heading(text: str) -> bool:
    """A line that is only a time (`19:40 Uhr`, `10:02 BST`): a ticker entry begins."""
    return len(text) <= TIME_HEADING_MAX_CHARS and _TIME_HEADING.fullmatch(text) is not None

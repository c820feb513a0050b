"""Article metadata: dates as written in German or English, datelines, and picking the strongest.

Date forms understood: ISO `2024-10-22` (with an optional time), `2024/10/22`, German and
Austrian/Swiss `22.10.2024`, `22. Oktober 2024`, `22. Okt. 2024`, `3. Jänner 2025`, English
`October 28, 2024`, `Oct. 28th, 2024`, `28 October 2024`. Two-digit years and `10/28/2024`
style dates are ambiguous and ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime

MIN_YEAR = 1900
MAX_YEAR = 2100
TITLE_MAX_CHARS = 300
TITLE_MIN_WORDS = 3  # shorter first lines are usually section labels ("News")
DATELINE_MAX_CHARS = 100

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "january": 1, "jan": 1, "jän": 1,
    "februar": 2, "feber": 2, "february": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "march": 3, "mär": 3, "mrz": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

DATE_RE = re.compile(
    rf"""(?ix)
    (?<![\w.])(?:
        (?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?:[T\ ]\d{{2}}:\d{{2}}(?::\d{{2}})?)?
      | (?P<sy>\d{{4}})/(?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}})
      | (?P<dd>\d{{1,2}})\.[\ \xa0]?(?P<dm>\d{{1,2}})\.[\ \xa0]?(?P<dy>\d{{4}})
      | (?P<nd>\d{{1,2}})\.?[\ \xa0]+(?P<nm>{_MONTH_ALT})\.?,?[\ \xa0]+(?P<ny>\d{{4}})
      | (?P<mm>{_MONTH_ALT})\.?[\ \xa0]+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\.?,?
        [\ \xa0]+(?P<my>\d{{4}})
    )(?![\w])
    """
)

# where a year `(19|20)dd` starts: one pattern per century, as a literal first makes the scan fast
_CENTURY_RES = (re.compile(r"19(?=\d\d)"), re.compile(r"20(?=\d\d)"))
YEAR_CHARS = 4
_BEFORE_YEAR = 40  # a date's text before its year: "22. September ", "September 22nd, "
_AFTER_YEAR = 20  # and after it: "-10-22T13:58:00"

_PUBLISHED_CUE_RE = re.compile(
    r"(?i)\b(?:veröffentlicht|publiziert|erschienen|erstellt|published|posted|datum|date)\b"
)
_UPDATED_CUE_RE = re.compile(
    r"(?i)\b(?:aktualisiert|stand|geändert|updated|last\s+updated|modified)\b"
)
_DATELINE_REST_RE = re.compile(
    r"""(?ix)[\s,.:;|/()\-–—]*
    (?:(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag
        |mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday
        |friday|saturday|sunday|um|at|uhr|h|am|pm|a\.m\.|p\.m\.|mez|mesz|cet|cest|utc|gmt
        |est|edt|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)[\s,.:;|/()\-–—]*)*"""
)


# every character at which `str.splitlines` cuts (CRLF counts as two here)
_LINE_BREAK_RE = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def _to_date(year: str, month: str | int, day: str) -> date | None:
    y = int(year)
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, int(month), int(day))
    except ValueError:
        return None


def match_date(m: re.Match[str]) -> date | None:
    """The calendar date a DATE_RE match stands for (None if impossible, like 31.02.)."""
    g = m.groupdict()
    if g["iy"]:
        return _to_date(g["iy"], g["im"], g["id"])
    if g["sy"]:
        return _to_date(g["sy"], g["sm"], g["sd"])
    if g["dy"]:
        return _to_date(g["dy"], g["dm"], g["dd"])
    if g["ny"]:
        return _to_date(g["ny"], MONTHS[g["nm"].lower()], g["nd"])
    return _to_date(g["my"], MONTHS[g["mm"].lower()], g["md"])


def parse_date(value: object) -> date | None:
    """A date from a metadata value: a date/datetime object or the first date in a string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    m = DATE_RE.search(value.strip())
    return match_date(m) if m else None


def _is_whole_number(text: str, start: int, end: int) -> bool:
    return not (start and text[start - 1].isdigit()) and not text[end : end + 1].isdigit()


def _year_starts(text: str) -> list[int]:
    """Where the year-like numbers `(19|20)dd` of `text` start, scanned left to right."""
    candidates = sorted(m.start() for regex in _CENTURY_RES for m in regex.finditer(text))
    starts: list[int] = []
    for start in candidates:
        if not starts or start >= starts[-1] + YEAR_CHARS:  # years do not overlap
            starts.append(start)
    return starts


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every explicit full date in `text`, with its span.

    Every date form has a four-digit year, so DATE_RE only runs in a window around each
    year-like number (fast on long texts with few dates).
    """
    found: list[tuple[date, int, int]] = []
    last_end = 0
    for year_start in _year_starts(text):
        year_end = year_start + YEAR_CHARS
        if year_start < last_end or not _is_whole_number(text, year_start, year_end):
            continue
        lo = max(last_end, year_start - _BEFORE_YEAR)
        for m in DATE_RE.finditer(text, lo, min(len(text), year_end + _AFTER_YEAR)):
            if m.start() <= year_start < m.end():
                d = match_date(m)
                if d is not None:
                    found.append((d, m.start(), m.end()))
                    last_end = m.end()
                break
    return found


def _latest(dates: list[tuple[date, int, int]], today: date | None) -> date | None:
    limit = today or date.today()
    return max((d for d, _, _ in dates if d <= limit), default=None)


def latest_date(text: str, today: date | None = None) -> date | None:
    """The latest explicit full date in `text` that is not after `today`."""
    return _latest(find_dates(text), today)


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, len(text) if (e := text.find("\n", end)) < 0 else e


def _dateline_kind(text: str, start: int, end: int) -> int | None:
    """0 for a 'published' line, 1 for a bare date line, 2 for an 'updated' line, else None."""
    a, b = _line_around(text, start, end)
    if b - a > DATELINE_MAX_CHARS:
        return None
    before, after = text[a:start], text[end:b]
    if _PUBLISHED_CUE_RE.search(before):
        return 0
    if _UPDATED_CUE_RE.search(before):
        return 2
    if (_DATELINE_REST_RE.fullmatch(before) or _PLACE_PREFIX_RE.fullmatch(before)) and (
            _DATELINE_REST_RE.fullmatch(after)):
        return 1
    return None


_PLACE_PREFIX_RE = re.compile(  # `Ebensee, 24.02.2025`, `St. Gallen, den 3. März 2025`
    r"\s*[A-ZÄÖÜ][\w.'’-]*(?:[ -][A-ZÄÖÜa-zäöü][\w.'’-]*){0,3}\s*,\s*(?:(?:den|am|on)\s+)?")


def _dateline(text: str, dates: list[tuple[date, int, int]]) -> date | None:
    best: tuple[int, date] | None = None
    for d, start, end in dates:
        kind = _dateline_kind(text, start, end)
        if kind is not None and (best is None or kind < best[0]):
            best = (kind, d)
            if kind == 0:
                break
    return best[1] if best else None


def dateline_date(text: str) -> date | None:
    """The date of a `veröffentlicht:`/`Published` line, else a bare dateline, else `Stand:`."""
    return _dateline(text, find_dates(text))


def text_date(text: str) -> tuple[date | None, str]:
    """`dateline_date` ("dateline"), else `latest_date` ("inferred"), from one scan for dates."""
    dates = find_dates(text)
    dateline = _dateline(text, dates)
    if dateline is not None:
        return dateline, "dateline"
    latest = _latest(dates, None)
    return (latest, "inferred") if latest is not None else (None, "unknown")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text`, as `str.splitlines` cuts them, one at a time.

    Unlike `splitlines`, a CRLF yields an empty line between CR and LF (and a final line
    break an empty last line): only the non-empty lines matter here.
    """
    start = 0
    for m in _LINE_BREAK_RE.finditer(text):
        yield text[start : m.start()]
        start = m.end()
    yield text[start:]


def first_line_title(text: str) -> str:
    """The first non-empty line of `text` with 3+ words (else the first), normalised."""
    first = ""
    for line in _lines(text):  # lazily: the title is usually on the first lines
        words = line.split()
        if len(words) >= TITLE_MIN_WORDS:
            return " ".join(words)[:TITLE_MAX_CHARS]
        first = first or " ".join(words)
    return first[:TITLE_MAX_CHARS]


def pick_published(candidates: Iterable[tuple[str, date | None]]) -> tuple[date | None, str]:
    """The first candidate date with its source name, or `(None, "unknown")`."""
    for source, value in candidates:
        if value is not None:
            return value, source
    return None, "unknown"


def first_text(*values: object) -> str:
    """The first non-empty string among `values`, whitespace-normalised."""
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""

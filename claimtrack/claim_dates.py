"""Find and resolve the date expressions in one sentence (for claim dates).

Relative expressions (weekdays, `gestern`, `last week`, `vor zwei Tagen`, `im Oktober`) are
resolved against the publication date, always to the latest matching period that does not
start after it. Future-looking expressions (`nächste Woche`, `bis Freitag`, `next month`)
are recognised, so that no part of them is misread, but are not returned.

Speed: a sentence with no head word of any kind and no number shaped like a calendar date
holds none (two scans, `_may_hold_date`); else one scan for capitalised head words (weekday
and month names, `Woche`, `Monat`), scans for lower-case heads (`heute`, `week`, `ago`) only
when a cheap substring cue occurs, one scan for digits; the full patterns are tried only where
a head was found. Head words are matched as prefix tries (`Sep(?:t(?:ember)?)?`), so that few
branches are tried at each letter.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from claimtrack.word_trie import trie_pattern

DAY, WEEK, MONTH = "day", "week", "month"

#: how far after publication a year-less day date (`22. Oktober`) may lie in the same year
YEAR_TOLERANCE = dt.timedelta(days=3)


class DateExpr(NamedTuple):
    """A date expression in a sentence and the period it describes.

    `date` is the last day of the period that is not after the publication date (for
    `vor drei Wochen`-style expressions: the stated point, inside the period). `relative`
    is True for deictic expressions (weekdays, yesterday, last week, two days ago), False
    for calendar dates and month names (even when their year comes from `published`).
    """

    start: int
    end: int
    text: str
    date: dt.date
    date_from: dt.date
    date_to: dt.date
    precision: str  # day | week | month
    relative: bool


# A hit: a span plus its expression, or None for a recognised span that yields no date
# (future-looking, or not resolvable without a publication date). Hits claim their span.
_Hit = tuple[int, int, DateExpr | None]
_Handler = Callable[[re.Match[str], str, dt.date | None], _Hit | None]
_Finder = Callable[[str, int], re.Match[str] | None]

# --- vocabularies ---------------------------------------------------------------------

WEEKDAYS_DE = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
}
WEEKDAYS_EN = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
WEEKDAYS = {**WEEKDAYS_DE, **WEEKDAYS_EN}
MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "january": 1,
    "februar": 2, "feber": 2, "february": 2,
    "märz": 3, "maerz": 3, "march": 3,
    "april": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7,
    "august": 8, "september": 9, "oktober": 10, "october": 10,
    "november": 11, "dezember": 12, "december": 12,
}
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mär": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12,
}
# days before publication
DAY_WORDS_DE = {"heute": 0, "heutigen": 0, "gestern": 1, "gestrigen": 1, "vorgestern": 2,
                "vortag": 1}
DAY_WORDS_EN = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": 1, "last night": 1, "the day before yesterday": 2,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "einem": 1, "einer": 1,
    "two": 2, "zwei": 2, "three": 3, "drei": 3, "four": 4, "vier": 4, "five": 5, "fünf": 5,
    "six": 6, "sechs": 6, "seven": 7, "sieben": 7, "eight": 8, "acht": 8, "nine": 9,
    "neun": 9, "ten": 10, "zehn": 10, "eleven": 11, "elf": 11, "twelve": 12, "zwölf": 12,
}
VAGUE_COUNTS = ("einigen", "wenigen", "ein paar", "mehreren", "a few", "a couple of",
                "several", "few", "some")
PERIOD_NOUNS = {
    "wochenende": "weekend", "weekend": "weekend", "woche": "week", "week": "week",
    "monat": "month", "monats": "month", "month": "month",
    "vorwoche": "prevweek", "vormonat": "prevmonth",
    "wochenbeginn": "weekstart", "wochenanfang": "weekstart",
    "jahres": "year", "jahrs": "year", "jahr": "year", "year": "year",
}


def _inflections(*stems: str) -> list[str]:
    return [stem + ending for stem in stems for ending in ("e", "en", "er", "es", "em")]


# Words that may stand before a weekday, month name or period noun, by what they signal.
_ROLE_WORDS: dict[str, Iterable[str]] = {
    "future": [
        "bis", "ab", "until", "till", "by", "next", "coming", "later", "später", "spätestens",
        "for",
        *_inflections("kommend", "nächst", "naechst", "übernächst", "folgend"),
    ],
    "strict": ["last", "previous", "zurückliegenden", *_inflections("vergangen", "letzt", "vorig")],
    "past": ["past"],
    "this": ["this", "current", "laufenden", "aktuellen", "diese", "dieser", "diesen", "dieses",
             "diesem"],
    "today": ["heutigen"],
    "yesterday": ["gestrigen"],
    "earlier": ["earlier"],
    "early": ["anfang", "beginn", "early", "start", "beginning", "first", "ersten"],
    "mid": ["mitte", "mid", "middle"],
    "late": ["ende", "end", "late"],
    "prep": ["im", "in", "seit", "since", "during", "over", "übers", "gegen", "towards",
             "toward", "zum", "vom", "aus"],
    "filler": ["am", "an", "the", "of", "der", "des", "dem", "den", "das", "zu", "at", "on", "as",
               "auf", "einem", "noch", "erst", "bereits", "schon", "um", "über", "nacht", "days",
               "tagen"],
}
_ROLE = {word: role for role, words in _ROLE_WORDS.items() for word in words}
_PARTS = ("early", "mid", "late")
# not part of an expression's span when they come first (`schon vorige Woche`)
# prepositions that make a month a date (`eine Schätzung vom September`, `aus dem Sommer`)
# but stay out of its span (`Angaben vom 21.10.`)
_QUIET_PREPOSITIONS = frozenset({"vom", "aus"})
_LEADING_DROP = frozenset({"der", "des", "dem", "den", "das", "the", "of", "auf", "noch", "erst",
                           "bereits", "schon"})
_PREFIX_WINDOW = 90
_PREFIX_MAX_WORDS = 5
_STRIP = "«»\"'„“”‚‘’()[],;:"

# A weekday after one of these words is a name, not a date (Black Friday, Welt am Sonntag).
_WEEKDAY_NAME_WORDS = frozenset({
    "black", "good", "cyber", "super", "bloody", "ash", "easter", "palm", "holy", "maundy",
    "welt", "bild", "nzz", "mail", "independent",
})
# A weekday after one of these words is a habit, not a day (`every Sunday`, `jeden Montag`).
_HABIT_WORDS = frozenset({"every", "each", "jeden", "jedem", "jede"})

# days of a week (Monday = 0) and of a month for early / mid / late
_WEEK_PARTS = {"early": (0, 1), "mid": (1, 3), "late": (3, 6)}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}

# --- regular expressions --------------------------------------------------------------


def _capitalised(words: Iterable[str]) -> list[str]:
    return [word[0].upper() + word[1:] for word in words]


def _alternation(words: Iterable[str]) -> str:
    """Words (with `\\s+` between their parts) as a regex alternation, longest first."""
    unique = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in unique)


_WD_DE = _alternation(_capitalised(WEEKDAYS_DE))
_WD_EN = _alternation(_capitalised(WEEKDAYS_EN))
_MON_FULL = _alternation(_capitalised(MONTHS))
_MON_ABBR = _alternation(_capitalised(MONTH_ABBREVIATIONS))
# full names first, so that `Oktober` is not read as `Okt`; a dot only after abbreviations
_MON_ANY = rf"(?:{_MON_FULL}|(?:{_MON_ABBR})\.?)(?!\w)"
_MON_EN = rf"(?:{_alternation(_capitalised(ENGLISH_MONTHS))}|(?:{_MON_ABBR})\.?)(?!\w)"
_DAY_PARTS_DE = "abend|morgen|früh|vormittag|nachmittag|mittag|nacht"
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"

# Full patterns, tried with .match() where a head word or a digit was found.
_DAY_FIRST = re.compile(
    rf"(?P<d>[0-9][0-9]?)(?:\.|st\b|nd\b|rd\b|th\b)?\s*(?:of\s+)?(?P<m>{_MON_ANY})"
    + _YEAR
)
_MONTH_FIRST = re.compile(  # month before day is English: `im Oktober 3 Brigaden` is no date
    rf"(?P<m>{_MON_EN})\s*(?P<d>[0-9][0-9]?)(?:st|nd|rd|th)?\b(?![.,][0-9])" + _YEAR
)
_NUMERIC = re.compile(r"(?P<d>[0-9][0-9]?)\.(?P<m>[0-9][0-9]?)\.(?P<y>(?:19|20)\d\d|\d\d)?(?!\d)")
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_MONTH_NAME = re.compile(rf"(?P<m>{_MON_FULL})\b" + _YEAR)
_WEEKDAY_DE = re.compile(
    rf"(?P<wd>{_WD_DE})(?:{_DAY_PARTS_DE})?\b"
    rf"(?:\s+(?i:{_DAY_PARTS_DE})\b)?(?:\s*\((?:Ortszeit|Lokalzeit|[A-Z]{{2,5}})\))?"
)
_WEEKDAY_EN = re.compile(
    rf"(?P<wd>{_WD_EN})(?:['’]s)?\b(?:\s+(?:morning|afternoon|evening|night)\b)?"
    r"(?:\s*\(local time\))?(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|People|Star))"
)
_PERIOD = re.compile(
    r"(?:Wochenende|Wochenbeginn|Wochenanfang|Woche|Monats|Monat|Vorwoche|Vormonat|Jahres|Jahrs"
    r"|Jahr|[Ww]eekend|[Ww]eek"
    r"|[Mm]onth|[Yy]ear)\b"
)
_DAY_WORD_DE = re.compile(
    rf"(?i:(?P<w>vorgestern|gestern|heute|(?<=am )Vortag)\b(?!-)(?:\s+(?:{_DAY_PARTS_DE})\b)?"
    r"|(?P<a>heutigen|gestrigen)\s+(?:Tag|Morgen|Vormittag|Mittag|Nachmittag|Abend)\b)"
)
_DAY_WORD_EN = re.compile(rf"(?i:(?P<w>{_alternation(DAY_WORDS_EN)})(?:['’]s)?\b)")
_COUNT = _alternation([*NUMBER_WORDS, *VAGUE_COUNTS])
_AGO_DE = re.compile(
    r"\b[Vv]or\s+(?:(?:gut|knapp|rund|etwa|fast|über|mehr\s+als)\s+)?"
    rf"(?P<n>{_COUNT}|\d{{1,2}})\s+(?P<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat)\b"
)
_AGO_EN = re.compile(
    rf"(?i:\b(?P<n>{_COUNT}|\d{{1,2}})\s+(?P<unit>days?|weeks?|months?)\s+(?P<ago>ago)\b)"
)
# `Freitag, den 25. Oktober`, `Friday, Oct. 25`: a weekday naming the same date
_WEEKDAY_BEFORE = re.compile(rf"(?:{_WD_DE}|{_WD_EN}),?\s+(?:(?:den|dem|the)\s+)?\Z")
# `in der Nacht von Samstag auf Sonntag`: the night is dated by its second day
_NIGHT_FROM = re.compile(rf"von\s+(?:{_WD_DE})\s+(?:auf|zum?)\s+\Z")
_DIGIT = re.compile("[0-9]")
# the first digit of a number shaped like the start of a calendar date (`22. Okt`, `22.10.`,
# `2024-10-`): the only places where the calendar-date patterns can match
_DATE_NUMBER = re.compile(
    r"[0-9](?<![0-9][0-9])"
    r"(?=[0-9]?(?:(?:\.|st|nd|rd|th)?\s*(?:of\s+)?[A-Z]|\.[0-9][0-9]?\.|/[0-9][0-9]?/"
    r"|(?:st|nd|rd|th)\b|\.\s+[a-zäöü])"
    r"|[0-9]\d\d-)"
)

# --- public functions -----------------------------------------------------------------


def resolve_weekday(weekday: int, published: dt.date, strictly_before: bool = False) -> dt.date:
    """The latest `weekday` (Monday = 0) on or before `published` (before it if strict)."""
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - dt.timedelta(days=back)


def month_period(
    month: int, published: dt.date, part: str | None, strictly_before: bool = False
) -> tuple[dt.date, dt.date]:
    """Period of the latest `month` not after the publication month, or a part of it.

    `part` is None (whole month), `early` (days 1-10), `mid` (11-20) or `late` (21-end).
    With `strictly_before` the publication month itself means last year's. A part may
    start after `published` (`Ende Oktober` on 15 October); callers treat that as future.
    """
    same_year = month < published.month or (month == published.month and not strictly_before)
    year = published.year if same_year else published.year - 1
    return _month_part(year, month, part)


def find_date_expressions(sentence: str, published: dt.date | None, lang: str) -> list[DateExpr]:
    """Every past date expression in `sentence`, resolved, in text order.

    `lang` (`de`/`en`) selects the relative vocabulary; calendar dates and month names are
    read in both languages. Without `published`, only dates carrying a year are returned.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if not _may_hold_date(sentence, lang):
        return []
    hits: list[_Hit] = []
    for group in _GROUPS.get(lang, _GROUPS[""]):
        if _has_cue(sentence, group.cues):
            _scan_heads(sentence, published, group, hits)
    first_digit = _DIGIT.search(sentence)  # a quick scan; runs of digits only if there is one
    if first_digit is not None:
        _scan_numbers(sentence, published, first_digit.start(), hits)
    return _without_anchor_today(sentence, _non_overlapping(hits)) if hits else []


def _without_anchor_today(sentence: str, found: list[DateExpr]) -> list[DateExpr]:
    """`A week ago today`, `Heute vor einer Woche`: `today` only anchors the span beside it."""
    if len(found) < 2:
        return found
    keep = []
    for i, d in enumerate(found):
        neighbours = found[i - 1:i] + found[i + 1:i + 2]
        if d.text.lower() in ("today", "heute") and any(
                not sentence[min(d.end, o.end):max(d.start, o.start)].strip() for o in neighbours):
            continue
        keep.append(d)
    return keep


def _may_hold_date(sentence: str, lang: str) -> bool:
    """A cheap test: every expression is built on a head word of the language's groups or on
    a number shaped like the start of a calendar date; a sentence with neither holds none."""
    heads = _ANY_HEAD.get(lang, _ANY_HEAD[""])
    return heads.search(sentence) is not None or _DATE_NUMBER.search(sentence) is not None


def _scan_numbers(
    sentence: str, published: dt.date | None, first: int, hits: list[_Hit]
) -> None:
    """Try the calendar-date patterns at each number from `first` on that could start one."""
    for run in _DATE_NUMBER.finditer(sentence, first):
        start = run.start()
        if _number_start(sentence, start):
            for pattern, handler in _DIGIT_RULES:
                _try(pattern.match(sentence, start), handler, sentence, published, hits)


def _has_cue(sentence: str, cues: tuple[str, ...]) -> bool:
    """Whether one of `cues` occurs in `sentence`; True when there are no cues."""
    if not cues:
        return True
    for cue in cues:  # a plain loop: cheaper than any() over a generator
        if cue in sentence:
            return True
    return False


def _scan_heads(
    sentence: str, published: dt.date | None, group: _Group, hits: list[_Hit]
) -> None:
    """Try the group's patterns at each of its head words in `sentence`."""
    for head in group.heads.finditer(sentence):
        start = head.start()
        if _word_start(sentence, start):
            key = head.group().lower()
            rules = group.rules.get(key) or group.rules[" ".join(key.split())]
            for finder, handler in rules:
                _try(finder(sentence, start), handler, sentence, published, hits)


def _try(
    match: re.Match[str] | None, handler: _Handler, sentence: str, published: dt.date | None,
    hits: list[_Hit],
) -> None:
    if match is not None:
        hit = handler(match, sentence, published)
        if hit is not None:
            hits.append(hit)


# --- periods --------------------------------------------------------------------------


def _month_part(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = _MONTH_PARTS[part] if part else (1, last)
    return dt.date(year, month, first_day), dt.date(year, month, min(last_day, last))


def _week_part(monday: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    first, last = _WEEK_PARTS[part] if part else (0, 6)
    return monday + dt.timedelta(days=first), monday + dt.timedelta(days=last)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _weekend(published: dt.date, strictly_before: bool) -> tuple[dt.date, dt.date]:
    """The latest Saturday-Sunday starting on or before `published` (if strict: ended)."""
    saturday = resolve_weekday(5, published)
    if strictly_before and saturday + dt.timedelta(days=1) >= published:
        saturday -= dt.timedelta(days=7)
    return saturday, saturday + dt.timedelta(days=1)


def _previous_month(published: dt.date) -> tuple[int, int]:
    if published.month == 1:
        return published.year - 1, 12
    return published.year, published.month - 1


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# --- building hits --------------------------------------------------------------------


def _period_hit(
    sentence: str, span: tuple[int, int], period: tuple[dt.date, dt.date], precision: str,
    relative: bool, published: dt.date | None,
) -> _Hit:
    """A hit for a period; a period starting after publication is future: no date."""
    start, end = span
    lo, hi = period
    if published is not None and lo > published:
        return start, end, None
    day = min(hi, published) if published is not None else hi
    return start, end, DateExpr(start, end, sentence[start:end], day, lo, hi, precision, relative)


def _day_hit(sentence: str, span: tuple[int, int], day: dt.date, relative: bool) -> _Hit:
    start, end = span
    return start, end, DateExpr(start, end, sentence[start:end], day, day, day, DAY, relative)


def _non_overlapping(hits: list[_Hit]) -> list[DateExpr]:
    """Leftmost-longest hits that do not overlap; then drop the date-less ones."""
    hits.sort(key=lambda hit: (hit[0], -hit[1]))
    found: list[DateExpr] = []
    last_end = -1
    for start, end, expr in hits:
        if start < last_end:
            continue
        last_end = end
        if expr is not None:
            found.append(expr)
    return found


# --- the words before a head ----------------------------------------------------------


_NO_ROLES: frozenset[str] = frozenset()
_OPENING_QUOTES = "\"“„«»‹›‘'"


class _Prefix(NamedTuple):
    start: int  # where the modifier words begin (the head start if there are none)
    roles: frozenset[str]
    part: str | None
    before: str  # the word before the modifiers, lower-cased, punctuation stripped


def _prefix(sentence: str, start: int) -> _Prefix:
    """Read back over modifier words (`am vergangenen`, `at the end of`) before `start`."""
    lo = max(0, start - _PREFIX_WINDOW)
    window = sentence[lo:start]
    if not window or not window[-1].isspace():
        return _Prefix(start, _NO_ROLES, None, "")
    words = window.rsplit(maxsplit=_PREFIX_MAX_WORDS + 1)
    if lo > 0 and not window[0].isspace() and not sentence[lo - 1].isspace():
        words = words[1:]  # the window cut the first word
    taken: list[tuple[str, str]] = []  # (word, lower-cased), right to left
    before = ""
    for word in reversed(words):
        if _ROLE.get(word.lstrip(_OPENING_QUOTES).lower()) == "future":
            word = word.lstrip(_OPENING_QUOTES)  # a quote opening at `"for this autumn"`
        lowered = word.lower()
        if lowered not in _ROLE or len(taken) == _PREFIX_MAX_WORDS:
            before = lowered.strip(_STRIP)
            break
        taken.append((word, lowered))
    quiet: set[str] = set()  # roles of leading words left out of the span (`vom`, `aus`)
    while taken and (taken[-1][1] in _LEADING_DROP or taken[-1][1] in _QUIET_PREPOSITIONS):
        if taken.pop()[1] in _QUIET_PREPOSITIONS:
            quiet.add("prep")
    if not taken:
        return _Prefix(start, frozenset(quiet), None, before)
    found = _make_prefix(sentence, start, taken, before)
    return found._replace(roles=found.roles | quiet) if quiet else found


def _make_prefix(
    sentence: str, start: int, taken: list[tuple[str, str]], before: str
) -> _Prefix:
    """The prefix of the `taken` words (right to left, as read back)."""
    pos = start
    for word, _ in taken:
        pos = sentence.rfind(word, 0, pos)
    roles = {_ROLE[lowered] for _, lowered in taken}
    if taken[-1][1] == "bis" and _starts_range(before):
        roles = {_ROLE[lowered] for _, lowered in taken[:-1]} | {"filler"}
    part = next((p for p in _PARTS if p in roles), None)
    return _Prefix(pos, frozenset(roles), part, before)


def _starts_range(word: str) -> bool:
    """Whether `word` before `bis` opens a range (`vom 22. bis`, `von Montag bis`)."""
    return word.rstrip(".").isdigit() or word in WEEKDAYS or word in MONTHS


def _word_start(sentence: str, index: int) -> bool:
    """Whether `index` starts a word (is not glued to a letter or digit before it)."""
    return index == 0 or not sentence[index - 1].isalnum()


def _number_start(sentence: str, index: int) -> bool:
    """Whether `index` starts a number (is not inside `1.500`, `10'000`, `A4`)."""
    return index == 0 or not (sentence[index - 1].isalnum() or sentence[index - 1] in ".,'’")


# --- calendar dates -------------------------------------------------------------------


def _named_date(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`22. Oktober 2024`, `28 October`, `October 28, 2024`, `Oct. 28`."""
    month_text = match["m"].rstrip(".").lower()
    month = MONTHS.get(month_text) or MONTH_ABBREVIATIONS[month_text]
    return _calendar_hit(match, sentence, published, month)


def _numeric_date(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`22.10.2024`, `22.10.`, `22.10.24`, `2024-10-28`."""
    return _calendar_hit(match, sentence, published, int(match["m"]))


def _day_alone(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`on the 19th`, `am 19.`: that day of the publication month, or of the month before when
    it is later than publication."""
    start = match.start()
    if published is None or not _DAY_ALONE_BEFORE.search(sentence[max(0, start - 8):start]):
        return None
    day_of_month = int(match["d"])
    year, month = (published.year, published.month) if day_of_month <= published.day else (
        _previous_month(published))
    day = _safe_date(year, month, day_of_month)
    if day is None:
        return None
    return _day_hit(sentence, (start, match.end()), day, relative=False)


def _slashed_date(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`12/11/2024` (British) or `11/12/2024` (American): the reading that is valid, or of
    two valid ones the later one not after publication (claims are mostly recent)."""
    start = match.start()
    if not _number_start(sentence, start):
        return None
    year, a, b = int(match["y"]), int(match["a"]), int(match["b"])
    days = [d for d in (_safe_date(year, b, a), _safe_date(year, a, b)) if d is not None]
    if published is not None:
        days = [d for d in days if d <= published + YEAR_TOLERANCE]
    if not days or (published is None and len(set(days)) > 1):
        return None
    prefix = _prefix(sentence, _weekday_before(sentence, start))
    if "future" in prefix.roles:
        return prefix.start, match.end(), None
    return _day_hit(sentence, (prefix.start, match.end()), max(days), relative=False)


def _calendar_hit(
    match: re.Match[str], sentence: str, published: dt.date | None, month: int
) -> _Hit | None:
    start = match.start()
    starts_ok = _number_start if match.re is not _MONTH_FIRST else _word_start
    day_of_month = int(match["d"])
    if not starts_ok(sentence, start) or not (1 <= month <= 12 and 1 <= day_of_month <= 31):
        return None
    weekday_at = _weekday_before(sentence, start)
    prefix = _prefix(sentence, weekday_at)
    span = (prefix.start, match.end())
    day = _calendar_day(_year(match["y"]), month, day_of_month, published)
    if day is not None and match["y"] is None and weekday_at < start:
        day = _named_weekday_year(day, sentence[weekday_at:start])
    if "future" in prefix.roles or day is None:
        return span[0], span[1], None
    if published is not None and day > published + YEAR_TOLERANCE:
        return span[0], span[1], None
    return _day_hit(sentence, span, day, relative=False)


def _named_weekday_year(day: dt.date, weekday_text: str) -> dt.date:
    """`Donnerstag, 23. Oktober` read as the latest 23 October: when that is no Thursday but
    the one a year later is, the later one (an event announced ahead of it); when the one a
    year earlier is, that one."""
    wanted = WEEKDAYS.get(weekday_text.strip(" ,").split()[0].lower())
    if wanted is None or day.weekday() == wanted:
        return day
    for year in (day.year + 1, day.year - 1):
        other = _safe_date(year, day.month, day.day)
        if other is not None and other.weekday() == wanted:
            return other
    return day


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    return int(text) + (2000 if len(text) == 2 else 0)


def _weekday_before(sentence: str, start: int) -> int:
    """Start of a weekday naming the same date just before `start`, else `start`."""
    found = _WEEKDAY_BEFORE.search(sentence, max(0, start - 20), start)
    if found is None or not _word_start(sentence, found.start()):
        return start
    return found.start()


def _calendar_day(
    year: int | None, month: int, day_of_month: int, published: dt.date | None
) -> dt.date | None:
    """The date; without a year the latest one not after `published` + tolerance."""
    if year is not None:
        return _safe_date(year, month, day_of_month)
    if published is None:
        return None
    latest = published + YEAR_TOLERANCE
    for candidate_year in range(latest.year, latest.year - 9, -1):  # 29 February: leap year
        day = _safe_date(candidate_year, month, day_of_month)
        if day is not None and day <= latest:
            return day
    return None


def _safe_date(year: int, month: int, day_of_month: int) -> dt.date | None:
    try:
        return dt.date(year, month, day_of_month)
    except ValueError:
        return None


# --- month names ----------------------------------------------------------------------


def _month_name(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`im Oktober`, `Anfang November`, `mid-November`, `last October`, `Oktober 2024`."""
    start = match.start()
    mid = sentence[max(0, start - 4):start].lower() == "mid-"
    start -= 4 if mid else 0
    if not _word_start(sentence, start):
        return None
    prefix = _prefix(sentence, start)
    span = (prefix.start, match.end())
    month = MONTHS[match["m"].lower()]
    part = "mid" if mid else prefix.part
    by_then = _BY_MONTH.fullmatch(sentence, 0, start) is not None and sentence[
        match.end():match.end() + 1] == "," and _PAST_AUX.search(  # `By December, X was
        sentence, match.end()) is not None  # saying …`: a past month, not `… it expects`
    if "future" in prefix.roles and not by_then:
        return span[0], span[1], None
    if match["y"]:
        period = _month_part(int(match["y"]), month, part)
        return _period_hit(sentence, span, period, MONTH, False, published)
    year_word = _YEAR_WORDS_AFTER.match(sentence, match.end())
    if year_word is not None and published is not None:  # `in October last year`
        year = published.year - (0 if year_word["this"] else 1)
        span = (span[0], year_word.end())
        return _period_hit(sentence, span, _month_part(year, month, part), MONTH, False, published)
    if not mid and not prefix.roles - {"filler"} and not _REPORT_AFTER.match(
            sentence, match.end()) and not by_then:  # but `a September assessment`
        return None  # a bare month name (`Mai`, `May`, `August`) may be a name or a verb
    if published is None:
        return span[0], span[1], None
    period = month_period(month, published, part, strictly_before="strict" in prefix.roles)
    return _period_hit(sentence, span, period, MONTH, False, published)


_BY_MONTH = re.compile(r"\W*By\s+")
_PAST_AUX = re.compile(r"\b(?:was|were|had)\b")
_REPORT_AFTER = re.compile(  # a month or season naming a report: `a September assessment`
    r"\s+(?:intelligence\s+)?(?:assessment|briefing|report|statement|estimate|update|"
    r"review|tally)s?\b")
_YEAR_WORDS_AFTER = re.compile(  # `October last year`, `Oktober vergangenen Jahres`
    r"\s+(?:(?P<last>(?:of\s+)?(?:last|the\s+previous)\s+year"
    r"|(?:des\s+)?(?:vergangenen|letzten|vorigen)\s+Jahres|des\s+Vorjahres)"
    r"|(?P<this>(?:of\s+)?this\s+year|(?:dieses|des\s+laufenden)\s+Jahres))\b"
)


SEASONS = {  # first and last month (winter runs into the next year)
    "frühjahr": (3, 5), "frühling": (3, 5), "spring": (3, 5), "sommer": (6, 8), "summer": (6, 8),
    "herbst": (9, 11), "autumn": (9, 11), "winter": (12, 14),
}
_SEASON = re.compile(r"(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter|[Ss]pring|[Ss]ummer|[Aa]utumn"
                     r"|[Ww]inter)(?:s|es)?\b(?:\s+(?:of\s+)?(?P<y>20\d\d)\b)?")


def _season(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`im Herbst`, `last autumn`, `im vergangenen Winter`, `early this summer`: the latest such
    season begun by publication (if `last`/`vergangen`: ended by then), to the month."""
    if not _word_start(sentence, match.start()):
        return None
    prefix = _prefix(sentence, match.start())
    span = (prefix.start, match.end())
    if "future" in prefix.roles:
        return span[0], span[1], None
    first, last = SEASONS[match["s"].lower()]
    if match["y"]:
        lo, hi = _season_months(int(match["y"]), first, last, prefix.part)
        return _period_hit(sentence, span, (lo, hi), MONTH, False, published)
    if (not prefix.roles - {"filler"} and not _REPORT_AFTER.match(sentence, match.end())
            or published is None):  # but `a spring intelligence assessment`
        return None  # a bare season word (`Winteroffensive` aside, `Summer camp`) dates nothing
    year = published.year if _month_index(published.year, first) <= _month_index(
        published.year, published.month) else published.year - 1
    if "strict" in prefix.roles and _month_index(year, last) >= _month_index(
            published.year, published.month):
        year -= 1  # `last winter`: the one before the current
    elif "strict" not in prefix.roles and _month_index(year, last) + SEASON_LONG_PAST < (
            _month_index(published.year, published.month)):
        return span[0], span[1], None  # `im Winter` in November: the coming one, no date
    lo, hi = _season_months(year, first, last, prefix.part)
    return _period_hit(sentence, span, (lo, hi), MONTH, True, published)


SEASON_LONG_PAST = 7  # months: a bare season whose last one ended longer ago is the next one


def _month_index(year: int, month: int) -> int:
    return year * 12 + month


def _season_months(year: int, first: int, last: int, part: str | None
                   ) -> tuple[dt.date, dt.date]:
    """The season's first and last day (a part: its first, middle or last month)."""
    if part == "early":
        last = first
    elif part == "mid":
        first = last = first + 1
    elif part == "late":
        first = last
    lo_year, lo_month = divmod(year * 12 + first - 1, 12)
    hi_year, hi_month = divmod(year * 12 + last - 1, 12)
    return (dt.date(lo_year, lo_month + 1, 1),
            _month_part(hi_year, hi_month + 1, None)[1])


# --- holidays -------------------------------------------------------------------------

HOLIDAYS = {  # head word -> (month, first day, last day) of the holiday itself
    "weihnachten": (12, 24, 26), "weihnachtstagen": (12, 24, 26), "christmas": (12, 24, 26),
    "heiligabend": (12, 24, 24), "christmas eve": (12, 24, 24), "silvester": (12, 31, 31),
    "neujahr": (1, 1, 1), "neujahrstag": (1, 1, 1), "dreikönigstag": (1, 6, 6),
    "epiphany": (1, 6, 6), "allerheiligen": (11, 1, 1), "christmas day": (12, 25, 25),
    "boxing day": (12, 26, 26), "new year's day": (1, 1, 1), "new year's eve": (12, 31, 31),
}  # `kurz vor`/`just before` it: its eight days before; `kurz nach`/`just after`: five after
_HOLIDAY = re.compile(
    r"(?i:(?P<near>(?:kurz|knapp|unmittelbar|gleich|just|shortly|right|days)\s+)?"
    r"(?P<noch>(?:noch|schon|bereits|erst)\s+)?"
    r"(?P<rel>vor|nach|before|after|an|am|zu|über|um|at|over|on|around)\s+(?:den\s+|the\s+)?)"
    r"(?P<h>Weihnachten|Weihnachtstagen|Christmas Eve|Christmas Day|Christmas|Boxing Day"
    r"|New Year['’]s Day|New Year['’]s Eve|Heiligabend|Silvester"
    r"|Neujahrstag|Neujahr|Dreikönigstag|Epiphany|Allerheiligen)\b(?!\s+Island)")
HOLIDAY_NEAR_DAYS = 8  # `kurz vor Weihnachten`: the eight days before Christmas Eve
HOLIDAY_BEFORE_DAYS = 23  # `schon vor Weihnachten`: December up to the eve
HOLIDAY_AFTER_DAYS = 5  # `kurz nach Weihnachten`: the days up to New Year's Eve
_BEFORE_AFTER = frozenset(("vor", "nach", "before", "after"))


def _holiday(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`kurz vor Weihnachten`, `just after Christmas`, `an Heiligabend`, `zu Neujahr`: the
    holiday, or the days just before or after it, in the latest year it had begun by
    publication (a window still ahead is future: no date)."""
    span = (match.start(), match.end())
    rel = match["rel"].lower()
    if sentence.startswith(" Island", match.end()) or (
            rel in _BEFORE_AFTER and not (match["near"] or match["noch"])):
        return None  # `Christmas Island`; a bare `before Christmas` is as often a deadline
    if published is None:
        return span[0], span[1], None
    month, first, last = HOLIDAYS[" ".join(match["h"].lower().replace("’", "'").split())]
    year = published.year if (published.month, published.day) >= (month, first) or (
        month == 12 and published.month == 12) else published.year - 1
    lo, hi = dt.date(year, month, first), dt.date(year, month, last)
    if rel in ("vor", "before"):
        days = HOLIDAY_NEAR_DAYS if match["near"] else HOLIDAY_BEFORE_DAYS
        lo, hi = lo - dt.timedelta(days=days), lo
    elif rel in ("nach", "after"):
        lo, hi = hi + dt.timedelta(days=1), hi + dt.timedelta(days=HOLIDAY_AFTER_DAYS)
    if first == last and lo == hi:
        return _day_hit(sentence, span, lo, True) if lo <= published else (*span, None)
    return _period_hit(sentence, span, (lo, hi), WEEK, True, published)


# --- a week of a month ------------------------------------------------------------------

WEEK_OF_MONTH = {"ersten": 0, "zweiten": 1, "dritten": 2, "vierten": 3, "first": 0, "second": 1,
                 "third": 2, "fourth": 3, "letzten": -1, "last": -1, "final": -1}
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEK_OF_MONTH = re.compile(
    rf"(?i:(?:in\s+der\s+|in\s+the\s+|during\s+the\s+)?(?P<n>{'|'.join(WEEK_OF_MONTH)})\s+"
    rf"(?:(?P<m1>{_MONTH_WORDS})woche|week\s+of\s+(?P<m2>{_MONTH_WORDS})))\b")


def _week_of_month(match: re.Match[str], sentence: str, published: dt.date | None
                   ) -> _Hit | None:
    """`in der ersten Septemberwoche`, `the last week of October`: seven days of the latest
    such month (a week still ahead of publication: no date)."""
    span = (match.start(), match.end())
    if published is None:
        return span[0], span[1], None
    month = MONTHS[(match["m1"] or match["m2"]).lower()]
    first, last = month_period(month, published, None)
    n = WEEK_OF_MONTH[match["n"].lower()]
    lo = last - dt.timedelta(days=6) if n < 0 else first + dt.timedelta(days=7 * n)
    if lo > published:
        return span[0], span[1], None
    return _period_hit(sentence, span, (lo, lo + dt.timedelta(days=6)), WEEK, False, published)


# --- feasts that move with Easter ------------------------------------------------------

FEASTS_DE = {  # name as written -> first and last day, counted from Easter Sunday
    "Palmsonntag": (-7, -7), "Gründonnerstag": (-3, -3), "Karfreitag": (-2, -2),
    "Karsamstag": (-1, -1), "Ostersonntag": (0, 0), "Ostermontag": (1, 1), "Ostern": (0, 1),
    "Christi Himmelfahrt": (39, 39), "Pfingstsonntag": (49, 49), "Pfingstmontag": (50, 50),
    "Pfingsten": (49, 50),
}
FEASTS_EN = {
    "Palm Sunday": (-7, -7), "Maundy Thursday": (-3, -3), "Good Friday": (-2, -2),
    "Holy Saturday": (-1, -1), "Easter Sunday": (0, 0), "Easter Monday": (1, 1),
    "Easter": (0, 1), "Easter weekend": (-2, 1), "Ascension Day": (39, 39),
    "Whit Sunday": (49, 49), "Whit Monday": (50, 50), "Pentecost": (49, 50), "Whitsun": (49, 50),
}
FEASTS = {name.lower(): days for name, days in (FEASTS_DE | FEASTS_EN).items()}


def _heads(names: dict[str, tuple[int, int]]) -> tuple[str, ...]:
    """The first words of `names`, lower-cased, once each: the heads their scan is keyed on."""
    return tuple(dict.fromkeys(name.split()[0].lower() for name in names))


_FEAST_HEADS_DE, _FEAST_HEADS_EN = _heads(FEASTS_DE), _heads(FEASTS_EN)
_FEAST_NAMES = "|".join(name.replace(" ", r"\s+")
                        for name in sorted(FEASTS_DE | FEASTS_EN, key=len, reverse=True))
_FEAST = re.compile(
    r"(?i:(?P<rel>am|an|zu|über|um|on|at|over|around)\s+(?:den\s+|the\s+)?)?"
    rf"(?P<h>{_FEAST_NAMES})\b(?!\s+Island)")


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _feast(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`am Ostermontag`, `on Good Friday`, `zu Pfingsten`: the feast in the latest year it had
    begun by publication; a feast of two days (`Ostern`, `Easter`) only after a preposition
    (`Easter eggs` are no date)."""
    span = (match.start(), match.end())
    first, last = FEASTS[" ".join(match["h"].lower().split())]
    if first != last and not match["rel"]:
        return None
    if published is None:
        return span[0], span[1], None
    easter = easter_sunday(published.year)
    if easter + dt.timedelta(days=first) > published:
        easter = easter_sunday(published.year - 1)
    lo, hi = easter + dt.timedelta(days=first), easter + dt.timedelta(days=last)
    if lo == hi:
        return _day_hit(sentence, span, lo, True)
    return _period_hit(sentence, span, (lo, hi), WEEK, True, published)


# --- weekdays -------------------------------------------------------------------------


def _weekday(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`am Freitag`, `am vergangenen Freitagabend`, `in der Nacht zum Sonntag`, `Monday's`."""
    start = match.start()
    if not _word_start(sentence, start):
        return None  # Karfreitag, Ostermontag
    lo = max(0, start - 24)
    night = _NIGHT_FROM.search(sentence, lo, start) if "von" in sentence[lo:start] else None
    prefix = _prefix(sentence, night.start() if night else start)
    if prefix.before in _WEEKDAY_NAME_WORDS or prefix.before in _HABIT_WORDS:
        return None
    span = (prefix.start, match.end())
    if "future" in prefix.roles or published is None:
        return span[0], span[1], None
    which_week = _WEEK_AFTER.match(sentence, match.end())
    if which_week is not None:  # `Mittwoch vergangener Woche`, `Monday this week`
        monday = _monday(published) - dt.timedelta(days=0 if which_week["this"] else 7)
        day = monday + dt.timedelta(days=WEEKDAYS[match["wd"].lower()])
        if day <= published:
            return _day_hit(sentence, (span[0], which_week.end()), day, True)
    return _day_hit(sentence, span, _weekday_date(match["wd"], prefix, published), True)


_WEEK_AFTER = re.compile(
    r"\s+(?:(?:der\s+)?(?:vergangenen|vergangener|letzten|letzter|vorigen|voriger)\s+Woche"
    r"|(?:of\s+)?last\s+week|(?:of\s+)?the\s+previous\s+week"
    r"|(?P<this>(?:dieser|der\s+laufenden)\s+Woche|(?:of\s+)?this\s+week))\b"
)


def _weekday_date(name: str, prefix: _Prefix, published: dt.date) -> dt.date:
    weekday = WEEKDAYS[name.lower()]
    if "today" in prefix.roles and weekday == published.weekday():
        return published
    yesterday = published - dt.timedelta(days=1)
    if "yesterday" in prefix.roles and weekday == yesterday.weekday():
        return yesterday
    strict = bool(prefix.roles & {"strict", "past"})
    return resolve_weekday(weekday, published, strictly_before=strict)


# --- weeks, weekends, months ----------------------------------------------------------

_Resolved = tuple[tuple[dt.date, dt.date], str] | None
_ANY_DAY = dt.date(2001, 1, 1)  # whether a period noun is a date does not depend on the day


def _period_noun(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`vergangene Woche`, `earlier this week`, `am Wochenende`, `Ende vergangenen Monats`."""
    if not _word_start(sentence, match.start()):
        return None  # Kalenderwoche, midweek
    prefix = _prefix(sentence, match.start())
    span = (prefix.start, match.end())
    if "future" in prefix.roles:
        return span[0], span[1], None
    kind = PERIOD_NOUNS[match.group().lower()]
    resolved = _PERIOD_RESOLVERS[kind](prefix, published or _ANY_DAY)
    if resolved is None:
        return None
    if published is None:
        return span[0], span[1], None
    period, precision = resolved
    return _period_hit(sentence, span, period, precision, True, published)


def _week(prefix: _Prefix, published: dt.date) -> _Resolved:
    roles = prefix.roles
    if "past" in roles and "this" not in roles:  # the past week: the last seven days
        return (published - dt.timedelta(days=6), published), WEEK
    if roles & {"strict", "past"}:
        return _week_part(_monday(published) - dt.timedelta(days=7), prefix.part), WEEK
    if "earlier" in roles and not prefix.part:  # `earlier this week`: before today
        monday = _monday(published)
        return (monday, max(monday, published - dt.timedelta(days=1))), WEEK
    if roles & {"this", "earlier"} or prefix.part:
        return _week_part(_monday(published), prefix.part), WEEK
    return None


def _week_start(prefix: _Prefix, published: dt.date) -> _Resolved:
    """`zu Wochenbeginn`, `Anfang der Woche`: Monday and Tuesday of this week (of the week
    before after `vergangenen`)."""
    monday = _monday(published)
    if prefix.roles & {"strict", "past"}:
        monday -= dt.timedelta(days=7)
    return _week_part(monday, "early"), WEEK


def _month_word(prefix: _Prefix, published: dt.date) -> _Resolved:
    roles = prefix.roles
    if "past" in roles and "this" not in roles:  # the past month: the last thirty days
        return (published - dt.timedelta(days=29), published), MONTH
    if roles & {"strict", "past"}:
        return _month_part(*_previous_month(published), prefix.part), MONTH
    if roles & {"this", "earlier"} or prefix.part:
        return _month_part(published.year, published.month, prefix.part), MONTH
    return None


def _weekend_word(prefix: _Prefix, published: dt.date) -> _Resolved:
    if not prefix.roles:
        return None
    strict = "strict" in prefix.roles or {"this", "past"} <= prefix.roles
    return _weekend(published, strictly_before=strict), WEEK


def _previous_week(prefix: _Prefix, published: dt.date) -> _Resolved:
    return _week_part(_monday(published) - dt.timedelta(days=7), prefix.part), WEEK


def _previous_month_word(prefix: _Prefix, published: dt.date) -> _Resolved:
    return _month_part(*_previous_month(published), prefix.part), MONTH


_YEAR_PARTS = {"early": (1, 2), "mid": (6, 7), "late": (11, 12)}  # first and last month


def _year_word(prefix: _Prefix, published: dt.date) -> _Resolved:
    """`late last year`, `Ende vergangenen Jahres`, `Anfang des Jahres`: only a part of a
    year dates a claim (to the month); a bare year (`last year`, `im Jahr`) does not."""
    if prefix.part is None or prefix.roles & {"past", "prep"}:
        return None
    year = published.year - 1 if "strict" in prefix.roles else published.year
    first, last = _YEAR_PARTS[prefix.part]
    return (dt.date(year, first, 1), _month_part(year, last, None)[1]), MONTH


_PERIOD_RESOLVERS: dict[str, Callable[[_Prefix, dt.date], _Resolved]] = {
    "week": _week,
    "month": _month_word,
    "weekend": _weekend_word,
    "prevweek": _previous_week,
    "weekstart": _week_start,
    "prevmonth": _previous_month_word,
    "year": _year_word,
}

# --- today, yesterday, … ago ----------------------------------------------------------


def _day_word(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`heute`, `gestern Abend`, `am heutigen Tag`, `yesterday`, `last night`."""
    start, end = match.span()
    if not _word_start(sentence, start):
        return None
    if sentence[max(0, start - 7):start].rstrip().endswith(("USA", "Russia")):
        return None  # USA Today, Russia Today
    adjective = match.groupdict().get("a")
    word = " ".join((match["w"] or adjective or "").lower().split())
    if adjective:
        start = _prefix(sentence, start).start  # am heutigen Tag
    if published is None:
        return start, end, None
    back = DAY_WORDS_DE.get(word, DAY_WORDS_EN.get(word, 0))
    return _day_hit(sentence, (start, end), published - dt.timedelta(days=back), True)


def _ago(match: re.Match[str], sentence: str, published: dt.date | None) -> _Hit | None:
    """`vor zwei Tagen`, `vor einer Woche`, `three weeks ago`, `a month ago`."""
    span = match.span()
    if not _word_start(sentence, span[0]):
        return None
    if published is None:
        return span[0], span[1], None
    count_text = " ".join(match["n"].lower().split())
    unit = match["unit"].lower()[0]  # t/d: day, w: week, m: month
    if count_text in VAGUE_COUNTS:
        return _vague_ago(sentence, span, unit, published)
    count = int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text, 1)
    if unit in "td" or (unit == "w" and count == 1):
        days = count if unit in "td" else 7
        return _day_hit(sentence, span, published - dt.timedelta(days=days), True)
    if unit == "w":
        point, half, precision = published - dt.timedelta(days=7 * count), 3, WEEK
    else:
        point, half, precision = _months_back(published, count), 15, MONTH
    lo, hi = point - dt.timedelta(days=half), min(point + dt.timedelta(days=half), published)
    expr = DateExpr(*span, sentence[span[0]:span[1]], point, lo, hi, precision, True)
    return span[0], span[1], expr


def _vague_ago(sentence: str, span: tuple[int, int], unit: str, published: dt.date) -> _Hit:
    """`vor wenigen Tagen`, `a few weeks ago`; a few months ago is too vague to use."""
    if unit == "m":
        return span[0], span[1], None
    nearest, farthest, precision = (2, 6, WEEK) if unit in "td" else (10, 35, MONTH)
    period = (published - dt.timedelta(days=farthest), published - dt.timedelta(days=nearest))
    return _period_hit(sentence, span, period, precision, True, published)


# --- dispatch: head words to patterns -------------------------------------------------


def _at(pattern: re.Pattern[str]) -> _Finder:
    """Match `pattern` exactly at the head."""
    return lambda sentence, start: pattern.match(sentence, start)


def _ending_at(pattern: re.Pattern[str], back: int, head_group: str, cue: str,
               reach: int = 12) -> _Finder:
    """Search `pattern` from `back` characters before the head to `reach` after its start;
    its `head_group` is the head.

    The pattern is only tried when `cue` occurs in the characters before the head.
    """

    def find(sentence: str, start: int) -> re.Match[str] | None:
        lo = max(0, start - back)
        if sentence.find(cue, lo, start) < 0:
            return None
        for found in pattern.finditer(sentence, lo, start + reach):
            if found.start(head_group) == start:
                return found
        return None

    return find


_Rules = tuple[tuple[_Finder, _Handler], ...]


@dataclass(frozen=True)
class _Group:
    """Head words scanned for only when one of the cue strings occurs in the sentence."""

    cues: tuple[str, ...]  # case-sensitive substrings; () for always
    heads: re.Pattern[str]
    rules: dict[str, _Rules]  # head, lower-case with single spaces -> (finder, handler)


# heads always written capitalised; the others also lower-case
_CAPITALISED_HEADS = frozenset({
    *WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS, "wochenende", "wochenbeginn", "wochenanfang",
    "woche", "monat", "vorwoche",
    "vormonat", "tag", "jahres", "jahrs", "frühjahr", "frühling", "sommer", "herbst",
    *HOLIDAYS, *_FEAST_HEADS_DE, *_FEAST_HEADS_EN,
})


def _head_words(rules: dict[str, _Rules]) -> list[str]:
    """The head words of `rules` as written: capitalised, and lower-case too unless always
    capitalised."""
    return [*_capitalised(rules), *(head for head in rules if head not in _CAPITALISED_HEADS)]


def _group(cues: tuple[str, ...], rules: dict[str, _Rules]) -> _Group:
    return _Group(cues, re.compile(trie_pattern(_head_words(rules))), rules)


_AGO_DE_RULE = (_ending_at(_AGO_DE, 45, "unit", "or "), _ago)
_PERIOD_RULE = (_at(_PERIOD), _period_noun)
_HOLIDAY_RULE = (_ending_at(_HOLIDAY, 40, "h", " ", reach=20), _holiday)
_FEAST_RULE = (_ending_at(_FEAST, 12, "h", "", reach=24), _feast)
_WEEK_OF_MONTH_RULE = (_ending_at(_WEEK_OF_MONTH, 16, "n", "", reach=30), _week_of_month)
# Capitalised heads: scanned for in every sentence (a scan for capitals is cheap).
_CAPITALISED_RULES: dict[str, dict[str, _Rules]] = {
    "any": dict.fromkeys([*MONTHS, *MONTH_ABBREVIATIONS],
                         ((_at(_MONTH_FIRST), _named_date), (_at(_MONTH_NAME), _month_name))),
    "de": {
        **dict.fromkeys(WEEKDAYS_DE, ((_at(_WEEKDAY_DE), _weekday),)),
        **dict.fromkeys(("wochenende", "wochenbeginn", "wochenanfang", "vorwoche", "vormonat",
                         "jahres", "jahrs"),
                        (_PERIOD_RULE,)),
        **dict.fromkeys(("frühjahr", "frühling", "sommer", "herbst", "winter"),
                        ((_at(_SEASON), _season),)),
        **dict.fromkeys(("woche", "monat"), (_PERIOD_RULE, _AGO_DE_RULE)),
        "tag": (_AGO_DE_RULE,),
        **dict.fromkeys(("weihnachten", "weihnachtstagen", "heiligabend", "silvester",
                         "neujahrstag", "neujahr", "dreikönigstag", "allerheiligen"),
                        (_HOLIDAY_RULE,)),
        **dict.fromkeys(_FEAST_HEADS_DE, (_FEAST_RULE,)),
    },
    "en": {**dict.fromkeys(WEEKDAYS_EN, ((_at(_WEEKDAY_EN), _weekday),)),
           "christmas": (_HOLIDAY_RULE,), "epiphany": (_HOLIDAY_RULE,),
           "boxing": (_HOLIDAY_RULE,), "new": (_HOLIDAY_RULE,),
           **dict.fromkeys(_FEAST_HEADS_EN, (_FEAST_RULE,))},
}
# Heads also written in lower case: scanned for only after a cheap substring test.
_CUED_GROUPS: dict[str, tuple[_Group, ...]] = {
    "de": (
        _group(("woche",), dict.fromkeys(("ersten", "zweiten", "dritten", "vierten", "letzten"),
                                         (_WEEK_OF_MONTH_RULE,))),
        _group(("heut", "Heut", "gestern", "Gestern", "gestrig", "Gestrig", "Vortag"),
               dict.fromkeys(DAY_WORDS_DE, ((_at(_DAY_WORD_DE), _day_word),))),
    ),
    "en": (
        _group(("eek", "onth", "ear"),
               dict.fromkeys(("weekend", "week", "month", "year"), (_PERIOD_RULE,))),
        _group(("oday", "onight", "esterday", "ast night", "his morning", "his afternoon",
                "his evening"),
               dict.fromkeys(DAY_WORDS_EN, ((_at(_DAY_WORD_EN), _day_word),))),
        _group(("ago",), {"ago": ((_ending_at(_AGO_EN, 40, "ago", " "), _ago),)}),
        _group(("week of",), dict.fromkeys(("first", "second", "third", "fourth", "last",
                                            "final"), (_WEEK_OF_MONTH_RULE,))),
        _group(("pring", "ummer", "utumn", "inter"),
               dict.fromkeys(("spring", "summer", "autumn", "winter"),
                             ((_at(_SEASON), _season),))),
    ),
}


def _groups(*langs: str) -> tuple[_Group, ...]:
    capitalised = {**_CAPITALISED_RULES["any"]}
    for lang in langs:
        capitalised.update(_CAPITALISED_RULES[lang])
    return (_group((), capitalised), *(g for lang in langs for g in _CUED_GROUPS[lang]))


# lang -> groups; "" for any other language: both
_GROUPS: dict[str, tuple[_Group, ...]] = {
    "de": _groups("de"),
    "en": _groups("en"),
    "": _groups("de", "en"),
}
# lang -> every head word of its groups in one alternation (a cheap first test)
_ANY_HEAD: dict[str, re.Pattern[str]] = {
    lang: re.compile(trie_pattern([word for g in groups for word in _head_words(g.rules)]))
    for lang, groups in _GROUPS.items()
}
_SLASHED = re.compile(r"(?P<a>[0-9][0-9]?)/(?P<b>[0-9][0-9]?)/(?P<y>(?:19|20)\d\d)(?!\d)")
# a day of the month with no month (`on the 19th`, `am 19. hatte`): the publication month's,
# or the month before's when that day is still to come
_DAY_ALONE = re.compile(r"(?P<d>[0-9][0-9]?)(?:(?:st|nd|rd|th)(?=\s*(?:[,;:)–—-]|\.(?!\d)|\Z|"
                        r"(?:that|and|but|when|at|in|to|of\s+this\s+month)\b))"
                        r"|\.(?=\s+[a-zäöü]))")  # (a month or a noun after it is no day alone)
_DAY_ALONE_BEFORE = re.compile(r"(?i)(?:\bon\s+the|\bam)\s+\Z")
_DIGIT_RULES = ((_DAY_FIRST, _named_date), (_NUMERIC, _numeric_date), (_ISO, _numeric_date),
                (_SLASHED, _slashed_date), (_DAY_ALONE, _day_alone))

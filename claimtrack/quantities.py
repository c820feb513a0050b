"""Find the numeric expressions of German and English news text: figures, ranges, hedges, kinds.

Reading rules (documented choices):

* Digits: a separator followed by exactly three digits is a thousands separator
  (`1.500`, `1,500`, `10'000`, `10 000` with space/NBSP/thin spaces), in either
  language, so German `3,000` in translated text is 3000 and English `1.500` is
  1500. Exceptions: the language's decimal mark before a scale word is a decimal
  (`1,500 Millionen` de and `1.500 million` en are 1.5 million), and a `0` integer
  part is a decimal (`0,500`). Otherwise `,`/`.` is a decimal mark (`1,5`, `2.5`).
* Number words: words >= 2 are emitted as counts (`zwei`, `zehntausend`,
  `twenty-five`, `fifteen hundred`); `ein`/`eine`/`one`/`a` only before a scale
  word (`eine Million`, `a thousand`), so `ein paar` or `one of` are not figures.
* Hedges: a hedge counts only directly before the figure (`über 3.000` is
  at_least, `über die 3.000` is exact). `knapp`, `fast`, `nearly`, `almost` are
  approx; `gut` ("a good 3,000") is at_least; a lone `bis` is at_most except
  before a year. After the figure: `oder mehr`, `or more`, `+`, `plus`
  (at_least), `or so` (approx), `or fewer` (at_most); symbols `~ ≈ > <` too.
* Ranges: `X bis/to/-/– Y`, `X oder/or Y` (`8000 oder 9000`, `ten or fifteen thousand`),
  and `zwischen/between X und/and Y`; the low end
  takes the high end's scale when it has none (`zehn- bis zwölftausend`,
  `1,5 bis 2 Millionen`, `ten to twelve thousand`); low must be below high.
* Kinds: `count` (default), `year`, `date`, `time`, `percent`, `money`,
  `ordinal`, `measure` (units, durations, `-jährig`, ages like `Kim (40)`),
  `score` (`2:1`). Ids, urls, handles, hashtags, fractions (`24/7`), numbers glued
  to letters (`G7`, `F-16`, `FR171758`; `10k`, `3rd`, `1990s` are read) and
  numbers after `Nr.`/`No.`/`§`/`page` are skipped.
* Years: a plain 4-digit number 1800-2100 is a year unless a hedge precedes it
  or it is round (multiple of 50) and a noun follows (`2000 Soldaten`); after a
  year cue (`im Jahr`, `seit`, `Anfang`, a month, `since`, `in early`...) it is a
  year from 1000 on.
* Spans: `start:end` covers hedges before and after (`rund`, `mehr als`,
  `oder mehr`, `+`), `zwischen`/`between`/`von`/`from` of ranges, currency
  symbols and `%`; unit words are left out. `num_start:num_end` covers the
  figure itself (both ends of a range and their scale words).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from claimtrack.number_words import (
    DE_WORD_PATTERN,
    EN_WORD_PATTERN,
    alternation,
    english_phrase_value,
    german_word_value,
)
from claimtrack.substrings import occurrences
from claimtrack.word_trie import nested_alternation

KINDS = ("count", "year", "date", "time", "percent", "money", "ordinal", "measure", "score")
_HEDGED_KINDS = frozenset({"count", "percent", "money", "measure"})
MAX_DIGITS = 15  # longer digit strings are ids, not figures


class Quantity(NamedTuple):
    """One numeric expression; offsets index the text given to `find_quantities`.

    `value`/`low`/`high` follow docs/claims-spec.md; dates, times and scores have
    no value, years, ordinals, measures, percentages and money have the number.
    The counted noun, if any, follows `end`.
    """

    start: int
    end: int
    text: str
    num_start: int
    num_end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact | approx | at_least | at_most | range | vague
    kind: str  # one of KINDS


class _Num(NamedTuple):
    """One number read at a position: digits or words, with a scale word if any."""

    start: int
    end: int  # after the scale word
    value: float
    scale: float  # multiplier of the trailing scale word (1 without)
    plain: bool  # bare digits, no separators or decimals (a year candidate)
    word: bool
    glued: str  # letters glued to the digits ("k", "th", "er"), lower-cased


class _Figure(NamedTuple):
    """A figure being read: its number(s), span so far, kind and the words before it."""

    first: _Num
    last: _Num  # `first` unless a range
    is_range: bool
    start: int
    end: int
    kind: str
    words: list[tuple[str, int]]


# ---------------------------------------------------------------- patterns

_NOT_GLUED = r"(?<![\w/])(?<!\d[.,'’])(?<![^\W\d_]-)"
_D = "[0-9]"
_DIGITS = (
    rf"{_D}{{1,3}}(?P<sep>[.,'’\u00a0\u202f\u2009 ]){_D}{{3}}(?:(?P=sep){_D}{{3}})*(?!{_D})"
    rf"(?:[.,]{_D}+)?|{_D}+(?:[.,]{_D}+)?"
)
_DIGITS_FULL = re.compile(
    rf"(?P<int>{_D}{{1,3}}(?P<sep>[.,'’\u00a0\u202f\u2009 ]){_D}{{3}}(?:(?P=sep){_D}{{3}})*)"
    rf"(?:(?P<dsep>[.,])(?P<frac>{_D}+))?|(?P<int2>{_D}+)(?:[.,](?P<frac2>{_D}+))?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_NUMERIC_DATE_COMMON = r"\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?!\d)"
_NUMERIC_DATE = {
    "de": rf"{_DAY}\.{_MONTH_NUM}\.(?:\d{{4}}|\d{{2}})?(?!\d)|{_NUMERIC_DATE_COMMON}",
    "en": rf"{_DAY}\.{_MONTH_NUM}\.\d{{4}}(?!\d)|{_NUMERIC_DATE_COMMON}",
}
_CLOCK = r"\d{1,2}:\d{1,2}(?::\d{2})?(?![\d:])"

_VAGUE = {
    "de": (
        r"(?:mehrere[nr]?|einige[nr]?|etliche[nr]?|wenige[nr]?|viele[nr]?|ein\s++paar)\s++"
        r"(?:(?:zehn|hundert)?tausend|hundert|dutzend|millionen|milliarden)(?:en?)?"
        r"|(?:aber|zehn|zig|hundert)?tausende[nr]?|(?:aber|zig)tausend|(?:aber)?hunderte[nr]?"
        r"|dutzende[n]?|eine[rn]?\s++handvoll"
        r"|millionen|milliarden"
    ),
    "en": (
        r"(?:tens|hundreds)\s++of\s++(?:thousands|millions)"
        r"|(?:several|a\s++few|a\s++couple\s++of|few|many)\s++(?:hundred|thousand|million|dozen)s?"
        r"|thousands|hundreds|dozens|millions|billions|a\s++handful"
    ),
}
_WORDS = {"de": DE_WORD_PATTERN, "en": EN_WORD_PATTERN}

_SCALES = {
    "de": {
        "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6,
        "mio.": 1e6, "mio": 1e6,
        "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billion": 1e12,
        "billionen": 1e12, "dutzend": 12,
    },
    "en": {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
           "mn": 1e6},
}
_GLUED_SCALES = {"k": 1e3, "bn": 1e9, "mn": 1e6, "mio": 1e6, "mrd": 1e9}

_MONTH_NAMES = {
    "de": ("Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober"
           "|November|Dezember"),
    "en": ("January|February|March|April|May|June|July|August|September|October|November"
           "|December"),
}
_MONTH_ABBREVIATIONS = {
    "de": "Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez",
    "en": "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec",
}
_MONTHS = {lang: f"{_MONTH_NAMES[lang]}|{_MONTH_ABBREVIATIONS[lang]}" for lang in _MONTH_NAMES}
# Month words that can precede a day (`October 28`), in either language (quoted tweets).
_MONTH_WORDS = frozenset(
    w for months in _MONTHS.values() for m in months.split("|") for w in (m, m + ".")
)
_SP = r"[ \u00a0\u202f\u2009]"

_CURRENCY_WORDS = (
    r"Euro|EUR|Dollar|US-Dollar|USD|Franken|CHF|Rubel|Pfund|Yen|Yuan|Won|Cent|Rappen"
    r"|(?i:dollars?|euros?|roubles?|rubles?|pounds?|francs?|cents?|yuan|yen)"
)
_CURRENCY_SIGNS = "€$£¥₩"
_CURRENCY_BEFORE = re.compile(r"(?:[A-Z]{1,3})?[€$£¥₩][ \u00a0]?\Z")
_CURRENCY_CODES = frozenset({"usd", "eur", "chf", "gbp", "jpy", "cny", "rub", "krw", "us$",
                             "fr.", "sfr.", "fr", "sfr"})  # Swiss francs: `Fr. 180.-`

# Unit words (case-insensitive), one alternative each; `_UNITS` nests them by first letter.
_UNIT_WORDS = (
    r"kilomet(?:er|re)n?s?", r"met(?:er|re)n?s?", "zentimeter", r"centimet(?:er|re)s?",
    r"millimet(?:er|re)s?", r"quadratkilometer\w*",
    r"square\s++(?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?)",
    "seemeilen", "meilen", "miles?", "hektar", "hectares?", "acres?", "tonnen?", "tonnes?", "tons?",
    "kilogramm", "kilograms?", "kilos?", "gramm", "grams?", "liter[ns]?", "litres?", "gallons?",
    "barrels?", "sekunden?", "seconds?", "minuten?", "minutes?", "stunden?", "hours?", "tagen?",
    "tag", "days?", "wochen?", "weeks?", "monaten?", "monate", "monat", "months?", "jahren?",
    "jahre", "jahr", "years?", "jahrzehnten?", "jahrzehnte", "decades?", "jahrhunderten?",
    "jahrhunderte", r"centur(?:y|ies)", "grad", "degrees?", "feet", "foot", r"inch(?:es)?",
    "yards?", "knoten", "knots?", "mph", "kalorien", "calories",
)


_UNITS = (
    rf"(?i:{nested_alternation(list(_UNIT_WORDS))})"
    r"|km²|km/h|km|qkm|cm|mm|kg|ha|mi|min|Std\.|m|t|h|°C|°F|°|MW|kW|GW|kWh|PS"
)
_GLUED_UNITS = frozenset({"km", "m", "cm", "mm", "kg", "t", "h", "ha", "mi", "min", "s", "ms",
                          "qkm", "mw", "kw", "gw", "kwh", "ps", "mph"})
_HYPHEN_UNITS = {
    "measure": ("minüt", "minut", "stünd", "stund", "tägig", "tag", "wöchig", "woch", "monatig",
                "monat", "jährig", "jahr", "kilomet", "km", "meter", "tonn", "grad", "sekund",
                "fach", "year", "month", "week", "day", "hour", "minute", "second", "mile",
                "metre", "foot", "feet", "ton", "fold", "degree", "inch", "yard", "decade"),
    "percent": ("prozent", "percent"),
    "time": ("uhr",),
}
_TIME_AFTER = {
    "de": re.compile(r"\s*+Uhr(?!\w)"),
    "en": re.compile(r"\s*+(?:[ap]\.m\.|(?i:[ap]m)(?!\w)|o'clock|Uhr(?!\w))"),
}
_HEDGE_AFTER = {
    "de": re.compile(
        r"(?P<plus>\+)|\s++(?:(?P<least>(?:oder|und)\s++(?:mehr|darüber))"
        r"|(?P<most>oder\s++weniger))(?!\w)"
    ),
    "en": re.compile(
        r"(?P<plus>\+|-plus\b)|(?P<odd>-odd\b)"
        r"|\s++(?:(?P<least>or\s++more|and\s++more|and\s++above|or\s++above"
        r"|plus(?!\s*+\d))"
        r"|(?P<most>or\s++(?:fewer|less))|(?P<approx>or\s++so|or\s++thereabouts))(?!\w)"
    ),
}
_CONNECTOR = {
    "de": re.compile(
        r"(?:[ \u00a0]*+-)?\s*+(?:(?P<word>(?i:bis|und|oder))\s++|(?P<dash>[-–—])\s*+)"),
    "en": re.compile(
        r"(?:[ \u00a0]*+-)?\s*+(?:(?P<word>(?i:to|and|through|or))\s++|(?P<dash>[-–—])\s*+)"),
}
_AND = frozenset({"und", "and"})
_OPEN_PUNCT = "([{„“”\"'‚‘’«»‹›-–—"
_FRACTION = re.compile(r"/[0-9]+")  # 24/7, 2024/25, 1/3: not figures
_NAME_BEFORE = re.compile(r"([^\W\d_]+)\s*+\Z")
_NEXT_WORD = re.compile(r"[ \u00a0]++([^\W\d_]+)")
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|at|ch|uk|ru|kr|gov|int|io|co)/\S*",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w&])[@#]\w+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HEDGES = {
    "de": {
        "approx": ("rund", "rd.", "etwa", "ca.", "ca", "circa", "zirka", "ungefähr", "knapp",
                   "fast",
                   "beinahe", "annähernd", "schätzungsweise", "geschätzt", "geschätzte",
                   "geschätzten", "nahezu", "in etwa", "an die", "um die", "grob", "gegen"),
        "at_least": ("mehr als", "über", "mindestens", "wenigstens", "zumindest", "weit über",
                     "ab", "weit mehr als", "deutlich mehr als", "etwas mehr als",
                     "knapp über", "deutlich über", "nicht weniger als", "mehr denn",
                     "gut über", "höher als", "gut", "gute", "guten"),
        "at_most": ("bis zu", "höchstens", "maximal", "weniger als", "unter", "knapp unter",
                    "nicht mehr als", "bis", "deutlich weniger als", "weit unter",
                    "deutlich unter", "niedriger als"),
    },
    "en": {
        "approx": ("about", "around", "some", "roughly", "approximately", "approx.", "nearly",
                   "near", "almost", "an estimated", "estimated", "close to", "circa", "ca.",
                   "in the region of", "just about", "more or less", "an approximate",
                   "closer to", "nearer", "nearer to", "something like", "in the order of",
                   "on the order of", "perhaps", "maybe"),
        "at_least": ("more than", "over", "at least", "upwards of", "upward of", "north of",
                     "a good",
                     "in excess of", "well over", "just over", "well above", "above",
                     "no fewer than", "no less than",
                     "not less than", "a minimum of", "at minimum", "well more than",
                     "many more than", "far more than", "slightly more than", "top", "tops",
                     "topped", "passed", "past", "exceed", "exceeds", "exceeded", "crosses",
                     "crossed", "surpassed", "surpasses", "higher than", "greater than",
                     "larger than", "well north of"),
        "at_most": ("up to", "as many as", "at most", "fewer than", "less than", "no more than",
                    "south of",
                    "not more than", "under", "below", "just under", "a maximum of",
                    "as much as", "not even", "well under", "slightly less than",
                    "lower than", "smaller than"),
    },
}
_SYMBOL_HEDGES = {"~": "approx", "≈": "approx", ">": "at_least", "≥": "at_least",
                  "<": "at_most", "≤": "at_most"}
_WEAK_HEDGES = frozenset({"bis", "ab"})  # also year prepositions (bis 2025, ab 2025)
_STRONG_YEAR_CUES = {
    "de": frozenset("im jahr jahre jahres jahrs seit anfang ende mitte frühjahr frühling sommer "
                    "herbst winter stand".split() + [m.lower() for m in _MONTHS["de"].split("|")]),
    "en": frozenset("in since until till year early late mid spring summer autumn fall winter"
                    .split() + [m.lower() for m in _MONTHS["en"].split("|")]),
}
_ID_CUES = frozenset(
    "nr. no. nummer number seite page p. s. kapitel chapter artikel art. article § paragraf "
    "paragraph absatz abs. resolution ziffer flug flight band vol. tel. telefon az. version "
    "gleis route linie line kanal channel zimmer room #".split()
)
_DAY_ARTICLES = frozenset("am vom zum dem den der die das des beim".split())
# Words that start German sentences: a number before them and a period ends a sentence.
_DE_SENTENCE_STARTERS = frozenset(
    "der die das den dem des ein eine er sie es wir ich ihr man dies diese dieser dieses "
    "in im am an auf aus bei mit nach seit von vor zu zum zur laut nun auch aber und doch "
    "dabei damit danach dann daher darüber dort zudem zuvor so wie wenn als ob weil jedoch "
    "allerdings außerdem bereits unter über mehr nicht kein keine insgesamt demnach "
    "the a an".split()
)
_DE_NOT_NOUNS = _DE_SENTENCE_STARTERS | frozenset(
    m.lower() for m in _MONTHS["de"].split("|")
)
_EN_NOT_NOUNS = frozenset(
    "the a an and or but was is were are be been has had have will would when as to in on at "
    "by for with after before of that which saw brought marked began ended it its this under "
    "during from into over through against among since until while amid across".split()
)


@dataclass(frozen=True)
class _Lang:
    """Everything compiled for one language."""

    code: str
    digit_at: re.Pattern[str]  # anchored at a digit that can start a number
    word_at: re.Pattern[str]  # anchored at a word start
    number_at: re.Pattern[str]  # digits or number words (upper end of a range)
    scale: re.Pattern[str]
    scales: dict[str, float]
    day_month: re.Pattern[str]
    month_day_tail: re.Pattern[str]
    months: frozenset[str]  # month words before a day
    hedges: dict[str, str]
    hedge_ends: frozenset[str]  # last words of the hedges (a cheap first test)
    after: re.Pattern[str]
    hedge_after: re.Pattern[str]
    connector: re.Pattern[str]
    word_stems: tuple[str, ...]  # a number word or vague word starts with one of these ...
    scale_words: tuple[str, ...]  # ... or with one of these scale stems (`tausend`)
    other_scales: tuple[str, ...]  # scale stems inside words (`zig`, `halb`)
    prefix_stems: tuple[str, ...]  # `ein`, `mehrere`, `a`, `several`: only with a scale stem


# Word-initial stems of number words and vague words (lower case).
_STEMS = {
    "de": ("zwei", "zwo", "zwan", "drei", "vier", "fünf", "fuenf", "sech", "sieb", "acht",
           "neun", "zehn", "elf", "zwölf", "zwoelf", "hundert", "tausend", "anderthalb",
           "dutzend", "million", "milliard", "billion", "abertausend", "zigtausend", "handvoll"),
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty",
           "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
           "trillion", "dozen", "handful"),
}
_SCALE_STEMS = {
    "de": ("hundert", "tausend", "dutzend", "million", "milliard", "billion", "mio", "mrd",
           "zig", "ßig", "ssig", "halb", "handvoll"),
    "en": ("hundred", "thousand", "million", "billion", "trillion", "dozen", "handful"),
}
_PREFIX_STEMS = {
    "de": ("ein", "halbe", "mehrere", "einige", "etliche", "wenige", "viele"),
    "en": ("a ", "a\u00a0", "an ", "half", "several", "few", "many", "couple", "tens"),
}
_LONGEST_PREFIX_STEM = max(len(stem) for stems in _PREFIX_STEMS.values() for stem in stems)
_DIGIT_CANDIDATE = re.compile(r"[0-9](?<![\w/][0-9])(?<![0-9][.,'’][0-9])(?<![^\W\d_]-[0-9])")
_ANY_DIGIT = re.compile(r"[0-9]")
_DIGIT_CHARS = "0123456789"
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


def _after_pattern(lang: str) -> re.Pattern[str]:
    """What follows a figure and decides its kind: clock word, %, currency, unit, -compound."""
    return re.compile(
        rf"(?P<time>{_TIME_AFTER[lang].pattern})"
        r"|(?P<pctsym>\s?[%‰])"
        r"|(?P<pct>\s*+(?i:prozent\w*|v\.\s?H\.|per\s?cent\w*|percentage\s++points?|pct\b\.?))"
        rf"|(?P<dash>,[-–])?(?:(?P<cursym>{_SP}?[€$£¥₩])|(?P<cur>\s*+(?:{_CURRENCY_WORDS})(?!\w)))"
        r"|(?P<dashonly>[,.][-–])(?!\d)"  # `25,-`, Swiss `180.-`
        rf"|(?P<unit>\s*+(?:{_UNITS})(?![\w²]))"
        r"|-(?P<hyphen>[^\W\d_]+)"
    )


def _shortest(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems that do not start with another one (`four` covers `fourteen`)."""
    return tuple(s for s in stems if not any(s != t and s.startswith(t) for t in stems))


def _hedge_table(lang: str) -> dict[str, str]:
    return {h: q for q, words in _HEDGES[lang].items() for h in words}


def _build(lang: str) -> _Lang:
    date = _NUMERIC_DATE[lang]
    word_core = rf"(?P<word>{_WORDS[lang]})(?!\w)"
    scales = _SCALES[lang]
    month = rf"(?:(?:{_MONTH_NAMES[lang]})|(?:{_MONTH_ABBREVIATIONS[lang]})\.?)(?!\w)"
    year = rf"(?:,?{_SP}++\d{{4}}(?!\d))?"
    lead = r"\." if lang == "de" else r"(?i:st|nd|rd|th)?"
    day_month = re.compile(rf"{lead}{_SP}*+(?:of{_SP}++)?{month}{year}")
    return _Lang(
        code=lang,
        digit_at=re.compile(rf"(?P<date>{date})|(?P<clock>{_CLOCK})|(?P<num>{_DIGITS})"),
        word_at=re.compile(rf"(?P<vague>{_VAGUE[lang]})(?!\w)|{word_core}", re.IGNORECASE),
        number_at=re.compile(rf"{_NOT_GLUED}(?P<num>{_DIGITS})|{word_core}", re.IGNORECASE),
        scale=re.compile(rf"{_SP}++(?i:({alternation(scales)}))(?![\w])"),
        scales=scales,
        day_month=day_month,
        month_day_tail=re.compile(
            rf"(?:[-–][0-9]{{1,2}}(?![0-9]))?(?i:st|nd|rd|th)?(?:,?{_SP}++\d{{4}}(?!\d))?"),
        months=_MONTH_WORDS,
        hedges=_hedge_table(lang),
        hedge_ends=frozenset(h.split()[-1] for h in _hedge_table(lang)),
        after=_after_pattern(lang),
        hedge_after=_HEDGE_AFTER[lang],
        connector=_CONNECTOR[lang],
        word_stems=_shortest(tuple(s for s in _STEMS[lang] if s not in _SCALE_STEMS[lang])),
        scale_words=tuple(s for s in _SCALE_STEMS[lang] if s in _STEMS[lang]),
        other_scales=tuple(s for s in _SCALE_STEMS[lang] if s not in _STEMS[lang]),
        prefix_stems=_PREFIX_STEMS[lang],
    )


_LANGS = {code: _build(code) for code in ("de", "en")}


def _lang(lang: str) -> _Lang:
    return _LANGS["en"] if lang.lower().startswith("en") else _LANGS["de"]


# ---------------------------------------------------------------- public API


def has_number(text: str, lang: str) -> bool:
    """Cheap prefilter: a digit, or a number-word stem at a word start (never False when a
    figure is)."""
    return _ANY_DIGIT.search(text) is not None or bool(_word_starts(text, _lang(lang)))


class NumberCues(NamedTuple):
    """Where figures may start in a whole text, found in one pass over it (sorted offsets),
    so that only the sentences holding a cue need `find_quantities`."""

    digits: list[int]  # every digit
    words: list[int]  # number-word stems at a word start
    scales: list[int]  # scale stems anywhere (`tausend`, `halb`, `mio`)
    lower: str  # the lower-cased text
    prefix_stems: tuple[str, ...]  # `ein`, `mehrere`, `a`, `several`: only with a scale

    def in_span(self, start: int, end: int) -> bool:
        """`has_number` of the sentence `text[start:end]`."""
        return offset_within(self.digits, start, end) or offset_within(
            self.words, start, end) or (offset_within(self.scales, start, end)
                                        and bool(self._prefixes(start, end)))

    def word_starts(self, start: int, end: int) -> list[int]:
        """`_word_starts` of the sentence `text[start:end]` (offsets into the sentence)."""
        found = _offsets_in(self.words, start, end)
        if offset_within(self.scales, start, end):
            found += self._prefixes(start, end)
        return [i - start for i in found]

    def spans_with_cues(self, starts: list[int], ends: list[int]) -> list[tuple[int, list[int]]]:
        """The spans (sorted, not overlapping: sentences) that pass `in_span`, as (index,
        `word_starts`), found by jumping from cue to cue rather than testing every span."""
        maybe_words = {*_spans_holding(self.words, starts, ends),
                       *_spans_holding(self.scales, starts, ends)}
        words = {i: found for i in maybe_words
                 if (found := self.word_starts(starts[i], ends[i]))}
        held = words.keys() | set(_spans_holding(self.digits, starts, ends))
        return [(i, words.get(i, [])) for i in sorted(held)]

    def _prefixes(self, start: int, end: int) -> list[int]:
        """Prefix stems at a word start in `[start, end)` (looked up only next to a scale)."""
        stop = min(len(self.lower), end + _LONGEST_PREFIX_STEM - 1)
        found = occurrences(self.lower, self.prefix_stems, start, stop)
        return [i for i in _at_word_start(self.lower, found) if i < end]


def number_cues(text: str, lang: str) -> NumberCues:
    """The `NumberCues` of a whole text (an article)."""
    lx, lower = _lang(lang), _lower(text)
    scale_words = occurrences(lower, lx.scale_words)
    return NumberCues(
        digits=sorted(occurrences(text, _DIGIT_CHARS)),
        words=sorted(_at_word_start(lower, occurrences(lower, lx.word_stems) + scale_words)),
        scales=sorted(scale_words + occurrences(lower, lx.other_scales)),
        lower=lower,
        prefix_stems=lx.prefix_stems,
    )


def _spans_holding(offsets: list[int], starts: list[int], ends: list[int]) -> list[int]:
    """Indices of the sorted, non-overlapping spans `[starts[i], ends[i])` that hold one of
    the sorted `offsets` (one step per span held or gap crossed, not per offset)."""
    held: list[int] = []
    k = 0
    while k < len(offsets):
        i = bisect_right(starts, offsets[k]) - 1
        if i >= 0 and offsets[k] < ends[i]:
            held.append(i)
            k = bisect_left(offsets, ends[i], k + 1)
        elif i + 1 < len(starts):
            k = bisect_left(offsets, starts[i + 1], k + 1)
        else:
            break
    return held


def offset_within(offsets: list[int], start: int, end: int) -> bool:
    """Whether the sorted `offsets` hold one in `[start, end)`."""
    k = bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end


def _offsets_in(offsets: list[int], start: int, end: int) -> list[int]:
    """The sorted `offsets` in `[start, end)`."""
    return offsets[bisect_left(offsets, start):bisect_left(offsets, end)]


def parse_number(token: str, lang: str) -> float | None:
    """One numeric token or number-word string (`1.500`, `10'000`, `zwei Millionen`) -> value."""
    lx = _lang(lang)
    token = token.strip()
    m = lx.number_at.match(token)
    if m is None:
        return _lone_one(token)
    num = _read_number(token, m, lx)
    if num is None or num.end != len(token) or (num.glued and num.glued not in _GLUED_SCALES):
        return None
    return num.value


def find_quantities(
    text: str, lang: str, word_starts: list[int] | None = None
) -> list[Quantity]:
    """All numeric expressions in `text`, sorted by start and non-overlapping.

    Zero-width characters and soft hyphens are ignored (`1\u200b500` is 1500); the
    offsets still index `text`. `word_starts` may give the text's number-word starts when
    they are known already (`NumberCues.word_starts`).
    """
    if text.isascii() or _INVISIBLE.search(text) is None:  # `isascii` costs nothing
        return _find(text, _lang(lang), word_starts)
    visible = [i for i, c in enumerate(text) if c not in _INVISIBLE_CHARS]
    found = _find("".join(text[i] for i in visible), _lang(lang))
    return [_remap(q, visible, text) for q in found]


def _remap(q: Quantity, visible: list[int], text: str) -> Quantity:
    """`q` found in the visible characters, with offsets into the full `text`."""
    start, end = visible[q.start], visible[q.end - 1] + 1
    num_start, num_end = visible[q.num_start], visible[q.num_end - 1] + 1
    return Quantity(start, end, text[start:end], num_start, num_end, q.value, q.low, q.high,
                    q.qualifier, q.kind)


def _find(text: str, lx: _Lang, word_starts: list[int] | None = None) -> list[Quantity]:
    starts = [m.start() for m in _DIGIT_CANDIDATE.finditer(text)]
    words = _word_starts(text, lx) if word_starts is None else word_starts
    if words:
        starts = sorted(set(starts + words))
    if not starts:
        return []
    skips = _id_spans(text) + _phone_spans(text, starts)
    out: list[Quantity] = []
    limit = 0
    for pos in starts:
        if pos < limit or (skips and _inside(pos, skips)):
            continue
        pattern = lx.digit_at if "0" <= text[pos] <= "9" else lx.word_at
        m = pattern.match(text, pos)
        if m is None:
            continue
        q, consumed = _read(text, m, lx, limit)
        limit = max(limit, consumed)
        if q is not None:
            out.append(q)
    return out


def _word_starts(text: str, lx: _Lang) -> list[int]:
    """Offsets where a number word or vague word may start (a stem at a word start)."""
    lower = _lower(text)
    scale_words = occurrences(lower, lx.scale_words)
    found = _at_word_start(lower, occurrences(lower, lx.word_stems) + scale_words)
    if scale_words or any(stem in lower for stem in lx.other_scales):
        found += _at_word_start(lower, occurrences(lower, lx.prefix_stems))
    return found


def _at_word_start(lower: str, offsets: list[int]) -> list[int]:
    """The offsets at a word start (not after a letter, digit, `_` or `-`)."""
    return [i for i in offsets if i == 0 or not (lower[i - 1].isalnum() or lower[i - 1] in "-_")]


def _lower(text: str) -> str:
    """Lower-cased text with the same length (so offsets stay valid)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# ---------------------------------------------------------------- reading one match


def _read(text: str, m: re.Match[str], lx: _Lang, floor: int) -> tuple[Quantity | None, int]:
    """The quantity starting at match `m` (or None to skip it), and where reading stopped."""
    group = m.lastgroup
    if group == "date":
        return _simple(text, m.start(), m.end(), None, "date"), m.end()
    if group == "clock":
        q = _clock(text, m, lx)
        return q, q.end
    if group == "vague":
        return _vague(text, m, lx), m.end()
    num = _read_number(text, m, lx)
    if num is None:
        return None, m.end()
    return _read_figure(text, num, lx, floor)


def _read_figure(text: str, num: _Num, lx: _Lang, floor: int) -> tuple[Quantity | None, int]:
    """A figure read from number `num`: kind, range, span and qualifier."""
    words = _words_before(text, num.start)
    special = _special_kind(text, num, lx, words)
    if special is not None:
        return special
    second = _range_end(text, num, lx, words)
    if second is None and num.word and num.value < 2 and num.scale == 1:
        return None, num.end  # `one`, `eins` alone are not figures
    fig = _extent(text, num, second, words, lx)
    if _is_id(text, fig.start, fig.words) and not _number_as_verb(text, fig):
        return None, fig.end
    return _classified(text, fig, lx, floor)


def _extent(text: str, num: _Num, second: _Num | None, words: list[tuple[str, int]],
            lx: _Lang) -> _Figure:
    """Span and kind: range opener, unit or currency after, currency sign before."""
    first = num if second is None else _with_shared_scale(num, second)
    last = second or num
    start = first.start
    if second is not None and _opens_range(words):
        start, words = _word_start(words[-1]), words[:-1]
    kind, end = _kind_after(text, last.end, lx)
    if kind == "count":
        money_start = _currency_before(text, start, words)
        if money_start is not None:
            kind, start, words = "money", money_start, _words_before(text, money_start)
    return _Figure(first, last, second is not None, start, end, kind, words)


def _classified(text: str, fig: _Figure, lx: _Lang, floor: int) -> tuple[Quantity, int]:
    """The Quantity of a figure: time, year, or a hedged figure."""
    if fig.kind == "time":
        return _simple(text, fig.start, fig.end, None, "time"), fig.end
    if fig.kind == "count" and _is_age(text, fig, lx):
        return _simple(text, fig.start, fig.first.end, fig.first.value, "measure"), fig.end
    hedge = _hedge_before(fig.words, lx)
    if fig.kind == "count" and _looks_like_year(text, fig, hedge, lx):
        return _year(text, fig.first, fig.last), fig.last.end
    qualifier, start, end = _hedges(text, fig, hedge, lx, floor)
    q = _quantity(text, start, end, fig.first.start, fig.last.end, qualifier, fig.first.value,
                  fig.last.value, fig.kind)
    return q, end


def _quantity(text: str, start: int, end: int, num_start: int, num_end: int, qualifier: str,
              low: float | None, high: float | None, kind: str) -> Quantity:
    """Build a Quantity, deriving `value`/`low`/`high` from the qualifier (see the spec)."""
    if qualifier == "vague":
        value = low = high = None
    elif qualifier == "range":
        value, low = None, _shared_magnitude(low, high)
    elif qualifier == "at_least":
        value, high = low, None
    elif qualifier == "at_most":
        value, low = high, None
    else:
        value = low
    return Quantity(start, end, text[start:end], num_start, num_end, value, low, high,
                    qualifier, kind)


def _shared_magnitude(low: float | None, high: float | None) -> float | None:
    """`10-12,000`: a small low bound takes the high bound's thousands (10,000)."""
    if low is None or high is None or not (0 < low < 1000 <= high) or high % 1000:
        return low
    scaled = low * 1000
    return scaled if high / 10 < scaled <= high else low


def _simple(text: str, start: int, end: int, value: float | None, kind: str) -> Quantity:
    return Quantity(start, end, text[start:end], start, end, value, value, value, "exact", kind)


def _vague(text: str, m: re.Match[str], lx: _Lang) -> Quantity:
    """`Tausende`, `mehrere tausend`, `tens of thousands` (money when a currency follows)."""
    kind, _ = _kind_after(text, m.end(), lx)
    kind = kind if kind in ("money", "percent", "measure") else "count"
    return _quantity(text, m.start(), m.end(), m.start(), m.end(), "vague", None, None, kind)


def _clock(text: str, m: re.Match[str], lx: _Lang) -> Quantity:
    """`13:58 (Uhr)` is a time; `3:1` is a score."""
    hours, minutes = m.group().split(":")[:2]
    if len(minutes) != 2 or int(hours) > 24 or int(minutes) > 59:
        return _simple(text, m.start(), m.end(), None, "score")
    suffix = _TIME_AFTER[lx.code].match(text, m.end())
    return _simple(text, m.start(), suffix.end() if suffix else m.end(), None, "time")


def _year(text: str, first: _Num, last: _Num) -> Quantity:
    if first is last:
        return _simple(text, first.start, first.end, first.value, "year")
    return Quantity(first.start, last.end, text[first.start:last.end], first.start, last.end,
                    None, first.value, last.value, "range", "year")


# ---------------------------------------------------------------- numbers


def _read_number(text: str, m: re.Match[str], lx: _Lang) -> _Num | None:
    """The number of match `m` (group `num` or `word`), with a following scale word."""
    if m.lastgroup == "num":
        return _read_digits(text, m.start("num"), m.end("num"), lx)
    return _read_words(text, m.start("word"), m.end("word"), lx)


def _read_digits(text: str, start: int, end: int, lx: _Lang) -> _Num | None:
    token = text[start:end]
    glued = _glued_letters(text, end)
    scale_m = None if glued else lx.scale.match(text, end)
    factor = lx.scales[scale_m.group(1).lower()] if scale_m else _GLUED_SCALES.get(glued, 1)
    if glued == "m" and _currency_before(text, start, []) is not None:
        factor = 1e6
    value = digits_value(token, lx.code, scaled=factor != 1)
    if value is None:
        return None
    stop = scale_m.end() if scale_m else end + (len(glued) if factor != 1 else 0)
    return _Num(start, stop, value * factor, factor, token.isdigit(), False, glued)


def _glued_letters(text: str, end: int) -> str:
    """Letters glued to the end of a digit run, lower-cased ('' when none)."""
    stop = end
    while stop < len(text) and stop - end < 8 and (text[stop].isalpha() or text[stop] == "²"):
        stop += 1
    return text[end:stop].lower()


def digits_value(token: str, lang: str, scaled: bool = False) -> float | None:
    """The value of a digit token by the separator rules in the module docstring."""
    if token.isascii() and token.isdigit():  # plain digits (the common case): no regex
        return _plain_value(token)
    m = _DIGITS_FULL.fullmatch(token)
    if m is None:
        return None
    if m.group("int2") is not None:
        whole, frac = m.group("int2"), m.group("frac2")
        if frac is None:
            return _plain_value(whole)
        return None if len(whole) > MAX_DIGITS else float(f"{whole}.{frac}")
    whole, sep, dsep, frac = m.group("int", "sep", "dsep", "frac")
    digits = whole.replace(sep, "")
    if dsep == sep or len(digits) > MAX_DIGITS:
        return None
    decimal_mark = "," if lang == "de" else "."
    single = whole.count(sep) == 1 and dsep is None
    if single and sep in ".," and (whole[0] == "0" or (scaled and sep == decimal_mark)):
        return float(whole.replace(sep, "."))
    return float(f"{digits}.{frac}") if frac else float(digits)


def _plain_value(whole: str) -> float | None:
    """The value of plain digits; None for ids (too long, or a leading zero)."""
    if len(whole) > MAX_DIGITS or (len(whole) > 1 and whole[0] == "0"):
        return None
    return float(whole)


def _read_words(text: str, start: int, end: int, lx: _Lang) -> _Num | None:
    if lx.code == "en":
        parsed = english_phrase_value(text[start:end])
        if parsed is None:
            return None
        value, trailing, used = parsed
        return _Num(start, start + used, value, trailing, False, True, "")
    parsed_de = german_word_value(text[start:end])
    if parsed_de is None:
        return None
    value, trailing = parsed_de
    scale_m = lx.scale.match(text, end)
    if scale_m:
        factor = lx.scales[scale_m.group(1).lower()]
        return _Num(start, scale_m.end(), value * factor, factor, False, True, "")
    return _Num(start, end, value, trailing, False, True, "")


def _lone_one(token: str) -> float | None:
    parsed = german_word_value(token)
    return parsed[0] if parsed else None


# ---------------------------------------------------------------- special kinds


def _special_kind(text: str, num: _Num, lx: _Lang, words: list[tuple[str, int]]
                  ) -> tuple[Quantity | None, int] | None:
    """Dates, ordinals, decades and glued suffixes, decided right at the first number."""
    if num.word:
        return None
    slash = _FRACTION.match(text, num.end)
    if slash is not None:
        return None, slash.end()
    date = _textual_date(text, num, lx, words)
    if date is not None:
        return date, date.end
    glued = num.glued
    if glued and glued not in _GLUED_SCALES and num.scale == 1:
        return _glued_kind(text, num, lx), num.end + len(glued)
    if lx.code == "de" and num.plain and num.end < len(text) and text[num.end] == ".":
        return _german_dot(text, num, words)
    return None


def _textual_date(text: str, num: _Num, lx: _Lang, words: list[tuple[str, int]]
                  ) -> Quantity | None:
    """`22. Oktober 2024`, `28 October`, `October 28, 2024`."""
    if not num.plain or num.scale != 1 or not 1 <= num.value <= 31:
        return None
    m = lx.day_month.match(text, num.end)
    if m is not None:
        return _simple(text, num.start, m.end(), None, "date")
    if words and words[-1][0] in lx.months:
        tail = lx.month_day_tail.match(text, num.end)
        return _simple(text, words[-1][1], tail.end() if tail else num.end, None, "date")
    return None


def _glued_kind(text: str, num: _Num, lx: _Lang) -> Quantity | None:
    """`3rd` ordinal, `1950er`/`1990s` year, `10am` time, `5km` measure; other letters: skip."""
    glued, end = num.glued, num.end + len(num.glued)
    if lx.code == "en" and glued in ("st", "nd", "rd", "th"):
        return _simple(text, num.start, end, num.value, "ordinal")
    if glued in ("er", "ern", "ers", "s") and num.plain and num.value % 10 == 0 and (
            10 <= num.value <= 90 or 1800 <= num.value <= 2090):
        return _simple(text, num.start, end, num.value, "year")
    if lx.code == "en" and glued in ("am", "pm"):
        return _simple(text, num.start, end, None, "time")
    if glued.rstrip("²") in _GLUED_UNITS:
        return _simple(text, num.start, end, num.value, "measure")
    return None


def _german_dot(text: str, num: _Num, words: list[tuple[str, int]]
                ) -> tuple[Quantity | None, int] | None:
    """`21. Jahrhundert`, `am 5.` are ordinals; a sentence-final `300.` stays a count."""
    if num.end - num.start > 3:
        return None
    nxt = _NEXT_WORD.match(text, num.end + 1)
    after_article = bool(words) and words[-1][0].lower() in _DAY_ARTICLES
    if not after_article and (nxt is None or nxt.group(1).lower() in _DE_SENTENCE_STARTERS):
        return None
    return _simple(text, num.start, num.end + 1, num.value, "ordinal"), num.end + 1


# ---------------------------------------------------------------- ranges


def _range_end(text: str, first: _Num, lx: _Lang, words: list[tuple[str, int]]) -> _Num | None:
    """The upper end of a range starting with `first` (`10.000 bis 12.000`), if any."""
    c = lx.connector.match(text, first.end)
    if c is None:
        return None
    if (c.group("word") or "").lower() in _AND and not _opens_between(words):
        return None
    m = lx.number_at.match(text, c.end())
    if m is None:
        return None
    second = _read_number(text, m, lx)
    if second is None or (second.glued and second.glued not in _GLUED_SCALES):
        return None
    return second if _with_shared_scale(first, second).value < second.value else None


def _with_shared_scale(first: _Num, second: _Num) -> _Num:
    """Low end of a range: `zehn- bis zwölftausend` and `1,5 bis 2 Millionen` share the scale."""
    if first.scale == 1 and second.scale != 1 and first.value * second.scale <= second.value:
        return _Num(first.start, first.end, first.value * second.scale, second.scale,
                    first.plain, first.word, first.glued)
    return first


def _opens_between(words: list[tuple[str, int]]) -> bool:
    return bool(words) and _bare(words[-1][0]) in ("zwischen", "between")


def _opens_range(words: list[tuple[str, int]]) -> bool:
    return bool(words) and _bare(words[-1][0]) in ("zwischen", "between", "von", "from")


# ---------------------------------------------------------------- what follows


def _kind_after(text: str, end: int, lx: _Lang) -> tuple[str, int]:
    """Kind from what follows the number (clock word, %, currency, unit) and the span end."""
    m = lx.after.match(text, end)
    if m is None:
        return "count", end
    group = m.lastgroup  # the alternative that matched (`dash` closes before `cur`/`cursym`)
    if group == "time":
        return "time", m.end()
    if group == "pctsym":
        return "percent", m.end()
    if group == "pct":
        return "percent", end
    if group in ("cursym", "dashonly"):
        return "money", m.end()
    if group == "cur":
        return "money", end + len(m.group("dash") or "")
    if group == "unit":
        return "measure", end
    return _hyphen_kind(m.group("hyphen").lower()), end


def _hyphen_kind(word: str) -> str:
    """`90-minütig` measure, `30-prozentig` percent, `10.000-köpfig` count."""
    for kind, stems in _HYPHEN_UNITS.items():
        if word.startswith(stems):
            return kind
    return "count"


def _currency_before(text: str, start: int, words: list[tuple[str, int]]) -> int | None:
    """Start of a currency sign or code right before the number (`$2`, `US$ 5`, `EUR 50`)."""
    if start > 0 and (text[start - 1] in _CURRENCY_SIGNS or (
            start > 1 and text[start - 1] in " \u00a0" and text[start - 2] in _CURRENCY_SIGNS)):
        m = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
        return m.start() if m is not None else None
    if words and words[-1][0].lower() in _CURRENCY_CODES:
        return words[-1][1]
    return None


_VERB_NUMBER = re.compile(r"(?:\w+s|now|still|already|together)\s+numbers?\s*$", re.IGNORECASE)


def _number_as_verb(text: str, fig: _Figure) -> bool:
    """`troops now number 10,000`: the verb, not `number 5`; a figure with separators or a
    scale only (ids have neither)."""
    first = fig.first
    if first.plain and first.scale == 1:
        return False
    return _VERB_NUMBER.search(text, max(0, fig.start - 30), fig.start) is not None


def _is_id(text: str, start: int, words: list[tuple[str, int]]) -> bool:
    """A number after `#`, `Nr.`, `No.`, `Seite`, `§` is a label, not a figure."""
    if start > 0 and text[start - 1] in "#№":
        return True
    return bool(words) and words[-1][0].lower() in _ID_CUES


# ---------------------------------------------------------------- years


YEAR_SPAN_MAX = 30  # a range of plain numbers this close together reads as years


def _looks_like_year(text: str, fig: _Figure, hedge: tuple[str, int, str] | None,
                     lx: _Lang) -> bool:
    """The year rule of the module docstring, for a plain 4-digit number (or range)."""
    first, last, words = fig.first, fig.last, fig.words
    if not (first.plain and last.plain and first.scale == 1 and first.end - first.start == 4):
        return False
    if fig.is_range and not 1000 <= last.value <= 2100:
        return False
    if _year_range(text, fig, lx):
        return True  # `between 1950 and 1955`, `zwischen 1950 und 1953`: years, not counts
    if hedge is not None and hedge[2] not in _WEAK_HEDGES:
        return False
    value = first.value
    prev = _bare(words[-1][0]) if words else ""
    if prev in _STRONG_YEAR_CUES[lx.code] or prev.endswith("jahr"):
        return 1000 <= value <= 2100
    if _FOUNDED.search(text, max(0, first.start - FOUNDED_REACH), first.start) and (
            not _noun_follows(text, last.end, lx)):
        return 1000 <= value <= 2100  # `das Stift Admont, gegründet 1074,`
    if not 1800 <= value <= 2100:
        return False
    return value % 50 != 0 or not _noun_follows(text, last.end, lx)


FOUNDED_REACH = 20  # characters before a year searched for `founded`, `gegründet`
_FOUNDED = re.compile(r"(?i)\b(?:founded|built|established|gegründet|erbaut|errichtet|gebaut)"
                      r"(?:\s+in)?\s+$")
_YEAR_AFTER = re.compile(r"\s*(?:-|–|and|und|bis|to)\s*(\d{4})(?![\d.,])")


def _year_range(text: str, fig: _Figure, lx: _Lang) -> bool:
    """Two plain 4-digit numbers at most `YEAR_SPAN_MAX` apart with no noun after them."""
    first = fig.first
    if not 1800 <= first.value <= 2100:
        return False
    if fig.is_range:
        second, end = fig.last.value, fig.last.end
    else:
        m = _YEAR_AFTER.match(text, first.end)
        if m is None:
            return False
        second, end = float(m.group(1)), m.end()
    return first.value < second <= first.value + YEAR_SPAN_MAX and not _noun_follows(
        text, int(end), lx)


def _is_age(text: str, fig: _Figure, lx: _Lang) -> bool:
    """An age after a name: `Kim Jong Un (40)`, and in English `Kim, 40, said`."""
    first = fig.first
    if fig.is_range or not first.plain or first.value > 120 or first.end >= len(text):
        return False
    opened, closed = text[first.start - 2:first.start], text[first.end]
    if opened.endswith("(") and closed == ")":
        name_end = first.start - 1
    elif lx.code == "en" and opened == ", " and closed == ",":
        name_end = first.start - 2
    else:
        return False
    name = _NAME_BEFORE.search(text, max(0, name_end - 40), name_end)
    return name is not None and name.group(1)[0].isupper()


def _noun_follows(text: str, end: int, lx: _Lang) -> bool:
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if lx.code == "de":
        return word[0].isupper() and word.lower() not in _DE_NOT_NOUNS
    return word.lower() not in _EN_NOT_NOUNS


# ---------------------------------------------------------------- hedges


def _hedges(text: str, fig: _Figure, hedge: tuple[str, int, str] | None, lx: _Lang,
            floor: int) -> tuple[str, int, int]:
    """Qualifier and widened span from hedge words before and after the figure."""
    start, end = fig.start, fig.end
    if fig.kind not in _HEDGED_KINDS:
        return "range" if fig.is_range else "exact", start, end
    qualifier = "exact"
    if hedge is not None and hedge[1] >= floor:
        qualifier, start = hedge[0], hedge[1]
    elif start > floor and text[start - 1] in _SYMBOL_HEDGES:
        qualifier, start = _SYMBOL_HEDGES[text[start - 1]], start - 1
    if fig.is_range:
        return "range", start, end
    after = lx.hedge_after.match(text, end)
    if after is not None:
        if qualifier == "exact":
            qualifier = _after_qualifier(after)
        end = after.end()
    return qualifier, start, end


def _after_qualifier(m: re.Match[str]) -> str:
    if m.group("plus") or m.group("least"):
        return "at_least"
    if m.group("most"):
        return "at_most"
    return "approx"


def _hedge_before(words: list[tuple[str, int]], lx: _Lang) -> tuple[str, int, str] | None:
    """(qualifier, start offset, hedge) of the longest hedge ending at the last word."""
    if not words or _bare(words[-1][0]) not in lx.hedge_ends:
        return None
    table = lx.hedges
    for k in (4, 3, 2, 1):  # `in the order of`
        if len(words) < k:
            continue
        seg = words[-k:]
        key = " ".join([_bare(seg[0][0]), *(w for w, _ in seg[1:])]).lower()
        qualifier = table.get(key)
        if qualifier is not None and not (key in _VERB_HEDGES and _after_subject(words, k)):
            return qualifier, _word_start(seg[0]), key
    return None


_VERB_HEDGES = frozenset({"estimated"})  # also a past-tense verb: `the NIS estimated 300`
_BEFORE_ADJECTIVE = frozenset(
    "a an the of to for with by from some its their his her this these those and or about "
    "including among at in on than that said says told is are was were be been".split()
)


def _after_subject(words: list[tuple[str, int]], k: int) -> bool:
    """The hedge's word follows a subject (`the NIS estimated 300`, `officials estimated`):
    a verb, not the adjective of `an estimated 300`, `the estimated 300`, `Estimated 300`."""
    if len(words) <= k:
        return False
    before = words[-k - 1][0]
    return before[-1:].isalnum() and _bare(before) not in _BEFORE_ADJECTIVE


def _bare(word: str) -> str:
    """A word without opening punctuation, lower-cased."""
    return word.lstrip(_OPEN_PUNCT).lower()


def _word_start(word: tuple[str, int]) -> int:
    """Offset of a word after its opening punctuation (`(rund` -> at `r`)."""
    raw, offset = word
    return offset + len(raw) - len(raw.lstrip(_OPEN_PUNCT))


def _words_before(text: str, pos: int, n: int = 4) -> list[tuple[str, int]]:
    """Up to `n` whitespace-separated words (with their offsets) just before `pos`.

    Empty unless whitespace separates the last word from `pos`.
    """
    if pos == 0 or not text[pos - 1].isspace():
        return []
    lo = max(0, pos - 48)
    chunk = text[lo:pos]
    words = chunk.rsplit(None, n)  # the last `n` words, after the rest of the chunk if any
    if len(words) > n or (words and lo > 0 and not chunk[0].isspace()
                          and not text[lo - 1].isspace()):
        words = words[1:]  # the rest, or a word cut by the chunk's start
    out: list[tuple[str, int]] = []
    cursor = len(chunk)
    for word in reversed(words):
        cursor = chunk.rfind(word, 0, cursor)
        out.append((word, lo + cursor))
    out.reverse()
    return out


# ---------------------------------------------------------------- ids and urls


def _id_spans(text: str) -> list[tuple[int, int]]:
    """Spans of urls, handles, hashtags and e-mail addresses (numbers inside are skipped)."""
    spans: list[tuple[int, int]] = []
    if "/" in text or "www" in text:
        spans += [m.span() for m in _URL.finditer(text)]
    if "@" in text or "#" in text:
        spans += [m.span() for m in _HANDLE.finditer(text)]
    return spans


def _phone_spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Spans of phone numbers, tried only at the figure starts `starts` (cheap)."""
    spans: list[tuple[int, int]] = []
    end = -1
    for pos in starts:
        if pos < end or not "0" <= text[pos] <= "9":
            continue
        m = _PHONE.match(text, pos - 1 if pos and text[pos - 1] in "(+" else pos)
        if m is not None and _is_phone(m.group()):
            spans.append(m.span())
            end = m.end()
    return spans


_PHONE = re.compile(  # digit groups with a country code, an area code or odd group sizes
    r"(?<![\w.,])(?:\+\d{1,3}[ \u00a0]?\d{1,5}[ \u00a0/-]|(?:\+\d{1,3}[ \u00a0]?)?"
    r"(?:\(\d{2,5}\)[ \u00a0]?|\d{2,5}[ \u00a0/-]))\d{2,8}"
    r"(?:[ \u00a0-]\d{2,8}){0,3}(?![\w]|[.,]\d)"
)
PHONE_DIGITS_MIN = 7
_ISO_DATE = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")


def _is_phone(found: str) -> bool:
    """`030 2887 4410`, `(415) 555-0182`, `+49 30 123456`: not `11 000`, `1 500 000` (thousands
    groups of three) nor a range `2000-3000`."""
    groups = re.findall(r"\d+", found)
    if sum(map(len, groups)) < PHONE_DIGITS_MIN or _ISO_DATE.match(found):
        return False
    if any(ch in found for ch in "(+/"):
        return True
    if "-" not in found and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return False  # thousands groups: `17 500 000`
    if len(groups) == 2 and "-" in found and len(groups[0]) == 3 and len(groups[1]) == 4 and (
            not groups[1].endswith("00")):
        return True  # a local number `330-2207` (a range has round bounds: `500-1000`)
    return len(groups) >= 3 or any(len(g) > 1 and g[0] == "0" for g in groups)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)

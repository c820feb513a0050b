"""Number words (German compounds, English phrases): regex sources and converters to values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

DE_UNITS: dict[str, int] = {
    "ein": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9,
    "zweier": 2, "dreier": 3,  # genitive: `die Gefangennahme zweier Soldaten`
}
DE_TEENS: dict[str, int] = {
    "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19,
}
DE_TENS: dict[str, int] = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
DE_MULTIPLIERS: dict[str, int] = {"hundert": 100, "tausend": 1000}
DE_FRACTIONS: dict[str, float] = {"einhalb": 0.5, "anderthalb": 1.5}
# Forms of "ein" that count only before a separate scale word ("eine Million").
DE_ARTICLE_ONES: tuple[str, ...] = ("ein", "eine", "einer", "einem", "einen", "eines")

EN_SMALL: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
EN_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
EN_MULTIPLIERS: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
    "trillion": 10**12,
}


EN_MAX_WORDS = 12  # longest English number phrase read (keeps matching linear)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so the longest wins)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _de_word_pattern() -> str:
    u = alternation(DE_UNITS)
    t = alternation(DE_TEENS)
    z = alternation(DE_TENS)
    below100 = rf"(?:(?:{u})und)?(?:{z})|{t}|{u}"
    below1000 = rf"(?:{u}|{t})?hundert(?:und)?(?:{below100})?|{below100}"
    head = rf"anderthalb|(?:{below1000})(?:einhalb)?"
    ones = alternation(DE_ARTICLE_ONES)
    scale_ahead = r"(?=\s+(?:million|milliard|billion|mio\b|mrd\b|dutzend|tausend\b))"
    return (
        rf"(?:(?:{head})?tausend(?:und)?(?:{below1000})?|(?:{head}))(?![\w])"
        rf"|(?:(?:{ones})\s+)?halbe[nmrs]?{scale_ahead}|(?:{ones}){scale_ahead}"
    )


def _en_word_pattern() -> str:
    word = alternation({**EN_SMALL, **EN_TENS, **EN_MULTIPLIERS}) + r"(?![\w])"
    gap = r"(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+(?:and[ \u00a0]+(?:a[ \u00a0]+half[ \u00a0]+)?)?)"
    scale_ahead = r"(?=(?:dozen|hundred|thousand|million|billion)(?![\w]))"
    lead_a = rf"(?:(?:half[ \u00a0]+)?an?[ \u00a0]+{scale_ahead})?"
    half = r"(?:[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half(?![\w]))?"
    return rf"{lead_a}(?:{word})(?:{gap}(?:{word})){{0,{EN_MAX_WORDS - 1}}}{half}"


# Regex sources (compiled by the caller, case-insensitively, inside its own boundaries).
DE_WORD_PATTERN = _de_word_pattern()
EN_WORD_PATTERN = _en_word_pattern()

_DE_TOKEN = re.compile(
    alternation([*DE_UNITS, *DE_TEENS, *DE_TENS, *DE_MULTIPLIERS, *DE_FRACTIONS, "und"])
)
_DE_HALF = re.compile(rf"(?:(?:{alternation(DE_ARTICLE_ONES)})\s+)?halbe[nmrs]?")
_DE_WORD_FULL = re.compile(rf"(?:{DE_WORD_PATTERN})", re.IGNORECASE)
_EN_TOKEN = re.compile(r"[a-z]+")
_DE_PLAIN: dict[str, int] = {**DE_UNITS, **DE_TEENS, **DE_TENS}


@lru_cache(maxsize=4096)
def german_word_value(word: str) -> tuple[float, int] | None:
    """A German number word (`zweitausendfünfhundert`) -> (value, trailing multiplier)."""
    w = word.lower()
    if w in DE_ARTICLE_ONES or w == "eins":
        return 1.0, 1
    if _DE_HALF.fullmatch(w):
        return 0.5, 1
    if not _DE_WORD_FULL.fullmatch(w):
        return None
    total, current, pos = 0.0, 0.0, 0
    while pos < len(w):
        m = _DE_TOKEN.match(w, pos)
        if m is None:
            return None
        total, current = _de_step(m.group(), total, current)
        pos = m.end()
    return total + current, _de_trailing(w)


def _de_trailing(w: str) -> int:
    """The multiplier that scales the whole word (`zwölftausend` -> 1000), else 1."""
    if w.endswith("tausend"):
        return 1000
    return 100 if w.endswith("hundert") and "tausend" not in w else 1


def _de_step(token: str, total: float, current: float) -> tuple[float, float]:
    if token == "und":
        return total, current
    if token == "hundert":
        return total, (current or 1) * 100
    if token == "tausend":
        return total + (current or 1) * 1000, 0.0
    if token in DE_FRACTIONS:
        return total, current + DE_FRACTIONS[token]
    return total, current + _DE_PLAIN[token]


_EN_KIND = {
    **{w: "unit" if v < 10 else "teen" for w, v in EN_SMALL.items()},
    **{w: "tens" for w in EN_TENS},
    **{w: "mult" for w in EN_MULTIPLIERS},
}
# token kind -> kinds that may directly follow it inside one number
_EN_NEXT = {
    None: {"unit", "teen", "tens", "mult"},
    "unit": {"mult"},
    "teen": {"mult"},
    "tens": {"unit", "mult"},
    "mult": {"unit", "teen", "tens", "mult"},
}


@lru_cache(maxsize=4096)
def english_phrase_value(phrase: str) -> tuple[float, int, int] | None:
    """An English number phrase -> (value, trailing multiplier, length of the part used).

    The phrase is cut before the first word that cannot continue the number
    ("five six" -> 5); `and` only joins after a multiplier ("a hundred and ten")
    or before `a half` ("two and a half thousand").
    """
    low = phrase.lower()
    tokens = [(m.group(), m.start(), m.end()) for m in _EN_TOKEN.finditer(low)]
    total, current, prev, used, trailing, i = 0.0, 0.0, None, 0, 1, 0
    while i < len(tokens):
        word, _, end = tokens[i]
        if word in ("a", "an") and prev is None:
            current, prev, i = 1.0, "unit", i + 1
            continue
        if word == "half" and prev is None and i + 1 < len(tokens) and tokens[i + 1][0] in (
                "a", "an"):
            current, prev, i = 0.5, "teen", i + 2
            continue
        if word == "and":
            if prev is not None and _is_half(tokens, i + 1):
                current, prev, used, i = current + 0.5, "teen", tokens[i + 2][2], i + 3
                continue
            if prev != "mult":
                break
            i += 1
            continue
        kind = _EN_KIND.get(word)
        if kind is None or kind not in _EN_NEXT[prev]:
            break
        trailing = EN_MULTIPLIERS.get(word, 1) if total == 0 else 1
        total, current = _en_step(word, kind, total, current)
        prev, used, i = kind, end, i + 1
    if used == 0:
        return None
    return total + current, trailing, used


def _is_half(tokens: list[tuple[str, int, int]], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i][0] == "a" and tokens[i + 1][0] == "half"


def _en_step(word: str, kind: str, total: float, current: float) -> tuple[float, float]:
    if kind != "mult":
        return total, current + EN_SMALL.get(word, 0) + EN_TENS.get(word, 0)
    factor = EN_MULTIPLIERS[word]
    if factor < 1000:
        return total, (current or 1) * factor
    return total + (current or 1) * factor, 0.0

"""Every state's names and adjectives in English and German, as word patterns.

A topic's other forces are, besides the bodies its file lists, the soldiers of any
country other than the topic's own (`own_countries` in the topic file): `Fijian
peacekeepers`, `Rwanda has 5,800 personnel`, `die ruandischen Soldaten`.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from claimtrack.paths import COUNTRIES_CSV

_ACRONYM = re.compile(r"[A-Z.]{2,}")


@lru_cache(maxsize=4)
def _rows() -> tuple[dict[str, str], ...]:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def country_patterns(lang: str, own: frozenset[str] = frozenset()) -> list[str]:
    """Word patterns for the names and adjectives of every state not in `own` (ISO codes):
    names with a possessive or genitive `s`, adjectives with their endings, acronyms
    (`UAE`, `U.S.`) matched in capitals only."""
    names, adjectives = ("en_names", "en_adjectives") if lang == "en" else (
        "de_names", "de_adjective_stems")
    out: list[str] = []
    for row in _rows():
        if row["iso2"] in own:
            continue
        out += [_name_pattern(n, lang) for n in _cells(row[names])]
        out += [_adjective_pattern(a, lang) for a in _cells(row[adjectives])]
    return out


def _cells(cell: str) -> list[str]:
    return [c.strip() for c in cell.split("|") if c.strip()]


def _name_pattern(name: str, lang: str) -> str:
    body = re.escape(name)
    if _ACRONYM.fullmatch(name):
        body = f"(?-i:{body})"
    return body + ("(?:['’]s)?" if lang == "en" else "(?:s)?")


def _adjective_pattern(adjective: str, lang: str) -> str:
    return re.escape(adjective) + (r"s?" if lang == "en" else r"\w*")


@lru_cache(maxsize=1)
def any_country_word() -> re.Pattern[str]:
    """Any state's name or adjective in English or German (`North Korean`, `Ukraine`,
    `Russische`), case-insensitive, as whole words."""
    words = country_patterns("en") + country_patterns("de")
    return re.compile(r"(?i)\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")

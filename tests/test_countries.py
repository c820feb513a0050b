"""The country gazetteer: every other state's soldiers are another force's."""

from __future__ import annotations

import csv
import re
from datetime import date

import pytest
from claim_rows import claim_rows

from claimtrack.countries import country_patterns
from claimtrack.paths import COUNTRIES_CSV


def test_the_gazetteer_lists_every_state_once_with_both_languages():
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    codes = [r["iso2"] for r in rows]
    assert len(codes) == len(set(codes)) >= 190
    assert all(r["en_names"] and r["de_names"] for r in rows)


@pytest.mark.parametrize(("lang", "word", "matches"), [
    ("en", "Fijian", True), ("en", "Rwanda's", True), ("en", "UAE", True), ("en", "uae", False),
    ("en", "North Korean", False), ("en", "Korean", False),
    ("de", "fidschianischen", True), ("de", "Ruandas", True), ("de", "nordkoreanische", False),
])
def test_patterns_leave_out_the_topics_own_country(lang, word, matches):
    pattern = re.compile("|".join(f"(?:{p})" for p in country_patterns(lang, frozenset({"KP"}))),
                         re.IGNORECASE)
    assert (pattern.fullmatch(word) is not None) == matches


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korea has sent 12,000 troops to Russia. Rwanda itself has more than 5,800 "
     "personnel in UN missions."),
    ("en", "North Korea has sent 12,000 troops to Russia. Fiji still has some 500 soldiers "
     "serving with UN missions."),
    ("en", "North Korea has sent 12,000 troops to Russia. Some 800 Malawian soldiers "
     "serve in Congo."),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Rund 800 fidschianische "
     "Soldaten dienen im Golan."),
    ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt. Ruanda hat derzeit mehr als "
     "5.800 Soldaten in UN-Missionen."),
])
def test_any_other_states_soldiers_are_no_claim(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["quantity_text"] for r in rows] == ["12.000" if lang == "de" else "12,000"]

"""Ticker and live-blog entries are dated by the heading above them."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claim_rows

from claimtrack.entry_dates import date_headings, entry_dates, heading_date, is_time_heading

PUBLISHED = date(2025, 8, 21)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Mittwoch, 20. August", "de", date(2025, 8, 20)),
    ("20.08.2025, 21:40 Uhr", "de", date(2025, 8, 20)),
    ("20 August 2025, 22:47 BST", "en", date(2025, 8, 20)),
    ("Tuesday 19 August", "en", date(2025, 8, 19)),
    ("Am Mittwoch sagte er, es seien 3.000.", "de", None),
    ("Yesterday", "en", None),
    ("19:40 Uhr", "de", None),
    ("In August 2025, 3,000 troops arrived.", "en", None),
])
def test_heading_date(text, lang, expected):
    assert heading_date(text, PUBLISHED, lang) == expected


def test_entries_need_two_headings():
    one = date_headings(["20.08.2025, 10:00 Uhr", "Text."], PUBLISHED, "de")
    assert entry_dates(one) == [None, None]
    texts = ["Live", "21.08.2025, 10:00 Uhr", "A.", "20.08.2025, 09:00 Uhr", "B."]
    headings = date_headings(texts, PUBLISHED, "de")
    assert headings == [None, date(2025, 8, 21), None, date(2025, 8, 20), None]
    assert entry_dates(headings) == [
        None, date(2025, 8, 21), date(2025, 8, 21), date(2025, 8, 20), date(2025, 8, 20)]


def claim_dates(text: str, lang: str) -> list[tuple[str, date, str]]:
    rows = claim_rows(text, lang, PUBLISHED)
    return [(r["quantity_text"], r["claim_date"], r["claim_date_precision"]) for r in rows]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "War live\n\n21 August 2025, 14:32 BST\n\nSeoul said 6,000 North Korean troops "
     "were ready.\n\n20 August 2025, 22:47 BST\n\nZelensky says 20,000 North Korean soldiers "
     "could be sent. Kyiv said today that 300 North Korean soldiers had been killed."),
    ("de", "Liveticker\n\nDonnerstag, 21. August\n\nSeoul sagte, 6.000 nordkoreanische Soldaten "
     "seien bereit.\n\nMittwoch, 20. August\n\nSelenskyj sagt, 20.000 nordkoreanische Soldaten "
     "könnten kommen. Kiew sagte heute, 300 nordkoreanische Soldaten seien getötet worden."),
])
def test_claims_in_a_ticker_take_their_entrys_date(lang, text):
    assert [(d, p) for _, d, p in claim_dates(text, lang)] == [
        (date(2025, 8, 21), "day"), (date(2025, 8, 20), "day"), (date(2025, 8, 20), "day")]


@pytest.mark.parametrize(("text", "expected"), [
    ("19:40 Uhr", True), ("10:02 BST", True), ("9.15", True), ("14:32", True),
    ("Um 19:40 Uhr sagte er, 3.000 Soldaten seien dort.", False), ("2024", False),
])
def test_time_heading(text, expected):
    assert is_time_heading(text) is expected


def test_a_claimant_is_not_carried_from_one_ticker_entry_into_the_next():
    text = ("Liveticker\n\n15:20 Uhr\n\nDas Pentagon sprach von 300 getöteten nordkoreanischen "
            "Soldaten.\n\n09:00 Uhr\n\nEin Video zeigt einen Angriff auf nordkoreanische "
            "Stellungen. Dabei seien 30 nordkoreanische Soldaten getötet worden.")
    rows = claim_rows(text, "de", PUBLISHED)
    assert [r["claimant_group"] for r in rows] == ["united_states", "unattributed"]

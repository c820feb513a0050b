"""Rows encoded without a pandas frame equal the pandas route, byte for byte."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from claimtrack.row_encoding import encode_plain_rows, sort_rows
from claimtrack.schema import CLAIM_COLUMNS, FIGURE_COLUMNS, MANIFEST_COLUMNS, typed_frame
from claimtrack.streaming import arrow_schema, encode_frame


def figure(article_id: str, start: int, **fields) -> dict:
    row = {
        "article_id": article_id, "start": start, "end": start + 5, "quantity_text": "2,000",
        "value": 2000.0, "low": None, "high": None, "qualifier": "exact", "noun": "soldiers",
        "sentence": "About 2,000 arrived.", "is_claim": True,
    }
    return {**row, **fields}


def claim(article_id: str, start: int, **fields) -> dict:
    row = {
        **figure(article_id, start), "claim_id": f"{article_id}:{start}", "language": "de",
        "published": date(2024, 11, 5), "additional": False, "status": "in_russia",
        "claimant": "NIS", "claimant_group": "south_korea", "claim_date": None,
        "claim_date_precision": "published", "location": None, "claim_date_text": None,
    }
    return {**row, **fields}


def pandas_route(rows: list[dict], columns: dict[str, str]) -> tuple:
    encoded = encode_frame(typed_frame(rows, columns), columns)
    return encoded.table, encoded.csv, encoded.first_key, encoded.last_key


def assert_same(rows: list[dict], columns: dict[str, str]) -> None:
    plain = encode_plain_rows(rows, columns, arrow_schema(columns))
    assert plain is not None
    table, csv, first, last = pandas_route(rows, columns)
    assert plain[0].equals(table, check_metadata=True)
    assert plain[1] == csv
    assert (plain[2], plain[3]) == (first, last)


def test_awkward_cells_match_the_pandas_route() -> None:
    rows = [
        figure("b", 40, sentence='Er sagte: "12.000, vielleicht mehr".', value=12000.0),
        figure("a", 7, value=None, noun=None, quantity_text="Tausende", qualifier="vague"),
        figure("a", 3, value=float("nan"), low=1.5, high=2.0**60, is_claim=False),
        figure("a", 3, end=20, value=-0.0, sentence="line\nbreak, and ‘quotes’ ä", noun=""),
        figure("c", 1, value=1500, low=0.1, high=float("inf")),  # an int in a Float64 column
    ]
    assert_same(rows, FIGURE_COLUMNS)


def test_claims_with_and_without_dates_match() -> None:
    rows = [claim("x", 5, claim_date=date(2024, 11, 1), claim_date_text="am Freitag"),
            claim("x", 1, published=None, claimant=None, location="Kursk")]
    assert_same(rows, CLAIM_COLUMNS)


def test_manifest_rows_of_skipped_files_lack_keys_and_still_match() -> None:
    rows = [
        {"article_id": "b", "file_name": "b.txt", "status": "loaded", "reason": "",
         "published": date(2024, 1, 2), "published_source": "sidecar", "language": "en",
         "title": "T", "outlet": "", "url": "", "encoding": "utf-8", "duplicate_of": "",
         "warnings": "", "n_figures": 3, "n_claims": 1, "content_hash": "ab12"},
        {"article_id": "a", "file_name": "a.pdf", "status": "skipped", "reason": "not text",
         "n_figures": 0, "n_claims": 0},
    ]
    assert_same(rows, MANIFEST_COLUMNS)


@pytest.mark.parametrize("odd", [
    {"published": datetime(2024, 1, 2, 13, 0)},  # a datetime, not a calendar date
    {"value": Decimal("1.5")},
    {"value": True},  # a bool is no number here
    {"start": None},  # a missing sort key
    {"article_id": 7},
])
def test_other_values_take_the_pandas_route(odd: dict) -> None:
    rows = [claim("a", 1), {**claim("a", 2), **odd}]
    assert encode_plain_rows(rows, CLAIM_COLUMNS, arrow_schema(CLAIM_COLUMNS)) is None


def test_sort_is_stable_on_equal_keys() -> None:
    rows = [figure("a", 1, quantity_text="first"), figure("a", 1, quantity_text="second")]
    assert [r["quantity_text"] for r in sort_rows(rows, ("article_id", "start", "end"))] == [
        "first", "second"]

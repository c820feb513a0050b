"""Builders of distinct-claims rows shared by the curve, summary and distinct tests."""

from __future__ import annotations

import pandas as pd

from claimtrack.distinct import DISTINCT_COLUMNS, figure_text
from claimtrack.schema import typed_frame


def bounds(
    qualifier: str, value: float | None, low: float | None, high: float | None
) -> tuple[float | None, float | None]:
    """`low`, `high` as the spec sets them for a qualifier."""
    if qualifier in ("exact", "approx"):
        return value, value
    if qualifier == "at_least":
        return value, high
    if qualifier == "at_most":
        return low, value
    return low, high


def level(
    did: str,
    day: str | None,
    qualifier: str,
    value: float | None = None,
    *,
    low: float | None = None,
    high: float | None = None,
    group: str = "south_korea",
    status: str = "in_russia",
    n_articles: int = 1,
    additional: bool = False,
    computed: bool = False,
    sources: str = "a",
) -> dict:
    """One distinct-claims row."""
    low, high = bounds(qualifier, value, low, high)
    return {
        "distinct_id": did, "claim_date": pd.Timestamp(day) if day else None,
        "claim_date_precision": "day", "claimant_group": group, "claimants": f"{group} official",
        "status": status, "value": value, "low": low, "high": high, "qualifier": qualifier,
        "additional": additional,
        "figure_text": figure_text(qualifier, value, low, high, "thousands", additional),
        "n_mentions": n_articles, "n_articles": n_articles, "first_published": None,
        "last_published": None, "sources": sources, "claim_ids": f"x:{did}",
        "computed": computed, "computed_from": "x + y" if computed else "", "locations": "",
    }


def distinct_of(*rows: dict) -> pd.DataFrame:
    return typed_frame(list(rows), DISTINCT_COLUMNS)

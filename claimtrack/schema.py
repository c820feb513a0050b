"""Column names and types of the output tables (contract: docs/claims-spec.md)."""

from __future__ import annotations

import pandas as pd

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")
STATUSES = ("in_russia", "planned", "near_front", "casualties")
CLAIMANT_GROUPS = (
    "south_korea", "united_states", "ukraine", "nato", "russia", "north_korea", "other",
    "unattributed",
)
DATE_PRECISIONS = ("day", "week", "month", "published", "unknown")

# column -> pandas dtype
CLAIM_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "claim_id": "string",
    "language": "string",
    "published": "datetime64[s]",
    "start": "int64",
    "end": "int64",
    "quantity_text": "string",
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "qualifier": "string",
    "additional": "boolean",
    "status": "string",
    "claimant": "string",
    "claimant_group": "string",
    "claim_date": "datetime64[s]",
    "claim_date_precision": "string",
    "location": "string",
    "sentence": "string",
    # additions beyond the spec
    "noun": "string",
    "claim_date_text": "string",
}

FIGURE_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "start": "int64",
    "end": "int64",
    "quantity_text": "string",
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "qualifier": "string",
    "noun": "string",
    "sentence": "string",
    "is_claim": "boolean",
}

MANIFEST_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "file_name": "string",
    "status": "string",  # loaded | skipped
    "reason": "string",
    "published": "datetime64[s]",
    "published_source": "string",
    "language": "string",
    "title": "string",
    "outlet": "string",
    "url": "string",
    "encoding": "string",
    "duplicate_of": "string",
    "warnings": "string",  # "; "-joined
    "n_figures": "int64",
    "n_claims": "int64",
    "content_hash": "string",  # hash of the folded cleaned text (duplicates share it)
}


def empty_frame(columns: dict[str, str]) -> pd.DataFrame:
    return typed_frame([], columns)


def typed_frame(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame:
    """A DataFrame with exactly `columns`, in order, with their dtypes."""
    df = pd.DataFrame.from_records(rows, columns=list(columns))
    return df.astype(columns)

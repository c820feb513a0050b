"""Summary of the distinct claims: the latest figure per status and a few generated sentences."""

from __future__ import annotations

import numpy as np
import pandas as pd

from claimtrack.distinct import format_number, split_ids
from claimtrack.schema import STATUSES

STATUS_ADJECTIVES: dict[str, str] = {
    "in_russia": "in-Russia",
    "planned": "planned",
    "near_front": "near-front",
    "casualties": "casualty",
}
SUMMARY_COLUMNS = [
    "status", "latest_figure", "latest_date", "latest_claimant_group", "latest_claimants",
    "latest_sources", "latest_computed", "latest_distinct_id", "n_distinct",
    "n_claimant_groups", "lowest_figure", "lowest_claimant_group", "highest_figure",
    "highest_claimant_group",
]


def format_day(day: object) -> str:
    """`2024-10-28` -> `28 Oct 2024`; missing -> `undated`."""
    if day is None or pd.isna(day):
        return "undated"
    ts = pd.Timestamp(day)
    return f"{ts.day} {ts:%b %Y}"


def _num(x: object) -> float | None:
    return None if x is None or pd.isna(x) else float(x)  # type: ignore[arg-type]


def prose_figure(qualifier: str, value: object, low: object, high: object, fallback: str) -> str:
    """The figure in words: `about 10,000`, `at least 3,000`, `10,000–12,000`."""
    v, lo, hi = _num(value), _num(low), _num(high)
    if qualifier == "range" and lo is not None and hi is not None:
        return f"{format_number(lo)}–{format_number(hi)}"
    bound = {"at_least": lo, "at_most": hi}.get(qualifier, v)
    bound = bound if bound is not None else v
    if qualifier == "vague" or bound is None:
        return fallback
    prefix = {"approx": "about ", "at_least": "at least ", "at_most": "up to "}.get(qualifier, "")
    return f"{prefix}{format_number(bound)}"


def row_prose(row: pd.Series) -> str:
    return prose_figure(
        str(row["qualifier"]), row["value"], row["low"], row["high"], str(row["figure_text"])
    )


def with_levels(distinct: pd.DataFrame) -> pd.DataFrame:
    """Distinct levels (no quoted increments) with a numeric `level` for ranking (NaN: vague)."""
    additional = distinct["additional"].fillna(False).astype(bool)
    d = distinct[~additional].copy()
    value = pd.to_numeric(d["value"], errors="coerce").astype(float)
    low = pd.to_numeric(d["low"], errors="coerce").astype(float)
    high = pd.to_numeric(d["high"], errors="coerce").astype(float)
    d["level"] = value.fillna((low + high) / 2).fillna(low).fillna(high)
    d["computed"] = d["computed"].fillna(False).astype(bool)
    return d


def latest_row(levels: pd.DataFrame) -> pd.Series | None:
    """The latest figure: dated before undated, numeric before vague, then latest date."""
    if levels.empty:
        return None
    ranked = levels.assign(
        _dated=levels["claim_date"].notna(),
        _numeric=levels["level"].notna(),
        _date=levels["claim_date"].fillna(pd.Timestamp.min),
    ).sort_values(
        ["_dated", "_numeric", "_date", "n_articles", "level", "distinct_id"],
        ascending=[True, True, True, True, True, False],
        kind="stable",
    )
    return ranked.iloc[-1]


def earliest_numeric_row(levels: pd.DataFrame) -> pd.Series | None:
    """The earliest dated numeric figure (ties: most articles)."""
    dated = levels[levels["claim_date"].notna() & levels["level"].notna()]
    if dated.empty:
        return None
    ranked = dated.sort_values(["claim_date", "n_articles"], ascending=[True, False], kind="stable")
    return ranked.iloc[0]


def _extremes(levels: pd.DataFrame) -> tuple[pd.Series | None, pd.Series | None]:
    """Lowest and highest quoted (not computed) numeric figure."""
    quoted = levels[~levels["computed"] & levels["level"].notna()]
    if quoted.empty:
        return None, None
    ranked = quoted.sort_values(["level", "claim_date"], kind="stable")
    return ranked.iloc[0], ranked.iloc[-1]


def statuses_present(distinct: pd.DataFrame) -> list[str]:
    present = set(distinct["status"].dropna().astype(str))
    return [s for s in STATUSES if s in present] + sorted(present - set(STATUSES))


def summary_table(distinct: pd.DataFrame) -> pd.DataFrame:
    """Per status: the latest figure with who and when, and the range across claimants."""
    levels = with_levels(distinct)
    rows = [_summary_row(s, levels[levels["status"] == s]) for s in statuses_present(levels)]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def _summary_row(status: str, levels: pd.DataFrame) -> dict:
    latest = latest_row(levels)
    low, high = _extremes(levels)
    quoted = levels[~levels["computed"] & levels["level"].notna()]
    return {
        "status": status,
        "latest_figure": None if latest is None else str(latest["figure_text"]),
        "latest_date": None if latest is None else latest["claim_date"],
        "latest_claimant_group": None if latest is None else str(latest["claimant_group"]),
        "latest_claimants": None if latest is None else _text(latest["claimants"]),
        "latest_sources": None if latest is None else _text(latest["sources"]),
        "latest_computed": None if latest is None else bool(latest["computed"]),
        "latest_distinct_id": None if latest is None else str(latest["distinct_id"]),
        "n_distinct": len(levels),
        "n_claimant_groups": int(quoted["claimant_group"].nunique()),
        "lowest_figure": None if low is None else str(low["figure_text"]),
        "lowest_claimant_group": None if low is None else str(low["claimant_group"]),
        "highest_figure": None if high is None else str(high["figure_text"]),
        "highest_claimant_group": None if high is None else str(high["claimant_group"]),
    }


def _text(x: object) -> str:
    return "" if x is None or pd.isna(x) else str(x)


def _who_when(row: pd.Series) -> str:
    note = ", computed from an increment" if bool(row["computed"]) else ""
    return f"{row['claimant_group']}, {format_day(row['claim_date'])}{note}"


def _primary_status(levels: pd.DataFrame) -> str | None:
    """The first status (fixed order) with a numeric figure, else the first with any."""
    statuses = statuses_present(levels)
    numeric = set(levels.loc[levels["level"].notna(), "status"])
    return next((s for s in statuses if s in numeric), statuses[0] if statuses else None)


def trend_sentence(status: str, levels: pd.DataFrame) -> str:
    """`The latest in-Russia estimate is about 10,000 (…), up from 1,500 (…).`"""
    name = STATUS_ADJECTIVES.get(status, status)
    latest, first = latest_row(levels), earliest_numeric_row(levels)
    head = f"The latest {name} estimate is {row_prose(latest)} ({_who_when(latest)})"
    if first is None or first["distinct_id"] == latest["distinct_id"] or np.isnan(
        latest["level"]
    ):
        return f"{head}; no earlier figure with a number was reported."
    direction = (
        "up from" if latest["level"] > first["level"]
        else "down from" if latest["level"] < first["level"]
        else "unchanged from"
    )
    return f"{head}, {direction} {row_prose(first)} ({_who_when(first)})."


def others_sentence(primary: str, levels: pd.DataFrame) -> str:
    """The spread across claimant groups for the primary status, then the other statuses."""
    parts = []
    low, high = _extremes(levels[levels["status"] == primary])
    n_groups = levels.loc[
        (levels["status"] == primary) & ~levels["computed"] & levels["level"].notna(),
        "claimant_group",
    ].nunique()
    if low is not None and high is not None and n_groups > 1:
        parts.append(
            f"across {n_groups} claimant groups, {STATUS_ADJECTIVES.get(primary, primary)} "
            f"figures range from {row_prose(low)} ({low['claimant_group']}) "
            f"to {row_prose(high)} ({high['claimant_group']})"
        )
    for status in statuses_present(levels):
        latest = latest_row(levels[levels["status"] == status])
        if status != primary and latest is not None:
            parts.append(
                f"the latest {STATUS_ADJECTIVES.get(status, status)} figure is "
                f"{row_prose(latest)} ({_who_when(latest)})"
            )
    if not parts:
        return ""
    text = "; ".join(parts)
    return f"{text[0].upper()}{text[1:]}."


def counts_sentence(distinct: pd.DataFrame) -> str:
    """How many mentions and articles the distinct claims rest on."""
    quoted = distinct[~distinct["computed"].fillna(False).astype(bool)]
    n_mentions = int(quoted["n_mentions"].sum())
    articles = {a for s in quoted["sources"] for a in split_ids(s)}
    n_computed = len(distinct) - len(quoted)
    text = (
        f"These rest on {n_mentions} claim mention{'s' * (n_mentions != 1)} in "
        f"{len(articles)} article{'s' * (len(articles) != 1)}, merged into {len(quoted)} "
        f"distinct claim{'s' * (len(quoted) != 1)}"
    )
    if n_computed:
        verb = "was" if n_computed == 1 else "were"
        text += f"; {n_computed} cumulative figure{'s' * (n_computed != 1)} {verb} computed"
        text += " from increments"
    return text + "."


def summary_sentences(distinct: pd.DataFrame) -> list[str]:
    """Two or three English sentences on the latest figures, their spread and the evidence."""
    levels = with_levels(distinct)
    primary = _primary_status(levels)
    if primary is None:
        return ["No claims were found in these articles."]
    sentences = [
        trend_sentence(primary, levels[levels["status"] == primary]),
        others_sentence(primary, levels),
        counts_sentence(distinct),
    ]
    return [s for s in sentences if s]

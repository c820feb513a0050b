"""Distinct claims: mentions of the same claim across articles merged into one row."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd

from claimtrack.schema import CLAIMANT_GROUPS, DATE_PRECISIONS, STATUSES, typed_frame

# the claims columns that merging mentions reads
MENTION_FIELDS = frozenset({
    "article_id", "claim_id", "start", "published", "quantity_text", "value", "low", "high",
    "qualifier", "additional", "status", "claimant", "claimant_group", "claim_date",
    "claim_date_precision", "location",
})

DISTINCT_COLUMNS: dict[str, str] = {
    "distinct_id": "string",
    "claim_date": "datetime64[s]",
    "claim_date_precision": "string",
    "claimant_group": "string",
    "claimants": "string",  # distinct claimant names, "; "-joined
    "status": "string",
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "qualifier": "string",
    "additional": "boolean",  # a quoted increment ("1.500 weitere")
    "figure_text": "string",  # normalised display: "≈12,000", "≥3,000", "10,000–12,000"
    "n_mentions": "int64",
    "n_articles": "int64",
    "first_published": "datetime64[s]",
    "last_published": "datetime64[s]",
    "sources": "string",  # article ids, "; "-joined
    "claim_ids": "string",  # claim ids, "; "-joined
    "computed": "boolean",  # a cumulative figure computed from an increment
    "computed_from": "string",  # "base claim ids + increment claim ids"
    "locations": "string",
}

JOIN = "; "
POINT_QUALIFIERS = ("exact", "approx")

# vague expressions -> an English display label; first match wins (longest magnitude first)
_VAGUE_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (r"hunderttausend|hundreds of thousands", "hundreds of thousands"),
        (r"zehntausend|tens of thousands", "tens of thousands"),
        (r"tausend|thousand", "thousands"),
        (r"hundert|hundred", "hundreds"),
        (r"dutzend|dozen", "dozens"),
    )
)
VAGUE_DEFAULT = "an unspecified number"


def vague_label(quantity_text: str | None) -> str:
    """English label for a vague expression: `Tausende` -> `thousands`."""
    text = quantity_text if isinstance(quantity_text, str) else ""
    for pattern, label in _VAGUE_LABELS:
        if pattern.search(text):
            return label
    return VAGUE_DEFAULT


def format_number(x: float) -> str:
    """`12000.0` -> `12,000`; non-integers keep one decimal."""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _num(x: object) -> float | None:
    """A float, or None for NA/NaN/None."""
    if type(x) is float:  # the common case: a cell of a float column
        return None if math.isnan(x) else x
    if x is None or x is pd.NA:
        return None
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def figure_text(
    qualifier: str,
    value: float | None,
    low: float | None = None,
    high: float | None = None,
    vague: str = VAGUE_DEFAULT,
    additional: bool = False,
) -> str:
    """Normalised display of a figure with its hedge: `≈12,000`, `≥3,000`, `+1,500`."""
    if qualifier == "vague":
        return f"{vague} more" if additional else vague
    text = _bounded_text(qualifier, _num(value), _num(low), _num(high))
    return f"+{text}" if additional else text


def _bounded_text(
    qualifier: str, value: float | None, low: float | None, high: float | None
) -> str:
    if qualifier == "range" and low is not None and high is not None:
        return f"{format_number(low)}–{format_number(high)}"
    if qualifier == "at_least":
        bound = low if low is not None else value
        return f"≥{format_number(bound)}" if bound is not None else "?"
    if qualifier == "at_most":
        bound = high if high is not None else value
        return f"≤{format_number(bound)}" if bound is not None else "?"
    if value is None:
        return "?"
    return f"≈{format_number(value)}" if qualifier == "approx" else format_number(value)


def figure_class(qualifier: str) -> str:
    """Qualifiers that can describe the same figure: exact and approx merge."""
    return "point" if qualifier in POINT_QUALIFIERS else qualifier


def _key_number(x: object) -> str:
    n = _num(x)
    return "" if n is None else repr(n)


def figure_key(row: dict) -> tuple[str, str, str]:
    """What must be equal for two mentions to state the same figure."""
    qualifier = row["qualifier"]
    cls = figure_class(qualifier)
    if cls == "vague":
        return cls, vague_label(row["quantity_text"]), ""
    if cls == "range":
        return cls, _key_number(row["low"]), _key_number(row["high"])
    if cls == "at_least":
        return cls, _key_number(_first_number(row["low"], row["value"])), ""
    if cls == "at_most":
        return cls, _key_number(_first_number(row["high"], row["value"])), ""
    return cls, _key_number(row["value"]), ""


def _first_number(*values: object) -> float | None:
    for value in values:
        number = _num(value)
        if number is not None:
            return number
    return None


def merge_key(row: dict) -> tuple:
    """Claimant group, status, increment flag and figure: the grouping key before dates."""
    return (row["claimant_group"], row["status"], bool(row["additional"]), *figure_key(row))


def window_clusters(dates: Sequence[pd.Timestamp], window_days: int) -> list[int]:
    """Cluster numbers for sorted dates: a cluster spans at most `window_days` from its first.

    Missing dates (NaT, sorted last) form one cluster of their own.
    """
    clusters: list[int] = []
    anchor: object = None  # first date of the current cluster (NaT: the missing-date cluster)
    number = -1
    for d in dates:
        if _starts_cluster(anchor, d, window_days):
            number, anchor = number + 1, d
        clusters.append(number)
    return clusters


def _starts_cluster(anchor: object, d: object, window_days: int) -> bool:
    if anchor is None:
        return True
    if is_missing(d):
        return not is_missing(anchor)
    return is_missing(anchor) or (d - anchor).days > window_days  # type: ignore[operator]


def duplicate_article_ids(manifest: pd.DataFrame | None) -> set[str]:
    """Articles the manifest flags as duplicates of an earlier article."""
    if manifest is None or "duplicate_of" not in manifest.columns or manifest.empty:
        return set()
    dup = manifest["duplicate_of"].fillna("").astype(str).str.strip() != ""
    return set(manifest.loc[dup, "article_id"].astype(str))


def _mention_records(claims: pd.DataFrame, manifest: pd.DataFrame | None) -> list[dict]:
    """Claim rows as dicts, without duplicate articles, with claimant_group filled."""
    dups = duplicate_article_ids(manifest)
    frame = claims[~claims["article_id"].isin(dups)] if dups else claims
    records = frame_records(frame[[c for c in frame.columns if c in MENTION_FIELDS]])
    for r in records:
        r["claimant_group"] = _text_or(r.get("claimant_group"), "unattributed")
        r["status"] = _text_or(r.get("status"), "unknown")
        qualifier = r.get("qualifier")
        r["qualifier"] = qualifier if isinstance(qualifier, str) and qualifier else (
            _fallback_qualifier(r)
        )
        r["additional"] = _flag(r.get("additional"))
    return records


def frame_records(frame: pd.DataFrame) -> list[dict]:
    """`frame.to_dict("records")`, NA as None, built column-wise (a few times faster)."""
    names = list(frame.columns)
    columns = [[None if v is pd.NA else v for v in frame[name].tolist()] for name in names]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def is_missing(value: object) -> bool:
    """`pd.isna` of one scalar (None, NA, NaT, NaN), without its dispatch cost."""
    return (value is None or value is pd.NA or value is pd.NaT
            or (isinstance(value, float) and math.isnan(value)))


def timestamp(value: object) -> pd.Timestamp:
    """`value` as a Timestamp (most already are)."""
    return value if isinstance(value, pd.Timestamp) else pd.Timestamp(value)  # type: ignore[arg-type]


def _flag(value: object) -> bool:
    return value is not None and not pd.isna(value) and bool(value)


def _text_or(value: object, default: str) -> str:
    return value if isinstance(value, str) and value else default


def _fallback_qualifier(r: dict) -> str:
    """`exact` when the mention has a figure, else `vague`."""
    number = _first_number(r.get("value"), r.get("low"), r.get("high"))
    return "vague" if number is None else "exact"


def _date_sort_key(d: object) -> tuple[int, int, int]:
    """Dates first, in order, then none; as ints, which compare faster than Timestamps."""
    return (1, 0, 0) if is_missing(d) else (0, *instant(timestamp(d)))


def instant(ts: pd.Timestamp) -> tuple[int, int]:
    """A sort key of `ts` as ints: nanoseconds, or for dates beyond 1677–2262 (which
    nanoseconds cannot hold) microseconds after a band below or above them."""
    try:
        return 0, ts.value
    except OverflowError:
        return (-1 if ts.year < 1970 else 1), int(ts.as_unit("us").asm8.view("i8"))


def _mention_order(r: dict) -> tuple:
    return (_date_sort_key(r["claim_date"]), str(r["article_id"]), int(r["start"]))


def quoted_distinct_rows(records: list[dict], window_days: int) -> list[dict]:
    """Merge mention records into distinct-claim rows (no computed rows)."""
    keyed = sorted(((merge_key(r), _mention_order(r), r) for r in records), key=lambda t: t[:2])
    rows = []
    for _, group in itertools.groupby(keyed, key=lambda t: t[0]):
        mentions = [t[2] for t in group]
        clusters = window_clusters([m["claim_date"] for m in mentions], window_days)
        for _, cluster in itertools.groupby(zip(clusters, mentions, strict=True), lambda t: t[0]):
            rows.append(merge_mentions([m for _, m in cluster]))
    return rows


def _unique(values: Iterable[object]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if isinstance(v, str) and v.strip():
            seen.setdefault(v.strip(), None)
    return list(seen)


_PRECISION_RANK = {p: i for i, p in enumerate(DATE_PRECISIONS)}  # finest first


def _best_precision(precisions: Iterable[object]) -> str:
    known = [p for p in precisions if isinstance(p, str) and p in _PRECISION_RANK]
    return min(known, key=_PRECISION_RANK.__getitem__) if known else "unknown"


def _min_date(values: Iterable[object]) -> pd.Timestamp | None:
    dates = [timestamp(v) for v in values if not is_missing(v)]
    return min(dates) if dates else None


def _max_date(values: Iterable[object]) -> pd.Timestamp | None:
    dates = [timestamp(v) for v in values if not is_missing(v)]
    return max(dates) if dates else None


def merged_qualifier(qualifiers: Iterable[str]) -> str:
    """One qualifier for merged mentions: exact only when every mention is exact."""
    quals = set(qualifiers)
    if quals <= set(POINT_QUALIFIERS):
        return "exact" if quals == {"exact"} else "approx"
    return sorted(quals)[0]


def merge_mentions(mentions: list[dict]) -> dict:
    """One distinct-claim row from mentions (sorted by date) of the same claim."""
    first = mentions[0]
    claim_date = _min_date(m["claim_date"] for m in mentions)
    earliest = [m for m in mentions if claim_date is not None and m["claim_date"] == claim_date]
    qualifier = merged_qualifier(m["qualifier"] for m in mentions)
    value, low, high = _num(first["value"]), _num(first["low"]), _num(first["high"])
    vague = vague_label(first["quantity_text"]) if qualifier == "vague" else VAGUE_DEFAULT
    articles = sorted(_unique(m["article_id"] for m in mentions))
    return {
        "claim_date": claim_date,
        "claim_date_precision": _best_precision(m["claim_date_precision"] for m in earliest)
        if earliest
        else "unknown",
        "claimant_group": first["claimant_group"],
        "claimants": JOIN.join(_unique(m.get("claimant") for m in mentions)),
        "status": first["status"],
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "additional": bool(first["additional"]),
        "figure_text": figure_text(qualifier, value, low, high, vague, bool(first["additional"])),
        "n_mentions": len(mentions),
        "n_articles": len(articles),
        "first_published": _min_date(m["published"] for m in mentions),
        "last_published": _max_date(m["published"] for m in mentions),
        "sources": JOIN.join(articles),
        "claim_ids": JOIN.join(str(m["claim_id"]) for m in mentions),
        "computed": False,
        "computed_from": "",
        "locations": JOIN.join(_unique(m.get("location") for m in mentions)),
    }


def combine_figures(base: dict, increment: dict) -> tuple[float | None, ...] | None:
    """(value, low, high, qualifier) of base + increment, or None when not computable."""
    quals = {base["qualifier"], increment["qualifier"]}
    if "vague" in quals:
        return None
    if quals <= set(POINT_QUALIFIERS):
        if base["value"] is None or increment["value"] is None:
            return None
        total = base["value"] + increment["value"]
        return total, total, total, "exact" if quals == {"exact"} else "approx"
    low = _add(_lower(base), _lower(increment))
    high = _add(_upper(base), _upper(increment))
    if low is None and high is None:
        return None
    if high is None:
        return low, low, None, "at_least"
    if low is None:
        return high, None, high, "at_most"
    return None, low, high, "range"


def _lower(row: dict) -> float | None:
    if row["qualifier"] == "at_most":
        return None
    return row["low"] if row["low"] is not None else row["value"]


def _upper(row: dict) -> float | None:
    if row["qualifier"] == "at_least":
        return None
    return row["high"] if row["high"] is not None else row["value"]


def _add(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b


def _is_base(row: dict) -> bool:
    """A figure an increment can be added to: a dated, non-vague level (quoted or computed)."""
    return not row["additional"] and row["qualifier"] != "vague" and row["claim_date"] is not None


def _base_rank(row: dict) -> tuple:
    """Among bases on the same date: computed first, then most articles, then largest."""
    level = _first_number(row["value"], row["low"], row["high"]) or 0.0
    return (row["claim_date"], row["computed"], row["n_articles"], level)


def cumulative_row(base: dict, increment: dict) -> dict | None:
    """The computed cumulative figure `base + increment`, dated like the increment."""
    combined = combine_figures(base, increment)
    if combined is None:
        return None
    value, low, high, qualifier = combined
    base_ids, inc_ids = base["claim_ids"].split(JOIN), increment["claim_ids"].split(JOIN)
    sources = sorted(set(base["sources"].split(JOIN)) | set(increment["sources"].split(JOIN)))
    claim_ids = list(dict.fromkeys(base_ids + inc_ids))
    return {
        **increment,
        "claimants": JOIN.join(_unique(
            base["claimants"].split(JOIN) + increment["claimants"].split(JOIN)
        )),
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "additional": False,
        "figure_text": figure_text(str(qualifier), value, low, high),
        "n_mentions": len(claim_ids),
        "n_articles": len(sources),
        "first_published": _min_date([base["first_published"], increment["first_published"]]),
        "last_published": _max_date([base["last_published"], increment["last_published"]]),
        "sources": JOIN.join(sources),
        "claim_ids": JOIN.join(claim_ids),
        "computed": True,
        "computed_from": f"{JOIN.join(base_ids)} + {JOIN.join(inc_ids)}",
    }


def cumulative_rows(rows: list[dict]) -> list[dict]:
    """Computed cumulative figures: each increment added to the latest earlier level."""
    bases: dict[tuple[str, str], list[tuple]] = {}
    for r in filter(_is_base, rows):
        key = (r["claimant_group"], r["status"])
        bases.setdefault(key, []).append((_base_rank(r), r["claim_ids"], r))
    for levels in bases.values():
        levels.sort(key=lambda t: t[:2])
    increments = sorted(
        (r for r in rows if r["additional"] and r["claim_date"] is not None),
        key=lambda r: (r["claim_date"], r["claim_ids"]),
    )
    computed = []
    for inc in increments:
        levels = bases.get((inc["claimant_group"], inc["status"]), [])
        earlier = bisect.bisect_left(levels, (inc["claim_date"],), key=lambda t: t[0][:1])
        row = cumulative_row(levels[earlier - 1][2], inc) if earlier else None
        if row is not None:
            computed.append(row)
            bisect.insort(levels, (_base_rank(row), row["claim_ids"], row), key=lambda t: t[:2])
    return computed


def _order(values: Sequence[str], value: object) -> int:
    return values.index(value) if value in values else len(values)


def _row_order(r: dict) -> tuple:
    level = _first_number(r["value"], r["low"], r["high"])
    return (
        _date_sort_key(r["claim_date"]),
        _order(STATUSES, r["status"]),
        _order(CLAIMANT_GROUPS, r["claimant_group"]),
        r["computed"],
        r["additional"],
        level if level is not None else -1.0,
        r["claim_ids"],
    )


def distinct_claims(
    claims: pd.DataFrame, window_days: int = 3, manifest: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Merge claim mentions across articles and add cumulative figures for increments.

    Mentions merge when claimant_group, status, increment flag and figure agree (exact and
    approx merge; vague figures merge by their magnitude word) and their claim dates lie
    within `window_days` of the cluster's earliest date. Claims from articles the
    `manifest` flags as duplicates are dropped first.
    """
    records = _mention_records(claims, manifest)
    quoted = quoted_distinct_rows(records, window_days)
    rows = sorted(quoted + cumulative_rows(quoted), key=_row_order)
    width = max(3, len(str(len(rows))))
    for i, r in enumerate(rows, start=1):
        r["distinct_id"] = f"D{i:0{width}d}"
    return typed_frame(rows, DISTINCT_COLUMNS)


def split_ids(joined: object) -> list[str]:
    """`"a; b"` -> `["a", "b"]` (NA or empty -> [])."""
    return [p for p in str(joined).split(JOIN) if p] if isinstance(joined, str) else []


def mentions_of(distinct: pd.DataFrame, claims: pd.DataFrame, distinct_id: str) -> pd.DataFrame:
    """The claim mentions (with their sentences) behind one distinct claim."""
    match = distinct.loc[distinct["distinct_id"] == distinct_id, "claim_ids"]
    ids = split_ids(match.iloc[0]) if len(match) else []
    rows = claims[claims["claim_id"].isin(ids)]
    return rows.sort_values(["claim_date", "article_id", "start"], kind="stable")


def filter_claims(
    table: pd.DataFrame,
    claimant_groups: Sequence[str] = (),
    statuses: Sequence[str] = (),
    qualifiers: Sequence[str] = (),
    date_from: date | str | None = None,
    date_to: date | str | None = None,
) -> pd.DataFrame:
    """Rows of a claims or distinct-claims table matching every given filter (empty = all)."""
    keep = pd.Series(True, index=table.index)
    for column, wanted in (
        ("claimant_group", claimant_groups),
        ("status", statuses),
        ("qualifier", qualifiers),
    ):
        if wanted:
            keep &= table[column].isin(list(wanted)).fillna(False).astype(bool)
    dates = table["claim_date"]
    if date_from:
        keep &= (dates >= pd.Timestamp(date_from)).fillna(False).astype(bool)
    if date_to:
        keep &= (dates <= pd.Timestamp(date_to)).fillna(False).astype(bool)
    return table[keep]

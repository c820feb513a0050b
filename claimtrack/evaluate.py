"""Score a claims table against a gold file (docs/claims-spec.md, "Gold files and scoring").

A prediction matches a gold row of the same article when their `[start, end)` spans
overlap; matching is one-to-one, largest overlap first. Precision, recall and F1 count
required gold rows only: a match to an optional row is ignored on both sides, a missing
optional row is no miss. Field accuracies are shares over the matches to required rows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from claimtrack.schema import CLAIM_COLUMNS
from claimtrack.tables import format_float, read_table_file, with_dtypes, write_tables

GOLD_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "start": "int64",
    "end": "int64",
    "quantity_text": "string",
    "value": "Float64",
    "qualifier": "string",
    "additional": "boolean",
    "status": "string",
    "claimant_group": "string",
    "claim_date_from": "datetime64[s]",
    "claim_date_to": "datetime64[s]",
    "required": "boolean",  # `yes` -> True, `optional` -> False
    "note": "string",
}
REQUIRED_WORDS = {"yes": True, "optional": False}
FIELDS = ("value", "qualifier", "additional", "status", "claimant_group", "claim_date")
EXACT_FIELDS = ("qualifier", "additional", "status", "claimant_group")
SPAN_COLUMNS = ("article_id", "start", "end")
VALUE_TOLERANCE = 1e-9  # relative (and absolute) tolerance for equal values
EVALUATION_TABLE = "evaluation"
MATCH_COLUMNS = ("article_id", "gold_pos", "pred_pos", "overlap", "required")
ERROR_COLUMNS = (
    "article_id", "start", "end", "quantity_text", "pred_start", "pred_end", "pred_text",
    "field", "expected", "got",
)


@dataclass(frozen=True)
class Scores:
    """The outcome of one scoring: the rows behind each count, and the rates."""

    matches: pd.DataFrame  # matches to required gold rows: gold and predicted spans
    misses: pd.DataFrame  # required gold rows no prediction matched
    false_positives: pd.DataFrame  # predictions that matched no gold row
    field_errors: pd.DataFrame  # ERROR_COLUMNS: one row per wrong field of a match
    optional_matches: int  # predictions matched to optional gold rows (ignored)
    precision: float
    recall: float
    f1: float
    field_accuracy: dict[str, float]  # field -> share right over `matches` (NaN if none)

    @property
    def n_matches(self) -> int:
        return len(self.matches)


def load_gold(path: Path) -> pd.DataFrame:
    """A gold CSV as a typed frame (GOLD_COLUMNS); `required` becomes a boolean."""
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    missing = [column for column in GOLD_COLUMNS if column not in raw.columns and column != "note"]
    if missing:
        raise ValueError(f"{path}: gold file lacks column(s) {', '.join(missing)}")
    raw["required"] = raw["required"].map(parse_required)
    return typed_gold(raw)


def load_claims(path: Path) -> pd.DataFrame:
    """A claims table from a `.csv` or `.parquet` file, with the schema's dtypes."""
    return read_table_file(Path(path), CLAIM_COLUMNS)


def typed_gold(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with GOLD_COLUMNS' dtypes (text values parsed); `note` added when absent."""
    out = frame if "note" in frame.columns else frame.assign(note=pd.NA)
    return with_dtypes(out, GOLD_COLUMNS)


def parse_required(word: object) -> bool:
    """`yes` -> True, `optional` -> False (any case); anything else is an error."""
    key = str(word).strip().lower()
    if key not in REQUIRED_WORDS:
        raise ValueError(f"gold column required must be yes or optional, not {word!r}")
    return REQUIRED_WORDS[key]


def score(claims: pd.DataFrame, gold: pd.DataFrame) -> Scores:
    """Match `claims` to `gold` one-to-one and score mentions and fields."""
    check_columns(claims, (*SPAN_COLUMNS, *FIELDS), "claims")
    check_columns(gold, tuple(c for c in GOLD_COLUMNS if c != "note"), "gold")
    pred = by_span(claims)
    gold = by_span(gold)
    pairs = match_spans(pred, gold)
    required = pairs[pairs["required"]]
    unmatched_gold = ~np.isin(np.arange(len(gold)), pairs["gold_pos"].to_numpy())
    misses = gold[gold["required"].to_numpy(bool) & unmatched_gold]
    false_pos = pred[~np.isin(np.arange(len(pred)), pairs["pred_pos"].to_numpy())]
    g = gold.iloc[required["gold_pos"]].reset_index(drop=True)
    p = pred.iloc[required["pred_pos"]].reset_index(drop=True)
    right = field_correctness(g, p)
    tp, fp, fn = len(required), len(false_pos), len(misses)
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return Scores(
        matches=match_table(g, p),
        misses=misses.reset_index(drop=True),
        false_positives=false_pos.reset_index(drop=True),
        field_errors=field_errors(g, p, right),
        optional_matches=len(pairs) - tp,
        precision=precision,
        recall=recall,
        f1=harmonic_mean(precision, recall),
        field_accuracy={f: ratio(int(right[f].sum()), tp) for f in FIELDS},
    )


def check_columns(frame: pd.DataFrame, columns: tuple[str, ...], what: str) -> None:
    """ValueError naming the `columns` that `frame` lacks."""
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"{what} table lacks column(s) {', '.join(missing)}")


def by_span(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows ordered by article and span (a stable order makes matching deterministic)."""
    rows = frame.sort_values(list(SPAN_COLUMNS), kind="mergesort")
    return rows.reset_index(drop=True)


def match_spans(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One-to-one matches (MATCH_COLUMNS; positions into `pred`/`gold`), largest overlap first.

    Ties go to required gold rows, then to the earlier gold span, then the earlier prediction.
    """
    pred_groups = pred.groupby("article_id", sort=False).indices
    candidates = []
    for article, gold_pos in gold.groupby("article_id", sort=False).indices.items():
        if article in pred_groups:
            candidates.extend(overlapping_pairs(gold, pred, gold_pos, pred_groups[article]))
    required = gold["required"].to_numpy(bool)
    candidates.sort(key=lambda c: (-c[0], not required[c[1]], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    rows = []
    for overlap, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            rows.append((gold["article_id"].iat[g], g, p, overlap, bool(required[g])))
    rows.sort(key=lambda row: row[1])
    return pd.DataFrame(rows, columns=list(MATCH_COLUMNS)).astype(
        {"gold_pos": "int64", "pred_pos": "int64", "overlap": "int64", "required": "bool"}
    )


def overlapping_pairs(
    gold: pd.DataFrame, pred: pd.DataFrame, gold_pos: np.ndarray, pred_pos: np.ndarray
) -> list[tuple[int, int, int]]:
    """`(overlap, gold position, prediction position)` for every overlapping pair of one article."""
    g_start = gold["start"].to_numpy()[gold_pos][:, None]
    g_end = gold["end"].to_numpy()[gold_pos][:, None]
    p_start = pred["start"].to_numpy()[pred_pos][None, :]
    p_end = pred["end"].to_numpy()[pred_pos][None, :]
    overlap = np.minimum(g_end, p_end) - np.maximum(g_start, p_start)
    rows, cols = np.nonzero(overlap > 0)
    return [
        (int(overlap[r, c]), int(gold_pos[r]), int(pred_pos[c]))
        for r, c in zip(rows, cols, strict=True)
    ]


def field_correctness(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """For aligned gold/predicted rows, one boolean column per field: right or not."""
    right = {"value": same_values(gold["value"], pred["value"])}
    for field in EXACT_FIELDS:
        right[field] = same_labels(gold[field], pred[field])
    right["claim_date"] = in_window(
        pred["claim_date"], gold["claim_date_from"], gold["claim_date_to"]
    )
    return pd.DataFrame(right, columns=list(FIELDS))


def same_values(expected: pd.Series, got: pd.Series) -> np.ndarray:
    """Equal within VALUE_TOLERANCE, or both missing."""
    a = expected.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    b = got.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    close = np.isclose(a, b, rtol=VALUE_TOLERANCE, atol=VALUE_TOLERANCE)
    return close | (np.isnan(a) & np.isnan(b))


def same_labels(expected: pd.Series, got: pd.Series) -> np.ndarray:
    """Equal, or both missing."""
    a = expected.astype(object).to_numpy()
    b = got.astype(object).to_numpy()
    return np.array([label_equal(x, y) for x, y in zip(a, b, strict=True)], dtype=bool)


def label_equal(expected: object, got: object) -> bool:
    if pd.isna(expected) or pd.isna(got):
        return bool(pd.isna(expected) and pd.isna(got))
    return bool(expected == got)


def in_window(dates: pd.Series, first: pd.Series, last: pd.Series) -> np.ndarray:
    """Date inside `[first, last]` (a missing bound is open); no window: the date is missing."""
    d = pd.to_datetime(dates).to_numpy(dtype="datetime64[s]")
    lo = pd.to_datetime(first).to_numpy(dtype="datetime64[s]")
    hi = pd.to_datetime(last).to_numpy(dtype="datetime64[s]")
    no_window = np.isnat(lo) & np.isnat(hi)
    inside = ~np.isnat(d) & (np.isnat(lo) | (d >= lo)) & (np.isnat(hi) | (d <= hi))
    return np.where(no_window, np.isnat(d), inside)


def match_table(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """The matched pairs: article, gold span and text, predicted span and text."""
    return pd.DataFrame({
        "article_id": gold["article_id"],
        "start": gold["start"],
        "end": gold["end"],
        "quantity_text": gold["quantity_text"],
        "pred_start": pred["start"],
        "pred_end": pred["end"],
        "pred_text": pred_texts(pred),
    })


def pred_texts(pred: pd.DataFrame) -> pd.Series:
    if "quantity_text" in pred.columns:
        return pred["quantity_text"].astype("string")
    return pd.Series(pd.NA, index=pred.index, dtype="string")


def field_errors(gold: pd.DataFrame, pred: pd.DataFrame, right: pd.DataFrame) -> pd.DataFrame:
    """One row per wrong field of a matched pair, with expected and predicted values."""
    pairs = match_table(gold, pred)
    rows = []
    for i in range(len(right)):
        for field in FIELDS:
            if not right[field].iat[i]:
                expected, got = expected_text(gold.iloc[i], field), value_text(pred[field].iat[i])
                rows.append({**pairs.iloc[i].to_dict(), "field": field,
                             "expected": expected, "got": got})
    return pd.DataFrame(rows, columns=list(ERROR_COLUMNS))


def expected_text(gold_row: pd.Series, field: str) -> str:
    """What the gold row expects for `field`, as text (a date window as `from..to`)."""
    if field != "claim_date":
        return value_text(gold_row[field])
    first = value_text(gold_row["claim_date_from"])
    last = value_text(gold_row["claim_date_to"])
    return first if first == last else f"{first}..{last}"


def value_text(value: object) -> str:
    """A cell as short text: `NA`, `1500`, `true`, `2024-10-18`."""
    if value is None or pd.isna(value):
        return "NA"
    if isinstance(value, bool | np.bool_):
        return "true" if value else "false"
    if isinstance(value, float | np.floating):
        return format_float(float(value))
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    return str(value)


def ratio(numerator: int, denominator: int) -> float:
    """numerator / denominator; NaN when the denominator is 0."""
    return numerator / denominator if denominator else math.nan


def harmonic_mean(a: float, b: float) -> float:
    """F1 of precision `a` and recall `b` (0 when both are 0, NaN if either is NaN)."""
    if math.isnan(a) or math.isnan(b):
        return math.nan
    return 2 * a * b / (a + b) if a + b else 0.0


def evaluation_table(scores: Scores) -> pd.DataFrame:
    """The scores as a long table: `metric`, `score`, `n` (the count the share is over)."""
    tp, fp, fn = scores.n_matches, len(scores.false_positives), len(scores.misses)
    rows = [
        ("precision", scores.precision, tp + fp),
        ("recall", scores.recall, tp + fn),
        ("f1", scores.f1, tp),
    ]
    rows += [(f"accuracy_{field}", scores.field_accuracy[field], tp) for field in FIELDS]
    frame = pd.DataFrame(rows, columns=["metric", "score", "n"])
    return frame.astype({"metric": "string", "score": "Float64", "n": "int64"})


def evaluate_run(claims: pd.DataFrame, gold_path: str, data_dir: Path) -> Scores | None:
    """Score `claims` against the gold file and write the `evaluation` table to `data_dir`.

    With no gold file (`gold_path == ""`) there is nothing to score: None, and an
    `evaluation` table left by an earlier run in `data_dir` is removed.
    """
    if not gold_path:
        for suffix in (".csv", ".parquet"):
            (Path(data_dir) / f"{EVALUATION_TABLE}{suffix}").unlink(missing_ok=True)
        return None
    scores = score(claims, load_gold(Path(gold_path)))
    write_tables({EVALUATION_TABLE: evaluation_table(scores)}, Path(data_dir))
    return scores


def format_report(scores: Scores) -> str:
    """Misses, false positives and wrong fields, then P/R/F1 and each field's accuracy."""
    tp, fp, fn = scores.n_matches, len(scores.false_positives), len(scores.misses)
    lines = [f"Misses ({fn})"]
    lines += [f"  {span_text(row)}  expected {gold_summary(row)}"
              for _, row in scores.misses.iterrows()]
    lines.append(f"False positives ({fp})")
    lines += [f"  {span_text(row)}  got {pred_summary(row)}"
              for _, row in scores.false_positives.iterrows()]
    lines.append(f"Wrong fields ({len(scores.field_errors)})")
    lines += [f"  {span_text(row)}  {row['field']}: expected {row['expected']}, got {row['got']}"
              for _, row in scores.field_errors.iterrows()]
    lines.append(
        f"Mentions: {tp} matched, {fn} missed, {fp} false positive(s); "
        f"{scores.optional_matches} match(es) to optional gold rows ignored"
    )
    lines.append(f"Precision {rate(scores.precision)}  Recall {rate(scores.recall)}  "
                 f"F1 {rate(scores.f1)}")
    lines.append(f"Field accuracy over {tp} match(es):")
    wrong = scores.field_errors["field"].value_counts()
    lines += [f"  {field:<15} {rate(share)}  ({tp - int(wrong.get(field, 0))}/{tp})"
              for field, share in scores.field_accuracy.items()]
    return "\n".join(lines)


def span_text(row: pd.Series) -> str:
    """`article [start:end] 'text'` of a gold row, prediction or error row."""
    text = row.get("quantity_text", pd.NA)
    return f"{row['article_id']} [{row['start']}:{row['end']}] {value_text(text)!r}"


def gold_summary(row: pd.Series) -> str:
    parts = [f"{field}={value_text(row[field])}" for field in ("value", *EXACT_FIELDS)]
    return " ".join([*parts, f"claim_date={expected_text(row, 'claim_date')}"])


def pred_summary(row: pd.Series) -> str:
    return " ".join(f"{field}={value_text(row[field])}" for field in FIELDS)


def rate(share: float) -> str:
    return "n/a" if math.isnan(share) else f"{share:.3f}"

"""Scoring a claims table against gold rows (docs/claims-spec.md)."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from claimtrack.evaluate import (
    evaluate_run,
    evaluation_table,
    format_report,
    load_claims,
    load_gold,
    score,
    typed_gold,
)
from claimtrack.schema import CLAIM_COLUMNS, typed_frame
from claimtrack.tables import read_table, write_tables

DAY = date(2024, 11, 4)


def gold_row(article: str, start: int, end: int, **fields) -> dict:
    row = {
        "article_id": article, "start": start, "end": end, "quantity_text": "etwa 2.000",
        "value": 2000.0, "qualifier": "approx", "additional": False, "status": "in_russia",
        "claimant_group": "ukraine", "claim_date_from": DAY, "claim_date_to": DAY,
        "required": True, "note": "",
    }
    return {**row, **fields}


def pred_row(article: str, start: int, end: int, **fields) -> dict:
    row = {
        "article_id": article, "claim_id": f"{article}:{start}", "start": start, "end": end,
        "quantity_text": "etwa 2.000", "value": 2000.0, "qualifier": "approx",
        "additional": False, "status": "in_russia", "claimant_group": "ukraine",
        "claim_date": DAY,
    }
    return {**row, **fields}


def gold(*rows: dict) -> pd.DataFrame:
    return typed_gold(pd.DataFrame(list(rows)))


def preds(*rows: dict) -> pd.DataFrame:
    return typed_frame(list(rows), CLAIM_COLUMNS)


def test_overlapping_spans_match_touching_do_not():
    scores = score(preds(pred_row("a", 8, 14), pred_row("a", 20, 25)),
                   gold(gold_row("a", 10, 20)))
    assert scores.n_matches == 1
    assert scores.matches["pred_start"].tolist() == [8]
    assert len(scores.false_positives) == 1  # [20, 25) only touches [10, 20)
    assert scores.precision == 0.5 and scores.recall == 1.0
    assert scores.f1 == pytest.approx(2 / 3)


def test_same_span_in_another_article_is_no_match():
    scores = score(preds(pred_row("b", 10, 20)), gold(gold_row("a", 10, 20)))
    assert scores.n_matches == 0
    assert len(scores.misses) == 1 and len(scores.false_positives) == 1
    assert scores.precision == 0.0 and scores.recall == 0.0 and scores.f1 == 0.0


def test_each_gold_row_matches_one_prediction_the_largest_overlap():
    scores = score(preds(pred_row("a", 0, 12), pred_row("a", 11, 30)),
                   gold(gold_row("a", 10, 20)))
    assert scores.matches["pred_start"].tolist() == [11]  # overlap 9 beats 2
    assert scores.false_positives["start"].tolist() == [0]


def test_one_prediction_serves_one_gold_row():
    scores = score(preds(pred_row("a", 0, 30)),
                   gold(gold_row("a", 0, 10), gold_row("a", 12, 30)))
    assert scores.matches["start"].tolist() == [12]  # the larger overlap wins
    assert scores.misses["start"].tolist() == [0]


def test_matching_ignores_input_order():
    p = preds(pred_row("a", 5, 15), pred_row("a", 10, 20))
    g = gold(gold_row("a", 10, 20), gold_row("a", 0, 10))
    forward = score(p, g).matches
    backward = score(p.iloc[::-1], g.iloc[::-1]).matches
    pd.testing.assert_frame_equal(forward, backward)


def test_optional_gold_rows_are_neither_misses_nor_make_false_positives():
    g = gold(gold_row("a", 0, 8), gold_row("a", 20, 28, required=False),
             gold_row("a", 40, 48, required=False))
    scores = score(preds(pred_row("a", 0, 8), pred_row("a", 20, 28)), g)
    assert scores.n_matches == 1 and scores.optional_matches == 1
    assert scores.misses.empty and scores.false_positives.empty
    assert scores.precision == 1.0 and scores.recall == 1.0


def test_field_errors_on_optional_matches_do_not_count():
    g = gold(gold_row("a", 0, 8, required=False))
    scores = score(preds(pred_row("a", 0, 8, status="planned")), g)
    assert scores.field_errors.empty
    assert math.isnan(scores.field_accuracy["status"])


def test_value_equal_with_tolerance_or_both_na():
    g = gold(gold_row("a", 0, 5, value=1500.0), gold_row("a", 10, 15, value=None),
             gold_row("a", 20, 25, value=None), gold_row("a", 30, 35, value=3000.0))
    p = preds(pred_row("a", 0, 5, value=1500.0 + 1e-9), pred_row("a", 10, 15, value=None),
              pred_row("a", 20, 25, value=12.0), pred_row("a", 30, 35, value=None))
    scores = score(p, g)
    assert scores.field_accuracy["value"] == 0.5
    errors = scores.field_errors[scores.field_errors["field"] == "value"]
    assert errors[["start", "expected", "got"]].values.tolist() == [[20, "NA", "12"],
                                                                    [30, "3000", "NA"]]


def test_claim_date_inside_inclusive_window():
    window = {"claim_date_from": date(2024, 10, 14), "claim_date_to": date(2024, 10, 22)}
    g = gold(*(gold_row("a", 10 * i, 10 * i + 5, **window) for i in range(5)))
    dates = [date(2024, 10, 14), date(2024, 10, 22), date(2024, 10, 13), date(2024, 10, 23),
             None]
    p = preds(*(pred_row("a", 10 * i, 10 * i + 5, claim_date=d) for i, d in enumerate(dates)))
    scores = score(p, g)
    assert scores.field_accuracy["claim_date"] == 0.4
    errors = scores.field_errors[scores.field_errors["field"] == "claim_date"]
    assert errors["got"].tolist() == ["2024-10-13", "2024-10-23", "NA"]
    assert set(errors["expected"]) == {"2024-10-14..2024-10-22"}


def test_missing_window_expects_no_date_and_half_open_windows():
    g = gold(gold_row("a", 0, 5, claim_date_from=None, claim_date_to=None),
             gold_row("a", 10, 15, claim_date_from=None, claim_date_to=None),
             gold_row("a", 20, 25, claim_date_from=date(2024, 10, 1), claim_date_to=None))
    p = preds(pred_row("a", 0, 5, claim_date=None), pred_row("a", 10, 15),
              pred_row("a", 20, 25, claim_date=date(2025, 1, 1)))
    right = score(p, g).field_errors
    assert right["start"].tolist() == [10]


def test_label_fields_and_additional():
    g = gold(gold_row("a", 0, 5), gold_row("a", 10, 15))
    p = preds(pred_row("a", 0, 5, qualifier="exact", additional=True, claimant_group="nato"),
              pred_row("a", 10, 15, status=None))
    scores = score(p, g)
    acc = scores.field_accuracy
    assert (acc["qualifier"], acc["additional"], acc["claimant_group"], acc["status"]) == (
        0.5, 0.5, 0.5, 0.5)
    assert acc["value"] == 1.0
    wrong = scores.field_errors.set_index("field")
    assert wrong.loc["status", "got"] == "NA"
    assert wrong.loc["additional", "expected"] == "false"


def test_no_predictions_and_no_gold():
    scores = score(preds(), gold(gold_row("a", 0, 5)))
    assert math.isnan(scores.precision) and scores.recall == 0.0 and math.isnan(scores.f1)
    empty = score(preds(), typed_gold(pd.DataFrame(columns=list(gold_row("a", 0, 1)))))
    assert empty.n_matches == 0 and math.isnan(empty.recall)


def test_claims_without_needed_columns_are_refused():
    with pytest.raises(ValueError, match="claimant_group"):
        score(preds(pred_row("a", 0, 5)).drop(columns=["claimant_group"]),
              gold(gold_row("a", 0, 5)))


GOLD_CSV = """article_id,start,end,quantity_text,value,qualifier,additional,status,\
claimant_group,claim_date_from,claim_date_to,required,note
x1,5,16,about 3,000,,vague,false,in_russia,united_states,2024-11-01,2024-11-02,yes,
x1,40,45,2.500,2500,exact,true,near_front,ukraine,2024-11-02,2024-11-02,Optional,a note
"""


def test_load_gold_types_and_required(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text(GOLD_CSV.replace("about 3,000", '"about 3,000"'))
    g = load_gold(path)
    assert g["required"].tolist() == [True, False]
    assert g["additional"].tolist() == [False, True]
    assert pd.isna(g["value"].iloc[0]) and g["value"].iloc[1] == 2500.0
    assert g["claim_date_from"].iloc[0] == pd.Timestamp("2024-11-01")
    assert g["quantity_text"].iloc[0] == "about 3,000"


def test_load_gold_rejects_unknown_required(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text(GOLD_CSV.replace('about 3,000', "x").replace("Optional", "maybe"))
    with pytest.raises(ValueError, match="maybe"):
        load_gold(path)


def test_load_claims_from_csv_and_parquet(tmp_path):
    frame = preds(pred_row("a", 0, 5, value=None), pred_row("a", 9, 12, additional=True))
    write_tables({"claims": frame}, tmp_path)
    from_csv = load_claims(tmp_path / "claims.csv")
    from_parquet = load_claims(tmp_path / "claims.parquet")
    pd.testing.assert_frame_equal(from_csv, from_parquet)
    assert from_csv["additional"].tolist() == [False, True]


def test_report_lists_problems_then_rates():
    g = gold(gold_row("art1", 0, 5, quantity_text="rund 4.000"),
             gold_row("art1", 10, 15, quantity_text="Tausende", value=None,
                      qualifier="vague"),
             gold_row("art2", 3, 9))
    p = preds(pred_row("art1", 0, 5, status="planned"), pred_row("art2", 50, 60,
                                                                   quantity_text="zwei"))
    text = format_report(score(p, g))
    assert "Misses (2)" in text and "art1 [10:15] 'Tausende'" in text
    assert "False positives (1)" in text and "art2 [50:60] 'zwei'" in text
    assert "Wrong fields (1)" in text
    assert "art1 [0:5] 'rund 4.000'  status: expected in_russia, got planned" in text
    assert "Precision 0.500  Recall 0.333  F1 0.400" in text
    assert "status          0.000  (0/1)" in text
    assert text.index("Misses") < text.index("Precision")


def test_evaluation_table():
    scores = score(preds(pred_row("a", 0, 5)), gold(gold_row("a", 0, 5), gold_row("a", 9, 12)))
    table = evaluation_table(scores).set_index("metric")
    assert table.loc["precision", "score"] == 1.0 and table.loc["recall", "score"] == 0.5
    assert table.loc["recall", "n"] == 2
    assert table.loc["accuracy_claim_date", "score"] == 1.0


def test_evaluate_run_writes_table_and_removes_stale_one(tmp_path):
    gold_path = tmp_path / "gold.csv"
    gold_path.write_text(GOLD_CSV.replace("about 3,000", "x"))
    claims = preds(pred_row("x1", 5, 16, value=None, qualifier="vague",
                            claimant_group="united_states", claim_date=date(2024, 11, 2)))
    scores = evaluate_run(claims, str(gold_path), tmp_path / "data")
    assert scores is not None and scores.recall == 1.0
    table = read_table(tmp_path / "data", "evaluation")
    assert table.loc[table["metric"] == "f1", "score"].tolist() == [1.0]
    assert evaluate_run(claims, "", tmp_path / "data") is None
    assert not list((tmp_path / "data").glob("evaluation.*"))

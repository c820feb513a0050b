"""Deterministic CSV/Parquet table I/O."""

from __future__ import annotations

import csv
import io
from datetime import date

import numpy as np
import pandas as pd
import pytest

from claimtrack.schema import CLAIM_COLUMNS, MANIFEST_COLUMNS, typed_frame
from claimtrack.tables import (
    csv_lines,
    csv_text,
    format_float,
    format_floats,
    read_table,
    read_table_file,
    sorted_rows,
    write_tables,
)


def claim(article_id: str, start: int, **fields) -> dict:
    row = {
        "article_id": article_id, "claim_id": f"{article_id}:{start}", "language": "en",
        "published": date(2024, 11, 4), "start": start, "end": start + 5,
        "quantity_text": "about 2,000", "value": 2000.0, "low": 2000.0, "high": 2000.0,
        "qualifier": "approx", "additional": False, "status": "in_russia",
        "claimant": "the ministry", "claimant_group": "other", "claim_date": date(2024, 11, 3),
        "claim_date_precision": "day", "location": None, "sentence": "About 2,000 arrived.",
        "noun": "soldiers", "claim_date_text": "on Sunday",
    }
    return {**row, **fields}


@pytest.fixture
def claims() -> pd.DataFrame:
    rows = [
        claim("b", 40),
        claim("a", 300, value=None, low=2000.0, high=None, qualifier="at_least",
              quantity_text="more than 2,000", additional=True),
        claim("a", 12, value=0.5, low=0.25, high=1e20, sentence='He said, "a few".'),
    ]
    return typed_frame(rows, CLAIM_COLUMNS)


def test_format_float_drops_spurious_decimals():
    assert format_float(1500.0) == "1500"
    assert format_float(-3.0) == "-3"
    assert format_float(0.1) == "0.1"
    assert format_float(2.5e-7) == "2.5e-07"
    assert format_float(1e20) == "1e+20"
    assert format_float(float("nan")) == ""


def test_rows_sorted_by_article_and_start(claims):
    rows = sorted_rows(claims)
    assert list(zip(rows["article_id"], rows["start"], strict=True)) == [
        ("a", 12), ("a", 300), ("b", 40)
    ]
    assert list(rows.index) == [0, 1, 2]


def test_manifest_sorted_by_file_name():
    rows = [{"article_id": n, "file_name": f"{n}.txt", "status": "loaded", "n_figures": 0,
             "n_claims": 0} for n in ("zeta", "alpha", "mid")]
    frame = sorted_rows(typed_frame(rows, MANIFEST_COLUMNS))
    assert list(frame["file_name"]) == ["alpha.txt", "mid.txt", "zeta.txt"]


def test_csv_cells_formatting(claims):
    text = csv_text(sorted_rows(claims))
    lines = text.split("\n")
    at_least = list(csv.DictReader(io.StringIO(text)))[1]
    assert at_least["value"] == ""  # NA is empty
    assert at_least["low"] == "2000"
    assert at_least["additional"] == "true"
    assert at_least["published"] == "2024-11-04"
    assert at_least["claim_date"] == "2024-11-03"
    assert at_least["location"] == ""
    assert '"He said, ""a few""."' in lines[1]  # quoting of commas and quotes
    assert lines[-1] == "" and "\r" not in "".join(lines)


def test_datetimes_with_time_keep_it():
    frame = pd.DataFrame({"when": pd.to_datetime(["2024-10-18 13:05:00", None]), "n": [1, 2]})
    assert csv_text(frame).split("\n")[1:3] == ["2024-10-18T13:05:00,1", ",2"]


def test_mixed_object_column_cells():
    frame = pd.DataFrame({"x": [True, 3.0, date(2024, 1, 2), ("a", "b"), None, "text"], "n": 1})
    cells = [line.removesuffix(",1") for line in csv_text(frame).split("\n")[1:7]]
    assert cells == ["true", "3", "2024-01-02", "a; b", "", "text"]


def test_write_twice_gives_identical_bytes(tmp_path, claims):
    write_tables({"claims": claims}, tmp_path / "one")
    shuffled = claims.iloc[[2, 0, 1]]
    write_tables({"claims": shuffled}, tmp_path / "two")
    first = (tmp_path / "one" / "claims.csv").read_bytes()
    assert first == (tmp_path / "two" / "claims.csv").read_bytes()
    assert (tmp_path / "one" / "claims.parquet").is_file()


def test_read_table_restores_schema_dtypes(tmp_path, claims):
    write_tables({"claims": claims}, tmp_path)
    back = read_table(tmp_path, "claims")
    assert list(back.columns) == list(CLAIM_COLUMNS)
    assert {c: str(t) for c, t in back.dtypes.items()} == CLAIM_COLUMNS
    assert back["claim_date"].iloc[0] == pd.Timestamp("2024-11-03")
    assert back["value"].isna().tolist() == [False, True, False]


def test_csv_twin_reads_back_like_parquet(tmp_path, claims):
    write_tables({"claims": claims}, tmp_path)
    from_csv = read_table_file(tmp_path / "claims.csv", CLAIM_COLUMNS)
    pd.testing.assert_frame_equal(from_csv, read_table(tmp_path, "claims"))


def test_unknown_table_reads_back_as_written(tmp_path):
    frame = pd.DataFrame({"metric": ["f1"], "score": [0.75]})
    write_tables({"evaluation": frame}, tmp_path)
    pd.testing.assert_frame_equal(read_table(tmp_path, "evaluation"), frame)
    assert (tmp_path / "evaluation.csv").read_text() == "metric,score\nf1,0.75\n"


def test_empty_table_round_trip(tmp_path):
    write_tables({"claims": typed_frame([], CLAIM_COLUMNS)}, tmp_path)
    assert (tmp_path / "claims.csv").read_text().strip() == ",".join(CLAIM_COLUMNS)
    assert read_table(tmp_path, "claims").empty


def test_missing_table_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="claims.parquet"):
        read_table(tmp_path, "claims")


def test_bad_boolean_in_csv(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("additional\nperhaps\n")
    with pytest.raises(ValueError, match="perhaps"):
        read_table_file(path, {"additional": "boolean"})


def test_format_floats_matches_format_float_on_every_kind_of_number() -> None:
    numbers = np.array([1500.0, -0.0, 0.1, 1.5, -3.0, 1e20, 2.0**53, 2.0**53 - 1, 123456789012.0,
                        np.nan, np.inf, -np.inf, 1e-7])
    assert list(format_floats(numbers)) == [format_float(x) for x in numbers]


def test_csv_text_quotes_like_pandas() -> None:
    frame = pd.DataFrame({"a": pd.array(['say "hi"', "x,y", "", None, "line\nbreak"],
                                        dtype="string"),
                          "b": pd.array([1.5, None, 3.0, 2.0**60, 0.25], dtype="Float64")})
    expected = frame.astype(object).where(frame.notna(), "")
    expected["b"] = ["1.5", "", "3", repr(2.0**60), "0.25"]
    assert csv_text(frame) == expected.to_csv(index=False, lineterminator="\n")


def test_csv_lines_quote_as_the_csv_module_does() -> None:
    import random

    rng = random.Random(7)
    alphabet = 'ab ,"\n\t;ä\u2028'
    for _ in range(2000):
        n_cols, n_rows = rng.randint(1, 4), rng.randint(1, 4)
        columns = [["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
                    for _ in range(n_rows)] for _ in range(n_cols)]
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(zip(*columns, strict=True))
        assert csv_lines(columns) == out.getvalue()


def test_csv_lines_quote_a_carriage_return() -> None:
    assert csv_lines([["a\rb", "c"], ["1", "2"]]) == '"a\rb",1\nc,2\n'

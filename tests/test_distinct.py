"""Merging claim mentions into distinct claims, and cumulative figures from increments."""

from __future__ import annotations

import pandas as pd
import pytest
from distinct_rows import bounds

from claimtrack.distinct import (
    DISTINCT_COLUMNS,
    distinct_claims,
    figure_text,
    filter_claims,
    instant,
    mentions_of,
    vague_label,
    window_clusters,
)
from claimtrack.schema import CLAIM_COLUMNS, MANIFEST_COLUMNS, typed_frame


def claim(
    article: str,
    start: int,
    qualifier: str,
    value: float | None = None,
    *,
    low: float | None = None,
    high: float | None = None,
    day: str | None = "2024-10-18",
    group: str = "south_korea",
    status: str = "in_russia",
    additional: bool = False,
    text: str | None = None,
    claimant: str = "Geheimdienst NIS",
) -> dict:
    """One claims-table row; bounds follow the spec for the qualifier."""
    low, high = bounds(qualifier, value, low, high)
    quantity = text or (f"{value:,.0f}" if value is not None else "Tausende")
    return {
        "article_id": article, "claim_id": f"{article}:{start}", "language": "de",
        "published": pd.Timestamp(day) if day else None, "start": start,
        "end": start + len(quantity), "quantity_text": quantity, "value": value, "low": low,
        "high": high, "qualifier": qualifier, "additional": additional, "status": status,
        "claimant": claimant, "claimant_group": group,
        "claim_date": pd.Timestamp(day) if day else None,
        "claim_date_precision": "day" if day else "unknown", "location": None,
        "sentence": f"Satz mit {quantity} Soldaten.", "noun": "Soldaten", "claim_date_text": "",
    }


def claims_of(*rows: dict) -> pd.DataFrame:
    return typed_frame(list(rows), CLAIM_COLUMNS)


def manifest_of(duplicates: dict[str, str]) -> pd.DataFrame:
    rows = [
        {"article_id": a, "file_name": f"{a}.txt", "status": "loaded", "duplicate_of": d,
         "n_figures": 0, "n_claims": 0}
        for a, d in duplicates.items()
    ]
    return typed_frame(rows, MANIFEST_COLUMNS)


def test_exact_and_approx_of_same_figure_merge_across_articles() -> None:
    d = distinct_claims(claims_of(
        claim("a", 10, "exact", 1500, day="2024-10-19", claimant="NIS"),
        claim("b", 40, "approx", 1500, day="2024-10-18", claimant="South Korea's spy agency"),
    ))
    assert len(d) == 1
    row = d.iloc[0]
    assert row["claim_date"] == pd.Timestamp("2024-10-18")
    assert (row["n_mentions"], row["n_articles"]) == (2, 2)
    assert row["qualifier"] == "approx" and row["figure_text"] == "≈1,500"
    assert row["claimants"] == "South Korea's spy agency; NIS"
    assert row["sources"] == "a; b"
    assert row["claim_ids"] == "b:40; a:10"


def test_window_is_anchored_at_the_earliest_date() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "exact", 3000, day="2024-10-01"),
        claim("b", 1, "exact", 3000, day="2024-10-03"),
        claim("c", 1, "exact", 3000, day="2024-10-05"),
    ), window_days=3)
    assert d["n_mentions"].tolist() == [2, 1]
    assert d["claim_date"].dt.day.tolist() == [1, 5]


def test_wider_window_merges_more() -> None:
    rows = [claim("a", 1, "exact", 3000, day="2024-10-01"),
            claim("b", 1, "exact", 3000, day="2024-10-08")]
    assert len(distinct_claims(claims_of(*rows), window_days=3)) == 2
    assert len(distinct_claims(claims_of(*rows), window_days=7)) == 1


@pytest.mark.parametrize(
    "other",
    [
        claim("b", 1, "exact", 1500, group="united_states"),
        claim("b", 1, "exact", 1500, status="planned"),
        claim("b", 1, "exact", 1600),
        claim("b", 1, "at_least", 1500),
        claim("b", 1, "exact", 1500, additional=True),
    ],
    ids=["claimant group", "status", "value", "qualifier class", "increment"],
)
def test_mentions_that_differ_stay_apart(other: dict) -> None:
    d = distinct_claims(claims_of(claim("a", 1, "exact", 1500), other))
    assert len(d[~d["computed"]]) == 2


def test_ranges_merge_only_with_equal_bounds() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "range", low=10000, high=12000, text="10.000 bis 12.000"),
        claim("b", 1, "range", low=10000, high=12000, text="10,000 to 12,000"),
        claim("c", 1, "range", low=10000, high=15000, text="10,000 to 15,000"),
    ))
    assert sorted(d["figure_text"]) == ["10,000–12,000", "10,000–15,000"]
    assert d.set_index("figure_text").loc["10,000–12,000", "n_mentions"] == 2


def test_vague_figures_merge_by_magnitude_word_in_both_languages() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "vague", text="Tausende"),
        claim("b", 1, "vague", text="several thousand"),
        claim("c", 1, "vague", text="Hunderte"),
    ))
    assert sorted(d["figure_text"]) == ["hundreds", "thousands"]
    thousands = d[d["figure_text"] == "thousands"].iloc[0]
    assert thousands["n_mentions"] == 2 and pd.isna(thousands["value"])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tausende", "thousands"), ("mehrere tausend", "thousands"), ("thousands", "thousands"),
        ("Zehntausende", "tens of thousands"), ("tens of thousands", "tens of thousands"),
        ("Hunderttausende", "hundreds of thousands"), ("Hunderte", "hundreds"),
        ("hundreds", "hundreds"), ("Dutzende", "dozens"), ("dozens", "dozens"),
        ("einige", "an unspecified number"), (None, "an unspecified number"),
    ],
)
def test_vague_label(text: str | None, label: str) -> None:
    assert vague_label(text) == label


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("exact", 1500.0), "1,500"),
        (("approx", 12000.0), "≈12,000"),
        (("at_least", 3000.0, 3000.0, None), "≥3,000"),
        (("at_most", 12000.0, None, 12000.0), "≤12,000"),
        (("range", None, 10000.0, 12000.0), "10,000–12,000"),
        (("vague", None, None, None, "thousands"), "thousands"),
        (("exact", 1500.0, 1500.0, 1500.0, "", True), "+1,500"),
        (("vague", None, None, None, "thousands", True), "thousands more"),
        (("exact", 2.5), "2.5"),
    ],
)
def test_figure_text(args: tuple, shown: str) -> None:
    assert figure_text(*args) == shown


def test_window_clusters_put_missing_dates_together() -> None:
    dates = [pd.Timestamp("2024-10-01"), pd.Timestamp("2024-10-09"), pd.NaT, pd.NaT]
    assert window_clusters(dates, 3) == [0, 1, 2, 2]


def test_mentions_in_duplicate_articles_are_not_counted_twice() -> None:
    claims = claims_of(claim("a", 5, "exact", 1500), claim("a-copy", 5, "exact", 1500))
    d = distinct_claims(claims, manifest=manifest_of({"a": "", "a-copy": "a"}))
    assert (d.iloc[0]["n_mentions"], d.iloc[0]["n_articles"]) == (1, 1)
    assert d.iloc[0]["sources"] == "a"
    without_manifest = distinct_claims(claims)
    assert without_manifest.iloc[0]["n_articles"] == 2


def test_increment_gives_a_computed_cumulative_figure_and_keeps_the_quote() -> None:
    d = distinct_claims(claims_of(
        claim("a", 10, "exact", 1500, day="2024-10-18"),
        claim("b", 20, "exact", 1500, day="2024-10-23", additional=True, text="1.500 weitere"),
    ))
    quoted = d[d["additional"]].iloc[0]
    assert (quoted["computed"], quoted["figure_text"], quoted["qualifier"]) == (
        False, "+1,500", "exact"
    )
    total = d[d["computed"]].iloc[0]
    assert total["value"] == 3000 and total["figure_text"] == "3,000"
    assert total["claim_date"] == pd.Timestamp("2024-10-23")
    assert total["status"] == "in_russia" and total["claimant_group"] == "south_korea"
    assert total["computed_from"] == "a:10 + b:20"
    assert total["claim_ids"] == "a:10; b:20"
    assert not total["additional"]


def test_increments_chain_on_computed_figures() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "exact", 1000, day="2024-10-01"),
        claim("b", 1, "exact", 500, day="2024-10-10", additional=True, text="another 500"),
        claim("c", 1, "approx", 700, day="2024-10-20", additional=True, text="about 700 more"),
    ))
    computed = d[d["computed"]].sort_values("claim_date")
    assert computed["value"].tolist() == [1500, 2200]
    assert computed["qualifier"].tolist() == ["exact", "approx"]


def test_increment_adds_to_the_latest_earlier_level_of_its_own_group_and_status() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "exact", 1000, day="2024-10-01"),
        claim("b", 1, "exact", 2000, day="2024-10-05"),
        claim("c", 1, "exact", 9000, day="2024-10-05", group="united_states"),
        claim("d", 1, "exact", 8000, day="2024-10-05", status="planned"),
        claim("e", 1, "exact", 7000, day="2024-10-30"),
        claim("f", 1, "exact", 500, day="2024-10-20", additional=True),
    ))
    assert d.loc[d["computed"], "value"].tolist() == [2500]


def test_increment_without_earlier_level_computes_nothing() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "exact", 500, day="2024-10-10", additional=True),
        claim("b", 1, "exact", 4000, day="2024-10-10"),
        claim("c", 1, "exact", 9000, day="2024-10-30"),
    ))
    assert not d["computed"].any()


def test_increment_on_a_lower_bound_stays_a_lower_bound() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "at_least", 3000, day="2024-10-01", text="mehr als 3.000"),
        claim("b", 1, "exact", 1000, day="2024-10-04", additional=True, text="1,000 more"),
    ))
    total = d[d["computed"]].iloc[0]
    assert (total["qualifier"], total["low"], total["figure_text"]) == ("at_least", 4000, "≥4,000")
    assert pd.isna(total["high"])


def test_vague_increment_computes_nothing() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "exact", 3000, day="2024-10-01"),
        claim("b", 1, "vague", day="2024-10-04", additional=True, text="weitere Tausende"),
    ))
    assert not d["computed"].any()
    assert d.loc[d["additional"], "figure_text"].tolist() == ["thousands more"]


def test_ids_follow_claim_date_and_undated_claims_come_last() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "exact", 100, day=None),
        claim("b", 1, "exact", 200, day="2024-10-05"),
        claim("c", 1, "exact", 300, day="2024-10-01"),
    ))
    assert d["distinct_id"].tolist() == ["D001", "D002", "D003"]
    assert d["value"].tolist() == [300, 200, 100]
    assert pd.isna(d.iloc[2]["claim_date"]) and d.iloc[2]["claim_date_precision"] == "unknown"


def test_dates_beyond_the_nanosecond_range_sort_in_place() -> None:
    d = distinct_claims(claims_of(
        claim("a", 1, "exact", 100, day="2300-01-01"),
        claim("b", 1, "exact", 200, day="2024-10-05"),
        claim("c", 1, "exact", 300, day="1600-03-01"),
        claim("d", 1, "exact", 400, day=None),
    ))
    assert d["value"].tolist() == [300, 200, 100, 400]


def test_instant_orders_timestamps_of_every_unit_and_range() -> None:
    stamps = [
        pd.Timestamp("2262-04-12"), pd.Timestamp("1500-01-01"), pd.Timestamp("2024-10-05"),
        pd.Timestamp("2024-10-05 00:00:00.000000001"), pd.Timestamp("1677-09-22 00:00"),
        pd.Timestamp("2024-10-04").as_unit("s"), pd.Timestamp("1677-09-20"),
        pd.Timestamp("3000-01-01"),
    ]
    assert sorted(stamps, key=instant) == sorted(stamps)
    assert len({instant(t) for t in stamps}) == len(stamps)


def test_output_has_the_distinct_columns_and_dtypes_even_when_empty() -> None:
    empty = distinct_claims(claims_of())
    assert list(empty.columns) == list(DISTINCT_COLUMNS) and empty.empty
    full = distinct_claims(claims_of(claim("a", 1, "exact", 1)))
    assert full.dtypes.astype(str).to_dict() == {
        c: str(pd.Series(dtype=t).dtype) for c, t in DISTINCT_COLUMNS.items()
    }


def test_missing_claimant_group_counts_as_unattributed() -> None:
    row = claim("a", 1, "exact", 1500)
    row["claimant_group"] = None
    d = distinct_claims(claims_of(row))
    assert d.iloc[0]["claimant_group"] == "unattributed"


def test_mentions_of_a_distinct_claim_return_its_sentences() -> None:
    claims = claims_of(
        claim("a", 1, "exact", 1500), claim("b", 7, "approx", 1500), claim("c", 3, "exact", 99)
    )
    d = distinct_claims(claims)
    did = d.loc[d["value"] == 1500, "distinct_id"].iloc[0]
    found = mentions_of(d, claims, did)
    assert found["claim_id"].tolist() == ["a:1", "b:7"]
    assert found["sentence"].str.contains("Soldaten").all()
    assert mentions_of(d, claims, "D999").empty


def test_filter_claims_by_group_status_hedge_and_dates() -> None:
    claims = claims_of(
        claim("a", 1, "exact", 1500, day="2024-10-01"),
        claim("b", 1, "approx", 3000, day="2024-10-10", group="united_states"),
        claim("c", 1, "vague", day="2024-10-20", status="near_front"),
        claim("d", 1, "exact", 10, day=None),
    )
    assert filter_claims(claims, claimant_groups=["united_states"])["article_id"].tolist() == ["b"]
    assert filter_claims(claims, statuses=["near_front"])["article_id"].tolist() == ["c"]
    assert filter_claims(claims, qualifiers=["exact"])["article_id"].tolist() == ["a", "d"]
    window = filter_claims(claims, date_from="2024-10-05", date_to="2024-10-31")
    assert window["article_id"].tolist() == ["b", "c"]
    assert len(filter_claims(claims)) == 4


def test_frame_records_equal_to_dict_records_for_every_dtype_and_missing_value():
    from claimtrack.distinct import frame_records

    rows = [
        {"article_id": "a", "start": 3, "end": 8, "value": 1500.0, "additional": True,
         "claim_date": "2024-11-05", "claimant": "NIS"},
        {"article_id": "b", "start": 7, "end": 9, "value": None, "additional": None,
         "claim_date": None, "claimant": None},
    ]
    frame = typed_frame(rows, CLAIM_COLUMNS)
    expected = frame.to_dict("records")
    got = frame_records(frame)
    assert len(got) == len(expected) == 2
    for mine, theirs in zip(got, expected, strict=True):
        assert list(mine) == list(theirs)
        for key, value in theirs.items():
            if pd.isna(value):
                assert pd.isna(mine[key]) and type(mine[key]) is type(value), key
            else:
                assert mine[key] == value and type(mine[key]) is type(value), key


@pytest.mark.parametrize("value", [None, pd.NA, pd.NaT, float("nan"), 0.0, 1500.0, "", "x",
                                   pd.Timestamp("2024-11-05"), 0, False])
def test_is_missing_agrees_with_pandas(value):
    from claimtrack.distinct import is_missing

    assert is_missing(value) == bool(pd.isna(value))

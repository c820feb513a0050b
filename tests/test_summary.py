"""The summary table and the generated sentences, all from the distinct claims."""

from __future__ import annotations

import pandas as pd
import pytest
from distinct_rows import distinct_of, level

from claimtrack.summary import (
    counts_sentence,
    format_day,
    prose_figure,
    summary_sentences,
    summary_table,
)

RISING = distinct_of(
    level("D1", "2024-10-18", "exact", 1500, sources="a; b", n_articles=2),
    level("D2", "2024-10-18", "approx", 12000, status="planned", sources="a"),
    level("D3", "2024-10-23", "exact", 1500, additional=True, sources="c"),
    level("D4", "2024-10-23", "exact", 3000, computed=True, sources="a; b; c"),
    level("D5", "2024-10-28", "approx", 10000, group="united_states", sources="d"),
    level("D6", "2024-10-28", "vague", group="united_states", status="near_front", sources="d"),
)


def test_first_sentence_gives_the_latest_estimate_and_where_it_came_from() -> None:
    first = summary_sentences(RISING)[0]
    assert first == (
        "The latest in-Russia estimate is about 10,000 (united_states, 28 Oct 2024), "
        "up from 1,500 (south_korea, 18 Oct 2024)."
    )


def test_falling_and_unchanged_figures_are_worded_as_such() -> None:
    falling = distinct_of(
        level("D1", "2024-10-01", "exact", 5000), level("D2", "2024-10-09", "at_most", 2000)
    )
    assert "up to 2,000" in summary_sentences(falling)[0]
    assert "down from 5,000" in summary_sentences(falling)[0]
    flat = distinct_of(
        level("D1", "2024-10-01", "exact", 5000), level("D2", "2024-10-09", "approx", 5000)
    )
    assert "unchanged from 5,000" in summary_sentences(flat)[0]


def test_a_single_figure_has_no_trend() -> None:
    one = distinct_of(level("D1", "2024-11-04", "range", low=10000, high=12000, group="nato"))
    assert summary_sentences(one)[0] == (
        "The latest in-Russia estimate is 10,000–12,000 (nato, 4 Nov 2024); "
        "no earlier figure with a number was reported."
    )


def test_computed_latest_figure_is_marked() -> None:
    d = distinct_of(
        level("D1", "2024-10-18", "exact", 1500),
        level("D2", "2024-10-23", "exact", 3000, computed=True),
    )
    assert "3,000 (south_korea, 23 Oct 2024, computed from an increment)" in (
        summary_sentences(d)[0]
    )


def test_second_sentence_gives_the_spread_and_other_statuses() -> None:
    second = summary_sentences(RISING)[1]
    assert second.startswith(
        "Across 2 claimant groups, in-Russia figures range from 1,500 (south_korea) "
        "to about 10,000 (united_states)"
    )
    assert "the latest planned figure is about 12,000 (south_korea, 18 Oct 2024)" in second
    assert "the latest near-front figure is thousands (united_states, 28 Oct 2024)" in second


def test_counts_sentence_counts_quoted_rows_only() -> None:
    assert counts_sentence(RISING) == (
        "These rest on 6 claim mentions in 4 articles, merged into 5 distinct claims; "
        "1 cumulative figure was computed from increments."
    )


def test_summary_table_has_the_latest_figure_and_range_per_status() -> None:
    table = summary_table(RISING).set_index("status")
    assert table.index.tolist() == ["in_russia", "planned", "near_front"]
    russia = table.loc["in_russia"]
    assert (russia["latest_figure"], russia["latest_claimant_group"]) == (
        "≈10,000", "united_states"
    )
    assert russia["latest_date"] == pd.Timestamp("2024-10-28")
    assert (russia["lowest_figure"], russia["lowest_claimant_group"]) == ("1,500", "south_korea")
    assert (russia["highest_figure"], russia["highest_claimant_group"]) == (
        "≈10,000", "united_states"
    )
    assert russia["n_claimant_groups"] == 2 and russia["n_distinct"] == 3
    assert table.loc["near_front", "latest_figure"] == "thousands"
    assert pd.isna(table.loc["near_front", "lowest_figure"])


def test_a_numeric_figure_beats_a_later_vague_one_for_latest() -> None:
    d = distinct_of(
        level("D1", "2024-10-18", "exact", 1500), level("D2", "2024-10-30", "vague")
    )
    assert summary_table(d).iloc[0]["latest_figure"] == "1,500"


def test_vague_only_data_still_gets_a_sentence() -> None:
    d = distinct_of(level("D1", "2024-10-30", "vague", status="near_front"))
    assert summary_sentences(d)[0].startswith(
        "The latest near-front estimate is thousands (south_korea, 30 Oct 2024)"
    )


def test_no_claims() -> None:
    empty = distinct_of()
    assert summary_sentences(empty) == ["No claims were found in these articles."]
    assert summary_table(empty).empty


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("approx", 10000, 10000, 10000), "about 10,000"),
        (("at_least", 3000, 3000, None), "at least 3,000"),
        (("at_most", 12000, None, 12000), "up to 12,000"),
        (("range", None, 10000, 12000), "10,000–12,000"),
        (("exact", 1500, 1500, 1500), "1,500"),
        (("vague", None, None, None), "FALLBACK"),
    ],
)
def test_prose_figure(args: tuple, words: str) -> None:
    assert prose_figure(*args, fallback="FALLBACK") == words


def test_format_day() -> None:
    assert format_day(pd.Timestamp("2024-10-05")) == "5 Oct 2024"
    assert format_day(None) == "undated"

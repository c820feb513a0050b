"""The data behind the estimate curves and the timeline, and the saved figure files."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
from distinct_rows import distinct_of, level
from PIL import Image

from claimtrack.curves import (
    GROUP_COLOURS,
    GROUP_MARKERS,
    MAX_ANNOTATIONS,
    STATUS_TITLES,
    VAGUE_STRIP_LABEL,
    VECTOR_MARK_LIMIT,
    annotated_points,
    curve_points,
    data_marks,
    latest_estimate_steps,
    marker_size,
    panel_boxes,
    panel_statuses,
    plot_estimate_curves,
    plot_timeline,
    rasterize_dense_data,
    timeline_rows,
)
from claimtrack.schema import CLAIMANT_GROUPS, STATUSES


def by_id(points: pd.DataFrame) -> pd.DataFrame:
    return points.set_index("distinct_id")


def test_points_carry_value_bounds_and_arrows_per_hedge() -> None:
    p = by_id(curve_points(distinct_of(
        level("D1", "2024-10-18", "exact", 1500),
        level("D2", "2024-10-19", "approx", 3000),
        level("D3", "2024-10-20", "range", low=10000, high=12000),
        level("D4", "2024-10-21", "at_least", 3000),
        level("D5", "2024-10-22", "at_most", 12000),
        level("D6", "2024-10-23", "vague"),
    )))
    assert (p.loc["D1", "y"], p.loc["D1", "ymin"], p.loc["D1", "ymax"]) == (1500, 1500, 1500)
    assert p.loc["D2", "hollow"] and not p.loc["D1", "hollow"]
    assert (p.loc["D3", "y"], p.loc["D3", "ymin"], p.loc["D3", "ymax"]) == (11000, 10000, 12000)
    assert p.loc["D4", "arrow"] == "up" and p.loc["D4", "y"] == 3000
    assert math.isnan(p.loc["D4", "ymax"])
    assert p.loc["D5", "arrow"] == "down" and p.loc["D5", "y"] == 12000
    assert math.isnan(p.loc["D5", "ymin"])
    assert p.loc["D6", "vague"] and math.isnan(p.loc["D6", "y"])
    assert p.loc[["D1", "D2", "D3"], "arrow"].tolist() == ["", "", ""]


def test_points_skip_quoted_increments_and_undated_claims_but_keep_computed() -> None:
    p = curve_points(distinct_of(
        level("D1", "2024-10-18", "exact", 1500),
        level("D2", "2024-10-23", "exact", 1500, additional=True),
        level("D3", "2024-10-23", "exact", 3000, computed=True),
        level("D4", None, "exact", 800),
    ))
    assert p["distinct_id"].tolist() == ["D1", "D3"]
    assert p["computed"].tolist() == [False, True]


def test_points_use_the_fixed_style_of_their_claimant_group() -> None:
    p = by_id(curve_points(distinct_of(
        level("D1", "2024-10-18", "exact", 1, group="ukraine"),
        level("D2", "2024-10-18", "exact", 1, group="russia"),
        level("D3", "2024-10-18", "exact", 1, group="someone_new"),
    )))
    assert p.loc["D1", "colour"] == GROUP_COLOURS["ukraine"]
    assert p.loc["D2", "marker"] == GROUP_MARKERS["russia"]
    assert p.loc["D3", "colour"] and p.loc["D3", "marker"]


def test_every_claimant_group_has_its_own_colour_and_marker() -> None:
    assert set(GROUP_COLOURS) == set(GROUP_MARKERS) == set(CLAIMANT_GROUPS)
    assert len(set(GROUP_COLOURS.values())) == len(CLAIMANT_GROUPS)
    assert len(set(GROUP_MARKERS.values())) == len(CLAIMANT_GROUPS)
    assert not {"^", "v"} & set(GROUP_MARKERS.values())  # arrows mean at least / at most


def test_marker_size_grows_with_articles() -> None:
    sizes = [marker_size(n) for n in (1, 2, 5, 20)]
    assert sizes == sorted(sizes) and len(set(sizes)) == 4
    p = by_id(curve_points(distinct_of(
        level("D1", "2024-10-18", "exact", 1, n_articles=1),
        level("D2", "2024-10-18", "exact", 2, n_articles=6),
    )))
    assert p.loc["D2", "size"] > p.loc["D1", "size"]


def test_panels_follow_the_fixed_status_order() -> None:
    p = curve_points(distinct_of(
        level("D1", "2024-10-18", "exact", 1, status="casualties"),
        level("D2", "2024-10-18", "exact", 1, status="in_russia"),
        level("D3", "2024-10-18", "vague", status="near_front"),
    ))
    assert panel_statuses(p) == ["in_russia", "near_front", "casualties"]


def test_steps_follow_the_latest_point_estimate_per_status() -> None:
    steps = latest_estimate_steps(distinct_of(
        level("D1", "2024-10-18", "exact", 1500),
        level("D2", "2024-10-23", "exact", 3000, computed=True),
        level("D3", "2024-10-25", "at_least", 5000),
        level("D4", "2024-10-26", "vague"),
        level("D5", "2024-10-28", "approx", 10000, group="united_states"),
        level("D6", "2024-10-28", "exact", 9000, n_articles=3),
        level("D7", "2024-10-20", "approx", 12000, status="planned"),
    ))
    russia = steps[steps["status"] == "in_russia"]
    assert russia["distinct_id"].tolist() == ["D1", "D2", "D6"]
    assert russia["y"].tolist() == [1500, 3000, 9000]
    assert russia["x_end"].tolist() == [
        pd.Timestamp("2024-10-23"), pd.Timestamp("2024-10-28"), pd.Timestamp("2024-10-28")
    ]
    planned = steps[steps["status"] == "planned"]
    assert planned["y"].tolist() == [12000]
    assert planned["x_end"].iloc[0] == pd.Timestamp("2024-10-28")
    assert steps["status"].tolist() == ["in_russia"] * 3 + ["planned"]


def test_steps_of_no_claims_are_empty() -> None:
    assert latest_estimate_steps(distinct_of()).empty


def many_levels(n: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    quals = ["exact", "approx", "at_least", "at_most", "vague"]
    rows = []
    for i in range(n):
        q = quals[i % len(quals)]
        day = (pd.Timestamp("2024-10-01") + pd.Timedelta(days=int(rng.integers(0, 365)))).date()
        rows.append(level(
            f"D{i:05d}", str(day), q, None if q == "vague" else float(rng.integers(1, 200) * 100),
            group=CLAIMANT_GROUPS[i % len(CLAIMANT_GROUPS)], status=STATUSES[i % len(STATUSES)],
            n_articles=int(rng.integers(1, 9)),
        ))
    return distinct_of(*rows)


def test_annotations_are_few_and_include_the_latest_per_status() -> None:
    points = curve_points(many_levels(2000))
    notes = annotated_points(points)
    assert 0 < len(notes) <= MAX_ANNOTATIONS
    assert not notes["vague"].any()
    numeric = points[~points["vague"]]
    for status in STATUSES:
        latest_day = numeric.loc[numeric["status"] == status, "x"].max()
        assert (notes.loc[notes["status"] == status, "x"] == latest_day).any()


def test_annotations_of_a_few_points_label_them_all() -> None:
    points = curve_points(distinct_of(
        level("D1", "2024-10-18", "exact", 1500), level("D2", "2024-10-20", "exact", 900)
    ))
    assert sorted(annotated_points(points)["distinct_id"]) == ["D1", "D2"]


def test_timeline_rows_have_one_lane_per_group_and_stack_same_day_claims() -> None:
    rows = timeline_rows(distinct_of(
        level("D1", "2024-10-18", "exact", 1500, group="united_states"),
        level("D2", "2024-10-18", "approx", 12000, group="south_korea", status="planned"),
        level("D3", "2024-10-18", "exact", 1500, group="south_korea"),
        level("D4", "2024-10-23", "exact", 1500, group="south_korea", additional=True),
        level("D5", None, "exact", 5, group="nato"),
    ))
    lanes = dict(zip(rows["claimant_group"], rows["lane"], strict=False))
    assert lanes == {"south_korea": 0, "united_states": 1}
    assert "D4" in set(rows["distinct_id"]) and "D5" not in set(rows["distinct_id"])
    same_day = rows[(rows["lane"] == 0) & (rows["x"] == pd.Timestamp("2024-10-18"))]
    assert sorted(same_day["stack"]) == [0, 1]
    assert rows["labelled"].all()
    assert rows.set_index("distinct_id").loc["D2", "label"] == "≈12,000 planned"


def test_timeline_labels_alternate_above_and_below_within_a_lane() -> None:
    rows = timeline_rows(distinct_of(*(
        level(f"D{i}", f"2024-10-{10 + i}", "exact", 100 * i, group="ukraine") for i in range(4)
    ), level("D9", "2024-10-10", "exact", 5, group="nato")))
    ukraine = rows[rows["claimant_group"] == "ukraine"].sort_values("x")
    assert ukraine["label_below"].tolist() == [False, True, False, True]
    assert rows.loc[rows["claimant_group"] == "nato", "label_below"].tolist() == [False]


def test_timeline_labels_are_capped_for_many_claims() -> None:
    rows = timeline_rows(many_levels(3000), max_labels=20)
    assert 0 < rows["labelled"].sum() <= 20


def test_panel_boxes_stack_panels_and_strips_inside_the_figure() -> None:
    height, boxes = panel_boxes([(True, True), (True, False), (False, True)])
    assert [len(b) for b in boxes] == [2, 1, 2]
    rects = [r for b in boxes for r in b]
    assert all(0 < left and 0 <= bottom and bottom + h <= 1 for left, bottom, _, h in rects)
    tops = [bottom + h for _, bottom, _, h in rects]
    assert all(tops[i + 1] <= rects[i][1] for i in range(len(rects) - 1))  # no overlap
    assert rects[0][3] > rects[-2][3]  # a vague-only panel is shorter
    taller, _ = panel_boxes([(True, True)] * 4)
    assert taller > height


def test_estimate_curves_are_saved_as_png_and_svg(tmp_path: Path) -> None:
    distinct = distinct_of(
        level("D1", "2024-10-18", "exact", 1500),
        level("D2", "2024-10-21", "vague"),
        level("D3", "2024-10-22", "approx", 12000, status="planned"),
        level("D4", "2024-10-25", "at_least", 100, status="casualties"),
    )
    files = plot_estimate_curves(
        curve_points(distinct), latest_estimate_steps(distinct), tmp_path / "figs" / "curves"
    )
    assert [f.name for f in files] == ["curves.png", "curves.svg"]
    with Image.open(files[0]) as png:
        assert png.info["dpi"][0] >= 149
    svg = files[1].read_text(encoding="utf-8")
    for status in ("in_russia", "planned", "casualties"):
        assert STATUS_TITLES[status] in svg
    assert STATUS_TITLES["near_front"] not in svg
    assert VAGUE_STRIP_LABEL.split("\n")[0] in svg
    assert "south_korea: ≈12,000" in svg


def test_figures_with_no_claims_say_so(tmp_path: Path) -> None:
    empty = distinct_of()
    curves = plot_estimate_curves(curve_points(empty), latest_estimate_steps(empty), tmp_path / "c")
    timeline = plot_timeline(timeline_rows(empty), tmp_path / "t")
    for files in (curves, timeline):
        assert all(f.is_file() for f in files)
        assert "no claims" in files[1].read_text(encoding="utf-8")


def test_many_claims_plot_with_few_annotations(tmp_path: Path) -> None:
    distinct = many_levels(300)
    files = plot_estimate_curves(
        curve_points(distinct), latest_estimate_steps(distinct), tmp_path / "big"
    )
    svg = files[1].read_text(encoding="utf-8")
    labels = sum(svg.count(f">{g}: ") for g in CLAIMANT_GROUPS)
    assert 0 < labels <= MAX_ANNOTATIONS
    timeline = plot_timeline(timeline_rows(distinct), tmp_path / "tl")
    assert timeline[0].stat().st_size > 0


def test_only_dense_data_layers_are_rasterized() -> None:
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot()
    ax.scatter(range(10), range(10))
    ax.vlines([1, 2, 3], 0, 1)
    ax.set_title("stays text")
    assert data_marks(fig) == 13
    assert not rasterize_dense_data(fig, limit=13)
    assert not any(c.get_rasterized() for c in ax.collections)
    assert rasterize_dense_data(fig, limit=12)
    assert all(c.get_rasterized() for c in ax.collections)
    assert not ax.title.get_rasterized()


def test_svg_of_many_claims_holds_the_points_as_one_image_and_keeps_text(tmp_path: Path) -> None:
    dense = plot_timeline(timeline_rows(many_levels(VECTOR_MARK_LIMIT + 100)), tmp_path / "dense")
    sparse = plot_timeline(timeline_rows(many_levels(40)), tmp_path / "sparse")
    dense_svg, sparse_svg = (files[1].read_text(encoding="utf-8") for files in (dense, sparse))
    assert dense_svg.count("<image") == 1 and "<image" not in sparse_svg
    for svg in (dense_svg, sparse_svg):
        assert "south_korea" in svg and "<path" in svg  # lane labels as text, axes as vectors
    assert dense[1].stat().st_size < 10 * sparse[1].stat().st_size


def test_timeline_is_saved_with_group_lanes(tmp_path: Path) -> None:
    rows = timeline_rows(distinct_of(
        level("D1", "2024-10-18", "exact", 1500, group="ukraine"),
        level("D2", "2024-10-20", "vague", group="nato"),
    ))
    files = plot_timeline(rows, tmp_path / "timeline")
    svg = files[1].read_text(encoding="utf-8")
    assert "ukraine" in svg and "nato" in svg and "thousands in Russia" in svg


def test_vague_figures_of_the_same_day_are_stacked():
    import pandas as pd

    from claimtrack.curves import strip_heights

    days = pd.Series(pd.to_datetime(["2024-10-28", "2024-10-28", "2024-10-25"]))
    heights = strip_heights(days)
    assert heights[2] == 0.5 and heights[0] != heights[1]


def test_vague_figures_close_in_time_are_stacked_so_their_labels_do_not_meet():
    from claimtrack.curves import strip_heights

    days = pd.Series(pd.to_datetime(["2024-10-25", "2024-10-28", "2024-12-20"]))
    heights = strip_heights(days, pd.Timedelta(days=4))
    assert heights[0] != heights[1] and heights[2] == 0.5
    assert list(strip_heights(days)) == [0.5, 0.5, 0.5]  # by default only the same day

"""Estimate curves and the claimant timeline: plot data as DataFrames, then drawing."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from claimtrack.schema import CLAIMANT_GROUPS, STATUSES

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# One fixed colour (Okabe-Ito, colour-blind safe) and marker per claimant group.
GROUP_COLOURS: dict[str, str] = {
    "south_korea": "#0072B2",
    "united_states": "#D55E00",
    "ukraine": "#E69F00",
    "nato": "#56B4E9",
    "russia": "#CC79A7",
    "north_korea": "#009E73",
    "other": "#7F7F7F",
    "unattributed": "#000000",
}
GROUP_MARKERS: dict[str, str] = {
    "south_korea": "o",
    "united_states": "s",
    "ukraine": "D",
    "nato": "p",
    "russia": "X",
    "north_korea": "P",
    "other": "h",
    "unattributed": "*",
}
UNKNOWN_GROUP_STYLE = ("#7F7F7F", "h")
STATUS_TITLES: dict[str, str] = {
    "in_russia": "In Russia (sent, deployed, training)",
    "planned": "Planned or expected in total",
    "near_front": "Near the front (Kursk, border, combat)",
    "casualties": "Casualties (killed, wounded, captured)",
}
STATUS_SHORT: dict[str, str] = {
    "in_russia": "in Russia",
    "planned": "planned",
    "near_front": "near front",
    "casualties": "casualties",
}
ESTIMATE_CURVES_STEM = "estimate_curves"  # file names (without suffix) in the figures folder
TIMELINE_STEM = "timeline"
VAGUE_STRIP_LABEL = "vague\n(no figure)"
MAX_ANNOTATIONS = 8
MAX_TIMELINE_LABELS = 24
MAX_STRIP_LABELS = 4
DPI = 150
VECTOR_MARK_LIMIT = 2_000  # more data marks than this: the SVG holds them as one image
STEP_COLOUR = "#555555"

POINT_COLUMNS = [
    "distinct_id", "x", "y", "ymin", "ymax", "status", "claimant_group", "qualifier",
    "figure_text", "vague", "arrow", "hollow", "computed", "n_articles", "colour", "marker",
    "size", "label",
]
STEP_COLUMNS = ["status", "x", "x_end", "y", "distinct_id", "claimant_group", "figure_text"]
TIMELINE_COLUMNS = [
    "distinct_id", "x", "lane", "claimant_group", "status", "figure_text", "qualifier",
    "colour", "marker", "hollow", "stack", "labelled", "label_below", "label",
]


def group_colour(group: str) -> str:
    return GROUP_COLOURS.get(group, UNKNOWN_GROUP_STYLE[0])


def group_marker(group: str) -> str:
    return GROUP_MARKERS.get(group, UNKNOWN_GROUP_STYLE[1])


def marker_size(n_articles: int) -> float:
    """Scatter marker area (pt²) growing with the log of the number of articles."""
    return 36.0 + 30.0 * math.log2(min(max(int(n_articles), 1), 64))


def _floats(series: pd.Series) -> np.ndarray:
    return pd.to_numeric(series, errors="coerce").astype("float64").to_numpy()


def _dated_levels(distinct: pd.DataFrame) -> pd.DataFrame:
    """Distinct rows that are levels (not quoted increments) with a claim date."""
    additional = distinct["additional"].fillna(False).astype(bool)
    return distinct[~additional & distinct["claim_date"].notna()]


def curve_points(distinct: pd.DataFrame) -> pd.DataFrame:
    """One plot point per dated distinct level: y, bounds, arrows and style.

    Quoted increments are left out (their cumulative `computed` rows are plotted);
    vague figures get y = NaN and `vague = True` (drawn in a separate strip).
    """
    d = _dated_levels(distinct)
    qual = d["qualifier"].fillna("vague").astype(str).to_numpy()
    value, low, high = _floats(d["value"]), _floats(d["low"]), _floats(d["high"])
    low_or_value = np.where(np.isnan(low), value, low)
    high_or_value = np.where(np.isnan(high), value, high)
    y = np.select(
        [qual == "range", qual == "at_least", qual == "at_most", qual == "vague"],
        [(low + high) / 2, low_or_value, high_or_value, np.nan],
        default=value,
    )
    ymin = np.select([qual == "range", qual == "at_most"], [low, np.nan], default=y)
    ymax = np.select([qual == "range", qual == "at_least"], [high, np.nan], default=y)
    groups = d["claimant_group"].fillna("unattributed").astype(str)
    n_articles = d["n_articles"].fillna(1).astype(int)
    points = pd.DataFrame({
        "distinct_id": d["distinct_id"].astype(str).to_numpy(),
        "x": pd.to_datetime(d["claim_date"]).to_numpy(),
        "y": y,
        "ymin": ymin,
        "ymax": ymax,
        "status": d["status"].astype(str).to_numpy(),
        "claimant_group": groups.to_numpy(),
        "qualifier": qual,
        "figure_text": d["figure_text"].fillna("").astype(str).to_numpy(),
        "vague": qual == "vague",
        "arrow": np.select([qual == "at_least", qual == "at_most"], ["up", "down"], default=""),
        "hollow": qual == "approx",
        "computed": d["computed"].fillna(False).astype(bool).to_numpy(),
        "n_articles": n_articles.to_numpy(),
        "colour": groups.map(group_colour).to_numpy(),
        "marker": groups.map(group_marker).to_numpy(),
        "size": n_articles.map(marker_size).to_numpy(dtype=float),
    })
    points["label"] = points["claimant_group"] + ": " + points["figure_text"]
    return points.sort_values(["x", "distinct_id"], kind="stable").reset_index(drop=True)[
        POINT_COLUMNS
    ]


def panel_statuses(points: pd.DataFrame) -> list[str]:
    """Statuses with at least one point, in the fixed panel order."""
    present = set(points["status"])
    return [s for s in STATUSES if s in present] + sorted(present - set(STATUSES))


def latest_estimate_steps(distinct: pd.DataFrame) -> pd.DataFrame:
    """Per status, the step line of the latest quoted or computed point estimate.

    Point estimates are exact or approx levels; on a day with several, the one
    cited by most articles (then the larger) counts. The last step runs to the
    latest claim date in the table.
    """
    points = curve_points(distinct)
    if points.empty:
        return pd.DataFrame(columns=STEP_COLUMNS)
    end = points["x"].max()
    estimates = points[points["qualifier"].isin(["exact", "approx"]) & points["y"].notna()]
    ranked = estimates.sort_values(
        ["status", "x", "n_articles", "y", "distinct_id"],
        ascending=[True, True, False, False, True],
        kind="stable",
    )
    steps = ranked.drop_duplicates(["status", "x"], keep="first").copy()
    steps["x_end"] = steps.groupby("status")["x"].shift(-1).fillna(end)
    order = {s: i for i, s in enumerate(STATUSES)}
    steps["_order"] = steps["status"].map(lambda s: order.get(s, len(order)))
    steps = steps.sort_values(["_order", "x"], kind="stable")
    return steps[STEP_COLUMNS].reset_index(drop=True)


def annotated_points(points: pd.DataFrame, limit: int = MAX_ANNOTATIONS) -> pd.DataFrame:
    """At most `limit` key points to label: per status the latest, highest and first."""
    numeric = points[~points["vague"] & points["y"].notna()]
    picks: list[str] = []
    for rule in (_latest, _highest, _first):
        for status in panel_statuses(numeric):
            chosen = rule(numeric[numeric["status"] == status])
            if chosen not in picks:
                picks.append(chosen)
    cited = numeric.sort_values(["n_articles", "x"], ascending=[False, False], kind="stable")
    picks += [i for i in cited["distinct_id"] if i not in picks]
    keep = picks[: max(limit, 0)]
    return numeric[numeric["distinct_id"].isin(keep)].reset_index(drop=True)


def _latest(points: pd.DataFrame) -> str:
    ranked = points.sort_values(["x", "n_articles", "y"], kind="stable")
    return str(ranked["distinct_id"].iloc[-1])


def _highest(points: pd.DataFrame) -> str:
    ranked = points.sort_values(["y", "x"], kind="stable")
    return str(ranked["distinct_id"].iloc[-1])


def _first(points: pd.DataFrame) -> str:
    ranked = points.sort_values(["x", "y"], kind="stable")
    return str(ranked["distinct_id"].iloc[0])


def timeline_rows(distinct: pd.DataFrame, max_labels: int = MAX_TIMELINE_LABELS) -> pd.DataFrame:
    """One row per dated distinct claim on a claimant-group lane (increments included).

    `stack` counts earlier rows on the same lane and day (for label offsets);
    `labelled` marks at most `max_labels` rows: all of them when few, else the
    latest per claimant group and status; labels alternate above and below their lane
    (`label_below`) so neighbours do not overlap.
    """
    d = distinct[distinct["claim_date"].notna()]
    groups = d["claimant_group"].fillna("unattributed").astype(str)
    present = [g for g in CLAIMANT_GROUPS if g in set(groups)] + sorted(
        set(groups) - set(CLAIMANT_GROUPS)
    )
    rows = pd.DataFrame({
        "distinct_id": d["distinct_id"].astype(str).to_numpy(),
        "x": pd.to_datetime(d["claim_date"]).to_numpy(),
        "lane": groups.map({g: i for i, g in enumerate(present)}).to_numpy(dtype=int),
        "claimant_group": groups.to_numpy(),
        "status": d["status"].astype(str).to_numpy(),
        "figure_text": d["figure_text"].fillna("").astype(str).to_numpy(),
        "qualifier": d["qualifier"].fillna("vague").astype(str).to_numpy(),
        "colour": groups.map(group_colour).to_numpy(),
        "marker": groups.map(group_marker).to_numpy(),
    })
    rows["hollow"] = rows["qualifier"].isin(["approx", "vague"])
    rows = rows.sort_values(["lane", "x", "distinct_id"], kind="stable").reset_index(drop=True)
    rows["stack"] = rows.groupby(["lane", "x"]).cumcount()
    rows["labelled"] = _timeline_labelled(rows, max_labels)
    labelled_rank = rows["labelled"].astype(int).groupby(rows["lane"]).cumsum()
    rows["label_below"] = rows["labelled"] & (labelled_rank % 2 == 0)
    rows["label"] = rows["figure_text"] + " " + rows["status"].map(
        lambda s: STATUS_SHORT.get(s, s)
    )
    return rows[TIMELINE_COLUMNS]


def _timeline_labelled(rows: pd.DataFrame, max_labels: int) -> np.ndarray:
    if len(rows) <= max_labels:
        return np.ones(len(rows), dtype=bool)
    latest = rows.sort_values("x", kind="stable").drop_duplicates(
        ["claimant_group", "status"], keep="last"
    )
    keep = set(latest.sort_values("x", ascending=False)["distinct_id"].head(max_labels))
    return rows["distinct_id"].isin(keep).to_numpy()


# --- drawing -------------------------------------------------------------------------------


def _rc() -> dict:
    """Fixed SVG ids (reproducible files) and SVG text kept as text (searchable, smaller)."""
    return {"svg.hashsalt": "claimtrack", "svg.fonttype": "none", "font.size": 8,
            "axes.titlesize": 9}


def data_marks(fig: Figure) -> int:
    """Markers, bars and arrows drawn from data in `fig` (its axes' collections)."""
    return sum(
        max(len(c.get_offsets()), len(c.get_paths())) for ax in fig.axes for c in ax.collections
    )


def rasterize_dense_data(fig: Figure, limit: int = VECTOR_MARK_LIMIT) -> bool:
    """Draw the data layers as an image in vector output when there are more than `limit`
    marks: one SVG element per point makes a large run's SVG slow to write and to open.
    Text, axes and labels stay vector. Returns whether it did."""
    if data_marks(fig) <= limit:
        return False
    for ax in fig.axes:
        for collection in ax.collections:
            collection.set_rasterized(True)
    return True


def save_figure(fig: Figure, path_stem: Path) -> list[Path]:
    """Save `fig` as `<stem>.png` (150 dpi) and `<stem>.svg`; return both paths.

    Above `VECTOR_MARK_LIMIT` data marks the SVG's data layers are a 150 dpi image."""
    path_stem = Path(path_stem)
    path_stem.parent.mkdir(parents=True, exist_ok=True)
    png, svg = path_stem.with_suffix(".png"), path_stem.with_suffix(".svg")
    fig.savefig(png, dpi=DPI, metadata={"Software": None})
    rasterize_dense_data(fig)
    fig.savefig(svg, dpi=DPI, metadata={"Date": None, "Creator": None})
    return [png, svg]


def _no_claims_figure(message: str) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 2))
    fig.text(0.5, 0.5, message, ha="center", va="center", fontsize=12)
    return fig


def _date_axis(ax: Axes, xs: pd.Series) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    lo, hi = pd.Timestamp(xs.min()), pd.Timestamp(xs.max())
    pad = max(pd.Timedelta(days=1), (hi - lo) * 0.04)
    ax.set_xlim(lo - pad, hi + pad)


def _thousands(ax: Axes) -> None:
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))


def _scatter_styled(ax: Axes, pts: pd.DataFrame, rings: bool = True) -> None:
    """Scatter points grouped by marker, colour and hollowness (a few calls, not one per point).

    `rings` draws the dotted ring around computed figures (not in the vague strip).
    """
    for (marker, colour, hollow), grp in pts.groupby(["marker", "colour", "hollow"], sort=True):
        ax.scatter(
            grp["x"], grp["y"].to_numpy(), s=grp["size"], marker=marker, zorder=3,
            facecolors="white" if hollow else colour, edgecolors=colour, linewidths=1.3,
        )
    computed = pts[pts["computed"]]
    if len(computed) and rings:
        ax.scatter(
            computed["x"], computed["y"], s=computed["size"] * 2.2, marker="o", zorder=2,
            facecolors="none", edgecolors="#444444", linewidths=0.8, linestyles="dotted",
        )


def _draw_bounds(ax: Axes, pts: pd.DataFrame) -> None:
    """Range bars, and arrows up (at least) / down (at most) of fixed screen length."""
    import matplotlib.dates as mdates

    ranges = pts[pts["qualifier"] == "range"]
    if len(ranges):
        ax.vlines(ranges["x"], ranges["ymin"], ranges["ymax"],
                  colors=ranges["colour"], linewidth=2.2, alpha=0.7, zorder=2)
    arrows = pts[pts["arrow"] != ""]
    if len(arrows):
        xs = mdates.date2num(pd.to_datetime(arrows["x"]).to_numpy())
        vs = np.where(arrows["arrow"] == "up", 1.0, -1.0)
        ax.quiver(
            xs, arrows["y"].to_numpy(), np.zeros(len(arrows)), vs, color=arrows["colour"],
            angles="uv", scale_units="inches", scale=4.0, units="inches", width=0.012,
            headwidth=4.5, headlength=5, headaxislength=4.5, zorder=2,
        )


def _draw_steps(ax: Axes, steps: pd.DataFrame) -> None:
    if steps.empty:
        return
    xs = list(steps["x"]) + [steps["x_end"].iloc[-1]]
    ys = list(steps["y"]) + [steps["y"].iloc[-1]]
    ax.step(xs, ys, where="post", color=STEP_COLOUR, linestyle="--",
            linewidth=1.1, zorder=1)


def _annotate(ax: Axes, pts: pd.DataFrame, x_split: pd.Timestamp | None = None) -> None:
    """Label points; points right of `x_split` get their label on the left side."""
    for i, p in enumerate(pts.itertuples(index=False)):
        left = x_split is not None and pd.Timestamp(p.x) > x_split
        below = i % 2 == 1 and p.y > 0.3 * ax.get_ylim()[1]
        ax.annotate(
            f"{p.claimant_group}: {p.figure_text}", (p.x, p.y),
            xytext=(-6 if left else 6, -16 if below else 10), ha="right" if left else "left",
            textcoords="offset points", fontsize=7, color=p.colour, zorder=4,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )


def _label_split(xs: pd.Series) -> pd.Timestamp:
    """Dates beyond this point are labelled to the left (they sit near the right edge)."""
    lo, hi = pd.Timestamp(xs.min()), pd.Timestamp(xs.max())
    return lo + (hi - lo) * 0.7


def _draw_status(
    ax: Axes, pts: pd.DataFrame, steps: pd.DataFrame, notes: pd.DataFrame, x_split: pd.Timestamp
) -> None:
    numeric = pts[~pts["vague"] & pts["y"].notna()]
    _draw_steps(ax, steps)
    _draw_bounds(ax, numeric)
    _scatter_styled(ax, numeric)
    top = np.nanmax(numeric[["y", "ymax"]].to_numpy()) if len(numeric) else 1.0
    ax.set_ylim(0, max(top, 1.0) * 1.25)
    _annotate(ax, notes, x_split)
    _thousands(ax)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    if numeric.empty:
        ax.set_yticks([])
        ax.text(0.5, 0.5, "only vague figures (see strip below)", transform=ax.transAxes,
                ha="center", va="center", color="#777777")


SAME_DAY = pd.Timedelta(0)


def strip_heights(dates: pd.Series, near: pd.Timedelta = SAME_DAY) -> np.ndarray:
    """Heights in the vague strip: 0.5 for a lone figure, else figures whose days lie at
    most `near` apart (the same day by default) spread over 0.2–0.8 in the order they come."""
    days = pd.to_datetime(dates).dt.normalize().to_numpy()
    out = np.full(len(days), 0.5)
    cluster: list[int] = []
    for i in [*np.argsort(days, kind="stable"), None]:
        if cluster and (i is None or days[i] - days[cluster[-1]] > near):
            if len(cluster) > 1:
                out[sorted(cluster)] = np.linspace(0.8, 0.2, len(cluster))
            cluster = []
        if i is not None:
            cluster.append(int(i))
    return out


STRIP_NEAR_SHARE = 1 / 3  # of the dates' span: vague figures this close share a stack


def _draw_vague_strip(strip: Axes, vague: pd.DataFrame, x_split: pd.Timestamp,
                      near: pd.Timedelta) -> None:
    """Vague figures in a grey strip: no fake value on the y axis; figures close in time
    are stacked so that their labels do not overlap."""
    heights = strip_heights(vague["x"], near)
    _scatter_styled(strip, vague.assign(y=heights), rings=False)
    if len(vague) <= MAX_STRIP_LABELS:
        for p, height in zip(vague.itertuples(index=False), heights, strict=True):
            left = pd.Timestamp(p.x) > x_split
            strip.annotate(f"{p.claimant_group}: {p.figure_text}", (p.x, height),
                           xytext=(-7 if left else 7, -3), ha="right" if left else "left",
                           textcoords="offset points", fontsize=6.5, color=p.colour)
    strip.set_ylim(0, 1)
    strip.set_yticks([0.5], [VAGUE_STRIP_LABEL], fontsize=6.5)
    strip.set_facecolor("#f3f3f3")


def _legend_handles(points: pd.DataFrame, steps: pd.DataFrame) -> list:
    from matplotlib.lines import Line2D

    groups = [g for g in CLAIMANT_GROUPS if g in set(points["claimant_group"])]
    groups += sorted(set(points["claimant_group"]) - set(CLAIMANT_GROUPS))
    handles = [
        Line2D([], [], linestyle="none", marker=group_marker(g), color=group_colour(g), label=g)
        for g in groups
    ]
    style = {"linestyle": "none", "color": "#333333"}
    handles += [
        Line2D([], [], marker="o", label="exact", **style),
        Line2D([], [], marker="o", markerfacecolor="white", label="approx. (hollow)", **style),
        Line2D([], [], marker="|", markersize=12, markeredgewidth=2, label="range", **style),
        Line2D([], [], marker=r"$\uparrow$", label="at least", **style),
        Line2D([], [], marker=r"$\downarrow$", label="at most", **style),
        Line2D([], [], marker="o", markersize=11, markerfacecolor="none", markeredgecolor="#444",
               label="computed (dotted ring)", linestyle="none"),
        Line2D([], [], marker="o", markersize=9, label="bigger = more articles", **style),
    ]
    if not steps.empty:
        handles.append(Line2D([], [], color=STEP_COLOUR, linestyle="--",
                              label="latest point estimate"))
    return handles


def plot_estimate_curves(
    points: pd.DataFrame, steps: pd.DataFrame, path_stem: Path, title: str = ""
) -> list[Path]:
    """One panel per status with data (plus a strip for vague figures); save PNG and SVG."""
    import matplotlib

    with matplotlib.rc_context(_rc()):
        statuses = panel_statuses(points)
        if not statuses:
            return save_figure(_no_claims_figure("no claims"), path_stem)
        fig = _estimate_figure(points, steps, statuses, title)
        return save_figure(fig, path_stem)


# fixed layout in inches (no constrained layout: it re-measures every tick label, slowly)
FIG_WIDTH = 8.5
MARGIN_LEFT, MARGIN_RIGHT = 0.95, 0.25
MARGIN_TOP, MARGIN_BOTTOM = 0.55, 1.15  # title; date labels and legend
PANEL_HEIGHT, VAGUE_ONLY_HEIGHT, STRIP_HEIGHT = 2.0, 0.45, 0.38
STRIP_GAP, PANEL_GAP = 0.06, 0.42  # main panel to its strip; one panel to the next title


def panel_boxes(panels: list[tuple[bool, bool]]) -> tuple[float, list[list[tuple]]]:
    """Figure height and, per panel, the axes rectangles (main, then strip if any).

    `panels` holds (has numeric points, has vague points) per status panel; rectangles
    are (left, bottom, width, height) in figure fractions, top panel first.
    """
    heights = [
        (PANEL_HEIGHT if numeric else VAGUE_ONLY_HEIGHT, STRIP_HEIGHT if vague else 0.0)
        for numeric, vague in panels
    ]
    body = sum(m + (STRIP_GAP + v if v else 0.0) for m, v in heights)
    total = MARGIN_TOP + MARGIN_BOTTOM + body + PANEL_GAP * (len(panels) - 1)
    width = (FIG_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / FIG_WIDTH
    left, top, boxes = MARGIN_LEFT / FIG_WIDTH, total - MARGIN_TOP, []
    for main, strip in heights:
        rects = [(left, (top - main) / total, width, main / total)]
        top -= main
        if strip:
            top -= STRIP_GAP
            rects.append((left, (top - strip) / total, width, strip / total))
            top -= strip
        boxes.append(rects)
        top -= PANEL_GAP
    return total, boxes


def _estimate_figure(
    points: pd.DataFrame, steps: pd.DataFrame, statuses: list[str], title: str
) -> Figure:
    from matplotlib.figure import Figure

    numeric = set(points.loc[~points["vague"] & points["y"].notna(), "status"])
    vague = set(points.loc[points["vague"], "status"])
    height, boxes = panel_boxes([(s in numeric, s in vague) for s in statuses])
    fig = Figure(figsize=(FIG_WIDTH, height))
    notes, split = annotated_points(points), _label_split(points["x"])
    dates = pd.to_datetime(points["x"])
    near = (dates.max() - dates.min()) * STRIP_NEAR_SHARE if len(dates) else SAME_DAY
    axes: list[Axes] = []
    for status, rects in zip(statuses, boxes, strict=True):
        ax = fig.add_axes(rects[0], sharex=axes[0] if axes else None)
        axes.append(ax)
        _draw_status(ax, points[points["status"] == status], steps[steps["status"] == status],
                     notes[notes["status"] == status], split)
        ax.set_title(STATUS_TITLES.get(status, status), loc="left")
        if len(rects) > 1:
            axes.append(fig.add_axes(rects[1], sharex=axes[0]))
            strip_points = points[(points["status"] == status) & points["vague"]]
            _draw_vague_strip(axes[-1], strip_points, split, near)
    for ax in axes[:-1]:
        ax.tick_params(labelbottom=False)
    _date_axis(axes[0], points["x"])
    if title:
        fig.suptitle(title, fontsize=10, y=1 - 0.12 / height)
    fig.legend(handles=_legend_handles(points, steps), loc="lower center", ncol=5, fontsize=7,
               frameon=False, bbox_to_anchor=(0.5, 0.05 / height))
    return fig


def plot_timeline(rows: pd.DataFrame, path_stem: Path, title: str = "") -> list[Path]:
    """Claimant-group lanes over time, one marker per distinct claim; save PNG and SVG."""
    import matplotlib

    with matplotlib.rc_context(_rc()):
        if rows.empty:
            return save_figure(_no_claims_figure("no claims"), path_stem)
        return save_figure(_timeline_figure(rows, title), path_stem)


def _timeline_figure(rows: pd.DataFrame, title: str) -> Figure:
    from matplotlib.figure import Figure

    lanes = rows.drop_duplicates("lane").sort_values("lane")
    height = 1.1 + 0.55 * len(lanes)
    fig = Figure(figsize=(FIG_WIDTH, height))
    ax = fig.add_axes((
        1.05 / FIG_WIDTH, 0.5 / height, 1 - (1.05 + 0.6) / FIG_WIDTH, 1 - 0.85 / height
    ))
    pts = rows.assign(y=rows["lane"].astype(float), size=40.0, computed=False)
    _scatter_styled(ax, pts)
    split = _label_split(rows["x"])
    for r in rows[rows["labelled"]].itertuples(index=False):
        dy = -(10 + 9 * r.stack) if r.label_below else 4 + 9 * r.stack
        left = pd.Timestamp(r.x) > split
        ax.annotate(r.label, (r.x, r.lane), xytext=(-6 if left else 6, dy),
                    ha="right" if left else "left", textcoords="offset points", fontsize=6.5,
                    color=r.colour)
    ax.set_yticks(lanes["lane"].to_numpy(), lanes["claimant_group"].to_list())
    ax.set_ylim(-0.6, len(lanes) - 0.2)
    ax.invert_yaxis()
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    _date_axis(ax, rows["x"])
    ax.set_title(title or "Who claimed what, when (hollow = approximate or vague)", loc="left")
    return fig

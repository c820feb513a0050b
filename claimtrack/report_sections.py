"""HTML fragments for each report section, built from the tables; all article text escaped."""

from __future__ import annotations

import base64
import html
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd

from claimtrack.curves import ESTIMATE_CURVES_STEM, TIMELINE_STEM
from claimtrack.distinct import split_ids
from claimtrack.summary import format_day

TOC_SLOT = '<div class="ct-toc-slot"></div>'
HEDGE_WORDS: dict[str, str] = {
    "exact": "exact",
    "approx": "approximate",
    "at_least": "at least",
    "at_most": "at most",
    "range": "range",
    "vague": "vague",
}
VERSIONED_PACKAGES = ("claimtrack", "pandas", "matplotlib", "nbconvert", "weasyprint")


# --- small builders ------------------------------------------------------------------------


def esc(value: object) -> str:
    """Escaped text of a cell value; NA/None -> empty string."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def iso_day(value: object) -> str:
    """`2024-10-28` or empty for a missing date."""
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def html_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[str] = (),
    css_class: str = "",
) -> str:
    """A table with a repeated-header `thead`; `rows` hold ready (escaped) cell HTML."""
    cols = "".join(f'<col style="width:{w}">' for w in widths)
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    classes = " ".join(filter(None, ["ct-table", css_class]))
    colgroup = f"<colgroup>{cols}</colgroup>" if cols else ""
    return (
        f'<table class="{classes}">{colgroup}<thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


TABLE_ROWS = 100  # longest table the report prints; the CSV next to it holds every row


def capped(frame: pd.DataFrame, csv_name: str, limit: int = TABLE_ROWS) -> tuple[pd.DataFrame, str]:
    """The first `limit` rows and, when rows were left out, a note naming the full CSV."""
    if len(frame) <= limit:
        return frame, ""
    shown = frame.head(limit)
    return shown, note(
        f"Showing {limit} of {len(frame)} rows; every row is in {csv_name}."
    )


def section(anchor: str, title: str, body: str) -> str:
    """A report section with an `h2` the table of contents can link to."""
    return (
        f'<section class="ct-section"><h2 id="{esc(anchor)}">{esc(title)}</h2>{body}</section>'
    )


def flag(value: object) -> bool:
    """True for a set boolean cell (Python, NumPy or nullable), False for False/NA."""
    return value is not None and not pd.isna(value) and bool(value)


def paragraph(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def note(text: str) -> str:
    return f'<p class="ct-note">{esc(text)}</p>'


# --- (1) title, run, parameters, versions ---------------------------------------------------


def versions() -> dict[str, str]:
    """Python and key package versions (read from metadata; nothing imported)."""
    found = {"python": sys.version.split()[0]}
    for name in VERSIONED_PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def resolve_run_date(run_date: str) -> date:
    """The report's run date: an ISO date string, or today for ""."""
    return date.fromisoformat(run_date) if run_date.strip() else date.today()


def topic_title(topic: str) -> str:
    """The topic's title from its YAML file (the topic's name when no file is found)."""
    from claimtrack.topic import load_topic

    try:
        return load_topic(topic).title
    except ValueError:
        return Path(topic).stem


def report_title(topic: str) -> str:
    return f"{topic_title(topic)}: claims report"


def title_section(
    title: str,
    articles_dir: str,
    run_date: date,
    parameters: Mapping[str, object],
    package_versions: Mapping[str, str] | None = None,
) -> str:
    """Title, article folder, run date, parameters, versions and the table-of-contents slot."""
    found = versions() if package_versions is None else package_versions
    params = html_table(
        ["Parameter", "Value"], ([esc(k), esc(v)] for k, v in parameters.items()),
        widths=("35%", "65%"), css_class="ct-small",
    )
    vers = html_table(
        ["Software", "Version"], ([esc(k), esc(v)] for k, v in found.items()),
        widths=("50%", "50%"), css_class="ct-small",
    )
    return (
        f'<header class="ct-header"><h1 class="ct-title">{esc(title)}</h1>'
        f'<p class="ct-meta">Articles folder: <code>{esc(articles_dir)}</code> · '
        f"Run date: {esc(format_day(run_date))}</p>"
        f'<div class="ct-columns"><div>{params}</div><div>{vers}</div></div></header>'
        f"{TOC_SLOT}"
    )


# --- (2) summary ----------------------------------------------------------------------------


def summary_section(table: pd.DataFrame, sentences: Sequence[str]) -> str:
    """The generated sentences and the latest figure per status."""
    text = "".join(paragraph(s) for s in sentences)
    rows = (
        [
            esc(r.status), f"<strong>{esc(r.latest_figure)}</strong>", esc(iso_day(r.latest_date)),
            esc(r.latest_claimant_group) + (" (computed)" if flag(r.latest_computed) else ""),
            esc(r.latest_claimants), _spread(r), esc(r.n_distinct),
        ]
        for r in table.itertuples(index=False)
    )
    headers = ["Status", "Latest figure", "Date", "Claimant group", "Claimants",
               "Range across claimants", "Distinct claims"]
    widths = ("12%", "11%", "11%", "14%", "20%", "24%", "8%")
    body = text + (html_table(headers, rows, widths) if len(table) else note("No claims."))
    return section("summary", "Summary", body)


def _spread(r: Any) -> str:
    low, high = getattr(r, "lowest_figure", None), getattr(r, "highest_figure", None)
    if not isinstance(low, str) or not isinstance(high, str):
        return ""
    lo_by, hi_by = esc(r.lowest_claimant_group), esc(r.highest_claimant_group)
    if low == high and lo_by == hi_by:
        return f"{esc(low)} ({lo_by})"
    return f"{esc(low)} ({lo_by}) to {esc(high)} ({hi_by})"


# --- (3) figures ----------------------------------------------------------------------------


def png_data_uri(path: Path) -> str:
    """A PNG file as a `data:` URI (embedded, nothing to fetch)."""
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


FIGURE_GUIDE = (
    "Each marker is one distinct claim, coloured and shaped by claimant group (the same in "
    "every figure). Filled markers are exact figures, hollow ones approximate; vertical bars "
    "are ranges; arrows mark 'at least' (up) and 'at most' (down). Larger markers were "
    "reported by more articles. A dotted ring marks a cumulative figure computed from an "
    "increment. The dashed step line follows the latest point estimate. Vague figures "
    "('thousands') have no value and sit in the grey strip under their panel."
)


FIGURE_CAPTIONS = (
    (ESTIMATE_CURVES_STEM, "Estimate curves: one panel per status, one marker per distinct claim."),
    (TIMELINE_STEM, "Timeline: who claimed what, when (one lane per claimant group)."),
)


def report_figures(figures_dir: Path) -> list[tuple[Path, str]]:
    """(PNG path, caption) of the report's figures that exist in `figures_dir`."""
    found = [(Path(figures_dir) / f"{stem}.png", caption) for stem, caption in FIGURE_CAPTIONS]
    return [(path, caption) for path, caption in found if path.is_file()]


def figures_section(images: Sequence[tuple[Path, str]]) -> str:
    """The estimate curves and the timeline, embedded as PNG, with captions."""
    figures = "".join(
        f'<figure class="ct-figure"><img src="{png_data_uri(path)}" alt="{esc(caption)}">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
        for path, caption in images
    )
    missing = "" if images else note("No figure files were found.")
    body = paragraph(FIGURE_GUIDE) + figures + missing
    return section("curves", "Estimate curves and timeline", body)


# --- (4) distinct claims --------------------------------------------------------------------


def computed_from_ids(distinct: pd.DataFrame) -> dict[str, str]:
    """For each computed row, its sum in distinct ids (`D001 + D003`), else its claim ids."""
    by_claims = {
        frozenset(split_ids(ids)): str(did)
        for did, ids in zip(distinct["distinct_id"], distinct["claim_ids"], strict=True)
    }
    sums = {}
    for row in distinct[distinct["computed"].map(flag)].itertuples(index=False):
        parts = str(row.computed_from).split(" + ")
        named = [by_claims.get(frozenset(split_ids(p)), "") for p in parts]
        sums[str(row.distinct_id)] = " + ".join(named) if all(named) else str(row.computed_from)
    return sums


def figure_cell(r: Any, sums: Mapping[str, str] | None = None) -> str:
    """The figure with its hedge in words, increment and computed notes."""
    hedge = HEDGE_WORDS.get(str(r.qualifier), str(r.qualifier))
    extra = [hedge]
    if flag(r.additional):
        extra.append("increment")
    if flag(r.computed):
        extra.append(f"computed: {(sums or {}).get(r.distinct_id, r.computed_from)}")
    notes = f'<span class="ct-hedge">{esc("; ".join(extra))}</span>'
    return f"<strong>{esc(r.figure_text)}</strong><br>{notes}"


def _date_cell(day: object, precision: object) -> str:
    shown = esc(iso_day(day)) or "undated"
    if isinstance(precision, str) and precision not in ("day", ""):
        shown += f'<br><span class="ct-hedge">{esc(precision)}</span>'
    return shown


def distinct_section(distinct: pd.DataFrame) -> str:
    """Every distinct claim: date, claimant, figure with hedge, status, sources."""
    sums = computed_from_ids(distinct)
    distinct, more = capped(distinct, "distinct_claims.csv")
    rows = (
        [
            esc(r.distinct_id), _date_cell(r.claim_date, r.claim_date_precision),
            f"{esc(r.claimant_group)}<br>{esc(r.claimants)}", figure_cell(r, sums), esc(r.status),
            f"{esc(r.n_mentions)} / {esc(r.n_articles)}", esc(r.sources),
        ]
        for r in distinct.itertuples(index=False)
    )
    headers = ["ID", "Claim date", "Claimant", "Figure", "Status", "Mentions / articles",
               "Sources"]
    widths = ("7%", "11%", "22%", "20%", "11%", "9%", "20%")
    intro = paragraph(
        "Mentions of the same figure by the same claimant group for the same status, dated "
        "within a few days of each other, are merged into one distinct claim."
    )
    body = intro + (
        html_table(headers, rows, widths, "ct-wide") + more if len(distinct) else note("No claims.")
    )
    return section("distinct-claims", "Distinct claims", body)


# --- (5) data quality -----------------------------------------------------------------------


def _loaded(manifest: pd.DataFrame) -> pd.DataFrame:
    return manifest[manifest["status"].fillna("") == "loaded"]


def _skipped_table(manifest: pd.DataFrame) -> str:
    skipped = manifest[manifest["status"].fillna("") != "loaded"]
    if skipped.empty:
        return note("No file was skipped.")
    skipped, more = capped(skipped, "articles.csv")
    rows = ([esc(r.file_name), esc(r.reason)] for r in skipped.itertuples(index=False))
    return html_table(["Skipped file", "Reason"], rows, ("40%", "60%")) + more


def _duplicates_table(manifest: pd.DataFrame) -> str:
    dups = manifest[manifest["duplicate_of"].fillna("").astype(str) != ""]
    if dups.empty:
        return note("No duplicate articles.")
    dups, more = capped(dups, "articles.csv")
    rows = ([esc(r.article_id), esc(r.duplicate_of)] for r in dups.itertuples(index=False))
    return note("Claims in duplicates are counted once.") + html_table(
        ["Article", "Duplicate of"], rows, ("50%", "50%")
    ) + more


def _source_counts(loaded: pd.DataFrame) -> str:
    counts = loaded["published_source"].fillna("unknown").value_counts().sort_index()
    rows = ([esc(k), esc(v)] for k, v in counts.items())
    return html_table(["Publication date from", "Articles"], rows, ("60%", "40%"), "ct-small")


TITLE_CHARS = 120


def shorten(text: object, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with an ellipsis."""
    s = "" if text is None or pd.isna(text) else " ".join(str(text).split())
    if len(s) <= limit:
        return s
    cut = s[: limit - 1].rsplit(" ", 1)[0] or s[: limit - 1]
    return cut + "…"


def _article_table(loaded: pd.DataFrame) -> str:
    loaded, more = capped(loaded, "articles.csv")
    rows = (
        [
            esc(r.article_id), esc(r.file_name), esc(iso_day(r.published)) or "undated",
            esc(r.published_source), esc(r.language), esc(r.n_figures), esc(r.n_claims),
            esc(shorten(r.title, TITLE_CHARS)), esc(r.warnings),
        ]
        for r in loaded.itertuples(index=False)
    )
    headers = ["Article", "File", "Published", "Dated from", "Lang.", "Figures", "Claims",
               "Title", "Warnings"]
    widths = ("13%", "13%", "10%", "9%", "5%", "6%", "6%", "22%", "16%")
    return html_table(headers, rows, widths, "ct-wide") + more


def _claims_list(claims: pd.DataFrame, empty: str) -> str:
    if claims.empty:
        return note(empty)
    claims, more = capped(claims, "claims.csv")
    rows = (
        [esc(r.claim_id), esc(r.quantity_text), esc(r.claimant), esc(iso_day(r.claim_date))]
        for r in claims.itertuples(index=False)
    )
    return html_table(["Claim", "Figure", "Claimant as written", "Claim date"], rows,
                      ("30%", "20%", "30%", "20%"), "ct-small") + more


def unattributed_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with no claimant (group `unattributed` or an empty claimant)."""
    group = claims["claimant_group"].fillna("unattributed")
    name = claims["claimant"].fillna("").astype(str).str.strip()
    return claims[(group == "unattributed") | (name == "")]


def fallback_dated_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims whose date fell back to the publication date (or is unknown)."""
    return claims[claims["claim_date_precision"].isin(["published", "unknown"]).fillna(False)]


def evaluation_table(evaluation: pd.DataFrame) -> str:
    """Any evaluation table, floats to three decimals."""
    def cell(v: object) -> str:
        return esc(f"{v:.3f}") if isinstance(v, float) and not math.isnan(v) else esc(v)

    rows = ([cell(v) for v in row] for row in evaluation.itertuples(index=False))
    return html_table([str(c) for c in evaluation.columns], rows, css_class="ct-small")


def data_quality_section(
    manifest: pd.DataFrame, claims: pd.DataFrame, evaluation: pd.DataFrame | None = None
) -> str:
    """Loaded and skipped files, duplicates, dating, unattributed and fallback-dated claims."""
    loaded = _loaded(manifest)
    undated = loaded[loaded["published"].isna()]
    fallback = fallback_dated_claims(claims)
    files = paragraph(
        f"{len(manifest)} files: {len(loaded)} articles loaded, "
        f"{len(manifest) - len(loaded)} skipped."
    )
    parts = [
        f'<div class="ct-keep">{files}{_skipped_table(manifest)}</div>',
        "<h3>Duplicates</h3>", _duplicates_table(manifest),
        "<h3>How articles were dated</h3>", _source_counts(loaded),
        paragraph(f"{len(undated)} loaded article(s) without a publication date"
                  + (": " + ", ".join(undated["article_id"].astype(str).head(TABLE_ROWS))
                     if len(undated) else "")
                  + (" …" if len(undated) > TABLE_ROWS else "") + "."),
        _article_table(loaded),
        "<h3>Claims without a claimant</h3>",
        _claims_list(unattributed_claims(claims), "Every claim has a claimant."),
        "<h3>Claim dates taken from the publication date</h3>",
        paragraph(f"{len(fallback)} of {len(claims)} claims: the text gave no date for the "
                  "claim, so the article's publication date (or nothing) was used."),
        _claims_list(fallback, "None."),
    ]
    if evaluation is not None and len(evaluation):
        parts += ["<h3>Evaluation against the gold file</h3>", evaluation_table(evaluation)]
    return section("data-quality", "Data quality", "".join(parts))


# --- (6) method -----------------------------------------------------------------------------

METHOD_PARAGRAPHS = (
    "Articles (German and English; .txt, .md, .html) are decoded, cleaned of markup and dated "
    "from a sidecar file, front matter, HTML metadata, a dateline, or the latest full date in "
    "the text. Every number that counts something is extracted with its hedge (exact, "
    "approximate, at least, at most, range, vague) and the noun it counts.",
    "A number is a claim when it counts the topic's subject; its status (in Russia, planned, "
    "near the front, casualties), claimant and claim date come from cue words in the sentence "
    "and its neighbours. Relative dates ('on Friday') resolve against the publication date; "
    "without one, the publication date is used.",
    "Mentions of the same claim across articles are merged when claimant group, status and "
    "figure agree and the claim dates lie within {window} days. An increment ('another "
    "1,500') is added to the latest earlier figure of the same claimant group and status to "
    "give a computed cumulative figure; the quoted increment is kept as its own row.",
    "Known limits: cue words are lexical, so unusual phrasing can get the wrong status or "
    "claimant; relative dates without a publication date stay unknown; figures repeated "
    "across articles on days further apart than the window count as separate claims; "
    "computed figures assume the increment adds to the latest earlier figure.",
)


def method_section(window_days: int = 3) -> str:
    """How claims are found, dated, merged and summed, and where that can go wrong."""
    body = "".join(paragraph(p.format(window=window_days)) for p in METHOD_PARAGRAPHS)
    return section("method", "Method and known limits", body)


# --- (7) appendix ---------------------------------------------------------------------------


def _squash(text: str) -> str:
    return " ".join(text.split())


def highlight(sentence: object, quantity_text: object) -> str:
    """The escaped sentence with the figure wrapped in `<mark>` (appended when not found)."""
    s = _squash(sentence) if isinstance(sentence, str) else ""
    q = _squash(quantity_text) if isinstance(quantity_text, str) else ""
    for candidate in (q, _squash(html.unescape(q))):
        at = s.find(candidate) if candidate else -1
        if at >= 0:
            end = at + len(candidate)
            return f"{esc(s[:at])}<mark>{esc(s[at:end])}</mark>{esc(s[end:])}"
    return f"{esc(s)} [figure: <mark>{esc(q)}</mark>]" if q else esc(s)


def appendix_section(
    claims: pd.DataFrame, max_rows: int = 200, claims_csv: str = "claims.csv"
) -> str:
    """Every claim mention with its sentence, the figure highlighted; capped at `max_rows`."""
    ordered = claims.sort_values(["article_id", "start"], kind="stable")
    shown = ordered.head(max(max_rows, 0))
    rows = (
        [
            esc(r.claim_id), esc(iso_day(r.claim_date)),
            f"{esc(r.claimant)}<br><span class='ct-hedge'>{esc(r.claimant_group)}</span>",
            esc(r.status), highlight(r.sentence, r.quantity_text),
        ]
        for r in shown.itertuples(index=False)
    )
    cap = (
        note(f"Showing the first {len(shown)} of {len(claims)} claim mentions; the full "
             f"table is in {claims_csv} in the data folder.")
        if len(shown) < len(claims)
        else ""
    )
    headers = ["Claim (article:offset)", "Claim date", "Claimant", "Status", "Sentence"]
    widths = ("18%", "10%", "16%", "10%", "46%")
    table = html_table(headers, rows, widths, "ct-wide") if len(shown) else note("No claims.")
    return section("appendix", "Appendix: every claim mention", cap + table)


# --- inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportInputs:
    """The tables the report is built from."""

    articles: pd.DataFrame
    claims: pd.DataFrame
    distinct: pd.DataFrame
    evaluation: pd.DataFrame | None


def load_report_inputs(data_dir: Path) -> ReportInputs:
    """Read the chain's tables; `evaluation` only when that table exists."""
    from claimtrack.tables import read_table

    data_dir = Path(data_dir)
    has_eval = (data_dir / "evaluation.parquet").is_file()
    return ReportInputs(
        articles=read_table(data_dir, "articles"),
        claims=read_table(data_dir, "claims"),
        distinct=read_table(data_dir, "distinct_claims"),
        evaluation=read_table(data_dir, "evaluation") if has_eval else None,
    )


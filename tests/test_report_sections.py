"""HTML fragments of the report: content from the tables, everything from articles escaped."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from claimtrack.distinct import distinct_claims
from claimtrack.report_sections import (
    TOC_SLOT,
    appendix_section,
    computed_from_ids,
    data_quality_section,
    distinct_section,
    esc,
    figures_section,
    highlight,
    html_table,
    method_section,
    report_figures,
    resolve_run_date,
    shorten,
    summary_section,
    title_section,
    versions,
)
from claimtrack.schema import CLAIM_COLUMNS, MANIFEST_COLUMNS, typed_frame
from claimtrack.summary import summary_sentences, summary_table

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
RAW_MARKUP = re.compile(r"<script|<img src=x|onerror=alert\(1\)>", re.IGNORECASE)


def claim(article: str, start: int, value: float | None, **extra: object) -> dict:
    row = {
        "article_id": article, "claim_id": f"{article}:{start}", "language": "en",
        "published": pd.Timestamp("2024-10-28"), "start": start, "end": start + 6,
        "quantity_text": f"{value:,.0f}" if value else "thousands", "value": value,
        "low": value, "high": value, "qualifier": "exact" if value else "vague",
        "additional": False, "status": "in_russia", "claimant": "Pentagon spokeswoman",
        "claimant_group": "united_states", "claim_date": pd.Timestamp("2024-10-28"),
        "claim_date_precision": "day", "location": None,
        "sentence": f"The Pentagon said {value:,.0f} soldiers were sent." if value else "x",
        "noun": "soldiers", "claim_date_text": "",
    }
    return {**row, **extra}


def article(article_id: str, **extra: object) -> dict:
    row = {
        "article_id": article_id, "file_name": f"{article_id}.txt", "status": "loaded",
        "reason": "", "published": pd.Timestamp("2024-10-28"), "published_source": "sidecar",
        "language": "en", "title": "A title", "outlet": "", "url": "", "encoding": "utf-8",
        "duplicate_of": "", "warnings": "", "n_figures": 2, "n_claims": 1,
    }
    return {**row, **extra}


@pytest.fixture()
def claims() -> pd.DataFrame:
    return typed_frame([
        claim("a", 10, 10000.0, claimant=SCRIPT, sentence=f"{IMG} Officials said 10,000 went."),
        claim("b", 20, 3000.0, claimant="", claimant_group="unattributed",
              claim_date_precision="published",
              sentence="Etwa 3,000 Soldaten wurden nach Russland geschickt."),
        claim("c", 5, None, sentence=f"Thousands {SCRIPT} were at the border."),
    ], CLAIM_COLUMNS)


@pytest.fixture()
def manifest() -> pd.DataFrame:
    return typed_frame([
        article("a", title=SCRIPT, url="https://evil.example/track.png"),
        article("b", published=None, published_source="unknown"),
        article("c", duplicate_of="a", published_source="dateline"),
        article(IMG, file_name=f"{IMG}.pdf", status="skipped", reason=f"not text {SCRIPT}",
                published=None, published_source="unknown", n_figures=0, n_claims=0),
    ], MANIFEST_COLUMNS)


def assert_escaped(fragment: str) -> None:
    assert not RAW_MARKUP.search(fragment), RAW_MARKUP.search(fragment)


def test_esc_escapes_markup_and_blanks_missing_values() -> None:
    assert esc(SCRIPT) == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert esc('"quoted"') == "&quot;quoted&quot;"
    assert esc(None) == "" and esc(pd.NA) == "" and esc(float("nan")) == ""
    assert esc(3) == "3"


def test_html_table_has_a_repeating_header_and_column_widths() -> None:
    table = html_table(["A", SCRIPT], [["1", "2"]], widths=("30%", "70%"), css_class="ct-wide")
    assert "<thead><tr><th>A</th><th>&lt;script&gt;" in table
    assert '<col style="width:30%">' in table and 'class="ct-table ct-wide"' in table
    assert "<tbody><tr><td>1</td><td>2</td></tr></tbody>" in table


def test_title_section_shows_folder_date_parameters_and_versions() -> None:
    html = title_section(
        f"Report {SCRIPT}", f"/data/{IMG}", date(2024, 11, 1),
        {"articles_dir": f"/data/{IMG}", "gold_path": SCRIPT, "max_appendix_rows": 500},
        {"python": "3.11.7", "pandas": "3.1.1"},
    )
    assert_escaped(html)
    assert "1 Nov 2024" in html and "max_appendix_rows" in html and "3.1.1" in html
    assert html.count("<h1") == 1 and TOC_SLOT in html


def test_versions_name_python_and_the_plotting_stack() -> None:
    found = versions()
    assert {"python", "claimtrack", "pandas", "matplotlib"} <= set(found)
    assert found["python"].count(".") == 2


def test_resolve_run_date() -> None:
    assert resolve_run_date("2024-11-01") == date(2024, 11, 1)
    assert resolve_run_date("") == date.today()
    with pytest.raises(ValueError):
        resolve_run_date("1 Nov")


def test_summary_section_has_sentences_and_latest_figures(claims: pd.DataFrame) -> None:
    distinct = distinct_claims(claims)
    html = summary_section(summary_table(distinct), summary_sentences(distinct))
    assert '<h2 id="summary">Summary</h2>' in html
    assert "The latest in-Russia estimate is 10,000" in html
    assert "<strong>10,000</strong>" in html


def test_distinct_section_shows_hedge_increment_and_computation(claims: pd.DataFrame) -> None:
    more = typed_frame([
        claim("d", 1, 1500.0, qualifier="approx", claim_date=pd.Timestamp("2024-10-18"),
              claimant_group="south_korea", claimant=IMG),
        claim("e", 1, 1500.0, additional=True, claimant_group="south_korea"),
    ], CLAIM_COLUMNS)
    distinct = distinct_claims(pd.concat([claims, more], ignore_index=True))
    html = distinct_section(distinct)
    assert_escaped(html)
    assert "<strong>≈1,500</strong><br><span class=\"ct-hedge\">approximate</span>" in html
    assert "+1,500" in html and "increment" in html
    ids = distinct.set_index("figure_text")["distinct_id"]
    assert f"computed: {ids['≈1,500']} + {ids['+1,500']}" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_computed_rows_name_the_distinct_claims_they_sum() -> None:
    claims = typed_frame([
        claim("a", 1, 1000.0, claim_date=pd.Timestamp("2024-10-01")),
        claim("b", 1, 500.0, additional=True, claim_date=pd.Timestamp("2024-10-05")),
        claim("c", 1, 250.0, additional=True, claim_date=pd.Timestamp("2024-10-09")),
    ], CLAIM_COLUMNS)
    distinct = distinct_claims(claims)
    ids = distinct.set_index("figure_text")["distinct_id"]
    sums = computed_from_ids(distinct)
    assert sums == {
        ids["1,500"]: f"{ids['1,000']} + {ids['+500']}",
        ids["1,750"]: f"{ids['1,500']} + {ids['+250']}",
    }


def test_long_titles_are_shortened_at_a_word() -> None:
    assert shorten("Nordkorea schickt weitere Soldaten nach Russland", 20) == "Nordkorea schickt…"
    assert shorten("kurz", 20) == "kurz" and shorten(None, 5) == ""


def test_figures_section_embeds_existing_pngs(tmp_path: Path) -> None:
    png = tmp_path / "estimate_curves.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    images = report_figures(tmp_path)
    assert images == [(png, images[0][1])]  # the timeline file does not exist
    html = figures_section(images)
    assert 'src="data:image/png;base64,iVBORw0KGgpmYWtl"' in html
    assert "No figure files" in figures_section([])


def test_data_quality_section_reports_files_dates_and_attribution(
    claims: pd.DataFrame, manifest: pd.DataFrame
) -> None:
    html = data_quality_section(manifest, claims)
    assert_escaped(html)
    assert "4 files: 3 articles loaded, 1 skipped." in html
    assert "not text &lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;.pdf" in html
    assert "<td>c</td><td>a</td>" in html  # c duplicates a
    assert "<td>dateline</td><td>1</td>" in html and "<td>sidecar</td><td>1</td>" in html
    assert "1 loaded article(s) without a publication date: b." in html
    assert "<td>b:20</td>" in html  # the claim without claimant
    assert "1 of 3 claims" in html
    assert "Evaluation" not in html
    assert "https://evil.example" not in re.findall(r'(?:src|href)="([^"]*)"', html)


def test_data_quality_section_shows_an_evaluation_when_given(
    claims: pd.DataFrame, manifest: pd.DataFrame
) -> None:
    evaluation = pd.DataFrame({"metric": ["precision", "recall"], "value": [0.9, 2 / 3]})
    html = data_quality_section(manifest, claims, evaluation)
    assert "Evaluation against the gold file" in html
    assert "<td>precision</td><td>0.900</td>" in html and "<td>0.667</td>" in html


def test_method_section_names_the_merge_window() -> None:
    assert "within 5 days" in method_section(5)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Rund 1.500 Soldaten sind da.", "rund 1.500", None),
        ("About 1,500 troops <b>arrived</b>.", "1,500",
         "About <mark>1,500</mark> troops &lt;b&gt;arrived&lt;/b&gt;."),
        ("Etwa 10\u00a0000 Soldaten.", "10\u00a0000", "Etwa <mark>10 000</mark> Soldaten."),
        ("Some 12,000  soldiers\nwere sent.", "12,000",
         "Some <mark>12,000</mark> soldiers were sent."),
        ("Rund 12.000 Soldaten.", "12&#46;000", "Rund <mark>12.000</mark> Soldaten."),
    ],
)
def test_highlight_marks_the_figure_and_escapes_the_rest(
    sentence: str, figure: str, expected: str | None
) -> None:
    if expected is None:  # the figure's case differs: appended, never lost
        assert highlight(sentence, figure) == (
            "Rund 1.500 Soldaten sind da. [figure: <mark>rund 1.500</mark>]"
        )
    else:
        assert highlight(sentence, figure) == expected


def test_appendix_lists_every_mention_escaped(claims: pd.DataFrame) -> None:
    html = appendix_section(claims)
    assert_escaped(html)
    assert html.count("<mark>") == 3
    assert "&lt;img src=x onerror=alert(1)&gt; Officials said <mark>10,000</mark> went." in html
    assert "Showing the first" not in html


def test_appendix_is_capped_with_a_pointer_to_the_full_table(claims: pd.DataFrame) -> None:
    html = appendix_section(claims, max_rows=2, claims_csv="claims.csv")
    assert html.count("<tr>") == 3  # header + 2 rows
    assert "Showing the first 2 of 3 claim mentions" in html and "claims.csv" in html


def test_sections_have_anchored_h2_headings(
    claims: pd.DataFrame, manifest: pd.DataFrame
) -> None:
    distinct = distinct_claims(claims)
    parts = [
        summary_section(summary_table(distinct), summary_sentences(distinct)),
        figures_section([]), distinct_section(distinct), data_quality_section(manifest, claims),
        method_section(), appendix_section(claims),
    ]
    ids = [re.search(r'<h2 id="([^"]+)">', p).group(1) for p in parts]
    assert ids == ["summary", "curves", "distinct-claims", "data-quality", "method", "appendix"]


def test_long_tables_are_capped_with_a_pointer_to_the_csv():
    import pandas as pd

    from claimtrack.report_sections import TABLE_ROWS, capped

    frame = pd.DataFrame({"a": range(TABLE_ROWS + 5)})
    shown, more = capped(frame, "claims.csv")
    assert len(shown) == TABLE_ROWS and "claims.csv" in more and str(TABLE_ROWS + 5) in more
    shown, more = capped(frame.head(3), "claims.csv")
    assert len(shown) == 3 and more == ""

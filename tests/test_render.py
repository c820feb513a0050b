"""Rendering the executed report notebook: offline HTML without code, then an A4 PDF."""

from __future__ import annotations

import base64
import re
from datetime import date
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from pypdf import PdfReader

from claimtrack.render import (
    HIDE_TAG,
    _offline_fetcher,
    add_toc,
    headings,
    html_to_pdf,
    remote_references,
    render_report,
)
from claimtrack.report_sections import TOC_SLOT, method_section, section, title_section

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
CODE_MARKER = "secret_code_that_must_not_show"
# a 1x1 PNG
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def html_output(fragment: str) -> nbformat.NotebookNode:
    return new_output("display_data", data={"text/html": fragment, "text/plain": "<HTML>"})


def report_notebook() -> nbformat.NotebookNode:
    """A report notebook as papermill leaves it: code cells with outputs already filled in."""
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells.append(new_markdown_cell("# Notebook-only title", metadata={"tags": [HIDE_TAG]}))
    nb.cells.append(new_code_cell(f"{CODE_MARKER} = 1", metadata={"tags": ["parameters"]}))
    title = title_section(
        f"Claims report {SCRIPT}", "/data/articles", date(2024, 11, 1), {"gold_path": IMG},
        {"python": "3.11"},
    )
    bodies = [
        title,
        section("summary", "Summary", f"<p>Claimant {'&lt;b&gt;'} and {SCRIPT.replace('<', '&lt;')}"
                "</p><p>Source: https://evil.example/article (text only)</p>"),
        section("curves", "Estimate curves and timeline", ""),
        method_section(3),
        section("appendix", "Appendix: every claim mention",
                "<table class='ct-table'><thead><tr><th>n</th></tr></thead><tbody>"
                + "".join(f"<tr><td>row {i}</td></tr>" for i in range(150)) + "</tbody></table>"),
    ]
    for body in bodies:
        cell = new_code_cell(f"display(HTML({CODE_MARKER}))")
        cell.outputs = [html_output(body)]
        nb.cells.append(cell)
    figure = new_code_cell(f"display(Image({CODE_MARKER}))")
    figure.outputs = [new_output(
        "display_data", data={"image/png": base64.b64encode(PIXEL).decode(), "text/plain": "img"}
    )]
    nb.cells.insert(5, figure)
    warning = new_code_cell("warn()")
    warning.outputs = [new_output("stream", name="stderr", text="FutureWarning: noisy")]
    nb.cells.append(warning)
    return nb


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("render")
    notebook = folder / "04-report.ipynb"
    nbformat.write(report_notebook(), notebook)
    return render_report(notebook, folder / "report")


def test_render_writes_report_html_and_pdf(rendered: dict[str, Path]) -> None:
    assert set(rendered) == {"html", "pdf"}
    assert rendered["html"].name == "report.html" and rendered["pdf"].name == "report.pdf"
    assert all(p.is_file() and p.stat().st_size > 0 for p in rendered.values())


def test_html_has_no_code_prompts_hidden_cells_or_warnings(rendered: dict[str, Path]) -> None:
    page = rendered["html"].read_text(encoding="utf-8")
    assert CODE_MARKER not in page
    assert "In&nbsp;[" not in page and "jp-InputArea" not in page
    assert "Notebook-only title" not in page
    assert "FutureWarning" not in page


def test_html_embeds_images_and_loads_nothing_remote(rendered: dict[str, Path]) -> None:
    page = rendered["html"].read_text(encoding="utf-8")
    assert re.search(r'<img [^>]*src="data:image/png;base64,', page)
    assert remote_references(page) == []
    assert not re.search(r"<script\b", page, re.IGNORECASE)
    assert "<link" not in page.lower()


def test_html_escapes_article_text(rendered: dict[str, Path]) -> None:
    page = rendered["html"].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert IMG not in page
    assert "https://evil.example/article" in page  # shown as text, never a link
    assert 'href="https://evil.example' not in page


def test_html_has_a_table_of_contents_and_a_title(rendered: dict[str, Path]) -> None:
    page = rendered["html"].read_text(encoding="utf-8")
    assert TOC_SLOT not in page
    toc = re.search(r'<nav class="ct-toc">(.*?)</nav>', page, re.DOTALL).group(1)
    assert re.findall(r'href="#([^"]+)"', toc) == ["summary", "curves", "method", "appendix"]
    assert "<title>Claims report &lt;script&gt;alert(1)&lt;/script&gt;</title>" in page


def test_pdf_is_a4_with_sections_page_numbers_and_toc(rendered: dict[str, Path]) -> None:
    reader = PdfReader(rendered["pdf"])
    n = len(reader.pages)
    assert n >= 2
    for page in reader.pages:
        assert abs(float(page.mediabox.width) - 595) <= 1
        assert abs(float(page.mediabox.height) - 842) <= 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    for title in ("Summary", "Estimate curves and timeline", "Method and known limits",
                  "Appendix: every claim mention", "Contents"):
        assert title in text
    assert f"Page 1 of {n}" in text and f"Page {n} of {n}" in text
    assert "row 149" in text  # the long table continues across pages
    assert "<script>alert(1)</script>" in text  # escaped in HTML, shown as text in the PDF


def test_pdf_has_bookmarks_for_the_sections(rendered: dict[str, Path]) -> None:
    titles = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(PdfReader(rendered["pdf"]).outline)
    assert "Summary" in titles and "Appendix: every claim mention" in titles


def test_only_requested_formats_are_written(tmp_path: Path) -> None:
    notebook = tmp_path / "nb.ipynb"
    nbformat.write(report_notebook(), notebook)
    written = render_report(notebook, tmp_path / "out", formats=("html",))
    assert set(written) == {"html"} and not (tmp_path / "out" / "report.pdf").exists()
    with pytest.raises(ValueError, match="docx"):
        render_report(notebook, tmp_path / "out", formats=("docx",))


def test_offline_fetcher_refuses_everything_but_data_urls() -> None:
    fetcher = _offline_fetcher()
    for url in ("http://127.0.0.1:9/x.png", "https://example.org/a.css", "file:///etc/hosts"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 3
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"


def test_pdf_from_html_with_remote_references_fetches_nothing(tmp_path: Path) -> None:
    page = (
        '<html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head>'
        '<body><h1>T</h1><img src="http://127.0.0.1:9/x.png"></body></html>'
    )
    pdf = html_to_pdf(page, tmp_path / "x.pdf")
    assert len(PdfReader(pdf).pages) == 1


@pytest.mark.parametrize(
    ("page", "found"),
    [
        ('<script src="https://cdn.example/require.js"></script>', ["https://cdn.example/require.js"]),
        ("<link rel=stylesheet href=//fonts.example/css>", ["//fonts.example/css"]),
        ('<style>@import url("https://x.example/a.css");</style>', ["https://x.example/a.css"]),
        ("<p>src=https://evil.example shown as text</p>", []),
        ('<a href="#summary">Summary</a><img src="data:image/png;base64,AAAA">', []),
    ],
)
def test_remote_references(page: str, found: list[str]) -> None:
    assert remote_references(page) == found


def test_toc_goes_atop_main_without_a_slot_and_skips_unanchored_headings() -> None:
    page = '<main><h2 id="a">First &amp; best</h2><h2>No id</h2><h2 id="b">B<a>¶</a></h2></main>'
    assert headings(page) == [("a", "First & best"), ("b", "B")]
    out = add_toc(page)
    assert out.startswith('<main><nav class="ct-toc">')
    assert '<a href="#a">First &amp; best</a>' in out
    assert add_toc("<main><p>no headings</p></main>") == "<main><p>no headings</p></main>"

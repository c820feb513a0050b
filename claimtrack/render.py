"""Executed report notebook -> self-contained offline HTML (no code cells) -> A4 PDF."""

from __future__ import annotations

import copy
import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.paths import TEMPLATES_DIR

if TYPE_CHECKING:
    from nbformat import NotebookNode

FORMATS = ("html", "pdf")
TEMPLATE_FILE = "report.html.j2"
HIDE_TAG = "hide-in-report"  # cells with this tag stay in the notebook, not in the report
TOC_SLOT = '<div class="ct-toc-slot"></div>'

_H2 = re.compile(r"<h2\b[^>]*?\bid=\"([^\"]+)\"[^>]*>(.*?)</h2>", re.DOTALL | re.IGNORECASE)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL | re.IGNORECASE)
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_MAIN_OPEN = re.compile(r"<main\b[^>]*>", re.IGNORECASE)
# an attribute inside a tag that would load or link something outside the document
_REMOTE_ATTR = re.compile(
    r"<[^>]*?\s(src|href|action|poster|data)\s*=\s*[\"']?\s*((?:https?:)?//[^\"'\s>]*)",
    re.IGNORECASE,
)
_CSS_URL = re.compile(r"(?:url\(|@import)\s*[\"']?\s*((?:https?:)?//[^\"')\s]*)", re.IGNORECASE)


def report_cells(nb: NotebookNode) -> NotebookNode:
    """A copy of the notebook without hidden cells and without stderr output (warnings)."""
    out = copy.deepcopy(nb)
    out.cells = [c for c in out.cells if HIDE_TAG not in c.get("metadata", {}).get("tags", [])]
    for cell in out.cells:
        if cell.get("cell_type") == "code":
            cell.outputs = [
                o for o in cell.get("outputs", [])
                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
    return out


def headings(page: str) -> list[tuple[str, str]]:
    """(id, text) of every `h2` with an id, in document order."""
    found = []
    for anchor, inner in _H2.findall(page):
        text = html.unescape(_TAG.sub("", inner)).replace("¶", "").strip()
        found.append((html.unescape(anchor), text))
    return found


def toc_html(entries: Sequence[tuple[str, str]]) -> str:
    """A table of contents; in the PDF each entry gets its page number (CSS target-counter)."""
    items = "".join(
        f'<li><a href="#{html.escape(a, quote=True)}">{html.escape(t)}</a></li>'
        for a, t in entries
    )
    return f'<nav class="ct-toc"><p class="ct-toc-title">Contents</p><ol>{items}</ol></nav>'


def add_toc(page: str) -> str:
    """Put the table of contents in the slot the title section left (else atop `<main>`)."""
    entries = headings(page)
    if not entries:
        return page.replace(TOC_SLOT, "")
    toc = toc_html(entries)
    if TOC_SLOT in page:
        return page.replace(TOC_SLOT, toc, 1).replace(TOC_SLOT, "")
    match = _MAIN_OPEN.search(page)
    return page[: match.end()] + toc + page[match.end():] if match else toc + page


def remote_references(page: str) -> list[str]:
    """URLs the page would load or link to outside itself (tag attributes, CSS url/@import)."""
    return [m.group(2) for m in _REMOTE_ATTR.finditer(page)] + [
        m.group(1) for m in _CSS_URL.finditer(page)
    ]


def retitle(page: str) -> str:
    """Use the text of the first `h1` as the page `<title>`."""
    h1 = _H1.search(page)
    if not h1:
        return page
    text = html.escape(html.unescape(_TAG.sub("", h1.group(1))).replace("¶", "").strip())
    return _TITLE.sub(lambda _: f"<title>{text}</title>", page, count=1)


def notebook_html(executed_notebook: Path) -> str:
    """The report HTML: outputs and markdown only, local CSS, embedded images, a TOC."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = report_cells(nbformat.read(str(executed_notebook), as_version=4))
    exporter = _exporter_class(HTMLExporter)(
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        extra_template_paths=[str(TEMPLATES_DIR)],
        template_file=TEMPLATE_FILE,
    )
    page, _ = exporter.from_notebook_node(nb)
    page = page.replace("<img src=", '<img alt="Report figure" src=')
    return add_toc(retitle(page))


def _exporter_class(base: type) -> type:
    """nbconvert's HTMLExporter without its final BeautifulSoup pass: that pass (alt
    texts and tab stops for notebook cells) parses the whole page with html.parser and
    took 75 s of 97 on a 1,000-article report; our template writes alt texts itself."""
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class ReportExporter(base):  # type: ignore[misc, valid-type]
        def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> Any:
            resources = self._init_resources(resources)
            self.register_filter("highlight_code", Highlight2HTML(parent=self))
            self.register_filter(
                "filter_data_type",
                WidgetsDataTypeFilter(
                    notebook_metadata=self._nb_metadata, parent=self, resources=resources
                ),
            )
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

    return ReportExporter


def _offline_fetcher() -> Any:
    """A weasyprint URL fetcher that serves `data:` URLs and refuses everything else."""
    from weasyprint.urls import URLFetcher

    class OfflineFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(allowed_protocols=("data",), allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            if not url.startswith("data:"):
                self.refused.append(url)
                raise ValueError(f"claimtrack reports load nothing from outside: {url}")
            return super().fetch(url, headers)

    return OfflineFetcher()


def html_to_pdf(page: str, target: Path) -> Path:
    """Print the HTML to an A4 PDF with weasyprint, fetching nothing from outside."""
    from weasyprint import HTML

    target = Path(target)
    HTML(string=page, url_fetcher=_offline_fetcher(), media_type="print").write_pdf(target)
    return target


def render_report(
    executed_notebook: Path, report_dir: Path, formats: Sequence[str] = FORMATS
) -> dict[str, Path]:
    """Write `report.html` and/or `report.pdf` from the executed report notebook."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown report format(s): {', '.join(unknown)}; use html or pdf")
    report_dir = Path(report_dir)
    report_dir.mkdir(parents=True, exist_ok=True)
    page = notebook_html(Path(executed_notebook))
    written: dict[str, Path] = {}
    if "html" in formats:
        written["html"] = report_dir / "report.html"
        written["html"].write_text(page, encoding="utf-8")
    if "pdf" in formats:
        written["pdf"] = html_to_pdf(page, report_dir / "report.pdf")
    return written

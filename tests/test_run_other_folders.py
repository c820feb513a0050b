"""`claimtrack run` on folders other than the seeds: English and HTML articles of our own
corpus plus a hostile file, in a folder whose path has quotes, `$()` and spaces; and an
empty folder (documented: exit 0 and a report that says there is nothing to show)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus" / "articles"
SECTIONS = ("summary", "curves", "distinct-claims", "data-quality", "method", "appendix")
HOSTILE = """<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;</title>
<meta property="article:published_time" content="2024-11-04T10:00:00Z">
<link rel="stylesheet" href="https://evil.example/x.css"></head>
<body><h1><img src=x onerror=alert(2)>Pentagon: 9,000 North Korean troops in Kursk</h1>
<p>The Pentagon said on Monday that about 9,000 North Korean troops <script>alert(3)</script>
were now in Kursk. <img src="https://evil.example/pixel.gif"></p></body></html>
"""


def run(articles: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", "run", str(articles), "--out", str(out)],
        capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="module")
def other_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("other")
    folder = base / "odd 'folder' $(touch x) ünïcode"
    folder.mkdir()
    for name in sorted(p.name for p in CORPUS.iterdir()):
        if name.startswith("e1") and name.endswith((".html", ".md", ".txt")):
            shutil.copy(CORPUS / name, folder / name)
    (folder / "zz_hostile.html").write_text(HOSTILE, encoding="utf-8")
    out = base / "out"
    return folder, out, run(folder, out)


def test_run_succeeds_on_another_folder(other_run):
    _, out, done = other_run
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "report" / "report.pdf").stat().st_size > 0


def test_every_report_section_is_there(other_run):
    _, out, _ = other_run
    page = (out / "report" / "report.html").read_text(encoding="utf-8")
    for anchor in SECTIONS:
        assert f'id="{anchor}"' in page, anchor


def test_article_markup_is_escaped_and_nothing_remote_is_loaded(other_run):
    _, out, _ = other_run
    page = (out / "report" / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "onerror=alert" not in page.replace("&lt;", "")
    assert "evil.example" not in page or 'src="https://evil' not in page
    assert 'href="https://evil' not in page


def test_odd_folder_path_passes_through_papermill_intact(other_run):
    folder, out, _ = other_run
    nb = json.loads((out / "notebooks" / "02-extract-claims.ipynb").read_text(encoding="utf-8"))
    assert nb["metadata"]["papermill"]["parameters"]["articles_dir"] == str(folder)
    assert not (Path.cwd() / "x").exists()


def test_claims_come_from_english_and_html_articles(other_run):
    import pandas as pd

    _, out, _ = other_run
    claims = pd.read_csv(out / "data" / "claims.csv")
    assert set(claims["language"]) == {"en"}
    assert claims["article_id"].str.startswith("e1").any()
    assert "zz_hostile" in set(claims["article_id"])


def test_an_empty_folder_gives_a_report_with_nothing_to_show(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    done = run(folder, tmp_path / "out")
    assert done.returncode == 0, done.stderr[-2000:]
    page = (tmp_path / "out" / "report" / "report.html").read_text(encoding="utf-8")
    assert "No claims" in page

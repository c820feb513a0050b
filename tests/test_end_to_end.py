"""`claimtrack run` on the seed articles, end to end, into a temporary folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from claimtrack.chain import CHAIN_NOTEBOOKS
from claimtrack.paths import DEFAULT_ARTICLES_DIR, REPO_DIR
from claimtrack.schema import CLAIM_COLUMNS
from claimtrack.tables import read_table


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("run") / "out"
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "run", "data/articles", "--out", str(out)],
        cwd=REPO_DIR, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return out, done


def test_tables_are_written(run):
    out, _ = run
    for name in ("articles", "figures", "claims"):
        for ext in ("csv", "parquet"):
            assert (out / "data" / f"{name}.{ext}").stat().st_size > 0
    assert (out / "data" / "evaluation.csv").is_file()  # the seed corpus has a gold file


def test_figures_report_and_notebooks_exist(run):
    out, done = run
    figures = out / "figures"
    assert list(figures.glob("*.png")) and list(figures.glob("*.svg"))
    assert {p.stem for p in figures.glob("*.png")} == {p.stem for p in figures.glob("*.svg")}
    html = out / "report" / "report.html"
    pdf = out / "report" / "report.pdf"
    assert html.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in (out / "notebooks").glob("*.ipynb")) == sorted(CHAIN_NOTEBOOKS)
    assert f"report: {html}" in done.stdout and "timings:" in done.stdout


def test_executed_notebooks_record_the_run_parameters(run):
    out, _ = run
    for name in CHAIN_NOTEBOOKS:
        notebook = json.loads((out / "notebooks" / name).read_text(encoding="utf-8"))
        parameters = notebook["metadata"]["papermill"]["parameters"]
        assert parameters["articles_dir"] == str(DEFAULT_ARTICLES_DIR.resolve()), name
        assert parameters["out_dir"] == str(out.resolve()), name
        assert parameters["topic"] == "north_korea_troops", name
        injected = [c for c in notebook["cells"]
                    if "injected-parameters" in c["metadata"].get("tags", [])]
        assert len(injected) == 1 and str(out.resolve()) in "".join(injected[0]["source"])
        errors = [o for c in notebook["cells"] for o in c.get("outputs", [])
                  if o.get("output_type") == "error"]
        assert errors == [], name


def test_claims_table_has_the_key_figures(run):
    out, _ = run
    claims = read_table(out / "data", "claims")
    assert list(claims.columns)[: len(CLAIM_COLUMNS)] == list(CLAIM_COLUMNS)
    hit = claims[
        (claims["value"] == 1500)
        & (claims["status"] == "in_russia")
        & (claims["claimant_group"] == "south_korea")
        & (claims["claim_date"] == pd.Timestamp("2024-10-18"))
    ]
    assert len(hit) >= 1
    assert (claims["claim_id"] == claims["article_id"] + ":" + claims["start"].astype(str)).all()


def test_each_file_is_read_once_step_02_reuses_the_tables_of_step_01(run):
    out, _ = run
    notebook = json.loads((out / "notebooks" / CHAIN_NOTEBOOKS[1]).read_text(encoding="utf-8"))
    assert notebook["metadata"]["papermill"]["parameters"]["reuse_tables"] is True
    manifest, claims = read_table(out / "data", "articles"), read_table(out / "data", "claims")
    assert manifest["n_claims"].sum() == len(claims) > 0  # 01's pass extracted them


def test_step_02_with_reuse_tables_reads_no_article(run, tmp_path):
    """Run alone on a copy of the tables and an empty folder: it shows the tables as they are."""
    import shutil

    import papermill

    out, _ = run
    shutil.copytree(out / "data", tmp_path / "data")
    empty = tmp_path / "no_articles"
    empty.mkdir()
    executed = tmp_path / "02.ipynb"
    papermill.execute_notebook(
        str(REPO_DIR / "notebooks" / CHAIN_NOTEBOOKS[1]), str(executed), kernel_name="python3",
        parameters={"articles_dir": str(empty), "out_dir": str(tmp_path), "reuse_tables": True},
        cwd=str(tmp_path), progress_bar=False,
    )
    text = executed.read_text(encoding="utf-8")
    n_claims, n_files = (len(read_table(out / "data", name)) for name in ("claims", "articles"))
    assert f"{n_claims} claims among" in text and f"from {n_files} files" in text

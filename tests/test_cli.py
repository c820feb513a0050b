"""The `claimtrack` command line: subcommands, outputs and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from claimtrack import chain
from claimtrack.chain import RunResult
from claimtrack.cli import formats_arg, main
from claimtrack.paths import DEFAULT_ARTICLES_DIR, OutputPaths
from claimtrack.schema import CLAIM_COLUMNS, FIGURE_COLUMNS, MANIFEST_COLUMNS, typed_frame
from claimtrack.tables import write_tables

ENGLISH = """Seoul says more North Korean soldiers have reached Russia

SEOUL, Nov. 6 (Reuters) - South Korea's spy agency said on Wednesday that about
11,000 North Korean troops were now in Russia, and that some had moved to Kursk.
"""
GERMAN = """Weitere Soldaten aus Nordkorea

Berlin, 7. November 2024. Nach Angaben des ukrainischen Geheimdienstes sind inzwischen
rund 11.000 nordkoreanische Soldaten in Russland eingetroffen.
"""


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimtrack", *args], capture_output=True,
                          text=True, timeout=120)


def test_missing_folder_is_exit_2_with_one_line(tmp_path):
    done = run_cli("run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert str(tmp_path / "nowhere") in done.stderr
    assert not (tmp_path / "out").exists()


def test_not_a_directory_is_exit_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("text")
    assert main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a folder" in err and "a.txt" in err


def test_bad_flag_is_exit_2():
    done = run_cli("run", "--no-such-flag")
    assert done.returncode == 2 and "--no-such-flag" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args, message", [
    (["run", "--formats", "html,docx"], "docx"),
    (["extract", "--out", "x"], "ARTICLES_DIR"),
    (["evaluate", "only-one"], "GOLD"),
    ([], "COMMAND"),
])
def test_argument_errors_exit_2(args, message, capsys):
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2 and message in capsys.readouterr().err


def test_unknown_scheduler_and_topic_are_usage_errors(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o"),
                 "--scheduler", "threads"]) == 2
    assert "threads" in capsys.readouterr().err
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o"),
                 "--topic", "whales"]) == 2
    err = capsys.readouterr().err
    assert "whales" in err and err.count("\n") == 1


def test_formats_argument():
    assert formats_arg("html,pdf") == ("html", "pdf")
    assert formats_arg(" PDF , pdf") == ("pdf",)
    assert formats_arg("") == ()


def test_extract_writes_the_six_tables(tmp_path, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "seoul.txt").write_text(ENGLISH, encoding="utf-8")
    (articles / "berlin.md").write_text(GERMAN, encoding="utf-8")
    (articles / "notes.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "tables"
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert "3 files" in capsys.readouterr().out
    expected = {"articles": MANIFEST_COLUMNS, "figures": FIGURE_COLUMNS, "claims": CLAIM_COLUMNS}
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{name}.{ext}" for name in expected for ext in ("csv", "parquet"))
    for name, columns in expected.items():
        for ext in ("csv", "parquet"):
            path = out / f"{name}.{ext}"
            frame = pd.read_csv(path) if ext == "csv" else pd.read_parquet(path)
            assert list(columns) == [c for c in frame.columns if c in columns], path
    manifest = pd.read_csv(out / "articles.csv")
    assert manifest.set_index("file_name")["status"].to_dict() == {
        "berlin.md": "loaded", "notes.pdf": "skipped", "seoul.txt": "loaded"}


def claims_and_gold(tmp_path: Path) -> tuple[Path, Path]:
    claims = typed_frame([{
        "article_id": "seoul", "claim_id": "seoul:120", "start": 120, "end": 132,
        "quantity_text": "about 11,000", "value": 11000.0, "qualifier": "approx",
        "additional": False, "status": "near_front", "claimant_group": "south_korea",
        "claim_date": "2024-11-06",
    }], CLAIM_COLUMNS)
    write_tables({"claims": claims}, tmp_path)
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "article_id,start,end,quantity_text,value,qualifier,additional,status,claimant_group,"
        "claim_date_from,claim_date_to,required,note\n"
        "seoul,120,132,\"about 11,000\",11000,approx,false,in_russia,south_korea,"
        "2024-11-06,2024-11-06,yes,\n"
        "seoul,300,306,11.000,11000,exact,false,in_russia,south_korea,"
        "2024-11-06,2024-11-06,yes,\n"
    )
    return tmp_path / "claims.parquet", gold


def test_evaluate_prints_the_report(tmp_path, capsys):
    claims, gold = claims_and_gold(tmp_path)
    for path in (claims, claims.with_suffix(".csv")):
        assert main(["evaluate", str(path), str(gold)]) == 0
        out = capsys.readouterr().out
        assert "Misses (1)" in out and "seoul [300:306] '11.000'" in out
        assert "status: expected in_russia, got near_front" in out
        assert "Precision 1.000  Recall 0.500  F1 0.667" in out


def test_evaluate_missing_file_is_usage_error(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "none.csv"), str(tmp_path / "gold.csv")]) == 2
    assert "none.csv" in capsys.readouterr().err


def test_other_errors_exit_1_with_hint_and_traceback_only_with_debug(tmp_path, capsys):
    claims, _ = claims_and_gold(tmp_path)
    bad_gold = tmp_path / "bad.csv"
    bad_gold.write_text("article_id,start\nseoul,1\n")
    assert main(["evaluate", str(claims), str(bad_gold)]) == 1
    err = capsys.readouterr().err
    assert "lacks column" in err and "--debug" in err and "Traceback" not in err
    assert main(["evaluate", "--debug", str(claims), str(bad_gold)]) == 1
    assert "Traceback" in capsys.readouterr().err
    assert main(["--debug", "evaluate", str(claims), str(bad_gold)]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_run_passes_options_and_prints_report_and_timings(tmp_path, monkeypatch, capsys):
    calls = []

    def fake_run_chain(articles_dir, out=None, **options):
        calls.append((articles_dir, out, options))
        paths = OutputPaths.under(tmp_path)
        return RunResult(paths, (), (paths.report / "report.html",),
                         {"01-load-articles": 1.25, "render": 0.5})

    monkeypatch.setattr(chain, "run_chain", fake_run_chain)
    assert main(["run", "--formats", "html", "--scheduler", "auto"]) == 0
    assert calls == [(DEFAULT_ARTICLES_DIR, None, {"topic": "north_korea_troops",
                                                   "formats": ("html",), "scheduler": "auto"})]
    out = capsys.readouterr().out
    assert f"report: {tmp_path / 'report' / 'report.html'}" in out
    assert "01-load-articles" in out and "1.25 s" in out and "1.75 s" in out
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "o")]) == 0
    assert calls[-1][:2] == (tmp_path, tmp_path / "o")


def test_chain_failure_is_exit_1_one_line(tmp_path, monkeypatch, capsys):
    def failing(*args, **kwargs):
        raise chain.ChainError("notebook 02-extract-claims.ipynb failed in cell 4: KeyError")

    monkeypatch.setattr(chain, "run_chain", failing)
    assert main(["run", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("claimtrack: error: notebook 02-extract-claims.ipynb failed in cell 4: "
                      "KeyError")
    assert len(err) == 2 and "--debug" in err[1]

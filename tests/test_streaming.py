"""stream_extract: batch by batch to the same files write_tables writes; quiet progress."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import re
import sys
from pathlib import Path

import cloudpickle
import pandas as pd
import pyarrow.parquet as pq
import pytest

from claimtrack.paths import REPO_DIR, SIDECAR_NAME
from claimtrack.progress import progress_bar, should_show
from claimtrack.schema import CLAIM_COLUMNS, FIGURE_COLUMNS, MANIFEST_COLUMNS, typed_frame
from claimtrack.streaming import (
    SIDECAR_REASON,
    TableSink,
    batch_size_for,
    id_chunks,
    make_batches,
    mark_duplicates,
    run_batch,
    stream_extract,
    write_in_chunks,
)
from claimtrack.tables import read_table, sorted_rows, write_table, write_tables

cloudpickle.register_pickle_by_value(sys.modules[__name__])

TABLES = ("articles", "figures", "claims")
NUMBER_RE = re.compile(r"\d+(?:[.,']\d+)*")


# --- a stand-in for pipeline.process_batch: numbers are figures, "... soldiers" are claims ----

def stand_in_batch(folder: str, names: list[str], topic: str, sidecar: dict) -> dict:
    out: dict[str, list[dict]] = {"articles": [], "figures": [], "claims": []}
    for name in names:
        article_id = Path(name).stem
        path = Path(folder) / name
        if name == SIDECAR_NAME:
            out["articles"].append(skipped(article_id, name, SIDECAR_REASON))
            continue
        text = path.read_text(encoding="utf-8") if path.suffix in (".txt", ".html") else ""
        if not text.strip():
            out["articles"].append(skipped(article_id, name, "empty or unsupported"))
            continue
        figures = [figure(article_id, m, text) for m in NUMBER_RE.finditer(text)]
        claims = [claim(f, sidecar.get(article_id, {})) for f in figures if f["is_claim"]]
        out["figures"].extend(figures)
        out["claims"].extend(claims)
        out["articles"].append({
            "article_id": article_id, "file_name": name, "status": "loaded", "reason": "",
            "published": sidecar.get(article_id, {}).get("published"), "duplicate_of": "",
            "n_figures": len(figures), "n_claims": len(claims),
            "content_hash": hashlib.sha1(" ".join(text.split()).encode()).hexdigest(),
        })
    return out


def skipped(article_id: str, name: str, reason: str) -> dict:
    return {"article_id": article_id, "file_name": name, "status": "skipped", "reason": reason,
            "n_figures": 0, "n_claims": 0}


def figure(article_id: str, match: re.Match, text: str) -> dict:
    digits = match.group().replace(".", "").replace("'", "").replace(",", ".")
    return {"article_id": article_id, "start": match.start(), "end": match.end(),
            "quantity_text": match.group(), "value": float(digits), "low": float(digits),
            "high": None, "qualifier": "exact", "sentence": text.strip()[:60],
            "is_claim": bool(re.match(r"\s+(Soldaten|soldiers)", text[match.end():]))}


def claim(fig: dict, meta: dict) -> dict:
    return {**fig, "claim_id": f"{fig['article_id']}:{fig['start']}", "language": "de",
            "published": meta.get("published"), "additional": False, "status": "in_russia",
            "claimant_group": "unattributed", "claim_date_precision": "published"}


def explode_on_second_batch(folder: str, names: list[str], topic: str, sidecar: dict) -> dict:
    if any(name.startswith("c") for name in names):
        raise RuntimeError("extractor crashed")
    return stand_in_batch(folder, names, topic, sidecar)


# --- a small folder with the awkward cases --------------------------------------------

FILES = {
    "b.txt": "Laut Kiew sind 1.500 Soldaten in Kursk, dazu 2,5 Tonnen Munition.",
    "a.txt": "Seoul says 3,000 soldiers arrived; 12 ships were seen.",
    "a-b.txt": "Rund 10'000 Soldaten und 7 Generäle.",  # name order: before a.txt; id order: after
    "c.txt": "Seoul says 3,000 soldiers  arrived;\n12 ships were seen.",  # a.txt re-spaced
    "d.md": "Markdown is not read by the stand-in.",
    "e.txt": "   ",
    "f.txt": "No figures here at all.",
    "g.html": "Up to 12,000 soldiers, 4 brigades, 0,75 of them trained.",
}
SIDECAR = "article_id,published,outlet\na,2024-11-02,Zeitung\nb,2024-11-05,\nzz,2024-11-01,\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in FILES.items():
        (articles / name).write_text(text, encoding="utf-8")
    (articles / SIDECAR_NAME).write_text(SIDECAR, encoding="utf-8")
    return articles


def reference_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """All files in one in-memory call, duplicates and sidecar reason set by hand."""
    from claimtrack.sidecar import read_sidecar

    sidecar, warnings = read_sidecar(folder)
    names = sorted(p.name for p in folder.iterdir())
    out = stand_in_batch(str(folder), names, "topic", sidecar)
    manifest = typed_frame(out["articles"], MANIFEST_COLUMNS)
    manifest.loc[manifest["article_id"] == "c", "duplicate_of"] = "a"
    assert len(warnings) == 1 and "'zz' has no file" in warnings[0]
    manifest.loc[manifest["file_name"] == SIDECAR_NAME, "reason"] = (
        f"sidecar metadata file (1 warnings: {warnings[0]})"
    )
    return {"articles": manifest, "figures": typed_frame(out["figures"], FIGURE_COLUMNS),
            "claims": typed_frame(out["claims"], CLAIM_COLUMNS)}


def streamed(folder: Path, out: Path, batch_size: int, scheduler: str = "sync", func=None):
    return stream_extract(folder, out, "topic", scheduler, batch_size,
                          batch_func=func or stand_in_batch)


def csv_bytes(data_dir: Path) -> dict[str, bytes]:
    return {name: (data_dir / f"{name}.csv").read_bytes() for name in TABLES}


# --- equal to the in-memory tables ----------------------------------------------------

@pytest.mark.parametrize("batch_size", [1, 2, 3, 500])
def test_csvs_byte_identical_to_write_tables(folder, tmp_path, batch_size):
    write_tables(reference_tables(folder), tmp_path / "memory")
    result = streamed(folder, tmp_path / "stream", batch_size)
    assert csv_bytes(tmp_path / "stream") == csv_bytes(tmp_path / "memory")
    assert result.n_files == len(FILES) + 1
    assert (result.n_loaded, result.n_skipped, result.n_duplicates) == (6, 3, 1)
    assert result.n_claims == 5 and result.scheduler == "sync"


def test_parquet_reads_back_as_the_in_memory_frames(folder, tmp_path):
    reference = reference_tables(folder)
    streamed(folder, tmp_path / "stream", 2)
    for name in TABLES:
        expected = sorted_rows(reference[name])
        got = read_table(tmp_path / "stream", name)
        pd.testing.assert_frame_equal(got, expected, check_dtype=True)


def test_one_row_group_per_batch_and_rows_in_order(folder, tmp_path):
    result = streamed(folder, tmp_path, 2)
    figures = pq.ParquetFile(tmp_path / "figures.parquet")
    assert result.n_batches == 5  # 9 files, two per batch
    assert 1 < figures.num_row_groups <= result.n_batches
    ids = figures.read().column("article_id").to_pylist()
    assert ids == sorted(ids) and ids[0] == "a" and "a-b" in ids


def test_duplicate_content_points_at_the_first_file(folder, tmp_path):
    streamed(folder, tmp_path, 1)
    manifest = read_table(tmp_path, "articles").set_index("article_id")
    assert manifest.loc["c", "duplicate_of"] == "a"
    assert manifest["duplicate_of"].fillna("").ne("").sum() == 1


def test_progress_bar_stays_silent_off_a_terminal(folder, tmp_path, capfd):
    streamed(folder, tmp_path, 1)
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_failed_run_leaves_no_tables_behind(folder, tmp_path):
    with pytest.raises(RuntimeError, match="extractor crashed"):
        streamed(folder, tmp_path / "out", 2, func=explode_on_second_batch)
    assert list((tmp_path / "out").iterdir()) == []


def test_processes_give_the_same_files(folder, tmp_path):
    streamed(folder, tmp_path / "sync", 2)
    result = streamed(folder, tmp_path / "procs", 2, scheduler="processes")
    assert result.scheduler == "processes"
    assert csv_bytes(tmp_path / "procs") == csv_bytes(tmp_path / "sync")


# --- the pieces -----------------------------------------------------------------------

def test_batches_shrink_so_every_worker_gets_some(monkeypatch):
    monkeypatch.setattr("claimtrack.streaming.os.cpu_count", lambda: 4)
    assert batch_size_for(1_000, 500, "sync") == 500
    assert batch_size_for(1_000, 500, "processes") == 125
    assert batch_size_for(100_000, 500, "processes") == 500
    assert batch_size_for(60, 500, "tcp://127.0.0.1:8786") == 50
    assert batch_size_for(60, 8, "processes") == 8


def test_batches_follow_article_ids_and_carry_only_their_sidecar_rows():
    names = ["a-b.txt", "a.html", "a.txt", "b.txt", "c.md"]
    sidecar = {"a": {"title": "A"}, "c": {"title": "C"}, "zz": {}}
    batches = list(make_batches("/f", names, "t", sidecar, 2))
    assert [b[1] for b in batches] == [["a.html", "a.txt"], ["a-b.txt", "b.txt"], ["c.md"]]
    assert [b[3] for b in batches] == [{"a": {"title": "A"}}, {}, {"c": {"title": "C"}}]
    assert all(b[0] == "/f" and b[2] == "t" for b in batches)


def test_files_of_one_article_id_share_a_batch():
    names = ["a.htm", "a.md", "a.txt", "b.txt", "c.txt"]
    assert list(id_chunks(names, 2)) == [["a.htm", "a.md", "a.txt"], ["b.txt", "c.txt"]]
    assert list(id_chunks(names, 1)) == [["a.htm", "a.md", "a.txt"], ["b.txt"], ["c.txt"]]
    with pytest.raises(ValueError):
        list(id_chunks(names, 0))


def test_second_file_with_an_article_id_is_skipped_with_its_rows(tmp_path):
    (tmp_path / "x.html").write_text("Some 400 soldiers.", encoding="utf-8")
    (tmp_path / "x.txt").write_text("Etwa 900 Soldaten.", encoding="utf-8")
    out = run_batch(stand_in_batch, str(tmp_path), ["x.html", "x.txt"], "t", {})
    assert [r["status"] for r in out["articles"]] == ["loaded", "skipped"]
    assert out["articles"][1]["reason"] == "duplicate article_id (already loaded from x.html)"
    assert [f["value"] for f in out["figures"]] == [400.0]


def test_later_file_counts_when_the_first_of_an_id_was_skipped(tmp_path):
    (tmp_path / "y.html").write_text("  ", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Etwa 900 Soldaten.", encoding="utf-8")
    out = run_batch(stand_in_batch, str(tmp_path), ["y.html", "y.txt"], "t", {})
    assert [r["status"] for r in out["articles"]] == ["skipped", "loaded"]
    assert [c["value"] for c in out["claims"]] == [900.0]


def test_mark_duplicates_uses_file_order_not_row_order():
    rows = [
        {"article_id": "z", "file_name": "z.txt", "status": "loaded", "content_hash": "h1"},
        {"article_id": "m", "file_name": "m.txt", "status": "loaded", "content_hash": "h1"},
        {"article_id": "k", "file_name": "k.txt", "status": "skipped", "content_hash": "h1"},
        {"article_id": "q", "file_name": "q.txt", "status": "loaded", "content_hash": "h2",
         "duplicate_of": "p"},
        {"article_id": "r", "file_name": "r.txt", "status": "loaded", "content_hash": "h2"},
        {"article_id": "s", "file_name": "s.txt", "status": "loaded"},
    ]
    manifest = typed_frame([{"n_figures": 0, "n_claims": 0, **r} for r in rows], MANIFEST_COLUMNS)
    order = ["k.txt", "m.txt", "q.txt", "r.txt", "s.txt", "z.txt"]
    marked = mark_duplicates(manifest, order).set_index("article_id")["duplicate_of"]
    assert marked.fillna("").to_dict() == {"z": "m", "m": "", "k": "", "q": "p", "r": "q",
                                           "s": ""}


def test_sink_resorts_batches_that_arrive_out_of_order(tmp_path):
    def rows(article_id: str, starts: list[int]) -> list[dict]:
        return [{"article_id": article_id, "start": s, "end": s + 2, "quantity_text": "12",
                 "value": 12.0, "is_claim": False} for s in starts]

    (tmp_path / "s").mkdir()
    sink = TableSink(tmp_path / "s", "figures", FIGURE_COLUMNS)
    sink.write(rows("b", [5, 1]))
    sink.write([])
    sink.write(rows("a", [9]))
    sink.commit()
    assert not sink.in_order
    write_table(typed_frame(rows("b", [5, 1]) + rows("a", [9]), FIGURE_COLUMNS),
                tmp_path, "figures")
    assert (tmp_path / "s" / "figures.csv").read_bytes() == (tmp_path / "figures.csv").read_bytes()
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["figures.csv",
                                                                   "figures.parquet"]


def test_manifest_written_in_slices_equals_write_table(folder, tmp_path):
    manifest = reference_tables(folder)["articles"].sample(frac=1, random_state=3)
    write_in_chunks(manifest, tmp_path, "articles", MANIFEST_COLUMNS, chunk_rows=2)
    (tmp_path / "whole").mkdir()
    write_table(manifest, tmp_path / "whole", "articles")
    assert (tmp_path / "articles.csv").read_bytes() == \
        (tmp_path / "whole" / "articles.csv").read_bytes()
    pd.testing.assert_frame_equal(read_table(tmp_path, "articles"),
                                  read_table(tmp_path / "whole", "articles"))


# --- the progress bar -----------------------------------------------------------------

class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_shown_only_on_a_terminal_outside_ci_and_tests():
    assert should_show(FakeTerminal(), environ={})
    assert not should_show(io.StringIO(), environ={})
    assert not should_show(FakeTerminal(), enabled=False, environ={})
    assert not should_show(FakeTerminal(), environ={"CI": "true"})
    assert not should_show(FakeTerminal(), environ={"PYTEST_CURRENT_TEST": "x"})
    assert should_show(FakeTerminal(), environ={"CI": ""})


def test_bar_writes_nothing_to_a_pipe():
    pipe = io.StringIO()
    with progress_bar(1_000, stream=pipe) as bar:
        for _ in range(10):
            bar.update(100)
    assert pipe.getvalue() == ""


def test_bar_on_a_terminal_shows_count_total_and_rate(monkeypatch):
    for name in ("CI", "PYTEST_CURRENT_TEST", "CLAIMTRACK_NO_PROGRESS"):
        monkeypatch.delenv(name, raising=False)
    screen = FakeTerminal()
    with progress_bar(1_000, stream=screen) as bar:
        bar.delay = 0
        bar.update(500)
        bar.refresh()
    shown = screen.getvalue()
    assert "500/1000" in shown and "articles/s" in shown


# --- with the real extractor ----------------------------------------------------------

def load_make_corpus():
    spec = importlib.util.spec_from_file_location(
        "make_corpus", REPO_DIR / "benchmarks" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def news_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    load_make_corpus().make_corpus(60, folder, seed=11)
    first = sorted(folder.glob("*.txt"))[0]
    (folder / "zz-copy.txt").write_bytes(first.read_bytes())  # same text, another id
    (folder / "same.html").write_text("<p>Etwa 900 nordkoreanische Soldaten.</p>", "utf-8")
    (folder / "same.txt").write_text("About 700 North Korean troops.", encoding="utf-8")
    return folder


@pytest.mark.parametrize("scheduler", ["sync", "processes"])
def test_real_pipeline_streamed_equals_in_memory(news_folder, tmp_path, scheduler):
    from claimtrack.pipeline import extract_tables

    write_tables(extract_tables(news_folder).as_dict(), tmp_path / "memory")
    result = stream_extract(news_folder, tmp_path / "stream", scheduler=scheduler, batch_size=7)
    assert csv_bytes(tmp_path / "stream") == csv_bytes(tmp_path / "memory")
    assert result.n_claims > 60 and result.n_duplicates >= 1

"""Chain mechanics with tiny stand-in notebooks: parameters, one kernel, resets, failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack.chain import (
    CHAIN_NOTEBOOKS,
    ChainError,
    assigned_names,
    chain_parameters,
    declared_parameters,
    gold_for,
    run_chain,
    topic_parameter,
)
from claimtrack.loader import FolderError
from claimtrack.paths import DEFAULT_ARTICLES_DIR, OutputPaths, output_paths

PARAMS = '''articles_dir: str = "../data/articles"  # folder of articles
out_dir: str = ""  # output root; "" = the repository's default folders
topic: str = "north_korea_troops"  # topic name or YAML file
'''
RECORD = '''import json, os, sys
from pathlib import Path
Path(out_dir, NAME + ".json").write_text(json.dumps({
    "cwd": os.getcwd(), "python": sys.executable, "articles_dir": articles_dir,
    "topic": topic, "names": sorted(k for k in globals() if not k.startswith("_")),
}))
'''


def cell(source: str, kind: str = "code", tags: tuple[str, ...] = ()) -> dict:
    made = {"cell_type": kind, "metadata": {"tags": list(tags)} if tags else {},
            "source": source}
    return {**made, "execution_count": None, "outputs": []} if kind == "code" else made


def write_notebook(path: Path, params: str | None, *cells: str) -> None:
    """A notebook (plain JSON, nbformat 4.4): title, parameters cell, then `cells`."""
    head = [cell(f"# {path.stem}", "markdown")]
    head += [cell(params, tags=("parameters",))] if params is not None else []
    notebook = {
        "cells": head + [cell(code) for code in cells],
        "metadata": {"kernelspec": {"name": "claimtrack", "display_name": "claimtrack",
                                    "language": "python"}},
        "nbformat": 4, "nbformat_minor": 4,
    }
    path.write_text(json.dumps(notebook), encoding="utf-8")


def read_notebook(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def stand_in_chain(folder: Path, fail_in: str = "") -> Path:
    """Four small notebooks with the chain's names; `fail_in` raises in its second cell."""
    folder.mkdir()
    extra_params = {CHAIN_NOTEBOOKS[1]: 'scheduler: str = "sync"  # scheduler\n'
                                        'gold_path: str = ""  # gold\n'
                                        'reuse_tables: bool = False  # reuse\n',
                    CHAIN_NOTEBOOKS[3]: "max_rows: int = 10  # rows\n"}
    for name in CHAIN_NOTEBOOKS:
        stem = Path(name).stem
        cells = [f"NAME = {stem!r}\nleftover_{stem[:2]} = 1", RECORD]
        if name == fail_in:
            cells.insert(1, "raise ValueError('stand-in failure\\nsecond line')")
        write_notebook(folder / name, PARAMS + extra_params.get(name, ""), *cells)
    return folder


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    base = tmp_path_factory.mktemp("chain")
    articles = base / "articles"
    articles.mkdir()
    notebooks = stand_in_chain(base / "notebooks")
    result = run_chain(articles, base / "out", topic="other_topic", formats=(),
                       extra={"max_rows": 3}, notebooks_dir=notebooks)
    return base, result


def record(base: Path, name: str) -> dict:
    return json.loads((base / "out" / f"{Path(name).stem}.json").read_text())


def test_all_notebooks_run_into_the_notebooks_folder(finished):
    base, result = finished
    assert result.paths == OutputPaths.under((base / "out").resolve())
    assert [p.name for p in result.notebooks] == list(CHAIN_NOTEBOOKS)
    assert all(p.parent == result.paths.notebooks and p.is_file() for p in result.notebooks)
    assert result.reports == ()
    for name in CHAIN_NOTEBOOKS:
        assert Path(name).stem in result.seconds
    assert result.total_seconds == pytest.approx(sum(result.seconds.values()))


def test_executed_copies_record_their_parameters(finished):
    base, result = finished
    nb = read_notebook(result.notebooks[1])
    parameters = nb["metadata"]["papermill"]["parameters"]
    assert parameters == {
        "articles_dir": str((base / "articles").resolve()),
        "out_dir": str((base / "out").resolve()),
        "topic": "other_topic",
        "scheduler": "auto",
        "gold_path": "",
        "reuse_tables": True,
    }
    injected = [c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert len(injected) == 1 and "other_topic" in "".join(injected[0]["source"])


def test_each_notebook_gets_only_what_it_declares(finished):
    _, result = finished
    first = read_notebook(result.notebooks[0])["metadata"]["papermill"]["parameters"]
    assert set(first) == {"articles_dir", "out_dir", "topic"}
    last = read_notebook(result.notebooks[3])["metadata"]["papermill"]["parameters"]
    assert last["max_rows"] == 3


def test_kernel_is_this_python_in_the_notebooks_folder(finished):
    base, _ = finished
    seen = record(base, CHAIN_NOTEBOOKS[0])
    assert seen["python"] == sys.executable
    assert Path(seen["cwd"]) == (base / "notebooks").resolve()
    assert seen["articles_dir"] == str((base / "articles").resolve())


def test_namespace_is_reset_between_notebooks(finished):
    base, _ = finished
    names = record(base, CHAIN_NOTEBOOKS[2])["names"]
    assert "leftover_03" in names
    assert not {"leftover_01", "leftover_02", "scheduler", "gold_path"} & set(names)
    assert Path(record(base, CHAIN_NOTEBOOKS[3])["cwd"]) == (base / "notebooks").resolve()


def test_kernel_preload_binds_no_names(finished):
    base, result = finished
    names = set(record(base, CHAIN_NOTEBOOKS[0])["names"])
    assert not {"name", "pandas", "matplotlib", "claimtrack"} & names
    assert {"articles_dir", "out_dir", "topic", "leftover_01"} <= names
    assert list(result.seconds)[:3] == ["start kernel", "import papermill", "kernel ready"]


def test_failing_notebook_names_notebook_and_cell_and_keeps_copy(tmp_path):
    (tmp_path / "articles").mkdir()
    notebooks = stand_in_chain(tmp_path / "notebooks", fail_in=CHAIN_NOTEBOOKS[2])
    with pytest.raises(ChainError) as caught:
        run_chain(tmp_path / "articles", tmp_path / "out", formats=(), notebooks_dir=notebooks)
    message = str(caught.value)
    assert "\n" not in message
    assert "03-estimate-curves.ipynb" in message
    assert "cell 3 (In [4])" in message  # source: title, parameters, NAME cell, failing cell
    assert "`raise ValueError(" in message
    assert "ValueError: stand-in failure second line" in message
    partial = tmp_path / "out" / "notebooks" / CHAIN_NOTEBOOKS[2]
    assert str(partial) in message and partial.is_file()
    errors = [o for c in read_notebook(partial)["cells"] for o in c.get("outputs", [])
              if o["output_type"] == "error"]
    assert [o["ename"] for o in errors] == ["ValueError"]
    assert not (tmp_path / "out" / "notebooks" / CHAIN_NOTEBOOKS[3]).exists()


def test_unusable_folder_fails_before_any_notebook(tmp_path):
    notebooks = stand_in_chain(tmp_path / "notebooks")
    with pytest.raises(FolderError, match="not found"):
        run_chain(tmp_path / "missing", tmp_path / "out", formats=(), notebooks_dir=notebooks)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(FolderError, match="not a folder"):
        run_chain(tmp_path / "file.txt", tmp_path / "out", formats=(), notebooks_dir=notebooks)
    assert not (tmp_path / "out").exists()


def test_missing_notebook_and_unknown_parameter(tmp_path):
    (tmp_path / "articles").mkdir()
    notebooks = stand_in_chain(tmp_path / "notebooks")
    with pytest.raises(ChainError, match="unknown notebook parameter.*colour"):
        run_chain(tmp_path / "articles", tmp_path / "out", formats=(), extra={"colour": 1},
                  notebooks_dir=notebooks)
    (notebooks / CHAIN_NOTEBOOKS[3]).unlink()
    with pytest.raises(ChainError, match="04-report.ipynb"):
        run_chain(tmp_path / "articles", tmp_path / "out", formats=(), notebooks_dir=notebooks)


def test_unknown_report_format(tmp_path):
    with pytest.raises(ValueError, match="docx"):
        run_chain(tmp_path, tmp_path / "out", formats=("docx",))


def test_declared_parameters_read_with_ast(tmp_path):
    path = tmp_path / "n.ipynb"
    write_notebook(path, PARAMS + "limits: dict = {\n    'a': 1,\n}\n# comment = x\n", "z = 1")
    assert declared_parameters(path) == {"articles_dir", "out_dir", "topic", "limits"}
    assert assigned_names("a = b = 1\nc: int = 2\nd.e = 3\nf[0] = 4\nif x:\n    g = 5") == {
        "a", "b", "c"}


def test_notebook_without_parameters_cell(tmp_path):
    path = tmp_path / "n.ipynb"
    write_notebook(path, None, "x = 1")
    assert declared_parameters(path) == set()


def test_gold_only_for_the_default_corpus(tmp_path):
    assert gold_for(DEFAULT_ARTICLES_DIR).endswith("seed_claims.csv")
    assert gold_for(tmp_path) == ""
    params = chain_parameters(tmp_path, "", "t", "sync", {"gold_path": "/g.csv"})
    assert params["gold_path"] == "/g.csv" and params["out_dir"] == ""


def test_topic_files_become_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert topic_parameter("north_korea_troops") == "north_korea_troops"
    assert topic_parameter("my/topic.yaml") == str(tmp_path / "my" / "topic.yaml")


def test_output_paths_default_and_under(tmp_path):
    assert output_paths("") == OutputPaths.default()
    assert output_paths(str(tmp_path)) == OutputPaths.under(tmp_path)
    assert output_paths(str(tmp_path)).report == tmp_path / "report"


def test_papermill_import_skips_the_slow_optional_grammar():
    code = ("import sys\nfrom claimtrack.chain import import_papermill\nimport_papermill()\n"
            "print('jsonschema' in sys.modules, 'rfc3987_syntax' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["True", "False"]

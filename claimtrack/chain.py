"""Run the notebook chain 01 -> 04 with papermill in this process, then render the report.

Speed: papermill is imported once (without jsonschema's optional `rfc3987_syntax`, whose
grammar costs ~1.8 s to build and which notebook validation never uses) and the four
notebooks run one after the other in ONE kernel started from this interpreter, so Python
start-up and the pandas/matplotlib imports are paid once. Between notebooks the kernel's
namespace is reset (variables, figures, matplotlib settings, working folder), so a notebook
cannot lean on what an earlier one defined; imported modules stay loaded.
"""

from __future__ import annotations

import ast
import importlib
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync

from claimtrack.loader import list_files
from claimtrack.paths import (
    DEFAULT_ARTICLES_DIR,
    DEFAULT_GOLD_DIR,
    NOTEBOOKS_DIR,
    OutputPaths,
    output_paths,
)

CHAIN_NOTEBOOKS = (
    "01-load-articles.ipynb",
    "02-extract-claims.ipynb",
    "03-estimate-curves.ipynb",
    "04-report.ipynb",
)
KERNEL_NAME = "claimtrack"  # recorded in the executed notebooks; the kernel is this Python
SEED_GOLD = DEFAULT_GOLD_DIR / "seed_claims.csv"  # gold passed for the default corpus only
START_TIMEOUT = 120  # seconds to wait for the kernel to answer
TOPIC_SUFFIXES = (".yaml", ".yml")
RENDER_MODULES = ("nbconvert", "weasyprint")  # imported in the background during the notebooks
# imported by the kernel as it starts (before it answers), while this process imports
# papermill; a failure is silent here and reported by the notebook that imports the module
KERNEL_PRELOAD = ("pandas", "pyarrow.parquet", "matplotlib.pyplot", "claimtrack.pipeline")
KERNEL_ARGUMENTS = [
    "--HistoryManager.hist_file=:memory:",  # as nbclient does: no history file
    f"--IPKernelApp.exec_lines=[__import__(name) for name in {KERNEL_PRELOAD!r}] and None",
]
RESET_CODE = """\
import os as _os, sys as _sys
_os.chdir({cwd!r})
if "matplotlib.pyplot" in _sys.modules:
    _sys.modules["matplotlib.pyplot"].close("all")
if "matplotlib" in _sys.modules:
    _sys.modules["matplotlib"].rc_file_defaults()
get_ipython().reset(new_session=True)  # also restarts the execution count at 1
"""


class ChainError(RuntimeError):
    """A step of the chain failed; the one-line message names the notebook and the cell."""


@dataclass(frozen=True)
class RunResult:
    """What one run produced and how long each step took."""

    paths: OutputPaths  # where the run wrote
    notebooks: tuple[Path, ...]  # the executed copies, in chain order
    reports: tuple[Path, ...]  # the rendered report files
    seconds: dict[str, float]  # step -> wall-clock seconds, in order

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


class CurrentPythonSpecs(KernelSpecManager):
    """Kernel specs that all start an IPython kernel with this interpreter (`sys.executable`).

    The chain thus needs no installed kernel spec and always runs in the same environment.
    """

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        return current_python_spec()


class SharedKernelManager(AsyncKernelManager):
    """A kernel manager that keeps track of its clients, so each notebook's can be closed.

    nbclient leaves the client's channels open when it does not own the kernel manager.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._handed_out: list[Any] = []
        self._stop_requested = False

    def client(self, **kwargs: Any) -> Any:
        client = super().client(**kwargs)
        self._handed_out.append(client)
        return client

    def close_clients(self) -> None:
        """Stop the channels of every client handed out so far."""
        while self._handed_out:
            self._handed_out.pop().stop_channels()

    def request_stop(self) -> None:
        """Ask the idle kernel to exit; `stop` then only waits for it."""
        run_sync(self.request_shutdown)()
        self._stop_requested = True

    def stop(self) -> None:
        """Shut the kernel down (interrupting it first unless an exit was requested)."""
        if not self.has_kernel:
            return
        if not self._stop_requested:
            run_sync(self.shutdown_kernel)(now=False)
            return
        run_sync(self.finish_shutdown)()
        run_sync(self.cleanup_resources)()


def current_python_spec() -> KernelSpec:
    """An IPython kernel spec that runs `sys.executable`."""
    return KernelSpec(
        argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        display_name=KERNEL_NAME,
        language="python",
        resource_dir="",
    )


def run_chain(
    articles_dir: Path,
    out: Path | None = None,
    topic: str = "north_korea_troops",
    formats: Sequence[str] = ("html", "pdf"),
    scheduler: str = "auto",
    extra: Mapping[str, Any] | None = None,
    notebooks_dir: Path | None = None,
) -> RunResult:
    """Execute the chain notebooks on `articles_dir`, write all outputs, render `formats`.

    Without `out` the repository's default folders are used, with it everything goes under
    `out`. `extra` holds further notebook parameters (each goes to the notebooks declaring
    it). Raises the loader's FolderError for an unusable folder, ChainError when a notebook
    fails (its partly executed copy is kept in the run's notebooks folder).
    """
    check_formats(formats)
    folder = Path(articles_dir).resolve()
    list_files(folder)  # FolderError now rather than inside notebook 01
    source_dir = Path(notebooks_dir or NOTEBOOKS_DIR).resolve()
    sources = chain_sources(source_dir)
    out_dir = str(Path(out).resolve()) if out is not None else ""
    paths = output_paths(out_dir).create()
    parameters = chain_parameters(folder, out_dir, topic, scheduler, extra or {})
    declared = [declared_parameters(source) for source in sources]
    check_known(extra or {}, declared)
    seconds: dict[str, float] = {}
    with python_kernel(source_dir, seconds) as kernel:
        with timed(seconds, "import papermill"):
            papermill = import_papermill()
        if formats:
            preload(RENDER_MODULES)
        with timed(seconds, "kernel ready"):
            wait_until_ready(kernel)
        executed = [
            run_step(papermill, kernel, source, paths.notebooks / source.name,
                     pick(parameters, names), first=i == 0, seconds=seconds)
            for i, (source, names) in enumerate(zip(sources, declared, strict=True))
        ]
        kernel.request_stop()  # the kernel winds down while the report renders
        with timed(seconds, "render"):
            reports = render(executed[-1], paths.report, formats)
    return RunResult(paths, tuple(executed), reports, seconds)


def chain_sources(source_dir: Path) -> list[Path]:
    """The chain's notebooks in `source_dir`, in order; ChainError if one is missing."""
    sources = [source_dir / name for name in CHAIN_NOTEBOOKS]
    missing = [path.name for path in sources if not path.is_file()]
    if missing:
        raise ChainError(f"notebook(s) missing in {source_dir}: {', '.join(missing)}")
    return sources


def chain_parameters(
    folder: Path, out_dir: str, topic: str, scheduler: str, extra: Mapping[str, Any]
) -> dict[str, Any]:
    """The parameters offered to every notebook (absolute paths; `extra` wins)."""
    base = {
        "articles_dir": str(folder),
        "out_dir": out_dir,
        "topic": topic_parameter(topic),
        "scheduler": scheduler,
        "gold_path": gold_for(folder),
        "reuse_tables": True,  # 01 loads and extracts in one pass; 02 shows its tables
    }
    return {**base, **extra}


def topic_parameter(topic: str) -> str:
    """A topic name as is; a path to a YAML topic file made absolute."""
    path = Path(topic)
    return str(path.resolve()) if path.suffix.lower() in TOPIC_SUFFIXES else topic


def gold_for(folder: Path) -> str:
    """The seed gold file for the repository's own article folder, else ``""``."""
    is_default = folder.resolve() == DEFAULT_ARTICLES_DIR.resolve()
    return str(SEED_GOLD) if is_default and SEED_GOLD.is_file() else ""


def pick(parameters: Mapping[str, Any], names: set[str]) -> dict[str, Any]:
    """The parameters a notebook declares."""
    return {name: value for name, value in parameters.items() if name in names}


def check_known(extra: Mapping[str, Any], declared: Sequence[set[str]]) -> None:
    """ChainError for an `extra` parameter that no chain notebook declares."""
    known = set().union(*declared)
    unknown = sorted(set(extra) - known)
    if unknown:
        raise ChainError(
            f"unknown notebook parameter(s) {', '.join(unknown)}; "
            f"the chain notebooks declare {', '.join(sorted(known))}"
        )


@contextmanager
def timed(seconds: dict[str, float], step: str) -> Iterator[None]:
    """Add the wall-clock time of the block to `seconds[step]`."""
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[step] = seconds.get(step, 0.0) + time.perf_counter() - start


def preload(modules: Sequence[str]) -> threading.Thread:
    """Import `modules` in a background thread (this process idles while the kernel works)."""
    thread = threading.Thread(target=import_quietly, args=(modules,), daemon=True)
    thread.start()
    return thread


def import_quietly(modules: Sequence[str]) -> None:
    """Import what can be imported; failures show up later where the module is used."""
    for name in modules:
        with suppress(Exception):
            importlib.import_module(name)


def import_papermill() -> ModuleType:
    """`papermill`, imported without jsonschema's optional `rfc3987_syntax` (slow, unused)."""
    if "papermill" in sys.modules:
        return sys.modules["papermill"]
    blocked = "rfc3987_syntax" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # import -> ImportError
    try:
        import papermill
    finally:
        if blocked:
            del sys.modules["rfc3987_syntax"]
    return papermill


def declared_parameters(source: Path) -> set[str]:
    """The names the notebook's cell tagged `parameters` assigns (none without that cell).

    Parsed with `ast`: papermill's own line parser gives up on a line with a second `=`
    (as in a comment like `# "" = default`).
    """
    found = parameters_cell(source)
    if found is None:
        return set()
    try:
        return assigned_names(found[1])
    except SyntaxError as exc:
        raise ChainError(f"notebook {source.name}: the parameters cell is not valid Python "
                         f"({exc.msg}, line {exc.lineno})") from None


def parameters_cell(source: Path) -> tuple[int, str] | None:
    """Index and code of the notebook's first cell tagged `parameters`, if any."""
    notebook = json.loads(source.read_text(encoding="utf-8"))
    for index, cell in enumerate(notebook.get("cells", [])):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            code = cell.get("source", "")
            return index, "".join(code) if isinstance(code, list) else code
    return None


def assigned_names(code: str) -> set[str]:
    """The plain names assigned at the top level of `code` (`x = 1`, `x: int = 1`)."""
    names: set[str] = set()
    for node in ast.parse(code).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


class QuietParameterParsing(logging.Filter):
    """Drop papermill's warnings from its own parameter parsing (the chain parses with ast)."""

    NOISE = ("Unable to parse line", "Passed unknown parameter")

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.NOISE)


@contextmanager
def quiet_parameter_parsing() -> Iterator[None]:
    """QuietParameterParsing on papermill's loggers for the duration of the block."""
    loggers = [logging.getLogger(name) for name in ("papermill", "papermill.translators")]
    quiet = QuietParameterParsing()
    for logger in loggers:
        logger.addFilter(quiet)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(quiet)


@contextmanager
def python_kernel(cwd: Path, seconds: dict[str, float]) -> Iterator[SharedKernelManager]:
    """A running IPython kernel of this interpreter, working in `cwd`; shut down on exit.

    On POSIX it talks over IPC sockets in a private temporary folder (no open TCP port).
    Start (the launch; the kernel gets ready in the background) and stop are timed.
    """
    socket_dir = tempfile.mkdtemp(prefix="claimtrack-kernel-")
    kernel = SharedKernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=CurrentPythonSpecs())
    if os.name == "posix":
        kernel.transport = "ipc"
        kernel.ip = os.path.join(socket_dir, "k")
    try:
        with timed(seconds, "start kernel"):
            run_sync(kernel.start_kernel)(cwd=str(cwd), extra_arguments=KERNEL_ARGUMENTS)
        yield kernel
    finally:
        with timed(seconds, "stop kernel"):
            kernel.stop()
            shutil.rmtree(socket_dir, ignore_errors=True)


def reset_kernel(kernel: SharedKernelManager, cwd: Path) -> None:
    """Clear the kernel's namespace, figures and matplotlib settings; go back to `cwd`."""
    reply = run_sync(_execute_quietly)(kernel, RESET_CODE.format(cwd=str(cwd)))
    content = (reply or {}).get("content", {})
    if content.get("status") != "ok":
        raise ChainError(f"could not reset the kernel: {content.get('ename')}: "
                         f"{content.get('evalue')}")


def wait_until_ready(kernel: SharedKernelManager) -> None:
    """Block until the kernel answers (it has started and imported KERNEL_PRELOAD)."""
    run_sync(_execute_quietly)(kernel, None)


async def _execute_quietly(kernel: SharedKernelManager, code: str | None) -> dict | None:
    """Wait for the kernel, then run `code` (if any) without output; the execute reply."""
    client = kernel.client()
    client.start_channels()
    try:
        await client.wait_for_ready(timeout=START_TIMEOUT)
        if code is None:
            return None
        return await client.execute_interactive(
            code, silent=True, store_history=False, timeout=START_TIMEOUT,
            output_hook=lambda msg: None,
        )
    finally:
        kernel.close_clients()


def run_step(
    papermill: ModuleType,
    kernel: SharedKernelManager,
    source: Path,
    target: Path,
    parameters: dict[str, Any],
    first: bool,
    seconds: dict[str, float],
) -> Path:
    """Execute one notebook into `target` (timed under its name); the executed copy."""
    with timed(seconds, source.stem):
        if not first:
            reset_kernel(kernel, source.parent)
        execute(papermill, kernel, source, target, parameters)
    return target


def execute(
    papermill: ModuleType,
    kernel: SharedKernelManager,
    source: Path,
    target: Path,
    parameters: dict[str, Any],
) -> None:
    """papermill's `execute_notebook` in the shared kernel; failures become ChainError."""
    try:
        with quiet_parameter_parsing():
            papermill.execute_notebook(
                source, target, parameters=parameters, kernel_name=KERNEL_NAME, language="python",
                cwd=source.parent, progress_bar=False, log_output=False,
                start_timeout=START_TIMEOUT, km=kernel,
            )
    except papermill.PapermillExecutionError as exc:
        index = source_cell_index(source, exc.cell_index, bool(parameters))
        raise ChainError(failure_message(source.name, exc, index, target)) from exc
    except Exception as exc:
        detail = one_line(f"{type(exc).__name__}: {exc}")
        raise ChainError(f"notebook {source.name} could not be run ({detail}); "
                         f"partly executed copy: {target}") from exc
    finally:
        kernel.close_clients()


def source_cell_index(source: Path, executed_index: int, injected: bool) -> int:
    """The index in the source notebook of a cell of the executed one (which may have
    papermill's injected-parameters cell right after the `parameters` cell)."""
    found = parameters_cell(source) if injected else None
    return executed_index - 1 if found and executed_index > found[0] else executed_index


def failure_message(name: str, exc: Any, index: int, target: Path) -> str:
    """One line: the notebook, the failing cell (its index in the source notebook, from 0,
    and `In [n]` as in the partial copy) with its first code, the error, the partial copy."""
    source = one_line(exc.source or "")
    code = f" `{source[:60]}{'…' if len(source) > 60 else ''}`" if source else ""
    return (f"notebook {name} failed in cell {index} (In [{exc.exec_count}]){code}: "
            f"{exc.ename}: {one_line(exc.evalue or '')}; partly executed copy: {target}")


def one_line(text: str) -> str:
    """`text` with its lines joined and white space folded."""
    return " ".join(text.split())


def render(executed_report: Path, report_dir: Path, formats: Sequence[str]) -> tuple[Path, ...]:
    """Render the executed report notebook to `formats`; the files written (none: no-op)."""
    if not formats:
        return ()
    from claimtrack.render import render_report

    try:
        return tuple(render_report(executed_report, report_dir, formats).values())
    except Exception as exc:
        detail = one_line(f"{type(exc).__name__}: {exc}")
        raise ChainError(f"rendering {executed_report.name} as {', '.join(formats)} failed: "
                         f"{detail}") from exc


def check_formats(formats: Sequence[str]) -> None:
    """ValueError for a report format the renderer does not know (before any work is done)."""
    from claimtrack.render import FORMATS

    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown report format(s) {', '.join(unknown)}: "
                         f"use {', '.join(FORMATS)}")

"""Extraction on a real Dask cluster: a `dask scheduler` and a `dask worker` on loopback."""

from __future__ import annotations

import importlib.util
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrack.paths import REPO_DIR
from claimtrack.pipeline import extract_tables
from claimtrack.streaming import stream_extract
from claimtrack.tables import write_tables

TABLES = ("articles", "figures", "claims")
DASK = str(Path(sys.executable).parent / "dask")
LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def start(args: list[str], log: Path) -> subprocess.Popen:
    with open(log, "wb") as out:
        return subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=log.parent)


def stop(process: subprocess.Popen) -> None:
    """Ask the process to shut down, then kill it if it does not."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@pytest.fixture(scope="module")
def scheduler_address(tmp_path_factory) -> Iterator[str]:
    """A scheduler and one single-threaded worker, both bound to loopback only."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask")
    address = f"tcp://{LOOPBACK}:{free_port()}"
    dashboard = ["--dashboard-address", f"{LOOPBACK}:0"]
    scheduler = start([DASK, "scheduler", "--host", LOOPBACK, "--port", address.rsplit(":", 1)[1],
                       *dashboard], logs / "scheduler.log")
    worker = None
    try:
        worker = start([DASK, "worker", address, "--host", LOOPBACK, "--no-nanny",
                        "--nthreads", "1", *dashboard], logs / "worker.log")
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(1, timeout=60)
        yield address
    finally:
        if worker is not None:
            stop(worker)
        stop(scheduler)


def tasks_done(address: str) -> int:
    """How many tasks the scheduler has seen finish so far."""
    from distributed import Client

    def count(dask_scheduler) -> int:
        return sum(p.state_counts.get("memory", 0) for p in dask_scheduler.task_prefixes.values())

    with Client(address, timeout="10s") as client:
        return client.run_on_scheduler(count)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    path = REPO_DIR / "benchmarks" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    articles = tmp_path_factory.mktemp("articles")
    module.make_corpus(40, articles, seed=21)
    return articles


@pytest.fixture(scope="module")
def in_process(folder, tmp_path_factory) -> dict[str, bytes]:
    """The CSVs of the plain in-process run."""
    out = tmp_path_factory.mktemp("sync")
    write_tables(extract_tables(folder).as_dict(), out)
    return csv_bytes(out)


def csv_bytes(data_dir: Path) -> dict[str, bytes]:
    return {name: (data_dir / f"{name}.csv").read_bytes() for name in TABLES}


def test_stream_extract_on_the_cluster_equals_in_process(scheduler_address, folder, in_process,
                                                          tmp_path):
    before = tasks_done(scheduler_address)
    result = stream_extract(folder, tmp_path, scheduler=scheduler_address, batch_size=8)
    assert result.scheduler == scheduler_address and result.n_batches == 6
    assert tasks_done(scheduler_address) - before == result.n_batches
    assert csv_bytes(tmp_path) == in_process


def test_command_line_extract_uses_the_cluster(scheduler_address, folder, in_process, tmp_path):
    before = tasks_done(scheduler_address)
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "extract", str(folder), "--out", str(out),
         "--scheduler", scheduler_address],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert csv_bytes(out) == in_process
    assert tasks_done(scheduler_address) > before

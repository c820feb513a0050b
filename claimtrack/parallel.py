"""Map a function over batches in order, in-process or on a Dask cluster, with bounded memory.

Schedulers:
- ``sync``: a plain loop in this process;
- ``processes``: a local Dask cluster, one single-threaded worker process per CPU;
- ``tcp://host:port``: an existing Dask scheduler (its workers must have ``claimtrack``
  installed in the same version, e.g. ``pip install -e .`` in their environment);
- ``auto``: ``sync`` below :data:`AUTO_PROCESSES_MIN_FILES` files, else ``processes``.

``distributed`` is imported only when a cluster is used (it is slow to import).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

R = TypeVar("R")

SCHEDULERS = ("auto", "sync", "processes")
AUTO_PROCESSES_MIN_FILES = 2_000  # `auto` starts worker processes from this many files on
IN_FLIGHT_PER_WORKER = 4  # batches submitted but not yet yielded, per worker thread
DEFAULT_BATCH_SIZE = 500  # files per batch
LOOPBACK = "127.0.0.1"  # a local cluster listens here only
# How a local cluster starts its worker processes: `spawn`, a fresh interpreter each. `fork`
# was faster (0.4 s to a ready cluster, against ~2 s) but is unsafe in a process with
# threads: a worker forked while another thread held a stream's lock (the Dask event loop
# logging, say) hung at its first log line (seen in a test run).
START_METHOD = "spawn"
# Dask settings for a local cluster's workers. Their statistical profiler samples the task
# thread's stack every 10 ms for the dashboard, which a local cluster does not serve; off, the
# workers spend about a tenth less CPU per article.
LOCAL_WORKER_CONFIG = {
    "distributed.worker.multiprocessing-method": START_METHOD,
    "distributed.worker.profile.enabled": False,
}


class SchedulerError(ValueError):
    """An unknown scheduler name or unusable address."""


def resolve_scheduler(scheduler: str, n_files: int | None = None) -> str:
    """The concrete scheduler: ``sync``, ``processes`` or a ``tcp://`` address."""
    name = scheduler.strip()
    if name == "auto":
        big = n_files is not None and n_files >= AUTO_PROCESSES_MIN_FILES
        return "processes" if big else "sync"
    if name in SCHEDULERS or is_address(name):
        return name
    raise SchedulerError(
        f"unknown scheduler {scheduler!r}: use auto, sync, processes or tcp://host:port"
    )


def is_address(scheduler: str) -> bool:
    """Whether `scheduler` names a remote Dask scheduler (``tcp://host:port`` and the like)."""
    scheme, sep, rest = scheduler.partition("://")
    return bool(sep) and scheme in ("tcp", "tls", "inproc", "ucx", "ws", "wss") and bool(rest)


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of at most `size` items."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def map_batches(
    func: Callable[..., R],
    batches: Iterable[tuple],
    scheduler: str = "auto",
    n_files: int | None = None,
) -> Iterator[R]:
    """Yield ``func(*batch)`` for each batch, in batch order, with bounded work in flight.

    `n_files` (the total number of files) only informs the ``auto`` choice. With a
    cluster, `func` and the batch arguments must be picklable and importable on the workers.
    """
    resolved = resolve_scheduler(scheduler, n_files)
    if resolved == "sync":
        return (func(*batch) for batch in batches)
    return _map_on_cluster(func, batches, resolved)


def _map_on_cluster(
    func: Callable[..., R], batches: Iterable[tuple], scheduler: str
) -> Iterator[R]:
    with dask_client(scheduler) as client:
        window = IN_FLIGHT_PER_WORKER * max(1, _worker_threads(client))
        yield from ordered_window(client, func, batches, window)


def ordered_window(
    client: Any, func: Callable[..., R], batches: Iterable[tuple], window: int
) -> Iterator[R]:
    """Submit at most `window` batches ahead of the one yielded next; yield in batch order."""
    from distributed import as_completed

    todo = iter(enumerate(batches))
    pending: dict[Any, int] = {}  # future -> batch index
    ready: dict[int, R] = {}  # finished, waiting for earlier batches
    next_index = 0
    completed = as_completed()
    try:
        while True:
            _fill(client, func, todo, pending, completed, window - len(ready))
            if not pending and not ready:
                return
            if next_index not in ready:
                future = next(completed)
                ready[pending.pop(future)] = future.result()
                future.release()
            while next_index in ready:
                yield ready.pop(next_index)
                next_index += 1
    finally:
        for future in pending:
            future.cancel()


def _fill(
    client: Any,
    func: Callable[..., Any],
    todo: Iterator[tuple[int, tuple]],
    pending: dict[Any, int],
    completed: Any,
    room: int,
) -> None:
    """Submit batches from `todo` until `room` futures are pending."""
    while len(pending) < room:
        item = next(todo, None)
        if item is None:
            return
        index, batch = item
        future = client.submit(func, *batch, pure=False)
        pending[future] = index
        completed.add(future)


def _worker_threads(client: Any) -> int:
    """Total worker threads currently known to the scheduler."""
    return sum(client.nthreads().values())


@contextmanager
def dask_client(scheduler: str) -> Iterator[Any]:
    """A connected ``distributed.Client``: a fresh local cluster or one at an address."""
    import dask
    from distributed import Client

    if scheduler == "processes":
        with dask.config.set(LOCAL_WORKER_CONFIG):
            cluster = _local_cluster()
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as err:
        raise SchedulerError(f"cannot reach Dask scheduler at {scheduler}: {err}") from err
    with client:
        client.wait_for_workers(1, timeout=60)
        yield client


def _local_cluster() -> Any:
    """A `LocalCluster` on the loopback: one single-threaded worker process per CPU."""
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        host=LOOPBACK,
        # no dashboard; the scheduler's plain HTTP endpoint on a free loopback port
        scheduler_kwargs={"dashboard": False, "dashboard_address": f"{LOOPBACK}:0"},
        silence_logs=logging.ERROR,
    )

"""map_batches: results in batch order, lazily, in-process and on a local Dask cluster."""

from __future__ import annotations

import os
import sys
import time

import cloudpickle
import pytest

from claimtrack.parallel import (
    AUTO_PROCESSES_MIN_FILES,
    IN_FLIGHT_PER_WORKER,
    LOCAL_WORKER_CONFIG,
    SchedulerError,
    chunked,
    dask_client,
    is_address,
    map_batches,
    resolve_scheduler,
)

# workers cannot import this test module: ship its functions by value
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def slow_square(index: int, delay: float) -> tuple[int, int, int]:
    """(index, index², worker pid) after `delay` seconds."""
    time.sleep(delay)
    return index, index * index, os.getpid()


def fail_on_three(index: int) -> int:
    if index == 3:
        raise ArithmeticError("batch 3 is bad")
    return index


def test_auto_is_sync_for_small_folders_and_processes_for_large():
    assert resolve_scheduler("auto", AUTO_PROCESSES_MIN_FILES - 1) == "sync"
    assert resolve_scheduler("auto", AUTO_PROCESSES_MIN_FILES) == "processes"
    assert resolve_scheduler("auto", None) == "sync"


def test_explicit_schedulers_and_addresses_pass_through():
    assert resolve_scheduler("processes", 3) == "processes"
    assert resolve_scheduler("sync", 10**6) == "sync"
    assert resolve_scheduler(" tcp://127.0.0.1:8786 ") == "tcp://127.0.0.1:8786"
    assert is_address("tls://scheduler:8786")
    assert not is_address("tcp://") and not is_address("127.0.0.1:8786")


@pytest.mark.parametrize("name", ["threads", "", "http://host:80", "Sync"])
def test_unknown_scheduler_is_a_one_line_value_error(name):
    with pytest.raises(SchedulerError, match="unknown scheduler") as info:
        resolve_scheduler(name)
    assert isinstance(info.value, ValueError) and "\n" not in str(info.value)


def test_chunked_keeps_order_and_rejects_empty_batches():
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []
    with pytest.raises(ValueError):
        list(chunked(range(3), 0))


def test_sync_yields_in_order_and_lazily():
    pulled = []

    def batches():
        for i in range(5):
            pulled.append(i)
            yield (i, 0.0)

    results = map_batches(slow_square, batches(), scheduler="sync")
    assert pulled == []
    assert next(results)[:2] == (0, 0)
    assert pulled == [0]
    assert [r[:2] for r in results] == [(i, i * i) for i in range(1, 5)]


def test_sync_propagates_errors():
    with pytest.raises(ArithmeticError):
        list(map_batches(fail_on_three, [(i,) for i in range(5)], scheduler="sync"))


def test_processes_keep_batch_order_and_bound_work_in_flight():
    """Early batches sleep longest, so they finish last; results still come in order."""
    window = IN_FLIGHT_PER_WORKER * (os.cpu_count() or 1)
    n = 3 * window
    pulled = []

    def batches():
        for i in range(n):
            pulled.append(i)
            yield (i, 0.3 if i < 4 else 0.01)

    results = map_batches(slow_square, batches(), scheduler="processes")
    first = next(results)
    assert first[:2] == (0, 0)
    assert len(pulled) <= window + 1 < n
    rest = list(results)
    assert [r[:2] for r in [first, *rest]] == [(i, i * i) for i in range(n)]
    assert os.getpid() not in {r[2] for r in [first, *rest]}
    assert len(pulled) == n


def test_processes_equal_sync_and_propagate_errors():
    batches = [(i, 0.0) for i in range(10)]
    on_cluster = [r[:2] for r in map_batches(slow_square, batches, scheduler="processes")]
    in_process = [r[:2] for r in map_batches(slow_square, batches, scheduler="sync")]
    assert on_cluster == in_process
    with pytest.raises(ArithmeticError, match="batch 3"):
        list(map_batches(fail_on_three, [(i,) for i in range(6)], scheduler="processes"))


def test_local_cluster_workers_run_with_the_local_worker_config():
    """The settings reach the worker processes (not only this process's config)."""
    import dask

    def worker_settings() -> dict:
        return {key: dask.config.get(key) for key in LOCAL_WORKER_CONFIG}

    with dask_client("processes") as client:
        per_worker = client.run(worker_settings)
    assert len(per_worker) == (os.cpu_count() or 1)
    assert all(settings == LOCAL_WORKER_CONFIG for settings in per_worker.values())
    assert dask.config.get("distributed.worker.profile.enabled") is True  # not leaked here

"""Worker processes for the CPU-bound part of a batch (reading, extraction, validation).

Prefect orchestrates batch tasks on threads, where a task run costs milliseconds; each task
hands its work to this pool of plain processes, which import only the pipeline's own modules.
Prefect's own process runner would start Prefect in every worker and report each state from
there, a quarter of the wall time at 1,000 documents."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
_pool: Executor | None = None


@contextmanager
def worker_processes(count: int) -> Iterator[None]:
    """While the block runs, `run` sends work to `count` processes (none: it runs inline)."""
    global _pool
    if count < 1:
        yield
        return
    # spawn, not fork: the flow's process already runs Prefect's, polars' and DuckDB's threads
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"))
    _pool = pool
    try:
        yield
    finally:
        _pool = None
        pool.shutdown(cancel_futures=True)


def run(function: Callable[..., T], *args) -> T:
    """function(*args) in a worker process when a pool is open, else here."""
    return _pool.submit(function, *args).result() if _pool is not None else function(*args)

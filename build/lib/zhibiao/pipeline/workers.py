"""How a run maps its batches: in this process, or on a pool of plain worker processes.

A mapper takes the function that reads one batch and the batches, and yields (position, summary)
as batches finish. The Prefect flow brings its own mapper (batch tasks) and hands each task's work
to the pool opened here, passed explicitly: no module state decides where work runs."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import TypeVar

J = TypeVar("J")
R = TypeVar("R")
MapBatches = Callable[[Callable[[J], R], Sequence[J]], Iterator[tuple[int, R]]]


def map_inline(read: Callable[[J], R], jobs: Sequence[J]) -> Iterator[tuple[int, R]]:
    """Every batch in this process, in order."""
    for i, job in enumerate(jobs):
        yield i, read(job)


@contextmanager
def worker_processes(count: int) -> Iterator[Executor | None]:
    """A pool of `count` processes for the block (None for fewer than one: work stays here).
    spawn, not fork: the caller's process already runs Prefect's, polars' and DuckDB's threads."""
    if count < 1:
        yield None
        return
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"))
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)


def map_on(pool: Executor | None) -> MapBatches:
    """A mapper that sends each batch to `pool` (or runs them inline without one)."""
    if pool is None:
        return map_inline

    def map_batches(read: Callable[[J], R], jobs: Sequence[J]) -> Iterator[tuple[int, R]]:
        futures = {pool.submit(read, job): i for i, job in enumerate(jobs)}
        for future in as_completed(futures):
            yield futures[future], future.result()

    return map_batches

"""Where a run's batches execute: threads (one core: extraction is pure Python), worker
processes behind thread-run tasks (every core of this machine), or Dask (a LocalCluster of our
own, or an existing scheduler's address)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prefect.task_runners import TaskRunner

RUNNERS = ("thread", "process", "dask")


def process_count(kind: str, workers: int | None = None) -> int:
    """How many worker processes a run's batch tasks use: one per core (or `workers`) with the
    process runner, none with the others."""
    return (workers or os.cpu_count() or 1) if kind == "process" else 0


def execution(kind: str = "thread", workers: int | None = None,
              address: str | None = None) -> tuple[TaskRunner, int]:
    """(the flow's task runner, how many worker processes its batch tasks use).
    Prefect and distributed are imported here, not at module level: the CLI's other commands skip them."""
    from prefect.task_runners import ThreadPoolTaskRunner

    workers = workers or os.cpu_count() or 1
    if kind == "thread":
        return ThreadPoolTaskRunner(max_workers=workers), 0
    if kind == "process":
        # twice the threads: while Prefect records one task's states, another task's batch is queued
        return ThreadPoolTaskRunner(max_workers=2 * workers), process_count(kind, workers)
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address), 0
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None}), 0
    raise ValueError(f"unknown task runner {kind!r}; choose one of {', '.join(RUNNERS)}")

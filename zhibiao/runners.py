"""Where a run's batch tasks execute: threads, a process pool, or Dask (a LocalCluster of our
own, or an existing scheduler's address)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prefect.task_runners import TaskRunner

RUNNERS = ("thread", "process", "dask")


def task_runner(kind: str = "thread", workers: int | None = None, address: str | None = None) -> TaskRunner:
    """Extraction is pure Python: threads share one core, processes and Dask workers use them all.
    Prefect and distributed are imported here, not at module level: the CLI's other commands skip them."""
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    workers = workers or os.cpu_count() or 1
    if kind == "thread":
        return ThreadPoolTaskRunner(max_workers=workers)
    if kind == "process":
        return ProcessPoolTaskRunner(max_workers=workers)
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    raise ValueError(f"unknown task runner {kind!r}; choose one of {', '.join(RUNNERS)}")

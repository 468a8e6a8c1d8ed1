"""The pipeline without Prefect: the benchmark's measure of Prefect's overhead.

The same `run_pipeline` the flow calls, with batches on a plain process pool and steps as plain
calls; only the orchestration differs."""

from __future__ import annotations

from pathlib import Path

from zhibiao.pipeline import Orchestration, run_pipeline
from zhibiao.pipeline.workers import map_on, worker_processes


def run_without_prefect(source: Path, warehouse: Path, batch_size: int, workers: int) -> int:
    """Load `source` into `warehouse`; returns the observations loaded."""
    with worker_processes(workers) as pool:
        record = run_pipeline(str(source), str(warehouse), batch_size,
                              how=Orchestration(map_batches=map_on(pool), log=lambda line: None,
                                                workers=pool.count if pool else 1))
    return record.obs_loaded

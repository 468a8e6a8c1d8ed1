"""Task runners: the same warehouse whether batches run on threads, processes or a Dask cluster."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_pipeline import rows

from bench.synthetic import write_corpus
from zhibiao.flows.runners import execution

pytestmark = pytest.mark.usefixtures("prefect_server")
FACTS = "SELECT * EXCLUDE (run_id) FROM fact_observation ORDER BY obs_id"
DOCUMENTS = "SELECT * EXCLUDE (run_id, path) FROM dim_document ORDER BY doc_id"


def run_with(runner_and_processes, source: Path, warehouse: Path):
    from zhibiao.flows.run_flow import run_flow

    runner, processes = runner_and_processes
    return run_flow.with_options(task_runner=runner)(source=str(source), warehouse=str(warehouse),
                                                         batch_size=4, processes=processes)


def test_a_dask_cluster_builds_the_same_warehouse_as_the_default_runner(samples: Path, tmp_path: Path):
    from distributed import Client, LocalCluster

    write_corpus(samples / "synthetic", 12, seed=9)
    reference = tmp_path / "threads.duckdb"
    run_with(execution("thread"), samples, reference)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = tmp_path / "dask.duckdb"
        record = run_with(execution("dask", address=cluster.scheduler_address), samples, on_dask)
        with Client(cluster) as client:
            done = client.run(lambda dask_worker: len(dask_worker.data) + dask_worker.state.executed_count)
    assert record.docs_loaded == 15
    assert all(count > 0 for count in done.values()) and len(done) == 2  # both workers took batches
    assert rows(on_dask, FACTS) == rows(reference, FACTS)
    assert rows(on_dask, DOCUMENTS) == rows(reference, DOCUMENTS)


def test_worker_processes_build_the_same_warehouse(samples: Path, tmp_path: Path):
    write_corpus(samples / "synthetic", 6, seed=9)
    reference, pooled = tmp_path / "threads.duckdb", tmp_path / "processes.duckdb"
    run_with(execution("thread"), samples, reference)
    assert execution("process", workers=2)[1] == 2
    run_with(execution("process", workers=2), samples, pooled)
    assert rows(pooled, FACTS) == rows(reference, FACTS)


def test_an_unknown_runner_is_refused():
    with pytest.raises(ValueError, match="thread, process, dask"):
        execution("ray")

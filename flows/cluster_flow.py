"""The Prefect flow of the cluster job: `zhibiao.pipeline.cluster.cluster_warehouse` with each step a
task. Runs weekly (prefect.yaml's weekly-cluster) and from `zhibiao cluster`."""

from __future__ import annotations

from functools import partial

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from zhibiao.flows.run_flow import as_task  # absolute: Prefect loads this file by path
from zhibiao.pipeline import Orchestration
from zhibiao.pipeline.cluster import cluster_warehouse
from zhibiao.pipeline.progress import SHOWN


@flow(name="zhibiao-cluster", log_prints=True)
def cluster_flow(warehouse: str, wait: bool = False) -> list[str]:
    """Sort the tables of the DuckDB file `warehouse` by region where runs have appended more than a
    tenth of their rows, and publish them; the tables sorted. With `wait`, queue behind a run loading
    `warehouse` instead of failing."""
    logger = get_run_logger()
    return cluster_warehouse(warehouse, wait, Orchestration(
        step=as_task, log=partial(logger.info, extra=SHOWN), warn=partial(logger.warning, extra=SHOWN),
        flow_run_id=flow_run.get_id()))

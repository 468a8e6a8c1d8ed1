"""The Prefect flow: `zhibiao.pipeline.run_pipeline` with each step a task, batches mapped onto
tasks (retried when a file was still being copied in), and progress in the run's log."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial, wraps
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.futures import as_completed
from prefect.runtime import flow_run, task_run
from prefect.utilities.annotations import quote

from zhibiao.documents import FileStillChanging
from zhibiao.flows.runners import execution  # absolute: Prefect loads this file by path
from zhibiao.pipeline import Orchestration, run_pipeline
from zhibiao.pipeline.batch import BatchJob
from zhibiao.pipeline.progress import SHOWN
from zhibiao.pipeline.run import DEFAULT_BATCH_SIZE
from zhibiao.pipeline.spool import BatchSummary
from zhibiao.pipeline.workers import WorkerPool, read_on, worker_processes

READ_RETRIES = 2


def retry_if_still_changing(task, task_run, state) -> bool:
    """Retry a batch only when a file was still being written; other failures won't change."""
    try:
        state.result()
    except FileStillChanging:
        return True
    except Exception:
        return False
    return False


@task(cache_policy=NONE, retries=READ_RETRIES, retry_delay_seconds=[2, 10], retry_condition_fn=retry_if_still_changing)
def read_batch(read: Callable[..., BatchSummary], job: BatchJob, pool: WorkerPool | None) -> BatchSummary:
    """Read, extract and validate one batch, in a worker process of `pool` when there is one
    (a worker that dies costs the documents it was reading, not the batch)."""
    last_attempt = task_run.run_count > READ_RETRIES
    if pool is None:
        return read(job, last_attempt=last_attempt)
    return read_on(pool, read, job, last_attempt=last_attempt)


def as_task(step: Callable) -> Callable:
    """A step as a task (its `task`), called with its arguments quoted: marked for Prefect not to walk.
    The flow hands its steps plain values, never futures to wait on, and Prefect would visit every item
    of each (the load's summaries name every document read: 0.29 s of CPU for 750 documents, while the
    run waits for its load). Not a batch task's: Dask's runner would take a quote, a tuple, for a task
    of its own; and a batch's arguments are small."""
    stepped = task(step, cache_policy=NONE)

    @wraps(step)
    def call(*args: Any, **kwargs: Any) -> Any:
        return stepped(*map(quote, args), **{name: quote(value) for name, value in kwargs.items()})
    call.task = stepped  # type: ignore[attr-defined]
    return call


def _batch_tasks(pool: WorkerPool | None):
    """A mapper for run_pipeline: one task per batch. A single batch runs in this thread (a task
    thread would only add its start-up), its work still in the pool: a document that exhausts
    its worker's memory costs itself, not the run. Once every batch is read, the pool's
    processes end while the run loads."""
    def map_batches(read: Callable[[BatchJob], BatchSummary], jobs: Sequence[BatchJob]
                    ) -> Iterator[tuple[int, BatchSummary]]:
        try:
            if len(jobs) == 1:
                yield 0, read_batch(read, jobs[0], pool)
            else:
                yield from _each_as_task(read, jobs, pool)
        except BaseException:  # stopped (a signal) or failed: no batch may write after the run discards its staging
            if pool is not None:
                pool.terminate()
            raise
        if pool is not None:
            pool.close()
    return map_batches


def _each_as_task(read: Callable[[BatchJob], BatchSummary], jobs: Sequence[BatchJob], pool: WorkerPool | None
                  ) -> Iterator[tuple[int, BatchSummary]]:
    futures = [read_batch.submit(read, job, pool) for job in jobs]
    position = {future.task_run_id: i for i, future in enumerate(futures)}
    for future in as_completed(futures):
        yield position[future.task_run_id], future.result()


@flow(name="zhibiao-run", log_prints=True, task_runner=execution("thread")[0])
def run_flow(source: str, warehouse: str, batch_size: int = DEFAULT_BATCH_SIZE, prune: bool = False,
             processes: int = 0, wait: bool = False, force: bool = False, keep_readings: bool = False):
    """Load every document under `source` into the DuckDB file `warehouse`. With `prune`, documents
    whose file has left the folder are removed (more than a fifth of them only with `force`);
    otherwise their rows are kept. With `processes`, batch tasks do their work in that many worker
    processes (for the thread runner). With `wait`, queue behind a run already loading `warehouse`
    instead of failing."""
    logger = get_run_logger()
    with worker_processes(processes) as pool:
        return run_pipeline(source, warehouse, batch_size, prune,
                            Orchestration(map_batches=_batch_tasks(pool), step=as_task,
                                          log=partial(logger.info, extra=SHOWN),
                                          warn=partial(logger.warning, extra=SHOWN), flow_run_id=flow_run.get_id(),
                                          workers=pool.count if pool else 1),
                            force=force, wait=wait, keep_readings=keep_readings)

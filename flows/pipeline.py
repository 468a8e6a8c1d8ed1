"""The main flow: discover → read, extract & validate (batched, spooled) → load → refresh views → publish."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.futures import as_completed
from prefect.runtime import flow_run, task_run

from documents import FileStillChanging, discover, load_manifest
from documents.metadata import missing_from_manifest
from documents.reader import changed_files, removed_files
from warehouse import publish, query, schema
from warehouse.load import RunRecord, load
from zhibiao import compute
from zhibiao.assemble import assemble
from zhibiao.batch import plan_batches
from zhibiao.progress import Progress
from zhibiao.runners import execution
from zhibiao.stage import StagedBatch, stage_documents

DEFAULT_BATCH_SIZE = 50
READ_RETRIES = 2


@task(cache_policy=NONE)
def stage_warehouse(warehouse: str) -> str:
    """A migrated staging copy of the published warehouse."""
    staging = publish.prepare_staging(Path(warehouse))
    con = publish.connect(staging)
    try:
        schema.ensure_schema(con)
    finally:
        con.close()
    return str(staging)


@task(cache_policy=NONE)
def known_documents(staging: str) -> dict[str, str]:
    """file name -> content hash of what the warehouse already holds."""
    return query.known_documents(Path(staging))


@task(cache_policy=NONE)
def discover_documents(source: str, known: dict[str, str]) -> tuple[list[str], int, list[str], list[str]]:
    """(paths of new or changed documents, how many are unchanged, manifest entries with no file,
    held documents whose file is gone)."""
    root = Path(source)
    paths = list(discover(root))
    changed = changed_files(root, paths, known)
    return ([str(p) for p in changed], len(paths) - len(changed), missing_from_manifest(root, load_manifest(root)),
            removed_files(root, paths, known))


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
def read_and_extract(paths: list[str], source: str, known: dict[str, str], spool: str, number: int,
                     run_id: str) -> StagedBatch:
    """Read, extract and validate one batch (in a worker process when the run has them); its rows
    go to the spool, a summary comes back."""
    return compute.run(stage_documents, paths, source, known, spool, number, run_id,
                       task_run.run_count > READ_RETRIES)


def read_batches(batches: list[tuple[list[str], dict[str, str]]], source: str, spool: str, run_id: str,
                 logger) -> list[StagedBatch]:
    """Every batch read, in submission order (the first copy of a duplicate wins), with progress
    logged as batches finish. One batch runs here: a pool would only add its start-up."""
    progress = Progress(sum(len(paths) for paths, _ in batches))
    if len(batches) == 1:
        [(paths, held)] = batches
        staged = [read_and_extract(paths, source, held, spool, 0, run_id)]
        logger.info(progress.advance(len(paths)))
        return staged
    futures = [read_and_extract.submit(paths, source, held, spool, number, run_id)
               for number, (paths, held) in enumerate(batches)]
    position = {future.task_run_id: i for i, future in enumerate(futures)}
    results: list[StagedBatch | None] = [None] * len(futures)
    for future in as_completed(futures):
        i = position[future.task_run_id]
        results[i] = future.result()
        logger.info(progress.advance(len(batches[i][0])))
    return results


@task(cache_policy=NONE)
def load_into(staging: str, staged: list[StagedBatch], unchanged: int, known: dict[str, str],
              missing: list[str], pruned: list[str], source: str, started_at: datetime, run_id: str) -> RunRecord:
    """Load everything the run staged, in one transaction."""
    batch = assemble(staged, run_id, known, missing, pruned, publish.spool_path(Path(staging)))
    skipped = unchanged + sum(s.skipped for s in staged)
    get_run_logger().info("loading %d documents and %d observations", batch.documents_loaded,
                          batch.observations_loaded)
    record = RunRecord(
        run_id=run_id, flow_run_id=flow_run.get_id(), source=source, started_at=started_at,
        ended_at=datetime.now(UTC),
        docs_seen=sum(len(s.documents) + len(s.rejected_documents) for s in staged) + skipped + len(missing),
        docs_loaded=batch.documents_loaded, docs_skipped=skipped,
        docs_failed=batch.rejected_documents.height, docs_pruned=len(pruned),
        obs_loaded=batch.observations_loaded, obs_quarantined=batch.observations_quarantined)
    con = publish.connect(Path(staging))
    try:
        load(con, batch, record)
    finally:
        con.close()
    return record


@task(cache_policy=NONE)
def refresh_views(staging: str) -> list[str]:
    con = publish.connect(Path(staging))
    try:
        return schema.refresh_views(con)
    finally:
        con.close()


@task(cache_policy=NONE)
def publish_warehouse(staging: str, warehouse: str) -> None:
    publish.publish(Path(staging), Path(warehouse).resolve())


@flow(name="zhibiao-run", log_prints=True, task_runner=execution("thread")[0])
def run_pipeline(source: str, warehouse: str, batch_size: int = DEFAULT_BATCH_SIZE,
                 prune: bool = False, processes: int = 0) -> RunRecord:
    """Load every document under `source` into the DuckDB file `warehouse`. With `prune`, documents
    whose file has left the folder are removed; otherwise their rows are kept. With `processes`,
    batch tasks do their work in that many worker processes (for the thread runner)."""
    logger = get_run_logger()
    started_at = datetime.now(UTC)
    run_id = uuid.uuid4().hex
    staging = stage_warehouse(warehouse)
    spool = str(publish.spool_path(Path(staging)))
    try:
        known = known_documents(staging)
        paths, unchanged, missing, removed = discover_documents(source, known)
        logger.info("%d documents to read in batches of %d (%d unchanged)", len(paths), batch_size, unchanged)
        batches = plan_batches(paths, source, known, batch_size)
        with compute.worker_processes(processes if len(batches) > 1 else 0):
            staged = read_batches(batches, source, spool, run_id, logger)
        record = load_into(staging, staged, unchanged, known, missing, removed if prune else [], source,
                           started_at, run_id)
        refresh_views(staging)
        publish_warehouse(staging, warehouse)
    except BaseException:
        publish.discard(Path(staging))
        raise
    logger.info("loaded %d documents (%d skipped, %d failed, %d pruned), %d observations (%d quarantined)",
                record.docs_loaded, record.docs_skipped, record.docs_failed, record.docs_pruned,
                record.obs_loaded, record.obs_quarantined)
    return record

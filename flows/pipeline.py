"""The main flow: discover → read & extract (batched) → validate & assemble → load → refresh views → publish."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.runtime import flow_run

from documents import discover, load_manifest
from documents.metadata import missing_from_manifest
from documents.reader import removed_files
from warehouse import publish, query, schema
from warehouse.load import RunRecord, load
from zhibiao.assemble import assemble
from zhibiao.batch import BatchResult, process_batch

DEFAULT_BATCH_SIZE = 50


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
def discover_documents(source: str, known: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    """(document paths, manifest entries with no file, held documents whose file is gone)."""
    root = Path(source)
    paths = list(discover(root))
    return ([str(p) for p in paths], missing_from_manifest(root, load_manifest(root)),
            removed_files(root, paths, known))


@task(cache_policy=NONE)
def read_and_extract(paths: list[str], source: str, known: dict[str, str]) -> BatchResult:
    return process_batch(paths, source, known, load_manifest(Path(source)))


@task(cache_policy=NONE)
def load_into(staging: str, results: list[BatchResult], known: dict[str, str], missing: list[str],
              pruned: list[str], source: str, started_at: datetime, run_id: str) -> RunRecord:
    """Validate, assemble and load everything the run read, in one transaction."""
    batch, skipped = assemble(results, run_id, known, missing, pruned)
    seen = sum(len(r.documents) + len(r.rejected_documents) + r.skipped for r in results) + len(missing)
    record = RunRecord(
        run_id=run_id, flow_run_id=flow_run.get_id(), source=source, started_at=started_at,
        ended_at=datetime.now(UTC), docs_seen=seen, docs_loaded=batch.documents.height,
        docs_skipped=skipped, docs_failed=batch.rejected_documents.height, docs_pruned=len(pruned),
        obs_loaded=batch.observations.height, obs_quarantined=batch.rejected_observations.height)
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


@flow(name="zhibiao-run", log_prints=True)
def run_pipeline(source: str, warehouse: str, batch_size: int = DEFAULT_BATCH_SIZE,
                 prune: bool = False) -> RunRecord:
    """Load every document under `source` into the DuckDB file `warehouse`. With `prune`, documents
    whose file has left the folder are removed; otherwise their rows are kept."""
    logger = get_run_logger()
    started_at = datetime.now(UTC)
    run_id = uuid.uuid4().hex
    staging = stage_warehouse(warehouse)
    try:
        known = known_documents(staging)
        paths, missing, removed = discover_documents(source, known)
        logger.info("%d documents to read in batches of %d", len(paths), batch_size)
        futures = [read_and_extract.submit(paths[i:i + batch_size], source, known)
                   for i in range(0, len(paths), batch_size)]
        results = [f.result() for f in futures]
        record = load_into(staging, results, known, missing, removed if prune else [], source, started_at, run_id)
        refresh_views(staging)
        publish_warehouse(staging, warehouse)
    except BaseException:
        publish.discard(Path(staging))
        raise
    logger.info("loaded %d documents (%d skipped, %d failed, %d pruned), %d observations (%d quarantined)",
                record.docs_loaded, record.docs_skipped, record.docs_failed, record.docs_pruned,
                record.obs_loaded, record.obs_quarantined)
    return record

"""The pipeline's stages driven without Prefect: the benchmark's measure of Prefect's overhead.

Same batches, same functions, same number of worker processes as the flow; only the
orchestration differs."""

from __future__ import annotations

import multiprocessing
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from documents import discover
from documents.reader import changed_files
from warehouse import publish, query, schema
from warehouse.load import RunRecord, load
from zhibiao.assemble import assemble
from zhibiao.batch import plan_batches
from zhibiao.stage import stage_documents


def run_without_prefect(source: Path, warehouse: Path, batch_size: int, workers: int) -> int:
    """Load `source` into `warehouse`; returns the observations loaded."""
    run_id, started = uuid.uuid4().hex, datetime.now(UTC)
    staging = publish.prepare_staging(warehouse)
    con = publish.connect(staging)
    schema.ensure_schema(con)
    con.close()
    known = query.known_documents(staging)
    found = list(discover(source))
    paths = [str(p) for p in changed_files(source, found, known)]
    batches = plan_batches(paths, str(source), known, batch_size)
    spool = str(publish.spool_path(staging))
    # spawn, not fork: this process already runs polars' and DuckDB's threads
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(stage_documents, batch, str(source), held, spool, i, run_id)
                   for i, (batch, held) in enumerate(batches)]
        staged = [f.result() for f in futures]
    batch = assemble(staged, run_id, known, [], [], Path(spool))
    record = RunRecord(run_id, None, str(source), started, datetime.now(UTC), len(found), batch.documents_loaded,
                       len(found) - len(paths), batch.rejected_documents.height, 0, batch.observations_loaded,
                       batch.observations_quarantined)
    con = publish.connect(staging)
    load(con, batch, record)
    schema.refresh_views(con)
    con.close()
    publish.publish(staging, warehouse)
    return record.obs_loaded

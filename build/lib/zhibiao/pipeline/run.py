"""The one pipeline function and its steps, free of Prefect.

`run_pipeline` is called by the Prefect flow (which turns each step into a task and maps batches
onto tasks) and by the benchmark's baseline (plain calls, a process pool): one code path."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from zhibiao.documents import discover, load_manifest
from zhibiao.documents.metadata import missing_from_manifest
from zhibiao.documents.reader import changed_files, removed_files
from zhibiao.warehouse import publish, query, schema
from zhibiao.warehouse.load import RunRecord, load

from .assemble import assemble
from .batch import plan_batches
from .progress import Progress
from .spool import BatchSummary, read_batch
from .workers import MapBatches, map_inline

DEFAULT_BATCH_SIZE = 50
log = logging.getLogger("zhibiao")


def _as_is(step: Callable) -> Callable:
    return step


@dataclass(frozen=True)
class Orchestration:
    """How a run's steps execute. By default: plain calls, batches one after another here."""

    map_batches: MapBatches = map_inline
    step: Callable[[Callable], Callable] = _as_is  # wraps each step (the flow makes it a Prefect task)
    log: Callable[[str], Any] = log.info
    flow_run_id: str | None = None


@dataclass(frozen=True)
class Discovery:
    """What a folder holds against what the warehouse holds."""

    changed: list[str]  # paths of new or edited documents
    unchanged: int
    missing: list[str] = field(default_factory=list)  # manifest entries with no file
    removed: list[str] = field(default_factory=list)  # held documents whose file is gone


def open_staging_copy(warehouse: str) -> str:
    """A migrated private copy of the published warehouse, to load into."""
    staging = publish.prepare_staging(Path(warehouse))
    con = publish.connect(staging)
    try:
        schema.ensure_schema(con)
    finally:
        con.close()
    return str(staging)


def known_documents(staging: str) -> dict[str, str]:
    """file name -> content hash of what the warehouse already holds."""
    return query.known_documents(Path(staging))


def discover_documents(source: str, known: dict[str, str]) -> Discovery:
    root = Path(source)
    paths = list(discover(root))
    changed = changed_files(root, paths, known)
    return Discovery([str(p) for p in changed], len(paths) - len(changed),
                     missing_from_manifest(root, load_manifest(root)), removed_files(root, paths, known))


def load_run(staging: str, summaries: list[BatchSummary], known: dict[str, str], found: Discovery, prune: bool,
             source: str, started_at: datetime, run_id: str, flow_run_id: str | None) -> RunRecord:
    """Load everything the run spooled, in one transaction."""
    pruned = found.removed if prune else []
    rows = assemble(summaries, run_id, known, found.missing, pruned, publish.spool_path(Path(staging)))
    skipped = found.unchanged + sum(s.skipped for s in summaries)
    record = RunRecord(
        run_id=run_id, flow_run_id=flow_run_id, source=source, started_at=started_at, ended_at=datetime.now(UTC),
        docs_seen=sum(len(s.documents) + len(s.rejected_documents) for s in summaries) + skipped + len(found.missing),
        docs_loaded=rows.documents_loaded, docs_skipped=skipped, docs_failed=rows.rejected_documents.height,
        docs_pruned=len(pruned), obs_loaded=rows.observations_loaded, obs_quarantined=rows.observations_quarantined)
    con = publish.connect(Path(staging))
    try:
        load(con, rows, record)
    finally:
        con.close()
    return record


def refresh_views(staging: str) -> list[str]:
    con = publish.connect(Path(staging))
    try:
        return schema.refresh_views(con)
    finally:
        con.close()


def publish_warehouse(staging: str, warehouse: str) -> None:
    publish.publish(Path(staging), Path(warehouse).resolve())


def run_pipeline(source: str, warehouse: str, batch_size: int = DEFAULT_BATCH_SIZE, prune: bool = False,
                 how: Orchestration = Orchestration()) -> RunRecord:
    """Load every document under `source` into the DuckDB file `warehouse`. With `prune`, documents
    whose file has left the folder are removed; otherwise their rows are kept."""
    step = how.step
    started_at, run_id = datetime.now(UTC), uuid.uuid4().hex
    staging = step(open_staging_copy)(warehouse)
    spool = str(publish.spool_path(Path(staging)))
    try:
        known = step(known_documents)(staging)
        found = step(discover_documents)(source, known)
        jobs = plan_batches(found.changed, source, known, batch_size)
        how.log(f"{len(found.changed)} documents to read in batches of {batch_size} ({found.unchanged} unchanged)")
        progress = Progress(len(found.changed))
        summaries: list[BatchSummary | None] = [None] * len(jobs)
        # results in job order whatever order they finish in: the first copy of a duplicate wins
        for i, summary in how.map_batches(partial(read_batch, source=source, spool=spool, run_id=run_id), jobs):
            summaries[i] = summary
            how.log(progress.advance(len(jobs[i].paths)))
        how.log(f"loading {sum(len(s.documents) for s in summaries)} documents and "
                f"{sum(d['observations'] for s in summaries for d in s.documents)} observations")
        record = step(load_run)(staging, summaries, known, found, prune, source, started_at, run_id, how.flow_run_id)
        step(refresh_views)(staging)
        step(publish_warehouse)(staging, warehouse)
    except BaseException:
        publish.discard(Path(staging))
        raise
    how.log(f"loaded {record.docs_loaded} documents ({record.docs_skipped} skipped, {record.docs_failed} failed, "
            f"{record.docs_pruned} pruned), {record.obs_loaded} observations ({record.obs_quarantined} quarantined)")
    return record

"""The one pipeline function and its steps, free of Prefect.

`run_pipeline` is called by the Prefect flow (which turns each step into a task and maps batches
onto tasks) and by the benchmark's baseline (plain calls, a process pool): one code path."""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import duckdb

from zhibiao.documents import discover, load_manifest
from zhibiao.documents.manifest import missing_from_manifest
from zhibiao.documents.reader import changed_files, file_name, unsupported_files
from zhibiao.regions.reference import LOCAL_PREFIX
from zhibiao.warehouse import publish, query, schema, sqlfiles, standby
from zhibiao.warehouse.cluster import TAIL_SHARE
from zhibiao.warehouse.load import RunRecord, load
from zhibiao.warehouse.lock import exclusive

from .assemble import Holdings, assemble, dimensions
from .batch import plan_batches
from .progress import Progress
from .reader import reader_version
from .source import check_source
from .spool import BatchSummary, read_batch
from .workers import MapBatches, map_inline

DEFAULT_BATCH_SIZE = 50
MIN_SPREAD = 20  # fewer documents than this cost less read here than starting worker processes
# --prune refuses, without --force, to remove more than this share of the warehouse's documents
PRUNE_LIMIT = 0.2
# A run whose load and refresh took this long brings the version it replaced up to date before it
# ends (catch_up_previous): else the next run, however small, would first replay this run's load and
# refresh its keys (66 s for one report after a prune of 1% at 10 M observations).
CATCH_UP_SECONDS = 10.0
logger = logging.getLogger("zhibiao")


class PruneRefused(Exception):
    """Pruning would remove more documents than a run may without --force."""


def _as_is(step: Callable) -> Callable:
    return step


@dataclass(frozen=True)
class Orchestration:
    """How a run's steps execute. By default: plain calls, batches one after another here."""

    map_batches: MapBatches = map_inline
    step: Callable[[Callable], Callable] = _as_is  # wraps each step (the flow makes it a Prefect task)
    log: Callable[[str], Any] = logger.info
    warn: Callable[[str], Any] = logger.warning
    flow_run_id: str | None = None
    workers: int = 1  # processes the batches are mapped onto: a run's documents are spread over them


@dataclass(frozen=True)
class Discovery:
    """What a folder holds against what the warehouse holds."""

    changed: list[str]  # paths of the documents to read: new, edited, read again, and copies whose original is gone
    unchanged: int
    restated: set[str] = field(default_factory=set)  # held documents, their file unchanged, whose manifest row changed
    reread: set[str] = field(default_factory=set)  # held documents, else unchanged, read by another reader version
    kept: set[str] = field(default_factory=set)  # those, not read again: the run keeps their readings (--keep-readings)
    holders: dict[str, str] = field(default_factory=dict)  # content hash -> its file, present and unchanged
    manifest_problems: list[tuple[str, str]] = field(default_factory=list)  # (file, reason) of rows naming no file
    removed: dict[str, str] = field(default_factory=dict)  # held documents whose file is gone -> content hash
    unsupported: list[str] = field(default_factory=list)  # other files in the folder, not read

    @property
    def seen(self) -> int:
        return len(self.changed) + self.unchanged


@dataclass(frozen=True)
class Survey:
    """What the published warehouse holds against the folder, before the run stages anything."""

    held: Holdings
    found: Discovery
    inputs: str  # run_inputs() now
    nothing_new: bool  # nothing to read, prune or record, and the same inputs as the last run's


def run_inputs() -> str:
    """What a run applies to the warehouse besides its documents, as a hash: every SQL file (tables,
    migrations, models, views and their comments) and the regions and indicators of the reference and
    the word lists (a user's new place or indicator)."""
    return hashlib.sha256((sqlfiles.fingerprint() + dimensions()).encode()).hexdigest()


def survey_published(source: str, warehouse: str, prune: bool, keep_readings: bool = False) -> Survey | None:
    """The folder against the published warehouse, read without a staging copy; None when it is of an
    older schema (the staging copy migrates it, and is read instead). A warehouse not made yet holds
    nothing: the run reads everything, without two more steps after its staging copy (each a task
    of the flow, while the workers wait for their first batch)."""
    published, folder = Path(warehouse).resolve(), scan_folder(source)
    if not published.exists():
        return Survey(Holdings(documents={}), discover_documents(folder, Holdings(documents={}), prune, keep_readings),
                      run_inputs(), nothing_new=False)
    publish.check_untouched(published)  # as the staging copy would: a writer's session, a WAL
    con = publish.connect(published, read_only=True)
    try:
        if schema.current_version(con) != schema.latest_version():
            return None
        held = _holdings(con, folder, prune)
        last = query.named(con, "last_run_inputs")["inputs"].to_list()
    finally:
        con.close()
    inputs, found = run_inputs(), discover_documents(folder, held, prune, keep_readings)
    return Survey(held, found, inputs, nothing_new=last == [inputs] and not found.changed
                  and not found.manifest_problems and not (prune and found.removed))


def open_staging_copy(warehouse: str, run_id: str) -> str:
    """A migrated private copy of the published warehouse, to load into; removed if it cannot be made
    (a full disk while the previous version catches up, a signal)."""
    staging = publish.prepare_staging(Path(warehouse), run_id)
    try:
        con = publish.connect(staging)
        try:
            _replay(con, staging)
            standby.forget(staging)
        finally:
            con.close()
    except BaseException:
        publish.discard(staging)
        raise
    return str(staging)


def _replay(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Migrate the file and, when it is the previous version, replay on it the load that made the
    published one (standby.py)."""
    schema.ensure_schema(con)
    replayed = standby.replay(path)
    if replayed:
        load(con, *replayed)


def catch_up_previous(warehouse: str) -> bool:
    """After publication, under the run's lock: replay the run's load on the version it replaced and
    refresh it, so that the next run starts from it with nothing to replay; whether it did (not when
    the next run would not start from it: standby.usable). Stopped or failed halfway, that version is
    discarded: the next run copies the file."""
    published = Path(warehouse).resolve()
    previous = standby.usable(published)
    if previous is None:
        return False
    try:
        con = publish.connect(previous)
        try:
            _replay(con, previous)
            schema.refresh_views(con, full=False)
        finally:
            con.close()
        publish.sync(previous)  # the next run publishes it: its sync is paid here
        standby.mark_level(published)
    except Exception as e:  # the run is published: the next one copies instead
        publish.discard(previous)
        logger.warning("could not bring the previous version up to date (%s): the next run copies the file", e)
        return False
    except BaseException:
        publish.discard(previous)
        raise
    return True


def known_documents(staging: str, folder: Folder, prune: bool) -> Holdings:
    """What the warehouse already holds of the folder (all it holds when the run prunes)."""
    con = publish.connect(Path(staging), read_only=True)
    try:
        return _holdings(con, folder, prune)
    finally:
        con.close()


def _holdings(con: duckdb.DuckDBPyConnection, folder: Folder, prune: bool) -> Holdings:
    """Only the folder's names are asked for unless the run prunes (which needs every held name, to
    find those gone): a run's cost then follows its folder, not the warehouse (the survey of one new
    report took 0.19 s at 3 M observations, 22,425 documents fetched into dictionaries; now 0.055 s)."""
    wanted = [None if prune else folder.names]
    documents = query.named(con, "known_documents", wanted)
    return Holdings(documents=dict(zip(documents["file_name"], documents["doc_id"], strict=True)),
                    copies=dict(query.named(con, "known_copies", wanted).iter_rows()),
                    described=dict(zip(documents["file_name"], documents["manifest_hash"], strict=True)),
                    readers=dict(zip(documents["file_name"], documents["reader_version"], strict=True)))


@dataclass(frozen=True)
class Folder:
    """A source folder's documents as a run found them: their paths, and their names in the warehouse."""

    root: Path
    paths: list[Path]
    names: list[str]


def scan_folder(source: str) -> Folder:
    root = Path(source)
    paths = list(discover(root))
    return Folder(root, paths, [file_name(root, p) for p in paths])


def discover_documents(folder: Folder, held: Holdings, prune: bool, keep_readings: bool = False) -> Discovery:
    """Which of the folder's documents to read, and what else the run records, against what the
    warehouse holds of them (`held`: all it holds when the run prunes): a document read by another
    version of the reader (reader.py) is read again, as an edited one, unless `keep_readings`."""
    root, paths, names = folder.root, folder.paths, folder.names
    if prune and not paths and held.documents:
        raise PruneRefused(f"--prune refused: {root} holds no documents, so every one of the warehouse's "
                           f"{len(held.documents)} documents would be removed (is the folder mounted?)")
    present = set(names)
    manifest = load_manifest(root)
    edited = {file_name(root, p) for p in changed_files(root, paths, {**held.copies, **held.documents})}
    # a manifest row is part of what a document is: one whose row changed is read again, as if edited
    restated = {name for name in (present & held.documents.keys()) - edited
                if held.described.get(name) != manifest.fingerprint(name)}
    changed = edited | restated
    reader = reader_version()
    reread = {name for name in (present & held.documents.keys()) - changed if held.readers.get(name) != reader}
    kept, reread = (reread, set()) if keep_readings else (set(), reread)
    # a document read again keeps its content: it still holds it against its copies, which are not read
    holders = {digest: name for name, digest in held.documents.items() if name in present and name not in changed}
    # a copy of a document whose own file is gone or edited is read again: it may hold that content now
    to_read = changed | reread | {name for name in names if name in held.copies and held.copies[name] not in holders}
    # of copies read in one run, the first is kept: a file the manifest describes before the others
    described = sorted((p for p, name in zip(paths, names, strict=True) if name in to_read),
                       key=lambda p: file_name(root, p) not in manifest.rows)
    return Discovery(
        changed=[str(p) for p in described],
        unchanged=len(paths) - len(to_read), restated=restated, reread=reread, kept=kept, holders=holders,
        manifest_problems=[*((name, "listed in the manifest but not in the folder")
                             for name in missing_from_manifest(root, manifest)), *manifest.unplaced],
        removed={name: held.documents[name] for name in sorted(held.documents.keys() - present)},
        unsupported=[file_name(root, p) for p in unsupported_files(root)])


def load_run(staging: str, summaries: list[BatchSummary], held: Holdings, found: Discovery, prune: bool,
             force: bool, source: str, started_at: datetime, run_id: str, flow_run_id: str | None) -> RunRecord:
    """Load everything the run spooled (in steps: warehouse/load.py)."""
    rows = assemble(summaries, run_id, found.holders, found.manifest_problems,
                    found.removed if prune else {}, publish.spool_path(Path(staging)))
    pruned = rows.pruned["file_name"].to_list()
    excluded = set(rows.excluded["file_name"])
    if not force:
        check_prune(pruned, len(held.documents))
    skipped = found.unchanged + sum(s.skipped for s in summaries)
    record = RunRecord(
        run_id=run_id, flow_run_id=flow_run_id, source=source, started_at=started_at, ended_at=datetime.now(UTC),
        docs_seen=found.seen + len(found.manifest_problems), docs_loaded=rows.documents_loaded,
        docs_skipped=skipped, docs_failed=rows.rejected_documents.height, docs_pruned=len(pruned),
        obs_loaded=rows.observations_loaded, obs_quarantined=rows.observations_quarantined,
        failed=tuple(rows.rejected_documents.select("file_name", "reason").iter_rows()),
        unsupported=tuple(found.unsupported),
        without_region=tuple(d["file_name"] for s in summaries for d in s.documents if _unplaced(d)),
        inputs=run_inputs(), docs_kept=len(found.kept),
        docs_reread=sum(d["file_name"] in found.reread and d["file_name"] not in excluded
                        for s in summaries for d in s.documents))
    con = publish.connect(Path(staging))
    try:
        load(con, rows, record)
    finally:
        con.close()
    standby.record(Path(staging), publish.spool_path(Path(staging)), rows, record)
    return record


def check_prune(pruned: list[str], held: int) -> None:
    """Refuse to remove more than PRUNE_LIMIT of the warehouse's documents (so never all of them)."""
    if len(pruned) > PRUNE_LIMIT * held:
        shown = ", ".join(pruned[:10]) + (f" and {len(pruned) - 10} more" if len(pruned) > 10 else "")
        raise PruneRefused(f"--prune refused: it would remove {len(pruned)} of the warehouse's {held} documents "
                           f"(more than {PRUNE_LIMIT:.0%}): {shown}; run with --force to remove them")


def refresh_views(staging: str) -> schema.Refreshed:
    """The marts and aggregates for the keys the load touched (nothing when nothing changed), and the
    views; with the tables due for the cluster job."""
    con = publish.connect(Path(staging))
    try:
        return schema.refresh_views(con, full=False)
    finally:
        con.close()


def publish_warehouse(staging: str, warehouse: str) -> None:
    publish.publish(Path(staging), Path(warehouse).resolve())


def _said(found: Discovery, source: str, how: Orchestration) -> None:
    if not found.seen:
        how.warn(f"no documents in {source}")
    if found.kept:
        how.warn(f"{len(found.kept)} documents keep the readings of another version of the reader (--keep-readings): "
                 "a run without it reads them again")
    if found.unsupported:
        how.warn(f"{len(found.unsupported)} files of other types not read: {', '.join(found.unsupported)}")


def spread(documents: int, batch_size: int, workers: int) -> int:
    """The batch size that keeps every worker busy: at most `batch_size`, and small enough that a
    run of 75 documents on 2 workers is 2 batches of 38, not one of 50 and one of 25 (the run
    waits for its slowest batch). A run smaller than MIN_SPREAD stays one batch, read in place."""
    if workers < 2 or documents < MIN_SPREAD:
        return batch_size
    return max(1, min(batch_size, -(-documents // workers)))


def run_pipeline(source: str, warehouse: str, batch_size: int = DEFAULT_BATCH_SIZE, prune: bool = False,
                 how: Orchestration = Orchestration(), force: bool = False, wait: bool = False,
                 keep_readings: bool = False) -> RunRecord:
    """Load every document under `source` into the DuckDB file `warehouse`. With `prune`, documents
    whose file has left the folder are removed (within PRUNE_LIMIT unless `force`); otherwise their
    rows are kept. Documents read by another version of the reader are read again, unless
    `keep_readings` (their rows then stay as they are, until a run without it). One run at a time per
    warehouse: another one fails at once, or queues with `wait`."""
    check_source(source)
    with exclusive(Path(warehouse), wait, how.log):
        return _run_locked(source, warehouse, batch_size, prune, force, how, keep_readings)


def _run_locked(source: str, warehouse: str, batch_size: int, prune: bool, force: bool,
                how: Orchestration, keep_readings: bool) -> RunRecord:
    step = how.step
    started_at, run_id = datetime.now(UTC), uuid.uuid4().hex
    survey = step(survey_published)(source, warehouse, prune, keep_readings)
    if survey is not None and survey.nothing_new:
        _said(survey.found, source, how)
        how.log(f"nothing new, edited or pruned ({survey.found.unchanged} unchanged): nothing was published")
        return RunRecord(run_id=run_id, flow_run_id=how.flow_run_id, source=source, started_at=started_at,
                         ended_at=datetime.now(UTC), docs_seen=survey.found.seen, docs_loaded=0,
                         docs_skipped=survey.found.unchanged, docs_failed=0, docs_pruned=0, obs_loaded=0,
                         obs_quarantined=0, unsupported=tuple(survey.found.unsupported), inputs=survey.inputs,
                         docs_kept=len(survey.found.kept), published=False)
    staging = step(open_staging_copy)(warehouse, run_id)
    spool = str(publish.spool_path(Path(staging)))
    try:
        if survey is None:  # a warehouse its staging copy migrated: read from that copy
            folder = scan_folder(source)
            held = step(known_documents)(staging, folder, prune)
            found = step(discover_documents)(folder, held, prune, keep_readings)
        else:  # the staging copy holds what the published file holds
            held, found = survey.held, survey.found
        _said(found, source, how)
        size = spread(len(found.changed), batch_size, how.workers)
        # a restated or reread document is read whatever its content: the batch skips only what it holds as it is
        as_held = {name: digest for name, digest in held.documents.items()
                   if name not in found.restated and name not in found.reread}
        jobs = plan_batches(found.changed, source, as_held, size)
        again = f"; {len(found.reread)} to read again, read by another version of the reader" if found.reread else ""
        how.log(f"{len(found.changed)} documents to read in batches of {size} ({found.unchanged} unchanged{again})")
        progress = Progress(len(found.changed))
        summaries: list[BatchSummary | None] = [None] * len(jobs)
        # results in job order whatever order they finish in: the first copy of a duplicate wins
        for i, summary in how.map_batches(partial(read_batch, source=source, spool=spool, run_id=run_id), jobs):
            summaries[i] = summary
            how.log(progress.advance(len(jobs[i].paths)))
        how.log(f"loading {sum(len(s.documents) for s in summaries)} documents and "
                f"{sum(d['observations'] for s in summaries for d in s.documents)} observations")
        loading = time.monotonic()
        record = step(load_run)(staging, summaries, held, found, prune, force, source, started_at, run_id,
                                how.flow_run_id)
        unsorted = step(refresh_views)(staging).unsorted
        heavy = time.monotonic() - loading >= CATCH_UP_SECONDS
        step(publish_warehouse)(staging, warehouse)
    except BaseException:
        publish.discard(Path(staging))
        raise
    again = f"{record.docs_reread} read again for another reader, " if record.docs_reread else ""
    how.log(f"loaded {record.docs_loaded} documents ({again}{record.docs_skipped} skipped, "
            f"{record.docs_failed} failed, "
            f"{record.docs_pruned} pruned), {record.obs_loaded} observations ({record.obs_quarantined} quarantined)")
    if heavy and step(catch_up_previous)(warehouse):
        how.log("brought the version this run replaced up to date: the next run starts from it at once")
    if unsorted:
        how.warn(f"{len(unsorted)} tables hold more than {TAIL_SHARE:.0%} of their rows out of region order "
                 f"({', '.join(unsorted)}), which slows queries by region: `zhibiao cluster --warehouse {warehouse}` "
                 "sorts them (the weekly-cluster deployment does it on a schedule)")
    return record


def _unplaced(document: dict) -> bool:
    """Whether a document compares with no region above its own: its region not told, or told only by a name of
    its own with no parent (在西湖区…的讲话: 西湖区 of 杭州 or of 南昌, nothing tells which)."""
    code = document["region_code"]
    return code is None or (code.startswith(LOCAL_PREFIX) and not document["parent_region"])

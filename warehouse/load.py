"""Bulk loading of one run into the (staging) warehouse, in steps of bounded memory."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime

import duckdb
import polars as pl

from . import sqlfiles


@dataclass(frozen=True)
class RunRecord:
    """A run's row of audit_load_run, and the names behind two of its counts for the run's summary
    (the failed ones are also kept in audit_rejected_document)."""

    run_id: str
    flow_run_id: str | None
    source: str
    started_at: datetime
    ended_at: datetime
    docs_seen: int
    docs_loaded: int
    docs_skipped: int
    docs_failed: int
    docs_pruned: int
    obs_loaded: int
    obs_quarantined: int
    failed: tuple[tuple[str, str], ...] = ()  # (file, reason) of each refused document
    unsupported: tuple[str, ...] = ()  # files in the folder of a type not read, not counted as documents
    without_region: tuple[str, ...] = ()  # documents loaded whose region could not be told (西湖区: two of them)
    inputs: str | None = None  # what the run applied besides documents (pipeline.run.run_inputs)
    docs_reread: int = 0  # of docs_loaded, those read again only because another version of the reader read them
    docs_kept: int = 0  # documents read by another version of the reader, not read again (--keep-readings)
    published: bool = True  # False: nothing was new, edited or pruned, so nothing was written


@dataclass(frozen=True)
class RunLoad:
    """Everything one run writes: its rows as spooled Parquet files, the small rest as frames,
    each shaped like the incoming_* relation the SQL in sql/load reads."""

    document_files: list[str]
    observation_files: list[str]
    rejected_observation_files: list[str]
    excluded: pl.DataFrame  # file names refused as duplicates: their spooled rows are not loaded
    regions: pl.DataFrame
    indicators: pl.DataFrame
    rejected_documents: pl.DataFrame
    pruned: pl.DataFrame  # file names whose documents leave the warehouse
    documents_loaded: int
    observations_loaded: int
    observations_quarantined: int


# A load in steps, each a transaction of its own that a checkpoint writes to the file: DuckDB keeps
# what committed transactions changed (their deletes' and upserts' bookkeeping) pinned in memory until
# a checkpoint, so one transaction over a whole prune held memory that grew with the documents pruned
# (docs/scaling.md).
# The staging file is the run's own and is discarded when anything fails, so a half-done load is
# never published nor started from.
# The record_ statements note what the load changes before it changes it, for the incremental refresh.
RECORD = ("record_changed_dimensions", "upsert_regions", "upsert_indicators", "record_touched_keys")
# once per group of pruned documents (incoming_pruned, all of them for RECORD), the text of replaced
# documents too; the replaced documents' rows go with the first group only (later ones would find none)
PRUNE = ("delete_document_text", "delete_pruned_observations", "delete_pruned_documents")
REPLACE = ("delete_replaced_observations", "delete_replaced_documents")
INSERT = ("insert_documents", "insert_document_text", "insert_observations", "insert_rejected_observations",
          "insert_rejected_documents")
PRUNE_GROUP = 250  # documents removed per transaction: 738 in one failed at 48 MB on the 10 M file, 250 passed


def load(con: duckdb.DuckDBPyConnection, rows: RunLoad, run: RunRecord) -> None:
    """Write a run into the staging file, in steps of bounded memory (RECORD; PRUNE by groups of
    pruned documents and REPLACE with the first, when the load removes any; INSERT); a failure leaves
    the staging file half-loaded, for the run to discard."""
    frames = {"excluded": rows.excluded, "region": rows.regions, "indicator": rows.indicators,
              "rejected_document": rows.rejected_documents, "pruned": rows.pruned}
    for name, frame in frames.items():
        con.register(f"incoming_{name}", frame.to_arrow())
    excluded = con.view("incoming_excluded")
    spooled = {name: con.read_parquet(files).join(excluded, "file_name", how="anti")
               for name, files in (("document", rows.document_files), ("observation", rows.observation_files),
                                   ("rejected_observation", rows.rejected_observation_files))}
    for name, relation in spooled.items():
        con.register(f"incoming_{name}", relation)
    replaced = con.sql(sqlfiles.read("load/replaced_documents.sql")).pl()
    con.register("incoming_replaced", replaced.to_arrow())
    try:
        _committed(con, RECORD)
        # a load removing nothing (new documents only) skips the deletes: each scans the facts or the
        # text for the documents it removes, 0.1-0.3 s at 30 M observations even when there are none
        removes = rows.pruned.height > 0 or replaced.height > 0
        for start in range(0, max(rows.pruned.height, 1) if removes else 0, PRUNE_GROUP):
            con.register("incoming_pruned", rows.pruned.slice(start, PRUNE_GROUP).to_arrow())  # replaces the whole
            _committed(con, PRUNE + (REPLACE if start == 0 else ()))
        _committed(con, INSERT, (sqlfiles.read("load/insert_run.sql"), [
            run.run_id, run.flow_run_id, run.source, run.started_at, run.ended_at, run.docs_seen,
            run.docs_loaded, run.docs_skipped, run.docs_failed, run.docs_pruned, run.obs_loaded, run.obs_quarantined,
            run.inputs, run.docs_reread]))
    finally:
        for name in [*spooled, *frames, "replaced"]:
            con.unregister(f"incoming_{name}")


def _committed(con: duckdb.DuckDBPyConnection, statements: tuple[str, ...],
               *parameterized: tuple[str, list]) -> None:
    """Run sql/load's `statements` (then the `parameterized` ones) as one transaction, and checkpoint."""
    con.execute("BEGIN TRANSACTION")
    try:
        for statement in statements:
            con.execute(sqlfiles.read(f"load/{statement}.sql"))
        for sql, parameters in parameterized:
            con.execute(sql, parameters)
        con.execute("COMMIT")
    except Exception:
        with suppress(duckdb.Error):  # a commit that failed (a full disk) has ended the transaction: its error counts
            con.execute("ROLLBACK")
        raise
    con.execute("CHECKPOINT")

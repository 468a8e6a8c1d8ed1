"""Bulk loading of one run into the (staging) warehouse, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb
import polars as pl

from . import sqlfiles

INCOMING = ("document", "observation", "region", "indicator", "rejected_observation", "rejected_document",
            "pruned")


@dataclass(frozen=True)
class RunRecord:
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


@dataclass(frozen=True)
class LoadBatch:
    """Everything one run writes, as frames shaped like the incoming_* relations the SQL reads."""

    documents: pl.DataFrame
    observations: pl.DataFrame
    regions: pl.DataFrame
    indicators: pl.DataFrame
    rejected_observations: pl.DataFrame
    rejected_documents: pl.DataFrame
    pruned: pl.DataFrame  # file names whose documents leave the warehouse


def load(con: duckdb.DuckDBPyConnection, batch: LoadBatch, run: RunRecord) -> None:
    """Write a run in one transaction: a failure anywhere leaves the warehouse as it was."""
    frames = dict(zip(INCOMING, (batch.documents, batch.observations, batch.regions, batch.indicators,
                                 batch.rejected_observations, batch.rejected_documents, batch.pruned),
                      strict=True))
    for name, frame in frames.items():
        con.register(f"incoming_{name}", frame.to_arrow())
    con.execute("BEGIN TRANSACTION")
    try:
        for statement in ("upsert_regions", "upsert_indicators", "delete_pruned_observations",
                          "delete_pruned_documents", "delete_replaced_observations",
                          "delete_replaced_documents", "insert_documents", "insert_observations",
                          "insert_rejected_observations", "insert_rejected_documents"):
            con.execute(sqlfiles.read(f"load/{statement}.sql"))
        con.execute(sqlfiles.read("load/insert_run.sql"), [
            run.run_id, run.flow_run_id, run.source, run.started_at, run.ended_at, run.docs_seen,
            run.docs_loaded, run.docs_skipped, run.docs_failed, run.docs_pruned, run.obs_loaded, run.obs_quarantined])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in frames:
            con.unregister(f"incoming_{name}")

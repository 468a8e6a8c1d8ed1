"""Publication by atomic replace.

A run never writes the published file. It copies it to a staging file of its own beside it
(FILE.staging-RUN), loads into the copy, closes it and renames it over the published one.
DuckDB locks a file per process, so a BI tool holding the published file open neither blocks
the run nor sees a half-done load: it keeps reading its snapshot (the old inode) until it
reconnects. A run that dies leaves only a stale staging file, removed by the next run (which
holds the warehouse's lock: no other run's work is in progress).
"""

from __future__ import annotations

import glob
import os
import shutil
from pathlib import Path

import duckdb

# BI drivers bundle older DuckDB releases; files written in this format stay readable to them.
STORAGE_COMPATIBILITY = "v1.4.0"
# DuckDB caches up to 80% of RAM by default, so a run's memory would grow with the warehouse;
# bounded, it spills to disk instead. A load of any size then peaks about 350 MB above the
# process's baseline (bench/results.json). More memory buys some speed: on 2.1 M observations
# the refresh takes 1.3 s at 512MB against 2.0 s. Override with ZHIBIAO_DUCKDB_MEMORY (e.g. 1GB).
DEFAULT_MEMORY_LIMIT = "128MB"


class WarehouseError(Exception):
    """The warehouse cannot be written (unwritable folder, corrupt file)."""


def staging_path(published: Path, run_id: str) -> Path:
    return published.with_name(f"{published.name}.staging-{run_id}")


def spool_path(staging: Path) -> Path:
    """The folder where a run's batches leave their rows for the load (removed with the staging file)."""
    return staging.with_name(staging.name + ".spool")


def spill_path(path: Path) -> Path:
    """Where DuckDB spills what does not fit its memory limit while writing `path`."""
    return path.with_name(path.name + ".tmp")


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    return duckdb.connect(str(path), config={
        "storage_compatibility_version": STORAGE_COMPATIBILITY,
        "memory_limit": os.environ.get("ZHIBIAO_DUCKDB_MEMORY", DEFAULT_MEMORY_LIMIT),
        "temp_directory": str(spill_path(path))})


def prepare_staging(published: Path, run_id: str) -> Path:
    """A private copy of the published warehouse (or nothing, for a new one) to load into.
    The caller holds the warehouse's lock: any other staging file is a dead run's."""
    published = published.resolve()
    if not published.parent.is_dir():
        raise WarehouseError(f"folder does not exist: {published.parent}")
    if not os.access(published.parent, os.W_OK):
        raise WarehouseError(f"folder is not writable: {published.parent}")
    _clear_leftovers(published)
    staging = staging_path(published, run_id)
    if published.exists():
        shutil.copyfile(published, staging)
    return staging


def publish(staging: Path, published: Path) -> None:
    """Make the staging file the published warehouse, atomically."""
    with open(staging, "rb") as f:
        os.fsync(f.fileno())
    os.replace(staging, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    _remove_work_folders(staging)


def discard(staging: Path) -> None:
    staging.unlink(missing_ok=True)
    staging.with_name(staging.name + ".wal").unlink(missing_ok=True)
    _remove_work_folders(staging)


def _clear_leftovers(published: Path) -> None:
    """Remove what killed runs left beside the warehouse: staging files, their WAL, spool and spill."""
    for left in published.parent.glob(f"{glob.escape(published.name)}.staging*"):
        if left.is_dir():
            shutil.rmtree(left, ignore_errors=True)
        else:
            left.unlink(missing_ok=True)


def _remove_work_folders(staging: Path) -> None:
    for folder in (spool_path(staging), spill_path(staging)):
        shutil.rmtree(folder, ignore_errors=True)

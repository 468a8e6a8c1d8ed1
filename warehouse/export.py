"""Export for BI tools that prefer files: every table and view of the published warehouse as
Parquet, the fact table partitioned by year.

An export writes only files it creates, into a folder that is new or empty: it never removes
or replaces anything, so pointing it at the wrong folder (the current one, the warehouse's own)
costs nothing but a refusal."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .publish import connect
from .query import named

PARTITIONS = {"fact_observation": ["period"]}


class ExportError(Exception):
    """The export cannot be written where it was asked to be; the message says why."""


def export_parquet(warehouse: Path, out: Path) -> dict[str, int]:
    """Write OUT/<object>.parquet (or OUT/<object>/period=YYYY/… when partitioned); rows per object.

    OUT must be a new or empty folder. The files are built in a private folder inside it and
    moved into place at the end, so a failed export leaves OUT as it was."""
    out = out.resolve()
    _check_target(warehouse.resolve(), out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=".export-", dir=out))
    except OSError as e:
        raise ExportError(f"cannot write in {out}: {e.strerror}") from e
    try:
        counts = _write(warehouse, building)
        for entry in sorted(building.iterdir()):
            if (out / entry.name).exists():
                raise ExportError(f"{out / entry.name} appeared during the export; nothing was moved over it")
            entry.rename(out / entry.name)
    finally:
        shutil.rmtree(building, ignore_errors=True)  # only ever the private folder made above
    return counts


def _check_target(warehouse: Path, out: Path) -> None:
    if out == warehouse or warehouse.is_relative_to(out):
        raise ExportError(f"{out} holds the warehouse itself: export into a new or empty folder")
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file, not a folder: export into a new or empty folder")
    if out.is_dir() and any(out.iterdir()):
        raise ExportError(f"{out} is not empty: export into a new or empty folder (nothing was written)")


def _write(warehouse: Path, folder: Path) -> dict[str, int]:
    con = connect(warehouse, read_only=True)
    counts = {}
    try:
        for name, kind, _ in named(con, "dictionary_objects").iter_rows():
            relation = con.table(name) if kind == "table" else con.view(name)
            partition_by = PARTITIONS.get(name)
            if partition_by:
                relation.write_parquet(str(folder / name), partition_by=partition_by)
            else:
                relation.write_parquet(str(folder / f"{name}.parquet"))
            counts[name] = len(relation)
    finally:
        con.close()
    return counts

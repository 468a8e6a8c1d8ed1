"""Export for BI tools that prefer files: every table and view of the published warehouse as
Parquet, the fact table partitioned by year.

An export writes only files it creates, into a folder that is new or empty: it never removes
or replaces anything, so pointing it at the wrong folder (the current one, the warehouse's own)
costs nothing but a refusal."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .guard import TargetRefused, check_target
from .publish import connect
from .query import named

PARTITIONS = {"fact_observation": ["period"]}
FOLDER_MODE = 0o755


class ExportError(Exception):
    """The export cannot be written where it was asked to be; the message says why."""


def export_parquet(warehouse: Path, out: Path) -> dict[str, int]:
    """Write OUT/<object>.parquet (or OUT/<object>/period=YYYY/… when partitioned); rows per object.

    OUT must be a new or empty folder, neither a warehouse nor holding one (guard.check_target).
    The files are built in a hidden folder of their own beside OUT, which becomes OUT by one rename
    at the end: a failed or killed export leaves OUT as it was, and nothing in it for the next one."""
    try:
        out = check_target(out, warehouse)
    except TargetRefused as e:
        raise ExportError(str(e)) from None
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file, not a folder: export into a new or empty folder")
    if out.is_dir() and any(out.iterdir()):
        raise ExportError(f"{out} is not empty: export into a new or empty folder (nothing was written)")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{out.name}.export-", dir=out.parent))
    except OSError as e:
        raise ExportError(f"cannot write in {out.parent}: {e.strerror}") from e
    try:
        counts = _write(warehouse, building)
        building.chmod(FOLDER_MODE)
        try:
            building.rename(out)  # onto a new name or an empty folder only: never over a file
        except OSError as e:
            raise ExportError(f"{out} is no longer empty (written to during the export): "
                              f"nothing was moved over it") from e
    finally:
        shutil.rmtree(building, ignore_errors=True)  # only ever the folder made above, if still there
    return counts


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

"""Export for BI tools that prefer files: every table and view of the published warehouse as
Parquet, the fact table partitioned by year."""

from __future__ import annotations

import shutil
from pathlib import Path

from .publish import connect
from .query import named

PARTITIONS = {"fact_observation": ["period"]}


def export_parquet(warehouse: Path, out: Path) -> dict[str, int]:
    """Write OUT/<object>.parquet (or OUT/<object>/period=YYYY/… when partitioned); rows per object.

    The export is built beside OUT and swapped in, so a reader of OUT never sees half of one."""
    out = out.resolve()
    building = out.with_name(out.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    con = connect(warehouse, read_only=True)
    counts = {}
    try:
        for name, kind, _ in named(con, "dictionary_objects").iter_rows():
            relation = con.table(name) if kind == "table" else con.view(name)
            partition_by = PARTITIONS.get(name)
            if partition_by:
                relation.write_parquet(str(building / name), partition_by=partition_by)
            else:
                relation.write_parquet(str(building / f"{name}.parquet"))
            counts[name] = len(relation)
    finally:
        con.close()
    previous = out.with_name(out.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    if out.exists():
        out.rename(previous)
    building.rename(out)
    shutil.rmtree(previous, ignore_errors=True)
    return counts

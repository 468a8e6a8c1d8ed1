"""The cluster job: the warehouse's tables rewritten in region order where runs have appended more
than a tenth of their rows (warehouse/cluster.py), published as a new version the way a run publishes.
No run sorts (a run costs what it reads): `zhibiao cluster` and the weekly-cluster deployment do."""

from __future__ import annotations

import uuid
from pathlib import Path

from zhibiao.warehouse import cluster, publish, schema
from zhibiao.warehouse.lock import exclusive

from .run import Orchestration, open_staging_copy, publish_warehouse


def tables_due(warehouse: str) -> list[str] | None:
    """The tables due for sorting, read from the published file; None when it is of an older schema
    (its staging copy migrates it, and is asked instead)."""
    published = Path(warehouse).resolve()
    if not published.is_file():
        raise publish.WarehouseError(f"warehouse not found: {published} (a run creates it)")
    publish.check_untouched(published)
    con = publish.connect(published, read_only=True)
    try:
        if schema.current_version(con) != schema.latest_version():
            return None
        return [table.name for table in cluster.due(con)]
    finally:
        con.close()


def sort_tables(staging: str) -> list[str]:
    con = publish.connect(Path(staging))
    try:
        return cluster.cluster(con)
    finally:
        con.close()


def keep_copy(warehouse: str, job_id: str) -> bool:
    return publish.keep_copy(Path(warehouse).resolve(), job_id)


def cluster_warehouse(warehouse: str, wait: bool = False, how: Orchestration | None = None) -> list[str]:
    """Sort the tables of `warehouse` that are due, publish them, and keep a copy of the result for the
    next run to start from (the load it would replay on the version before would not sort it); the
    tables sorted. Nothing is published when none is due. Holds the warehouse's lock, as a run does."""
    how = how or Orchestration()
    step = how.step
    with exclusive(Path(warehouse), wait, how.log):
        if step(tables_due)(warehouse) == []:
            how.log("every table is in region order: nothing was published")
            return []
        job_id = uuid.uuid4().hex
        staging = step(open_staging_copy)(warehouse, job_id)
        try:
            sorted_now = step(sort_tables)(staging)
            step(publish_warehouse)(staging, warehouse)
        except BaseException:
            publish.discard(Path(staging))
            raise
        kept = step(keep_copy)(warehouse, job_id)
    how.log(f"sorted {len(sorted_now)} tables by region ({', '.join(sorted_now) or 'none: only migrated'}) and "
            "published them" + ("; a copy is kept for the next run to start from" if kept else ""))
    return sorted_now

"""The facts and the models kept in the order of their key (region, indicator, year): one region's
rows, or the keys of a few regions, then lie in a few row groups, and a filtered scan skips the others
by their zone maps (the smallest and largest region of each row group). In load order every row group
holds every region and every scan reads them all (docs/scaling.md, *Clustering by region*).

Rows a run appends (new facts, a refreshed key's model rows) go after the sorted ones, so a table is
its sorted body and an appended tail every scan still reads. Sorting rewrites a whole table, so no run
does it: a run costs what it reads. The cluster job (pipeline/cluster.py, `zhibiao cluster`, the weekly
deployment) sorts a table once the observations loaded since it was sorted pass TAIL_SHARE of those
held, or once it has grown past SMALLEST_SORTED without ever being sorted (a new warehouse, or one from
before migration 0014); a run only says when a table is due."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from . import refresh, sqlfiles

TAIL_SHARE = 0.1  # at 30 M facts, a tail of up to 3 M rows (25 row groups of 122,880) read by every scan
# Rows sorted by one statement, and DuckDB's memory for it: each statement scans the whole table (in
# load order every row group holds every region), so the chunks are large and the sort raises the
# memory limit for itself, as migration 0013 did (3 M facts in one statement ran out of the default
# 128 MB; 3 M in chunks of 500,000 took 130 s, each chunk a scan of the table).
# 768 MB with chunks of 3 M took the sorting run at 30 M to 1,113 MB resident, over the 1 GB a run may
# use: half the chunk in two thirds of the memory keeps the headroom 768 MB had over 3 M rows.
SORT_ROWS = 1_500_000
SORT_MEMORY = "512MB"
# A table of fewer rows lies in one or two row groups (122,880 rows each): a scan has nothing to skip, and
# sorting it would only cost its run (a first run of the 750 copies of the benchmark: 1.5 s of 15)
SMALLEST_SORTED = 2 * 122_880


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]  # the key's columns, region first: the order rows are kept in


def tables() -> list[Table]:
    """The facts and every model, each by its key (the models' unique_key, refresh.py)."""
    return [Table(refresh.FACTS, refresh.KEY), *(Table(m.name, m.unique_key) for m in refresh.models())]


def due(con: duckdb.DuckDBPyConnection, share: float = TAIL_SHARE) -> list[Table]:
    """The tables of SMALLEST_SORTED rows or more never sorted, or whose appended tail passes `share`
    of them: the observations loaded since they were sorted against those held (a refresh's model rows
    follow the facts loaded)."""
    [(facts,)] = con.execute(f"SELECT count(*) FROM {refresh.FACTS}").fetchall()
    if facts < SMALLEST_SORTED:  # (the models hold no more rows than the facts' keys)
        return []
    present = refresh.existing_tables(con)
    waiting = []
    for table in tables():
        if table.name not in present:  # a model not built yet
            continue
        [(rows,)] = con.execute("SELECT count(*) FROM query_table(?)", [table.name]).fetchall()
        if rows < SMALLEST_SORTED:
            continue  # (never sorted yet: due once it grows past SMALLEST_SORTED)
        tail = con.execute(sqlfiles.read("queries/cluster_tail.sql"), [table.name]).fetchall()
        if not tail or tail[0][0] > share * tail[0][1]:
            waiting.append(table)
    return waiting


def cluster(con: duckdb.DuckDBPyConnection, share: float = TAIL_SHARE) -> list[str]:
    """Sort every table due (`due`); the names sorted."""
    waiting = due(con, share)
    for table in waiting:
        sort(con, table)
    return [table.name for table in waiting]


def sort(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Rewrite the table's rows in key order: its rows copied to a table of their own, the table
    emptied, and the copy inserted back a chunk of regions at a time, sorted (a checkpoint after each
    writes it to the file and frees its memory). The table keeps its definition, constraints and
    comments. Not by rowid (a sorted copy appended, then the rows up to the last rowid deleted): after
    a checkpoint's vacuum the rowids of appended rows may fall among the old ones (a second sort lost
    rows). In the staging file: a run failing halfway is discarded with it."""
    name, key = refresh.quoted(table.name), ", ".join(map(refresh.quoted, table.key))
    region = refresh.quoted(table.key[0])
    [(memory_limit,)] = con.execute("SELECT current_setting('memory_limit')").fetchall()
    con.execute("SET memory_limit = ?", [SORT_MEMORY])
    try:
        con.execute(f"CREATE OR REPLACE TABLE cluster_rows AS SELECT * FROM {name}")
        con.execute(f"DELETE FROM {name}")
        con.execute("CHECKPOINT")
        con.execute(f"CREATE OR REPLACE TEMP TABLE cluster_regions AS "
                    f"SELECT {region} AS region, count(*) AS row_count FROM cluster_rows GROUP BY ALL")
        chunks = con.execute(sqlfiles.read("queries/region_chunks.sql"), [SORT_ROWS]).fetchall()
        con.execute("SET preserve_insertion_order = true")  # the inserted rows keep the ORDER BY's order
        for first, final, has_null in chunks:
            nulls = f" OR {region} IS NULL" if has_null else ""
            con.execute(f"INSERT INTO {name} SELECT * FROM cluster_rows "
                        f"WHERE {region} BETWEEN ? AND ?{nulls} ORDER BY {key}", [first, final])
            con.execute("CHECKPOINT")
    finally:
        con.execute("RESET preserve_insertion_order")
        con.execute("SET memory_limit = ?", [memory_limit])
    con.execute("DROP TABLE cluster_rows")
    con.execute("DROP TABLE temp.cluster_regions")
    con.execute(sqlfiles.read("queries/cluster_sorted.sql"), [table.name, table.name])
    con.execute("CHECKPOINT")

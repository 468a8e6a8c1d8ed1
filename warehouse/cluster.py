"""The facts and the models kept in the order of their key (region, indicator, year): one region's
rows, or the keys of a few regions, then lie in a few row groups, and a filtered scan skips the others
by their zone maps (the smallest and largest region of each row group). In load order every row group
holds every region and every scan reads them all (docs/scaling.md, *Clustering by region*).

Rows a run appends (new facts, a refreshed key's model rows) go after the sorted ones, so a table is
its sorted body and an appended tail every scan still reads. When the tail passes TAIL_SHARE of the
table's rows, the table is rewritten in key order: a bounded share of every scan stays unsorted, and
the cost of sorting is paid once per TAIL_SHARE of growth, not by every run. A table in load order
(a warehouse from before this change) is all tail: its first run sorts it."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from . import refresh, sqlfiles

TAIL_SHARE = 0.1  # at 30 M facts, a tail of up to 3 M rows (25 row groups of 122,880) read by every scan


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]  # the key's columns, region first: the order rows are kept in


def tables() -> list[Table]:
    """The facts and every model, each by its key (the models' unique_key, refresh.py)."""
    return [Table(refresh.FACTS, refresh.KEY), *(Table(m.name, m.unique_key) for m in refresh.models())]


def cluster(con: duckdb.DuckDBPyConnection, share: float = TAIL_SHARE) -> list[str]:
    """Sort every table whose unsorted tail holds more than `share` of its rows; the names sorted."""
    sorted_now = []
    for table in tables():
        if not refresh.exists(con, table.name):  # a model not built yet
            continue
        rows, tail = sorted_body(con, table)
        if rows and tail > share * rows:
            sort(con, table)
            sorted_now.append(table.name)
    return sorted_now


def sorted_body(con: duckdb.DuckDBPyConnection, table: Table) -> tuple[int, int]:
    """The table's rows and the rows after its sorted body: the leading row groups whose ranges of
    regions follow each other (each starts at or after the largest region before it, nulls last, as
    ORDER BY puts them), read from the row groups' statistics (not the rows). Rows deleted but not
    yet vacuumed count: they are still in the row groups a scan reads."""
    groups = [(count, (lowest is None, lowest or ""), (has_null, "" if has_null else largest))
              for count, lowest, largest, has_null in con.execute(
                  sqlfiles.read("queries/row_group_regions.sql"), [table.name, table.key[0]]).fetchall()]
    rows = sum(count for count, _, _ in groups)
    highest = None  # (is null, region): a null sorts after every region
    for at, (_, lowest, largest) in enumerate(groups):
        if highest is not None and lowest < highest:
            return rows, sum(count for count, _, _ in groups[at:])
        highest = largest if highest is None else max(highest, largest)
    return rows, 0


def sort(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Rewrite the table's rows in key order, in one transaction: a sorted copy appended after them,
    then the rows that were there before deleted (a transaction's appended rows are not among them
    until it commits). The table keeps its definition, constraints and comments; the checkpoint
    after it frees the old row groups."""
    name, key = refresh.quoted(table.name), ", ".join(map(refresh.quoted, table.key))
    con.execute("SET preserve_insertion_order = true")  # the inserted rows keep the ORDER BY's order
    con.execute("BEGIN TRANSACTION")
    try:
        [(last,)] = con.execute(f"SELECT max(rowid) FROM {name}").fetchall()
        con.execute(f"INSERT INTO {name} SELECT * FROM {name} ORDER BY {key}")
        con.execute(f"DELETE FROM {name} WHERE rowid <= ?", [last])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("RESET preserve_insertion_order")
    con.execute("CHECKPOINT")

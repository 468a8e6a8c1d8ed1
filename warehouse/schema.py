"""Creating, migrating and refreshing the warehouse's tables and views."""

from __future__ import annotations

import re
from typing import NamedTuple

import duckdb

from . import cluster, refresh, sqlfiles

MIGRATION = re.compile(r"^(\d{4})_(.+)\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, description, SQL) for every file in sql/migrations, in order."""
    out = []
    for path in sqlfiles.folder("migrations"):
        m = MIGRATION.match(path.name)
        if m:
            out.append((int(m.group(1)), m.group(2).replace("_", " "), path.read_text(encoding="utf-8")))
    return out


def latest_version() -> int:
    """The schema version this code writes: its last migration's."""
    return max(number for number, _, _ in migrations())


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    if not has_table(con, "meta_schema_version"):
        return 0
    [(version,)] = con.execute("SELECT coalesce(max(version), 0) FROM meta_schema_version").fetchall()
    return int(version)


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    # fetchall: DuckDB 2.0 blocks a connection while an execute() result is not fully read
    [(count,)] = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]).fetchall()
    return count > 0


def ensure_schema(con: duckdb.DuckDBPyConnection) -> int:
    """Create a new warehouse, or bring an older one up to date; returns the version."""
    version = current_version(con)
    steps = migrations()
    # a migration copying a whole table may raise DuckDB's memory limit for itself (0013): the open's stays
    [(memory_limit,)] = con.execute("SELECT current_setting('memory_limit')").fetchall()
    con.execute("BEGIN TRANSACTION")
    try:
        if version == 0:  # each file creates its table with its comments
            for path in sqlfiles.folder("tables"):
                con.execute(path.read_text(encoding="utf-8"))
            for number, description, _ in steps:
                con.execute("INSERT INTO meta_schema_version (version, description) VALUES (?, ?)",
                            [number, description])
        else:
            for number, description, sql in steps:
                if number > version:
                    con.execute(sql)
                    con.execute("INSERT INTO meta_schema_version (version, description) VALUES (?, ?)",
                                [number, description])
            _apply_table_comments(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("SET memory_limit = ?", [memory_limit])
    return current_version(con)


def _apply_table_comments(con: duckdb.DuckDBPyConnection) -> None:
    """Comments are documentation, not structure: every open of a warehouse made before re-applies
    sql/tables' current text, so a migrated warehouse describes itself exactly like a new one."""
    for path in sqlfiles.folder("tables"):
        for statement in duckdb.extract_statements(path.read_text(encoding="utf-8")):
            if statement.query.lstrip().upper().startswith("COMMENT ON"):
                con.execute(statement.query)


class Refreshed(NamedTuple):
    names: list[str]  # the models refreshed and the views created
    unsorted: list[str]  # the tables due to be sorted by the cluster job (cluster.py)


def refresh_views(con: duckdb.DuckDBPyConnection, full: bool = True) -> Refreshed:
    """Bring the marts (which figure stands) and the aggregates up to date with the facts (whole
    with `full`, else for the keys loads touched: refresh.py), then (re)create the views (every one
    with `full`); with the tables the cluster job should sort."""
    names = list(refresh.refresh(con, full))
    return Refreshed(names + _create_views(con, full), [table.name for table in cluster.due(con)])


def _create_views(con: duckdb.DuckDBPyConnection, every: bool) -> list[str]:
    """(Re)create each view that is missing or was created by other SQL: meta_model keeps, for each
    view, the fingerprint of every SQL file when it was created (what a view reads, tables and models,
    may have changed its columns, which DuckDB fixes when it creates the view). Each file re-applies
    its COMMENT ON, which CREATE OR REPLACE drops. The others are left as they are: re-creating every
    view with its comments took ~110 statements a run. The names of those created."""
    fingerprint = sqlfiles.fingerprint()
    built = refresh.fingerprints(con)
    present = {name for (name,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    created = []
    for path in sqlfiles.folder("views"):
        if every or path.stem not in present or built.get(path.stem) != fingerprint:
            con.execute(path.read_text(encoding="utf-8"))
            refresh.record_fingerprint(con, path.stem, fingerprint)
            created.append(path.stem)
    return created

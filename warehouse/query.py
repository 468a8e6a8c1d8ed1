"""Read-side helpers: named queries from sql/queries, and ad-hoc SQL for the CLI."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from . import sqlfiles
from .publish import connect


def named(con: duckdb.DuckDBPyConnection, name: str, params: list | None = None) -> pl.DataFrame:
    """Run sql/queries/<name>.sql with its parameters."""
    return con.sql(sqlfiles.read(f"queries/{name}.sql"), params=params or None).pl()


def read_published(path: Path, name: str, params: list | None = None) -> pl.DataFrame:
    con = connect(path, read_only=True)
    try:
        return named(con, name, params)
    finally:
        con.close()


# A user's SQL may read the warehouse and nothing else: no files read or written, no other
# database attached, no extension installed or loaded, and no setting changed back.
LOCKED_DOWN = {"enable_external_access": False, "autoinstall_known_extensions": False,
               "autoload_known_extensions": False, "lock_configuration": True}


# DuckDB lets a session write its own database's companions (FILE.wal, .wal.recovery,
# .wal.checkpoint) whatever enable_external_access says: statements that write files are
# refused before anything runs.
WRITES_FILES = {duckdb.StatementType.COPY, duckdb.StatementType.EXPORT}


def adhoc(path: Path, sql: str) -> pl.DataFrame:
    """A user's query against the published warehouse: read-only, and locked in to it."""
    writing = [s.type.name for s in duckdb.extract_statements(sql) if s.type in WRITES_FILES]
    if writing:
        raise duckdb.PermissionException(f"{writing[0]} statements are disabled by configuration: sql writes no files")
    con = duckdb.connect(str(path), read_only=True, config=LOCKED_DOWN)
    try:
        result = con.sql(sql)
        return result.pl() if result is not None else pl.DataFrame()  # a statement that returns no rows
    finally:
        con.close()

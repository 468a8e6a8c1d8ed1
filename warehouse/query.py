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


def adhoc(path: Path, sql: str) -> pl.DataFrame:
    """A user's query against the published warehouse, read-only."""
    con = connect(path, read_only=True)
    try:
        return con.sql(sql).pl()
    finally:
        con.close()

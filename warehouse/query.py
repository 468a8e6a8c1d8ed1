"""Read-side helpers: named queries from sql/queries, and ad-hoc SQL for the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from . import sqlfiles


def named(con: duckdb.DuckDBPyConnection, name: str, params: list | None = None) -> pl.DataFrame:
    """Run sql/queries/<name>.sql with its parameters."""
    return con.sql(sqlfiles.read(f"queries/{name}.sql"), params=params or None).pl()


# A user's SQL may read the warehouse and nothing else: no files read or written, no other
# database attached, no extension installed or loaded, and no setting changed back.
LOCKED_DOWN = {"enable_external_access": False, "autoinstall_known_extensions": False,
               "autoload_known_extensions": False, "lock_configuration": True}


# DuckDB lets a session write its own database's companions (FILE.wal, .wal.recovery,
# .wal.checkpoint) whatever enable_external_access says: statements that write files are
# refused before anything runs.
WRITES_FILES = {duckdb.StatementType.COPY, duckdb.StatementType.EXPORT}
ADHOC_MEMORY = "1GB"  # what a user's query may hold (DuckDB's own default is 80% of the machine's memory)
BATCH_ROWS = 10_000  # a result is fetched in batches of this many rows, so it is never held whole


@contextmanager
def adhoc_connection(path: Path, memory: str = ADHOC_MEMORY) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for users' queries: read-only, locked in to the warehouse, its memory capped."""
    con = duckdb.connect(str(path), read_only=True, config={**LOCKED_DOWN, "memory_limit": memory})
    try:
        yield con
    finally:
        con.close()


def result_batches(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[pl.DataFrame]:
    """The result of the last statement of `sql`: first an empty frame with its columns, then its rows
    in batches; nothing for a statement that returns no rows."""
    writing = [s.type.name for s in duckdb.extract_statements(sql) if s.type in WRITES_FILES]
    if writing:
        raise duckdb.PermissionException(f"{writing[0]} statements are disabled by configuration: sql writes no files")
    result = con.sql(sql)
    if result is None:
        return
    reader = result.fetch_arrow_reader(BATCH_ROWS)
    yield pl.from_arrow(reader.schema.empty_table())
    for batch in reader:
        yield pl.from_arrow(batch)

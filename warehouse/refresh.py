"""Incremental refresh of the models (sql/marts, then sql/aggregates): each is kept up to date for
the keys a run touched, not rebuilt from every fact.

A model file stays a plain `CREATE OR REPLACE TABLE name AS SELECT …` over the facts, with one
header line declaring its unique key, as SQLMesh's INCREMENTAL_BY_UNIQUE_KEY does:

    -- unique_key: indicator, period

The declaration promises that the model's rows for one key are computed from its inputs' rows
with that key alone (every figure the model compares shares its indicator and year), and that key
columns hold no nulls. The refresh
then runs the model's own SELECT with its inputs (fact_observation and the models before it)
shadowed by temporary views restricted to the keys to refresh, deletes the model's rows for those
keys and inserts what the SELECT returns: delete+insert per key, as dbt's incremental models do.

Which keys: every load records in meta_refresh_pending the keys of the facts it inserts or
deletes and of the dimension rows it changes (sql/load/record_*.sql). A model is rebuilt whole
(in chunks of keys, so memory stays bounded at any size) when its table is missing, when its SQL
changed since it was built (meta_model keeps a fingerprint of its text and of sql/macros, which
models may call), or when a model before it was rebuilt. With nothing pending and nothing changed,
nothing is recomputed."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from . import sqlfiles

MODEL_FOLDERS = ("marts", "aggregates")
UNIQUE_KEY = re.compile(r"^--\s*unique_key:\s*([\w ,]+)", re.MULTILINE)
CREATE = re.compile(r"^\s*CREATE\s+OR\s+REPLACE\s+TABLE\s+(\w+)\s+AS\s+", re.IGNORECASE)
# A whole rebuild recomputes the keys in groups of about this many facts, so the memory a model's
# SELECT needs follows the group, not the warehouse.
CHUNK_FACTS = 200_000
FACTS = "fact_observation"
KEYS = "refresh_key"


class ModelError(Exception):
    """A model file does not declare what the refresh needs."""


@dataclass(frozen=True)
class Model:
    name: str
    text: str  # the whole file: the CREATE statement and its COMMENT ONs
    select: str  # the SELECT the CREATE statement builds the table from
    unique_key: tuple[str, ...]

    def fingerprint(self, macros: str) -> str:
        """Of the model's text and of the macros it may call: a change to either rebuilds it."""
        return hashlib.sha256((macros + self.text).encode()).hexdigest()


def read_model(path: Path) -> Model:
    text = path.read_text(encoding="utf-8")
    key = UNIQUE_KEY.search(text)
    if not key:
        raise ModelError(f"{path.name}: no '-- unique_key: column, …' line")
    create = duckdb.extract_statements(text)[0].query
    # the statement's text starts at its first keyword or at the comments before it
    body = CREATE.search(_without_comments(create))
    if not body:
        raise ModelError(f"{path.name}: does not start with CREATE OR REPLACE TABLE name AS SELECT …")
    return Model(name=body.group(1), text=text, select=_without_comments(create)[body.end():],
                 unique_key=tuple(c.strip() for c in key.group(1).split(",")))


def _without_comments(statement: str) -> str:
    """The statement without its leading comment lines."""
    lines = statement.lstrip().splitlines()
    while lines and lines[0].lstrip().startswith("--"):
        lines.pop(0)
    return "\n".join(lines)


def models() -> list[Model]:
    """Every model, in the order they build: marts, then aggregates, by file name."""
    return [read_model(path) for folder in MODEL_FOLDERS for path in sqlfiles.folder(folder)]


def refresh(con: duckdb.DuckDBPyConnection, full: bool = False) -> dict[str, str]:
    """Bring every model up to date with the facts; what was done to each: rebuilt, the number of
    keys refreshed, or unchanged. `full` rebuilds every model."""
    # rows in any order: DuckDB then needs no buffer to keep it (the tables are read by key)
    con.execute("SET preserve_insertion_order = false")
    macros = "".join(path.read_text(encoding="utf-8") for path in sqlfiles.folder("macros"))
    if macros:
        con.execute(macros)  # the models call them
    con.execute("CREATE OR REPLACE TEMP TABLE refresh_pending AS SELECT DISTINCT * FROM meta_refresh_pending")
    [(pending,)] = con.execute("SELECT count(*) FROM temp.refresh_pending").fetchall()
    built = _fingerprints(con)
    done: dict[str, str] = {}
    rebuild = full
    every = models()  # each file read once per refresh
    for model in every:
        rebuild = rebuild or built.get(model.name) != model.fingerprint(macros) or not _exists(con, model.name)
        upstream = [m for m in every if m.name in done]
        if rebuild:
            _in_chunks(con, model, upstream, f"{_database(con)}.main.{FACTS}", rebuild=True)
            done[model.name] = "rebuilt"
        else:
            keys = _in_chunks(con, model, upstream, "temp.refresh_pending", rebuild=False) if pending else 0
            done[model.name] = f"{keys} keys" if keys else "unchanged"
        con.execute("INSERT OR REPLACE INTO meta_model (name, fingerprint) VALUES (?, ?)",
                    [model.name, model.fingerprint(macros)])
    con.execute("DELETE FROM meta_refresh_pending")
    for temporary in (KEYS, "refresh_pending", "refresh_chunks"):
        con.execute(f"DROP TABLE IF EXISTS temp.{temporary}")
    con.execute("RESET preserve_insertion_order")
    return done


def _fingerprints(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT name, fingerprint FROM meta_model").fetchall())


def _exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    [(count,)] = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND NOT temporary",
                             [name]).fetchall()
    return count > 0


def _in_chunks(con: duckdb.DuckDBPyConnection, model: Model, upstream: list[Model], keys: str, rebuild: bool) -> int:
    """Recompute `model` for the keys found in the relation `keys`, in chunks of about CHUNK_FACTS
    facts, so that the memory its SELECT needs follows the chunk, not the warehouse or the run.
    A rebuild's first chunk runs the model's file as written, which creates the table and its
    comments (also when there are no keys at all). Returns the number of keys."""
    columns = ", ".join(_quoted(c) for c in model.unique_key)
    match = " AND ".join(f"f.{_quoted(c)} = k.{_quoted(c)}" for c in model.unique_key)
    con.execute(f"""CREATE OR REPLACE TEMP TABLE refresh_chunks AS
                    SELECT {columns}, (sum(facts) OVER (ORDER BY {columns} ROWS UNBOUNDED PRECEDING) - facts)
                                      // ? AS chunk
                    FROM (SELECT k.*, count(f.{_quoted(model.unique_key[0])}) AS facts
                          FROM (SELECT DISTINCT {columns} FROM {keys}) k
                          LEFT JOIN {_database(con)}.main.{FACTS} f ON {match}
                          GROUP BY ALL)""", [CHUNK_FACTS])
    [(count, chunks)] = con.execute("SELECT count(*), coalesce(max(chunk) + 1, 0) FROM refresh_chunks").fetchall()
    for chunk in range(max(int(chunks), 1 if rebuild else 0)):
        con.execute(f"CREATE OR REPLACE TEMP TABLE {KEYS} AS SELECT {columns} FROM refresh_chunks WHERE chunk = ?",
                    [chunk])
        _apply(con, model, upstream, first_of_rebuild=rebuild and chunk == 0)
    return int(count)


def _apply(con: duckdb.DuckDBPyConnection, model: Model, upstream: list[Model], first_of_rebuild: bool) -> None:
    """Recompute `model` for the keys in the key table, with its inputs restricted to those keys."""
    database = _database(con)
    shadows = [name for name in (FACTS, *(m.name for m in upstream)) if _has_columns(con, name, model.unique_key)]
    # `=`, not IS NOT DISTINCT FROM: DuckDB then filters the scan of each input by the keys (3x faster
    # at 1 M facts); key columns hold no nulls
    match = " AND ".join(f"t.{_quoted(c)} = k.{_quoted(c)}" for c in model.unique_key)
    for name in shadows:
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT t.* FROM {database}.main.{name} t "
                    f"SEMI JOIN temp.{KEYS} k ON {match}")
    try:
        if first_of_rebuild:
            con.execute(model.text)
        else:
            target = f"{database}.main.{model.name}"
            con.execute(f"DELETE FROM {target} t USING temp.{KEYS} k WHERE {match}")
            con.execute(f"INSERT INTO {target} SELECT * FROM ({model.select.rstrip().rstrip(';')})")
    finally:
        for name in shadows:
            con.execute(f"DROP VIEW IF EXISTS temp.main.{name}")


def _has_columns(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...]) -> bool:
    [(count,)] = con.execute("""SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database()
                                AND table_name = ? AND list_contains(?, column_name)""",
                             [table, list(columns)]).fetchall()
    return count == len(columns)


def _database(con: duckdb.DuckDBPyConnection) -> str:
    """The warehouse's own catalog, named in full: a temporary view may shadow its tables' names."""
    [(name,)] = con.execute("SELECT current_database()").fetchall()
    return _quoted(name)


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'

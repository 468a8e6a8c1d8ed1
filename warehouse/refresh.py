"""Incremental refresh of the models (sql/marts, then sql/aggregates): each is kept up to date for
the keys a run touched, not rebuilt from every fact.

A model file stays a plain `CREATE OR REPLACE TABLE name AS SELECT …` over the facts, with a header
line declaring its unique key, as SQLMesh's INCREMENTAL_BY_UNIQUE_KEY does:

    -- unique_key: region_code, indicator, period

Every key is a figure's region, indicator and year (KEY, the columns of meta_refresh_pending); a
model names its own columns for them, in that order (`about_region_code, indicator, period`). The
declaration promises that the model's rows for one key are computed from its inputs' rows with that
key alone, or, for a model that also declares

    -- reads_parent: why

from those and the rows of the region's parent (dim_region.parent_code) with the same indicator and
year: a region compared with the region above it. A new figure of a region then refreshes its own
rows and those of every region below it. The refresh runs the model's own SELECT with its inputs
(fact_observation and the models before it) shadowed by temporary tables restricted to the keys to
refresh (and their parents'), deletes the model's rows for those keys and inserts what the SELECT
returns for them: delete+insert per key, as dbt's incremental models do.

Which keys: every load records in meta_refresh_pending the keys of the facts it inserts or
deletes and of the dimension rows it changes (sql/load/record_*.sql); the keys a model refreshed
are refreshed in the models after it too. A model is rebuilt whole (in chunks of keys, so memory
stays bounded at any size; by its own statement over every fact up to WHOLE_FACTS of them) when its
table is missing, when its SQL changed since it was built (meta_model keeps a fingerprint of its
text and of sql/macros, which models may call), or when a model before it was rebuilt. With
nothing pending and nothing changed, nothing is recomputed."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import duckdb

from . import sqlfiles

MODEL_FOLDERS = ("marts", "aggregates")
UNIQUE_KEY = re.compile(r"^--\s*unique_key:\s*([\w ,]+)", re.MULTILINE)
READS_PARENT = re.compile(r"^--\s*reads_parent:", re.MULTILINE)
CREATE = re.compile(r"^\s*CREATE\s+OR\s+REPLACE\s+TABLE\s+(\w+)\s+AS\s+", re.IGNORECASE)
# A refresh (and a whole rebuild) recomputes the keys in groups of about this many facts, so the memory a
# model's SELECT needs follows the group, not the warehouse. What a group deletes and inserts stays in
# memory until the checkpoint after it, and weighs more in a larger table: at 30 M facts, a group of
# 36,000 (every fact of the indicators whose reference rows a run changed) ran out of DuckDB's 128 MB in
# current_observation; groups of 10,000 did not.
CHUNK_FACTS = 10_000
# A model rebuilt whole over at most this many facts is built by its own statement, in one piece: each
# chunk of a rebuild in chunks shadows its inputs by a scan of every fact, so their cost grows with
# chunks x facts. A first run of the real reports' 750 copies (100,490 facts) rebuilt every model in 3.2-3.6
# CPU s in 11 chunks, in 0.8 CPU s whole; at 1,004,900 facts (bench/scale.py's grow) 45-48 CPU s against 9-10.6,
# both within DuckDB's 128 MB (the process's peak resident memory 256-258 MB chunked, 247-252 MB whole).
WHOLE_FACTS = 1_000_000
FACTS = "fact_observation"
# The numbers views join the facts to their document and indicator on (migration 0017) are no input of a
# model: the shadow of the facts leaves them out, so that a model reading `f.*` keeps the columns its table
# had before them (rebuilding current_observation whole for two columns nobody reads there would take hours
# at 30 M facts).
FACT_NUMBERS = ("doc_no", "indicator_no")
KEY = ("region_code", "indicator", "period")  # of a figure, as meta_refresh_pending and the facts name it
NOT_NULL = ("indicator", "period")  # a figure's region (KEY[0]) may be unknown
KEYS = "refresh_key"  # the keys being refreshed
READ = "refresh_read"  # the keys whose input rows the refresh reads: KEYS, and their parents' for reads_parent


class ModelError(Exception):
    """A model file does not declare what the refresh needs."""


@dataclass(frozen=True)
class Model:
    name: str
    text: str  # the whole file: the CREATE statement and its COMMENT ONs
    select: str  # the SELECT the CREATE statement builds the table from
    unique_key: tuple[str, ...]  # the model's columns holding KEY, in KEY's order
    reads_parent: bool = False  # a region's rows also read its parent's rows of the same indicator and year

    def fingerprint(self, macros: str) -> str:
        """Of the model's text and of the macros it may call: a change to either rebuilds it."""
        return hashlib.sha256((macros + self.text).encode()).hexdigest()


def read_model(path: Path) -> Model:
    return _parsed(path.name, path.read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def _parsed(file: str, text: str) -> Model:
    """A model file's text, parsed once for each text: DuckDB's parser takes ~5 ms a file, and the
    models are read twice a run (the refresh, the clustering)."""
    key = UNIQUE_KEY.search(text)
    if not key:
        raise ModelError(f"{file}: no '-- unique_key: column, …' line")
    columns = tuple(c.strip() for c in key.group(1).split(","))
    if len(columns) != len(KEY):
        raise ModelError(f"{file}: its unique_key names {len(columns)} columns, not one for each of {KEY}")
    create = duckdb.extract_statements(text)[0].query
    # the statement's text starts at its first keyword or at the comments before it
    body = CREATE.search(_without_comments(create))
    if not body:
        raise ModelError(f"{file}: does not start with CREATE OR REPLACE TABLE name AS SELECT …")
    return Model(name=body.group(1), text=text, select=_without_comments(create)[body.end():],
                 unique_key=columns, reads_parent=bool(READS_PARENT.search(text)))


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
    database = _database(con)  # asked once: a run's refresh is hundreds of small statements
    # each pending key with the facts it holds, counted once for every model (a key gone still weighs)
    con.execute("CREATE OR REPLACE TEMP TABLE refresh_pending_keys AS SELECT DISTINCT * FROM meta_refresh_pending")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE refresh_pending AS
                    SELECT k.*, greatest(coalesce(f.facts, 0), 1) AS facts
                    FROM temp.refresh_pending_keys k
                    LEFT JOIN (SELECT {_columns(KEY)}, count(*) AS facts
                               FROM ({_rows_for_keys(database, FACTS, KEY, 'refresh_pending_keys')}) GROUP BY ALL) f
                      ON {_match('f', KEY, 'k', KEY)}""")
    built = fingerprints(con)
    present = existing_tables(con)
    [(facts,)] = con.execute(f"SELECT count(*) FROM {database}.main.{FACTS}").fetchall()
    done: dict[str, str] = {}
    rebuild = full
    every = models()  # each file read once per refresh
    shadows = Shadows(con)
    try:
        for model in every:
            rebuild = rebuild or built.get(model.name) != model.fingerprint(macros) or model.name not in present
            upstream = [m for m in every if m.name in done]
            if rebuild and facts <= WHOLE_FACTS:  # the model's own statement, over every fact
                _shadowed(con, database, model, None, lambda m=model: con.execute(m.text), shadows)
                done[model.name] = "rebuilt"
            elif rebuild:
                _create_empty(con, database, model, upstream, shadows)
                _in_chunks(con, database, model, upstream, f"SELECT {_columns(KEY)}, count(*) AS facts "
                                                           f"FROM {database}.main.{FACTS} GROUP BY ALL", shadows)
                done[model.name] = "rebuilt"
            else:
                keys = _in_chunks(con, database, model, upstream, _keys_to_refresh(con, database, model), shadows)
                done[model.name] = f"{keys} keys" if keys else "unchanged"
            if built.get(model.name) != model.fingerprint(macros):  # a commit less when it is the one held
                record_fingerprint(con, model.name, model.fingerprint(macros))
    finally:
        shadows.drop()
    con.execute("DELETE FROM meta_refresh_pending")
    for temporary in (KEYS, READ, "refresh_pending_keys", "refresh_pending", "refresh_chunks"):
        con.execute(f"DROP TABLE IF EXISTS temp.{temporary}")
    con.execute("RESET preserve_insertion_order")
    return done


def _keys_to_refresh(con: duckdb.DuckDBPyConnection, database: str, model: Model) -> str:
    """A query of the pending keys and the facts each holds, with, for a model reading parents' rows,
    the keys of the figures of every region below a pending one with the same indicator and year (a
    region without such figures has no row to change). They stay pending for the models after this one."""
    if model.reads_parent:
        # semi and anti joins: the keys are the hash tables, never the facts; the regions below by `=`,
        # so that the facts' scan is filtered by them (see _key_matches)
        con.execute(f"""INSERT INTO temp.refresh_pending
                        SELECT c.*, count(*) FROM (
                            SELECT f.region_code, f.indicator, f.period
                            FROM {database}.main.{FACTS} f
                            SEMI JOIN (SELECT r.region_code, p.indicator, p.period
                                       FROM {database}.main.dim_region r
                                       JOIN temp.refresh_pending p ON p.region_code = r.parent_code) b
                              ON b.region_code = f.region_code AND b.indicator = f.indicator AND b.period = f.period
                        ) c
                        ANTI JOIN temp.refresh_pending q
                          ON q.region_code = c.region_code AND q.indicator = c.indicator AND q.period = c.period
                        GROUP BY ALL""")
    return "SELECT * FROM temp.refresh_pending"


def fingerprints(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Of each model, and view (schema.py), as meta_model holds it since it was last built."""
    return dict(con.execute("SELECT name, fingerprint FROM meta_model").fetchall())


def record_fingerprint(con: duckdb.DuckDBPyConnection, name: str, fingerprint: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta_model (name, fingerprint) VALUES (?, ?)", [name, fingerprint])


def existing_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The names of the warehouse's tables (not the temporary ones), read from the catalog at once."""
    return {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()}


def _in_chunks(con: duckdb.DuckDBPyConnection, database: str, model: Model, upstream: list[Model], keys: str,
               shadows: Shadows) -> int:
    """Recompute `model` for the keys the query `keys` returns (KEY's columns and `facts`, the
    number of facts each holds), in chunks of about CHUNK_FACTS facts, so that the memory its SELECT
    needs follows the chunk, not the warehouse or the run; a checkpoint between chunks. Returns the
    number of keys."""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE refresh_chunks AS
                    SELECT {_columns(KEY)}, (sum(facts) OVER (ORDER BY {_columns(KEY)} ROWS UNBOUNDED PRECEDING)
                                             - facts) // ? AS chunk
                    FROM ({keys})""", [CHUNK_FACTS])
    [(count, chunks)] = con.execute("SELECT count(*), coalesce(max(chunk) + 1, 0) FROM refresh_chunks").fetchall()
    for chunk in range(int(chunks)):
        if chunk:
            # DuckDB keeps what the chunks before deleted and inserted pinned in memory until a
            # checkpoint writes it: without one, chunk after chunk, a wide refresh ran out of memory
            # (docs/scaling.md). Not after the last chunk: a run refreshing a few keys checkpoints once, at its close.
            con.execute("CHECKPOINT")
        con.execute(f"CREATE OR REPLACE TEMP TABLE {KEYS} AS SELECT {_columns(KEY)} FROM refresh_chunks "
                    "WHERE chunk = ?", [chunk])
        _apply(con, database, model, upstream, shadows)
    return int(count)


def _create_empty(con: duckdb.DuckDBPyConnection, database: str, model: Model, upstream: list[Model],
                  shadows: Shadows) -> None:
    """(Re)create the model's table by its file as written, over no rows: its columns and comments
    (no shadow the models before it left, which would give it theirs)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {KEYS} AS SELECT {_columns(KEY)} FROM temp.refresh_pending LIMIT 0")
    shadows.drop()
    _shadowed(con, database, model, upstream, lambda: con.execute(model.text), shadows)


def _apply(con: duckdb.DuckDBPyConnection, database: str, model: Model, upstream: list[Model],
           shadows: Shadows) -> None:
    """Recompute `model` for the keys in the key table, with its inputs restricted to those keys (or
    to more: a shadow kept from a model before it). Only the keys' rows are kept: a parent's rows, computed
    without their own parents' figures, and the rows of the other keys a kept shadow holds are not."""
    target = f"{database}.main.{model.name}"
    mine = _match("t", model.unique_key, "k", KEY)
    select = f"SELECT t.* FROM ({model.select.rstrip().rstrip(';')}) t SEMI JOIN temp.{KEYS} k ON {mine}"

    def replace() -> None:
        for matched in _key_matches("t", model.unique_key, "k"):
            con.execute(f"DELETE FROM {target} t USING temp.{KEYS} k WHERE {matched}")
        con.execute(f"INSERT INTO {target} {select}")

    _shadowed(con, database, model, upstream, replace, shadows)


def _shadowed(con: duckdb.DuckDBPyConnection, database: str, model: Model, upstream: list[Model] | None,
              run: Callable[[], object], shadows: Shadows) -> None:
    """Run with the model's inputs (the facts, the models before it) shadowed by temporary tables of
    their rows for the keys read: the keys refreshed, and for a model reading parents' rows, the
    same indicator and year of each key's parent region. Tables, not views: a model reading an input
    several times then filters it once, and DuckDB 2.0.0 fails a hash join over a view of a table
    written in several runs ("dict-surviving cache: global dictionary column … changed identity").
    With `upstream` None, every row: the models before it are read as they are (no shadow the models
    before it left), the facts shadowed only without their numbers, once for every model rebuilt so
    (0.13 CPU s, 0.26 s of a first run's refresh of the 750 copies: a copy of every fact)."""
    if upstream is None:
        shadows.drop(keep_whole=True)
    else:
        parents = (f"""UNION SELECT r.parent_code, k.indicator, k.period FROM temp.{KEYS} k
                       JOIN {database}.main.dim_region r ON r.region_code = k.region_code
                       WHERE r.parent_code IS NOT NULL""" if model.reads_parent else "")
        con.execute(f"CREATE OR REPLACE TEMP TABLE {READ} AS SELECT {_columns(KEY)} FROM temp.{KEYS} {parents}")
    # the inputs its SQL names
    inputs = [(name, columns) for name, columns in [(FACTS, KEY), *((m.name, m.unique_key) for m in upstream or [])]
              if re.search(rf"\b{name}\b", model.select)]
    for name, columns in inputs:
        if upstream is None:
            if not shadows.whole(name):
                shadows.make(name, f"SELECT * FROM {database}.main.{name}", keyed=False)
        elif not shadows.serves(name):
            shadows.make(name, _rows_for_keys(database, name, columns, READ), keyed=True)
    run()


class Shadows:
    """The temporary tables shadowing the models' inputs during a refresh (_shadowed), kept from one model
    to the next: each is a scan of a table as large as the warehouse (0.17-0.26 s at 10 M facts for a
    national report's keys, five a refresh), and the models after one often read the same keys of an
    input or fewer (the aggregates, of current_observation). A shadow serves a model when the keys it was
    made for hold every key the model reads; the model's rows for the other keys are not kept (_apply).
    The facts are shadowed without their numbers (FACT_NUMBERS)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.keyed: set[str] = set()  # shadows made for the keys in temp."refresh_read_NAME"
        self.made: set[str] = set()

    def serves(self, name: str) -> bool:
        if name not in self.keyed:
            return False
        [(missing,)] = self.con.execute(f"SELECT EXISTS (FROM temp.{READ} EXCEPT FROM temp.{self._keys(name)})"
                                        ).fetchall()
        return not missing

    def make(self, name: str, rows: str, keyed: bool) -> None:
        if name == FACTS:
            rows = f"SELECT * EXCLUDE ({_columns(FACT_NUMBERS)}) FROM ({rows})"
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {rows}")
        self.made.add(name)
        self.keyed.discard(name)
        if keyed:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {self._keys(name)} AS FROM temp.{READ}")
            self.keyed.add(name)

    def whole(self, name: str) -> bool:
        """Whether the shadow of `name` holds every row of it (made unkeyed): the facts do not change
        during a refresh, so it serves every model rebuilt whole."""
        return name in self.made and name not in self.keyed

    def drop(self, keep_whole: bool = False) -> None:
        """Drop the shadows (with `keep_whole`, not those holding every row)."""
        for name in [name for name in self.made if not (keep_whole and self.whole(name))]:
            self.con.execute(f"DROP TABLE IF EXISTS temp.main.{name}")
            self.con.execute(f"DROP TABLE IF EXISTS temp.{self._keys(name)}")
            self.made.discard(name)
            self.keyed.discard(name)

    @staticmethod
    def _keys(name: str) -> str:
        return quoted(f"refresh_read_{name}")


def _match(left: str, left_columns: tuple[str, ...], right: str, right_columns: tuple[str, ...]) -> str:
    """Rows of `left` and `right` with the same key, a null region (a figure's region may be unknown)
    matching a null one: for joins of small tables (for the warehouse's, _key_matches)."""
    return " AND ".join(
        f"{left}.{quoted(a)} {'=' if b in NOT_NULL else 'IS NOT DISTINCT FROM'} {right}.{quoted(b)}"
        for a, b in zip(left_columns, right_columns, strict=True))


def _key_matches(table: str, columns: tuple[str, ...], keys: str) -> tuple[str, str]:
    """The conditions of a join of a warehouse table (its KEY in `columns`) with a table of keys, as
    two joins: keys with a region, by `=` only, and keys without one. `IS NOT DISTINCT FROM` would
    match both at once, but DuckDB then passes no filter on the region to the table's scan, which
    reads every row of every column (0.8 s for one document's keys at 10 M facts, 0.03 s by `=`)."""
    region, *rest = (f"{table}.{quoted(a)} = {keys}.{quoted(b)}" for a, b in zip(columns, KEY, strict=True))
    others = " AND ".join(rest)
    return (f"{region} AND {others}",
            f"{table}.{quoted(columns[0])} IS NULL AND {keys}.{quoted(KEY[0])} IS NULL AND {others}")


def _rows_for_keys(database: str, name: str, columns: tuple[str, ...], keys: str) -> str:
    """A query of the rows of the warehouse's table `name` (its KEY in `columns`) whose key is in the
    temporary table `keys`. The keys with a region are first narrowed to their regions alone: DuckDB passes
    a join on one column with few values (dynamic_or_filter_threshold, 50) to the table's scan as a list of
    them, but a join on three columns only as their ranges, which a national report's regions and those
    below it span from end to end: the scan then read every column of half the rows (0.23-0.63 s at 10 M
    facts for one national report's keys, 0.02 s with the list)."""
    with_region, without = _key_matches("t", columns, "k")
    regions = (f"(FROM {database}.main.{name} t SEMI JOIN (SELECT DISTINCT {quoted(KEY[0])} FROM temp.{keys}) r "
               f"ON t.{quoted(columns[0])} = r.{quoted(KEY[0])}) t")
    return (f"SELECT t.* FROM {regions} SEMI JOIN temp.{keys} k ON {with_region} UNION ALL "
            f"SELECT t.* FROM {database}.main.{name} t SEMI JOIN temp.{keys} k ON {without}")


def _columns(columns: tuple[str, ...]) -> str:
    return ", ".join(quoted(c) for c in columns)


def _database(con: duckdb.DuckDBPyConnection) -> str:
    """The warehouse's own catalog, named in full: a temporary table may shadow its tables' names."""
    [(name,)] = con.execute("SELECT current_database()").fetchall()
    return quoted(name)


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'

"""Commands used as an attacker or an unlucky operator would: `sql` reads the warehouse and
nothing else, `export` never removes or replaces a file, and publishing neither clobbers the
file's owner and mode nor drops what a session wrote to the published file."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest
from test_cli import zhibiao

from conftest import SAMPLES
from zhibiao.pipeline import Orchestration, run_pipeline
from zhibiao.warehouse.publish import WarehouseError
from zhibiao.warehouse.query import adhoc_connection, result_batches

pytestmark = pytest.mark.faults


def adhoc(warehouse: Path, sql: str) -> pl.DataFrame:
    """`sql` as `zhibiao sql` runs it (cli.py), its result whole."""
    with adhoc_connection(warehouse) as con:
        frames = list(result_batches(con, sql))
    return pl.concat(frames) if frames else pl.DataFrame()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "prod.duckdb"
    run_pipeline(str(SAMPLES), str(path))
    return path


@pytest.mark.parametrize(("attempt", "sql"), [
    ("overwrite the warehouse", "COPY (SELECT 1) TO '{warehouse}' (FORMAT csv)"),
    ("overwrite its write-ahead log", "COPY (SELECT 1) TO '{warehouse}.wal' (FORMAT csv)"),
    ("overwrite its WAL's recovery file", "COPY (SELECT 1) TO '{warehouse}.wal.recovery' (FORMAT csv)"),
    ("overwrite its WAL's checkpoint file", "COPY (SELECT 1) TO '{warehouse}.wal.checkpoint' (FORMAT csv)"),
    ("export into its folder", "EXPORT DATABASE '{warehouse}.wal'"),
    ("write a file", "COPY (SELECT 1) TO '{folder}/out.csv' (FORMAT csv)"),
    ("attach a database and drop its table", "ATTACH '{other}' AS other (READ_ONLY false); DROP TABLE other.t"),
    ("read a system file", "SELECT * FROM read_text('/etc/shadow')"),
    ("list a folder", "SELECT * FROM glob('/root/.*')"),
    ("install an extension", "INSTALL httpfs"),
    ("turn the lock off", "SET enable_external_access = true"),
    ("write the warehouse", "DELETE FROM fact_observation"),
])
def test_sql_reads_the_warehouse_and_nothing_else(warehouse: Path, tmp_path: Path, attempt: str, sql: str):
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS a")
    before = digest(warehouse), digest(other)
    with pytest.raises(duckdb.Error, match=r"disabled by configuration|locked|read-only"):
        adhoc(warehouse, sql.format(warehouse=warehouse, folder=tmp_path, other=other))
    assert (digest(warehouse), digest(other)) == before, attempt
    assert not list(warehouse.parent.glob("prod.duckdb.wal*")), attempt
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.duckdb"]
    assert adhoc(warehouse, "SELECT count(*) AS n FROM v_observations")["n"][0] > 50


def test_sql_refusal_is_one_line(warehouse: Path):
    before = digest(warehouse)
    out = zhibiao("sql", "-w", str(warehouse), f"COPY (SELECT 1) TO '{warehouse}' (FORMAT csv)")
    assert out.returncode != 0 and len(out.stderr.strip().splitlines()) == 1 and "disabled" in out.stderr
    assert digest(warehouse) == before


def test_export_refuses_a_folder_with_other_files(warehouse: Path, tmp_path: Path):
    mydata = tmp_path / "mydata"
    mydata.mkdir()
    (mydata / "important.txt").write_text("keep me", encoding="utf-8")
    out = zhibiao("export", "-w", str(warehouse), str(mydata))
    assert out.returncode != 0 and "is not empty" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert [p.name for p in mydata.iterdir()] == ["important.txt"]
    assert (mydata / "important.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("target", [".", "{folder}", "{warehouse}"])
def test_export_never_touches_the_warehouse(warehouse: Path, tmp_path: Path, target: str):
    folder = tmp_path / "dir"
    folder.mkdir()
    prod = folder / "prod.duckdb"
    prod.write_bytes(warehouse.read_bytes())
    out = zhibiao("export", "-w", str(prod), target.format(folder=folder, warehouse=prod), cwd=folder)
    assert out.returncode != 0 and out.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert [p.name for p in folder.iterdir()] == ["prod.duckdb"]
    assert digest(prod) == digest(warehouse)


def test_export_into_an_empty_folder_writes_only_its_own_files(warehouse: Path, tmp_path: Path):
    out = zhibiao("export", "-w", str(warehouse), str(tmp_path))
    assert out.returncode == 0, out.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "fact_observation" in names and "dim_document.parquet" in names
    assert all(name == "fact_observation" or name.endswith(".parquet") for name in names)  # no work folder left


def test_publishing_keeps_the_mode_owner_and_group(tmp_path: Path):
    path = tmp_path / "w.duckdb"
    run_pipeline(str(SAMPLES), str(path))
    owner = (os.getuid(), 1 if os.getuid() == 0 else os.getgid())  # as root: the daemon group, like the issue's
    os.chown(path, *owner)
    path.chmod(0o600)
    (source := tmp_path / "docs").mkdir()
    (source / "new.txt").write_text("青溪区2025年一季度经济运行简况\n全区地区生产总值增长5.2%。", encoding="utf-8")
    before = path.stat().st_ino
    run_pipeline(str(source), str(path))
    after = path.stat()
    assert after.st_ino != before  # a new file was published …
    assert (after.st_mode & 0o7777, after.st_uid, after.st_gid) == (0o600, *owner)  # … as the old one was


def _session(warehouse: Path, then: str) -> subprocess.Popen:
    """A DuckDB session in its own process that writes to the published file, as the DuckDB CLI
    opened without -readonly would."""
    code = f"""import duckdb, os, sys
con = duckdb.connect({str(warehouse)!r})
con.execute("SET checkpoint_threshold = '1TB'")  # keep the change in the .wal
con.execute("DELETE FROM fact_observation WHERE value = 486.3")
print("written", flush=True)
{then}"""
    session = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert session.stdout.readline() == "written\n"
    return session


def test_a_left_over_wal_stops_the_run_before_any_work(tmp_path: Path):
    path = tmp_path / "w.duckdb"
    run_pipeline(str(SAMPLES), str(path))
    _session(path, then="os._exit(0)").wait()  # killed before it checkpointed
    before = sorted(p.name for p in tmp_path.iterdir()), digest(path)
    with pytest.raises(WarehouseError, match=r"w\.duckdb\.wal exists: a session wrote to the warehouse"):
        run_pipeline(str(SAMPLES), str(path))
    assert (sorted(p.name for p in tmp_path.iterdir()), digest(path)) == before
    duckdb.connect(str(path)).close()  # the operator applies it, as the message says
    run_pipeline(str(SAMPLES), str(path))
    assert duckdb.connect(str(path), read_only=True).sql(
        "SELECT count(*) FROM fact_observation WHERE value = 486.3").fetchall() == [(0,)]  # the session's work kept


def test_a_session_writing_to_the_published_file_stops_the_run(tmp_path: Path):
    path = tmp_path / "w.duckdb"
    run_pipeline(str(SAMPLES), str(path))
    session = _session(path, then="sys.stdin.readline()")
    try:
        with pytest.raises(WarehouseError, match=f"open for writing by process {session.pid}"):
            run_pipeline(str(SAMPLES), str(path))
    finally:
        session.communicate("\n")
    assert not list(tmp_path.glob("w.duckdb.staging*"))


def test_a_write_during_the_run_stops_the_publication(tmp_path: Path):
    path = tmp_path / "w.duckdb"
    run_pipeline(str(SAMPLES), str(path))
    (source := tmp_path / "docs").mkdir()
    (source / "new.txt").write_text("青溪区2025年一季度经济运行简况\n全区地区生产总值增长5.2%。", encoding="utf-8")

    def write_while_loading(line: str) -> None:
        if line.startswith("loading"):
            _session(path, then="con.close()").wait()  # commits and checkpoints into the published file

    with pytest.raises(WarehouseError, match="changed while the run was loading"):
        run_pipeline(str(source), str(path), how=Orchestration(log=write_while_loading))
    assert duckdb.connect(str(path), read_only=True).sql(
        "SELECT count(*) FROM fact_observation WHERE value = 486.3").fetchall() == [(0,)]
    assert [p.name for p in tmp_path.glob("w.duckdb.*")] == ["w.duckdb.lock"]  # the lock file stays, unlocked

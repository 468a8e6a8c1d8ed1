"""The installed `zhibiao` command, as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

ZHIBIAO = str(Path(sys.executable).with_name("zhibiao"))


def zhibiao(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    return subprocess.run([ZHIBIAO, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.mark.parametrize("command", [[], ["run"], ["sql"], ["docs"], ["serve"]])
def test_every_command_has_help(command):
    out = zhibiao(*command, "--help")
    assert out.returncode == 0 and "Usage:" in out.stdout


def test_missing_source_is_one_line_and_non_zero(tmp_path: Path):
    out = zhibiao("run", "--source", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb"))
    assert out.returncode != 0
    assert out.stderr.strip().splitlines() == [f"Error: source folder not found: {tmp_path / 'nope'}"]


def test_unwritable_warehouse_is_one_line_and_non_zero(tmp_path: Path):
    out = zhibiao("run", "--source", str(SAMPLES), "--warehouse", str(tmp_path / "no" / "such" / "w.duckdb"))
    assert out.returncode != 0
    assert len(out.stderr.strip().splitlines()) == 1 and "cannot write the warehouse" in out.stderr


def test_run_prints_a_clean_summary_then_sql_reads_it(tmp_path: Path):
    warehouse = tmp_path / "w.duckdb"
    out = zhibiao("run", "--source", str(SAMPLES), "--warehouse", str(warehouse))
    assert out.returncode == 0, out.stderr
    everything = out.stdout + out.stderr
    assert "Traceback" not in everything and "ERROR" not in everything
    assert f"warehouse     {warehouse.resolve()}" in out.stdout
    assert "documents     3 seen, 3 loaded, 0 unchanged, 0 failed, 0 pruned" in out.stdout
    assert "青溪区" in out.stdout and "地区生产总值" in out.stdout  # the district-vs-city table
    query = zhibiao("sql", "-w", str(warehouse), "SELECT value FROM v_observations WHERE value = 486.3")
    assert query.returncode == 0 and "486.3" in query.stdout


def test_sql_error_is_one_line(tmp_path: Path):
    warehouse = tmp_path / "w.duckdb"
    zhibiao("run", "--source", str(SAMPLES), "--warehouse", str(warehouse))
    out = zhibiao("sql", "-w", str(warehouse), "SELECT nonsense FROM nowhere")
    assert out.returncode != 0 and len(out.stderr.strip().splitlines()) == 1

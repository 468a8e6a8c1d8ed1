"""Readers and writers in separate processes, and runs killed with SIGKILL.

The published warehouse is only ever replaced by a rename: a reader keeps its snapshot until
it reconnects, a writer never waits for readers, and a killed run leaves the file as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest
import sqlalchemy
from test_pipeline import rows, run

from bench.synthetic import write_corpus
from conftest import ROOT, SAMPLES, ZHIBIAO

pytestmark = pytest.mark.usefixtures("prefect_server")
COUNT = "SELECT count(*) FROM fact_observation"

# A BI tool's session, in its own process: one read-only connection held open across a nightly run.
HOLDING_READER = """
import sys, duckdb
def count(con):
    return con.execute("SELECT count(*) FROM fact_observation").fetchall()[0][0]
con = duckdb.connect(sys.argv[1], read_only=True)
print(count(con), flush=True)
sys.stdin.readline()
print(count(con), flush=True)
con.close()
con = duckdb.connect(sys.argv[1], read_only=True)
print(count(con), flush=True)
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Run:
    """`zhibiao run` in its own process group, its output watched line by line."""

    def __init__(self, source: Path, warehouse: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen([ZHIBIAO, "run", "--source", str(source), "--warehouse", str(warehouse),
                                         ], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        env=env, cwd=ROOT, start_new_session=True)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)

    def wait_for(self, text: str, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for line in self.lines):
            assert self.process.poll() is None or self._reader.is_alive(), "".join(self.lines)
            assert time.monotonic() < deadline, f"no {text!r} in:\n" + "".join(self.lines)
            time.sleep(0.02)

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)  # the CLI and its worker processes
        self.process.wait()

    def finish(self, timeout: float = 300) -> str:
        self.process.wait(timeout=timeout)
        self._reader.join(timeout=10)
        assert self.process.returncode == 0, "".join(self.lines)
        return "".join(self.lines)


@pytest.fixture(scope="module")
def bigger_corpus(tmp_path_factory) -> Path:
    """The samples plus enough synthetic documents that a run takes several seconds."""
    folder = tmp_path_factory.mktemp("corpus") / "docs"
    shutil.copytree(SAMPLES, folder)
    write_corpus(folder / "synthetic", 120, seed=3)
    return folder


@pytest.fixture(scope="module")
def loaded_from_scratch(bigger_corpus: Path, tmp_path_factory, prefect_server: None) -> Path:
    """That corpus loaded by one run into an empty warehouse, in batches of the default size: what any
    sequence of runs must end with."""
    from zhibiao.flows.run_flow import run_flow

    warehouse = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    run_flow(source=str(bigger_corpus), warehouse=str(warehouse))
    return warehouse


@pytest.fixture
def corpus(bigger_corpus: Path, tmp_path: Path) -> Path:
    """A private copy of it, safe to edit."""
    return shutil.copytree(bigger_corpus, tmp_path / "docs")


def test_a_reader_holding_the_warehouse_neither_blocks_a_run_nor_sees_it_until_it_reconnects(
        samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    [(before,)] = rows(warehouse, COUNT)
    reader = subprocess.Popen([sys.executable, "-c", HOLDING_READER, str(warehouse)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert int(reader.stdout.readline()) == before  # the BI session is open
        write_corpus(samples / "new", 2, seed=5)
        record = run(samples, warehouse)  # the nightly run, while the reader holds the file
        assert record.docs_loaded == 2
        out, _ = reader.communicate("\n", timeout=60)
    finally:
        reader.kill()
    during, after = map(int, out.split())
    assert during == before  # its snapshot: the run's rows are not visible half-way or at all
    assert after == before + record.obs_loaded  # until it reconnects


def test_readers_and_sqlalchemy_read_the_published_file_while_a_run_loads(corpus: Path, tmp_path: Path,
                                                                          prefect_api: dict[str, str]):
    warehouse = tmp_path / "wh.duckdb"
    shutil.move(corpus / "synthetic", tmp_path / "held-back")
    run(corpus, warehouse)
    [(before,)] = rows(warehouse, COUNT)
    shutil.move(tmp_path / "held-back", corpus / "synthetic")
    engine = sqlalchemy.create_engine(f"duckdb:///{warehouse}", connect_args={"read_only": True},
                                      poolclass=sqlalchemy.pool.NullPool)  # reconnect each time, as BI does
    nightly = Run(corpus, warehouse, prefect_api)
    seen, while_staging = set(), 0
    while nightly.process.poll() is None:
        con = duckdb.connect(str(warehouse), read_only=True)
        seen.add(con.execute(COUNT).fetchall()[0][0])
        con.close()
        with engine.connect() as bi:
            seen.add(bi.execute(sqlalchemy.text(COUNT)).scalar_one())
            columns = {c["name"] for c in sqlalchemy.inspect(bi).get_columns("v_observations")}
        while_staging += any(warehouse.parent.glob(warehouse.name + ".staging-*"))
        time.sleep(0.05)
    nightly.finish()
    [(after,)] = rows(warehouse, COUNT)
    assert after > before and seen <= {before, after}  # never a half-loaded state
    assert while_staging > 0  # some of those reads happened while the run was writing
    assert {"file", "indicator", "metric", "value", "evidence"} <= columns


@pytest.mark.parametrize("moment", ["documents to read", "loading"])
def test_a_run_killed_at_any_moment_leaves_the_warehouse_as_it_was(corpus: Path, tmp_path: Path, moment: str,
                                                                   prefect_api: dict[str, str],
                                                                   loaded_from_scratch: Path):
    warehouse = tmp_path / "wh.duckdb"
    shutil.move(corpus / "synthetic", tmp_path / "held-back")
    run(corpus, warehouse)
    published = digest(warehouse)
    shutil.move(tmp_path / "held-back", corpus / "synthetic")

    doomed = Run(corpus, warehouse, prefect_api)
    doomed.wait_for(moment)  # "documents to read": extracting; "loading": assembling and writing
    doomed.kill()
    assert digest(warehouse) == published

    Run(corpus, warehouse, prefect_api).finish()  # the next run completes and equals a clean run
    # numbers follow the order documents and indicators were first loaded in: two runs here, one there
    for query in ("SELECT * EXCLUDE (run_id, doc_no, indicator_no) FROM fact_observation ORDER BY obs_id",
                  "SELECT * EXCLUDE (run_id, path, doc_no) FROM dim_document ORDER BY doc_id"):  # its own copy's path
        assert rows(warehouse, query) == rows(loaded_from_scratch, query)

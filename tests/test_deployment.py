"""Scheduled runs for real: a local Prefect server on 127.0.0.1 with `prefect deploy` from
prefect.yaml and a process worker; and `zhibiao serve`, which needs no worker."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest
from test_pipeline import rows

from conftest import ROOT
from zhibiao.flows.server import PREFECT, local_prefect_server, server_environment

DEADLINE = 120  # seconds for any one step; each test takes ~30 s
ZHIBIAO = str(Path(sys.executable).with_name("zhibiao"))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment for Prefect commands talking to a server of the test's own."""
    home = tmp_path / "prefect-home"
    with local_prefect_server(home, tmp_path / "server.log") as api_url:
        yield {**server_environment(api_url, home), "ZHIBIAO_HOME": str(ROOT)}


def prefect(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    out = subprocess.run([PREFECT, "--no-prompt", *args], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=DEADLINE)
    assert out.returncode == 0, out.stdout + out.stderr
    return out


def trigger_and_watch(env: dict[str, str], source: Path, warehouse: Path) -> None:
    run = prefect(env, "deployment", "run", "zhibiao-run/nightly", "--param", f"source={source}",
                  "--param", f"warehouse={warehouse}", "--watch", "--watch-timeout", str(DEADLINE))
    assert "Completed" in run.stdout


def loaded(warehouse: Path) -> tuple[int, int, str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        [row] = con.execute("SELECT docs_loaded, obs_loaded, flow_run_id FROM audit_load_run").fetchall()
        return row
    finally:
        con.close()


@pytest.fixture
def background(tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen]]:
    """Start long-running commands in their own process group; all are killed after the test."""
    started: list[subprocess.Popen] = []

    def start(args: list[str], env: dict[str, str], name: str) -> subprocess.Popen:
        log = (tmp_path / f"{name}.log").open("w")
        process = subprocess.Popen(args, env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True, text=True)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def start_worker(background: Callable[..., subprocess.Popen], env: dict[str, str]) -> None:
    """A process worker polling every second, until the test ends (not --run-once: one that polled
    before the flow run existed would stop without it)."""
    background([PREFECT, "worker", "start", "--pool", "zhibiao-process"], {**env, "PREFECT_WORKER_QUERY_SECONDS": "1"},
               "worker")


def test_the_nightly_deployment_runs_on_a_worker_and_loads(server, background, samples: Path, tmp_path: Path):
    prefect(server, "work-pool", "create", "zhibiao-process", "--type", "process")
    assert "zhibiao-run/nightly" in prefect(server, "deploy", "--all").stdout
    schedule = prefect(server, "deployment", "inspect", "zhibiao-run/nightly").stdout
    assert "30 2 * * *" in schedule and "Asia/Shanghai" in schedule
    start_worker(background, server)
    warehouse = tmp_path / "nightly.duckdb"
    trigger_and_watch(server, samples, warehouse)
    documents, observations, flow_run_id = loaded(warehouse)
    assert documents == 3 and observations > 100
    assert flow_run_id  # the load audit names the flow run the worker executed


def test_zhibiao_serve_runs_the_deployment_without_a_worker(background, samples: Path, tmp_path: Path):
    env = server_environment("", tmp_path / "prefect-home")
    del env["PREFECT_API_URL"]  # no server of the user's: serve starts its own
    warehouse = tmp_path / "served.duckdb"
    serve = background([ZHIBIAO, "serve", "--source", str(samples), "--warehouse", str(warehouse)], env, "serve")
    log = tmp_path / "serve.log"
    api_url = None
    for _ in range(DEADLINE * 2):
        text = log.read_text()
        if (match := re.search(r"serving nightly on (\S+):", text)) and "is being served" in text:
            api_url = match.group(1)
            break
        assert serve.poll() is None, text
        time.sleep(0.5)
    assert api_url, log.read_text()
    trigger_and_watch({**env, "PREFECT_API_URL": api_url}, samples, warehouse)
    assert loaded(warehouse)[0] == 3
    assert re.search(r"next run: \d{4}-\d\d-\d\d 02:30 ", log.read_text())  # the schedule's next firing


def flow_run_state(env: dict[str, str], flow_run_id: str) -> dict:
    with urllib.request.urlopen(f"{env['PREFECT_API_URL']}/flow_runs/{flow_run_id}") as response:
        return json.load(response)["state"]


def trigger(env: dict[str, str], source: Path, warehouse: Path) -> str:
    out = prefect(env, "deployment", "run", "zhibiao-run/nightly", "--param", f"source={source}",
                  "--param", f"warehouse={warehouse}").stdout
    return re.search(r"UUID: ([0-9a-f-]{36})", out).group(1)


def test_deployment_runs_started_together_queue_and_a_missing_inbox_fails(server, background, samples: Path,
                                                                         tmp_path: Path):
    prefect(server, "work-pool", "create", "zhibiao-process", "--type", "process")
    prefect(server, "deploy", "--all")
    start_worker(background, server)
    warehouse = tmp_path / "nightly.duckdb"
    runs = [trigger(server, samples, warehouse), trigger(server, samples, warehouse),
            trigger(server, tmp_path / "unmounted", warehouse)]
    states: list[dict] = []
    for _ in range(DEADLINE * 3):
        states = [flow_run_state(server, run) for run in runs]
        if all(state["type"] in ("COMPLETED", "FAILED", "CRASHED") for state in states):
            break
        time.sleep(0.5)
    assert [state["type"] for state in states] == ["COMPLETED", "COMPLETED", "FAILED"], states
    assert states[2]["message"].endswith(f"SourceError: source folder not found: {tmp_path / 'unmounted'}")
    assert [row[:2] for row in runs_loaded(warehouse)] == [(3, runs[0]), (0, runs[1])]  # one after the other

    clean = tmp_path / "clean.duckdb"  # the same folder loaded once, by the CLI on the same server
    subprocess.run([ZHIBIAO, "run", "--source", str(samples), "--warehouse", str(clean)], env=server, cwd=ROOT,
                   check=True, capture_output=True, timeout=DEADLINE)
    for query in ("SELECT * EXCLUDE (run_id) FROM fact_observation ORDER BY obs_id",
                  "SELECT * EXCLUDE (run_id) FROM dim_document ORDER BY doc_id"):
        assert rows(warehouse, query) == rows(clean, query)


def runs_loaded(warehouse: Path) -> list[tuple]:
    return rows(warehouse, "SELECT docs_loaded, flow_run_id FROM audit_load_run ORDER BY started_at")

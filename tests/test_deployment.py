"""Scheduled runs for real: the session's Prefect server on 127.0.0.1 with `prefect deploy` from
prefect.yaml and a process worker; and `zhibiao serve`, which needs no worker."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest
from test_pipeline import rows

from conftest import ROOT, ZHIBIAO
from zhibiao.flows.server import PREFECT, server_environment

DEADLINE = 120  # seconds for any one step


def prefect(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    out = subprocess.run([PREFECT, "--no-prompt", *args], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=DEADLINE)
    assert out.returncode == 0, out.stdout + out.stderr
    return out


def trigger_and_watch(env: dict[str, str], source: Path, warehouse: Path, name: str = "nightly") -> None:
    run = prefect(env, "deployment", "run", f"zhibiao-run/{name}", "--param", f"source={source}",
                  "--param", f"warehouse={warehouse}", "--watch", "--watch-timeout", str(DEADLINE))
    assert "Completed" in run.stdout


def loaded(warehouse: Path) -> tuple[int, int, str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        [row] = con.execute("SELECT docs_loaded, obs_loaded, flow_run_id FROM audit_load_run").fetchall()
        return row
    finally:
        con.close()


@contextmanager
def started(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    """A long-running command in its own process group, stopped (SIGINT, then SIGKILL) at the end."""
    with log.open("w") as out:
        process = subprocess.Popen(args, env=env, cwd=log.parent, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True, text=True)
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def deployed(prefect_api: dict[str, str], tmp_path_factory) -> Iterator[dict[str, str]]:
    """prefect.yaml deployed to the session's server, as `make deploy` does, and a process worker polling
    its pool every second (not --run-once: one that polled before a flow run existed would stop
    without it). Yields the environment of `prefect` commands."""
    env = {**prefect_api, "ZHIBIAO_HOME": str(ROOT)}
    prefect(env, "work-pool", "create", "zhibiao-process", "--type", "process")
    prefect(env, "deploy", "--all")
    worker = [PREFECT, "worker", "start", "--pool", "zhibiao-process"]
    with started(worker, {**env, "PREFECT_WORKER_QUERY_SECONDS": "1"}, tmp_path_factory.mktemp("worker") / "log"):
        yield env


def test_the_nightly_deployment_runs_on_a_worker_and_loads(deployed: dict[str, str], samples: Path,
                                                          tmp_path: Path):
    schedule = prefect(deployed, "deployment", "inspect", "zhibiao-run/nightly").stdout
    assert "30 2 * * *" in schedule and "Asia/Shanghai" in schedule
    warehouse = tmp_path / "nightly.duckdb"
    trigger_and_watch(deployed, samples, warehouse)
    documents, observations, flow_run_id = loaded(warehouse)
    assert documents == 3 and observations > 100
    assert flow_run_id  # the load audit names the flow run the worker executed


def test_the_weekly_cluster_deployment_runs_on_a_worker(deployed: dict[str, str], samples: Path, tmp_path: Path):
    from zhibiao.pipeline.run import run_pipeline

    schedule = prefect(deployed, "deployment", "inspect", "zhibiao-cluster/weekly-cluster").stdout
    assert "30 4 * * 0" in schedule and "Asia/Shanghai" in schedule
    warehouse = tmp_path / "weekly.duckdb"
    run_pipeline(str(samples), str(warehouse))
    published = warehouse.stat().st_ino
    run = prefect(deployed, "deployment", "run", "zhibiao-cluster/weekly-cluster", "--param", f"warehouse={warehouse}",
                  "--watch", "--watch-timeout", str(DEADLINE))
    assert "Completed" in run.stdout
    assert warehouse.stat().st_ino == published  # the samples' tables are too small to sort: nothing published


def test_zhibiao_serve_runs_the_deployment_without_a_worker(samples: Path, tmp_path: Path):
    # no server of the user's: serve starts its own; its runner looks for due runs every second
    env = {**server_environment("", tmp_path / "prefect-home"), "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    del env["PREFECT_API_URL"]
    warehouse = tmp_path / "served.duckdb"
    log = tmp_path / "serve.log"
    with started([ZHIBIAO, "serve", "--source", str(samples), "--warehouse", str(warehouse)], env, log) as serve:
        api_url = None
        for _ in range(DEADLINE * 2):
            text = log.read_text()
            if (match := re.search(r"serving nightly-serve on (\S+):", text)) and "being served" in text:
                api_url = match.group(1)
                break
            assert serve.poll() is None, text
            time.sleep(0.5)
        assert api_url, log.read_text()
        trigger_and_watch({**env, "PREFECT_API_URL": api_url}, samples, warehouse, "nightly-serve")
    assert loaded(warehouse)[0] == 3
    assert re.search(r"next run: \d{4}-\d\d-\d\d 02:30 ", log.read_text())  # the schedule's next firing
    assert re.search(r"serving weekly-cluster-serve on \S+: 30 4 \* \* 0 \(Asia/Shanghai\), "
                     r"\{'warehouse': '[^']*served.duckdb', 'wait': True\}", log.read_text())


def deployment_state(env: dict[str, str], name: str) -> dict:
    with urllib.request.urlopen(f"{env['PREFECT_API_URL']}/deployments/name/zhibiao-run/{name}") as response:
        found = json.load(response)
    return {key: found[key] for key in ("id", "paused", "work_pool_name")}


def test_zhibiao_serve_beside_the_deployed_nightly_leaves_it_to_its_worker(deployed: dict[str, str], tmp_path: Path):
    """`make deploy`'s nightly and `zhibiao serve` on the same server: serve registers its own deployment, so
    stopping it leaves the worker's scheduled on its pool, not paused."""
    before = deployment_state(deployed, "nightly")
    assert before["paused"] is False and before["work_pool_name"] == "zhibiao-process"
    (tmp_path / "inbox").mkdir()
    serve_log = tmp_path / "serve.log"
    command = [ZHIBIAO, "serve", "--source", str(tmp_path / "inbox"), "--warehouse", str(tmp_path / "w.duckdb")]
    with started(command, deployed, serve_log) as serve:
        for _ in range(DEADLINE * 2):
            if "being served" in serve_log.read_text():
                break
            assert serve.poll() is None, serve_log.read_text()
            time.sleep(0.5)
        assert deployment_state(deployed, "nightly") == before
    assert serve.wait(timeout=DEADLINE) == 0, serve_log.read_text()  # stopped by SIGINT
    assert deployment_state(deployed, "nightly") == before
    assert deployment_state(deployed, "nightly-serve")["id"] != before["id"]  # serve's own


def flow_run_state(env: dict[str, str], flow_run_id: str) -> dict:
    with urllib.request.urlopen(f"{env['PREFECT_API_URL']}/flow_runs/{flow_run_id}") as response:
        return json.load(response)["state"]


def trigger(env: dict[str, str], source: Path, warehouse: Path) -> str:
    out = prefect(env, "deployment", "run", "zhibiao-run/nightly", "--param", f"source={source}",
                  "--param", f"warehouse={warehouse}").stdout
    return re.search(r"UUID: ([0-9a-f-]{36})", out).group(1)


def test_deployment_runs_started_together_queue_and_a_missing_inbox_fails(deployed: dict[str, str], samples: Path,
                                                                         tmp_path: Path):
    warehouse = tmp_path / "nightly.duckdb"
    runs = [trigger(deployed, samples, warehouse), trigger(deployed, samples, warehouse),
            trigger(deployed, tmp_path / "unmounted", warehouse)]
    states: list[dict] = []
    for _ in range(DEADLINE * 3):
        states = [flow_run_state(deployed, run) for run in runs]
        if all(state["type"] in ("COMPLETED", "FAILED", "CRASHED") for state in states):
            break
        time.sleep(0.5)
    assert [state["type"] for state in states] == ["COMPLETED", "COMPLETED", "FAILED"], states
    assert states[2]["message"].endswith(f"SourceError: source folder not found: {tmp_path / 'unmounted'}")
    # one after the other: the second found the first's load, nothing new, and published nothing
    assert [row[:2] for row in runs_loaded(warehouse)] == [(3, runs[0])]

    clean = tmp_path / "clean.duckdb"  # the same folder loaded once, by the CLI on the same server
    subprocess.run([ZHIBIAO, "run", "--source", str(samples), "--warehouse", str(clean)], env=deployed, cwd=ROOT,
                   check=True, capture_output=True, timeout=DEADLINE)
    for query in ("SELECT * EXCLUDE (run_id) FROM fact_observation ORDER BY obs_id",
                  "SELECT * EXCLUDE (run_id) FROM dim_document ORDER BY doc_id"):
        assert rows(warehouse, query) == rows(clean, query)


def runs_loaded(warehouse: Path) -> list[tuple]:
    return rows(warehouse, "SELECT docs_loaded, flow_run_id FROM audit_load_run ORDER BY started_at")

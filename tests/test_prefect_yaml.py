"""prefect.yaml loads and its deployment names the flow the CLI runs."""

import importlib.util

import yaml
from prefect.flows import Flow

from conftest import ROOT
from zhibiao.flows.schedule import deployment


def declared(name: str) -> dict:
    """A deployment of prefect.yaml, as `prefect deploy` reads it."""
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    (found,) = [d for d in config["deployments"] if d["name"] == name]
    return found


def entrypoint_flow(entrypoint: str) -> Flow:
    """The flow a deployment's entrypoint names, loaded by path as Prefect's worker loads it."""
    path, name = entrypoint.split(":")
    spec = importlib.util.spec_from_file_location(f"entrypoint_{name}", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def test_nightly_deployment_points_at_the_pipeline():
    nightly = declared("nightly")
    flow = entrypoint_flow(nightly["entrypoint"])
    assert isinstance(flow, Flow) and flow.name == "zhibiao-run"
    assert set(nightly["parameters"]) <= set(flow.parameters.properties)
    assert nightly["schedules"][0]["cron"] == "30 2 * * *"
    assert nightly["schedules"][0]["timezone"] == "Asia/Shanghai"
    assert nightly["concurrency_limit"] == 1 and nightly["parameters"]["wait"] is True
    # production has a warehouse of its own: `make run` loads the samples elsewhere
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert nightly["parameters"]["warehouse"] == "out/production.duckdb"
    assert "WAREHOUSE ?= out/samples.duckdb" in makefile


def test_the_weekly_cluster_deployment_points_at_the_cluster_flow():
    weekly = declared("weekly-cluster")
    flow = entrypoint_flow(weekly["entrypoint"])
    assert isinstance(flow, Flow) and flow.name == "zhibiao-cluster"
    assert set(weekly["parameters"]) <= set(flow.parameters.properties)
    assert weekly["parameters"]["warehouse"] == declared("nightly")["parameters"]["warehouse"]  # the runs' warehouse
    assert weekly["parameters"]["wait"] is True and weekly["concurrency_limit"] == 1


def test_serve_reads_the_same_schedule():
    nightly = deployment("nightly", ROOT / "prefect.yaml")
    assert (nightly.cron, nightly.timezone) == ("30 2 * * *", "Asia/Shanghai")
    assert nightly.parameters["source"] == "inbox" and nightly.concurrency_limit == 1
    when = nightly.next_run()
    assert (when.hour, when.minute, when.utcoffset().total_seconds()) == (2, 30, 8 * 3600)

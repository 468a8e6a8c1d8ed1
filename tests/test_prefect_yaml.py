"""prefect.yaml loads and its deployment names the flow the CLI runs."""

import importlib.util

import yaml
from prefect.flows import Flow

from conftest import ROOT
from zhibiao.flows.schedule import deployment


def test_nightly_deployment_points_at_the_pipeline():
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = [d for d in config["deployments"] if d["name"] == "nightly"]
    path, name = deployment["entrypoint"].split(":")
    spec = importlib.util.spec_from_file_location("entrypoint", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    flow = getattr(module, name)
    assert isinstance(flow, Flow) and flow.name == "zhibiao-run"
    assert set(deployment["parameters"]) <= set(flow.parameters.properties)
    assert deployment["schedules"][0]["cron"] == "30 2 * * *"
    assert deployment["schedules"][0]["timezone"] == "Asia/Shanghai"
    assert deployment["concurrency_limit"] == 1 and deployment["parameters"]["wait"] is True
    # production has a warehouse of its own: `make run` loads the samples elsewhere
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert deployment["parameters"]["warehouse"] == "out/production.duckdb"
    assert "WAREHOUSE ?= out/samples.duckdb" in makefile


def test_the_weekly_cluster_deployment_points_at_the_cluster_flow():
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    (weekly,) = [d for d in config["deployments"] if d["name"] == "weekly-cluster"]
    path, name = weekly["entrypoint"].split(":")
    spec = importlib.util.spec_from_file_location("cluster_entrypoint", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    flow = getattr(module, name)
    assert isinstance(flow, Flow) and flow.name == "zhibiao-cluster"
    assert set(weekly["parameters"]) <= set(flow.parameters.properties)
    (nightly,) = [d for d in config["deployments"] if d["name"] == "nightly"]
    assert weekly["parameters"]["warehouse"] == nightly["parameters"]["warehouse"]  # the warehouse the runs load
    assert weekly["parameters"]["wait"] is True and weekly["concurrency_limit"] == 1


def test_serve_reads_the_same_schedule():
    nightly = deployment("nightly", ROOT / "prefect.yaml")
    assert (nightly.cron, nightly.timezone) == ("30 2 * * *", "Asia/Shanghai")
    assert nightly.parameters["source"] == "inbox" and nightly.concurrency_limit == 1
    when = nightly.next_run()
    assert (when.hour, when.minute, when.utcoffset().total_seconds()) == (2, 30, 8 * 3600)

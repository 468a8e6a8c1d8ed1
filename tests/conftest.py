from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

from zhibiao.flows import prefect_env  # noqa: F401  (quiet, offline Prefect before anything imports it)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "docs"
SHARED = ROOT.parent / "shared"
# Property tests check readings, not speed (the benchmark does): no per-example deadline, which a loaded machine
# breaks on the first example that builds a converter or a lexicon.
settings.register_profile("readings", deadline=None)
settings.load_profile("readings")
ZHIBIAO = str(Path(sys.executable).with_name("zhibiao"))
# What a user may put in the server's PREFECT_HOME: deployment runs queued behind the deployment's
# concurrency limit try again after 1 s instead of Prefect's 30, so the queueing test takes seconds.
SERVER_PROFILE = """active = "zhibiao-tests"

[profiles.zhibiao-tests]
PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS = "1"
"""


def environment(home: Path, **extra: str) -> dict[str, str]:
    """A command's environment with no Prefect settings but its PREFECT_HOME."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return {**env, "PREFECT_HOME": str(home), "COLUMNS": "100", **extra}


@contextmanager
def children_cpu() -> Iterator[list[float]]:
    """The CPU seconds (user and system) of the child processes waited for within the block, in the
    list it gets once the block ends: what a command cost, whatever the machine's load (its wall time
    follows the load: 10.8 s once at load 13 for a refusal that takes 0.5 s on a quiet machine)."""
    def used() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    spent: list[float] = []
    before = used()
    yield spent
    spent.append(used() - before)


@pytest.fixture(scope="session")
def zhibiao_server(tmp_path_factory) -> Iterator[dict[str, str]]:
    """`zhibiao server start` in a PREFECT_HOME of the session's own (each xdist worker's), as a user
    keeps one up: the one Prefect server of every test that runs a flow, in-process or as a command
    (each start of a server costs 10-20 s). Yields the environment of `zhibiao` commands, which find
    it through PREFECT_HOME; stopped at the end."""
    from zhibiao.flows.server import free_port

    home = tmp_path_factory.mktemp("prefect-home")
    (home / "profiles.toml").write_text(SERVER_PROFILE, encoding="utf-8")
    env = environment(home)
    started = subprocess.run([ZHIBIAO, "server", "start", "--port", str(free_port())], capture_output=True,
                             text=True, env=env, timeout=300)
    assert started.returncode == 0 and started.stdout.startswith("started: http://127.0.0.1:"), started.stderr
    yield env
    stopped = subprocess.run([ZHIBIAO, "server", "stop"], capture_output=True, text=True, env=env, timeout=120)
    assert stopped.stdout.startswith("stopped http://127.0.0.1:"), stopped.stderr


@pytest.fixture
def private_home(tmp_path: Path) -> Iterator[Path]:
    """A PREFECT_HOME of the test's own, for a command that starts a server in it: the server and run
    service it records are stopped when the test ends, passed or failed, so a test that fails before
    its command has stopped them leaves nothing running."""
    from zhibiao.flows.server import stop_background_server
    from zhibiao.service import stop_service

    home = tmp_path / "prefect-home"
    yield home
    stop_service(home)
    stop_background_server(home)


@pytest.fixture(scope="session")
def prepared_database(tmp_path_factory) -> Path:
    """The database a server in a new PREFECT_HOME starts from: `make` prepares it when it installs;
    `zhibiao server prepare` here when it has not (a server's start, 10-20 s)."""
    from zhibiao.flows.prefect_database import template

    if not template().is_file():
        prepared = subprocess.run([ZHIBIAO, "server", "prepare"], capture_output=True, text=True,
                                  env=environment(tmp_path_factory.mktemp("prefect-home")), timeout=300)
        assert prepared.stdout.startswith("prepared "), prepared.stderr
    return template()


@pytest.fixture(scope="session")
def prefect_api(zhibiao_server: dict[str, str]) -> dict[str, str]:
    """The environment of `prefect` and `zhibiao` commands given the session's server in PREFECT_API_URL."""
    from zhibiao.flows.server import running_server, server_environment

    home = Path(zhibiao_server["PREFECT_HOME"])
    return server_environment(running_server(home), home)


@pytest.fixture(scope="session")
def prefect_server(prefect_api: dict[str, str]) -> Iterator[None]:
    """Flows run in the test process report to the session's server."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: prefect_api["PREFECT_API_URL"]}):
        yield
        # what is still queued goes out before the server stops, not in retries at exit (~70 s)
        APILogWorker.drain_all()
        EventsWorker.drain_all()


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    """A private copy of the sample documents, safe to edit."""
    target = tmp_path / "docs"
    target.mkdir()
    for path in SAMPLES.iterdir():
        (target / path.name).write_bytes(path.read_bytes())
    return target


def pytest_configure(config):
    os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from zhibiao.flows import prefect_env  # noqa: F401  (quiet, offline Prefect before anything imports it)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "docs"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def prefect_server():
    """One embedded Prefect server for every test that runs a flow in-process."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory) -> Iterator[dict[str, str]]:
    """A Prefect server of the session's own for `zhibiao` commands run as processes: each then
    costs its work, not a temporary server's start (10-20 s)."""
    from zhibiao.flows.server import local_prefect_server, server_environment

    home = tmp_path_factory.mktemp("prefect-api")
    with local_prefect_server(home, home / "server.log") as api_url:
        yield server_environment(api_url, home)


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

"""A Prefect server of our own on 127.0.0.1, for as long as a `with` block lasts.

Prefect's embedded (ephemeral) server runs flows but has no scheduler, so `zhibiao serve`
starts this one when the user has no server of their own."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .prefect_env import DEFAULTS

PREFECT = str(Path(sys.executable).with_name("prefect"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_environment(api_url: str, prefect_home: Path) -> dict[str, str]:
    """The environment for Prefect commands talking to that server (and nothing else)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(DEFAULTS, PREFECT_HOME=str(prefect_home), PREFECT_API_URL=api_url)
    return env


@contextmanager
def local_prefect_server(prefect_home: Path, log_path: Path, timeout: float = 120) -> Iterator[str]:
    """Start `prefect server start` on a free loopback port; yield its API URL; stop it."""
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    with log_path.open("w") as log:
        process = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                   env=server_environment(api_url, prefect_home), stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            _wait_until_healthy(api_url, process, timeout)
            yield api_url
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _wait_until_healthy(api_url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"the Prefect server did not answer within {timeout:.0f} s")

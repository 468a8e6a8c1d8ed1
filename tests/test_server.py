"""Whose Prefect server answers: a command sends its flow runs only to the server of its own PREFECT_HOME, also
when another home's server took the port its own was started on (both found Prefect's default port free at once)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import ZHIBIAO
from zhibiao.flows import server


def _url(env: dict[str, str]) -> str:
    status = subprocess.run([ZHIBIAO, "server", "status"], capture_output=True, text=True, env=env, timeout=60)
    return status.stdout.removeprefix("running: ").strip()


def test_a_server_of_another_home_is_not_taken_for_ours(zhibiao_server: dict[str, str], tmp_path: Path):
    url = _url(zhibiao_server)
    server.wait_for_server(url, os.getpid(), Path(zhibiao_server["PREFECT_HOME"]), timeout=30)  # its own home's
    with pytest.raises(server.PortTaken):
        server.wait_for_server(url, os.getpid(), tmp_path / "another-home", timeout=30)


def test_a_server_whose_default_port_was_taken_meanwhile_moves_to_a_free_one(
        zhibiao_server: dict[str, str], prepared_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    taken = _url(zhibiao_server)
    port = int(taken.removeprefix("http://127.0.0.1:").removesuffix("/api"))
    # the race, made certain: another home's server has the default port, which looked free a moment before
    monkeypatch.setattr(server, "DEFAULT_PORT", port)
    monkeypatch.setattr(server, "port_free", lambda _port: True)
    home = tmp_path / "home"
    try:
        said: list[str] = []
        url, started = server.start_background_server(home, port, said.append)
        assert started and url != taken
        assert said == [f"another Prefect home's server answers at {taken} (it took the port as ours started): "
                        "starting ours on a free port"]
        assert server.running_server(home) == url
    finally:
        server.stop_background_server(home)
    assert server.background_server(home) is None
    assert _url(zhibiao_server) == taken  # the other home's server is left as it was


def test_a_run_whose_default_port_was_taken_meanwhile_starts_its_own_server_on_a_free_one(
        zhibiao_server: dict[str, str], prepared_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]):
    from zhibiao import cli, service

    taken = _url(zhibiao_server)
    monkeypatch.setattr(server, "DEFAULT_PORT", int(taken.removeprefix("http://127.0.0.1:").removesuffix("/api")))
    monkeypatch.setattr(server, "port_free", lambda _port: True)
    home = tmp_path / "home"
    monkeypatch.setenv("PREFECT_HOME", str(home))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    try:
        ours = cli._server_for_run()
        assert ours.url != taken and os.environ["PREFECT_API_URL"] == ours.url
        assert server.running_server(home) == ours.url
        said = capsys.readouterr().err.splitlines()
        assert said[1] == f"another Prefect home's server answers at {taken} (it took the port as ours started): " \
                          "starting ours on a free port"
        assert said[2].endswith(f"{ours.url} (`zhibiao server stop` ends them)")
    finally:
        os.environ.pop("PREFECT_API_URL", None)  # (set by the run for this process: monkeypatch restores what was)
        service.stop_service(home)
        server.stop_background_server(home)


def test_settings_not_read_once_are_asked_again_rather_than_taken_for_another_home(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    answers = iter([None, None, tmp_path])  # a slow answer twice (a server still starting), then its home
    monkeypatch.setattr(server, "_healthy", lambda _url: True)
    monkeypatch.setattr(server, "_home_served", lambda _url: next(answers))
    server.wait_for_server("http://127.0.0.1:1/api", os.getpid(), tmp_path, timeout=30)
    assert next(answers, "asked three times") == "asked three times"

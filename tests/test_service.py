"""The run service beside the background server: it runs `zhibiao run`'s flow for the command (a real
flow run of the server), prints to the command's terminal, stops the run on the command's signal and
serves the next one; a command whose settings differ runs in its own process."""

from __future__ import annotations

import json
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

from test_pipeline import rows
from test_terminal import speeches, started, stopped_within, wait_for

from conftest import ROOT, SAMPLES, ZHIBIAO, children_cpu

SERVED = "run by the run service (process "


def zhibiao(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([ZHIBIAO, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


def service_pid(env: dict[str, str]) -> int:
    return json.loads((Path(env["PREFECT_HOME"]) / "zhibiao-runs.json").read_text(encoding="utf-8"))["pid"]


def test_a_served_run_is_a_flow_run_of_the_server_printed_to_the_command(zhibiao_server, tmp_path: Path):
    warehouse = tmp_path / "w.duckdb"
    out = zhibiao(zhibiao_server, "run", "--source", str(SAMPLES), "--warehouse", str(warehouse), "--verbose")
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines()[0] == (f"{SERVED}{service_pid(zhibiao_server)}; `zhibiao run --in-process` "
                                          "runs in this process)")
    assert "Finished in state Completed()" in out.stderr  # --verbose: Prefect's lines, on the command's terminal
    assert "documents     3 seen, 3 loaded" in out.stdout  # the summary, on its standard output
    [(flow_run_id,)] = rows(warehouse, "SELECT flow_run_id FROM audit_load_run")
    url = json.loads((Path(zhibiao_server["PREFECT_HOME"]) / "zhibiao-server.json").read_text())["url"]
    with urllib.request.urlopen(f"{url}/flow_runs/{flow_run_id}") as response:
        assert json.load(response)["state"]["type"] == "COMPLETED"
    assert "Finished in state Completed()" in Path(f"{warehouse}.log").read_text(encoding="utf-8")


def test_a_command_with_other_settings_runs_in_its_own_process(zhibiao_server, tmp_path: Path):
    out = zhibiao({**zhibiao_server, "ZHIBIAO_READING_SECONDS": "59"}, "run", "--source", str(SAMPLES),
                  "--warehouse", str(tmp_path / "w.duckdb"))
    assert out.returncode == 0, out.stderr
    assert SERVED not in out.stderr and "documents     3 seen, 3 loaded" in out.stdout


def served_run_reading(env: dict[str, str], tmp_path: Path) -> tuple[subprocess.Popen, Path, Path]:
    """A run of 60 speeches in batches of 5, served, once it reads them: (its command, source, warehouse)."""
    source = speeches(tmp_path / "docs", 60)
    warehouse = tmp_path / "w.duckdb"
    run = started(env, "run", "--source", str(source), "--warehouse", str(warehouse), "--batch-size", "5")
    assert SERVED in wait_for(run.stderr, "read ")
    return run, source, warehouse


def test_a_signal_to_the_command_stops_the_served_run_and_the_service_serves_the_next(zhibiao_server,
                                                                                     tmp_path: Path):
    run, _, warehouse = served_run_reading(zhibiao_server, tmp_path)
    took, _, err = stopped_within(run, signal.SIGINT)
    assert took < 5 and run.returncode == 130, err
    assert err.startswith("run interrupted (SIGINT): nothing was published"), err
    assert not warehouse.exists()
    again = zhibiao(zhibiao_server, "run", "--source", str(SAMPLES), "--warehouse", str(warehouse))
    assert again.returncode == 0 and SERVED in again.stderr, again.stderr


def test_a_service_that_refused_before_the_command_sent_leaves_the_run_to_the_command(monkeypatch, tmp_path: Path):
    """The service refuses a second command at once and closes; when that happens before the command
    has sent its request, sending fails (EPIPE, which click would turn into a silent exit 1): the
    command runs the flow itself."""
    import socket

    from zhibiao import service
    from zhibiao.running import RunRequest

    command_end, service_end = socket.socketpair()
    service_end.close()  # refused and closed before the command sends
    monkeypatch.setattr(service, "_connect", lambda home: command_end)
    monkeypatch.setattr(service, "_service_pid", lambda home: 1)
    request = RunRequest(str(SAMPLES), str(tmp_path / "w.duckdb"), 50, False, False, True, "process", None, None,
                         False)
    assert service.run_in_service(tmp_path, request, 80) is None
    assert not (tmp_path / "w.duckdb").exists()


def test_the_service_refuses_a_command_of_another_installation(zhibiao_server, tmp_path: Path):
    """Two checkouts (or virtual environments) share a PREFECT_HOME: the service runs only its own
    installation's commands, which the other's then run in their own process with their own code."""
    import socket

    from zhibiao.running import RunRequest
    from zhibiao.service import SERVING, SOCKET, installation, settings

    home = Path(zhibiao_server["PREFECT_HOME"])
    warmed = zhibiao(zhibiao_server, "run", "--source", str(SAMPLES), "--warehouse", str(tmp_path / "w.duckdb"))
    assert warmed.returncode == 0 and SERVED in warmed.stderr, warmed.stderr  # the service is up and serving
    deadline = time.monotonic() + 60
    while (home / SERVING).exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # until it is done with that command: a busy service closes a connection at once
    request = RunRequest(str(SAMPLES), str(tmp_path / "other.duckdb"), 50, False, False, False, "process", None,
                         None, False)
    message = {"request": request.as_dict(), "settings": settings(zhibiao_server), "cwd": str(ROOT), "width": 80,
               "umask": 0o022, "encoding": "utf-8"}
    for other in (installation() + "-elsewhere", None):
        line = json.dumps({**message, **({"installation": other} if other else {})}) + "\n"
        while True:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection, \
                    open(tmp_path / "out", "w") as out, open(tmp_path / "err", "w") as err:
                connection.connect(str(home / SOCKET))
                try:
                    socket.send_fds(connection, [line.encode()], [out.fileno(), err.fileno()])
                except BrokenPipeError:
                    # still busy starting the next run's workers (its record already gone): it refused and closed
                    # before reading; asked again once it is idle
                    assert time.monotonic() < deadline, "the service stayed busy"
                    time.sleep(0.05)
                    continue
                assert json.loads(connection.makefile("r", encoding="utf-8").readline()) == {"accepted": False}
                break
    assert not (tmp_path / "other.duckdb").exists()


def test_a_run_on_a_warehouse_the_service_is_loading_is_refused_at_once_naming_its_command(zhibiao_server,
                                                                                         tmp_path: Path):
    first, source, warehouse = served_run_reading(zhibiao_server, tmp_path)
    with children_cpu() as cpu:
        second = zhibiao(zhibiao_server, "run", "--source", str(source), "--warehouse", str(warehouse))
    stopped_within(first, signal.SIGINT)
    assert second.returncode == 1
    [line] = second.stderr.splitlines()
    assert line.startswith(f"Error: another run is loading {warehouse} (pid {service_pid(zhibiao_server)} on ")
    assert line.endswith(f": the run service, for the `zhibiao run` of process {first.pid}); try again when it is "
                         "done, or queue behind it with --wait")
    assert cpu[0] < 1.5, f"{cpu[0]:.1f} CPU s"  # refused before Prefect is imported (that alone takes ~1.8)

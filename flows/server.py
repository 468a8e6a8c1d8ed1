"""A Prefect server of our own on 127.0.0.1: in the background between commands (`zhibiao server
start|stop`), or for as long as a `with` block lasts (`zhibiao serve` without one).

`zhibiao run` and `zhibiao serve` use a background server of ours whenever one is up; a run that
finds none starts one for itself and the runs after it (Prefect's temporary server would cost each
run seconds, most of a small run's time). Prefect's temporary server also has no scheduler, so
`serve` needs a real one in any case."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import NamedTuple, TypeVar

from zhibiao.interrupt import signals_deferred

from .prefect_database import seed
from .prefect_env import DEFAULTS

PREFECT = str(Path(sys.executable).with_name("prefect"))
DEFAULT_PORT = 4200  # Prefect's own default: `prefect` commands with PREFECT_API_URL set to it share the server
STATE = "zhibiao-server.json"  # in PREFECT_HOME: the background server's URL and process
SERVER_COMMAND = b"server\0start"  # in our server's command line: a recorded pid still ours
T = TypeVar("T")


def prefect_home() -> Path:
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_environment(api_url: str, prefect_home: Path) -> dict[str, str]:
    """The environment for Prefect commands talking to that server (and nothing else)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(DEFAULTS, PREFECT_HOME=str(prefect_home), PREFECT_API_URL=api_url)
    return env


def _spawn(port: int, home: Path, log_path: Path, prepared: bool = True) -> tuple[subprocess.Popen, str]:
    """`prefect server start` in a session of its own; its API URL. A new home starts from the
    prepared database, unless not `prepared` (flows.prefect_database)."""
    api_url = f"http://127.0.0.1:{port}/api"
    home.mkdir(parents=True, exist_ok=True)
    env = {**server_environment(api_url, home), **(seed(home) if prepared else {})}
    with log_path.open("w") as log:
        process = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                   env=env, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    wait_for_command_line(process, SERVER_COMMAND)
    return process, api_url


def wait_for_command_line(process: subprocess.Popen, mark: bytes, timeout: float = 10) -> None:
    """Return once `process` shows `mark` in its command line, or has ended. Popen returns once the
    child's memory is replaced, before its arguments are in place: its command line is empty for a
    moment (tens of milliseconds on a loaded machine), and a process recorded then and stopped at
    once would not be recognised as ours, and left running."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        with suppress(OSError):
            if mark in Path(f"/proc/{process.pid}/cmdline").read_bytes():
                return
        time.sleep(0.001)


def stop_process_group(pid: int, timeout: float = 30) -> None:
    """SIGTERM to the process group of `pid` (a server of ours, the run service), SIGKILL if it lingers."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.2)
    os.killpg(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    with suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reap it if it is our child
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@contextmanager
def local_prefect_server(prefect_home: Path, log_path: Path, timeout: float = 120, prepared: bool = True
                         ) -> Iterator[str]:
    """Start `prefect server start` on a free loopback port; yield its API URL; stop it."""
    process = None
    try:
        with signals_deferred():  # a signal while it spawns would leave it running unseen
            process, api_url = _spawn(free_port(), prefect_home, log_path, prepared)
        wait_for_server(api_url, process.pid, prefect_home, timeout)
        yield api_url
    finally:
        if process is not None:
            stop_process_group(process.pid)
            process.wait()


class BackgroundServer(NamedTuple):
    url: str
    pid: int
    started: bool  # by this command


def find_or_spawn_background_server(home: Path, port: int | None = None) -> BackgroundServer:
    """Our background server, up or still starting; when there is none, one spawned now on `port`
    (by default Prefect's own port when it is free, else any free one). It answers seconds later:
    wait_for_server."""
    found = background_server(home)
    if found:
        return BackgroundServer(*found, started=False)
    if port is None:
        port = DEFAULT_PORT if port_free(DEFAULT_PORT) else free_port()
    elif not port_free(port):
        raise RuntimeError(f"port {port} is in use on 127.0.0.1; choose another with --port")
    return BackgroundServer(*spawn_background_server(home, port), started=True)


def start_background_server(home: Path, port: int, tell: Callable[[str], object], timeout: float = 120
                            ) -> tuple[str, bool]:
    """(the API URL of our background server, once it answers; whether this call started it). If it
    does not answer (or a signal comes first), a server this call started is stopped: none is left
    half-started."""
    def start(on: int | None) -> BackgroundServer:
        server = None
        try:
            with signals_deferred():  # a signal acts once the server is known, to be stopped
                server = find_or_spawn_background_server(home, on)
            wait_for_server(server.url, server.pid, home, timeout)
        except BaseException:
            if server is not None and server.started:
                stop_background_server(home)
            raise
        return server

    server = on_a_free_port_if_taken(start, port, tell)
    return server.url, server.started


def on_a_free_port_if_taken(start: Callable[[int | None], T], port: int | None, tell: Callable[[str], object]) -> T:
    """start(port), where `start` stops what it started when it fails; when another home's server took the
    default port as ours started (both found it free at once: PortTaken), start again on a free port, and
    tell why. A port the user chose is not changed."""
    try:
        return start(port)
    except PortTaken as taken:
        if port not in (None, DEFAULT_PORT):
            raise
        tell(f"{taken} (it took the port as ours started): starting ours on a free port")
        return start(free_port())


def port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def spawn_background_server(home: Path, port: int) -> tuple[str, int]:
    """Start our background server's process and record it at once, so that `server stop` ends it
    and a command started meanwhile waits for it instead of starting another; (its API URL, its
    pid). It answers seconds later (wait_for_server)."""
    with signals_deferred():  # spawned and recorded, or neither: `server stop` must find what runs
        process, api_url = _spawn(port, home, home / "zhibiao-server.log")
        (home / STATE).write_text(json.dumps({"url": api_url, "pid": process.pid}), encoding="utf-8")
    process.returncode = 0  # it outlives this process by design: no "still running" warning
    return api_url, process.pid


def background_server(home: Path) -> tuple[str, int] | None:
    """(API URL, pid) of our background server, up or still starting; None if there is none."""
    state = _state(home)
    return (state["url"], state["pid"]) if state else None


def stop_background_server(home: Path) -> str | None:
    """Stop our background server; the URL it served, or None if none was running."""
    state = _state(home)
    (home / STATE).unlink(missing_ok=True)
    if state is None:
        return None
    stop_process_group(state["pid"])
    return state["url"]


def running_server(home: Path) -> str | None:
    """The API URL of our background server when it is up and answering, else None."""
    state = _state(home)
    return state["url"] if state and _healthy(state["url"]) else None


def _state(home: Path) -> dict | None:
    """The recorded server, if its process is still that server (a pid can be reused)."""
    try:
        state = json.loads((home / STATE).read_text(encoding="utf-8"))
        command = Path(f"/proc/{state['pid']}/cmdline").read_bytes()
    except (OSError, ValueError, KeyError):
        return None
    return state if SERVER_COMMAND in command and _alive(state["pid"]) else None


def _healthy(api_url: str, timeout: float = 2) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


class PortTaken(RuntimeError):
    """Another Prefect home's server answers on the port ours was started on (both found it free at once)."""


def _home_served(api_url: str, timeout: float = 5) -> Path | None:
    """The Prefect home of the server answering at `api_url` (its settings name it); None if they could not
    be read this time (a server still starting, a slow answer)."""
    try:
        with urllib.request.urlopen(f"{api_url}/admin/settings", timeout=timeout) as response:
            served = json.loads(response.read())["home"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Path(served).expanduser().resolve()  # (Prefect expands a ~ it is given)


def wait_for_server(api_url: str, pid: int, home: Path, timeout: float = 120) -> None:
    """Return once the server of process `pid`, of Prefect home `home`, answers at `api_url`. PortTaken when
    another home's server answers there: a run must not send its flow to another's server."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _healthy(api_url):
            served = _home_served(api_url)
            if served == home.expanduser().resolve():
                return
            if served is not None:
                raise PortTaken(f"another Prefect home's server answers at {api_url}")
        elif not _alive(pid):
            raise RuntimeError("the Prefect server exited before it answered")
        time.sleep(0.1)
    raise TimeoutError(f"the Prefect server did not answer within {timeout:.0f} s")


def deliver_pending() -> None:
    """Send what this process still holds for the server (its flow run's last logs and events)
    now, for a command that then leaves without Python's exit hooks (interrupt.leave)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all()
    EventsWorker.drain_all()

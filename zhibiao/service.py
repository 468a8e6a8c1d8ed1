"""The run service: a process beside the background Prefect server that keeps Prefect and the
pipeline imported (seconds of every run's start) and a worker process started, and runs `zhibiao
run`'s flow on request, one run at a time. The command is then a thin client: it hands over its
arguments, its folder and its terminal (standard output and error, as file descriptors over a Unix
socket), and leaves with the exit code and last line the service sends back. The flow run is a
real one of the background server; Ctrl-C or SIGTERM to the command stop the run as they would in
its own process. `zhibiao server stop` ends the service with the server.

The command runs the flow itself instead, as before, when the service cannot serve it exactly as it
would: busy with another run, started with other PREFECT_* or ZHIBIAO_* settings, started from another
installation (another checkout or virtual environment sharing the PREFECT_HOME), or running code
that has changed on disk since it started (it then leaves, and the next run starts a fresh one)."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from zhibiao.running import Outcome, RunRequest

SOCKET = "zhibiao-runs.sock"  # in PREFECT_HOME, beside the server's state
STATE = "zhibiao-runs.json"  # the service's pid, and the server it serves
SERVING = "zhibiao-runs-serving.json"  # the command whose run the service is running (its pid), while it runs
LOG = "zhibiao-runs.log"
READY_SECONDS = 60  # a service still importing is waited for (importing here would take as long, on the same cores)
STOP_SECONDS = 10  # after a signal, how long the command waits for the service to say how the run ended
SERVER_CHECK_SECONDS = 2  # the service leaves once its server is gone
COMMAND = b"zhibiao.service"  # in the service's command line: a recorded pid still the service
MAX_SOCKET_PATH = 107  # bytes of a Unix socket's path (Linux)
SETTINGS = ("PREFECT_", "ZHIBIAO_")  # environment variables that change what a run does
# What a Prefect flow's call imports when first called (fastapi's encoder of its parameters alone
# takes half a second): imported by the service as it starts, not in its first run
FLOW_CALL_IMPORTS = ("fastapi.encoders", "prefect.flow_engine", "prefect.utilities.visualization")


def installation() -> str:
    """Which Python and which copy of zhibiao this process runs: a service runs only its own
    installation's commands (another checkout's would run this one's code)."""
    return f"{sys.executable}:{Path(__file__).resolve().parent}"


def settings(environ: dict[str, str] | os._Environ = os.environ) -> dict[str, str]:
    return {k: v for k, v in environ.items() if k.startswith(SETTINGS)}


# ---- the command's side ------------------------------------------------------------------------


def start_service(home: Path, server_url: str, server_pid: int) -> bool:
    """Spawn the service for the background server at `server_url` (process `server_pid`), unless
    one is up or starting; whether this call spawned it. It serves runs with this command's settings."""
    from zhibiao.flows.server import wait_for_command_line

    if _service_pid(home) or len(os.fsencode(home / SOCKET)) > MAX_SOCKET_PATH:
        return False
    with (home / LOG).open("a") as log:
        process = subprocess.Popen([sys.executable, "-m", "zhibiao.service", str(home), str(server_pid)],
                                   env={**os.environ, "PREFECT_API_URL": server_url}, stdout=log,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    wait_for_command_line(process, COMMAND)
    (home / STATE).write_text(json.dumps({"pid": process.pid, "server_pid": server_pid}), encoding="utf-8")
    process.returncode = 0  # it outlives this process by design: no "still running" warning
    return True


def stop_service(home: Path) -> None:
    """End the service and its worker processes (a run it is running stops as on SIGTERM)."""
    from zhibiao.flows.server import stop_process_group

    pid = _service_pid(home)
    (home / STATE).unlink(missing_ok=True)
    if pid:
        stop_process_group(pid)


def _service_pid(home: Path) -> int | None:
    """The recorded service's pid, if that process is still the service (a pid can be reused)."""
    try:
        pid = json.loads((home / STATE).read_text(encoding="utf-8"))["pid"]
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError, KeyError):
        return None
    return pid if COMMAND in command else None


def served_command(home: Path, holder_pid: int) -> int | None:
    """The pid of the `zhibiao run` command whose run process `holder_pid` is running, when that
    process is this home's run service (a lock held by the service is held for a command)."""
    if holder_pid != _service_pid(home):
        return None
    try:
        return int(json.loads((home / SERVING).read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def run_in_service(home: Path, request: RunRequest, width: int) -> Outcome | None:
    """Run `request` in the service and print there to this command's terminal; the outcome, or None
    when the service cannot serve it (then nothing has been done)."""
    from zhibiao.interrupt import Interrupted

    pid = _service_pid(home)
    connection = _connect(home)
    if connection is None:
        return None
    with connection:
        message = {"request": request.as_dict(), "settings": settings(), "installation": installation(),
                   "cwd": os.getcwd(), "width": width, "umask": _umask(), "encoding": sys.stdout.encoding}
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            socket.send_fds(connection, [_line(message)], [sys.stdout.fileno(), sys.stderr.fileno()])
        except OSError:  # refused before it was sent (busy): the connection is closed already
            return None
        answers = connection.makefile("r", encoding="utf-8")
        try:
            if not json.loads(answers.readline() or "{}").get("accepted"):
                return None
            print(f"run by the run service (process {pid}; `zhibiao run --in-process` runs in this process)",
                  file=sys.stderr, flush=True)
            return Outcome(*json.loads(answers.readline())["outcome"])
        except Interrupted as e:  # the service stops the run, as this process would have
            connection.sendall(_line({"stop": e.exit_code - 128}))
            connection.settimeout(STOP_SECONDS)
            try:
                return Outcome(*json.loads(answers.readline())["outcome"])
            except (OSError, ValueError, KeyError):
                return Outcome(e.exit_code, f"run interrupted ({e}): the run service did not answer")
        except (OSError, ValueError, KeyError):
            return Outcome(1, "Error: run failed: the run service ended during the run "
                              f"(its log: {home / LOG})")


def _connect(home: Path) -> socket.socket | None:
    """A connection to the service once it is ready (it may be importing still); None without one."""
    deadline = time.monotonic() + READY_SECONDS
    while _service_pid(home):
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            connection.connect(str(home / SOCKET))
            return connection
        except OSError:
            connection.close()
        if time.monotonic() > deadline:
            return None
        time.sleep(0.05)
    return None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _line(message: dict[str, Any]) -> bytes:
    return (json.dumps(message) + "\n").encode("utf-8")


# ---- the service's side ------------------------------------------------------------------------


class _Run:
    """The run in progress: a signal the command forwarded, to tell it from one sent to the service."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.busy = False  # a command is being served
        self.running = False  # its run is on: a stop from it (or its end) interrupts the run
        self.forwarded: int | None = None


def serve(home: Path, server_pid: int) -> None:
    """Accept runs on the socket until SIGTERM or SIGINT, or until the server is gone."""
    from zhibiao.flows.run_flow import run_flow  # noqa: F401  (imported once, here: the point of the service)
    from zhibiao.flows.runners import process_count
    from zhibiao.interrupt import Interrupted, stop_on_signals
    from zhibiao.pipeline.workers import end_early, start_early
    from zhibiao.running import set_aside_imports, without_heartbeats

    stop_on_signals()
    code = _fingerprint()
    start_early(process_count("process"))
    # while its worker starts; what is loaded now lives as long as this process (0.1-0.27 s of full
    # collections, in one run of a few, before it was set aside)
    set_aside_imports(collect_first=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    path = home / SOCKET
    path.unlink(missing_ok=True)
    old = os.umask(0o177)  # the socket is this user's only
    listener.bind(str(path))
    os.umask(old)
    listener.listen(8)
    run = _Run()
    arrived: queue.Queue[tuple[socket.socket, int]] = queue.Queue()
    threading.Thread(target=_accept, args=(listener, run, arrived), daemon=True).start()
    threading.Thread(target=_watch_server, args=(server_pid,), daemon=True).start()
    try:
        with without_heartbeats():  # once, for every run this process serves
            while True:
                connection, command_pid = arrived.get()
                with connection, _serving(home, command_pid):
                    if not _serve_one(connection, run, code):
                        return
                stop_on_signals()  # a run's signal left them ignored
    except Interrupted:
        pass
    finally:
        listener.close()
        path.unlink(missing_ok=True)
        if _service_pid(home) == os.getpid():
            (home / STATE).unlink(missing_ok=True)
        end_early()  # its pool's semaphores released: else its log ends with "5 leaked semaphore objects"


def _accept(listener: socket.socket, run: _Run, arrived: queue.Queue) -> None:
    """Hand each connection of this user to the main thread, or refuse it at once while a run is on."""
    while True:
        connection, _ = listener.accept()
        pid, uid, _ = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
        with run.lock:
            refuse = run.busy or uid != os.getuid()
            run.busy = run.busy or not refuse
        if refuse:  # unread: the descriptors it sent are closed with the connection
            with connection, suppress(OSError):
                connection.sendall(_line({"accepted": False}))
            continue
        arrived.put((connection, pid))


@contextmanager
def _serving(home: Path, command_pid: int) -> Iterator[None]:
    """Record which command this service serves, for a command finding the warehouse's lock held by it."""
    record = home / SERVING
    temporary = record.with_name(f"{SERVING}.{os.getpid()}")
    temporary.write_text(json.dumps({"pid": command_pid}), encoding="utf-8")
    temporary.replace(record)
    try:
        yield
    finally:
        record.unlink(missing_ok=True)


def _watch_server(server_pid: int) -> None:
    """Leave (as on SIGTERM) once the server this service serves is gone."""
    while Path(f"/proc/{server_pid}").exists():
        time.sleep(SERVER_CHECK_SECONDS)
    os.kill(os.getpid(), signal.SIGTERM)


def _serve_one(connection: socket.socket, run: _Run, code: dict[str, tuple[int, int]]) -> bool:
    """Serve one command; False when the service is to leave (its code changed, or a signal of its own)."""
    from zhibiao.flows.runners import process_count
    from zhibiao.interrupt import Interrupted, stop_on_signals
    from zhibiao.pipeline.workers import start_early
    from zhibiao.running import execute

    try:
        data, fds, _, _ = socket.recv_fds(connection, 1 << 16, 2)
        while not data.endswith(b"\n"):
            more = connection.recv(1 << 16)
            if not more:
                raise ValueError("the command left")
            data += more
        message = json.loads(data)
        request = RunRequest(**message["request"])
    except (OSError, ValueError, TypeError, KeyError):
        with run.lock:
            run.busy = False
        return True
    stale = _fingerprint() != code
    try:
        if stale or message["settings"] != settings() or message.get("installation") != installation() \
                or len(fds) != 2:
            connection.sendall(_line({"accepted": False}))
            return not stale
        connection.sendall(_line({"accepted": True}))
        run.forwarded, run.running, outcome = None, True, None
        stop_on_signals()
        threading.Thread(target=_forward_stop, args=(connection, run), daemon=True).start()
        try:
            with _as_the_command(fds, message):
                outcome = execute(request, message["width"])
                with run.lock:
                    run.running = False
        except Interrupted as e:  # as the run ended: its outcome stands
            outcome = outcome or Outcome(e.exit_code, f"run interrupted ({e})")
        with suppress(OSError):
            connection.sendall(_line({"outcome": list(outcome)}))
        stopped_here = outcome.exit_code > 128 and run.forwarded is None
        if not stopped_here:
            with run.lock:  # a command arriving while the next run's workers begin waits for them, not refused
                run.busy = False
            start_early(process_count(request.kind, request.workers))  # the next run's workers, started now
        return not stopped_here
    finally:
        for fd in fds:
            os.close(fd)
        with run.lock:
            run.busy = False


def _forward_stop(connection: socket.socket, run: _Run) -> None:
    """The command's Ctrl-C or SIGTERM (or its end, as SIGTERM) stops the run, through the same
    handler as a signal to the command's own process (interrupt.stop_on_signals)."""
    try:
        line = connection.makefile("r", encoding="utf-8").readline()
        number = int(json.loads(line)["stop"]) if line else signal.SIGTERM
    except (OSError, ValueError, KeyError):
        return  # the run has ended and its connection closed
    with run.lock:
        if not run.running:
            return
        run.forwarded = number
    signal.pthread_kill(threading.main_thread().ident, number)


@contextmanager
def _as_the_command(fds: list[int], message: dict[str, Any]) -> Iterator[None]:
    """The command's folder, umask, standard output and error, for the block."""
    folder, streams = os.getcwd(), (sys.stdout, sys.stderr)
    os.chdir(message["cwd"])
    mask = os.umask(message["umask"])
    sys.stdout, sys.stderr = (open(fd, "w", encoding=message["encoding"] or "utf-8", errors="backslashreplace",  # noqa: SIM115
                                   closefd=False, buffering=1) for fd in fds)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError):
                stream.close()
        sys.stdout, sys.stderr = streams
        os.umask(mask)
        os.chdir(folder)


def _fingerprint() -> dict[str, tuple[int, int]]:
    """Every file of the zhibiao packages this process has imported, with its size and time: the
    code and word lists it runs, a copy of the word lists ZHIBIAO_LEXICON_DIR names too (its edit
    changes the reader's version, which the service would otherwise keep: pipeline/reader.py)."""
    from zhibiao.extraction import load_lexicon

    folders = {Path(m.__file__).parent for name, m in list(sys.modules.items())
               if name.startswith("zhibiao") and getattr(m, "__file__", None)} | {Path(load_lexicon().data_dir)}
    return {str(p): (s.st_size, s.st_mtime_ns) for folder in folders for p in folder.rglob("*")
            if "__pycache__" not in p.parts and p.is_file() and (s := p.stat())}


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
    os._exit(0)  # its worker and Prefect's threads need no goodbye

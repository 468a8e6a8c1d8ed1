"""A signal during a block that must not be cut in half acts once the block has ended (a server's
process spawned, and known to be stopped); a run stopped by a signal says so, whatever exception the
signal became on its way out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from zhibiao.interrupt import Interrupted, signals_deferred, stop_on_signals
from zhibiao.running import RunRequest, execute


@pytest.fixture
def handlers():
    saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)


@pytest.mark.usefixtures("handlers")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_inside_the_block_acts_after_it(number: int):
    stop_on_signals()
    steps = []
    with pytest.raises(Interrupted) as raised:
        with signals_deferred():
            os.kill(os.getpid(), number)
            steps.append("the block went on")
        steps.append("not reached")
    assert steps == ["the block went on"]
    assert raised.value.exit_code == 128 + number
    assert signal.getsignal(number) is signal.SIG_IGN  # stop_on_signals' handler ran: later ones are ignored


@pytest.mark.usefixtures("handlers")
def test_without_a_signal_the_handlers_are_restored():
    stop_on_signals()
    before = signal.getsignal(signal.SIGINT)
    with signals_deferred():
        pass
    assert signal.getsignal(signal.SIGINT) is before


def _query_until_stopped(number: int) -> None:
    """A query long enough for the signal sent to this process to land inside DuckDB, as in a load or a
    refresh: DuckDB interrupts it and raises RuntimeError('Query interrupted') in place of Interrupted."""
    threading.Timer(0.2, os.kill, (os.getpid(), number)).start()
    duckdb.connect().execute("SELECT count(*) FROM range(300000000) t(i) WHERE i % 7 = 3").fetchall()


def _task_run_starting(number: int) -> None:
    """A signal while Prefect begins a task run: Prefect's crash handling raises ValueError from it."""
    try:
        os.kill(os.getpid(), number)
        time.sleep(5)
    except Interrupted:
        raise ValueError("Task run is not set") from None


class _Flow:
    """Stands for the run's flow: `work` in its place, after publishing when `publish` (a new file)."""

    def __init__(self, work, number: int, warehouse: Path, publish: bool) -> None:
        self.work, self.number, self.warehouse, self.publish = work, number, warehouse, publish

    def with_options(self, **_options):
        return self

    def __call__(self, **_parameters):
        if self.publish:
            self.warehouse.write_bytes(b"published")
        self.work(self.number)


@pytest.mark.usefixtures("handlers")
@pytest.mark.parametrize(("work", "number", "publish"), [
    (_query_until_stopped, signal.SIGINT, False), (_query_until_stopped, signal.SIGTERM, True),
    (_task_run_starting, signal.SIGTERM, False), (_task_run_starting, signal.SIGINT, True)])
def test_a_run_stopped_whatever_the_signal_became_says_so_with_128_plus_its_number(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, work, number: int, publish: bool):
    import zhibiao.flows.run_flow

    warehouse = tmp_path / "w.duckdb"
    monkeypatch.setattr(zhibiao.flows.run_flow, "run_flow", _Flow(work, number, warehouse, publish))
    stop_on_signals()
    request = RunRequest(str(tmp_path), str(warehouse), 50, False, False, False, "thread", 1, None, False)
    outcome = execute(request, 80)
    published = "the load was published before it" if publish else "nothing was published"
    assert outcome == (128 + number, f"run interrupted ({signal.Signals(number).name}): {published} "
                                     f"(details in {warehouse}.log)")


class _SpawnThenSignal:
    """Stands for subprocess.Popen: a process whose command line passes for a server's (it sleeps),
    then `number` to this process the moment it exists, before Popen has returned it."""

    def __init__(self, number: int) -> None:
        self.number, self.spawned, self.popen = number, [], subprocess.Popen

    def __call__(self, _command, **options) -> subprocess.Popen:
        process = self.popen([sys.executable, "-c", "import time; time.sleep(60)", "server", "start"],
                                   **options)
        self.spawned.append(process)
        os.kill(os.getpid(), self.number)
        return process


@pytest.mark.usefixtures("handlers")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("how", ["for a block", "in the background"])
def test_a_signal_as_a_server_s_process_appears_leaves_none_running(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, how: str):
    from zhibiao.flows import server

    spawn = _SpawnThenSignal(number)
    monkeypatch.setattr(server.subprocess, "Popen", spawn)
    stop_on_signals()
    with pytest.raises(Interrupted):
        if how == "for a block":
            with server.local_prefect_server(tmp_path, tmp_path / "server.log", prepared=False):
                pass
        else:
            server.start_background_server(tmp_path, server.free_port(), print)
    [process] = spawn.spawned
    assert process.wait(timeout=10) is not None  # stopped; without the deferral it would sleep on, unseen
    assert not (tmp_path / server.STATE).exists()

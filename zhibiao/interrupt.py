"""Work that Ctrl-C or a time limit ends at once, in one line.

DuckDB checks for Ctrl-C itself only now and then, and a KeyboardInterrupt raised inside its bindings
surfaces as a long traceback. So the work runs in a thread of its own while the main thread, which
Python's signal handlers run in, waits: on Ctrl-C, SIGTERM or the time limit it asks the work to stop
(for a query, `interrupt()` on its connection) and the command ends with one line."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

GRACE_SECONDS = 3  # how long stopped work has to end before the process leaves without it


class Stopped(Exception):
    """The work was stopped: by a signal (`exit_code` 128 + its number) or by the time limit (1)."""

    def __init__(self, reason: str, exit_code: int) -> None:
        super().__init__(reason)
        self.exit_code = exit_code


def run_stoppable(work: Callable[[], None], stop: Callable[[], None], seconds: float) -> None:
    """Run `work`, calling `stop` on Ctrl-C, SIGTERM or after `seconds`; raise Stopped then, or what
    `work` raised. Work that does not end within GRACE_SECONDS of `stop` is abandoned: the process
    leaves at once (a read-only query has nothing to finish)."""
    failure: list[BaseException] = []

    def target() -> None:
        try:
            work()
        except BaseException as e:
            failure.append(e)

    worker = threading.Thread(target=target, name="stoppable", daemon=True)
    with _signals_recorded() as received:
        deadline = time.monotonic() + seconds
        worker.start()
        while worker.is_alive() and not received and time.monotonic() < deadline:
            worker.join(0.1)  # a signal's handler runs in this thread, between two waits
        if worker.is_alive():
            stopped = (Stopped("interrupted", 128 + received[0]) if received
                       else Stopped(f"stopped after {seconds:g} s", 1))
            stop()
            worker.join(GRACE_SECONDS)
            if worker.is_alive():
                leave(f"Error: {stopped}", stopped.exit_code)
            raise stopped
    if failure:
        raise failure[0]


def leave(line: str | None, exit_code: int) -> None:
    """End the process now, its output flushed, with `line` (if any) on standard error: once a
    command's work is done and said (a signal's cleanup included), the interpreter's own
    finalization (Prefect's exit hooks, collecting its objects, a thread that will not stop) only
    adds seconds."""
    sys.stdout.flush()
    if line is not None:
        print(line, file=sys.stderr)
    sys.stderr.flush()
    os._exit(exit_code)


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived: the command unwinds as on Ctrl-C (Prefect and click know that)."""

    def __init__(self, number: int) -> None:
        super().__init__(signal.Signals(number).name)
        self.exit_code = 128 + number


_stopping: list[int] = []  # the signal stop_on_signals' handler took since it was installed, if any


def stop_on_signals() -> None:
    """From now on SIGINT and SIGTERM, whoever sends them, raise Interrupted in the main thread, so
    that every `finally` runs (servers stopped, staging files removed). The first one does: later ones
    are ignored while the command cleans up. SIGINT counts even when the shell that started the
    command in the background set it to be ignored (as `sh -c 'cmd &'` does). The signal is also
    recorded for `stopped_by`: a library the exception passes through may turn it into another."""
    _stopping.clear()

    def interrupt(number: int, _frame: object) -> None:
        for ignored in (signal.SIGINT, signal.SIGTERM):
            signal.signal(ignored, signal.SIG_IGN)
        _stopping.append(number)
        raise Interrupted(number)

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, interrupt)


def stopped_by() -> Interrupted | None:
    """The signal that stopped the command since stop_on_signals, if one did, whatever exception it
    surfaced as: DuckDB turns it into RuntimeError('Query interrupted') when it arrives during a query
    (a run's load or refresh), and Prefect into ValueError('Task run is not set') when it arrives
    while a task run begins."""
    return Interrupted(_stopping[0]) if _stopping else None


@contextmanager
def signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block has ended, then act as they would have: for a step
    that must not be cut in half, such as worker processes being told to stop (cut, a worker waits
    forever). Only the main thread receives signals; elsewhere the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    with _signals_recorded() as received:
        yield
    if received:
        handler = signal.getsignal(received[0])
        if callable(handler):
            handler(received[0], None)
        elif handler == signal.SIG_DFL:
            signal.raise_signal(received[0])


@contextmanager
def _signals_recorded() -> Iterator[list[int]]:
    """Within the block, SIGINT and SIGTERM are only recorded, in the list it gets (main thread
    only); the handlers before it are back once it ends."""
    received: list[int] = []
    handlers = {number: signal.signal(number, lambda number, _frame: received.append(number))
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield received
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)

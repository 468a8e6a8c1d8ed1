"""How a run maps its batches: in this process, or on a pool of plain worker processes.

A mapper takes the function that reads one batch and the batches, and yields (position, summary)
as batches finish. The Prefect flow brings its own mapper (batch tasks) and hands each task's work
to the pool opened here, passed explicitly: no module state decides where work runs.

A worker process can die mid-batch (killed by an operator or the out-of-memory killer, or
crashed by a document). That costs the documents it was reading, not the run: the batch is read
again in a process of its own, and if that dies too, its documents are read one at a time to
find the culprit, which is recorded as rejected while the rest of the batch loads. Each process
caps its memory when it starts (limits.start_worker), so a document that needs too much fails
alone instead of exhausting the machine."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TypeVar

from zhibiao.interrupt import signals_deferred

from .batch import BatchJob
from .limits import start_worker
from .spool import BatchSummary

J = TypeVar("J")
R = TypeVar("R")
MapBatches = Callable[[Callable[[J], R], Sequence[J]], Iterator[tuple[int, R]]]
TERMINATE_SECONDS = 1  # a terminated worker that has not ended by then is killed
DIED = "the worker process reading it died (killed, out of memory or crashed)"


class WorkerDied(Exception):
    """The process running a job died before it answered."""


class WorkerPool:
    """Up to `count` worker processes, from the first job on: those start_early began (all of them,
    started while the run prepared), or else one at once and the others as batches are handed over
    while every started one is busy, so a run of one batch starts one process. A run that hands over
    no job (nothing new to read) takes none: those start_early began wait for the next run (the run
    service's), and this run waits for none to end. A process that dies breaks the pool for every job
    in it: those jobs raise WorkerDied, and the next ones get a fresh pool. At most `count` jobs are
    handed over at once, so every job that raises WorkerDied was running, none merely queued.
    spawn, not fork: the caller's process already runs Prefect's, polars' and DuckDB's threads."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._slots = threading.BoundedSemaphore(count)
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._first: Future | None = None  # done once the first process has started
        self._ending: threading.Thread | None = None  # close()'s shutdown of the pool, in the background
        self._closed: list[multiprocessing.Process] = []  # the processes close() let end
        self.stopped = False  # terminated: jobs fail at once, nothing is read again

    def run(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
        with self._slots:
            pool, first = self._started()
            try:
                first.result()  # while the first process starts, a job waits for it rather than start another
                return pool.submit(fn, *args, **kwargs).result()
            except BrokenProcessPool as e:
                with self._lock:
                    if self._pool is pool and not self.stopped:
                        pool.shutdown(wait=False, cancel_futures=True)
                        self._pool, self._first = _start_processes(self.count)
                raise WorkerDied(str(e)) from e

    def _started(self) -> tuple[ProcessPoolExecutor, Future]:
        with self._lock:
            if self.stopped:  # no process may start once the run has stopped its pool
                raise WorkerDied("the run stopped its worker processes")
            if self._pool is None:
                self._pool, self._first = _ahead.take(self.count) or _start_processes(self.count)
            return self._pool, self._first

    def shutdown(self) -> None:
        """Once the processes have ended and the pool's queues are released: a command leaving without
        Python's finalization right after (a run that failed at once, under load, while a worker was
        still starting) left multiprocessing's resource tracker to print "5 leaked semaphore objects"."""
        if self._ending is not None:
            self._ending.join()
            # their objects go now, where the caller holds signals back (worker_processes): each closes
            # its file descriptors as it goes, and a signal's exception raised inside that is lost
            self._closed = []
        elif self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def close(self) -> None:
        """No more work: the processes end now, in the background (a process's exit takes a
        fraction of a second), while the run goes on to load what they read."""
        if self._pool is not None and self._ending is None:
            self._closed = _processes(self._pool)
            self._ending = threading.Thread(target=self._pool.shutdown, name="zhibiao-pool-end", daemon=True)
            self._ending.start()

    def terminate(self) -> None:
        """End the worker processes now, whatever they are reading, and wait until they have ended:
        the run discards its staging next, and a worker still alive could write into it after
        (ProcessPoolExecutor has no public way before Python 3.14's terminate_workers)."""
        with self._lock:
            self.stopped = True
            pool = self._pool
        if pool is not None:
            _end_processes(_processes(pool) or self._closed)


def _end_processes(processes: list[multiprocessing.Process]) -> None:
    """Terminate a pool's processes and wait until they have ended (killed after TERMINATE_SECONDS)."""
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(TERMINATE_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()


def _processes(pool: ProcessPoolExecutor) -> list[multiprocessing.Process]:
    return list((pool._processes or {}).values())


def _start_processes(count: int, now: int = 1) -> tuple[ProcessPoolExecutor, Future]:
    """Up to `count` processes with their memory capped (limits.start_worker), `now` of them started
    now (the pool starts one for each job handed over while no started one is idle); and what is
    done once the first has started. Each has one polars thread, unless the user chose otherwise."""
    # A worker's polars work is the contract's many small queries on a batch, while the workers already
    # fill every core: a pool of polars threads in each only hands every query over (a sixth of the
    # spool's CPU). A process inherits this environment when it is spawned (this one, which imported
    # polars with this module, keeps its pool).
    os.environ.setdefault("POLARS_MAX_THREADS", "1")
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"),
                               initializer=start_worker, initargs=(os.getpid(),))
    first, *_ = (pool.submit(int) for _ in range(now))
    return pool, first


class _Ahead:
    """The pool start_early began (its processes starting) until a WorkerPool of its size takes
    it over. Module state, because what a flow run needs must come to it as parameters, and a pool
    is not one; only start_early and WorkerPool use it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._begun: tuple[int, ProcessPoolExecutor, Future] | None = None

    def begin(self, count: int) -> None:
        with self._lock:
            if self._begun and self._begun[0] == count:
                return
            if self._begun:  # begun for another size: not to be used, its processes only starting
                _end_processes(_processes(self._begun[1]))  # (before shutdown, which forgets them)
                self._begun[1].shutdown(wait=False, cancel_futures=True)
            self._begun = (count, *_start_processes(count, now=count))

    def take(self, count: int) -> tuple[ProcessPoolExecutor, Future] | None:
        with self._lock:
            if not self._begun or self._begun[0] != count:
                return None
            taken, self._begun = self._begun[1:], None
            return taken

    def end(self) -> None:
        with self._lock:
            begun, self._begun = self._begun, None
        if begun:
            _end_processes(_processes(begun[1]))
            begun[1].shutdown(wait=True, cancel_futures=True)  # its queues and their semaphores released


_ahead = _Ahead()


def end_early() -> None:
    """End the processes start_early began that no run took (a run refused, or with nothing to read),
    before this process leaves without Python's finalization (interrupt.leave): their pool's semaphores
    go with it, which the multiprocessing resource tracker would otherwise report on the terminal as
    leaked ("There appear to be 5 leaked semaphore objects")."""
    _ahead.end()


def start_early(count: int) -> None:
    """Begin this process's next pool of `count` processes now, every process starting: the run that
    needs it (after seconds of importing Prefect and creating a flow run, or the run service's next
    run) finds its workers ready, started meanwhile on the cores the import leaves idle, instead of
    starting its second worker (a second of loading) when it hands over its second batch. A run of
    one batch leaves the others idle. A pool begun for another size is shut down."""
    if count >= 1:
        _ahead.begin(count)


@contextmanager
def worker_processes(count: int) -> Iterator[WorkerPool | None]:
    """A pool of `count` processes for the block (None for fewer than one: work stays here)."""
    if count < 1:
        yield None
        return
    pool = WorkerPool(count)
    try:
        yield pool
    except BaseException:  # a signal (SIGINT, SIGTERM) or a failure: stop now, not after the running batches
        pool.terminate()
        raise
    finally:
        with signals_deferred():  # cut short, a worker would wait for work forever
            pool.shutdown()


def read_on(pool: WorkerPool, read: Callable[..., BatchSummary], job: BatchJob, **kwargs: Any) -> BatchSummary:
    """`read(job)` in the pool; when the process reading it dies, see the module's docstring."""
    try:
        return pool.run(read, job, **kwargs)
    except WorkerDied:
        if pool.stopped:
            raise
    alone = WorkerPool(1)
    try:
        try:
            return alone.run(read, job, **kwargs)  # the death may have had nothing to do with this batch
        except WorkerDied:
            pass
        died = {}
        for path in job.paths:
            try:
                alone.run(read, dataclasses.replace(job, paths=[path]), **kwargs)
            except WorkerDied:
                died[path] = DIED
        return alone.run(read, dataclasses.replace(job, refused={**job.refused, **died}), **kwargs)
    finally:
        alone.shutdown()


def map_inline(read: Callable[[J], R], jobs: Sequence[J]) -> Iterator[tuple[int, R]]:
    """Every batch in this process, in order."""
    for i, job in enumerate(jobs):
        yield i, read(job)


def map_on(pool: WorkerPool | None) -> MapBatches:
    """A mapper that sends each batch to `pool` (or runs them inline without one). A pool serves
    one run: once every batch is read, its processes end."""
    if pool is None:
        return map_inline

    def map_batches(read: Callable[[BatchJob], BatchSummary], jobs: Sequence[BatchJob]
                    ) -> Iterator[tuple[int, BatchSummary]]:
        with ThreadPoolExecutor(pool.count) as waiting:  # a thread waits on each batch in the pool
            futures = {waiting.submit(read_on, pool, read, job): i for i, job in enumerate(jobs)}
            for future in as_completed(futures):
                yield futures[future], future.result()
        pool.close()  # every batch is read: the processes end while the run loads

    return map_batches

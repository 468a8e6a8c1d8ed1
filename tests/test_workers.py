"""A worker process that dies mid-batch costs the documents it was reading, not the run.

The batches are read by the project's own reader in real worker processes; a document named
poison*.txt makes the process reading it die (SIGKILL, as the out-of-memory killer would)."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import pytest

from zhibiao.extraction import load_lexicon
from zhibiao.pipeline import workers
from zhibiao.pipeline.batch import BatchResult, plan_batches
from zhibiao.pipeline.spool import read_batch, spool_batch
from zhibiao.pipeline.workers import DIED, map_on, start_early, worker_processes

SPEECH = "青溪区2025年一季度经济运行简况\n全区地区生产总值增长{}%。"
TEST_PROCESS = "ZHIBIAO_TEST_PROCESS"


def read_or_die(job, **kwargs):
    """The batch reader, in a process that dies on a poisonous document it is asked to read; with
    `once`, only the first time any process meets it (a worker killed by someone else). Never in
    the test's own process: a run must not read there."""
    assert str(os.getpid()) != os.environ.get(TEST_PROCESS), "read in the run's own process"
    for path in job.paths:
        marker = Path(path).with_suffix(".met")
        if Path(path).name.startswith("poison") and path not in job.refused:
            if kwargs.pop("once", False) and marker.exists():
                break
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    kwargs.pop("once", None)
    return read_batch(job, **kwargs)


def corpus(folder: Path) -> list[str]:
    folder.mkdir()
    for i in range(6):
        (folder / f"doc{i}.txt").write_text(SPEECH.format(5 + i / 10), encoding="utf-8")
    (folder / "poison.txt").write_text(SPEECH.format(9.9), encoding="utf-8")
    return [str(p) for p in sorted(folder.glob("*.txt"))]


def read_everything(tmp_path: Path, mapper, size: int = 3, **options) -> tuple[dict[str, str], list[str]]:
    """(rejected file -> reason, loaded files) after reading the corpus in batches of `size`."""
    source = tmp_path / "docs"
    jobs = plan_batches(corpus(source), str(source), {}, size)
    (tmp_path / "spool").mkdir(exist_ok=True)  # as a run makes it, with its staging file
    read = partial(read_or_die, source=str(source), spool=str(tmp_path / "spool"), run_id="r", **options)
    summaries = [summary for _, summary in mapper(read, jobs)]
    rejected = {d["file_name"]: d["reason"] for s in summaries for d in s.rejected_documents}
    return rejected, sorted(d["file_name"] for s in summaries for d in s.documents)


def test_a_document_that_kills_its_worker_is_recorded_and_the_rest_load(tmp_path: Path):
    with worker_processes(2) as pool:
        rejected, loaded = read_everything(tmp_path, map_on(pool))
    assert rejected == {"poison.txt": DIED}
    assert loaded == [f"doc{i}.txt" for i in range(6)]


def test_a_worker_killed_once_costs_nothing(tmp_path: Path):
    with worker_processes(2) as pool:
        rejected, loaded = read_everything(tmp_path, map_on(pool), once=True)
    assert rejected == {}
    assert loaded == [*(f"doc{i}.txt" for i in range(6)), "poison.txt"]


@pytest.mark.faults
@pytest.mark.usefixtures("prefect_server")
@pytest.mark.parametrize("size", [3, 7])  # several batch tasks; one batch, as in a small nightly delta
def test_batch_tasks_survive_a_dead_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int):
    from prefect import flow

    from zhibiao.flows.run_flow import _batch_tasks

    monkeypatch.setenv(TEST_PROCESS, str(os.getpid()))

    @flow
    def read_in_tasks():
        with worker_processes(2) as pool:
            return read_everything(tmp_path, _batch_tasks(pool), size)

    rejected, loaded = read_in_tasks()
    assert rejected == {"poison.txt": DIED}
    assert loaded == [f"doc{i}.txt" for i in range(6)]


def pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def test_a_pool_starts_a_process_only_when_its_started_ones_are_busy():
    """Batches one after another take one process: a small run does not start one per core."""
    with worker_processes(2) as pool:
        one_by_one = {pool.run(pid_after, 0) for _ in range(3)}
        started = len(pool._pool._processes)
        with ThreadPoolExecutor(2) as jobs:  # the second job finds the first process busy
            list(jobs.map(lambda _: pool.run(pid_after, 0.5), range(2)))
        assert (len(one_by_one), started, len(pool._pool._processes)) == (1, 1, 2)


def test_a_worker_runs_polars_on_one_thread(monkeypatch: pytest.MonkeyPatch):
    """The workers fill the cores between them: polars in each uses one thread, not a pool of its own."""
    import polars as pl

    monkeypatch.delenv("POLARS_MAX_THREADS", raising=False)  # restored after the test: the pool sets it
    with worker_processes(2) as pool:
        assert pool.run(pl.thread_pool_size) == 1


def test_the_processes_started_early_read_the_batches():
    start_early(3)
    start_early(3)  # begun once
    early = set(workers._ahead._begun[1]._processes)
    assert len(early) == 3  # every one starting, not only the first
    with worker_processes(3) as pool:
        with ThreadPoolExecutor(3) as jobs:
            assert set(jobs.map(lambda _: pool.run(pid_after, 0.5), range(3))) <= early
        assert set(pool._pool._processes) == early  # none started anew
    assert workers._ahead.take(3) is None  # taken over by that pool


def test_a_pool_begun_for_another_size_is_ended():
    start_early(2)
    begun = list(workers._ahead._begun[1]._processes.values())
    start_early(3)
    for process in begun:
        process.join(30)
    assert not any(process.is_alive() for process in begun)
    with worker_processes(3) as pool:
        assert pool.run(pid_after, 0) not in {process.pid for process in begun}


def test_a_run_that_reads_nothing_leaves_the_processes_begun_early_for_the_next():
    """An unchanged run hands over no batch: it neither takes the processes begun for it nor waits for
    them to end, and the next run (the run service's) reads with them."""
    start_early(2)
    early = set(workers._ahead._begun[1]._processes)
    with worker_processes(2):
        pass
    with worker_processes(2) as pool:
        assert pool.run(os.getpid) in early


def test_a_pool_closed_while_a_process_still_starts_has_ended_it_when_the_run_leaves():
    """A run closes its pool once every batch is read (its processes end in the background) and fails at
    once in its load: by the end of the block, every process has ended and the pool's queues are
    released, or a command leaving at once would have its resource tracker report them as leaked."""
    start_early(2)  # both starting; the run's one batch needs one of them
    with pytest.raises(RuntimeError), worker_processes(2) as pool:
        pool.run(os.getpid)
        processes = list(pool._pool._processes.values())
        pool.close()
        raise RuntimeError("the load failed")
    assert len(processes) == 2 and not any(process.is_alive() for process in processes)


def test_a_stopped_pool_starts_no_process():
    """A run stopped before its first batch was handed over (a signal): a batch handed over after
    fails, and no process starts to write into the staging the run discards."""
    with worker_processes(1) as pool:
        pool.terminate()
        with pytest.raises(workers.WorkerDied):
            pool.run(os.getpid)
        assert pool._pool is None


ORPHANED_RUN = """
import os
import time
from concurrent.futures import ThreadPoolExecutor
from zhibiao.pipeline.workers import WorkerPool
pool = WorkerPool(2)
with ThreadPoolExecutor(2) as jobs:  # two at once: both processes start
    list(jobs.map(lambda _: pool.run(time.sleep, 0.5), range(2)))
print(*pool._pool._processes, flush=True)
os._exit(0)  # as a signal's exit does, or SIGKILL: no shutdown of the pool
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


@pytest.mark.faults
def test_workers_end_when_their_run_is_gone():
    """Workers left behind by a run that ended without shutting its pool down (a signal's
    os._exit, SIGKILL) end themselves instead of waiting for work forever."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", ORPHANED_RUN], capture_output=True, text=True, timeout=120)
    pids = [int(pid) for pid in run.stdout.split()]
    assert len(pids) == 2, run.stderr
    deadline = time.monotonic() + 10
    while any(map(_alive, pids)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, pids))


def test_a_batch_outliving_its_run_leaves_no_spool_folder(tmp_path: Path):
    """A batch still read in a thread or on a Dask worker once its run failed, and removed its staging
    files, fails to write rather than make the spool folder again beside the warehouse."""
    spool = tmp_path / "W.duckdb.staging-r.spool"
    with pytest.raises(OSError):
        spool_batch(BatchResult(), "r", spool, 0, load_lexicon())
    assert list(tmp_path.iterdir()) == []

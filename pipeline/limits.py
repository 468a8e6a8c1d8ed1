"""Limits on one document, so that a document no reader or extractor foresaw costs itself only.

Wall time: reading a document (decoding, HTML, .docx, .pdf) gets READING_SECONDS and extracting
it the extractor's limit, each on an alarm, which interrupts Python code wherever it is (the
extractor's own clock only looks between sentences). Memory: a worker process may take DOCUMENT_MEMORY beyond
what it holds once started (its libraries and word lists), as address space (RLIMIT_AS): a
document that needs more fails to allocate (MemoryError, recorded as its reason), and if a
library dies of it instead, the process dies and workers.read_on finds the culprit. Both hold
in worker processes, where every run's documents are read; the alarm also in the main thread of
a run without them (`--runner thread` shares one process and has the extractor's clock only)."""

from __future__ import annotations

import os
import resource
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from zhibiao.documents import DocumentError

READING_SECONDS = float(os.environ.get("ZHIBIAO_READING_SECONDS", "60"))
UNITS = {"KB": 1024, "MB": 1024**2, "GB": 1024**3}
DEFAULT_MEMORY = "1536MB"  # a long report takes tens of MB; a 650 KB run-on list sentence once took 1.9 GB


class OverTime(DocumentError):
    """A document took longer than its limit; the message says at what."""


def size(text: str) -> int:
    """'1536MB', '2GB' or a number of bytes."""
    text = text.strip().upper()
    unit = next((u for u in UNITS if text.endswith(u)), None)
    return int(float(text.removesuffix(unit)) * UNITS[unit]) if unit else int(text)


DOCUMENT_MEMORY = size(os.environ.get("ZHIBIAO_DOCUMENT_MEMORY", DEFAULT_MEMORY))


ORPHAN_CHECK_SECONDS = 0.5
# what a worker reads as it starts (start_worker)
WARM_UP = "2024年全区地区生产总值增长5.2%,一般公共预算收入12.3亿元,城镇居民人均可支配收入增长4.8%。"


def start_worker(run_pid: int) -> None:
    """A worker process's start, in a run whose process is `run_pid`: load what every batch needs,
    then cap its memory at what it holds now plus DOCUMENT_MEMORY (loaded first, so that
    libraries' threads and caches fit)."""
    _end_with_run(run_pid)

    from zhibiao.pipeline.batch import BatchJob
    from zhibiao.pipeline.spool import read_batch

    # A short document read as a batch is, through the extractor, the contract and the spool: the first
    # validation loads pandera's backends (and hypothesis, a third of a second), polars starts its
    # threads, the extractor compiles its patterns (those of a region are left for its documents): done
    # before the first batch waits for it (0.08-0.13 s of CPU less in it, in each run the service
    # serves, whose workers are new), and held before the cap is measured.
    with tempfile.TemporaryDirectory(prefix="zhibiao-worker-") as folder:
        document, spool = Path(folder) / "start.txt", Path(folder) / "spool"
        document.write_text(WARM_UP, encoding="utf-8")
        spool.mkdir()
        read_batch(BatchJob(0, [str(document)], {}), folder, str(spool), "start")
    with open("/proc/self/statm", encoding="ascii") as f:
        held = int(f.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (held + DOCUMENT_MEMORY, resource.RLIM_INFINITY))


def _end_with_run(run_pid: int) -> None:
    """End this worker once the run that started it is gone (killed, or left with os._exit before
    its pool shut down): an orphan would otherwise wait for work forever, holding its memory and
    the run's standard error. Polled, because Linux's parent-death signal follows the thread that
    started the process, and a run starts its workers from short-lived task threads; the run's pid
    is passed in, since the run may be gone before this worker has started."""
    def watch() -> None:
        while os.getppid() == run_pid:
            time.sleep(ORPHAN_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-run", daemon=True).start()


def memory_reason() -> str:
    return f"out of memory: needs more than {DOCUMENT_MEMORY // 2**20} MB (ZHIBIAO_DOCUMENT_MEMORY)"


class _Expired(BaseException):
    """Raised by the alarm: not an Exception, so that no library's `except Exception` swallows it
    (pypdf's do, page by page)."""


@contextmanager
def time_limit(what: str, seconds: float) -> Iterator[None]:
    """Raise OverTime in the block once it has taken `seconds` (only in a main thread, where an
    alarm can be delivered; elsewhere the block runs unbounded)."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise OverTime(f"{what} took over {seconds:g} s") from None
    finally:
        with suppress(_Expired):  # it went off as the block ended: the block was in time
            signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

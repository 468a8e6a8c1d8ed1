"""One run at a time per warehouse: an OS file lock (flock) on FILE.lock, beside the warehouse,
held for the whole run.

The kernel releases the lock when the process ends, however it ends, so a crashed or killed run
cannot leave it behind. The file itself stays: removing it would let a run waiting on the old file
and a new run on a new file both hold "the" lock."""

from __future__ import annotations

import fcntl
import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from .filestate import lock_path
from .guard import TargetRefused, open_own
from .publish import WarehouseError


class WarehouseBusy(WarehouseError):
    """Another run holds the warehouse's lock."""


@contextmanager
def exclusive(published: Path, wait: bool, say: Callable[[str], Any]) -> Iterator[None]:
    """Hold the warehouse's lock for the block. When another run holds it: raise WarehouseBusy
    naming that run, or with `wait`, say so and queue until it is done."""
    path = lock_path(published.resolve())
    try:
        fd = open_own(path, os.O_RDWR | os.O_CREAT)
    except TargetRefused as e:
        raise WarehouseError(f"cannot lock the warehouse: {e}") from None
    except OSError as e:
        raise WarehouseError(f"cannot lock the warehouse: {path}: {e.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "another process"
            if not wait:
                raise WarehouseBusy(f"another run is loading {published} ({holder}); "
                                    f"try again when it is done, or queue behind it with --wait") from None
            say(f"waiting for the run loading {published} ({holder})")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, since {datetime.now():%Y-%m-%d %H:%M:%S}"
                  .encode(), 0)
        yield
    finally:
        os.close(fd)  # and with it the lock

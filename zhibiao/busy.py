"""Whether another run is loading a warehouse, as `zhibiao run` asks before any Prefect work: a
run's own lock (warehouse/lock.py) decides, and this look at it only spares a command the seconds of
importing Prefect and creating a flow run that would stop on it."""

from __future__ import annotations

import fcntl
import os
import re
import stat
from pathlib import Path

HOLDER_PID = re.compile(r"pid (\d+) ")  # the lock file's text: "pid 1234 on host, since …"


def loading(warehouse: Path, home: Path) -> str | None:
    """Who holds the warehouse's lock (the lock file's text, and the command the run service runs
    the run for), or None when no run holds it. Nothing is created or written."""
    from zhibiao.service import served_command
    from zhibiao.warehouse.filestate import lock_path

    try:
        fd = os.open(lock_path(warehouse.resolve()),
                     os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError:
        return None  # no lock file, no run; a link or an unreadable one: the run itself says why
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return None  # free: released as the file closes
        except BlockingIOError:
            holder = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "another process"
    finally:
        os.close(fd)
    found = HOLDER_PID.match(holder)
    command = found and served_command(home, int(found.group(1)))
    return f"{holder}: the run service, for the `zhibiao run` of process {command}" if command else holder

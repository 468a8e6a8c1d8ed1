"""Opening a file of the source folder: inside it, a regular file, within a size and a time."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from .model import DocumentError, FileStillChanging

MAX_BYTES = 20 * 1024 * 1024  # a speech is 10-100 KB; anything this large is not one
MAX_READ_SECONDS = 60.0  # reading 20 MB from a healthy disk takes well under a second
CHUNK = 1024 * 1024


def read_bytes(path: Path, source: Path, max_bytes: int = MAX_BYTES, max_seconds: float = MAX_READ_SECONDS) -> bytes:
    """A document's bytes, if it is a regular file inside `source` (links are followed only that
    far). The check and the open are one operation: the name is opened as a bare handle (O_PATH,
    which neither reads nor acts on a device), and the file that handle holds is checked: its
    real path as the kernel knows it must be inside `source`, and it must be a regular file; only
    then is it opened for reading, through the handle. A folder swapped for a link between a
    check and an open cannot lead outside. A /proc file can neither block the read nor make it
    endless: reading stops at `max_bytes` or after `max_seconds`."""
    try:
        handle = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except FileNotFoundError as e:
        raise DocumentError("file vanished before it could be read") from e
    except OSError as e:
        raise DocumentError(f"cannot open: {e.strerror}") from e
    try:
        if not Path(os.readlink(f"/proc/self/fd/{handle}")).is_relative_to(os.path.realpath(source)):
            raise DocumentError("outside the source folder")
        if not stat.S_ISREG(os.fstat(handle).st_mode):  # not opened for reading: that can act on a device
            raise DocumentError("not a regular file")
        fd = os.open(f"/proc/self/fd/{handle}", os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as e:
        raise DocumentError(f"cannot open: {e.strerror}") from e
    finally:
        os.close(handle)
    try:
        before = os.fstat(fd)
        if before.st_size > max_bytes:
            raise DocumentError(f"file too large: {before.st_size} bytes (limit {max_bytes})")
        data = _read_bounded(fd, max_bytes, max_seconds)
        after = os.fstat(fd)
    finally:
        os.close(fd)
    if (len(data), before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        raise FileStillChanging("file changed while it was read (still being written)")
    return data


def _read_bounded(fd: int, max_bytes: int, max_seconds: float) -> bytes:
    """Read to the end, but no more than `max_bytes` and for no longer than `max_seconds`
    (a /proc file says it is empty and may never end)."""
    deadline = time.monotonic() + max_seconds
    chunks, size = [], 0
    try:
        while chunk := os.read(fd, CHUNK):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise DocumentError(f"file too large: over {max_bytes} bytes")
            if time.monotonic() > deadline:
                raise DocumentError(f"reading took over {max_seconds:g} s")
    except BlockingIOError as e:
        raise DocumentError("not a regular file (reading would wait)") from e
    except OSError as e:
        raise DocumentError(f"cannot read: {e.strerror}") from e
    return b"".join(chunks)

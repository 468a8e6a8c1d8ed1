"""What the project's writers may write: never a warehouse or one of its companions, and never
through a link they did not create. Every writer goes through here: `report`, `docs` and
`export` for their targets, a run for its lock, staging copy and log.

A warehouse is known by its header (DuckDB's b"DUCK" at byte 8), so `docs -o W`, which names no
warehouse, is refused as surely as `report -w W W`. Its companions are the files DuckDB and a
run keep beside it: W.wal (and .wal.recovery, .wal.checkpoint), W.lock, W.log, W.tmp and the
staging files W.staging-RUN…; links are resolved before deciding."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from pathlib import Path

MAGIC = b"DUCK"
MAGIC_AT = 8
COMPANION = re.compile(r"\.(?:wal(?:\.recovery|\.checkpoint)?|lock|log|tmp|staging-.*)$", re.S)


class TargetRefused(Exception):
    """A writer was pointed at a warehouse, a companion of one, or a link; the message says which."""


def is_warehouse(path: Path) -> bool:
    """A DuckDB database file (read from its header; opened only when it is a regular file)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        return os.pread(fd, MAGIC_AT + len(MAGIC), 0)[MAGIC_AT:] == MAGIC
    finally:
        os.close(fd)


def check_target(target: Path, warehouse: Path | None = None) -> Path:
    """The real path of `target` (its folder's links resolved), if a writer may create or replace
    it: not a link itself, not a warehouse, not a companion of one, not a folder holding `warehouse`."""
    if target.is_symlink():
        raise TargetRefused(f"{target} is a symbolic link: name the file itself (nothing was written)")
    real = Path(os.path.realpath(target))
    owner = _warehouse_of(real)
    if warehouse is not None:
        own = Path(os.path.realpath(warehouse))
        if real == own or own.is_relative_to(real):
            raise TargetRefused(f"{target} holds the warehouse {own}: write somewhere else (nothing was written)")
        if owner is None and real.parent == own.parent and _base(real.name) == own.name:
            owner = own
    if is_warehouse(real):
        raise TargetRefused(f"{target} is a DuckDB warehouse: write somewhere else (nothing was written)")
    if owner is not None:
        raise TargetRefused(f"{target} belongs to the warehouse {owner}: write somewhere else (nothing was written)")
    return real


def _base(name: str) -> str | None:
    """The file a companion's name belongs to (W for W.wal), or None for a name of no companion."""
    m = COMPANION.search(name)
    return name[:m.start()] if m and m.start() else None


def _warehouse_of(real: Path) -> Path | None:
    base = _base(real.name)
    return real.parent / base if base and is_warehouse(real.parent / base) else None


def write_text(target: Path, text: str, warehouse: Path | None = None) -> Path:
    """Write `text` as the file `target`, if check_target allows it: into a new file of its own
    beside it, renamed into place at the end, so a link planted at `target` meanwhile is replaced,
    never followed, and an interrupted write leaves the old file whole."""
    real = check_target(target, warehouse)
    mode = real.stat().st_mode & 0o777 if real.is_file() else 0o644
    fd, temporary = tempfile.mkstemp(prefix=f".{real.name}.", dir=real.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            os.fchmod(f.fileno(), mode)
        os.replace(temporary, real)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return real


def open_own(path: Path, flags: int, mode: int = 0o644) -> int:
    """Open (or create) a file a run keeps beside the warehouse: never through a link, and only a
    regular file no other name shares (a hard link to the warehouse would be truncated with it)."""
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC, mode)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise TargetRefused(f"{path} is a symbolic link: remove it (a run never follows one)") from None
        raise
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
        os.close(fd)
        what = "a hard link" if stat.S_ISREG(st.st_mode) else "not a regular file"
        raise TargetRefused(f"{path} is not a file of its own ({what}): remove it; nothing was written")
    return fd

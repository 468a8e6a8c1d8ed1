"""Publication by atomic replace.

A run never writes the published file. It copies it to a staging file of its own beside it
(FILE.staging-RUN), loads into the copy, closes it and renames it over the published one, with
the published file's mode, owner, group and extended attributes (ACLs). DuckDB locks a file per
process, so a BI tool holding the published file open read-only neither blocks the run nor sees
a half-done load: it keeps reading its snapshot (the old inode) until it reconnects. A run that dies leaves only a
stale staging file, removed by the next run (which holds the warehouse's lock: no other run's
work is in progress).

Someone writing to the published file directly would lose their work to the rename, so a run
refuses to start, and refuses to publish, while a session holds the file open for writing,
while it has a write-ahead log (FILE.wal: changes not yet in the file), or once the file has
changed since the run copied it.
"""

from __future__ import annotations

import fcntl
import glob
import os
import shutil
import threading
from contextlib import suppress
from pathlib import Path

import duckdb

from . import standby
from .filestate import lock_holder, version
from .guard import TargetRefused, open_own

# BI drivers bundle older DuckDB releases; files written in this format stay readable to them.
STORAGE_COMPATIBILITY = "v1.4.0"
# DuckDB caches up to 80% of RAM by default, so a run's memory would grow with the warehouse;
# bounded, it spills to disk instead. A load of any size then peaks about 350 MB above the
# process's baseline (bench/results.json). More memory buys some speed: on 2.1 M observations
# the refresh takes 1.3 s at 512MB against 2.0 s. Override with ZHIBIAO_DUCKDB_MEMORY (e.g. 1GB).
DEFAULT_MEMORY_LIMIT = "128MB"


class WarehouseError(Exception):
    """The warehouse cannot be written (unwritable folder, corrupt file)."""


def staging_path(published: Path, run_id: str) -> Path:
    return published.with_name(f"{published.name}.staging-{run_id}")


def base_path(staging: Path) -> Path:
    """Where a run notes which version of the published file its staging copy was made from."""
    return staging.with_name(staging.name + ".base")


def spool_path(staging: Path) -> Path:
    """The folder where a run's batches leave their rows for the load (removed with the staging file)."""
    return staging.with_name(staging.name + ".spool")


def spill_path(path: Path) -> Path:
    """Where DuckDB spills what does not fit its memory limit while writing `path`."""
    return path.with_name(path.name + ".tmp")


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to a published file (read-only), or to a run's staging file: the only file a run
    writes. Writing, DuckDB syncs nothing to disk itself (fsync_mode NONE): it would sync the write-ahead
    log at every commit (130 commits a run into a new warehouse), while a staging file that a crash
    interrupts is discarded by the next run anyway; publish() syncs the file once, before the rename
    makes it the published one.
    A staging file stays open from prepare_staging to publish() or discard() (see _Staged): a
    connection to it, read-only asked or not, is one more to that open database."""
    opened = _staged.cursor(path)
    if opened is not None:
        return opened
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    return _connect_writing(path)


def _connect_writing(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), config={
        "storage_compatibility_version": STORAGE_COMPATIBILITY,
        "memory_limit": os.environ.get("ZHIBIAO_DUCKDB_MEMORY", DEFAULT_MEMORY_LIMIT),
        "temp_directory": str(spill_path(path)),
        "fsync_mode": "NONE"})


class _Staged:
    """The staging files of runs in progress in this process, each kept open by one connection from
    its first connection until publication or discard: each step of a run (staging copy, known
    documents, load, refresh) used to open the file anew, ~20 ms of CPU for each DuckDB instance with
    its catalog, and a checkpoint as it closed. It holds up to the memory limit while the run reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[str, duckdb.DuckDBPyConnection | None] = {}

    def begin(self, staging: Path) -> None:
        with self._lock:
            self._open[str(staging)] = None

    def cursor(self, path: Path) -> duckdb.DuckDBPyConnection | None:
        """A new connection to `path`'s open database, opened now if needed; None for another file."""
        with self._lock:
            if str(path) not in self._open:
                return None
            held = self._open[str(path)]
            if held is None:
                held = self._open[str(path)] = _connect_writing(path)
            return held.cursor()

    def end(self, staging: Path) -> None:
        """Close it: DuckDB checkpoints the file as its last connection closes."""
        with self._lock:
            held = self._open.pop(str(staging), None)
        if held is not None:
            held.close()

    def end_every(self, published: Path) -> None:
        """Close those of runs on `published` that ended without publishing or discarding."""
        with self._lock:
            left = [Path(name) for name in self._open if Path(name).parent == published.parent
                    and Path(name).name.startswith(f"{published.name}.staging-")]
        for staging in left:
            self.end(staging)


_staged = _Staged()


def prepare_staging(published: Path, run_id: str) -> Path:
    """A private copy of the published warehouse (or nothing, for a new one) to load into.
    The caller holds the warehouse's lock: any other staging file is a dead run's."""
    published = published.resolve()
    if not published.parent.is_dir():
        raise WarehouseError(f"folder does not exist: {published.parent}")
    if not os.access(published.parent, os.W_OK):
        raise WarehouseError(f"folder is not writable: {published.parent}")
    check_untouched(published)
    _staged.end_every(published)
    _clear_leftovers(published)
    staging = staging_path(published, run_id)
    try:
        if published.exists() and not standby.take(published, staging):  # the previous version, else a copy
            _copy(published, staging)
            _keep_owner(published, staging)
        _write_new(base_path(staging), version(published).encode())
        spool_path(staging).mkdir(mode=0o700)
        _staged.begin(staging)
    except (OSError, TargetRefused) as e:
        discard(staging)
        raise WarehouseError(f"cannot make the staging copy {staging}: {_reason(e)}; nothing was changed") from None
    except BaseException:  # a signal while copying: nothing of the run's is left either
        discard(staging)
        raise
    return staging


def _reason(error: Exception) -> str:
    return error.strerror or str(error) if isinstance(error, OSError) else str(error)


def _write_new(path: Path, data: bytes) -> None:
    """A new file of the run's own, written whole (never through a link planted at its name)."""
    fd = open_own(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _copy(published: Path, staging: Path) -> None:
    """Copy the published file into a new staging file, in the kernel, extended attributes (ACLs
    among them) included where the file system keeps them."""
    source = os.open(published, os.O_RDONLY | os.O_CLOEXEC)
    target = open_own(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    try:
        copied = 0
        while sent := os.sendfile(target, source, copied, 1 << 30):
            copied += sent
        _copy_xattrs(published, staging)
    finally:
        os.close(target)
        os.close(source)


def _copy_xattrs(published: Path, staging: Path) -> None:
    try:
        names = os.listxattr(published)
    except OSError:  # a file system without extended attributes
        return
    for name in names:
        try:
            os.setxattr(staging, name, os.getxattr(published, name))
        except OSError:  # one the file system or the user may not set (security.*, trusted.*)
            continue


def publish(staging: Path, published: Path) -> None:
    """Make the staging file the published warehouse, atomically, with the published file's mode,
    owner, group and extended attributes; refused if the published file was written to since the
    copy was made."""
    _staged.end(staging)  # its last changes written to the file (a checkpoint), before its sync
    check_untouched(published)
    if base_path(staging).read_text(encoding="utf-8") != version(published):
        raise WarehouseError(f"{published} changed while the run was loading (someone wrote to it): "
                             "run again to load into the new version; nothing was published")
    if published.exists():
        _keep_owner(published, staging)
        os.chmod(staging, published.stat().st_mode & 0o7777)
        _copy_xattrs(published, staging)  # and those set on the published file during the run
    sync(staging)
    standby.keep(staging, published, spool_path(staging))
    os.replace(staging, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    standby.mark(published)
    _remove_work_files(staging)


def sync(path: Path) -> None:
    """Write the file's contents to disk (DuckDB writes without syncing: connect)."""
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def keep_copy(published: Path, job_id: str) -> bool:
    """After a job whose change no load can replay (the cluster job rewrites whole tables): keep a copy
    of the file it published as the previous version, with nothing to replay, so that the next run
    starts from it (standby.py) instead of copying the file itself. The caller holds the lock; the copy
    goes by a staging name until it is whole (a job stopped halfway leaves a leftover the next run
    removes). Not for a file a copy serves best (standby.REPLAY_FROM). Whether it was kept: on a full
    disk, say, it is not, and the next run copies."""
    standby.discard(published)
    if published.stat().st_size < standby.REPLAY_FROM:
        return False
    copy = staging_path(published, job_id)
    try:
        _copy(published, copy)
        _keep_owner(published, copy)
        os.chmod(copy, published.stat().st_mode & 0o7777)
        # written to disk here: the next run publishes this file, and its sync would pay for the copy
        # (1.8 s of a 5.1 s run at 3 M observations)
        sync(copy)
        standby.mark_copy(published, copy)
    except (OSError, TargetRefused, WarehouseError):
        discard(copy)
        standby.discard(published)
        return False
    except BaseException:
        discard(copy)
        standby.discard(published)
        raise
    return True


def check_untouched(published: Path) -> None:
    """Refuse (WarehouseError) while the published file has changes outside it or a writer."""
    pid = lock_holder(published, fcntl.F_RDLCK)  # a writer's lock, not readers'
    if pid:
        raise WarehouseError(f"{published} is open for writing by process {pid}: close that session (open the "
                             f"warehouse read-only) and run again; nothing was changed")
    wal = published.with_name(published.name + ".wal")
    if wal.exists():
        raise WarehouseError(f"{wal} exists: a session wrote to the warehouse and did not finish. Open the "
                             f"warehouse once with DuckDB to apply it (or delete it to drop those changes), "
                             f"then run again; nothing was changed")


def _keep_owner(published: Path, staging: Path) -> None:
    st = published.stat()
    try:
        os.chown(staging, st.st_uid, st.st_gid)
    except PermissionError as e:
        raise WarehouseError(f"cannot give the new warehouse the owner and group of {published} "
                             f"({st.st_uid}:{st.st_gid}): run as its owner or as root") from e


def discard(staging: Path) -> None:
    with suppress(duckdb.Error):  # the file goes: what its last checkpoint met (a full disk) changes nothing
        _staged.end(staging)
    staging.unlink(missing_ok=True)
    staging.with_name(staging.name + ".wal").unlink(missing_ok=True)
    _remove_work_files(staging)


def _clear_leftovers(published: Path) -> None:
    """Remove what killed runs left beside the warehouse: staging files, their WAL, spool and spill."""
    for left in published.parent.glob(f"{glob.escape(published.name)}.staging*"):
        if left.is_dir() and not left.is_symlink():  # a link is removed, never followed
            shutil.rmtree(left, ignore_errors=True)
        else:
            left.unlink(missing_ok=True)


def _remove_work_files(staging: Path) -> None:
    base_path(staging).unlink(missing_ok=True)
    for folder in (spool_path(staging), spill_path(staging), standby.delta_path(staging)):
        shutil.rmtree(folder, ignore_errors=True)

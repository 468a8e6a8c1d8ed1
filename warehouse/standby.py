"""Publication whose cost follows the run, not the file: the version a run replaces becomes the
next run's staging file.

A run cannot load into the published file (a BI tool reading it would block the run, or see half
a load), and on a file system without copy-on-write copies (ext4) a copy costs what the file
weighs. So publication keeps the version it replaces, hard-linked as FILE.previous, with what the
run loaded beside it (FILE.previous.delta: its spooled Parquet files, the small frames of its load
and its audit row). The next run renames FILE.previous to its staging file and replays that load
before its own: the staging file then holds what the published one holds, for the cost of two
loads. It copies the published file instead when the previous version cannot be used: absent,
held open by a reader still on that snapshot, or not the version the delta was recorded against
(someone wrote to either file); and when the published file is small enough (REPLAY_FROM) that its
copy costs less than the replay. A job that rewrites whole tables (the cluster job) has no load to
replay: it keeps a copy of what it published instead, paying the copy the next run would."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import polars as pl

from .filestate import lock_holder, version
from .load import RunLoad, RunRecord

# A copy of a smaller file, with its sync at publication, costs less than replaying the last load on the
# previous version: 10-26 ms for a copy of 5.5 MB with its fsync (7.6-10.4 s per GiB under load,
# docs/scaling.md), against 0.13 s of CPU to replay a run of one document.
REPLAY_FROM = 16 * 1024 * 1024
FRAMES = ("excluded", "regions", "indicators", "rejected_documents", "pruned")
SPOOLED = ("document_files", "observation_files", "rejected_observation_files")
COUNTS = ("documents_loaded", "observations_loaded", "observations_quarantined")
# How a delta's spooled files are laid out, as the load of this release reads them; a delta recorded by a
# release that spooled otherwise is not replayed (the run copies the published file, once). 2: documents
# carry their text cut in parts (`text_parts`), not whole; 3: and the reader that read them (`reader_version`).
DELTA_FORMAT = 3


def previous_path(published: Path) -> Path:
    return published.with_name(published.name + ".previous")


def delta_path(path: Path) -> Path:
    """Where the load that turned the version before `path` into it is kept."""
    return path.with_name(path.name + ".delta")


def usable(published: Path) -> Path | None:
    """The previous version, when a run is to start from it: the published file is of REPLAY_FROM or
    more, and the previous version exactly one load behind it (or level with it), in a load this release
    can replay, with no reader holding it and no write-ahead log of a writer that died on it."""
    if published.stat().st_size < REPLAY_FROM:
        return None
    previous = previous_path(published)
    try:
        versions = json.loads((delta_path(previous) / "versions.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (versions != {"from": version(previous), "to": version(published)} or not _replayable(delta_path(previous))
            or lock_holder(previous, fcntl.F_WRLCK) or _wal(previous).exists()):
        return None
    return previous


def take(published: Path, staging: Path) -> bool:
    """Make the previous version the run's staging file, with the load to replay on it, when it is
    usable; whether it was."""
    previous = usable(published)
    if previous is None:
        return False
    os.rename(previous, staging)
    os.rename(delta_path(previous), delta_path(staging))
    return True


def _replayable(delta: Path) -> bool:
    """Whether this release can replay the load kept in `delta`: none (a copy the cluster job kept), or
    one recorded in DELTA_FORMAT."""
    try:
        saved = json.loads((delta / "load.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return True
    except (OSError, ValueError):
        return False
    return saved.get("format") == DELTA_FORMAT


def replay(staging: Path) -> tuple[RunLoad, RunRecord] | None:
    """The load to apply first to a staging file made from the previous version, if it was and one
    is kept (a copy kept by `publish.keep_copy` needs none)."""
    delta = delta_path(staging)
    if not (delta / "load.json").is_file():
        return None
    saved = json.loads((delta / "load.json").read_text(encoding="utf-8"))
    run = saved["run"]
    for moment in ("started_at", "ended_at"):
        run[moment] = datetime.fromisoformat(run[moment])
    run["failed"] = tuple(tuple(pair) for pair in run["failed"])
    run["unsupported"] = tuple(run["unsupported"])
    rows = RunLoad(**{name: [str(delta / "spool" / f) for f in saved[name]] for name in SPOOLED},
                   **{name: pl.read_parquet(delta / f"{name}.parquet") for name in FRAMES},
                   **{name: saved[name] for name in COUNTS})
    return rows, RunRecord(**run)


def forget(staging: Path) -> None:
    """Drop the delta beside a staging file: once replayed into it, it has served."""
    shutil.rmtree(delta_path(staging), ignore_errors=True)


def record(staging: Path, spool: Path, rows: RunLoad, run: RunRecord) -> None:
    """Keep what this run loaded beside its staging file, to be replayed on the version it replaces."""
    delta = delta_path(staging)
    delta.mkdir()
    for name in FRAMES:
        getattr(rows, name).write_parquet(delta / f"{name}.parquet")
    saved = {name: [str(Path(f).relative_to(spool)) for f in getattr(rows, name)] for name in SPOOLED}
    saved.update({name: getattr(rows, name) for name in COUNTS}, format=DELTA_FORMAT)
    saved["run"] = {**asdict(run), "started_at": run.started_at.isoformat(), "ended_at": run.ended_at.isoformat()}
    (delta / "load.json").write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")


def keep(staging: Path, published: Path, spool: Path) -> None:
    """Before `staging` replaces `published`: keep the version it replaces, and this run's load."""
    previous = previous_path(published)
    discard(published)
    try:
        if published.exists() and delta_path(staging).is_dir() and spool.is_dir():
            os.link(published, previous)
            spool.rename(delta_path(staging) / "spool")
            delta_path(staging).rename(delta_path(previous))
            return
    except OSError:  # no hard links here, say: the next run copies, as it would without a previous version
        discard(published)
    shutil.rmtree(delta_path(staging), ignore_errors=True)


def mark(published: Path) -> None:
    """After the replace: the kept version and its delta lead to exactly this published version."""
    previous = previous_path(published)
    if previous.exists():
        (delta_path(previous) / "versions.json").write_text(
            json.dumps({"from": version(previous), "to": version(published)}), encoding="utf-8")


def mark_copy(published: Path, copy: Path) -> None:
    """Make `copy`, a copy of the published file made under the lock, its previous version with nothing
    to replay (publish.keep_copy)."""
    os.rename(copy, previous_path(published))
    mark_level(published)


def mark_level(published: Path) -> None:
    """The previous version holds what the published file holds (a copy, or caught up): nothing to replay."""
    delta = delta_path(previous_path(published))
    shutil.rmtree(delta, ignore_errors=True)
    delta.mkdir()
    mark(published)


def discard(published: Path) -> None:
    previous = previous_path(published)
    previous.unlink(missing_ok=True)
    _wal(previous).unlink(missing_ok=True)
    shutil.rmtree(delta_path(previous), ignore_errors=True)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")

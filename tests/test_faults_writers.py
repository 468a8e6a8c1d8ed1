"""Fault suite: no command writes over the warehouse. Every writer (report, docs, export, the
run's lock, staging copy and log, sql) is pointed at the warehouse, at its companions and at
links to them, for real; the warehouse must come out byte for byte as it went in."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_cli import zhibiao
from test_hostile_commands import digest

from conftest import SAMPLES, ZHIBIAO
from zhibiao.pipeline import run_pipeline
from zhibiao.runlog import log_to
from zhibiao.warehouse import standby
from zhibiao.warehouse.guard import TargetRefused, check_target, write_text
from zhibiao.warehouse.publish import WarehouseError

pytestmark = pytest.mark.faults
COMPANIONS = ("wal", "wal.recovery", "wal.checkpoint", "lock", "log", "tmp", "staging-0123abcd", "staging-x.spool")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("writers") / "W.duckdb"
    run_pipeline(str(SAMPLES), str(path))
    return path


@pytest.fixture
def warehouse(built: Path, tmp_path: Path) -> Path:
    """A private copy of the warehouse, W.duckdb in a folder of its own."""
    path = tmp_path / "W.duckdb"
    path.write_bytes(built.read_bytes())
    return path


@pytest.mark.parametrize(("command", "target"), [
    (["report", "-w", "{w}"], "{w}"),  # zhibiao report -w W W
    (["report", "-w", "{w}"], "{folder}/link.html"),
    (["report", "-w", "{w}"], "{w}.wal"),
    (["docs", "-o"], "{w}"),
    (["docs", "-o"], "{folder}/link.html"),
    (["export", "-w", "{w}"], "{w}.tmp"),
])
def test_no_command_writes_over_the_warehouse(warehouse: Path, command: list[str], target: str):
    (warehouse.parent / "link.html").symlink_to(warehouse)
    before = digest(warehouse)
    out = zhibiao(*(part.format(w=warehouse) for part in command), target.format(w=warehouse, folder=warehouse.parent))
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert out.stderr.startswith("Error: ") and "nothing was written" in out.stderr, out.stderr
    assert digest(warehouse) == before
    assert sorted(p.name for p in warehouse.parent.iterdir()) == ["W.duckdb", "link.html"]


@pytest.mark.parametrize("suffix", COMPANIONS)
def test_every_companion_of_a_warehouse_is_refused_as_a_target(warehouse: Path, suffix: str):
    companion = warehouse.with_name(f"{warehouse.name}.{suffix}")
    companion.write_text("the warehouse's own", encoding="utf-8")
    for warehouse_named in (warehouse, None):  # by the command's -w, and by the file's header alone
        with pytest.raises(TargetRefused, match="belongs to the warehouse"):
            write_text(companion, "report", warehouse_named)
    assert companion.read_text(encoding="utf-8") == "the warehouse's own"
    with pytest.raises(TargetRefused, match="holds the warehouse"):
        check_target(warehouse.parent, warehouse)


def test_a_writer_replaces_its_own_file_and_never_follows_a_link_planted_later(warehouse: Path, tmp_path: Path):
    out = tmp_path / "report.html"
    write_text(out, "first")
    write_text(out, "second")
    assert out.read_text(encoding="utf-8") == "second" and (out.stat().st_mode & 0o777) == 0o644
    (tmp_path / "other.txt").write_text("someone's", encoding="utf-8")
    (tmp_path / "to-other.html").symlink_to(tmp_path / "other.txt")
    with pytest.raises(TargetRefused, match="is a symbolic link"):
        write_text(tmp_path / "to-other.html", "report")
    assert (tmp_path / "other.txt").read_text(encoding="utf-8") == "someone's"


@pytest.mark.parametrize("link", ["symbolic to the warehouse", "symbolic to another file", "hard to the warehouse"])
def test_a_planted_lock_file_is_never_followed(warehouse: Path, tmp_path: Path, link: str):
    other = tmp_path / "notes.txt"
    other.write_text("a user's notes", encoding="utf-8")
    lock = warehouse.with_name("W.duckdb.lock")
    if link == "hard to the warehouse":
        os.link(warehouse, lock)
    else:
        lock.symlink_to(warehouse if "warehouse" in link else other)
    before = digest(warehouse), digest(other)
    with pytest.raises(WarehouseError, match=r"cannot lock the warehouse: .*W\.duckdb\.lock (is a symbolic link|is "
                                             r"not a file of its own \(a hard link\))"):
        run_pipeline(str(SAMPLES), str(warehouse))
    assert (digest(warehouse), digest(other)) == before


def test_the_run_log_is_never_written_through_a_link(warehouse: Path):
    log = warehouse.with_name("W.duckdb.log")
    log.symlink_to(warehouse)
    before = digest(warehouse)
    with pytest.raises(TargetRefused, match="is a symbolic link"), log_to(log, verbose=True):
        pass
    assert digest(warehouse) == before


def test_a_killed_export_leaves_nothing_in_the_way_of_the_next(warehouse: Path, tmp_path: Path):
    out = tmp_path / "parquet"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    export = subprocess.Popen([ZHIBIAO, "export", "-w", str(warehouse), str(out)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".parquet.export-") and any(p.iterdir()) for p in tmp_path.iterdir()):
        assert export.poll() is None and time.monotonic() < deadline, "the export ended before it could be killed"
        time.sleep(0.005)
    export.send_signal(signal.SIGKILL)
    export.wait()
    assert not out.exists()  # nothing half-written under the name asked for
    again = zhibiao("export", "-w", str(warehouse), str(out))
    assert again.returncode == 0, again.stderr
    assert (out / "dim_document.parquet").is_file() and (out / "fact_observation").is_dir()


def test_the_staging_copy_keeps_extended_attributes(warehouse: Path, tmp_path: Path):
    try:
        os.setxattr(warehouse, "user.zhibiao.owner", b"statistics bureau")
    except OSError as e:
        pytest.skip(f"this file system keeps no user extended attributes: {e.strerror}")
    (source := tmp_path / "docs").mkdir()
    (source / "new.txt").write_text("青溪区2025年一季度经济运行简况\n全区地区生产总值增长5.2%。", encoding="utf-8")
    inode = warehouse.stat().st_ino
    run_pipeline(str(source), str(warehouse))
    assert warehouse.stat().st_ino != inode
    assert os.getxattr(warehouse, "user.zhibiao.owner") == b"statistics bureau"


@contextmanager
def mounted(mount: Path, size: int | str) -> Iterator[Path]:
    """A file system of its own of `size` (tmpfs; needs root: the test is skipped otherwise) at
    `mount`, unmounted afterwards."""
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path, built: Path):
    """Room for the warehouse but not for a copy of it beside it."""
    with mounted(tmp_path / "disk", built.stat().st_size * 3 // 2) as mount:
        yield mount


def samples_and_one_more(folder: Path) -> Path:
    """The samples and a new document: a run over them has something to load (and so stages)."""
    folder.mkdir()
    for path in SAMPLES.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "new.txt").write_text("青溪区2025年经济运行简况\n全区地区生产总值增长5.1%。\n", encoding="utf-8")
    return folder


def test_a_full_disk_during_the_staging_copy_is_one_line_and_changes_nothing(built: Path, small_disk: Path,
                                                                            tmp_path: Path):
    warehouse = small_disk / "W.duckdb"
    warehouse.write_bytes(built.read_bytes())  # two thirds of the disk: no room for its staging copy
    before = digest(warehouse)
    with pytest.raises(WarehouseError, match=r"^cannot make the staging copy .*W\.duckdb\.staging-\w+: "
                                             r"No space left on device; nothing was changed$"):
        run_pipeline(str(samples_and_one_more(tmp_path / "docs")), str(warehouse))
    assert digest(warehouse) == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["W.duckdb", "W.duckdb.lock"]


@pytest.fixture
def disk(tmp_path: Path):
    with mounted(tmp_path / "disk", "60m") as mount:
        yield mount


def test_a_full_disk_while_the_previous_version_catches_up_leaves_only_what_was_there(tmp_path: Path, disk: Path,
                                                                                   monkeypatch):
    """The run's staging file is the version the last run replaced, brought up to date by replaying
    that run's load: when the disk fills during the replay, the run fails and removes what it made
    (its staging file, WAL, spool, delta), and the next run, with room again, completes."""
    monkeypatch.setattr(standby, "REPLAY_FROM", 0)  # a file this small is copied otherwise
    source, warehouse = samples_and_one_more(tmp_path / "docs"), disk / "W.duckdb"
    run_pipeline(str(source), str(warehouse))
    for i in range(5):
        (source / f"bulletin-{i}.txt").write_text(f"青溪区2025年第{i}期经济运行简况\n全区地区生产总值增长5.{i}%。\n",
                                                  encoding="utf-8")
    run_pipeline(str(source), str(warehouse))  # keeps W.duckdb.previous and the load to replay on it
    room = os.statvfs(disk)
    (disk / "filler").write_bytes(bytes(room.f_bavail * room.f_frsize - 100_000))
    (source / "newer.txt").write_text("青溪区2025年经济运行简况\n全区地区生产总值增长5.2%。\n", encoding="utf-8")
    before = digest(warehouse)
    with pytest.raises(Exception, match="No space left on device"):
        run_pipeline(str(source), str(warehouse))
    assert digest(warehouse) == before
    assert sorted(p.name for p in disk.iterdir()) == ["W.duckdb", "W.duckdb.lock", "filler"]
    (disk / "filler").unlink()
    assert run_pipeline(str(source), str(warehouse)).docs_loaded == 1

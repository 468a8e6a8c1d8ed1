"""Prefect's database prepared once per environment (flows/prefect_database.py): a new PREFECT_HOME
gets a copy, and its server's first start skips Prefect's migrations and block registration; a
home with a database, or whose profile names one, is left to Prefect. (A newcomer's run on such a
copy, a completed flow run of the server it started: tests/test_operations.py.)"""

from __future__ import annotations

import signal
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from test_terminal import started, stopped_within

from conftest import environment
from zhibiao.flows import prefect_database
from zhibiao.flows.prefect_database import DATABASE, PREPARED, seed


def count(database: Path, table: str) -> int:
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_prepared_database_is_a_first_start_s_migrated_with_its_block_types_and_nothing_else(
        prepared_database: Path):
    assert count(prepared_database, "alembic_version") == 1  # migrated, to one revision
    assert count(prepared_database, "block_type") > 0  # the block types a first start registers
    for table in ("flow", "flow_run", "deployment", "work_pool", "events", "configuration"):
        assert count(prepared_database, table) == 0, table
    assert not Path(f"{prepared_database}-wal").exists()  # one file: a copy is whole


def test_a_new_home_gets_a_copy_and_its_server_skips_the_preparation(prepared_database: Path, tmp_path: Path):
    home = tmp_path / "prefect-home"
    home.mkdir()
    assert seed(home) == PREPARED
    assert (home / DATABASE).read_bytes() == prepared_database.read_bytes()
    assert sorted(p.name for p in home.iterdir()) == [DATABASE]  # no partial copy left behind
    assert seed(home) == {}  # it has its database now: Prefect checks it at start, as always


def test_a_home_with_a_database_or_a_profile_naming_one_is_left_to_prefect(prepared_database: Path,
                                                                          tmp_path: Path):
    used = tmp_path / "used"
    used.mkdir()
    (used / DATABASE).write_bytes(b"a user's runs")
    assert seed(used) == {}
    assert (used / DATABASE).read_bytes() == b"a user's runs"

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "profiles.toml").write_text('active = "pg"\n\n[profiles.pg]\nPREFECT_API_DATABASE_CONNECTION_URL = '
                                             '"postgresql+asyncpg://localhost/prefect"\n', encoding="utf-8")
    assert seed(elsewhere) == {}
    assert not (elsewhere / DATABASE).exists()

    other_setting = tmp_path / "other-setting"
    other_setting.mkdir()
    (other_setting / "profiles.toml").write_text('active = "mine"\n\n[profiles.mine]\n'
                                                 'PREFECT_LOGGING_LEVEL = "DEBUG"\n', encoding="utf-8")
    assert seed(other_setting) == PREPARED


def test_without_a_prepared_database_prefect_prepares_the_home_s_own(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(prefect_database, "template", lambda: tmp_path / "not-prepared.db")
    home = tmp_path / "prefect-home"
    home.mkdir()
    assert seed(home) == {}
    assert not any(home.iterdir())


def test_prepare_stopped_by_a_signal_leaves_no_server_and_the_prepared_database_as_it_was(
        prepared_database: Path, tmp_path: Path):
    before = prepared_database.stat()
    preparing = started(environment(tmp_path), "server", "prepare")
    children = Path(f"/proc/{preparing.pid}/task/{preparing.pid}/children")
    deadline = time.monotonic() + 120
    while not children.read_text().strip() and time.monotonic() < deadline:
        time.sleep(0.2)  # until it has spawned its server, which it must now stop
    server = int(children.read_text().split()[0])
    took, _, err = stopped_within(preparing, signal.SIGINT)
    assert took < 5, f"{took:.1f} s"
    assert preparing.returncode == 130 and err == "interrupted (SIGINT): nothing was prepared\n"
    assert not Path(f"/proc/{server}").exists()
    after = prepared_database.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert sorted(p.name for p in prepared_database.parent.iterdir()) == [prepared_database.name]  # no work folder


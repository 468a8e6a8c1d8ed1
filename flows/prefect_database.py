"""Prefect's database for a new PREFECT_HOME, made beforehand: a server's first start in a new home
spends most of its time preparing its database (Prefect's migrations, over a hundred, and the
registration of its block types: 10-15 s of a first start's 15-25 s on a loaded 2-core machine).
`zhibiao server prepare` (which `make` runs when it installs) does one such first start and keeps
its database in this environment, named by Prefect's version; a server of ours that starts in a
home without a database starts from a copy of it, and skips that work (its later starts check
the database as always)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import tomllib
from contextlib import closing
from importlib.metadata import version
from pathlib import Path

DATABASE = "prefect.db"  # Prefect's database in PREFECT_HOME unless its settings name another
# Prefect's settings (prefect.settings.models.server): the start of a server on a prepared copy skips both
PREPARED = {"PREFECT_SERVER_DATABASE_MIGRATE_ON_START": "false", "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false"}


def template() -> Path:
    """Where the prepared database of this environment's Prefect is kept."""
    return Path(sys.prefix) / "share" / "zhibiao" / f"prefect-{version('prefect')}.db"


def prepare() -> Path:
    """One first start of `prefect server start` in a new home (Prefect's migrations and its block
    types' registration), its database then put in template(), replacing the one there at once
    (a server starting meanwhile copies the old one or the new one, whole); templates of other
    Prefect versions are removed."""
    import sqlite3

    from .server import local_prefect_server

    target = template()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        with local_prefect_server(Path(work), Path(work) / "server.log", prepared=False):
            pass
        migrated = Path(work) / DATABASE
        with closing(sqlite3.connect(migrated)) as con:
            con.execute("PRAGMA journal_mode = DELETE")  # one file (Prefect turns WAL on again in each copy)
        os.replace(migrated, target)
    for old in target.parent.glob("prefect-*.db"):
        if old != target:
            old.unlink()
    return target


def seed(home: Path) -> dict[str, str]:
    """Give `home` a copy of the prepared database when it has none and its profile names none; the
    settings of the server's start then (it need not migrate nor register the block types: the copy
    is as a first start by this Prefect left it). Without a prepared one, Prefect does both as always."""
    source, target = template(), home / DATABASE
    if target.exists() or not source.is_file() or _profile_names_database(home):
        return {}
    partial = home / f".{DATABASE}.{os.getpid()}"
    try:
        shutil.copyfile(source, partial)
        os.link(partial, target)  # never over a database that appeared meanwhile
    except OSError:  # then Prefect creates it
        return {}
    finally:
        partial.unlink(missing_ok=True)
    return PREPARED


def _profile_names_database(home: Path) -> bool:
    """Whether the active profile in `home` sets Prefect's database (our servers get no PREFECT_*
    variables but the defaults: flows.server.server_environment)."""
    try:
        profiles = tomllib.loads((home / "profiles.toml").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):  # unreadable: Prefect's to judge, not ours
        return True
    active = profiles.get("profiles", {}).get(profiles.get("active", "ephemeral"), {})
    return any("DATABASE" in key for key in active)

"""The project's SQL files (package `zhibiao.sql`), one object (or one statement) per file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from zhibiao import sql

SQL_DIR = Path(sql.__file__).parent


def read(relative: str) -> str:
    return (SQL_DIR / relative).read_text(encoding="utf-8")


def folder(name: str) -> list[Path]:
    return sorted((SQL_DIR / name).glob("*.sql"))


def fingerprint() -> str:
    """SHA-256 of every SQL file (tables, migrations, models, macros, views and their comments)."""
    digest = hashlib.sha256()
    for path in sorted(SQL_DIR.rglob("*.sql")):
        digest.update(path.read_bytes())
    return digest.hexdigest()

"""The project's SQL files (package `zhibiao.sql`), one object (or one statement) per file."""

from __future__ import annotations

from pathlib import Path

from zhibiao import sql

SQL_DIR = Path(sql.__file__).parent


def read(relative: str) -> str:
    return (SQL_DIR / relative).read_text(encoding="utf-8")


def folder(name: str) -> list[Path]:
    return sorted((SQL_DIR / name).glob("*.sql"))

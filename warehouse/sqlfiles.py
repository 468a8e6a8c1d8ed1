"""The project's SQL files, one object (or one statement) per file."""

from __future__ import annotations

from pathlib import Path

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"


def read(relative: str) -> str:
    return (SQL_DIR / relative).read_text(encoding="utf-8")


def folder(name: str) -> list[Path]:
    return sorted((SQL_DIR / name).glob("*.sql"))

"""The sidecar manifest (manifest.csv or manifest.yaml beside the documents): what each file is.

A bad cell costs its own row's document, not the run: the row becomes an error naming the file,
the row and the column, and the document is refused with it (v_rejected)."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from zhibiao.extraction.numerals import DIGITS, parse_chinese
from zhibiao.schemas.documents import KINDS

from .model import DocumentError, ManifestRow

MANIFEST_NAMES = ("manifest.csv", "manifest.yaml", "manifest.yml")
NUMERAL = r"[0-9〇零一二两三四五六七八九十]"
# 2025-01-15, 2025/1/15, 2025.01.15, 2025年1月15日, 二〇二五年一月十五日
DATE = re.compile(rf"({NUMERAL}{{4}})\s*[-/.年]\s*({NUMERAL}{{1,3}})\s*[-/.月]\s*({NUMERAL}{{1,3}})\s*日?")


class ManifestError(DocumentError):
    """The manifest as a whole cannot be read (not CSV or YAML, not a list of rows)."""


class CellError(ValueError):
    """One cell of a row that cannot be read; the message says why."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Manifest:
    rows: dict[str, ManifestRow] = field(default_factory=dict)  # by file name
    errors: dict[str, str] = field(default_factory=dict)  # file name -> why its row was refused
    unplaced: list[tuple[str, str]] = field(default_factory=list)  # (file cell, reason): rows naming no file

    def listed(self) -> set[str]:
        """Every file name the manifest describes, rows in error included."""
        return set(self.rows) | set(self.errors)


def load_manifest(source: Path) -> Manifest:
    """The manifest beside the documents; empty when there is none."""
    for name in MANIFEST_NAMES:
        path = source / name
        if path.is_file():
            return _parse(path)
    return Manifest()


def missing_from_manifest(source: Path, manifest: Manifest) -> list[str]:
    """Files a manifest lists that the folder does not have."""
    return sorted(name for name in manifest.listed() if not (source / name).is_file())


def _parse(path: Path) -> Manifest:
    rows: dict[str, ManifestRow] = {}
    errors: dict[str, str] = {}
    unplaced: list[tuple[str, str]] = []
    for number, raw in _raw_rows(path):
        where = f"{path.name} row {number}"
        file = _text(raw.get("file")) or ""
        if not file or Path(file).name != file:
            unplaced.append((file or "(empty)",
                             f"{where}, column file: file names must be plain names in the folder: {file!r}"))
            continue
        try:
            rows[file] = _row(file, raw)
            errors.pop(file, None)
        except CellError as e:
            errors[file] = f"{where}, column {e.column}: {e}"
            rows.pop(file, None)
    return Manifest(rows, errors, unplaced)


def _raw_rows(path: Path) -> list[tuple[int, dict]]:
    """(row number as a person counts it, cells) for each row; a CSV's header is its row 1."""
    try:
        if path.suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as f:
                return list(enumerate(csv.DictReader(f), start=2))
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, UnicodeDecodeError, csv.Error, yaml.YAMLError) as e:
        raise ManifestError(f"manifest {path.name} cannot be read: {str(e).splitlines()[0]}") from e
    rows = loaded.get("documents", []) if isinstance(loaded, dict) else loaded
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ManifestError(f"manifest {path.name}: expected a list of documents (file: …, region: …)")
    return list(enumerate(rows, start=1))


def _row(file: str, raw: dict) -> ManifestRow:
    return ManifestRow(file=file, region=_text(raw.get("region")), parent=_text(raw.get("parent")),
                       province=_text(raw.get("province")), year=_year(raw.get("year")), kind=_kind(raw.get("kind")),
                       title=_text(raw.get("title")), date=_date(raw.get("date")))


def _year(value: object) -> int | None:
    text = _text(value)
    if text is None:
        return None
    digits = _digits(unicodedata.normalize("NFKC", text).removesuffix("年").strip())
    if digits is None or len(digits) != 4:
        raise CellError("year", f"{text!r} is not a year (2025, 二〇二五)")
    return int(digits)


def _date(value: object) -> date | None:
    if isinstance(value, date):  # YAML reads 2025-01-15 as a date already
        return value
    text = _text(value)
    if text is None:
        return None
    m = DATE.fullmatch(unicodedata.normalize("NFKC", text))
    try:
        if not m:
            raise ValueError(text)
        year, month, day = _digits(m.group(1)), _number(m.group(2)), _number(m.group(3))
        return date(int(year or ""), month, day)
    except ValueError as e:
        raise CellError("date", f"{text!r} is not a date (2025-01-15, 2025/01/15, 2025年1月15日)") from e


def _kind(value: object) -> str | None:
    text = _text(value)
    if text is None:
        return None
    if text.lower() not in KINDS:
        raise CellError("kind", f"{text!r} is not one of {', '.join(KINDS)}")
    return text.lower()


def _digits(text: str) -> str | None:
    """'2025' or '二〇二五' -> '2025' (digit by digit, as years are written); None if not digits."""
    if text.isascii() and text.isdigit():
        return text
    if text and all(ch in DIGITS for ch in text):
        return "".join(str(DIGITS[ch]) for ch in text)
    return None


def _number(text: str) -> int:
    """A month or day: '01', '1', '十五'."""
    return int(text) if text.isdigit() else int(parse_chinese(text))


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None

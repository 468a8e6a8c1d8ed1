"""The sidecar manifest (manifest.csv or manifest.yaml beside the documents): what each file is.

A bad cell costs its own row's document, not the run: the row becomes an error naming the file,
the row and the column, and the document is refused with it (v_rejected)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import yaml

from zhibiao.extraction.numerals import DIGITS, parse_chinese
from zhibiao.schemas.documents import KINDS

from .files import read_bytes
from .model import DocumentError, ManifestRow

MANIFEST_NAMES = ("manifest.csv", "manifest.yaml", "manifest.yml")
MAX_BYTES = 4 * 1024 * 1024  # a row is ~200 bytes: 20,000 documents
MAX_CELL = 1000  # characters: a title is under a hundred
UNREADABLE = "\ufffd"  # what a byte that is not UTF-8 becomes
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

    def fingerprint(self, file: str) -> str | None:
        """What the manifest says of `file` (its row's values as read, or why the row is refused), as a
        hash; None when it does not describe it. A row is part of what a document is: a run re-reads a
        document whose row's fingerprint is not the one it was loaded with (dim_document.manifest_hash)."""
        if file in self.errors:
            said: object = {"error": self.errors[file]}
        elif file in self.rows:
            said = asdict(self.rows[file])
        else:
            return None
        return hashlib.sha256(json.dumps(said, default=str, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def load_manifest(source: Path) -> Manifest:
    """The manifest beside the documents; empty when there is none. It is read with the documents'
    guards (inside the folder, a regular file, at most MAX_BYTES); a second manifest is not read,
    and is named as such."""
    present = [name for name in MANIFEST_NAMES if os.path.lexists(source / name)]
    if not present:
        return Manifest()
    name = present[0]
    try:
        data = read_bytes(source / name, source, MAX_BYTES)
    except DocumentError as e:
        raise ManifestError(f"manifest {name} cannot be read: {e}") from None
    manifest = _parse(name, data.decode("utf-8-sig", errors="replace"))
    manifest.unplaced.extend((other, f"{other} is not read: {name} is (keep one manifest)") for other in present[1:])
    return manifest


def missing_from_manifest(source: Path, manifest: Manifest) -> list[str]:
    """Files a manifest lists that the folder does not have."""
    return sorted(name for name in manifest.listed() if not (source / name).is_file())


def _parse(name: str, text: str) -> Manifest:
    rows: dict[str, ManifestRow] = {}
    errors: dict[str, str] = {}
    unplaced: list[tuple[str, str]] = []
    first_row: dict[str, int] = {}
    for number, file, cells in _raw_rows(name, text):
        where = f"{name} row {number}"
        if not file or Path(file).name != file or UNREADABLE in file or len(file) > MAX_CELL:
            unplaced.append((_shown(file) or "(empty)",
                             f"{where}, column file: file names must be plain names in the folder: {_shown(file)!r}"))
            continue
        if file in first_row:
            errors[file] = f"{name} rows {first_row[file]} and {number} both describe {file}: keep one"
            rows.pop(file, None)
            continue
        first_row[file] = number
        try:
            if isinstance(cells, CellError):
                raise cells
            rows[file] = _row(file, cells)
        except CellError as e:
            errors[file] = f"{where}, column {e.column}: {e}"
    return Manifest(rows, errors, unplaced)


def _raw_rows(name: str, text: str) -> list[tuple[int, str | None, dict | CellError]]:
    """(row number as a person counts it, its file cell, its cells or why they cannot be read) for
    each row; a CSV's header is its row 1. Only what spoils the whole file raises ManifestError."""
    try:
        if name.endswith(".csv"):
            return _csv_rows(text)
        return _yaml_rows(name, text)
    except (csv.Error, yaml.YAMLError) as e:
        raise ManifestError(f"manifest {name} cannot be read: {str(e).splitlines()[0]}") from e


def _csv_rows(text: str) -> list[tuple[int, str | None, dict | CellError]]:
    limit = csv.field_size_limit(MAX_BYTES)  # a long cell is refused with its row below, not by the reader
    try:
        return [(number, _file_cell(cells.get("file")), cells)
                for number, cells in enumerate(csv.DictReader(io.StringIO(text, newline="")), start=2)]
    finally:
        csv.field_size_limit(limit)


def _yaml_rows(name: str, text: str) -> list[tuple[int, str | None, dict | CellError]]:
    """Composed whole (aliases stay references, however many), then each row made into values on
    its own: a tag no safe loader knows costs its row only."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if isinstance(root, yaml.MappingNode):
        root = next((value for key, value in root.value if key.value == "documents"), None)
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode) or not all(isinstance(n, yaml.MappingNode) for n in root.value):
        raise ManifestError(f"manifest {name}: expected a list of documents (file: …, region: …)")
    found = []
    for number, node in enumerate(root.value, start=1):
        file = next((_file_cell(value.value) for key, value in node.value
                     if key.value == "file" and isinstance(value, yaml.ScalarNode)), None)
        try:
            cells = yaml.SafeLoader("").construct_document(node)
        except yaml.YAMLError as e:
            cells = CellError(str(node.tag), f"cannot be read: {str(e).splitlines()[0]}")
        found.append((number, file, cells))
    return found


def _row(file: str, raw: dict) -> ManifestRow:
    return ManifestRow(file=file, region=_text(raw.get("region"), "region"), parent=_text(raw.get("parent"), "parent"),
                       province=_text(raw.get("province"), "province"), year=_year(raw.get("year")),
                       kind=_kind(raw.get("kind")), title=_text(raw.get("title"), "title"), date=_date(raw.get("date")))


def _year(value: object) -> int | None:
    text = _text(value, "year")
    if text is None:
        return None
    digits = _digits(unicodedata.normalize("NFKC", text).removesuffix("年").strip())
    if digits is None or len(digits) != 4:
        raise CellError("year", f"{text!r} is not a year (2025, 二〇二五)")
    return int(digits)


def _date(value: object) -> date | None:
    if isinstance(value, date):  # YAML reads 2025-01-15 as a date already
        return value
    text = _text(value, "date")
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
    text = _text(value, "kind")
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


def _text(value: object, column: str) -> str | None:
    """A cell's text: a plain value (not a list or mapping, which aliases could make endless), of
    readable text, at most MAX_CELL characters."""
    if value is not None and not isinstance(value, str | int | float | date):
        raise CellError(column, f"a {type(value).__name__} is not a cell: give plain text")
    text = str(value).strip() if value is not None else ""
    if UNREADABLE in text:
        raise CellError(column, "not UTF-8 text (save the manifest as UTF-8)")
    if len(text) > MAX_CELL:
        raise CellError(column, f"{len(text)} characters: a cell holds at most {MAX_CELL}")
    return text or None


def _file_cell(value: object) -> str | None:
    """The file cell as written (checked by the caller, which names the row it cannot place)."""
    return str(value).strip() or None if isinstance(value, str | int) else None


def _shown(file: str | None) -> str:
    return (file or "")[:80]

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class DocumentError(Exception):
    """A document that cannot be read; the message is the recorded reason."""


class FileStillChanging(DocumentError):
    """The file changed while it was read (still being copied in): worth another try later."""


@dataclass(frozen=True)
class ManifestRow:
    """One row of a sidecar manifest (manifest.csv or manifest.yaml beside the documents)."""

    file: str
    region: str | None = None
    parent: str | None = None
    province: str | None = None
    year: int | None = None
    kind: str | None = None
    title: str | None = None
    date: date | None = None


@dataclass(frozen=True)
class Cell:
    """A table cell: its text is the document's text[start:end] (start == end for an empty cell)."""

    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A table as its reader found it, on the grid of its columns: a cell merged across columns or
    rows stands in each of them. The first `header` rows name the columns."""

    rows: tuple[tuple[Cell, ...], ...]
    header: int

    @property
    def extent(self) -> tuple[int, int]:
        """Where its cells with text begin and end in the document's text."""
        cells = [c for row in self.rows for c in row if c.end > c.start]
        return min(c.start for c in cells), max(c.end for c in cells)


@dataclass(frozen=True)
class Document:
    doc_id: str  # sha256 of the file's bytes
    file_name: str
    path: str
    title: str
    kind: str | None
    year: int | None
    region: str | None
    region_code: str | None  # zhibiao.regions' code, or x-<name> for a place it does not know
    parent_region: str | None
    province: str | None
    doc_date: date | None
    source: str  # manifest, inferred
    encoding: str
    n_bytes: int
    text: str
    span: str | None = None  # the part of the year the document covers (Q1-Q3 for a 1-9月 brief); None: a year
    tables: tuple[Table, ...] = ()  # the tables in the text, cells by their offsets

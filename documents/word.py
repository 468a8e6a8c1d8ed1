"""Word documents (.docx), read with python-docx: paragraphs and table rows in reading order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table as WordTable

from .model import Cell, DocumentError, Table
from .tables import table


def docx_to_text(data: bytes) -> tuple[str, str, tuple[Table, ...]]:
    """The title (document properties), the text (one paragraph or table row per line, a row's
    cells apart by tabs) and its tables."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise DocumentError(f"not a readable .docx file: {e}") from None
    text = _Text()
    tables = []
    for block in document.iter_inner_content():
        if isinstance(block, WordTable):
            rows = [text.row(row.cells) for row in block.rows]
            if (found := table(text.text, rows)) is not None:
                tables.append(found)
        else:
            text.line(block.text.strip())
    return (document.core_properties.title or "").strip(), text.text, tuple(tables)


class _Text:
    """The text written so far, lines apart."""

    def __init__(self) -> None:
        self.text = ""

    def line(self, line: str) -> None:
        if line:
            self.text += ("\n" if self.text else "") + line

    def row(self, cells: list) -> list[Cell]:
        """A row's cells on the grid, written apart by tabs. A merged cell comes back once per grid
        column: its text is written once."""
        placed: dict[object, Cell] = {}
        position = len(self.text) + (1 if self.text else 0)
        texts: list[str] = []
        for cell in dict.fromkeys(cells):
            content = cell.text.strip()
            placed[cell] = Cell(position, position + len(content))
            if content:
                texts.append(content)
                position += len(content) + 1
        self.line("\t".join(texts))
        return [placed[cell] for cell in cells]

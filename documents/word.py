"""Word documents (.docx), read with python-docx: paragraphs and table rows in reading order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table as WordTable

from .model import Cell, DocumentError, Table
from .tables import TextWriter, table


def docx_to_text(data: bytes) -> tuple[str, str, tuple[Table, ...]]:
    """The title (document properties), the text (one paragraph or table row per line, a row's
    cells apart by tabs) and its tables."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise DocumentError(f"not a readable .docx file: {e}") from None
    text = TextWriter()
    tables = []
    for block in document.iter_inner_content():
        if isinstance(block, WordTable):
            rows = [_row(text, row.cells) for row in block.rows]
            if (found := table(text.text, rows)) is not None:
                tables.append(found)
        else:
            text.line(block.text.strip())
    return (document.core_properties.title or "").strip(), text.text, tuple(tables)


def _row(text: TextWriter, cells: list) -> list[Cell]:
    """A row's cells on the grid; a merged cell comes back once per grid column, and is written once."""
    merged = list(dict.fromkeys(cells))
    placed = dict(zip(merged, text.row([cell.text.strip() for cell in merged]), strict=True))
    return [placed[cell] for cell in cells]

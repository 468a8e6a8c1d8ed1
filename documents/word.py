"""Word documents (.docx), read with python-docx: paragraphs and table rows in reading order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table

from .model import DocumentError


def docx_to_text(data: bytes) -> tuple[str, str]:
    """The title (document properties) and the text, one paragraph or table row per line."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise DocumentError(f"not a readable .docx file: {e}") from None
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += ["\t".join(_cells(row.cells)) for row in block.rows]
        else:
            lines.append(block.text.strip())
    return (document.core_properties.title or "").strip(), "\n".join(line for line in lines if line)


def _cells(cells: list) -> list[str]:
    """A row's cell texts; a merged cell comes back once per grid column, and is kept once."""
    texts: list[str] = []
    for cell in dict.fromkeys(cells):
        text = cell.text.strip()
        if text:
            texts.append(text)
    return texts

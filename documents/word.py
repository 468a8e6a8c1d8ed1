"""Word documents (.docx), read with python-docx: paragraphs and table rows in reading order."""

from __future__ import annotations

import io
import zipfile

from .model import Cell, DocumentError, Table
from .tables import TextWriter, table

# Decompression is bounded before anything is parsed: the XML of a long report is a few MB, and
# compresses some 10-50 times; a zip bomb's does thousands of times. zipfile never inflates a member
# past the size its header declares (a lying header fails its CRC check), so the headers suffice.
MAX_UNZIPPED = 32 * 1024 * 1024
MAX_RATIO = 500
MAX_MEMBERS = 5000


def docx_to_text(data: bytes) -> tuple[str, str, tuple[Table, ...]]:
    """The title (document properties), the text (one paragraph or table row per line, a row's
    cells apart by tabs) and its tables."""
    # imported here: most runs read no .docx, and every worker process would pay for the import
    import docx
    from docx.table import Table as WordTable

    _check_sizes(data)
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


def _check_sizes(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as e:
        raise DocumentError(f"not a readable .docx file: {e}") from None
    unzipped = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if unzipped > MAX_UNZIPPED or unzipped > MAX_RATIO * packed or len(members) > MAX_MEMBERS:
        raise DocumentError(f"not read: this .docx unzips to {unzipped} bytes from {packed} in {len(members)} parts "
                            f"(limits {MAX_UNZIPPED} bytes, {MAX_RATIO} times, {MAX_MEMBERS} parts): a zip bomb?")


def _row(text: TextWriter, cells: list) -> list[Cell]:
    """A row's cells on the grid; a merged cell comes back once per grid column, and is written once."""
    merged = list(dict.fromkeys(cells))
    placed = dict(zip(merged, text.row([cell.text.strip() for cell in merged]), strict=True))
    return [placed[cell] for cell in cells]

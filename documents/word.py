"""Word documents (.docx), read with python-docx: paragraphs and table rows in reading order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table

from .model import DocumentError

# Decompression is bounded before anything is parsed: the XML of a long report is a few MB, and
# compresses some 10-50 times; a zip bomb's does thousands of times. zipfile never inflates a member
# past the size its header declares (a lying header fails its CRC check), so the headers suffice.
MAX_UNZIPPED = 32 * 1024 * 1024
MAX_RATIO = 500
MAX_MEMBERS = 5000


def docx_to_text(data: bytes) -> tuple[str, str]:
    """The title (document properties) and the text, one paragraph or table row per line."""
    _check_sizes(data)
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


def _cells(cells: list) -> list[str]:
    """A row's cell texts; a merged cell comes back once per grid column, and is kept once."""
    texts: list[str] = []
    for cell in dict.fromkeys(cells):
        text = cell.text.strip()
        if text:
            texts.append(text)
    return texts

"""PDF documents, read with pypdf from their text layer. A scanned PDF has none: it is refused as
such (its text would need OCR). Lines that a page's width broke inside a sentence are joined
again, so that a figure and its words stay in one sentence; page numbers are dropped. Tables are
recovered from the columns their lines keep."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .model import DocumentError, Table
from .tables import looks_like_row, spaced_tables

PAGE_NUMBER = re.compile(r"[-—–－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-—–－\s]*")
SENTENCE_END = tuple("。！？；：…」』”）)")
FULL_LINE = 0.85  # a line at least this share of the page's longest ran on into the next one


def pdf_to_text(data: bytes) -> tuple[str, str, tuple[Table, ...]]:
    """The title (document information), the text of every page and the tables in it."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # many published PDFs are "encrypted" with an empty password
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or ""
    except (PdfReadError, ValueError, KeyError, TypeError, NotImplementedError) as e:
        raise DocumentError(f"not a readable PDF: {e}") from None
    if not any(page.strip() for page in pages):
        raise DocumentError(f"scanned PDF without a text layer ({len(pages)} page{'s' * (len(pages) != 1)}): "
                            "its text needs OCR")
    out: list[str] = []
    joined = False  # the last page's last line ran on: a page's end broke its sentence
    for page in pages:
        lines, runs_on = _page_lines(page)
        if not lines:
            continue
        if joined and not looks_like_row(lines[0]):
            out[-1] += _joint(out[-1], lines.pop(0))
        out += lines
        joined = runs_on
    text = "\n".join(out)
    return title.strip(), text, spaced_tables(text)


def _page_lines(page: str) -> tuple[list[str], bool]:
    """The page's lines, those a page's width broke joined again, and whether its last line ran on."""
    lines = [line.strip() for line in page.splitlines()]
    lines = [line for line in lines if line and not PAGE_NUMBER.fullmatch(line)]
    longest = max(map(len, lines), default=0)
    out: list[str] = []
    joined = False
    for line in lines:
        row = looks_like_row(line)  # a table's row stands alone, however wide the table
        if joined and not row:
            out[-1] += _joint(out[-1], line)
        else:
            out.append(line)
        joined = len(line) >= FULL_LINE * longest and not line.endswith(SENTENCE_END) and not row
    return out, joined


def _joint(before: str, line: str) -> str:
    """`line` as it goes on after `before`: a space between words in Latin letters."""
    return (" " if _latin(before[-1]) and _latin(line[0]) else "") + line


def _latin(ch: str) -> bool:
    """Words in Latin letters are spaced where a line broke between them; Chinese and numbers are not."""
    return ch.isascii() and ch.isalpha()

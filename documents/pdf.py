"""PDF documents, read with pypdf from their text layer. A scanned PDF has none: it is refused as
such (its text would need OCR). Lines that a page's width broke inside a sentence are joined
again, so that a figure and its words stay in one sentence; page numbers are dropped. Tables are
recovered from the columns their lines keep."""

from __future__ import annotations

import io
import re
from collections import Counter

from .model import DocumentError, Table
from .tables import looks_like_row, spaced_tables, units_alone

PAGE_NUMBER = re.compile(r"[-—–－\s]*(?:第\s*)?(\d{1,4})(?:\s*页)?[-—–－\s]*")
SENTENCE_END = tuple("。！？；：…」』”）)")
FULL_LINE = 0.85  # a line at least this share of the page's longest ran on into the next one
PROSE_WIDTH = 16  # the widest line of a page of prose is at least this long; one of a table's cells alone is not
CLAUSE_END = tuple("，、,")  # a line ending in a clause's mark (增长7.5%，) ran on, however short
# …11月末,全区金融机构本外币存款余额 | 1268.4亿元,…: a line on which a sentence began after another ended ran on
# when it ends in none, however short the number or word that did not fit left it
BEGUN = re.compile(r"[。！？；](?=.)")
BRACKET_END = tuple("）)")
# 国网…公司　…局　2025年12月10日, 项目    本月    同比: words set apart on a line (a date line, a header's cells),
# which a page's width did not wrap (wrapped prose holds no gap)
GAP = re.compile(r"\s{2,}|　")


def pdf_to_text(data: bytes) -> tuple[str, str, tuple[Table, ...]]:
    """The title (document information), the text of every page and the tables in it."""
    # imported here: most runs read no PDF, and every worker process would pay for the import
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

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
    paged = _without_page_numbers([[line for line in (line.strip() for line in page.splitlines()) if line]
                                   for page in pages])
    text = "\n".join(_joined([line for lines in paged for line in _page_lines(lines)]))
    return title.strip(), text, spaced_tables(text)


def _without_page_numbers(pages: list[list[str]]) -> list[list[str]]:
    """The pages' lines without their page numbers: a number alone on a page's first or last line that runs with
    the pages (page 3 numbered 5, page 4 numbered 6: the offset most pages share; 1 on a file of one page).
    Any other number alone on a line is a table's cell (a row of cells set apart on the page comes out one cell to
    a line: 工业 | 12 | 21.5), whether inside the page or at its edge."""
    edges = [(place, edge, int(m.group(1))) for place, lines in enumerate(pages, 1) for edge in (0, -1)
             if lines and (m := PAGE_NUMBER.fullmatch(lines[edge]))]
    offsets = Counter(number - place for place, _, number in edges)
    offset, pages_with_it = offsets.most_common(1)[0] if offsets else (None, 0)
    if not (pages_with_it >= 2 or (len(pages) == 1 and offset == 0)):
        return pages
    numbered = {(place, edge) for place, edge, number in edges if number - place == offset}
    return [lines[int((place, 0) in numbered):len(lines) - int((place, -1) in numbered)]
            for place, lines in enumerate(pages, 1)]


def _page_lines(lines: list[str]) -> list[tuple[str, bool, bool]]:
    """A page's lines, each with whether it is a table's row and whether it ran on into the next line (ending no
    sentence, and nearly as wide as the page's widest line of prose or holding the start of the sentence it ends in or
    ending in a clause's mark; a row, however wide its table, never does)."""
    rows = list(map(looks_like_row, lines))
    # words set apart on a line ran on for its width only when the width broke a number (…编印　2025年12月1 | 6日)
    spaced = [GAP.search(line) is not None and not line[-1].isdigit() for line in lines]
    # the width of the page's prose: a table's row or a line of words set apart may be wider than its text
    longest = max((len(line) for line, row, apart in zip(lines, rows, spaced, strict=True) if not row and not apart),
                  default=0)
    full = FULL_LINE * longest if longest >= PROSE_WIDTH else float("inf")  # (a page of a table's cells alone: none)
    return [(line, row, not row and ((not apart and _prose_to_bracket(line, longest)) or (
             not line.endswith(SENTENCE_END) and ((len(line) >= full and not apart) or BEGUN.search(line) is not None
                                                  or line.endswith(CLAUSE_END)))))
            for line, row, apart in zip(lines, rows, spaced, strict=True)]


def _prose_to_bracket(line: str, longest: int) -> bool:
    """Whether a line of prose as wide as the page ends on a closing bracket the width left there (…增速居各县(市、区) |
    第3位。), not a sentence: a sentence ends in its stop, and a title or a date line in brackets is short."""
    return line.endswith(BRACKET_END) and len(line) >= FULL_LINE * longest and any(mark in line for mark in CLAUSE_END)


def _joined(lines: list[tuple[str, bool, bool]]) -> list[str]:
    """The lines with every line that ran on joined to the next, across a page's end too."""
    out: list[str] = []
    joined = False
    for line, row, runs_on in lines:
        if joined and not row and not units_alone(line):  # (a header's line of units stands alone)
            out[-1] += (" " if _latin(out[-1][-1]) and _latin(line[0]) else "") + line
        else:
            out.append(line)
        joined = runs_on
    return out


def _latin(ch: str) -> bool:
    """Words in Latin letters are spaced where a line broke between them; Chinese and numbers are not."""
    return ch.isascii() and ch.isalpha()

"""Query results for people and for programs: a table that fits the terminal, CSV, JSON or Markdown.

A table shows whole column names (wrapped after `_`, never inside a word), numbers right-aligned in
positional notation with their thousands grouped (14,580,000,000,000.0, never 1.458e13), columns side
by side as far as the terminal allows, and says in one line what it left out. Text that came from
documents is shown with its control characters escaped, so a file name cannot move the cursor or
retitle the window. CSV and Markdown cells cannot start a spreadsheet formula, and Markdown carries no
raw HTML; JSON is the exact format (control characters escaped as JSON does)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a frame is built: the run command's client never needs polars
    import polars as pl

FORMATS = ("table", "csv", "json", "markdown")
TABLE_ROWS = 200  # a table is for reading: past this, CSV or JSON
SEPARATOR = " │ "
MIN_TEXT_WIDTH = 8  # text columns are narrowed down to this (or their name's longest word) before any is left out
LISTED = 3  # columns a table names as left out, before "and N more"
READABLE_WIDTH = 20  # when some columns must be left out anyway, the others keep this much room for their text
GROUPED_FROM = 10_000  # numbers from here on have their thousands grouped: 2024.0 stays as it is
# Characters that act on a terminal rather than show: C0 and C1 controls and DEL, and the bidirectional
# overrides and isolates that can make text read in another order than it is stored.
_ACTIVE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# OWASP's CSV-injection guidance: a cell starting with one of these is read as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BREAKS_AFTER = " -_/.,;"  # a value may wrap after these (CJK text wraps between any two characters)
_NAME_BREAK = re.compile(r"(?<=[_\- ])")  # a column name may wrap after these


def shown_path(path: object) -> str:
    """A path as the terminal shows it: control characters escaped."""
    return printable(str(path))


def printable(text: str, keep_newlines: bool = False) -> str:
    """`text` with every control character shown as an escape (`\\x1b`, `\\t`, `\\u202e`)."""
    def escape(match: re.Match) -> str:
        ch = match.group()
        if keep_newlines and ch == "\n":
            return ch
        return _NAMED_ESCAPES.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    return _ACTIVE.sub(escape, text)


def render(frame: pl.DataFrame, fmt: str, width: int) -> str:
    """`frame` in `fmt`, tables no wider than `width` display columns."""
    return "".join(render_batches([frame], fmt, width))


def render_batches(batches: Iterable[pl.DataFrame], fmt: str, width: int) -> Iterator[str]:
    """A result arriving in batches, as text piece by piece: csv, json and markdown write every row
    without holding them all; a table holds its first TABLE_ROWS and only counts the rest."""
    if fmt == "table":
        yield _table(batches, width)
    elif fmt == "json":
        yield from _json(batches)
    else:
        write = _csv if fmt == "csv" else _markdown
        for number, batch in enumerate(batches):
            yield write(batch, header=number == 0)


def _json(batches: Iterable[pl.DataFrame]) -> Iterator[str]:
    """One JSON array over every batch."""
    yield "["
    separator = ""
    for batch in batches:
        rows = batch.write_json()[1:-1]
        if rows:
            yield separator + rows
            separator = ","
    yield "]\n"


def _csv(frame: pl.DataFrame, header: bool = True) -> str:
    return _safe_text(_flat(frame)).write_csv(include_header=header, float_scientific=False)


def _table(batches: Iterable[pl.DataFrame], width: int) -> str:
    import polars as pl

    kept, total = [], 0
    for batch in batches:
        kept.append(batch.head(max(TABLE_ROWS - total, 0)))
        total += batch.height
    shown = pl.concat(kept) if kept else pl.DataFrame()
    if not shown.width:
        return "(no rows: the statement returns no result)\n"
    if shown.height == 1 and _fit(shown, width)[1] < shown.width:
        return _records(shown, width) + "\n(1 row)\n"
    text, kept = _columns(shown, width)
    return f"{text}\n{_footer(shown, total, kept, width)}\n"


def _footer(shown: pl.DataFrame, total: int, kept: int, width: int) -> str:
    """One line no wider than the table: how many rows, what was left out and how to see it (the
    left-out columns' names and the advice go first when the line would be wider)."""
    rows = f"{total} rows" if total != 1 else "1 row"
    row_part = [f"{shown.height} rows shown"] if shown.height < total else []
    if kept == shown.width:
        column_parts = [[]]
    else:
        hidden = [printable(name) for name in shown.columns[kept:]]
        named = ", ".join(hidden[:LISTED]) + (f" and {len(hidden) - LISTED} more" if len(hidden) > LISTED else "")
        column_parts = [[f"{kept} of {shown.width} columns shown, not {named}"],
                        [f"{kept} of {shown.width} columns shown"]]
    if not row_part and kept == shown.width:
        return f"({rows})"
    lines = [f"({'; '.join([rows, *row_part, *columns])}{advice})" for columns in column_parts
             for advice in (": name fewer columns, or --format csv, json or markdown prints all",
                            ": --format csv or json prints all", "")]
    return next((line for line in lines if display_width(line) <= width), lines[-1])


def _columns(frame: pl.DataFrame, width: int) -> tuple[str, int]:
    """The leading columns that fit side by side, text wrapped within `width`; how many were kept."""
    widths, kept = _fit(frame, width)
    frame = frame.select(frame.columns[:kept])
    right = [_is_number(dtype) for dtype in frame.dtypes]
    lines = _line([_name_lines(name, w) for name, w in zip(frame.columns, widths, strict=True)], widths, right)
    lines.append("─┼─".join("─" * w for w in widths))
    for row in frame.iter_rows():
        lines += _line([_wrap(cell(v), w) for v, w in zip(row, widths, strict=True)], widths, right)
    return "\n".join(lines), kept


def _fit(frame: pl.DataFrame, width: int) -> tuple[list[int], int]:
    """Each kept column's width, and how many leading columns are kept (all, when they fit).

    Columns take their natural width when all fit so; else the names over numbers wrap first (a line
    or two once), then the widest text columns narrow together (their cells wrap on every row)."""
    texts = [[cell(v) for v in frame[name]] for name in frame.columns]
    numbers = [_is_number(dtype) for dtype in frame.dtypes]
    word = [max(map(display_width, _NAME_BREAK.split(name))) for name in frame.columns]
    content = [max((_longest_line(t) for t in column), default=0) for column in texts]
    natural = [max(display_width(name), c) for name, c in zip(frame.columns, content, strict=True)]
    least = [max(w, c if number else min(c, MIN_TEXT_WIDTH))
             for w, c, number in zip(word, content, numbers, strict=True)]
    kept = len(natural)
    if sum(least) + len(SEPARATOR) * (kept - 1) > width:  # leave columns out, the others kept readable
        readable = [w if number else max(w, min(n, READABLE_WIDTH))
                    for w, n, number in zip(least, natural, numbers, strict=True)]
        while kept > 1 and sum(readable[:kept]) + len(SEPARATOR) * (kept - 1) > width:
            kept -= 1
    room = width - len(SEPARATOR) * (kept - 1)
    widths = natural[:kept]
    if sum(widths) <= room:
        return widths, kept
    widths = [least[i] if numbers[i] else natural[i] for i in range(kept)]
    spare = room - sum(widths)
    if spare >= 0:  # the text fits whole: give the number columns back what room is left, left to right
        for i in range(kept):
            grow = min(natural[i] - widths[i], spare)
            widths[i] += grow
            spare -= grow
        return widths, kept
    text = [i for i in range(kept) if not numbers[i]]
    cap = max(widths[i] for i in text)
    while cap > 0 and sum(widths[i] for i in range(kept) if numbers[i]) + sum(
            max(min(natural[i], cap), least[i]) for i in text) > room:
        cap -= 1
    for i in text:
        widths[i] = max(min(natural[i], cap), least[i])
    return widths, kept


def _is_number(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() or dtype.is_temporal()  # never wrapped, aligned right


def _name_lines(name: str, width: int) -> list[str]:
    """A column's name in lines of at most `width`, broken only after `_`, `-` or a space."""
    lines = [""]
    for word in _NAME_BREAK.split(printable(name)):
        if lines[-1] and display_width(lines[-1] + word) > width:
            lines.append("")
        lines[-1] += word
    return lines


def _line(wrapped: list[list[str]], widths: list[int], right: list[bool]) -> list[str]:
    """One row, as many lines as its tallest wrapped cell."""
    out = []
    for i in range(max(map(len, wrapped))):
        parts = []
        for pieces, w, r in zip(wrapped, widths, right, strict=True):
            piece = pieces[i] if i < len(pieces) else ""
            pad = " " * (w - display_width(piece))
            parts.append(pad + piece if r else piece + pad)
        out.append(SEPARATOR.join(parts).rstrip())
    return out


def _records(frame: pl.DataFrame, width: int) -> str:
    """One block per row, `column │ value`, values wrapped to the width."""
    names = [printable(name) for name in frame.columns]
    label = max(map(display_width, names), default=0)
    room = max(width - label - 3, 10)
    blocks = []
    for number, row in enumerate(frame.iter_rows(), start=1):
        lines = [f"─[ row {number} ]".ljust(width, "─")]
        for name, value in zip(names, row, strict=True):
            pieces = _wrap(cell(value), room)
            lines.append(f"{name}{' ' * (label - display_width(name))} │ {pieces[0]}".rstrip())
            lines += [f"{' ' * label} │ {piece}" for piece in pieces[1:]]
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def _markdown(frame: pl.DataFrame, header: bool = True) -> str:
    def line(cells: Iterable[object]) -> str:
        return "| " + " | ".join(_markdown_cell(c) for c in cells) + " |"

    rows = [line(frame.columns), "| " + " | ".join(["---"] * frame.width) + " |"] if header else []
    rows += [line(row) for row in frame.iter_rows()]
    return "\n".join(rows) + "\n" if rows else ""


def _markdown_cell(value: object) -> str:
    """A cell as Markdown shows it and no more: HTML as text, no table break or link, no formula."""
    text = printable(_value_text(value), keep_newlines=True)
    if isinstance(value, str):
        text = _defused(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\|`\[\]])", r"\\\1", text).replace("\n", "<br>")


def _safe_text(frame: pl.DataFrame) -> pl.DataFrame:
    """Text columns with controls escaped and no cell a spreadsheet would run as a formula."""
    import polars as pl

    text = [name for name, dtype in frame.schema.items() if dtype == pl.String]
    return frame.with_columns(pl.col(name).map_elements(lambda v: _defused(printable(v, keep_newlines=True)),
                                                        return_dtype=pl.String) for name in text)


def _defused(text: str) -> str:
    """A text that starts like a formula, prefixed with ' as OWASP advises (spreadsheets hide the mark)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _flat(frame: pl.DataFrame) -> pl.DataFrame:
    """Lists and structs as JSON text, which CSV can hold."""
    import polars as pl

    nested = [name for name, dtype in frame.schema.items() if dtype.is_nested()]
    return frame.with_columns(pl.col(name).map_elements(lambda v: json.dumps(v, ensure_ascii=False, default=str),
                                                        return_dtype=pl.String) for name in nested)


def _value_text(value: object) -> str:
    """A value written out in full: nothing for null, numbers in positional notation."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f") if value == value and abs(value) != float("inf") else repr(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def cell(value: object) -> str:
    """A value as a table shows it: controls escaped, and a large number's thousands grouped."""
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        value = float(f"{value:.15g}")  # 14230000000.0 for 142.3 x 1e8, not 14230000000.000002
    text = _value_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and GROUPED_FROM <= abs(value) < float("inf"):
        whole, dot, fraction = text.partition(".")
        return f"{int(whole):,}{dot}{fraction}"
    return printable(text, keep_newlines=True)


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _longest_line(text: str) -> int:
    return max(map(display_width, text.split("\n")))


def _wrap(text: str, room: int) -> list[str]:
    """`text` in lines of at most `room` columns, broken after a space, `-`, `_`, `/` or `.`, or
    beside a CJK character, where the line has such a place; else where it is full."""
    pieces = []
    for paragraph in text.split("\n"):
        line = ""
        for ch in paragraph:
            if line and display_width(line) + display_width(ch) > room:
                cut = _last_break(line + ch)
                if not 0 < cut <= len(line):
                    cut = len(line)
                pieces.append(line[:cut])
                line = line[cut:]
            line += ch
        pieces.append(line)
    return pieces


def _last_break(text: str) -> int:
    """The last place `text` may be broken (the length of the part before it), or 0."""
    for i in range(len(text) - 1, 0, -1):
        if text[i - 1] in _BREAKS_AFTER or display_width(text[i - 1]) == 2 or display_width(text[i]) == 2:
            return i
    return 0

"""Query results for people and for programs: a table that fits the terminal (one record per block
when the columns cannot fit side by side), CSV, JSON or Markdown. Numbers are never written in
scientific notation: 48630000000, not 4.8630e10."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal

import polars as pl

FORMATS = ("table", "csv", "json", "markdown")
TABLE_ROWS = 200  # a table is for reading: past this, CSV or JSON
SEPARATOR = " │ "
MIN_TEXT_WIDTH = 8  # narrower text columns than this, and a table shows one record per block


def render(frame: pl.DataFrame, fmt: str, width: int) -> str:
    """`frame` in `fmt`, tables no wider than `width` display columns."""
    if fmt == "csv":
        return _flat(frame).write_csv(float_scientific=False)
    if fmt == "json":
        return frame.write_json() + "\n"
    if fmt == "markdown":
        return _markdown(frame)
    return _table(frame, width)


def _table(frame: pl.DataFrame, width: int) -> str:
    shown = frame.head(TABLE_ROWS)
    text = _columns(shown, width) or _records(shown, width)
    more = frame.height - shown.height
    footer = f"… {more} more rows: use --format csv or json for all of them\n" if more > 0 else ""
    return f"{text}\n{footer}({frame.height} rows)\n"


def _columns(frame: pl.DataFrame, width: int) -> str | None:
    """Columns side by side, text wrapped within the width; None when they cannot fit readably."""
    header = frame.columns
    rows = [[cell(v) for v in row] for row in frame.iter_rows()]
    fixed = [dtype.is_numeric() or dtype.is_temporal() for dtype in frame.dtypes]  # numbers are never wrapped
    natural = [max([_name_width(name, f), *(display_width(row[i]) for row in rows)])
               for i, (name, f) in enumerate(zip(header, fixed, strict=True))]
    room = width - len(SEPARATOR) * (len(header) - 1) - sum(w for w, f in zip(natural, fixed, strict=True) if f)
    text_widths = [w for w, f in zip(natural, fixed, strict=True) if not f]
    cap = max(text_widths, default=0)
    while cap > MIN_TEXT_WIDTH and sum(min(w, cap) for w in text_widths) > room:
        cap -= 1
    if sum(min(w, cap) for w in text_widths) > room:
        return None
    widths = [w if f else min(w, cap) for w, f in zip(natural, fixed, strict=True)]
    lines = _line(header, widths, fixed)
    lines.append("─┼─".join("─" * w for w in widths))
    for row in rows:
        lines += _line(row, widths, fixed)
    return "\n".join(lines)


def _name_width(name: str, number: bool) -> int:
    """A column's name sets its width, except over a column of numbers, where it wraps."""
    return min(display_width(name), MIN_TEXT_WIDTH) if number else display_width(name)


def _line(cells: list[str], widths: list[int], right: list[bool]) -> list[str]:
    """One row, as many lines as its tallest wrapped cell."""
    wrapped = [_wrap(text, w) for text, w in zip(cells, widths, strict=True)]
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
    label = max(map(display_width, frame.columns), default=0)
    room = max(width - label - 3, 10)
    blocks = []
    for number, row in enumerate(frame.iter_rows(named=True), start=1):
        lines = [f"─[ row {number} ]".ljust(width, "─")]
        for column, value in row.items():
            pieces = _wrap(cell(value), room)
            lines.append(f"{column}{' ' * (label - display_width(column))} │ {pieces[0]}")
            lines += [f"{' ' * label} │ {piece}" for piece in pieces[1:]]
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def _markdown(frame: pl.DataFrame) -> str:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", "<br>") for c in cells) + " |"

    rows = [line(frame.columns), line(["---"] * frame.width)]
    rows += [line([cell(v) for v in row]) for row in frame.iter_rows()]
    return "\n".join(rows) + "\n"


def _flat(frame: pl.DataFrame) -> pl.DataFrame:
    """Lists and structs as JSON text, which CSV can hold."""
    nested = [name for name, dtype in frame.schema.items() if dtype.is_nested()]
    return frame.with_columns(pl.col(name).map_elements(lambda v: json.dumps(v, ensure_ascii=False, default=str),
                                                        return_dtype=pl.String) for name in nested)


def cell(value: object) -> str:
    """A value as people read it: nothing for null, numbers in positional notation."""
    if value is None:
        return ""
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f") if value == value and abs(value) != float("inf") else repr(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap(text: str, room: int) -> list[str]:
    pieces, current, used = [], "", 0
    for ch in text:
        w = display_width(ch)
        if ch == "\n" or used + w > room:
            pieces.append(current)
            current, used = "", 0
            if ch == "\n":
                continue
        current += ch
        used += w
    return [*pieces, current]

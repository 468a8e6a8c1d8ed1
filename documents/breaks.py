"""Sentences that the page a text was taken from broke in two.

- Pages copied from the web carry lines that hold nothing visible (a zero-width space left where
  a link or an image stood). Such a line after one that stops mid-sentence (“国内生产总值达到74.4”
  then “万亿元，增长6.7%”) is where the sentence went on, not a new paragraph: the two halves are
  joined. After a sentence's end it is an empty line, a paragraph's break.
- No line of Chinese text begins with a comma, a stop or a closing bracket: a line that does
  (“，比上年增长12.3%。”) goes on from the line before, which a page's end or width cut.
- A short run of words alone on a line (“高速公路”), after a long line (or one holding a comma or a stop: prose) that
  stops mid-sentence and before one that opens with a number (“6700多公里、…”), is a piece the page's width or a
  link set apart: the
  three are one line. (A title's lines are short, and a heading's next line holds no figure first; a time
  opening it, 1-10月，…, is no figure.)
- No line of Chinese prose ends with a comma: a line that does (a WeChat article's paragraph “…同比增长5.9%，”
  before “比全市（5.3%）快0.6个百分点。”, a page's width cutting after one) goes on in the next line, and the two
  are joined (blank lines between them too).
- A line holding only a number or a code (“2.5” of “细颗粒物（PM” / “2.5” / “）平均浓度…”), after a
  line that stops on a letter or an opening bracket, is a piece of a code the page set apart: the
  three are one line. (A number after other words may be a table's cell, on a line of its own.)"""

from __future__ import annotations

import re

from .model import Cell, Table
from .pdf import SENTENCE_END

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner, joiner, word joiner, BOM
# (each pattern opens with what it must hold, not a lookbehind or an optional run: the regex
# engine then skips to the places it can match instead of trying every character)
_SET_APART = re.compile(r"([A-Za-z（(])[ \t]*\n[ \t]*([0-9A-Za-z.%]{1,12})[ \t]*\n[ \t]*(?=[^\s\d])")
_WORDS_PIECE = re.compile(r"[\u4e00-\u9fff]{1,8}")
_WORDS_PIECE_LINE = re.compile(r"\n[\u4e00-\u9fff]{1,8}\n\d")  # one is looked for first: most texts have none
LONG_LINE = 20  # characters of a line of prose that a page's width cut
# (…超过1900公里，新建改建 / 高速公路 / 6700多公里…): a shorter line holding a comma or a stop is prose too, which
# a link set apart on its own line cut (no title's or heading's line holds one before its end)
_PROSE_MARK = re.compile(r"[，。；]")
# a line opening with a time (1-10月，…, 2025年，…) opens a paragraph under a heading: not a figure the heading's words
# were cut from
_TIME_OPENING = re.compile(r"\d{1,4}(?:\s*[-~—至到]\s*\d{1,2})?\s*[年月]")
_LINE_OPENS_WITH_PUNCTUATION = re.compile(r"\n[ \t\n]*(?=[，、。；：！？）”])")
_LINE_ENDS_WITH_COMMA = re.compile(r"[，,][ \t]*\n[ \t\n]*(?=\S)")


def join_broken_sentences(text: str) -> str:
    """`text` with the sentences a page broke whole again (see the module's docstring)."""
    return _joined_after_commas(_joined_to_lines_before(
        _without_pieces_set_apart(_SET_APART.sub(r"\1\2", _without_invisible_lines(text)))))


def _joined_after_commas(text: str) -> str:
    """`text` without the line breaks (and the blanks around them) after a line that ends with a comma."""
    return _LINE_ENDS_WITH_COMMA.sub(lambda m: m.group(0)[:1], text)


def _joined_to_lines_before(text: str) -> str:
    """`text` without the line breaks (and the blanks around them) before a line that opens with a
    comma, a stop or a closing bracket."""
    kept, last = [], 0
    for m in _LINE_OPENS_WITH_PUNCTUATION.finditer(text):
        start = m.start()
        while start > last and text[start - 1] in " \t":
            start -= 1
        kept.append(text[last:start])
        last = m.end()
    return "".join(kept) + text[last:] if kept else text


def _without_pieces_set_apart(text: str) -> str:
    if not _WORDS_PIECE_LINE.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if out and i + 1 < len(lines) and _WORDS_PIECE.fullmatch(line) and lines[i + 1][:1].isdigit() \
                and not _TIME_OPENING.match(lines[i + 1]) \
                and (len(out[-1]) >= LONG_LINE or _PROSE_MARK.search(out[-1])) and "\u4e00" <= out[-1][-1] <= "\u9fff":
            out[-1] += line + lines[i + 1]
            i += 2
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _without_invisible_lines(text: str) -> str:
    """`text` without its lines of invisible characters: the lines around one joined when the line
    before stopped mid-sentence, an empty line in its place otherwise."""
    if not any(ch in text for ch in INVISIBLE):
        return text
    out: list[str] = []
    join = False
    for line in text.split("\n"):
        if line.strip(" \t") and not line.strip(" \t" + INVISIBLE):
            before = out[-1].rstrip() if out else ""
            join = bool(before) and not before.endswith(SENTENCE_END)
            if not join:
                out.append("")
        elif join:
            out[-1] = out[-1].rstrip() + line.lstrip()
            join = False
        else:
            out.append(line)
    return "\n".join(out)


def moved(tables: tuple[Table, ...], before: str, after: str) -> tuple[Table, ...]:
    """The tables' cells in `after`, the text `before` with the characters that joined its broken sentences
    taken out (line breaks, blanks, invisible characters): each offset moves back by those taken before it."""
    at = [0] * (len(before) + 1)
    j = 0
    for i, ch in enumerate(before):
        at[i] = j
        if j < len(after) and after[j] == ch:
            j += 1
    at[len(before)] = j
    return tuple(Table(tuple(tuple(Cell(at[c.start], at[c.end]) for c in row) for row in t.rows), t.header)
                 for t in tables)

"""The layout of a document: sections under headings, sentences, clauses, quotations."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

SENTENCE_END = re.compile(r"[。!?！？\n]+")
# A comma between digits and three more ("1,234") separates thousands, not clauses.
CLAUSE_END = re.compile(r"[;:，；：]|(?<!\d),|,(?!\d{3}(?!\d))")
# A top-level heading: 一、… or 第一部分 … at the start of a line.
HEADING = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)[、 ]?)"
                     r"(?P<text>[^\n]{0,80})$", re.MULTILINE)
QUOTED = re.compile(r"“[^“”\n]{0,16}”|\"[^\"\n]{0,16}\"|《[^《》\n]{0,30}》")


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    heading: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


def sections(text: str) -> list[Section]:
    """The document cut at its top-level headings; text before the first is a section too."""
    heads = [(m.start(), m.group("text")) for m in HEADING.finditer(text)]
    starts = [0] + [s for s, _ in heads]
    titles = [""] + [t for _, t in heads]
    ends = [*starts[1:], len(text)]
    return [Section(s, e, t) for s, e, t in zip(starts, ends, titles, strict=True) if e > s or s == 0]


def sentences(text: str) -> list[Sentence]:
    out = []
    pos = 0
    for m in [*SENTENCE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        if end > pos:
            out.append(Sentence(pos, end))
        if m is None:
            break
        pos = m.end()
    return out


def clauses(text: str, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """A sentence cut at its commas, semicolons and colons (not inside brackets or numbers)."""
    start, end = sentence.start, sentence.end
    spans = []
    pos = start
    for m in CLAUSE_END.finditer(text, start, end):
        if _inside_brackets(text, pos, m.start()):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return tuple((s, e) for s, e in spans if e > s)


def _inside_brackets(text: str, start: int, pos: int) -> bool:
    """A separator inside an open bracket ("各县(市、区)") does not end a clause."""
    segment = text[start:pos]
    return segment.count("(") > segment.count(")")


class QuoteIndex:
    """Short quoted spans: slogans and names ("1310", “三张清单”), not statements."""

    def __init__(self, text: str) -> None:
        spans = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._ends[i] >= end

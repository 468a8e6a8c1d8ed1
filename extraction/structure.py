"""The layout of a document: its head (title, date line), sections under headings, paragraphs,
sentences, clauses, quotations."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat

from .lexicon import opened_by

SENTENCE_CLOSERS = "。!?"  # what ends a sentence in the normalised text, where full-width ！？ are ASCII
SENTENCE_MARKS = f"{SENTENCE_CLOSERS}！？\n"  # (also in text not normalised, and at a line's end)
SENTENCE_END = re.compile(f"[{SENTENCE_MARKS}]")  # (a class alone: the engine scans for it, not for a repeat of it)
# A comma between a digit and three more ("1,234") separates thousands, not clauses (the test comes
# after the mark, so that the regex engine looks only at the marks).
CLAUSE_END = re.compile(r"[;:，；：,](?<!\d,(?=\d{3}(?!\d)))")
# A top-level heading: 一、… or 第一部分 … at the start of a line; in a speech, 第二个问题:关于明年的目标 (the parts
# it said it would speak on: 下面,我讲两个问题), and, as a transcript writes what was said, a short line of no digit
# 第三点,明年的目标任务。 or 第二个方面,…。 (我讲三点), its full stop kept.
HEADING = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]{1,3}、"
                     r"|第[一二三四五六七八九十]{1,3}(?:部分|章|篇|个问题)[、 :]?"
                     r"|(?P<spoken>第[一二三四五六七八九十]{1,3}(?:点|个方面)[,、:](?=[^\n\d]{1,30}$)))"
                     r"(?P<text>[^\n]{0,80})(?(spoken)|(?<!。))$", re.MULTILINE)  # (一、新建中小学12所。: an item)
# A heading of the second level ((一)…, brackets normalised), which heads the parts of a document whose outline has no
# first level: an excerpt of a report often starts below it ((一)民生实事完成情况 / (二)2026年民生实事安排)
SUB_HEADING = re.compile(r"^[ \t]*\([一二三四五六七八九十]{1,3}\)(?P<text>[^\n]{0,80})(?<!。)$", re.MULTILINE)
SUB_HEADING_OPENING = re.compile(r"\n[ \t]*\(")
# A line standing alone that may head a part without a number (“十四五”时期发展成就和2025年工作回顾,
# 2026年自治区民生实事): short, no sentence punctuation, not a sub-heading (（一）…).
# (its words' count possessive: the blanks after them are characters of words too, so no shorter count can match
# where the longest did not, and a line of more words fails at once, not after 39 tries of fewer)
HEADING_LINE_TEXT = (r"[ \t]*(?P<text>(?:[^\s(（【\[<>|\d-]|(?:19|20)\d\d年)"
                     r"[^\n。;；:：,，!！?？|【】>]{1,39}+)[ \t]*$")
HEADING_LINE = re.compile(f"^{HEADING_LINE_TEXT}", re.MULTILINE)
# Where a HEADING_LINE may stand: at a line's end before one (line_matches: the engine scans for the line ends,
# where a Python loop would try the pattern at each line)
HEADING_LINE_OPENING = re.compile(rf"\n(?={HEADING_LINE_TEXT})", re.MULTILINE)
# Where a HEADING may stand: after a line's end, a line opening with a numeral or 第 (the engine scans for the line
# ends of a pattern opening with one)
HEADING_OPENING = re.compile(r"\n[ \t]*[一二三四五六七八九十第]")
# The body starts at the first paragraph: a line ending a sentence, or a long one.
BODY_LINE = re.compile(r"^[^\n]*。[ \t]*$|^[^\n]{60,}$", re.MULTILINE)
LOOK_BACK = 200  # characters before a heading line in which the line above it is looked for
# A line of a 图解 page, or of any list of figures without sentences: it ends with a figure and its unit or bound
# (▲ 新改建农村公路58公里, 地区生产总值增长6%左右), not a date (1月20日) nor an ordinal (第2位).
FIGURE_LINE_END = re.compile(r"(?<![\d.第:：/-])\d[\d.]*[ \t]*(?:%|(?![年月日号])[\u4e00-\u9fff]{1,4})?[ \t]*$")
# A figure in a line, not a date or a year (2026年, 1-10月, 第3次): a line holding one is a line of figures, no heading
FIGURE_IN_LINE = re.compile(r"(?<![\d.第])\d[\d.]*(?![\d.]|[年月日号季期届次批~至-])")
HEADING_YEAR = re.compile(r"(?:19|20)\d\d年|今年|明年|去年|过去一年")  # a year a heading line names (今年主要预期目标)
# A line of fewer words than this besides its year (2026年第1期, an issue's number) heads no part above the body
MIN_HEAD_WORDS = 4
CJK = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
# A year and its month (2026年3月, 二〇二六年一月): a date line, which heads no part
YEAR_MONTH = re.compile(r"(?:19|20)\d\d年\d{1,2}月|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月")
PARAGRAPH_ENDS = ("。", "!", "?", "！", "？")
BRACKETS = (("《", "》"), ("“", "”"), ("(", ")"), ("（", "）"))
# ——经济实力大幅提升 (the dash normalised), 一、新建中小学12所。 or (一)教育扩容。新建中小学8所。(a line of sentences;
# the brackets normalised): an item of a list
LIST_ITEM = re.compile(r"[ \t]*(?:--|-|(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))"
                       r"[^\n]*。[ \t]*$)", re.MULTILINE)
QUOTED = re.compile(r"“[^“”\n]{0,16}”|\"[^\"\n]{0,16}\"|《[^《》\n]{0,30}》")
QUOTE_OPENINGS = ("“", '"', "《")  # what every QUOTED opens with


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    heading: str
    numbered: bool = True  # 一、… or 第一部分; else a heading line without a number


@dataclass(slots=True)  # not frozen: one is built for each figure, and frozen ones build slowly
class Sentence:
    start: int
    end: int


def head_end(text: str) -> int:
    """Where the document's head (title, date line, page furniture) ends: at its first paragraph."""
    m = next(line_matches(BODY_LINE, text), None)
    return m.start() if m else 0


def line_matches(pattern: re.Pattern[str], text: str, start: int = 0, opening: re.Pattern[str] | None = None
                 ) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, start)` finds, for a pattern whose matches open at a line's start (^)
    and end within the line: it is tried at the start of each line only, not at every character; with an
    `opening` (a pattern matching at the line end before every line the pattern can match), only at the
    start of the lines after its matches, which the engine scans for."""
    if opening is not None:
        if start == 0 and (m := pattern.match(text, 0)):
            yield m  # (the first line, which no line end opens)
        for line in opening.finditer(text, max(start - 1, 0)):
            if m := pattern.match(text, line.start() + 1):
                yield m
        return
    pos = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start) + 1
    if start and not pos:
        return  # no line starts after `start`
    while True:
        if m := pattern.match(text, pos):
            yield m
        pos = text.find("\n", pos) + 1
        if not pos:
            return


def sentence_opening_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, start, end)` finds in a line (no line end in text[start:end]), for a pattern whose
    matches open a sentence (at the line's start, ^ under MULTILINE, or right after an end mark: a lookbehind) and hold
    no end mark: it is tried at `start` and after each end mark only (the engine scans for them), not at every
    character, where a pattern opening with a lookbehind is tried."""
    if m := pattern.match(text, start, end):
        yield m
    for mark in SENTENCE_END.finditer(text, start, end):
        if m := pattern.match(text, mark.end(), end):
            yield m


def glossary_start(text: str, headings: Sequence[str]) -> int:
    """Where a report's glossary starts (a line of its own, 名词解释, after the body: its entries explain the
    names of programmes and slogans, 六横六纵…6个工程, and state no figure of the region); the text's end when it
    has none."""
    found = len(text)
    for word in headings:
        pos = text.find(word)
        while 0 <= pos < found:
            line = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not text[line:pos].strip() and not text[pos + len(word):end].strip(" \t:"):
                found = line
                break
            pos = text.find(word, pos + 1)
    return found


def head_lines(text: str) -> list[str]:
    """The lines of the head that are no numbered heading: the title is one of them."""
    return [line for line in text[:head_end(text)].splitlines() if line.strip() and not HEADING.match(line)]


def sections(text: str, tables: Sequence[tuple[int, int]] = (), title: str = "") -> list[Section]:
    """The document cut at its top-level headings and at heading lines without a number after its
    head (or the head's last line, when it is no `title` and names a year), but not at a line of a table
    (`tables`: their extents; a header cell 2020年基数 on a line of its own names a column, no part); text
    before the first is a section too."""
    numbered = [(m.start(), m.group("text"), True) for m in line_matches(HEADING, text, opening=HEADING_OPENING)] \
        or [(m.start(), m.group("text"), True) for m in line_matches(SUB_HEADING, text, opening=SUB_HEADING_OPENING)]
    body = head_end(text)
    taken = {s for s, _, _ in numbered}
    lines: list[tuple[int, str, bool]] = []
    for m in line_matches(HEADING_LINE, text, opening=HEADING_LINE_OPENING):
        if m.start() in taken or any(start <= m.start() < end for start, end in tables):
            continue
        above = text[max(0, m.start() - LOOK_BACK):m.start()].rstrip()
        text_of_line = m.group("text").strip()
        figured = FIGURE_IN_LINE.search(text_of_line) is not None
        # a line of figures right under a heading (2026年主要预期目标 / 地区生产总值增长6%左右) is no heading
        after_heading = bool(lines) and above.endswith(lines[-1][1]) and not figured
        # in a page of lines of figures (a 图解), a line naming a year and no figure between two lines of no
        # sentence, the one above ending with a figure, heads a part (▲ 新改建农村公路58公里 / 2026年主要预期目标 /
        # 地区生产总值增长6%左右), also before the first sentence, which such a page may lack (not a line of a
        # sentence broken at a page's width, 新建公路45公里 / 和2025年开工的桥梁一起 / 完成验收。)
        # (or the line above is a table's last: an 一图读懂 panel's last label after its figure)
        after_figures = not figured and HEADING_YEAR.search(text_of_line) is not None and \
            (FIGURE_LINE_END.search(above[above.rfind("\n") + 1:]) is not None
             or any(end <= m.start() and not text[end:m.start()].strip() for _, end in tables)) and \
            not _line_after(text, m.end()).endswith(PARAGRAPH_ENDS)
        # the last line of the head, right above the body, naming a year, under the title (附件1 /
        # 2026年省十件民生实事 / 坚持民生为大…。): the part's own heading, not the document's title (nor a line of a
        # sentence broken in lines under a numbered heading: 二、2026年工作安排 / 新建公路45公里 / 和2025年开工的…)
        above_body = m.start() < body and not figured and text_of_line != title.strip() and \
            HEADING_YEAR.search(text_of_line) is not None and YEAR_MONTH.search(text_of_line) is None and \
            len(CJK.findall(HEADING_YEAR.sub("", text_of_line))) >= MIN_HEAD_WORDS and \
            not text[m.end():body].strip() and not any(start < m.start() for start in taken)
        if m.start() < body and not after_figures and not above_body:
            continue
        # not a line of a sentence broken in two (…签订《 / 关于…的联合声明 / 》以来)
        if (above.endswith(PARAGRAPH_ENDS) or after_heading or after_figures or above_body) and \
                _balanced(text_of_line):
            lines.append((m.start(), text_of_line, False))
    heads = sorted(numbered + lines)
    starts = [0] + [s for s, _, _ in heads]
    ends = [*starts[1:], len(text)]
    out = [Section(0, ends[0], "")]
    out += [Section(s, e, t, n) for (s, t, n), e in zip(heads, ends[1:], strict=True)]
    return [s for s in out if s.end > s.start or s.start == 0]


def _line_after(text: str, end: int) -> str:
    """The line after the one ending at `end`, without its blanks."""
    stop = text.find("\n", end + 1)
    return text[end + 1:stop if stop >= 0 else len(text)].strip()


def _balanced(line: str) -> bool:
    return all(line.count(a) == line.count(b) for a, b in BRACKETS)


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def previous_paragraph(text: str, start: int) -> int:
    """The start of the paragraph before the one at `start`, past blank lines (0 at the top)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return paragraph_start(text, end) if end else 0


def is_list_item(text: str, start: int) -> bool:
    return bool(LIST_ITEM.match(text, start))


def sentences_at(text: str, positions: Iterable[int]) -> Iterator[Sentence]:
    """The sentences of `sentences(text)` that hold the given positions (ascending, none on a
    sentence's end mark), in order, each once. Only the text around them is scanned: a report's
    sentences without a figure are most of its sentences."""
    end = -1
    for pos in positions:
        if pos < end:
            continue  # in the sentence found last
        floor = max(end, 0)  # the mark that ended the sentence found last, or the text's start
        start = max(map(text.rfind, SENTENCE_MARKS, repeat(floor), repeat(pos))) + 1  # (no generator: C calls only)
        after = SENTENCE_END.search(text, pos)
        end = after.start() if after else len(text)
        yield Sentence(start, end)


def clauses(text: str, sentence: Sentence) -> Iterator[tuple[int, int]]:
    """A sentence cut at its commas, semicolons and colons (not inside brackets or numbers), clause by clause (a
    reader done before the sentence's end cuts no further)."""
    start, end = sentence.start, sentence.end
    pos = start
    bracketed = text.find("(", start, end) >= 0  # (most sentences hold no bracket: no counting at each separator)
    for m in CLAUSE_END.finditer(text, start, end):
        if bracketed and _inside_brackets(text, pos, m.start()):
            continue
        if m.start() > pos:  # (none empty: two marks in a row, or one opening the sentence)
            yield pos, m.start()
        pos = m.end()
    if end > pos:
        yield pos, end


def _inside_brackets(text: str, start: int, pos: int) -> bool:
    """A separator inside an open bracket ("各县(市、区)") does not end a clause."""
    return text.count("(", start, pos) > text.count(")", start, pos)


class QuoteIndex:
    """Short quoted spans: slogans and names ("1310", “三张清单”), not statements."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in opened_by(QUOTED, QUOTE_OPENINGS, text)]  # (a scan of the whole text)
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._ends[i] >= end

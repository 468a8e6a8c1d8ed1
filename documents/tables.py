"""Tables as the readers find them: cells placed on the grid of columns, the header rows told
apart from the body, and tables recovered from a text layer that lost the cell borders (a PDF's
text lines keep a table's columns only as spaces between its cells)."""

from __future__ import annotations

import re
from functools import lru_cache

# the patterns of a cell that is a figure, as extraction reads them
from zhibiao.extraction.lexicon import Lexicon, alternation, load_lexicon
from zhibiao.extraction.tables import FIGURE, RANK_CELL, ROW_NUMBER, gap_note, share_note

from .model import Cell, Table

YEAR = re.compile(r"(?:19|20)\d\d")  # a column's header may name its year alone
NO_FIGURE = re.compile(r"[—–\-－…/]+")  # a cell saying there is no figure: —, …
# a cell: words apart by blanks; a label whose unit in brackets runs into the first figure
# (社会消费品零售总额（亿元）13.6, a label too long for its column) ends at the bracket
TOKEN = re.compile(r"\S*?[（(][^（）()\s\d]+[）)](?=[-−]?\d)|\S+")
BRACKET_OPENINGS = "（("
BRACKETED_UNIT = re.compile(r"[（(][^（）()\d\s]{1,6}[）)]")  # a unit alone in brackets under a header: （亿元）
SENTENCE_PUNCTUATION = re.compile(r"[，。；！？,;]")
# 一、出栏, （二）存栏（9月末）: a numbered word heading the rows under it, a row of no figure
GROUP_LABEL = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                         r"[\u4e00-\u9fff]{1,8}(?:[（(][^（）()]{1,8}[）)])?")
MAX_GRID = 100_000  # cells of a table's grid: statistical tables have hundreds
MIN_BODY_ROWS = 2  # a header line and one figure line are more likely prose than a table
MIN_COLUMNS = 2  # a label and a figure
# a table of a label and one figure a row (行业 | 增加值比上年增长(%)) is taken only over more rows (each of two
# words where spaced): two words over two lines of a word and a figure are as often prose broken into lines
MIN_PAIR_ROWS = 3
MAX_STACKED = 12  # columns of a table whose text layer gives one cell to a line (place, counts, measures, kinds, rank)
MAX_HEADER_WORD = 20  # characters of a column's header: longer lines are prose
MAX_CARD_ROWS = 12  # rows of a grid of cards (figures over labels, growths under them): more are a statistical table
MAX_PAIR_COLUMNS = 4  # a label, a figure, a growth and a note of a gap: a table of them without a header row


def table(text: str, rows: list[list[Cell]]) -> Table | None:
    """The rows as a table (padded to the widest row), or None when they are no table of figures:
    fewer than two columns, or no row below a header. A grid of cards (a row of figures over a row of their
    labels) is read a column to a row; a table of a label and figures a row with no header row is given an
    empty one."""
    width = max(map(len, rows), default=0)
    if width < 2 or width * len(rows) > MAX_GRID:
        return None
    end = rows[-1][-1].end if rows[-1] else 0
    padded = tuple((*row, *[Cell(end, end)] * (width - len(row))) for row in rows)
    if len(padded) <= MAX_CARD_ROWS and (cards := _cards(text, padded)) is not None:
        return Table(cards, 1)
    header = 0
    while header < len(padded) and _names_columns(texts := [text[c.start:c.end].strip() for c in padded[header]][1:]) \
            and not (header and GROUP_LABEL.fullmatch(text[padded[header][0].start:padded[header][0].end].strip())
                     and not any(texts)):  # (指标 | 单位 | … over 一、出栏 | | : the first row of the body)
        header += 1
    if header == 0 and width <= MAX_PAIR_COLUMNS and len(padded) >= MIN_PAIR_ROWS and _labelled_rows(text, padded):
        # 地区生产总值 | 增长6%左右 / 城镇新增就业 | 1.2万人以上: each row a label and its figure, no header row
        first = padded[0][0].start
        return Table(((Cell(first, first),) * width, *padded), 1)
    return Table(padded, header) if header < len(padded) else None


def _names_columns(texts: list[str]) -> bool:
    """Whether a row names columns: no figure in it (nor one said with its verb, 增长6%左右), or only years, two at
    least (2024 | 2025)."""
    figures = [t for t in texts if FIGURE.fullmatch(t) or _said_figure(t)]
    return not figures or (len(figures) >= 2 and all(YEAR.fullmatch(t) for t in figures))


@lru_cache(maxsize=1)
def _figure_openings() -> tuple[re.Pattern[str], frozenset[str]]:
    """The words a cell may say its figure with (增长, 控制在, 不少于, after a base: 同比增长): the lexicon's verbs of
    change and bounds; and their first characters."""
    w = load_lexicon().words
    said = w("increase_verbs") + w("decrease_verbs") + w("at_least_before") + w("at_most_before") + w("approx_before")
    pattern = re.compile(rf"(?:{alternation(w('comparison_bases'))})?(?:{alternation(said)})")
    return pattern, frozenset(word[0] for word in said + w("comparison_bases"))


@lru_cache(maxsize=1)
def _figure_words() -> tuple[str, ...]:
    """The lexicon's verbs of change and bounds (增长, 下降, 达到, 超过): a line whose words end in one before its
    figure (工业投资增长14.8%) is a sentence, no card's label."""
    w = load_lexicon().words
    return tuple(w("increase_verbs") + w("decrease_verbs") + w("at_least_before") + w("at_most_before")
                 + w("approx_before"))


def _said_figure(cell: str) -> bool:
    """Whether a cell is a figure said with its verb or bound (增长6%左右, 控制在5%以内, 同比增长6.3%)."""
    pattern, firsts = _figure_openings()
    if not cell or cell[0] not in firsts:
        return False  # (most cells: at once)
    m = pattern.match(cell)
    return m is not None and FIGURE.fullmatch(cell[m.end():]) is not None


def _labelled_rows(text: str, rows: tuple[tuple[Cell, ...], ...]) -> bool:
    """Whether every row opens with a label (no figure) and most go on with a figure, alone or said (增长6%左右)."""
    figured = 0
    for row in rows:
        label = text[row[0].start:row[0].end].strip()
        if not PAIR_LABEL.fullmatch(label):
            return False
        cells = [text[c.start:c.end].strip() for c in row[1:]]
        figured += any(FIGURE.fullmatch(t) or _said_figure(t) for t in cells)
    return 2 * figured > len(rows)


def _cards(text: str, rows: tuple[tuple[Cell, ...], ...]) -> tuple[tuple[Cell, ...], ...] | None:
    """A grid of cards, a row of figures over a row of their labels (68520元 | 39860元 / 城镇居民人均可支配收入 |
    农村居民人均可支配收入), a row of their growths under them now and then (增长4.5% | 增长6.2%): each column's label,
    figure and growths as a row, under a header of no words; None for any other grid."""
    found: list[list[Cell]] = []
    i = 0
    while i < len(rows):
        if i + 1 >= len(rows):
            return None
        figures, labels = rows[i], rows[i + 1]
        said = [text[c.start:c.end].strip() for c in figures]
        named = [text[c.start:c.end].strip() for c in labels]
        if sum(1 for t in said if t) < MIN_COLUMNS or not all(
                not t or (FIGURE.fullmatch(t) and not YEAR.fullmatch(t) and PAIR_LABEL.fullmatch(n))
                for t, n in zip(said, named, strict=True)):
            return None
        i += 2
        growths: list[tuple[Cell, ...]] = []
        while i < len(rows) and any(texts := [text[c.start:c.end].strip() for c in rows[i]]) and \
                all(not t or _growth_cell(t) for t in texts):
            growths.append(tuple(_from_verb(text, c) for c in rows[i]))
            i += 1
        found += [[labels[j], figures[j], *(g[j] for g in growths)] for j, t in enumerate(said) if t]
    width = max(map(len, found))
    first = found[0][1].start
    return ((Cell(first, first),) * width,
            *(tuple(r + [Cell(r[1].end, r[1].end)] * (width - len(r))) for r in found))


@lru_cache(maxsize=1)
def _pair_growth() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A card's growth said with its verb after a base of comparison or none (同比增长6.3%, 比年初增长6.8%; the
    lexicon's bases), its figure on the same line or the next; and those words alone on a line (同比增长 over 7.3%)."""
    bases = alternation(load_lexicon().words("comparison_bases"))
    return (re.compile(rf"(?:{bases})?(?P<verb>{GROWTH_VERBS})\n?\d"),
            re.compile(rf"(?:{bases})?(?:{GROWTH_VERBS})"))


def _growth_cell(cell: str) -> bool:
    m = _pair_growth()[0].match(cell)
    return m is not None and FIGURE.fullmatch(cell[m.end() - 1:]) is not None


def _from_verb(text: str, cell: Cell) -> Cell:
    """A growth's cell from its verb (同比增长6.3%: 增长6.3%); an empty one as it is."""
    m = _pair_growth()[0].match(text, cell.start, cell.end) if cell.end > cell.start else None
    return Cell(m.start("verb"), cell.end) if m else cell


class TextWriter:
    """Text written line by line, a table row as one line of cells apart by tabs (as a .docx reads)."""

    def __init__(self) -> None:
        self.text = ""

    def line(self, line: str) -> None:
        if line:
            self.text += ("\n" if self.text else "") + line

    def row(self, texts: list[str]) -> list[Cell]:
        """Write a row's cells (empty ones take no room); where each went."""
        cells = []
        position = len(self.text) + (1 if self.text else 0)
        for text in texts:
            cells.append(Cell(position, position + len(text)))
            position += (len(text) + 1) if text else 0
        self.line("\t".join(t for t in texts if t))
        return cells


def spread(rows: list[list[tuple[Cell, int, int]]]) -> list[list[Cell]]:
    """Cells given with their column and row spans (HTML colspan, rowspan) on the grid of columns;
    no rows when the grid would be larger than any real table's (spans are the page's word)."""
    grid: list[list[Cell]] = []
    below: dict[tuple[int, int], Cell] = {}  # (row, column) taken by a cell from a row above
    size = 0
    for r, row in enumerate(rows):
        out: list[Cell] = []
        for cell, columns, spanned_rows in row:
            size += columns * spanned_rows
            if size > MAX_GRID:
                return []
            while (r, len(out)) in below:
                out.append(below.pop((r, len(out))))
            for _ in range(columns):
                for lower in range(r + 1, r + spanned_rows):
                    below[(lower, len(out))] = cell
                out.append(cell)
        while (r, len(out)) in below:
            out.append(below.pop((r, len(out))))
        grid.append(out)
    return grid


def spaced_tables(text: str) -> tuple[Table, ...]:
    """Tables in a text layer's lines: cells set apart by spaces (a header line of words, 指标 单位
    绝对数 比上年增长%, over lines that start with a label and end with figures), or one cell to a
    line (a header of as many lines as the table has columns, then the rows, as many lines each).
    A spaced row with more words than the header has a label holding spaces; one with fewer lacks
    cells between its words (label, unit) and its figures."""
    found: list[Table] = []
    lines: list[tuple[int, str]] = []  # (where each line that is not empty starts, the line)
    start = 0
    for line in text.split("\n"):
        if line:
            lines.append((start, line))
        start += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i][1].strip()
        if len(line) > MAX_HEADER_WORD and " " not in line and "\t" not in line and "\u3000" not in line:
            i += 1  # a line of prose: most of a document, passed over at once (cells apart by any blank)
            continue
        rows, used = _spaced(text, lines, i) or _stacked(lines, i) or ([], 1)
        if rows and (t := table(text, rows)) is not None:
            found.append(t)
        i += used
    return tuple(found)


def _spaced(text: str, lines: list[tuple[int, str]], i: int) -> tuple[list[list[Cell]], int] | None:
    """The header line at `i` and the rows of spaced cells under it (and the lines they take), or None. A line of
    units alone in brackets right under the header (（亿元） （%）) is the header's second line, each unit under the
    column of decimals it is in order (the columns of ranks and numbers hold none); dropped when they do not match."""
    header = _header(*lines[i])
    if header and (grouped := _grouped_header(text, lines, i, header)) is not None:
        return grouped
    units = _units_line(*lines[i + 1]) if header and i + 1 < len(lines) else None
    top = i + (2 if units else 1)  # the body's first line
    body: list[list[Cell]] = []
    while header and top + len(body) < len(lines):
        start, line = lines[top + len(body)]
        row = _row(start, line, len(header))
        if row is None and GROUP_LABEL.fullmatch(line.strip()) and top + len(body) + 1 < len(lines) \
                and _row(*lines[top + len(body) + 1], len(header)) is not None:
            end = start + len(line.rstrip())  # 一、出栏 over rows: a row of its own, of no figure, heading them
            row = [Cell(start + len(line) - len(line.lstrip()), end), *[Cell(end, end)] * (len(header) - 1)]
        if row is None or (len(header) == MIN_COLUMNS and len(line.split()) != MIN_COLUMNS):
            break
        body.append(row)
    least = MIN_PAIR_ROWS if header and len(header) == MIN_COLUMNS else MIN_BODY_ROWS
    if not header or len(body) < least:
        return None
    if units:
        decimals = [c for c in range(len(header)) if any("." in text[row[c].start:row[c].end] for row in body)]
        if len(decimals) == len(units):
            under = dict(zip(decimals, units, strict=True))
            return [header, [under.get(c, Cell(units[0].start, units[0].start)) for c in range(len(header))],
                    *body], top - i + len(body)
    return [header, *body], top - i + len(body)


def _grouped_header(text: str, lines: list[tuple[int, str]], i: int,
                    upper: list[Cell]) -> tuple[list[list[Cell]], int] | None:
    """A header of two lines and the rows under it: the label's word and groups of columns above (类别 10月 1—10月),
    the measures each group holds below, with no word under the label (同比 环比 同比). The measures are dealt to the
    groups in order, a group ending where a measure would come twice in it; taken only when that gives each group its
    measures and rows follow with a cell for each measure after their label."""
    if i + 2 >= len(lines) or (lower := _header(*lines[i + 1])) is None or len(lower) <= len(upper) - 1:
        return None
    groups: list[list[str]] = [[]]
    for cell in lower:
        word = text[cell.start:cell.end]
        if word in groups[-1]:
            groups.append([])
        groups[-1].append(word)
    width = len(lower) + 1
    if len(groups) != len(upper) - 1 or len(groups) < MIN_COLUMNS:
        return None
    body: list[list[Cell]] = []
    while i + 2 + len(body) < len(lines):
        start, line = lines[i + 2 + len(body)]
        row = _row(start, line, width) if len(line.split()) >= width else None
        if row is None:
            break
        body.append(row)
    if len(body) < MIN_BODY_ROWS:
        return None
    over = [upper[0], *(upper[g + 1] for g, group in enumerate(groups) for _ in group)]
    return [over, [upper[0], *lower], *body], 2 + len(body)


def _units_line(start: int, line: str) -> list[Cell] | None:
    """The cells of a line of units each alone in brackets ((亿元) | (%)), or None for any other line."""
    return _cells(start, line) if units_alone(line) else None


def units_alone(line: str) -> bool:
    """Whether a line holds only units, each alone in brackets and apart by blanks (（亿元）  （%）): a header's
    second line, never the rest of the line before it."""
    if line[:1] not in BRACKET_OPENINGS or not line:  # (most lines: at once)
        return False
    return all(BRACKETED_UNIT.fullmatch(w) for w in line.split())


def _stacked(lines: list[tuple[int, str]], i: int) -> tuple[list[list[Cell]], int] | None:
    """A header of one word to a line from `i`, and the rows under it as many lines each (a label
    first, a figure last), for the width that gives the most rows (and the lines they take); None
    when none gives two."""
    words = 0  # the header-like lines from i
    while words < MAX_STACKED and i + words < len(lines) and _header_word(lines[i + words][1]):
        words += 1
    best: list[list[Cell]] = []
    most, used = 0, 0
    for width in range(MIN_COLUMNS, words + 1):
        units = _stacked_units(lines, i + width, width)
        top = at = i + width + units
        while at + width <= len(lines) and _stacked_row([line for _, line in lines[at:at + width]]):
            at += width
        body = (at - top) // width
        least = MIN_PAIR_ROWS if width == MIN_COLUMNS else MIN_BODY_ROWS
        if body >= least and body > most:  # (cells made only for the width that wins)
            best = [[_whole(*line) for line in lines[i:i + width]]]
            if units:  # the units' row, the label's column (when it holds none) empty
                unit_cells = [_whole(*line) for line in lines[i + width:top]]
                best.append([Cell(unit_cells[0].start, unit_cells[0].start)] * (width - units) + unit_cells)
            best += [[_whole(*line) for line in lines[row:row + width]] for row in range(top, at, width)]
            most, used = body, at - i
    return (best, used) if best else None


def _stacked_units(lines: list[tuple[int, str]], i: int, width: int) -> int:
    """How many lines from `i` are a stacked header's units, each alone in brackets on its line ((万立方米) | (%)):
    one for each column but the label's, or for each; 0 for any other count."""
    units = 0
    while units < width and i + units < len(lines) and units_alone(lines[i + units][1].strip()):
        units += 1
    return units if units >= width - 1 else 0


def _header_word(line: str) -> bool:
    """A line that may name a column of a stacked table: short, no sentence, no figure, no caption over the table
    (附表　2025年各水厂供水情况: its mark and number first, a title, not the first column's name)."""
    return len(line.strip()) <= MAX_HEADER_WORD and not SENTENCE_PUNCTUATION.search(line) \
        and not _is_figure(line.strip()) and not _caption().match(line)


@lru_cache(maxsize=1)
def _caption() -> re.Pattern[str]:
    """A caption's opening: its mark (表, 附表) and its number or year."""
    marks = alternation(load_lexicon().words("caption_marks"))
    return re.compile(rf"[ \u3000]*(?:{marks})[ \u3000]*[\d一二三四五六七八九十]")


def _stacked_row(cells: list[str]) -> bool:
    """A label first, a figure last, or figures before a last column of words (江都区 | 96.42 | 1 | 第一等次: a grade
    or an attribute, as a spaced row may end in)."""
    return not _is_figure(cells[0].strip()) and not SENTENCE_PUNCTUATION.search(cells[0]) \
        and (_is_figure(cells[-1].strip()) or (len(cells) >= 3 and not SENTENCE_PUNCTUATION.search(cells[-1])
                                                and any(_is_figure(cell.strip()) for cell in cells[1:-1])))


def _whole(start: int, line: str) -> Cell:
    """A line as one cell, without the spaces around it."""
    return Cell(start + len(line) - len(line.lstrip()), start + len(line.rstrip()))


def _cells(start: int, line: str) -> list[Cell]:
    return [Cell(start + m.start(), start + m.end()) for m in TOKEN.finditer(line)]


def _header(start: int, line: str) -> list[Cell] | None:
    words = TOKEN.findall(line)
    if len(words) < MIN_COLUMNS or SENTENCE_PUNCTUATION.search(line) or any(FIGURE.fullmatch(w) for w in words):
        return None
    return _cells(start, line)


def looks_like_row(line: str) -> bool:
    """A line of words apart by spaces that opens with a label and ends in a figure, or holds figures
    before a last column of words (… | 1100以上 | 预期性): a table's row."""
    words = line.split()
    if len(words) >= 3 and ROW_NUMBER.fullmatch(words[0]) and not _is_figure(words[1]):
        words = words[1:]  # 3 | 宁乡市 | 1406.8: a row opening with its number or rank (序号, 位次), then its label
    return len(words) >= 2 and not FIGURE.fullmatch(words[0]) and (
        _is_figure(words[-1]) or (len(words) >= 3 and not SENTENCE_PUNCTUATION.search(line)
                                  and any(_is_figure(w) for w in words[1:-1])))


def _row(start: int, line: str, width: int) -> list[Cell] | None:
    if not looks_like_row(line):
        return None
    cells = _cells(start, line)
    if len(cells) > width:  # a label with spaces in it (其中： 税收收入)
        cells = [Cell(cells[0].start, cells[len(cells) - width].end), *cells[len(cells) - width + 1:]]
    # the label and the words after it (a unit) stand left; the figures right (after a row's number: 3 | 宁乡市)
    words = 2 if ROW_NUMBER.fullmatch(line[cells[0].start - start:cells[0].end - start]) else 1
    while words < len(cells) and not _is_figure(line[cells[words].start - start:cells[words].end - start]):
        words += 1
    missing = [Cell(cells[words - 1].end, cells[words - 1].end)] * (width - len(cells))
    return [*cells[:words], *missing, *cells[words:]]


def _is_figure(word: str) -> bool:
    return bool(FIGURE.fullmatch(word) or NO_FIGURE.fullmatch(word) or RANK_CELL.fullmatch(word))


# An 一图读懂 page's cells as its text gives them: a figure alone on its line (4968.3亿元, 5.5%左右) and its label
# alone on the line after or before it (地区生产总值, 地区生产总值增长), now and then a growth after the two (增长5.5%).
PAIR_LABEL = re.compile(r"[\u4e00-\u9fff][^\d,，。;；:：!！?？]{1,23}[:：]?")
GROWTH_VERBS = "增长|下降|提高|上涨"  # a card's words of its growth (the cell from the verb)
MIN_PAIRS = 3  # pairs in a run: fewer are as often a heading and a figure of prose
MIN_PAIRS_BESIDE = 2  # pairs in a run on a page with a run of MIN_PAIRS
PAIR_CELLS = 3  # a pair's row: its label, its figure and its growth (a note of a gap after them, a fourth)
MAX_UNIT_LINE = 4  # characters of a unit alone on its line after its number (亿元, 万人次)
MAX_PAIR_LINE = 25  # characters of the longest label or figure line: longer lines are prose, passed over at once
MAX_JOINED_LINE = 40  # characters of a line of a figure and its label (and a growth) written together
PAIR_NUMBER = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?")
LABEL_FIRST = re.compile(r"[\u4e00-\u9fff][^\d,，。;；:：!！?？\s、]{1,15}(?=\d)")  # a card's label before its figure


def paired_tables(text: str, tables: tuple[Table, ...] = ()) -> tuple[Table, ...]:
    """Runs of a label and a figure each alone on its line, the figures all before their labels or all after
    them (a row's growth line after the two), or runs of lines each opening with a figure and going on with its label,
    as tables of a label and a figure a row (a growth in a third column), under a header of no words; none inside
    the `tables` found already."""
    taken = [t.extent for t in tables]
    lines: list[tuple[int, str, str]] = []  # (start, line, kind): F a figure, L a label, G a growth, X other
    start = 0
    for line in text.split("\n"):
        words = line.strip()
        if words:
            at = start + line.index(words)
            kind = ("J" if words[0].isdigit() and len(words) <= MAX_JOINED_LINE
                    and not SENTENCE_PUNCTUATION.search(words) else _label_first(words)) \
                if len(words) > MAX_PAIR_LINE else \
                "F" if FIGURE.fullmatch(words) and not YEAR.fullmatch(words) else \
                "J" if words[0].isdigit() and not SENTENCE_PUNCTUATION.search(words) else \
                "G" if _growth_cell(words) else "L" if PAIR_LABEL.fullmatch(words) else \
                "N" if _gap_line(words) or share_note(load_lexicon()).fullmatch(words) else _label_first(words)
            if not any(a <= at < b for a, b in taken):
                lines.append((at, words, kind))
        start += len(line) + 1
    if sum(1 for _, _, kind in lines if kind == "F") < MIN_PAIRS \
            and sum(1 for _, _, kind in lines if kind in "JK") < MIN_PAIRS:
        return ()  # (most pages: no figure alone on a line, nor lines opening with one)
    lines = _units_joined(text, lines)
    joined = _joined_pairs(lines)
    found: list[Table] = []
    i = 0
    while i < len(lines):
        rows, used = _pairs(text, lines, i)
        if not rows and lines[i][0] in joined:
            while i + used - 1 < len(lines) and lines[i + used - 1][0] in joined:
                rows.append(joined[lines[i + used - 1][0]])
                used += 1
            used -= 1
        if len(rows) >= MIN_PAIRS_BESIDE or (len(rows) == 1 and (rows[0][2].end > rows[0][2].start
                                                                 or (used > 1 and lines[i + 1][2] in "GF"))):
            # (a card of its own, its label, figure and growth, between a panel's heading and a card of another kind;
            # or its label over its figure alone, 亿元以上项目 | 326个, then a line of another kind: a table only on a
            # page with a run of MIN_PAIRS, as any run of two)
            header = [Cell(rows[0][0].start, rows[0][0].start)] * len(rows[0])
            found.append(Table((tuple(header), *(tuple(r) for r in rows)), 1))
            i += used
        else:
            i += 1
    # a run of two pairs is a table on a page of cards, one with a run of three at least (an 一图读懂 page's list of
    # two under a panel's heading); elsewhere, as often a heading and a figure of prose
    if all(len(t.rows) - 1 < MIN_PAIRS for t in found):
        return ()
    return tuple(found)


def _joined_pairs(lines: list[tuple[int, str, str]]) -> dict[int, list[Cell]]:
    """The lines that open with a figure and its unit and go on with its label alone, a growth after a blank now and
    then (6%以上地区生产总值增长, 215.7亿元地区生产总值 增长5.9%: a card's number and label in elements written on one
    line), each as a row of a label, a figure and a growth, by where the line starts."""
    lex = load_lexicon()  # (only for pages with lines opening with a figure: most have none)
    rows: dict[int, list[Cell]] = {}
    for at, words, kind in lines:
        if kind == "K":
            if row := _label_first_row(lex, at, words):
                rows[at] = row
            continue
        if kind != "J" or (number := PAIR_NUMBER.match(words)) is None:
            continue
        end = number.end()
        unit = next((k for k in range(min(MAX_UNIT_LINE, len(words) - end), 0, -1)
                     if (u := words[end:end + k]) == "%" or lex.dimension(u) not in (None, "years")), 0)
        if not unit:
            continue
        end += unit
        end += max((len(q) for q in lex.qualifiers_after if words.startswith(q, end)), default=0)
        label, _, growth = words[end:].partition(" ")
        growth = growth.strip()
        if not PAIR_LABEL.fullmatch(label) or (growth and not (
                (m := _pair_growth()[0].match(growth)) and FIGURE.fullmatch(growth[m.end() - 1:]))):
            continue
        named = label.rstrip(":：")
        figure = Cell(at, at + end)
        rows[at] = [Cell(at + end, at + end + len(named)), figure,
                    Cell(at + len(words) - len(growth) + m.start("verb"), at + len(words)) if growth
                    else Cell(figure.end, figure.end)]
    return rows


def _label_first(words: str) -> str:
    """K for a line that may be a card's label, figure and growth written on one line (古塔区168.4亿元增长4.6%: the
    elements of a list item), X for any other."""
    return "K" if LABEL_FIRST.match(words) and not SENTENCE_PUNCTUATION.search(words) \
        and len(words) <= MAX_JOINED_LINE else "X"


def _label_first_row(lex: Lexicon, at: int, words: str) -> list[Cell] | None:
    """A label, then its figure with a unit and, now and then, its growth said with its verb, and nothing else, as a
    row of a label, a figure and a growth (古塔区168.4亿元增长4.6%); None for any other line."""
    label = LABEL_FIRST.match(words)
    if label is None or not PAIR_LABEL.fullmatch(label.group(0)) or label.group(0).endswith(_figure_words()) \
            or (number := PAIR_NUMBER.match(words, label.end())) is None:
        return None
    end = number.end()
    unit = next((k for k in range(min(MAX_UNIT_LINE, len(words) - end), 0, -1)
                 if (u := words[end:end + k]) == "%" or lex.dimension(u) not in (None, "years")), 0)
    if not unit:
        return None
    end += unit
    end += max((len(q) for q in lex.qualifiers_after if words.startswith(q, end)), default=0)
    rest = words[end:]
    growth = rest.lstrip()
    if growth and not ((m := _pair_growth()[0].match(growth)) and FIGURE.fullmatch(growth[m.end() - 1:])):
        return None
    figure = Cell(at + label.end(), at + end)
    return [Cell(at, at + label.end()), figure,
            Cell(at + len(words) - len(growth) + m.start("verb"), at + len(words)) if growth
            else Cell(figure.end, figure.end)]


def _units_joined(text: str, lines: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The lines with each bare number's unit alone on the line after it (4968.3 | 亿元, a card's number and unit in
    elements of their own) joined to it as one figure line; its text is the page's from the number to the unit."""
    dimension = load_lexicon().dimension  # (only for pages with figures alone on lines: most have none)
    said_alone = _pair_growth()[1]
    out: list[tuple[int, str, str]] = []
    for line in lines:
        if out and out[-1][2] == "F" and line[2] != "F" and len(line[1]) <= MAX_UNIT_LINE \
                and (bare := FIGURE.fullmatch(out[-1][1])) is not None and not bare.group(3) \
                and dimension(line[1]) is not None:
            out[-1] = (out[-1][0], text[out[-1][0]:line[0] + len(line[1])], "F")
        elif out and out[-1][2] == "L" and line[2] == "F" and line[1].endswith("%") \
                and said_alone.fullmatch(out[-1][1]):
            # 同比增长 | 7.3%: a card's growth whose figure an element of its own (a <br>) put on the next line
            out[-1] = (out[-1][0], text[out[-1][0]:line[0] + len(line[1])], "G")
        else:
            out.append(line)
    return out


def _pairs(text: str, lines: list[tuple[int, str, str]], i: int) -> tuple[list[list[Cell]], int]:
    """The rows of pairs from line `i` (its kind, F or L, says which comes first), and the lines they take."""
    first = lines[i][2]
    if first not in "FL":
        return [], 1
    second = "L" if first == "F" else "FG"  # (地区生产总值 | 增长5.8%: a label before its growth alone)
    rows: list[list[Cell]] = []
    said: list[bool] = []  # whether each row's figure is its growth (地区生产总值 | 增长5.8%)
    at = i
    while at + 1 < len(lines) and lines[at][2] == first and lines[at + 1][2] in second:
        label, figure = (lines[at + 1], lines[at]) if first == "F" else (lines[at], lines[at + 1])
        named = label[1].rstrip(":：")  # (居民消费价格涨幅：| 2%左右: the colon no part of the label)
        row = [Cell(label[0], label[0] + len(named)), Cell(figure[0], figure[0] + len(figure[1]))]
        if figure[2] == "G":
            row[1] = _from_verb(text, row[1])  # (同比增长6.2%: the cell from its verb, as a growth after a figure)
        at += 2
        if at < len(lines) and lines[at][2] == "G" and figure[2] == "F":
            verb = _pair_growth()[0].match(lines[at][1]).start("verb")  # type: ignore[union-attr]
            row.append(Cell(lines[at][0] + verb, lines[at][0] + len(lines[at][1])))
            at += 1
        else:
            row.append(Cell(row[1].end, row[1].end))
        if at < len(lines) and lines[at][2] == "N":  # (under a figure, or a growth that is the card's figure)
            # 高于全市0.2个百分点 under the card's figures
            row.append(Cell(lines[at][0], lines[at][0] + len(lines[at][1])))
            at += 1
        rows.append(row)
        said.append(figure[2] == "G")
    if not all(said) and any(said):
        # a card of a label and its growth among cards of a label, a figure and a growth: its growth in their column
        rows = [[row[0], row[2], row[1], *row[3:]] if growth else row for row, growth in zip(rows, said, strict=True)]
    if any(len(row) > PAIR_CELLS for row in rows):
        rows = [row if len(row) > PAIR_CELLS else [*row, Cell(row[1].end, row[1].end)] for row in rows]
    return rows, at - i


def _gap_line(line: str) -> bool:
    """Whether a line is a card's note of its growth's gap to a larger region (高于全市0.2个百分点)."""
    openings, note = gap_note(load_lexicon())
    return line[0] in openings and note.fullmatch(line) is not None

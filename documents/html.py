"""The speech inside a web page, found by the page's structure: the block holding most of its
running Chinese text, without the site's navigation, comments, share buttons and tip jars around it.

Every step is linear in the page: one pass over the markup caps how deep elements nest (the
HTML parser slows down with the square of the depth), one walk over the tree weighs every
element, and one walk writes out the chosen block's lines."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from .metadata import page_words
from .model import Cell, DocumentError, Table
from .tables import paired_tables, spread, table

NEVER_TEXT = {"script", "style", "noscript", "template", "iframe", "button", "select", "svg"}
FURNITURE_TAGS = {"nav", "header", "footer", "aside", "form"}
FURNITURE_NAMES = {"nav", "navbar", "menu", "footer", "header", "sidebar", "comment", "comments", "share",
                   "related", "breadcrumb", "breadcrumbs", "crumb", "banner", "advert", "ad", "ads", "reward",
                   "tip", "tips", "login", "recommend", "hot", "copyright", "toolbar",
                   "cmt", "discuss"}  # (a WeChat article's comments: js_cmt_area, discuss_container)
NAME_WORDS = re.compile(r"[^a-z0-9]+")
RELATED_HEAD = 8  # Chinese characters at most of a heading over a list of links to other pages (相关新闻)
NOT_WORDS = re.compile(r"[^\u4e00-\u9fff]+")  # the marks around such a heading (相关新闻：, ▼往期推荐▼, 👇 往期回顾)
# Elements that hold paragraphs rather than being one: the main text is looked for among these.
CONTAINERS = {"body", "div", "article", "main", "section", "td", "th", "tr", "tbody", "thead", "tfoot", "table",
              "form", "center", "ul", "ol", "li", "dl", "dd", "dt", "blockquote", "figure"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "img", "ins",
          "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
          "u", "var", "wbr"}
CJK = re.compile(r"[\u4e00-\u9fff]")
MAIN_SHARE = 0.5  # a block holding at least this share of the page's text may be the main one
OWN_TEXT = 10  # Chinese characters of its own paragraphs that make a block the main one, not a wrapper
MAX_SPAN = 50  # columns or rows one table cell may span: real tables of figures span a few

# a page's date, in its meta tags, its scripts or its labelled line: 2025-10-28, 2025/10/28, 2025.10.28, 2025年10月28日
PAGE_YMD = r"(?P<y>(?:19|20)\d\d)(?:[-/.]|年)(?P<m>\d{1,2})(?:[-/.]|月)(?P<d>\d{1,2})"
WECHAT_SECONDS = re.compile(r"\bvar\s+ct\s*=\s*[\"'](\d{10})[\"']")  # var ct = "1761645960": when it was posted
CHINA_TIME = timezone(timedelta(hours=8))

MAX_DEPTH = 400  # real pages nest a few dozen elements deep
# A tag ends at its '>', or where another tag begins: an unclosed one ("<a <a <a …") is read up to the
# next '<' only, not to the end of the page from each of them.
TAGS = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style|textarea|title)\b.*?(?:</\1\s*>|\Z)"
                  r"|<(/?)([a-zA-Z][\w:-]*)[^<>]*>?", re.S | re.I)
PEERS = {"p", "li", "dt", "dd"}  # each closes an open one of its own kind
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
CLOSES_P = {"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul"}


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in text)


def page_date(markup: str) -> date | None:
    """The date a page states outside its text, for one whose text gives none: a meta tag's (<meta name="PubDate"
    content="2025-10-28 18:06">; page.yaml's date_meta_names), or a WeChat article's script's, which fills its
    publish_time when the page is shown (var createTime = '2025-10-28 18:06'; date_script_variables), or the
    seconds since 1970 the script writes (var ct = "1761645960"), a day in China's time; else the line the page dates
    itself in by a label (发布日期：2025-11-20; date_labels), left out of the main text with the title above it."""
    words = page_words()
    for pattern in (_meta_date(tuple(words["date_meta_names"])), _script_date(tuple(words["date_script_variables"])),
                    _labelled_date(tuple(words["date_labels"]))):
        for m in pattern.finditer(markup):
            with suppress(ValueError):
                return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if (m := WECHAT_SECONDS.search(markup)) is not None:
        return datetime.fromtimestamp(int(m.group(1)), CHINA_TIME).date()
    return None


@lru_cache(maxsize=4)
def _meta_date(names: tuple[str, ...]) -> re.Pattern[str]:
    # (the attributes in either order: name before content, or content before name)
    named = rf"(?:name|property)\s*=\s*[\"']?(?:{'|'.join(map(re.escape, names))})[\"'\s/>]"
    return re.compile(rf"<meta\b(?=[^<>]*\b{named})[^<>]*\bcontent\s*=\s*[\"']?{PAGE_YMD}", re.I)


@lru_cache(maxsize=4)
def _labelled_date(labels: tuple[str, ...]) -> re.Pattern[str]:
    # the date right after the label, or in the cell or element after the label's
    # (<td>发布日期：</td><td>2026-03-27</td>, <dt>公开日期</dt><dd>2026年03月28日</dd>), in figures or with 年 月 日
    return re.compile(rf"(?:{'|'.join(map(re.escape, labels))})\s*[:：]?\s*(?:<[^<>]*>\s*){{0,4}}{PAGE_YMD}")


@lru_cache(maxsize=4)
def _script_date(variables: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\bvar\s+(?:{'|'.join(map(re.escape, variables))})\s*=\s*[\"']{PAGE_YMD}")


def html_to_text(markup: str) -> tuple[str, str, tuple[Table, ...], str]:
    """The title, the main text (paragraphs and table cells on their own lines) of a page, the
    tables in it, and the page's own <title> (长海县国庆假期旅游市场综述_长海县人民政府: the site's name too)."""
    tree = HTMLParser(cap_depth(markup))
    if tree.body is None:
        raise DocumentError("broken HTML: no body")
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    elements = _weigh(tree.body)
    _leave_out(elements, _furniture(elements))
    left_out = {e.node.mem_id for e in elements if e.left_out}
    text, tables = _lines(_main_block(elements).node, left_out)
    if not CJK.search(text):
        text, tables = _lines(tree.body, left_out)
    tables += paired_tables(text, tables)
    heading = next((e.node for e in elements if e.tag == "h1" and not e.left_out), None)
    return (heading.text(strip=True) if heading else "") or title, text, tables, title


@dataclass
class _Element:
    node: Node
    tag: str
    parent: int  # index of the parent in the list of elements; -1 for the root
    container: int  # index of the nearest container: the element itself if it is one
    direct: int = 0  # Chinese characters of its own text nodes (none for text inside a link)
    everything: int = 0  # all Chinese characters inside it, links and furniture included
    left_out: bool = False  # furniture, or inside furniture
    own: int = 0  # for a container: the Chinese characters of its paragraphs, not of nested containers
    text: int = 0  # the Chinese characters inside it, less links and furniture


def _weigh(root: Node) -> list[_Element]:
    """Every element under `root` in document order with the Chinese text it holds (one walk)."""
    elements: list[_Element] = []
    stack: list[tuple[Node, int, bool]] = [(root, -1, False)]  # node, parent, inside a link
    while stack:
        node, parent, in_link = stack.pop()
        tag = node.tag
        if tag == "-text":
            count = len(CJK.findall(node.text_content or ""))
            elements[parent].everything += count
            elements[parent].direct += 0 if in_link else count
            continue
        if tag is None or tag.startswith("-") or tag in NEVER_TEXT:
            continue
        index = len(elements)
        container = index if tag in CONTAINERS or parent < 0 else elements[parent].container
        elements.append(_Element(node, tag, parent, container))
        children = []
        child = node.child
        while child is not None:
            children.append((child, index, in_link or tag == "a"))
            child = child.next
        stack.extend(reversed(children))
    for e in reversed(elements):  # children come after their parents
        if e.parent >= 0:
            elements[e.parent].everything += e.everything
    return elements


def _furniture(elements: list[_Element]) -> set[int]:
    """Elements that are site furniture: by tag, or by a whole word of their class or id, or the block a
    heading of links to other pages opens (<div class="xgxw"><h4>相关阅读</h4><ul>…). One that holds most of the
    page is a wrapper with an unlucky name (<form id="form1">), not furniture."""
    total = elements[0].everything
    furniture = set()
    for i, e in enumerate(elements):
        if i == 0 or 2 * e.everything > total:
            continue
        names = f"{e.node.attributes.get('class') or ''} {e.node.attributes.get('id') or ''}".lower()
        if e.tag in FURNITURE_TAGS or FURNITURE_NAMES.intersection(NAME_WORDS.split(names)):
            furniture.add(i)
        elif 0 < e.direct <= RELATED_HEAD and e.tag not in CONTAINERS and e.container != i and \
                2 * elements[e.container].everything <= total and \
                NOT_WORDS.sub("", e.node.text(deep=False, strip=True) or "") in page_words()["related_list_headings"]:
            furniture.add(e.container)
        elif e.tag in CONTAINERS and 0 < e.direct <= 2 * RELATED_HEAD and e.everything > e.direct and \
                _only_link_labels(e.node.text(deep=False, strip=True) or ""):
            furniture.add(i)
    return furniture


def _only_link_labels(text: str) -> bool:
    """A block's own words are only labels of the links in it (相关阅读：<a>…</a>, 上一篇：<a>…</a>)."""
    words = page_words()
    labels = words["related_list_headings"] + words["neighbour_link_labels"]
    parts = [part for part in NOT_WORDS.split(text) if part]
    return bool(parts) and all(part in labels for part in parts)


def _leave_out(elements: list[_Element], furniture: set[int]) -> None:
    """Mark furniture and what is inside it, then weigh what is left."""
    for i, e in enumerate(elements):
        e.left_out = i in furniture or (e.parent >= 0 and elements[e.parent].left_out)
        if not e.left_out:
            elements[e.container].own += e.direct
            e.text = e.direct
    for e in reversed(elements):
        if e.parent >= 0:
            elements[e.parent].text += e.text


def _main_block(elements: list[_Element]) -> _Element:
    """From the body down: into the container holding most of the page's text, for as long as the
    one above is a mere wrapper (no paragraphs of its own). Unclosed <div>s nest each paragraph
    inside the one before; the walk stops at the first of them rather than lose those above."""
    children: list[list[int]] = [[] for _ in elements]
    for i, e in enumerate(elements):
        if i and not e.left_out and e.tag in CONTAINERS:
            children[e.parent].append(i)
    total = elements[0].text
    current = 0
    while elements[current].own < OWN_TEXT:
        heaviest = max(children[current], key=lambda i: elements[i].text, default=None)
        if heaviest is None or elements[heaviest].text < MAIN_SHARE * total or total == 0:
            break
        current = heaviest
    return elements[current]


def _lines(root: Node, left_out: set[int]) -> tuple[str, tuple[Table, ...]]:
    """The text under `root`, a line for each paragraph or block, furniture left out, and the
    tables in it (each cell is the lines it wrote)."""
    lines: list[str] = []
    line: list[str] = []
    capture = _TableCapture()

    def end_line() -> None:
        text = "".join(line).strip()
        if text:
            capture.add_line(text)
            lines.append(text)
        line.clear()

    stack: list[Node | str | None] = [root]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block
            end_line()
            continue
        if isinstance(node, str):  # the end of a table, row or cell
            end_line()
            capture.close(node)
            continue
        tag = node.tag
        if tag == "-text":
            line.append(_unbroken(node.text_content or ""))
            continue
        if tag == "img":
            # an image standing alone whose alt text is words (a 图解's heading drawn as a picture, 2026年主要预期目标):
            # a line of its own
            alt = (node.attributes.get("alt") or "").strip()
            if CJK.search(alt) and node.mem_id not in left_out and _alone(node):
                end_line()
                line.append(_unbroken(alt))
                end_line()
            continue
        if tag is None or tag.startswith("-") or tag in NEVER_TEXT or node.mem_id in left_out:
            continue
        if tag not in INLINE:
            end_line()
            stack.append(tag if capture.open(node) else None)
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    end_line()
    text = "\n".join(lines)
    return text, capture.tables(text)


def _alone(image: Node) -> bool:
    """Whether an image stands alone on its line: its parent holds no text, or the nodes beside it are blocks (a
    panel's heading drawn as a picture above its cells), not words of its line."""
    if not (image.parent and image.parent.text(strip=True)):
        return True
    return all(_block_or_none(_beside(image, side)) for side in ("prev", "next"))


def _beside(node: Node, side: str) -> Node | None:
    """The next node before or after `node` that is not blank text."""
    other = getattr(node, side)
    while other is not None and other.tag == "-text" and not (other.text_content or "").strip():
        other = getattr(other, side)
    return other


def _block_or_none(node: Node | None) -> bool:
    return node is None or (node.tag is not None and not node.tag.startswith("-") and node.tag not in INLINE)


class _TableCapture:
    """Where the cells of the tables being written out start and end in the text."""

    def __init__(self) -> None:
        self.size = 0  # characters written so far
        self._lines: list[tuple[int, int]] = []  # where each line starts and ends
        self._open: list[list[list[tuple[Cell, int, int]]]] = []  # per open table: its rows of spanned cells
        self._cells: list[tuple[int, int, int]] = []  # open cells: first line, columns, rows spanned
        self._found: list[list[list[tuple[Cell, int, int]]]] = []

    def add_line(self, text: str) -> None:
        start = self.size + (1 if self._lines else 0)
        self.size = start + len(text)
        self._lines.append((start, self.size))

    def open(self, node: Node) -> bool:
        """Note a table, row or cell that starts; False for any other element."""
        if node.tag == "table":
            self._open.append([])
        elif node.tag == "tr" and self._open:
            self._open[-1].append([])
        elif node.tag in ("td", "th") and self._open and self._open[-1]:
            self._cells.append((len(self._lines), _span(node, "colspan"), _span(node, "rowspan")))
        else:
            return False
        return True

    def close(self, tag: str) -> None:
        if tag == "table":
            self._found.append(self._open.pop())
        elif tag in ("td", "th"):
            first, columns, rows = self._cells.pop()
            wrote = len(self._lines) > first
            cell = Cell(self._lines[first][0], self._lines[-1][1]) if wrote else Cell(self.size, self.size)
            self._open[-1][-1].append((cell, columns, rows))

    def tables(self, text: str) -> tuple[Table, ...]:
        found = (table(text, spread(rows)) for rows in self._found if rows)
        return tuple(t for t in found if t is not None)


def _span(node: Node, attribute: str) -> int:
    value = (node.attributes.get(attribute) or "1").strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _unbroken(text: str) -> str:
    """A text node's text without its line breaks and the spaces around them: a line break inside a
    paragraph of Chinese is only markup layout. (Split, not a regular expression: one over a long
    run of spaces would try it from each of them.)"""
    return "".join(part.strip() for part in text.strip().split("\n"))


def cap_depth(markup: str, limit: int = MAX_DEPTH) -> str:
    """The markup with elements nested deeper than `limit` unwrapped (their tags dropped, their text
    kept). Tracks the open elements roughly as a browser would: a new paragraph or block closes an
    open <p>, a new <li> an open <li>; these are never dropped, as they close each other and
    so cannot pile up. Pages within the limit come back unchanged."""
    stack: list[str] = []
    dropped: dict[str, int] = {}
    cuts: list[tuple[int, int]] = []
    for m in TAGS.finditer(markup):
        name = m.group(3)
        if name is None:
            continue
        name = name.lower()
        if m.group(2):  # an end tag
            if dropped.get(name):
                dropped[name] -= 1
                cuts.append(m.span())
            elif name in stack:
                dropped.clear()  # closing an outer element closes the ones dropped inside it
                while stack.pop() != name:
                    pass
            continue
        if name in VOID:
            continue
        if stack and ((stack[-1] == "p" and name in CLOSES_P) or (stack[-1] == name and name in PEERS)):
            stack.pop()
        if len(stack) >= limit and name not in PEERS:
            dropped[name] = dropped.get(name, 0) + 1
            cuts.append(m.span())
        else:
            stack.append(name)
    if not cuts:
        return markup
    pieces, start = [], 0
    for begin, end in cuts:
        pieces.append(markup[start:begin])
        start = end
    pieces.append(markup[start:])
    return "".join(pieces)

"""The speech inside a web page: the block with the most running Chinese text, without
the site's navigation, comments, share buttons and tip jars around it."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from .model import DocumentError

FURNITURE_TAGS = "script, style, noscript, nav, header, footer, aside, form, iframe, button, select"
FURNITURE_NAMES = re.compile(r"nav|menu|footer|header|sidebar|comment|share|related|breadcrumb|banner|"
                             r"advert|\bad\b|reward|tip|login|recommend|hot|copyright|toolbar", re.I)
BLOCKS = "article, main, section, div, td"
CJK = re.compile(r"[\u4e00-\u9fff]")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in text)


def html_to_text(markup: str) -> tuple[str, str]:
    """The title and the main text (paragraphs on their own lines) of a page."""
    tree = HTMLParser(markup)
    if tree.body is None:
        raise DocumentError("broken HTML: no body")
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    for node in tree.css(FURNITURE_TAGS):
        node.decompose()
    for node in tree.css("[class], [id]"):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if FURNITURE_NAMES.search(names) and node.tag not in ("body", "html"):
            node.decompose()
    best = max(tree.css(BLOCKS), key=_own_text_weight, default=tree.body)
    text = _paragraphs(best)
    if not CJK.search(text):
        text = _paragraphs(tree.body)
    heading = tree.css_first("h1")
    return (heading.text(strip=True) if heading else "") or title, text


def _own_text_weight(node: Node) -> int:
    """Chinese characters in the node's paragraphs, less those of nested blocks'
    link text, so that the innermost block holding the speech wins."""
    paragraphs = sum(len(CJK.findall(p.text())) for p in node.css("p"))
    links = sum(len(CJK.findall(a.text())) for a in node.css("a"))
    return paragraphs - 2 * links


def _paragraphs(node: Node) -> str:
    lines = []
    for child in node.css("p, h1, h2, h3, h4") or [node]:
        text = child.text(separator="", strip=True)
        if text:
            lines.append(text)
    return "\n".join(lines)

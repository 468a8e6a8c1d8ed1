"""Length-preserving normalisation: full-width forms to ASCII, traditional to simplified.

Every function here maps one character to one character, so an offset in the
normalised text is the same offset in the original; evidence spans stay exact.
"""

from __future__ import annotations

import re
import sys
from contextlib import suppress
from functools import lru_cache

import opencc

_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2014: ord("-"), 0x2013: ord("-"), 0xFF5E: ord("~"),
               0x301C: ord("~"), 0x2236: ord(":"), 0x3002: 0x3002,
               0x2212: ord("-"), 0xFE63: ord("-")})  # the minus sign and the small hyphen-minus: a sign


SIMPLIFIED_SET = "gb2312"  # the simplified characters in use: a text of them alone (most) needs no conversion
# Characters of the simplified set that t2s changes but that a simplified text writes in their own right: 乾 (qián, of
# 乾县, 乾安县, 乾陵; t2s reads it as the traditional form of 干, dry). One alone does not make a text traditional; a
# text converted for its other characters still has it converted.
OWN_SIMPLIFIED = "乾"


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


_HALF = {chr(full): chr(half) for full, half in _WIDTH.items() if full != half}
_FULL = re.compile(f"[{re.escape(''.join(_HALF))}]")


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms: each one the text holds,
    replaced throughout (faster than a call for every one found, or than str.translate, which looks
    every character up). The scan for the next one goes on from where the last one was found: none
    is left before it, and a text's tens of thousands of full-width commas are never listed."""
    at = 0
    while (full := _FULL.search(text, at)) is not None:
        text, at = text.replace(full.group(), _HALF[full.group()]), full.start()
    return text


@lru_cache(maxsize=1)
def _changed_simplified() -> str:
    """The characters of GB 2312, the simplified set, that t2s still changes (後, 於), but those a simplified text
    writes in their own right (OWN_SIMPLIFIED: 乾)."""
    chars = []
    for first in range(0xA1, 0xF8):
        for second in range(0xA1, 0xFF):
            with suppress(UnicodeDecodeError):  # (the set's unassigned codes)
                chars.append(bytes((first, second)).decode(SIMPLIFIED_SET))
    converted = _t2s().convert("\n".join(chars)).split("\n")  # (one apart from the next: no phrase spans two)
    return "".join(c for c, d in zip(chars, converted, strict=True) if c != d and c not in OWN_SIMPLIFIED)


@lru_cache(maxsize=4096)
def _changes(char: str) -> bool:
    return _t2s().convert(char) != char


_OUTSIDE = re.compile(rb"&#(\d+);")  # a character the simplified set lacks, as xmlcharrefreplace writes it


def outside_simplified(text: str) -> set[int]:
    """The code points of `text` outside the simplified set: traditional characters, pictographs. The encoding and
    the scan of its bytes for the references it wrote run in C."""
    return {int(code) for code in _OUTSIDE.findall(text.encode(SIMPLIFIED_SET, errors="xmlcharrefreplace"))}


def _may_change(text: str, outside: set[int] | None) -> bool:
    """Whether t2s may change `text`: it holds a character of the simplified set that t2s changes, or one outside
    the set (where traditional characters are; `outside`, if known) that it changes. Most texts are simplified, and
    the encoding and str's scans that find that run in C, several times faster than the conversion they spare."""
    if any(char in text for char in _changed_simplified()):
        return True
    outside = outside_simplified(text) if outside is None else outside
    return any(_changes(chr(code)) for code in outside if code <= sys.maxunicode)  # (a "&#…;" the text wrote)


def to_simplified(text: str, outside: set[int] | None = None) -> str:
    """Traditional characters to simplified ones, keeping the length (`outside`: the text's code points outside
    the simplified set, if known).

    OpenCC's phrase tables could in principle change a length; if they ever do, the
    text is converted character by character instead, which cannot.
    """
    if text.isascii() or not _may_change(text, outside):
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _t2s().convert
    chars = [convert(c) for c in text]
    return "".join(c if len(c) == 1 else o for c, o in zip(chars, text, strict=True))


# A middle dot between digits is a decimal point (增长19·5％), except in a quoted date that names an
# event (“25·7”大洪水, “5·18”博物馆日)
_DOT = re.compile(r"·(?=\d)")  # (the dot first: the text is scanned for it, not tried at every character)


def _decimal(dot: re.Match[str]) -> str:
    text, start, end = dot.string, dot.start(), dot.end()
    if start == 0 or not text[start - 1].isdigit():
        return "·"
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    while end < len(text) and text[end].isdigit():
        end += 1
    quoted = (start > 0 and text[start - 1] in "“\"") or (end < len(text) and text[end] in "”\"")
    return "·" if quoted else "."


def decimal_points(text: str) -> str:
    return _DOT.sub(_decimal, text) if "·" in text else text


# The pictographs and dingbats a WeChat 公众号 article opens its lines with (📈 🔹 ✅ 👉 ⭐; Unicode's pictograph
# blocks, the miscellaneous symbols and the dingbats, none of them in the simplified set): list marks, read as •
# (BULLETS in names.py), one code point for one; the variation selector and the joiner that follow or bind some
# (✔️, 👨‍💻) as blanks
PICTOGRAPH_BLOCKS = ((0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F300, 0x1FAFF))
JOINERS = "\ufe0f\u200d"
LIST_MARK = "•"


def pictographs_as_marks(text: str, outside: set[int]) -> str:
    """`text` with its pictographs as list marks; `outside`, its code points outside the simplified set, tells
    which it holds (most texts none), so that no text is scanned for them."""
    for code in outside:
        if any(low <= code <= high for low, high in PICTOGRAPH_BLOCKS):
            text = text.replace(chr(code), LIST_MARK)
    if LIST_MARK in text:
        for joiner in JOINERS:
            text = text.replace(joiner, " ")
    return text


# A bracketed label opening a line (【概况】, 【财政】, 【数字三】: a 年鉴 entry's headings run into their paragraphs, a
# digest's items) is no part of what the line says: list marks, one for each of its characters. A label with a
# figure in it (【2026年目标】) stays: its year is the line's.
LINE_LABEL = re.compile(r"(?m)^[ \t\u3000]*【[^\d\n【】]{1,8}】")


def _label_as_marks(label: re.Match[str]) -> str:
    return "".join(c if c in " \t\u3000" else LIST_MARK for c in label.group(0))


def normalise(text: str) -> str:
    """The form the grammar reads: ASCII digits and punctuation, decimal points, simplified characters, pictographs
    and a line's bracketed label as list marks."""
    out = decimal_points(to_halfwidth(text))
    if not out.isascii():
        outside = outside_simplified(out)  # (once: both steps need it)
        out = to_simplified(pictographs_as_marks(out, outside), outside)
        if "【" in out:
            out = LINE_LABEL.sub(_label_as_marks, out)
    assert len(out) == len(text), "normalisation must keep offsets"
    return out

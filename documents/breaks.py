"""Sentences that the page a text was taken from broke in two.

- Pages copied from the web carry lines that hold nothing visible (a zero-width space left where
  a link or an image stood). Such a line after one that stops mid-sentence (“国内生产总值达到74.4”
  then “万亿元，增长6.7%”) is where the sentence went on, not a new paragraph: the two halves are
  joined. After a sentence's end it is an empty line, a paragraph's break.
- No line of Chinese text begins with a comma, a stop or a closing bracket: a line that does
  (“，比上年增长12.3%。”) goes on from the line before, which a page's end or width cut."""

from __future__ import annotations

import re

from .pdf import SENTENCE_END

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner, joiner, word joiner, BOM
_CONTINUES = re.compile(r"[ \t]*\n[ \t\n]*(?=[，、。；：！？）”])")
# What every one of those breaks holds: searched for first, as a pattern opening with a line end is
# found fast, and most texts have none
_LINE_OPENS_WITH_PUNCTUATION = re.compile(r"\n[ \t\n]*[，、。；：！？）”]")


def join_broken_sentences(text: str) -> str:
    """`text` with the sentences a page broke whole again (see the module's docstring)."""
    text = _without_invisible_lines(text)
    return _CONTINUES.sub("", text) if _LINE_OPENS_WITH_PUNCTUATION.search(text) else text


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

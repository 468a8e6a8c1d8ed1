"""What kind of number a mention is, read from the words just before it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from zhibiao.regions import Region

from .lexicon import Lexicon, alternation
from .mentions import Mention

FILLER = r"(?:了|为|达|达到|到|分别|均|也|仍|再)*"
CONNECTOR = re.compile(r"^[、,和及与]*$")


@dataclass(frozen=True)
class Reading:
    metric: str
    sign: int  # -1 for decreases
    cue_start: int  # where the words that make it this metric begin
    scope: str | None  # scope word as written (全市) or region name


class Grammar:
    def __init__(self, lex: Lexicon, larger: dict[str, Region]) -> None:
        """`larger`: the names of the regions a comparison may be with (the document's parents)."""
        self.lex = lex
        w = lex.words
        scopes = alternation([*lex.scope_index, *larger])
        self._down = set(w("growth_down")) | set(w("change_down")) | set(w("gap_down"))
        self._growth = re.compile(rf"(?P<cue>{alternation(w('growth_up') + w('growth_down'))}){FILLER}$")
        self._change = re.compile(rf"(?P<cue>{alternation(w('change_up') + w('change_down'))}){FILLER}$")
        self._share = re.compile(rf"{alternation(w('share'))}(?:了)?(?P<scope>{scopes})?")
        self._scope = re.compile(scopes)
        self._contribution = re.compile(rf"{alternation(w('contribution'))}(?P<scope>{scopes})?")
        self._gap = re.compile(rf"(?P<cue>{alternation(w('gap_up') + w('gap_down'))})(?P<scope>{scopes})"
                               rf"[^,;]{{0,10}}$")
        self._gap_compare = re.compile(rf"比(?P<scope>{scopes})[^,;]{{0,10}}?(?P<dir>高|快|低|慢){FILLER}$")

    def read(self, text: str, clause_start: int, mention: Mention, previous: tuple[Mention, Reading] | None
             ) -> Reading | None:
        """The reading of `mention`; None when it is no observation (an increment such as 增加5亿元)."""
        left = text[clause_start:mention.start]
        if previous is not None and CONNECTOR.match(text[previous[0].end:mention.start]) and \
                previous[0].dimension == mention.dimension:
            return previous[1]  # 分别增长5%、6%: the second figure reads like the first
        if mention.dimension in ("percent", "permille"):
            return self._percent(left, clause_start, mention)
        if mention.dimension == "pp":
            return self._points(left, clause_start, mention)
        if self._growth.search(left):
            return None  # an increment (增加5亿元), not a level
        return Reading("level", 1, mention.start, None)

    def _percent(self, left: str, base: int, mention: Mention) -> Reading:
        m = self._growth.search(left)
        if m:
            return Reading("growth", self._sign(m.group("cue")), base + m.start(), None)
        share = _last(self._share.finditer(left))
        if share is not None:
            scope = share.group("scope")
            if scope is None and left.startswith("比", share.end()):  # 在全市占比
                scopes = list(self._scope.finditer(left, 0, share.start()))
                scope = scopes[-1].group(0) if scopes else None
            if scope is not None:
                return Reading("share", 1, base + share.start(), scope)
            return Reading("ratio", 1, base + share.start(), None)
        return Reading("ratio", 1, mention.start, None)

    def _points(self, left: str, base: int, mention: Mention) -> Reading:
        contribution = _last(self._contribution.finditer(left))
        if contribution is not None:
            return Reading("contribution", 1, base + contribution.start(), contribution.group("scope"))
        m = self._gap.search(left)
        if m:
            return Reading("gap_pp", self._sign(m.group("cue")), base + m.start(), m.group("scope"))
        m = self._gap_compare.search(left)
        if m:
            sign = -1 if m.group("dir") in "低慢" else 1
            return Reading("gap_pp", sign, base + m.start(), m.group("scope"))
        m = self._change.search(left) or self._growth.search(left)
        if m:
            return Reading("change_pp", self._sign(m.group("cue")), base + m.start(), None)
        return Reading("change_pp", 1, mention.start, None)

    def _sign(self, cue: str) -> int:
        return -1 if cue in self._down or any(cue.endswith(d) for d in self._down) else 1


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = list(matches)
    return found[-1] if found else None

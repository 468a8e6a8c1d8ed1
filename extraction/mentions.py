"""Numbers with their units and qualifiers, and ordinal ranks, found in normalised text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from zhibiao.regions import Region

from .lexicon import Lexicon, alternation
from .numerals import parse_arabic, parse_chinese
from .structure import QuoteIndex

ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
CHINESE = r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
NUMBER = rf"(?:{ARABIC}|{CHINESE})"
RANGE_SEPARATORS = r"(?:-|~|至|到)"
# A character before a number that makes it part of a code or name (2#EVA, AA+1, V2).
GLUED_BEFORE = re.compile(r"[A-Za-z+#_/.\d]")


@dataclass(frozen=True)
class Mention:
    start: int  # from the first qualifier word to the last
    end: int
    number_start: int
    value: float
    value_high: float | None
    unit: str  # as written, magnitude included: 亿元, 万人, %
    dimension: str  # percent, pp, money, count, length, …
    qualifier: str


@dataclass(frozen=True)
class RankMention:
    start: int  # where the rank words begin (verb or scope)
    end: int
    value: int
    scope_word: str | None


class MentionFinder:
    """Compiled patterns for one lexicon and the regions a rank may be among (`larger`)."""

    def __init__(self, lex: Lexicon, larger: dict[str, Region]) -> None:
        self.lex = lex
        self.larger = larger
        w = lex.words
        self.qualifier_before = {**dict.fromkeys(w("approx_before"), "approx"),
                                 **dict.fromkeys(w("at_least_before"), "at_least"),
                                 **dict.fromkeys(w("at_most_before"), "at_most")}
        self.qualifier_after = {**dict.fromkeys(w("approx_after"), "approx"),
                                **dict.fromkeys(w("at_least_after"), "at_least"),
                                **dict.fromkeys(w("at_most_after"), "at_most")}
        self.generic = set(w("generic_classifiers"))
        self.name_suffixes = tuple(w("name_suffixes"))
        units = alternation(list(lex.units))
        magnitudes = alternation(list(lex.magnitudes))
        self.pattern = re.compile(
            rf"(?P<pre>{alternation(list(self.qualifier_before))})?"
            rf"(?:百分之(?P<words_pct>{NUMBER})"
            rf"|(?P<num>{NUMBER})(?:%?{RANGE_SEPARATORS}(?P<num2>{NUMBER}))?"
            rf"(?:(?P<unit>{units})|(?P<mag>{magnitudes})(?P<inner>{alternation(w('at_least_inner'))})?"
            rf"(?P<magunit>{units})?|(?P<inner2>{alternation(w('at_least_inner'))})(?P<unit2>{units})))"
            rf"(?P<post>{alternation(list(self.qualifier_after))})?")

    @cached_property
    def rank_pattern(self) -> re.Pattern[str]:
        """A rank needs a ranking verb or a scope before its ordinal: 第六小学 and 第一批 are names."""
        scopes = alternation([*self.lex.scope_index, *self.larger])
        return re.compile(
            rf"(?:(?P<verb>{alternation(self.lex.words('rank_verbs'))})(?P<scope>{scopes})?|(?P<scope_only>{scopes}))"
            r"(?:地区)?(?:中)?(?:排名|排)?"
            rf"(?:第(?P<ord>\d{{1,3}}|[一二三四五六七八九十]{{1,3}})(?:名|位)?|(?P<first>{alternation(self.lex.words('rank_firsts'))}))"
            r"(?![\u4e00-\u9fff\d])")

    def numbers(self, text: str, quotes: QuoteIndex) -> list[Mention]:
        out = []
        for m in self.pattern.finditer(text):
            mention = self._mention(text, m, quotes)
            if mention is not None:
                out.append(mention)
        return out

    def _mention(self, text: str, m: re.Match[str], quotes: QuoteIndex) -> Mention | None:
        raw = m.group("words_pct") or m.group("num")
        number_start = m.start("words_pct") if m.group("words_pct") else m.start("num")
        if number_start > 0 and (GLUED_BEFORE.match(text[number_start - 1]) or text[number_start - 1] == "第"):
            return None  # part of a code, or an ordinal
        unit = "%" if m.group("words_pct") else m.group("unit") or m.group("magunit") or m.group("unit2") or ""
        magnitude = m.group("mag") or ""
        chinese = not raw[0].isdigit()
        if chinese and not m.group("words_pct") and _is_small(raw) and unit in self.generic:
            return None  # 三个要求, 两个毫不动摇, 十大行动: slogans
        if not unit and not (magnitude and _ends_phrase(text, m.end())):
            return None
        if text.startswith(self.name_suffixes, m.end()) or quotes.covers(number_start, m.end()):
            return None  # 8万吨级泊位, “1310”
        try:
            value = _parse(raw)
            high = _parse(m.group("num2")) if m.group("num2") else None
        except ValueError:
            return None
        if chinese and magnitude:  # 三万人: the numeral already holds its magnitude
            value *= self.lex.magnitudes[magnitude]
            high = high * self.lex.magnitudes[magnitude] if high is not None else None
            magnitude = ""
        dimension = self.lex.units[unit].dimension if unit else "count"
        qualifier = self._qualifier(m)
        if high is not None and qualifier == "exact":
            qualifier = "at_least"  # a range: its lower bound is what it promises
        return Mention(m.start(), m.end(), number_start, value, high, magnitude + unit, dimension, qualifier)

    def _qualifier(self, m: re.Match[str]) -> str:
        if m.group("post"):
            return self.qualifier_after[m.group("post")]
        if m.group("inner") or m.group("inner2"):
            return "at_least"
        if m.group("pre"):
            return self.qualifier_before[m.group("pre")]
        return "exact"

    def ranks(self, text: str, start: int, end: int) -> list[RankMention]:
        out = []
        for m in self.rank_pattern.finditer(text, start, end):
            value = 1 if m.group("first") else int(_parse(m.group("ord")))
            out.append(RankMention(m.start(), m.end(), value, m.group("scope") or m.group("scope_only")))
        return out


def _parse(raw: str) -> float:
    return parse_arabic(raw) if raw[0].isdigit() else parse_chinese(raw)


def _is_small(raw: str) -> bool:
    try:
        return parse_chinese(raw) <= 10
    except ValueError:
        return False


def _ends_phrase(text: str, pos: int) -> bool:
    """A bare magnitude (就业1.2万) counts only where the phrase ends after it."""
    return pos >= len(text) or not ("\u4e00" <= text[pos] <= "\u9fff")

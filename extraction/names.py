"""From the words before (or after) a number to the indicator it is about."""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhibiao.regions import Vocabulary

from .lexicon import Lexicon, alternation

TIME_PREFIX = re.compile(r"^(?:(?:19|20)\d\d年度?|(?:连续|近)\d{1,2}年"
                         r"|\d{1,2}\s*(?:-|~|至|到)\s*\d{1,2}月份?|截至\d{1,2}月底?)")
EDGE = "\"“”‘’'《》「」()、,;: \t的中等之和及与了"
QUOTES = re.compile(r"[“”\"‘’'《》「」]")
MAX_NAME = 24


@dataclass(frozen=True)
class Subject:
    name: str  # cleaned noun phrase
    start: int  # offsets of the phrase in the text
    end: int
    region: str | None  # a named region that opened the phrase, as written


class Namer:
    """Cleans subjects and maps them to lexicon indicators."""

    def __init__(self, lex: Lexicon, regions: Vocabulary) -> None:
        self.lex = lex
        self._regions = regions
        prefixes = [*lex.words("subject_prefixes"), *lex.cues["spans"]]
        self._prefix = re.compile(rf"^(?:{alternation(prefixes)})")
        self._stop = re.compile(alternation([*lex.words("subject_stops"), "在"]))
        self._not_stop = re.compile(alternation(lex.words("not_stops")))
        self._region_levels = set(lex.words("subject_region_levels"))
        self._object_verb = re.compile(alternation(lex.words("object_verbs")))
        self._total = tuple(lex.words("total_suffixes"))
        self._rate = re.compile(rf"(?:{alternation(lex.words('rate_words'))})$")
        self._rate_words = set(lex.words("rate_words"))
        scopes = [*lex.scope_index, *regions.larger, *lex.words("rank_verbs")]
        self._rank_words = re.compile(alternation(scopes))

    def subject(self, text: str, start: int, end: int) -> Subject | None:
        """The subject a clause gives in text[start:end], or None when it gives none."""
        pos, region = self._skip_prefixes(text, start, end)
        phrase = text[pos:end]
        return self._finish(phrase[: self._first_stop(phrase)], pos, region)

    def _first_stop(self, phrase: str, verbs: bool = False) -> int:
        """Where the predicate begins in a phrase: the first stop word past its first
        character that is not part of a protected word (居民 holds 居)."""
        protected = [(m.start(), m.end()) for m in self._not_stop.finditer(phrase)]
        patterns = (self._stop, self._object_verb) if verbs else (self._stop,)
        cuts = [m.start() for p in patterns for m in p.finditer(phrase, 1)
                if not any(s <= m.start() < e for s, e in protected)
                and not (verbs and p is self._object_verb and m.end() == len(phrase))]
        return min(cuts, default=len(phrase))

    def object_before(self, text: str, start: int, end: int) -> Subject | None:
        """The counted thing before a count: "开展招聘会22场" -> 招聘会."""
        pos, region = self._skip_prefixes(text, start, end)
        verbs = list(self._object_verb.finditer(text, pos, end))
        if verbs and verbs[-1].end() < end:
            return self._finish(text[verbs[-1].end():end], verbs[-1].end(), region)
        return self.subject(text, start, end)

    def object_after(self, text: str, start: int, end: int) -> Subject | None:
        """The counted thing after a count: "22个项目竣工投产" -> 项目."""
        if start >= end or not ("\u4e00" <= text[start] <= "\u9fff" or text[start] in "“\""):
            return None
        phrase = text[start:end]
        if self._stop.match(phrase) or self._object_verb.match(phrase):
            return None
        return self._finish(phrase[: self._first_stop(phrase, verbs=True)], start, None)

    def _skip_prefixes(self, text: str, start: int, end: int) -> tuple[int, str | None]:
        pos, region = start, None
        while pos < end:
            if text[pos] in EDGE:
                pos += 1
                continue
            segment = text[pos:end]
            m = TIME_PREFIX.match(segment) or self._prefix.match(segment)
            if m:
                pos += m.end()
                continue
            name = self._regions.prefix(segment)
            if name and len(name) < len(segment) and self._regions.inside[name].level in self._region_levels:
                region = name
                pos += len(name)
                continue
            break
        return pos, region

    def _finish(self, phrase: str, pos: int, region: str | None) -> Subject | None:
        stripped = phrase.lstrip(EDGE)
        pos += len(phrase) - len(stripped)
        stripped = stripped.rstrip(EDGE)
        end = pos + len(stripped)
        if len(stripped) > MAX_NAME:  # a long run-on: keep its last noun phrase
            cut = max(len(stripped) - MAX_NAME, *(stripped.rfind(c) + 1 for c in "的,、"))
            pos += cut
            stripped = stripped[cut:]
        name = QUOTES.sub("", stripped)
        if not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
            return None
        return Subject(name, pos, end, region)

    def is_aspect(self, subject: Subject) -> bool:
        """Whether a subject only names an aspect (增速, 总量) of some other indicator."""
        return subject.name in self._rate_words or subject.name in self._total

    def relate(self, subject: Subject, carried: Subject, metric: str) -> Subject:
        """A subject that only names an aspect (增速, 总量) is about the carried indicator:
        "增速高于全市0.9个百分点" compares 地区生产总值's growth; "增速居全市首位" ranks it."""
        if subject.name in self._rate_words:
            name = carried.name + "增速" if metric == "rank" else carried.name
        elif subject.name in self._total:
            name = carried.name
        else:
            return subject
        return Subject(name, subject.start, subject.end, carried.region)

    def ends_with_rate(self, text: str) -> bool:
        """Whether the words before a rank name a growth rate (…增幅全市第一, 增速居全市首位)."""
        head = re.split(rf"{self._rank_words.pattern}", text)[0].rstrip(EDGE)
        return bool(self._rate.search(head))

    def without_total(self, name: str) -> str:
        """'投资总量' -> '投资'."""
        for suffix in self._total:
            if name.endswith(suffix) and len(name) > len(suffix):
                return name[: -len(suffix)]
        return name

    def part_of(self, fragment: str, whole: str) -> str | None:
        """How an enumerated fragment names an aspect of the carried indicator:
        "投资总量" of 固定资产投资 is the indicator itself, "增量" is 固定资产投资增量."""
        base = self.without_total(fragment)
        if base in whole:
            return whole
        if len(fragment) <= 3:
            return whole + fragment
        return None

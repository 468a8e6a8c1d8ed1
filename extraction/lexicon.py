"""The word lists and tables in `extraction/data/`, loaded once.

Users extend the extractor by editing those files (or pointing ZHIBIAO_LEXICON_DIR at
a copy); nothing here holds a list of its own.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from zhibiao.datafile import read_yaml
from zhibiao.regions import Regions, load_regions

DATA_DIR = Path(__file__).with_name("data")
WHOLE = "全"  # 全赣州市: the whole of a region named (its generic words, 全市, hold it already)


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    aliases: tuple[str, ...]
    english_name: str
    category: str
    expected_unit: str
    core: bool


@dataclass(frozen=True)
class Unit:
    unit: str
    dimension: str  # (rate: a rate on a base other than 100, ‰ or /10万, its base_unit telling which)
    factor: float
    base_unit: str


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def no_ending(word: str) -> str:
    return ""


def last_match(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of a pattern's matches, or None."""
    found = list(matches)
    return found[-1] if found else None


def alternation(words: Iterable[str], ending: Callable[[str], str] = no_ending) -> str:
    """A regex matching any of `words`, the longest first (as the words sorted by length and joined
    by | would), written as a tree of their common beginnings: the regex engine follows one branch
    per character instead of trying every word in turn. `ending(word)`: a pattern that must follow
    the word (a lookahead)."""
    return _alternation(frozenset(words), ending)


@lru_cache(maxsize=1024)  # the extractor of each region asks again for the same lists
def _alternation(words: frozenset[str], ending: Callable[[str], str]) -> str:
    tree: dict = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[WORD_END] = ending(word)
    return _branches(tree)


WORD_END = ""  # the key of a node of the tree where a word ends; its value is the word's ending


def _branches(node: dict) -> str:
    """The pattern of a node of the tree: its longer words first, then the word that ends there."""
    options = [re.escape(character) + _branches(child) for character, child in sorted(node.items())
               if character != WORD_END]
    if WORD_END in node:
        options.append(node[WORD_END])
    return "".join(options) if len(options) < 2 else f"(?:{'|'.join(options)})"


def character_class(characters: Iterable[str]) -> str:
    """A class of `characters` (each once, escaped): one of them stands here."""
    return f"[{''.join(re.escape(c) for c in sorted(set(characters)))}]"


def opening_with(characters: Iterable[str], pattern: str) -> str:
    """`pattern`, tried only where one of `characters` (what each of its matches opens with) stands. The
    regex engine skips ahead to where a pattern can open only when it opens with a literal or a class;
    one opening with a lookbehind, or with words and a class as alternatives, is tried whole at every
    character. This lookahead tests the one character there first."""
    return f"(?={character_class(characters)})(?:{pattern})"


def opened_by(pattern: re.Pattern[str], openings: Iterable[str], text: str) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, for a pattern every match of which opens with one of `openings` (words or
    characters): the pattern is tried only where str's scans find one. The engine's own scan for a pattern's first
    characters tests each character of the text against them, many times the instructions of str.find's scan for a
    word (a whole text's scan for a few words: a quarter of them)."""
    starts: set[int] = set()
    for opening in openings:
        at = text.find(opening)
        while at >= 0:
            starts.add(at)
            at = text.find(opening, at + 1)
    end = 0
    for at in sorted(starts):
        if at >= end and (m := pattern.match(text, at)) is not None:
            end = m.end()
            yield m


GLOSS = re.compile(r"[(（][^()（）]{1,12}[)）]")


# Lists of cues.yaml that also hold another list's words, so that each word is written once: a passive verb
# (被评为) is a word no stop ends and a predicate after a count.
SHARED_LISTS = {"not_stops": ("passive_predicates",), "predicate_verbs": ("passive_predicates",)}
YEAR_PART_SPANS = ("Q", "H")  # how the spans of quarters and halves begin (Q1, Q1-Q3, H2)
CANONICAL_MEMO = 100_000  # names remembered by Lexicon.canonical before it starts afresh
NOT_IN_KEY = re.compile(r"[\s“”\"'‘’《》「」()()·]")


def name_key(name: str) -> str:
    """The form names are compared in: no quotes, spaces or brackets, upper case."""
    return (NOT_IN_KEY.sub("", name) if NOT_IN_KEY.search(name) else name).upper()  # (most names hold none)


class Lexicon:
    """Indicators, units, magnitudes, cue words and the regions of one data directory."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.data_dir = data_dir
        self.indicators = tuple(
            Indicator(r["code"], r["name"], _split(r["aliases"]), r["english_name"], r["category"],
                      r["expected_unit"], r["core"] == "1")
            for r in _read_csv(data_dir / "indicators.csv"))
        self.units = {r["unit"]: Unit(r["unit"], r["dimension"], float(r["factor"]), r["base_unit"])
                      for r in _read_csv(data_dir / "units.csv")}
        self.magnitudes = {r["prefix"]: float(r["factor"]) for r in _read_csv(data_dir / "magnitudes.csv")}
        self.cues: dict = read_yaml(data_dir / "cues.yaml")
        self._canonical: dict[str, Indicator | None] = {}

    def words(self, key: str) -> list[str]:
        """A list of cue words, with the words of the lists it holds too (SHARED_LISTS)."""
        return [*self.cues[key], *(word for shared in SHARED_LISTS.get(key, ()) for word in self.cues[shared])]

    @cached_property
    def figure_units(self) -> list[str]:
        """The units a number is read in wherever it stands: all but numbers of years, read only after
        the words that count them (2025年 is a date, 九年义务教育 a name)."""
        return [u for u, unit in self.units.items() if unit.dimension != "years"]

    @cached_property
    def year_parts(self) -> list[str]:
        """The words of `spans` that name a quarter or a half of the year (一季度, 上半年, 前三季度), not a holiday."""
        return [word for word, span in self.cues["spans"].items() if span.startswith(YEAR_PART_SPANS)]

    @cached_property
    def alias_index(self) -> dict[str, Indicator]:
        index: dict[str, Indicator] = {}
        for ind in self.indicators:
            for alias in (ind.name, *ind.aliases):
                index[name_key(alias)] = ind
        return index

    def dimension(self, unit: str | None) -> str | None:
        """What a unit measures (money, energy …), its magnitude aside (亿千瓦时: energy); None for no known unit."""
        rest = unit or ""
        while rest and rest not in self.units and rest[0] in self._magnitude_chars:
            rest = rest[1:]  # (one character at a time: 千 opens both 千亿 and 千瓦, 万千瓦 is 万 and 千瓦)
        known = self.units.get(rest)
        return known.dimension if known else None

    @cached_property
    def own_speakers(self) -> frozenset[str]:
        """The openers of own_region_openers but 全 (我, 本): before a one-character level's word (我市, 本区) the
        document's own region, named, where 全市 is a scope; asked for every rank, so built once."""
        return frozenset(self.words("own_region_openers")) - {WHOLE}

    @cached_property
    def _magnitude_chars(self) -> str:
        return "".join(self.magnitudes)

    @cached_property
    def name_tails(self) -> frozenset[str]:
        """The ends of indicators' names and aliases, past their first character (投入强度 of 研发经费投入强度): a
        name that is none of these completes no topic into an indicator, which is tested without a lookup."""
        return frozenset(key[i:] for key in self.alias_index for i in range(1, len(key)))

    @cached_property
    def name_openings(self) -> frozenset[str]:
        """The openings of indicators' names and aliases, of three characters or more and short of the whole
        (规上工业 of 规上工业增加值): what a comparison may shorten a known quantity to (高于全市规上工业…)."""
        return frozenset(key[:i] for key in self.alias_index for i in range(3, len(key)))

    def canonical(self, phrase: str) -> Indicator | None:
        """The indicator a phrase names exactly (by name or alias), also with a gloss in brackets
        (地区生产总值(GDP))."""
        if phrase not in self._canonical:  # asked again and again for the same few names
            if len(self._canonical) > CANONICAL_MEMO:
                self._canonical.clear()
            self._canonical[phrase] = (self.alias_index.get(name_key(phrase))
                                       or self.alias_index.get(name_key(GLOSS.sub("", phrase))))
        return self._canonical[phrase]

    @cached_property
    def regions(self) -> Regions:
        """Every region of China and the places this data directory adds (regions.csv): asked for
        by every document and every name the contract judges, so looked up once."""
        return load_regions(self.data_dir / "regions.csv")

    @cached_property
    def full_place_names(self) -> frozenset[str]:
        """The full names of the regions (三门县, 七台河市), not their short ones: asked at many figures in Chinese
        whether one opens there, so built once."""
        return frozenset(region.name for region in self.regions)

    @cached_property
    def full_place_heads(self) -> frozenset[str]:
        """The first two characters of each full name (三门, 七台): a numeral and a counter (三个, 七台) open none of
        most, which one lookup tells before the names' lengths are tried."""
        return frozenset(name[:2] for name in self.full_place_names)

    @cached_property
    def qualifiers_before(self) -> dict[str, str]:
        """The words before a figure that qualify it (约, 超过, 不高于, ≤), each with its qualifier."""
        w = self.words
        return {**dict.fromkeys(w("approx_before"), "approx"), **dict.fromkeys(w("at_least_before"), "at_least"),
                **dict.fromkeys(w("at_most_before"), "at_most")}

    @cached_property
    def qualifiers_after(self) -> dict[str, str]:
        """The words after a figure that qualify it (左右, 以上, 以内), each with its qualifier."""
        w = self.words
        return {**dict.fromkeys(w("approx_after"), "approx"), **dict.fromkeys(w("at_least_after"), "at_least"),
                **dict.fromkeys(w("at_most_after"), "at_most")}

    def scopes(self, larger: Iterable[str]) -> str:
        """A regex of the words a comparison names its scope by: the comparison words, and the names of the
        regions above the document's, also after 全 (占全赣州市的14.2%)."""
        names = [n for n in larger if not n.startswith(WHOLE)]
        return alternation([*self.scope_index, *larger, *(WHOLE + n for n in names)], self._scope_ending)

    @cached_property
    def _scope_ending(self) -> Callable[[str], str]:
        """A bare 市 or 省 followed by a word of the bodies a region's government owns or runs (市属国有企业,
        省管企业) names those bodies, not the region: 占市属国有企业的73.5% is a part of the firms' own total.
        One function per lexicon, so the alternation's cache knows it again."""
        bodies = f"(?![{''.join(self.words('region_bodies'))}])"
        return lambda word: bodies if len(word) == 1 else ""

    @cached_property
    def scope_index(self) -> dict[str, str]:
        """Comparison words (全市, 全省, 世界 …) to their scope (city, province, 全球 …); a named area is its own."""
        return {w: w if scope == "named" else scope for scope, words in self.cues["scope_words"].items() for w in words}


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    return Lexicon(Path(data_dir or os.environ.get("ZHIBIAO_LEXICON_DIR") or DATA_DIR))

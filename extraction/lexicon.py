"""The word lists and tables in `extraction/data/`, loaded once.

Users extend the extractor by editing those files (or pointing ZHIBIAO_LEXICON_DIR at
a copy); nothing here holds a list of its own.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from zhibiao.regions import Regions, load_regions

DATA_DIR = Path(__file__).with_name("data")


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
    dimension: str
    factor: float
    base_unit: str


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation that prefers the longest word."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


GLOSS = re.compile(r"[(（][^()（）]{1,12}[)）]")


CANONICAL_MEMO = 100_000  # names remembered by Lexicon.canonical before it starts afresh
NOT_IN_KEY = re.compile(r"[\s“”\"'‘’《》「」()()·]")


def name_key(name: str) -> str:
    """The form names are compared in: no quotes, spaces or brackets, upper case."""
    return NOT_IN_KEY.sub("", name).upper()


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
        self.cues: dict = yaml.safe_load((data_dir / "cues.yaml").read_text(encoding="utf-8"))
        self._canonical: dict[str, Indicator | None] = {}

    def words(self, key: str) -> list[str]:
        return list(self.cues[key])

    @cached_property
    def alias_index(self) -> dict[str, Indicator]:
        index: dict[str, Indicator] = {}
        for ind in self.indicators:
            for alias in (ind.name, *ind.aliases):
                index[name_key(alias)] = ind
        return index

    def canonical(self, phrase: str) -> Indicator | None:
        """The indicator a phrase names exactly (by name or alias), also with a gloss in brackets
        (地区生产总值(GDP))."""
        if phrase not in self._canonical:  # asked again and again for the same few names
            if len(self._canonical) > CANONICAL_MEMO:
                self._canonical.clear()
            self._canonical[phrase] = (self.alias_index.get(name_key(phrase))
                                       or self.alias_index.get(name_key(GLOSS.sub("", phrase))))
        return self._canonical[phrase]

    @property
    def regions(self) -> Regions:
        """Every region of China and the places this data directory adds (regions.csv)."""
        return load_regions(self.data_dir / "regions.csv")

    @cached_property
    def scope_index(self) -> dict[str, str]:
        """Comparison words (全市, 全省, …) to their scope code; a named area (全球) is its own."""
        return {w: w if scope == "named" else scope for scope, words in self.cues["scope_words"].items() for w in words}


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    return Lexicon(Path(data_dir or os.environ.get("ZHIBIAO_LEXICON_DIR") or DATA_DIR))

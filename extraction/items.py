"""What the reading of a sentence holds: its figures (Item), what it stated of its subject, and the subject
a figure without one of its own is about."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .names import Namer, Subject

if TYPE_CHECKING:
    from .context import TimeContext
    from .model import Observation
    from .structure import Sentence

INCREMENT = "level_increment"  # (the rule of) 增加1207元: an absolute change
INCREMENT_IN_SERIES = "increment_in_series"
GAP_AMOUNT = "level_gap"  # (the rule of) 比全县高出1360元: a difference from the larger region's amount


@dataclass(slots=True)  # not frozen: one is built for each figure, and frozen ones build slowly
class Item:
    """One figure in a clause, with what makes it the metric it is."""

    start: int
    end: int
    cue_start: int
    rule: str
    metric: str
    value: float
    unit: str
    qualifier: str
    scope_word: str | None = None
    value_high: float | None = None
    basis: str | None = None
    pair_end: str | None = None
    named: tuple[int, int] | None = None  # where a rank's thing is named after its ordinal (第一货物贸易大国)
    year: int | None = None  # the year written right before a rank's end in a move (由2020年的第6位)


def subject_named(after: re.Match[str]) -> Subject:
    """The subject the words after a figure name (their group `name`)."""
    return Subject(after.group("name"), after.start("name"), after.end("name"), None)


@dataclass(slots=True)
class Stated:
    """The metrics a sentence has stated of its subject since it named it: whether a rank after them
    ranks the growth rate (增长6%,居全国第四; 增速高于全市0.1个百分点,居第四位) or the amount (总量达到…、增长
    7.2%,居全市第一)."""

    growth: bool = False
    level: bool = False
    ratio: bool = False
    last: str | None = None  # the last metric other than a rank
    said: str = ""  # the words of its clause before that figure: a growth named by its rate (增速6.1%) ranks the rate

    def add(self, metric: str, anew: bool, said: str = "") -> None:
        if anew:  # a subject of its own: what was said before is of another
            self.growth = self.level = self.ratio = False
            self.last = None
        self.growth |= metric == "growth"
        self.level |= metric == "level"
        self.ratio |= metric == "ratio"
        if metric != "rank":
            self.last, self.said = metric, said

    def of_growth(self, ends_with_rate: Callable[[str], bool]) -> bool:
        # (投入强度达到2.36%,高于全省0.94个百分点,保持全省首位: the gap and the rank are the rate's own; 总量3128.6亿元,
        # 增速6.1%,居全区第一位: the rate named right before the rank)
        return (self.last == "gap_pp" and (self.growth or not self.ratio)) or (self.growth and not self.level) \
            or (self.last == "growth" and ends_with_rate(self.said))


class CarriedSubject:
    """The subject a figure without one of its own is about: the latest clause of the sentence
    that names one. Clauses without figures (mostly prose) are named only when a figure needs
    them, which is most of the saving on long speeches."""

    def __init__(self, namer: Namer, norm: str) -> None:
        self._namer, self._norm = namer, norm
        self._subject: Subject | None = None
        self._pending: list[tuple[int, int]] = []  # figure-less clauses since the subject was set
        self.clause: tuple[int, int] | None = None  # the figure-less clause that named the subject, if one did

    def offer(self, start: int, end: int) -> None:
        self._pending.append((start, end))

    def set(self, subject: Subject) -> None:
        self._subject, self.clause = subject, None
        self._pending.clear()

    def current(self) -> Subject | None:
        """The subject last set, without reading the clauses offered since."""
        return self._subject

    def get(self, pair: bool = False) -> Subject | None:
        """`pair`: asked for a figure of a from–to pair, whose topic a clause changing a thing names (扩大X,由…)."""
        for start, end in reversed(self._pending):
            named = self._namer.subject(self._norm, *self._namer.unframed(self._norm, start, end))
            if named is None and pair:
                named = self._namer.changed_object(self._norm, start, end)
            if named is not None:
                if self._subject is not None and self._namer.is_aspect(named):
                    # (地区生产总值…。)总量呢,(在全市…排第七): an aspect named alone is the held quantity's
                    named = self._namer.relate(named, self._subject, None)
                self._subject, self.clause = named, (start, end)
                break
        self._pending.clear()
        return self._subject


@dataclass(slots=True)
class SentenceState:
    """What the reading of one sentence holds as it goes from clause to clause: the observations so far, the
    subject carried, what was stated of it, and what the clause just before left for the next one."""

    norm: str
    sentence: Sentence
    time: TimeContext
    carried: CarriedSubject
    stated: Stated  # what was said of the subject it speaks of
    topic: Subject | None  # the paragraph's quantity, or the one the words opening the sentence name (分地区看)
    above: Subject | None  # the quantity the paragraphs above were about
    supposed: tuple[int, int]  # where a supposition's clauses are (如果…,就…)
    foreign: bool  # the sentence is on foreign affairs: its counts of countries and visits are no figures
    abroad: list[tuple[int, bool]]  # where other countries open clauses, whose figures are theirs
    campaign: bool  # a campaign's tally of people, no figure
    own_titled: bool  # the document's title names its own region and no unit inside it
    out: list[Observation] = field(default_factory=list)
    named_first: Subject | None = None
    named_so_far: list[str] = field(default_factory=list)  # the indicators the sentence's figures went to, in order
    taken_out: str | None = None  # what the figure-less clause just before took out of a total (扣除…,)
    started: list[str] = field(default_factory=list)  # the names the start of a from–to pair got: its end's too
    listed_before: tuple[int, int] = (0, 0)  # where in `out` the last clause with figures put them
    ranked: bool = False  # the sentence's last figure so far is a rank
    rank_scope: str | None = None  # the peers the sentence's last rank with a scope was among
    counted_last: Subject | None = None  # a thing the last clause counted after its count (有2.87亿亩粮食耕地)
    place_before: str | None = None  # the place a clause of no figure just before opened with
    partner_before: str | None = None  # the partner a clause of no figure just before named (对美国,)
    owner_opening: Subject | None = None  # the industry a first clause of no figure opened with (机械工业…,)
    larger_said: str | None = None  # the region above the document's that a clause's subject last opened with
    place_said: str | None = None  # a place inside the document's that a clause's known quantity last opened with
    place_named: str = ""  # what the clause that opened with such a place named, when no known quantity


@dataclass(slots=True)
class ClauseState:
    """What the reading of one clause with figures holds as it goes from figure to figure."""

    cs: int  # where the clause starts
    ce: int  # and ends
    part_left: str | None  # what the figure-less clause before took out of a total (扣除房地产开发投资,)
    partner_left: str | None  # the partner the figure-less clause before named (对美国,)
    counted_before: Subject | None  # a thing the clause before counted after its count
    topic_place: str | None  # the place the figure-less clause before opened with
    names: list[tuple[str, str | None]] | None  # the names (and places) its figures go to one by one (A、B分别…)
    figures_before: int  # how many observations the sentence had before the clause
    previous_end: int  # where the figure before ends (the clause's start before its first)
    size: int  # how many figures it has
    cut_owner: str = ""  # whose things the clause says are cut (事项办理 of 事项办理平均减时间83%、减材料54%)
    counted_at: int = -1  # where the count closing a list after a figure starts (糖等|十七种)

"""Text in, observations out: the one entry point of the extraction package."""

from __future__ import annotations

import atexit
import gc
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from time import monotonic
from typing import TYPE_CHECKING

from zhibiao.regions import NAME_LEVELS, Region, level_from_name, local_code

from .context import TimeContext, Timing
from .grammar import (
    CUE_WINDOW,
    CUT_OBJECT,
    FIGURE_SAID,
    PARENT_COMPARED,
    TIMES_OF_BASE,
    Grammar,
    Reading,
    after_last,
    in_brackets,
)
from .lexicon import WHOLE, Lexicon, alternation, last_match, load_lexicon, name_key
from .mentions import RELATIVE, Mention, MentionFinder, RankMention, place_ends
from .model import SCOPED_METRICS, DocumentMeta, Observation
from .names import (
    BULLETS,
    CLAUSE_OPENER,
    LIST_MARK,
    OF,
    OWN_SHARE,
    PHRASES_REMEMBERED,
    RATE,
    STRETCH_YEARS,
    Namer,
    Subject,
)
from .names import EDGE as EDGE_CHARS
from .normalize import normalise
from .numerals import CHINESE_NUMERAL_CHARS, YEAR_NUMBER, parse_chinese
from .structure import (
    CLAUSE_END,
    FIGURE_LINE_END,
    SENTENCE_CLOSERS,
    QuoteIndex,
    Sentence,
    clauses,
    glossary_start,
    sections,
    sentences_at,
)
from .tables import COMPLETION_RATE, TableReader, TableReading
from .tables import RULE as TABLE_CELL
from .units import to_base

if TYPE_CHECKING:
    from zhibiao.documents.model import Table

ENUMERATION = re.compile(r"[、和及]")
CLAUSE_OPENERS = frozenset(",，;；:：。！？!?")  # what stands before a word opening a clause (英国早在…)
LISTED = re.compile(r"[、和及与]")  # between two figures listed together
# 投资总量、增量全市第一; 游客人数、旅游收入均增长10%: one figure for each name of a list. 及 joins
# one name (营商环境及信用体系); 和 only between aspects (总量和增速均居全国第5位).
SHARED = re.compile(r"、")
JOINED = "和"  # (国内生产总值)和(城乡居民人均收入翻一番): between two names of a rate, after a known indicator
BOUNDED = ("at_least", "approx")  # 超过, 近: how a bound that things reach is said (an exact figure is their total)
COUNT_BEFORE_WINDOW = 8  # how far before a subject its count may start (12个, 一百二十个)
RANKING_WIDTH = 30  # characters between 在全省 and 中 of a clause naming a ranking and its peers
# (投入强度超过1%)的市(州)有3个: a percentage that marks off the things a count after it counts
CLASS_COUNTED = re.compile(r"的[^,，;；:：。\d%]{0,8}?(?:共有|有|达到|达)[\d一二两三四五六七八九十]")
CLASS_MARKS = ("ratio", "share", "growth")  # the metrics of a percentage that marks off a class (…高于60%的县有5个)
# (城镇化率高于60%)的县有(5个), (增速高于全市)的有(9个): the class a clause marks off, the things it counts up to the
# count (none named: the places the sentence goes through)
CLASS_BEFORE_COUNT = re.compile(r"的(?P<things>[^,，;；:：。\d%]{0,8}?)(?:共有|有|达到|达)$")
# 95%以上的(村集体收入超过10万元), 八成的(企业营收超亿元): a share of things, the class the bound after their name marks
SHARE_OF_CLASS = re.compile(r"(?:%|[\d一二两三四五六七八九十半]成)(?:以上|以下|左右)?的$")  # (not the 成 of 建成的)
SHARE_WINDOW = 6  # (95%以上的: the share and its bound before the things)
BOUNDS = ("at_least", "at_most")  # 超过, 以上; 不超过, 以内: how the mark of a class is said
ROUND_BOUND = re.compile(r"[1-9]0*")  # 百万, 千亿, 500亿: a bound is a round figure of one digit
MASK = str.maketrans("、和及与", "\x01\x02\x03\x04")  # separators inside a name that is no list
UNMASK = str.maketrans("\x01\x02\x03\x04", "、和及与")
# 均/都: each of the names; not the 均 of an average (年均增长, 人均, 日均, 亩均: one figure of one name)
EACH = re.compile(r"(?<![年人平日月户亩地季周])均|都|双双|各(?=为?[\d一二两三四五六七八九十])")
RANKING = "排名"
FLAT_COMPARERS = "与和同"  # what opens the base a figure is level with (与上年持平, 和全市持平)
FLAT_COMPARER = re.compile(f"[{FLAT_COMPARERS}]")
FIGURE_WORD = re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}]")  # a figure in digits or a numeral's character
TARGET_GAP = "与目标差距"  # what a result's gap to its target is named with (固定资产投资与目标差距)
TARGET_GAP_WIDTH = 24  # characters between a gap word and the target it names (低于《纲要》确定的…的目标)
TARGET_NAME_WIDTH = 8  # characters of a target's own name after them (规划目标任务)
RANK_FROM, RANK_REACHED = "rank_from", "rank_reached"  # the rules of a moved rank's two ends (由第6位上升至第5位)
RATE_NAME = "增速"  # what a rank of a growth names its indicator with (地区生产总值增速)
ASPECTS_JOINED = re.compile(r"^(?P<a>[\u4e00-\u9fff]{2,3})和(?P<b>[\u4e00-\u9fff]{2,3})$")
SUMMED = "合计"
# a county's or a district's own pages name it without its level's character (如东 of 如东县, 海门 of 海门区)
SHORT_NAMED_LEVELS = ("county", "district")
SHORT_NAMED_ENDINGS = "县区市旗"
SHARE_OF = "占"  # the share cue that names the whole a share is of (占全国人口), not 贡献 (贡献了全国18.5%的增量)
FUND = "资金"  # what an amount spent on a work is named with (建设职工住宅资金)
FUNDED_VERB = 2  # the characters of the verb of the work funded (建设, 改造)
RANKED_BY = ("level_ranked", "growth_ranked")  # (the rules of) 以1328.6亿元位列首位: the figure a place ranks by
COMPLETION, PLAN_COMPLETED = "completion_ratio", "completion_ratio_after_plan"  # 完成计划的101%; 计划完成101%
INCREMENT = "level_increment"  # (the rule of) 增加1207元: an absolute change
# (住户贷款增加6874亿元,其中)短期贷款减少3215亿元: a fall among the increases the sentence lists, the increase negative
INCREMENT_IN_SERIES = "increment_in_series"
# 比上年减少300亿元, 较去年同期减少: a fall measured against a base named (not 同比), a 减少额 even in a series
BASE_NAMED = re.compile(r"(?<![同占])[比较](?![重例])")
RESTATED = ("即", ",即", "，即")  # (增产2200万吨,)即7.8%: the same change, as a percentage
YEARLY = "年"
FACTOR = "因素"  # 扣除价格因素: how a figure is counted, no part taken out of it
EXAMPLES = "等"  # (A、B)等(X): examples of X
NAMED_AFTER = "的是"  # (增速居前三位)的是(A、B和C): the places a clause names after what it says of them
# (稀土化合物、功能材料、煤制烯烃)等80多种(产品产能全国第一): examples, then how many things of their kind
EXAMPLES_COUNTED = re.compile(r"(?P<list>[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+)等"
                              r"(?:\d+|[一二两三四五六七八九十百]+)多?[种类个项]$")
EXAMPLES_CLOSED = "种类个项"  # what such a count ends in
EXAMPLES_WINDOW = 64  # the most characters such a list and its count take
LIST_COUNTED = re.compile(r"等?(?P<count>[一二两三四五六七八九十百千]+[\u4e00-\u9fff])$")  # (…、糖)等十七种: how many
RATE_METRICS = ("growth", "gap_pp", "change_pp", "contribution")  # of a rate, not an amount
# (增长速度都在百分之十二以上,)高的达到(百分之十八点五): the highest of the growths the clause before bounds
EXTREME_OF_THE_LAST = re.compile(r"[,，]?(?:最?高的|最?低的|最高|最低)(?:达到|达|为|是)?")
RESTATED_METRICS = ("growth", "ratio")  # a percentage after one of these and before 的预期目标 restates its target
# what ends a line that the next does not go on from: a stop, or a colon or a comma before a list or a line of its own
LINE_STOPS = (*SENTENCE_CLOSERS, "！", "？", ";", "；", ":", "：", ",", "，")
EDGE_OF_LINE = " \t" + BULLETS  # what may open a line before its first sentence (🏆 read as •)
NATION_WORD = "全国"  # how a figure of the nation is named (its region), not 中国
PARENTS_IN_BRACKETS = ("parent_in_brackets", PARENT_COMPARED)  # (全省5.5%), 比全市(5.3%): the larger region's figure
PARENT_METRICS = ("growth", "level")  # what a larger region's word alone opens of its own ((全市同期)增长5.0%)
PLACE_ENDINGS = tuple("省市县区镇乡村州盟旗")  # (海淀区)经济: a place's economy, the region's own measures
SHORT_NAME = 4  # 存款余额: a short known name may continue the topic before it (城乡居民储蓄存款…,存款余额…)
STRETCH_BEFORE = re.compile(rf"{STRETCH_YEARS}(?:累计|共)?")  # 五年(全社会固定资产投资)
ORDINAL_DIGITS = set("一二三四五六七八九十")  # 一、二、三产业增加值: ordinals sharing one name
SCOPE_CODES = {"district": "district", "county": "county", "city": "city", "province": "province", "nation": "nation"}
ECONOMY = "经济"  # the economy as growth words name it (对世界经济增长): the lexicon's name for it is its indicator
CONTRIBUTION_RATE = "贡献率"
FLAT_WITH = 12  # characters before 持平 in which 与全市(增长速度基本) names what a growth is level with
OVER_TARGET = "超额完成"  # what an amount done over its target is named with (城镇新增就业超额完成)
OWN_SPEAKER = (WHOLE, "我", "本")  # 全区, 我区, 本区: before its level's word, the document's own region
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办公室)")  # (市)商务局, (县)发改委: a department
AVERAGE = "平均"  # (比全区)平均(水平低4.6个百分点): the average of the region compared with
# the levels whose own average a figure is compared with (全区平均, 全县平均); a city's 全市平均 is that of the
# places a zone or a part of it is among (高新区…比全市平均水平高出3.7个百分点: a gap)
OWN_AVERAGE_LEVELS = ("district", "county")
# 分税种看, 从地区看, 分季度看: a sentence opening so breaks a quantity down into its parts
BY_PARTS = re.compile(r"\s*(?:分|从)[\u4e00-\u9fff()、]{1,8}?来?看")
PLACE_IS = "为"  # (宽城区)为(4.9%), (宽城区)则为, 也为: a place's figure like the one before it
PLACE_IS_ADVERBS = "则也"
PLACE_METRICS = ("growth", "share", "ratio")  # what a place's bare percentage goes on with
MIN_SHARED_WORD = 2  # characters of the word a list's last name and the topic share (居民)
SENTENCE_CLOSED = tuple(SENTENCE_CLOSERS)
SAID_SENTENCE = 40  # the most characters of a sentence saying only that its subject changes (四是,城乡居民储蓄增加。)
SAID_VERB = 8  # the characters its verb of change (and 了) may take at its end
MONTH_ON_MONTH_MARK = "环比"  # in every month_on_month_leads
CLAUSE_MARKS = ",;:"  # (in the normalised text, where the full-width marks are ASCII)


COMPARED_TO_PLAN = "比"  # (利润收入)比(原计划增加了十分之一): a plan word after it is the base of a comparison


def _after_shared_ending(part: str, last: str) -> str:
    """What follows, in the last name of a list, the word its names end in: 城市生活垃圾和建筑垃圾利用率 ->
    利用率 (城市生活垃圾利用率), 铁路、高速公路运营里程 -> 运营里程; "" when the last name holds no such ending."""
    at = last.find(part[-1])
    return last[at + 1:] if 0 < at < len(last) - 2 else ""


TEAM_OPENING = 16  # characters before a team's word in the sentence it opens (9月至10月,市人大常委会执法检查组)


SENTENCE_END = re.compile("[。\n]")


def _sentence_end(norm: str, start: int) -> int:
    """Where the sentence at `start` ends: its 。 or its line's end (a line without one), or the text's end."""
    end = SENTENCE_END.search(norm, start)
    return end.start() if end is not None else len(norm)


class ExtractionTimeout(Exception):
    """A document took longer than the time allowed for one."""


@dataclass(frozen=True)
class Problem:
    """A sentence whose reading failed: its place, its text (cut to 200 characters) and the error."""

    start: int
    end: int
    sentence: str
    error: str


@dataclass
class Extraction:
    observations: list[Observation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


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


def _named(after: re.Match[str]) -> Subject:
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

    def get(self) -> Subject | None:
        for start, end in reversed(self._pending):
            named = self._namer.subject(self._norm, *self._namer.unframed(self._norm, start, end))
            if named is not None:
                if self._subject is not None and self._namer.is_aspect(named):
                    # (地区生产总值…。)总量呢,(在全市…排第七): an aspect named alone is the held quantity's
                    named = self._namer.relate(named, self._subject, None)
                self._subject, self.clause = named, (start, end)
                break
        self._pending.clear()
        return self._subject


class Extractor:
    """The extractor for documents of one region (None when unknown): the region names their text may
    use follow from it. A place the reference does not know (a manifest's own county, a name places
    share) brings only its level: 全区 in a district's document is the district itself."""

    def __init__(self, lex: Lexicon, own: Region | None = None) -> None:
        self.lex = lex
        self.own = own
        self.regions = lex.regions.vocabulary(own.code if own and lex.regions.get(own.code) else None)
        self.finder = MentionFinder(lex, self.regions.larger, self.own.level if self.own else None)
        self.grammar = Grammar(lex, self.regions.larger)
        self.scope_words = tuple(lex.scope_index)  # (全市, 全省, 全国…, in the lexicon's order)
        # 在全国的位次, 全省排名: the peers a standing is among, named before the standing's word
        standings = alternation(lex.words("rank_columns"))
        self.standing_among = re.compile(rf"(?:{self.grammar.scope.pattern})的?(?:{standings})")
        # 在全省136个县（市、区）高质量发展综合绩效考核中,(我区由第30位跃升至第21位): a clause before naming the
        # ranking the region stands in, and among whom
        self.ranked_in = re.compile(rf"在(?P<scope>{self.grammar.scope.pattern})"
                                    rf"[^,，;；。]{{0,{RANKING_WIDTH}}}?中[,，]$")
        own = self.own
        # (如东 for 如东县: a county's or a district's short name, when its name is not its own alias already)
        short = own.name[:-1] if own and own.level in SHORT_NAMED_LEVELS and len(own.name) > 2 \
            and own.name[-1] in SHORT_NAMED_ENDINGS and own.name[:-1] not in own.aliases else None
        self.namer = Namer(lex, self.regions, own.level if own else None, (short, own.name) if own and short else None)
        self.head_nouns = tuple(lex.words("head_nouns"))
        self.head_nouns_longest_first = sorted(self.head_nouns, key=len, reverse=True)
        self.benefit_verbs = tuple(lex.words("benefit_verbs"))
        self.funding_verbs = tuple(lex.words("funding_verbs"))  # (将用)三十亿元(建设职工住宅)
        # (产量将增长百分之五十以上)的有生铁、钢、…糖等十七种: the things a figure holds for, listed after it
        joins = alternation(lex.words("listed_after_joins"))
        self.listed_after = re.compile(rf"(?:{alternation(lex.words('listed_after_figure'))})"
                                       rf"(?P<list>[\u4e00-\u9fff]{{1,12}}(?:(?:、|{joins})[\u4e00-\u9fff]{{1,12}})+)")
        self.list_joins = re.compile(rf"、|{joins}")
        self.durations: dict[str, tuple[str, ...]] = {unit: tuple(words) for unit, words in
                                                      lex.cues["duration_units"].items()}
        self.rate_names: dict[str, str] = lex.cues["rate_names_of_bare_words"]  # 投资 (增长20%): 固定资产投资
        self.flow_words = tuple(lex.words("flow_words"))
        self.glossary_headings = tuple(lex.words("glossary_headings"))  # (名词解释: no figures after it)
        # 改造提升, 保护提升: verbs of upgrading made with a verb of increase (two characters), no increase of their own
        increases = tuple(v for v in lex.words("increase_verbs") if len(v) == 2)
        self.upgrading_verbs = tuple(w for w in lex.words("not_stops") if len(w) == 4 and w.endswith(increases))
        self.upgrade_ends = tuple({w[2:] for w in self.upgrading_verbs})
        # (铁路运营里程新增1700公里、)突破(7000公里): a level reached after a flow, the stock the flow added to
        reached = lex.words("at_least_before") + lex.words("reaching_verbs")
        self.stock_after_flow = re.compile(rf"{LIST_MARK}(?:{alternation(reached)})")
        self.not_counted = tuple(lex.words("not_counted"))
        self.supposition = re.compile(alternation(lex.words("supposition_words")))
        self.supposed_computation = re.compile(alternation(lex.words("supposed_computation_words")))
        self.consequence = re.compile(alternation(lex.words("consequence_words")))
        # 即使以(…多了十五亿元)来说,(也只占…): a concession framing a figure as a case taken, no figure stated
        self.concession = re.compile(rf"(?:{alternation(lex.words('concession_words'))})"
                                     rf"[^,;:，；：。]{{1,40}}?(?:{alternation(lex.words('case_frame_closers'))})[,，]")
        self.target_verb = re.compile(alternation(lex.words("target_verbs")))  # (a plan's own clause: 产量将要达到…)
        self.foreign_affairs = re.compile(alternation(lex.words("foreign_affairs_words")))
        self.campaign_words = tuple(lex.words("campaign_words"))  # (a few words: a scan for each)
        self.treaty = re.compile(alternation(lex.words("treaty_words")))
        # (拿钢来说,)英国(早在一八八○年,年产量就…): another country opening a clause, whose figures follow
        # (not 对美国出口, 同英国比较, 属于苏联帮助设计的…: a partner, a yardstick, a helper)
        self.other_country = re.compile(alternation(lex.words("foreign_countries")))
        self.own_country = re.compile(alternation(lex.words("own_country_words")))
        # (全省, 我市, 本区: the document's own region, whose figures follow again)
        own_region = [opener + level for opener in lex.words("own_region_openers")
                      for level in lex.words("own_region_levels")]
        self.own_country_or_region = re.compile(alternation(lex.words("own_country_words") + own_region))
        self.partnership = re.compile(alternation(lex.words("trade_words") + lex.words("partnership_words")))
        self.not_consequence = tuple(lex.words("not_consequence_words"))
        self.better = tuple(lex.words("gap_better"))
        # (not before 学: 残疾人大学生, 老年人大学 hold 人大 and name no legislature)
        self.bodies_work = re.compile(rf"(?:{alternation(lex.words('own_work_of_bodies'))})(?!学)")
        self.counted_measures = tuple(lex.words("counted_measures"))
        self.size_measures = tuple(lex.words("size_measures"))
        # (8个)产业规模超千亿元: a count right before a subject, whose things each pass the bound after it
        counters = alternation(lex.words("generic_classifiers"))
        self.count_before = re.compile(rf"(?:\d+|[一二两三四五六七八九十百千]+)(?:{counters})$")
        # (1个)经济总量近千亿(的县市): the bound after such a measure, up to the end of its phrase, which names the
        # class of things a count right before counts (not the measure itself: a count is no amount of money)
        bounds = alternation([*lex.words("approx_before"), *lex.words("at_least_before"),
                              *lex.words("class_bounds_before")])
        self.size_bound_after = re.compile(rf"(?:{bounds})[^,，;；。、:：]{{1,12}}")
        self.partners = lex.cues["partner_measures"]
        self.measure_parts = lex.cues["measure_parts"]
        self.owner_heads = tuple(lex.words("owner_heads"))
        self.owned_measures = set(lex.words("owned_measures"))
        # 机械工业(…), 楼宇经济(加快发展): an industry or a part of the economy a clause opens with
        self.owner_opening = re.compile(rf"(?P<whose>[\u4e00-\u9fff]{{1,8}}?)(?P<head>{alternation(self.owner_heads)})")
        self.sizes = set(lex.words("size_dimensions"))
        self.one_character_products = set(lex.words("one_character_quantities"))  # (年产150万吨)钢(的钢铁联合企业)
        self.capacities = set(lex.words("capacity_dimensions"))
        # (吉化)120万吨乙烯转型升级项目, 60万吨赖氨酸等项目: a capacity, then what is made and the project it names
        self.capacity_project = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?等?(?:{alternation(lex.words('project_nouns'))})")
        self.capacity_built = tuple(lex.words("object_verbs") + lex.words("capacity_built_verbs"))
        # (桥头铝电50万吨绿电铝技改、…、青海广泰10万吨再生铝)等项目(建设): capacities in the names of the projects a
        # clause lists
        self.projects_listed = re.compile(rf"[^,;:。，；：]*?等(?:{alternation(lex.words('project_nouns'))})")
        self.part_holders = tuple(lex.words("part_holders"))
        self.deductions = tuple(lex.words("deduction_words"))
        self.total_openings = tuple(lex.words("total_row_openings"))  # 全社会(研究与试验发展经费支出…): the whole's
        self.parts_of_year = tuple(lex.cues["spans"])
        # 对美国(,出口3.3万亿元): a clause of only the partner the next clause's trade is with (对外: outward, no one's)
        self.partner_clause = re.compile(rf"(?:{alternation(lex.words('partner_leads'))})(?!外)[\u4e00-\u9fff]{{2,6}}")
        self.trade_words = set(lex.words("trade_words"))
        self.count_aspects = set(lex.words("count_aspects"))  # (…250强、)数量(居全国第2): how many of them
        self.deducted_clause = re.compile(rf"(?P<word>{alternation(self.deductions)})(?P<part>[^,;:。]{{2,16}}?)后?")
        self.own_work_report = tuple(lex.words("own_work_report_titles"))
        self.own_acts = tuple(lex.words("own_work_acts"))  # (研究议题148个, 走访客商63家: the speaker's own work)
        self.persons = tuple(lex.words("person_pronouns"))  # (他走访企业…家次: a person's own acts, in any document)
        self.owned_firms = tuple(lex.words("owned_firms_titles"))
        self.own_work_units = set(lex.words("own_work_units"))
        self.body_headings = tuple(lex.words("own_body_headings"))
        self.policy_titles = tuple(lex.words("policy_titles"))
        self.teams = tuple(lex.words("inspection_teams"))
        # (a sentence opening with the team, after a time or its body's name at most - 9月至10月,市人大常委会执法检查组…
        # -, not with what it found: 调研组认为,全区经济运行总体平稳, nor a source: 据调研组的统计)
        self.team_sentence = re.compile(rf"(?:^|(?<=[。\n]))[^。\n]{{0,{TEAM_OPENING}}}?"
                                        rf"(?:{alternation(self.teams)})"
                                        rf"(?![^,，;；。]{{0,2}}(?:{alternation(lex.words('team_findings'))}))")
        self.units_inside = re.compile(rf"(?<!城)(?:{alternation(lex.words('units_inside_a_region'))})(?!化)")
        economy = lex.canonical(ECONOMY)
        self.economy = economy.name if economy else ECONOMY
        growth = alternation(lex.words("increase_verbs") + lex.words("increase_rate_nouns"))
        targets = alternation(lex.words("target_nouns"))
        self.target_noun = re.compile(targets)
        # (占比)超过(10%), (城镇化率)高于(60%): where the bound that marks off a class opens
        self.class_bound = re.compile(alternation(lex.words("at_least_before") + lex.words("at_most_before")
                                                  + lex.words("gap_up") + lex.words("gap_down")))
        # (3.2亿元)目标任务, (5亿元的)年度目标: the target an amount is, at the end of its phrase
        kinds = alternation(lex.words("target_kinds") + lex.words("whole_year_words"))
        self.amount_target = re.compile(rf"的?(?:{kinds}|年度)?(?:{targets})+(?:任务)?(?![\u4e00-\u9fff])")
        self.completion_verbs = tuple(lex.words("completion_verbs"))
        self.ratio_names = tuple(lex.words("ratio_name_endings"))
        # (固定资产投资)未完成(5%左右的预期目标): a subject's target met or missed, the figure right after the verb
        self.target_met = re.compile(rf"(?P<denied>{alternation(lex.words('denials'))})?"
                                     rf"(?:{alternation(list(self.completion_verbs))})了?")
        # (低于年初预算)安排的(4%), (与年初)确定的(7%预期目标): a figure set as the target before
        self.target_set = re.compile(rf"(?:{alternation(lex.words('plan_stating_verbs'))})的$")
        # (城镇新增就业12.3万人,)较年度目标多完成(1.3万人): the amount done over the target, no amount of the indicator
        self.over_target = re.compile(rf"[较比](?:{alternation(lex.words('plan_periods'))})?"
                                      rf"(?:{alternation(lex.words('target_nouns'))})(?:任务)?(?:多|超额)完成$")
        # (年均增长5.2%,)比规划目标低(2.8个百分点), 低于…确定的…的目标(0.5个百分点), 超出规划目标(0.36万人),
        # 距离规划目标还差(6.2亿元), (地区生产总值)与规划目标相差(18.2亿元): a result's gap to its target, no
        # amount of its own
        w = lex.words
        periods, kinds = alternation(w("plan_periods")), alternation(w("target_kinds"))
        target = rf"(?:{periods})?(?:{kinds})?(?:{alternation(w('target_nouns'))})(?:任务)?"
        self.target_gap = re.compile(
            rf"(?:(?:{alternation(w('target_comparers'))}){target}(?P<dir>{alternation(w('target_gap_words'))})?了?"
            rf"|(?P<gap>{alternation(w('gap_up') + w('gap_down'))})[^,，;；。]{{0,{TARGET_GAP_WIDTH}}}?{target}"
            rf"|(?:{alternation(w('target_distance_words'))}){target}(?:还|仍)?"
            rf"(?P<short>{alternation(w('target_shortfall_words'))}))$")
        self.target_gap_down = set(w("gap_down") + w("target_gap_down_words"))
        self.plan_targets = tuple(w("target_nouns"))
        # 提出8%左右的国内生产总值增长目标: the figure, then the indicator whose growth it targets
        self.growth_target_after = re.compile(rf"的(?P<name>[\u4e00-\u9fffA-Za-z]{{2,12}}?)(?:{growth})的?"
                                              rf"(?:{targets})+")
        # 城镇新增就业的预期目标(是1200万人以上), 固定资产投资调控目标(为…): a name of the target set for an indicator
        # (without 的 only with the target's kind, or two target nouns: 招生计划 is a count of places)
        target_kinds = alternation(lex.words('target_kinds') + lex.words('whole_year_words'))
        self.target_named = re.compile(rf"(?:的(?:{target_kinds})?(?:{targets})+|(?:{target_kinds})(?:{targets})+"
                                       rf"|(?:{targets}){{2,}})$")
        self.target_ends = tuple(noun[-1] for noun in lex.words("target_nouns"))  # (a quick test before the pattern)
        # 按不低于5%的幅度压减一般性支出: the figure, then the change and what it changes
        self.change_after = re.compile(rf"的幅度(?P<verb>{alternation(lex.words('increase_verbs'))}"
                                       rf"|{alternation(lex.words('decrease_verbs'))})(?P<name>[^,;:。、]{{2,16}})")
        self.decreases = set(lex.words("decrease_verbs") + lex.words("decrease_rate_nouns"))
        self.increase_verbs = set(lex.words("increase_verbs"))
        self.shared_measures = sorted(lex.words("shared_measures"), key=len, reverse=True)  # (longest first)
        self.per_output_openings = sorted(lex.words("per_output_openings"), key=len, reverse=True)  # (longest first)
        self.per_output_measures = tuple(lex.words("per_output_measures"))
        self.measure_endings = tuple(lex.words("measure_endings"))
        self.things_like_measures = tuple(lex.words("things_ending_like_measures"))
        self.size_change = re.compile(alternation(lex.words("size_change_verbs")))
        self.list_entry = re.compile(alternation(lex.words("list_entry_words")))  # (4个县)入围(榜单)
        # 全国百强区, 全国综合实力百强县: a published ranking, from its scope to the kind of places it lists
        self.ranking_list = re.compile(rf"(?:{alternation(list(lex.scope_index))})[\u4e00-\u9fff]{{0,6}}?"
                                       rf"(?:{alternation(lex.words('ranking_lists'))})")
        self.decline_noun = re.compile(alternation(lex.words("decrease_rate_nouns")))
        # (保持百分之八至百分之九)的增长率, (6.5%以上)的中高速增长: a rate noun or a pace before the verb says the same
        # (实现7%左右)的增长速度(并不容易), (7%左右)的速度(可以实现…): a noun of the rate after 的 needs not end the
        # clause, as a verb does (not 5%的增加值)
        rises = lex.words("increase_verbs") + lex.words("increase_rate_nouns")
        rate_nouns = lex.words("increase_rate_nouns") + lex.words("decrease_rate_nouns") + lex.words("pace_nouns")
        self.change_noun_after = re.compile(rf"的?(?:{alternation(lex.words('growth_paces'))})?"
                                            rf"(?P<verb>(?<=的)(?:{alternation(rate_nouns)})"
                                            rf"|(?:{alternation(rises)}|{alternation(self.decreases)})"
                                            r"(?![\u4e00-\u9fff\d]))")
        # (居民人均可支配收入)增长与经济增长同步,(力争达到5.5%左右): a clause saying the subject changes, then
        # one reaching a percentage with no subject of its own: how far it changes
        # (工农业总产值)的增长速度,一九八一年计划为(百分之三点七),实际达到(百分之四点六): the same, each clause
        # reaching a percentage after a year, the plan or what was done or estimated
        self.done_words = set(lex.words("done_or_estimated"))
        self.stage_verbs = tuple(sorted(lex.words("stage_verbs"), key=len, reverse=True))  # (基本建成 before 建成)
        # (,)实际回落到, 实际降至: what was done, reached by a change
        self.done_reached = re.compile(rf"[,;，；]?(?:{alternation(lex.words('done_or_estimated'))})"
                                       rf"[\u4e00-\u9fff]{{1,3}}?(?:{alternation(lex.words('reached_words'))})")
        self.change_said = re.compile(rf"的?(?:{alternation(lex.words('growth_said_words'))})")
        planned_or_done = alternation(lex.words("target_nouns") + lex.words("done_or_estimated") +
                                      lex.words("estimate_words"))
        self.reached_only = re.compile(rf"[,;，；]?(?:(?:{YEAR_NUMBER})年)?(?:{planned_or_done})?(?:可以|可)?"
                                       rf"(?:{alternation(lex.words('target_verbs'))})?(?:{alternation(lex.words('reaching_verbs'))})")
        # (地区生产总值增长6%左右,)力争达到(6.5%), (增长6%以上,)争取(7%): a higher aim for the growth before
        self.striven = re.compile(rf"[,，、]?(?:{alternation(lex.words('target_verbs'))})+(?:达到|达|实现)?")
        # 一般公共预算支出3.4万亿元,74%以上用于民生: the part of the amount before that goes to what follows
        self.spent_on = re.compile(rf"(?:{alternation(lex.words('spent_on_words'))})(?P<name>[^,;:。、\d]{{2,12}})")
        self.approx_before = tuple(lex.words("approx_before"))
        self.qualifier_openings = tuple(lex.qualifiers_before)  # (力争)控制在(15%左右): the figure's own verb
        self.share_words = tuple(lex.words("share"))
        self.share_part = re.compile(rf"的(?P<part>{alternation(lex.words('share_parts'))})")
        # 税收收入…,完成年度预算的98.6%: the ratio completes the budget of the carried indicator
        self.completion_bases: dict[str, str] = lex.cues["completion_bases"]
        # (占年度计划投资45亿元的86.0%: the plan's amount, read as a figure of its own, between the base and 的)
        self.completion = re.compile(rf"(?:{alternation(lex.words('completion_leads'))})*"
                                     rf"(?P<base>{alternation(list(self.completion_bases))})"
                                     r"(?:[(（]?[\u4e00-\u9fff]{0,4}?\d[\d.]*[\u4e00-\u9fff]{1,3}[)）]?)?的$")
        self.decrease_name = lex.cues["increment_names"]["down"]  # (减少额: an increment named as a fall)
        self.plan_words = sorted(self.completion_bases, key=len, reverse=True)  # (年度计划 before 计划)
        self.shared_cut_verbs = tuple(lex.words("shared_cut_verbs"))
        self.cut_qualifiers = tuple(sorted(lex.words("cut_qualifiers"), key=len, reverse=True))
        self.plans_of_growth = tuple(sorted(lex.words("plans_of_growth"), key=len, reverse=True))
        self.plan_compounds = tuple(lex.words("plan_compounds"))
        # (工业生产总值)计划完成(102.6%), (基本建设投资)年度计划完成了(95%): the plan after the indicator, then the verb
        self.completion_after = re.compile(rf"(?P<base>{alternation(list(self.completion_bases))})"
                                           rf"(?:{alternation(list(self.completion_verbs))})了?$")
        # 为年度目标(7500人)的115.1%: the plan's amount in brackets between the completion base and 的; 完成全年目标任务
        # 1200万美元的68.3%: or without them
        self.plan_amount_before = re.compile(rf"(?:{alternation(list(self.completion_bases))})[(（]?$")
        # (固定资产投资)完成年度(计划(80亿元)…): the verb and the year's words before such a base
        self.plan_lead = re.compile(rf"(?:{alternation(list(self.completion_verbs))})了?"
                                    rf"(?:{alternation(lex.words('completion_leads'))})*$")
        self.plan_amount_after = re.compile(r"[)）]?的\d")
        self.thresholds = tuple(lex.words("at_least_before"))  # 钢铁、食品加工产业超(3千亿元): each one's
        self.people = tuple(lex.words("people_nouns"))
        self.whole_names = [(name, name.translate(MASK))
                            for name in sorted(lex.words("names_holding_separators"), key=len, reverse=True)]
        self.measures = tuple(unit for unit in lex.units if len(unit) > 1 and unit not in lex.magnitudes)
        # 持平 (no change), not the 持 of 保持平稳 or 支持平台; 基本持平 is approximate
        holding = "".join(verb.removesuffix("持") for verb in lex.words("verbs_ending_in_chi"))
        self.flat_word = re.compile(alternation(lex.words("flat_words")))
        self.flat = re.compile(rf"(?<![{holding}])(?P<approx>{alternation(lex.words('approx_flat'))})?"
                               rf"{alternation(lex.words('flat_words'))}(?![稳衡])")
        # 全区, 我区: a clause's subject opening with the document's own region (the larger one said before ends)
        self.own_opening = re.compile(rf"{WHOLE}|[我本](?:{alternation(lex.words('own_region_levels'))})")
        # 快于全市地区生产总值增速(0.9个百分点): the larger region's growth of a quantity the gap names
        # (比全市GDP增速高: the gap's direction after it)
        self.growth_compared = re.compile(rf"(?:{lex.scopes(self.regions.larger)})的?"
                                          rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{2,16}}?)"
                                          rf"(?:{alternation(lex.words('increase_rate_nouns'))})?[高快低慢]?$")
        # (与全市增速持平: the rate compared may be named between)
        self.flat_with = re.compile(rf"[{FLAT_COMPARERS}](?P<scope>{lex.scopes(self.regions.larger)})的?"
                                    rf"(?:{alternation(lex.words('increase_rate_nouns'))})?(?:基本)?$")
        self.doublings = lex.cues["doubling_words"]  # 翻一番: a growth of 100%
        self.doubling = re.compile(alternation(list(self.doublings)))
        self.doubled_after = re.compile(alternation(lex.words("doubled_after")) + "(?!用)")  # (not 使用)
        counters = alternation(lex.words("group_counters"))
        self.unnamed_groups = tuple(lex.words("unnamed_groups"))  # (科技、教育等)方面(的支出): names nothing
        self.group = re.compile(rf"(?P<count>[一二两三四五六七八九十]|\d+)(?:{counters})"
                                rf"(?P<kind>[\u4e00-\u9fff]+)$")
        # (滑县、内黄县、汤阴县)三个产粮大县, (…)三县: the places listed counted as one group, a kind of place last
        place_kinds = alternation(sorted({ending for ending, _ in NAME_LEVELS}, key=len, reverse=True))
        self.places_counted = re.compile(rf"(?P<count>[一二两三四五六七八九十]|\d+)个?[\u4e00-\u9fff]{{0,4}}?"
                                         rf"(?P<kind>{place_kinds})+")
        self.breakdown = re.compile(rf"\s*(?:{alternation(lex.words('breakdown_leads'))})")
        # 总量呢, 增速在全市…: an aspect (total_suffixes, rate nouns) opening a sentence (not 规模以上…, a name)
        aspects = lex.words("total_suffixes") + lex.words("increase_rate_nouns") + lex.words("decrease_rate_nouns")
        self.rate_endings = tuple(lex.words("rate_column_endings"))  # (完成率): a rate's name
        self.aspect_opening = re.compile(rf"[\s{BULLETS}]*(?:{alternation(aspects)})(?!以上|以下)")
        # 从2024年的第32位到今年的第27位 opening a sentence: a move naming nothing it ranks
        self.move_opening = re.compile(rf"\s*(?:{alternation(lex.words('from_words'))})[^,，;；。第]{{0,10}}"
                                       r"第[\d一二两三四五六七八九十百]+[位名]")
        self.rank_opening = re.compile(rf"\s*(?:{alternation(lex.words('rank_sentence_asides'))})?"
                                       rf"(?:{alternation(lex.words('rank_verbs'))})")
        self.continuation = re.compile(rf"\s*(?:{alternation(lex.words('continuation_leads'))})[,，:：]?")
        self.part_lead = re.compile(rf"\s*(?:{alternation(lex.words('part_leads'))})")  # 其中: a part of the topic
        # (大幅度增加)全国教育支出(,其中中央财政支出…): the region's whole spending on a thing, a fund's part is of
        fund_measures = alternation(lex.words("fund_measures"))
        self.fund_part = re.compile(rf"(?:{alternation(lex.words('fund_owners'))})(?P<measure>{fund_measures})$")
        self.fund_owner_words = tuple(lex.words("fund_owners"))  # (全县财政支出: the fund's own, on no thing)
        self.whole_spent = re.compile(rf"{WHOLE}[\u4e00-\u9fff](?P<on>[\u4e00-\u9fff]{{2,6}}?)"
                                      rf"(?:{fund_measures})[,，]?\s*$")
        changes = alternation(lex.words("increase_verbs") + lex.words("decrease_verbs"))
        self.change_closing = re.compile(rf"(?:{changes})了?$")  # (城乡居民储蓄大幅度)增加(。)
        self.month_on_month = re.compile(rf"\s*(?:{alternation(lex.words('month_on_month_leads'))})")
        # …同比增长4.9%;从环比看,(规模以上工业增加值增长0.41%): the lead opening a clause, for the figures after it
        self.month_on_month_clause = re.compile(rf"[;；]{self.month_on_month.pattern}")
        # (与上月)持平, (与年度目标)持平: no change on the month before, a figure as planned: no year's growth
        self.flat_not_yearly = re.compile(rf"(?:{alternation(lex.words('month_on_month') + lex.words('target_nouns'))})"
                                          rf"(?:基本)?$")
        # a name comes again and again (地区生产总值): its lexicon name is looked for once
        self._canonical = lru_cache(maxsize=PHRASES_REMEMBERED)(self._canonical)
        self.tables = TableReader(lex, self.namer, self._canonical, self._scope, self._named_region,
                                  SCOPE_CODES.get(self.own.level) if self.own else None)
        # what a figure that is no number holds (第, 持平, 翻一番): with the numbers, where sentences are read
        self.figure_words = re.compile(alternation([*self.finder.ordinal_words, *lex.words("flat_words"),
                                                    *self.doublings]))

    def extract(self, text: str, meta: DocumentMeta, deadline: float | None = None,
                tables: tuple[Table, ...] = ()) -> Extraction:
        norm = normalise(text)
        own_titled = self._titled_for_own_region(meta.title or "")
        self.namer.read_title(meta.title or "")
        parts = sections(norm, [t.extent for t in tables])
        time = TimeContext(norm, parts, meta, self.lex)
        policy = any(words in (meta.title or "") for words in self.policy_titles)  # (a scheme's terms: no figures)
        mentions = self.finder.numbers(norm, QuoteIndex(norm), policy)
        found = Extraction()
        read = [r for r in (self.tables.read(text, norm, t, time) for t in tables) if r is not None]
        for reading in read:
            found.observations += reading.observations
        cursor = 0
        words = [m.start() for m in self.figure_words.finditer(norm)]
        paragraph, topic = -1, None  # the first quantity the paragraph names: what a breakdown by region is about
        topic_above: Subject | None = None  # the last topic of the paragraphs before: a breakdown opening its own's
        last: Subject | None = None  # the quantity the sentence before ended on: what 其中 goes on about
        said_of_last: Stated | None = None  # what the sentence before said of it
        # whether the sentence before broke a quantity down (分税种看,…企业所得税…) or stated a part of it (其中…)
        parts_before = False
        cells = sorted(cell for r in read for cell in r.prose)  # (a table's cells of words and figures: sentences)
        for sentence, planned in _table_cells(sentences_at(norm, sorted({m.start for m in mentions}.union(words))),
                                              read, cells):
            went_on = None  # what the line before ended on, when this line goes on from it
            if (line := norm.rfind("\n", 0, sentence.start)) != paragraph:
                went_on = last if last is not None and self._goes_on(norm, paragraph, line, sentence.start) else None
                paragraph, topic, last, topic_above, said_of_last = line, None, None, topic or topic_above, None
                parts_before = False
            if deadline is not None and monotonic() > deadline:
                raise ExtractionTimeout(f"extraction stopped at character {sentence.start} of {len(text)}: "
                                        "over the time allowed for one document")
            while cursor < len(mentions) and mentions[cursor].start < sentence.start:
                cursor += 1
            end = cursor
            while end < len(mentions) and mentions[end].end <= sentence.end:
                end += 1
            worded = bisect_left(words, sentence.start) < bisect_left(words, sentence.end)
            if end == cursor and not (worded and (self.finder.has_rank(norm, sentence.start, sentence.end)
                                                  or self._flat(norm, sentence.start, sentence.end)
                                                  or self.doubling.search(norm, sentence.start, sentence.end))):
                continue  # a 第 or a number that is no figure
            lead = self.breakdown.match(norm, sentence.start)
            # (分县域看,安溪县增长6.4% opening a paragraph: a breakdown of what the paragraph above was about)
            opening = (topic or topic_above, lead.end()) if lead else None
            by_parts = BY_PARTS.match(norm, sentence.start) is not None
            if lead is None and (lead := self.continuation.match(norm, sentence.start)):
                # 其中,11月当月增长8.1%: a part of what the sentence before was about; but 分季度看 after a sentence
                # that broke the topic down (分税种看,…企业所得税…) breaks down the topic, not its last part
                # (and opening a paragraph of its own, 分季度看 breaks down what the paragraphs above were about)
                held = topic if by_parts and parts_before and topic is not None else last
                opening = (held or (topic_above if by_parts else None), lead.end())
            elif lead is None and (said := self._said_to_change(norm, sentence.start)) is not None:
                opening = (said, sentence.start)  # 城乡居民储蓄大幅度增加。(一九八五年末达到一千六百二十三亿元)
            carried_said = None
            moved: Observation | None = None  # the rank a sentence opening with a move moves
            if lead is None and opening is None and last is not None and end == cursor and \
                    self.rank_opening.match(norm, sentence.start):
                # (规上工业增加值增长9.2%。)就是排在全市第一: a rank naming nothing, in a sentence of its own, ranks
                # what the sentence before ended on (its growth, when that was said last)
                opening, carried_said = (last, sentence.start), said_of_last
            elif lead is None and opening is None and self.move_opening.match(norm, sentence.start) and \
                    (ranked := next((o for o in reversed(found.observations) if o.metric == "rank"), None)):
                # (邳州市…位列第27位。)从2024年的第32位到今年的第27位,…: a move naming nothing is of the rank the
                # document stated last
                opening = (Subject(ranked.indicator, sentence.start, sentence.start, None), sentence.start)
                moved = ranked
            elif lead is None and opening is None and last is not None and \
                    self.aspect_opening.match(norm, sentence.start) and \
                    all(m.dimension in RELATIVE for m in mentions[cursor:end]):
                # (地区生产总值…。)总量呢,在全市…排第七,占全市的比重…: an aspect opening a sentence of ranks and
                # shares is of what the one before ended on (not 经营主体持续壮大。总量接近800万户: an amount of
                # something else, which the sentence of no figure between named)
                opening = (last, sentence.start)
            elif lead is None and opening is None and went_on is not None:
                # 🛍️ 社会消费品零售总额296.5亿元,增长5.7% / 🏆 占全市比重24.4%: a line of a list that goes on from the
                # line before, which ended on a figure with no stop, is about what that line ended on
                opening = (went_on, sentence.start)
            try:
                observations, named, last, said_of_last = self._sentence(
                    text, norm, sentence, mentions[cursor:end], time, opening, worded, topic, own_titled,
                    None if topic else topic_above, carried_said)
                if moved is not None:
                    observations = self._move_of(observations, moved)
                if planned is not None:  # (a cell under 年度目标: the year's targets; under 完成情况: achieved)
                    observations = [replace(o, is_target=planned) for o in observations]
                if (on_month := self._on_month_from(norm, sentence)) is not None:
                    # on the month before
                    observations = [o for o in observations if o.metric != "growth" or o.start < on_month]
                found.observations += observations
                topic = topic or named
                parts_before = by_parts or self.part_lead.match(norm, sentence.start) is not None
            except Exception as e:  # a bug met in one sentence costs that sentence's figures, not the document's
                found.problems.append(Problem(sentence.start, sentence.end, text[sentence.start:sentence.end][:200],
                                              f"{type(e).__name__}: {e}"))
            cursor = end
        found.observations = self._places_ranked(found.observations, norm)
        if (glossary := glossary_start(norm, self.glossary_headings)) < len(norm):
            # (名词解释 / …“六横六纵”…6个工程: the glossary explains names, no figure of the region's)
            found.observations = [o for o in found.observations if o.start < glossary]
        prose = [o for o in found.observations if o.rule != TABLE_CELL]
        for reading in read:  # 合计: what the prose before its table states alike
            found.observations += self.tables.name_totals(reading, prose)
        found.observations = [self._place_outside_named(o) for o in found.observations]
        if (unit := self.units_inside.search(meta.title or "")) is not None:
            found.observations = [self._unit_unnamed(o, unit.group(0)) for o in found.observations]
        # 一、机构概况: a part on the issuing body itself (its committee, offices, staff), none of its region's figures
        own_parts = [(p.start, p.end) for p in parts if p.heading and any(w in p.heading for w in self.body_headings)]
        # 执法检查组…召开座谈会11场,走访企业92家: a sentence of a team's own inspection, its counts no region's figures
        teams = [(m.start(), _sentence_end(norm, m.start())) for m in self.team_sentence.finditer(norm)] \
            if any(team in norm for team in self.teams) else []
        if own_parts or teams:
            found.observations = [o for o in found.observations if not any(a <= o.start < b for a, b in own_parts)
                                  and not (o.metric == "level" and self.lex.dimension(o.unit) == "count"
                                           and any(a <= o.start < b for a, b in teams))]
        found.observations = [o for o in found.observations if not (
            o.indicator.startswith(self.persons) and any(act in o.indicator for act in self.own_acts))]
        if any(words in (meta.title or "") for words in self.own_work_report):  # the body's or the speaker's acts
            found.observations = [o for o in found.observations if o.unit not in self.own_work_units
                                  and not any(act in o.indicator for act in self.own_acts)]
        if (firms := next((f for f in self.owned_firms if f in (meta.title or "")), None)) is not None:
            found.observations = [self._owned_firms(o, firms) for o in found.observations]
        return found

    def _owned_firms(self, observation: Observation, firms: str) -> Observation:
        """In a document on the firms a government owns (…市属国有企业…经济运行情况), a figure named only by a known
        indicator of the economy (固定资产投资) is the firms' (市属国有企业固定资产投资), not the region's."""
        if observation.named_region is not None or observation.indicator_code is None or \
                observation.indicator.startswith(firms):
            return observation
        indicator = firms + observation.indicator
        known = self.lex.canonical(indicator)
        return replace(observation, indicator=indicator, indicator_code=known.code if known else None)

    def _place_alone(self, name: str) -> bool:
        region, rest = self.namer.split_region(name)
        return region is not None and not rest

    @staticmethod
    def _move_of(observations: list[Observation], moved: Observation) -> list[Observation]:
        """The ranks of a sentence moving the rank stated before (位列全省第12位。从2023年的第20位到今年的第12位): among
        its peers, of its place, the end it reached no second row when it is the rank stated."""
        return [replace(o, scope=o.scope or moved.scope, named_region=o.named_region or moved.named_region)
                if o.metric == "rank" else o for o in observations
                if not (o.rule == RANK_REACHED and o.value == moved.value and o.period == moved.period)]

    def _places_ranked(self, observations: list[Observation], norm: str) -> list[Observation]:
        """A place ranked with nothing named that it ranks in (澧县由上年的第21位上升至第18位 in a ranking's page: the
        place read as the name) is ranked in what the document ranked last before it (a table's 位次 of
        县域经济综合实力), among the same peers when no scope is said; with no rank before it, it stays as read. After
        words saying places entered a list (今年全市共有4个县入围榜单; list_entry_words), it is ranked in the published
        list the document ranked in last (全国综合实力百强县), among that list's peers, whatever it ranked since."""
        if not any(o.metric == "rank" for o in observations):
            return observations  # (most documents)
        last: Observation | None = None
        listed: Observation | None = None  # the last rank in a published list (全国综合实力百强县排名)
        renamed: dict[int, Observation] = {}
        for o in sorted((o for o in observations if o.metric == "rank"), key=lambda o: o.start):
            region, rest = self.namer.split_region(o.indicator)
            # (江阴市、张家港市分别位列第2位、第3位 after 昆山市…第1位: each listed place its own region, the name the
            # place before them, which names no quantity either)
            place = (o.named_region or self._named_region(region)) if region and not rest else None
            if place is None:
                last = o
                if o.indicator.endswith(RANKING) and self.ranking_list.search(o.indicator):
                    listed = o
            elif last is not None:
                # (not 桐乡市居全市第2位 after 入选省级…: a rank among the peers it says, in no national list)
                held = listed if listed is not None and o.scope in (None, listed.scope) and \
                    self.list_entry.search(norm, last.end, o.start) else last
                renamed[id(o)] = replace(o, indicator=held.indicator, indicator_code=held.indicator_code,
                                         named_region=place,
                                         scope=o.scope or held.scope or self._scope(self.finder.peers_scope))
        return [renamed.get(id(o), o) for o in observations] if renamed else observations

    def _place_outside_named(self, observation: Observation) -> Observation:
        """A known indicator a place outside the document's region opens by its full name (宕昌县地区生产总值 in a
        district's summary of its help to that county) is that place's figure of the indicator, not a name of its
        own, whatever region a clause before carried to it (…湛江市地区生产总值增长4.8%,徐闻县地区生产总值增长5.5%)."""
        if observation.indicator_code is not None:
            return observation  # (most: a known name)
        split = self.namer.place_outside(observation.indicator)
        if split is None:
            return observation
        place, known = split
        return replace(observation, indicator=observation.indicator[len(place):], indicator_code=known.code,
                       named_region=place)

    def _unit_unnamed(self, observation: Observation, unit: str) -> Observation:
        """In the page of a unit inside a region (海东工业园区经济运行简报), the unit's word opening a known indicator
        (园区规模以上工业总产值) says whose the figure is, the page's own: no part of its name."""
        if not observation.indicator.startswith(unit):
            return observation
        indicator = self.lex.canonical(rest := observation.indicator[len(unit):])
        if indicator is None:
            return observation  # (园区企业, 园区扩园: the unit's own things, named with it)
        return replace(observation, indicator=rest, indicator_code=indicator.code)

    @staticmethod
    def _goes_on(norm: str, paragraph: int, line: int, start: int) -> bool:
        """Whether the line at `line` (its line break) goes on from the one before, the paragraph at `paragraph` that
        the last figures were read in: the line right before it, which ends on no stop, colon or comma (a list's line
        of figures: 🛍️ 社会消费品零售总额296.5亿元,增长5.7%), and the sentence at `start` opens the line."""
        if norm.find("\n", paragraph + 1) != line:
            return False
        ended = norm[paragraph + 1:line].rstrip()
        return bool(ended) and not ended.endswith(LINE_STOPS) and not norm[line + 1:start].strip(EDGE_OF_LINE)

    def _said_to_change(self, norm: str, start: int) -> Subject | None:
        """The subject of the sentence before `start` in its paragraph, when that sentence states no figure and ends
        saying its subject changes (四是,城乡居民储蓄大幅度增加。): what the figures after it are about."""
        if not norm.endswith(SENTENCE_CLOSED, 0, start) or \
                not self.change_closing.search(norm, max(0, start - SAID_VERB), start - 1):
            return None
        window = max(0, start - SAID_SENTENCE)  # (a longer sentence says more than that: looked for no further back)
        before = max(norm.rfind(mark, window, start - 1) for mark in (*SENTENCE_CLOSERS, "\n")) + 1
        if (before == 0 and window > 0) or FIGURE_SAID.search(norm, before, start):
            return None
        clause = after_last(norm, before, start - 1, CLAUSE_MARKS)
        return self.namer.subject(norm, clause, start - 1)

    def _other_countries(self, norm: str, sentence: Sentence) -> list[tuple[int, bool]]:
        """Where the sentence names another country that its figures after are of (True) and where it names its own
        (False), in order; empty when it names no other country (most sentences: one search) or speaks of trade (the
        countries are its partners)."""
        if self.other_country.search(norm, sentence.start, sentence.end) is None or \
                self.partnership.search(norm, sentence.start, sentence.end) is not None:
            return []  # (日本仍为第一大贸易伙伴,对日本进出口…; 韩国客商投资…: on trade or investment, partners)
        # (a pattern opening with a lookbehind is tried at every character: the character before is tested here)
        found = [(m.start(), True) for m in self.other_country.finditer(norm, sentence.start, sentence.end)
                 if m.start() == 0 or norm[m.start() - 1] in CLAUSE_OPENERS or norm[m.start() - 1].isspace()]
        if not found:
            return []
        found += [(m.start(), False) for m in self.own_country_or_region.finditer(norm, sentence.start, sentence.end)]
        return sorted(found)

    @staticmethod
    def _of_other_country(start: int, abroad: list[tuple[int, bool]]) -> bool:
        """Whether the last country the sentence names before `start` is another one."""
        return next((other for at, other in reversed(abroad) if at < start), False)

    def _supposed(self, norm: str, sentence: Sentence) -> tuple[int, int]:
        """Where a supposition opens in the sentence (如果…,就…; 只要…,就可以…) and where its clause ends: the figures
        in that clause are supposed, and those after it that a word of consequence (就, 则) comes before; the
        sentence's end twice when it holds none, or when the supposition's clause counts a real figure another way
        (如果再加上农业和手工业,那么…总产值将等于…; 如果扣除价格因素). A condition on a plan with no consequence word
        (如果没有大的灾害,粮食产量将要达到…) keeps its figures."""
        m = self.supposition.search(norm, sentence.start, sentence.end)
        if m is None:
            if (case := self.concession.search(norm, sentence.start, sentence.end)) is not None:
                # (即使以…来说,)也只占…: the case taken and the clause after it, which says what it would come to
                close = CLAUSE_END.search(norm, case.end(), sentence.end)
                return case.start(), close.start() if close else sentence.end
            return sentence.end, sentence.end
        close = CLAUSE_END.search(norm, m.end(), sentence.end)
        end = close.start() if close else sentence.end
        if self.supposed_computation.search(norm, m.end(), end):
            return sentence.end, sentence.end
        # (如果能够加速周转,)减少百分之二的占用量,(就可以…): the clauses up to the word of consequence are the
        # condition's, unless one states a plan of its own ((如果不发生大的灾害,)今年油料产量将要达到三百万吨,(则…))
        consequence = next((c for c in self.consequence.finditer(norm, end, sentence.end)
                            if not norm.startswith(self.not_consequence, c.start())), None)
        if consequence is None or (self.target_verb.search(norm, end, consequence.start())
                                   and not FIGURE_WORD.search(norm, m.end(), end)):
            return m.start(), end  # (but 如果每亩多施一百斤化肥,全县粮食将增产…,就…: a supposed result)
        return m.start(), consequence.start()

    def _is_supposed(self, norm: str, item_start: int, supposed: tuple[int, int]) -> bool:
        """Whether a figure is one a supposition (see _supposed) supposes."""
        opening, end = supposed
        if item_start < opening:
            return False
        return item_start < end or any(not norm.startswith(self.not_consequence, m.start())
                                       for m in self.consequence.finditer(norm, end, item_start))

    def _sentence(self, text: str, norm: str, sentence: Sentence, mentions: list[Mention],
                  time: TimeContext, opening: tuple[Subject | None, int] | None, worded: bool,
                  topic: Subject | None = None, own_titled: bool = False, above: Subject | None = None,
                  stated: Stated | None = None) -> tuple[list[Observation], Subject | None, Subject | None, Stated]:
        """The sentence's observations, the first subject it named, the one it ended on and what it said of that. With
        `stated`, what the sentence before said of the topic `opening` carries (a rank naming nothing after a growth
        ranks the growth). With `opening` (a topic and
        where the words that opened the sentence end: 分地区看), those words name nothing and the
        topic is the sentence's until a clause after them names another. Ranks, words of no change
        and doublings are looked for only when it is `worded` (holds a figure word). A place naming no
        quantity, with none carried, is about the paragraph's `topic` (禅城区增长4.6% after 分区看,…经济总量…).
        `own_titled`: the document's title names its own region and no unit inside it (see _titled_for_own_region).
        `above`: the quantity the paragraphs above were about, for a paragraph that has named none yet."""
        out = []
        carried = CarriedSubject(self.namer, norm)
        named_first: Subject | None = None
        lead_end = sentence.start
        if opening is not None:
            topic, lead_end = opening
            if topic is not None:
                carried.set(topic)
        named_so_far: list[str] = []  # the indicators the sentence's figures went to, in order
        taken_out: str | None = None  # what the figure-less clause just before took out of a total (扣除…,)
        started: list[str] = []  # the names the start of a from–to pair got: its end's too
        stated = replace(stated) if stated is not None else Stated()  # what was said of the subject it speaks of
        listed_before = (0, 0)  # where in `out` the last clause with figures put them (their indicators: on demand)
        rank_scope: str | None = None  # the peers the sentence's last rank with a scope was among
        counted_last: Subject | None = None  # a thing the last clause counted after its count (有2.87亿亩粮食耕地)
        place_before: str | None = None  # the place a clause of no figure just before opened with
        partner_before: str | None = None  # the partner a clause of no figure just before named (对美国,)
        owner_opening: Subject | None = None  # the industry a first clause of no figure opened with (机械工业…,)
        larger_said: str | None = None  # the region above the document's that a clause's subject last opened with
        supposed = self._supposed(norm, sentence)
        foreign = self.foreign_affairs.search(norm, sentence.start, sentence.end) is not None or (
            self.treaty.search(norm, sentence.start, sentence.end) is not None
            and self.own_country.search(norm, sentence.start, sentence.end) is not None)
        abroad = self._other_countries(norm, sentence)
        # (在政府历年来处理的反革命分子中,…实行劳动改造的占42.3%): a campaign's tally of people, no figure
        campaign = any(norm.find(word, sentence.start, sentence.end) >= 0 for word in self.campaign_words)
        cursor, ranked = 0, False  # (ranked: the sentence's last figure so far is a rank)
        for cs, ce in clauses(norm, sentence):
            if ce <= lead_end:
                continue
            while cursor < len(mentions) and mentions[cursor].start < cs:
                cursor += 1
            first = cursor
            while cursor < len(mentions) and mentions[cursor].end <= ce:
                cursor += 1
            items = self._items(norm, cs, ce, mentions[first:cursor], worded)
            if supposed[0] < ce:  # (如果每个人每年增加一元钱的购买力,全国人民的购买力就增加六亿元): supposed
                items = [i for i in items if not self._is_supposed(norm, i.start, supposed)]
            if foreign and items:  # (我国同)二十五个国家(已经建立了外交关系), 二十多位外国元首(来访): no economic count
                items = [i for i in items if not (i.metric == "level" and i.unit in self.finder.generic)]
            if campaign:
                items = []
            if abroad and items:  # (英国早在一八八○年,)年产量(就已经达到一百三十一万吨): another country's
                items = [i for i in items if not self._of_other_country(i.start, abroad)]
            if items and (ranked or any(i.metric == "rank" for i in items)):
                # (…分别位列第41位、第57位,其中莱州市较上年前移3位,)招远市与上年持平; 居全省第5位,与上年持平: the rank
                # stayed, no growth
                items = self._rank_kept(norm, cs, items, ranked)
            ranked = items[-1].metric == "rank" if items else ranked
            if rank_scope is not None:  # (湟中区…增速居全市首位;大通县增长6.0%,)居第二: among the same peers
                items = [replace(i, scope_word=rank_scope) if i.metric == "rank" and i.scope_word is None else i
                         for i in items]
            rank_scope = next((i.scope_word for i in reversed(items) if i.metric == "rank" and i.scope_word),
                              rank_scope)
            if not items:
                words = norm[cs:ce]
                owner = self.owner_opening.match(norm, ce - len(words.lstrip(EDGE_CHARS)), ce) \
                    if cs <= max(sentence.start, lead_end) else None
                # (全区)城乡居民储蓄: the words of the whole before it are none of its name
                whose = owner.group("whose") if owner is not None else ""
                whole = next((word for word in self.scope_words if whose.startswith(word)), "") \
                    if whose.startswith(self.scope_words) else ""  # (most clauses have no owner: one test)
                whose = whose[len(whole):]
                if whose and not (whose + owner.group("head")).startswith(self.owner_heads) and \
                        not whose.endswith(PLACE_ENDINGS) and self.namer.region_opening(owner.group(0)) is None:
                    # (not 工业经济 nor 全市经济: the whole economy's, nor 海淀区经济: a place's)
                    owner_opening = Subject(whose + owner.group("head"), owner.start() + len(whole), owner.end(), None)
                carried.offer(cs, ce)
                taken_out = self._taken_out(norm, cs, ce)
                partner = norm[cs:ce].strip(EDGE_CHARS)
                partner_before = partner if self.partner_clause.fullmatch(partner) else None
                place_before = self._part_opening(norm, cs, ce)
                continue
            part_left, taken_out = taken_out, None  # (the clause before this one only)
            partner_left, partner_before = partner_before, None
            counted_before, counted_last = counted_last, None
            topic_place, place_before = place_before, None
            names = self._enumerated(norm, cs, items, carried, named_so_far, out[slice(*listed_before)], topic)
            figures_before = len(out)
            previous_end = cs
            cut_owner = ""  # whose things the clause says are cut (事项办理 of 事项办理平均减时间83%、减材料54%)
            counted_at = -1  # where the count closing a list after a figure starts (糖等|十七种)
            for i, item in enumerate(items):
                clause_start = previous_end
                region_by_rate = False  # whether a place before its rate alone (武安市增速居…) gave the figure's region
                if item.start == counted_at:  # (…、糖等)十七种: how many things the figure before listed
                    previous_end = item.end
                    continue
                subject = self._subject(norm, previous_end, item, ce)
                if subject is None and item.rule == INCREMENT and item.value > 0 and \
                        norm[item.cue_start:item.start] in self.increase_verbs and \
                        (added := self.namer.object_after(norm, item.end, ce)) is not None:
                    # 增加1万个普通高中学位: nothing before the verb changes; it adds the things counted after it
                    item, subject = replace(item, rule="level_added"), added
                if subject is not None and item.rule == INCREMENT and item.value > 0 and \
                        (verb := self._upgrading(norm, clause_start, item.cue_start)) is not None and \
                        (added := self.namer.object_after(norm, item.end, ce)) is not None:
                    # 改造提升24个高速公路服务区: a verb of upgrading made with one of increase (改造提升; not_stops)
                    # counts the things it upgrades after the count, named with it (as 改造提升背街小巷36条)
                    item = replace(item, rule="level_added")
                    subject = Subject(verb + added.name, added.start, added.end, subject.region)
                if item.named is not None:  # (成为全球第一)货物贸易(大国): the thing ranked, named after the ordinal
                    subject = Subject(norm[slice(*item.named)], *item.named, None)
                if subject is not None and subject.name in self.done_words:
                    subject = None  # (计划为3.7%,)实际达到4.6%: what was done, of the subject before
                    if item.rule == "ratio_reached" and out and out[-1].metric == "growth" and \
                            self.done_reached.fullmatch(norm, clause_start, item.start):
                        # (物价涨幅要从14.8%降到10%左右,…,)实际回落到6.1%: the result of the growth planned before
                        item = replace(item, metric="growth", rule="growth_done_reached")
                        subject = Subject(out[-1].indicator, item.cue_start, item.start, out[-1].named_region)
                if subject is not None and subject.name in self.stage_verbs and out and \
                        out[-1].metric == "level" and out[-1].unit == item.unit and \
                        not norm[clause_start:subject.start].strip(EDGE_CHARS):
                    # (重大项目开工390个、)竣工437个: the things the figure before counted, at another stage
                    subject = replace(subject, name=self._at_stage(out[-1].indicator, subject.name))
                if item.rule == "level" and (subject is None or subject.start >= item.end) and \
                        (met := self._amount_met(norm, clause_start, item, out)) is not None:
                    item, subject = replace(item, rule="restated_target"), met  # 完成区下达的3.2亿元目标任务
                if i == 0 and subject is not None and (fund := self.fund_part.search(subject.name)) and \
                        self.part_lead.match(norm, cs) and \
                        (whole := self.whole_spent.search(norm, max(sentence.start, cs - 40), cs)) and \
                        not whole.group("on").endswith(self.fund_owner_words):
                    # (大幅度增加全国教育支出,其中)中央财政支出(1981亿元): the fund's part of the spending on that thing
                    owner = subject.name[:fund.start("measure")]
                    subject = replace(subject, name=owner + whole.group("on") + subject.name[len(owner):])
                if i == 0 and part_left and subject is not None:  # (扣除房地产开发投资,)全国固定资产投资增长2.4%
                    subject = replace(subject, name=part_left + subject.name)
                if i == 0 and partner_left and subject is not None and subject.name in self.trade_words:
                    subject = replace(subject, name=partner_left + subject.name)  # (对美国,)出口3.3万亿元
                if item.rule == CUT_OBJECT:  # 压减时间58%: the thing cut, named with whose it is
                    cut_owner = subject.name if subject is not None else cut_owner
                    thing = self.grammar.cut_object_start(norm, item.cue_start)
                    subject = Subject(cut_owner + norm[thing:item.start], subject.start if subject else thing,
                                      item.start, subject.region if subject else None)
                local = subject is not None
                if i == 0 and local and topic_place and subject.region is None and \
                        not norm[cs:item.cue_start].lstrip(EDGE_CHARS).startswith(WHOLE):
                    # (达坂城区受订单减少影响,)规上工业增加值下降2.4%: the place the clause before opened with
                    subject = replace(subject, region=topic_place)
                if local and subject.region is not None:
                    larger_said = subject.region if subject.region in self.namer.larger_names else None
                elif local and larger_said and \
                        not self.own_opening.match(norm[clause_start:item.cue_start].lstrip(EDGE_CHARS)):
                    # (同期,全市地区生产总值增长5.5%,)规上工业增加值增长7.3%: the region above goes on till a clause
                    # names a place of its own or the document's (全区, 我区)
                    subject = replace(subject, region=larger_said)
                elif local:
                    larger_said = None
                # 增速居全省第一; 增长6%,居全国第四 (not 总量达到…、增长7.2%,居全市第一): the growth rate is ranked
                of_rate = item.metric == "rank" and (
                    (not local and item.pair_end is None and stated.of_growth(self.namer.ends_with_rate))
                    or self.namer.ends_with_rate(norm[previous_end:item.start]))
                if item.rule == INCREMENT and item.value < 0 and \
                        not BASE_NAMED.search(norm, clause_start, item.start) and \
                        any(o.rule in (INCREMENT, INCREMENT_IN_SERIES) and o.value > 0
                            and not o.indicator.endswith(self.decrease_name) for o in out):
                    # (not after 减少10.6万: a series of falls, each a 减少额)
                    item = replace(item, rule="increment_in_series")  # (the name test_rules looks for)
                if item.rule == "ratio" and out and out[-1].rule == INCREMENT and not local and \
                        norm.endswith(RESTATED, item.cue_start - 2, item.start):
                    # 比上一年增产2200万吨,即7.8%: the increase restated as a growth
                    sign = -1 if out[-1].indicator.endswith(self.decrease_name) else 1
                    item = replace(item, metric="growth", rule="growth_restated", value=sign * item.value)
                elif item.rule in ("ratio", "ratio_of_own_total") and \
                        (completed := self._completed(norm, cs, item, carried, None if names else subject)) is not None:
                    done, after_plan = completed
                    if local and done.start == subject.start:
                        # (工业总产值完成计划的101%,)比上年增长8%: still the topic, without its plan (计划完成101%)
                        carried.set(replace(subject, name=self._without_plan(subject.name)))
                    item = replace(item, rule="completion_ratio_after_plan") if after_plan else \
                        replace(item, rule="completion_ratio")  # (the names test_rules looks for)
                    subject, local = done, True
                elif item.rule == "ratio" and local and not subject.name.endswith(self.ratio_names) and \
                        (met := self.target_met.fullmatch(norm, subject.end, item.start)) is not None and \
                        (met.group("denied") or item.qualifier != "exact") and time.target_after(item.end):
                    # 固定资产投资未完成5%左右的预期目标: the growth an amount was to reach (not 失业率实现5.5%以内的…:
                    # a rate's level; nor 完成26.3%的年度目标任务, neither denied nor bounded: how much of it was done)
                    item = replace(item, metric="growth", rule="restated_target")
                elif item.rule == "ratio":
                    said_before = bool(out) and out[-1].rule == "growth_said_before"
                    item, named_after = self._read_again(norm, previous_end, item, local, stated, time, carried,
                                                         said_before)
                    if named_after is not None:
                        subject, local = named_after, True
                if item.rule == PARENT_COMPARED and item.metric == "growth" and (
                        (stated.ratio and not stated.growth) or (
                        local and subject.name.endswith(self.rate_endings)
                        and not self.namer.ends_with_rate(subject.name))):
                    # (投入强度2.8%,)比全国平均水平(2.68%)(高…), 完成率比全市平均水平(76.5%)(高…): the larger
                    # region's rate
                    item = replace(item, metric="ratio")
                if item.rule == "growth_flat" and not local and stated.last == "ratio":
                    # (投入强度为1.57%,)与上年持平: a rate that stays where it was moves by no points
                    item = replace(item, metric="change_pp", unit="pp", rule="ratio_flat")
                if item.rule == "change_in_points" and not local and out and out[-1].metric == "growth" and \
                        out[-1].value < 0 and self.size_change.search(norm, item.cue_start, item.start) and \
                        not self.decline_noun.search(norm, clause_start, item.start):
                    # (降幅15.3%,)较上年收窄6.2个百分点: the decline the clause before stated narrows, the rate rises
                    item = replace(item, value=-item.value)
                if item.rule == "growth_gap" and item.value > 0 and out and out[-1].metric == "growth" and \
                        out[-1].value < 0 and norm.startswith(self.better, item.cue_start):
                    item = replace(item, value=-item.value)  # (降幅达9.1%,)好于全市2.3个百分点: a better fall is lower
                if item.rule == "restated_target" and item.metric == "growth" and out and \
                        out[-1].metric == "growth" and out[-1].value < 0:
                    item = replace(item, value=-item.value)  # (下降3.8%,)超额完成省下达的3.5%年度目标: a target fall
                # (the words are tested only when a rank follows: most growths have none)
                stated.add(item.metric, anew=local,
                           said=norm[clause_start:item.start] if item.metric == "growth" else "")
                if local:
                    region = self.namer.region_only(norm, previous_end, item.cue_start)
                else:
                    parent = item.metric in PARENT_METRICS
                    region = self.namer.larger_only(norm, previous_end, item.cue_start) if parent else None
                    if region is None and parent:
                        region = self.namer.area_only(norm, previous_end, item.cue_start)
                    if region is None and (of_rate or (item.metric == "gap_pp" and self.namer.ends_with_rate(
                            norm[previous_end:item.cue_start]))):
                        # 青田县增速居全市第二: the place's growth rate ranked; 复兴区增速低于全市1.2个百分点: its gap
                        words = self.namer.without_rate(norm[previous_end:item.cue_start].rstrip(EDGE_CHARS))
                        region = self.namer.region_only(norm, previous_end, previous_end + len(words))
                        region_by_rate = region is not None
                    if region is None and i == 0 and topic_place:
                        region = topic_place  # (巴里坤县增速最快,)达9.6%: the place the clause before opened with
                if item.rule == "ratio" and (goes_on := self._place_goes_on(norm, clause_start, item, out)) is not None:
                    item, region = goes_on  # (南关区增长6.1%,)宽城区为4.9%: the list of places' figures goes on
                elif region is None and not local and item.metric == "level" and \
                        (place := self._place_amount_goes_on(norm, clause_start, item, out)) is not None:
                    region = place  # (南岳区接待游客98.7万人次,)衡山县为36.2万人次: the places' amounts go on
                if item.rule in PARENTS_IN_BRACKETS:  # (全省5.5%): the carried indicator, for the region above
                    # (by its name when the document's region is known: 全市 in 浔阳区's page is 九江市; the nation
                    # as 全国)
                    region = item.scope_word if item.scope_word == NATION_WORD else \
                        self.namer.larger_alone(item.scope_word) or item.scope_word
                    if item.rule == PARENT_COMPARED and local:
                        # 青溪区项目投资完成率比全市平均水平(76.5%)高…: the clause's own subject, the topic of the gap
                        carried.set(subject)
                        subject, local = Subject(subject.name, subject.start, subject.end, None), False
                    else:
                        subject = None
                elif item.rule == "coverage_in_brackets" and out:  # (包括村办工业为百分之六): the figure before's
                    cover = self.grammar.coverage(norm, item.cue_start, item.start)
                    subject = Subject(f"{out[-1].indicator}({cover})", item.cue_start, item.start, None)
                listed = self._listed(out, item.metric, region) \
                    if region and item.rule not in PARENTS_IN_BRACKETS else None
                # (地区生产总值….\n从总量看,)肥西县以1328.6亿元(位列首位): a place ranked by a figure that names
                # nothing, in a paragraph that has named nothing yet, by the quantity of the paragraphs above
                if region is not None and (held := listed or carried.get() or topic
                                           or (above if item.rule in RANKED_BY else None)) is not None:
                    subject, local = Subject(held.name, held.start, held.end, region), False
                    if item.metric == "rank" and not listed and not region_by_rate and (
                            self._place_alone(held.name) or (held.region != region and
                            not any(o.metric == "rank" and o.indicator == held.name for o in out))):
                        # (澧县…实现地区生产总值512.4亿元,增长6.9%;)桃源县居第22位(;汉寿县…至第27位): a place ranked
                        # after another's amount, naming nothing, is no rank of that amount: the place alone, ranked in
                        # what the document ranks (_places_ranked); (海安市综合实力居全省第7位;)如皋市居第8位 goes on
                        subject = Subject(region, item.cue_start, item.cue_start, None)
                if subject is None and counted_before is not None and \
                        (item.rule == "share" or (item.metric == "rank" and i == 0) or (
                            item.rule == INCREMENT and i == 0 and
                            BASE_NAMED.match(norm[clause_start:item.start].lstrip(EDGE_CHARS)))):
                    # (已经有二亿八千六百七十七万亩粮食耕地,)占全国…的百分之二十四: the share of the thing the
                    # clause before counted, which is no topic for other figures; (6家组织获得…提名奖,)居全国第4位:
                    # how many there are, ranked; (安排109亿元资金支持再就业,)比上年增加(26亿元): how much more of it
                    subject = counted_before
                # (曲江区…分别达到312.6亿元、298.4亿元,)南雄市、乐昌市均(超过150亿元): places listed before 均, naming
                # nothing, each stating the carried quantity
                each_places = self._places_each(norm, previous_end, item) \
                    if subject is None and region is None and not local else None
                if subject is None:
                    # (预计全年增长6.5%左右 after a sentence of the paragraph on GDP: a growth names what it is about)
                    subject = carried.get() or (topic if item.metric == "growth" else None) or \
                        (above if item.metric == "growth" and self._under_its_name(norm, item.cue_start) else None)
                    if subject is not None and subject.region is not None and \
                            self.namer.own_only(norm, previous_end, item.cue_start):
                        subject = replace(subject, region=None)  # (全国…增长5.0%,)全省增长5.4%: the document's own
                    if subject is None and region is not None and region_by_rate:
                        # 武安市增速居全市第一, 复兴区增速低于全市1.2个百分点, with no quantity named before: a
                        # place's rate alone is its economy's
                        subject = Subject(self.economy, item.cue_start, item.end, region)
                    if item.metric == "growth" and (subject is None or subject.name.endswith(self.parts_of_year)) \
                            and time.target_after(item.end):
                        # (全力冲刺四季度,)努力完成全年增长6%左右的预期目标: a growth target that names nothing (but
                        # a time) is the economy's
                        subject = Subject(self.economy, item.cue_start, item.end, None)
                    elif subject is not None and (whole := topic or above) is not None and \
                            (own := self.namer.own_measure(subject, whole)) is not None:
                        subject = own  # (税收收入….)收入增幅逐季回升:一季度下降0.8%: the measure carried is the topic's
                elif owner_opening is not None and local and subject.name in self.owned_measures and \
                        self.lex.canonical(owner_opening.name + subject.name) is None:
                    # (机械工业…计划任务不足,…,)出口额(增长30.8%), (楼宇经济加快发展,…,实现)税收: the sentence opened
                    # with an industry or a part of the economy, whose measure a known one named alone is
                    subject = Subject(owner_opening.name + subject.name, subject.start, subject.end,
                                      subject.region or owner_opening.region)
                elif subject.name in self.measure_parts and (fallback := carried.get()) is not None and \
                        self.lex.canonical(fallback.name) is None and \
                        (owner := self._owner_of_part(fallback.name, self.measure_parts[subject.name])):
                    # (民营企业进出口总值…;其中)出口(1248.7亿元): the part of the whole an owner's topic names is the
                    # owner's (民营企业出口), not the region's; so is the part after it (…,进口…: 民营企业进口)
                    subject = Subject(owner + subject.name, subject.start, subject.end,
                                      subject.region or fallback.region)
                elif subject.name in self.partners and (fallback := carried.get()) is not None and \
                        fallback.name.endswith(self.partners[subject.name]):
                    subject = self.namer.partnered(fallback, subject, self.partners[subject.name])
                elif subject.name in self.head_nouns and (fallback := carried.get()) is not None and \
                        self._group(fallback.name) != fallback.name:
                    # 钢、石油等主要工业产品,(一九六四年的)产量都…: the measure of the group named before
                    subject = Subject(fallback.name + subject.name, subject.start, subject.end, subject.region)
                elif self.namer.is_aspect(subject, item.metric) and (fallback := carried.get()) is not None:
                    subject = self.namer.relate(subject, fallback, item.metric)
                elif carried.get() is None and (topic or above) is not None and \
                        (own := self.namer.own_measure(subject, topic or above)):
                    # (规模以上工业总产值…。11月当月完成)产值: the paragraph's quantity's measure; in a paragraph that
                    # has named none yet, the quantity of the paragraphs above (税收收入….\n收入增幅逐季回升)
                    subject = own
                elif name_key(subject.name) in self.lex.name_tails and not self.lex.canonical(subject.name) and \
                        (fallback := carried.get()) is not None and (whole := self.namer.completed(fallback, subject)):
                    subject = whole
                elif len(subject.name) <= SHORT_NAME and (known := self.lex.canonical(subject.name)) and \
                        (fallback := carried.get()) is not None:
                    joined = self.namer.continued(fallback, subject)
                    # (外贸进出口…,)出口额: a name the join makes another known indicator (外贸进出口额) is its own
                    other = self.lex.canonical(joined.name)
                    subject = subject if other is not None and other.code != known.code else joined
                elif local and not self.lex.canonical(subject.name) and (fallback := carried.get()) is not None and \
                        (grouped := self.namer.of_group(fallback, subject)) is not None:
                    subject = grouped  # (居民人均可支配收入…。其中,)城镇居民(39652元): the group's own
                if item.metric == "rank" and not local and \
                        (listed := self.ranking_list.search(norm, item.start, item.end)) is not None:
                    # 稳居全国百强区首位: the place's rank in a published list, whatever quantity came before
                    subject, of_rate = Subject(listed.group(0) + RANKING, listed.start(), listed.end(), None), False
                if subject is not None and item.unit in self.finder.generic and \
                        (things := CLASS_BEFORE_COUNT.search(norm, cs, item.start)) is not None and \
                        subject.end <= things.start() + len(OF):
                    # (城镇化率高于60%)的县有5个, (规上工业增加值增速高于全市)的有9个: the things of the class the
                    # clause marks off are counted, not the quantity that marks it
                    opening = subject.start if cs <= subject.start < things.start() else \
                        after_last(norm, cs, things.start(), CLAUSE_MARKS)
                    named = norm[opening:things.end("things")].lstrip(EDGE_CHARS).removesuffix(OF)
                    if (last := named.rfind(LIST_MARK)) > 0 and CLASS_COUNTED.search(named, 0, last + 1) and \
                            (first := self.class_bound.search(named)) is not None:
                        # (占比超过10%的有44种、)超过20%的有23种: a later class of the list, marked by its own bound
                        # on the first one's measure
                        named = named[:first.start()] + named[last + 1:]
                    subject = Subject(named, opening, things.end("things"), subject.region) if named else subject
                previous_end = item.end
                if subject is None:
                    continue
                targeted = item.rule == "growth_target_named_after"
                # (比规划目标低0.8个百分点, 高出规划目标0.16万人: a result's gap to its target, no target of its own)
                gap = self._target_gap(norm, clause_start, item) if item.metric in ("level", "change_pp") else None
                if (local or item.rule == "growth_said_before") and gap is None and \
                        (untargeted := self._untargeted(subject.name)) != subject.name:
                    subject, targeted = replace(subject, name=untargeted), True
                    if not local:  # (经济增长速度的宏观调控目标,定为8%): the growth of 经济
                        subject = replace(subject, name=self.namer.without_rate(untargeted))
                if item.metric == "growth" and subject.name.endswith(self.plans_of_growth) and \
                        (unplanned := self._without_growth_plan(subject.name)) is not None:
                    subject, targeted = replace(subject, name=unplanned), True  # (工业总产值)计划(增长6%): planned
                timing = time.timing(sentence.start, item.start, item.pair_end, item.end, targeted=targeted)
                if item.year is not None:  # (由2020年的第6位上升到2025年的第4位: each end's own year)
                    timing = replace(timing, period=item.year)
                elif item.rule == RANK_REACHED and out and out[-1].rule == RANK_FROM and out[-1].period is not None \
                        and (timing.period is None or timing.period <= out[-1].period):
                    out.pop()  # (由2024年的第5位升至第2位, of 2024: the end no later than the start says no move)
                    continue
                if item.rule == PLAN_COMPLETED:  # (计划完成102.6%: the plan is the base of what was done)
                    timing = replace(timing, is_target=False)
                if item.metric == "level" and self.plan_amount_after.match(norm, item.end) and \
                        (base := self.plan_amount_before.search(norm, clause_start, item.start)) and \
                        (planned := self._plan_owner(norm, clause_start, base.start(), carried, out)) is not None:
                    # (城镇新增就业8635人,为)年度目标(7500人)(的115.1%): the plan of the indicator the figure before
                    # completes, of its year, the whole year's (1-10月…,完成全年目标任务(1000万美元)的65%: no span)
                    subject = Subject(planned.name, subject.start, subject.end, planned.region)
                    timing = Timing(out[-1].period if out else timing.period, True, None)
                if out and not timing.of_plan and (item.rule == "restated_target" or (
                        item.metric == "level" and not local and norm.endswith(OF, 0, item.start)
                        and self.target_set.search(norm, clause_start, item.start) is not None)):
                    # the year its figure was of (增长2.1%,低于年初预算安排的4%; 新建中小学32所,超过年初确定的30所: the
                    # amount planned)
                    timing = Timing(out[-1].period, True, out[-1].span)
                start = min(subject.start, item.start) if local else item.cue_start
                end = max(item.end, subject.end) if local else item.end
                if norm.startswith("”", end) and norm.count("“", start, end) > norm.count("”", start, end):
                    end += 1  # close the quotation the evidence opened
                if names and names[i][1] is not None:  # 霞山区、赤坎区分别…: the i-th region's figure
                    subject = Subject(subject.name, subject.start, subject.end, names[i][1])
                if item.metric == "rank" and item.scope_word is None and subject.region and \
                        self._named_region(subject.region):
                    # (莲都区以412.6亿元)位居第一 in the city's page: a place of its own ranked among the others
                    item = replace(item, scope_word=self.finder.peers_scope)
                if (item.metric == "gap_pp" or (item.metric == "rank" and not local)) and \
                        self._compared_with_itself(subject, item.scope_word):
                    subject = replace(subject, region=None)  # the document's own rank, not the carried place's
                if item.metric == "share" and \
                        (((local or own_titled or self._national()) and self._own_total(item.scope_word, subject))
                         or (local and self._place_whole(item.scope_word, subject))):
                    item = replace(item, metric="ratio", rule="ratio_of_own_total")
                if item.metric == "gap_pp" and (local or own_titled) and self._own_total(item.scope_word, subject) \
                        and self._growth_named(norm, item):
                    # 民营经济增加值增长7.1%,快于全市地区生产总值增速0.9个百分点 in the city's page: two of its own
                    # growths compared, no gap to a larger region
                    item = replace(item, metric="change_pp", rule="own_growths_compared", scope_word=None)
                elif item.metric == "gap_pp" and AVERAGE in norm[item.cue_start:item.start] and \
                        self.own is not None and self.own.level in OWN_AVERAGE_LEVELS and \
                        self._own_total(item.scope_word, subject):
                    # 完成率较全区平均水平低4.6个百分点 in the district's own bulletin: one of its rates against the
                    # average of its own, no gap to a larger region
                    item = replace(item, metric="change_pp", rule="own_average_compared", scope_word=None)
                if (item.metric == "share" or (item.metric == "ratio" and norm.startswith(self.share_words,
                                                                                          item.cue_start))) and \
                        item.qualifier == "exact" and norm.endswith(self.approx_before, 0, item.cue_start):
                    # 约占全市的14.2%, 约占全区工业投资的六成: the share (or the part of its own total) is approximate
                    item = replace(item, qualifier="approx")
                if item.metric == "share" and (part := self.share_part.match(norm, item.end)):
                    # 贡献了全国24.1%的增量: a share of the increase, not of the amount
                    subject = Subject(self._canonical(subject.name) + part.group("part"), subject.start, subject.end,
                                      subject.region)
                named = self._names(norm, subject, local, names[i][0] if names else None, item, carried, of_rate)
                if item.unit in self.finder.generic and local and subject.start >= item.end and \
                        subject.name.endswith(self.size_measures) and \
                        (bound := self.size_bound_after.match(norm, subject.end)) is not None:
                    named = [norm[subject.start:bound.end()]]  # 新增1个经济总量近千亿的县市: the things of the class
                if item.rule == "coverage_in_brackets":
                    named = [subject.name]  # 农业总产值(包括村办工业): the coverage is no gloss, it stays
                elif local and (after := self._listed_after(norm, item, subject)) is not None:
                    named, counted_at = after  # 产量将增长百分之四十以上的有粮食、棉花…: each one's
                if item.metric == "rank" and not local and not names and not of_rate and \
                        listed_before[1] - listed_before[0] > 1 and \
                        EACH.fullmatch(norm[clause_start:item.cue_start].strip(EDGE_CHARS)) and \
                        len(each := list(dict.fromkeys(o.indicator for o in out[slice(*listed_before)]))) > 1:
                    named = each  # 研发人员达159万人、高技能人才达843万人,均居全国首位: each one ranked
                if item.pair_end == "reached" and not local and not names and started:
                    named = started  # 服务业增加值占比由52.1%提高到55.3%: the ratio reached, not its numerator
                elif item.metric in ("change_pp", "gap_pp") and not local and not names and out and \
                        out[-1].metric in ("ratio", "change_pp") and \
                        not self.namer.ends_with_rate(norm[clause_start:item.cue_start]):
                    # 税收收入占…比重达到78.5%,比上年提高1.6个百分点 (高于全国平均水平1.2个百分点): the ratio's change
                    # (its gap), not its numerator's (but 增速高于全市…: the growth's)
                    named = [out[-1].indicator]
                elif item.metric == "rank" and not local and not names and not of_rate and out and \
                        out[-1].metric == "ratio" and stated.last == "ratio" and \
                        any(word in out[-1].indicator for word in self.share_words):
                    # 服务业增加值占地区生产总值比重达到68.4%,居全市第1位: the ratio ranked, not its numerator
                    named = [out[-1].indicator]
                if gap is not None:
                    # (年均增长5.2%,)比规划目标低(2.8个百分点): the gap of the result named before to its target
                    at = item.start - len(gap.string) + gap.start()  # (where the comparison opens in the text)
                    before_gap = norm[subject.start:at].strip(EDGE_CHARS) if local and subject.start < at else ""
                    base = self._canonical(before_gap) if before_gap else (
                        out[-1].indicator if out else (carried.get().name if carried.get() else None))
                    if base:
                        base = base.removesuffix(TARGET_GAP)  # (…比年度计划低5亿元,还差14亿元: the result's)
                        named = [base + TARGET_GAP]
                        if local:  # (…的目标0.5个百分点;总量…: the result compared is the topic after, not the target)
                            subject = replace(subject, name=base)
                        if item.metric == "change_pp":  # (an amount's gap keeps its size: 比年初计划少了近500亿元)
                            down = gap.group("dir") in self.target_gap_down or gap.group("gap") in self.target_gap_down
                            item = replace(item, value=-abs(item.value) if down else abs(item.value))
                started = named if item.pair_end == "from" else []
                stated_before = len(out)
                # 内江、眉山、自贡、遂宁经济总量突破2000亿元: the places listed before the subject, each the figure's
                places = self._places_listed(norm, clause_start, subject, item) \
                    if local and not names and subject.region else each_places
                for name in named:
                    if item.unit in self.durations and not any(w in (norm[subject.start:item.start] if local else name)
                                                               for w in self.durations[item.unit]):
                        continue  # 仅用90天: a duration; 优良天数281天, 发电设备累计平均利用2890小时 count hours
                    if item.unit in self.finder.generic and name.endswith(self.not_counted) and \
                            not name.endswith(self.finder.counted_anyway):
                        continue  # 预期性指标19项: a count of a plan's indicators, as 18项主要指标
                    if item.unit in self.finder.generic and norm.endswith(EXAMPLES, 0, item.start) and \
                            all(self.lex.canonical(part) for part in SHARED.split(name)):
                        continue  # 地区生产总值、固定资产投资等4项(未达到预期): a count of the indicators listed
                    if self.bodies_work.search(name):
                        continue  # 培训人大干部560人次: the legislature's own work, not its region's
                    if item.unit in self.finder.generic and local and subject.start >= item.end and \
                            (name.endswith(self.counted_measures)
                             or norm.startswith(self.counted_measures, subject.end)):
                        # 26个行业增加值(实现增长), 12条产业链项目占比(达84%): the count says whose measure follows, no
                        # figure
                        continue
                    if local and subject.start >= item.end and self.lex.dimension(item.unit) in self.sizes and (
                            norm.startswith(OF, item.end) or (norm[item.end:item.end + 1] in self.one_character_products
                                                              and norm.startswith(OF, item.end + 1))):
                        continue  # 年产30万吨的乙烯工程, 年产150万吨钢的钢铁联合企业: the size of the thing after it
                    if local and subject.start >= item.end and self.lex.dimension(item.unit) in self.capacities and \
                            (self.capacity_project.match(norm, item.end) or
                             self.projects_listed.match(norm, item.end)) and \
                            not norm.endswith(self.capacity_built, 0, item.start):
                        # (推动)120万吨乙烯项目, (推动…)50万吨绿电铝技改、…10万吨再生铝等项目: a capacity names the
                        # project, or is in the names of the projects listed (not 建设…项目: the capacity built)
                        continue
                    if self._bound_of_counted(norm, item, subject if local else None):
                        continue  # 8个产业规模超千亿元: the threshold each thing counted passes, no figure
                    if item.metric == "level" and item.qualifier in BOUNDS and local and subject.start < item.start \
                            and SHARE_OF_CLASS.search(norm, max(0, subject.start - SHARE_WINDOW), subject.start):
                        continue  # 95%以上的村集体经营性收入超过10万元: the bound each thing of the share passes
                    if item.metric in CLASS_MARKS and CLASS_COUNTED.match(norm, item.end):
                        continue  # 城镇化率高于60%的县有5个, 占比超过10%的有44种: the mark of the class counted
                    # (完成投资336.8亿元,(完成年度计划的81.6%,)增长8.3%: the rate of the amount the sentence stated
                    # keeps its name)
                    if item.metric == "level" and not local and self.over_target.search(norm, clause_start, item.start):
                        name += OVER_TARGET
                    if not local and i > 0 and name.endswith(self.flow_words) and (
                            (item.metric == "level" and self.stock_after_flow.match(norm, clause_start, item.end))
                            or (item.metric == "rank" and out and out[-1].indicator == self._without_flow(name))):
                        # (高速公路通车里程新增3000公里、)突破1.1万公里(、居全国第3位): the stock, and its rank
                        name = self._without_flow(name)
                    if item.metric == "level" and local and i == 0 and len(out) > 0 and subject.start < item.start and \
                            out[-1].metric == "level" and \
                            self.lex.dimension(out[-1].unit) == self.lex.dimension(item.unit) and \
                            self.part_lead.match(norm, cs) and \
                            (whole := self._part_as_whole(out[-1].indicator, name)) is not None:
                        # (新增铁路里程1.97万公里,)其中高速铁路(8951公里): the part of the flow, named as the whole is
                        name = whole
                    if item.metric == "level" and local and subject.start >= item.end and \
                            norm.endswith(self.shared_cut_verbs, clause_start, item.start) and \
                            not name.startswith(self.shared_cut_verbs):
                        # 关停(5000万千瓦)小火电机组: the things cut, named with the verb
                        name = next(verb for verb in self.shared_cut_verbs if norm.endswith(verb, 0, item.start)) + name
                    if item.metric == "level" and out and (
                            (name in self.shared_cut_verbs and figures_before > 0) or
                            (i > 0 and len(out) > figures_before and norm.startswith(LIST_MARK, clause_start) and
                             out[-1].indicator.startswith(self.shared_cut_verbs))) and \
                            (cut := self._cut_as_before(norm, name, out, figures_before, len(items) - i)):
                        # (淘汰落后炼铁产能4659万吨、)炼钢产能(3747万吨): cut as the list's first;
                        # (关停5000万千瓦小火电机组,今年要)关停(1000万千瓦): what the sentence cut before with the verb
                        name = cut
                    if places and len(places) == 1 and (group := self.places_counted.match(name)) and \
                            group.end() < len(name):
                        name = self._canonical(name[group.end():])  # (滑县、…三个产粮大县)粮食产量: the group's
                    of_amount = not local and any(o.metric == "level" and o.indicator == name for o in out)
                    # (each place's evidence opens with its name: one figure per place and span)
                    out += [self._observation(text, item, name, replace(subject, region=place), timing,
                                              min(start, at), end, of_amount) for place, at in places] if places \
                        else [self._observation(text, item, name, subject, timing, start, end, of_amount)]
                    if of_rate:
                        continue  # (a growth rate's rank names no indicator of the sentence's lists)
                    if name in named_so_far:
                        named_so_far.remove(name)
                    named_so_far.append(name)
                if local and subject.start >= item.end and len(out) > stated_before and \
                        norm.startswith(LIST_MARK, subject.end):
                    # a thing counted after its count, then a list mark (5个紧密型城市医疗集团、区级覆盖率达80%), is no
                    # part of the next figure's name (but 35个重点项目完成投资… owns the 投资 after it)
                    previous_end = max(previous_end, subject.end)
                if not (local and subject.start >= item.end) and \
                        item.rule not in (*PARENTS_IN_BRACKETS, COMPLETION, PLAN_COMPLETED):
                    # a thing counted after its count (3个万亿元大关) is no topic for the figures after it, nor one
                    # inside a clause (在…的情况下), nor the region above's beside the region's own (全省5.5%), nor
                    # a completion ratio beside the amount it completes
                    outer = self.namer.outer_subject(norm, clause_start, item.cue_start) \
                        if local and CLAUSE_OPENER in norm[clause_start:item.cue_start] else None
                    carried.set(outer or subject)
                    named_first = named_first or subject
                elif local and subject.start >= item.end:
                    counted_last = subject
            listed_before = (figures_before, len(out))
        return out, named_first, carried.current(), stated

    @staticmethod
    def _under_its_name(norm: str, cue: int) -> bool:
        """Whether the change word at `cue` opens its line, under a line that ends with a figure and no sentence (a
        图解's 地区生产总值 268.4亿元 / 增长6.4%): the growth of what the line above named."""
        line = norm.rfind("\n", 0, cue)
        if line < 0 or norm[line + 1:cue].strip(EDGE_CHARS):
            return False
        return FIGURE_LINE_END.search(norm, norm.rfind("\n", 0, line) + 1, line) is not None

    def _places_listed(self, norm: str, start: int, subject: Subject, item: Item) -> list[tuple[str, int]] | None:
        """The places a list right before the subject's own place names with it (内江、眉山、自贡、遂宁经济总量), in
        order, each with where its name starts, when the figure is each one's: a rate, a rank, or a bound each passes
        (突破2000亿元) or 均; an exact amount or a share of a list of places is their sum. A list counted as one group
        right after it (滑县、内黄县、汤阴县三个产粮大县粮食产量) states the group's figure: one place, the list, where
        its first name starts. None when no list of places opens the subject."""
        at = subject.start - len(subject.region or "")
        if at <= start or norm[at - 1] not in "、和" or not norm.startswith(subject.region or "", at):
            return None  # (most subjects: one test of the character before the place)
        group = self.places_counted.match(norm, subject.start)
        summed = item.metric in ("level", "share", "contribution") and item.qualifier != "at_least" and \
            EACH.search(norm, subject.end, item.start + 1) is None  # (a sum of the places' figures, no one's own)
        if group is None and summed:
            return None
        found = self._listed_places(norm, self.namer.skip_leading_words(norm, start, at), at - 1, zones=True)
        if found is None:
            return None
        places = [*found, (subject.region or "", at)]
        # (滑县、内黄县、林州市)三个产粮大县: as many as the list names, of a kind among theirs (not
        # 遂溪县、徐闻县三个重点镇: places inside them)
        counted = group is not None and parse_chinese(group.group("count")) == len(places) and \
            any(place.endswith(group.group("kind")) for place, _ in places)
        if not counted and summed:
            return None
        return [(LIST_MARK.join(place for place, _ in places), places[0][1])] if counted else places

    def _places_each(self, norm: str, start: int, item: Item) -> list[tuple[str, int]] | None:
        """The places a clause lists before 均 and its figure, naming nothing else (南雄市、乐昌市均超过150亿元), each
        with where its name starts; None for any other clause."""
        if norm.find("、", start, item.start) < 0:
            return None  # (most clauses: one scan for the list's mark)
        each = EACH.search(norm, start, item.start)
        if each is None or norm.find("、", start, each.start()) < 0:
            return None
        opening = start + len(norm[start:each.start()]) - len(norm[start:each.start()].lstrip(EDGE_CHARS))
        found = self._listed_places(norm, opening, each.start(), zones=False)
        return found if found is not None and len(found) >= 2 else None

    def _listed_places(self, norm: str, opening: int, end: int, zones: bool) -> list[tuple[str, int]] | None:
        """The places a list from `opening` to `end` names (`zones`: a zone no reference lists too), each with where
        its name starts; None when a part of it is no place."""
        parts = [p.strip(EDGE_CHARS) for p in self._split(norm[opening:end], ENUMERATION)]
        places = [region for region, rest in (self.namer.split_region(p, zones=zones) for p in parts)
                  if region and not rest]
        if not places or len(places) != len(parts):
            return None
        found, pos = [], opening
        for place in places:
            pos = norm.index(place, pos)
            found.append((place, pos))
        return found

    def _bound_of_counted(self, norm: str, item: Item, subject: Subject | None) -> bool:
        """Whether an amount is a round bound (近千亿, 超500亿元) that each of the things counted right before its
        subject, a measure of the size of each (size_measures), passes (8个产业规模超千亿元, 新增1个经济总量近千亿的
        县市): the threshold of a class of things, no figure of their total, which is stated exactly or in full
        (超86亿元), or is an amount they add up to (11个项目投资突破2000亿元)."""
        return item.metric == "level" and item.qualifier in BOUNDED and subject is not None and \
            item.unit not in self.finder.generic and subject.start < item.start and \
            subject.name.endswith(self.size_measures) and ROUND_BOUND.fullmatch(f"{item.value:g}") is not None \
            and self.count_before.search(norm, max(0, subject.start - COUNT_BEFORE_WINDOW), subject.start) is not None

    def _plan_owner(self, norm: str, clause_start: int, base_start: int, carried: CarriedSubject,
                    out: list[Observation]) -> Subject | None:
        """Whose plan an amount in brackets after a plan's words (年度计划(80亿元)的85%) is: the indicator its clause
        names right before the verb (固定资产投资完成年度计划(…), else the one the figure before it stated (城镇新增就业
        8635人,为年度目标(7500人)…), if any."""
        lead = self.plan_lead.search(norm, clause_start, base_start)
        if lead is not None and lead.start() > clause_start and \
                (own := self.namer.subject(norm, clause_start, lead.start())) is not None:
            return own
        return carried.get() if out else None

    def _completed(self, norm: str, start: int, item: Item, carried: CarriedSubject,
                   subject: Subject | None) -> tuple[Subject, bool] | None:
        """A ratio of what was planned (为预算的102.3%, 完成年度目标任务的57.8%): named for the completion of the
        indicator its clause names right before the verb (城镇新增就业完成年度计划的118.2%), or else of the carried one
        (一般公共预算收入预算完成率), the words from the verb on its evidence; and whether the plan came before the
        verb (计划完成101%)."""
        m = self.completion.search(norm, start, item.start)
        if m is None:
            planned = self._plan_completed(norm, start, item, carried, subject)
            return (planned, True) if planned is not None else None
        # (not 市下(达目标任务的118%): a subject whose clause goes on with another verb completes nothing)
        own = subject is not None and subject.end <= m.start() and norm.startswith(self.completion_verbs, subject.end)
        of = subject if own else carried.get()
        if of is None:
            return None
        base = self.completion_bases[m.group("base")]
        start = of.start if of is subject else m.start()  # (the evidence holds the name its clause gave)
        return Subject(f"{of.name}{base}{COMPLETION_RATE}", start, m.end(), of.region), False

    def _plan_completed(self, norm: str, start: int, item: Item, carried: CarriedSubject,
                        subject: Subject | None) -> Subject | None:
        """A ratio after the plan and the verb (工业生产总值计划完成102.6%, or 计划完成了95% of the indicator just
        stated): the completion ratio of the indicator's plan, the words of the plan and verb on its evidence."""
        m = self.completion_after.search(norm, start, item.start)
        if m is None:
            return None
        base = m.group("base")
        if subject is not None and subject.name.endswith(base) and len(subject.name) > len(base):
            name, begin, region = self._without_plan(subject.name), subject.start, subject.region
        elif subject is None and (held := carried.get()) is not None:
            name, begin, region = held.name, m.start(), held.region
        else:
            return None
        return Subject(f"{name}{self.completion_bases[base]}{COMPLETION_RATE}", begin, m.end(), region)

    def _without_plan(self, name: str) -> str:
        """A name without the plan word it ends in (工业生产总值计划: 工业生产总值), or as it is."""
        return next((name[:-len(base)] for base in self.plan_words if name.endswith(base) and name != base), name)

    def _owner_of_part(self, name: str, whole: str) -> str | None:
        """The owner a topic names before a whole (民营企业进出口总值, 市本级一般公共预算收入) or before another part of
        the same whole (民营企业出口, 市本级税收收入: the owner of the next part too); None when it names none."""
        at = name.find(whole)
        if at > 0:
            return name[:at]
        part = next((part for part, of in self.measure_parts.items()
                     if of == whole and name.endswith(part) and len(name) > len(part)), None)
        return name[:-len(part)] if part else None

    def _part_as_whole(self, whole: str, part: str) -> str | None:
        """The name of a part a clause opening with 其中 counts (高速铁路) after a flow (新增铁路里程): the flow's
        word, the part and what the whole's name says after the part's last two characters (新增高速铁路里程); None
        when the whole is no flow, or the part names a flow of its own or ends otherwise."""
        flow = next((word for word in self.flow_words if whole.startswith(word)), None)
        if flow is None or part.startswith(self.flow_words) or len(part) < 2:
            return None
        at = whole.find(part[-2:], len(flow))
        return flow + part + whole[at + 2:] if at >= 0 and part != whole[len(flow):] else None

    def _cut_as_before(self, norm: str, name: str, out: list[Observation], clause_first: int, left: int) -> str | None:
        """The name of a level that figures before it in the sentence cut (shared_cut_verbs): a later name of a list
        whose first opens with the verb, ending in the same two characters, takes the verb and the words of what is
        cut after it (淘汰落后炼铁产能…、炼钢产能: 淘汰落后炼钢产能); a name that is the verb alone takes the name of
        the figure of a clause before (`out` up to `clause_first`) cut with it, the `left`-th from the last when
        figures are listed (分别淘汰3000万吨和3500万吨); None when nothing before says so."""
        if name in self.shared_cut_verbs:
            cut = [o.indicator if o.indicator.startswith(name) else name + o.indicator for o in out[:clause_first]
                   if o.metric == "level" and (o.indicator.startswith(name) or norm.endswith(name, 0, o.start))]
            return cut[-left] if left <= len(cut) else (cut[-1] if cut else None)
        first = out[-1].indicator
        verb = next(verb for verb in self.shared_cut_verbs if first.startswith(verb))
        if len(name) >= len(first) or name[-2:] != first[-2:] or name.startswith(self.flow_words) or \
                name.startswith(verb):
            return None  # (not 新增产能, a flow of its own)
        qualifier = next((word for word in self.cut_qualifiers if first.startswith(word, len(verb))), "")
        return verb + ("" if name.startswith(qualifier.removesuffix(OF) or verb) else qualifier) + name

    def _without_growth_plan(self, name: str) -> str | None:
        """A growth's name without the plan word closing it (工业总产值计划(增长6%): 工业总产值), or None when
        nothing is left but the plan or a phrase ending in 的 (…的计划), or the plan is a quota of its own
        (招生计划增长10%: the quota's growth), or the base a growth is compared with (利润比原计划增加了…: what was
        done beyond the plan)."""
        word = next(word for word in self.plans_of_growth if name.endswith(word))
        rest = name[:-len(word)]
        return rest if len(rest) >= 2 and not rest.endswith(OF) and not name.endswith(self.plan_compounds) and \
            COMPARED_TO_PLAN not in rest[-3:] else None

    def _listed(self, out: list[Observation], metric: str, region: str) -> Subject | None:
        """What a place naming no quantity goes on about in a list of places (岳阳楼区地区生产总值增长6.4%；…
        在…百强县中排名第86位；华容县增长6.9%): the quantity of the sentence's last figure of the same kind
        for another place, whatever clauses came between."""
        named = self._named_region(region)
        listed = next((o for o in reversed(out) if o.metric == metric and o.named_region is not None), None)
        if listed is None or listed.named_region == named:
            return None
        return Subject(listed.indicator, listed.start, listed.end, None)

    def _place_said(self, norm: str, start: int, item: Item) -> str | None:
        """The place that alone opens the clause from `start` before 为 (则为, 也为) and the figure (宽城区为4.9%), or
        None. (str's scans from the figure back: most figures have no 为 right before them.)"""
        said = norm.rfind(PLACE_IS, start, item.start)
        if said < 0 or norm[said + 1:item.start].strip():
            return None
        if said > start and norm[said - 1] in PLACE_IS_ADVERBS:
            said -= 1
        return self.namer.region_only(norm, start, said)

    def _place_goes_on(self, norm: str, start: int, item: Item, out: list[Observation]) -> tuple[Item, str] | None:
        """A percentage after a place and 为 alone (南关区增长6.1%,…;宽城区为4.9%; 银川市在校生占全区的比重为46.2%,
        石嘴山市为10.4%): the same kind of figure as the sentence's last percentage for another place (a growth, a
        share with its scope), not a ratio of its own, and the place; None when the clause says more than the place
        or no other place came before."""
        region = self._place_said(norm, start, item)
        if region is None:
            return None
        named = self._named_region(region)
        last = next((o for o in reversed(out) if o.unit == "%" and o.named_region is not None), None)
        if last is None or last.named_region == named or last.metric not in PLACE_METRICS:
            return None
        scope = last_match(self.grammar.scope.finditer(last.evidence)) if last.metric == "share" else None
        scope_word = scope.group(0) if scope else None
        return replace(item, metric=last.metric, rule="place_goes_on", scope_word=scope_word), region

    def _place_amount_goes_on(self, norm: str, start: int, item: Item, out: list[Observation]) -> str | None:
        """The place of an amount after a place and 为 alone (南岳区接待游客98.7万人次,衡山县为36.2万人次; 全市…,衡山县
        为…), when the sentence's last amount of that dimension was another place's or the document's own: the same
        quantity of that place; None when the clause says more than the place or no amount of that dimension came
        before."""
        region = self._place_said(norm, start, item)
        if region is None:
            return None
        last = self._last_amount(out, item.unit)
        if last is None or last.named_region == self._named_region(region):
            return None
        return region

    def _last_amount(self, out: list[Observation], unit: str, changes: bool = True) -> Observation | None:
        """The last amount of the sentence so far in the dimension of `unit`, or of its changes too (比上年增加2.3件)
        unless not `changes`."""
        dimension = self.lex.dimension(unit)
        return next((o for o in reversed(out) if o.metric == "level" and self.lex.dimension(o.unit) == dimension
                     and (changes or o.rule not in (INCREMENT, INCREMENT_IN_SERIES))), None)

    def _read_again(self, norm: str, start: int, item: Item, local: bool, stated: Stated, time: TimeContext,
                    carried: CarriedSubject, said_before: bool = False) -> tuple[Item, Subject | None]:
        """A percentage no cue before it made more than a ratio, read again from the words after it and
        what the sentence said before it (from `start`, the end of the figure before); and the subject the words
        after it name, if they do. `said_before`: the figure before was such a growth (growth_said_before), which
        this one may go on with (计划为3.7%,实际达到4.6%)."""
        if not local and stated.last == "growth" and EXTREME_OF_THE_LAST.fullmatch(norm, start, item.start):
            return replace(item, metric="growth", rule="growth_extreme"), None
        if not local and stated.last == "growth" and self.striven.fullmatch(norm, start, item.start):
            return replace(item, metric="growth", rule="growth_striven"), None
        if not local and (stated.last is None or said_before) and (
                self.reached_only.fullmatch(norm, start, item.start) or (
                    norm.startswith(self.qualifier_openings, item.start)
                    and self.striven.fullmatch(norm, start, item.start))) and (whole := carried.get()) is not None and \
                (carried.clause is not None or said_before) and (
                    self.change_said.match(norm, whole.end) or self.namer.ends_with_rate(self._untargeted(whole.name))):
            # (物价上涨幅度比去年有明显回落,)力争控制在15%左右; (经济增长速度的宏观调控目标,)定为8%: its rate noun's
            return replace(item, metric="growth", rule="growth_said_before"), None
        if not local and stated.last in RESTATED_METRICS and \
                (time.target_after(item.end) or self.target_set.search(norm, start, item.start)):
            # 增长11.3%,低于13%左右的预期目标 (失业率为5.2%,低于5.5%左右的预期目标; 增长2.1%,低于年初预算安排的4%):
            # the figure that was targeted
            return replace(item, metric=stated.last, rule="restated_target"), None
        if stated.last == "growth" and in_brackets(norm, item.start, item.end):
            # (增速最快的是华容县(6.9%),)云溪区(6.8%)和汨罗市(6.6%)次之: the list of places' growths goes on
            return replace(item, metric="growth", rule="growth_in_brackets"), None
        after = self.growth_target_after.match(norm, item.end)
        if after and self.lex.canonical(after.group("name")):  # 提出8%左右的国内生产总值增长目标
            return replace(item, metric="growth", rule="growth_target_named_after"), _named(after)
        after = self.change_noun_after.match(norm, item.end)
        if after:  # 营收保持20%以上增长, 实现8%的增长: the subject's growth, the verb as a noun after it
            sign = -1 if after.group("verb") in self.decreases else 1
            return replace(item, metric="growth", rule="growth_noun_after", value=sign * item.value), None
        after = self.change_after.match(norm, item.end)
        if after:  # 按不低于5%的幅度压减一般性支出
            sign = -1 if after.group("verb") in self.decreases else 1
            return replace(item, metric="growth", rule="growth_named_after", value=sign * item.value), _named(after)
        after = self.spent_on.match(norm, item.end)
        if after and not local and stated.last == "level" and (whole := carried.get()) is not None:
            # 一般公共预算支出3.4万亿元,74%以上用于民生: the ratio of the amount, named for where it goes
            spent = Subject(f"{whole.name}{after.group(0)}{OWN_SHARE}", after.start("name"), after.end("name"),
                            whole.region)
            return replace(item, rule="ratio_spent_on"), spent
        return item, None

    def _untargeted(self, name: str) -> str:
        """A name without the target set for it that closes it (城镇新增就业的预期目标, 经济增长速度的宏观调控目标)."""
        if name.endswith(self.target_ends) and (of_target := self.target_named.search(name)) and of_target.start():
            return name[:of_target.start()]
        return name

    def _items(self, norm: str, cs: int, ce: int, mentions: list[Mention], worded: bool) -> list[Item]:
        items = []
        previous: tuple[Mention, Reading] | None = None
        for m in mentions:
            reading = self.grammar.read(norm, cs, m, previous)
            if reading is None:
                continue
            previous = (m, reading)
            value, high, unit = m.value, m.value_high, m.unit
            if m.dimension == "pp":
                unit = self.lex.units[m.unit].base_unit  # 个百分点: pp; 个千分点: points of a rate per mille (‰)
            elif m.dimension == "multiple":  # 增长2.4倍: 240%; 等于1949年的2.5倍: 150%
                whole = 1 if reading.rule == TIMES_OF_BASE else 0
                # (rounded: 1.1倍 is 110%, not the 110.00000000000001 binary floats make of it)
                value = round((value - whole) * 100, 6)
                high = round((high - whole) * 100, 6) if high is not None else None
                unit = "%"
            items.append(Item(m.start, m.end, reading.cue_start, reading.rule, reading.metric,
                              reading.sign * value, unit, m.qualifier, reading.scope,
                              reading.sign * high if high is not None else None, reading.basis,
                              reading.pair_end))
        if not worded:
            return items
        for r in self.finder.ranks(norm, cs, ce):
            items.append(Item(r.start, r.end, r.start, "rank" if r.pair_end is None else f"rank_{r.pair_end}", "rank",
                              float(r.value), "", "exact", r.scope_word or self._scope_before(norm, cs, r),
                              pair_end=r.pair_end, named=r.named, year=r.year))
        for d in self.doubling.finditer(norm, cs, ce):
            # a doubling is over the years since its base (比2010年翻一番), never one year's growth
            items.append(Item(d.start(), d.end(), d.start(), "growth_doubling", "growth",
                              float(self.doublings[d.group(0)]), "%", "exact", basis="cumulative"))
        for f in self._flat(norm, cs, ce):
            if self.flat_not_yearly.search(norm, max(cs, f.start() - FLAT_WITH), f.start()):
                continue  # 城镇调查失业率为5.1%,与上月持平; 增长4.9%,与年度目标持平: no growth
            qualifier = "approx" if f.group("approx") else "exact"
            if (compared := self.flat_with.search(norm, max(cs, f.start() - FLAT_WITH), f.start())) is not None:
                # 增速与全市持平: no gap to the larger region's growth
                items.append(Item(compared.start(), f.end(), compared.start(), "growth_gap_flat", "gap_pp", 0.0, "pp",
                                  qualifier, compared.group("scope")))
                continue
            items.append(Item(f.start(), f.end(), f.start(), "growth_flat", "growth", 0.0, "%", qualifier))
        return sorted(items, key=lambda i: i.start)

    def _rank_kept(self, norm: str, cs: int, items: list[Item], ranked: bool) -> list[Item]:
        """Without the 持平 right after a rank (`ranked`: a clause before ended on one) whose words before it, from
        the clause's start or the rank, name no quantity, a place at most before what it is level with
        (招远市与上年持平): the rank stayed."""
        kept, start = [], cs if ranked else None
        for i in items:
            if i.metric == "rank":
                start = i.end
            elif i.rule != "growth_flat":
                start = None  # (居全省第5位,税收收入增长3%,与上年持平: what the figure after the rank says)
            elif start is not None and (
                    not (head := FLAT_COMPARER.split(norm[start:i.start], 1)[0].strip(EDGE_CHARS))
                    or self._place_alone(head)):
                continue
            kept.append(i)
        return kept

    def _flat(self, norm: str, start: int, end: int) -> list[re.Match[str]]:
        """The words of no change (持平) in norm[start:end]; the pattern is tried only where they stand."""
        if self.flat_word.search(norm, start, end) is None:
            return []
        return list(self.flat.finditer(norm, start, end))

    def _scope_before(self, norm: str, cs: int, rank: RankMention) -> str | None:
        # (not the 市 of 如皋市居第8位: a one-character scope word ending a place's name)
        scope = last_match(m for m in self.grammar.scope.finditer(norm, max(cs, rank.start - CUE_WINDOW), rank.start)
                           if len(m.group(0)) > 1 or not place_ends(self.lex, norm, m.end()))
        if scope is None:  # (经济总量在全国的位次前移1位,)居第7位: the peers a clause before named the standing among
            start = after_last(norm, max(0, cs - CUE_WINDOW), cs, SENTENCE_CLOSERS + ";\n")
            standing = last_match(self.standing_among.finditer(norm, start, cs))
            scope = self.grammar.scope.match(norm, standing.start()) if standing else None
            if scope is None and norm.endswith("中", 0, cs - 1) and (ranking := self.ranked_in.search(norm, start, cs)):
                return ranking.group("scope")
        return scope.group(0) if scope else None

    def _subject(self, norm: str, start: int, item: Item, clause_end: int) -> Subject | None:
        if item.rule == "growth_doubling" and \
                (verb := last_match(self.doubled_after.finditer(norm, start, item.cue_start))) and \
                not LIST_COUNTED.search(norm[verb.end():item.cue_start].strip(EDGE_CHARS)) and \
                (doubled := self.namer.subject(norm, verb.end(), item.cue_start)) is not None:
            # (到本世纪末)实现工农业年总产值翻两番: what doubles comes after the verb (not 实现“四个翻番”, a count
            # of the doublings named before it)
            return doubled
        if item.metric != "level":
            before = self.namer.subject(norm, start, item.cue_start)
            if before is None and (item.rule == "ratio" or (
                    item.rule in ("share", "ratio_of_own_total") and norm.startswith(SHARE_OF, item.cue_start)
                    and norm.startswith(OF, item.end) and not self.share_part.match(norm, item.end))):
                # 70%村卫生室实现…, 85.2%的改革试点任务落地, 占全国人口65%的地区(普及…): the share of the things
                # named after it (not 5%左右的预期目标, 与1.2%的规划目标: a target's figure, of what the sentence names
                # elsewhere)
                after = self.namer.object_after(norm, item.end, clause_end)
                return after if after is not None and not self.target_noun.search(after.name) else None
            return before
        after = self.namer.object_after(norm, item.end, clause_end) if item.rule == "level" else None
        if after is not None and self.amount_target.match(norm, item.end) and \
                (before := self.namer.object_before(norm, start, item.cue_start)) is not None and \
                (self.lex.canonical(before.name) or (self.amount_target.fullmatch(after.name)
                                                     and OF in norm[item.end:after.start])):
            # 城镇新增就业45万人以上的目标, (把)人口控制在12亿左右的目标: the target the amount is names no thing
            # counted (超额完成区下达的8000万元目标任务: see _amount_met)
            return before
        if after is not None and norm.endswith(self.benefit_verbs, start, item.cue_start):
            # (育儿补贴)惠及23.6万婴幼儿: those a measure reached, named with what reached them where the clause says it
            verb = next(v for v in self.benefit_verbs if norm.endswith(v, start, item.cue_start))
            topic = self.namer.subject(norm, start, item.cue_start - len(verb))
            return Subject((topic.name if topic is not None else "") + verb + after.name,
                           topic.start if topic is not None else item.cue_start - len(verb), after.end, after.region)
        if after is None and item.rule == "level" and self._money(item.unit) and \
                norm.endswith(self.funding_verbs, start, item.cue_start) and \
                (work := self.namer.object_after(norm, item.end + FUNDED_VERB, clause_end)) is not None and \
                self.namer.starts_with_object_verb(norm, item.end, clause_end):
            # 全国将用三十亿元建设职工住宅(企业自建的在外): the fund of the work the amount is spent on
            end = next((at for at in (norm.find(mark, item.end, work.end) for mark in "(（") if at > 0), work.end)
            return Subject(norm[item.end:end] + FUND, item.end, end, work.region)
        return after or self.namer.object_before(norm, start, item.cue_start)

    def _amount_met(self, norm: str, start: int, item: Item, out: list[Observation]) -> Subject | None:
        """An amount right before a target noun, in a clause that reports it met (超额完成区下达的3.2亿元目标任务),
        after an amount the sentence stated in the same unit (not its change, 比上年增加2.3件): that quantity's target,
        of the same year; else None."""
        if not self.amount_target.match(norm, item.end) or not any(verb in norm[start:item.start]
                                                                    for verb in self.completion_verbs):
            return None
        stated = self._last_amount(out, item.unit, changes=False)
        if stated is None or not stated.value:
            return None
        # a target the stated amount met or nearly met is of its order; a figure far from it is of something else
        ratio = to_base(item.value, item.unit, "level", self.lex)[0] / to_base(stated.value, stated.unit, "level",
                                                                               self.lex)[0]
        return Subject(stated.indicator, item.start, item.end, None) if 0.5 <= ratio <= 1.5 else None

    def _taken_out(self, norm: str, start: int, end: int) -> str | None:
        """扣除房地产开发投资(,全国固定资产投资增长2.4%): a clause made of a part taken out of the next clause's total,
        as the words that name what is left of it (扣除房地产开发投资的); None for any other clause."""
        if not norm.startswith(self.deductions, start):
            return None  # (most clauses open otherwise: one test of the words instead of the pattern)
        m = self.deducted_clause.fullmatch(norm, start, end)
        return f"{m.group('word')}{m.group('part')}{OF}" if m and not m.group("part").endswith(FACTOR) else None

    def _at_stage(self, counted: str, stage: str) -> str:
        """The name of things another figure counted at a stage (重大项目开工, 新开工城市更新项目), or at none
        (工程项目), at another stage (竣工): 重大项目竣工, 城市更新项目竣工."""
        owner = next((counted[: -len(verb)] for verb in self.stage_verbs if counted.endswith(verb)), None) or \
            next((counted[len(verb):] for verb in self.stage_verbs if counted.startswith(verb)), counted)
        return owner + stage

    def _enumerated(self, norm: str, cs: int, items: list[Item], carried: CarriedSubject, named_so_far: list[str],
                    stated_before: list[Observation], topic: Subject | None = None
                    ) -> list[tuple[str, str | None]] | None:
        """"A、B分别增长5%、6%" (or without 分别, "A、B增长5%和6%"): the i-th figure is about the i-th
        name; "霞山区、赤坎区(地区生产总值)分别增长5.6%、4.2%": about the i-th region (name, region); with no
        names in the clause, about the indicators the sentence named last, in order, or the places its last clause
        of figures stated them of (`stated_before`)."""
        if len(items) < 2:
            return None
        if "分别" not in norm[cs:items[-1].end]:
            # without 分别, only figures listed together (增长9.8%和8.5%) go one to each name
            if not all(LISTED.fullmatch(norm, a.end, b.start) for a, b in pairwise(items)):
                return None
        else:
            by_region = self._regions_listed(norm, cs, items, carried, stated_before, topic)
            if by_region is not None:
                return by_region
        first = self.namer.subject(norm, cs, items[0].cue_start)
        if first is not None:
            named = self._names_listed(norm, first, items)
            if named and (held := carried.get()) is not None:
                named = self._completed_by(named, held.name)
        elif len(named_so_far) >= len(items):
            # 城镇居民人均可支配收入17175元,农村居民人均纯收入5153元,(分别)增长9.8%和8.5%: one figure for
            # each of the indicators the sentence just named, in their order
            named = named_so_far[-len(items):]
        elif (held := carried.get()) is not None:  # A和B,2000年分别达到x和y: the list the clause before gave
            named = self._names_listed(norm, held, items)
        else:
            named = None
        return [(name, None) for name in named] if named else None

    def _completed_by(self, named: list[str], topic: str) -> list[str]:
        """Names a list shortens from the topic before it (全体居民人均可支配收入…,其中城镇、农村居民分别增长…: the
        last name ends in a word the topic holds, 居民): each completed with the rest of the topic after it,
        the first taking that word too (城镇居民人均可支配收入, 农村居民人均可支配收入); else as they were."""
        if any(self.lex.canonical(name) for name in named):
            return named
        last = named[-1]
        word = next((last[i:] for i in range(len(last) - 1) if last[i:] in topic), None)
        if word is None or len(word) < MIN_SHARED_WORD or topic.endswith(word):
            return named
        rest = topic[topic.index(word) + len(word):]
        if not (self.lex.canonical(topic) or rest.endswith(self.head_nouns) or rest.endswith(self.measure_endings)):
            return named  # (加强各类人才队伍建设,专业技术人才…分别增加…: the topic is work done, no quantity)
        return [name + ("" if name.endswith(word) else word) + rest for name in named]

    def _regions_listed(self, norm: str, cs: int, items: list[Item], carried: CarriedSubject,
                        stated_before: list[Observation], topic: Subject | None = None
                        ) -> list[tuple[str, str | None]] | None:
        """A list of the document's regions before 分别: each figure is the region's, of the quantity
        the list ends with (赤坎区地区生产总值) or, without one, of the sentence's topic. With no list in the clause,
        the places the figures of the clause of figures before were stated of, one each, go on (A、B、C分别为…,
        分别增长…)."""
        opening = self.namer.skip_leading_words(norm, cs, items[0].start)  # past 其中, 全年 …
        listed = norm[opening:norm.find("分别", cs, items[-1].end)]
        if not listed.strip(EDGE_CHARS) and carried.get() is not None and carried.clause is not None:
            # 洛龙区、孟津区投资增速较快,分别增长…: the clause before lists them, up to its subject's end
            start = self.namer.skip_leading_words(norm, *carried.clause)
            listed = norm[start:carried.current().end]
            if (named_after := norm.rfind(NAMED_AFTER, carried.current().end, carried.clause[1])) >= 0:
                # 规上工业增加值增速居前三位的是A、B和C,分别增长…: the places the clause names after its subject
                listed = norm[named_after + len(NAMED_AFTER):carried.clause[1]]
        elif not listed.strip(EDGE_CHARS) and len(stated_before) == len(items) and \
                len({o.named_region for o in stated_before} - {None}) == len(items):
            return [(o.indicator, o.named_region) for o in stated_before]
        split: list[tuple[str | None, str]] = []
        for separators in (ENUMERATION, SHARED):  # (任泽区、南和区: 和 inside a place's name, 、 between places)
            parts = [p.strip(EDGE_CHARS) for p in self._split(listed, separators)]
            split = [self.namer.split_region(p, zones=True) for p in parts if p]
            if len(split) == len(items) and all(region is not None for region, _ in split):
                break
        else:
            return None
        last = split[-1][1] or next((rest for _, rest in split if rest), "")
        named = self.namer.without_rate(last)
        rate_alone = named == last and self.namer.ends_with_rate(last)  # 武安市、永年区增速分别…: whose rate
        if not named or rate_alone:
            held = carried.get() or (topic if rate_alone else None)  # (…规上工业增加值增长7.6%。)各县增速: its rate
            if held is None and not rate_alone:
                return None
            # (a place's rate alone, with no quantity before it, is its economy's: 各县增速 are their GDP's)
            named = held.name if held is not None else self.economy
        if rate_alone:  # (武安市、永年区增速分别居全市第一、第二): each place's rate ranked, its growth stated
            return [(self._canonical(named) + (RATE_NAME if item.metric == "rank" else ""), region)
                    for (region, _), item in zip(split, items, strict=True)]
        # (海安市、如东县、如皋市地区生产总值增速分别为…: the last place's words are the list's quantity, no rate, for
        # its growths; its rate for its ranks: 马龙区、沾益区一般公共预算收入增速分别居全市第一、第二位)
        rated = named != last and self.namer.ends_with_rate(last)
        return [(rest if rest and rest != last else self._canonical(named) + RATE_NAME
                 if rated and item.metric == "rank" else named, region)
                for (region, rest), item in zip(split, items, strict=True)]

    def _names_listed(self, norm: str, first: Subject, items: list[Item]) -> list[str] | None:
        """The names the clause's subject `first` lists, one per figure, or None. Figures of from–to
        pairs (A、B分别由x、y提高到u、v) go one to each name twice: the starts, then the ends."""
        ends = [item.pair_end for item in items]
        pairs = ends.count("from") == ends.count("reached") == len(items) / 2
        count = len(items) // 2 if pairs else len(items)
        parts = self._split(first.name, ENUMERATION)
        respectively = norm.find("分别", first.start, items[0].cue_start)
        listed = norm[first.start:respectively if respectively >= 0 else items[0].cue_start].strip(EDGE_CHARS)
        if len(parts) < count and self.namer.ends_with_rate(listed):  # 总量和增速分别…: 增速 is listed
            parts = self._split(first.name + listed[len(first.name):], ENUMERATION)
        if len(parts) > count:  # 信息传输、租赁和商务服务业增加值: 和 inside a name, 、 between names
            parts = self._split(first.name, SHARED)
        named = None
        if len(parts) == count:
            named = self._shared_head(parts)
            for i in range(1, len(named)):  # 总量和增速分别居全国第8位、第3位: 增速 is the former's
                aspect = Subject(named[i], 0, 0, None)
                if self.namer.is_aspect(aspect):
                    former = Subject(self._canonical(named[i - 1]), 0, 0, None)
                    named[i] = self.namer.relate(aspect, former, items[i].metric).name
        if named is None and (compound := self._compound_parts(first.name)) and len(compound) == count:
            named = compound
        return named * 2 if named and pairs else named

    def _compound_parts(self, name: str) -> list[str] | None:
        """城乡居民收入: 城镇居民收入 and 农村居民收入 (compound_names), or None."""
        for compound, split in self.lex.cues["compound_names"].items():
            if compound in name:
                return [name.replace(compound, part, 1) for part in split]
        return None

    def _split(self, phrase: str, separators: re.Pattern[str]) -> list[str]:
        """The names a list holds; a name holding separators itself (交通运输、仓储和邮政业) stays whole."""
        for whole, masked in self.whole_names:
            if whole in phrase:
                phrase = phrase.replace(whole, masked)
        return [part.translate(UNMASK) for part in separators.split(phrase) if part]

    def _shared_head(self, parts: list[str]) -> list[str]:
        """城镇、农村居民人均可支配收入: the last name's head belongs to each shorter name before it
        (城镇居民人均可支配收入), when that makes a known indicator or the head is a known noun. The first name's
        opening per unit of output (单位国内生产总值用水量、能耗、二氧化碳排放量; per_output_openings) opens each name
        after it that is a measure of such intensity alone (per_output_measures)."""
        opening = next((o for o in self.per_output_openings if parts[0].startswith(o) and len(parts[0]) > len(o)), None)
        if opening is not None:
            parts = [parts[0], *(opening + part if part.startswith(self.per_output_measures) else part
                                 for part in parts[1:])]
        last = parts[-1]
        first = parts[0]
        if len(parts) == 2 and not self.lex.canonical(last) and len(first) > len(last) and \
                self.lex.canonical(shared := first[: len(first) - len(last)] + last):
            return [first, shared]  # 地方财政收入、支出: the head of the first name is the second's too
        # (全县第一、二、三产业: the first keeps its 第, after the words before it)
        ordinals = [parts[0][-1:] if parts[0][-2:-1] == "第" else parts[0], *parts[1:-1]]
        if all(part in ORDINAL_DIGITS for part in ordinals) and last[:1] in ORDINAL_DIGITS:
            return [f"第{part}{last[1:]}" for part in ordinals] + [f"第{last}"]  # 一、二、三产业: 第一产业…
        out = []
        for part in parts[:-1]:
            if part in self.head_nouns and last[:len(part)] in self.head_nouns and len(last) > len(part):
                out.append(part + last[len(part):])  # 进口、出口整体通关时间: 进口整体通关时间, as 出口's
                continue
            if (tail := self._other_head(part, last)) is not None:
                out.append(part + tail)  # (第一产业、…和城乡居民生活用电量) 第一产业用电量, no sector's value added
                continue
            if self.lex.canonical(part) or part.endswith(self.head_nouns) or part.endswith(self.measures) or \
                    (part.endswith(self.measure_endings) and not part.endswith(self.things_like_measures)):
                out.append(part)  # a whole name already (游客人次 ends in its measure, 用户渗透率 in a rate)
                continue
            heads = [last[i:] for i in range(1, len(last))]
            known = next((h for h in heads if self.lex.canonical(part + h)), None)
            # the longest tail opening with a head noun: 文化、旅游产业增加值 -> 文化产业增加值
            noun = next((h for h in heads if h.startswith(self.head_nouns) and not part.endswith(h)), None)
            out.append(part + (known or noun or _after_shared_ending(part, last) or self._measure_tail(part, last)))
        return [*out, last]

    def _measure_tail(self, part: str, last: str) -> str:
        """农村自来水、卫生户厕普及率; 铁路、航空客运量: the rate or amount the last name of a list ends in
        (shared_measures) is the measure of a name before it that ends in no measure; "" otherwise."""
        if part.endswith(self.measure_endings) and not part.endswith(self.things_like_measures):
            return ""  # (立项数量和获资助额、…基地数量: each name has its own)
        return next((m for m in self.shared_measures if last.endswith(m) and len(last) > len(m)), "")

    def _head_noun(self, name: str) -> str | None:
        """The longest head noun a name ends in (产业用电量: 用电量), or None."""
        return next((noun for noun in self.head_nouns_longest_first if name.endswith(noun)), None)

    def _other_head(self, part: str, last: str) -> str | None:
        """The head noun the last name of a list ends in, when `part` names an indicator by its thing alone, the
        indicator's own head noun left out (第一产业 for 第一产业增加值), and the last name's is another after a
        thing of its own (城乡居民生活用电量; not 出口、进口): the list is of that noun's quantities. None otherwise."""
        own = self.lex.canonical(part)
        if own is None or not own.name.startswith(part) or own.name[len(part):] not in self.head_nouns:
            return None
        tail = self._head_noun(last)
        return tail if tail is not None and len(last) > len(tail) and not own.name.endswith(tail) else None

    def _names(self, norm: str, subject: Subject, local: bool, enumerated: str | None, item: Item,
               carried: CarriedSubject, of_rate: bool) -> list[str]:
        if item.rule in (INCREMENT, INCREMENT_IN_SERIES):
            # 增加1207元: 农民人均收入增加额; (城镇、农村居民…)分别增加…: each one's; in a series a fall is a negative
            # 增加额
            owner = self._canonical(enumerated) if enumerated else subject.name
            up = item.value >= 0 or item.rule == INCREMENT_IN_SERIES
            return [owner + self.lex.cues["increment_names"]["up" if up else "down"]]
        if enumerated:  # (分别增长6%、5%,分别居全国第二、第七: the growth rates are ranked)
            rated = of_rate and not local and not enumerated.endswith(RATE_NAME)
            return [self._canonical(enumerated) + (RATE_NAME if rated else "")]
        if item.metric == "rank" and local and (examples := self._examples_counted(norm, subject)):
            return examples  # 稀土化合物、功能材料等80多种产品产能全国第一: each example's rank
        shared = self._shared(norm, subject, local, item)
        if shared:  # each name of the list holds the figure
            held = carried.get()
            whole = held.name if held else None
            names = []
            rate = "增速" if of_rate else ""  # (…、…增速均居全国第4位: each growth ranked)
            for k, fragment in enumerate(shared):
                aspect = Subject(fragment, subject.start, subject.end, subject.region)
                if k and fragment in self.count_aspects:
                    # 7家企业上榜…250强、数量居全国第2: the count of the things the name before it counts, no other
                    names.append(self._canonical(shared[k - 1]))
                elif whole and self.namer.is_aspect(aspect):
                    names.append(self.namer.relate(aspect, held, item.metric).name)
                elif item.metric == "rank" and whole:
                    names.append(self._canonical(self.namer.part_of(fragment, whole) or fragment) + rate)
                else:
                    names.append(self._canonical(fragment) + rate)
            return list(dict.fromkeys(names))
        if of_rate:  # a rank of the growth rate, not of the amount: named for the indicator's growth
            return [self._canonical(self.namer.without_rate(subject.name)) + "增速"]
        if item.rule == "ratio_of_own_total" and not local:  # (工业投资增长18.6%,)占全部投资的比重达到46.5%
            return [self._canonical(self.namer.of_total(norm, subject, item.start, item.cue_start))]
        if item.metric == "share" and (shared := self.grammar.growth_shared_words(norm, item.cue_start)):
            # 对世界经济增长贡献率: named for the growth it is a share of; the economy's own needs no name
            owner = "" if self._canonical(subject.name) == self.economy else subject.name
            return [owner + shared + CONTRIBUTION_RATE]
        if item.metric == "ratio" and (rate := self.grammar.rate_noun_at(norm, subject.end)):
            return [self._canonical(subject.name + rate)]  # 人口增长率为千分之十: a rate's level, named as one
        if item.metric in ("ratio", "change_pp"):  # (占地区生产总值比重提高2.7个百分点: the ratio's; so is
            # a carried subject's: 财政收入占国民收入的比重,由…的37.2%下降到…的25.5%, 工业投资增长12.4%,占全部投资的
            # 比重提高到28.6%)
            words = None if local else self.grammar.share_in_clause(norm, item.cue_start)
            return [self._canonical(self.namer.of_total(norm, subject, item.start, words))]
        return [self._canonical(self._group(subject.name))]

    def _group(self, name: str) -> str:
        """A list closed by a counted group names the group (…、泵阀五大传统产业增加值 -> 五大传统产业增加值),
        and a list of examples closed by 等 what they are examples of (五马、印象城等重点商圈客流量 ->
        重点商圈客流量), unless that is only a measure they share (牛奶、牛肉等产量) or a group that names nothing
        (科技、教育等方面的支出: unnamed_groups), whose examples stay in the name."""
        if "、" not in name:
            return name  # no list: most names, so the pattern is not tried
        last = name.rfind("、") + 1
        examples = name.find(EXAMPLES, last) + 1
        kind = name[examples:]
        if examples and kind.startswith(self.unnamed_groups):
            return name  # 中央财政用于科技、教育等方面的支出: the examples say what the spending is on
        if examples and len(kind) > 1 and not kind.startswith(self.head_nouns) and not kind[0].isdigit():
            return kind  # (not 牛奶、牛肉等产量: each one's measure)
        group = self.group.search(name, last)
        return name[group.start():] if group else name

    def _shared(self, norm: str, subject: Subject, local: bool, item: Item) -> list[str] | None:
        """The names of a list that share one figure, or None. Growth rates, gaps and ranks are stated
        for each name; a level, ratio or share of a list is usually its sum (交通、能源、水利完成投资
        5400亿元; 保障性住房、社会事业投资占44%) unless 均 says each, or the list is of names each past a
        threshold (钢铁、食品加工产业超3千亿元). A quoted label after the list
        (新能源汽车、光伏产品、锂电池“新三样”出口) makes it one thing."""
        # (up to the figure's first character, which 各 must stand before)
        each = EACH.search(norm, subject.end, item.start + 1) is not None
        if "“" in norm[subject.start:subject.end] and not (each and self._quoted_items(norm, subject)):
            return None
        if self._group(subject.name) != subject.name:
            return (self._examples_each(subject.name) or self._group_each(subject.name)) if each else None
        summed = item.metric in ("level", "ratio", "share", "contribution") and not (
            item.metric == "ratio" and subject.name.endswith(RATE))
        # 钢铁、食品加工产业超3千亿元: an amount each name passed (but 二、三级子公司超800家 counts them all)
        passed = norm.startswith(self.thresholds, subject.end, item.end) and self._money(item.unit)
        if summed and not each and not passed:
            return None  # 均增长10% would say each name holds it; a rate (养老、医疗保险参保率) is no sum
        if not local and not each:
            return None  # (风电、光伏发电量21.4亿千瓦时,)增长36.8%: a list carried from the clause before is its sum
        # the subject's words as written, up to the figure's cue: 总量和增速(均居全国第5位)
        phrase = norm[subject.start:item.cue_start].strip(EDGE_CHARS + "均都") if local else subject.name
        joined = ASPECTS_JOINED.match(phrase)
        if joined and all(self.namer.is_aspect(Subject(p, 0, 0, None)) for p in joined.group("a", "b")):
            return list(joined.group("a", "b"))
        if SUMMED in norm[subject.start:item.cue_start]:
            return None  # 绿色铝、硅光伏合计产值增长30%: the list's sum, one figure
        separators = ENUMERATION if each else SHARED  # A和B均为12%: each of the two, as A、B would be
        if not each and not summed and JOINED in subject.name and \
                len(parts := self._split(subject.name, ENUMERATION)) == 2 and self.lex.canonical(parts[0]):
            return parts  # 国内生产总值和城乡居民人均收入(翻一番): a known indicator and another name, each's rate
        if separators.search(subject.name) is None:
            # one name, no list; 城乡居民人均可支配收入均增长6%: each of the two it names (进出口总额 is one)
            return self._compound_parts(subject.name) if each and not self.lex.canonical(subject.name) else None
        parts = self._split(subject.name, separators)
        cut = parts[-1].find(EXAMPLES)
        if cut > 0 and parts[-1].startswith(self.head_nouns, cut + 1):  # 牛肉、羊绒等产量: 羊绒产量
            parts[-1] = parts[-1][:cut] + parts[-1][cut + 1:]
        return self._shared_head(parts) if len(parts) > 1 else None

    @staticmethod
    def _quoted_items(norm: str, subject: Subject) -> bool:
        """Whether every quotation in a subject opens a name of its list (资质资格互认、“同事同标”事项均超200项), no
        label after the list (新能源汽车、锂电池“新三样”出口: one thing)."""
        opened = [at for at in range(subject.start, subject.end) if norm[at] == "“"]
        return all(at > subject.start and LISTED.match(norm, at - 1) for at in opened)

    def _examples_each(self, name: str) -> list[str] | None:
        """钢、石油、水泥等主要工业产品的产量(都增长…): each example with the measure the group's name ends in (钢产量,
        石油产量, 水泥产量), or None when it ends in none (猪肉、羊肉等副食品: the group's own figure)."""
        examples = name.find(EXAMPLES, name.rfind("、") + 1)
        kind = name[examples + 1:]
        measure = kind[kind.rfind(OF) + 1:] if OF in kind else self._head_noun(kind) or ""
        if examples < 0 or not measure.endswith(self.head_nouns):
            return None
        return [part + measure for part in self._split(name[:examples], SHARED)]

    def _on_month_from(self, norm: str, sentence: Sentence) -> int | None:
        """Where the figures of changes on the month before start in a sentence (从环比看,… opening it or a clause of
        it), or None."""
        if self.month_on_month.match(norm, sentence.start):
            return sentence.start
        if norm.find(MONTH_ON_MONTH_MARK, sentence.start, sentence.end) < 0:
            return None  # (most sentences: one scan for the word every lead holds)
        clause = self.month_on_month_clause.search(norm, sentence.start, sentence.end)
        return clause.start() if clause else None

    def _group_each(self, name: str) -> list[str] | None:
        """甲、乙两大产业产值(均增长…): the group counts the names before it, and each holds the figure under the
        group's kind (甲产业产值, 乙产业产值); None when the count is not theirs (甲、乙等五大产业: examples)."""
        group = self.group.search(name, name.rfind("、") + 1)
        if group is None:
            return None
        parts = self._split(name[:group.start()], SHARED)
        count = group.group("count")
        if len(parts) != parse_chinese(count):  # (两, 5)
            return None
        return [part + group.group("kind") for part in parts]

    def _examples_counted(self, norm: str, subject: Subject) -> list[str] | None:
        """稀土化合物、功能材料、煤制烯烃等80多种产品产能(全国第一): a list of examples closed by 等 and the count of
        their kind right before the subject: each example with the measure the subject ends in (稀土化合物产能), or
        None."""
        if subject.start == 0 or norm[subject.start - 1] not in EXAMPLES_CLOSED:
            return None  # (most ranks: no count right before their subject)
        listed = EXAMPLES_COUNTED.search(norm, max(0, subject.start - EXAMPLES_WINDOW), subject.start)
        measure = self._head_noun(subject.name)
        if listed is None or measure is None:
            return None
        opening = self.namer.skip_leading_words(norm, listed.start("list"), listed.end("list"))  # (past 全省)
        return [self._canonical(part + measure) for part in self._split(norm[opening:listed.end("list")], SHARED)]

    def _listed_after(self, norm: str, item: Item, subject: Subject) -> tuple[list[str], int] | None:
        """产量将增长百分之五十以上的有生铁、钢、…、糖等十七种: the things listed after the figure, each with the
        measure the subject ends in (生铁产量; a thing naming its own measure, 猪的饲养头数, keeps it), and where the
        count closing the list starts (十七种), or -1; None when no list follows or the subject names no measure."""
        after = self.listed_after.match(norm, item.end)
        if after is None:
            return None  # (most figures: the measure is not looked for)
        measure = self._head_noun(subject.name)
        if measure is None:
            return None
        things = self.list_joins.split(after.group("list"))
        closing = LIST_COUNTED.search(things[-1], 1)
        counted_at = -1
        if closing is not None:  # (…、糖)等(十七种), (东风、红旗)两(厂)
            counted_at = after.end("list") - len(things[-1]) + closing.start("count")
            things[-1] = things[-1][:closing.start()]
        return [self._canonical(thing if OF in thing or thing.endswith(self.head_nouns) else thing + measure)
                for thing in things], counted_at

    def _money(self, unit: str) -> bool:
        return (self.lex.dimension(unit) or "").startswith("money")

    def _canonical(self, name: str) -> str:
        """The lexicon name for a phrase, also when it adds 总量/总额 to one (收入总量), words that qualify
        one before 的 (年初确定的地区生产总值, but not a holder of a part of it: 国有单位的固定资产投资), the
        word of the whole before it (全社会研究与试验发展经费支出占国内生产总值比重) or the stretch of years it is
        summed over (五年全社会固定资产投资)."""
        of = name.rfind(OF)
        indicator = self.lex.canonical(name) or self.lex.canonical(self.namer.without_total(name)) or (
            self.lex.canonical(name[of + 1:]) if of > 0 and not name.endswith(self.part_holders, 0, of)
            and not name.startswith(self.deductions) else None) or (
            self.lex.canonical(name[1:]) if name.startswith(YEARLY) else None) or (  # 年进出口总额: yearly
            self.lex.canonical(name[len(opening):]) if (opening := next(
                (word for word in self.total_openings if name.startswith(word)), None)) else None) or (
            self.lex.canonical(name[stretch.end():]) if (stretch := STRETCH_BEFORE.match(name)) else None)
        return indicator.name if indicator else name

    def _scope(self, word: str | None) -> str | None:
        if word is None:
            return None
        scope = self.lex.scope_index.get(word)
        if scope is not None and scope != "district":
            return scope  # 全市 is city, also in a district of 重庆 (a province-level city)
        region = self.regions.larger.get(word) or self.regions.larger.get(word.removeprefix(WHOLE))
        # (全区: a district, or an autonomous region, a province; 全赣州市: 赣州市)
        if region is None and scope == "district" and self.own is not None and self.own.level == "province":
            return self.own.level  # 全区 in an autonomous region's own document (银川市…占全区的比重): the region
        if region is None and scope is None and (named := self.lex.regions.named(word)):
            return SCOPE_CODES.get(named[0].level, word)  # (高于甘肃省平均水平…: a place outside the document's)
        if region is None:
            return scope or word
        return SCOPE_CODES.get(region.level, region.name)

    def _target_gap(self, norm: str, clause_start: int, item: Item) -> re.Match[str] | None:
        """The comparison with a target right before a figure (比规划目标低, 超出规划目标, 距离规划目标还差), within its
        clause, or None."""
        start = min(clause_start, max(0, item.start - TARGET_GAP_WIDTH - TARGET_NAME_WIDTH))
        words = norm[start:item.start]  # (低于…的年均增长7%左右的目标: back past the target's own figure)
        if not any(word in words for word in self.plan_targets):
            return None  # (most clauses name no target: a few scans instead of the pattern)
        return self.target_gap.search(words)

    def _compared_with_itself(self, subject: Subject, scope_word: str | None) -> bool:
        """Whether a rank's carried place is the place it ranks in ((全市税收收入362.8亿元),增幅居全市各城区第二位),
        or a gap's the place it is compared with: no place is ranked in or compared with itself, so the place came
        from the figure before."""
        if subject.region is None or scope_word is None:
            return False
        place = self.regions.larger.get(subject.region)
        if place is not None:
            return place is self.regions.larger.get(scope_word)
        # (我国增速)比世界经济平均增速高1.8个百分点 after 世界经济增长3.2%: no growth is above its own
        return self.lex.scope_index.get(subject.region, subject.region) == self.lex.scope_index.get(scope_word)

    def _titled_for_own_region(self, title: str) -> bool:
        """Whether a title names the document's region (江西省…统计公报, 在全区…大会上的讲话) and no unit inside it
        (not …经济开发区…): then a share of its own level's total (占全省进出口总额的50%) is a ratio of its own total,
        whatever the sentence carried; a zone's or a town's page, read as its parent's, shares in that parent's."""
        if self.own is None or self.units_inside.search(title):
            return False
        # (在全区2026年重点项目建设动员大会上的讲话, 关于推动我区…的调研报告: 全, 我, 本 and its level's word name
        # it too)
        level = self.own.name[-1]
        # (市商务局2025年工作总结: a department its level's word opens, the region's own government's)
        return any(name in title for name in (self.own.name, *self.own.aliases, *(c + level for c in OWN_SPEAKER))) \
            or (title.startswith(level) and DEPARTMENT.match(title, len(level)) is not None)

    def _national(self) -> bool:
        """Whether the document speaks for the nation: its 占全国 is always a part of its own total, whatever
        the clause carried (…已经有五百零四个县,占全国一千七百八十六个县的百分之二十八), as no larger whole is 全国."""
        return self.own is not None and self.own.level == "nation"

    def _own_total(self, scope_word: str | None, subject: Subject) -> bool:
        """Whether a share's whole is the document's own region, not a larger one: 占全省 in a
        province's report, 占全市 in a city's (天津, a province, says 全市 too), so the share is a
        ratio of the region's own total — unless the subject names a region of its own (成都占全省)."""
        if self.own is None or scope_word is None or self.lex.scope_index.get(scope_word) not in SCOPE_CODES:
            return False
        return scope_word.endswith(self.own.name[-1]) and (
            subject.region is None or self._named_region(subject.region) is None)

    def _part_opening(self, norm: str, start: int, end: int) -> str | None:
        """The district or county of a city's (or a county's) page that a clause of no figure opens with (达坂城区受订单
        减少影响,): the topic of the sentence's figures after it. Not in a province's report, where a city opens
        clauses on what is built there (崇左至凭祥铁路建成通车,新增高铁运营里程81公里 is the province's)."""
        if self.own is None or self.own.level in ("province", "nation"):
            return None
        place = self.namer.place_opening(norm, start, end)
        part = self.regions.inside.get(place) if place else None
        return place if part is not None and part.parent == self.own.code else None

    def _growth_named(self, norm: str, item: Item) -> bool:
        """Whether a gap's words name the growth of a quantity the lexicon knows (高于全市固定资产投资增速, 比全市GDP
        高, or its name's opening: 高于全市规上工业), not only the region (高于全省)."""
        m = self.growth_compared.search(norm, item.cue_start, item.start)
        return m is not None and (self.lex.canonical(m.group("name")) is not None
                                  or name_key(m.group("name")) in self.lex.name_openings)

    def _place_whole(self, scope_word: str | None, subject: Subject) -> bool:
        """Whether a share's whole is the subject's own place, named by its level (头屯河区…占全区GDP的比重 in a
        city's page: the district's own total, not the city's; but a county-level city's 占全市 is the city's)."""
        place = self.regions.inside.get(subject.region) if subject.region and scope_word else None
        return place is not None and place.level == self.lex.scope_index.get(scope_word or "")

    def _over_stretch(self, text: str, item: Item, name: str, timing: Timing) -> str | None:
        """A growth in a review of several years that names no year of its own (这五年,…进出口总值翻番,
        一般公共预算收入增长40%) is over the whole stretch, never one year's; so is a change planned for
        a year after the one planned (“十三五”…单位国内生产总值能耗下降15%), but not a rate to keep
        (增速保持在8%: each year's), and a flow so planned (城镇新增就业5000万人以上)."""
        if timing.stretch <= 1:
            return None
        if item.metric == "level":  # (an increase, 增加333亿元, is a flow too)
            flow = item.rule in (INCREMENT, INCREMENT_IN_SERIES) or any(word in name for word in self.flow_words)
            return "cumulative" if timing.is_target and flow else None
        if item.metric != "growth" or (timing.is_target and self.grammar.rate_noun_at(text, item.cue_start)):
            return None
        return "cumulative"

    def _upgrading(self, norm: str, start: int, cue: int) -> str | None:
        """The verb of upgrading made with a verb of increase (改造提升, 保护提升; not_stops) whose verb of increase
        opens the cue at `cue`, after `start`; None when no such verb stands there."""
        return next((w for w in self.upgrading_verbs if norm.startswith(w, cue - len(w) + 2) and
                     cue - len(w) + 2 >= start), None) if norm.startswith(self.upgrade_ends, cue) else None

    def _without_flow(self, name: str) -> str:
        """A name without the flow word it ends with (铁路运营里程新增: 铁路运营里程)."""
        return next((name[:-len(w)] for w in self.flow_words if name.endswith(w)), name)

    def _named_region(self, region: str) -> str | None:
        """The region as the text names it (成都), unless that is the document's own; an area no reference lists
        (东部地区) is never the document's, also when its region is unknown (the nation's releases)."""
        found = self.regions.inside.get(region)
        return region if found is None or found != self.own else None

    def _observation(self, text: str, item: Item, name: str, subject: Subject, timing: Timing, start: int,
                     end: int, of_amount: bool) -> Observation:
        if item.metric in RATE_METRICS and not of_amount:  # (`of_amount`: the rate of the amount before it)
            name = self.rate_names.get(name, name)
        # (a measure over another coverage, 规模以上工业增加值(含新投产企业), is not the indicator its name opens with)
        indicator = self.lex.canonical(name) if item.rule != "coverage_in_brackets" else None
        if item.metric == "ratio" and indicator and indicator.expected_unit.endswith("元"):
            # 财政支出八成以上投向民生: a part of an amount, not the amount (一般公共预算支出)
            name = f"{name}{OWN_SHARE}"
            indicator = self.lex.canonical(name)
        if item.metric == "level" and indicator and indicator.expected_unit.endswith("元") and \
                self.lex.dimension(item.unit) is not None and "元" not in item.unit and subject.name != name:
            # 第二产业1120个, 其中第二产业4.1万人: a count of the sector's units or people, not its value added
            name, indicator = subject.name, None
        region = self._named_region(subject.region) if subject.region else None
        unit, value, high = item.unit, item.value, item.value_high
        if unit in self.lex.magnitudes and self.namer.without_total(subject.name).endswith(self.people):
            unit += "人"  # 用户3.4亿, 农村贫困人口减少1240万: people
        elif unit in self.lex.magnitudes and indicator and indicator.expected_unit.endswith("元"):
            unit += "元"  # 经济总量突破3万亿大关: an amount of money, as its indicator is
        elif unit in self.lex.magnitudes:  # 务工规模超过3300万: a count, the magnitude no unit of it
            factor = self.lex.magnitudes[unit]
            unit, value, high = "", value * factor, high * factor if high is not None else None
        return Observation(
            indicator=name, metric=item.metric,
            value=abs(value) if item.rule == INCREMENT else value,
            unit=unit, qualifier=item.qualifier,
            period=timing.period, span=timing.span, is_target=timing.is_target,
            scope=self._scope(item.scope_word) if item.metric in SCOPED_METRICS else None,
            named_region=region, evidence=text[start:end], start=start, end=end,
            indicator_code=indicator.code if indicator else None, value_high=high,
            rule=item.rule, basis=item.basis or self._over_stretch(text, item, name, timing))


@lru_cache(maxsize=64)
def _extractor(lex: Lexicon, own: Region | None) -> Extractor:
    extractor = Extractor(lex, own)
    # it (with the lexicon it reads) lives as long as the process: out of the cycle collector's way, whose full
    # collections would walk its tens of thousands of containers again and again (~4% of extraction's time)
    gc.freeze()
    return extractor


# what was frozen is collected at the process's end, as extensions expect (DuckDB reports its objects left alive)
atexit.register(gc.unfreeze)


def _table_cells(found: Iterable[Sentence], read: list[TableReading], cells: list[tuple[int, int, bool | None]]
                 ) -> Iterator[tuple[Sentence, bool | None]]:
    """The sentences, each with None, but in a table read as such only the parts of its cells of words and figures
    (新增学位4000个), each with the target state its column gives; its other lines were read as cells."""
    starts = [start for start, _, _ in cells]  # (the cells apart and in order: those of a sentence found by halving)
    for sentence in found:
        if not read or not any(r.start <= sentence.start < r.end for r in read):
            yield sentence, None
            continue
        at = max(0, bisect_left(starts, sentence.start) - 1)  # (a cell may open before the sentence)
        while at < len(cells) and cells[at][0] < sentence.end:
            start, end, planned = cells[at]
            if end > sentence.start:
                yield Sentence(max(start, sentence.start), min(end, sentence.end)), planned
            at += 1


def extract_document(text: str, meta: DocumentMeta | None = None, lexicon: Lexicon | None = None,
                     seconds: float | None = None, tables: tuple[Table, ...] = ()) -> Extraction:
    """Every indicator observation a document's text states (in its sentences and in the cells of
    its `tables`, as its reader found them), with its evidence, and the sentences that could not be
    read (with the error). With `seconds`, raises ExtractionTimeout when the document takes longer
    than that.

    A pure function of the text, the metadata and the lexicon: no I/O besides reading the
    lexicon's data files once.
    """
    deadline = monotonic() + seconds if seconds is not None else None
    lex, meta = lexicon or load_lexicon(), meta or DocumentMeta()
    return extractor_for(meta, lex).extract(text, meta, deadline, tables)


def extractor_for(meta: DocumentMeta, lex: Lexicon) -> Extractor:
    """The extractor of the document's region: built (its patterns compiled) once per region and process."""
    own = lex.regions.get(meta.region_code) or (lex.regions.find(meta.region) if meta.region else None)
    if own is None and meta.region and (level := level_from_name(meta.region)):
        own = Region(local_code(meta.region), meta.region, level, None, (), "document")
    return _extractor(lex, own)


def extract(text: str, meta: DocumentMeta | None = None, lexicon: Lexicon | None = None,
            tables: tuple[Table, ...] = ()) -> list[Observation]:
    """The observations of `extract_document`, for callers that need nothing else."""
    return extract_document(text, meta, lexicon, tables=tables).observations

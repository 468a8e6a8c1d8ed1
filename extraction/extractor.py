"""Text in, observations out: the one entry point of the extraction package."""

from __future__ import annotations

import atexit
import gc
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from time import monotonic
from typing import TYPE_CHECKING

from zhibiao.regions import Region, level_from_name, local_code

from .context import BY_PARTS, RELATIVE_YEAR, YEAR, TimeContext, Timing
from .grammar import (
    CLOSING_BRACKETS,
    COMPARED_NAMED,
    CUT_OBJECT,
    FIGURE_SAID,
    OPENING_BRACKETS,
    PARENT_COMPARED,
    TIMES_OF_BASE,
    WHOLE_IN_BRACKETS,
    Reading,
    after_last,
    in_brackets,
)
from .items import (
    INCREMENT,
    INCREMENT_IN_SERIES,
    CarriedSubject,
    ClauseState,
    Item,
    SentenceState,
    Stated,
    subject_named,
)
from .lexicon import WHOLE, Lexicon, alternation, last_match, load_lexicon, name_key, opened_by
from .listing import EXAMPLES, LIST_COUNTED, PARALLEL_WORD, SHARED, Listing
from .mentions import RELATIVE, Mention
from .model import SCOPED_METRICS, DocumentMeta, Observation
from .names import BULLETS, CLAUSE_OPENER, LIST_MARK, OF, OWN_SHARE, PHRASES_REMEMBERED, Subject
from .names import EDGE as EDGE_CHARS
from .normalize import normalise
from .numerals import CHINESE_NUMERAL_CHARS
from .patterns import EACH, FLAT_COMPARERS, MONTH_ON_MONTH_MARK
from .places import RANK_FROM, RANK_REACHED, RANKING, SCOPE_CODES, Places
from .plans import Plans
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
from .tables import RULE as TABLE_CELL
from .tables import TableReader, TableReading
from .units import in_points

if TYPE_CHECKING:
    from zhibiao.documents.model import Table

# (投入强度超过1%)的市(州)有3个: a percentage that marks off the things a count after it counts
CLASS_COUNTED = re.compile(r"的[^,，;；:：。\d%]{0,8}?(?:共有|有|达到|达)[\d一二两三四五六七八九十]")
CLASS_MARKS = ("ratio", "share", "growth")  # the metrics of a percentage that marks off a class (…高于60%的县有5个)
# (城镇化率高于60%)的县有(5个), (增速高于全市)的有(9个): the class a clause marks off, the things it counts up to the
# count (none named: the places the sentence goes through)
CLASS_BEFORE_COUNT = re.compile(r"的(?P<things>[^,，;；:：。\d%]{0,8}?)(?:共有|有|达到|达)$")
# 95%以上的(村集体收入超过10万元), 八成的(企业营收超亿元): a share of things, the class the bound after their name marks
# (贫瘠地区每个农民的收入)比(70元)的数目低, 比(300元)多: an amount right after the word comparing, then the word of
# more or less (with 的 and its noun between), is the yardstick measured by (not 比上年的3000万斤, a year's level)
YARDSTICK_BEFORE = ("比", "较")
YARDSTICK_AFTER = re.compile(r"(?:的[\u4e00-\u9fff]{1,3}?)?[高低多少大小]")
THOUSAND = "千"  # (5)千(户): a magnitude no count's unit keeps (万户 and 亿人 are kept as written)
SHARE_OF_CLASS = re.compile(r"(?:%|[\d一二两三四五六七八九十半]成)(?:以上|以下|左右)?的$")  # (not the 成 of 建成的)
TEAM_KIND = 4  # the characters of a team's kind between the verb sending it and its word (派出督导检查组)
SHARE_WINDOW = 6  # (95%以上的: the share and its bound before the things)
CUT_TO_REACH = 5  # a verb of cutting and 至 right before a time (压减至, 缩短到)
BOUNDS = ("at_least", "at_most")  # 超过, 以上; 不超过, 以内: how the mark of a class is said
FLAT_COMPARER = re.compile(f"[{FLAT_COMPARERS}]")
FIGURE_WORD = re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}]")  # a figure in digits or a numeral's character
# (一)业务收入。 / 1.业务收入。: a numbered item's heading that is a name alone, run into its paragraph before a figure
RUN_IN_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))"
                            r"(?P<name>[\u4e00-\u9fff]{2,12})。")
TARGET_GAP = "与目标差距"  # what a result's gap to its target is named with (固定资产投资与目标差距)
SHARE_OF = "占"  # the share cue that names the whole a share is of (占全国人口), not 贡献 (贡献了全国18.5%的增量)
FUND = "资金"  # what an amount spent on a work is named with (建设职工住宅资金)
FUNDED_VERB = 2  # the characters of the verb of the work funded (建设, 改造)
LISTED_FIGURE_JOINERS = ("、", "和", "及", "与", "、和")  # (下降3%、2%; 9.8%、10.6%和11.2%: figures of one list)
AMONG = "中"  # (12个县(市、区))中(9个…): the whole a breakdown counts out of
OWN_TOTAL_RATIO = "ratio_of_own_total"  # (the rule of) 占户籍总人口的2.61%, 占比: a ratio of the region's own total
COPULA = "为"  # (13.08万人)为(80周岁及以上高龄老人): what the people or things counted are
TARGET_BESIDE = 16  # characters before a figure its target's noun stands in (控制在年度增量目标, 年度目标（下降)
# 义务教育学校(公办三所、民办两所): the words of a part counted in an aside of brackets; the whole's figure before the
# bracket (养老机构12家(…)), left out of the whole's name
BRACKET_PART = re.compile(r"[\u4e00-\u9fff]{1,6}")
FIGURE_AT_END = re.compile(r"[\d一二两三四五六七八九十百千万][\d.一二两三四五六七八九十百千万]*[\u4e00-\u9fff]{0,2}$")
RANKED_BY = ("level_ranked", "growth_ranked")  # (the rules of) 以1328.6亿元位列首位: the figure a place ranks by
COMPLETION, PLAN_COMPLETED = "completion_ratio", "completion_ratio_after_plan"  # 完成计划的101%; 计划完成101%
# 比上年减少300亿元, 较去年同期减少: a fall measured against a base named (not 同比), a 减少额 even in a series
BASE_NAMED = re.compile(r"(?<![同占])[比较](?![重例])")
RESTATED = ("即", ",即", "，即")  # (增产2200万吨,)即7.8%: the same change, as a percentage
FACTOR = "因素"  # 扣除价格因素: how a figure is counted, no part taken out of it
RATE_METRICS = ("growth", "gap_pp", "change_pp", "contribution")  # of a rate, not an amount
# 【数字三】52个: a heading line of a figure alone, under a label in brackets at most (a digest of a report)
# (the label's marks as normalised: a list mark's)
BARE_HEADING = re.compile(rf"[\s　{BULLETS}]*")
BARE_LINE = re.compile(rf"\n[\s　]*[{BULLETS}]")  # the next heading or list item: none of its
SMALL_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}  # (两项指标均…)
POINTED_REACH = 200  # how far under such a heading the sentence pointing back at its figure may stand
POINTED_WORDS = 40  # the words it names the figure with, at most
CLAUSE_MARKS = (",", "，", ";", "；")
ZONE_LEVEL = "区"  # the level's word a zone's name ends with (开发区, 高新区, 新区, 园区)
TABLE_NOTE_REACH = 120  # characters between a table and the paragraph breaking its quantity down (a note under it)
# (增长速度都在百分之十二以上,)高的达到(百分之十八点五): the highest of the growths the clause before bounds
EXTREME_OF_THE_LAST = re.compile(r"[,，]?(?:最?高的|最?低的|最高|最低)(?:达到|达|为|是)?")
RESTATED_METRICS = ("growth", "ratio")  # a percentage after one of these and before 的预期目标 restates its target
# what ends a line that the next does not go on from: a stop, or a colon or a comma before a list or a line of its own
LINE_STOPS = (*SENTENCE_CLOSERS, "！", "？", ";", "；", ":", "：", ",", "，")
EDGE_OF_LINE = " \t" + BULLETS  # what may open a line before its first sentence (🏆 read as •)
STOCK_METRICS = ("level", "growth", "ratio")  # a stock's own figures, counted on a day (not its changes)
RANK_SCOPE_METRICS = ("rank", "gap_pp")  # the figures whose scope a later rank with none in its sentence takes
NATION_WORD = "全国"  # how a figure of the nation is named (its region), not 中国
PARENTS_IN_BRACKETS = ("parent_in_brackets", PARENT_COMPARED)  # (全省5.5%), 比全市(5.3%): the larger region's figure
# the rules whose figure's subject the figures after it do not take (see the end of _figure)
UNCARRIED_RULES = frozenset((*PARENTS_IN_BRACKETS, COMPLETION, PLAN_COMPLETED, WHOLE_IN_BRACKETS, COMPARED_NAMED))
PARENT_METRICS = ("growth", "level")  # what a larger region's word alone opens of its own ((全市同期)增长5.0%)
PLACE_ENDINGS = tuple("省市县区镇乡村州盟旗")  # (海淀区)经济: a place's economy, the region's own measures
SHORT_NAME = 4  # 存款余额: a short known name may continue the topic before it (城乡居民储蓄存款…,存款余额…)
FLAT_WITH = 12  # characters before 持平 in which 与全市(增长速度基本) names what a growth is level with
OVER_TARGET = "超额完成"  # what an amount done over its target is named with (城镇新增就业超额完成)
AVERAGE = "平均"  # (比全区)平均(水平低4.6个百分点): the average of the region compared with
# the levels whose own average a figure is compared with (全区平均, 全县平均); a city's 全市平均 is that of the
# places a zone or a part of it is among (高新区…比全市平均水平高出3.7个百分点: a gap)
OWN_AVERAGE_LEVELS = ("district", "county")
# a city's own average: of its rates only (社会民生项目完成率低于全市平均…); a growth above it is a zone's
CITY_LEVEL = "city"
# (拉动全市)规上工业(增长): the total a contribution pulls, named after its scope
PULLED_TOTAL = re.compile(r"的?([\u4e00-\u9fff]*?)的?(?:增长|增速|增幅|$)")
YIELD = "增加值"  # (拉动全市规上工业增长: the total its yield names, 规上工业增加值)
SENTENCE_CLOSED = tuple(SENTENCE_CLOSERS)
SAID_SENTENCE = 40  # the most characters of a sentence saying only that its subject changes (四是,城乡居民储蓄增加。)
SAID_VERB = 8  # the characters its verb of change (and 了) may take at its end
CLAUSE_MARKS = ",;:"  # (in the normalised text, where the full-width marks are ASCII)
ASIDE_ENDS = CLAUSE_MARKS + "。"  # (none in an aside of brackets listing counts: a clause's or sentence's end)
# what closes an aside of brackets before a figure in it: a closing bracket or an aside's end (one search of them)
ASIDE_CLOSED = re.compile(f"[{re.escape(''.join(CLOSING_BRACKETS) + ASIDE_ENDS)}]")








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


class Extractor(Listing, Places, Plans):
    """The extractor for documents of one region (None when unknown): the region names their text may
    use follow from it. A place the reference does not know (a manifest's own county, a name places
    share) brings only its level: 全区 in a district's document is the district itself."""

    def __init__(self, lex: Lexicon, own: Region | None = None) -> None:
        super().__init__(lex, own)
        self._zone_whole: str | None = None  # 全区 in a zone's page read as its city's: the zone's own whole
        # (全县…,我镇占…: the region's own word, an opener and a level's)
        self._own_opener = re.compile(rf"({alternation(lex.words('own_region_openers'))})"
                                      rf"({alternation(lex.words('own_region_levels'))})")
        # a name comes again and again (地区生产总值): its lexicon name is looked for once
        self._canonical = lru_cache(maxsize=PHRASES_REMEMBERED)(self._canonical)
        self.tables = TableReader(lex, self.namer, self._canonical, self._scope, self._named_region,
                                  SCOPE_CODES.get(self.own.level) if self.own else None)
        # what a figure that is no number holds (第, 持平, 翻一番): with the numbers, where sentences are read
        figure_words = [*self.finder.ordinal_words, *lex.words("flat_words"), *self.doublings]
        self.figure_words = re.compile(alternation(figure_words))
        # (looked for in the whole text where str's scans find their first characters: see opened_by)
        self.figure_word_openings = sorted({word[0] for word in figure_words})
        # (【数字三】52个 /) 这是(2025年全区纳入市级调度的重点项目数量): the words pointing back at a heading's figure
        pointing = alternation([*lex.words("pointing_openings"), *lex.words("pointing_back")])
        self.pointing_back = re.compile(rf"(?:{pointing})(?P<what>[^,，;；。:：!！?？\n]{{2,{POINTED_WORDS}}})")
        # (这是…重点项目数量, 这是…经济增长的预期目标): what such words must end with, unless the lexicon knows them
        # (not 这是近五年来的最好成绩, 这是…项目建设的新纪录: a boast, no name)
        self.pointed_measures = tuple({*self.measure_endings, *lex.words("head_nouns"), *lex.words("target_nouns")})
        # ((一)业务收入。 / (二)风险准备金余额。 / (三)专项资金。): what a run-in heading must end with to name the
        # figure after it, unless the lexicon knows it (not (二)民生保障。: a topic, no measure)
        self.heading_measures = tuple({*self.measure_names, *lex.words("fund_measures"), *lex.words("funds_nouns")})
        # (1.2万人)实现(就业): a verb right after the count makes it the subject of its own clause, not the heading's
        self.count_predicates = tuple(lex.words("object_verbs"))
        # (经济增长的预期目标: a growth, of 经济; longest first)
        self.pointed_growth = tuple(sorted({*lex.words("increase_rate_nouns"), *lex.words("growth_said_words")},
                                           key=len, reverse=True))

    def extract(self, text: str, meta: DocumentMeta, deadline: float | None = None,
                tables: tuple[Table, ...] = ()) -> Extraction:
        norm = normalise(text)
        own_titled = self._titled_for_own_region(meta.title or "")
        # (丽水经济技术开发区…工作总结, read as its city's: its 全区 is the zone itself, the region it is read as no 区)
        unit = self.units_inside.search(meta.title or "")
        self._zone_whole = WHOLE + ZONE_LEVEL if unit is not None and unit.group(0).endswith(ZONE_LEVEL) and \
            self.own is not None and not self.own.name.endswith(ZONE_LEVEL) else None
        self.namer.read_title(meta.title or "")
        parts = sections(norm, [t.extent for t in tables], meta.title or "")
        time = TimeContext(norm, parts, meta, self.lex)
        policy = any(words in (meta.title or "") for words in self.policy_titles)  # (a scheme's terms: no figures)
        mentions = self.finder.numbers(norm, QuoteIndex(norm), policy)
        found = Extraction()
        read = [r for r in (self.tables.read(text, norm, t, time) for t in tables) if r is not None]
        for reading in read:
            found.observations += reading.observations
        cursor = 0
        words = [m.start() for m in opened_by(self.figure_words, self.figure_word_openings, norm)]
        paragraph, topic = -1, None  # the first quantity the paragraph names: what a breakdown by region is about
        topic_above: Subject | None = None  # the last topic of the paragraphs before: a breakdown opening its own's
        last: Subject | None = None  # the quantity the sentence before ended on: what 其中 goes on about
        said_of_last: Stated | None = None  # what the sentence before said of it
        whole: Subject | None = None  # the quantity the sentence before ended on, or named before its part (其中…)
        # whether the sentence before broke a quantity down (分税种看,…企业所得税…) or stated a part of it (其中…)
        parts_before = False
        cells = sorted(cell for r in read for cell in r.prose)  # (a table's cells of words and figures: sentences)
        for sentence, planned in _table_cells(sentences_at(norm, sorted({m.start for m in mentions}.union(words))),
                                              read, cells):
            went_on = None  # what the line before ended on, when this line goes on from it
            if (line := norm.rfind("\n", 0, sentence.start)) != paragraph:
                went_on = last if last is not None and self._goes_on(norm, paragraph, line, sentence.start) else None
                paragraph, topic, last, topic_above, said_of_last = line, None, None, topic or topic_above, None
                whole = None
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
            # (most sentences open with no lead's word: one test of their first character, before the patterns)
            leading = norm[sentence.start] in self.lead_openings or norm[sentence.start].isspace()
            lead = self.breakdown.match(norm, sentence.start) if leading else None
            # (分县域看,安溪县增长6.4% opening a paragraph: a breakdown of what the paragraph above was about; right
            # after a table, of what the table is of: 附表…各县(市、区)一般公共预算收入 | …。从各地看,…分别增长…)
            opening = (topic or _table_before(read, paragraph) or topic_above, lead.end()) if lead else None
            by_parts = leading and BY_PARTS.match(norm, sentence.start) is not None
            if lead is None and leading and (lead := self.continuation.match(norm, sentence.start)):
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
            elif lead is None and opening is None and leading and self.move_opening.match(norm, sentence.start) and \
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
            elif lead is None and opening is None and whole is not None and \
                    self.cumulative_opening.match(norm, sentence.start):
                # (11月份完成货物吞吐量3082.6万吨。)1-11月累计完成32615.4万吨: the total so far of what the sentence
                # before ended on; of the whole it named before its part (…,其中外贸吞吐量1260.4万吨), not of that part
                opening = (whole, sentence.start)
            elif lead is None and opening is None and went_on is not None:
                # 🛍️ 社会消费品零售总额296.5亿元,增长5.7% / 🏆 占全市比重24.4%: a line of a list that goes on from the
                # line before, which ended on a figure with no stop, is about what that line ended on
                opening = (went_on, sentence.start)
            elif lead is None and opening is None and cursor < end and mentions[cursor].start == sentence.start \
                    and (heading := self._run_in_heading(norm, paragraph, sentence.start,
                                                         mentions[cursor].end)) is not None:
                # (一)业务收入。8.02亿元,其中:…: a figure opening the sentence right after its item's heading, a name
                # alone, is that name's
                opening = (heading, sentence.start)
            try:
                observations, named, last, said_of_last = self._sentence(
                    text, norm, sentence, mentions[cursor:end], time, opening, words, topic, own_titled,
                    None if topic else topic_above, carried_said)
                if moved is not None:
                    observations = self._move_of(observations, moved)
                if planned is not None:  # (a cell under 年度目标: the year's targets; under 完成情况: achieved)
                    observations = [replace(o, is_target=planned) for o in observations]
                if (on_month := self._on_month_from(norm, sentence, leading)) is not None:
                    # on the month before
                    observations = [o for o in observations if o.metric != "growth" or o.start < on_month]
                found.observations += observations
                whole = self._whole_of(norm, sentence.start, named, last, whole)
                topic = topic or named
                parts_before = by_parts or (leading and self.part_lead.match(norm, sentence.start) is not None)
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
        teams = [(m.start(), _sentence_end(norm, m.start())) for m in self.team_sentence.finditer(norm)
                 if not any(verb in norm[max(m.start(), m.start("team") - TEAM_KIND - 2):m.start("team")]
                            for verb in self.team_senders)] \
            if self.team.search(norm) else []
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

    def _unit_unnamed(self, observation: Observation, unit: str) -> Observation:
        """In the page of a unit inside a region (海东工业园区经济运行简报), the unit's word opening a known indicator
        (园区规模以上工业总产值) says whose the figure is, the page's own: no part of its name."""
        if not observation.indicator.startswith(unit):
            return observation
        indicator = self.lex.canonical(rest := observation.indicator[len(unit):])
        if indicator is None:
            return observation  # (园区企业, 园区扩园: the unit's own things, named with it)
        return replace(observation, indicator=rest, indicator_code=indicator.code)

    def _run_in_heading(self, norm: str, paragraph: int, start: int, figure_end: int) -> Subject | None:
        """The name a numbered item's heading gives, run into its paragraph right before `start` ((一)业务收入。), or
        None: when the heading names a measure (ends in one, or the lexicon knows it), not a topic ((二)民生保障。), and
        no verb follows the figure at `figure_end` (1.2万人实现就业: a clause of its own)."""
        heading = RUN_IN_HEADING.fullmatch(norm, paragraph + 1, start)
        if heading is None or norm.startswith(self.count_predicates, figure_end):
            return None
        name = heading.group("name")
        if not (name.endswith(self.heading_measures) or self.lex.canonical(name)):
            return None
        return self.namer.subject(norm, heading.start("name"), heading.end("name"))

    def _whole_of(self, norm: str, start: int, named: Subject | None, last: Subject | None,
                  before: Subject | None) -> Subject | None:
        """What a total so far opening the next sentence (1-11月累计完成…) is of: the quantity the sentence at `start`
        ended on (`last`), but when that came after a part lead (…,其中外贸吞吐量1260.4万吨), the first it named
        (`named`) before that lead, or, in a sentence opening with one (其中,…), what the sentence before named
        (`before`)."""
        if last is None or self.part_lead_word.search(norm, start, last.start) is None or \
                (part := self.part_lead.search(norm, start, last.start)) is None:
            return last  # (most sentences hold no part lead: the words are looked for before the pattern is tried)
        if named is not None and named.start < part.start():
            return named
        return before if part.start() == start else None

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
        if not norm.endswith(SENTENCE_CLOSED, 0, start) or norm[start - 2:start - 1] not in self.change_closing_ends \
                or not self.change_closing.search(norm, max(0, start - SAID_VERB), start - 1):
            return None
        window = max(0, start - SAID_SENTENCE)  # (a longer sentence says more than that: looked for no further back)
        before = max(norm.rfind(mark, window, start - 1) for mark in (*SENTENCE_CLOSERS, "\n")) + 1
        if (before == 0 and window > 0) or FIGURE_SAID.search(norm, before, start):
            return None
        clause = after_last(norm, before, start - 1, CLAUSE_MARKS)
        return self.namer.subject(norm, clause, start - 1)

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
            if (result := next((r for r in self.result_opener.finditer(norm, sentence.start, sentence.end)
                                if not norm.startswith(self.not_consequence, r.start())), None)) is not None:
                # (这一笔资金,如用之于工业建设,)就可以(建设…,或三十个…电站): a result that could follow, with the
                # other results its next clauses offer
                end = result.end()
                while (close := CLAUSE_END.search(norm, end, sentence.end)) is not None and \
                        norm.startswith(self.alternative_openers, close.end()):
                    end = close.end()
                end = close.start() if close else sentence.end
                # (but 就能够实现原定…翻两番的宏伟目标: a goal met, the plan's own figure)
                if not any(norm.find(verb, result.end(), end) >= 0 for verb in self.completion_verbs):
                    return result.start(), end
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
                  time: TimeContext, opening: tuple[Subject | None, int] | None, words: list[int],
                  topic: Subject | None = None, own_titled: bool = False, above: Subject | None = None,
                  stated: Stated | None = None) -> tuple[list[Observation], Subject | None, Subject | None, Stated]:
        """The sentence's observations, the first subject it named, the one it ended on and what it said of that. With
        `stated`, what the sentence before said of the topic `opening` carries (a rank naming nothing after a growth
        ranks the growth). With `opening` (a topic and
        where the words that opened the sentence end: 分地区看), those words name nothing and the
        topic is the sentence's until a clause after them names another. Ranks, words of no change
        and doublings are looked for only in a clause holding a figure word (`words`: where the text's figure words
        start; each such figure holds one, inside its clause). A place naming no
        quantity, with none carried, is about the paragraph's `topic` (禅城区增长4.6% after 分区看,…经济总量…).
        `own_titled`: the document's title names its own region and no unit inside it (see _titled_for_own_region).
        `above`: the quantity the paragraphs above were about, for a paragraph that has named none yet."""
        # (most sentences hold none of the words a supposition, foreign affairs, another country or a campaign opens
        # with: one scan of the sentence, then none of theirs)
        cued = self.sentence_cues.search(norm, sentence.start, sentence.end) is not None
        s = SentenceState(norm, sentence, time, CarriedSubject(self.namer, norm),
                          replace(stated) if stated is not None else Stated(), topic, above,
                          supposed=self._supposed(norm, sentence) if cued else (sentence.end, sentence.end),
                          foreign=cued and (self.foreign_affairs.search(norm, sentence.start, sentence.end) is not None
                                            or (self.treaty.search(norm, sentence.start, sentence.end) is not None
                                                and self.own_country.search(norm, sentence.start, sentence.end)
                                                is not None)),
                          abroad=self._other_countries(norm, sentence) if cued else [],
                          # (在政府历年来处理的反革命分子中,…实行劳动改造的占42.3%): a campaign's tally, no figure
                          campaign=cued and any(norm.find(word, sentence.start, sentence.end) >= 0
                                                for word in self.campaign_words),
                          own_titled=own_titled)
        lead_end = sentence.start
        if opening is not None:
            s.topic, lead_end = opening
            if s.topic is not None:
                s.carried.set(s.topic)
        cursor = 0
        opening_end = max(sentence.start, lead_end)  # (a clause opening the sentence after its lead starts by it)
        # (past the sentence's last number and figure word, its clauses hold no figure, and what a clause of none
        # leaves is for the figures after it: none are read)
        worded_until = bisect_left(words, sentence.end)
        figures_end = max(mentions[-1].end if mentions else sentence.start,
                          words[worded_until - 1] + 1 if worded_until > bisect_left(words, sentence.start) else 0)
        for cs, ce in clauses(norm, sentence):
            if cs >= figures_end:
                break
            if ce <= lead_end:
                continue
            while cursor < len(mentions) and mentions[cursor].start < cs:
                cursor += 1
            first = cursor
            while cursor < len(mentions) and mentions[cursor].end <= ce:
                cursor += 1
            worded = bisect_left(words, cs) < bisect_left(words, ce)
            # (a clause of no number and no figure word holds no figure: most clauses of a sentence with figures)
            items = self._clause_items(s, cs, ce, mentions[first:cursor], worded) if first < cursor or worded else []
            if not items:
                self._figure_less(s, cs, ce, opens=cs <= opening_end)
                continue
            c = ClauseState(cs, ce, s.taken_out, s.partner_before, s.counted_last, s.place_before,
                            self._enumerated(norm, cs, items, s.carried, s.named_so_far,
                                             s.out[slice(*s.listed_before)], s.topic),
                            len(s.out), cs, len(items))
            s.taken_out = s.partner_before = s.counted_last = s.place_before = None  # (the clause before this one only)
            for i, item in enumerate(items):
                self._figure(s, c, i, item, text)
            s.listed_before = (c.figures_before, len(s.out))
        return s.out, s.named_first, s.carried.current(), s.stated

    def _clause_items(self, s: SentenceState, cs: int, ce: int, mentions: list[Mention], worded: bool) -> list[Item]:
        """The figures of the clause from `cs` to `ce` that are the sentence's to state (not a supposition's, another
        country's, a campaign's), with the ranks kept and the peers of the ranks before."""
        norm = s.norm
        items = self._items(norm, cs, ce, mentions, worded)
        if s.supposed[0] < ce:  # (如果每个人每年增加一元钱的购买力,全国人民的购买力就增加六亿元): supposed
            items = [i for i in items if not self._is_supposed(norm, i.start, s.supposed)]
        if s.foreign and items:  # (我国同)二十五个国家(已经建立了外交关系), 二十多位外国元首(来访): no economic count
            items = [i for i in items if not (i.metric == "level" and i.unit in self.finder.generic)]
        if s.campaign:
            items = []
        if s.abroad and items:  # (英国早在一八八○年,)年产量(就已经达到一百三十一万吨): another country's
            items = [i for i in items if not self._of_other_country(i.start, s.abroad)]
        if not items:
            return items  # (a clause of no figure: no rank to keep, no scope for a later one)
        # (most clauses hold no rank: the tests of ranks below are made only for those that do; _rank_kept keeps them,
        # dropping only words of no change, so the metrics read here stay those of the items it keeps)
        metrics = {i.metric for i in items}
        if s.ranked or "rank" in metrics:
            # (…分别位列第41位、第57位,其中莱州市较上年前移3位,)招远市与上年持平; 居全省第5位,与上年持平: the rank
            # stayed, no growth
            items = self._rank_kept(norm, cs, items, s.ranked)
        s.ranked = items[-1].metric == "rank" if items else s.ranked
        if metrics.isdisjoint(RANK_SCOPE_METRICS):  # (most clauses: no scope for a later rank)
            return items
        ranks = "rank" in metrics
        if ranks and s.rank_scope is not None:  # (湟中区…增速居全市首位;大通县增长6.0%,)居第二: among the same peers
            items = [replace(i, scope_word=s.rank_scope) if i.metric == "rank" and i.scope_word is None else i
                     for i in items]
        # (增幅高于岳阳市1.4个百分点,)排名第三: a rank with no peers of its own is among the region a growth was
        # compared with too
        s.rank_scope = next((i.scope_word for i in reversed(items) if i.metric in RANK_SCOPE_METRICS and i.scope_word),
                            s.rank_scope)
        return items

    def _figure_less(self, s: SentenceState, cs: int, ce: int, opens: bool) -> None:
        """A clause of no figure (`opens`: the sentence's first after its lead): what it leaves for the clauses after
        it, the subject it may name, the industry it opens with, a part taken out, a partner, a place."""
        norm = s.norm
        owner = self.owner_opening.match(norm, ce - len(norm[cs:ce].lstrip(EDGE_CHARS)), ce) if opens else None
        # (全区)城乡居民储蓄: the words of the whole before it are none of its name
        whose = owner.group("whose") if owner is not None else ""
        whole = next((word for word in self.scope_words if whose.startswith(word)), "") \
            if whose.startswith(self.scope_words) else ""  # (most clauses have no owner: one test)
        whose = whose[len(whole):]
        if whose and not (whose + owner.group("head")).startswith(self.owner_heads) and \
                not whose.endswith(PLACE_ENDINGS) and self.namer.region_opening(owner.group(0)) is None:
            # (not 工业经济 nor 全市经济: the whole economy's, nor 海淀区经济: a place's)
            s.owner_opening = Subject(whose + owner.group("head"), owner.start() + len(whole), owner.end(), None)
        s.carried.offer(cs, ce)
        s.taken_out = self._taken_out(norm, cs, ce)
        partner = norm[cs:ce].strip(EDGE_CHARS)
        # (most clauses open with no partner's word: one test of the words before the pattern)
        s.partner_before = partner if partner.startswith(self.partner_leads) and \
            self.partner_clause.fullmatch(partner) else None
        s.place_before = self._part_opening(norm, cs, ce)

    def _own_subject(self, s: SentenceState, c: ClauseState, i: int, item: Item, clause_start: int
                     ) -> tuple[Item, Subject | None]:
        """The `i`-th figure of the clause and the subject its own words name, if they name one: before it, after
        it (a thing added or ranked), the stage or the part of what the figure before counted, a fund's part, what
        the clause before took out or traded with, the thing cut. A figure the words make another (增加1万个学位, the
        things added; 实际回落到6.1%, the result of the growth planned before) comes back with its new rule; the thing
        cut is remembered for the clause's next cut (`c.cut_owner`)."""
        norm = s.norm
        subject = self._subject(norm, clause_start, item, c.ce)
        if subject is None and item.rule == INCREMENT and item.value > 0 and \
                norm[item.cue_start:item.start] in self.increase_verbs and \
                (added := self.namer.object_after(norm, item.end, c.ce)) is not None:
            # 增加1万个普通高中学位: nothing before the verb changes; it adds the things counted after it
            item, subject = replace(item, rule="level_added"), added
        if subject is not None and item.rule == INCREMENT and item.value > 0 and \
                (verb := self._upgrading(norm, clause_start, item.cue_start)) is not None and \
                (added := self.namer.object_after(norm, item.end, c.ce)) is not None:
            # 改造提升24个高速公路服务区: a verb of upgrading made with one of increase (改造提升; not_stops)
            # counts the things it upgrades after the count, named with it (as 改造提升背街小巷36条)
            item = replace(item, rule="level_added")
            subject = Subject(verb + added.name, added.start, added.end, subject.region)
        if item.named is not None:  # (成为全球第一)货物贸易(大国): the thing ranked, named after the ordinal
            subject = Subject(norm[slice(*item.named)], *item.named, None)
        if subject is not None and subject.name in self.done_words:
            subject = None  # (计划为3.7%,)实际达到4.6%: what was done, of the subject before
            if item.rule == "ratio_reached" and s.out and s.out[-1].metric == "growth" and \
                    self.done_reached.fullmatch(norm, clause_start, item.start):
                # (物价涨幅要从14.8%降到10%左右,…,)实际回落到6.1%: the result of the growth planned before
                item = replace(item, metric="growth", rule="growth_done_reached")
                subject = Subject(s.out[-1].indicator, item.cue_start, item.start, s.out[-1].named_region)
        if subject is not None and subject.name in self.stage_verbs and s.out and \
                s.out[-1].metric == "level" and s.out[-1].unit == item.unit and \
                not norm[clause_start:subject.start].strip(EDGE_CHARS):
            # (重大项目开工390个、)竣工437个: the things the figure before counted, at another stage
            subject = replace(subject, name=self._at_stage(s.out[-1].indicator, subject.name))
        if item.rule == "level" and (subject is None or subject.start >= item.end) and \
                (met := self._amount_met(norm, clause_start, item, s.out)) is not None:
            item, subject = replace(item, rule="restated_target"), met  # 完成区下达的3.2亿元目标任务
        if i == 0 and subject is not None and self.part_lead.match(norm, c.cs) and \
                (fund := self.fund_part.search(subject.name)) and \
                (whole := self.whole_spent.search(norm, max(s.sentence.start, c.cs - 40), c.cs)) and \
                not whole.group("on").endswith(self.fund_owner_words):
            # (大幅度增加全国教育支出,其中)中央财政支出(1981亿元): the fund's part of the spending on that thing
            owner = subject.name[:fund.start("measure")]
            subject = replace(subject, name=owner + whole.group("on") + subject.name[len(owner):])
        if i == 0 and c.part_left and subject is not None:  # (扣除房地产开发投资,)全国固定资产投资增长2.4%
            subject = replace(subject, name=c.part_left + subject.name)
        if i == 0 and c.partner_left and subject is not None and subject.name in self.trade_words:
            subject = replace(subject, name=c.partner_left + subject.name)  # (对美国,)出口3.3万亿元
        if item.rule == CUT_OBJECT:  # 压减时间58%: the thing cut, named with whose it is
            c.cut_owner = subject.name if subject is not None else c.cut_owner
            thing = self.grammar.cut_object_start(norm, item.cue_start)
            subject = Subject(c.cut_owner + norm[thing:item.start], subject.start if subject else thing,
                              item.start, subject.region if subject else None)
        return item, subject

    def _as_said(self, s: SentenceState, c: ClauseState, item: Item, subject: Subject | None, local: bool,
                 clause_start: int) -> tuple[Item, Subject | None, bool]:
        """The figure's rule, metric and sign as the figures the sentence stated before make them (a series of
        falls, a change restated, a completion, a target met or missed, a percentage read again from the words after
        it, a larger region's rate, a fall narrowing), with its subject and whether the clause named it."""
        norm, time = s.norm, s.time
        if item.rule == INCREMENT and item.value < 0 and \
                not BASE_NAMED.search(norm, clause_start, item.start) and \
                any(o.rule in (INCREMENT, INCREMENT_IN_SERIES) and o.value > 0
                    and not o.indicator.endswith(self.decrease_name) for o in s.out):
            # (not after 减少10.6万: a series of falls, each a 减少额)
            item = replace(item, rule="increment_in_series")  # (the name test_rules looks for)
        if item.rule == "ratio" and s.out and s.out[-1].rule == INCREMENT and not local and \
                norm.endswith(RESTATED, item.cue_start - 2, item.start):
            # 比上一年增产2200万吨,即7.8%: the increase restated as a growth
            sign = -1 if s.out[-1].indicator.endswith(self.decrease_name) else 1
            item = replace(item, metric="growth", rule="growth_restated", value=sign * item.value)
        elif item.rule in ("ratio", "ratio_of_own_total") and \
                (completed := self._completed(norm, c.cs, item, s.carried, None if c.names else subject)) is not None:
            done, after_plan = completed
            if local and done.start == subject.start:
                # (工业总产值完成计划的101%,)比上年增长8%: still the topic, without its plan (计划完成101%)
                s.carried.set(replace(subject, name=self._without_plan(subject.name)))
            item = replace(item, rule="completion_ratio_after_plan") if after_plan else \
                replace(item, rule="completion_ratio")  # (the names test_rules looks for)
            subject, local = done, True
        elif item.rule == "ratio" and local and not subject.name.endswith(self.ratio_names) and \
                (met := self.target_met.fullmatch(norm, subject.end, item.start)) is not None and \
                (met.group("denied") or item.qualifier != "exact") and time.target_after(item.end):
            # 固定资产投资未完成5%左右的预期目标: the growth an amount was to reach (not 失业率实现5.5%以内的…:
            # a rate's level; nor 完成26.3%的年度目标任务, neither denied nor bounded: how much of it was done)
            item = replace(item, metric="growth", rule="restated_target")
        elif item.rule == "ratio" and s.out and s.out[-1].metric == "share" and s.out[-1].end + 1 == item.start and \
                in_brackets(norm, item.start, item.end):
            # 占全市的一成以上(10.5%): the share said in words, restated exactly in the brackets right after it
            scope = last_match(self.grammar.scope.finditer(s.out[-1].evidence))
            item = replace(item, metric="share", rule="share_in_brackets", scope_word=scope.group(0) if scope else None)
        elif item.rule == "ratio":
            said_before = bool(s.out) and s.out[-1].rule == "growth_said_before"
            item, named_after = self._read_again(norm, clause_start, item, local, s.stated, time, s.carried,
                                                 said_before)
            if named_after is not None:
                subject, local = named_after, True
        if item.rule == PARENT_COMPARED and item.metric == "growth" and (
                (s.stated.ratio and not s.stated.growth) or (
                local and subject.name.endswith(self.rate_endings)
                and not self.namer.ends_with_rate(subject.name))):
            # (投入强度2.8%,)比全国平均水平(2.68%)(高…), 完成率比全市平均水平(76.5%)(高…): the larger
            # region's rate
            item = replace(item, metric="ratio")
        if item.rule == "growth_flat" and not local and s.stated.last == "ratio":
            # (投入强度为1.57%,)与上年持平: a rate that stays where it was moves by no points
            item = replace(item, metric="change_pp", unit="pp", rule="ratio_flat")
        if item.rule == "change_in_points" and not local and s.out and s.out[-1].metric == "growth" and \
                s.out[-1].value < 0 and self.size_change.search(norm, item.cue_start, item.start) and \
                not self.decline_noun.search(norm, clause_start, item.start):
            # (降幅15.3%,)较上年收窄6.2个百分点: the decline the clause before stated narrows, the rate rises
            item = replace(item, value=-item.value)
        if item.rule == "growth_gap" and item.value > 0 and s.out and s.out[-1].metric == "growth" and \
                s.out[-1].value < 0 and norm.startswith(self.better, item.cue_start):
            item = replace(item, value=-item.value)  # (降幅达9.1%,)好于全市2.3个百分点: a better fall is lower
        if item.rule == "restated_target" and item.metric == "growth" and s.out and \
                s.out[-1].metric == "growth" and s.out[-1].value < 0:
            item = replace(item, value=-item.value)  # (下降3.8%,)超额完成省下达的3.5%年度目标: a target fall
        return item, subject, local

    def _placed(self, s: SentenceState, c: ClauseState, i: int, item: Item, subject: Subject | None,
                clause_start: int) -> Subject | None:
        """The subject the clause names, in the place the clause before opened with or the region above the
        sentence last named, which goes on till a clause names a place of its own or the document's (全区, 我区)."""
        norm = s.norm
        local = subject is not None
        if i == 0 and local and c.topic_place and subject.region is None and \
                not norm[c.cs:item.cue_start].lstrip(EDGE_CHARS).startswith(WHOLE):
            # (达坂城区受订单减少影响,)规上工业增加值下降2.4%: the place the clause before opened with
            subject = replace(subject, region=c.topic_place)
        if local and subject.region is not None:
            larger = subject.region in self.namer.larger_names
            s.larger_said = subject.region if larger else None
            # a place of the document's own region right before the known quantity that opens the clause
            # (江都区地区生产总值…; not a place doing something, 龙口市实现地区生产总值…, read conservatively)
            s.place_said = subject.region if not larger and norm.endswith(subject.region, 0, subject.start) and \
                self.regions.inside.get(subject.region) is not None else None
            # (汉台区上市公司数量和总市值均居全市第一,)总市值(168.4亿元): a quantity no known one named again
            s.place_named = "" if self.lex.canonical(subject.name) is not None else subject.name
        elif local and (s.larger_said or (s.place_said and (not s.place_named or subject.name in s.place_named)
                                          and s.out and s.out[-1].named_region == s.place_said)) and \
                not self.own_opening.match(norm[clause_start:item.cue_start].lstrip(EDGE_CHARS)):
            # (同期,全市地区生产总值增长5.5%,)规上工业增加值增长7.3%: the region above goes on till a clause
            # names a place of its own or the document's (全区, 我区); so does a place of its own whose known
            # quantity opened the sentence, while the last figure is that place's ((江都区地区生产总值增长6.8%,)规上工业
            # 增加值…; not after (…;)定兴县增长6.4%, another place's figure)
            subject = replace(subject, region=s.larger_said or s.place_said)
        elif local:
            s.larger_said = s.place_said = None
        return subject

    def _region(self, s: SentenceState, c: ClauseState, i: int, item: Item, local: bool, of_rate: bool,
                clause_start: int) -> tuple[Item, str | None, bool]:
        """The place the words before the figure name as its region, and whether a place before its rate alone
        (武安市增速居…) named it; a place's figure in a list of places' figures that goes on."""
        norm = s.norm
        region_by_rate = False
        if local:
            region = self.namer.region_only(norm, clause_start, item.cue_start)
        else:
            parent = item.metric in PARENT_METRICS
            region = self.namer.larger_only(norm, clause_start, item.cue_start) if parent else None
            if region is None and parent:
                region = self.namer.area_only(norm, clause_start, item.cue_start)
            if region is None and (of_rate or (item.metric == "gap_pp" and self.namer.ends_with_rate(
                    norm[clause_start:item.cue_start]))):
                # 青田县增速居全市第二: the place's growth rate ranked; 复兴区增速低于全市1.2个百分点: its gap
                words = self.namer.without_rate(norm[clause_start:item.cue_start].rstrip(EDGE_CHARS))
                region = self.namer.region_only(norm, clause_start, clause_start + len(words))
                region_by_rate = region is not None
            if region is None and i == 0 and c.topic_place:
                region = c.topic_place  # (巴里坤县增速最快,)达9.6%: the place the clause before opened with
            if region is None and i == 0:
                region = self.namer.place_before_cause(norm, clause_start, item.cue_start)  # (青溪县受…影响)下降…
            if region is None and norm.startswith("(", item.end) and (close := norm.find(")", item.end)) > 0:
                # (各地在17.6℃(仪陇县)至)18.9℃(顺庆区)(之间): a place alone in brackets right after a figure naming
                # nothing is its place (not yet a figure of a subject its clause names: that would carry another)
                region = self.namer.region_only(norm, item.end + 1, close)
        if item.rule == "ratio" and (goes_on := self._place_goes_on(norm, clause_start, item, s.out)) is not None:
            item, region = goes_on  # (南关区增长6.1%,)宽城区为4.9%: the list of places' figures goes on
        elif region is None and not local and item.metric == "level" and \
                (place := self._place_amount_goes_on(norm, clause_start, item, s.out)) is not None:
            region = place  # (南岳区接待游客98.7万人次,)衡山县为36.2万人次: the places' amounts go on
        return item, region, region_by_rate

    def _of_place(self, s: SentenceState, c: ClauseState, i: int, item: Item, subject: Subject | None, local: bool,
                  region: str | None, region_by_rate: bool, clause_start: int
                  ) -> tuple[Subject | None, str | None, bool]:
        """A figure of a place or of the region above (全省5.5% in brackets) takes the quantity held (the one listed
        for other places, carried, the paragraph's); a figure naming nothing after a clause that counted a thing is
        that thing's. Returns the subject, the region and whether the clause named the subject; a clause's own
        subject compared with the region above's average becomes the subject carried."""
        norm = s.norm
        if item.rule in PARENTS_IN_BRACKETS:  # (全省5.5%): the carried indicator, for the region above
            # (by its name when the document's region is known: 全市 in 浔阳区's page is 九江市; the nation
            # as 全国)
            region = item.scope_word if item.scope_word == NATION_WORD else \
                self.namer.larger_alone(item.scope_word) or item.scope_word
            if item.rule == PARENT_COMPARED and local:
                # 青溪区项目投资完成率比全市平均水平(76.5%)高…: the clause's own subject, the topic of the gap
                s.carried.set(subject)
                subject, local = Subject(subject.name, subject.start, subject.end, None), False
            else:
                subject = None
        elif item.rule == COMPARED_NAMED and subject is not None and item.scope_word and \
                (larger := self.namer.larger_alone(item.scope_word)) is not None:
            # 比全市地区生产总值增速(5.5%) in 凤翔区's page: the growth of the region above (宝鸡市), as (全市5.5%)
            subject = Subject(subject.name, subject.start, subject.end, larger)
        elif item.rule == WHOLE_IN_BRACKETS:  # 占一般公共预算支出(84.86亿元): the whole, named before its bracket
            end = norm.rfind("(", item.cue_start, item.start)
            subject = Subject(norm[item.cue_start:end], item.cue_start, end, None)
        elif item.rule == "coverage_in_brackets" and s.out:  # (包括村办工业为百分之六): the figure before's
            cover = self.grammar.coverage(norm, item.cue_start, item.start)
            subject = Subject(f"{s.out[-1].indicator}({cover})", item.cue_start, item.start, None)
        listed = self._listed(s.out, item.metric, region) \
            if region and item.rule not in PARENTS_IN_BRACKETS else None
        # (地区生产总值….\n从总量看,)肥西县以1328.6亿元(位列首位): a place ranked by a figure that names
        # nothing, in a paragraph that has named nothing yet, by the quantity of the paragraphs above
        if region is not None and (held := listed or s.carried.get() or s.topic
                                   or (s.above if item.rule in RANKED_BY else None)) is not None:
            subject, local = Subject(held.name, held.start, held.end, region), False
            if item.metric == "rank" and not listed and not region_by_rate and (
                    self._place_alone(held.name) or (
                        held.region != region
                        and not any(o.indicator == held.name and (o.metric == "rank" or o.named_region == region)
                                    for o in s.out))):
                # (澧县…实现地区生产总值512.4亿元,增长6.9%;)桃源县居第22位(;汉寿县…至第27位): a place ranked
                # after another's amount, naming nothing, is no rank of that amount: the place alone, ranked in
                # what the document ranks (_places_ranked); (海安市综合实力居全省第7位;)如皋市居第8位 goes on, and
                # (钟祥市、京山市城镇新增就业分别为0.71万人、0.62万人,)钟祥市居各县市区首位 ranks a place its figure
                subject = Subject(region, item.cue_start, item.cue_start, None)
        if subject is None and c.counted_before is not None and \
                (item.rule == "share" or (item.rule == OWN_TOTAL_RATIO and i == 0) or
                 (item.metric == "rank" and i == 0) or (
                    item.rule in (INCREMENT, "growth") and i == 0 and
                    (item.rule == INCREMENT or self._count_grows(s, c.counted_before, clause_start)) and
                    BASE_NAMED.match(norm[clause_start:item.start].lstrip(EDGE_CHARS)))):
            # (已经有二亿八千六百七十七万亩粮食耕地,)占全国…的百分之二十四: the share of the thing the
            # clause before counted, which is no topic for other figures; (13.08万人为高龄老人,)占户籍总人口的
            # 2.61%(,占老年人口的11.64%): its shares of its own wholes, one clause after another (but only the
            # clause's first figure: in 新能源装机1.69亿千瓦、占全疆装机64% the ratio is of the clause's own subject);
            # (6家组织获得…提名奖,)居全国第4位: how many there are, ranked; (安排109亿元资金支持再就业,)比上年增加
            # (26亿元): how much more of it; (3.12万名残疾人纳入最低生活保障,)比上年下降(1.9%): its growth
            subject = c.counted_before
            if item.rule in ("share", OWN_TOTAL_RATIO):
                s.counted_last = subject
        return subject, region, local

    def _count_grows(self, s: SentenceState, counted: Subject, clause_start: int) -> bool:
        """Whether a growth against a base named, opening the clause after a count before its thing, is the count's:
        the sentence's last figure is that count (not 46个重点项目完成投资128亿元, the amount between, whose growth it
        is), and the count's clause ends in no measure of the things counted (not 28家规上企业实现营业收入, whose
        growth it is; counted_measures)."""
        if not s.out or s.out[-1].metric != "level" or s.out[-1].indicator != counted.name:
            return False
        rest = s.norm[counted.end:clause_start].rstrip(EDGE_CHARS + ",，;；")
        return not rest.endswith(self.counted_measures_or_totals)

    def _unnamed(self, s: SentenceState, item: Item, region: str | None, region_by_rate: bool, clause_start: int
                 ) -> Subject | None:
        """The subject of a figure whose clause names none: the one carried, the paragraph's or the one above it
        (a growth), the economy (a place's rate alone, a growth target naming nothing but a time)."""
        norm, time = s.norm, s.time
        # (预计全年增长6.5%左右 after a sentence of the paragraph on GDP: a growth names what it is about)
        subject = s.carried.get(item.pair_end is not None) or (s.topic if item.metric == "growth" else None) or \
            (s.above if item.metric == "growth" and self._under_its_name(norm, item.cue_start) else None)
        if subject is not None and subject.region is not None and \
                self.namer.own_only(norm, clause_start, item.cue_start):
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
        elif subject is not None and (whole := s.topic or s.above) is not None and \
                (own := self.namer.own_measure(subject, whole)) is not None:
            subject = own  # (税收收入….)收入增幅逐季回升:一季度下降0.8%: the measure carried is the topic's
        return subject

    def _pointed(self, s: SentenceState, item: Item) -> tuple[Item, Subject, tuple[int, int]] | None:
        """A heading line's figure alone (【数字三】52个), named by the first sentence under it when that points
        back at it (这是2025年全区纳入市级调度的重点项目数量; pointing_openings, pointing_back) with words
        ending in a measure or known to the lexicon (pointed_measures); a percentage they name a growth of
        (这是2026年全区经济增长的预期目标) is that growth. With the figure and its subject, where the pointing
        words start and end, whose time is the figure's. None for any other."""
        norm, sentence = s.norm, s.sentence
        if norm[item.end:sentence.end].strip(EDGE_CHARS) or \
                not BARE_HEADING.fullmatch(norm, sentence.start, item.start):
            return None
        limit = min(len(norm), sentence.end + POINTED_REACH)
        back = self.pointing_back.search(norm, sentence.end, limit)
        if back is None or BARE_LINE.search(norm, sentence.end, back.start()) is not None or \
                not BARE_HEADING.fullmatch(norm, sentence.end, back.start()):
            return None  # (none before the next heading's figure, nor after other words under it)
        words = self.namer.subject(norm, back.start("what"), back.end("what"))
        if words is None:
            return None
        name = self._untargeted(words.name)  # (经济增长的预期目标: 经济增长, planned as its words say)
        if not words.name.endswith(self.pointed_measures) and self.lex.canonical(name) is None:
            return None  # (这是近五年来的最好成绩: no measure named)
        if item.metric == "ratio" and any(word in name for word in self.pointed_growth):
            item = replace(item, metric="growth", rule="growth")
            said = next((word for word in self.pointed_growth if name.endswith(word) and len(name) > len(word)), "")
            name = name[:len(name) - len(said)]  # (经济增长: 经济's, as 经济增长5.5%左右 says)
        return item, Subject(name, item.start, item.end, words.region), (back.start(), back.end("what"))

    def _as_known(self, s: SentenceState, item: Item, subject: Subject, local: bool) -> Subject:
        """The subject the clause names, completed by what the sentence holds: the industry it opened with, the
        whole an owner's part or a partner's trade is of, the group a head noun or an aspect measures, the
        paragraph's quantity whose measure it names, the known name it continues."""
        if subject.name in self.lent_measures and \
                (lender := last_match(self.lender_kinds.finditer(s.norm, s.sentence.start, subject.start))):
            # (全市小额贷款公司注册资本合计24.6亿元,)贷款余额(31.8亿元): the balance of the lender the sentence names,
            # not the banks' (金融机构本外币贷款余额)
            subject = Subject(lender.group(0) + subject.name, subject.start, subject.end, subject.region)
        elif s.owner_opening is not None and local and subject.name in self.owned_measures and \
                self.lex.canonical(s.owner_opening.name + subject.name) is None:
            # (机械工业…计划任务不足,…,)出口额(增长30.8%), (楼宇经济加快发展,…,实现)税收: the sentence opened
            # with an industry or a part of the economy, whose measure a known one named alone is
            subject = Subject(s.owner_opening.name + subject.name, subject.start, subject.end,
                              subject.region or s.owner_opening.region)
        elif subject.name in self.measure_parts and (fallback := s.carried.get() or s.topic) is not None and \
                self.lex.canonical(fallback.name) is None and \
                (owner := self._owner_of_part(fallback.name, self.measure_parts[subject.name])):
            # (民营企业进出口总值…;其中)出口(1248.7亿元): the part of the whole an owner's topic names is the
            # owner's (民营企业出口), not the region's; so is the part after it (…,进口…: 民营企业进口)
            subject = Subject(owner + subject.name, subject.start, subject.end,
                              subject.region or fallback.region)
        elif subject.name in self.measure_rates and (fallback := s.carried.get()) is not None and \
                (owner := self._owner_of_part(fallback.name, self.measure_rates[subject.name])) is not None and \
                owner.endswith(self.firm_kinds):
            # (全年上市公司研发投入9.42亿元,…;)研发投入强度(3.01%): the rate of a group of firms' amount is the
            # group's, not the region's (研发经费投入强度)
            subject = Subject(owner + subject.name, subject.start, subject.end, subject.region or fallback.region)
        elif subject.name in self.partners and (fallback := s.carried.get()) is not None and \
                fallback.name.endswith(self.partners[subject.name]):
            subject = self.namer.partnered(fallback, subject, self.partners[subject.name])
        elif subject.name in self.head_nouns and (fallback := s.carried.get()) is not None and \
                self._group(fallback.name) != fallback.name:
            # 钢、石油等主要工业产品,(一九六四年的)产量都…: the measure of the group named before
            subject = Subject(fallback.name + subject.name, subject.start, subject.end, subject.region)
        elif self.namer.is_aspect(subject, item.metric) and (fallback := s.carried.get()) is not None:
            subject = self.namer.relate(subject, fallback, item.metric)
        elif s.carried.get() is None and (s.topic or s.above) is not None and \
                (own := self.namer.own_measure(subject, s.topic or s.above)):
            # (规模以上工业总产值…。11月当月完成)产值: the paragraph's quantity's measure; in a paragraph that
            # has named none yet, the quantity of the paragraphs above (税收收入….\n收入增幅逐季回升)
            subject = own
        elif name_key(subject.name) in self.lex.name_tails and not self.lex.canonical(subject.name) and \
                (fallback := s.carried.get()) is not None and (whole := self.namer.completed(fallback, subject)):
            subject = whole
        elif len(subject.name) <= SHORT_NAME and (known := self.lex.canonical(subject.name)) and \
                (fallback := s.carried.get()) is not None:
            joined = self.namer.continued(fallback, subject)
            # (外贸进出口…,)出口额: a name the join makes another known indicator (外贸进出口额) is its own
            other = self.lex.canonical(joined.name)
            subject = subject if other is not None and other.code != known.code else joined
        elif local and not self.lex.canonical(subject.name) and (fallback := s.carried.get()) is not None and \
                (grouped := self.namer.of_group(fallback, subject)) is not None:
            subject = grouped  # (居民人均可支配收入…。其中,)城镇居民(39652元): the group's own
        return subject

    def _class_counted(self, s: SentenceState, c: ClauseState, item: Item, subject: Subject) -> Subject:
        """A count of the things of a class the clause marks off ((城镇化率高于60%)的县有5个) is of those things, not
        of the quantity that marks them."""
        norm = s.norm
        if (things := CLASS_BEFORE_COUNT.search(norm, c.cs, item.start)) is not None and \
                subject.end <= things.start() + len(OF):
            # (规上工业增加值增速高于全市)的有9个: the things the clause marks off, whatever its words before
            opening = subject.start if c.cs <= subject.start < things.start() else \
                after_last(norm, c.cs, things.start(), CLAUSE_MARKS)
            named = norm[opening:things.end("things")].lstrip(EDGE_CHARS).removesuffix(OF)
            if (last := named.rfind(LIST_MARK)) > 0 and CLASS_COUNTED.search(named, 0, last + 1) and \
                    (first := self.class_bound.search(named)) is not None:
                # (占比超过10%的有44种、)超过20%的有23种: a later class of the list, marked by its own bound
                # on the first one's measure
                named = named[:first.start()] + named[last + 1:]
            subject = Subject(named, opening, things.end("things"), subject.region) if named else subject
        return subject

    def _timed(self, s: SentenceState, item: Item, subject: Subject, local: bool, clause_start: int,
               pointed: tuple[int, int] | None = None) -> tuple[Subject, Timing, re.Match[str] | None] | None:
        """The figure's time (its year, span and whether it is a target), or that of the words pointing back at it
        (pointed, where they start and end; _pointed), and its subject without the words of a plan; the gap to a
        target its words name. None for the end of a move that is no later than its start,
        whose start it takes off the sentence's observations (a move of none)."""
        norm, time = s.norm, s.time
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
        timing = time.timing(s.sentence.start, item.start, item.pair_end, item.end, targeted=targeted) \
            if pointed is None else time.timing(pointed[0], pointed[1], None, pointed[1], targeted=targeted)
        if item.pair_end is None and s.out and \
                (last := s.out[-1]).start <= item.cue_start < max(last.end, last.start + 1) and \
                last.metric == item.metric and norm[last.end:item.start] in LISTED_FIGURE_JOINERS and \
                (last.is_target or timing.is_target) and \
                (last.period, last.is_target) != (timing.period, timing.is_target):
            # (完成全年下降)3%、2%(的目标任务): a figure listed right after another read by the same words (or by the
            # first's own: 实现人均公用经费500元和300元的目标) is of the same time, planned or achieved as the first,
            # whatever the words between the first and it (not the years of a series, 由前三年分别上升2.2%、1.5%、
            # 0.4%, each achieved in its own)
            timing = replace(timing, period=last.period, is_target=last.is_target, span=last.span)
        if item.year is not None:  # (由2020年的第6位上升到2025年的第4位: each end's own year)
            timing = replace(timing, period=item.year)
        elif item.rule == RANK_REACHED and s.out and s.out[-1].rule == RANK_FROM and s.out[-1].period is not None \
                and (timing.period is None or timing.period <= s.out[-1].period):
            s.out.pop()  # (由2024年的第5位升至第2位, of 2024: the end no later than the start says no move)
            return None
        if item.rule == PLAN_COMPLETED:  # (计划完成102.6%: the plan is the base of what was done)
            timing = replace(timing, is_target=False)
        if item.metric == "level" and self.plan_amount_after.match(norm, item.end) and \
                (base := self.plan_amount_before.search(norm, clause_start, item.start)) and \
                (planned := self._plan_owner(norm, clause_start, base.start(), s.carried, s.out)) is not None:
            # (城镇新增就业8635人,为)年度目标(7500人)(的115.1%): the plan of the indicator the figure before
            # completes, of its year, the whole year's (1-10月…,完成全年目标任务(1000万美元)的65%: no span)
            subject = Subject(planned.name, subject.start, subject.end, planned.region)
            timing = Timing(s.out[-1].period if s.out else timing.period, True, None)
        if not s.out and item.rule == "restated_target":
            timing = replace(timing, is_target=True)  # (细颗粒物浓度优于省下达的33微克/立方米目标: its clause's own)
        if s.out and not timing.of_plan and (item.rule == "restated_target" or (
                item.metric == "level" and not local and norm.endswith(OF, 0, item.start)
                and self.target_set.search(norm, clause_start, item.start) is not None)):
            # the year its figure was of (增长2.1%,低于年初预算安排的4%; 新建中小学32所,超过年初确定的30所: the
            # amount planned)
            timing = Timing(s.out[-1].period, True, s.out[-1].span)
        elif s.out and not timing.of_plan and s.out[-1].metric == item.metric and (
                self.target_beside.search(norm, max(clause_start, item.start - TARGET_BESIDE), item.start) is not None
                or (time.target_after(item.end) and self.target_met.search(norm, clause_start, item.start))) and \
                not YEAR.search(norm, clause_start, item.start) and \
                not RELATIVE_YEAR.search(norm, clause_start, item.start):
            # the target of what the sentence stated, written beside it (下降3.6%,比年度目标（下降3.2%）多降…;
            # 增量4.4万吨,控制在年度增量目标6万吨以内) or reported met with its own verb (下降3.6%,超额完成省下达的
            # 下降3.0%的年度目标): of the year of that result (not 今年目标（增长6%）, a year of its own), the whole
            # year's
            timing = Timing(s.out[-1].period, True, None)
        return subject, timing, gap

    def _part_pulls(self, norm: str, item: Item, subject: Subject) -> bool:
        """Whether a contribution's total, named after its scope (拉动全市规上工业增长), is another quantity than the
        subject's, which is a part of it (六大重点行业增加值; 工业投资 pulling 投资), not the same quantity of a place
        inside the region (规上工业增加值…拉动全市规上工业增加值增长, 地区生产总值…拉动全市经济增长,
        开发区投资…拉动全市投资; a total named by nothing is the same)."""
        said = norm[item.cue_start:item.start]
        at = said.find(item.scope_word) if item.scope_word else -1
        total = PULLED_TOTAL.match(said, at + len(item.scope_word)).group(1) if at >= 0 else ""
        if not total:
            return False
        mine, theirs = self.lex.canonical(subject.name), self.lex.canonical(total) or self.lex.canonical(
            total + YIELD)
        if mine is not None and theirs is not None and mine.code == theirs.code:
            return False
        named = total + YIELD if total + YIELD in subject.name else total
        if (at := subject.name.find(named)) < 0:
            return True
        # what the subject names besides the total: a place inside the region (园区, 青溪区) or nothing is the same
        # quantity; anything else (工业 of 工业投资, pulling 投资) makes the subject a part of it
        rest = (subject.name[:at] + subject.name[at + len(named):]).strip("的")
        return bool(rest) and rest != YIELD and self.units_inside.fullmatch(rest) is None and \
            self.namer.split_region(rest, zones=True)[1] != ""

    def _whole_before(self, norm: str, start: int, cs: int, cue: int) -> str | None:
        """The region word (全县) opening the clause before the one from `cs`, when that clause holds only the
        page's own opener of another level (我镇) before the share's 占 at `cue`: the whole the share is of; else
        None."""
        own = self._own_opener.fullmatch(norm, cs, cue)
        if own is None or cs <= start:
            return None
        before = max(norm.rfind(mark, start, cs - 1) for mark in CLAUSE_MARKS) + 1
        whole = self._own_opener.match(norm, max(before, start))
        if whole is None or not whole.group(0).startswith(WHOLE) or whole.group(2) == own.group(2):
            return None
        return whole.group(0)

    def _compared(self, s: SentenceState, c: ClauseState, i: int, item: Item, subject: Subject, local: bool
                  ) -> tuple[Item, Subject]:
        """The figure as what it is compared with makes it: the i-th place of a list (分别), a place of the
        document's own ranked among the others, the document's own rank, a share of its own total, two of its own
        growths or its own average compared, an approximate share, a share of the increase."""
        norm, own_titled = s.norm, s.own_titled
        if c.names and c.names[i][1] is not None:  # 霞山区、赤坎区分别…: the i-th region's figure
            subject = Subject(subject.name, subject.start, subject.end, c.names[i][1])
        if item.metric == "rank" and item.scope_word is None and subject.region and \
                self._named_region(subject.region):
            # (莲都区以412.6亿元)位居第一 in the city's page: a place of its own ranked among the others
            item = replace(item, scope_word=self.finder.peers_scope)
        if (item.metric == "gap_pp" or (item.metric == "rank" and not local)) and \
                self._compared_with_itself(subject, item.scope_word):
            subject = replace(subject, region=None)  # the document's own rank, not the carried place's
        if item.metric == "share" and subject.region is None and norm.startswith(self.share_words, item.cue_start) \
                and (part := self.namer.part_opening(subject.name)):
            # 市城区出让收入…,占全市的42.2%: the share of a part of the region, that part's
            subject = Subject(part[1], subject.end - len(part[1]), subject.end, part[0])
        if item.metric == "share" and \
                (((local or own_titled or self._national()) and self._own_total(item.scope_word, subject))
                 or (local and self._place_whole(item.scope_word, subject))
                 or (item.scope_word == self._zone_whole and subject.region is None)):
            item = replace(item, metric="ratio", rule="ratio_of_own_total")
        if item.rule == OWN_TOTAL_RATIO and item.scope_word is None and \
                (whole := self._whole_before(norm, s.sentence.start, c.cs, item.cue_start)) is not None:
            # (全县规上工业总产值142.3亿元,)我镇占(近三成): the part the page's own is of the whole the clause
            # before stated, a share of that region's
            item = replace(item, metric="share", rule="share", scope_word=whole)
        if item.metric == "contribution" and self._own_total(item.scope_word, subject) and \
                self._part_pulls(norm, item, subject):
            # (六大重点行业增加值增长9.9%,)拉动全市规上工业增长6.8个百分点 in the city's page: a part's
            # contribution to the region's own total, no larger region's
            item = replace(item, scope_word=None)
        if item.metric == "gap_pp" and (local or own_titled) and self._own_total(item.scope_word, subject) \
                and self._growth_named(norm, item):
            # 民营经济增加值增长7.1%,快于全市地区生产总值增速0.9个百分点 in the city's page: two of its own
            # growths compared, no gap to a larger region
            item = replace(item, metric="change_pp", rule="own_growths_compared", scope_word=None)
        elif item.metric == "gap_pp" and AVERAGE in norm[item.cue_start:item.start] and \
                self.own is not None and (self.own.level in OWN_AVERAGE_LEVELS or (
                    self.own.level == CITY_LEVEL and subject.name.endswith(self.ratio_names))) and \
                self._own_total(item.scope_word, subject):
            # 完成率较全区平均水平低4.6个百分点 in the district's own bulletin: one of its rates against the
            # average of its own, no gap to a larger region
            item = replace(item, metric="change_pp", rule="own_average_compared", scope_word=None)
        if (item.metric == "share" or (item.metric == "ratio" and norm.startswith(self.share_words,
                                                                                  item.cue_start))) and \
                item.qualifier == "exact" and norm.endswith(self.approx_before, 0, item.cue_start):
            # 约占全市的14.2%, 约占全区工业投资的六成: the share (or the part of its own total) is approximate
            item = replace(item, qualifier="approx")
        if item.metric == "level" and item.qualifier == "exact" and norm.endswith(self.cap_before, 0, item.cue_start):
            item = replace(item, qualifier="at_most")  # 用水总量控制指标为17.80亿立方米: a cap, the most allowed
        if item.metric == "share" and (part := self.share_part.match(norm, item.end)):
            # 贡献了全国24.1%的增量: a share of the increase, not of the amount
            subject = Subject(self._canonical(subject.name) + part.group("part"), subject.start, subject.end,
                              subject.region)
        return item, subject

    def _indicators(self, s: SentenceState, c: ClauseState, i: int, item: Item, subject: Subject, local: bool,
                    of_rate: bool, gap: re.Match[str] | None, clause_start: int) -> tuple[list[str], Item, Subject]:
        """The indicators the figure goes to (one each for a list's names), with the figure and subject as they make
        them: the things of a class counted, things listed after it, each one ranked, the ratio a from–to pair
        reaches or a change in points changes, a result's gap to its target."""
        norm = s.norm
        named = self._names(norm, subject, local, c.names[i][0] if c.names else None, item, s.carried, of_rate)
        if named == [subject.name] and subject.name in self.measures_of_before and s.out and \
                s.out[-1].metric == "level":
            named = [s.out[-1].indicator + self.measures_of_before[subject.name]]  # (结余15.6亿元,)可支付13.5个月
        if item.unit in self.finder.generic and local and subject.start >= item.end and \
                subject.name.endswith(self.size_measures) and \
                (bound := self.size_bound_after.match(norm, subject.end)) is not None:
            named = [norm[subject.start:bound.end()]]  # 新增1个经济总量近千亿的县市: the things of the class
        if item.rule == "coverage_in_brackets":
            named = [subject.name]  # 农业总产值(包括村办工业): the coverage is no gloss, it stays
        elif item.rule == WHOLE_IN_BRACKETS:
            named = [subject.name]
        elif local and (after := self._listed_after(norm, item, subject)) is not None:
            named, c.counted_at = after  # 产量将增长百分之四十以上的有粮食、棉花…: each one's
        if item.metric == "rank" and not local and not c.names and not of_rate and \
                s.listed_before[1] - s.listed_before[0] > 1 and \
                EACH.fullmatch(norm[clause_start:item.cue_start].strip(EDGE_CHARS)) and \
                len(each := list(dict.fromkeys(o.indicator for o in s.out[slice(*s.listed_before)]))) > 1:
            named = each  # 研发人员达159万人、高技能人才达843万人,均居全国首位: each one ranked
        elif item.metric == "rank" and not c.names and not of_rate and s.out and \
                (counted := self.quantities_counted.fullmatch(norm[clause_start:item.cue_start].strip(EDGE_CHARS))) \
                and len(each := list(dict.fromkeys(o.indicator for o in s.out if o.metric != "rank"))) == \
                SMALL_COUNTS[counted.group("count")]:
            named = each  # 结案率95.3%,合格率99.1%,两项指标均列全省第3位: each one ranked
        elif item.metric == "growth" and not local and not c.names and s.out and \
                EACH.fullmatch(norm[clause_start:item.cue_start].strip(EDGE_CHARS)) and \
                len(each := list(dict.fromkeys(o.indicator for o in s.out if o.metric == "level"))) > 1:
            named = each  # 原煤产量达到…,原油达到…,都比上年增长8%: each amount stated before grew so
        if item.pair_end == "reached" and not local and not c.names and s.started:
            named = s.started  # 服务业增加值占比由52.1%提高到55.3%: the ratio reached, not its numerator
        elif item.metric in ("change_pp", "gap_pp") and not local and not c.names and s.out and \
                s.out[-1].metric in ("ratio", "change_pp") and \
                not self.namer.ends_with_rate(norm[clause_start:item.cue_start]):
            # 税收收入占…比重达到78.5%,比上年提高1.6个百分点 (高于全国平均水平1.2个百分点): the ratio's change
            # (its gap), not its numerator's (but 增速高于全市…: the growth's)
            named = [s.out[-1].indicator]
        elif item.metric == "rank" and not local and not c.names and not of_rate and s.out and \
                s.out[-1].metric == "ratio" and s.stated.last == "ratio" and \
                any(word in s.out[-1].indicator for word in self.share_words):
            # 服务业增加值占地区生产总值比重达到68.4%,居全市第1位: the ratio ranked, not its numerator
            named = [s.out[-1].indicator]
        if gap is not None:
            # (年均增长5.2%,)比规划目标低(2.8个百分点): the gap of the result named before to its target
            at = item.start - len(gap.string) + gap.start()  # (where the comparison opens in the text)
            before_gap = norm[subject.start:at].strip(EDGE_CHARS) if local and subject.start < at else ""
            base = self._canonical(before_gap) if before_gap else (
                s.out[-1].indicator if s.out else (s.carried.get().name if s.carried.get() else None))
            if base:
                base = base.removesuffix(TARGET_GAP)  # (…比年度计划低5亿元,还差14亿元: the result's)
                named = [base + TARGET_GAP]
                if local:  # (…的目标0.5个百分点;总量…: the result compared is the topic after, not the target)
                    subject = replace(subject, name=base)
                if item.metric == "change_pp":  # (an amount's gap keeps its size: 比年初计划少了近500亿元)
                    down = gap.group("dir") in self.target_gap_down or gap.group("gap") in self.target_gap_down
                    item = replace(item, value=-abs(item.value) if down else abs(item.value))
        return named, item, subject

    def _no_figure(self, norm: str, item: Item, name: str, subject: Subject, local: bool) -> bool:
        """Whether the figure states nothing of `name`: a duration, a count of a plan's indicators or of the
        indicators listed, a legislature's own work, a count saying whose measure follows, the size or capacity of
        a thing or project after it, the bound each thing counted passes, the mark of a class counted."""
        # (every test below only reads: they are grouped by what they share, a count's unit or a thing named after
        # the figure, asked once)
        counted = item.unit in self.finder.generic
        named_after = local and subject.start >= item.end
        if item.unit in self.durations and not any(w in (norm[subject.start:item.start] if local else name)
                                                   or w in name for w in self.durations[item.unit]) and \
                not self.time_cut_to.search(norm, max(0, item.start - CUT_TO_REACH), item.start):
            # 仅用90天: a duration; 优良天数281天, 发电设备累计平均利用2890小时 count hours (and so does a name given
            # by the thing before, 统筹基金可支付月数), and so does a time a cut reached (压减至0.5个工作日)
            return True
        if counted and (
                # 预期性指标19项: a count of a plan's indicators, as 18项主要指标
                (name.endswith(self.not_counted) and not name.endswith(self.finder.counted_anyway))
                # 稳增长惠民生27条、…12条等政策举措: the measures of policies listed, as 出台18条举措
                or self.measures_listed.match(norm, item.end)
                # 地区生产总值、固定资产投资等4项(未达到预期): a count of the indicators listed
                or (norm.endswith(EXAMPLES, 0, item.start) and all(self.lex.canonical(part)
                                                                   for part in SHARED.split(name)))):
            return True
        if counted and (peers := self.namer.places_counted.match(norm, item.start)) is not None and \
                norm.startswith(AMONG, peers.end()):
            return True  # 12个县(市、区)中(9个事故起数同比下降): the places a breakdown counts among, no figure
        if self.bodies_work.search(name) and not self.members_share.search(name):
            # 培训人大干部560人次: the legislature's own work, not its region's (but 人大代表中女性比例27.6%, a share of
            # its members, is the region's)
            return True
        if counted and named_after and (name.endswith(self.counted_measures_or_totals)
                                        or norm.startswith(self.counted_measures_or_totals, subject.end)):
            # 26个行业增加值(实现增长), 12条产业链项目占比(达84%): the count says whose measure follows, no
            # figure
            return True
        if named_after:
            dimension = self.lex.dimension(item.unit)
            if dimension in self.sizes and (
                    norm.startswith(OF, item.end) or (norm[item.end:item.end + 1] in self.one_character_products
                                                      and norm.startswith(OF, item.end + 1))):
                return True  # 年产30万吨的乙烯工程, 年产150万吨钢的钢铁联合企业: the size of the thing after it
            if dimension in self.capacities and (
                    ((self.capacity_project.match(norm, item.end) or self.projects_listed.match(norm, item.end))
                     and not norm.endswith(self.capacity_built, 0, item.start))
                    or self.capacity_plan.match(norm, item.end)):
                # (推动)120万吨乙烯项目, (推动…)50万吨绿电铝技改、…10万吨再生铝等项目: a capacity names the
                # project, or is in the names of the projects listed (not 建设…项目: the capacity built);
                # (实施全国新增)千亿斤粮食生产能力建设规划: it names the plan, also one to add
                return True
        if item.metric == "level" and norm.endswith(YARDSTICK_BEFORE, 0, item.start) and \
                YARDSTICK_AFTER.match(norm, item.end):
            return True  # (收入)比70元的数目低, 比300元多: the yardstick a comparison measures by, no figure of its own
        if self._bound_of_counted(norm, item, subject if local else None):
            return True  # 8个产业规模超千亿元: the threshold each thing counted passes, no figure
        if item.value_high is not None and item.metric == "level" and self.finder.bound_of_class.match(norm, item.end):
            return True  # 50亿元至100亿元的(企业12家): a range right before 的 and a noun bounds the class counted
        if item.metric == "level" and item.qualifier in BOUNDS and local and subject.start < item.start \
                and SHARE_OF_CLASS.search(norm, max(0, subject.start - SHARE_WINDOW), subject.start):
            return True  # 95%以上的村集体经营性收入超过10万元: the bound each thing of the share passes
        # 城镇化率高于60%的县有5个, 占比超过10%的有44种: the mark of the class counted
        return item.metric in CLASS_MARKS and CLASS_COUNTED.match(norm, item.end) is not None

    def _name_in_clause(self, s: SentenceState, c: ClauseState, i: int, item: Item, name: str, subject: Subject,
                        local: bool, clause_start: int, one_place: bool) -> str:
        """The indicator `name` as the clause's figures before make it: an amount done over its target, the stock a
        flow added to, the part of a flow named as the whole is, the things cut named with the verb or as the list's
        first, a group of places' own (one place listed), or each of the places a list right before their count
        names (济宁、菏泽两市地区生产总值均…)."""
        norm = s.norm
        if item.metric == "level" and not local and self.over_target.search(norm, clause_start, item.start):
            name += OVER_TARGET
        if not local and i > 0 and name.endswith(self.flow_words) and (
                (item.metric == "level" and self.stock_after_flow.match(norm, clause_start, item.end))
                or (item.metric == "rank" and s.out and s.out[-1].indicator == self._without_flow(name))):
            # (高速公路通车里程新增3000公里、)突破1.1万公里(、居全国第3位): the stock, and its rank
            name = self._without_flow(name)
        if item.metric == "level" and local and i == 0 and len(s.out) > 0 and subject.start < item.start and \
                s.out[-1].metric == "level" and \
                self.lex.dimension(s.out[-1].unit) == self.lex.dimension(item.unit) and \
                self.part_lead.match(norm, c.cs) and \
                (whole := self._part_as_whole(s.out[-1].indicator, name)) is not None:
            # (新增铁路里程1.97万公里,)其中高速铁路(8951公里): the part of the flow, named as the whole is
            name = whole
        if item.metric == "level" and local and subject.start >= item.end and \
                norm.endswith(self.shared_cut_verbs, clause_start, item.start) and \
                not name.startswith(self.shared_cut_verbs):
            # 关停(5000万千瓦)小火电机组: the things cut, named with the verb
            name = next(verb for verb in self.shared_cut_verbs if norm.endswith(verb, 0, item.start)) + name
        if item.metric == "level" and s.out and (
                (name in self.shared_cut_verbs and c.figures_before > 0) or
                (i > 0 and len(s.out) > c.figures_before and norm.startswith(LIST_MARK, clause_start) and
                 s.out[-1].indicator.startswith(self.shared_cut_verbs))) and \
                (cut := self._cut_as_before(norm, name, s.out, c.figures_before, c.size - i)):
            # (淘汰落后炼铁产能4659万吨、)炼钢产能(3747万吨): cut as the list's first;
            # (关停5000万千瓦小火电机组,今年要)关停(1000万千瓦): what the sentence cut before with the verb
            name = cut
        if one_place and (group := self.listed_group.match(name)) and \
                group.end() < len(name):
            name = self._canonical(name[group.end():])  # (滑县、…三个产粮大县)粮食产量: the group's
        elif (name[:1].isdecimal() or name[:1] in CHINESE_NUMERAL_CHARS) and \
                (peers := self.peers_counted.match(name)) and self.lex.canonical(rest := name[peers.end():]) and \
                not norm.startswith(self.peers_summed, subject.end) and self._places_listed_before(norm, subject) > 1:
            # (the pattern is tried only for a name opening with a number's character: most open with none)
            # (青岛、济南、烟台)三市地区生产总值(分别为…): the places counted, each named before with its own figure,
            # are no part of the known indicator named after them (not 16市中有12市地区生产总值, 三县…, “两区”…:
            # no list names the places, whose figure is no region's own; nor (青岛、济南)两市…合计占…: their sum)
            name = self._canonical(rest)
        return name

    def _places_listed_before(self, norm: str, subject: Subject) -> int:
        """How many places a list right before the subject names, within its clause (青岛、济南、烟台(三市…): 3)."""
        start = self.namer.skip_leading_words(
            norm, max(norm.rfind(mark, 0, subject.start) for mark in ASIDE_ENDS) + 1, subject.start)
        return len(self._listed_places(norm, start, subject.start, zones=True) or ())

    def _figure(self, s: SentenceState, c: ClauseState, i: int, item: Item, text: str) -> None:
        """Reads the clause's `i`-th figure into the sentence's observations: its subject (its own words, else what
        the sentence carries), its region, time and indicators, and what it leaves for the figures after it."""
        norm = s.norm
        clause_start = c.previous_end
        if item.start == c.counted_at:  # (…、糖等)十七种: how many things the figure before listed
            c.previous_end = item.end
            return
        item, subject = self._own_subject(s, c, i, item, clause_start)
        local = subject is not None
        subject = self._placed(s, c, i, item, subject, clause_start)
        # 增速居全省第一; 增长6%,居全国第四 (not 总量达到…、增长7.2%,居全市第一): the growth rate is ranked
        of_rate = item.metric == "rank" and (
            (not local and item.pair_end is None and s.stated.of_growth(self.namer.ends_with_rate))
            or self.namer.ends_with_rate(norm[clause_start:item.start]))
        item, subject, local = self._as_said(s, c, item, subject, local, clause_start)
        # (the words are tested only when a rank follows: most growths have none)
        s.stated.add(item.metric, anew=local,
                     said=norm[clause_start:item.start] if item.metric == "growth" else "")
        item, region, region_by_rate = self._region(s, c, i, item, local, of_rate, clause_start)
        subject, region, local = self._of_place(s, c, i, item, subject, local, region, region_by_rate, clause_start)
        # (曲江区…分别达到312.6亿元、298.4亿元,)南雄市、乐昌市均(超过150亿元): places listed before 均, naming
        # nothing, each stating the carried quantity
        each_places = self._places_each(norm, clause_start, item) \
            if subject is None and region is None and not local else None
        pointed_at = None  # (【数字三】52个 / 这是…重点项目数量): where the words pointing back stand, of its time
        if subject is None:
            subject = self._unnamed(s, item, region, region_by_rate, clause_start)
            if subject is None and (pointed := self._pointed(s, item)) is not None:
                item, subject, pointed_at = pointed  # named by the words pointing back
        else:
            subject = self._as_known(s, item, subject, local)
            if local and subject.start >= item.end and norm.startswith(self.named_after_dash, item.end):
                pointed_at = (item.end, subject.end)  # (312.46万头--这是前三季度…数: the time its naming words give)
        if item.metric == "rank" and not local and \
                (listed := self.ranking_list.search(norm, item.start, item.end)) is not None:
            # 稳居全国百强区首位: the place's rank in a published list, whatever quantity came before
            subject, of_rate = Subject(listed.group(0) + RANKING, listed.start(), listed.end(), None), False
        if subject is not None and item.unit in self.finder.generic:
            subject = self._class_counted(s, c, item, subject)
        c.previous_end = item.end
        if subject is None:
            return
        if not local and region is not None and i == 0 and item.metric == "level" and \
                self.regions.inside.get(region) is not None:
            # (…;固镇县)61.8万吨(,亩产达到482.5公斤): a place alone stating the carried quantity, whose clauses after
            # it naming a quantity of their own go on with it, as after a place's own known quantity
            s.place_said, s.place_named, s.larger_said = region, "", None
        if (timed := self._timed(s, item, subject, local, clause_start, pointed_at)) is None:
            return
        subject, timing, gap = timed
        start = min(subject.start, item.start) if local else item.cue_start
        end = max(item.end, subject.end) if local else item.end
        if norm.startswith("”", end) and norm.count("“", start, end) > norm.count("”", start, end):
            end += 1  # close the quotation the evidence opened
        item, subject = self._compared(s, c, i, item, subject, local)
        named, item, subject = self._indicators(s, c, i, item, subject, local, of_rate, gap, clause_start)
        s.started = named if item.pair_end == "from" else []
        stated_before = len(s.out)
        # 内江、眉山、自贡、遂宁经济总量突破2000亿元: the places listed before the subject, each the figure's
        places = self._places_listed(norm, clause_start, subject, item) \
            if local and not c.names and subject.region else each_places
        for name in named:
            if self._no_figure(norm, item, name, subject, local):
                continue
            name = self._name_in_clause(s, c, i, item, name, subject, local, clause_start,
                                        one_place=bool(places) and len(places) == 1)
            if local and s.out and norm.startswith(LIST_MARK, s.out[-1].end) and s.out[-1].end + 1 == subject.start \
                    and name == subject.name and item.metric == "level" == s.out[-1].metric and \
                    subject.end == item.start and norm[item.start].isdigit():
                # (净增实缴单位287家、)实缴职工(0.84万人): a bare count right after its name (not 总装机达…, a total)
                name = self._flow_shared(s.out[-1].indicator, name)
            # (完成投资336.8亿元,(完成年度计划的81.6%,)增长8.3%: the rate of the amount the sentence stated
            # keeps its name)
            of_amount = not local and any(o.metric == "level" and o.indicator == name for o in s.out)
            # (each place's evidence opens with its name: one figure per place and span)
            s.out += [self._observation(text, item, name, replace(subject, region=place), timing,
                                        min(start, at), end, of_amount) for place, at in places] if places \
                else [self._observation(text, item, name, subject, timing, start, end, of_amount)]
            if of_rate:
                continue  # (a growth rate's rank names no indicator of the sentence's lists)
            if name in s.named_so_far:
                s.named_so_far.remove(name)
            s.named_so_far.append(name)
        if local and subject.start >= item.end and len(s.out) > stated_before and \
                norm.startswith(LIST_MARK, subject.end):
            # a thing counted after its count, then a list mark (5个紧密型城市医疗集团、区级覆盖率达80%), is no
            # part of the next figure's name (but 35个重点项目完成投资… owns the 投资 after it)
            c.previous_end = max(c.previous_end, subject.end)
        if not (local and subject.start >= item.end and not norm.startswith(self.named_after_dash, item.end)) and \
                item.rule not in UNCARRIED_RULES:
            # a thing counted after its count (3个万亿元大关) is no topic for the figures after it, nor one
            # inside a clause (在…的情况下), nor the region above's beside the region's own (全省5.5%), nor the
            # quantity a gap is with (比全市地区生产总值增速(5.5%)), nor
            # a completion ratio beside the amount it completes, nor the whole a share is of (占…支出(84.86亿元))
            outer = self.namer.outer_subject(norm, clause_start, item.cue_start) \
                if local and norm.find(CLAUSE_OPENER, clause_start, item.cue_start) >= 0 else None
            s.carried.set(outer or subject)
            s.named_first = s.named_first or subject
        elif item.rule == WHOLE_IN_BRACKETS and \
                (before := self.namer.subject(norm, clause_start, item.cue_start)) is not None:
            s.carried.set(before)  # 付息支出占…(84.86亿元)(的10.3%): the share is the clause's subject's
        elif local and subject.start >= item.end:
            s.counted_last = subject

    @staticmethod
    def _under_its_name(norm: str, cue: int) -> bool:
        """Whether the change word at `cue` opens its line, under a line that ends with a figure and no sentence (a
        图解's 地区生产总值 268.4亿元 / 增长6.4%): the growth of what the line above named."""
        line = norm.rfind("\n", 0, cue)
        if line < 0 or norm[line + 1:cue].strip(EDGE_CHARS):
            return False
        return FIGURE_LINE_END.search(norm, norm.rfind("\n", 0, line) + 1, line) is not None

    def _listed(self, out: list[Observation], metric: str, region: str) -> Subject | None:
        """What a place naming no quantity goes on about in a list of places (岳阳楼区地区生产总值增长6.4%；…
        在…百强县中排名第86位；华容县增长6.9%): the quantity of the sentence's last figure of the same kind
        for another place, whatever clauses came between."""
        named = self._named_region(region)
        listed = next((o for o in reversed(out) if o.metric == metric and o.named_region is not None), None)
        if listed is None or listed.named_region == named:
            return None
        return Subject(listed.indicator, listed.start, listed.end, None)

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
            return replace(item, metric="growth", rule="growth_target_named_after"), subject_named(after)
        after = self.change_noun_after.match(norm, item.end)
        if after:  # 营收保持20%以上增长, 实现8%的增长: the subject's growth, the verb as a noun after it
            sign = -1 if after.group("verb") in self.decreases else 1
            return replace(item, metric="growth", rule="growth_noun_after", value=sign * item.value), None
        after = self.change_after.match(norm, item.end)
        if after:  # 按不低于5%的幅度压减一般性支出
            sign = -1 if after.group("verb") in self.decreases else 1
            named = subject_named(after)
            return replace(item, metric="growth", rule="growth_named_after", value=sign * item.value), named
        after = self.spent_on.match(norm, item.end)
        if after and not local and stated.last == "level" and (whole := carried.get()) is not None:
            # 一般公共预算支出3.4万亿元,74%以上用于民生: the ratio of the amount, named for where it goes
            spent = Subject(f"{whole.name}{after.group(0)}{OWN_SHARE}", after.start("name"), after.end("name"),
                            whole.region)
            return replace(item, rule="ratio_spent_on"), spent
        return item, None

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
                value, unit = in_points(value, m.unit, self.lex)
                high = in_points(high, m.unit, self.lex)[0] if high is not None else None
            elif m.dimension == "multiple":  # 增长2.4倍: 240%; 等于1949年的2.5倍: 150%
                whole = 1 if reading.rule == TIMES_OF_BASE else 0
                # (rounded: 1.1倍 is 110%, not the 110.00000000000001 binary floats make of it)
                value = round((value - whole) * 100, 6)
                high = round((high - whole) * 100, 6) if high is not None else None
                unit = "%"
            items.append(Item(m.start, m.end, reading.cue_start, reading.rule, reading.metric,
                              reading.sign * value, unit, m.qualifier, reading.scope,
                              reading.sign * high if high is not None else None, reading.basis,
                              reading.pair_end, named=reading.named))
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
                after = self.namer.object_after(norm, item.end, clause_end, share=True)
                return after if after is not None and not self.target_noun.search(after.name) else None
            return before
        after = self.namer.object_after(norm, item.end, clause_end) if item.rule == "level" else None
        if after is None and item.rule == "level" and norm.startswith(COPULA, item.end) and \
                not self._money(item.unit) and self.namer.object_before(norm, start, item.cue_start) is None:
            # 13.08万人为80周岁及以上高龄老人, 其中12家为国家级专精特新企业: a count naming nothing before it counts
            # the things it is said to be (not an amount of money, 1000万元为群众办实事: what it is for)
            after = self.namer.object_after(norm, item.end + len(COPULA), clause_end)
        if after is None and item.rule == "level" and norm.startswith(self.named_after_dash, item.end) and \
                self.namer.object_before(norm, start, item.cue_start) is None:
            # 312.46万头--这是前三季度全市生猪出栏数: a figure alone, then a dash and the words naming what it is
            words = next(w for w in self.named_after_dash if norm.startswith(w, item.end))
            after = self.namer.subject(norm, item.end + len(words), clause_end)
        if after is not None and self.amount_target.match(norm, item.end) and \
                (before := self.namer.object_before(norm, start, item.cue_start)) is not None and \
                (self.lex.canonical(before.name) or (self.amount_target.fullmatch(after.name)
                                                     and OF in norm[item.end:after.start])):
            # 城镇新增就业45万人以上的目标, (把)人口控制在12亿左右的目标: the target the amount is names no thing
            # counted (超额完成区下达的8000万元目标任务: see _amount_met)
            return before
        if after is not None and norm.endswith(LISTED_FIGURE_JOINERS, 0, item.start) and \
                self.amount_target.fullmatch(after.name) and OF in norm[item.end:after.start] and \
                self.namer.object_before(norm, start, item.cue_start) is None:
            # (实现人均公用经费500元和)300元的目标: a target's word names no thing the last amount of a list counts;
            # the list's name is its
            return None
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
        if after is None and (part := self._part_in_brackets(norm, start, item)) is not None:
            return part
        return after or self.namer.object_before(norm, start, item.cue_start)

    def _part_in_brackets(self, norm: str, start: int, item: Item) -> Subject | None:
        """A count of a part in an aside of brackets listing counts (义务教育学校(公办三所、民办两所), 养老机构12家
        (公办3家、民办9家)): named with the whole before the bracket (its figure left out) and the part's words
        (义务教育学校公办); None for a figure elsewhere, or for a part the lexicon knows alone (二产)."""
        # (normalise leaves only the half-width bracket: a scan for the full-width one would run back to the text's
        # start for every figure)
        bracket = norm.rfind(OPENING_BRACKETS[0], 0, item.start)
        if bracket < 0 or ASIDE_CLOSED.search(norm, bracket, item.start) is not None:
            return None
        start = max(start if start < bracket else 0, *(norm.rfind(c, 0, bracket) + 1 for c in ASIDE_ENDS))
        # (the whole's clause, the one the bracket opens in)
        listed = norm.rfind(LIST_MARK, bracket, item.start)
        part = norm[max(listed, bracket) + 1:item.start]
        if not BRACKET_PART.fullmatch(part) or (listed < 0 and not norm.startswith(LIST_MARK, item.end)):
            return None  # (折合人民币约2.35亿元 alone in its brackets: no part of a list)
        if self.lex.canonical(part) is not None:
            return None  # (地区生产总值(一产…、二产45.6亿元): a quantity of its own, named alone)
        words_end = bracket - len(m.group(0)) if (m := FIGURE_AT_END.search(norm, start, bracket)) else bracket
        whole = self.namer.object_before(norm, start, words_end)
        return None if whole is None else Subject(whole.name + part, whole.start, item.start, whole.region)

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

    def _on_month_from(self, norm: str, sentence: Sentence, leading: bool = True) -> int | None:
        """Where the figures of changes on the month before start in a sentence (从环比看,… opening it or a clause of
        it; 其中 after a change said 环比 that is the sentence's first change, its parts), or None. `leading`: the
        sentence may open with a lead's word (lead_openings)."""
        if leading and self.month_on_month.match(norm, sentence.start):
            return sentence.start
        if norm.find(MONTH_ON_MONTH_MARK, sentence.start, sentence.end) < 0:
            return None  # (most sentences: one scan for the word every lead holds)
        clause = self.month_on_month_clause.search(norm, sentence.start, sentence.end)
        if clause:
            return clause.start()
        parts = self.month_on_month_parts.search(norm, sentence.start, sentence.end)
        if parts and self.change_word.search(norm, sentence.start, parts.start()) is None \
                and self.comparison_base.search(norm, parts.start("part"), sentence.end) is None:
            return parts.start("part")
        return None

    def _growth_named(self, norm: str, item: Item) -> bool:
        """Whether a gap's words name the growth of a quantity the lexicon knows (高于全市固定资产投资增速, 比全市GDP
        高, or its name's opening: 高于全市规上工业), not only the region (高于全省)."""
        m = self.growth_compared.search(norm, item.cue_start, item.start)
        return m is not None and (self.lex.canonical(m.group("name")) is not None
                                  or name_key(m.group("name")) in self.lex.name_openings)

    def _upgrading(self, norm: str, start: int, cue: int) -> str | None:
        """The verb of upgrading made with a verb of increase (改造提升, 保护提升; not_stops) whose verb of increase
        opens the cue at `cue`, after `start`; None when no such verb stands there."""
        return next((w for w in self.upgrading_verbs if norm.startswith(w, cue - len(w) + 2) and
                     cue - len(w) + 2 >= start), None) if norm.startswith(self.upgrade_ends, cue) else None

    def _flow_shared(self, before: str, name: str) -> str:
        """The name of a count listed right after one opened by a verb of flow (净增实缴单位287家、实缴职工0.84万人):
        the verb's too when the two name things alike (sharing their first or last two characters: 实缴, 床位), as the
        list's items are; else the name as it is (新增就业…、调查失业率…, 新增…、总量达…)."""
        verb = next((w for w in self.shared_flow_verbs if before.startswith(w)), None)
        if verb is None or name.startswith(verb):
            return name
        rest = before[len(verb):]
        alike = rest[:PARALLEL_WORD] == name[:PARALLEL_WORD] or rest[-PARALLEL_WORD:] == name[-PARALLEL_WORD:]
        return verb + name if alike and len(name) > PARALLEL_WORD else name

    def _without_flow(self, name: str) -> str:
        """A name without the flow word it ends with (铁路运营里程新增: 铁路运营里程)."""
        return next((name[:-len(w)] for w in self.flow_words if name.endswith(w)), name)

    def _observation(self, text: str, item: Item, name: str, subject: Subject, timing: Timing, start: int,
                     end: int, of_amount: bool) -> Observation:
        if item.metric in RATE_METRICS and not of_amount and name in self.rate_names and \
                not text.startswith(self.rate_names_not_after, max(subject.start - 2, 0), subject.start):
            # (`of_amount`: the rate of the amount before it; 完成投资增长8%: the projects' amount, not the headline)
            name = self.rate_names[name]
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
        elif unit.startswith(THOUSAND) and unit not in self.lex.units and \
                (counted := self.lex.units.get(unit[len(THOUSAND):])) is not None and counted.dimension == "count":
            # 日均新设企业5千多户: thousands of a thing counted, in that thing (not 千瓦, 千克: units of their own)
            unit, factor = unit[len(THOUSAND):], self.lex.magnitudes[THOUSAND]
            value, high = value * factor, high * factor if high is not None else None
        return Observation(
            indicator=name, metric=item.metric,
            value=abs(value) if item.rule == INCREMENT else value,
            unit=unit, qualifier=item.qualifier,
            period=timing.period, is_target=timing.is_target,
            # (三季度: 贷款余额…, a stock counted at the quarter's end, M9; its change since the year's start,
            # 比年初增加…, over the months from January, Q1-Q3)
            span=self.tables.since_year_start(timing.span) if text.startswith(self.tables.balance_bases, start) else
            self.tables.stock_span(name, timing.span) if item.metric in STOCK_METRICS else timing.span,
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


def _table_before(read: list[TableReading], paragraph: int) -> Subject | None:
    """The quantity most of the cells of a table ending right before the paragraph at `paragraph` are of (only a
    line or two between: a note), or None when no table ends there."""
    for reading in read:
        if reading.observations and 0 <= paragraph - reading.end <= TABLE_NOTE_REACH:
            name = Counter(o.indicator for o in reading.observations).most_common(1)[0][0]
            return Subject(name, paragraph, paragraph, None)
    return None


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

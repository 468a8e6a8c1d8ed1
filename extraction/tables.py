"""Tables of indicators read as observations (指标 | 单位 | 绝对数 | 比上年增长%): each figure in a
cell is one, named by its row's label, its metric and unit given by its column's header and the
row's unit cell, the cell's text its evidence. The words that tell the columns apart are the
lexicon's: change words (增长) make a growth column, 比重 and 占 a ratio or share, a unit in the
header (亿元, %) its unit."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .context import WHOLE_YEAR, TimeContext, span_months
from .lexicon import Indicator, Lexicon, alternation
from .model import Observation
from .names import CAPITALS_OPENING, OWN_SHARE, Namer
from .numerals import YEAR_NUMBER, year_number
from .patterns import MONTH_ON_MONTH_MARK
from .units import in_points, to_base

if TYPE_CHECKING:  # the readers' model of a table; documents import extraction, not the other way
    from zhibiao.documents.model import Cell, Table

RULE = "table_cell"
PERCENT = "percent"  # the dimension of %
COMPLETION_RATE = "完成率"  # what a percentage of a plan is named with (税收收入预算完成率), in tables as in sentences
RATE = "增速"  # what a rank of a growth names its indicator with (地区生产总值增速)
# a cell that is a figure: 1428.6, -1.2, 12,345, 83.8%, 1428.6亿元 (sign, number, what follows);
# not a date or a year (2025年, 1-10月)
FIGURE = re.compile(r"([-+−]?)(\d[\d,]*(?:\.\d+)?)(%|[^\d\s年月日号:.\-/]{0,5})")
ROW_NUMBER = re.compile(r"\d{1,3}")  # a cell of a 序号 column
RANK_CELL = re.compile(r"第(\d{1,3})[位名]?")  # a rank written out in a column of ranks (第3位)
BRACKETED = re.compile(r"[(（]([^()（）]{1,8})[)）]")
# a cell of words with a figure among them (新增学位4000个, 已全部完工,新增学位4350个): two word characters, a digit
PROSE_CELL = re.compile(r"[\u4e00-\u9fff]{2}[^\t\n]*?\d|\d[^\t\n]*?[\u4e00-\u9fff]{2}")
YEAR_ROW = re.compile(rf"({YEAR_NUMBER})年?")  # a row label that is a year alone (2025年 | 538.9 | 5.8): its figures'
HEADER_YEAR = re.compile(rf"({YEAR_NUMBER})年|(?<![\d.])((?:19|20)\d\d)(?![\d.])")  # 2025年, or a year alone
MAX_UNIT = 6  # characters of the longest unit (万平方米, 万标准箱)
BLANK = re.compile(r"[\s\u3000]+")
# what a label opens or ends with besides its name: 1. 一、 (一) #, and note marks (①, *)
ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\)|[#*])")
NOTE_MARKS = "*#①②③④⑤⑥⑦⑧⑨⑩"
TARGET_YEAR_WORDS = 8  # how far from a target word a caption's or note's year dates the targets (目标为2030年目标值)
NOTE_OPENING = "注"  # what opens the note under a table (注:…)
OWN_WHOLE_MARK = "本地"  # (占本地地区生产总值的比重: of each place's own whole, in a note under a table of places)
MAX_RATE_HEADER = 8  # characters of the longest rate a header names in words the lexicon need not know (完成率)
MAX_CAPTION_NAME = 16  # characters at the end of a caption an indicator's name is looked for in
THIS_MONTH = re.compile(r"本月|当月")
# the month a header names, alone (10月) or as the end of a sum from January (1-10月): its figures' month
NAMED_MONTH = re.compile(r"(?:(?P<first>1)\s*[-~—－至到]\s*|(?<![\d\-~—－至到]))(?P<last>1[0-2]|[1-9])月")
# the months a header names (1-11月收入: 收入; 9月末余额: 余额, the month's end with it), as its year, no part of a name
HEADER_MONTHS = re.compile(r"\d{1,2}\s*[-~—至到]\s*(?:\d{1,2}|本)月份?|\d{1,2}月(?:份|末|底)?|本月末?|当月|累计")
TO_MONTH = re.compile(r"1\s*[-~至到]\s*本月|本月止累计|累计")
UNIT_NOTE = re.compile(r"[:：]([^:：,，、;；()（）]+)")  # 单位:亿元 in a header
CAPTION_NUMBER = re.compile(r"^\s*表\s*[\d一二三四五六七八九十]*[\s\u3000:：.、]*")  # 表 , 表3 , 表二：
# a column's header naming what it counts (医疗卫生机构, 床位; a pollutant named by its letters and number, PM2.5, PM10;
# one opening with capitals, A类, PCT国际专利申请, 5G基站数: names.CAPITALS_OPENING)
MEASURE = re.compile(rf"(?:[A-Z]{{1,3}}\d+(?:\.\d+)?|{CAPITALS_OPENING}|[\u4e00-\u9fff]{{2}})[\u4e00-\u9fff]{{0,12}}")
UNIT_HEADER = "单位"
WRITTEN_UNIT = re.compile(rf"[^\d\s]{{1,{MAX_UNIT}}}")  # a unit cell as written, one the lexicon may not know (亿票)
CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*([^:：,，、;；()（）]+)")  # (单位:亿千瓦时,%) in a caption
# metrics of a column that may take its left one's name (同比（百分点） right of 优良天数比例（%）: the rate's change)
NAMED_FROM_THE_LEFT = ("rank", "ratio", "share", "growth", "change_pp", "contribution")
# what compares a header's quantity with a region named in one character (占市比重, 比省高, 高于市)
COMPARING = "占比较于"
CAPTION_UNIT_LIST = re.compile(r"单位\s*[:：]\s*([^:：;；()（）]+)")  # (单位:万元,家) all the units a caption lists
AMOUNT_WORDS = ("额", "量")  # (增减额, 增量: a change column's word naming an amount, not a rate)
LIST_SEPARATOR = re.compile(r"[,，、]")
# (企业数单位:家;亩均税收、亩均营业收入单位:万元/亩) a caption's units each of the columns it names
CAPTION_NAMED_UNIT = re.compile(r"(?P<names>[\u4e00-\u9fffA-Za-z、]+)单位\s*[:：]\s*(?P<unit>[^:：,，、;；()（）\s]+)")
COUNT_OF = "数"  # 企业数: the count of what the word before it names (参评企业 | A类 …, in 家)
COUNT = "count"  # the dimension of 家, 个, 户
FULL_SHARE = 100.0
CLOSING_UNIT = re.compile(r"[(（]([^()（）]{1,6})[)）]\s*$")  # 累计增速（%）: a unit alone closing a caption


@lru_cache(maxsize=4)
def share_note(lex: Lexicon) -> re.Pattern[str]:
    """A card's note of its figure's part of a whole (占一般公共预算收入的69.3%, 占规上工业比重12.6%), on a line or in a
    cell of its own: a word of a share, the larger region whose whole it is if named (scope: 占全市的…, a share of it;
    none, the row's own whole, a ratio), the whole, a percentage (value). One pattern for the line test of
    documents.tables and the cell reader here."""
    w = lex.words
    return re.compile(rf"(?:{alternation(w('share'))})(?P<scope>{alternation(list(lex.scope_index))})?"
                      rf"[^\d,，。;；:：]{{0,16}}?(?:的|{alternation(w('ratio_words'))})?(?P<value>\d+(?:\.\d+)?)%")


@lru_cache(maxsize=4)
def gap_note(lex: Lexicon) -> tuple[frozenset[str], re.Pattern[str]]:
    """A card's note of its growth's gap to a larger region (高于全市0.2个百分点, 低于全省1.1个百分点), on a line or in
    a cell of its own: a word of a gap (gap), the region (scope; the reader reads only a note naming one), up to eight
    characters more (全省县域平均: an average), points (value); with the first characters of the gap words, which
    most lines and cells open with none of. One pattern for the line test of documents.tables and the cell reader."""
    gaps = lex.words("gap_up") + lex.words("gap_down") + lex.words("gap_better")
    return frozenset(word[0] for word in gaps), re.compile(
        rf"(?P<gap>{alternation(gaps)})(?P<scope>{alternation(list(lex.scope_index))})?[\u4e00-\u9fff]{{0,8}}?"
        rf"(?P<value>\d+(?:\.\d+)?)个?百分点")


def numbering(cells: Iterable[str]) -> bool:
    """Whether a column's cells number its rows (1, 2, 3 …, some left blank), as a 序号 column does."""
    written = [t for t in cells if t]
    if len(written) < 2 or not all(ROW_NUMBER.fullmatch(t) for t in written):
        return False
    first = int(written[0])
    return [int(t) for t in written] == list(range(first, first + len(written)))


@dataclass(frozen=True)
class Column:
    """What a column's figures are, from its header."""

    metric: str  # level columns take ratio when their unit is %
    unit: str | None  # the header's unit; else each row's unit cell gives it
    name: str | None  # the indicator the header names (地区生产总值(亿元)): of a table whose rows are places
    sign: int  # -1 for a column of decreases (比上年下降%, 减少(百分点))
    scope_word: str | None
    period: int | None  # a year the header names (2025年)
    is_target: bool | None  # planned figures (目标, 预期), achieved ones (完成, 预计), or None: as the text says
    region: str | None = None  # the place a header names (涪城区 | 绵阳市 over their columns): its figures' region
    months: str | None = None  # "month" for 本月 and 10月, "to_month" for 1-本月, 1-10月 and 累计
    month: int | None = None  # the month the header names (10月, 1-10月); else the page's month
    rate: str | None = None  # the rate the header names of each row's quantity (完成率): named with it
    increment: bool = False  # a change in an amount's own unit (比上年末增减(万人)): a level of the change
    span: str | None = None  # the part of the year the header names (上半年收入: H1); WHOLE_YEAR for 全年目标
    since_start: bool = False  # a balance's change since the year's start (比年初增加): over the months from January
    capped: bool = False  # a cap set from above (控制指标): its figures are the most allowed


@dataclass(frozen=True)
class TableReading:
    observations: list[Observation]
    start: int  # the table's extent in the text: its sentences are read here, not as prose
    end: int
    # the cells of each row that sums the others (合计), named once the prose before the table is read (name_totals);
    # a cell whose column names nothing has no name ("") till then
    totals: list[list[Observation]] = field(default_factory=list)
    # the cells of its columns of figures that hold words around their figures (新建改扩建中小学5所,新增学位4000个 under
    # 年度目标): (start, end, planned) each, read as sentences, planned as the column's header says (None: as they say)
    prose: list[tuple[int, int, bool | None]] = field(default_factory=list)


class TableReader:
    """Reads the tables of one document into observations."""

    def __init__(self, lex: Lexicon, namer: Namer, canonical: Callable[[str], str],
                 scope: Callable[[str | None], str | None], named_region: Callable[[str], str | None],
                 own_scope: str | None = None) -> None:
        """`own_scope`: the scope of the document's own region (city for a city's): what its tables' places
        are ranked in."""
        self.lex, self.namer, self._canonical, self._scope, self._named = lex, namer, canonical, scope, named_region
        self.own_scope = own_scope
        w = lex.words
        self._head_nouns = tuple(w("head_nouns"))
        # a header naming a part of the column before it (其中：农村网络零售额（亿元）): the part's name, without
        # the word
        self._part_header = re.compile(rf"^(?:{alternation(w('part_leads'))})[:：]?")
        # a region compared with in one character (市, 省) only after what compares (占市比重), before a word of
        # ranks (省排名, 在省位次: the region its places are ranked in) or standing alone; in a word it is the
        # word's (城市低保, 超市, 市场主体, 省级; 全市 is a scope word of its own)
        scopes = alternation([s for s in lex.scope_index if len(s) > 1])
        if alone := [s for s in lex.scope_index if len(s) == 1]:
            scopes += (rf"|(?<=[{COMPARING}])(?:{alternation(alone)})"
                       rf"|(?:{alternation(alone)})(?={alternation(w('rank_columns'))})"
                       rf"|(?<![\u4e00-\u9fff])(?:{alternation(alone)})(?![\u4e00-\u9fff])")
        metric_words = alternation(
            w("increase_verbs") + w("decrease_verbs") + w("increase_rate_nouns") + w("decrease_rate_nouns")
            + w("comparison_bases") + w("ratio_words") + w("share") + w("neutral_change_nouns"))
        self._metric_words = re.compile(f"(?:{metric_words}|{scopes})(?!值)")  # (增加 of 增加值 is the name's)
        self._up = re.compile(f'(?:{alternation(w("increase_verbs") + w("increase_rate_nouns"))})(?!值)')  # 增加值
        self._down = re.compile(alternation(w("decrease_verbs") + w("decrease_rate_nouns")))
        self._rank = re.compile(alternation(w("rank_columns")))
        # 拉动（百分点）, 拉动全市（百分点）: a column of each row's contribution to the total's growth, in points
        self._pulled = re.compile(alternation(w("contribution") + w("contribution_down")))
        self._drag = set(w("contribution_down"))  # 拖累（百分点）: its points are negative contributions
        self._year_before_rank = re.compile(rf"(?:{alternation(w('year_before_words'))})"
                                            rf"(?:{alternation(w('rank_columns'))})")
        # (…增速及位次: the words a caption closes with after its indicator, longest first)
        self._caption_closers = sorted([*w("caption_closers"), *w("rank_columns")], key=len, reverse=True)
        changes = w("increase_verbs") + w("decrease_verbs") + w("increase_rate_nouns") + w("decrease_rate_nouns")
        self._label_change = re.compile(rf"(?P<verb>{alternation(changes)})$")  # 地区生产总值增长, 能耗降低, 社零增速
        # 增速%, 同比增长% as a row's unit: the change its figures are
        self._unit_change_words = re.compile(rf"(?:{alternation(w('comparison_bases'))})?"
                                             rf"(?P<verb>{alternation(changes)})")
        self._compared = re.compile(alternation(w("comparison_bases")))  # 比上年±%: a change without a verb
        self._change_said = re.compile(alternation(w("increase_verbs") + w("decrease_verbs")))
        self._ratio = re.compile(alternation(w("ratio_words") + w("share")))
        # 环比 | 同比 (a price brief's table): each row's change on the month before, named so, no growth
        self._on_month = re.compile(alternation(w("month_on_month")))
        self._scope_word = re.compile(scopes)
        self._target = re.compile(alternation(w("target_nouns")))
        # 达到70, 稳定在45左右 (a target's cell, its verb of reaching or keeping written before the figure)
        self._cell_verbs = tuple(sorted(w("reaching_verbs") + w("keeping_verbs"), key=len, reverse=True))
        self._completed = re.compile(alternation(w("completed_columns") + w("estimate_words")))
        self._planned_header = re.compile(alternation(w("planned_columns")))  # 预算数: the year's budget, a plan
        self._cap_header = re.compile(alternation(w("cap_names")))  # 控制指标: a cap, the most allowed
        # 为预算% , 完成计划%: each row's percentage of its plan, named as the sentences name it (税收收入预算完成率)
        self._completion_bases: dict[str, str] = lex.cues["completion_bases"]
        leads = alternation(w("completion_leads"))
        self._completion = re.compile(rf"(?:{leads})*(?:{alternation(w('completion_column_verbs'))})(?:{leads})*"
                                      rf"(?P<base>{alternation(list(self._completion_bases))})的?")
        self._percent = {u for u, unit in lex.units.items() if unit.base_unit == "%" and unit.factor == 1}
        self._rates_per_base = {u for u, unit in lex.units.items() if unit.dimension == "rate"}  # ‰, 1/10万
        self._total_opening = re.compile(alternation(w("total_row_openings")))  # 全社会(用电量)
        self._sums = tuple(w("total_row_labels"))  # 合计
        self._increments = set(w("increment_columns"))  # 增减额: a column of changes of the rows' amounts
        self._stock_endings = tuple(w("stock_name_endings"))  # 生猪存栏, 资产总额: counted on a day
        # 其中:(能繁母猪), #(能繁母猪): a row of a part of the row above
        self._part_leads = tuple(w("part_leads") + w("part_row_marks"))
        self._month_spans: dict[str, str] = lex.cues["month_range_spans"]  # (M1-M9: Q1-Q3)
        self.balance_bases = tuple(w("balance_bases"))  # 比年初: a change since the year's start
        # 比年初增加: a balance's change since the year's start (or the last year's end), in the table's unit of amounts
        self._balance_change = re.compile(rf"(?:{alternation(w('balance_bases'))})"
                                          rf"(?:{alternation(w('amount_change_verbs'))})")
        self._count_headers: dict[str, str] = lex.cues["count_headers"]  # 个数: a column of counts in 个
        self._spans: dict[str, str] = lex.cues["spans"]  # 上半年, 前三季度: a part of the year a header names
        self._span_word = re.compile(alternation(sorted(self._spans, key=len, reverse=True)))
        self._whole_year = re.compile(alternation(lex.words("whole_year_words")))
        # (年度计划(亿元), 全年目标: a planned column of the year's plan, whatever part of the year the table is of)
        self._year_planned = re.compile(alternation(lex.words("whole_year_words") + lex.words("plan_periods")))
        self._roster_columns = set(w("roster_columns"))  # 个数, 项目数: how many a list holds, no flow over months
        # 比1-10月, 较上半年: a column comparing the rates of the group's figure with those of an earlier part of the
        # year, in points (比1-10月 | 0.2 beside 增速 | 7.8), as prose says 比1-10月加快0.2个百分点
        self._earlier_part = re.compile(rf"[比较](?:{NAMED_MONTH.pattern}|{alternation(list(self._spans))}|上月)")
        self._totals = set(w("total_suffixes"))  # 总量, 绝对数: a column's amount, named by its caption
        self._caption_measure = re.compile(rf"分[\u4e00-\u9fff]{{1,4}}?(?P<measure>{alternation(w('head_nouns'))})")
        self._points = {u for u, unit in lex.units.items() if unit.dimension == "pp"}
        self._rate_endings = tuple(w("rate_column_endings"))
        # (报销比例 | % | 84.2 | 0.6: a row of a ratio named so is a rate's row too, its change in points)
        self._rate_row_endings = self._rate_endings + tuple(w("ratio_words"))
        # 注:比上年增减栏为绝对量增减: a note saying a column of changes holds absolute ones (not
        # 注:…绝对数按现价计算, of another column)
        self._absolute_note = re.compile(rf"(?:{alternation(w('increment_columns'))})[^。;]{{0,8}}?"
                                         rf"(?:{alternation(w('absolute_change_words'))})")
        # 高于全市0.2个百分点: a card's note of its growth's gap to a larger region, in a cell of its own
        self._gap_down = set(w("gap_down"))
        self._gap_openings, self._gap_cell = gap_note(lex)
        # 占一般公共预算收入的69.3%: a card's note of the row's figure's part of a whole, in a cell of its own (a larger
        # region's whole, 占全市的…, is its share)
        self._share_cell = share_note(lex)
        # 前十强, 排名, 排行榜: how a caption of a ranking ends, after what it ranks
        top = alternation(w("ranking_top_closers"))  # (前十二名, 前20强: how many it lists)
        self._peer_groups = sorted(w("rank_peer_groups"), key=len, reverse=True)  # (县(市、区) before 县(市))
        self._each = lex.cues["each_word"]
        self._ranking_ending = re.compile(rf"(?:前[\d一二三四五六七八九十百]+(?:{top})"
                                          rf"|{alternation(w('ranking_caption_endings'))})$")
        # 排名按优良天数比例由高到低: the line above a table of places saying what its rank column orders them by
        orders = alternation(w("rank_orders") + w("rank_columns"))  # (按优良率排序)
        self._ordered_by = re.compile(rf"按(?P<measure>[^,;:。按]{{2,16}}?)(?:{orders})")
        # 注:占比为民营经济增加值占本地地区生产总值的比重: a note saying a column of shares is of each place's own whole
        self._own_ratio_note = re.compile(rf"(?P<column>[\u4e00-\u9fff]{{1,8}})[为指是](?P<part>[^,;:。为]{{2,16}}?)占"
                                          rf"{OWN_WHOLE_MARK}(?P<whole>[^,;:。]{{2,12}}?)的?(?:{alternation(w('ratio_words'))})")
        # 注:3.位次按地区生产总值总量排列: a note naming a rank column and what it orders the places by
        self._column_ordered = re.compile(rf"(?P<column>{alternation(w('rank_columns'))})按"
                                          rf"(?P<measure>[^,;:。按]{{2,16}}?)(?:{orders})")
        # 优良天数比例(%), 达标率(%): a column of rates whose header names the rate, what is left before its ending
        self._rate_named = re.compile(rf"(?:{alternation(w('ratio_words') + w('rate_column_endings'))})$")
        # 项目 | 本年 | 上年 | 增减(%): columns of the year the table is of and of the year before, named by no number
        self._relative_year = re.compile(rf"(?:(?P<present>{alternation(w('present_years'))})"
                                         rf"|(?P<before>{alternation(w('year_before_words'))}))度?数?")
        self._present_year: int | None = None  # the year at the table being read (that of its 本年 column)
        # 出栏, 产量, 收入: what a numbered row of no figure may name as the measure of the things in the rows under it
        self._group_measures = tuple({*w("head_nouns"), *lex.cues["partner_measures"]})
        self._zone_headers = frozenset(w("zone_column_headers"))
        self._zone_column = False  # whether the table being read has a label column headed by a kind of zone
        self._community_words = tuple(w("community_column_headers"))
        self._community_column = False  # whether the table's label column is headed 社区, 村 (its rows: the page's own)
        self._zones = False  # whether the table being read names places, among which zones no reference lists are

    def read(self, text: str, norm: str, table: Table, time: TimeContext) -> TableReading | None:
        """The table's observations, or None when it is no table of indicators (no header naming
        columns of figures)."""
        body = table.rows[table.header:]
        if not table.header or not body:
            return None
        texts = [[self._text(norm, cell) for cell in row] for row in body]
        # 指标 | 单位 | …: a column headed 单位 after the first holds units, those the lexicon does not know too (亿票,
        # 万袋); the first so headed names the bodies its rows are of (单位 | 电话)
        headed = [i > 0 and BLANK.sub("", self._text(norm, cell)) == UNIT_HEADER
                  for i, cell in enumerate(table.rows[table.header - 1])]
        labels = next((i for i in range(len(table.rows[0]))
                       if not headed[i] and self._label_column([row[i] for row in texts])), None)
        if labels is None:
            return None
        while labels + 1 < len(table.rows[0]) and not headed[labels + 1]:  # 类别 | 指标 | 单位: the labels nearest
            if self._label_column(following := [row[labels + 1] for row in texts]) \
                    and not self._prose_column(following):  # the figures (a category spans
                if self._places_named([row[labels] for row in texts], following):  # the rows)
                    break  # 县（市） | 所属市州: a column of places, then the larger ones they are in
                labels += 1
            elif labels + 2 < len(table.rows[0]) and numbering(row[labels + 1] for row in texts) \
                    and self._label_column([row[labels + 2] for row in texts]):
                labels += 2  # 类别 | 序号 | 指标名称: the rows' numbers are none of their figures
            else:
                break
        units = [i for i in range(labels + 1, len(table.rows[0]))
                 if headed[i] or self._unit_column([row[i] for row in texts])]
        unit_column = units[0] if units else None
        written_units = unit_column is not None and headed[unit_column]  # (its cells are units as written)
        start, end = table.extent
        caption_line = self._caption(norm, start)
        caption, caption_unit = self._caption_name(caption_line), self._caption_unit(caption_line)
        # (单位:亿元、%: a percent listed after the amounts' unit, the unit of the rates' rows)
        percent_listed = caption_unit is not None and "单位" in caption_line and \
            any(u in self._percent for u in self._caption_unit_list(caption_line))
        # 表二 各县区社会消费品零售总额 | 绝对额 | 增长(%) | 位次: in a table of places, what the caption names
        # is what columns naming nothing are about
        # 京山市 | … over 屈家岭管理区 | …: zones no reference lists are places in a table of places named so (not
        # 国家级经开区 | … over 省级高新区 | …, kinds of zones); whether it names places is asked with zones not yet
        # counted as places (_place_alone reads the flag: the table before may have set it)
        self._zones = False
        # (园区 | 规上工业产值 over 半导体产业园 | …: a label column headed by a kind of zone holds zones with names of
        # their own, though no row names a listed place; not 国家级经开区, a kind)
        label_header = self._header(norm, table, labels)
        self._zone_column = label_header in self._zone_headers
        self._community_column = label_header in self._community_words
        self._zones = any(self._place_alone(row[labels]) for row in texts)
        places = sum(1 for row in texts if self._place_alone(row[labels]))
        of_places = 2 * places > len(texts)
        corner = self._header(norm, table, labels)
        # 1-10月分县区规模以上工业增加值 | 同比增长%: the header over the places names, without a caption, what the
        # table is of, and over which months
        cornered = self._caption_name(HEADER_YEAR.sub("", corner)) if of_places and caption is None else None
        caption = caption or cornered
        # 月份 | 当月 | 累计 over 8月 | 6.9 | 7.2: rows of months, of what the caption names (…规上工业增加值增速（%）)
        of_months = all(self._row_span(row[labels], time) for row in texts)
        first = body[0][0].start  # (the year its cells take from the text)
        self._present_year = time.timing(first, first).period
        columns = self._columns(norm, table, labels, units, caption if of_places or of_months else None)
        if caption_unit in self._percent:
            columns = self._months_of_growth(norm, table, columns)
        caption_units = self._caption_units(caption_line) if "单位" in caption_line else []
        if named_units := self._named_units(norm, table, columns, caption_units):
            # (企业数单位:家;亩均税收、亩均营业收入单位:万元/亩): the unit of each column the caption names, and none
            # of the table's as a whole
            columns = {i: replace(c, unit=named_units[i]) if i in named_units and c.metric == "level" else c
                       for i, c in columns.items()}
            caption_unit = None
        if any(c.is_target and c.period is None for c in columns.values()) and \
                (dated := self._targets_year(norm, start, end)) is not None:
            # 规划目标 | 终期目标 naming no year, under a caption or over a note that dates the targets
            # (规划目标为2030年目标值; 注:终期目标为2030年应达到的目标值): of that year
            columns = {i: replace(c, period=dated) if c.is_target and c.period is None else c
                       for i, c in columns.items()}
        if self._absolute_note.search(self._note(norm, end)):
            # 指标 | 单位 | 2025年 | 比上年增减, 注:比上年增减栏为绝对量增减: a column of changes that gives no
            # unit of its own holds each row's change in the row's unit, as the note under the table says (a level
            # named for the change; points for a rate's row), not growths in percent
            columns = {i: replace(c, metric="level", unit=None, increment=True)
                       if c.metric == "growth" and not c.increment and not self._percent_written(norm, table, i) else c
                       for i, c in columns.items()}
        if of_places:
            # 位次 | 县（市） | …: the places' ranks written before them, in what the caption ranks them by
            before = self._ranks_before(norm, table, labels, caption_line, self._note(norm, end))
            columns |= before
            ranked = None
            if not before and any(c.metric == "rank" and not c.name for c in columns.values()):
                # 县（市、区） | 综合得分 | 位次 | 上年位次, under …高质量发展综合考核结果: ranks after the places, in
                # what the caption ranks them by
                ranked = self._ranked(caption_line)[0] or self._order_measure(caption_line)
                columns = {i: replace(c, name=ranked) if ranked and c.metric == "rank" and not c.name else c
                           for i, c in columns.items()}
            if (before or ranked) and (year := time.timing(start, start).period):
                # 位次 | 县（市） | … | 上年位次: the year before's ranks in the same ranking
                last = self._year_before_rank
                columns |= {i: replace(next(iter(before.values())) if before else columns[i], period=year - 1)
                            for i in columns if last.fullmatch(BLANK.sub("", self._header(norm, table, i)))}
        if cornered and (named := NAMED_MONTH.search(corner)):
            months = "to_month" if TO_MONTH.search(corner) or named.group("first") else "month"
            columns = {i: c if c.months else replace(c, months=months, month=int(named.group("last")))
                       for i, c in columns.items()}
        if of_places and caption is None:
            # 县（市、区） | 医疗卫生机构（个）: in a table of places, a column of amounts says what it counts;
            # 缴存额比上年增长（%）: a column of growths, what it is the growth of
            # 区市 | 发明专利授权量 | 有效发明专利 | 位次 under 单位:件: a header the lexicon need not know is a
            # measure of its own, whatever the column left of it named, in the unit of the line above the table; a
            # rank right of it that nothing else names ranks the places in it
            columns = {i: replace(c, name=measure) if (measure := self._own_measure(norm, table, i, c, caption_unit))
                       else c for i, c in columns.items()}
            # 地区 | 人口数（人） | 比重（%）: a column of rates or ranks naming nothing is about the amount its left
            # column counts, as it is about one its header names (常住人口（人） | 比重（%）)
            left_name: str | None = None
            for i in sorted(columns):
                if columns[i].name:
                    left_name = columns[i].name
                elif left_name and columns[i].metric in NAMED_FROM_THE_LEFT:
                    columns[i] = replace(columns[i], name=left_name)
            # 地区 | 常住人口（人） | 比重（%） over 全区 | 404600 | 100.00 and 东河街道 | 86520 | 21.38: a 比重 column
            # whose header names no larger region holds each place's share of the whole a row names by its scope word
            # (not 中心城区, a named area: one of the places); under a 合计 row summing the places, of the
            # document's own region
            whole = next((w for row in texts if self._scope_word.fullmatch(w := BLANK.sub("", row[labels]))
                          and self.lex.scope_index[w] != w), None) or (
                next((w for w, scope in self.lex.scope_index.items() if scope == self.own_scope), None)
                if self.own_scope and any(BLANK.sub("", row[labels]) in self._sums for row in texts) else None)
            # (not 优良天数比例(%), a rate of each place that names itself, none of its share; nor one the note
            # under the table says is of each place's own whole: 注:占比为民营经济增加值占本地地区生产总值的比重)
            note = self._note(norm, end) if whole else ""
            own = {i: name for i, c in columns.items() if c.metric == "ratio" and OWN_WHOLE_MARK in note
                   and (name := self._own_ratio_noted(note, self._header(norm, table, i)))}
            columns = {i: replace(c, name=own[i]) if i in own else replace(c, metric="share", scope_word=whole)
                       if whole and c.metric == "ratio"
                       and not c.scope_word and self._ratio.search(self._header(norm, table, i))
                       and self._rate_measure(norm, table, i) is None else c
                       for i, c in columns.items()}
            # 亩均税收 | A类 | B类 under 单位:万元,家: a column of whole numbers whose header names a kind, not an
            # indicator, counts that kind, in the caption's unit of counts (not the name left of it, nor its 万元)
            counted = self._caption_count_unit(caption_line, caption_units)
            columns = {i: replace(c, name=kind, unit=counted) if counted and c.metric == "level" and not c.unit
                       and self._header_name(self._header(norm, table, i)) is None
                       and (kind := self._measure(norm, table, i)) is not None
                       and self._whole_numbers([row[i] for row in texts])
                       else c for i, c in columns.items()}
        elif caption is None:
            # 社区 | 新增就业（人） | 同比增长（%） | 老旧小区改造（户): in a table of other rows too, a column of
            # amounts in a unit of its own brackets that took the name of a column left of it names its own count
            inherited = {i for i, c in columns.items() if c.name and any(
                columns[j].name == c.name for j in columns if j < i)}
            columns = {i: replace(c, name=measure) if i in inherited and c.metric == "level" and not c.increment
                       and c.unit and BRACKETED.search(self._header(norm, table, i))
                       and (measure := self._own_measure(norm, table, i, c, None)) else c
                       for i, c in columns.items()}
        if of_places and (noted := self._noted_rank(self._note(norm, end))) is not None:
            # 市 | 地区生产总值（亿元） | 增速（%） | 位次 over 注:位次按地区生产总值总量排列: the note says what
            # the rank column ranks (the total), whatever the column left of it (the growth) would name
            columns = {i: replace(c, name=noted[1]) if c.metric == "rank"
                       and BLANK.sub("", self._header(norm, table, i)) == noted[0] else c for i, c in columns.items()}
        if caption is not None:
            # 表3 分乡镇一般公共预算收入 | 收入(万元): a column the caption names in full
            columns = {i: replace(c, name=caption) if c.name and caption.endswith(c.name) else c
                       for i, c in columns.items()}
        elif measure := self._caption_measure.search(caption_line):
            # 表2 分行业增加值增长情况 | 比上年增长(%): what the rows' columns that name nothing measure (工业增加值)
            columns = {i: c if c.name else replace(c, name=measure.group("measure")) for i, c in columns.items()}
        out: list[Observation] = []
        sums: list[list[Observation]] = []
        prose: list[tuple[int, int, bool | None]] = []
        total: tuple[str, str | None] | None = None  # the measure of a first row that is a total, and its dimension
        group: str | None = None  # the measure a group row names for the rows of things under it (一、出栏)
        stocked: str | None = None  # the stock a row of a part's row above counts (生猪存栏 over 其中:能繁母猪: 存栏)
        for row in body:
            label = self._without_sum(self._text(norm, row[labels]))
            if ENUMERATOR.match(label) and not any(self._text(norm, row[i]) for i in columns):
                # 一、出栏 | | (then 生猪 | 万头 | 412.36): a numbered row of no figure heads the rows under it
                word = BRACKETED.sub("", ENUMERATOR.sub("", label))
                group = word if word in self._group_measures else None
                continue
            row_year = YEAR_ROW.fullmatch(label.strip())  # (年份 | 地区生产总值(亿元): the columns name the indicators)
            row_span = self._row_span(label, time) if row_year is None else None  # (月份 | … over 1-2月 | 6.2)
            region, rest = self._split_place(label)
            if region is None and (above := self.namer.larger_alone(BRACKETED.sub("", label))):
                region, rest = above, ""  # 全省 | 4.3: the figures of the region above, beside its places'
            name, label_unit = (None, None) if (region and not rest) or row_span else \
                self._label(rest if region else label)
            name, change = self._change_in_label(name, BRACKETED.sub("", rest if region else label))
            if group and name and not name.endswith(self._group_measures) and not self.lex.canonical(name):
                name = self._canonical(name + group)  # 生猪 under 一、出栏: 生猪出栏
            part_row = BLANK.sub("", label).startswith(self._part_leads)
            if part_row and stocked and name and not name.endswith(self._stock_endings) and \
                    not self.lex.canonical(name):
                name = self._canonical(name + stocked)  # 其中:能繁母猪 under 生猪存栏: 能繁母猪存栏, counted as it is
            elif not part_row:
                stocked = next((e for e in self._stock_endings if name and name.endswith(e)), None)
            # 鹿城区 | 1168.2 | 5.7, or 全市 | 10186.4 | 5.9: a row of a place, its indicators the columns'
            by_place = not name
            unit_cell = self._text(norm, row[unit_column]) if unit_column is not None else ""
            # 规模以上工业增加值 | 增速% | 5.8: a unit cell naming a change says the row's figures are its growths
            unit_change = self._unit_change(unit_cell)
            row_unit = "%" if unit_change else self._unit(unit_cell) or (
                unit_cell if written_units and WRITTEN_UNIT.fullmatch(unit_cell) else None)
            change = change or unit_change
            unit = row_unit or label_unit or caption_unit
            if unit == caption_unit and name and name.endswith(self._rate_endings) and percent_listed:
                unit = "%"  # (资产负债率 under 单位:亿元、%: the caption's unit of rates, not of its amounts)
            opening = self._total_opening.match(written := BRACKETED.sub("", label)) if total is None else None
            if name and opening and not out:  # 全社会用电量 | 21.36: the table's total
                total = written[opening.end():], self.lex.dimension(unit)
            elif name and total is not None:
                name = self._part_of(name, BRACKETED.sub("", self._row_words(label)), total)
            # 合计, or 税收合计 (the sum of the rows' kind)
            summing = BRACKETED.sub("", ENUMERATOR.sub("", label).rstrip(NOTE_MARKS)).endswith(self._sums)
            if summing:
                sums.append([])
            cells = sums[-1] if summing else out  # (a sum's cells wait for the prose to name them)
            for i, column in columns.items():
                if PROSE_CELL.search(norm, row[i].start, row[i].end) and \
                        self._figure(written := self._text(norm, row[i])) is None and \
                        RANK_CELL.fullmatch(written) is None and not self._change_said.match(written) and \
                        not self._gap_note(written) and not self._share_cell.fullmatch(written):
                    prose.append((row[i].start, row[i].end, column.is_target))  # (words and figures: a sentence)
                    continue
                named = column.name if by_place else self._of_column(name, column.name)
                if column.rate and named and not named.endswith(column.rate):
                    named = self._canonical(named + column.rate)  # 税收收入 | 完成率(%): 税收收入完成率
                if not named and not summing:
                    continue
                if summing and not named and column.metric == "level" and not column.increment and \
                        (measure := self._measure(norm, table, i)) is not None and measure in caption_line:
                    # (表1 按行业门类分组的法人单位和从业人员) 行业 | 法人单位（个） over 合计 | 106200: a sum row's
                    # amount of what its column counts, when the caption says the table is of it (unless the prose
                    # before names it: name_totals)
                    named = measure
                observation = self._cell(text, norm, row[i], named or "", column, unit, time, change,
                                         year_number(row_year.group(1)) if row_year else None, row_span)
                if observation is not None and observation.metric == "share" and observation.value == FULL_SHARE \
                        and (summing or BLANK.sub("", label) == column.scope_word):
                    continue  # (全区 | 404600 | 100.00, 合计 | … | 100.0: the whole's share of itself states nothing)
                place = region or column.region
                if observation is not None:
                    cells.append(replace(observation, named_region=self._named(place)) if place else observation)
        if not out and not any(sums):
            return None
        return TableReading(out, start, end, [row for row in sums if row], prose)

    def name_totals(self, reading: TableReading, prose: list[Observation]) -> list[Observation]:
        """The cells of the table's rows that sum the others (合计), each named by the last of the sentences'
        observations (`prose`) before the table that states it alike (合计 | 1268.4 after 全年组织税收收入1268.4亿元:
        税收收入), a cell the prose states nothing of by the row's first so named (its share of 100%: 税收收入占比);
        a row the prose names nothing of keeps the names its columns give (收入 | 1268.4), or gives nothing."""
        before = [o for o in prose if o.end <= reading.start]
        stated = {self._alike(o): o for o in before}
        out: list[Observation] = []
        for row in reading.totals:
            found = [stated.get(self._alike(o)) or self._rounded_to(o, before) for o in row]
            first = next((o for o in found if o is not None), None)
            if first is None:
                out += [o for o in row if o.indicator]
                continue
            for cell, same in zip(row, found, strict=True):
                name = same.indicator if same else first.indicator + (OWN_SHARE if cell.metric == "ratio" else "")
                known = self.lex.canonical(name)
                out.append(replace(cell, indicator=name, indicator_code=known.code if known else None))
        return out

    def _rounded_to(self, cell: Observation, prose: list[Observation]) -> Observation | None:
        """The last of the sentences' observations that states a sum row's cell rounded (税收合计 | 623470 in a column
        of 万元 after 入库各项税收收入62.35亿元): the same figure in a coarser unit, within half its last digit."""
        if cell.metric != "level":
            return None  # (rates are stated alike, to the same digit)
        value, unit = to_base(cell.value, cell.unit, cell.metric, self.lex)
        for said in reversed(prose):
            base, said_unit = to_base(said.value, said.unit, said.metric, self.lex)
            if (said.metric, said_unit, said.period, said.span, said.is_target) != \
                    (cell.metric, unit, cell.period, cell.span, cell.is_target):
                continue
            digit = to_base(10.0 ** -len(f"{said.value:g}".partition(".")[2]), said.unit, said.metric, self.lex)[0]
            if abs(value - base) <= digit / 2 * (1 + 1e-9):
                return said
        return None

    def _alike(self, o: Observation) -> tuple[object, ...]:
        """What a table's cell and a sentence's figure share when they state the same thing: the value in base
        units (合计 | 108600 in a column of 户 after 实有经营主体10.86万户)."""
        value, unit = to_base(o.value, o.unit, o.metric, self.lex)
        return o.metric, round(value, 6), unit, o.period, o.span, o.is_target

    def _cell(self, text: str, norm: str, cell: Cell, name: str, column: Column, row_unit: str | None,
              time: TimeContext, change: int = 0, row_year: int | None = None, row_span: str | None = None
              ) -> Observation | None:
        """The cell's observation; `change` is the sign of a row whose label says it is a change (地区生产总值增长
        | % | 6左右: a growth, in whatever column), 0 for others; `row_year` the year a row's label is, `row_span` the
        part of the year (1-2月, 上半年)."""
        written = self._text(norm, cell)
        cell_sign = 1
        metric = column.metric
        if (gap := self._gap_note(written)) is not None:
            # 地区生产总值 | 1712.3亿元 | 增长6.1% | 高于全市0.2个百分点: the gap of the row's growth
            timing = time.timing(cell.start, cell.start)
            indicator = self.lex.canonical(name)
            return Observation(
                indicator=name, metric="gap_pp", value=float(gap.group("value")) * (
                    -1 if gap.group("gap") in self._gap_down else 1), unit="pp", qualifier="exact",
                period=column.period or row_year or timing.period, span=self._column_span(column, timing.span),
                is_target=self._planned(column, time, timing.is_target), scope=self._scope(gap.group("scope")),
                evidence=text[cell.start:cell.end], start=cell.start, end=cell.end,
                indicator_code=indicator.code if indicator else None, rule=RULE)
        if name and (part := self._share_cell.fullmatch(written)) is not None:
            # 税收收入 | 68.35亿元 | 增长2.8% | 占一般公共预算收入的69.3%: the row's ratio of its own whole (named
            # with 占比), or its share of a larger region's
            timing = time.timing(cell.start, cell.start)
            scope = self._scope(part.group("scope")) if part.group("scope") else None
            named = name if scope else name + OWN_SHARE
            indicator = self.lex.canonical(named)
            return Observation(
                indicator=named, metric="share" if scope else "ratio", value=float(part.group("value")), unit="%",
                qualifier="exact", period=column.period or row_year or timing.period,
                span=self._column_span(column, timing.span), is_target=self._planned(column, time, timing.is_target),
                scope=scope, evidence=text[cell.start:cell.end], start=cell.start, end=cell.end,
                indicator_code=indicator.code if indicator else None, rule=RULE)
        if (rank := RANK_CELL.fullmatch(written)) is not None:
            figure = (float(rank.group(1)), None, "exact") if column.metric == "rank" else None
        elif (said := self._change_said.match(written)) and column.metric in ("growth", "change_pp", "level"):
            # 提高0.8个百分点 in a column of growths (a rate's row): the change its verb says, in points; 增长7% in a
            # column of amounts or a year's targets (农村居民人均可支配收入 | 元 | 29860 | 增长7%): the growth it
            # says, and 提高0.8个百分点 there (a card's rate: 第三产业增加值占地区生产总值比重 | 50.0% | 提高0.8个
            # 百分点) its change
            figure = self._figure(written[said.end():])
            cell_sign = -1 if self._down.fullmatch(said.group(0)) else 1
            if column.metric == "level":
                if figure is None or (figure[1] not in self._percent and figure[1] not in self._points):
                    return None
                metric = "change_pp" if figure[1] in self._points else "growth"
        else:
            figure = self._figure(written)
        if figure is None:
            return None  # an empty cell, "—", or words: no figure
        value, own_unit, qualifier = figure
        if column.capped and qualifier == "exact":
            qualifier = "at_most"  # (用水总量控制指标（亿立方米） | 1.12: the most allowed)
        sign = column.sign * cell_sign
        # (a rank has no unit, whatever the caption says: 单位:亿元、%)
        unit = "" if metric == "rank" else own_unit or column.unit or row_unit or ""
        if metric == "rank" and (own_unit or not value.is_integer() or value < 1):
            return None  # a rank is a whole number of no unit
        if metric == "level" and not unit:
            return None  # a number without a unit is no amount (a phone number, a code)
        indicator = self.lex.canonical(name)
        if column.increment and metric == "level" and unit in self._percent:
            metric, unit = "change_pp", "pp"  # a rate's row in a column of changes in the rows' units: points
        elif change and metric == "level" and unit in self._percent:
            metric, sign = "growth", change
        elif column.increment and metric == "level" and unit in self._rates_per_base:
            metric = "change_pp"  # (孕产妇死亡率（1/10万） | 增减额 | -1.2: a change in points of the row's own unit)
        elif metric == "level" and unit in self._rates_per_base:
            metric = "ratio"  # a rate per mille or per 100,000 (婴儿死亡率（‰） | 2.86, 孕产妇死亡率（1/10万） | 9.85)
        elif metric == "level" and unit in self._percent:
            # a rate stated as a level (城镇化率 | % | 65.2); an amount's percentage is its growth (规模以上工业增加值
            # (%) | 7.9, in a monthly's table of this month's figures and the year's so far)
            amount = indicator is not None and self.lex.dimension(indicator.expected_unit) not in (None, PERCENT)
            metric = "growth" if amount else "ratio"
        elif metric == "growth" and (own_unit in self._points or (not own_unit and not change and
                                                                 self._rate_row(name, indicator, row_unit))):
            # 0.8个百分点 in a column of growth rates; a rate's row (城镇登记失业率 | % | 1.86 | -0.12) in a column of
            # changes (比上年增减): its change is in points, as a bulletin's note says
            metric, unit = "change_pp", own_unit if own_unit in self._points else "pp"
        if unit in self._points:  # (个百分点, 个千分点, 个基点 as the observations of sentences keep them)
            value, unit = in_points(value, unit, self.lex)
        if column.increment and metric == "level":
            # (增加额 of a signed column, whose cells say which way; 减少额 of a column of decreases, as in prose)
            name += self.lex.cues["increment_names"]["down" if sign < 0 else "up"]
            indicator, sign = None, 1
        timing = time.timing(cell.start, cell.start)
        # (a row of one month, 10月, under a column of the months to it, 1-本月 or 累计: those months)
        span = self._months(replace(column, month=int(row_span[1:])), time) \
            if row_span and column.months and row_span[1:].isdigit() else \
            row_span or self._months(column, time) or self._column_span(column, timing.span)
        return Observation(
            indicator=name, metric=metric, value=sign * value, unit=unit, qualifier=qualifier,
            period=column.period or row_year or timing.period,
            span=self.since_year_start(span) if column.since_start else self.stock_span(name, span),
            is_target=self._planned(column, time, timing.is_target),
            # (a rank among the places a header names, 在全市位次, else among the document's own places)
            scope=self._scope(column.scope_word) if metric == "share" or (
                metric in ("rank", "contribution") and column.scope_word)
            else self.own_scope if metric == "rank" else None,
            evidence=text[cell.start:cell.end], start=cell.start, end=cell.end,
            indicator_code=indicator.code if indicator else None, rule=RULE)

    def stock_span(self, name: str, span: str | None) -> str | None:
        """The span of a stock's figure (生猪存栏, 资产总额; stock_name_endings) said over months (1-9月, 三季度, a
        cell's column or the page's): counted at the last month's end, that month's span (M9), as 9月末 gives it."""
        bounds = span_months(span) if span and name.endswith(self._stock_endings) else None
        return f"M{bounds[1]}" if bounds and bounds[1] > bounds[0] else span

    def since_year_start(self, span: str | None) -> str | None:
        """The span of a balance's change since the year's start (比年初增加) said in a part of the year not from
        January (三季度, Q3): the months from January to its last (Q1-Q3). At a month's end (9月末) it keeps the
        month, as the balance does."""
        bounds = span_months(span) if span else None
        if bounds is None or bounds[0] == 1 or bounds[0] == bounds[1]:
            return span
        code = f"M1-M{bounds[1]}"
        return self._month_spans.get(code, code) or None  # (1-9月 is Q1-Q3; 1-12月 the whole year, no span)

    def _place_alone(self, label: str) -> bool:
        """Whether a row's label is a place and nothing else (洛龙区, not 洛龙区地区生产总值)."""
        region, rest = self._split_place(label)
        return region is not None and not rest

    def _community(self, label: str) -> bool:
        """Whether a row's label is a community or village by its ending after a name of its own (永安社区, 光荣路社区;
        not 社区 alone), in a column headed by such a kind (community_column_headers)."""
        return any(label.endswith(word) and len(label) > len(word) for word in self._community_words)

    def _split_place(self, label: str) -> tuple[str | None, str]:
        """(the place a row's label opens with, the rest), as the names' split_region; a label that is a zone no
        reference lists, named by a place of the document's region (汤阴经开区), is a place alone."""
        if label[-1:] in ")）" and (bare := BRACKETED.sub("", label)) != label:
            # 锦州滨海新区（经开区）: a place and its other name in brackets after it, the place alone
            place, more = self._split_place(bare)
            if place is not None and not more:
                return place, ""
        region, rest = self.namer.split_region(label, zones=self._zones)  # (屈家岭管理区: a zone, a place alone)
        if region is not None and rest and self.namer.split_region(rest, zones=True) == (rest, ""):
            return label, ""  # 锦州滨海新区: a place of the document's region named after it, a place alone
        named = region is None and (self.namer.zone_of_place(label)
                                    or (self._zone_column and self.namer.own_zone(label))
                                    or (self._community_column and self._community(label)))
        return (label, "") if named else (region, rest)

    def _columns(self, norm: str, table: Table, labels: int, units: list[int], named: str | None
                 ) -> dict[int, Column]:
        """The columns of figures by their place; one whose header names no indicator (增速(%)) is
        about the one named to its left (地区生产总值(亿元) | 增速(%)), or else `named`."""
        columns: dict[int, Column] = {}
        name = named
        left_words = ""  # the words of the last header to the left that has any (R&D经费 of R&D经费(亿元))
        for i in range(labels + 1, len(table.rows[0])):
            if i in units:
                continue
            column = self._column(norm, table, i)
            words = self._header_words(self._header(norm, table, i))
            if column.name is None and left_words and words:
                # R&D经费(亿元) | 投入强度(%): a header naming a measure of what the one to its left names, when
                # the two make an indicator the lexicon knows (R&D经费投入强度)
                known = self.lex.canonical(self._canonical(left_words + words))
                column = replace(column, name=known.name) if known else column
            left_words = words or left_words  # (比上年增长(%) between them names nothing)
            if column.name in self._increments:  # (增减额 | 增长(%): the growth is of the amount, not of its change)
                columns[i] = column
                continue
            name = column.name or name
            columns[i] = replace(column, name=name)
            if name is None and (counted := self._counted(self._header_words(self._header(norm, table, i)))):
                # (its own cells only: a 不合格率 column right of it names the row's rate, not 不合格批次's)
                columns[i] = replace(column, name=counted)
            left = columns.get(i - 1)
            if column.metric == "rank" and name and left is not None and left.metric == "growth":
                columns[i] = replace(columns[i], name=name + RATE)  # 增速(%) | 位次: the growth's rank
            if column.period is None and column.metric in ("growth", "change_pp", "ratio") and left is not None and \
                    left.period is not None:  # 2025年 | 比上年增长%, 2025年完成 | 完成率%: of that year's figure
                # 2025年 | 2024年 | 增减率%: a change is of the later of the two years it compares
                before = columns.get(i - 2)
                of = before if column.metric != "ratio" and before is not None and before.metric == left.metric \
                    and before.period is not None and before.period > left.period else left
                columns[i] = replace(columns[i], period=of.period, is_target=column.is_target
                                     if column.is_target is not None else of.is_target)
            if column.months is None and left is not None and (column.metric in ("growth", "change_pp") or (
                    column.metric == "ratio" and left.metric in ("level", "growth") and left.months is not None)):
                # 1-本月 | 同比增长%, 上半年收入 | 同比增减%: the growth of the figure to its left, over its months
                # (1—7月完成投资 | 完成率(%), 1-10月 | 同比增长(%) | 占比(%): a ratio of the amount to its left, or of
                # the one its growth is of, over its months too)
                span = left.span if column.span is None else column.span  # (WHOLE_YEAR, "", stays)
                columns[i] = replace(columns[i], months=left.months, month=left.month, span=span)
            elif column.month is None and left is not None and left.months == column.months:
                columns[i] = replace(columns[i], month=left.month)  # 1-10月累计 | 累计同比增长%: the same sum
        # 2025年 | 目标 | 上年: a column of the year before (上年, 本年) beside one naming the year achieved is
        # of the year before that one, achieved, not of the year the text around the table is about (its
        # caption's targets)
        relative = {i: m for i in columns if (m := self._relative_year.fullmatch(
            BLANK.sub("", BRACKETED.sub("", self._header(norm, table, i)))))}
        achieved = [c.period for i, c in columns.items() if i not in relative and c.period is not None
                    and c.is_target is not True and c.metric != "rank"]
        if relative and achieved and max(achieved) != self._present_year:
            for i, m in relative.items():
                c = columns[i]
                columns[i] = replace(c, period=max(achieved) - (1 if m.group("before") else 0),
                                     is_target=False if c.is_target is None else c.is_target)
        if any(c.is_target and c.span == WHOLE_YEAR for c in columns.values()):
            # 领域 | 个数 | 年度计划投资 | 1-10月完成: how many the year's list holds, beside its plan, no flow over
            # the table's months (not 产业类别 | 项目数 | 协议投资, the projects signed in them)
            columns = {i: replace(c, span=WHOLE_YEAR) if c.metric == "level" and c.span is None and
                       BRACKETED.sub("", self._header(norm, table, i)).strip() in self._roster_columns else c
                       for i, c in columns.items()}
        return columns

    def _column(self, norm: str, table: Table, i: int) -> Column:
        """A column's meaning from its header cells, top to bottom (a merged cell over several
        columns names each of them: 比上年增长 over 绝对数 | %)."""
        header = self._header(norm, table, i)
        # 绝对数(亿元), 比上年增长(%), 比上年增长%, 单位:亿元
        units = [*map(self._unit, BRACKETED.findall(header)), *map(self._unit_opening, UNIT_NOTE.findall(header)),
                 header[-1:] if header[-1:] in self._percent else None,
                 next((u for u in sorted(self._points, key=len, reverse=True) if header.endswith(u)), None)]
        unit = next((u for u in units if u), None) or next(
            (u for word, u in self._count_headers.items() if BRACKETED.sub("", header).endswith(word)), None)
        scope = self._scope_word.search(header)
        year = HEADER_YEAR.search(header)
        period = year_number(year.group(1) or year.group(2)) if year else None
        if period is None and self._present_year is not None and \
                (relative := self._relative_year.fullmatch(BLANK.sub("", BRACKETED.sub("", header)))):
            period = self._present_year - (1 if relative.group("before") else 0)  # 本年 | 上年
        rate = None
        increment = False
        pulled = None
        planned = True if self._target.search(header) else False if self._completed.search(header) else \
            True if self._planned_header.search(header) else None
        earlier = self._earlier_part.search(header)
        if self._rank.search(header):
            metric, unit = "rank", ""
            rate = RATE if self._up.search(header) else None  # 增速在全市位次: each row's growth's rank
        elif earlier:
            metric, unit = "change_pp", "pp"
        elif unit in self._points and (pulled := self._pulled.search(BRACKETED.sub("", header))):
            # 拉动（百分点）: not a change of the row's rate but what the row adds to the total's growth
            metric = "contribution"
        elif self._on_month.search(header):
            # 环比, 与上月相比(%): 居民消费价格环比, whichever word the header says it with
            metric, unit, rate = "ratio", "%", MONTH_ON_MONTH_MARK
        elif completion := self._completion.fullmatch(self._header_words(header)):
            metric, unit, planned = "ratio", "%", False  # (a share of the plan achieved: no plan of its own)
            rate = self._completion_bases[completion.group("base")] + COMPLETION_RATE
        elif self._ratio.search(header):
            metric, unit = ("share" if scope else "ratio"), "%"
        elif unit is None and self._amount_change(header):
            # 2024年末 | 2023年末 | 增减额 | 增减率（%）, 9月末余额 | 比年初增加 under 单位:亿元、%: a column of changes
            # of amounts giving no unit of its own holds each row's change in the row's unit (a level named for the
            # change; points for a rate's row), not growths in the caption's percent
            metric, increment = "level", True
        elif self._up.search(header) or self._down.search(header) or self._compared.search(header) \
                or unit in self._points or (unit in self._percent and BRACKETED.sub("", header) in self._increments):
            # 比上年增减(百分点), 比上半年±百分点; 增减(%), a change column in percent: growths
            # 比上年末增减(万人): the change of an amount in the unit its own brackets give (not a note over the table's
            # columns, 单位:亿元), a level named for the change
            own = next((u for u in map(self._unit, BRACKETED.findall(header)) if u), None)
            increment = own is not None and unit == own and own not in self._points and own not in self._percent
            metric, unit = ("change_pp", unit) if unit in self._points else \
                ("level", unit) if increment else ("growth", "%")
        elif rate := self._rate_header(header):
            metric, unit = "ratio", unit or "%"
        else:
            metric = "level"
        sign = -1 if (self._down.search(header) and not self._up.search(header)) or \
            (metric == "contribution" and pulled.group(0) in self._drag) else 1
        named = NAMED_MONTH.search(header) if not earlier else None  # (the months compared with are not its own)
        months = "to_month" if TO_MONTH.search(header) or (named and named.group("first")) \
            else "month" if THIS_MONTH.search(header) or named else None
        # 增减额(亿元): the rows' changes of amount, named so whatever the row names (not 增减(%) nor 增减(百分点), a
        # growth or a rate's change, which are the row's indicator's)
        change = BRACKETED.sub("", header)
        amount = metric == "level" and unit is not None and unit not in self._percent
        name = change if change in self._increments and amount else self._header_name(header)
        return Column(metric, unit, name, sign, scope.group(0) if scope else None, period,
                      planned,
                      # (全市位次: the larger region a rank is among, its scope, not the place its figures are of)
                      None if metric == "rank" and scope else self.namer.region_opening(header),
                      months, int(named.group("last")) if named else None,
                      rate, increment,
                      self._spans[part.group(0)] if not earlier and (part := self._span_word.search(header)) else
                      # (全年目标, 年度计划 in a table of the first half: the whole year's target, no part of it)
                      WHOLE_YEAR if planned and rate is None and self._year_planned.search(header) else None,
                      since_start=increment and self._balance_change.fullmatch(BRACKETED.sub("", header)) is not None,
                      capped=self._cap_header.search(header) is not None)

    def _months_of_growth(self, norm: str, table: Table, columns: dict[int, Column]) -> dict[int, Column]:
        """类别 | 环比 | 同比 | 1—9月 under …涨跌幅（单位：%）: a column headed by a stretch of months alone, right of a
        column of growths and with none right of it, in a table of percentages, holds the growths over those months
        (1—9月同比), not rates; 9月 | 同比 | 1—9月 | 同比 holds amounts (its growths are right of it), and so does
        9月 | 同比 | 1—9月, where the month's own column gives levels (城镇调查失业率 5.1 | -0.2 | 5.2: the rate over
        the months)."""
        if any(c.metric == "level" and c.months == "month" for c in columns.values()):
            return columns
        out = dict(columns)
        for i, column in columns.items():
            left, right = columns.get(i - 1), columns.get(i + 1)
            if column.metric == "level" and column.months == "to_month" and column.unit is None \
                    and left is not None and left.metric == "growth" \
                    and (right is None or right.metric not in ("growth", "change_pp")) \
                    and not self._header_words(self._header(norm, table, i)):
                out[i] = replace(column, metric="growth", unit="%", name=column.name or left.name)
        return out

    @staticmethod
    def _column_span(column: Column, span: str | None) -> str | None:
        """The part of the year a column's header names, none when it names the whole year, else the text's."""
        if column.span is None:
            return span
        return column.span or None  # (WHOLE_YEAR: none)

    def _own_measure(self, norm: str, table: Table, i: int, column: Column, caption_unit: str | None) -> str | None:
        """The measure a column of amounts or growths of a table of places names in its own header, when its name is
        none the lexicon knows (or it has none): a count in its unit or the caption's, not a percentage."""
        if column.name and self._header_name(self._header(norm, table, i)) is not None:
            return None
        if column.metric == "level":
            if not (column.unit or caption_unit) or column.unit in self._percent:
                return None
        elif column.metric == "ratio" and (column.rate is None or column.name is None):
            # (a rate of each row's quantity, 完成率(%) right of 一般公共预算收入(亿元), is that quantity's)
            return self._rate_measure(norm, table, i)
        elif column.metric != "growth":
            return None
        return self._measure(norm, table, i, column.metric == "growth")

    def _rate_measure(self, norm: str, table: Table, i: int) -> str | None:
        """The rate a column of rates of a table of places names in its own header (优良天数比例(%), 水质达标率(%)):
        its words without unit and years, when there are words before the rate's ending; none for a ratio word alone
        (比重(%), 占比(%)), which is about the amount its left column counts."""
        phrase = BRACKETED.sub("", HEADER_YEAR.sub("", self._header(norm, table, i))).strip()
        ending = self._rate_named.search(phrase)
        return phrase if ending is not None and MEASURE.fullmatch(phrase[:ending.start()]) else None

    def _order_measure(self, line: str) -> str | None:
        """What the line above a table says its places are ordered by (排名按优良天数比例由高到低: 优良天数比例)."""
        if (m := self._ordered_by.search(line)) is None or not MEASURE.fullmatch(m.group("measure")):
            return None
        return m.group("measure")

    def _own_ratio_noted(self, note: str, header: str) -> str | None:
        """The ratio a note under a table of places says a column of shares holds of each place's own whole
        (注:占比为民营经济增加值占本地地区生产总值的比重: 民营经济增加值占地区生产总值比重), or None."""
        word = BLANK.sub("", BRACKETED.sub("", header))
        m = self._own_ratio_note.search(note)
        if not word or m is None or m.group("column") != word:
            return None
        return f"{m.group('part')}占{m.group('whole')}比重"

    def _noted_rank(self, note: str) -> tuple[str, str] | None:
        """The rank column a note under a table names and what it orders the places by (注:位次按地区生产总值总量排列:
        位次, 地区生产总值; a total's word dropped when what is left is an indicator the lexicon knows), when that is
        an indicator the lexicon knows or ends in a head noun; else None."""
        if (m := self._column_ordered.search(note)) is None or not MEASURE.fullmatch(m.group("measure")):
            return None
        measure = m.group("measure")
        amount = self.namer.without_total(measure)  # (地区生产总值总量: the amount itself; not 零售总额's 总额 alone)
        name = amount if amount != measure and self.lex.canonical(amount) else measure
        # (位次按增速高低排列: no quantity named, the column keeps its own)
        return (m.group("column"), name) if self.lex.canonical(name) or name.endswith(self._head_nouns) else None

    def _measure(self, norm: str, table: Table, i: int, growth: bool = False) -> str | None:
        """What a column of amounts counts, in words the lexicon need not know (医疗卫生机构（个）, 床位（张）): its
        header without its unit and years, when that is a name of its own (not 总量, 绝对数, nor a change)."""
        header = self._header(norm, table, i)
        # (缴存额比上年增长（%）: 缴存额, the amount that grew)
        phrase = (self._header_words(header) if growth else BRACKETED.sub("", HEADER_YEAR.sub("", header))).strip()
        if not MEASURE.fullmatch(phrase) or phrase in self._totals or self._metric_words.search(phrase):
            return None
        return phrase

    def _figure(self, text: str) -> tuple[float, str | None, str] | None:
        """The value of a cell that is a figure (1428.6, -1.2, 12,345), the unit it carries (83.8%,
        380.2亿元) and its qualifier (8左右, 10%以上, ≤5.5: a target's); None for any other cell (empty, "—",
        5G基站)."""
        if text.startswith(self._cell_verbs):  # (达到70, 稳定在92以上: the figure the verb reaches or keeps)
            text = text[len(next(v for v in self._cell_verbs if text.startswith(v))):]
        # ≤5.5, 约5 (a bound or an estimate written before the figure, as in a plan's table of targets)
        before = max((w for w in self.lex.qualifiers_before if text.startswith(w)), key=len, default="")
        m = FIGURE.fullmatch(text[len(before):])
        if m is None:
            return None
        after = max((w for w in self.lex.qualifiers_after if m.group(3).endswith(w)), key=len, default="")
        written = m.group(3)[:len(m.group(3)) - len(after)]
        unit = written if written in self._percent else self._unit(written)
        if written and not unit:
            return None
        value = float(m.group(2).replace(",", "")) * (-1 if m.group(1) in ("-", "−") else 1)
        return value, unit, self.lex.qualifiers_before.get(before) or self.lex.qualifiers_after.get(after, "exact")

    def _places_named(self, labels: list[str], following: list[str]) -> bool:
        """Whether a column of labels names places, each once, and the column after it fewer places, some more
        than once (县（市） | 所属市州: 浏阳市 | 长沙市, 宁乡市 | 长沙市): the places' own labels, the larger places
        they are in beside them."""
        return len(set(labels)) == len(labels) and len(set(following)) < len(following) \
            and all(self._place_alone(t) for t in labels) and all(self._place_alone(t) for t in following if t)

    def _ranks_before(self, norm: str, table: Table, labels: int, caption: str, note: str = "") -> dict[int, Column]:
        """The columns of ranks left of a table's places (位次 | 县（市）), named by what the caption ranks (2025年度
        湖南省县域经济综合实力前十强: 县域经济综合实力), else by what the caption or the note under the table says they
        are ordered by (注:排名按供应建设用地面积排序); none when neither names anything."""
        ranks = [i for i in range(labels) if self._rank.fullmatch(BLANK.sub("", self._header(norm, table, i)))]
        name, among = self._ranked(caption) if ranks else (None, None)
        if ranks and not name:
            name = self._order_measure(caption) or self._order_measure(note)
        if not name:
            return {}
        return {i: replace(self._column(norm, table, i), name=name, scope_word=among) for i in ranks}

    def _ranked(self, caption: str) -> tuple[str | None, str | None]:
        """What a caption of a ranking ranks: its words without the table's number, years, places and the words
        of a ranking (前十强, 排名, 排行榜); and the larger region it ranks in, when the caption names it by its scope's
        word (2025年度全省县域经济综合实力前十二名: 全省)."""
        words = HEADER_YEAR.sub("", CAPTION_NUMBER.sub("", caption)).strip().removeprefix("度")
        # (县（市、区）高质量发展综合考核结果: the peers ranked, named before what they are ranked in, are none of it)
        words = words.removeprefix(self._each)  # (各县（市、区）…: the places one by one)
        words = BRACKETED.sub("", words[len(next((g for g in self._peer_groups if words.startswith(g)), "")):])
        region, rest = self.namer.split_region(words)
        words = (rest if region else words).strip()
        among = self._scope_word.match(words)
        words = words[among.end():] if among else words
        ending = self._ranking_ending.search(words)
        words = words[:ending.start()] if ending else ""
        return (words, among.group(0) if among else None) if MEASURE.fullmatch(words) else (None, None)

    def _label_column(self, texts: list[str]) -> bool:
        """The column of row labels: the first whose cells are mostly words (not 序号, not units)."""
        words = sum(1 for t in texts if t and self._figure(t) is None and not self._unit(t)
                    and not self._unit_change(t) and not RANK_CELL.fullmatch(t) and not self._said_figure(t))
        return 2 * words > len(texts)

    def _prose_column(self, texts: list[str]) -> bool:
        """A column of words with figures among them, most of its cells (新建改扩建中小学5所,新增学位4000个 under
        年度目标任务): what each row's item is to do or did, read as sentences, no labels."""
        prose = sum(1 for t in texts if PROSE_CELL.search(t) and self._figure(t) is None)
        return 2 * prose > len(texts)

    def _gap_note(self, text: str) -> re.Match[str] | None:
        """A cell noting the row's growth's gap to a larger region (高于全市0.2个百分点), else None (also one naming no
        region, 高于上年0.2个百分点: no gap to a whole)."""
        if text[:1] not in self._gap_openings or (gap := self._gap_cell.fullmatch(text)) is None:
            return None
        return gap if gap.group("scope") else None

    def _said_figure(self, text: str) -> bool:
        """Whether a cell is a figure said with its verb of change (增长6%左右, 下降2.1%): a target's or a growth's."""
        said = self._change_said.match(text)
        return said is not None and self._figure(text[said.end():]) is not None

    def _unit_column(self, texts: list[str]) -> bool:
        """A column of units (亿元, 万人, %, or a change in % : 增速%): most of its cells are one, none is a figure."""
        units = sum(1 for t in texts if self._unit(t) or self._unit_change(t))
        return 2 * units > len(texts) and not any(self._figure(t) for t in texts)

    def _unit(self, word: str) -> str | None:
        """The unit a word is (亿元, 万人次, %), with its magnitude; None when it is none."""
        if word in self.lex.units:
            return word
        prefix = next((p for p in self.lex.magnitudes if word.startswith(p) and word[len(p):] in self.lex.units), None)
        return word if prefix else None

    def _unit_change(self, cell: str) -> int:
        """The sign of the change a unit cell names with its percent (增速%, 上涨%, 同比增长(%), 下降%): the row's
        figures are growths; 0 for any other cell."""
        words = BRACKETED.sub(r"\1", cell)
        percent = next((u for u in self._percent if words.endswith(u)), None)
        if percent is None:
            return 0
        m = self._unit_change_words.fullmatch(words[:-len(percent)])
        return 0 if m is None else -1 if self._down.fullmatch(m.group("verb")) else 1

    def _unit_opening(self, words: str) -> str | None:
        """The longest unit that `words` open with (亿元 of 亿元完成额)."""
        return next((u for n in range(min(len(words), MAX_UNIT), 0, -1) if (u := self._unit(words[:n]))), None)

    @staticmethod
    def _note(norm: str, end: int) -> str:
        """The note right under a table ending at `end` (注:…), or ""."""
        start = norm.find("\n", max(0, end - 1))
        if start < 0:
            return ""
        stop = norm.find("\n", start + 1)
        line = norm[start + 1:stop if stop >= 0 else len(norm)].strip()
        return line if line.startswith(NOTE_OPENING) else ""

    def _targets_year(self, norm: str, start: int, end: int) -> int | None:
        """The year the caption over a table (starting at `start`) or the note under it (ending at `end`) gives the
        targets, a year written next to a target word (规划目标为2030年目标值, 终期目标为2030年应达到的目标值): the
        latest such; else None."""
        line_start = norm.rfind("\n", 0, max(0, norm.rfind("\n", 0, start))) + 1
        words = norm[line_start:start] + "\n" + self._note(norm, end)
        years = [year_number(m.group(1) or m.group(2)) for m in HEADER_YEAR.finditer(words)
                 if self._target.search(words, max(0, m.start() - TARGET_YEAR_WORDS), m.end() + TARGET_YEAR_WORDS)]
        return max(years, default=None)

    def _percent_written(self, norm: str, table: Table, i: int) -> bool:
        """Whether a column's header writes its unit as a percent (比上年增减(%), 增减%)."""
        header = self._header(norm, table, i)
        return any(u in header for u in self._percent)

    @staticmethod
    def _caption(norm: str, start: int) -> str:
        """The line right above the table (starting at `start`), without its years."""
        line_start = norm.rfind("\n", 0, max(0, norm.rfind("\n", 0, start))) + 1
        return HEADER_YEAR.sub("", norm[line_start:start]).strip()

    def _caption_unit(self, caption: str) -> str | None:
        """The unit a caption gives the table's amounts (…分类情况(单位:亿千瓦时,%), or a unit alone in brackets
        closing it: 表1 主要指标累计增速（%）), if it gives one."""
        if note := CAPTION_UNIT.search(caption):
            return self._unit_opening(note.group(1))
        closing = CLOSING_UNIT.search(caption) if caption.endswith((")", "）")) else None
        return self._unit(closing.group(1)) if closing else None

    def _whole_numbers(self, cells: list[str]) -> bool:
        """Whether a column's cells are whole numbers, but for those stating none (—)."""
        return any(t.isdigit() for t in cells) and all(t.isdigit() or self._figure(t) is None for t in cells)

    def _caption_unit_list(self, caption: str) -> list[str]:
        """Every unit a caption lists (单位:亿元、%: 亿元 and %)."""
        note = CAPTION_UNIT_LIST.search(caption)
        return [u for word in LIST_SEPARATOR.split(note.group(1)) if (u := self._unit(word.strip()))] if note else []

    def _amount_change(self, header: str) -> bool:
        """Whether a header names a column of changes of the rows' amounts: a change its word calls an amount (增减额,
        增量; increment_columns) or a balance's change since the year's start (比年初增加; balance_bases,
        amount_change_verbs)."""
        word = BRACKETED.sub("", header)
        return (word in self._increments and word.endswith(AMOUNT_WORDS)) or \
            self._balance_change.fullmatch(word) is not None

    def _caption_units(self, caption: str) -> list[tuple[list[str], str]]:
        """The units a caption gives the names before each (亩均税收、亩均营业收入单位:万元/亩; 企业数单位:家)."""
        return [(m.group("names").split("、"), unit) for m in CAPTION_NAMED_UNIT.finditer(caption)
                if (unit := self._unit(m.group("unit"))) is not None]

    def _caption_count_unit(self, caption: str, named_units: list[tuple[list[str], str]]) -> str | None:
        """The unit of counts a caption gives after another (单位:万元,家: 家), or to counts it names (企业数单位:家;
        `named_units`, its _caption_units), if it gives one."""
        named = next((unit for names, unit in named_units
                      if names[-1].endswith(COUNT_OF) and self.lex.dimension(unit) == COUNT), None)
        if named:
            return named
        return next((u for u in self._caption_unit_list(caption)[1:] if self.lex.dimension(u) == COUNT), None)

    def _named_units(self, norm: str, table: Table, columns: dict[int, Column],
                     units: list[tuple[list[str], str]]) -> dict[int, str]:
        """The unit a caption gives each column it names (亩均税收、亩均营业收入单位:万元/亩: those two headers; 企业数
        单位:家: a header ending in 企业, 参评企业; `units`, the caption's _caption_units), for the columns whose
        headers give none."""
        if not units:
            return {}  # (most captions name no column: 单位:亿元、%)
        headers = {i: header for i, column in columns.items() if column.unit is None
                   and (header := BLANK.sub("", BRACKETED.sub("", self._header(norm, table, i))))}
        out: dict[int, str] = {}
        for names, unit in units:
            for name in names:
                for i, header in headers.items():
                    if header == name or (name.endswith(COUNT_OF) and len(name) > 2 and header.endswith(name[:-1])):
                        out[i] = unit
        return out

    def _caption_name(self, caption: str) -> str | None:
        """The indicator a caption ends with, the longest the lexicon knows (表3 2025年分乡镇一般公共预算收入,
        表二 各县区社会消费品零售总额); a note in brackets is no part of it (各县（市、区）地方一般公共预算收入)."""
        tail = BRACKETED.sub("", caption)
        closed = tail
        while closed and (closer := next((w for w in self._caption_closers if closed.endswith(w)), None)):
            closed = closed[:-len(closer)]  # 地区生产总值增速及位次: 地区生产总值
        tail = (tail if closed == tail else closed)[-MAX_CAPTION_NAME:]
        return next((tail[i:] for i in range(len(tail) - 1) if self.lex.canonical(tail[i:])), None)

    def _header(self, norm: str, table: Table, i: int) -> str:
        """A column's header cells, top to bottom, each once (a merged cell over several columns names each)."""
        header = "".join(dict.fromkeys(self._text(norm, row[i]) for row in table.rows[:table.header]))
        return self._part_header.sub("", header, count=1)

    def _header_words(self, header: str) -> str:
        """A column's header without its metric words, years, months and units."""
        phrase = self._metric_words.sub("", BRACKETED.sub("", HEADER_MONTHS.sub("", HEADER_YEAR.sub("", header))))
        phrase = self._span_word.sub("", phrase)  # (上半年收入: the part of the year is the column's span)
        # 规上工业增加值增速%: a unit written after the words without brackets is no part of the name
        return phrase.removesuffix(next((u for u in self._percent if phrase.endswith(u)), ""))

    def _header_name(self, header: str) -> str | None:
        """The indicator a column's header names, without its metric words, years and units: one
        the lexicon knows, or a phrase ending in a head noun (增加值, 收入)."""
        phrase = self._header_words(header)
        name = self._canonical(phrase) if phrase else ""
        return name if name and (self.lex.canonical(name) or name.endswith(self._head_nouns)) else None

    def _counted(self, words: str) -> str | None:
        """A header of words before the thing it counts that is its unit too (抽检批次, 不合格批次; count_headers): the
        name of what its column counts, in words the lexicon need not know."""
        return words if any(words.endswith(word) and words != word and MEASURE.fullmatch(words)
                            for word, unit in self._count_headers.items() if unit == word) else None

    def _rate_row(self, name: str, indicator: Indicator | None, row_unit: str | None) -> bool:
        """A row of a rate in percent (城镇登记失业率 | %), not of an amount whose growth a table gives in percent
        (固定资产投资 | % | 5.8), nor of a price's (居民消费价格 | % | 0.2)."""
        return row_unit in self._percent and (indicator.name if indicator else name).endswith(self._rate_row_endings)

    def _rate_header(self, header: str) -> str | None:
        """The rate a column's header names in words the lexicon need not know (完成率(%)): a ratio of each row's
        quantity, named with it (税收收入完成率)."""
        phrase = self._header_words(header)
        return phrase if 1 < len(phrase) <= MAX_RATE_HEADER and phrase.endswith(self._rate_endings) else None

    def _of_column(self, label: str, column: str | None) -> str:
        """A row's name with what its column's header names (行业 | 增加值比上年增长(%): 纺织业 is 纺织业增加值),
        unless the label is an indicator itself (地区生产总值 | 增加值) or already ends with it."""
        if column in self._increments and label:
            return label + column  # 税收收入 | 增减额: 税收收入增减额, not the indicator's amount
        if not column or not label or label.endswith(column) or self.lex.canonical(label):
            return label
        return self._canonical(label + column)

    @staticmethod
    def _planned(column: Column, time: TimeContext, said: bool) -> bool:
        """Whether a column's cell is planned: as its header's words say (2025年计划, 2025年预计完成), else as
        its year does against the year the document plans (2025年 in a 2026 plan achieved, 2030年 planned),
        else as the text around the table `said`."""
        if column.is_target is not None:
            return column.is_target
        if column.period is not None and time.plan_year is not None:
            return column.period >= time.plan_year
        return said

    @staticmethod
    def _months(column: Column, time: TimeContext) -> str | None:
        """The span of a column of one month (本月, 10月: M10) or of the months to it (1-本月, 1-10月: M1-M10;
        1-9月 Q1-Q3), the month the header names or else the page's (from its title)."""
        month = column.month or time.month
        if column.months is None or month is None:
            return None
        return f"M{month}" if column.months == "month" else time.months_to(month)

    def _row_span(self, label: str, time: TimeContext) -> str | None:
        """The part of the year a row's label is and nothing else (1-2月, 1—10月, 10月, 上半年: a table of months down
        its rows, 月份 | 规上工业增加值(%) | …), else None."""
        words = BLANK.sub("", label)
        if not words or not (words[-1] == "月" or words in self._spans):
            return None  # (most labels: at once)
        if words in self._spans:
            return self._spans[words] or None
        named = NAMED_MONTH.fullmatch(words)
        if named is None:
            return None
        last = int(named.group("last"))
        return time.months_to(last) if named.group("first") else f"M{last}"

    def _change_in_label(self, name: str | None, label: str) -> tuple[str | None, int]:
        """A row label that ends in a change (地区生产总值增长, 单位地区生产总值能耗降低, 居民消费价格涨幅, as
        written: the lexicon's name may have dropped the change): the indicator and the change's sign; else
        the name and 0."""
        m = self._label_change.search(label) if name else None
        if m is None or m.start() == 0:
            return name, 0
        return self._label(label[:m.start()])[0], -1 if self._down.search(m.group("verb")) else 1

    def _part_of(self, name: str, words: str, total: tuple[str, str | None]) -> str:
        """A row under a table's total (全社会用电量 | 第一产业 | 其中:工业) that names no quantity of the total's kind
        (第一产业 is 第一产业增加值, an amount of money; 城乡居民生活 is none): the total's measure of it, named with
        the row's words (第一产业用电量); else the row's own name."""
        measure, dimension = total
        known = self.lex.canonical(name)
        if not measure or name.endswith(measure) or (known and self.lex.dimension(known.expected_unit) == dimension):
            return name
        shared = next((k for k in range(len(measure), 0, -1) if words.endswith(measure[:k])), 0)
        return words + measure[shared:]  # (全部工业增加值 | 轻工业: 轻工业增加值)

    def _row_words(self, label: str) -> str:
        """A row's label as written, without its enumerator, note marks and leading words (其中:)."""
        label = ENUMERATOR.sub("", label).rstrip(NOTE_MARKS)
        return label[self.namer.skip_leading_words(label, 0, len(label)):]

    def _without_sum(self, label: str) -> str:
        """A row's label without the sum word it ends with after what it sums (税收收入合计: 税收收入); a label
        that is the sum word alone (合计) stays, named later by the prose (name_totals)."""
        total = next((s for s in self._sums if label.endswith(s) and len(label) > len(s)), None)
        return label.removesuffix(total) if total else label

    def _label(self, label: str) -> tuple[str, str | None]:
        """The indicator a row's label names (without 其中, indentation or a unit in brackets) and
        the unit in its brackets (地区生产总值(亿元))."""
        label = self._row_words(label)
        units = [u for u in map(self._unit, BRACKETED.findall(label)) if u]
        label = BRACKETED.sub("", label)  # a unit, or a note on the indicator (约束性, 现价): no part of its name
        return (self._canonical(label) if label else ""), (units[0] if units else None)

    @staticmethod
    def _text(norm: str, cell: Cell) -> str:
        return BLANK.sub("", norm[cell.start:cell.end])

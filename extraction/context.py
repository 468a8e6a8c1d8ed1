"""Which year a figure describes, whether it is a target, and which part of the year: one model of
the document's outline. The document stands at a point in time (its title, date line and kind say
which year it reviews and which it plans, and which part of a year it covers); each part under a
heading, and each paragraph opened by a lead-in (这五年, 过去五年, “十四五”的五年), knows its year,
span and whether it plans or reviews; every figure takes them from there unless its sentence says
otherwise."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat

from .lexicon import Lexicon, alternation, last_match, opened_by, opening_with
from .model import DocumentMeta
from .normalize import normalise
from .numerals import MONTH_RANGE_TO, YEAR_DIGIT_CHARS, YEAR_NUMBER, parse_chinese, year_number
from .structure import (
    SENTENCE_CLOSERS,
    Section,
    head_lines,
    is_list_item,
    paragraph_start,
    previous_paragraph,
    sentence_opening_matches,
)

# A year that sets the period: 2024年, 2024年1-10月; not an event's date (2024年3月15日, 2024-03-15).
# (The character before the year is tested after it, so that the regex engine looks only where years
# can start.)
# (二〇二五年七月十五日 on a line of its own, a letter's date in Chinese numerals under its text, is a day as
# 2025年7月15日 is; not （一九七八年二月二十六日在…会议上）, the date line a report's year is read from)
CHINESE_DAY_LINE = r"[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]$"
YEAR = re.compile(rf"({YEAR_NUMBER})(?<![\d{YEAR_DIGIT_CHARS}]....)年(?!\d{{1,2}}月\d{{1,2}}[日号]|{CHINESE_DAY_LINE})",
                  re.M)
SUBTITLE_DASH = "--"  # a subtitle's opening (——, normalised) on the line under a title
LIST_PLAN_YEAR = re.compile(rf"今年|明年|(?:{YEAR_NUMBER})年")  # the year a list's lead-in plans
# 2025年11月 (not 1-11月, a range, nor 2025年11月8日, a day)
TITLE_MONTH = re.compile(r"年(\d{1,2})月(?:份)?(?![\d日号至到\-—~－])")
MONTH_RANGE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*{MONTH_RANGE_TO}\s*(\d{{1,2}})\s*月")
# 8月至11月,(我镇开展…): months with the first month's word too, opening the sentence as its time (a campaign's); not
# one a clause goes on with (6月至8月火灾相对较少,三个月合计…: the months compared, a figure of the year's)
MONTH_RANGE_OPENING = re.compile(rf"\s*(\d{{1,2}})\s*月份?\s*{MONTH_RANGE_TO}\s*(\d{{1,2}})\s*月份?(?=[,，])")
# 10月当月, 6月份: one month's figure.
FIRST_MONTHS = re.compile(r"前(\d{1,2}|[一二三四五六七八九十]{1,3})个月")  # 前11个月, 前十一个月: January on
# (截至11月底 is a month's end too, 11月末 a balance's; 1至11月 a range; 单看9月,当月… and 单看9月,社零额当月… are
# 9月当月: the month a clause opens with, and 当月 in the next words)
# 10月当月, 3月单月, 3月份, 11月末; 单看11月 (a month looked at alone)
ONE_MONTH = re.compile(r"(?<![\d\-~到])(?<![^截]至)(\d{1,2})月(当月|单月|份|末|底|,(?=[^,;。\d]{0,12}?(?:当月|单月))"
                       r"|(?<=单看\d月)|(?<=单看\d\d月))")
# the same in Chinese numerals, as older reports write months (一月至九月, 从今年一月到九月; 一二两月份 and
# 一、二两月份, January and February; 三月份, one month with its 份, not 三月初 nor a day's 三月五日)
CHINESE_MONTH = r"(十[一二]?|[一二三四五六七八九])"
MONTH_RANGE_CHINESE = re.compile(rf"(?<![一二三四五六七八九十]){CHINESE_MONTH}月份?(?:至|到){CHINESE_MONTH}月份?"
                                 rf"|(?<![一二三四五六七八九十])([一二三四五六七八九])、?([二三四五六七八九十])两个?月份")
ONE_MONTH_CHINESE = re.compile(rf"(?<![一二三四五六七八九十、两至到]){CHINESE_MONTH}月份")
CHINESE_MONTH_MARKS = ("月份", "月至", "月到")  # (in every match of the two: scanned for first)
YEAR_END = ("末", "底")  # 12月末, 12月底: a balance at the year's end is the year's, as 年末 (no span)
# 比1980年的7159亿元, 比2020年末的1260个: the base year's own figure, dated by it (the year's end is the year's)
BASE_YEAR_OF = ("的", *(end + "的" for end in YEAR_END))
TIME_IN = "在"  # (我国)在(一九五二年的…): the preposition of a time
NOT_TIME_IN = ("存在", "现在", "实在", "所在", "正在")  # (words ending in 在 that are no preposition)
PLAN_BASE_OF = ("期间的", "时期的")  # (比第五个五年计划)期间的(577亿元): a plan's years' own figure, as 比1980年的
# a head line giving only the month a document was written (2026年3月, （2026年3月）): its date without a day
MONTH_LINE = re.compile(r"[（(]?((?:19|20)\d\d)年\d{1,2}月[)）]?")
# the days a holiday runs, stated in its document's opening (2月15日至23日, 10月1日至10月8日): one month's, when the
# second month is the first's or unsaid (春节 and 中秋 move across months: the days tell which)
HOLIDAY_DAYS = re.compile(rf"(?<!\d)(\d{{1,2}})月\d{{1,2}}[日号]?\s*{MONTH_RANGE_TO}\s*"
                          rf"(?:(\d{{1,2}})月)?\d{{1,2}}[日号]")
# 今年/去年/明年 as the time of a statement, not as a comparison base (与去年持平, 象去年那样, 在上年基础上再压减3%)
# nor in 基础上年均增长, nor in the name of what a budget carries over from the year before (上年结转收入, 上年结余:
# the year's own receipts), nor in the prices a volume is counted at (按上年价格计算的电信业务总量, 按上年不变价: the
# year's volume). (The words before are tested after, as YEAR's: a pattern opening with a lookbehind is tried whole
# at every character, one opening with its words only where one of their first characters stands.)
# (but 较上年的(3.08‰、4.36‰), a base's own figures right after it, are of that year)
RELATIVE_YEAR = re.compile(r"(今年|去年|上年|明年)(?<!基础..)(?!结转|结余|的?基础|价格|不变价)"
                           r"(?:(?<![与比较同和象像]..)|(?=的(?:\d[\d.]*[%‰]?、)*$))")
RELATIVE_OFFSET = {"今年": 0, "去年": -1, "上年": -1, "明年": 1}
RELATIVE_WORD = re.compile("|".join(RELATIVE_OFFSET))  # a quick test before RELATIVE_YEAR: one scan instead of four
# 上年 is the year before the one a part is about (由上年下降2.3%转为增长, in a review of 2016: 2015);
# the others count from the day the document was given.
OF_THE_PART = "上年"
THIS_YEAR = "今年"
# (今年是…周年: the year an anniversary falls in; 今年3月,…荣获…: a day's event in a look back: no time a page
# speaks in)
NOT_THIS_YEAR_SAID = re.compile(r"是|\d{1,2}月|[一二三四五六七八九十]{1,2}月")
NEXT_YEAR = "明年"  # a document that speaks of next year this often stands late in its own (cues: next_year_mentions)
CLAUSE_BREAK = re.compile(r"[,;，；]")
ITEM_MARK = "是"  # (a quick test before the pattern of an item's opening)
ITEM_WIDTH = 2  # the characters of an item's opening (二是), which the sentence it opens may hold
ITEM_OPENING = re.compile(r"[一二三四五六七八九十]是")  # 一是…。二是…: the items of a list a paragraph enumerates
BOOK_TITLE_MARKS = str.maketrans("", "", "《》")  # (《计划》: a plan by its short title)
PLAN_SET_OUT_MARK = "要"  # (a quick test before the pattern of a plan set out: 提出,要把…)
SET_OUT_SUBJECT = 12  # the characters of what a plan set out is about, between its verb and 要 (提出,物价涨幅要…)
DIGIT = re.compile(r"\d")  # a figure (a plan noun's amount after it: 年度计划投资45亿元的…)
CLAUSE_ENDS = ",;，；。"  # what ends the clause before a figure's (_clause_start)
SOURCE_NAMED = re.compile(r"[^\d,;。]{1,12}中")  # (从去年)超收收入中: what an amount is taken from
SINCE = "以来"  # (2021年)以来,…累计引进重大项目120个: the stretch from that year on, which its figures end
# (1961年)有完整气象记录以来, (2018年)建区以来: a stretch since an event of that year, as since the year itself (a
# few words of no figure and no clause break between)
SINCE_EVENT = re.compile(rf"[^,，;；。:：\d\n]{{0,16}}?{SINCE}")
# (保持了)去年的水平, (恢复到)一九七八年水平: a year's level the clause compares with, not the year of its figures
LEVEL_OF_YEAR = re.compile(r"的?(?:同期)?水平")
LEVEL_WORD = "水平"  # in every LEVEL_OF_YEAR
NOW = "现在"  # (in every NOW_OPENING)
NOW_OPENING = re.compile(rf"(?<=[,，;；]){NOW}(?!的)")  # (…,)现在(已经…): a clause on the time the document speaks in
# (…,)目前(我国农民大体上有百分之二十到三十…): a clause on the time the document speaks in, whatever year the report
# reviews, and the clauses after it up to a comma (not 目前的条件下, nor 截至目前: a stretch up to now)
NOW_SAID_MARK = "目前"
# (目前…;有60%左右…: the clauses a semicolon adds go on with its time; 目前已完成前期工作,恳请…: not)
COMMA = re.compile("[,，]")
# (…,目前…; 工业交通企业目前一年大约多耗电…: inside its clause too, after what it is said of), not a stretch up to now
# (截至目前, 到目前; AS_OF, reached_words), nor a base compared with (比目前增加两、三倍; target_comparers,
# COMPARED_PARTNER), nor the ground a plan builds on (在目前基础上新增…; AT and the stems of adverbial_closers): the
# words before and after it are TimeContext._now_said's
NOW_SAID_UNTIL = "为止"
# 到5月份为止, 截至8月底为止: up to the end of a month, from January on (a stretch so far, which 为止 closes; not
# 截至11月底 alone, a month's end that a balance is counted on)
UP_TO_MONTH = re.compile(rf"(?:到|至)(\d{{1,2}})月(?:份|底|末)?{NOW_SAID_UNTIL}")
HEADING_END = " 　:：。"  # (what may close a heading line after its words)
# 现有(养老机构12家): what there is at the time the document speaks in, of the year it reviews (not 在现有基础上,
# 按现有标准, 现有的…: the ground a plan builds on; nor 比现有, a base)
NOW_HAS_MARK = "现有"
# (…。全区)现有(养老机构12家…。建成…47个): a sentence whose first clause says so opens the state now for the
# sentences after it in its paragraph that name no time of their own, as a year opening a sentence does
# (and 现有 is a verb whose object a figure in its clause counts: not 要充分利用现有设备, existing equipment)
NOW_HAS_COUNTED = rf"(?![的基水标规])(?=[^,;，；{SENTENCE_CLOSERS}\n]{{0,16}}?[\d〇一二两三四五六七八九十])"
# (全县, 横溪镇)现有: 现有 opens its clause, after at most the place it is said of, own_region_openers and
# own_region_levels (not 在现有基础上, 按现有标准, 依托现有…, 改造现有企业, 占全国现有…的: the ground, a base or an
# object, no state now; a place's name holds no own_region_openers: 占全国 is none)
NOW_HAS_PLACE_WIDTH = 5  # the characters of a place's name before its level (横溪镇)
AT = "在"
# (目前…有３２０００多个,)已(形成２４个…): a clause that goes on with the state reached, after a comma, keeps its time
# (not 已由五十年代的５０％左右, the start of a move, of the time it names)
NOW_GOES_ON = re.compile("已(?:经)?(?![由从])")
DECIDER_WIDTH = 4  # the characters of who decided, between a year and the verb (我们, 国务院, 省委省政府)
FIGURE_OR_BREAK = re.compile(r"[\d,;，；第]")  # a figure, an ordinal (第四位) or a clause's end
RESPECTIVELY = "分别"
# 由上年分别增长5.6%和(13.1%): the figures listed after 分别 so far, which share the time before it
LISTED_SO_FAR = re.compile(r"分别[^\d,;，；第]{0,6}((?:\d[\d.]*[%‰]?[、和])*)$")
# (较)上年的(3.08‰、4.36‰): the base's own figures listed so far, the year before's levels
BASE_LISTED_SO_FAR = re.compile(r"的(?:\d[\d.]*[%‰]?、)+$")
# (单位国内生产总值能耗由)前三年分别上升(4.9%、5.5%、0.2%): one year each, in order, up to the year before the
# sentence's
YEARS_BEFORE_EACH = re.compile(r"前([两三四五])年(?=分别)")
# (钢产量)前三年共增加了(150万吨), 前三年平均每年增加(…), 前三年扩大的灌溉面积共(…), (货运)前三年的货运量共增加了(…):
# a sum or an average over the years before the sentence's, of the last of them (the words between name the thing
# summed, in the clause)
YEARS_BEFORE_SUMMED = re.compile(r"前[两三四五六七八九十]年(?:中|里|内)?"
                                 r"(?=共|累计|合计|总共|一共|平均|[^\d,;，；。]{1,12}?(?:共|累计|合计|总共|一共))")
SUMMED_MARK = "前"  # in every YEARS_BEFORE_SUMMED and PLAN_FIRST_YEARS: a scan of the words before the patterns'
LIST_JOINS = re.compile("[、和]")
# The start a from–to pair states (从2020年的…); later pairs of its sentence start there too.
# (not 从2002年1月1日起, a date; not 从1999年起, a stretch a practice runs over, whose first year starts
# no pair of a later clause)
FROM_YEAR = re.compile(rf"(?:从|由)({YEAR_NUMBER})年(?!\d{{1,2}}月|起|开始|以来)")
TO_YEAR = re.compile(rf"(?:到|至)({YEAR_NUMBER})年的")  # (由1980年的675所增加)到1982年的(729所): a pair's named end
# 自2025年1月1日起: the date a change takes effect; 比原标准(2280元/月): the figure it changes from, in brackets
EFFECTIVE_FROM = re.compile(rf"(?:自|从)({YEAR_NUMBER})年\d{{1,2}}月(?:\d{{1,2}}日)?起")
EFFECTIVE_MARK = "起"  # in every EFFECTIVE_FROM
# 截至2026年7月31日(,…已整改问题金额5.74亿元): the day a stock is counted on, whose year dates it whatever year its
# sentence names after (2024年度审计工作报告反映的问题: the report the stock is of)
AS_OF = ("截至", "截止")  # (截至2026年6月30日, 截至目前): a stock counted up to a day
# (截至2026年4月末, 截至2026年5月底: a month's end, a day too)
AS_OF_DAY = re.compile(rf"(?:{'|'.join(AS_OF)})({YEAR_NUMBER})年(\d{{1,2}})月(?:\d{{1,2}}[日号]|末|底)")
# 截至9月底(已开工49个), in a document on that year: a month's end of the year under way, its year unsaid
AS_OF_MONTH_END = re.compile(rf"(?:{'|'.join(AS_OF)})(?:({YEAR_NUMBER})年)?(\d{{1,2}})月(?:\d{{1,2}}[日号]|末|底)")
DONE_MARK = "已"  # (截至2026年4月末,)已(发行新增债券…): what was done by that day
AS_OF_MARK = "截"  # in every AS_OF_DAY
# 2025年7月至2026年6月: twelve months running from one year into the next (an audit office's working year)
MONTHS_ACROSS = re.compile(rf"({YEAR_NUMBER})年(\d{{1,2}})月份?\s*{MONTH_RANGE_TO}\s*({YEAR_NUMBER})年(\d{{1,2}})月")
FORMER_IN_BRACKETS = re.compile(r"原[^,;。]{0,6}[(（]$")
# The years a sentence's from–to pairs run between (一九七一年到一九七八年的人口自然增长率,…由…降到…).
# What opens a sentence with its time: a year that the sentences after it in the paragraph keep (1979年农业总
# 产值…。粮食产量33212万吨…), or a relative one or a stretch, which end that year's reach
OPENING_TIME = (r"[\s　]*(?:[\u4e00-\u9fff×]{1,6}[:：])?"  # (编者说明:, ×××:)2025年…: a label before the time
                r"当?"  # 当(一九五四年…召开的时候,…): the time a clause of when names
                # 在(一九五八年的工业生产中,…): the year a clause of 在…中 names, the field's time in it (not 在2020年
                # 基础上, 在上年水平上: a base)
                rf"(?:在(?=(?:{YEAR_NUMBER})年的?[^,，;；{SENTENCE_CLOSERS}\n基水]{{1,12}}中[,，]))?"
                rf"(?:(?:{YEAR_NUMBER})年(?:至|到|—|-)(?P<last>{YEAR_NUMBER})年"  # (2021年至)2023年
                rf"|(?P<year>{YEAR_NUMBER})年(?![以至到—\-、和同与比起底末初])"
                rf"|(?P<relative>今年|去年|明年|过去一年)"
                # 截至2024年底,(全县…。全县有养老机构…): the day the paragraph's stocks are counted on, of that year
                rf"|(?:截至|截止)(?P<as_of>{YEAR_NUMBER})年(?:底|末)(?=[,，])"
                rf"|(?:今后|未来)(?P<ahead>[两三四五六七八九十])年"  # 今后八年,…。(国家计划新建…)
                rf"|上年|这[一两二三四五六七八九十]+年|五年|过去|[“\"]?[一二三四五六七八九十]+五[”\"]?)")
WHOLE_LEAD = 16  # the most characters of the whole a breakdown opens with (在工业和手工业总产值中,…)
WHOLE_NAMED = 3  # the characters ending that whole which the sentence before must state (…总产值)
LEAD_CLAUSE = 30  # the most characters of a lead clause before the year opening the main clause (通过…,1979年…)
# (据…统计,2025年)1至10月, 上半年, 前三季度, 一季度: a part of the year after it, which the paragraph's part keeps, not
# the year
LEAD_YEAR_PART = "[\\d一二三四五六七八九十上下前]"
FROM_NOW_ON = ("今后", "此后")  # what opens a sentence about the time after the document's, whatever year came before
# (not after ";": a time opening a clause there is the clause's, not the sentences' after it: 去年…翘尾影响…;)
SENTENCE_OPENING_TIME = re.compile(rf"(?:^|(?<=[{SENTENCE_CLOSERS}\n])){OPENING_TIME}")
# The same inside a paragraph, with the mark before it: the engine scans for a pattern opening with a class, where it
# tries one opening with a lookbehind at every character
OPENING_TIME_AFTER_MARK = re.compile(rf"[{SENTENCE_CLOSERS}]{OPENING_TIME}")
OPENING_OFFSET = {**RELATIVE_OFFSET, "过去一年": -1}
# The words a sentence opens with, up to its first comma (1-11月份,): where a part of the year it opens with stands
ONE_MONTH_SPAN = re.compile(r"M\d+")
# 11月,(全市全社会用电量…): a sentence opening with a month alone, which _stated_span leaves (a day's event, 11月,召开…)
MONTH_OPENING = re.compile(r"[\s　]*(\d{1,2})月[,，]")
ROSTER_WIDTH = 12  # the characters between 共有 and the count of what a list holds (共有省市重点项目46个)
ADJUSTED_WIDTH = 12  # the characters between a budget's word and its adjustment's verb (预算收入调整为)
SENTENCE_STOP = re.compile(rf"[{SENTENCE_CLOSERS}\n]")  # where the sentence of a figure ends
# 1—7月(累计完成投资…), 1-7月份(,): a sentence opening with months, a comma after them or none
SENTENCE_OPENING_MONTHS = re.compile(rf"(?:^|(?<=[{SENTENCE_CLOSERS}]))[\s　]*(\d{{1,2}}\s*{MONTH_RANGE_TO}\s*"
                                     rf"\d{{1,2}}\s*月)", re.M)
OPENING_REST = re.compile(r"[^,;:。\n]{0,12}")  # (2024年)1—11月(,): the rest of the words a sentence opens with
MONTH_END_OPENING = re.compile(r"\d{1,2}月(?:末|底)$")  # (截至)9月末, 6月底: the day a paragraph's balances are of
# (第一个是创新主体。)截至9月末,…: a month's end opening the paragraph's first sentence with figures, after sentences
# with none
FIGURE_DIGIT = re.compile(r"\d")
# 分税种看, 从地区看, 分季度看: a sentence opening so breaks a quantity down into its parts
BY_PARTS_OPENINGS = "分从"  # (what such an opening opens with, past spaces)
BY_PARTS = re.compile(rf"\s*[{BY_PARTS_OPENINGS}][\u4e00-\u9fff()、]{{1,8}}?来?看")
SENTENCE_OPENING_WORDS = re.compile(rf"(?:^|(?<=[{SENTENCE_CLOSERS}]))[\s　]*([^,;:{SENTENCE_CLOSERS}\n]{{1,12}}),",
                                    re.M)
# 1980年计划(…控制在500亿元), 一九五四年国家预算(中的收入…); not 1979年国家预算内和预算外的(投资): where money came from
YEAR_PLAN_WORD = re.compile("计划|预算")  # (one of them is in every YEAR_PLAN: a search for them first)
YEAR_PLAN = re.compile(rf"({YEAR_NUMBER})年的?(?:国家)?(?:{YEAR_PLAN_WORD.pattern})(?!执行|完成|内|外)")
# 1978、1979两年, 一九七九和一九八○两年: years listed as one stretch, whose figure is of the last
# the clause breaks a year's plan may stand before the figure it plans (一九八一年计划为…,实际达到…; an aside between:
# 一九五四年国家预算中的收入,不包括上年结余在内,等于…)
PLAN_CLAUSES = 2
YEARS_LISTED = re.compile(rf"(?:{YEAR_NUMBER})年?[、和与及]({YEAR_NUMBER})年?(?:两|二)年")  # (not 2014年和2015年分别…)
YEARS_LISTED_MARK = re.compile("[两二]年")  # one of them is in every YEARS_LISTED
# (总额4万亿元)的两年投资计划: the plan of so many years an amount right before it is the total of
PLAN_OF_YEARS_AFTER = re.compile(r"的([两三四五六七八九十])年[^\d,，;；。]{0,6}?(?:计划|规划)")
# 五年平均(人口自然增长率控制在…), 五年累计: a planned figure over the next years, of their last
# 后两年,(全县将确保…年均增长7.5%以上): the years left of a plan under way, of their last too; 今后八年计划(建设的
# 一百二十个大型项目): those a plan's figure is over; (力争)用二十年的时间(使工农业总产值翻两番): the years a goal is
# to take; (总额4万亿元)的两年投资计划(,其中…): those of the plan an amount totals (not 市里的三年行动计划)
YEARS_AHEAD = re.compile(r"(?<![\d一二三四五六七八九十])([两三四五六七八九十])年(?:平均|累计|合计|共|内)"
                         r"|(?:今后|此后|后|未来)([两三四五六七八九十])年(?:[,，]|计划)"
                         r"|用([两三四五六七八九十]|[二三]十)年(?:左右)?的?时间"
                         rf"|(?<=元){PLAN_OF_YEARS_AFTER.pattern}")
# 四年中, 六年间, 八年来: a stretch its sentence counts in years (in a review of five, 四年中…从十五万人增加到…:
# the pair starts four years before its end); not a year (一九八四年中), nor the years before or after one
# (前三年中, 后两年), nor those to come (今后五年中, 未来三年里)
YEARS_WITHIN = re.compile(r"(?<![\d〇○零一二三四五六七八九十前后来今])([两三四五六七八九十])年(?:中|来|间|里)"
                          r"(?![央国华])")
# one of them is in every YEARS_WITHIN (searched first: 年 opens it, which the engine scans for as fast as str does,
# where YEARS_WITHIN's lookbehind is tried at every character)
YEARS_WITHIN_MARK = re.compile("年[中来间里]")
# 八年内使(它们提供的商品粮比现在增加两、三倍), 五年内要…: what the years ahead are to bring about, planned
WITHIN_YEARS_TO_COME = re.compile(r"(?<![\d一二两三四五六七八九十])[两三四五六七八九十]年内(?:使|要|把)")
WITHIN_MARK = "年内"  # in every WITHIN_YEARS_TO_COME
YEAR_SPAN = re.compile(rf"({YEAR_NUMBER})年(?:到|至|—|-)({YEAR_NUMBER})年")
# A plan named by its length whose last year a sentence states (按照十年规划,到一九八五年,…): the other sentences
# naming it (按照十年规划,在这十年里,…机械化水平达到百分之八十五以上) plan for that year too
PLAN_NOUNS = ("规划", "计划")
PLAN_REACHES = re.compile(rf"(?:{'|'.join(PLAN_NOUNS)})(?:纲要)?[,，]?到({YEAR_NUMBER})年")
PLAN_BY_LENGTH = re.compile(r"[一二三四五六七八九十]{1,2}年$")  # the name before 规划 (十年规划)
# 一九八二年同一九七八年相比,(…由…增加到…): the same, the later year first
YEARS_COMPARED = re.compile(rf"({YEAR_NUMBER})年(?:同|与|和|跟)({YEAR_NUMBER})年(?:相比|比较)")
# 钢:从…增加到…: an item of a list labelled with what it is about, after a lead-in ending with a colon
LABELLED_ITEM = re.compile(r"[\s　]*[^\s,，;；。:：]{1,12}[:：]")
LEAD_COLONS = (":", "：")
# (主要产品在)一九五七年的计划产量比一九五二年的(产量): a later year, then the base it is compared with
YEAR_OVER_BASE = re.compile(rf"({YEAR_NUMBER})年[^,，;；。]{{0,12}}?比({YEAR_NUMBER})年")
# (一九五四年, 今年)预计: the document's own year an estimate is of, right before it
OWN_YEAR_BEFORE = re.compile(rf"(?:今年|({YEAR_NUMBER})年)$")
OWN_YEAR_WORDS = 5  # the characters such a year takes
# 从一九五六年开始,在十二年内: a stretch of years from a year on, the words that name it again later
STRETCH_FROM = re.compile(rf"从({YEAR_NUMBER})年(?:开始|起)[,，]?在?"
                          rf"(?P<words>(?P<years>[一二两三四五六七八九十]{{1,3}})年(?:内|里|中|间))")
STRETCH_FROM_MARK = "年开始"  # in most STRETCH_FROM (not 从…年起: a date a change takes effect, said far more often)
PRESENT_PART_WIDTH = 8  # the characters after 今年 that name a part of it (今年一月至九月, 今年前三季度)
PAIR_STARTS = ("从", "由")  # 从A增长到B, 由A提高到B
# 从今年一月到九月, 从去年3月起: months from which a stretch of time runs, not the start of a pair of figures
MONTHS_FROM = re.compile(rf"(?:\d{{1,2}}|{CHINESE_MONTH})月份?(?:至|到|起|以来)")
PAIR_FROM = re.compile("|".join(PAIR_STARTS))
FROM_PRIOR_YEAR = re.compile(rf"(?:{'|'.join(PAIR_STARTS)}){OF_THE_PART}的?$")  # 由上年的(1.2%): a start a year before
FROM_YEAR_OWN = re.compile(rf"(?:从|由)(?:{YEAR_NUMBER}年|去年|上年|前年)的?")  # a start dated on its own
YEARS = "年"  # in every year and span of years (YEAR, YEAR_SPAN) and relative year (RELATIVE_YEAR)
OF_BASE = ("的", "同期的")  # (是)上年同期的(1.6倍): the base a ratio or multiple is of
COMPARED_AFTER = ("相比", "比较", "相较", "同期")  # (1980年同)1952年相比, (恢复到)2019年同期: a base compared with
COUNTED = re.compile(r"\d[个项家所座条批]$")  # 8个(计划新开工项目): a count of what the word after it names
COUNTED_WIDTH = 3
COMPARED_WITH = re.compile(r"(?<![占对])比(?![重例率])")  # 比上年的预计数, not 占比 nor 比重: what is compared with
# (来同)1949年产量比较: a year compared with, the words of the comparison after it; (跟)二〇二〇年比(翻了一番), as said:
# 比 right after the year (not 比重)
COMPARED_LATER = re.compile(r"[^,，;；。]{0,24}?(?:相比|比较|相较)|比(?![重例率])")
# 与2010年第六次全国人口普查相比,(…由8630人上升为14820人): the base year a clause opens with, the start of its pairs
COMPARED_PARTNER = ("同", "与", "和", "跟")
BASE_COMPARED = re.compile(rf"(?:{'|'.join(COMPARED_PARTNER)})({YEAR_NUMBER})年[^,，;；。]{{0,24}}?(?:相比|比较)[,，]")
BASE_COMPARED_MARK = "比"  # (in 相比 and 比较: a cheap test before the pattern)
AFTER_COMPARED_YEAR = re.compile(r"[比较](今年|去年)(?!同期)")
# 由五年前的(百分之五十左右): a pair that starts that many years before the year reviewed
YEARS_AGO = re.compile(r"(?<=[由从])([一二两三四五六七八九十]|\d{1,2})年前的")
# A five-year plan by its number (“十四五”, 十五五时期): the third ran 1966–1970, each later one five
# years on; the first two began in 1953 and 1958.
# Only its time opens a stretch (“十四五”时期, 十四五以来, an average over it: “十一五”年均增长7.5%), not the plan's own
# milestones (“十四五”收官之年).
FIVE_YEAR_PLAN_NAME = r"(?:“(十?[一二三四五六七八九]|十)五”|(?<![一二三四五六七八九十])(十[一二三四五六七八九])五)"
FIVE_YEAR_PLAN = re.compile(rf"{FIVE_YEAR_PLAN_NAME}"
                            r"(?=时期|期间|以来|的五年|年均|(?:计划|规划)(?!的?(?:开局|收官|起步)))")
PLAN_FIVE = "五"  # in every FIVE_YEAR_PLAN
# (in every FIVE_YEAR_PLAN_NAME, 五” or 十四五: a quick test before FIVE_YEAR_PLAN, whose lookbehind is tried at every
# character, where most words holding 五 name no plan)
PLAN_NAMED = re.compile(r"五”|十[一二三四五六七八九]五")
# (what every way _explicit_year finds a year holds: a year's number, 今年 and the like, 五 of a plan's name or of 五年
# (个五年), 前 of 前三年 or 三年前的, 世纪 of 本世纪末; words holding 年 without any, 年均 or 年度, date nothing:
# one search before the patterns)
DATING_WORDS = re.compile(rf"{YEAR_NUMBER}|{RELATIVE_WORD.pattern}|{PLAN_FIVE}|{SUMMED_MARK}|世纪")
PLAN_BASE = re.compile(r"(?:时期|期间)?(?:同期)?的")  # (是“十三五”)时期的(1.32倍): a plan's years as a base
# a plan by its number alone, in a heading that already says it plans (二、“十五五”主要目标任务): its years
BARE_PLAN = re.compile(FIVE_YEAR_PLAN_NAME)
PLAN_LENGTH = 5  # the years of a five-year plan
# 第十四个五年规划纲要实施中期评估报告: a five-year plan by its number as a title names it
NUMBERED_PLAN = re.compile(r"第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)")  # (the pattern the two below hold)
# “十一五”前四年(累计…下降14.38%), 第一个五年计划的前三年: the first years of a plan named, of the last of them
PLAN_FIRST_YEARS = re.compile(rf"(?:{FIVE_YEAR_PLAN_NAME}(?:计划|规划)?|{NUMBERED_PLAN.pattern})"
                              r"(?:的|时期的?|期间的?)?前([两三四五六七八九十])年")
PLAN_OPENINGS = "“十"  # what every FIVE_YEAR_PLAN opens with
# 现在,我代表国务院,作关于我国国民经济和社会发展第六个五年计划的报告: the plan a report's opening says it is on
REPORT_ON_PLAN = re.compile(rf"关于[^。\n]{{0,30}}?{NUMBERED_PLAN.pattern}[^。\n]{{0,8}}?的报告")
OPENING_WORDS = 300  # the characters (title and date lines, then its opening) in which a report says what it is on
# 第六个五年计划期间, 第十四个五年规划时期: a five-year plan by its ordinal as a lead-in names its years (“六五”期间)
NUMBERED_PLAN_LEAD = rf"{NUMBERED_PLAN.pattern}(?=时期|期间)"
NUMBERED_PLAN_OPENING = "第"  # what every NUMBERED_PLAN_LEAD opens with
# 第一个五年合计(将达到…), 第一个五年期间(铁路共新建…): a plan by its ordinal, with or without 计划, over its years
NUMBERED_PLAN_YEARS = re.compile(r"第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)?(?:时期|期间)?"
                                 r"(?=合计|累计|共|时期|期间)")
NUMBERED_PLAN_MARK = "个五年"  # in every NUMBERED_PLAN_YEARS
# (the words after a plan's name that make it its years, not the plan as a document: “六五”期间, not “六五”计划规定)
PLAN_PERIOD_WORDS = ("时期", "期间")
# How far back in its sentence a figure's year, target word or part of the year is looked for: a
# real sentence is shorter; a run-on of thousands of characters would cost its square in time.
SENTENCE_WINDOW = 400
ADVERBIAL_OPENER = "在"  # (在…的基础上, 在…的情况下: adverbial_closers)
ADVERBIAL_WIDTH = 40  # the characters such a clause runs to
LIST_AHEAD = 8  # items of a list looked through for the target noun that closes it (a longer run costs its square)
LIST_MARK = "、"  # (what opens each further item of such a list)
OF = "的"  # (增长6%左右)的(全年目标)
YEAR_TERM = "年度"  # ((3.5%)年度目标: a target's term)
CAP_COPULAS = ("", "为", "是")  # (控制指标)为(1.87亿立方米): what may stand between a cap's name and its figure
LEAD_IN = 40  # the opening characters of a paragraph in which its lead-in is looked for
# a paragraph this short and without figures of its own leads the one after it (五年来,我们坚定不移推进科技创新
# 引领,…迈出新步伐。教育人才支撑作用增强。)
LEAD_PARAGRAPH = 80
WEIGHED_WIDTH = 8  # the characters before a year naming a goal in which 考虑, 兼顾 … are looked for
ALREADY_WINDOW = 8  # the characters before a figure in which 已达, 已经超过 … are looked for
BUILT_MARK = "后"  # (every built condition ends with it: a quick test before them)
SPAN_BASE_WIDTH = 10  # the characters before a part of a year in which its comparison's 比上年, 较2025年 is looked for
OWN_YEAR_KINDS = ("summary", "bulletin", "brief")  # kinds of document that report the year they name
DELIVERED_EARLY = ("work_report",)  # kinds given early in the year, whatever the page's date
POSTED_DURING_YEAR_KINDS = (None, "speech")  # kinds about the year under way when dated after report_months
WHOLE_YEAR = ""  # a sentence that turns back to the whole year (全年…): no span, whatever its part's
SPAN_MONTHS = {"Q": 3, "H": 6, "M": 1}  # the months each numbered part of a span code counts (Q4 ends with 12)


ISSUED_WIDTH = 24  # characters of a scheme's name between its issuing verb and the stretch since (出台的…实施三年来)


@dataclass(frozen=True)
class SectionContext:
    """What a part of the document (under a heading, or a paragraph opened by a lead-in) says of the
    figures in it."""

    start: int
    end: int
    mode: str | None  # review, plan or None
    year: int | None
    stretch: int  # years a review covers (这五年: 5); a from–to pair starts that many years before its end
    span: str | None = None  # the part of the year it covers (一、前三季度地区生产总值)
    # a plan part of a five-year plan (“十五五”时期主要目标任务): the plan's last year, which its targets
    # are of when their sentence names no year; kept apart from year, which dates the document's plan
    horizon: int | None = None


@dataclass(slots=True)  # not frozen: one is built for each figure, and frozen ones build slowly
class Timing:
    period: int | None
    is_target: bool
    span: str | None
    # the years its review part covers when the figure names no year of its own (这五年: 5); of a target,
    # the years from the one planned to its own
    stretch: int = 0
    of_plan: bool = False  # a target of the five-year plan the document is about (1.2%的规划目标), of its last year


def latest_year(text: str) -> int | None:
    """The best guess of when a text was written: the latest year it mentions, ignoring
    horizons far beyond the year it mentions most (到2035年)."""
    years = [year_number(y) for y in YEAR.findall(text)]
    if not years:
        return None
    commonest = Counter(years).most_common(1)[0][0]
    return max(y for y in years if y <= commonest + 1)


def plan_years(number: int) -> tuple[int, int]:
    """The years of the n-th five-year plan."""
    first = {1: 1953, 2: 1958}.get(number, 1966 + 5 * (number - 3))
    return first, first + 4


def plan_holding(year: int) -> tuple[int, int]:
    """The years of the five-year plan that `year` is in (1966 on)."""
    first = 1966 + (year - 1966) // 5 * 5
    return first, first + 4


def _years_counted(words: str) -> str:
    """What every writing of a stretch of years holds (两年 of 这两年, 过去的五年): its count and 年; the words whole
    when they hold no 年 after a first character."""
    at = words.find(YEARS, 1)
    return words[at - 1:at + 1] if at > 0 else words


@lru_cache(maxsize=4)
def _lexicon_part(lex: Lexicon) -> dict[str, object]:
    """The attributes TimeContext._read_lexicon sets, read once for each lexicon and shared by every document's
    context (safe: _read_lexicon reads only `lex`, and no method assigns to these attributes after)."""
    part = TimeContext.__new__(TimeContext)
    part._read_lexicon(lex)
    return part.__dict__


def cap_phrases(lex: Lexicon) -> tuple[str, ...]:
    """The words right before a cap's figure: its name (cap_names), with 为 or 是 or alone (用水总量控制指标为17.80亿
    立方米, 控制指标11.30亿立方米): the year's target, and the most allowed."""
    return tuple(cap + copula for cap in lex.words("cap_names") for copula in CAP_COPULAS)


class TimeContext:
    """Resolves period, target and span for positions in one document."""

    def __init__(self, text: str, sections: list[Section], meta: DocumentMeta, lex: Lexicon) -> None:
        self.text = text
        # (the lexicon's words and the patterns made of them are every document's: read once per lexicon)
        self.__dict__.update(_lexicon_part(lex))
        self._read_document(text, sections, meta, lex)

    def _read_lexicon(self, lex: Lexicon) -> None:
        """The words and patterns of the lexicon that every document's context uses (see _lexicon_part)."""
        # a phrase holding a target noun (好于预期) is no target: words are matched longest first
        no_plan = lex.words("no_plan_phrases")
        self._executed = tuple(lex.words("execution_heading_endings"))
        self._reviews = set(lex.words("review_headings") + list(self._executed))
        self._situation = tuple(lex.words("situation_headings"))
        self._problems = tuple(lex.words("problem_headings"))
        self._plans = set(lex.words("plan_headings") + lex.words("target_nouns"))
        self._targets = set(lex.words("target_verbs") + lex.words("target_nouns"))
        # (表2 儿童发展规划主要指标（目标值为2030年）: a caption over a table, its mark and number first)
        self._caption = re.compile(rf"[ \u3000]*(?:{alternation(lex.words('caption_marks'))})[ \u3000]*\d")
        self._goal_openings = tuple(lex.words("target_verbs"))  # (a heading opening with one plans: 争取…新台阶)
        self._plan_nouns = set(lex.words("target_nouns"))
        self._plan_noun = re.compile(alternation(self._plan_nouns))
        self._plan_period = re.compile(alternation(lex.words("plan_periods")))
        # (全区共有省市重点项目46个,…,)年度计划(投资186.0亿元): the year's plan set out beside a figure, not a base
        # (完成年度计划的81.6%)
        self._roster = re.compile(rf"(?:(?:{alternation(lex.words('roster_words'))})[^\d,，;；]{{0,{ROSTER_WIDTH}}}|"
                                  rf"(?:{alternation(lex.words('roster_counts'))}))$")
        self._year_plan_set = re.compile(rf"(?<!完成)(?:{alternation(lex.words('plan_periods'))})"
                                         rf"(?:{alternation(self._plan_nouns)})(?!的)")
        # 较年度目标(多完成1.3万人), 比全年计划(超出…), 较预期目标(低…), 低于年度目标(0.6个百分点), 与规划目标(相差…),
        # 距离规划目标(还差…): the plan a figure is compared with, the base, no plan of it
        compared = alternation([*lex.words("target_comparers"), *lex.words("target_distance_words"),
                                *lex.words("gap_up"), *lex.words("gap_down")])
        self._plan_compared = re.compile(rf"(?:{compared})(?:{alternation(lex.words('plan_periods'))})?"
                                         rf"(?:{alternation(lex.words('target_kinds'))})?"
                                         rf"(?:{alternation(lex.words('target_nouns'))})?$")
        self._listing = tuple(lex.words("listing_verbs"))
        self._caps = cap_phrases(lex)  # (用水总量)控制指标(为17.80亿立方米): a cap set from above
        # 比2024年同期, 高于2025年全年, 与2024年相比, 2024年同期: a year compared with, which the text states no
        # figure of (not 2024年和2025年: years listed)
        # (before a year or a part of one, the base of a comparison: 比2024年, 快于2024年, 较一季度)
        self._gaps = (*lex.words("gap_up"), *lex.words("gap_down"), *lex.words("gap_better"))
        self._compared = ("比", "较", *self._gaps)
        self._base_year = re.compile(rf"(?:{alternation(self._compared)})(?:{YEAR_NUMBER})年"
                                     rf"|[同与和跟](?:{YEAR_NUMBER})年(?:同期)?"
                                     rf"(?:{alternation(lex.words('comparing_after'))})|(?:{YEAR_NUMBER})年同期")
        # 目前 of the time the document speaks in (NOW_SAID_MARK), not after these nor before these
        not_before_now = {*AS_OF, *lex.words("reached_words"), *lex.words("target_comparers"), *COMPARED_PARTNER, AT}
        not_after_now = ["的", NOW_SAID_UNTIL, *(closer[:-1] for closer in lex.words("adverbial_closers"))]
        self._now_said = re.compile(rf"(?<!{')(?<!'.join(sorted(not_before_now))}){NOW_SAID_MARK}"
                                    rf"(?!{alternation(not_after_now)})")
        openers, levels = lex.words("own_region_openers"), alternation(lex.words("own_region_levels"))
        now_has_place = (rf"(?:[{''.join(openers)}](?:{levels})"
                         rf"|(?:(?![{''.join(openers)}])[\u4e00-\u9fff]){{1,{NOW_HAS_PLACE_WIDTH}}}(?:{levels}))?")
        # (in the words before a figure: its own clause may reach the figure, 全区现有养老机构(12家))
        self._now_has = re.compile(rf"(?:^|(?<=[,;，；{SENTENCE_CLOSERS}\n])){now_has_place}{NOW_HAS_MARK}"
                                   rf"(?![的基水标规])"
                                   rf"(?=[^,;，；{SENTENCE_CLOSERS}\n]{{0,16}}?(?:[\d〇一二两三四五六七八九十]|$))")
        # (…。全区)现有(养老机构12家…): in a sentence's first clause
        self._now_has_opening = re.compile(rf"(?:^|(?<=[{SENTENCE_CLOSERS}\n]))[\s　]*{now_has_place}"
                                           rf"{NOW_HAS_MARK}{NOW_HAS_COUNTED}", re.M)
        # (通过发展农业生产…,)1979年(农民增加收入108亿元。…): a year opening the sentence's main clause after a lead
        # clause of means, cause or source (lead_clause_openers, cause_openers, source_leads), which holds no figure
        leads = lex.words("lead_clause_openers") + lex.words("cause_openers") + lex.words("source_leads")
        self._opening_after_lead = re.compile(rf"(?:^|(?<=[{SENTENCE_CLOSERS}\n]))[\s　]*(?:{alternation(leads)})"
                                              rf"[^,，;；:：{SENTENCE_CLOSERS}\n\d]{{1,{LEAD_CLAUSE}}}[,，]"
                                              rf"(?=(?:{YEAR_NUMBER})年(?!{LEAD_YEAR_PART})){OPENING_TIME}", re.M)
        self._lead_mark = re.compile(alternation(leads))  # (one search of a paragraph before the pattern's)
        # (目前…将新增…, 在目前…力争…): a plan from where things stand, no state of now
        self._now_planned = re.compile(alternation(lex.words("target_verbs")))
        self._no_plan_phrase = re.compile(alternation(no_plan))
        self._mode_words = re.compile(alternation([*self._reviews, *self._plans, *no_plan]))
        self._progress_endings = tuple(lex.words("progress_heading_endings"))
        # 计划竣工项目25个,已竣工21个 (…的预期目标,经济总量有望突破…): what was planned, then done or estimated
        self._done = set(lex.words("achieved_words") + lex.words("estimate_words"))
        self._built = tuple(lex.words("built_conditions"))
        self._achieved = tuple(lex.words("achieved_words"))
        self._projecting = tuple(lex.words("estimate_words") + lex.words("target_verbs")
                                 + lex.words("projection_modals"))
        # (and no word of a figure's approximation holding one: 将近 is no 将 of a plan)
        self._target_words = re.compile(alternation([*no_plan, *lex.words("approx_before"), *self._targets,
                                                     *self._done]))
        self._targets_or_done = self._targets | self._done
        self._findings = tuple(lex.words("finding_words"))
        self._completion = tuple(lex.words("completion_verbs"))
        # (工业生产总值计划)完成102.6%(,比上年同期增长…): a plan the percentage after its verb reports met
        self._met_after = re.compile(rf"(?:{alternation(list(self._completion))})了?(?:百分之|\d[\d.]*%)")
        # “十五五”开好局, “十四五”收官: a five-year plan by its number, then the milestone of its first or last year
        self._milestones = lex.cues["plan_milestones"]
        self._milestone = re.compile(rf"(?:{FIVE_YEAR_PLAN_NAME}|{NUMBERED_PLAN.pattern})(?:规划|计划)?"
                                     rf"[^,，;；。、]{{0,4}}?(?P<milestone>{alternation(list(self._milestones))})")
        # 增长6%左右的全年目标, 的预期目标: the figure a target names (not 4万亿元的投资计划, a programme's size)
        targets = alternation(lex.words("target_nouns"))
        # (2030年)的科技创新项目, not 的目标, 的奋斗目标 (a target's kind) nor 的7159亿元
        self._year_goals = tuple(lex.words("goals_named_by_year"))  # (2035年)远景目标
        # 已达到(2030年)目标值(的有91项): a later year's target said as reached (reaching_verbs: self._reaching), the
        # year no time of the figures
        self._year_target = tuple(lex.words("target_nouns"))
        # 综合考虑(实现), 兼顾: a goal weighed with other things
        self._weighed = re.compile(rf"(?:{alternation(lex.words('weighing_words'))})[^,，;；。]{{0,4}}$")
        self._sum = re.compile(alternation(lex.words("sum_words")))
        self._summed_years = re.compile(rf"[^,，;；。]{{0,16}}?的?(?:{self._sum.pattern})")  # (2002年53年的)总和
        self._attributive = re.compile(rf"的(?!\d|(?:{alternation(lex.words('target_kinds'))})?(?:{targets}))")
        # (这样,)(1957年的工农业总产值…): a word leading the sentence in a clause of its own, after which a year still
        # opens the sentence
        self._lead_word_only = re.compile(
            rf"\s*(?:{alternation(lex.words('subject_prefixes') + lex.words('leading_function_words'))})[,，]\s*")
        # (also after the rest of a list it opens: 增长7%左右、规上工业增加值增长10%以上的目标)
        qualifying_words = lex.words("whole_year_words") + lex.words("target_verbs") + lex.words("target_kinds")
        qualifying = alternation(qualifying_words)
        bounds_after = lex.words("approx_after") + lex.words("at_least_after")
        self._target_after = re.compile(rf"(?:{LIST_MARK}[^、。;；,，]{{1,30}}?){{0,{LIST_AHEAD}}}"
                                        rf"(?:{alternation(bounds_after)})?"
                                        # (8%的)预定目标, 全年目标, 年度控制目标, (3.5%)年度目标, (6%)目标
                                        rf"(?:{OF}(?:{alternation(lex.words('plan_periods'))})?"
                                        rf"(?:{qualifying}|{YEAR_TERM}|{targets})?(?:{targets})"
                                        rf"|(?<=%)(?:{qualifying}|{YEAR_TERM})?(?:{alternation(lex.words('bare_target_nouns'))}))")
        # (the characters every match of it opens with: most figures are followed by a clause's mark, which none is, and
        # a test of the character after one is many times faster than a call of the pattern)
        self._target_after_openings = frozenset(
            word[0] for word in [LIST_MARK, OF, YEAR_TERM, *bounds_after, *qualifying_words,
                                 *lex.words("bare_target_nouns")])
        # 其中,(工业总产值达到了…): a sentence going on with a breakdown of what the one before it stated
        self._continuation = re.compile(rf"\s*(?:{alternation(lex.words('continuation_leads'))})[,，:：]?")
        # 在(工业和手工业总产值)中,(生产资料的生产为…): a sentence opening with the whole the sentence before stated,
        # of which it gives the parts (also when that sentence ends the paragraph above)
        self._within_whole = re.compile(
            rf"[\s　]*在(?P<whole>[^,，;；:：{SENTENCE_CLOSERS}\n\d]{{2,{WHOLE_LEAD}}})中[,，]")
        # a figure right before a plan noun (7%预期目标, 增长6%左右的预期目标): the noun names that figure's target
        bounds = alternation(lex.words("approx_after") + lex.words("at_least_after") + lex.words("at_most_after"))
        self._figure_of_target = re.compile(rf"[\d%](?:{bounds})?的?(?:{qualifying}|{targets})*$")
        self._centuries = lex.cues["century_years"]
        self._century = re.compile(alternation(list(self._centuries)))
        self._spans = lex.cues["spans"]
        # 比上年第四季度, 较2025年1-9月: a part of a year the comparison's base names, after its year
        self._span_base = re.compile(rf"(?:{alternation(self._compared)})"
                                     rf"(?:{alternation(lex.words('year_before_words'))}|(?:{YEAR_NUMBER})年)?$")
        self._changes = set(lex.words("increase_verbs") + lex.words("decrease_verbs"))
        self._month_spans = lex.cues["month_range_spans"]
        self._part_lead = re.compile(rf"[\s　]*(?:{alternation(lex.words('part_leads'))})")
        self._span_re = re.compile(alternation(list(self._spans)))
        self._span_hint = re.compile(alternation(["月", *{word[-2:] for word in self._spans}]))
        self._whole_year = re.compile(alternation(lex.words("whole_year_words")))
        # 争取 before the level funds come from (争取中省资金…): what was obtained, in a look back on the year
        obtaining = lex.words("obtaining_phrases")
        self._obtained = re.compile(alternation(obtaining))
        # (争取, the characters every entry opens with: a scan before the pattern)
        self._obtain_mark = next(
            (word[:k] for word in obtaining[:1] for k in range(len(word), 0, -1)
             if all(entry.startswith(word[:k]) for entry in obtaining)), "")
        # 预计全年, 全年预计: the whole year's estimate, in a document on a part of it
        whole, estimate = alternation(lex.words("whole_year_words")), alternation(lex.words("estimate_words"))
        self._whole_year_estimate = re.compile(rf"(?:{estimate})(?:{whole})|(?:{whole})(?:{estimate})")
        # (完成)全年目标的(98.8%), (占)全年计划的(25%), 全年目标任务(1000万美元)的: the year's plan a part's figure is
        # a ratio of, not the year, also for the clauses after it (…完成全年目标的52.4%,占全县的15.8%: still the part's)
        self._whole_year_base = re.compile(rf"(?:{alternation(lex.words('whole_year_words'))})"
                                           rf"(?:{alternation(list(lex.cues['completion_bases']))})"
                                           r"(?:[(（]?\d[\d.]*[\u4e00-\u9fff]{1,4}[)）]?)?的(?=$|\d)")
        self._stretches = lex.cues["stretch_markers"]
        self._plan_stretches = lex.cues["plan_stretch_markers"]
        self._heading_stretches = lex.cues["heading_stretch_words"]
        self._heading_stretch = re.compile(alternation(list(self._heading_stretches)))
        stretches = [*self._stretches, *self._plan_stretches]
        openings = [*PLAN_OPENINGS, NUMBERED_PLAN_OPENING, *(words[0] for words in stretches)]
        self._stretch = re.compile(opening_with(openings,
                                                f"{FIVE_YEAR_PLAN.pattern}|{NUMBERED_PLAN_LEAD}|{alternation(stretches)}"))
        # 年, when every stretch's words hold it (they name years): where it does not stand, no stretch does, nor (with
        # PLAN_FIVE) a plan by its number; a str scan for it tests that first ("" when a word lacks it: no test)
        self._stretch_mark = YEARS if all(YEARS in words for words in stretches) else ""
        # (the count of years and 年 each stretch's words hold, 五年 of 今后五年: with PLAN_FIVE, a test of a lead-in's
        # words before the pattern, whose lookahead opens with characters as common as 的)
        self._stretch_heads = re.compile(alternation({_years_counted(words) for words in stretches}))
        self._review_stretch = re.compile(alternation(list(self._stretches)))
        # (the count of years and 年 in each, 两年 of 这两年: most sentences hold none, and one search for the few of
        # them is many times faster than the whole pattern's scan of the window, and than a str scan for each)
        self._review_stretch_heads = re.compile(alternation({_years_counted(words) for words in self._stretches}))
        self._plan_stretch = re.compile(alternation(list(self._plan_stretches)))
        # (…的任务,)今后五年(中央财政将投入…), (为此,)今后五年(…累计将达…): a plan's stretch opening a clause of the
        # figure's sentence, far from its paragraph's opening (searched only where the first two characters of one
        # stand in the sentence)
        self._clause_plan_stretch = re.compile(
            rf"(?:^|(?<=[,;:，；：]))(?P<words>{alternation(list(self._plan_stretches))})")
        self._plan_stretch_heads = {words[:2] for words in self._plan_stretches}
        stating = alternation(lex.words("plan_stating_verbs"))
        # 五年计划规定的(平均每年增长百分之八点六), in a report on that plan: a figure the plan set, of its last year
        self._plan_stated = re.compile(rf"五年(?:计划|规划)(?:纲要)?的?(?:{stating})")
        # (去年我在政府工作报告中曾)提出,要把(…上涨幅度控制在百分之十以内), (去年政府工作报告)提出,物价涨幅要从(…降到
        # 10%左右), in a review: what was set out then, a target (not 要求, what was asked)
        self._plan_set_out = re.compile(rf"(?:{stating})[,，:：]?[^,，;；。]{{0,{SET_OUT_SUBJECT}}}?要(?!求)"
                                        r"[^,，;；。]*$")
        # 《纲要(草案)》明确了…: the outline states what follows (not 与…纲要相衔接: the year's plan fits it)
        self._plan_outline = re.compile(rf"(?:{alternation(lex.words('plan_outline_words'))})[^,，;；。]{{0,6}}?"
                                        rf"(?:{stating})")
        self._plan_as_name = re.compile(rf"(?:计划|规划)(?>(?:草案|纲要)?)(?!{stating})[\u4e00-\u9fff]")
        # (这是)2026年全区经济增长的预期目标: an opening pointing back at a figure above it names the plan too
        self._plan_opening = re.compile(rf"\s*(?:{alternation(lex.words('pointing_openings'))})?"
                                        rf"(?P<year>今年|明年|(?:{YEAR_NUMBER})年)[^,，;；。]{{0,14}}?"
                                        rf"(?:{alternation(lex.words('target_nouns'))})")
        # (本省60岁以上人口已达1200万, 已超过…, in a plan part: a level already reached, of the year reviewed, no
        # target)
        # (我国有2.9亿在校学生: what the region has, where things stand; 对未开工的17个项目(逐一分析原因): the things
        # not yet done, as they stand)
        self._already_reached = re.compile(
            rf"(?:(?:{alternation(lex.words('achieved_words'))})(?:{alternation(lex.words('reaching_verbs'))})?"
            rf"|(?:我|全)(?:{alternation(lex.words('own_region_levels'))})有"
            rf"|(?:{alternation(lex.words('not_yet_words') + lex.words('achieved_words'))})[\u4e00-\u9fff]{{1,3}}的)"
            rf"(?:{alternation(lex.words('approx_before') + lex.words('at_least_before'))})?$")
        # 预计, 已经: this year's figure estimated or already reached, not planned
        self._so_far_sign = re.compile(alternation(lex.words("so_far_words")))
        self._reaching = tuple(lex.words("reaching_verbs"))
        self._held = tuple(lex.words("holding_verbs"))  # (截至10月底,已)有(规上工业企业326家)
        self._not_planned = re.compile(alternation(lex.words("estimate_words") + lex.words("achieved_words")))
        # 预计全年…: an estimate of the whole year under way
        self._whole_year_estimate = re.compile(rf"(?:{alternation(lex.words('estimate_words'))})(?:今年)?全年")
        # (一九八一年计划为百分之三点七,)实际达到(…), 预计可以达到(…): a clause opening with the result beside the plan
        # (not 由今年预计的3%提高到4%: the estimate the plan starts from)
        results = alternation(lex.words("estimate_words") + lex.words("done_or_estimated"))
        self._result_beside_plan = re.compile(rf"\s*(?:(?:{YEAR_NUMBER})年)?(?:{results})")
        self._price_bases = tuple(lex.words("price_base_words"))
        # (2004年)我们提出用三年时间(基本解决…,这项工作基本完成,已偿还…): the year a decision to work over years was
        # taken, who took it and its verb right after it; the figures of the clauses after are of the time the
        # sentence reports (not 2024年决定新建5万套,当年开工3.2万套: what the year of the decision did)
        decisions = alternation(lex.words("decision_verbs"))
        self._decided = re.compile(rf"[\u4e00-\u9fff]{{0,{DECIDER_WIDTH}}}?(?:{decisions})用?"
                                   r"[一二两三四五六七八九十\d]{1,2}年(?:时间|内|左右)")
        # (2023年)出台的人才政策实施三年来(,累计引进…): the year a scheme was issued, then a stretch running since; the
        # figures of the clauses after are of the time the sentence reports
        self._issued = re.compile(rf"(?:{alternation(lex.words('issue_verbs'))})的[^,，;；。]{{1,{ISSUED_WIDTH}}}?"
                                  r"(?:以来|[一二两三四五六七八九十\d]{1,2}年(?:来|以来))")
        self._base_or_deducted = re.compile(rf"{COMPARED_WITH.pattern}|{alternation(lex.words('deduction_words'))}")
        # (恢复到)2019年的118.6%, (为)2019年的106.2%, (等于)1949年的2.5倍: the year a ratio is of, a base compared with
        self._ratio_of_year = tuple(lex.words("base_year_verbs") + lex.words("times_of_base_verbs"))
        self._estimate_words = tuple(lex.words("estimate_words"))
        self._estimate_word = re.compile(alternation(self._estimate_words))
        self._present_year_word = re.compile(alternation(lex.words("present_years")))  # 今年, 本年
        # 今年上半年, 今年1-6月: a part of the year under way, reported (not 今年是…周年 of a look back posted then)
        self._present_part = re.compile(rf"(?:{alternation(lex.words('present_years'))})"
                                        rf"(?:{alternation(list(self._spans))}|1[-—至]\d{{1,2}}月)")
        # 在1979到1983年平均每年递增7.9%的基础上,(比上年增长14.2%): a clause the figure's is set against, closed
        self._adverbial = re.compile(rf"{ADVERBIAL_OPENER}[^,，;；。]{{0,{ADVERBIAL_WIDTH}}}?"
                                     rf"(?:{alternation(lex.words('adverbial_closers'))})")

    def _read_document(self, text: str, sections: list[Section], meta: DocumentMeta, lex: Lexicon) -> None:
        """What the document's own text, outline and metadata say of its times."""
        self.present_year = meta.year or latest_year(text)
        # a document dated during the year it is about (a brief of 1-10月 posted in November): its 全年 is that year
        self._dated_within = meta.date is not None and meta.date.year == self.present_year
        lines = head_lines(text)
        # the year of a head line giving only the month the document was written (2026年3月 under 咸阳市2025年数字经济
        # 发展报告), when it has no date line: a date all the same, for telling the year it was written in
        written = meta.date.year if meta.date is not None else \
            next((int(m.group(1)) for line in lines if (m := MONTH_LINE.fullmatch(line.strip()))), None)
        # one dated after it (a bulletin on 2025's projects, January 2026; a report on 2025 written in March 2026):
        # its 全年 is over
        self._dated_after = written is not None and self.present_year is not None and written > self.present_year
        # the year a speaker's 今年 names (去年, 明年 counted from it): the date's, in a document dated after the
        # year it is about (今年是“十五五”开局之年,我们将… in a news article of January 2026 on 2025); 上年, the
        # year before the one spoken of, is still counted from that one
        self.spoken_year = written if self._dated_after and written is not None else self.present_year
        head = "\n".join([meta.title or "", *lines])  # a title given with the text, or its own
        # a document about part of a year (一季度经济运行分析会, 2024年11月金融统计数据报告); a title naming two parts
        # (上半年工作总结和下半年工作打算) is about the first, the part it reviews
        titled_month = TITLE_MONTH.search(meta.title or next(iter(lines), ""))
        title = normalise(meta.title or "")
        two_parts = len(self._span_re.findall(title)) > 1
        self.span = (self._stated_span(title, first=True) if two_parts else self._stated_span(head)) or \
            (self._months_reported(text, int(titled_month.group(1)))
             if titled_month and 1 <= int(titled_month.group(1)) <= 12 else None)
        self._title_month = int(titled_month.group(1)) if titled_month else None  # (2025年11月…: 11)
        # a document whose title names a holiday (2026年春节假期…情况): about days of its year, whatever its span
        self._of_holiday = re.search(alternation(lex.words("holidays")), meta.title or next(iter(lines), "")) \
            is not None
        if self.span is None and self._of_holiday and \
                (days := HOLIDAY_DAYS.search(text, 0, OPENING_WORDS)) and days.group(2) in (None, days.group(1)):
            self.span = f"M{int(days.group(1))}"  # (2026年春节假期(2月15日至23日,…): February's days, M2)
        # the last year of the five-year plan the document is about (its mid-term review, its outline): the year the
        # plan's own targets are of (与1.2%的规划目标差距较大)
        plan = NUMBERED_PLAN.search(head) or FIVE_YEAR_PLAN.search(head) or \
            REPORT_ON_PLAN.search(text, 0, OPENING_WORDS)
        self.plan_end = plan_years(int(parse_chinese(next(g for g in plan.groups() if g))))[1] if plan else None
        # a title naming a plan that ended before the document's year, and no year of its own (“十四五”规划实施情况总结,
        # 2026年3月): the document sums the plan up, its figures of the plan's years, reviewed from its last
        title = _titled(meta.title or next(iter(lines), ""), lines)
        titled = NUMBERED_PLAN.search(title) or FIVE_YEAR_PLAN.search(title)
        self.summed_plan = self.plan_end if titled and YEAR.search(title) is None and self.plan_end is not None \
            and self.present_year is not None and self.plan_end < self.present_year else None
        self._plan_target_words = tuple(lex.words("plan_target_words"))
        # 《…妇女发展规划(2021-2030年)》 in the opening: a plan of its own stretch (no five-year plan) running past the
        # document's year, whose targets its words name in passing (尚未达到45%的规划目标) are of its last year
        stretch = re.compile(rf"(?:{alternation(self._plan_target_words)})\(({YEAR_NUMBER})-+({YEAR_NUMBER})年\)") \
            .search(text, 0, OPENING_WORDS) if plan is None else None
        self._stretch_plan_end = year_number(stretch.group(2)) if stretch and self.present_year is not None and \
            year_number(stretch.group(2)) > self.present_year else None
        # (2025年市级预算调整方案: a plan of its own year, its sentences of the adjustment that year's plan)
        self._adjusting = any(word in (meta.title or "") for word in lex.words("adjustment_titles"))
        self._adjustment = re.compile(rf"{alternation(lex.words('adjustment_bases'))}|"
                                      rf"(?:{alternation(lex.words('adjusted_budgets'))})[^,;。]{{0,{ADJUSTED_WIDTH}}}"
                                      rf"(?:{alternation(lex.words('adjustment_verbs'))})")
        self._adjusted_opening = re.compile(alternation(lex.words("adjusted_openings")))  # 调整后
        self._planned_use = re.compile(alternation(lex.words("planned_uses")))  # (新增一般债券主要)用于(:…)
        # the month a monthly page is of (2025年11月…主要经济指标, or the last of 2025年1-11月…简况): its tables'
        # 本月 and 1-本月 columns
        month = TITLE_MONTH.search(meta.title or "")
        months = MONTH_RANGE.search(meta.title or "") if month is None else None
        first = FIRST_MONTHS.search(meta.title or "") if month is None and months is None else None
        self.month = int(month.group(1)) if month else \
            int(months.group(2)) if months and months.group(1) == "1" else \
            int(parse_chinese(first.group(1))) if first else None  # (2025年前11个月…外贸进出口情况: 11)
        self.review_year, self.plan_year = self._standpoint(meta, sections, lex)
        self._date = meta.date
        self._spoken = meta.kind == "speech"  # (a speech in a part of the year speaks of what is left of it)
        self._stating = tuple(lex.words("plan_stating_verbs"))  # (会议部署,下半年…: a plan said of the part)
        self._plan_ends = self._plans_reaching(text) | self._stretches_from(text)
        self.sections = self._sections(sections)
        # a document looking back on a year ending (late in it, its plan of the next): funds its clause says were
        # sought from above (全年争取中省资金…) are what the year's effort obtained
        self._year_reviewed = self.review_year is not None and self.review_year == self.present_year and \
            self.plan_year is not None and self.plan_year > self.review_year
        self._section_starts = [s.start for s in self.sections]
        self._paragraphs: dict[int, SectionContext | None] = {}
        self._parts: dict[int, SectionContext] = {}  # (part_at's, by paragraph)
        self._opening_years: dict[int, int | None] = {}
        self._opened_this_year: set[int] = set()  # sentences whose opening year an earlier one's 今年 gave
        self._opened_part: set[int] = set()  # … or its 今年 or number with a part of it (今年1-9月, 2025年10月末)
        self._so_far_spans: dict[int, str] = {}  # (今年以来,…。1—7月累计…。X: X's, M1-M7)
        self._opened_now: set[int] = set()  # sentences whose opening year is the state now a 现有 sentence opened
        self._paragraph_openings: dict[int, list[re.Match[str]]] = {}
        self._opening_spans: dict[int, list[tuple[int, str, bool]]] = {}
        self._sentence_spans: dict[int, str | None] = {}
        self._lead_years: dict[int, tuple[int, int] | None] = {}

    def _standpoint(self, meta: DocumentMeta, sections: list[Section], lex: Lexicon) -> tuple[int | None, int | None]:
        """The year the document reviews and the year it plans. A report early in a year reviews the
        year before; a document about part of a year (or a holiday) reviews and plans the year under way; a
        summary, a bulletin, a document dated after its year, or a speech late in the year (dated from
        `year_end_month`, or whose headings speak of 今年's work in review and 明年's in plan) reviews its
        own year and plans the next; a page of no known kind about a five-year plan still under way (its
        mid-term review) reviews the year before its own; one of no known kind, or a speech, dated after the
        months of reports on the year before (report_months) in its own year, reviews and plans that year."""
        year = self.present_year
        if year is None:
            return None, None
        if self.span is not None or self._of_holiday or self._adjusting:
            return year, year
        late = meta.date is not None and meta.date.year == year and meta.date.month >= int(lex.cues["year_end_month"]) \
            and meta.kind not in DELIVERED_EARLY  # a work report posted in November was still given in spring
        # dated after the year its title names (2025年全省经济运行…, 统计局 2026年1月22日; 管委会2025年工作报告 given
        # in January 2026): a look back at that year
        after = self._dated_after
        relative = [(RELATIVE_YEAR.search(s.heading), s.heading) for s in sections]
        spoken = any(m and (m.group(1) == "明年" or (m.group(1) == "今年" and self._heading_mode(h) == "review"))
                     for m, h in relative) or self.text.count(NEXT_YEAR) >= int(lex.cues["next_year_mentions"])
        # headings reviewing the document's own year in words and naming the next (2025年工作回顾, 2026年目标任务 in a
        # report of 2025 whose date line went with the page's furniture): no report given early in a year reviews it
        named = [(year_number(m.group(1)), s.heading) for s in sections if (m := YEAR.search(s.heading))]
        reviewed_own = any(y == year + 1 for y, _ in named) and any(
            y == year and self._heading_mode(h) == "review" for y, h in named)
        if self.summed_plan is not None:
            return self.summed_plan, self.summed_plan + 1
        # (the two scans of the whole text last, only for a document the rest says nothing of)
        if meta.kind in OWN_YEAR_KINDS or late or after or spoken or reviewed_own or self._planning_next(year) or \
                self._estimated(year) or self._late_months_reported(lex):
            return year, year + 1
        if self.plan_end is not None and self.plan_end > year and meta.kind is None:
            return year - 1, year  # a five-year plan's mid-term review (2024年6月): of the years up to the last ended
        if meta.kind in POSTED_DURING_YEAR_KINDS and meta.date is not None and meta.date.year == year and \
                meta.date.month > int(lex.cues["report_months"]) and \
                ((latest_year(self._base_year.sub("", self.text)) or year) >= year
                 or self._present_part.search(self.text) or self._this_year_said()):
            # a page of no known kind posted during its year (假期旅游市场情况, 10月9日), or a speech given then (a
            # 百日攻坚 mobilization in August: 今年以来…, 1—7月…): that year's; one naming no year later than the
            # one before (a look back over 1949–2025 posted in September 2026) is of the last year it names, unless it
            # reports a part of the year under way (今年上半年…, 今年1-6月; present_years), or speaks of the year under
            # way as its own time (a letter answering a deputy: 今年,我县将…; 今年以来…): that one is its own
            return year, year
        return year - 1, year

    def _planning_next(self, year: int) -> bool:
        """Whether the text names a plan or budget of the year after its own `year` (一九六五年计划草案拟定…): a
        document late in its year."""
        return any(year_number(m.group(1)) == year + 1 for m in YEAR_PLAN.finditer(self.text))

    def _estimated(self, year: int) -> bool:
        """Whether the text estimates figures of its own `year` (一九五四年预计产量, 今年预计将达…): a document late
        in its year."""
        # (the words first: they are few)
        return any((own := OWN_YEAR_BEFORE.search(self.text, max(0, m.start() - OWN_YEAR_WORDS), m.start()))
                   and (own.group(1) is None or year_number(own.group(1)) == year)
                   for m in opened_by(self._estimate_word, self._estimate_words, self.text))

    def _late_months_reported(self, lex: Lexicon) -> bool:
        """Whether the text reports a part of its own year running from January to a month late in it (今年一月至九月,
        全国刑事犯罪案件的发案数…下降了…, in a report of the year's last months): a document late in its year."""
        late = int(lex.cues["late_months_reported"])
        for m in self._present_year_word.finditer(self.text):
            span = self._stated_span(self.text[m.end():m.end() + PRESENT_PART_WIDTH])
            months = span_months(span) if span else None
            if months is not None and months[0] == 1 and months[1] >= late:
                return True
        return False

    def _this_year_said(self) -> bool:
        """Whether the text speaks of 今年 as its own time (今年,我县将…, 今年以来…, 今年重点做了…), not of a
        base compared with (与今年相比), an anniversary (今年是…周年) nor a day's event (今年3月,…) in a look back."""
        return THIS_YEAR in self.text and any(
            m.group(1) == THIS_YEAR and not NOT_THIS_YEAR_SAID.match(self.text, m.end())
            for m in RELATIVE_YEAR.finditer(self.text))

    def _sections(self, sections: list[Section]) -> list[SectionContext]:
        """Each part's context; a heading line without a number opens a part only when it dates it
        (2026年自治区民生实事, “十四五”时期发展成就和2025年工作回顾) or the years a plan of it runs to
        (今后五年建设的目标和任务), else its text belongs to the part before."""
        out: list[SectionContext] = []
        named: list[SectionContext] = []  # parts whose heading writes its year (not 上年度, counted from ours)
        # a plan part under a heading line without a number (今后五年的主要任务, 第六个五年计划的基本任务), and the
        # context of the numbered part after it as its own heading gives it
        plan: SectionContext | None = None
        own: SectionContext | None = None
        reviewed = planning = False  # a numbered part reviewed, then one planned: the report has turned to its plan
        for section in sections:
            context = self._section(section)
            if section.numbered:
                if planning and context.mode is None and context.year is None and context.horizon is None \
                        and not context.span:
                    # 四、认真进行行政管理体制和政府机构改革, after 一、…的五年 (review) and 二、争取…新台阶 (plan): the
                    # parts after the plan's go on with it, of the year planned, whatever their words (a sentence
                    # naming a past year still looks back)
                    context = replace(context, mode="plan")
                planning = planning or (reviewed and context.mode == "plan")
                reviewed = reviewed or context.mode == "review"
            if not section.numbered and out and context.year is None and not context.span and context.horizon is None:
                if plan is None:
                    out[-1] = replace(out[-1], end=section.end)
                    continue
                # a heading line after the numbered parts of a plan line (六五计划前两年的执行情况): theirs ends, and
                # its text keeps what the numbered part before would have given it
                context, plan = replace(own or context, start=section.start, end=section.end), None
            elif not section.numbered:
                plan = context if context.mode == "plan" else None
            elif plan is not None and context.mode is None and context.year is None and context.horizon is None \
                    and not context.span:
                # (一)关于经济建设 under 今后五年的主要任务: a part of that plan, of its years
                own, context = context, replace(context, mode=plan.mode, year=plan.year, horizon=plan.horizon)
            out.append(context)
            if YEAR.search(section.heading) and not (context.mode == "plan" and self._caption.match(section.heading)):
                # (not 表2 …（目标值为2030年）: a caption's targets' year is its table's, no standpoint;
                # but 表1 2025年各县市主要经济指标 dates a bulletin whose title was not found)
                named.append(context)
        # years the headings write say more than the date (a speech of January posted in November); a year counted
        # from the document's (上年度审计查出问题整改情况 in an audit of 2025 given in 2026) says nothing new
        review = next((s.year for s in named if s.mode == "review" and s.year), None)
        plan = next((s.year for s in named if s.mode == "plan" and s.year), None)
        if review or plan:
            self.review_year = review or (plan - 1 if self.span is None else plan)
            self.plan_year = plan or (review + 1 if self.span is None else review)
        return out

    def _heading_mode(self, heading: str) -> str | None:
        """Plan when a heading's words say so (目标, 任务), else review (回顾, 总结), else None; None too when it names
        the situation beside the plan (当前国内形势和基本任务: a part of both)."""
        words = set(self._mode_words.findall(heading))
        if heading.lstrip().startswith(self._goal_openings):
            return "plan"  # 二、争取国民经济再上一个新台阶: a goal
        if words & self._plans:
            if heading.rstrip(HEADING_END).endswith(self._executed):
                return "review"  # 六五计划前两年的执行情况: how the plan it names was carried out
            if any(word in heading for word in (*self._situation, *self._problems)):
                return None
            # 二、建议办理和今年工作推进情况: a heading whose last words report how planned work goes (plan words before
            # them: 今年工作) opens a part of both, as a situation beside the tasks does: each sentence's own words say
            # whether its figures are planned (计划新增…) or achieved (截至6月底,已新增…)
            return None if heading.rstrip(HEADING_END).endswith(self._progress_endings) else "plan"
        if any(word in heading for word in self._problems):
            # 四、存在的问题: where things stand, in the year reviewed, even after the plan's part (not 存在的不足和努力
            # 方向, which names the way ahead too: a target verb)
            return None if any(verb in heading for verb in self._goal_openings) else "review"
        return "review" if words & self._reviews else None

    def _section(self, section: Section) -> SectionContext:
        """A heading's year says more than its words: in a report delivered in 2026, "2026年主要工作"
        is the plan and "2025年工作回顾" the review, whatever else the heading says."""
        heading = section.heading
        mode = self._heading_mode(heading)
        m = YEAR.search(heading)
        relative = RELATIVE_YEAR.search(heading)
        year = year_number(m.group(1)) if m else None
        if year is None and relative and self.present_year is not None:
            year = (self.spoken_year if relative.group(1) != OF_THE_PART else self.present_year) + \
                RELATIVE_OFFSET[relative.group(1)]
        if year is not None and self.review_year is not None:
            if year > self.review_year:
                mode = "plan"
            elif year < self.plan_year:
                mode = "review"
        if year is None and relative is None and (milestone := self._plan_milestone(heading)) is not None:
            year = milestone  # 全力推动“十五五”开好局、起好步: the plan's first year
            if self.review_year is not None:
                mode = "plan" if year > self.review_year else "review" if year < self.plan_year else mode
        lead = self._lead_in(heading) or self._heading_lead_in(heading)
        stretch = lead[1] if lead and year is None and mode == "review" and lead[0] == "review" else 0
        horizon = self._horizon(heading) if year is None and mode == "plan" else None
        if horizon is None and year is None and mode == "plan" and (own := self._own_plan_named(heading)):
            # 二、第一个五年计划概要, in 1955's report on the plan of 1953–1957: the part sets the plan out, its
            # targets of its last year; 四、为完成和超额完成第一个五年计划而奋斗: a call to carry the plan out, whose
            # part reviews the years done before it turns to the rest, neither mode (each sentence's words say what is
            # planned)
            completing = any(verb in heading[:own.start()] for verb in self._completion)
            mode, horizon = (None, None) if completing else (mode, self.plan_end)
        span = self._stated_span(heading) or None
        if mode is None and year is None and span and self._after_own_span(span):
            mode = "plan"  # 三、全力以赴抓好下半年工作 in a speech on the first half: the part plans the second
        if mode in (None, "plan") and year is None and horizon is None:
            # 二、争取国民经济再上一个新台阶 / 今后五年是…: the part plans those years
            body = self.text[self.text.find("\n", section.start) + 1:section.end].lstrip()
            opening = self._lead_in(body[:LEAD_IN].split("\n", 1)[0])
            if opening is not None and opening[0] == "plan":
                mode, horizon = "plan", opening[2]
        return SectionContext(section.start, section.end, mode, year, stretch, span, horizon)

    def _own_plan_named(self, heading: str) -> re.Match[str] | None:
        """The name of the five-year plan the report is on (plan_end) in a heading, when that plan is still under way
        in the year reviewed (第一个五年计划, in 1955's report on 1953–1957's); else None."""
        if self.plan_end is None or self.review_year is None or self.plan_end <= self.review_year:
            return None  # (most documents are on no such plan: no scan)
        named = NUMBERED_PLAN.search(heading) or FIVE_YEAR_PLAN.search(heading)
        number = next((g for g in named.groups() if g), None) if named else None
        return named if number and plan_years(int(parse_chinese(number)))[1] == self.plan_end else None

    def _plan_milestone(self, heading: str) -> int | None:
        """The year a heading names as a five-year plan's first or last by its milestone (推动“十五五”开好局、起好步:
        the first; “十四五”圆满收官: the last); else None."""
        if PLAN_FIVE not in heading:
            return None  # (most headings name no plan: one scan)
        m = self._milestone.search(heading)
        if m is None:
            return None
        first, last = plan_years(int(parse_chinese(next(g for g in m.groups()[:-1] if g))))
        return first if self._milestones[m.group("milestone")] == "first" else last

    def _horizon(self, heading: str) -> int | None:
        """The last year of a stretch still to come that a heading names (“十四五”时期发展成就和
        “十五五”时期主要目标任务: 2030; 今后五年的目标任务)."""
        plans = (self._stretch_lead(m) for m in self._stretch.finditer(heading))
        found = next((last for mode, _, last in plans if mode == "plan"), None)
        if found is None and self.plan_year is not None and PLAN_FIVE in heading:
            # (a plan's name with no word of its time after it: “十五五”主要目标任务; a milestone, “十五五”开好局, has
            # dated the heading before)
            numbers = (next(g for g in m.groups() if g) for m in BARE_PLAN.finditer(heading))
            found = next((last for first, last in map(plan_years, map(int, map(parse_chinese, numbers)))
                          if first >= self.plan_year), None)
        return found

    def _heading_lead_in(self, heading: str) -> tuple[str, int, int | None] | None:
        """A heading says 五年 where a paragraph says 这五年 (一、过去一年和五年工作回顾)."""
        m = self._heading_stretch.search(heading)
        return ("review", int(self._heading_stretches[m.group(0)]), self.review_year) if m else None

    def _lead_in(self, words: str) -> tuple[str | None, int, int | None] | None:
        """What a lead-in says (这五年, 今后五年, “十四五”时期): review or plan, the years a review
        covers and the year the stretch ends (a plan's figures over several years are of its last
        year); None when it names no stretch."""
        if PLAN_FIVE not in words and (self._stretch_mark not in words or self._stretch_heads.search(words) is None):
            return None  # (most openings name no stretch)
        m = next((m for m in self._stretch.finditer(words) if not words.endswith(self._compared, 0, m.start())
                  and not self._plan_as_name.match(words, m.end())), None)
        # (比“十三五”时期增长: a base compared with; 与“十五五”规划纲要相衔接: a plan's name qualifying a
        # noun: no lead-in; “七五”计划草案规定: the plan states what follows)
        return self._stretch_lead(m) if m else None

    def _stretch_lead(self, m: re.Match[str]) -> tuple[str | None, int, int | None]:
        """What one stretch of years says: review or plan, the years a review covers, the year it ends. A plan under
        way in the year planned is neither, but its years (第六个五年计划期间, in 1982's plan) end in its last year."""
        number = m.group(1) or m.group(2) or m.group(3)
        if number:
            first, last = plan_years(int(parse_chinese(number)))
            if self.review_year is not None and last <= self.review_year:
                return "review", last - first + 1, last
            if self.plan_year is not None and first >= self.plan_year:
                return "plan", 0, last
            return None, 0, last if m.string.startswith(PLAN_PERIOD_WORDS, m.end()) else None
        if m.group(0) in self._stretches:
            return "review", int(self._stretches[m.group(0)]), self.review_year
        years = int(self._plan_stretches[m.group(0)])
        return "plan", 0, self.plan_year + years - 1 if self.plan_year is not None else None

    def section_at(self, pos: int) -> SectionContext:
        i = bisect_right(self._section_starts, pos) - 1  # (the sections follow each other, none empty but the first)
        return self.sections[i] if i >= 0 and pos < self.sections[i].end else self.sections[-1]

    def part_at(self, pos: int) -> SectionContext:
        """The context of `pos`: its paragraph's, when a lead-in opens it (or the list it is an
        item of), else its section's. Worked out once a paragraph: the section of its start is that of any position
        in it, as sections start at a line's start."""
        start = paragraph_start(self.text, pos)
        if (part := self._parts.get(start)) is None:
            part = self._parts[start] = self._paragraph_at(start) or self.section_at(start)
        return part

    def _paragraph_at(self, start: int) -> SectionContext | None:
        """The context the paragraph starting at `start` opens, if any (_paragraph), worked out once."""
        if start not in self._paragraphs:
            self._paragraphs[start] = self._paragraph(start)
        return self._paragraphs[start]

    def _paragraph(self, start: int) -> SectionContext | None:
        section = self.section_at(start)
        # the paragraph's opening words, or a short line before it (这是经济实力持续提升的五年。); an item of
        # a list (——…) takes the lead-in of the paragraph that opens the list
        above = previous_paragraph(self.text, start)
        listed = is_list_item(self.text, start)
        while above > section.start and listed and is_list_item(self.text, above):
            above = previous_paragraph(self.text, above)
        words = self.text[above:start].strip()
        short = len(words) <= LEAD_IN or (len(words) <= LEAD_PARAGRAPH and not any(map(str.isdigit, words)))
        # a heading that names its year (“十五五”时期目标任务和2026年工作安排) has said what it says of the part
        own_heading = above == section.start and (section.year is not None or section.mode is not None)
        lead_in = self.text[above:start] if above >= section.start and not own_heading and (short or listed) else ""
        opening = self.text[start:start + LEAD_IN].split("\n", 1)[0]  # (not the next paragraph's)
        lead = self._lead_in(opening)
        if (lead is None or lead[0] is None) and section.mode == "plan" and self.plan_year is not None and \
                self._plan_outline.search(opening):
            return replace(section, year=None, horizon=plan_holding(self.plan_year)[1])  # 《纲要》明确了…指标
        lead = lead or self._lead_in(lead_in[:LEAD_IN])
        if lead is None or lead[0] is None:
            planned = self._planned_year(opening) or (self._planned_list(lead_in) if listed else None)
            if planned:
                return replace(section, mode="plan", year=planned)
            # 第六个五年计划期间,…出口总额将达到…: the years of a plan under way, whose targets stated in the paragraph
            # without a year of their own are of its last (what the paragraph achieved keeps the part's time)
            under_way = lead[2] if lead is not None and section.year is None and section.horizon is None else None
            return replace(section, horizon=under_way) if under_way else None
        mode, stretch, year = lead
        return replace(section, mode=mode, stretch=stretch or section.stretch, year=year or section.year)

    def _adjusted(self, sentence_start: int, pos: int) -> bool:
        """Whether the sentence of a figure at `pos` says an adjustment of the year's budget (调整为, 比年初预算); a
        figure before the words opening the adjusted budget (本次新增专项债券30亿元,调整后,…比年初预算增加…:
        adjusted_openings) is what the adjustment takes in, not its plan."""
        sentence = self._up_to_stop(sentence_start, pos)
        opening = self._adjusted_opening.search(sentence, pos - sentence_start)
        return self._adjustment.search(sentence, 0, opening.start() if opening else len(sentence)) is not None

    def _uses_planned(self, pos: int) -> bool:
        """Whether the paragraph of a figure at `pos` opens with a sentence that plans (新增专项债券41.7亿元拟安排项目
        49个,按领域分:…), or with words of uses before its first figure (新增一般债券主要用于:…, 新增专项债券共支持项目
        60个,…; planned_uses): the uses an adjustment plans for what it adds, its figures (其中,用作项目资本金…; 预计可
        带动…) the year's targets."""
        start = self.text.rfind("\n", 0, pos) + 1
        opening = self._up_to_stop(start, start)
        figure = DIGIT.search(opening)
        return self._target_said(opening) or \
            self._planned_use.search(opening, 0, figure.start() if figure else len(opening)) is not None

    def _up_to_stop(self, start: int, pos: int) -> str:
        """The text from `start` to the end of the sentence `pos` stands in."""
        stop = SENTENCE_STOP.search(self.text, pos)
        return self.text[start:stop.start() if stop else len(self.text)]

    def timing(self, sentence_start: int, pos: int, pair_end: str | None = None, end: int | None = None,
               targeted: bool = False) -> Timing:
        """The timing of a figure at `pos` (ending at `end`), read from its sentence up to it and its
        part. `targeted`: the words after it say it is a target (8%左右的国内生产总值增长目标).
        `pair_end`: "from" or "reached" in a from–to pair (从A增长到B). Only a year right
        before such a figure is its own (从2020年的…); without one, the "from" figure is of the year
        before the stretch it opens (2020 for a 十四五 review ending in 2025)."""
        before = self.text[max(sentence_start, pos - SENTENCE_WINDOW):pos]
        part = self.part_at(pos)
        if self._adjusting and (self._adjusted(sentence_start, pos) or (
                part.mode != "review" and self._uses_planned(pos))):
            # (市级一般公共预算支出预算调整为231.4亿元,比年初预算增加12.8亿元; 赤字由年初的3亿元调整为9.5亿元): the
            # year's budget as adjusted, and as first passed, targets of the year
            return Timing(self.present_year, True, None)
        # (a planned figure named outside a plan, 年度计划投资128.6亿元 in a review or 列入年度计划的新开工项目38个 in a
        # brief on the year's first ten months, or a cap set from above right before it, 省下达的用水总量控制指标为…,
        # is a target of the year reviewed)
        reviewed_plan = part.mode != "plan" and (self._plan_named(before) or (
            PLAN_SET_OUT_MARK in before and self._plan_set_out.search(before) is not None) or
            before.endswith(self._caps))
        targeted = targeted or reviewed_plan
        # (全年争取中央预算内资金4.8亿元 in a bulletin posted after that year, 全年争取中省资金3.86亿元 in a summary
        # late in it: what the year's effort obtained)
        sentence_stretch = self._sentence_stretch(before)  # (这两年中, 四年中: read once, asked up to four times)
        # (in a plan part, 预算外资金…由…增加到…,四年间增长75.2%: a sentence over the years reviewed looks back)
        looked_back = part.mode == "plan" and (
            (YEARS in before and sentence_stretch > 0 and not self._target_said(before))
            or self._already_reached.search(before, len(before) - ALREADY_WINDOW) is not None
            or self._done_by_day(before))
        # (在工业生产方面,)本年1-5月份(…比上年同期增长33.3%), in the part planning the year: months of it already
        # past when the report is given (none still to come at its date), what was done so far
        so_far = self._months_so_far(sentence_start, before, part, targeted) if part.mode == "plan" and \
            not looked_back else None
        looked_back = looked_back or so_far is not None
        said = part.mode is None and (self._target_said(before) or (
            WITHIN_MARK in before and WITHIN_YEARS_TO_COME.search(before) is not None)) and \
            not self._done_since_plan(before)
        planned = (part.mode == "plan" and not looked_back) or (
            said and not (self._dated_after and self._whole_year.search(before))
            and not (self._year_reviewed and self._obtain_mark in before and self._obtaining(before)))
        # 上年 in a sentence that plans (将由上年18亿元增加到95亿元) is the year before the one planned
        standpoint = part.year or (self.plan_year if planned else self.review_year)
        if OF_THE_PART in before and part.year is None and not planned and \
                (opening := self._opening_year(sentence_start)) is not None:
            standpoint = opening  # (1979年钢产量…。每吨钢的综合能耗,由上年的2.51吨: the year before 1979)
        # a pair's figure takes only the year right before it (从2020年的…); a figure reached with no start
        # in its sentence (今年要把人口增长率降到…) is the sentence's
        paired = PAIR_FROM.search(before) if pair_end == "reached" else None
        own_year_only = pair_end == "from" or paired is not None
        # (1979年人口自然增长率由上年的(1.2%): the start's own year, counted from the one its sentence names)
        own_only = own_year_only and not FROM_PRIOR_YEAR.search(before, len(before) - 4)
        explicit = self._explicit_year(before[-8:] if own_only else before, standpoint)
        if explicit is None and paired is not None and FROM_YEAR_OWN.search(before, paired.start()):
            # 今年政府对农业的投资比重由去年的10.7%提高到14%: the start has a year of its own, the end the sentence's
            explicit = self._explicit_year(before[:paired.start()], standpoint)
        if EFFECTIVE_MARK in before and (effective := last_match(EFFECTIVE_FROM.finditer(before))):
            # 自2025年1月1日起,…标准2490元/月,比原标准(2280元/月)提高…; 从2002年1月1日起,关税总水平已由15.3%降到12%:
            # the year a change takes effect, and the year before it for what it changes from
            changed_from = pair_end == "from" or FORMER_IN_BRACKETS.search(before, effective.end()) is not None
            explicit = year_number(effective.group(1)) - (1 if changed_from else 0)
        counted_on = None  # the year of the day a stock is counted on, which no plan is of once the document is dated
        if AS_OF_MARK in before and (as_of := last_match(AS_OF_DAY.finditer(before))):
            explicit = counted_on = year_number(as_of.group(1))
        if explicit is not None and self.present_year is not None and explicit > self.present_year and \
                self._date is not None and (across := last_match(MONTHS_ACROSS.finditer(before))) is not None and \
                year_number(across.group(1)) == self.present_year and year_number(across.group(3)) == explicit and \
                (explicit, int(across.group(4))) < (self._date.year, self._date.month):
            # (2025年7月至2026年6月,全市审计机关共完成审计项目86个, in the audit report on 2025 given in August 2026):
            # months from the document's year into the next, over when it was given, are its year's work
            explicit = self.present_year
        stated = self._stated_span(before)
        if stated is None and self._title_month is not None and \
                (opened := MONTH_OPENING.match(self.text, sentence_start)) and \
                int(opened.group(1)) == self._title_month:
            stated = f"M{self._title_month}"  # (in a page on 2025年11月, the month's own figures, whatever its span)
        if stated and ONE_MONTH_SPAN.fullmatch(stated) and self._done_by_day(before) and \
                not before.startswith(self._reaching, before.rfind(DONE_MARK) + 1):
            # 截至2026年4月末,已发行(新增债券…): what was done from the year's start up to that day (not 已达…, a
            # level reached on it)
            stated = self._month_span(1, int(stated[1:])) or stated
        if pair_end and explicit is None and (years := self._pair_years(before)) and (
                pair_end == "from" or PAIR_FROM.search(before, years[2])):
            # 一九七一年到一九七八年的人口自然增长率,…由…降到…: the pair runs between them (not 从一九五三年到
            # 一九八〇年…,六五计划把这个比例提高到…, a figure of its own)
            explicit = years[0] if pair_end == "from" else years[1]
        if pair_end == "from" and explicit is None and BASE_COMPARED_MARK in before and \
                (base := last_match(BASE_COMPARED.finditer(before))) is not None and \
                PAIR_FROM.search(before, base.end()):
            explicit = year_number(base.group(1))
        if pair_end and explicit is None and (lead_years := self._list_lead_years(sentence_start)):
            explicit = lead_years[0] if pair_end == "from" else lead_years[1]  # (钢:从…增加到…, under its lead-in)
        if pair_end == "reached" and explicit is None and YEARS in before and \
                (earlier := last_match(TO_YEAR.finditer(before))) is not None and \
                PAIR_FROM.search(before, earlier.end()):
            # 由1980年的675所增加到1982年的729所,招生数由28万人增加到(31万人): a later pair of the sentence ends in
            # the year the one before it ran to, as it starts in the year that one started from
            explicit = year_number(earlier.group(1))
        opened_this_year = False  # (今年以来,…。立案处罚412起: a year an earlier sentence's 今年 gave)
        opened_part = False  # (今年1-9月,…。其中,税收收入…: and a part of it, the span the opening names)
        now_said = False  # (…,)目前(我国农民大体上有百分之二十…): a state at the time the document speaks in
        if NOW_SAID_MARK in before and pair_end is None and self.spoken_year is not None and \
                (now := last_match(self._now_said.finditer(before))) is not None and \
                not self._now_planned.search(self._no_plan_phrase.sub("", before[now.end():])) and \
                all(NOW_GOES_ON.match(before, comma.end()) for comma in COMMA.finditer(before, now.end())) and \
                self._last_year_word(before) <= now.start():
            explicit, now_said = self.spoken_year, True
        elif NOW_HAS_MARK in before and pair_end is None and self.review_year is not None and part.mode != "plan" and \
                (has := last_match(self._now_has.finditer(before))) is not None and \
                not self._now_planned.search(self._no_plan_phrase.sub("", before[has.end():])) and \
                self._last_year_word(before) <= has.start():
            # (截至2024年底,…。您所在的横溪镇,)现有(老年人9260人,建有照料中心18个…), in a letter: the state at the
            # time the document speaks in (the year it reviews: 现有1260万农村户籍孩子…, in a report given early in
            # 2013, is 2012's), for the clauses after it in its sentence too
            explicit, now_said = self.review_year, True
        if explicit is None and pair_end != "from" and self.plan_year is not None and \
                part.mode == "plan" and part.year == self.plan_year and \
                any(head in before for head in self._plan_stretch_heads) and \
                (ahead := last_match(self._clause_plan_stretch.finditer(before))) is not None:
            # (确保到2007年…。发展职业教育…,)今后五年(中央财政将投入100亿元), in the part planning the year: the
            # stretch's last year, not one an earlier sentence of the paragraph opened with (a part of other years keeps
            # its own)
            explicit = self.plan_year + int(self._plan_stretches[ahead.group("words")]) - 1
        if explicit is None and pair_end != "from" and not part.stretch and not sentence_stretch and \
                not self.text[sentence_start:sentence_start + LEAD_IN].lstrip().startswith(FROM_NOW_ON):
            # (一九八一年实际执行结果为二十五亿元。)今后(…力争财政赤字少于三十亿元): no year a sentence before opened
            explicit = self._opening_year(sentence_start)
            now_said = now_said or sentence_start in self._opened_now
            opened_this_year = sentence_start in self._opened_this_year
            opened_part = sentence_start in self._opened_part
        if explicit is None and self._plan_ends:
            explicit = next((year for plan, year in self._plan_ends.items() if plan in before), None)
        if pair_end == "from":
            if explicit is None and (earlier := last_match(FROM_YEAR.finditer(before))):
                explicit = year_number(earlier.group(1))  # 由2020年的7.2%提升至7.4%, 由20.5%提升至21.1%: same start
            if explicit is None and PLAN_FIVE in before and part.mode != "plan":
                explicit = self._before_plan_reviewed(before, part.year or self.review_year)
            if explicit is None and not sentence_stretch:
                explicit = self._paragraph_start_year(sentence_start)
            last = part.year or self.review_year
            # 这两年中,钢产量由…增加到…; a paragraph going on with the stretch one above it opened
            stretch = sentence_stretch or part.stretch or self._stretch_above(pos) or \
                (PLAN_LENGTH if self.summed_plan is not None else 1)
            if explicit is None and last is not None and part.mode != "plan":
                return Timing(last - stretch, False, stated or None)
            if explicit is None and part.mode == "plan" and self.review_year is not None:
                # a plan's start: where things stand; in the part setting out the report's own five-year plan, the
                # year before the plan (第六个五年计划的基本任务,…农业总产值由…增加到…: 1980)
                own_plan = part.horizon is not None and part.horizon == self.plan_end
                start = min(self.review_year, self.plan_end - PLAN_LENGTH) if own_plan else self.review_year
                return Timing(start, False, stated or None)
        is_target, of_plan = planned and not now_said, False
        if targeted or (end is not None and self.target_after(end)):
            is_target = True
            if (self.plan_end or self._stretch_plan_end) is not None and end is not None and \
                    self._plan_target(before, end, explicit):
                # 低于规划确定的年均增长7%的目标: the plan's, of its last year
                explicit, of_plan = self.plan_end or self._stretch_plan_end, True
        if is_target and explicit is None and self.plan_end is not None and \
                self._plan_stated.search(before, _clause_start(before, len(before))):
            explicit, of_plan = self.plan_end, True  # (超过)五年计划规定的(平均每年增长百分之八点六): the plan's own
        if is_target:
            default = part.year or (self.review_year if reviewed_plan else part.horizon or self.plan_year)
            if part.year is None and self._dated_within and (
                    self._whole_year.search(before) or (stated and self._still_to_come(stated, self.present_year))):
                # (围绕)全年(规上工业总产值突破220亿元的目标), in November; (力争)一季度(接待游客突破260万人次), in
                # February: this year's
                default = self.present_year
            ahead = last_match(YEARS_AHEAD.finditer(before)) if explicit is None and not part.horizon and \
                YEARS in before else None  # (its pattern opens with a lookbehind: tried at every character)
            if ahead is None and explicit is None and not part.horizon and end is not None:
                ahead = PLAN_OF_YEARS_AFTER.match(self.text, end)  # (实施总额4万亿元)的两年投资计划: the plan's total
            if ahead and self.plan_year is not None:  # 五年平均人口自然增长率控制在…: over the years planned
                years = int(parse_chinese(next(group for group in ahead.groups() if group)))
                default = self.plan_year + years - 1
                if years == PLAN_LENGTH and self.plan_end is not None and self.plan_year <= self.plan_end < default:
                    default = self.plan_end  # (五年合计…, 这五年内… in a report on a plan under way: its years)
            planned_from = self.plan_year or default  # (a five-year part plans its years from the first)
            if explicit is not None and planned_from is not None and explicit < planned_from and \
                    (not targeted or pair_end == "from") and not of_plan:
                # a plan section looking back at a past year (not a target its words name; but a pair's start in
                # a past year, 计划由一九八○年的…增加到…, is where things stood, whatever word plans the pair)
                is_target = False
        else:
            # (其中,工业总产值达到了… after a sentence of 1957's totals: 1957, whatever the part's year; 其中,农业总产值
            # 由…增加到… after one of 1985's planned totals: the end of the pair, 1985)
            continued = self._year_continued(sentence_start, standpoint) if explicit is None and pair_end != "from" \
                else None
            default = continued or (None if looked_back else part.year) or self.review_year
            if (explicit or continued) is not None and self.present_year is not None and \
                    (explicit or continued) > self.present_year and not self._this_year_so_far(before) and \
                    not (stated and self._over(stated, explicit)) and \
                    not (counted_on and self._date is not None and counted_on <= self._date.year):
                # 到1985年(工农业总产值达到…), 到2030年: a year still to come is planned (not 截至2026年5月底 nor
                # 截至2026年7月31日, in an audit of 2025 given later in 2026: days already past when it was given)
                is_target = True
            elif explicit is not None and explicit == self.plan_year == self.present_year != self.review_year \
                    and not (part.mode == "review" and pair_end) and not now_said and not stated and \
                    not self._summed_to_now(before, explicit) and \
                    not self._not_planned.search(before, self._last_year_word(before)) and \
                    not self._this_year_so_far(before):
                # 今年(全国固定资产投资总规模为…) in a report given early in its year: its plan (去年已经…,
                # 今年要扩大到…: what was done before the year's word says nothing of its figure); but a pair of a part
                # reviewing (六五计划前两年的执行情况: …增加到一九八二年的…) ends where things stand
                is_target = True
            elif continued is not None and continued == self.plan_year == self.present_year != self.review_year \
                    and not now_said and not stated:
                # (第一个五年合计的财政收支…,in 1957's report。)其中(国外借款收入…): a part of a plan's figure
                is_target = True
            elif explicit is None and self._plan_years_ahead(before):
                is_target, default = True, self.plan_end  # (五年合计财政支出为…, in 1982's report on 1981-1985's plan)
        year_plan = last_match(YEAR_PLAN.finditer(before)) if explicit is not None and \
            YEAR_PLAN_WORD.search(before) else None
        # (a plan named clauses before: 1979年计划任务不足,实行按需生产,…,全年总产值比上年增长8.1%: what the year did)
        if year_plan and year_number(year_plan.group(1)) == explicit and \
                len(CLAUSE_BREAK.findall(before, year_plan.end())) <= PLAN_CLAUSES:
            # 1980年计划(基本建设投资总额控制在500亿元): that year's plan, whatever the part; but (一九八一年计划为
            # 百分之三点七,)实际达到(百分之四点六), (一九八二年计划为百分之四,)预计可以达到(…): the result beside it
            is_target = self._result_beside_plan.match(before, _clause_start(before, len(before))) is None
        if stated and explicit is None and not is_target and part.year is None and part.mode != "review" \
                and self.present_year is not None:
            default = self.present_year  # a quarter's figures, outside a review, are of the year under way
        if stated and not is_target and self._still_to_come(stated, explicit or default) and (
                self._spoken or stated != self.span or not self._begun(stated, explicit or default)
                or any(word in before for word in self._targets) or any(word in before for word in self._stating)):
            # 四季度(规上工业总产值要完成…) in a speech of October: a part of the year not yet over; but (汇川区)四季度
            # (重大项目集中签约开工,18个项目…) in a news page of November on that part, no plan said: what was done in
            # it so far
            is_target = True
        span = stated
        if span is None and not is_target and (
                explicit is None or self._this_year_of_part(pos, before, explicit, opened_this_year, opened_part)):
            # a figure of a sentence after one of its paragraph that opened with a part of the year (1-11月份,社会消费品
            # 零售总额…。按经营单位所在地分,城镇消费品零售额…) is of that part; else of the part or document's
            opening = self._opening_span(sentence_start) or self._so_far_spans.get(sentence_start)
            span = (opening if opening and not self._whole_year_named(before) else None) or part.span or self.span
            if span and self._whole_year_estimate.search(before, _clause_start(before, len(before))):
                span = None  # (预计全年增长5%左右 in a release on the first three quarters: the year's estimate)
        if so_far is not None and not is_target:
            default, span = self.plan_year, so_far
        period = explicit or default
        if is_target:  # a target for a year after the one planned (十三五's 2020 in 2016's plan): over the years to it
            stretch = period - self.plan_year + 1 if period is not None and self.plan_year is not None else 0
        else:
            stretch = part.stretch if explicit is None and part.mode == "review" else 0
        return Timing(period, is_target, span or None, stretch, of_plan)

    def _done_by_day(self, before: str) -> bool:
        """Whether the words before a figure say it was done by a day already past when the document was given
        (截至2026年4月末,已发行新增债券…, in a report of May 2026's plans for 2026): a result so far, no plan."""
        if AS_OF_MARK not in before or DONE_MARK not in before or self._date is None:
            return False
        day = last_match(AS_OF_MONTH_END.finditer(before))
        year = year_number(day.group(1)) if day is not None and day.group(1) else self.present_year
        done = before.find(DONE_MARK, day.end()) if day is not None else -1
        # (not 截至10月底,全市已有规上工业企业326家: what is held on that day)
        return done >= 0 and year is not None and not before.startswith(self._held, done + 1) and \
            (year, int(day.group(2))) < (self._date.year, self._date.month)

    def _months_so_far(self, sentence_start: int, before: str, part: SectionContext, targeted: bool) -> str | None:
        """The months of the year planned, from the first on, that a figure of the part planning it is of, when they
        are already past as the report speaks (本年1-5月份…比上年同期增长33.3%; a sentence of the paragraph whose
        lead names them, 钢完成96.4%) and the sentence or the paragraph's lead says a result (a statistic, a comparison
        with the same months of last year: so_far_words): the span of a result so far, not of a plan. None when no such
        months are named, when a target is said (一季度力争…), or when the document's date puts their end still
        to come. One month alone is so when its sentence says a statistic (据本年5月份的统计,…已经占总农户的90%以上)."""
        if self.plan_year is None or part.year not in (None, self.plan_year) or targeted:
            return None
        paragraph = self.text.rfind("\n", 0, sentence_start) + 1
        lead = self.text[paragraph:min(sentence_start, paragraph + LEAD_IN)]
        if self._so_far_sign.search(before) is None and self._so_far_sign.search(lead) is None and \
                not (NOW_SAID_UNTIL in before and UP_TO_MONTH.search(before)) and \
                not (NOW_SAID_UNTIL in lead and UP_TO_MONTH.search(lead)):
            # (no statistic, no comparison with the same months of last year, no stretch up to a month past, 到5月份
            # 为止: a plan's months, 上半年完成…)
            return None
        span = self._stated_span(before) or self._opening_span(sentence_start) or self._stated_span(lead)
        if not span or span_months(span) is None or self._target_said(before) or \
                (self._date is not None and self._still_to_come(span, self.plan_year)):
            return None
        if span_months(span)[0] != 1 and not (ONE_MONTH_SPAN.fullmatch(span) and self._so_far_sign.search(before)):
            return None  # (据本年5月份的统计,…已经占…: a month's statistic its sentence says, a result counted then)
        return span

    def _summed_to_now(self, before: str, year: int) -> bool:
        """Whether the words before a figure sum years past up to `year` (从1951年到1957年,国家用于普及教育的经费将近
        四十九亿元, in a report of 1957): a total looking back, not the year's plan."""
        if self.review_year is None or before.count(YEARS) < 2:
            return False
        span = last_match(YEAR_SPAN.finditer(before))
        return span is not None and year_number(span.group(2)) == year and year_number(span.group(1)) < self.review_year

    @classmethod
    def _this_year_so_far(cls, before: str) -> bool:
        """Whether the words before a figure open with 今年以来 at their last year's word (今年以来,…约谈项目单位3家:
        what was done in the year so far, whenever the document was given); asked only of figures dated ahead or this
        year."""
        return before.startswith(THIS_YEAR + SINCE, cls._last_year_word(before))

    @staticmethod
    def _last_year_word(before: str) -> int:
        """Where the last year or relative year (今年) of the words before a figure starts (0 when none)."""
        last = last_match(RELATIVE_YEAR.finditer(before)) if RELATIVE_WORD.search(before) else None
        year = last_match(YEAR.finditer(before)) if YEARS in before else None
        return max((m.start() for m in (last, year) if m is not None), default=0)

    def _plan_years_ahead(self, before: str) -> bool:
        """Whether the words before a figure put it over the five years (五年合计, 这五年内) of the five-year plan the
        report is on, which is under way, begun before the year planned and still to end: a figure of the plan,
        planned for its last year. (Of a plan that begins in the year planned, the five years may be those reviewed:
        the proposal for the next plan sums up the last one's 五年累计.)"""
        if self.plan_end is None or self.present_year is None or self.plan_year is None:
            return False  # (most documents are on no such plan: no scan)
        if not (self.plan_end - PLAN_LENGTH + 1 < self.plan_year and self.present_year < self.plan_end):
            return False
        ahead = last_match(YEARS_AHEAD.finditer(before)) if YEARS in before else None
        return ahead is not None and ahead.group(1) is not None and parse_chinese(ahead.group(1)) == PLAN_LENGTH

    def _plans_reaching(self, text: str) -> dict[str, int]:
        """The plans named by their length (十年规划) and the years a sentence says they run to (…,到一九八五年),
        when that is after the document's year."""
        ends: dict[str, int] = {}
        for m in opened_by(PLAN_REACHES, PLAN_NOUNS, text):  # (a scan of the whole text)
            name = PLAN_BY_LENGTH.search(text, max(0, m.start() - 3), m.start())
            year = year_number(m.group(1))
            if name and self.present_year is not None and year > self.present_year:
                ends[text[name.start():m.start() + 2]] = year
        return ends

    def _stretches_from(self, text: str) -> dict[str, int]:
        """The stretches of years a sentence says start in a year (从一九五六年开始,在十二年内) and the year they end
        in (1967), by their words (十二年内), when that is after the document's year: a figure the document says
        reached in them (棉花的亩产量在十二年内…达到…) is a target of that year."""
        ends: dict[str, int] = {}
        if STRETCH_FROM_MARK not in text:
            return ends  # (most documents name no such stretch: one scan instead of the pattern's)
        for m in STRETCH_FROM.finditer(text):
            year = year_number(m.group(1)) + int(parse_chinese(m.group("years"))) - 1
            if self.present_year is not None and year > self.present_year:
                ends[m.group("words")] = year
        return ends

    def _planned_list(self, lead_in: str) -> int | None:
        """The year a list's lead-in plans (今年,我们将继续办好十件民生实事:), when it names the year the
        document plans or a later one and a target word; else None."""
        # (only the last sentence of its paragraph leads the list in: a paragraph before an item that is the end of
        # another cut by a line break, …落实2030年应对气候变化国家自主贡献目标。加快…降低13.5%、18%。, plans no year
        # of the items after it; the items between the lead-in and this one are no part of it)
        words = lead_in.split("\n", 1)[0].rstrip().rstrip(SENTENCE_CLOSERS)
        words = words[max(words.rfind(mark) for mark in SENTENCE_CLOSERS) + 1:]
        m = LIST_PLAN_YEAR.search(words)
        if m is None or self.present_year is None or self.plan_year is None or not self._target_said(words):
            return None
        word = m.group(0)
        year = self.spoken_year + RELATIVE_OFFSET[word] if word in RELATIVE_OFFSET else year_number(word[:-1])
        return year if year >= self.plan_year else None

    def _planned_year(self, opening: str) -> int | None:
        """The year a paragraph opening with its plan names (今年计划要求…, 明年经济社会发展的主要预期目标是…,
        2026年全区主要预期目标是…), when it is the year the document plans or later, and not the year a document
        about part of it reports on; else None."""
        m = self._plan_opening.match(opening)
        if m is None or self.present_year is None or self.plan_year is None:
            return None
        word = m.group("year")
        year = self.spoken_year + RELATIVE_OFFSET[word] if word in RELATIVE_OFFSET else year_number(word[:-1])
        if self.span and year == self.present_year:
            return None  # (1-10月…: 今年计划改造14个,已开工12个: the plan of the year under way, reported on)
        return year if year >= self.plan_year else None

    @staticmethod
    def _pair_years(before: str) -> tuple[int, int, int] | None:
        """The start and end years the last span or comparison of years before a pair names, and where
        its words end."""
        span, compared = last_match(YEAR_SPAN.finditer(before)), last_match(YEARS_COMPARED.finditer(before))
        if compared and (span is None or compared.start() > span.start()):
            return year_number(compared.group(2)), year_number(compared.group(1)), compared.end()
        return (year_number(span.group(1)), year_number(span.group(2)), span.end()) if span else None

    def _list_lead_years(self, sentence_start: int) -> tuple[int, int] | None:
        """The base year and the later one that the lead-in of a list compares (主要产品在一九五七年的计划产量比
        一九五二年的产量增长的情况如下:), for a sentence in an item of the list (钢:从…增加到…, ——…): the pairs of
        its items run between them. None elsewhere. Worked out once per paragraph."""
        start = paragraph_start(self.text, sentence_start)
        if start not in self._lead_years:
            self._lead_years[start] = self._lead_years_above(start) if self._list_item(start) else None
        return self._lead_years[start]

    def _list_item(self, start: int) -> bool:
        """Whether the paragraph at `start` is an item of a list: a dash or a number opens it, or a short label and a
        colon (钢:…), and it is no lead-in itself (主要指标如下:)."""
        if is_list_item(self.text, start):
            return True
        end = self.text.find("\n", start)
        return LABELLED_ITEM.match(self.text, start) is not None and \
            not self.text[start:end if end >= 0 else len(self.text)].rstrip().endswith(LEAD_COLONS)

    def _lead_years_above(self, start: int) -> tuple[int, int] | None:
        section_start = self.section_at(start).start
        above = previous_paragraph(self.text, start)
        while above > section_start and self._list_item(above):
            above = previous_paragraph(self.text, above)
        end = self.text.find("\n", above)
        lead = self.text[above:end if end >= 0 else len(self.text)].rstrip()
        if not lead.endswith(LEAD_COLONS):
            return None
        if compared := last_match(YEAR_OVER_BASE.finditer(lead)):
            return year_number(compared.group(2)), year_number(compared.group(1))
        years = self._pair_years(lead)
        return (years[0], years[1]) if years else None

    def _opening_year(self, sentence_start: int) -> int | None:
        """The year an earlier sentence of the paragraph opens with (the last of a span it opens with: 2021年至2023年,
        …。一般公共预算收入达到…: 2023), when no later one opened with another time (1979年国民收入比上年增长7%。
        国民收入中,用于积累的部分为1120亿元: 1979)."""
        if sentence_start not in self._opening_years:
            paragraph = self.text.rfind("\n", 0, sentence_start) + 1
            # (a paragraph's first sentence has none before it: the paragraph's openings are not looked for)
            openings = self._opening_times(paragraph) if paragraph < sentence_start else []
            # (an opening of an earlier sentence ends before the mark that ends it, one of a later one after its start)
            last = next((m for m in reversed(openings) if m.end() < sentence_start and not (
                # (今年…。)明年(将在全国全部免征农业税。…), in a report planning its own year: an aside on the year
                # after, dating its own sentence only
                m.re is not self._now_has_opening and m.group("relative") == NEXT_YEAR
                and (self.plan_year == self.spoken_year if self.span is None
                     # (明年…,力争…。…我们预计全年…, in a release on months of its year: the year under way again)
                     else self._whole_year_estimated(sentence_start)))), None)
            if last and self.text.find(ITEM_MARK, last.end(), sentence_start + ITEM_WIDTH) >= 0 and \
                    self._next_item(last.start(), sentence_start) and self.part_at(sentence_start).mode != "plan":
                # (三、存在的主要问题\n一是…。2026年全市到期…。二是…: the year of one item of a list, not of the next;
                # but in a part planning, 一是…。2026年再建设…。二是…, the plan's year, which all its items are of)
                last = None
            if last and (last.re is self._now_has_opening or last.group("as_of")) and \
                    self.part_at(sentence_start).mode == "plan":
                # (二、2026年主要工作\n截至2025年底,…累计建成5G基站1200个。新建5G基站300个): in a part planning, the
                # state now is the ground the plan's sentences after it build on, no time of theirs
                last = None
            year = None
            if last and last.re is self._now_has_opening:
                # (…。全区现有养老机构12家…。建成…47个: the state now, which the paragraph goes on with)
                year = self.review_year
                self._opened_now.add(sentence_start)
            elif last and (last.group("year") or last.group("last") or last.group("as_of")):
                year = year_number(last.group("year") or last.group("last") or last.group("as_of"))
            elif last and last.group("relative") and self.present_year is not None:
                year = self.spoken_year + OPENING_OFFSET[last.group("relative")]  # 过去一年,(…。国内生产总值增长…)
                if last.group("relative") == THIS_YEAR:
                    self._opened_this_year.add(sentence_start)
            elif last and last.group("ahead") and self.plan_year is not None:
                year = self.plan_year + int(parse_chinese(last.group("ahead"))) - 1  # the last of the years ahead
            if year is not None and year == self.present_year and last.re is not self._now_has_opening and (
                    last.group("year") or last.group("relative") == THIS_YEAR) and \
                    self._stated_span(last.group(0) + OPENING_REST.match(self.text, last.end()).group(0)):
                # (2024年11月末,广义货币…。狭义货币…, 2024年前十一个月,…。其中,住户贷款…, in a page on 2024年11月;
                # 今年1-9月,全市一般公共预算收入…。其中,税收收入…, in a report on the year's budget): the year under
                # way, opened with a part of it, whatever part the document is about
                self._opened_part.add(sentence_start)
            elif year is not None and year == self.present_year and last.re is not self._now_has_opening and \
                    last.group("relative") == THIS_YEAR and self._so_far_opened(last.start(), sentence_start):
                # (今年以来,全区纳入调度的重点项目…。1—7月累计完成投资…。计划新开工项目41个,已开工33个): the months
                # so far a later sentence opened with
                self._opened_part.add(sentence_start)
            self._opening_years[sentence_start] = year
        return self._opening_years[sentence_start]

    def _next_item(self, opening: int, sentence_start: int) -> bool:
        """Whether the year opening a sentence at `opening` is inside an item of a list its paragraph enumerates
        (一是…) and a sentence opening the next item (二是…) stands between it and the sentence at `sentence_start`, or
        is it."""
        paragraph = self.text.rfind("\n", 0, sentence_start) + 1
        items = [m.start() for m in sentence_opening_matches(ITEM_OPENING, self.text, paragraph,
                                                             sentence_start + ITEM_WIDTH)]
        return any(item < opening for item in items) and any(opening < item for item in items)

    def _whole_year_estimated(self, sentence_start: int) -> bool:
        """Whether the sentence from `sentence_start` estimates the whole year under way (我们预计全年成交额…)."""
        end = self.text.find("。", sentence_start)
        return self._whole_year_estimate.search(self.text, sentence_start, end if end >= 0 else len(self.text)) \
            is not None

    def _so_far_opened(self, after: int, sentence_start: int) -> bool:
        """Whether a sentence of the paragraph between `after` and `sentence_start` opens with months from January
        on (1—7月,…; 1—7月累计完成投资…, no comma after them): the last such span kept for the sentence."""
        found = [span for m in sentence_opening_matches(SENTENCE_OPENING_MONTHS, self.text, after + 1, sentence_start)
                 if (span := self._stated_span(m.group(1))) and (months := span_months(span)) and months[0] == 1]
        if found:
            self._so_far_spans[sentence_start] = found[-1]
        return bool(found)

    def _year_continued(self, sentence_start: int, standpoint: int | None) -> int | None:
        """The year the sentence before gives its figures, for a sentence that opens going on with their breakdown
        (continuation_leads: 工农业总产值在一九五七年达到了…。其中,工业总产值达到了…: 1957); None for any other."""
        continued = self._continuation.match(self.text, sentence_start) is not None
        within = None if continued else self._within_whole.match(self.text, sentence_start)
        if within is None and not continued:
            return None
        paragraph = self.text.rfind("\n", 0, sentence_start) + 1
        if within is not None and not self.text[paragraph:sentence_start].strip():
            paragraph = previous_paragraph(self.text, paragraph)  # (the whole stated at the end of the paragraph above)
            sentence_end = self.text.rfind("\n", 0, sentence_start)
        else:
            sentence_end = sentence_start
        previous = max(self.text.rfind(mark, paragraph, max(paragraph, sentence_end - 1)) + 1
                       for mark in SENTENCE_CLOSERS)
        said = self.text[max(paragraph, previous):sentence_end]
        if within is not None and within.group("whole")[-WHOLE_NAMED:] not in said:
            return None  # (在各项工作中,…: no whole the sentence before stated)
        return self._explicit_year(said, standpoint)

    def _opening_times(self, paragraph: int) -> list[re.Match[str]]:
        """The times the sentences of the paragraph starting at `paragraph` open with (SENTENCE_OPENING_TIME), in
        order, found once per paragraph. None holds a mark, so each is what a search of the paragraph up to any
        later sentence finds there."""
        if paragraph not in self._paragraph_openings:
            end = self.text.find("\n", paragraph)
            end = len(self.text) if end < 0 else end
            first = SENTENCE_OPENING_TIME.match(self.text, paragraph, end)
            openings = [*([first] if first else []), *OPENING_TIME_AFTER_MARK.finditer(self.text, paragraph, end)]
            if self._lead_mark.search(self.text, paragraph, end):
                openings = sorted([*openings, *sentence_opening_matches(self._opening_after_lead, self.text,
                                                                        paragraph, end)],
                                  key=lambda m: m.start())
            if self.text.find(NOW_HAS_MARK, paragraph, end) >= 0:  # (most paragraphs say no 现有: one scan)
                openings = sorted([*openings, *sentence_opening_matches(self._now_has_opening, self.text,
                                                                        paragraph, end)],
                                  key=lambda m: m.start())
            self._paragraph_openings[paragraph] = openings
        return self._paragraph_openings[paragraph]

    def _opening_span(self, sentence_start: int) -> str | None:
        """The part of the year, months from the first on (1-11月份, 前三季度), that the last earlier sentence of the
        paragraph opening with one names (1-11月份,社会消费品零售总额…。按经营单位所在地分,…: M1-M11); None when
        none does."""
        if sentence_start in self._sentence_spans:
            return self._sentence_spans[sentence_start]  # (a sentence's figures ask one after another)
        paragraph = self.text.rfind("\n", 0, sentence_start) + 1
        if paragraph not in self._opening_spans:  # the paragraph's openings, read once: where each is, its span
            end = self.text.find("\n", paragraph)
            end = len(self.text) if end < 0 else end
            # (most paragraphs name no part of a year: one scan)
            self._opening_spans[paragraph] = [] if self._span_hint.search(self.text, paragraph, end) is None else [
                (m.start(), span, MONTH_END_OPENING.search(m.group(1)) is not None
                 and not FIGURE_DIGIT.search(self.text, paragraph, m.start()))
                for m in sentence_opening_matches(SENTENCE_OPENING_WORDS, self.text, paragraph, end)
                if (span := self._stated_span(m.group(1)))]
        openings = [(at, span, stock) for at, span, stock in self._opening_spans[paragraph] if at < sentence_start]
        found = None
        if openings:  # (most sentences have none: nothing of the sentence before is read)
            # a month's own figures (9月份,…) are no opening the paragraph's next sentences keep, but for a sentence
            # of their parts right after them (9月份,进出口…。其中,出口…: part_leads); a month's end opening the
            # paragraph (截至9月末,…, or its first sentence with figures) is: the balances the paragraph goes on with
            # are counted on that day (…资产总额…。资产负债率为…)
            parts = self._part_lead.match(self.text, sentence_start) is not None
            previous = len(self.text)  # (where the sentence before starts, asked only of a sentence of parts)
            if parts:
                before = self.text[paragraph:sentence_start].rstrip()
                previous = paragraph + max(map(before.rfind, SENTENCE_CLOSERS, repeat(0), repeat(len(before) - 1))) + 1
            found = next((span for at, span, stock in reversed(openings)
                          if not ONE_MONTH_SPAN.fullmatch(span) or (parts and at >= previous) or stock), None)
        elif paragraph > 0 and BY_PARTS.match(self.text, paragraph) and \
                not BY_PARTS.match(self.text, above := previous_paragraph(self.text, paragraph)) and \
                (opened := SENTENCE_OPENING_WORDS.match(self.text, above)) and \
                (span := self._stated_span(opened.group(1))) and not ONE_MONTH_SPAN.fullmatch(span):
            # (1-11月,外贸货物吞吐量…。)\n分货类看,金属矿石…: a paragraph breaking down the figures of the one
            # above keeps the part of the year that one opened with (not 从工业看,…1-11月,… \n从投资看,…: one
            # aspect after another)
            found = span
        self._sentence_spans[sentence_start] = found
        return found

    def _paragraph_start_year(self, sentence_start: int) -> int | None:
        """The year the last from–to pair of the paragraph before `sentence_start` starts from (由一九七八年的
        三百五十五亿元增加到…。工业制成品占出口总值的比重由百分之四十六点五上升到…: 1978), when no sentence
        since, nor its own, opens with a time."""
        paragraph = self.text.rfind("\n", 0, sentence_start) + 1
        if FROM_YEAR.search(self.text, paragraph, sentence_start) is None:
            return None  # (most paragraphs state no start year: one scan)
        start = last_match(FROM_YEAR.finditer(self.text, paragraph, sentence_start))
        if SENTENCE_OPENING_TIME.search(self.text, start.end(), sentence_start + LEAD_IN):
            return None  # (the sentence's own opening too: 一九八二年,…比重由…上升到…)
        return year_number(start.group(1))

    def _before_plan_reviewed(self, before: str, last: int | None) -> int | None:
        """The year before the five-year plan whose time the words before a pair's start name (“十四五”期间,林业总产值
        由…增加到…: 2020), when the plan has ended by the year reviewed and is the only plan they name; else None
        (“六五”时期同“五五”时期相比,…由…增加到…: two plans' years compared, the start the earlier's)."""
        plans = list(FIVE_YEAR_PLAN.finditer(before))
        if len(plans) != 1 or last is None or before.endswith(self._compared, 0, plans[0].start()):
            return None
        named = plans[0]
        first, end = plan_years(int(parse_chinese(named.group(1) or named.group(2))))
        return first - 1 if end <= last else None

    def _stretch_above(self, pos: int) -> int:
        """The years of the review stretch that a paragraph above `pos` under its heading opens with (“十四五”时期,…。
        then 创新动能加快集聚,研发经费投入强度由2.7%提高到3.1%: from 2020), when neither `pos`'s paragraph nor one
        between opens with a time of its own (2025年,…); else 0."""
        section = self.section_at(pos)
        start = paragraph_start(self.text, pos)
        if SENTENCE_OPENING_TIME.search(self.text, start, pos):
            return 0
        while (start := previous_paragraph(self.text, start)) > section.start:
            context = self._paragraph_at(start)
            if context is not None:
                return context.stretch if context.mode == "review" else 0
            if SENTENCE_OPENING_TIME.match(self.text, start):
                return 0
        return 0

    def _sentence_stretch(self, before: str) -> int:
        """The years a review stretch its sentence names covers (这两年中, 五年来, 四年中), or 0."""
        if self._stretch_mark not in before:
            return 0  # (both patterns' matches hold 年, which most words before a figure do not: one str scan)
        words = last_match(self._review_stretch.finditer(before)) if self._review_stretch_heads.search(before) else None
        if words:
            return int(self._stretches[words.group(0)])
        counted = last_match(YEARS_WITHIN.finditer(before)) if YEARS_WITHIN_MARK.search(before) else None
        return int(parse_chinese(counted.group(1))) if counted else 0

    def _target_said(self, before: str) -> bool:
        """Whether the words before a figure say it is planned (力争, 将, 拟安排…; not 将近, nor a target noun a figure
        before it names the target of: 与年初确定的7%预期目标存在差距;一般公共预算收入…)."""
        if BUILT_MARK in before and (after := max(before.rfind(w) for w in self._built)) >= 0 and \
                any(before.find(w, after) >= 0 for w in self._projecting) and \
                not any(before.find(w, after) >= 0 for w in self._achieved) and \
                not any(before.rfind(w, 0, after) >= 0 for w in self._findings):
            # (项目)达产后(预计年产值35亿元,可提供就业岗位800余个): what it will give once built (not 审计发现…项目
            # 建成后闲置,涉及资金1.36亿元: what an audit found)
            return True
        said = [m for m in self._target_words.finditer(before) if m.group(0) in self._targets_or_done
                and not (m.group(0) in self._plan_nouns and (self._met(before, m.start(), m.end()) or
                                                             self._plan_compared.search(before, 0, m.start()) or
                                                             _base_of_figure(before, m.end()) or
                                                             self._figure_of_target.search(before, 0, m.start()) or
                                                             _counted_plan(before, m.start())))
                and not (m.group(0) in self._done and self._compared_base(before, m.start()))]
        # (the last word of the two kinds decides; not one after a finding, 审计发现…单位将项目资金用于…: what was done)
        return bool(said) and said[-1].group(0) in self._targets and \
            not any(before.rfind(word, 0, said[-1].start()) >= 0 for word in self._findings)

    def _done_since_plan(self, before: str) -> bool:
        """Whether months over at the document's date, from January on, stand between the last target word before a
        figure and it (年度计划投资228.5亿元,1—10月完成206.3亿元 in a brief of November): what was done in them."""
        if self._date is None:
            return False
        last = last_match(m for m in self._target_words.finditer(before) if m.group(0) in self._targets)
        span = self._stated_span(before[last.end():]) if last is not None else None
        months = span_months(span) if span and span != WHOLE_YEAR else None
        return months is not None and months[0] == 1 and self._over(span, self.present_year)

    def _obtaining(self, before: str) -> bool:
        """Whether the last target word before a figure is 争取 of funds sought from above (全年争取中省资金3.86亿元,
        实施项目58个: obtaining_phrases), no other target word after it."""
        m = last_match(self._obtained.finditer(before))
        later = self._target_words.search(before, m.end()) if m else None
        return m is not None and (later is None or later.group(0) not in self._targets)

    def _compared_base(self, before: str, at: int) -> bool:
        """Whether the word at `at` is part of what its clause compares with (拟定为145.8亿元,比上年的预计数增加了
        22亿元: the estimate is the base, not the figure after it)."""
        return COMPARED_WITH.search(before, _clause_start(before, at), at) is not None

    def _plan_target(self, before: str, end: int, year: int | None) -> bool:
        """Whether the target that the words after a figure ending at `end` name is the plan's (1.2%的规划目标), or one
        its clause says the plan set (规划确定的年均增长7%的目标), or any target named in a document summing the plan up
        (未完成下降13.5%的约束性目标) of no later `year` its words give (not 到2030年…的目标: the next plan's)."""
        clause = before[_clause_start(before, len(before)):]
        named = self._target_after.match(self.text, end)
        summed = self.summed_plan is not None and (year is None or year <= self.summed_plan)
        return named is not None and (summed or any(
            word in clause or word in named.group(0) for word in self._plan_target_words))

    def _met(self, before: str, noun: int, noun_end: int) -> bool:
        """Whether the target noun at `noun` is one a verb of its clause reports met (超额完成省下达的…年度目标), or one
        its verb and a percentage right after it report met (计划完成102.6%)."""
        clause = before[_clause_start(before, noun):noun]
        return any(verb in clause for verb in self._completion) or self._met_after.match(before, noun_end) is not None

    def _plan_named(self, before: str) -> bool:
        """Whether the clause before a figure names a plan (过去一年…年度计划投资128.6亿元, 计划新开工项目29个,
        列入年度计划的新开工项目38个): outside a plan, a planned figure beside the achieved one."""
        if not self._plan_noun.search(before):
            return False  # (most clauses name no plan: one scan of the words instead of five)
        # (a plan by its short title in book-title marks, 《计划》确定全年供应住宅用地…, opens it as the bare noun does)
        clause = before[_clause_start(before, len(before)):].strip().translate(BOOK_TITLE_MARKS)
        # the clause opens with the plan, which qualifies the quantity after it (not 投资计划的108.3%, a base, nor
        # 招生计划1.76万个, a count), or with what lists the quantity in it (列入年度计划的新开工项目38个)
        listed = next((len(verb) for verb in self._listing if clause.startswith(verb)), 0)
        period = self._plan_period.match(clause, listed)
        m = self._target_words.match(clause, period.end() if period else listed)  # (计划总投资: no_plan_phrases)
        return m is not None and m.group(0) in self._plan_nouns and m.end() < len(clause) and \
            (listed > 0 or not clause.startswith("的", m.end()))

    def target_after(self, end: int) -> bool:
        """Whether the words after a figure ending at `end` make it a target (增长6%左右的全年目标)."""
        return self.text[end:end + 1] in self._target_after_openings and \
            self._target_after.match(self.text, end) is not None

    def _year_dates(self, before: str, m: re.Match[str], level_named: bool, standpoint: int | None) -> bool:
        """Whether the year `m` in the words before a figure dates it (see _explicit_year): not a year compared
        with, a base of prices, a stretch since, a decision's or a goal's year, a pair's start."""
        at, end = m.span()
        # (whether a later clause follows, asked once: the tests of the words that date no later clause need it)
        broken = CLAUSE_BREAK.search(before, end) is not None
        return (not (before.endswith(self._compared, 0, at) and before[end:] not in BASE_YEAR_OF
                     # (低于)1985年增长(44.6%的速度): the year the gap is to, its own change right after it
                     and not (before[end:] in self._changes and before.endswith(self._gaps, 0, at)))
            and not before.startswith(COMPARED_AFTER, end)
            and not before.startswith(self._price_bases, end)  # (按1952年)不变价格计算: the prices' year
            # (but 比五年计划中规定的1957年的水平(498亿元): the level of that year, stated right after it)
            and not (level_named and (level := LEVEL_OF_YEAR.match(before, end))
                     and level.end() < len(before.rstrip()))
            and not SINCE_EVENT.match(before, end)  # 一九七九年以来, 1961年有气象记录以来: a stretch
            # (2004年我们提出用三年时间…,…已偿还…: the year of the decision, not of what later clauses report)
            and not (broken and self._decided.match(before, end))
            and not (broken and self._issued.match(before, end))
            and not (before.endswith(self._ratio_of_year, 0, at) and before.startswith("的", end))
            and not (before.startswith(self._year_target, end)
                     and before.endswith(self._reaching, 0, at))
            and not (before.endswith(COMPARED_PARTNER, 0, at) and COMPARED_LATER.match(before, end))
            # 比五年计划原定1957年3856亿斤的水平超过133亿斤;(棉花产量将要达到…): a year in the base its clause
            # compares with dates no later clause, nor does one in what a clause takes out (在支出数额中扣除1955年
            # 用上年结余拨付…的因素,则本年收入实际增长…)
            and not (broken and self._base_or_deducted.search(before, _clause_start(before, at), at))
            # 从2020年的398.7亿元(增加到586.4亿元,年均增长6.9%): a pair's start dates its figure only
            # (but 从2026年起,…原则上控制在5%以内: a coming year a rule takes effect from dates what it sets)
            and not (before.endswith(PAIR_STARTS, 0, at) and FIGURE_OR_BREAK.search(before, end)
                     and not (before.startswith(EFFECTIVE_MARK, end) and standpoint is not None
                              and year_number(m.group(1)) > standpoint))
            # (but 1957年的国家预算收入…;国家预算支出…: a year opening the sentence dates all of it, also after a
            # leading word's clause, 这样,1957年的…)
            # (but 我国在一九五二年的粮食产量就达到…,棉花产量达到…: a year after 在 is the time of all it says)
            and not (broken and self._attributive.match(before, end)
                     and before[:at].strip() and not self._lead_word_only.fullmatch(before, 0, at)
                     and not (before.endswith(TIME_IN, 0, at) and not before.endswith(NOT_TIME_IN, 0, at)))
            # (综合考虑实现)2035年远景目标,(提出…年均增长5%): a goal the year names, weighed with others, no time
            # of a later clause (but 展望了2035年远景目标,提出…翻一番: the goal's own figure)
            and not (broken and before.startswith(self._year_goals, end)
                     and self._weighed.search(before, max(0, at - WEIGHED_WIDTH), at)))

    def _explicit_year(self, before: str, standpoint: int | None) -> int | None:
        """The year the words before a figure give it, or None. Each pattern is tried only where the words
        hold what every match of it holds (str's scan is many times faster than a pattern's, and a pattern
        opening with a lookbehind, as FIVE_YEAR_PLAN, is tried at every character)."""
        if YEARS not in before and "世纪" not in before and PLAN_FIVE not in before:
            return None  # no year, no 今年, no 本世纪末, no 六五计划: one scan instead of four
        if DATING_WORDS.search(before) is None:
            return None
        # 比1980年增长12.3%, 比2010年翻一番: the year compared with is not the figure's, but 比1980年的7159亿元 is
        # 面向2030年的科技创新项目,新设6个…: a year that qualifies a noun in an earlier clause dates no figure
        # 1980年同1952年相比: the year before 相比 is the base, too
        level_named = LEVEL_WORD in before  # (水平 looked for once, not at each year)
        found = []
        for m in YEAR.finditer(before):
            if self._year_dates(before, m, level_named, standpoint):
                found.append((m.start(), year_number(m.group(1))))
        if found and SINCE in before:
            # 1978年…仅1.52亿元,改革开放以来累计完成…: a later clause's stretch since a time it names in words runs up
            # to the year reviewed, which the year of an earlier clause stating a figure of its own dates not (but
            # 2024年,全区…以来累计…: a year alone opening the sentence dates all of it)
            since = before.rfind(SINCE)
            found = [f for f in found if f[0] > since or not (
                (cut := CLAUSE_BREAK.search(before, f[0], since)) and (year := YEAR.match(before, f[0]))
                and DIGIT.search(before, year.end(), cut.start()))]
        # 从一九七九年到一九八二年的四年内,…平均每年增长11.8%: a figure over a span of years is of its last
        spans = list(YEAR_SPAN.finditer(before)) if before.count(YEARS) > 1 else []
        if spans:
            starts = {m.start(1) for m in spans}
            found = [f for f in found if f[0] not in starts] + [(m.start(2), year_number(m.group(2))) for m in spans]
        if found and self._sum.search(before):
            # (新增电力装机3.5亿千瓦,)是1950年到2002年53年的总和;(新增公路…): the years a figure is set against as a
            # sum date no later clause
            found = [f for f in found if not (self._summed_years.match(before, f[0]) and
                                              CLAUSE_BREAK.search(before, f[0]))]
        if YEARS_LISTED_MARK.search(before):  # (the pattern tries every 1, 2, 一 and 二 of the words)
            found += [(m.start(1), year_number(m.group(1))) for m in YEARS_LISTED.finditer(before)]
        # “一五”时期平均每年增长4.5%: a plan's figure over its years is of its last year
        if PLAN_FIVE in before and PLAN_NAMED.search(before):
            found += [(m.start(), plan_years(int(parse_chinese(m.group(1) or m.group(2))))[1])
                      for m in FIVE_YEAR_PLAN.finditer(before) if not before.endswith(self._compared, 0, m.start())
                      and not (self._plan_as_name.match(before, m.end()) and CLAUSE_BREAK.search(before, m.end()))
                      # (累计完成投资786.4亿元,是)“十三五”时期的(1.32倍,但年均增长6.2%): the base of a multiple
                      and not (before.endswith(self._ratio_of_year, 0, m.start()) and PLAN_BASE.match(before, m.end()))]
        if NUMBERED_PLAN_MARK in before:  # (第一个五年合计的财政收支…: the plan's figure over its years, of its last)
            # (比)第五个五年计划期间的(五百七十七亿元): the base's own figure right after it, of the plan's years
            found += [(m.start(), plan_years(int(parse_chinese(m.group(1))))[1])
                      for m in NUMBERED_PLAN_YEARS.finditer(before)
                      if not before.endswith(self._compared, 0, m.start()) or before[m.end():] in PLAN_BASE_OF]
        if self.present_year and RELATIVE_WORD.search(before):
            for m in RELATIVE_YEAR.finditer(before):
                of_the_part = m.group(1) == OF_THE_PART
                if (of_the_part or before.endswith(PAIR_STARTS, 0, m.start())) and \
                        FIGURE_OR_BREAK.search(before, m.end()) and not LISTED_SO_FAR.match(before, m.end()) and \
                        not BASE_LISTED_SO_FAR.match(before, m.end()) and not MONTHS_FROM.match(before, m.end()):
                    continue  # 由上年下降2.3%(转为增长8.5%), 由去年的10.7%(提高到14%): its figure's (or list's) only
                if before.endswith(PAIR_STARTS, 0, m.start()) and SOURCE_NAMED.match(before, m.end()):
                    continue  # (今年拟)从去年超收收入中(安排500亿元): the year of its source, not its own
                if LEVEL_OF_YEAR.match(before, m.end()) or (
                        before.endswith(self._ratio_of_year, 0, m.start()) and before.startswith(OF_BASE, m.end())):
                    continue  # (仍然保持了)去年的水平, (为)上年(同期)的(2.3倍): the level compared with
                if before.endswith(self._gaps, 0, m.start()) and CLAUSE_BREAK.search(before, m.end()):
                    continue  # (增幅明显)高于去年,(其中…增幅均超过10%): a base, as 比去年, dating no later clause
                # (1979年人口自然增长率由上年的1.2%: 上年 is the year before the one its words name before it)
                named = max((f for f in found if f[0] < m.start()), default=None) if of_the_part else None
                counted_from = (named[1] if named else standpoint or self.present_year) if of_the_part \
                    else self.spoken_year
                found.append((m.start(), counted_from + RELATIVE_OFFSET[m.group(1)]))
            # 比今年增长4%: a figure compared with this year is next year's, one compared with last year this year's
            found += [(m.start(), self.present_year + RELATIVE_OFFSET[m.group(1)] + 1)
                      for m in AFTER_COMPARED_YEAR.finditer(before)]
        if found and NOW in before:
            # 一九五八年初全国有七十四万多个…,现在已经合并改组成为(二万四千多个…): the year then, the time the document
            # speaks in now (not 提高到现在的…, the end of a pair reviewed)
            found += [(m.start(), self.spoken_year) for m in NOW_OPENING.finditer(before) if self.spoken_year]
        if "年前的" in before:
            counted_from = standpoint or self.review_year
            found += [(m.start(), counted_from - int(parse_chinese(m.group(1))))
                      for m in YEARS_AGO.finditer(before) if counted_from is not None]
        if found and ADVERBIAL_OPENER in before:
            # 在1979到1983年平均每年递增7.9%的基础上,(比上年增长14.2%): the years of a closed adverbial clause date
            # what it says, not the figure after it
            closed = [m.span() for m in self._adverbial.finditer(before)]
            found = [f for f in found if not any(start <= f[0] < end for start, end in closed)]
        if found and (ahead := last_match(self._plan_stretch.finditer(before))):
            # 锚定2035年远景目标,今后五年要实现以下目标:…: the years ahead named after a year say the figures' own
            found = [f for f in found if f[0] > ahead.start()]
        base = max(found)[1] if found else standpoint  # the sentence's year, which 前三年 counts back from
        # the first years of a plan it names (“十一五”前四年累计…: 2006–2009), counted from the plan's first
        firsts = [m for m in PLAN_FIRST_YEARS.finditer(before)] if SUMMED_MARK in before and (
            PLAN_FIVE in before or "个五年" in before) else []
        if firsts:  # (most words name none: no comprehension built)
            found += [(m.start(4), plan_years(int(parse_chinese(m.group(1) or m.group(2) or m.group(3))))[0]
                       + int(parse_chinese(m.group(4))) - 1) for m in firsts]
        if RESPECTIVELY in before and base and (back := last_match(YEARS_BEFORE_EACH.finditer(before))) and \
                (listed := LISTED_SO_FAR.match(before, back.end())):
            each = len(LIST_JOINS.findall(listed.group(1)))  # the figures listed before this one
            found.append((back.start(), base - int(parse_chinese(back.group(1))) + each))
        elif SUMMED_MARK in before and (summed := last_match(YEARS_BEFORE_SUMMED.finditer(before))) and \
                not any(m.start(4) == summed.start() + 1 for m in firsts) and \
                not before.endswith(self._compared, 0, summed.start()) and (
                since := max(found)[1] if found else self.review_year or standpoint):
            # (a sum of years past counts back from the year reviewed; not 比前五年累计增加…, the years compared with)
            found.append((summed.start(), since - 1))
        if self.present_year and "世纪" in before:
            century = self.present_year // 100 * 100  # 到本世纪末: 2000 in a report of 1982
            found += [(m.start(), century + int(self._centuries[m.group(0)])) for m in self._century.finditer(before)]
        return max(found)[1] if found else None

    def _stated_span(self, before: str, first: bool = False) -> str | None:
        """The part of the year the words name last (一季度, 1-9月 as Q1-Q3, 10月当月), or `first` (a title's, 上半年
        工作总结和下半年工作打算: the part reviewed), WHOLE_YEAR when 全年 follows it, None when they name none. A part
        after 比/较, or after their year, is a comparison's base (比1-9月回落0.2个百分点, 比上年四季度增长3%)."""
        if not self._span_hint.search(before):
            return None  # most sentences name no part of a year: one search instead of three
        found = [(m.start(), self._spans[m.group(0)]) for m in self._span_re.finditer(before)]
        found += [(m.start(), self._month_span(int(m.group(1)), int(m.group(2)))) for m in MONTH_RANGE.finditer(before)]
        if opening := MONTH_RANGE_OPENING.match(before):
            found.append((opening.start(1), self._month_span(int(opening.group(1)), int(opening.group(2)))))
        found += [(m.start(), WHOLE_YEAR if m.group(1) == "12" and m.group(2) in YEAR_END else f"M{m.group(1)}")
                  for m in ONE_MONTH.finditer(before) if 1 <= int(m.group(1)) <= 12]
        if any(mark in before for mark in CHINESE_MONTH_MARKS):  # (most words name months in digits, if any)
            found += [(m.start(), self._month_span(int(parse_chinese(m.group(1) or m.group(3))),
                                                   int(parse_chinese(m.group(2) or m.group(4)))))
                      for m in MONTH_RANGE_CHINESE.finditer(before)]
            found += [(m.start(), f"M{int(parse_chinese(m.group(1)))}") for m in ONE_MONTH_CHINESE.finditer(before)]
        found += [(m.start(), self.months_to(int(parse_chinese(m.group(1)))))
                  for m in FIRST_MONTHS.finditer(before) if 2 <= parse_chinese(m.group(1)) <= 11]
        if NOW_SAID_UNTIL in before:  # (placed at its end, after the month ONE_MONTH finds in it)
            found += [(m.end(), self.months_to(int(m.group(1))))
                      for m in UP_TO_MONTH.finditer(before) if 2 <= int(m.group(1)) <= 11]
        found = [(s, span) for s, span in found
                 if span is not None and not self._span_base.search(before, max(0, s - SPAN_BASE_WIDTH), s)]
        if not found:
            return None
        start, span = min(found) if first else max(found)
        return WHOLE_YEAR if self._whole_year_named(before, start) else span

    def _this_year_of_part(self, pos: int, before: str, year: int, opened: bool, opened_part: bool = False) -> bool:
        """Whether the last year the words before a figure name is 今年, the year under way, in a document about a part
        of it (今年以来,全市检查企业1.28万家次, in a news page on 1-11月; 今年国庆假期(…)接待游客…; any year of its own
        in a document on a holiday, 2026年春节假期(…)。…接待游客…: the holiday's days): the part so far,
        as the document's own figures, and so in a sentence after one of its paragraph that opened with it (`opened`);
        not a list of the year's the rest of its sentence sets the year's plan beside (今年全区共确定重大项目168个,
        计划总投资…,年度计划投资…: the year's roster), nor the count of what a list holds (纳入统计的企业共15户).
        `opened_part`: the opening named a part of the year with it (今年1-9月,…), in any document."""
        return (self.span is not None or opened_part) and year == self.present_year and (opened or opened_part or (
            THIS_YEAR in before and before.startswith(THIS_YEAR, self._last_year_word(before))) or
            self._of_holiday) and \
            self._year_plan_set.search(self._up_to_stop(pos, pos)) is None and self._roster.search(before) is None

    def _whole_year_named(self, before: str, start: int = 0) -> bool:
        """Whether the words from `start` name the whole year (全年), not the year's plan a part's figure is a ratio of
        (完成全年目标的, 全年目标任务(1000万美元)的)."""
        return any(not self._whole_year_base.match(before, m.start()) for m in self._whole_year.finditer(before, start))

    def _still_to_come(self, span: str, year: int | None) -> bool:
        """Whether a part of a year (Q4, H2, M11) ends after the month of the document's date in that year."""
        last = self._last_month(span, year)
        return last is not None and last > self._date.month  # (a last month is found only with a date)

    def _begun(self, span: str, year: int | None) -> bool:
        """Whether a part of a year (Q4, H2) has a month over by the month of the document's date in that year (四季度
        in a page of November: October is over; not in one of October)."""
        months = span_months(span) if self._date is not None and year == self._date.year else None
        return months is not None and months[0] < self._date.month

    def _over(self, span: str, year: int | None) -> bool:
        """Whether a part of a year (M5) ended by the month of the document's date in that year."""
        last = self._last_month(span, year)
        return last is not None and last <= self._date.month

    def _last_month(self, span: str, year: int | None) -> int | None:
        """The month a part of the year ends with (Q1-Q3: 9, M11: 11), when the year is the one the document is dated
        in; else None."""
        if self._date is None or year != self._date.year:
            return None
        months = span_months(span)
        return months[1] if months is not None else None

    def _after_own_span(self, span: str) -> bool:
        """Whether a part of the year begins after the part the document is about ends (下半年 in a speech on the
        first half), and is still to come at its date."""
        own, part = span_months(self.span or ""), span_months(span)
        return own is not None and part is not None and part[0] > own[1] and \
            self._still_to_come(span, self.present_year)

    def months_to(self, last: int) -> str | None:
        """The span from January to the month `last` (M1-M11, Q1-Q3 for 1-9月, M1 for January alone), None for
        the whole year."""
        span = f"M{last}" if last == 1 else self._month_span(1, last)
        return None if span == WHOLE_YEAR else span

    def _months_reported(self, text: str, month: int) -> str:
        """The span of a page whose title names one month (2025年10月全市主要经济指标运行简况): the months from January
        to it when more of its sentences open with those (1-10月,…) than with the month alone (10月份,…), its figures
        stated with no span the year's so far as theirs; else the month."""
        so_far, alone = self._month_span(1, month), f"M{month}"
        if so_far is None or so_far == WHOLE_YEAR:
            return alone
        openings = [self._stated_span(m.group(1)) for m in SENTENCE_OPENING_WORDS.finditer(text)]
        return so_far if openings.count(so_far) > openings.count(alone) else alone

    def _month_span(self, first: int, last: int) -> str | None:
        if not 1 <= first < last <= 12:
            return None
        code = f"M{first}-M{last}"
        return self._month_spans.get(code, code) or WHOLE_YEAR  # 1-9月 is Q1-Q3, 1-12月 the whole year


def span_months(span: str) -> tuple[int, int] | None:
    """The first and last months of a span code (H2: 7 and 12, Q1-Q3: 1 and 9, M11: 11 and 11); None for none."""
    bounds = []
    for code in (span.split("-", 1)[0], span.rsplit("-", 1)[-1]):  # (Q1-Q3 opens with Q1 and ends with Q3)
        months = SPAN_MONTHS.get(code[:1])
        if months is None or not code[1:].isdigit():
            return None
        bounds.append(months * int(code[1:]))
    first, last = bounds
    return first - SPAN_MONTHS[span[0]] + 1, last


def _base_of_figure(before: str, end: int) -> bool:
    """Whether the plan noun ending at `end` is the base of the figure right after `before` (占年度计划投资45亿元的
    86.0%: the part of the plan done), not a plan of it: its clause runs on through the plan's own amount to 的
    before the figure (not 计划建设的二十个大型项目, a plan of the figure)."""
    return before.endswith("的") and CLAUSE_BREAK.search(before, end) is None and \
        DIGIT.search(before, end) is not None


def _counted_plan(before: str, noun: int) -> bool:
    """Whether the plan noun at `noun` qualifies things a count right before it counts, in a clause before the
    figure's (还有8个计划新开工项目尚未开工,…,民间投资同比减少6.7%): planned things counted, no plan of what follows."""
    return COUNTED.search(before, max(0, noun - COUNTED_WIDTH), noun) is not None and \
        CLAUSE_BREAK.search(before, noun) is not None


def _titled(title: str, lines: list[str]) -> str:
    """A document's title with the subtitle on the head line under it (综合实力跃上新台阶, then ——“十四五”时期全市
    经济社会发展成就系列分析之一: the dash normalised), which names what the document is about."""
    own = normalise(title).strip()  # (the head lines are of the normalised text: 　 a space)
    at = next((i for i, line in enumerate(lines) if line.strip() == own), None)
    below = lines[at + 1].strip() if at is not None and at + 1 < len(lines) else ""
    return title + below if below.startswith(SUBTITLE_DASH) else title


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding text[end] begins: after the last clause or sentence mark before it."""
    return max(map(text.rfind, CLAUSE_ENDS, repeat(0), repeat(end))) + 1  # (one C call a mark, no generator)

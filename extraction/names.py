"""From the words before (or after) a number to the indicator it is about."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from zhibiao.regions import NAME_LEVELS, Vocabulary, level_from_name

from .lexicon import WHOLE, Indicator, Lexicon, alternation, character_class, last_match, opening_with
from .numerals import CHINESE_NUMERAL_CHARS, MONTH_RANGE_TO, YEAR_DIGIT_CHARS, YEAR_NUMBER

# 总量连续37年(居全国首位), 用电量连续18个月(保持增长): a duration or a streak ends no name
DURATION_UNITS = ("年", "个月", "个季度", "天")
TOWN = "town"  # the level of a township a name ends as (万庾镇; regions.level_from_name)
TOWN_ENDINGS = tuple(ending for ending, level in NAME_LEVELS if level == TOWN)  # 镇, 乡, 街道, 苏木
# the one-character endings of every level, none inside the name of a town no reference lists
LEVEL_CHARACTERS = tuple(ending for ending, _ in NAME_LEVELS if len(ending) == 1)
COUNT_OF_TIMES = r"(?:(?<!\d)\d{1,2}|[一二两三四五六七八九十]{1,2})"  # 3, 五, 两: of years, months …
DURATION = re.compile(rf"(?:连续|近)?(?:{COUNT_OF_TIMES}|多)(?:{'|'.join(DURATION_UNITS)})$")  # 连续多年 too
# A year, a stretch of years or months before a name is none of it (its time is the outline's): 2025年,
# 连续3年, 过去五年, 五年来; 九年(义务教育) names one and 三年内(新增的) qualifies one, so a stretch needs an
# opener or a close; so does a five-year plan's period
STRETCH_YEARS = rf"{COUNT_OF_TIMES}年"
# “十五”期间, 十四五时期, and 十四五” alone, its closing quote making it the plan's (十四五”单位…能耗累计下降): not
# context.FIVE_YEAR_PLAN, which needs the opening quote a subject's words have lost
PLAN_PERIOD = (r"“?(?:十[一二三四五六七八九]?|[一二三四五六七八九])五"
               r"(?:”(?:计划)?(?:时期|期间|以来)?|(?:计划)?(?:时期|期间|以来))")
TIME_WORDS = (rf"(?:(?:到|至)?(?:{YEAR_NUMBER})年(?:度|末|底|初)?"
              rf"|(?:连续|近|过去|这|前|今后|未来){STRETCH_YEARS}(?:来|间|里|中)?|{STRETCH_YEARS}(?:来|间|里|中(?![央国]))"
              # 五年(新增…), 两年(净增…): the stretch a total is over, but not 五年计划, 三年行动, 10年期,
              # 三年级, 五年制, 九年义务教育 (nor 三年内, kept in the name: verb_qualifying_a_noun)
              rf"|{STRETCH_YEARS}(?![期级制计规行以前后的度末底初义内])|{PLAN_PERIOD}"
              rf"|\d{{1,2}}\s*{MONTH_RANGE_TO}\s*\d{{1,2}}月份?|\d{{1,2}}月(?:份?当月|份|末|底)|当月|截至\d{{1,2}}月底?"
              r"|[一二三四]季度(?:当季)?|当季|前(?:\d{1,2}|[一二三四五六七八九十]{1,3})个月"
              # 第一个五年(合计…), 第一个五年期间: the plan's years a total is over (context.NUMBERED_PLAN_YEARS)
              r"|第[一二三四五六七八九十]{1,3}个五年(?:规划|计划)?(?:时期|期间|(?=合计|累计|共)))")
TIME_PREFIX = re.compile(f"^{TIME_WORDS}")
# 泉州市一季度(增长5.2%): the time after a place's name dates the figure, as before it
TIME_AFTER_PLACE = re.compile(f"{TIME_WORDS}$")
TIME_MARK = re.compile("[年月季]")  # one of them is in every TIME_WORDS
MAX_REACHING_VERB = 3  # characters of the verb between a count's things and the amount of their measure (突破, 超过)
FIRMS = "企业"  # 规模以上工业企业: a kind of firm, whose measures (增加值, 利润) are named with it
CLAUSE_OPENER = "在"  # 在对外贸易下降两成的情况下: opens an adverbial clause
ASPECT = "了"  # after a verb (达到了, 实现了): no part of what follows
DONE = "了"  # after a verb: what was done (确定了…, 实现了…)
ONE_CHARACTER_VERBS = ("有",)  # verbs of one character before 了 (100万新就业群体有了…), most are of two
OF = "的"
# (含): a bound said to include itself (30岁(含)以下, 90平方米(含)以下), between a figure and 以下 / 以上
INCLUSIVE_MARK = r"(?:[(（]含[)）])"
JOINING = "和与及、,"  # what joins the counts of a list (A和B, A、B)
LIST_MARK = "、"  # between the names of a list (A、B均…)
EACH_OF = "各"  # (A和B)各(新增…): each of the places listed before it
STANDING_AT = "在"  # (开发区)在(全省…考评中位列第12位): a place's standing among others follows
MIN_OWN_NAME = 2  # the characters of a zone's own name (东湖 of 东湖高新区)
GRADE = "级"  # (国家级、省级…): a grade, which names no thing alone
# the one-character endings of the levels a place's short name leaves out (汤阴 of 汤阴县, 林州 of 林州市)
PLACE_ENDINGS = tuple(ending for ending, level in NAME_LEVELS
                      if len(ending) == 1 and level in ("city", "county", "district"))
RATE = "率"  # what the name of a rate ends with (覆盖率, 入学率)
NOT_A_NAME = re.compile(r"[^\u4e00-\u9fffA-Za-z]")  # (a figure, a mark: words that are more than a name)
OWN_REGION_OPENERS = "全我本"  # (全市, 我区, 本县: the document's own region before its level's word)
OWN_SHARE = "占比"  # what a percentage of an amount is named with (财政支出占比)
RELATIVE_TIME_AT_END = re.compile(r"(?:由|从)?(?:上年|去年|今年|明年)(?:底|末|初)?$")
RELATIVE_TIME_ENDS = ("年", "底", "末", "初")
SPAN_ENDS = ("季度", "半年")  # how the words of parts of the year end (the lexicon's year_parts)
WHICH_YEAR = "(?:[上去今明本]年)?"  # (今年)一季度: the year a part of the year is of
THIS_YEAR_WORDS = ("今年", "明年", "去年")  # of two characters each, each ending in YEAR_MARK
COMPARING = "比较同与和"
# 影响(CPI总水平)上涨(约0.16个百分点): what an effect cue names (an index, a few characters) before its verb
EFFECT_ON = r"[A-Za-z\u4e00-\u9fff]{1,10}?"
CLAUSE_OPENING = "(?<![^,;:。，；：])"  # at the start of the words or right after a clause's mark
EFFECT_CLOSING = r"[^,;:。，；：\d]{0,4}$"  # (约, 近: a word or two before the figure)


def effect_pattern(words: Callable[[str], list[str]]) -> str:
    """A component's effect on an index (影响CPI总水平上涨约, 影响居民消费价格指数下降): an effect cue opening a clause
    (not closing one of cause: 受…影响利润下降), a short name and a verb of change (group up or down), closing the
    words before a figure (an approximating word or two after it)."""
    cue, up, down = (alternation(words(key)) for key in ("effect_cues", "increase_verbs", "decrease_verbs"))
    return rf"{CLAUSE_OPENING}(?:{cue}){EFFECT_ON}(?:(?P<up>{up})|(?P<down>{down})){EFFECT_CLOSING}"


def earlier_point_pattern(words: Callable[[str], list[str]]) -> str:
    """A point earlier in the year a stock is compared with (比6月末, 较上季度末, 比三季度末; earlier_points_of_year, a
    month by its number): its change is no year's growth, and the words are no part of the stock's name."""
    points = alternation(words("earlier_points_of_year"))
    return rf"[比较](?:{points}|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月)(?:末|底)"


DEMONSTRATIVES = ("这", "那", "该", "此")
# 该区, 该县: the place of that level its sentence named last (视察潞城区,该区地区生产总值增长6.1%)
DEMONSTRATED_PLACE = re.compile(r"该([区县市旗镇乡])")
NAMED_BEFORE = 60  # how far back in its sentence the place a demonstrative stands for is looked for
AREA_MARK = "地区"  # what the names of the nation's areas end with (东部地区, 长三角地区; scope_words' named)
RANKED_IN = "在"  # (增速)在(全市各县区中排第2位): what opens the group a rank is among
FROM_WORDS = ("由", "从")  # (位次)由(第30位…): the start of a move
STANDING_AMONG = ("中", "中的")  # (粤北五市)中的(位次): the peers a standing is among, named before it
DISPOSAL = "将"  # 将起征点从3万元提高到10万元: 将 as 把 before what it moves
# The number of an item in a list (5.完善…, (3)实施…, (一)各项税收…, 十三是维修…, 二是2026年再建…): no part of a name
CHINESE_ORDINAL = "[一二三四五六七八九十]{1,3}"
# (3.1-11月…: a note's number before a span of months, no decimal)
ITEM_NUMBER = re.compile(rf"^(?:\d{{1,2}}\.(?!\d)|\d{{1,2}}\.(?=\d{{1,2}}\s*[-~至到]\s*\d{{1,2}}月)"
                         rf"|[(]?(?:\d{{1,2}}|{CHINESE_ORDINAL})[)]"
                         rf"|{CHINESE_ORDINAL}是(?=[\u4e00-\u9fff\d])|{CHINESE_ORDINAL}、(?![一二三四五六七八九十]))")
# What a match of TIME_WORDS or ITEM_NUMBER opens with, besides a digit: a Chinese numeral (一九八○年, 三年来, 十四五,
# 二是), a bracket, a quote or a word of time (到2025年, 连续3年, 近五年, 过去五年, 这五年, 前三季度, 今后五年,
# 未来五年, 当月, 截至6月, 第一个五年). tests/test_extraction_shortcuts.py checks it against the patterns
TIME_OR_ITEM_OPENINGS = "一二两三四五六七八九十(“到至连近过这前今未当截第"
# the marks a line of a list or a 图解 page opens with (▲ 城镇新增就业4860人): no part of a name (not ○, a zero in
# 一九八○年, nor ·, inside foreign names)
BULLETS = "▲△▶►■□◆◇●★☆•※"
# the numbers of a list's items enclosed in a circle, brackets or with a stop (①旅游收入, ⑵…, ⒈…; U+2460-249B): no part
# of a name either, nor a note's mark after one (地区生产总值①)
ENCLOSED_NUMBERS = "".join(map(chr, range(0x2460, 0x249C)))
EDGE = "\"“”‘’'《》「」()、,;: \t的和及与了" + BULLETS + ENCLOSED_NUMBERS
TRAIL = EDGE + "中等之"  # (在全市)中, (…)等, (…)之: endings only; 中小企业 and 中欧班列 begin with 中
WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# 一九七九和一九八○(两年合计近三百亿元): numbers alone, years listed, name no quantity
GRADE = "级"  # (百亿级开发区, 五百亿级园区: zones of a size, a kind counted, none by its own name)
NUMERALS_ONLY = re.compile(rf"[\d{CHINESE_NUMERAL_CHARS}{YEAR_DIGIT_CHARS}、和与及至到]+")
QUOTE_MARKS = "“”\"‘’'《》「」"  # quotes and title marks, dropped from a name
NO_QUOTES = str.maketrans("", "", QUOTE_MARKS)
# (str.translate looks each character of a text outside ASCII up in its table: tried only on a name holding a mark)
QUOTE_MARK = re.compile(f"[{re.escape(QUOTE_MARKS)}]")
MAX_NAME = 24
CONVERSION_LENGTH = 5  # (约合人民币: the longest restatement in another unit, a quick test before its pattern)
# the last characters of levels' words (县, 区, 道 of 街道 …): where a place's full name may end in a name, found in one
# scan (most names hold none)
LEVEL_LAST = re.compile(f"[{re.escape(''.join(sorted({ending[-1] for ending, _ in NAME_LEVELS})))}]")
MIN_PLACE_NAME, MAX_PLACE_NAME = 2, 8  # the characters of a place's full name read before a name (礼县 … 乌鲁木齐市)
PHRASES_REMEMBERED = 65536  # phrases whose name and predicate a Namer remembers (the most recently read)
# 地区生产总值(GDP), 投入强度(R&D经费与地区生产总值之比): the gloss is no part of the name
GLOSS = re.compile(r"[(（][^()（）]{1,20}(?:[)）]|$)")
GLOSS_OPENING = re.compile("[(（]")  # one of them is in every GLOSS
NOTE_MARK = re.compile(r"\[\d{1,3}\]")  # 四大主导产业［2］: a footnote's mark (brackets normalised), no part of a name
NOTE_OPENING = "["  # (what every NOTE_MARK opens with)
GROUP_NAME = 8  # the most characters of a group a topic's measure is stated for (城镇居民, 城镇非私营单位职工)
MAX_LIST = 60  # a list of names (A、B、C均居全国首位) may be longer, up to the contract's limit
MAX_LISTED = 8  # names such a list holds at most (钢、石油、化学肥料、水泥、汽车、棉纱、食糖、卷烟等主要工业产品)
OWNER_OPENING = 6  # the most characters of an owner opening the clause before a measure named alone (服务业)
# (石化产业产值到2030年(达到…): 到 or 至 before a year is the time's, not the name's; 截至 is left to the time words)
YEAR_IN_NAME = re.compile(rf"(?:(?<!截)[到至])?(?:{YEAR_NUMBER})年度?(?:底|末)?(?:的(?=[\u4e00-\u9fff]))?"
                          rf"|\d{{1,2}}{MONTH_RANGE_TO}\d{{1,2}}月份?|(?<![\d-])\d{{1,2}}月份?(?:当月)?")
YEAR_MARK, MONTH_MARK = "年", "月"  # one of them is in every YEAR_IN_NAME
# 时间已经过去(四分之一), 近5年(…): no name (nor a part of the year: Namer's _only_time)
ONLY_TIME = (r"(?:连续|近|前|后)?(?:\d{1,2}|[一二两三四五六七八九十多]{1,2})年(?:内|来|间)?"
             r"|半年|全年|当年|[上去今明]年|时间(?:已经|已)?过去")
# How a figure is counted (按可比价格计算, 以播种面积计算的, 扣除价格因素): a qualifier, no part of a name
# 剔除价格因素, 考虑价格下降因素: how a change is counted (not 剔除留抵退税因素: a part taken out)
FACTOR_VERBS = ("扣除", "剔除", "考虑")
PRICE_FACTOR = rf"(?:{'|'.join(FACTOR_VERBS)})[^,;:。]{{0,4}}?价格[^,;:。]{{0,4}}?因素后?"
COUNTED_AS = re.compile(rf"(?:按照?|以)[^,;:。按以]{{1,14}}?计算的?|扣除[^,;:。]{{1,6}}?因素后?|{PRICE_FACTOR}"
                        r"|按照?(?:可比|同口径|现价)口?径?")  # 按可比口径(同比增长8.6%)
COUNTED_WORDS = re.compile("计算|因素|口径|现价")  # one of them is in every COUNTED_AS
# what a name's cleaning takes out holds one of these: a quote, a year's or a month's mark, a gloss's or a note's
# opening, a word of how a figure is counted
CLEANED_OUT = re.compile(f"[{re.escape(QUOTE_MARKS + YEAR_MARK + MONTH_MARK + NOTE_OPENING)}]|"
                         f"{GLOSS_OPENING.pattern}|{COUNTED_WORDS.pattern}")
# (城镇居民人均可支配收入,)考虑价格下降因素(比上年实际增长9.3%): opening a clause, it names nothing
FACTOR_OPENING = re.compile(rf"^(?:{PRICE_FACTOR})")
# 比年初, 比上一年, 较六五期间: the base of a comparison opens no name (比重 and 比例 are names); nor does the word
# comparing after one whose 与 and year were passed over as edge and time words ((与1955年)相比(增长20%))
COMPARED_WITH = re.compile(r"^(?:[比较](?![重例率值])|相[比较])")
BASES = "比较"  # 比1954年, 较上年: what opens the base of a comparison
COMPARED_WITH_OPENINGS = "同与和跟"  # 同1955年比较, 与全市相比: what opens a base a word after it compares with
# 比1954年增长8%, 较“十三五”时期增长148%, 比五年前增长66.8%: the base of a comparison ends the subject
YEAR_BASE = (rf"[{BASES}](?:(?:{YEAR_NUMBER})年|“?(?:十?[一二三四五六七八九]|十)五”?(?:时期|同期|末期|期末|末)"
             r"|(?:[一二两三四五六七八九十]|\d{1,2})年前|[\u4e00-\u9fff]{1,8}?之初)")  # (比制度建立之初)
QUOTED = re.compile("“[^“”]{1,20}”")  # a name in quotation marks is one word: no stop inside it ends a name
# 38家5G工厂, 5G基站数, 4K: a name may open with a digit and capitals before its words; 236件PCT国际专利申请,
# 12家AAA级旅游景区, A类: or with capitals alone (a thing counted after its count; a table's measure, tables.MEASURE)
CAPITALS_OPENING = r"\d?[A-Z]{1,5}[\u4e00-\u9fff]"
TECH_NAME = re.compile(CAPITALS_OPENING)
# 2.5万套（间）(城市危旧房): the same things counted another way
OTHER_COUNTER = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[)）]")
# 经济总量超500亿元(超千亿元)的县域(增至12个): a stop word, then a figure and 的 before the last noun qualify it
# (with the kinds it takes in with it in brackets: 超过300亿元的县(市、区))
KINDS_TAKEN_IN = r"(?:\([\u4e00-\u9fff、]{1,6}\))?"
QUALIFIED_NOUN = re.compile(rf"[^,;:。的]{{0,6}}?(?:\d[\d.]*|[十百千万亿]+)[^\d,;:。的]{{0,4}}的[\u4e00-\u9fff]{{1,8}}"
                            rf"{KINDS_TAKEN_IN}$")
# 产值超百亿元企业(3家): a stop word, then an amount of money the noun after it is counted by, without 的
THRESHOLD_NOUN = re.compile(rf"(?:\d[\d.]*|[一二两三四五六七八九十百千]+)?[万亿]{{1,2}}元(?:以上)?"
                            rf"[\u4e00-\u9fff]{{1,8}}{KINDS_TAKEN_IN}$")
NUMBER = re.compile(r"(?<![A-Za-z.\d])\d[\d.,]*(?![\d.,A-Za-z])")  # a number, not the 5 of 5G or PM2.5
# A digit: a figure opens with one. Patterns opening with a lookbehind (Namer._figure, YEAR_IN_NAME) are
# tried at every character of a phrase, so a phrase is first scanned for what they need (most hold none).
DIGIT = re.compile(r"\d")
CLASS_CLAUSE_ENDS = (",", ";")  # (超过纲要规定的),: a clause of its own, not words before its figure
MIN_PASSED = 2  # (超过)纲要规定: the fewest characters of what a class's things pass (not 超过预期, a word of intent)
SEPARATOR_CHARACTERS = "、和及与"  # what separates the names of a list (ENUMERATION, and 与)


def openers_except(openers: list[str], words: list[str]) -> str:
    """What (?!words)(?:openers) matches (受, 因, 由于 where no 受众, 因素 … stands), as a pattern opening with the
    openers, so that a search scans for their characters instead of trying the lookahead at every one: each opener
    followed by none of the rests of the words opening with it, and none that a word opens."""
    def no_rest(opener: str) -> str:
        rests = [word[len(opener):] for word in words if word.startswith(opener)]
        return f"(?!{alternation(rests)})" if rests else ""
    kept = [opener for opener in openers if not opener.startswith(tuple(words))]
    return f"(?:{alternation(kept, no_rest)})" if kept else "(?!)"  # (no opener left: it matches nowhere)


def measure_of(owner: str, measure: str) -> str:
    """The name of an owner's measure: 规模以上工业企业 + 增加值 -> 规模以上工业增加值 (a kind of firm's
    measure is named for its industry), 财政 + 收入 -> 财政收入."""
    return (owner[: -len(FIRMS)] if owner.endswith(FIRMS) and len(owner) > len(FIRMS) else owner) + measure


@lru_cache(maxsize=4)
def rating(lex: Lexicon) -> re.Pattern[str]:
    """A rating that opens the name of the things counted ((3座)110千伏变电站, (2个)10万吨级泊位): part of the name,
    no figure (rating_units)."""
    return re.compile(rf"\d[\d.]*(?:{alternation(lex.words('rating_units'))})(?=[\u4e00-\u9fff])")


@dataclass(slots=True)  # not frozen: one is built for each figure, and frozen ones build slowly
class Subject:
    name: str  # cleaned noun phrase
    start: int  # offsets of the phrase in the text
    end: int
    region: str | None  # a named region that opened the phrase, as written


class Namer:
    """Cleans subjects and maps them to lexicon indicators."""

    def __init__(self, lex: Lexicon, regions: Vocabulary, own_level: str | None = None,
                 own_short: tuple[str, str] | None = None) -> None:
        """`own_level`: the level of the document's region (nation, province …), when known; `own_short`: its
        name without its level's character and the name (如东, 如东县), for a county's or a district's."""
        self.lex = lex
        self._own_short = own_short
        w = lex.words
        self._regions = regions
        self._reference = lex.regions  # every place, also outside the document's region
        self._place_openings = {name[0] for name in regions.inside}  # a quick test before prefix()
        # (和县, 和平区: full names of places inside that hold a list's separator, kept whole in a list of places)
        self.places_holding_separators = tuple(sorted(
            (name for name in regions.inside if len(name) > 1 and level_from_name(name) is not None
             and any(mark in name for mark in SEPARATOR_CHARACTERS)), key=len, reverse=True))
        self._not_places = tuple(w("words_opening_with_a_place"))  # (日照时数: no 日照市)
        # (成都平原经济区: a region's name, up to two characters and an area's suffix)
        self._area = re.compile(rf"[\u4e00-\u9fff]{{0,2}}?(?:{alternation(w('area_suffixes'))})")
        # (87万名)80岁以上(老年人), (13.08万人为)80周岁及以上(高龄老人): the age of the people a count counts, no part
        # of what they are (a word of two characters may say which of them, 高龄, 失能, 户籍)
        self._age_of_people = re.compile(rf"\d{{1,3}}(?:{alternation(w('age_units'))}){INCLUSIVE_MARK}?"
                                         rf"(?:及以上|以上|以下)?(?=[\u4e00-\u9fff]{{0,2}}"
                                         rf"(?:{alternation(w('people_nouns'))}))")
        self._rating = rating(lex)
        # (一亿二千万农户)和五百多万个(手工业者): the next count of a list written in Chinese numerals, its joining word
        # before it and its counter after (not 一带一路, 三农: a numeral in a name has no counter after it)
        counters = alternation([u for u, unit in lex.units.items() if unit.dimension == "count"])
        self._chinese_count = re.compile(rf"[{JOINING}][一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*"
                                         rf"(?:多|余)?[万亿]?(?:多|余)?(?:{counters})")
        year_parts = alternation(lex.year_parts)
        # A part of the year closing a name (工业总产值第一季度(下降0.2%), 个体工商户今年一季度(有…)): its span, no name
        self._span_at_end = re.compile(rf"{WHICH_YEAR}(?:{year_parts})$")
        self._only_time = re.compile(rf"^(?:{ONLY_TIME}|{WHICH_YEAR}(?:{year_parts}))$")  # 今年上半年(有6600个)
        # 世界(经济增长3.2%): the world's own figure; 杨凌示范区(R&D经费投入强度): a zone no reference lists;
        # 中心城区(税收): a named area
        scopes = lex.cues["scope_words"]
        self._areas = set(scopes["全球"] + scopes["named"])  # (发达经济体增长1.7%: an area alone, the carried figure's)
        self._area_full = dict(lex.cues["area_short_names"])  # (大湾区: 粤港澳大湾区, the region the short name is)
        self._areas.update(self._area_full)
        self.region_parts = tuple(w("region_parts"))  # (县域一般公共预算收入: the counties', as a named area's)
        self._areas.update(self.region_parts)
        zone = rf"[\u4e00-\u9fff]{{2,6}}?(?:{alternation(w('zone_suffixes'))})"
        # 崖子镇(粮食总产量), 牛山街道(税收收入): a town or a subdistrict no reference lists, by a name of its own
        # (no level's character inside: 巴南区木洞镇 is the district's place first) and a town's ending; not a kind
        # of town (各乡镇, 特色小镇, 重点镇: town_kind_words)
        town = rf"(?:(?![{''.join(LEVEL_CHARACTERS)}])[\u4e00-\u9fff]){{2,4}}?(?:{alternation(list(TOWN_ENDINGS))})"
        self._town_kinds = re.compile(alternation(w("town_kind_words")))
        self._village_openings = tuple(w("village_openings"))  # (张村乡)村集体(经济收入): the town's villages
        self._city_town = re.compile(rf"[^{''.join(w('city_town_modifiers'))}]城镇")
        self._built_verbs = tuple(w("capacity_built_verbs"))  # (实施…乡建项目: a verb opens no town's name)
        self._each_kinds = tuple(w("each_kinds"))
        self._town_kind_openings = tuple(w("town_kind_openings"))
        self._unlisted_place = re.compile(rf"{alternation(self._areas)}|(?P<zone>{zone})|(?P<town>{town})")
        # (东湖高新区, 火炬高技术产业开发区: a development zone by a name of its own; not 国家级经开区, 省级高新区)
        self._zone_kinds = re.compile(alternation(w("zone_kind_words")))
        self._named_zone_ending = re.compile(rf"(?:{alternation(w('named_zone_endings'))})$")
        self._zone_bodies = tuple(w("zone_rating_bodies"))
        self._zone = re.compile(zone)
        self._park = re.compile(rf"[\u4e00-\u9fff]{{{MIN_OWN_NAME},}}(?:{alternation(w('park_endings'))})")
        self._zone_kind = re.compile(rf"(?:{alternation(w('zone_kind_words'))})*(?:{alternation(w('zone_suffixes'))})")
        self._place_nouns = set(w("place_nouns"))  # (市区 in a table of places: a part of the region, a place alone)
        # 汤阴经开区 (of 汤阴县): a zone no reference lists, named by the place it is in without the level's ending
        self._zone_named = re.compile(rf"(?P<stem>[\u4e00-\u9fff]{{2,6}}?)(?:{alternation(w('zone_suffixes'))})")
        self._larger = re.compile(alternation(list(regions.larger))) if regions.larger else None
        self.larger_names = {region.name for region in regions.larger.values()}  # (中国, 榕海市: the regions above)
        self._own_tier = re.compile(alternation(w("own_budget_tiers")))
        # 关于…2025年度县级预算执行…的审计工作报告: a document on the tier's own budget sets it apart from the whole
        # (全县)
        self._tier_titled = re.compile(rf"(?:{alternation(w('own_budget_tiers'))})预算")
        self.tier_apart = False  # (set for each document: read_title)
        # (…开发区2025年工作总结: 开发区在全省…考评中位列第12位, the page's own unit standing among others; read_title)
        self._units_inside = re.compile(rf"(?<!城)(?:{alternation(w('units_inside_a_region'))})(?!化)")
        self._own_unit: str | None = None
        self._tier_budgets = set(w("tier_budgets"))
        prefixes = [*w("subject_prefixes"), *w("adverbial_closers"), *w("target_verbs"), *w("estimate_words"),
                    # (全部建成后可新增规上工业产值: what comes after it, and its modal, names the figure)
                    *(f"{built}{modal}" for built in w("built_conditions") for modal in ("", *w("projection_modals"))),
                    *w("average_words"), *w("cumulative_words"), *lex.cues["spans"],
                    *(f"{by}{time}" for time in lex.cues["century_years"] for by in ("", "到"))]  # (到)本世纪末
        own_region = rf"[{OWN_REGION_OPENERS}](?:{alternation(w('own_region_levels'))})"
        kept = alternation(w("words_opening_with_a_prefix") + w("designations_of_larger_regions"))
        self._prefix = re.compile(rf"^(?!{kept})(?:{alternation(prefixes)}|{own_region})")
        self._own_region = re.compile(own_region)
        # a time, an item's number or a prefix, in that order: one pattern tried instead of three, behind a test of
        # the character its matches open with (most words open with none, and the engine walks every alternative)
        openings = "".join(sorted({*TIME_OR_ITEM_OPENINGS, *OWN_REGION_OPENERS, *(word[0] for word in prefixes),
                                   *(verb[0] for verb in FACTOR_VERBS)}))
        self._leading_word = re.compile(rf"(?=[\d{re.escape(openings)}])(?:"
                                        + "|".join(p.pattern for p in (TIME_PREFIX, ITEM_NUMBER, self._prefix,
                                                                       FACTOR_OPENING)) + ")")
        # what a leading word, a region above's name or a tier's word opens with: at any other character no word
        # leading a subject stands (most subjects open with their name's own), which one test tells before the
        # words are cut out for the three
        self._larger_openings = frozenset(name[0] for name in regions.larger)
        self._lead_opening = re.compile(r"\d|" + character_class(
            {*openings, *self._larger_openings, *(word[0] for word in w("own_budget_tiers"))}))
        predicate = [*w("subject_stops"), CLAUSE_OPENER, *w("increase_verbs"), *w("decrease_verbs"),
                     *w("increase_rate_nouns"), *w("decrease_rate_nouns"), *w("comparison_bases"),
                     *w("from_words"), *w("average_words"), *w("share"), *w("contribution"), *w("contribution_down"),
                     *w("estimate_words"), *w("rank_verbs"), *w("flat_words"), *w("target_verbs"),
                     *w("cumulative_words"),
                     *w("approx_before"), *w("at_least_before"), *w("at_most_before")]
        self._from = re.compile(alternation(w("from_words")))
        self._bases_opening = tuple(sorted(w("comparison_bases"), key=len, reverse=True))  # (比上年)产值增长…
        self._compared_amount = re.compile(alternation(w("compared_amount_words")))  # 比上年(预算)减少…: the base's
        self._over_years = re.compile(alternation(w("cumulative_words") + w("average_words")))
        gaps = w("gap_up") + w("gap_down") + w("gap_better")
        # 同1955年比较(增长18.36%), 与上年相比: a year compared with, between 同/与 and the word comparing, ends the
        # subject
        comparing = w("comparing_after")
        year_compared = (rf"[{COMPARED_WITH_OPENINGS}](?:(?:{YEAR_NUMBER})年|{alternation(w('year_before_words'))})"
                         rf"(?:同期)?的?(?:水平)?(?:{alternation(comparing)})")
        openings = [*BASES, *COMPARED_WITH_OPENINGS, *(word[0] for word in predicate + gaps)]
        # 影响CPI总水平上涨约(0.16个百分点): no part of the component's name
        effect = rf"{CLAUSE_OPENING}(?:{alternation(w('effect_cues'))})" \
                 rf"(?={EFFECT_ON}(?:{alternation(w('increase_verbs') + w('decrease_verbs'))}){EFFECT_CLOSING})"
        openings = [*openings, *(word[0] for word in w("effect_cues"))]
        self._stop = re.compile(opening_with(openings, f"{YEAR_BASE}|{year_compared}|{alternation(predicate)}"
                                                       f"|{self._gap(lex)}|{effect}|{earlier_point_pattern(w)}"))
        # (在全市的)位次, (全省)排名 alone: the standing of the quantity a clause before named, no name of its own
        self._standings = tuple(w("rank_columns"))
        # (在)粤北五市中的位次, 全省21个地市中的位次: a standing among peers a name of no quantity gives, alone
        self._standings_among = tuple(f"{among}{standing}" for among in STANDING_AMONG for standing in self._standings)
        self._not_stop = re.compile(alternation(lex.words("not_stops") + w("words_opening_with_a_prefix")))
        # 和美乡村, 和谐社区: words that open with a joining character, no join before a name
        self._joined_openings = tuple(word for word in w("words_opening_with_a_prefix") if word[0] in EDGE)
        self._leading_function = re.compile(rf"^(?:(?!{kept})(?:{alternation(w('leading_function_words'))}))+")
        # 经济总量连续(跨过…): a streak's word ends no name
        self._trailing_words = tuple(w("trailing_function_words") + w("streak_words"))
        # (their last characters: a name ending with none of them ends with none of the words, which one set test
        # tells before str's test of every word)
        self._trailing_ends = frozenset(word[-1] for word in self._trailing_words)
        # (一般公共预算收入)先后(跨越20亿元): an adverb of succession before a verb of passing a threshold ends no name;
        # elsewhere it may open the words of a count (先后有1800多万人…实现了再就业: those re-employed, not the name
        # before)
        self._succession = tuple(w("succession_words"))
        self._passing = tuple(word for word in w("at_least_before") if not word.isascii() and len(word) > 1)
        self._trailing_function = re.compile(rf"(?:{alternation(self._trailing_words)})+$")
        self._modals_after_measure = tuple(w("modals_after_measure"))  # (收入)能(完成): see _name_in
        self._one_character = set(w("one_character_quantities"))
        # (增速)在全省的位次由(第30位…): where a growth's standing is told, after the rate it ranks
        self._standing_told = re.compile(rf"在[\u4e00-\u9fff]{{1,8}}?的?(?:{alternation(w('rank_columns'))})[由从]?$")
        # 各县(市、区)发展(态势良好), 各区(…): the places of a kind one by one, no quantity of theirs named
        self._each_place = tuple(w("each_place_openings"))
        self._each_measures = tuple(w("counted_measures"))  # (各县(市、区)PM2.5平均浓度均…: each place's measure)
        self._one_character_places = set(w("one_character_places"))
        # (梁园区、睢阳区…,)两区(合计占全市的46.3%), 三县(市), 3个街道: the document's places counted by their level's
        # word, standing for them (a count of up to three numerals: not 千亿县, counties of a size); no name of a
        # quantity here, and no part of the region's own total in Places (one pattern for both)
        kinds = alternation([*self._one_character_places, *w("counted_place_kinds")])
        self.places_counted = re.compile(rf"(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})个?(?:{kinds})"
                                         r"(?:\([\u4e00-\u9fff、]{1,5}\))?")
        # a figure inside a phrase (2253元和6280元, 2552万辆增至…): the name is what follows it (2030年 is a date)
        per = "".join(w("per_words"))  # (每10万人口: a rate's base, part of the name)
        self._figure = re.compile(rf"(?<![A-Za-z.\d{per}])\d[\d.,]*(?:{alternation(list(lex.magnitudes))})?"
                                  rf"(?:{alternation(lex.figure_units)})")
        self._trailing_reached = re.compile(rf"(?:{alternation(w('reached_verbs'))}|[\u4e00-\u9fff])?"
                                            rf"(?:{alternation(w('reached_words'))})$")
        self._region_levels = {*lex.words("subject_region_levels"),
                               *lex.cues["subject_region_levels_in"].get(own_level, ())}
        self._own_level = own_level
        self._object_verb = re.compile(alternation(lex.words("object_verbs")))
        # (扩大, 降低: a figure-less clause opening with one names the thing changed, a from–to pair's topic after it)
        self._change_verbs = tuple(sorted({*lex.words("increase_verbs"), *lex.words("decrease_verbs")}, key=len,
                                          reverse=True))
        self._fund_owners = tuple(lex.words("fund_owners"))  # (中央财政, 省财政: whose the spending planned is)
        self._fund_measures = frozenset(lex.words("fund_measures"))  # (地方财政将安排)支出: a bare allotment
        self._funding_verbs = tuple(lex.words("funding_verbs"))
        self._fund_increases = tuple(lex.words("fund_increases"))  # (中央财政)增加支出(28亿元)
        self._fund_overruns: dict[str, str] = lex.cues["fund_overruns"]  # (中央财政)超收(2573亿元): 超收收入
        self._overrun_words = tuple(self._fund_overruns)  # (one test of a phrase's ending before the words one by one)
        self._stating = re.compile(alternation(w("plan_stating_verbs")))
        # 受个别项目资金到位推迟影响: a clause of cause, the whole words (_cause) or inside them after a name
        # (规上工业增加值受订单减少影响下降2.4%: _cause_inside, where the predicate begins)
        cause = rf"{openers_except(w('cause_openers'), w('not_cause_words'))}[^,;:。]{{1,30}}?" \
                rf"(?:{alternation(w('cause_closers'))})"
        self._cause = re.compile(rf"{cause}[,;:。]*$")
        self._cause_inside = re.compile(cause)
        self._target_verbs = tuple(w("target_verbs"))
        self._predicate_verb = re.compile(
            rf"(?:{alternation(w('predicate_adverbs') + w('succession_words'))})(?:{alternation(w('adverbed_verbs'))})"
            rf"|{alternation(lex.words('predicate_verbs'))}")
        self._passive_predicates = frozenset(lex.words("passive_predicates"))
        self._change_verb = re.compile(alternation(w("increase_verbs") + w("decrease_verbs")))
        self._reached_words = tuple(w("reached_words"))
        self._thresholds = tuple(w("threshold_nouns"))
        # (跨越300亿元、400亿元)两个台阶: the thresholds the list passed, counted, no thing the last amount counts
        self._thresholds_counted = re.compile(rf"[一二两三四五六七八九十几\d]+[个大道]?"
                                              rf"(?:{alternation(self._thresholds)})")
        self._counted_measures = tuple(w("counted_measures"))
        self._currencies = tuple(w("currency_words"))
        # (5426万美元(折合人民币约3.89亿元),同比下降8.2%): a restatement in another unit names no quantity
        self._conversion = re.compile(rf"^(?:{alternation(w('conversion_words'))})?"
                                      rf"(?:{alternation(self._currencies)})?$")
        self._trail_words = tuple(w("words_ending_with_a_trail"))
        self._total = tuple(lex.words("total_suffixes"))
        self._measure_totals = tuple(lex.words("measure_total_suffixes"))
        # (what a rank's name may end with: the totals of a measure and those ranked)
        self._rank_totals = self._measure_totals + tuple(lex.words("ranked_total_suffixes"))
        self._measure_total_prefixes = tuple(lex.words("measure_total_prefixes"))
        self._bounds = tuple(w("at_least_after") + w("at_most_after"))
        self._frame_openers = tuple(w("topic_frame_openers"))  # (拿)钢(来说): a topic framed
        self._no_topics = frozenset(w("subject_prefixes"))  # (就)目前(来说): a time or a stance, no topic
        self._frame_closers = tuple(w("topic_frame_closers"))
        self._class_bounds = tuple(b for b in self._bounds if len(b) == 2)  # (限额以上的(工业企业): 以上, 以内, 以下)
        self._lower_bounds = tuple(w("at_least_before"))
        self._head_nouns = set(lex.words("head_nouns"))
        self._head_endings = tuple(self._head_nouns)
        self._head_nouns_longest = tuple(sorted(self._head_nouns, key=len, reverse=True))
        self._projects = tuple(w("project_nouns"))
        self._funds = frozenset(w("funds_nouns"))
        self._yield_measures = sorted(lex.words("yield_measures"), key=len, reverse=True)  # (longest first)
        self._designations = tuple(w("designations_of_larger_regions"))
        # 实现, 完成: a verb that ends a subject and may take its measure as object (企业实现利润…)
        self._verb_of_measure = re.compile(alternation(sorted(set(w("subject_stops")) & set(w("object_verbs")))))
        rates = [*w("increase_rate_nouns"), *w("decrease_rate_nouns")]
        self._rate = re.compile(rf"(?:{alternation(rates)})(?:{alternation(w('subject_stops'))})?$")  # 增速均居…
        self._rate_words = set(rates)
        self._skipped: tuple[str, tuple[int, int], tuple[int, str | None]] = ("", (0, 0), (0, None))
        self._larger_last: tuple[str | None, tuple[str, int] | None] = (None, None)  # (_larger_opening's last words)
        self._closer_after = re.compile(rf"[^,;:。]{{0,16}}?(?:{alternation(w('adverbial_closers'))})")
        ratio = alternation(w("ratio_words"))
        # 占地区生产总值比重, 占比; 在工业总产值中的比重 says the same
        self._of_total = re.compile(rf"\s*(?:占(?:(?P<total>[^,;:。]{{1,16}}?)的?(?:{ratio})|比)?"
                                    rf"|(?P<contribution>(?:增长)?的?贡献率?)"
                                    rf"|在(?P<within>[^,;:。在]{{2,16}}?)中(?:的|所占的?)?(?:{ratio}|占比))")
        # the same words come again and again (地区生产总值, 增长): what they name and where their predicate
        # begins are read once (both depend on the words alone)
        self._name_in = lru_cache(maxsize=PHRASES_REMEMBERED)(self._name_in)
        self._first_stop = lru_cache(maxsize=PHRASES_REMEMBERED)(self._first_stop)

    @staticmethod
    def _gap(lex: Lexicon) -> str:
        """The words of a gap. 领先 and 落后 also qualify nouns (淘汰落后产能, 领先企业): they begin a
        predicate only before what is compared with (全国, 于, 平均水平) or the gap's figure."""
        gaps = lex.words("gap_up") + lex.words("gap_down") + lex.words("gap_better")
        prepositional = [g for g in gaps if g.endswith("于")]
        compared = alternation([*lex.scope_index, "于", "平均", "同期", "上年", "去年"])
        bare = alternation([g for g in gaps if g not in prepositional])
        return rf"{alternation(prepositional)}|(?:{bare})(?=[\d{CHINESE_NUMERAL_CHARS}]|{compared})"

    def subject(self, text: str, start: int, end: int) -> Subject | None:
        """The subject a clause gives in text[start:end], or None when it gives none."""
        if text.endswith(self._succession, start, end) and text.startswith(self._passing, end):
            end -= len(next(word for word in self._succession if text.endswith(word, start, end)))
        within = self._of_total.match(text, start, end) if text.startswith(CLAUSE_OPENER, start) else None
        if within and within.group("within"):
            return None  # (服务业…,)在国内生产总值中占比提高: the total, not the subject
        pos, region, cut, in_clause = self._cut(text, start, end)
        phrase = text[pos:end]
        if self._cause.match(phrase):
            return None  # (实际利用外资1.86亿美元,)受…推迟影响,(同比下降12.4%): the cause names no subject
        if cut == 0 and phrase.startswith(self._bases_opening) and \
                (base := next(b for b in self._bases_opening if phrase.startswith(b))) and len(phrase) > len(base) and \
                not self._compared_amount.search(phrase, len(base)) and \
                not self._predicate_verb.match(phrase, len(base)) and not self._change_verb.match(phrase, len(base)):
            # (1979年)比上年(产值增长14.9%): the name after the base (not 比上年预算减少…, a base of an amount, nor
            # 较上年加快…, a predicate)
            return self.subject(text, pos + len(base), end)
        if in_clause:
            # 在对外贸易下降两成的情况下: the clause's own subject; 在上年增长8%的基础上: the sentence's
            return self.subject(text, pos + cut + 1, end) or self._finish(phrase[:cut], pos, region)
        done = phrase.rfind(DONE, 0, cut) + 1
        if done:  # 区政府确定了(全年地区生产总值): a verb done, its object after it
            return self.subject(text, pos + done, end)
        stating = self._stating.search(phrase, 1, cut)  # (most phrases hold none: one search, then the last)
        stating = last_match(self._stating.finditer(phrase, stating.start(), cut)) if stating else None
        if stating and (said_of := self.subject(text, pos + stating.end(), end)) and self.lex.canonical(said_of.name):
            return said_of  # 县人代会确定(全年地区生产总值增长7%的预期目标): what the body set is the indicator
        # (most phrases hold no 年 past their first two characters: one scan instead of three)
        said = max(phrase.rfind(word, 1, cut) for word in THIS_YEAR_WORDS) if phrase.find(YEAR_MARK, 2, cut) > 0 else -1
        if said > 0 and phrase[said - 1] not in COMPARING and \
                (after := self.subject(text, pos + said + 2, end)) is not None:
            return after  # 中央提出今年(经济增长预期目标): the year opens the subject (not 比今年: a base; not
            # 就业率去年底达到…: the year follows it)
        # (most phrases end before a predicate, cut == len(phrase): no word of one to test after the name)
        predicate = cut < len(phrase)
        if predicate and phrase.startswith(DISPOSAL, cut) and \
                (self._from.search(phrase, cut) or self._from.match(text, end)) and \
                (moved := self.subject(text, pos + cut + len(DISPOSAL), end)) is not None:
            return moved  # 阶段性将(起征点)从3万元提高到10万元: 将 as 把 (but 粮食产量将从…: 将 as will)
        if predicate and phrase.startswith(self._target_verbs, cut) and \
                (planned := self.subject(text, pos + cut, end)) and self.lex.canonical(planned.name):
            return planned  # 区人社局将确保(城镇新增就业7500人以上): what the body plans is the indicator, not the body
        owner = self._finish(phrase[:cut], pos, region)
        if owner is None and predicate and phrase.startswith(self._passing, cut) and \
                (marked := phrase.rstrip(",;: ")).endswith(OF) and \
                text.startswith(CLASS_CLAUSE_ENDS, pos + len(marked)) and not DIGIT.search(marked):
            # (达到和)超过纲要规定的(,有五百零四个县): a clause of no figure marking off a class by what its things
            # pass names them, the verb of passing kept (no bound of a figure here)
            named = self._name_in(marked[:-len(OF)])
            passing = next(word for word in self._passing if phrase.startswith(word, cut))
            return Subject(named[0], pos + named[1], pos + named[2], region) \
                if named and len(named[0].removeprefix(passing)) > MIN_PASSED else None
        if owner and predicate and owner.name.endswith(self._fund_owners) and \
                phrase.startswith(self._target_verbs, cut) and \
                (planned := self.subject(text, pos + cut, end)) is not None:
            # 中央财政将安排(科技支出1134亿元): the fund's own spending, named with whose it is
            verb = next((v for v in self._funding_verbs if v in phrase[cut:planned.start - pos]), "") \
                if planned.name in self._fund_measures else ""
            # (其中…,地方财政每年将安排支出250多亿元): a bare spending allotted is for the work the sentence names,
            # not all the fund spends (地方财政支出, a name of the whole budget's), and keeps its verb
            return Subject(owner.name + verb + planned.name, owner.start, planned.end, owner.region)
        if phrase.endswith(self._overrun_words):
            over = next(word for word in self._overrun_words if phrase.endswith(word))
            # (中央财政)超收(2573亿元), (税收)超收, (其中去年)超收: the revenue collected over the budget, of what the
            # words before name (not that one's own revenue: no 税收收入 of 税收超收)
            overrun = self._fund_overruns[over]
            if owner is None:
                return Subject(overrun, end - len(over), end, region)
            # (全国财政比年度预算超收: the budget compared with is no part of the name; 税收收入超收: 税收超收收入)
            whose = next((at for at, char in enumerate(owner.name) if at and char in BASES and
                          self._compared_amount.search(owner.name, at)), len(owner.name))
            whose = owner.name[:whose].removesuffix(overrun[len(over):])
            return Subject(whose + overrun, owner.start, owner.end, owner.region)
        if owner and owner.name.endswith(self._fund_owners) and phrase.endswith(self._fund_increases):
            # 中央财政(为此将)增加支出(28亿元): what the fund adds to its spending, named with the fund and the words
            added = next(word for word in self._fund_increases if phrase.endswith(word))
            return Subject(owner.name + added, owner.start, owner.end, owner.region)
        if owner and predicate and (over := self._over_years.match(phrase, cut)):
            rest = phrase[over.end():]
            joined = owner.name + rest[: self._first_stop(rest)].strip(EDGE)
            if joined != owner.name and self.lex.canonical(joined):
                return Subject(joined, owner.start, owner.end, owner.region)  # 城镇累计新增就业: 城镇新增就业
        verb = self._verb_of_measure.match(phrase, cut) if owner and predicate else None
        measure = phrase[verb.end():].strip(EDGE) if verb else ""
        if owner and measure in self._head_nouns:  # 规模以上工业企业实现(利润增长31%): the firms' profit
            return Subject(measure_of(owner.name, measure), owner.start, owner.end, owner.region)
        return owner

    def outer_subject(self, text: str, start: int, end: int) -> Subject | None:
        """When the figure at `end` is inside an adverbial clause (外贸进出口在对美贸易下降两成的情况下), the
        subject before the clause: the figures after it are about that one."""
        pos, region, cut, in_clause = self._cut(text, start, end)
        return self._finish(text[pos:pos + cut], pos, region) if in_clause else None

    def _cut(self, text: str, start: int, end: int) -> tuple[int, str | None, int, bool]:
        """Where the words of text[start:end] that may name a subject begin, the region that opened
        them, where their predicate begins (from there), and whether that is an adverbial clause's 在
        holding the figure at `end`."""
        pos, region = self._skip_prefixes(text, start, end)
        cut = self._first_stop(text[pos:end])
        stop = pos + cut
        in_clause = text.startswith(CLAUSE_OPENER, stop) and stop + 1 < end \
            and self._closer_after.match(text, end) is not None
        return pos, region, cut, in_clause

    def _first_stop(self, phrase: str, verbs: bool = False) -> int:
        """Where the predicate begins in a phrase: the first stop word past its first
        character that is not part of a protected word (居民 holds 居) nor qualifies a noun
        (五年内增加的年产能力: a verb before 的 is no predicate)."""
        cause = self._cause_inside.search(phrase, 1)
        cut = cause.start() if cause else len(phrase)
        protected = None  # the protected words' spans, found once a stop word is (most phrases hold none)
        for pattern in (self._stop, self._object_verb) if verbs else (self._stop,):
            for m in pattern.finditer(phrase):  # the first cut of each kind: its matches come in order
                if m.start() >= cut:
                    break
                if protected is None:
                    protected = [(p.start(), p.end()) for p in self._not_stop.finditer(phrase)]
                    if "“" in phrase:  # (10所省级“双高建设计划”院校: not cut at 建设)
                        protected += [(q.start(), q.end()) for q in QUOTED.finditer(phrase)]
                if not any(s <= m.start() < e for s, e in protected) and not phrase.startswith("的", m.end()) \
                        and not QUALIFIED_NOUN.match(phrase, m.end()) and not THRESHOLD_NOUN.match(phrase, m.end()) \
                        and not (pattern is self._object_verb and m.end() == len(phrase)):
                    cut = m.start()
                    break
        return cut

    def object_before(self, text: str, start: int, end: int) -> Subject | None:
        """The counted thing before a count: "开展招聘会22场" -> 招聘会."""
        pos, region = self._skip_prefixes(text, start, end)
        verbs = list(self._object_verb.finditer(text, pos, end))
        if verbs:  # (the protected words are looked for only where a verb stands: most counts follow none)
            protected = [(m.start(), m.end()) for m in self._not_stop.finditer(text, pos, end)]
            verbs = [v for v in verbs if not any(s <= v.start() < e for s, e in protected)]  # 拥有量, 保障性住房
        # 达到了5000亿元 reads as 达到5000亿元: the aspect particle is the verb's
        verb_end = verbs[-1].end() + text.startswith(ASPECT, verbs[-1].end()) if verbs else end
        if verbs and text.startswith(OF, verb_end) and (known := self._name_in(text[verb_end:end])) and \
                self.lex.canonical(known[0]):
            # 经济建设和文化教育建设的支出总数: a verb before 的 and a known quantity qualifies it (what a part of it is
            # spent on), it is no verb of a count's object (新建成的小型水库 still counts 小型水库)
            verbs, verb_end = [], end
        if verbs and verb_end < end:
            measure = text[verb_end:end].strip(EDGE)
            if measure in self._funds:  # 救助资金, 培训经费: the verb says what the money is for; it is not its object
                # (from past the verb before it, if any: 发放临时救助资金 is 临时救助资金)
                named = verbs[-2].end() if len(verbs) > 1 else verbs[-1].start()
                return self._finish(text[named:end], named, region)
            # (also a named measure after projects: 招商引资项目完成固定资产投资 is theirs, not the region's)
            owned = measure in self._head_nouns or (measure.endswith(self._head_endings)
                                                    and text.endswith(self._projects, pos, verbs[-1].start()))
            owner = self._finish(text[pos:verbs[-1].start()], pos, region) \
                if owned and verbs[-1].start() > pos else None
            if owner is not None and self._verb_of_measure.fullmatch(verbs[-1].group(0)):
                # 省市县长项目完成投资68.7亿元: the projects' investment, not any
                return Subject(measure_of(owner.name, measure), owner.start, owner.end, owner.region)
            if owner is not None:  # 水利建设投资: the verb names what it is spent on
                return self._finish(text[pos:end], pos, region)
            return self._finish(text[verb_end:end], verb_end, region)
        if verbs and verbs[-1].start() > pos and text[verbs[-1].end() - 1] in TRAIL:
            # 育儿补贴惠及60万人: a verb ending in 及 is no end of a name (培训40万人次 is)
            return self._finish(text[pos:verbs[-1].start()], pos, region)
        found = self.subject(text, start, end)
        change = self._change_verb.match(text, pos, end) if found is None else None
        if change and change.end() < end and not text.startswith(self._reached_words, change.end()):
            # 降低企业税负5700亿元: what changed, named with its verb (not 增加到…, whose subject is earlier)
            rest = text[change.end():end]
            return self._finish(text[pos:change.end()] + rest[: self._first_stop(rest)], pos, region)
        return found

    def object_after(self, text: str, start: int, end: int, share: bool = False) -> Subject | None:
        """The counted thing after a count: "22个项目竣工投产" -> 项目; past the age of the people counted
        ("87万名80岁以上老年人" -> 老年人) and another counter in brackets ("2.5万套（间）城市危旧房" -> 城市危旧房);
        a count's things, not their measure an amount after it states (11个项目投资突破20亿元 -> 项目), but for a
        `share` of them."""
        if (age := self._age_of_people.match(text, start, end)) is not None:
            start = age.end()
        elif text[start:start + 1] in "（(" and (other := OTHER_COUNTER.match(text, start, end)) is not None and \
                not text.startswith(self._bounds, other.end()):  # (1万台（套）以上: the count's bound, no thing)
            start = other.end()
        if start >= end or not ("\u4e00" <= text[start] <= "\u9fff" or text[start] in "“\""
                                or TECH_NAME.match(text, start, end) or self._rating.match(text, start, end)):
            return None
        phrase = text[start:end]
        if (self._stop.match(phrase) and not self._not_stop.match(phrase)) or self._object_verb.match(phrase) \
                or self._predicate_verb.match(phrase) or phrase.startswith(self._thresholds + self._currencies) \
                or self._thresholds_counted.match(phrase) or self._prefix.match(phrase):
            # 迈上3万亿元台阶: a threshold is passed by the subject before, not counted (nor is the currency
            # of 41.25万亿元人民币); 并…: a new clause;
            # 三十五亿元是用于…: what is said of the amount, no thing counted
            return None
        # 9家智能工厂、38家5G工厂: the next count has its own thing; (22个)750千伏和330千伏电网工程: a rating is the
        # thing's name, no next count
        rated = [m.span() for m in self._rating.finditer(phrase)]
        following = next((m for m in NUMBER.finditer(phrase) if not any(s <= m.start() < e for s, e in rated)), None)
        if following is None and (spelt := self._chinese_count.search(phrase)) is not None:
            phrase = phrase[: spelt.start()]
        graded = None
        if following:
            head = phrase[: following.start()]
            grade = phrase.find(GRADE, following.end())
            if head.endswith(GRADE + LIST_MARK) and grade > 0:
                # 6个国家级、20个省级临床重点专科: a grade alone shares the next count's thing, after its own grade
                thing = phrase[grade + 1:]
                thing = thing[: (more.start() if (more := NUMBER.search(thing)) else len(thing))]
                graded = len(head) - 1
                head = head[:graded] + thing
            phrase = head
        stop = self._first_stop(phrase, verbs=True)
        # (but one character left names no thing, 76%的县普及了小学教育: the things are named with what they did)
        # (the next figure is an amount the verb right after the name reaches: 投资突破2000亿元; not 全部脱贫、52个…)
        amount_after = not share and following is not None and stop < len(phrase) and \
            phrase[stop:].strip(EDGE).startswith(self._lower_bounds + self._reached_words) and \
            len(phrase[stop:].strip(EDGE)) <= MAX_REACHING_VERB
        phrase = phrase[:stop] if self._names_thing(phrase[:stop]) else phrase
        if amount_after and phrase.endswith(self._head_endings) and \
                (noun := next(n for n in self._head_nouns_longest if phrase.endswith(n))) and \
                len(phrase) > len(noun) and self._names_thing(phrase[: -len(noun)]):
            # 11个能源重点领域项目投资(突破2000亿元): the amount a verb then states is the things' measure; the count
            # counts the things (能源重点领域项目)
            phrase = phrase[: -len(noun)]
        if phrase.startswith(DEMONSTRATIVES):
            return None  # 不少于18亿亩这条红线: what the count is called, not a thing counted
        if (of := phrase.find(OF, 1)) > 0:  # 八亿农民的积极性: 的 opens what is said of the counted thing
            if phrase.endswith(self._class_bounds, 0, of) and (thing := phrase[of + 1:].split(OF, 1)[0]):
                phrase = phrase[:of] + thing  # 八百多个限额以上的工业企业: a class's bound qualifies the thing
            else:
                phrase = phrase[:of]
        if (done := phrase.find(DONE, 2)) > 0:  # 2897万农村人口解决了…: a verb done, most often of two
            # characters (有了, one), ends the thing counted; but not one character, which names no thing (76%的县普及了
            # 小学教育: the things are named with what was done)
            cut = done - (1 if phrase[done - 1] in ONE_CHARACTER_VERBS else 2)
            phrase = phrase[:cut] if cut > 0 and self._names_thing(phrase[:cut]) else phrase
        said = self._predicate_verb.search(phrase, 1)  # 4个在建铁路项目(加快建设)
        if said is not None and (held := self._not_stop.search(phrase, 1)) is not None:
            # (a word holding one is no predicate: 160个国家乡村振兴重点帮扶县)
            held_spans = [(p.start(), p.end()) for p in self._not_stop.finditer(phrase, held.start())
                          if p.group(0) not in self._passive_predicates]  # (被评为: a word, and a predicate)
            said = next((m for m in self._predicate_verb.finditer(phrase, 1)
                         if not any(s <= m.start() < e for s, e in held_spans)), None)
        phrase = phrase[: said.start()] if said and self._names_thing(phrase[: said.start()]) else phrase
        first, _, rest = phrase.partition(LIST_MARK)
        if rest.endswith(RATE) and not first.endswith(self._counted_measures):
            # 新建5个紧密型城市医疗集团、区级覆盖率(达80%): the list goes on to a rate the clause states, not to more
            # things counted (but 26个行业增加值、利润 and the amounts of a list of things counted say whose)
            phrase = first
        if phrase[:1] in self._one_character_places and (gloss := GLOSS.match(phrase, 1)) is not None:
            # 17个省（区、市）完成…: the kinds the place takes in with it name nothing (nor does their 、 list them)
            named, shift = self._name_in(phrase[0] + phrase[gloss.end():]), gloss.end() - 1
            found = Subject(named[0], start + named[1] + (shift if named[1] else 0), start + named[2] + shift, None) \
                if named else None
        else:
            found = self._finish(phrase, start, None)
        if found is not None and graded is not None:
            found.end = min(found.end, start + graded)  # (the evidence ends with the grade: 6个国家级)
        return found

    def unframed(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The words a clause without figures takes as the topic of those after it, without the frame around them
        (拿钢来说, 以钢的产量来说: 钢, 钢的产量; topic_frame_openers, topic_frame_closers); else the clause as it is."""
        words = text[start:end].rstrip(EDGE)
        if not words.endswith(self._frame_closers):
            return start, end
        opening = start + len(text[start:end]) - len(text[start:end].lstrip(EDGE))
        opener = next((o for o in self._frame_openers if text.startswith(o, opening)), None)
        if opener is None:
            return start, end
        closer = next(c for c in self._frame_closers if words.endswith(c))
        inner = (opening + len(opener), start + len(words) - len(closer))
        framed = text[inner[0]:inner[1]]
        return inner if framed and framed not in self._no_topics and not self._only_time.match(framed) else (start, end)

    def _names_thing(self, words: str) -> bool:
        """Whether the words before a verb may name the things a figure counts: not a kind of place of one character
        alone (县, in 76%的县普及了小学教育, names none; the places are named with what they did), nor one with the
        kinds it takes in with it in brackets (4个县(市)入围榜单: 县 alone, whose name keeps what they did)."""
        words = words.lstrip(EDGE)
        if GLOSS_OPENING.search(words):
            words = GLOSS.sub("", words)
        return words not in self._one_character_places

    def changed_object(self, text: str, start: int, end: int) -> Subject | None:
        """The thing a figure-less clause opening with a verb of change raises or cuts (扩大人工草场面积, 今年要提高
        城乡低保标准), as the topic of a from–to pair after it that names none (,计划由…增加到…); else None."""
        pos = self.skip_leading_words(text, start, end)
        verb = next((v for v in self._change_verbs if text.startswith(v, pos)), None)
        changed = self.subject(text, pos + len(verb), end) if verb is not None else None
        # (the thing is all the clause says after its verb: not 在提高质量的前提下增加数量, a condition before the verb)
        return changed if changed is not None and not text[changed.end:end].strip(EDGE) else None

    def starts_with_object_verb(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] opens with a verb whose object follows it (建设, 改造: object_verbs)."""
        return self._object_verb.match(text, start, end) is not None

    def skip_leading_words(self, text: str, start: int, end: int) -> int:
        """Past the punctuation, times and words that open a subject (其中, 全年, 2025年, 力争, 区级 before a
        budget …)."""
        pos = start
        while pos < end:
            if text[pos] in EDGE:
                # (the place names' first characters tested before the rest of the words is cut out for them)
                if text[pos] in self._place_openings and self._place_prefix(text[pos:end]):
                    break  # (not the 和 of 和田地区, 和平区: a place's name opening with a joining word)
                pos += 1
                continue
            if self._lead_opening.match(text, pos) is None:
                break
            segment = text[pos:end]
            if self._larger_opening(segment):
                break  # (全市地区生产总值 in a district's speech: the city's, not a prefix of the district's own)
            tier = None if self.tier_apart else self._own_tier.match(segment)
            if tier and self._of_budget((rest := segment[tier.end():])[: self._first_stop(rest)]):
                pos += tier.end()  # 区级(一般公共预算收入): the budget of the document's own tier, no other quantity
                continue
            m = self._leading_word.match(segment)
            if not m:
                break
            pos += m.end()
        return pos

    def _larger_opening(self, segment: str) -> tuple[str, int] | None:
        """(the region, the length of its words) when a region above the document's own opens a subject
        that is an indicator of the lexicon: 全市地区生产总值 and 温州市规模以上工业增加值 in a district's
        speech are the city's figures (全国文明城市 names no indicator: it stays a name), or, after its 全 word,
        that is only the name of a quantity right before its figure (全市实有经营主体31.48万户)."""
        last_segment, last_found = self._larger_last
        if segment == last_segment:
            return last_found  # (_skip asks again where skip_leading_words stopped: the same words)
        self._larger_last = (segment, found := self._larger_of(segment))
        return found

    def _larger_of(self, segment: str) -> tuple[str, int] | None:
        """What _larger_opening finds in `segment`, found anew."""
        m = self._larger.match(segment) if self._larger else None
        if m is None or segment.startswith(self._designations):
            return None  # 全国重点实验室(45家): a designation of the document's own things, not the nation's count
        rest = segment[m.end():].strip(EDGE)
        if not (self.lex.canonical(rest) or self._reference.is_generic(segment[m.end():m.end() + 2])  # 嘉兴全市接待游客
                or (m.group(0).startswith(WHOLE) and self._quantity_only(rest))):  # (中国皮革城, 大理机场: names)
            return None
        return self._regions.larger[m.group(0)].name, m.end()

    def _quantity_only(self, words: str) -> bool:
        """Whether the words between a larger region's 全 word and its figure name a quantity and nothing else
        (全市实有经营主体(31.48万户), 全省快递业务量(4.87亿件)): no verb, no punctuation, a name as they are written."""
        if len(words) > MAX_NAME or NOT_A_NAME.search(words) or TIME_AFTER_PLACE.search(words):
            return False  # (漳州市一季度(增长5.1%): a time after the place, which region_only reads)
        named = self._name_in(words)
        return named is not None and named[0] == words and self._predicate_verb.search(words) is None

    def _skip_prefixes(self, text: str, start: int, end: int) -> tuple[int, str | None]:
        last_text, last_span, skipped = self._skipped
        if last_text is text and last_span == (start, end):
            return skipped  # a figure's subject, then whether it is only a region: from the same words
        self._skipped = (text, (start, end), skipped := self._skip(text, start, end))
        return skipped

    def _skip(self, text: str, start: int, end: int) -> tuple[int, str | None]:
        """Past the leading words and the regions of the document's own that open text[start:end]:
        the position the name starts at, and the region."""
        pos, region = start, None
        while pos < end:
            pos = self.skip_leading_words(text, pos, end)
            if pos >= end:
                break
            if region is not None and text.startswith(EACH_OF, pos) and self._distributed(text, start, pos):
                pos += len(EACH_OF)  # (连云区和灌南县)各(新增…14家): each place's figure, no part of the name
                continue
            segment = text[pos:end]
            if self._own_unit and segment.startswith(self._own_unit):
                pos += len(self._own_unit) - len(STANDING_AT)  # (开发区)在全省…中: the page's own unit, as 我区
                continue
            larger = self._larger_opening(segment) if segment[0] in self._larger_openings else None
            if larger:
                region, pos = larger[0], pos + larger[1]
                continue
            demonstrated = DEMONSTRATED_PLACE.match(segment)
            if demonstrated and (place := self._named_before(text, start, demonstrated.group(1))):
                region, pos = place, pos + demonstrated.end()
                continue
            # (县域经济占全市经济总量的比重: a name of its own, no area's 经济; words_opening_with_a_place)
            unlisted = self._unlisted_place.match(segment) if not segment.startswith(self._not_places) else None
            town = unlisted is not None and unlisted.group("town") is not None
            if town and self.town_opening(segment) is None:
                unlisted = None  # (各乡镇, 特色小镇, 美丽乡村: a kind of town or no town, no town's name)
            # (东湖高新区民营经济增加值: a development zone by a name of its own opens any subject, as a town does)
            town = town or (unlisted is not None and unlisted.group("zone") is not None
                            and self._zone_named_own(unlisted.group(0)))
            # (东部地区完成电信业务收入…: an area of the nation by name is the place of the words after it)
            # (屈家岭管理区实现旅游收入…: a zone's, past the verb before its indicator; 牛山街道接报火灾…: a town's
            # name is its own, whatever the words after it name, but a list of towns goes as a list: _regions_listed)
            if unlisted and (self._names_indicator(rest := segment[unlisted.end():]) or (
                    (town or unlisted.group(0).endswith(AREA_MARK)) and rest.strip(EDGE)
                    and not (town and rest.startswith(tuple(JOINING)))) or self._places_each_of(segment) or (
                    rest.startswith(EACH_OF) and self._distributed(text, start, pos + unlisted.end())) or \
                    self._names_indicator(
                    text[self.skip_leading_words(text, pos + unlisted.end(), end):end])):
                # the world's or a zone's, not the document's (an area by its short name: by its full one)
                region, pos = self._area_full.get(unlisted.group(0), unlisted.group(0)), pos + unlisted.end()
                continue
            short = self._own_short
            # 如东规上工业增加值 in 如东县's interview: its own short name before a known indicator (not before other
            # words: 如东港, 海门中学 name things of their own)
            if short and segment.startswith(short[0]) and self._names_indicator(segment[len(short[0]):]):
                region, pos = short[1], pos + len(short[0])
                continue
            name = self._place_prefix(segment)
            # (a region before only punctuation, 洞头区(10.2%), is no prefix: it is the region alone)
            if name and len(name) < len(segment.rstrip(EDGE)) and self._subject_place(name):
                area = self._area.match(segment, len(name))  # 三亚经济圈(经济总量): the area around it
                region = name + area.group(0) if area else name
                pos += len(region)
                continue
            break
        return pos, region

    def _zone_named_own(self, zone: str) -> bool:
        """Whether a zone no reference lists is a development zone with a name of its own before its ending
        (东湖高新区, 火炬高技术产业开发区; named_zone_endings), not only the words of a kind of zone
        (国家级经济技术开发区, 省级高新区; zone_kind_words)."""
        ending = self._named_zone_ending.search(zone)
        if ending is None or zone.startswith(self._town_kind_openings):
            return False
        stem = zone[:ending.start()]  # (商务部国家级经开区: the body that rates zones of a kind, no zone's name)
        return len(self._zone_kinds.sub("", stem)) >= MIN_OWN_NAME and not any(b in stem for b in self._zone_bodies)

    def _places_each_of(self, segment: str) -> bool:
        """Whether a segment opens with a list of places and 各 giving each of them the figure (临港经济技术开发区和南海
        新区各设立…): its first place, a zone or a town no reference lists, is a place of its own."""
        at = segment.find(EACH_OF)
        parts = re.split(f"[{JOINING}]", segment[:at]) if at > 0 else []
        return len(parts) > 1 and self._distributed(segment, 0, at) and \
            all(self.split_region(part, zones=True) == (part, "") for part in parts)

    def _distributed(self, text: str, start: int, at: int) -> bool:
        """Whether the 各 at `at`, right after a list of places from `start` (A和B各, A、B各), gives each of them the
        figure (A和B各新增…14家), not every one of a kind (A、B各类企业, 各项, 各县; each_kinds)."""
        return any(mark in text[start:at] for mark in JOINING if mark != ",") and \
            not text.startswith(self._each_kinds, at + len(EACH_OF))

    def _place_prefix(self, text: str) -> str | None:
        """The longest name of a place inside the document's region `text` opens with, but none when it opens with a
        word holding a place's name (日照时数, no 日照市; words_opening_with_a_place)."""
        if not text or text[0] not in self._place_openings or text.startswith(self._not_places):
            return None
        return self._regions.prefix(text)

    def _named_before(self, text: str, start: int, level: str) -> str | None:
        """The last place of the document's own region whose name ends in `level` (区) named before `start` in its
        sentence, or None."""
        first = max(0, start - NAMED_BEFORE)
        for i in range(start - 1, first - 1, -1):
            if text[i] in "。\n":
                return None
            name = self._place_prefix(text[i:start])
            if name and name.endswith(level) and self._regions.inside[name].level in self._region_levels:
                return name
        return None

    def read_title(self, title: str) -> None:
        """What a document's title says of its names: whether it is on a tier's own budget (县级预算执行), whose
        budget figures then keep the tier's name (县级一般公共预算收入), a part of the whole's; and the unit inside
        a region it is the page of (…开发区…工作总结), whose word before 在 stands for the page's own
        (开发区在全省…中)."""
        self.tier_apart = self._tier_titled.search(title) is not None
        unit = self._units_inside.search(title)
        self._own_unit = unit.group(0) + STANDING_AT if unit else None

    def _of_budget(self, words: str) -> bool:
        """Whether words up to a figure's predicate name a budget a tier of government keeps (一般公共预算收入): one
        of a tier is the tier's own; a tax or other quantity of a tier (区级税收收入) is a part of the whole."""
        known = self.lex.canonical(words.split("(", 1)[0].strip(EDGE))  # (a table's label: 区级…收入(亿元))
        return known is not None and known.name in self._tier_budgets

    def _names_indicator(self, words: str) -> bool:
        """Whether words up to a figure's predicate are only the name of a known indicator (R&D经费投入强度为)."""
        words = words.strip(EDGE)
        if words[-1:] in self._trailing_ends and words.endswith(self._trailing_words):
            words = self._trailing_function.sub("", words)
        return self.lex.canonical(words) is not None

    def _finish(self, phrase: str, pos: int, region: str | None) -> Subject | None:
        """The subject the words of `phrase` (at `pos` in the text) name, or None."""
        named = self._name_in(phrase)
        return Subject(named[0], pos + named[1], pos + named[2], region) if named else None

    def _without_trail(self, phrase: str) -> str:
        """The phrase without the endings that close no name ((在全市)中, (…)等), but a word ending in one (高中)."""
        return phrase if phrase.endswith(self._trail_words) else phrase.rstrip(TRAIL)

    def _lstrip_edge(self, phrase: str) -> str:
        """The phrase past the marks and joining words that open it, but a word opening with one (和美乡村)."""
        stripped = phrase.lstrip(EDGE)
        cut = len(phrase) - len(stripped)
        return phrase[cut - 1:] if cut and phrase.startswith(self._joined_openings, cut - 1) else stripped

    def _without_modal(self, stripped: str) -> str:
        """A name without the modal or word of planning that closes it after a measure (一般公共预算收入能(完成…),
        棉花总产量要求(增长…), 工业总产值则(为…)); not 产能, 储能: words of their own."""
        modal = next(word for word in self._modals_after_measure if stripped.endswith(word))
        rest = stripped[:-len(modal)]
        return self._without_trail(self._trailing_function.sub("", rest)) if rest.endswith(self._head_endings) \
            else stripped

    def _name_in(self, phrase: str) -> tuple[str, int, int] | None:
        """The name a phrase holds, cleaned, with where its words begin and end in it; None when it names
        no quantity."""
        stripped = self._lstrip_edge(phrase)
        pos = len(phrase) - len(stripped)
        # (each pattern anchored at the end is tried only when the phrase ends as its match would)
        stripped = self._without_trail(stripped)
        if stripped.endswith(DURATION_UNITS):
            stripped = self._without_trail(DURATION.sub("", stripped))
        lead = self._leading_function.match(stripped)
        if lead:  # 已有, 即: adverbs and verbs that are no part of a name
            pos += lead.end()
            stripped = self._lstrip_edge(stripped[lead.end():])
        if stripped[-1:] in self._trailing_ends and stripped.endswith(self._trailing_words):
            stripped = self._without_trail(self._trailing_function.sub("", stripped))
        if stripped.endswith(self._modals_after_measure):
            stripped = self._without_modal(stripped)
        if stripped.endswith(self._reached_words):  # 区域创新能力升至(全国第10位)
            stripped = self._without_trail(self._trailing_reached.sub("", stripped))
        figure = last_match(self._figure.finditer(stripped)) if DIGIT.search(stripped) else None
        bound = figure is not None and stripped.endswith(self._lower_bounds, 0, figure.start())
        if figure and not stripped.startswith(self._bounds, figure.end()) \
                and not (bound and not stripped.startswith(OF, figure.end())) \
                and not self._rating.match(stripped, figure.start()) \
                and not self._age_of_people.match(stripped, figure.start()):  # what follows the last figure
            # in the phrase (but 5000万元及以上项目, 超1亿美元项目, 50米内换乘比例: a class's bound is part of its name,
            # as a rating is, 10万吨级泊位, and an age the people are of, 0—6岁儿童健康管理率; not 超500亿元的乡镇),
            # unless a bound leaves one character that names no quantity (超过50万元的村: the class of villages by
            # their bound)
            rest = stripped[figure.end():].lstrip(EDGE)
            # (超过300亿元的县(市、区): the kinds a place takes in with it in brackets leave it one character still)
            kind = GLOSS.sub("", rest) if bound and GLOSS_OPENING.search(rest) else rest
            if not (bound and len(kind) == 1 and kind not in self._one_character):
                pos += figure.end()
                stripped = rest
        end = pos + len(stripped)
        if len(stripped) > MAX_NAME and not (1 < len(listed := stripped.split(LIST_MARK)) <= MAX_LISTED
                                             and max(map(len, listed)) <= MAX_NAME and len(stripped) <= MAX_LIST):
            # a long run-on (not a list of names): keep its last noun phrase
            cut = max(len(stripped) - MAX_NAME, *(stripped.rfind(c) + 1 for c in "的,、"))
            pos += cut
            stripped = stripped[cut:]
        # (each substitution is made only when the name holds what its pattern needs: most names hold none of it,
        # which one search tells, CLEANED_OUT; a name without any has only an ending taken off below, which brings
        # none in)
        marked = CLEANED_OUT.search(stripped) is not None
        name = stripped.translate(NO_QUOTES) if marked and QUOTE_MARK.search(stripped) else stripped
        if marked and (YEAR_MARK in name or MONTH_MARK in name):  # 国内生产总值2000年(达…): the year is the period's
            name = YEAR_IN_NAME.sub("", name)
        if name.endswith(RELATIVE_TIME_ENDS):  # 就业率去年底(达到…), 补助资金由上年(46亿元): the period's too
            name = RELATIVE_TIME_AT_END.sub("", name) or name
        if name.endswith(SPAN_ENDS):
            name = self._span_at_end.sub("", name) or name
        if marked and GLOSS_OPENING.search(name):
            name = GLOSS.sub("", name)
        if marked and NOTE_OPENING in name:
            name = NOTE_MARK.sub("", name)
        if marked and COUNTED_WORDS.search(name):
            name = COUNTED_AS.sub("", name)
        if name.startswith(self._each_place) and name.endswith(self._each_measures):
            # 各县(市、区)PM2.5平均浓度(均同比下降,其中…分别…): each place's measure, the topic its places'
            # figures after it take, named as the measure
            name = name[max(len(each) for each in self._each_place if name.startswith(each)):].strip(EDGE) or name
        if self._only_time.match(name) or name in self.lex.scope_index or COMPARED_WITH.match(name) or \
                name in self._standings or name.startswith(self._each_place) or name.endswith(self._standings_among) \
                or (len(name) <= CONVERSION_LENGTH and self._conversion.match(name)) \
                or self.places_counted.fullmatch(name):
            return None  # a time, the region or the base compared with (在北方地区占比…), a standing alone (在全市的
            # 位次由第12位…, 在粤北五市中的位次由…: the quantity's before it), the places of a kind (各县发展, 两区): no
            # name of a quantity, nor a restatement in another unit (折合人民币)
        if not WORDS.search(name) or NUMERALS_ONLY.fullmatch(name) or \
                (len(name) == 1 and name not in self._one_character):
            return None  # nothing, or one character that names no quantity (钢 does, 县 does not)
        return name, pos, end

    def split_region(self, phrase: str, zones: bool = False) -> tuple[str | None, str]:
        """(the region of the document's own that opens `phrase`, the rest): 赤坎区地区生产总值 ->
        (赤坎区, 地区生产总值); (None, phrase) when no such region opens it. `zones`: a phrase of a list of places,
        where a zone no reference lists, by its name's ending, is a place alone too (南太湖新区、德清县…分别增长…)."""
        region = self._inside_opening(phrase)
        if region is None:
            alone = self._area_or_place(phrase) or self._township(phrase) or (
                zones and (self._zone.fullmatch(phrase) is not None or phrase in self._place_nouns))
            if alone:
                return phrase, ""
            # (崖子镇、冯家镇脱贫人口人均纯收入分别…: the last town of a list opens the list's quantity)
            town = self.town_opening(phrase) if zones else None
            return (town, phrase[len(town):].strip(EDGE)) if town else (None, phrase)
        rest = phrase[len(region):].strip(EDGE)
        # 安阳经开区, 丽水经济技术开发区 (安阳 and a kind of zone, its kind's words too, and nothing else): the place's
        # zone no reference lists, a place alone
        return (phrase, "") if self._zone_kind.fullmatch(rest) else (region, rest)

    def part_opening(self, name: str) -> tuple[str, str] | None:
        """(the part of the region a name opens with, the rest): 市城区出让收入 -> (市城区, 出让收入); None when
        it opens with none (place_nouns) or is only one."""
        part = max((p for p in self._place_nouns if name.startswith(p)), key=len, default=None)
        rest = name[len(part):].strip(EDGE) if part else ""
        return (part, rest) if part and rest else None

    def town_opening(self, phrase: str) -> str | None:
        """The town or subdistrict no reference lists that a phrase opens with, by its name (崖子镇粮食总产量: 崖子镇),
        or None (not a kind of town: 各乡镇, 特色小镇; town_kind_words; nor a verb's object: 实施…乡建项目)."""
        found = self._unlisted_place.match(phrase)
        # (明城镇规模以上工业总产值: a town whose one-character name ends in 城, not the 城镇 of towns and cities)
        kinds_from = found.end() - 1 if found is not None and self._city_town.fullmatch(found.group(0)) else 0
        if found is None or found.group("town") is None \
                or self._town_kinds.search(phrase, kinds_from, found.end() + (
                    0 if phrase.startswith(self._village_openings, found.end()) else 1)) \
                or phrase.startswith(self._town_kind_openings) or self.starts_with_object_verb(phrase, 0, found.end()) \
                or phrase.startswith(self._built_verbs):
            return None  # (实施闽台乡建…项目: a verb and its object, no town)
        return found.group(0)

    def own_zone(self, label: str) -> bool:
        """Whether a row label of a table of zones is a zone no reference lists with a name of its own before
        its ending (南湖高新区), not only the words of a kind of zone (国家级经开区), or an industrial park
        (氟硅新材料产业园; park_endings), a place only as such a row: in prose a park's name opens the
        indicator's (…产业园产值)."""
        return (self._zone.fullmatch(label) is not None and self._zone_named_own(label)) \
            or self._park.fullmatch(label) is not None

    def zone_of_place(self, label: str) -> bool:
        """Whether a label is a zone no reference lists named by a place inside the document's region, by the
        place's name without its level's ending (汤阴经开区 of 汤阴县, 林州经开区 of 林州市; not 国家级经开区)."""
        named = self._zone_named.fullmatch(label)
        return named is not None and any(
            named.group("stem") + ending in self._regions.inside for ending in PLACE_ENDINGS)

    def place_outside(self, name: str) -> tuple[str, Indicator] | None:
        """(the place outside the document's region that a name opens with by its full name, a level's word ending it,
        the indicator the rest names) when the lexicon knows it (宕昌县地区生产总值 in a district's page on the county
        it helps: 宕昌县, 地区生产总值); None for any other name (most: the document's own places open none)."""
        for last in LEVEL_LAST.finditer(name, MIN_PLACE_NAME - 1, min(len(name) - 1, MAX_PLACE_NAME)):
            n = last.end()  # (the place's characters: only where a level's word may end it)
            place = name[:n]
            if level_from_name(place) is not None and place not in self._regions.inside and \
                    any(r.level in self._region_levels for r in self._reference.named(place)) and \
                    (known := self.lex.canonical(name[n:])) is not None:
                return place, known
        return None

    def _subject_place(self, name: str) -> bool:
        """Whether a name of a place inside the document's region (or its own) may open a subject: one of the levels
        subjects are named at, or the document's own full name ending in a level (福建省规模以上工业增加值 in the
        province's release; not a short name, which opens names of its own things: 重庆大学, 吉林一号, 中国科学院)."""
        place = self._regions.inside[name]
        return place.level in self._region_levels or (
            place.level == self._own_level and name == place.name and level_from_name(name) is not None)

    def _inside_opening(self, text: str) -> str | None:
        """The region of the document's own (or one inside it) of a level a subject may name that `text`
        opens with, by name."""
        name = self._place_prefix(text)
        return name if name and self._subject_place(name) else None

    def place_opening(self, text: str, start: int, end: int) -> str | None:
        """The place inside the document's region (or its own) that a clause of no figure opens with (达坂城区受订单
        减少影响,): the sentence's topic, whose figures the next clause states."""
        _, region = self._skip_prefixes(text, start, end)
        place = self._regions.inside.get(region) if region else None
        return region if place is not None and place.level in self._region_levels else None

    def region_opening(self, text: str) -> str | None:
        """The region a text opens with, the document's own, one inside it or one above it (涪城区 and
        绵阳市 heading a table's columns in a district's brief), by name; None when it opens with none."""
        larger = self._larger.match(text) if self._larger else None
        if larger:
            return self._regions.larger[larger.group(0)].name
        return self._inside_opening(text)

    def larger_alone(self, label: str) -> str | None:
        """The region above the document's own that a label names and nothing else (全省, 山西省 as a table's row
        label in a city's page), by name; None for any other label."""
        m = self._larger.fullmatch(label) if self._larger else None
        return self._regions.larger[m.group(0)].name if m else None

    def _township(self, name: str) -> bool:
        """Whether a name is that of a town or subdistrict the reference does not list (万庾镇, 城关街道):
        a place by its ending, not a quantity."""
        return len(name) > 2 and level_from_name(name) == TOWN and not self.lex.canonical(name)

    def _place(self, name: str) -> bool:
        """Whether a name is only that of a place of the reference outside the document's own region
        (a neighbouring district in a city's brief whose region was read as one of its districts)."""
        named = self._reference.named(name)
        return bool(named) and any(r.level in self._region_levels for r in named)  # (most names: no place's)

    def _area_or_place(self, name: str) -> bool:
        """Whether a name is only that of the world or a named area (中部地区, 西翼: scope_words' named) or of a
        place of the reference outside the document's own region: (东部地区增长5.4%;)中部地区、西部地区分别(增长…)."""
        return name in self._areas or self._place(name)

    def place_before_cause(self, text: str, start: int, end: int) -> str | None:
        """The place alone that words ending in a clause of cause open with ((…;)青溪县受一次性因素影响(下降1.8%)):
        the region of the carried quantity's figure after them; None for any other words."""
        cause = self._cause_inside.search(text, start + 1, end)
        if cause is None or text[cause.end():end].strip(EDGE):
            return None
        return self.region_only(text, start, cause.start())

    def region_only(self, text: str, start: int, end: int) -> str | None:
        """The region a clause names and nothing else (其中霞山区增长5.6%): its figure is the carried
        indicator's, for that region."""
        pos, _ = self._skip_prefixes(text, start, end)
        segment = text[pos:end].strip(EDGE)
        if TIME_MARK.search(segment):
            segment = TIME_AFTER_PLACE.sub("", segment).rstrip(EDGE) or segment
        region = self._regions.inside.get(segment)
        if region is None:
            # (其中任桥镇达1.46亿斤,)连城镇(为1.18亿斤): a town no reference lists alone too
            # (a town alone ends with a town's ending: most words do not, and no pattern is tried for them)
            # 其中南湖高新区(增长9.2%): a zone no reference lists by a name of its own, alone as a town is (not one of
            # a grade, 百亿级开发区(22个): a kind counted)
            alone = segment and (self._area_or_place(segment) or (segment.endswith(TOWN_ENDINGS)
                                                                 and self.town_opening(segment) == segment)
                                 or (self._zone.fullmatch(segment) is not None and self._zone_named_own(segment)
                                     and GRADE not in segment))
            return self._area_full.get(segment, segment) if alone else None
        return segment if self._subject_place(segment) else None

    def area_only(self, text: str, start: int, end: int) -> str | None:
        """The world's or a named area that words naming no subject name and nothing else but leading words
        ((世界经济增长3.2%,)发达经济体增长1.7%): the carried indicator's figure is that area's."""
        pos, _ = self._skip_prefixes(text, start, end)
        segment = text[pos:end].strip(EDGE)
        return self._area_full.get(segment, segment) if segment in self._areas else None

    def larger_only(self, text: str, start: int, end: int) -> str | None:
        """The region above the document's that words naming no subject name and nothing else but leading words
        ((全市同期)增长5.0%, (全市预计)增长5.2%左右): the carried indicator's figure is that region's."""
        pos, region = self._skip_prefixes(text, start, end)
        if text[pos:end].strip(EDGE):
            return None
        if region is None and self._larger and (m := self._larger.search(text, start, pos)) and \
                m.group(0).startswith(WHOLE):
            region = self._regions.larger[m.group(0)].name  # (全市增长4.5%: its 全 word, skipped as a leading word)
        return region if region in self.larger_names else None

    def own_only(self, text: str, start: int, end: int) -> bool:
        """Whether words naming no subject name the document's own region and nothing else but leading words
        ((全国…增长5.0%,)全省增长5.4%): the carried indicator's figure is the document's own, not the region's
        the carried one named."""
        pos, region = self._skip_prefixes(text, start, end)
        if region is not None or text[pos:end].strip(EDGE) or self._own_region.search(text, start, pos) is None:
            return False
        return not (self._larger and self._larger.search(text, start, pos))

    def of_total(self, text: str, subject: Subject, figure_start: int, words_start: int | None = None) -> str:
        """A ratio of a total is named as one (民间投资占比34% -> 民间投资占比; 服务业增加值占地区生产总值
        比重达56.2% -> 服务业增加值占地区生产总值比重), not by its numerator, another indicator; so is a
        contribution rate (服务业对经济增长贡献率). The words naming the total begin after the subject, or at
        `words_start` for a subject carried from an earlier clause (工业投资增长18.6%,占全部投资的比重…)."""
        m = self._of_total.match(text, subject.end if words_start is None else words_start, figure_start)
        if m is None:
            return subject.name
        if m.group("contribution"):  # 服务业对经济(增长贡献率): the rate is the name's
            return subject.name + m.group("contribution")
        total = m.group("total") or m.group("within")
        return f"{subject.name}占{total}比重" if total else subject.name + "占比"

    def is_aspect(self, subject: Subject, metric: str | None = None) -> bool:
        """Whether a subject only names an aspect (增速, 总量, 增加值, 收入总量; 收入规模 of a rank) of some other
        indicator."""
        return subject.name in self._rate_words or subject.name in self._total or subject.name in self._head_nouns \
            or self._measure_total(subject.name, metric) is not None

    def _measure_total(self, name: str, metric: str | None = None) -> str | None:
        """The measure a name gives the total of (收入总量, 总收入 -> 收入; 收入规模 in a rank), when it is only
        that; else None."""
        if name.startswith(self._measure_total_prefixes):
            measure = next(name[len(p):] for p in self._measure_total_prefixes if name.startswith(p))
            return measure if measure in self._head_nouns else None
        totals = self._rank_totals if metric == "rank" else self._measure_totals
        if not name.endswith(totals):
            return None  # (most names end with none: one test of the tuple before the words one by one)
        suffix = next((s for s in totals if name.endswith(s) and len(name) > len(s)), None)
        if suffix is None:
            return None
        measure = name.removesuffix(suffix)
        return measure if measure in self._head_nouns else None

    def relate(self, subject: Subject, carried: Subject, metric: str) -> Subject:
        """A subject that only names an aspect (增速, 总量) is about the carried indicator:
        "增速高于全市0.9个百分点" compares 地区生产总值's growth; "增速居全市首位" ranks it; a measure
        after a kind of firm (规模以上工业企业达7.6万家、增加值增长3%) is that kind's."""
        if subject.name in self._head_nouns and carried.name.endswith(FIRMS) and len(carried.name) > len(FIRMS):
            name = measure_of(carried.name, subject.name)
        elif subject.name in self._head_nouns and (firms := self._firms_measured(carried.name, subject.name)):
            name = firms + subject.name  # (国有企业资产总额增长…,利润增长…,税收增长…): the firms' profit and tax
        elif own := self.own_measure(subject, carried):
            return own
        elif owner := self._yielder(carried.name, subject.name):
            name = owner + subject.name
        elif known := self._owner_opening(carried.name, subject.name):
            name = known
        elif subject.name in self._rate_words:
            name = carried.name + "增速" if metric == "rank" else carried.name
        elif subject.name in self._total:
            name = carried.name
        elif (measure := self._measure_total(subject.name, metric)) and \
                (whole := self._known_name(carried.name)).endswith(measure):
            name = whole  # 农村居民人均可支配收入…,收入总量(居全市第二位): the carried indicator's (税收总量: its name)
        else:
            return subject
        return Subject(name, subject.start, subject.end, subject.region or carried.region)  # (南海区总量: 南海区's)

    def _firms_measured(self, name: str, measure: str) -> str | None:
        """The firms a carried name measures (国有企业 of 国有企业资产总额: firms, then a measure of theirs ending in a
        head noun), whose a measure named alone after it is; None for other names (a known indicator, 企业 closing
        the name, a measure of their own that is this one)."""
        at = name.rfind(FIRMS)
        rest = name[at + len(FIRMS):] if at > 0 else ""
        if not rest or rest == measure or not rest.endswith(self._head_endings) or self.lex.canonical(name):
            return None
        return name[: at + len(FIRMS)]

    def _known_name(self, name: str) -> str:
        """The lexicon's name of the indicator a name, or the name without its total's suffix, is known as (税收总量 ->
        税收收入), else the name."""
        known = self.lex.canonical(name) or self.lex.canonical(self.without_total(name))
        return known.name if known else name

    def own_measure(self, subject: Subject, held: Subject) -> Subject | None:
        """A measure named alone that the known indicator held before ends with (规模以上工业总产值…,11月当月完成
        产值(438.6亿元)): that indicator's; else None."""
        if subject.name not in self._head_nouns or self.lex.canonical(subject.name):
            return None  # (出口 names an indicator of its own, not 进出口's)
        known = self.lex.canonical(held.name)
        # (社会消费品零售总额…,11月当月零售额…: the measure its name ends with, or a short form of its name does,
        # its characters in order, 社会消费品零售额; not another name's, 实际利用外商直接投资's 投资 for 实际利用外资)
        if known is None or not any(name.endswith(subject.name) for name in (
                known.name, *(a for a in known.aliases if _shortened(a, known.name)))):
            return None
        return Subject(held.name, subject.start, subject.end, subject.region or held.region)

    def _yielder(self, name: str, measure: str) -> str | None:
        """Whose a yield measure named alone is, after a name ending in another (茶叶种植面积…、产值: 茶叶), or None."""
        if measure not in self._yield_measures or self.lex.canonical(name):
            return None  # (地区生产总值…,增加值: a known indicator is no owner of things yielded)
        own = next((m for m in self._yield_measures if name.endswith(m)), None)
        owner = name[: -len(own)] if own and measure not in own and own not in measure else ""
        return owner if len(owner) > 1 else None

    def _owner_opening(self, name: str, measure: str) -> str | None:
        """A yield measure named alone after a clause that opens with its owner (服务业支撑作用更加明显,增加值…): the
        known indicator the longest opening of that clause's name and the measure make (服务业增加值), or None."""
        if measure not in self._yield_measures:
            return None
        return next((joined for end in range(min(len(name), OWNER_OPENING), 1, -1)
                     if self.lex.canonical(joined := name[:end] + measure)), None)

    def completed(self, topic: Subject, subject: Subject) -> Subject | None:
        """A subject naming no indicator of its own but a measure of the topic's (R&D经费762.2亿元,…,投入强度5.61%),
        named by the two together when the lexicon knows them so (R&D经费投入强度); else None."""
        known = self.lex.canonical(topic.name)
        for name in (topic.name, known.name if known else None):  # (研发经费投入…,投入强度: by the topic's name)
            if name and self.lex.canonical(joined := name + subject.name):
                return Subject(joined, subject.start, subject.end, subject.region or topic.region)
        return None

    @staticmethod
    def continued(topic: Subject, subject: Subject) -> Subject:
        """A subject that continues the sentence's topic by the words the topic ends with, named by the
        two together: 城乡居民储蓄存款(大幅度增加),存款余额(达到…) -> 城乡居民储蓄存款余额. Otherwise the
        subject itself."""
        name = subject.name
        for cut in range(len(name) - 1, 1, -1):
            if topic.name.endswith(name[:cut]) and len(topic.name) > cut:
                return Subject(topic.name + name[cut:], subject.start, subject.end, subject.region or topic.region)
        return subject

    def of_group(self, topic: Subject, subject: Subject) -> Subject | None:
        """A group of those whose measure the topic names (其中,城镇居民(39652元) after 居民人均可支配收入…;
        农村居民 after 城镇居民人均可支配收入): the group's own figure of that measure, named by the group and what
        follows its last words in the topic's name, when the lexicon knows them so (城镇居民人均可支配收入); else
        None."""
        name, whole = subject.name, topic.name
        if len(name) > GROUP_NAME or len(name) >= len(whole):
            return None  # (most subjects: a name of its own, not a group's)
        for cut in range(len(name) - 1, 1, -1):  # (the longest of the group's last words first)
            at = whole.find(name[-cut:])
            if at >= 0 and self.lex.canonical(joined := name + whole[at + cut:]):
                return Subject(joined, subject.start, subject.end, subject.region or topic.region)
        return None

    @staticmethod
    def partnered(topic: Subject, subject: Subject, partner: str) -> Subject:
        """A measure alone (支出) after a topic ending in its partner (地方一般公共预算收入增长2.3%、支出首次超过…)
        is the topic's owner's: 地方一般公共预算支出."""
        return Subject(topic.name[: -len(partner)] + subject.name, subject.start, subject.end,
                       subject.region or topic.region)

    def ends_with_rate(self, text: str) -> bool:
        """Whether the words before a rank (up to its verb or scope) name a growth rate (…增幅全市第一,
        增速居全市首位)."""
        words = DURATION.sub("", text.rstrip(EDGE)).rstrip(EDGE)  # 增速连续4年(居…首位)
        if words.endswith(self._standings) or words.endswith(FROM_WORDS):
            words = self._standing_told.sub("", words)  # 增速在全省的位次由(第30位…)
        # 增速在(全市各县区中排第2位): the 在 of the group ranked in
        return bool(self._rate.search(self._trailing_function.sub("", words.removesuffix(RANKED_IN))))

    def names_only_a_rate(self, words: str) -> bool:
        """Whether words name a growth rate and nothing else (增速, 增幅: whose rate, the words before say)."""
        words = words.strip(EDGE)
        return bool(words) and self._rate.sub("", words) == ""

    def without_rate(self, name: str) -> str:
        """'规上工业增加值增速' -> '规上工业增加值'."""
        return self._rate.sub("", name) or name

    def without_total(self, name: str) -> str:
        """'投资总量' -> '投资'."""
        if not name.endswith(self._total):
            return name  # (most names end with none: one test of the tuple before the words one by one)
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


def _shortened(short: str, name: str) -> bool:
    """Whether `short` is `name` with characters left out, the rest in order (社会消费品零售额 of
    社会消费品零售总额)."""
    rest = iter(name)
    return len(short) < len(name) and all(c in rest for c in short)

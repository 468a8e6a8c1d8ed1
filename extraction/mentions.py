"""Numbers with their units and qualifiers, and ordinal ranks, found in normalised text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from string import ascii_letters

from zhibiao.regions import Region

from .lexicon import WHOLE as WHOLE_REGION
from .lexicon import Lexicon, alternation, character_class, opened_by, opening_with
from .names import INCLUSIVE_MARK, JOINING
from .numerals import (
    CHINESE_NUMERAL_CHARS,
    DIGITS,
    LARGE_UNITS,
    MIXED,
    SMALL_UNITS,
    YEAR_NUMBER,
    parse_arabic,
    parse_chinese,
    year_number,
)
from .structure import CJK, QuoteIndex

# the scope of peers named with no scope word, by the level of the region they are the places of
PEERS_SCOPES = {"province": "全省", "nation": "全国", "city": "全市"}
PROVINCE_PEERS = "省"  # (各)省区, 省份: peers that are provinces
RANGE_REACH = 20  # characters after a count within which a ranking's top or bottom (前十位, 后十位) may close its peers
RANKING_WIDTH = 30  # characters between 在全省 and 中 of a clause naming a ranking and its peers

# Not inside a longer run of digits, and at most 15 of them: a run of thousands of digits is no
# figure, and trying it at every position would take time in the square of its length.
# Digits spaced out one by one (7 4 7 7 2 亿元) are one number too.
ARABIC = r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d(?: \d){1,14}|\d{1,15})(?!\d)(?:\.\d{1,8})?"
NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
# A round figure may drop its 一 after a word of degree (超千亿元, 突破百万人次, 近千亿, 突破万亿元,
# 稳定在百万吨以上) or of increase (新增千万吨产能): 千 is then 一千.
ROUND_AFTER = "超破过上近约达到在增"
ROUND_OPENINGS = "百千万"
MIN_PLACE, MAX_PLACE = 2, 6  # characters of the names of places a one-character scope word may end (如皋市)
PLACE_NAME_MIN, PLACE_NAME_MAX = 3, 5  # characters of a place's full name a numeral may open (三门县, 七台河市)
# After 近 and the 破 of 突破 a round count of things drops it too (近千个, 近百家, 突破百条, 突破万列); after the
# other words it would read idioms (送到千家万户).
ROUND_COUNTED_AFTER = "近破"
ROUND_COUNTERS = "个家项名人所座条户套场件次列辆艘台"
ROUND = (rf"(?<=[{ROUND_AFTER}])(?:[百千](?=[万亿])|万(?=亿)"
         rf"|(?<=[{ROUND_COUNTED_AFTER}])[百千万](?=[{ROUND_COUNTERS}]))")  # (one lookbehind tried at each character)
CHINESE = (rf"(?<![{NUMERAL_CHARS}])(?:[零〇一二两三四五六七八九十]|{ROUND})"
           rf"[{NUMERAL_CHARS}]{{0,15}}(?:点[零〇一二三四五六七八九]{{1,8}})?")
NUMBER = rf"(?:{MIXED}|{ARABIC}|{CHINESE})"
# 百分之百 closing a clause: all, 100% (通客车率达到百分之百; not 百分之百的信心 nor 确保百分之百完成, an idiom's)
WHOLE = r"百(?=$|[,;:。!?，；：、)）\s])"
# What a fraction's denominator (三分之一) is followed by: a run of a number's characters, then 分之. Most numbers
# are no denominator, and reading each in full as one before trying it as a figure cost a fifth of the pattern's time.
FRACTION_AHEAD = rf"(?=[\d,. {NUMERAL_CHARS}点]+分之)"
RANGE_SEPARATORS = r"(?P<sep>-|~|至|到)"
# 四百五十个亿, 二十一个多亿: a sum of money said in 亿 with a counter before it, as speech says it: 四百五十亿元
SAID_COUNTER = "(?:(?P<said>个)(?=[多余]?亿))?"
SAID_MONEY = "元"
SAID_MAGNITUDE = "亿"  # (二十三个)亿(元以上项目): the magnitude a counter said before opens a class with
SAID_COUNTER_UNIT = "个"
# A character before a number that makes it part of a code or name (2#EVA, AA+1, V2): a Latin letter, one of these
# marks, or a digit (_glued; a set lookup, not a pattern's match, for the character before each figure)
GLUED_MARKS = frozenset(ascii_letters + "+#_/.")
SOURCE_WORDS = 10  # the characters a source's lead and the words before its count take (根据中央, 据四川省试点的)
ORDERED_UNIT_WORDS = 9  # the characters an ordinal or a count, its classifier and a grade take (3座, 首款量产级)
GRADE = "级"  # (首款量产级: the grade after a unit's classifier)
NAME_OPENING = 3  # the characters of a name's opening the lexicon knows (Lexicon.name_openings)
LISTED_PLACES_REACH = 30  # the characters a list of places right before their count may take (东大街、西关、…5个街道)
# A sign right before the number (增长-3.2%, 增长负3.2%, 增长+3.2%; − and － are "-" once normalised), not
# after a digit, a letter or a percent sign: a range 5%-6% and a code AA+1 have none.
SIGNS = "-+负"
SIGN_BEFORE = re.compile(rf"(?<![\dA-Za-z%.+])(?P<sign>[{SIGNS}])$")
RELATIVE = ("percent", "rate", "pp")
EXAMINED_REACH = 4  # 对全市(6个县区): the characters a lead of the places examined and its scope take
PEER_KINDS = ")）区县市州镇乡村盟旗"  # what a group of peers said with 里 ends with (十三个县(市、区)里; not 人海里)
WRITTEN_MAGNITUDES = ("万亿", "亿", "万")  # the largest a Chinese figure holds is the magnitude it is written in
PERCENT = "%"
LENGTH = "length"  # the dimension a speed is said in per hour (时速350公里)
AREA = "area"  # (一亩半: an area and a half, of a few units only: 300亩半… is no half)
FEW_AND_A_HALF = 10
MASS_UNIT = "吨"  # (折合标准煤1.6亿)吨: the unit a mass of coal equivalent is written in after its name
PER_100K = "/10万"
PER_WORDS = {"百": PERCENT, "千": "‰", "十万": PER_100K}  # 百分之, 千分之, 十万分之: a rate in words
# A noun right after an amount and 以上 (…以上项目, …以上的工业法人单位): the amount bounds a class
CLASS_AFTER = re.compile(r"的?[\u4e00-\u9fff]")
YEARS = "年"
YEARS_WINDOW = 32  # how far after the words counting years (受教育年限) a number of years may stand
UNITLESS_WINDOW = 20  # how far after a measure written without a unit (有效利用系数) its decimal may stand
WEATHER_REACH = 6  # characters before a temperature in which a word of the weather makes it a forecast (多云 3~11℃)
# A bound a bracket sets on a measure it names (高温日数(日最高气温≥35℃), 暴雨(日降水量≥50毫米)): a definition
DEFINED_BY = re.compile(r"\([\u4e00-\u9fff]{2,10}[≥≤><]$")
DEFINITION_REACH = 12
TEMPERATURE = "temperature"  # the dimension of ℃ (units.csv)
UNITLESS = ""  # the dimension of a unitless measure's level (利用系数0.553): none
CLAUSE_BREAK = re.compile("[,，;；。:：](?<!1[:：])")  # (a measure's decimals stand in its clause; 1: opens a ratio)
VAGUE = "几"  # 几十亿元, 几百万人: no figure stated
HALF = "半"  # 一成半, 三成半: and a half
# 三成五, 八成五左右: tenths and a digit of hundredths, as speech says a percentage (35%, 85%); not 三成五个乡镇
TENTH_DIGIT = re.compile(r"([一二三四五六七八九])(?=$|[^\u4e00-\u9fff\d]|左右|以上|上下|多|的)")
# Times and cubic metres without a magnitude (units_only_after_a_magnitude) are a figure from this many on: meetings and
# sessions are counted in tens at most (主任会议21次), checks and services by the hundred (开展检查1200余次)
MANY_TIMES = 100
DECIMAL_POINT = "点"  # 一点二: a decimal, which no slogan counts in
DECIMAL_POINTS = (".", DECIMAL_POINT)  # 4.1亿, 四点一亿: a figure with decimals, which no description of a nation has
TIME_COUNTER = "个"  # (两)个(半月), (一)个(半小时): the counter a duration and a half takes
# 比全市高零点七个点, 回落了两个点: points, as speech says 个百分点, only after a word of change or of a gap (a few
# characters, a region compared with, between); else 个 counts (建成5个点, 12个点位)
SAID_POINTS = "个点"
POINTS_WINDOW = 10
HALVED = ("tenths", "multiple")  # the dimensions a figure and a half is said in (一成半, 六倍半)
NATION_MAGNITUDE = "亿"  # (八)亿(农民): the magnitude a count of a nation's people is said in
OLD_NATION_MAGNITUDE = "万万"  # (六)万万(人民): 亿 as reports of the 1950s wrote it
PEOPLE = "人"  # (14亿)人(的饭碗): the unit of people, whose count in 亿 before 的 describes the nation
OF = "的"
MAGNITUDE_CHARS = "".join(SMALL_UNITS) + "".join(LARGE_UNITS)  # 十百千万亿
LARGEST = "亿"  # the magnitude that 多 may stand before inside a magnitude (4万多亿元, 3千多亿元)
# 13亿人口的大国, 20万以上人口县, 30万人口以上的县: a population describing what follows (not 农业转移人口市民化)
SIZE_OF = re.compile(r"人口(?:(?:以上|以下)?的[\u4e00-\u9fff]|[大小]?(?:县|镇|乡|城市))")
# 八十斤到九十九斤的有五十五个县, 六十斤、八十斤或者一百斤以上的,共有…, 以四十斤为界: the bounds of a class that is then
# counted, or a boundary, no figure
CLASS_BOUNDS = re.compile(rf"(?:(?:到|至|、|或者|或)(?:{NUMBER})[\u4e00-\u9fff]{{0,3}}?)*(?:以上|以下)?的[,，]?共?有"
                          r"|为界")
LIST_JOINER = re.compile(r"[、和及与]")
# 性别比(女=100)为98.60, 以女性为100,性别比为106.80: a ratio whose base its sentence sets at 100, written with no
# unit, is a percentage (a base in brackets must follow the ratio's 比: 比(以女性为100), and may say more after it:
# 比(以女性为100,男性对女性的比例))
PER_HUNDRED = re.compile(r"100(?<=[=＝为]100)(?:[^。;；\d()]{0,16}?(?P<bracket>\))|[^。;；\d()]{0,20}?比)为?"
                         r"(?P<num>\d{1,4}(?:\.\d{1,3})?)"
                         r"(?![\d.%‰])")
PER = "每"  # in every price step per unit (每千瓦时加价)
RATIO_BRACKET_OPEN = re.compile(r"比\([^()]{0,12}$")
FIGURE_LISTED = re.compile(LIST_JOINER.pattern + r"\d")  # (增加1753万)和2028万: another figure follows in the list
# (节约标准煤700万)到(800万吨): the range's upper bound follows, its unit written once
FIGURE_RANGED = re.compile(r"[至到]\d")
# (由8300万)增加到(1.3亿), (从980万)提高至: a bare magnitude a stretch starts from, the figure it moved to after it
FROM_MARKS = "由从"
NUMERAL_NEXT = re.compile(r"[\d一二两三四五六七八九十百千万]")  # (四批次)43个: another figure right after
MOVED_TO = re.compile(r"[\u4e00-\u9fff]{1,3}?[到至]")
# A number without a unit listed before a figure (15、22个百分点; 4.2和0.7个百分点): the figure's unit is its too.
BARE_BEFORE = re.compile(r"(?<![\d.%A-Za-z])(\d{1,6}(?:\.\d{1,4})?)[、和]$")
# What the text before a figure ends with where BARE_BEFORE can match ($ matches before a last newline too):
# a pattern opening with a lookbehind is tried at every character of its window, so it is tried only there.
BARE_JOINED = ("、", "和", "、\n", "和\n")
# "从6%到5%" is a change from one figure to another, not a range.
FROM_BEFORE = re.compile(r"(?:从|由)$")
RANGE_JOIN = ("至", "到", "-", "~")  # (150元)至(200元), (四千万亩)到(五千万亩): one range, its unit written twice


def _ranges_of_one_unit(text: str, mentions: list[Mention]) -> list[Mention]:
    """一百五十元至二百元, 四千万亩到五千万亩: two figures of one unit joined by 至 or 到 alone, not after 从 or 由
    (a change from one to the other), are one range, its lower bound what it promises."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last.unit == m.unit and m.unit and last.value_high is None and \
                m.value_high is None and last.qualifier == "exact" and text[last.end:m.start] in RANGE_JOIN and \
                m.value > last.value and not FROM_BEFORE.search(text, max(0, last.start - 1), last.start):
            out[-1] = replace(last, end=m.end, value_high=m.value, qualifier="at_least")
        else:
            out.append(m)
    return out


# The groups of the figure pattern, in their order in it: _mention unpacks m.groups() by it (MentionFinder checks it)
FIGURE_GROUPS = ("pre", "per", "words_pct", "words_pct2", "den", "numer", "slash_num", "slash_den", "half", "num",
                 "pct1", "sep", "num2", "said", "unit", "mag", "inner", "mag3", "magunit", "inner2", "mag2",
                 "unit2", "post")


# The next ordinals of a rank list: 第5、第6位, 第8位、第3位.
ONE_OF_REACH = 18  # the characters after a count that a group it closes (…试点城市之一) may take, 之一 included
# (取得“)十个(全国第一”): a count of the firsts a region holds right before the scope, no rank of its own
COUNTED_FIRSTS = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个[“\"]?$")
RANK_LIST_MORE = re.compile(r"(?:名|位)?[、和及]第?(?P<ord>\d{1,3}|[一二三四五六七八九十]{1,3})(?:名|位)?"
                            r"(?![\u4e00-\u9fff\d])")


RULE_CLAUSE = 40  # characters before a figure in which its clause's words of a rule are looked for
RESTATING = ("即", "为", "即为")  # a clause of this alone before a figure restates the one before it (…的3倍,即26850元)
RULE_CLAUSE_MARKS = "，,；;。：:\n"
# the last mark before a figure: its clause is after it
RULE_CLAUSE_OPENING = re.compile(rf"[{RULE_CLAUSE_MARKS}](?=[^{RULE_CLAUSE_MARKS}]*$)")


@dataclass(slots=True)  # not frozen: one is built for each figure, and frozen ones build slowly
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
    pair_end: str | None = None  # "from" or "reached" in a move (从全国第12位升至第8位)
    named: tuple[int, int] | None = None  # where the thing ranked is named after the ordinal (第一(货物贸易)大国)
    year: int | None = None  # the year written before a move's end (由2020年的第6位上升到2025年的第4位)


class MentionFinder:
    """Compiled patterns for one lexicon and the regions a rank may be among (`larger`)."""

    def __init__(self, lex: Lexicon, larger: dict[str, Region], own_level: str | None = None) -> None:
        """`own_level`: the level of the document's region: a province's places are ranked in the province
        (全省), a nation's in the nation, any other's (a city's districts, a district among its city's) in a city."""
        self.lex = lex
        self.peers_scope = PEERS_SCOPES.get(own_level or "", PEERS_SCOPES["city"])
        self.larger = larger
        w = lex.words
        self.qualifier_before = lex.qualifiers_before
        self.qualifier_after = lex.qualifiers_after
        self.qualifiers_after_longest = sorted(self.qualifier_after, key=len, reverse=True)  # (以上 before 上)
        self.generic = set(w("generic_classifiers"))
        self.phases = set(w("phase_classifiers"))
        self._magnitudes_longest = sorted(lex.magnitudes, key=len, reverse=True)  # (万亿 before 亿)
        self.bounds_after = set(w("at_least_after") + w("at_most_after"))  # 以上, 以下: the bounds of a class
        self.more_after = tuple(w("at_least_inner"))  # (一倍多: 多 after a multiple's or a tenth's unit)
        self.name_suffixes = tuple(w("name_suffixes"))
        # the people counted, within a few words after the count (1.6万山洪泥石流灾害受灾群众)
        # (30岁(含)以下职工: the age bound said inclusive first)
        self.people_after = re.compile(rf"{INCLUSIVE_MARK}?[\u4e00-\u9fff]{{0,10}}?"
                                       rf"(?:{alternation(w('people_nouns'))})")
        # (40岁(含)以下占比61.2%: an age said an inclusive bound is a class's bound, whatever follows it)
        self.inclusive_bound = re.compile(
            rf"{INCLUSIVE_MARK}(?:{alternation(w('at_most_after') + w('at_least_after'))})")
        # (分别增长)5.2、下降(3.1个百分点): a number without a unit after its own verb of change, listed before a figure
        # its own verb opens, takes the figure's unit as BARE_BEFORE's do
        changes = alternation(w("increase_verbs") + w("decrease_verbs"))
        self.bare_verb_before = re.compile(rf"(?:{changes})(\d{{1,6}}(?:\.\d{{1,4}})?)[、和](?:{changes})$")
        # (0-14岁)、15-59岁(人口的比重…): ages listed up to the people they qualify (a band's lower end no figure)
        self.ages_listed = re.compile(rf"(?:[、和](?:\d+[-~至])?\d+(?:{alternation(w('age_units'))})"
                                      rf"(?:{alternation(w('at_least_after') + w('at_most_after'))})?)+")
        self.households_after = re.compile(rf"[\u4e00-\u9fff]{{0,10}}?(?:{alternation(w('household_nouns'))})")
        self.household_unit = lex.cues["household_unit"]
        self.age_units = set(w("age_units"))
        self.age_conditions = tuple(w("age_conditions"))
        self.lengths = {u for u, unit in lex.units.items() if unit.dimension == LENGTH}
        self.positions = tuple(w("position_words"))
        self.after_magnitude_only = set(w("units_only_after_a_magnitude"))
        self.counted_events = tuple(w("counted_event_nouns"))  # (区域性暴雨过程)9次: events, a figure
        self.after_digits_only = set(w("units_only_after_digits"))  # (96.42分: a score; 十分重要: no figure)
        self.minute_after = tuple(w("minute_after"))  # (10时)30分: a time
        # (表3 分县市区…: a caption's number, its line's first words)
        self.caption_number = re.compile(rf"^[ \u3000]*(?:{alternation(w('caption_marks'))})[ \u3000]*$", re.MULTILINE)
        self.grouping = set(w("grouping_units"))
        self.population = re.compile(rf"多?的?(?:{alternation(w('population_nouns'))})(?!币)")  # (not 人民币)
        # (5万亿台阶: the words that may open where a unit is read, by the unit: those it opens or that open it; most
        # units open none, which one lookup tells instead of a test of each word at every figure)
        self.words_at_unit = {unit: words for unit in lex.figure_units if (words := tuple(
            word for word in w("words_opening_with_a_unit") if word.startswith(unit) or unit.startswith(word)))}
        # the terms of a scheme (给予一次性创业补贴1万元, 每人每月1000元, 最高额度50万元): mentions._rule_amount
        self.grant_verb = lex.cues["grant_verb"]
        self.rule_closers = tuple(w("rule_closers"))
        # (each list one pattern: a search of the clause, not a test of each word)
        self.rule_nouns = re.compile(alternation(w("rule_nouns")))
        self.fund_rate = re.compile(rf"(?:{alternation(w('fund_rate_nouns'))})(?:均|统一|分别)?可?[为在]$")
        self.each_grants = tuple(w("each_grants"))
        self.per_unit = re.compile(alternation(w("per_unit_words")))
        # (六家)单位入选(…能效领跑者), (两个)村上榜: a small count of things entering a list, a figure
        self.entering_list = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?(?:{alternation(w('list_entry_words'))})")
        self.grant_nouns = tuple(w("grant_nouns"))
        self.paid_words = re.compile(alternation(w("paid_words")))
        self.granted = re.compile(alternation([self.grant_verb, *w("rate_by")]))
        self.standard_words = re.compile(alternation(w("standard_words")))
        # (a word of each test of the clause below: where it holds none, as before most figures, one search tells; a
        # policy document's tests take the words of what it grants and pays per head too)
        rule_cues = [*w("each_grants"), *w("cap_words"), *w("rule_nouns"), *w("fund_rate_nouns"), PER]
        self._rule_cues = re.compile(alternation(rule_cues))
        self._policy_rule_cues = re.compile(alternation([*rule_cues, self.grant_verb, *w("rate_by"), *w("grant_nouns"),
                                                         *w("per_unit_words")]))
        self.cap_words = re.compile(alternation(w("cap_words")))  # (a quick test before the pattern)
        self.cap_nouns = tuple(w("cap_nouns"))
        # (最高额度由60万元调整为70万元: a cap moved, from a figure of its own to the next)
        self.capped = re.compile(rf"(?:{alternation(w('cap_words'))})(?:{alternation(w('cap_nouns'))})?"
                                 rf"(?:由(?:\d+(?:\.\d+)?[\u4e00-\u9fff]{{1,3}})?)?"
                                 rf"(?:{alternation(w('cap_verbs'))})?$")
        # (上限为上年职工月平均工资的3倍): a cap a clause sets, anywhere in it
        self.cap_set = re.compile(rf"(?:{alternation(w('cap_words'))})(?:{alternation(w('cap_nouns'))})?"
                                  rf"(?:{alternation(w('cap_verbs'))})")
        # (用电价格)每千瓦时可下浮(0.02元): a price's step per unit a rule sets
        self.steps = tuple(w("price_steps"))
        self._restating_ends = {word[-1] for word in RESTATING}  # (即, 为: what a clause restating a figure ends with)
        self.price_step = re.compile(rf"每[\u4e00-\u9fff]{{1,3}}?可?(?:{alternation(w('price_steps'))})$")
        self.numeral_words = tuple(w("words_opening_with_a_numeral"))
        # 超500亿元的县域: a noun after 的 whose class the figure bounds (not 的目标, 的全年目标)
        not_classes = alternation(w("target_nouns") + w("whole_year_words"))
        self.bound_of_class = re.compile(rf"的(?!{not_classes})[\u4e00-\u9fff]")
        # (人口控制在12亿左右)的目标: where a bare magnitude's phrase ends
        self.target_of = re.compile(rf"的(?:{not_classes})")
        # 超1亿美元项目23个: a noun right after the amount, then a count of it: the amount bounds the class counted
        # (also with a qualifier before the count: 超1亿美元项目不少于20个)
        counters = alternation([u for u, unit in lex.units.items() if unit.dimension == "count" and len(u) == 1])
        before_count = alternation(w("at_least_before") + w("at_most_before") + w("approx_before"))
        # (产值超10亿元企业达到八户: a count in Chinese numerals too)
        self.class_counted = re.compile(rf"[\u4e00-\u9fff]{{1,4}}?(?:{before_count})?(?:\d+|[{NUMERAL_CHARS}]+)"
                                        rf"(?:{counters})")
        self.bounds_before = tuple(w("at_least_before") + w("at_most_before") + w("approx_before"))
        self.thresholds = tuple(w("threshold_nouns"))
        self.sampled = tuple(w("sample_surveys"))  # 1%(人口抽样调查): the share a survey samples names it
        self.speeds = tuple(w("speed_words"))  # (时速)350公里: a speed, no length
        # (折合)标准煤(1.6亿吨): a mass of coal equivalent, its unit's name written before the figure
        self.coal_before, self.coal_unit = tuple(w("coal_equivalent_before")), lex.cues["coal_equivalent_unit"]
        self.class_bounds_before = tuple(w("class_bounds_before"))  # 产值过10亿元(企业9家)
        self.counted_anyway = tuple(w("counted_despite_ending"))  # (250个社区)健身路径: things, not ways
        self.streak = tuple(w("streak_words"))
        self.page_counter = re.compile(rf"(?:{alternation(w('page_counters'))}) ?[:：]? ?$")
        # (the characters the pattern's match may end with right before a figure, a last newline's too: a test first)
        self._page_counter_ends = frozenset({*(word[-1] for word in w("page_counters")), " ", ":", "：", "\n"})
        # 星期六 多云 3~11℃: the weather a page's top bar shows beside its date, no figure (not 年平均气温17.8℃)
        self.temperatures = {u for u, unit in lex.units.items() if unit.dimension == TEMPERATURE}
        self.weather = re.compile(alternation(w("weather_words")))
        # 12个方面工作, 18条政策举措, 20条具体举措: a few words may qualify what is counted
        # (分8个)领域(部署任务): a word alone right after the unit (not 14个民生领域重大项目, which counts projects)
        self.not_counted = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(w('not_counted'))})"
                                      rf"|(?:{alternation(w('not_counted_alone'))})")
        self.places = set(w("places_in_ranking"))
        # (在)40个工业大类行业中(,有31个…), 14个市州中有(11个…), 178家国家级高新区综合评价中排名(第38位): the
        # group the next figures are counted or ranked in, no figure
        # …; (居全区)23个街镇第二, (居全市)16个区第3位: the peers ranked among, before the rank's ordinal; a kind of
        # place may hold a bracket (21个市(州)中排名第四)
        # (在全省)16个地级市中改善幅度位居(第三): the measure ranked may stand between the group and its rank; the kinds
        # a group takes in may be listed in its brackets (13个县(市、区)中排名第四), and 里 says 中 as spoken
        # (十三个县(市、区)里排第七), (14个)乡镇(街道)中由上年的第四位(跃升至…): the peers a move is among;
        # (18个)县(市、区)中有(11个…), (15户)企业中实现盈利的有(12户): what the things
        # counted did before 的有
        self.peer_group = re.compile(rf"(?:[\u4e00-\u9fff()（）]|[(（][\u4e00-\u9fff、]{{1,6}}[)）]){{0,16}}?"
                                     rf"(?:中|(?<=[{PEER_KINDS}])里)"
                                     rf"(?:[,，:：]|有|[\u4e00-\u9fff]{{0,6}}?"
                                     rf"(?:{alternation(w('rank_verbs'))})|[\u4e00-\u9fff]{{1,8}}?的有"
                                     rf"|(?:{alternation(w('from_words'))})[^,，;；。]{{0,6}}?第)"
                                     rf"|(?:[\u4e00-\u9fff]{{0,6}}?(?:{alternation(w('rank_peer_groups'))})"
                                     rf"|{alternation(w('peer_places'))})(?:第|{alternation(w('rank_firsts'))})")
        self.top = tuple(w("top_of_ranking"))
        # (退出全国)168个重点城市空气质量“后十位”, 31个省份前三名: the peers whose ranking's top or bottom the words
        # after name, no count (not 5个县进入全省前十位, nor 3个城市跻身前十: the places that entered it)
        ends = w("top_of_ranking") + w("bottom_of_ranking")
        # (the characters of those words, looked for after a count first: a class's search, not a set's test of each
        # character sliced out of the text)
        self.range_ends = re.compile(character_class("".join(ends)))
        self.peers_of_range = re.compile(
            rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(w('rank_peer_groups') + w('peer_places'))})"
            rf"(?:(?!{alternation(w('rank_verbs') + w('list_entry_words') + w('ranking_entry_verbs'))})"
            rf"[\u4e00-\u9fff]){{0,8}}[“\"]?(?:{alternation(ends)})(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})"
            rf"(?:{alternation(w('ranking_top_closers'))})")
        # (较上年提升)3位: a move by places, not (下降)3.2%: a rate
        self.moved = tuple(w("rank_moves"))
        self.rates = {u for u, unit in lex.units.items() if unit.dimension in ("percent", "rate")}
        changed = w("increase_verbs") + w("decrease_verbs") + w("gap_up") + w("gap_down") + list("高低快慢")
        self.points_said_after = re.compile(rf"(?:{alternation(changed)})[^,;:。\d]{{0,4}}$")
        # 据十二个省的不完全统计, 根据中央五个工业部门的统计: the source a statistic is counted from, no figure
        self.source_before = re.compile(rf"(?:{alternation(w('source_leads'))})[\u4e00-\u9fff]{{0,8}}$")
        self.source_after = re.compile(rf"[^,;:。\d]{{0,12}}?(?:{alternation(w('source_counts'))})")
        # 第一台(十七万千瓦机组), 首座(30万吨级码头): a unit named by its order, whose size the figure after it is
        # (also with a grade between: 首款量产级(9兆瓦时储能系统)); 3座(35万千瓦光热电站), 两台(百万千瓦机组): units
        # counted, the size of each
        self.ordered_unit = re.compile(rf"(?:第?(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})|首)"
                                       rf"(?:{alternation(w('ordered_unit_classifiers'))})(?:[\u4e00-\u9fff]{{1,2}}{GRADE})?$")
        # (the characters such words end with, right before the figure: a test before the pattern)
        self._ordered_unit_ends = frozenset({*(word[-1] for word in w("ordered_unit_classifiers")), GRADE})
        self.stretch_units = set(w("stretch_units"))
        self.stretch_openers = tuple(w("stretch_openers"))
        self.per = set(w("per_words"))
        # 每10万人9.6: a rate's base before its figure, which has no unit of its own (not 每10万人口…在校生2850人)
        bases = w("per_hundred_thousand_bases")
        self._per_100k_heads = tuple({base[:3] for base in bases})  # (每10万, 每十万: a test before the pattern)
        self._per_100k = re.compile(rf"(?:{alternation(bases)})(?:为|是)?(?P<num>\d{{1,4}}(?:\.\d{{1,4}})?)"
                                    r"(?![\d.%‰/万亿])")
        # (东大街、西关、头二三道街)5个街道: a count of the places a list right before it names
        # (not 市级重点项目, a grade; nor after 等, 南宁、柳州等10个县区: examples of more places, all counted)
        self.not_equal = tuple(w("not_equal_words"))
        self.places_kind = re.compile(rf"(?:{alternation(w('peer_places'))})(?!级)")
        # 对(全市)6个县区(和开发区开展评价): the places an office's own work takes as its object, no figure
        # (对)全市, 全州, 全旗 (the 全- words of scope_words): the region whose places are examined, after the lead
        whole_regions = [word for word in lex.scope_index if word.startswith(WHOLE_REGION)]
        self.places_examined = re.compile(rf"(?:{alternation(w('places_examined_leads'))})"
                                          rf"(?:{alternation(whole_regions)})?$")
        self.peer_kinds = re.compile(alternation(sorted(w("rank_peer_groups"), key=len, reverse=True)))
        self.places_listed = re.compile(r"[\u4e00-\u9fff]、[\u4e00-\u9fff、]+(?<!等)$")
        # 迈上3个千亿元台阶: a count of thresholds passed; (连跨)两个(50亿元台阶): the count of steps of a size
        self.steps_counted = re.compile(r"(?:\d|[两二三四五六七八九十])个$")
        self.milestones = re.compile(rf"[^,;:。、]{{0,8}}?(?:{alternation(self.thresholds)})")
        # (抓好)3件事: tasks, when the noun closes the phrase (not 3件事项)
        self.one_of = re.compile(rf"[\u4e00-\u9fff“”\"]{{1,{ONE_OF_REACH - 2}}}?(?:{alternation(w('one_of_words'))})")
        # (the characters one_of_words open with: the pattern is tried only where one stands after the count)
        self.one_of_openings = re.compile(character_class(word[0] for word in w("one_of_words")))
        self.tasks = re.compile(rf"(?:{alternation(w('task_nouns'))})(?![\u4e00-\u9fff])")
        units = _units(lex.figure_units)  # (numbers of years: _years)
        self.counted_in_years = re.compile(alternation(lex.cues["duration_units"][YEARS]))
        self.years = re.compile(rf"(?<![\d.])(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?){YEARS}"
                                rf"(?P<post>{alternation(list(self.qualifier_after))})?")
        # 农田灌溉水有效利用系数由上年的0.556提高到0.562, 综合营养状态指数为52.3: a measure written with no unit, its
        # decimals after it in its clause (unitless_measures; not a price index, 价格指数为102.1, a growth as said)
        self.unitless_words = tuple(w("unitless_measures") + w("hundred_based_ratios"))
        self.unitless_measures = re.compile(alternation(self.unitless_words))
        self.hundred_based = frozenset(w("hundred_based_ratios"))  # (性别比为104.5: a percentage, its base understood)
        # (a ratio to one, 1:22.4 or 1∶15: the number after the colon, a whole one too)
        self.unitless = re.compile(r"(?<![\d.A-Za-z])(?P<num>\d{1,4}\.\d{1,4})(?![\d.%‰/])"
                                   r"|(?<![\d.])1[:：∶](?P<to>\d{1,4}(?:\.\d{1,4})?)(?![\d.%‰/:：∶])")
        self._units_known = tuple(u for u in lex.units if u)  # (a decimal with a unit after it is no unitless level)
        magnitudes = alternation(list(lex.magnitudes))
        per = alternation(list(PER_WORDS))  # (百分之, 千分之, 十万分之)
        levels = "".join(level for level in w("own_region_levels") if len(level) == 1)  # (全市的一半)
        inner = w("at_least_inner")
        before = opening_with((word[0] for word in self.qualifier_before),
                              f"(?P<pre>{self._qualifiers_before(w('not_stops'))})")
        after = opening_with((word[0] for word in self.qualifier_after),
                             f"(?P<post>{alternation(list(self.qualifier_after))})")
        going_on = [*(u[0] for u in lex.figure_units), *(m[0] for m in lex.magnitudes), *(i[0] for i in inner)]
        # (the words before a figure, what follows its number and the words after it each tried behind a test of
        # their first characters (opening_with): most figures have no word before or after them, and a number that
        # is no figure, a year's before 年, is refused at one test at each length tried, not after each word's)
        self.pattern = re.compile(
            rf"(?:{before})?"
            rf"(?:(?P<per>{per})分之(?P<words_pct>{NUMBER}|{WHOLE})(?:[至到](?:(?:{per})分之)?(?P<words_pct2>{NUMBER}))?"
            rf"|{FRACTION_AHEAD}(?P<den>{NUMBER})分之(?P<numer>{NUMBER})"
            r"|(?P<slash_num>\d{1,2})/(?P<slash_den>\d{1,3})(?![\d/万])"
            # (占全市的一半: the half of a whole its 全 word and 的 name, as 占全市的50%; the words first, then what
            # stands before them)
            rf"|(?P<half>一半)(?:(?<=[占超过近约达到降少低]一半)|(?<=占全[{levels}]的一半))"
            rf"|(?P<num>{NUMBER})(?:(?P<pct1>%)?{RANGE_SEPARATORS}(?P<num2>{NUMBER}))?"
            rf" ?{SAID_COUNTER}"
            + opening_with(going_on, rf"(?P<unit>{units})|(?P<mag>{magnitudes})(?:(?P<inner>{alternation(inner)})"
                           rf"(?P<mag3>{LARGEST})?)?(?P<magunit>{units})?"
                           rf"|(?P<inner2>{alternation(inner)})(?P<mag2>{magnitudes})?(?P<unit2>{units})?") + ")"
            + f"(?:{after})?")
        if sorted(self.pattern.groupindex, key=self.pattern.groupindex.__getitem__) != list(FIGURE_GROUPS):
            raise ValueError("the figure pattern's groups are not FIGURE_GROUPS, which _mention unpacks")

    def _rule_amount(self, text: str, start: int, policy: bool) -> bool:
        """Whether the figure at `start` is an amount a rule sets, by the words of its clause before it: what it
        gives each one (各奖励…), allows at most or at least (最高, 上限调整为) or weighs (权重, 满分), and in a
        document explaining a policy what it grants (给予…, 一次性奖励…, not what was paid: 累计兑现…), pays each one
        (每人每月, 每家企业每年, not a standard's level: 基础养老金最低标准提高到每人每月200元) or by a base (按…的10%):
        the terms of a scheme, none of its region's quantities (a work report's 给予每人1万元救助, the year's aid,
        is one)."""
        window = max(0, start - RULE_CLAUSE)
        cues = self._policy_rule_cues if policy else self._rule_cues
        if start > 0 and text[start - 1] not in self._restating_ends and not text.endswith(self.steps, window, start) \
                and cues.search(text, window, start) is None:
            return False  # (no clause inside the window restates, steps or holds a cue: most figures, one search)
        opening = RULE_CLAUSE_OPENING.search(text, window, start)
        clause = text[opening.end() if opening else window:start]
        if not clause:
            return False
        stepped = clause.endswith(self.steps)
        if (clause in RESTATING or stepped) and opening is not None:
            # (缴存基数上限为上年职工月平均工资的3倍,)即(26850元), (上限按…的3倍确定,)为(22860元): the cap of the
            # clause before, said as an amount; (最高额度由50万元调整为60万元,多子女家庭)可再上浮(10万元): a step of it
            window = max(0, opening.start() - RULE_CLAUSE)
            before = RULE_CLAUSE_OPENING.search(text, window, opening.start())
            searched = self.cap_words if stepped else self.cap_set
            if searched.search(text, before.end() if before else window, opening.start()) is not None:
                return True
            if not stepped:
                return False
        if cues.search(clause) is None:
            return False
        return (clause.endswith(self.each_grants)
                or (self.cap_words.search(clause) is not None and self.capped.search(clause) is not None)
                or self.rule_nouns.search(clause) is not None
                or self.fund_rate.search(clause) is not None
                or (PER in clause and self.price_step.search(clause) is not None)
                or (policy and (self.granted.search(clause) is not None
                                or (clause.endswith(self.grant_nouns) and self.paid_words.search(clause) is None)
                                or (self.per_unit.search(clause) is not None
                                    and self.standard_words.search(clause) is None))))

    def _qualifiers_before(self, not_stops: list[str]) -> str:
        """The qualifiers before a figure, each unless it ends a longer word that is no qualifier (节约(10%): no 约):
        those that end such a word after the others (a tree of common beginnings), each behind its guards."""
        heads = {word: sorted({stop[:-len(word)] for stop in not_stops if stop.endswith(word) and stop != word})
                 for word in self.qualifier_before}
        guarded = sorted((word for word in heads if heads[word]), key=len, reverse=True)
        free = alternation([word for word in heads if not heads[word]])
        # (the word first, then the guards behind it: the engine tests them only where the word stands)
        return "|".join([free, *(re.escape(word) + "".join(f"(?<!{re.escape(head + word)})" for head in heads[word])
                                 for word in guarded)])

    def _scope_of_peers(self, peers: str) -> str:
        """The scope of peers named with no scope word before them (居各县(市、区)首位, 居五区首位): the places the
        document's places are ranked among; provinces (居各省区首位, 各省份: a group opening with 省) are ranked in
        the nation, whatever the document's level."""
        kind = peers.lstrip("各个0123456789一二三四五六七八九十两")
        return PEERS_SCOPES["nation"] if kind.startswith(PROVINCE_PEERS) else self.peers_scope

    @cached_property
    def rank_pattern(self) -> re.Pattern[str]:
        """A rank needs a ranking verb or a scope before its ordinal: 第六小学 and 第一批 are names."""
        scopes = self.lex.scopes(self.larger)
        # the peers after a scope (全国主要产煤省区首位, 全省县(市、区)第一, 全区23个街镇第二: their count no figure;
        # 全市各区第一: the places of a kind, one by one)
        # (a group or a kind of place may hold the kinds it takes in with it in brackets, as 区县(市), 县(区): the
        # same peers)
        taken_in = r"(?:\([\u4e00-\u9fff、]{1,5}\))?"
        groups = rf"(?:{alternation(self.lex.words('rank_peer_groups') + self.lex.words('ranking_lists'))}){taken_in}"
        places = rf"(?:{alternation(self.lex.words('peer_places'))}){taken_in}"
        count = r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个?"
        # (全市16个区第3位: a count of places of a kind, as 各区)
        # (钟祥市总量居各县市区首位: the 市 ending a place's name and the words up to the verb are no peers)
        verbs = alternation(self.lex.words("rank_verbs"))
        # (居市属企业首位, 居全市国有企业第一, 位列省属企业第三位): firms ranked among firms of a kind
        # (firm_peer_groups), a scope before them or none (no places' ranking: no scope of their own)
        kinds_of_firms = alternation(self.lex.words("firm_peer_groups"))
        firms = rf"(?:各|{count})?(?:(?!{verbs})[\u4e00-\u9fff]){{0,4}}?(?:{kinds_of_firms})"
        peers = rf"(?:(?:\d{{1,3}}个)?(?:(?!{verbs})[\u4e00-\u9fff]){{0,6}}?(?:{groups})|(?:各|{count})(?:{places})" \
                rf"|{firms})?"
        # peers with no scope (居各县(市、区)首位, 居五区首位, 居各辖市区第一, 居各区第一): the places of the region
        # they are in
        among = rf"各?(?:{count})?(?:{groups})|(?:各|各?{count})(?:{places})"
        # (居西部和边境省区第一: a named area joined with more peers, the scope all of them; 居粤北五市第二,
        # 中部六省: an area's places named by their count and kind, the scope that group)
        joined = rf"(?P<joined>[{JOINING.replace(',', '')}](?:(?!{verbs})[\u4e00-\u9fff]){{0,6}}?(?:{groups}))"
        named_scopes = rf"{scopes}|{self.counted_group}"  # (after a ranking verb only)
        # (排名)升至(第11位), (位次)提升到(第3位): the place a rank moved to is its rank
        moved_to = rf"(?:(?:{alternation([*self.lex.words('rank_moves'), '升', '降'])})(?:至|到))?"
        # (汉寿县)上升4位至(第27位): a move by a count of places, then the place it reached
        moved_by = rf"(?:{alternation(self.lex.words('rank_moves'))})" \
                   r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})[位名](?:至|到)"
        return re.compile(
            # (分列第二: 分别 said with the verb, the verb's evidence and no part of the name before it)
            rf"(?:(?P<verb>{alternation(self.lex.words('respective_rank_verbs') + self.lex.words('rank_verbs'))}"
            rf"|{moved_by})"
            rf"(?:(?P<scope>{named_scopes})(?:{joined}|{peers})|(?P<peers_only>{among})|{firms})?"
            rf"|(?P<scope_only>{scopes}){peers})"
            # (全省21个市(州)中排第4位, 中位列第6: the verb after the peers among whom; 里 as spoken:
            # 十三个县(市、区)里排第七)
            rf"(?:地区)?(?:中|里)?(?:{alternation(self.lex.words('rank_verbs'))})?"
            # (全市)的位次(前移至第8位): the standing a move is of, after its peers
            rf"(?:的?(?:{alternation(self.lex.words('rank_columns'))})(?=(?:{alternation(self.lex.words('rank_moves'))})))?"
            rf"{moved_to}(?:第(?P<ord>\d{{1,3}}|[一二三四五六七八九十]{{1,3}})(?:名|位)?|(?P<first>{alternation(self.lex.words('rank_firsts'))}))"
            # (without a verb, 全区第一、二、三产业 lists the sectors: no rank)
            r"(?(verb)|(?!、[一二三四五六七八九十]))"
            # (全球第一)货物贸易大国: the thing ranked between the ordinal and the kind of place that leads in it
            rf"(?:(?![\u4e00-\u9fff\d])|(?P<named>[\u4e00-\u9fff]{{2,6}}?)"
            rf"(?:{alternation(self.lex.words('leading_places'))})(?![^和及与\W\d]))")  # (…大国和…: a list's)

    @cached_property
    def _openings(self) -> re.Pattern[str]:
        """What a figure can open with (figure_openings): the lexicon's, the same for each region's finder."""
        return figure_openings(self.lex)

    def _figures(self, text: str) -> Iterator[re.Match[str]]:
        """What `self.pattern.finditer(text)` finds, in a fraction of its time on long prose."""
        find, match, pos = self._openings.search, self.pattern.match, 0
        while (candidate := find(text, pos)) is not None:
            m = match(text, candidate.start())
            if m is None:
                pos = candidate.start() + 1
                continue
            yield m
            pos = m.end()

    def numbers(self, text: str, quotes: QuoteIndex, policy: bool = False) -> list[Mention]:
        """The figures of `text`; in a `policy` document (one explaining a scheme's rules), what a clause grants or
        pays per head is a term of the scheme, no figure (_rule_amount)."""
        out = []
        for m in self._figures(text):
            mention = self._mention(text, m, quotes, policy)  # (a fraction's too: _fraction)
            if mention is None:
                continue
            if mention.value_high is not None and m.group("sep") in ("到", "至") and \
                    FROM_BEFORE.search(text, max(0, m.start() - 1), m.start()):
                out += self._from_to(mention, m)
            else:
                out.append(mention)
        years = self._years(text) + self._per_hundred(text) + self._unitless(text) + self._per_100k_figures(text)
        if years:
            out = sorted(out + years, key=lambda m: m.start)
        return _shared_qualifiers(text, _ranges_of_one_unit(text, self._shared_units(text, out)))

    def _years(self, text: str) -> list[Mention]:
        """Numbers of years after the words that count them (平均受教育年限从13.5年提高到14年)."""
        found: dict[int, Mention] = {}
        for counted in self.counted_in_years.finditer(text):
            for m in self.years.finditer(text, counted.end(), counted.end() + YEARS_WINDOW):
                qualifier = self.qualifier_after[m.group("post")] if m.group("post") else "exact"
                found[m.start()] = Mention(m.start(), m.end(), m.start(), float(m.group("num")), None, YEARS, "years",
                                           qualifier)
        return list(found.values())

    def _unitless(self, text: str) -> list[Mention]:
        """Decimals with no unit after a measure written without one (有效利用系数由上年的0.556提高到0.562), in its
        clause: levels of it."""
        found: list[Mention] = []
        hundreds: set[int] | None = None  # where a ratio's figure on a base of 100 said stands (PER_HUNDRED's)
        for measure in opened_by(self.unitless_measures, self.unitless_words, text):  # (a scan of the whole text)
            per_hundred = measure.group(0) in self.hundred_based
            if per_hundred and hundreds is None:
                hundreds = {m.start("num") for m in PER_HUNDRED.finditer(text)}
            end = min(len(text), measure.end() + UNITLESS_WINDOW)
            cut = CLAUSE_BREAK.search(text, measure.end(), end)
            for m in self.unitless.finditer(text, measure.end(), cut.start() if cut else end):
                if text.startswith(self._units_known, m.end()) or (per_hundred and m.start() in (hundreds or ())):
                    continue
                # (of no dimension: not a count, which the paths of counted things would read); a bound right before
                # it qualifies it (不超过0.022)
                num = "to" if m.group("to") else "num"
                bound = max((w for w in self.lex.qualifiers_before if text.endswith(w, 0, m.start())), key=len,
                            default=None)
                found.append(Mention(m.start(num), m.end(), m.start(num), float(m.group(num)), None,
                                     *((PERCENT, "percent") if per_hundred else ("", UNITLESS)),
                                     self.lex.qualifiers_before[bound] if bound else "exact"))
        return found

    def _per_100k_figures(self, text: str) -> list[Mention]:
        """Numbers with no unit after the base of a rate per 100,000 (孕产妇死亡率为每10万人9.6): rates in /10万."""
        if not any(head in text for head in self._per_100k_heads):
            return []
        return [Mention(m.start("num"), m.end(), m.start("num"), float(m.group("num")), None, PER_100K, "rate", "exact")
                for m in self._per_100k.finditer(text) if not text.startswith(self._units_known, m.end())]

    def _per_hundred(self, text: str) -> list[Mention]:
        """Numbers with no unit of a ratio whose base is 100 (性别比(女=100)为98.60): percentages."""
        return [Mention(m.start("num"), m.end(), m.start("num"), float(m.group("num")), None, PERCENT, "percent",
                        "exact") for m in PER_HUNDRED.finditer(text)
                if not m.group("bracket") or RATIO_BRACKET_OPEN.search(text, max(0, m.start() - 16), m.start() - 1)]

    def _shared_units(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """1409万、1305万人次; 3.4个、1个百分点: a bare magnitude or classifier in a list takes the unit of the
        figure after it that opens with it, or with another magnitude right after it its measure (1.2万亿、800亿元:
        万亿元, not 常住人口1200万、地区生产总值8000亿元);
        分别提高15、22个百分点: a number without one, its unit; 700万到800万吨: a range's lower bound, its upper
        bound's."""
        for i in range(len(mentions) - 2, -1, -1):
            m, after = mentions[i], mentions[i + 1]
            bare = m.unit in self.lex.magnitudes
            if not (bare or m.unit in self.generic) or after.unit == m.unit or \
                    not (LIST_JOINER.fullmatch(text, m.end, after.start) or
                         (bare and text[m.end:after.start] in RANGE_JOIN)):
                continue  # (the cheap tests first: most figures have a unit of their own; 500个和美乡村…8个百分点: a
                # joining word opening the words after a count joins no figure after them)
            if after.unit.startswith(m.unit):
                mentions[i] = replace(m, unit=after.unit, dimension=after.dimension)
            elif bare and after.start == m.end + 1 and \
                    (measure := self._measure_after_magnitude(after.unit)):  # (figures listed with nothing between)
                mentions[i] = replace(m, unit=m.unit + measure, dimension=after.dimension)
        out: list[Mention] = []
        for m in mentions:
            bare: list[Mention] = []
            head = m
            while head.start == head.number_start and (found := (
                    BARE_BEFORE if text.endswith(BARE_JOINED, 0, head.start) else self.bare_verb_before
            ).search(text, max(0, head.start - 24), head.start)):
                head = Mention(found.start(1), found.end(1), found.start(1), float(found.group(1)), None, m.unit,
                               m.dimension, "exact")
                bare.insert(0, head)
            if bare and (not out or out[-1].end <= bare[0].start):
                out += bare
            out.append(m)
        return out

    def _measure_after_magnitude(self, unit: str) -> str | None:
        """The measure of a unit written with a magnitude (亿元: 元), or None (万人 is a unit of its own)."""
        magnitude = next((prefix for prefix in self._magnitudes_longest if unit.startswith(prefix)), None)
        measure = unit[len(magnitude):] if magnitude is not None and unit not in self.lex.units else ""
        return measure or None

    def _fraction(self, text: str, m: re.Match[str], quotes: QuoteIndex) -> Mention | None:
        """三分之一, 1/3, (占)一半: a percentage (33.33, 50)."""
        try:
            if m.group("half"):
                numerator, denominator = 1.0, 2.0
                number_start = m.start("half")
            elif m.group("den"):
                numerator, denominator = _parse(m.group("numer")), _parse(m.group("den"))
                number_start = m.start("den")
            else:
                numerator, denominator = float(m.group("slash_num")), float(m.group("slash_den"))
                number_start = m.start("slash_num")
        except ValueError:
            return None
        if not 0 < numerator < denominator or quotes.covers(number_start, m.end()) or \
                (number_start > 0 and _glued(text[number_start - 1])):
            return None
        value = round(100 * numerator / denominator, 2)
        return Mention(m.start(), m.end(), number_start, value, None, "%", "percent", self._qualifier(m))

    def _from_to(self, mention: Mention, m: re.Match[str]) -> list[Mention]:
        """"从6%到5%": two figures, the first with the second's unit when it has none of its own."""
        cut = m.start("sep")
        first = Mention(mention.start, cut, mention.number_start, mention.value, None, mention.unit,
                        mention.dimension, "exact")
        second = Mention(m.end("sep"), mention.end, m.start("num2"), mention.value_high, None, mention.unit,
                         mention.dimension, self._qualifier(m) if mention.qualifier != "at_least" or
                         m.group("post") else "exact")
        return [first, second]

    def _counts_places(self, text: str, kind: re.Match[str], listed: str, raw: str) -> bool:
        """Whether a count after a list of names is how many places the list names (东大街、西关、头二三道街5个街道):
        as many as it lists, of a kind of more than one character or whose character ends its word there or goes on
        into the name of a quantity (3个县粮食产量; not 城东、城西、城北3个市民公园, 白沙、石门2个镇卫生院: things the
        places hold)."""
        if _parse(raw) != sum(map(listed.count, JOINING)) + 1:  # (城东、城西和城北3个区)
            return False
        after = text[kind.end():kind.end() + NAME_OPENING]
        return len(kind.group(0)) > 1 or not after or not CJK.match(after) or after[0] in JOINING \
            or after in self.lex.name_openings

    def _mention(self, text: str, m: re.Match[str], quotes: QuoteIndex, policy: bool = False) -> Mention | None:
        # (what the pattern read, asked for once: a call of the match's methods costs as much as a test of the text;
        # all its groups at once, in their order in the pattern (FIGURE_GROUPS), not looked up by name one by one)
        pre_word, per, words_pct, words_pct2, den, _, slash_num, _, half, num, _, _, num2, said, unit_read, mag, \
            inner, mag3, magunit, inner2, mag2, unit2, post_word = m.groups()
        if den or slash_num or half:
            return self._fraction(text, m, quotes)  # 三分之一, 1/3, 一半
        m_start, m_end = m.span()
        raw = words_pct or num
        number_start = m.start("words_pct") if words_pct else m.start("num")
        signed = SIGN_BEFORE.search(text, max(0, number_start - 2), number_start) \
            if number_start > 0 and text[number_start - 1] in SIGNS else None
        before = text[number_start - 1] if number_start > 0 else ""
        if before and not signed and (_glued(before) or before == "第" or before in self.per):
            return None  # part of a code, an ordinal, or the base of a rate (每10万人口)
        if before in self._ordered_unit_ends and \
                self.ordered_unit.search(text, max(0, number_start - ORDERED_UNIT_WORDS), number_start):
            return None  # 第一台十七万千瓦机组: the size of a unit its order names, no figure
        if text.endswith(self.not_equal, 0, number_start):
            return None  # (因四舍五入,各项比重之和)不等于100%: a note on rounding, no figure
        if self._rule_amount(text, m_start, policy):
            return None  # 给予一次性创业补贴1万元, 本科生每人每月1000元, 最高额度50万元: a rule's amount, no figure
        # (百分之七点八, 千分之六点一: a rate in words)
        unit = PER_WORDS[per] if words_pct else unit_read or magunit or unit2 or (SAID_MONEY if said else "")
        magnitude = mag or mag2 or ""  # 4700多万人次: 多 before the magnitude
        if mag3:  # 4万多亿元: 多 inside the magnitude (万亿)
            magnitude += mag3
            if magnitude not in self.lex.magnitudes:
                return None
        chinese = not raw[-1].isdigit()  # a numeral in Chinese, or in digits with Chinese magnitudes (2万5千)
        if chinese and text.startswith(self.numeral_words, number_start):
            return None  # 一度出现: a word, no figure
        if chinese and unit and len(unit) == 1 and _opens_place(self.lex, text, number_start):
            return None  # 三门县, 七台河市: a place whose name opens with a numeral and a counter, no figure
        if chinese and before == VAGUE:
            return None  # 几十亿元: a vague amount, no figure
        start = m_start
        high_raw = None  # 三四十亿元, 四、五十亿元: a range of two neighbouring digits, said loosely
        if chinese and len(raw) > 2 and _neighbours(raw[0], raw[1]) and raw[2] in MAGNITUDE_CHARS:
            raw, high_raw = raw[0] + raw[2:], raw[1:]
        elif chinese and before == "、" and number_start > 1 and _neighbours(text[number_start - 2], raw[0]) \
                and raw[1:2] in MAGNITUDE_CHARS:
            raw, high_raw, start = text[number_start - 2] + raw[1:], raw, min(start, number_start - 2)
        if chinese and unit in self.generic and not words_pct and _is_small(raw) and \
                DECIMAL_POINT not in raw and not post_word and not text.startswith(HALF, m_end) and \
                not (_closes_count(text, m_end, number_start) and number_start > 0 and CJK.match(before)
                     and unit not in self.phases and raw not in ONE and not _after_list(text, number_start)
                     and not text.endswith(self.bounds_before, 0, number_start)
                     and self.per_unit.search(text, _clause_opening(text, number_start), number_start) is None
                     and text[number_start - 1] != COPULA) and self.entering_list.match(text, m_end) is None:
            # 三个要求, 两个毫不动摇, 十大行动: slogans (not 一点二所, 两头以上, 一头半: a figure; nor
            # 新建便民服务站三个, 达到两个。: a count closing its clause after the things it counts, but 每个村配备两名:
            # a quota for each one, and 基本点是两条: what the points are, a description)
            return None
        end = m_end
        unit_group = "unit" if unit_read else "magunit" if magunit else "unit2" if unit2 \
            else None  # (the group that read the unit; a chain of tests, not a generator, for each figure)
        if unit_group and (opening := self.words_at_unit.get(unit)) and m.end(unit_group) == end and \
                text.startswith(opening, m.start(unit_group)):  # (unit is what the group read)
            unit, end = "", m.start(unit_group)  # 5万亿台阶: 台 opens a word here, no unit
        if chinese and not unit and not magnitude:  # 五万亿(台阶): the numeral took the magnitude
            magnitude = next((mag for mag in self._magnitudes_longest
                              if raw.endswith(mag) and len(raw) > len(mag)), "")
            raw = raw[: len(raw) - len(magnitude)]
        # (a numeral in Chinese before a unit keeps its magnitude: 十亿(人民), 十四亿(人的))
        if ((magnitude or raw[-1]) == NATION_MAGNITUDE or (not magnitude and raw.endswith(OLD_NATION_MAGNITUDE))) \
                and not any(point in raw for point in DECIMAL_POINTS) and (
                (not unit and self.population.match(text, end)) or (unit == PEOPLE and (
                    text.startswith(OF, end) or self.population.match(text, end - len(PEOPLE))))):
            # 八亿农民, 十亿多人口, 13亿多人口的大国, 14亿人的饭碗, 十亿人民: the nation's people as a description, no
            # figure
            # (有4.1亿农民参加, a count with its decimals, is one)
            return None
        if not unit and magnitude and self.people_after.match(text, end):
            unit = "人"  # 40.8万青年, 450万困难群众: a count of people
        elif not unit and magnitude and self.households_after.match(text, end):
            unit = self.household_unit  # 近20万各民族家庭: a count of households
        threshold = next((t for t in self.thresholds if text.startswith(t, end)), "") if magnitude and not unit else ""
        if not unit and not (magnitude and (_ends_phrase(text, end) or threshold or FIGURE_LISTED.match(text, end)
                                            or self.target_of.match(text, end) or FIGURE_RANGED.match(text, end)
                                            or (before in FROM_MARKS and MOVED_TO.match(text, end)))):
            return None
        end += len(threshold)  # 迈上5万亿台阶: the threshold is part of the figure
        if text.startswith(self.rule_closers, end):
            return None  # (营业收入首次突破2000万元)的,(给予…): a condition; (未达到30%)的要求: a rule's term
        if text.startswith(self.thresholds, end) and self.steps_counted.search(text, max(0, number_start - 4),
                                                                               number_start):
            return None  # (连跨)两个50亿元台阶: the size of each step of a count of them, no level reached
        if unit in self.grouping and NUMERAL_NEXT.match(text, end):
            return None  # 四批次(43个重点事项): the batches the count after is grouped in
        if unit in self.age_units and (self.people_after.match(text, end) or self.inclusive_bound.match(text, end)
                                       or text.endswith(self.age_conditions, 0, number_start)
                                       or ((listed := self.ages_listed.match(text, end))
                                           and self.people_after.match(text, listed.end()))):
            # 65岁以上老年人, 0—6岁儿童, 0—14岁少年儿童人口: an age that qualifies people; 满3岁(即入园): the age a
            # rule sets as its condition
            return None
        if unit in self.lengths and text.endswith(self.positions, 0, number_start):
            return None  # (已经达到张掖)以西135公里: where a place lies, no length of anything
        if unit in self.generic and not magnitude and self.peer_group.match(text, end):
            return None  # 在40个工业大类行业中, 14个市州中有: the group counted in (在全省常住人口2316.8万人中: whole)
        if unit in self.generic and not magnitude and self.range_ends.search(text, end, end + RANGE_REACH) \
                and self.peers_of_range.match(text, end):
            return None  # (退出全国)168个重点城市空气质量“后十位”: the peers a ranking's bottom is of
        if unit in self.generic and not magnitude and self.peer_kinds.match(text, end) and \
                self.places_examined.search(text, max(0, number_start - EXAMINED_REACH), number_start):
            return None  # 对6个县区(开展营商环境评价): the places examined, no count of anything they did
        if unit in self.generic and not magnitude and (kind := self.places_kind.match(text, end)) and \
                (listed := self.places_listed.search(text, max(0, number_start - LISTED_PLACES_REACH), number_start)) \
                and self._counts_places(text, kind, listed.group(0), raw):
            return None  # 东大街、西关、头二三道街5个街道(人口有所减少): how many places the list before it names
        if unit in self.generic and self.one_of_openings.search(text, end, end + ONE_OF_REACH) and \
                self.one_of.match(text, end):
            return None  # (成为全国)15个试点城市之一: the size of the group the region is one of, none of its own
        if (text.startswith(self.name_suffixes, end) and not post_word) or quotes.covers(number_start, end) or \
                (before in self._page_counter_ends
                 and self.page_counter.search(text, max(0, number_start - 6), number_start)):
            return None  # 8万吨级泊位, “1310”, 阅读:4.6万 (not 50%以上号源: the bound closes the figure)
        if unit in self.temperatures and self.weather.search(text, max(0, number_start - WEATHER_REACH), number_start):
            return None  # 星期六 多云 3~11℃: a page's forecast
        if text.startswith(")", end) and DEFINED_BY.search(text, max(0, number_start - DEFINITION_REACH), number_start):
            return None  # 高温日数(日最高气温≥35℃): the bound a term's definition sets
        if self.source_before.search(text, max(0, number_start - SOURCE_WORDS), number_start) and \
                self.source_after.match(text, end):
            return None  # 据十二个省的不完全统计: the provinces a statistic was counted in
        # (连续20个月: a streak's length; not 连续突破20亿元, the amount passed twice over, a bound between them)
        if (text.endswith(self.streak, max(0, m_start - 4), m_start) and not pre_word) or (
                unit in self.places and text.endswith(self.top, 0, m_start)) or (
                unit in self.places and unit not in self.rates and text.endswith(self.moved, 0, m_start)) or (
                unit in self.stretch_units and text.endswith(self.stretch_openers, 0, m_start)) or (
                unit in self.generic and (((uncounted := self.not_counted.match(text, end))
                                           and not uncounted.group(0).endswith(self.counted_anyway))
                                          or self.milestones.match(text, end) or self.tasks.match(text, end))):
            return None  # 连续20个月, 前8位, 前移5位, 前10个月, 9个季度, 12个方面工作, 3个千亿元台阶: no figure
        try:
            value = _parse(raw)
            second = num2 or words_pct2 or high_raw  # 5%-6%, 百分之八至九: a range
            high = _parse(second) if second else None
        except (ValueError, OverflowError):
            return None
        if unit in self.after_digits_only and (
                chinese or text.endswith(self.minute_after, 0, number_start)
                or self.caption_number.search(text, max(0, number_start - 5), number_start)):
            return None  # 十分重要, 一分为二, 10时30分: a word or a time, no score; 表3 分县…: a caption's number
        if unit in self.after_magnitude_only and not magnitude and value < MANY_TIMES and \
                not text.endswith(self.counted_events, 0, number_start):
            # 主任会议21次, 十一次全会: a few times, no figure (服务群众1500万次, 检查1200余次 are, and so are events of
            # the weather counted, 区域性暴雨过程9次)
            return None
        written_in = raw + magnitude
        if chinese and magnitude and not threshold:  # 三万人: the numeral already holds its magnitude
            value = _with_magnitude(raw, magnitude, self.lex.magnitudes[magnitude])
            high = high * self.lex.magnitudes[magnitude] if high is not None else None
            magnitude = ""  # (迈上五万亿台阶 keeps it, as 5万亿台阶 does: its indicator gives the unit)
        if chinese and not magnitude and not threshold and \
                (written := next((w for w in WRITTEN_MAGNITUDES if w in written_in), None)):
            # as written: 一百二十七亿元 is 127 亿元 and 十四万六千吨 14.6 万吨, as 127亿元 and 14.6万吨 are
            factor, magnitude = self.lex.magnitudes[written], written
            value, high = round(value / factor, 8), round(high / factor, 8) if high is not None else None
        if unit == PERCENT and text.startswith(self.sampled, end):
            return None  # 完成1%人口抽样调查: a survey named by the share it samples, no figure
        if unit == MASS_UNIT and text.endswith(self.coal_before, 0, start):
            unit = self.coal_unit  # 折合标准煤1.6亿吨: 1.6 亿吨标准煤
        if unit == SAID_POINTS and not self.points_said_after.search(text, max(0, number_start - POINTS_WINDOW),
                                                                     number_start):
            unit, end = TIME_COUNTER, text.index(SAID_POINTS, number_start) + len(TIME_COUNTER)
        dimension = self.lex.units[unit].dimension if unit else "count"
        if dimension == LENGTH and text.endswith(self.speeds, 0, start):
            return None  # 时速350公里高铁, 设计时速120公里: the speed of a line or a train, no length built
        if text.startswith(HALF, end) and (dimension in HALVED or (dimension == "count" and unit != TIME_COUNTER)
                                           or (dimension == AREA and value < FEW_AND_A_HALF)):
            # 一成半: 15%; 六倍半: 6.5 times; 一头半: 1.5 head (not 两个半月: a duration's count); 一亩半: 1.5 mu
            value, end = value + 0.5, end + len(HALF)
        elif dimension == "tenths" and (digit := TENTH_DIGIT.match(text, end)):
            value, end = value + DIGITS[digit.group(1)] / 10, digit.end()
        more = dimension in HALVED and text.startswith(self.more_after, end)  # 一倍多, 三成多: more than that
        if more:
            end += 1
        # (三成五左右, 一成半以上: the qualifier after what a figure said in tenths goes on with)
        post = next((w for w in self.qualifiers_after_longest if text.startswith(w, end)), None) \
            if dimension in HALVED and not more and end > m_end and not post_word else None
        end += len(post or "")
        if dimension == "tenths":  # 八成, 9成: a percentage
            if value > 10:
                return None
            value, high, unit, dimension = value * 10, high * 10 if high is not None else None, "%", "percent"
        qualifier = "at_least" if more else self.qualifier_after[post] if post else \
            self._qualifier_of(pre_word, post_word, inner or inner2)
        if high is not None and qualifier == "exact":
            qualifier = "at_least"  # a range: its lower bound is what it promises
        if qualifier == "at_most" and text.endswith(self.cap_nouns, 0, start):
            qualifier = "exact"  # (在省核定的债务限额468.5亿元以内: the limit's own figure; 以内 bounds what it caps)
        if dimension not in RELATIVE and (
                (dimension != "count" and post_word in self.bounds_after and CLASS_AFTER.match(text, end))
                or (qualifier == "at_least" and (self.bound_of_class.match(text, end)
                                                 or (dimension != "count" and self.class_counted.match(text, end))))
                or (dimension != "count" and text.endswith(self.class_bounds_before, 0, start)
                    and (self.class_counted.match(text, end) or CLASS_AFTER.match(text, end)))
                or SIZE_OF.match(text, end) or CLASS_BOUNDS.match(text, end)):
            # 500万元及以上项目, 5000米以上乡镇, 超500亿元的县域, 超1亿美元项目(23个), 营收过百亿元(农产品加工企业): the
            # bound of a class of things
            # (but 完成700户以上农房改造 counts); 13亿人口的大国: a size describing a thing
            if said and magnitude == SAID_MAGNITUDE and post_word in self.bounds_after and CLASS_AFTER.match(text, end):
                # 二十三个亿元以上工业项目: the counter counts the things of the class 亿元以上 opens, no 23 亿元
                return Mention(start, m.end("said"), number_start, value, None, SAID_COUNTER_UNIT, "count", "exact")
            return None
        if signed and signed.group("sign") == "负" and dimension not in RELATIVE:
            signed = None  # 担负3项任务: 负 closes a word; only a rate is 负
        sign = -1 if signed and signed.group("sign") != "+" else 1
        start = min(start, number_start - 1) if signed else start
        return Mention(start, end, number_start, sign * value, high, magnitude + unit, dimension, qualifier)

    def _qualifier(self, m: re.Match[str]) -> str:
        pre, post, inner, inner2 = m.group("pre", "post", "inner", "inner2")
        return self._qualifier_of(pre, post, inner or inner2)

    def _qualifier_of(self, pre: str | None, post: str | None, inner: str | None) -> str:
        """The qualifier of a figure by the words the pattern read before it, after it and inside it (多 of 4万多亿)."""
        if post:
            return self.qualifier_after[post]
        if inner:
            return "at_least"
        if pre:
            return self.qualifier_before[pre]
        return "exact"

    @cached_property
    def counted_group(self) -> str:
        """粤北五市, 中部六省, 沿海六市: an area's places named by their count (two or more, no 个) and their kind
        (counted_group_kinds), the peers a rank is among and its scope."""
        kinds = alternation(self.lex.words("counted_group_kinds"))
        return rf"[\u4e00-\u9fff]{{2,4}}?[两二三四五六七八九十]{{1,2}}(?:{kinds})"

    @cached_property
    def rank_move(self) -> re.Pattern[str]:
        """A rank that moves, 从全国第12位升至第8位 (由第5位跃居第3位): where it starts and where it reaches."""
        scopes = self.lex.scopes(self.larger)
        ordinal = r"第(?P<{}>\d{{1,3}}|[一二三四五六七八九十]{{1,3}})(?:名|位)"
        # (由)2020年的(第6位上升到)2025年的(第4位): the years of a move's two ends, each right before its rank (both
        # written, or neither)
        year = rf"(?:(?:{YEAR_NUMBER})年的?)"
        # (总量)在全县14个乡镇(街道)中(由上年的第四位跃升至第二位): the ranking's scope and peers right before the move,
        # part of its start (the count of peers is no figure)
        # (在粤北五市中的位次由第3位上升至第2位: an area's counted places, and the standing among them, the same)
        among = rf"(?:在(?P<peers_scope>{scopes}|{self.counted_group})[^,，;；。:：由从]{{0,{RANKING_WIDTH}}}?中" \
                rf"(?:的?(?:{alternation(self.lex.words('rank_columns'))}))?)"
        return re.compile(
            rf"{among}?(?:{alternation(self.lex.words('from_words'))})(?:上年的?|(?P<from_year>{year}))?居?"
            rf"(?P<scope>{scopes})?"
            rf"(?:排名|排)?{ordinal.format('first')}"
            # (从2020年的第21位到)今年的(第14位): the year the document speaks in, the sentence's, as no year written
            rf"[\u4e00-\u9fff]{{0,3}}?(?:{alternation(self.lex.words('reached_words'))}|居|为)"
            rf"(?:(?P<last_year>{year})|(?:{alternation(self.lex.words('present_years'))})的?)?"
            rf"(?P<scope2>{scopes})?(?:排名|排)?{ordinal.format('last')}?(?![\u4e00-\u9fff\d])")

    @cached_property
    def rank_compared(self) -> re.Pattern[str]:
        """A rank a year before that the rank said is compared with (位列第14位,较上年的第16位前移2位): the start of
        the move whose end the sentence gave first. Only the bases that name a year (比上年, 较去年), not 同比."""
        scopes = self.lex.scopes(self.larger)
        bases = [word for word in self.lex.words("comparison_bases") if word.endswith("年")]
        return re.compile(rf"(?:{alternation(bases)})的?(?P<scope>{scopes})?(?:排名|排)?"
                          r"第(?P<first>\d{1,3}|[一二三四五六七八九十]{1,3})(?:名|位)"
                          rf"(?=(?:{alternation(self.lex.words('rank_moves'))})|[^\u4e00-\u9fff\d]|$)")

    @cached_property
    def ordinal_words(self) -> list[str]:
        """What every rank holds (第, 首位 …)."""
        return ["第", *self.lex.words("rank_firsts")]

    @cached_property
    def ordinal(self) -> re.Pattern[str]:
        """The words every rank holds: a quick test before the patterns of ranks are tried."""
        return re.compile(alternation(self.ordinal_words))

    def has_rank(self, text: str, start: int, end: int) -> bool:
        if self.ordinal.search(text, start, end) is None:
            return False
        return bool(self.rank_pattern.search(text, start, end) or self.rank_move.search(text, start, end))

    def ranks(self, text: str, start: int, end: int) -> list[RankMention]:
        out, moved = [], []
        if self.ordinal.search(text, start, end) is None:
            return out
        for m in self.rank_move.finditer(text, start, end):
            try:
                first, last = int(_parse(m.group("first"))), int(_parse(m.group("last")))
            except ValueError:
                continue
            scope = m.group("scope") or m.group("scope2") or m.group("peers_scope")
            if m.group("last_year") and not m.group("from_year"):
                continue  # (由第5位升至2025年的第2位: a year at the end only says not which the start is of)
            moves_at = m.end("first") + 1  # past 位 or 名: the verb of the move opens the rank reached
            # (由2020年的第6位上升至第5位: the start's year its own, the end the sentence's, as a pair of figures)
            years = (year_number(m.group("from_year")[:4]),
                     year_number(m.group("last_year")[:4]) if m.group("last_year") else None) \
                if m.group("from_year") else (None, None)
            out += [RankMention(m.start(), moves_at, first, scope, "from", year=years[0]),
                    RankMention(moves_at, m.end(), last, scope, "reached", year=years[1])]
            moved.append((m.start(), m.end()))
        for m in self.rank_compared.finditer(text, start, end):
            if any(s <= m.start() < e for s, e in moved):
                continue
            try:
                first = int(_parse(m.group("first")))
            except ValueError:
                continue
            out.append(RankMention(m.start(), m.end(), first, m.group("scope"), "from"))
            moved.append((m.start(), m.end()))
        for m in self.rank_pattern.finditer(text, start, end):
            # (如皋)市居第8位: a one-character scope word ending a place's name, no scope: the rank is the verb's; so is
            # one after an own region's opener ((在全省…考核中,)我市位列第4位: the document's region, ranked)
            if (only := m.group("scope_only")) and len(only) == 1 and \
                    scope_word_names(self.lex, text, m.start("scope_only"), m.end("scope_only")) \
                    and (m := self.rank_pattern.match(text, m.end("scope_only"), end)) is None:  # type: ignore[assignment]
                continue
            if any(s <= m.start() < e for s, e in moved) or (
                    m.group("scope_only") and COUNTED_FIRSTS.search(text, max(start, m.start() - 6), m.start())):
                continue
            try:
                value = 1 if m.group("first") else int(_parse(m.group("ord")))
            except ValueError:
                continue  # 第一二位: no one rank
            scope = m.group("scope") and m.group("scope") + (m.group("joined") or "")  # (西部和边境省区: all of it)
            scope = scope or m.group("scope_only") or \
                (self._scope_of_peers(m.group("peers_only")) if m.group("peers_only") else None)
            named = m.span("named") if m.group("named") else None
            out.append(RankMention(m.start(), m.end(), value, scope, named=named))
            pos = m.end()
            while (more := RANK_LIST_MORE.match(text, pos, end)) is not None:  # 分别居全国第5、第6位
                try:
                    first = text.find("第", more.start(), more.start("ord") + 1)
                    out.append(RankMention(first if first >= 0 else more.start("ord"), more.end(),
                                           int(_parse(more.group("ord"))), scope))
                except ValueError:
                    break
                pos = more.end()
        return out


def scope_word_names(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether a one-character scope word (市, 省) names a place rather than a scope: it ends a place's name the
    reference lists (如皋市 before 居第8位), or follows an own region's opener (我市, 本区; Lexicon.own_speakers:
    own_region_openers but 全, with which 全市 is a scope), or stands inside one (the first 市 of 津市市)."""
    return place_ends(lex, text, end) or (start > 0 and text[start - 1] in lex.own_speakers) or \
        any(place_ends(lex, text, after) and lex.regions.named(text[opening:after])
            for after in range(end + 1, min(len(text), start + MAX_PLACE) + 1)
            for opening in range(max(0, after - MAX_PLACE), start + 1))


def place_ends(lex: Lexicon, text: str, pos: int) -> bool:
    """Whether a place's name the reference lists ends at `pos` (如皋市 before 居第8位): its one-character scope word
    (市, 省) is the name's end, no scope."""
    return any(lex.regions.named(text[pos - k:pos]) for k in range(MIN_PLACE, min(MAX_PLACE, pos) + 1))


def _opens_place(lex: Lexicon, text: str, pos: int) -> bool:
    """Whether a place the reference lists by its full name (三门县, 三门峡市, 七台河市; not a short name alone,
    三门, which a count of three may open: 三门课程) starts at `pos`."""
    return text[pos:pos + 2] in lex.full_place_heads and \
        any(text[pos:pos + k] in lex.full_place_names for k in range(PLACE_NAME_MIN, PLACE_NAME_MAX + 1))


@lru_cache(maxsize=4)  # (each region's finder asks for the same pattern: its string built once, not once a finder)
def figure_openings(lex: Lexicon) -> re.Pattern[str]:
    """What a figure can open with (a digit, a numeral, 百 of 百分之, a qualifier word): the
    pattern is tried only there, not at every character of the text. Inside a number only a fraction
    opens (23/45 in 123/45, 百分之 in 一百分之): each number of the pattern looks behind it."""
    after_numeral = _after_numeral(lex)

    def opening_test(word: str) -> str:
        """What must hold after a word where a figure opens at it: no digit (or decimal point) before a digit but
        for a fraction's 23/; no numeral before a numeral but for 百分之, and after it what a figure goes on with
        (no 些 of 一些, no 年 of 五年); after a qualifier word, a number. (The test follows the word, so that the
        engine still scans for the characters the openings begin with.)"""
        if word.isdigit():
            return r"(?:(?<![\d.].)|\d?/)"
        if word in NUMERAL_CHARS:
            return rf"(?:(?<![{NUMERAL_CHARS}].)(?=[{after_numeral}]){'|分之' if word in PER_WORDS else ''})"
        return rf"(?=[\d{NUMERAL_CHARS}])"

    return re.compile(alternation([*"0123456789", *NUMERAL_CHARS, *lex.qualifiers_before], opening_test))


def _after_numeral(lex: Lexicon) -> str:
    """The characters a figure opening with a numeral goes on with: more of the number (点, 分之, 一半, a
    range's separator), a space or the first character of a unit, or of the words inside a figure (多, 余)."""
    going_on = {*NUMERAL_CHARS, *"点分半 %-~至到", *(u[0] for u in lex.figure_units),
                *(w[0] for w in lex.words("at_least_inner"))}
    return re.escape("".join(sorted(going_on)))


def _units(units: list[str]) -> str:
    """The alternation of units; a unit ending in a Latin letter (22万P, TEU) ends there: 12万PPP项目
    holds none."""
    return alternation(units, ending=_unit_end)


def _unit_end(unit: str) -> str:
    return "(?![A-Za-z])" if unit[-1].isascii() and unit[-1].isalpha() else ""


def _shared_qualifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """分别突破300亿元和3000亿元: a word before the first figure of a list qualifies each one after it."""
    for i in range(1, len(mentions)):
        m, after = mentions[i - 1], mentions[i]
        if m.qualifier != "exact" and m.start < m.number_start and after.qualifier == "exact" and \
                after.start == after.number_start and after.start == m.end + 1 and LIST_JOINER.match(text, m.end):
            mentions[i] = replace(after, qualifier=m.qualifier)
    return mentions


def _glued(character: str) -> bool:
    """Whether a character before a number makes it part of a code or name (GLUED_MARKS, or any decimal digit, as
    a pattern's digit class reads one)."""
    return character in GLUED_MARKS or character.isdecimal()


def _parse(raw: str) -> float:
    return parse_arabic(raw) if raw[-1].isdigit() else parse_chinese(_whole(raw))


def _neighbours(first: str, second: str) -> bool:
    """Two Chinese digits, the second one more than the first (三四十, 四、五十)."""
    return first in DIGITS and second in DIGITS and DIGITS[second] == DIGITS[first] + 1 > 1


def _whole(raw: str) -> str:
    """千亿 as 一千亿: a round figure written without its 一."""
    return "一" + raw if raw[0] in ROUND_OPENINGS else raw


def _with_magnitude(raw: str, magnitude: str, factor: float) -> float:
    """A Chinese numeral with the magnitude written after it (多 between them): read as one numeral,
    so that 万 scales only the group below 亿 (一亿一千四百多万 is 114 million, not 1400 more than
    一亿 taken 10,000 times)."""
    if "点" not in raw and all(ch in CHINESE_NUMERAL_CHARS for ch in magnitude):
        return parse_chinese(_whole(raw) + magnitude)
    return parse_chinese(_whole(raw)) * factor


COUNT_CLOSERS = "，,。；;、"  # (新建便民服务站三个，…: what closes a clause right after a small count in Chinese)
# (公办三家、民办九家): a bracket closes a count too, when it closes a list of counts (another count before it in the
# bracket, after 、), not a list it counts ((含宣传、调研两项))
BRACKET_CLOSERS = "）)"
BRACKET_OPENERS = "（("
CLAUSE_STOPS = "，,。；;"  # (what opens the clause a count closes)
KIND_IN_BRACKETS = re.compile(r"[(（][\u4e00-\u9fff、]{1,8}[)）]")  # 县(市、区): the kinds a name takes in
LIST_COUNT = re.compile(r"[\d一二两三四五六七八九十]")  # (a count among a list's items: counts listed, not the list's)
COPULA = "是"  # (基本点是两条: a count said as what a thing is describes it)
ONE = ("一", "壹")  # (成熟一家、推进一家: one of a thing closing its clause is a way of working, no count)


def _clause_opening(text: str, pos: int) -> int:
    """Where the clause holding `pos` opens (or the aside in brackets holding it)."""
    return max(text.rfind(c, 0, pos) for c in CLAUSE_STOPS + BRACKET_OPENERS) + 1


def _closes_count(text: str, end: int, pos: int) -> bool:
    """Whether what follows a small count in Chinese at text[pos:end] closes it as a count: a clause's mark, or a
    bracket closing a list of counts (公办三所、民办两所): a count before the number, after 、, inside the bracket."""
    if end >= len(text):
        return False
    if text[end] in COUNT_CLOSERS:
        return True
    if text[end] not in BRACKET_CLOSERS:
        return False
    opening = max(text.rfind(c, 0, pos) for c in BRACKET_OPENERS)
    listed = text.rfind("、", opening + 1, pos)
    return opening >= 0 and listed > opening and LIST_COUNT.search(text, opening + 1, listed) is not None


def _after_list(text: str, pos: int) -> bool:
    """Whether the clause before `pos` lists things it counts none of (A、B和C六项: the list's own count, no figure;
    not 新建公园两个、学校三所, counts listed)."""
    start = _clause_opening(text, pos)
    if text.find("、", start, pos) < 0:
        return False
    # (a kind's name holding its list in brackets, 县(市、区)达到七个: the things counted, no list; the clause found
    # may open inside the bracket, closed before the count)
    words = text[start:pos]
    words = KIND_IN_BRACKETS.sub("", words[max(words.rfind(c) for c in BRACKET_CLOSERS) + 1:])
    return "、" in words and LIST_COUNT.search(text, start, pos) is None


def _is_small(raw: str) -> bool:
    try:
        return parse_chinese(raw) <= 10
    except ValueError:
        return False


def _ends_phrase(text: str, pos: int) -> bool:
    """A bare magnitude (就业1.2万) counts only where the phrase ends after it."""
    return pos >= len(text) or not ("\u4e00" <= text[pos] <= "\u9fff")

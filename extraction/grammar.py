"""What kind of number a mention is, read from the words just before it.

Each reading names the rule that made it (`Reading.rule`); the rules, with example sentences
that a test runs, are listed in extraction/data/rules.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from zhibiao.regions import Region

from .lexicon import Lexicon, alternation, last_match, opening_with
from .mentions import Mention
from .names import CLAUSE_OPENER, COMPARED_WITH_OPENINGS, earlier_point_pattern, effect_pattern
from .numerals import YEAR_NUMBER

# A cue stands near its number: reading at most this far back keeps a long clause linear.
CUE_WINDOW = 80
MORE_THAN_MARK = "比"  # in every more-than comparison (比上年少5%): one str scan before the pattern's
PLACE_ENDINGS = tuple("市县区州旗盟省")  # what a place's name ends with (长春市, 农安县)
NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]$")  # (长春)市: a one-character scope word ending a place's name
TIMES_OF_BASE = "growth_times_base"  # (the rule of) 等于1949年的2.5倍: the base's whole and the growth on it
BY_FIGURE = "以"  # (高明区)以(5.9%居各区第一): the figure a place ranks by
# Words (and spaces) between a cue and its figure (增长的预期目标是7%, 下降 19.1%)
BASE_OPENINGS = "比较"  # 比2020年, 较上年: what opens a base compared with
BASE_OPENING = re.compile(f"[{BASE_OPENINGS}]")
BASE_TAIL = 16  # the characters before a figure in which a base and its change are looked for (同比增, 较上年同期降)
FILLER = (r"(?:了|为|是|的|达|达到|分别|均|也|仍|再|超过|超|目标为|目标|预期为|预期|拟定为|定为|保持在|稳定在|维持在"
          r"|\s)*")
CONNECTOR = re.compile(r"^[、,和及与]*$")
FIGURE_SAID = re.compile(r"\d|[一二两三四五六七八九十]成|百分之")  # a figure between a cue and the next one
DIGITS = re.compile(r"\d[\d.]*")  # a figure written in digits, one match each (1.1和0.5: two)
SCOPES_JOINED = "、和及与"  # what joins the regions a list of gaps is with (高于全国、全省和全市…)
BRACKETED_FIGURE = re.compile(r"\([^()]*\d[^()]*\)(?=的)")  # (14.82万人)的: the whole's own figure, said aside
# Years a change spans, right before its cue (五年增长, 3年提升): a change over the whole stretch.
SPAN_OF_YEARS = re.compile(r"(?:\d{1,2}|[两二三四五六七八九十])年(?:来|间|累计)?(?:分别|均|共)?$")
OPENING_BRACKETS, CLOSING_BRACKETS = ("(", "（"), (")", "）")
# 比去年预算低(0.4个百分点), 低于年度目标(0.6个百分点): above or below a base compared with, by so many
# points ((比上年, 同比)低1.3个百分点; a region compared with, 低于全省, is a gap, read before)
COMPARED_BY = re.compile(r"(?:[比较][^,;，；。比较]{0,12}?(?P<dir>[高低])了?"
                         r"|(?P<than>[高低])于[^,;，；。比较高低于]{1,12})$")
CONTRIBUTION_CUE = "贡献"
FROM_MEASURE = 5  # the characters of a measure between 从 and a pair's first figure (月销售额)
TIME_IN_MEASURE = re.compile(r"[年季初底末]|月份?$")  # (从上半年, 由年初, 从上月: a time, no measure)
GROWTH_OF_ANY = re.compile(r"对[^,;，；。对]{1,12}?增长的?$")  # (对世界经济增长)贡献率
CLAUSE_REST = re.compile(r"[^,;，；。]{0,60}")  # the rest of a figure's clause
# A clause that only lists or states figures (分别为7.0%、6.8%; 降幅最大,达9.1%), of what the clause before it named
LISTED_ONLY = re.compile(r"\s*(?:(?:分别|依次)(?:为|是)?|为|是|达到|达)\s*")
# (in the normalised text the grammar reads: full-width ；，！？ are ;,!? there)
SENTENCE_ENDS = "。;"
CLAUSE_ENDS = SENTENCE_ENDS + ","
WHOLE_IN_BRACKETS = "whole_in_brackets"  # (the rule of) 占一般公共预算支出(84.86亿元): the whole's amount, aside
COMPARED_NAMED = "growth_compared_named"  # (the rule of) 比全市地区生产总值增速(5.5%): that quantity's growth
PARENT_COMPARED = "parent_compared_in_brackets"  # (the rule of) 比全市(5.3%)快0.6个百分点: the larger region's figure
WRITTEN_SIGNS = ("+", "-")  # a sign written before a figure (not 负, said in words: 负增长 has its own reading)
AREA_BEFORE_SHARE = re.compile(r"在(?P<area>[\u4e00-\u9fff]{2,8}?)(?:中|内)?$")  # 在北方地区(占比)
# 比6月末, 较前三季度末 (before 增长1.6%): at most this long, read only this far back, not over the whole left part
EARLIER_POINT_SPAN = 12
PART_OF_WHOLE = re.compile(r"(?<!其)中")  # 在校生中(女生占比): a whole its part is of, named before the part
CUT_OBJECT = "growth_of_cut_object"  # (the rule of) 压减时间58%: the thing cut falls by the percentage
# What a cut object may be: a short noun, with no word that states or bounds a figure (减率达24.6%, 压减比例超5%)
OBJECT_CUT = r"(?:(?![达为是了的到至超逾近约占率比以])[\u4e00-\u9fff]){1,8}"
LISTED_OBJECT = re.compile(rf"、(?P<object>{OBJECT_CUT})")  # (压减时间58%)、材料(52%): the next thing cut
AVERAGE = "平均"  # (高于甘肃省)平均(水平): a place's average a gap is to


@dataclass(slots=True)  # not frozen: one is built for each figure, and frozen ones build slowly
class Reading:
    rule: str
    metric: str
    sign: int  # -1 for decreases
    cue_start: int  # where the words that make it this metric begin
    scope: str | None = None  # scope word as written (全市) or region name
    basis: str | None = None  # average, cumulative or multiple: a figure over several years
    pair_end: str | None = None  # "from" or "reached" in a from–to pair (从A增长到B)
    named: tuple[int, int] | None = None  # where the quantity is named, when its words are no subject (比全市X增速(…))


class Grammar:
    def __init__(self, lex: Lexicon, larger: dict[str, Region]) -> None:
        """`larger`: the names of the regions a comparison may be with (the document's parents)."""
        self.lex = lex
        w = lex.words
        scopes = lex.scopes(larger)
        verbs = w("increase_verbs") + w("decrease_verbs")
        nouns = w("increase_rate_nouns") + w("decrease_rate_nouns")
        self._down = set(w("decrease_verbs")) | set(w("decrease_rate_nouns")) | set(w("gap_down")) | \
            set(w("decrease_characters"))
        # a rate noun or verb, unless it ends the name of a ratio (人口自然增长率 is no growth)
        not_ratio = "".join(f"(?<!{word})" for word in w("ratios_named_as_rates"))
        self._rate_noun = re.compile(rf"{not_ratio}(?P<cue>{alternation(nouns)})")
        self._average = set(w("average_words"))
        # (以5.9%)居各区第一, (以6.2%)的增速位居全省第二: a growth rate the rank after it is of
        adverb = rf"(?:{alternation(w('rank_adverbs'))})?"  # (以1328.6亿元)继续(位列首位)
        self._ranked_after = re.compile(rf"(?:的(?:{alternation(w('increase_rate_nouns'))}))?{adverb}"
                                        rf"(?:{alternation(w('rank_verbs'))})")
        # (莲都区以412.6亿元)位居第一, (以318.5亿元)的总量紧随其后: an amount the place ranks or follows by
        self._ranked_amount_after = re.compile(rf"(?:的(?:{alternation(w('total_suffixes'))}))?{adverb}"
                                               rf"(?:{alternation(w('rank_verbs') + w('following_words'))})")
        self._decline = re.compile(alternation(w("decrease_rate_nouns")))
        cuts = alternation(w("decrease_verbs") + w("cut_verbs"))
        self._cut = re.compile(rf"(?<!增)(?:{cuts})(?={OBJECT_CUT}$)")
        self._cut_verb = re.compile(cuts)
        # (比"文化大革命"前十七年的总和)还多(83%), (比上年)少(5%): more or less than a base, by the figure
        self._more_than_words = {word: int(sign) for word, sign in lex.cues["more_than_words"].items()}
        self._more_than = re.compile(rf"比(?<![占对]比)(?![重例率])[^,;，；。比]{{1,30}}?(?:还|要|更)?"
                                     rf"(?P<cue>{alternation(list(self._more_than_words))})(?:出|了)?$")
        self._month_on_month = set(w("month_on_month"))
        # 比6月末(增长1.6%), 较上季度末: a stock's change since an earlier point of its own year, no year's growth
        self._earlier_point = re.compile(rf"{earlier_point_pattern(w)}$")
        self._head_nouns = tuple(w("head_nouns"))  # (what a whole quantity ends with: 在电信业务收入中占比)
        # (钢产量)比较上年(增长两成): 比较 as 比, in older reports
        bases = alternation(w("comparison_bases") + w("average_words") + w("month_on_month"))
        base = (rf"(?P<base>(?:比(?=较))?{bases}"
                rf"|[{BASE_OPENINGS}](?:{YEAR_NUMBER})年(?:完成数|决算数|预算数)?)?"
                rf"(?:{alternation(w('price_terms'))})?")
        reached = alternation(w("reached_words"))
        # 增长到2025年的4.93万亿元, 到一九八五年的, 提高到现在的; 从2004年人均每月700元, 由平均2900元,
        # 由年初的(…扩大到年末的…), 由五年前的
        at_year, of_year = (rf"(?:(?:{YEAR_NUMBER})年(?:底|末)?{of}|(?:{alternation(w('year_before_words'))})的"
                            rf"|年初的?|年末的?|现在的|目前的"
                            r"|[一二两三四五六七八九十\d]{1,2}年前的)?(?:人均|平均|每人|每生|每户)?(?:每月|每年)?"
                            for of in ("的?", "的"))
        # any verb before 到/至 names the level reached (升至, 调整到, 拓展至), but 达到 and 占到 keep
        # their own readings; after a character that may be no verb, a year needs its 的 (一般公共预算收入到2030年突破…:
        # by a year, not reached)
        to_verbs = alternation(verbs + w("reached_verbs"))
        changed_to = alternation([verb for verb in verbs if verb not in w("growth_said_words")])
        reached_after_change = alternation(w("reached_after_change_words"))
        self._reached = re.compile(rf"(?:{to_verbs})(?:{reached}){at_year}$"
                                   rf"|[\u4e00-\u9fff](?<![达占])(?:{reached}){of_year}$"
                                   rf"|(?:{changed_to})(?:{reached_after_change}){at_year}$")
        # (tried only where a base, a price term or a cue opens: where else the optional words are tried in vain)
        openings = [*BASE_OPENINGS, *(word[0] for word in w("comparison_bases") + w("average_words")
                                     + w("month_on_month") + w("price_terms") + verbs + nouns)]
        characters = alternation(w("increase_characters") + w("increase_after_base") + w("decrease_characters"))
        self._base_change = re.compile(rf"(?P<base>{alternation(w('comparison_bases'))})(?P<cue>{characters})?"
                                       rf"{FILLER}$")
        self._change = re.compile(opening_with(openings, rf"{base}{not_ratio}(?P<cue>{alternation(verbs + nouns)})"
                                                         rf"{FILLER}$"))
        # what every change and every level reached holds: the patterns above, anchored at the end and
        # opening with optional words, are tried only where one stands
        self._cue_words = re.compile(alternation(verbs + nouns))
        self._reached_words = re.compile(f"{reached}|{reached_after_change}")
        self._from = re.compile(rf"(?:{alternation(w('from_words'))}){at_year}$")
        # 从(月销售额)10万元提高到15万元: a measure between the from word and the first figure, when the change to
        # the second follows that figure right away
        self._from_measured = re.compile(rf"(?:{alternation(w('from_words'))})"
                                         rf"(?P<measure>[\u4e00-\u9fff]{{1,{FROM_MEASURE}}})$")
        self._changed_to_after = re.compile(rf"(?:{to_verbs})(?:{reached})")
        self._cumulative = re.compile(alternation(w("cumulative_words")))
        # (是2020年的1.5倍, 为上年的2.3倍 too: a year before 的, not a place, 是全省的1.5倍)
        self._times_of_base = re.compile(rf"(?:{alternation(w('times_of_base_verbs') + w('base_year_verbs'))})"
                                         rf"(?:(?:{YEAR_NUMBER})年|{alternation(w('year_before_words'))})(?:同期)?的$")
        # 占全市, 占了全省, 占同期全区(外贸总值的6.5%)
        self._share = re.compile(rf"{alternation(w('share'))}(?:了|同期)?(?P<scope>{scopes})?")
        self.scope = re.compile(scopes)
        # 在全市城镇新增就业总量(40.36万人)中(占7.7%): the larger region's whole the share is of, said before 占
        self._whole_before = re.compile(rf"在(?P<scope>{scopes})[^,;:。]{{0,24}}?中$")
        self._whole_clause = re.compile(rf"(?:^|[,;:。，；：])在(?P<scope>{scopes})[^,;:。，；：在]{{0,24}}?中[,，]$")
        self._growth_of = re.compile(rf"对(?P<scope>{scopes})[\u4e00-\u9fff]{{0,4}}?增长的?$")
        self._contribution = re.compile(rf"(?P<cue>{alternation(w('contribution') + w('contribution_down'))})"
                                        rf"(?P<scope>{scopes})?")
        self._drag = set(w("contribution_down"))
        self._effect = re.compile(effect_pattern(w))  # (影响CPI总水平)上涨(约0.16个百分点): a component's, signed
        self._rate_endings = tuple(w("rate_column_endings"))  # (利润率)-2.1%: a rate, signed
        gaps = w("gap_up") + w("gap_down") + w("gap_better")
        # (tried on points only: 超过全省平均水平1.3个百分点 is a gap, as 高于 is; 超过 bounds amounts elsewhere)
        gap_cues = alternation(gaps + w("at_least_before"))
        # (not 低于省定管控线(1.7个百分点), 高于市定目标: a line or a target a level of government set, no region's
        # figure; set_by_marks)
        self._gap = re.compile(rf"(?P<cue>{gap_cues})(?P<scope>{scopes})(?!{alternation(w('set_by_marks'))})"
                               rf"[^,;]{{0,10}}$")
        # (增速高于)甘肃省平均水平(1.1个百分点): the average of a place the document names, not one of its own larger
        # regions (those are `scopes`): tried only where 平均 stands
        self._gap_named = re.compile(rf"(?P<cue>{gap_cues})(?P<scope>[\u4e00-\u9fff]{{2,8}}?)的?{AVERAGE}[^,;]{{0,6}}$")
        # 比全市(5.3%)(快0.6个百分点), 高于全省(5.5%)(0.7个百分点): the larger region's figure said aside, right
        # after the region a gap is with
        self._compared_whole = re.compile(rf"(?:[{BASE_OPENINGS}]|{gap_cues})(?P<scope>{scopes})(?:平均水平)?"
                                          rf"[{''.join(OPENING_BRACKETS)}]$")
        # 比全市地区生产总值增速(5.5%)(高4.1个百分点): the growth of the quantity a gap is with, said aside right after
        # its name (a name of its own between the region and the rate noun)
        self._compared_measure = re.compile(rf"(?:[{BASE_OPENINGS}]|{gap_cues})(?P<scope>{scopes})"
                                            rf"(?P<measure>[\u4e00-\u9fff]{{2,16}}?)"
                                            rf"(?:{alternation(w('increase_rate_nouns'))})"
                                            rf"[{''.join(OPENING_BRACKETS)}]$")
        # (高于全国)、全省(…): a region listed after the first
        self._scope_listed = re.compile(rf"[{SCOPES_JOINED}](?P<scope>{scopes})")
        # (分别高于)全国(、全省…), (分别比)全市(、全省…): the first of the regions a list of gaps is with
        self._gap_listed = re.compile(rf"(?:{gap_cues}|[{BASE_OPENINGS}{COMPARED_WITH_OPENINGS}])(?P<scope>{scopes})"
                                      rf"(?=[{SCOPES_JOINED}])")
        # 比全省高0.5个百分点, 比全国平均水平(2.68%)高出0.58个百分点, (降幅)比全市大2.9个百分点: a gap said with 比 (the
        # larger region's figure in brackets between); 与全市相比高0.5个百分点, 同全省比较快…: the region between 与 and
        # the word comparing
        compared = alternation(w("comparing_after"))
        against = (rf"(?:[{BASE_OPENINGS}]|[{COMPARED_WITH_OPENINGS}](?=(?:{scopes})(?:{compared})))"
                   rf"(?P<scope>{scopes})(?:{compared})?")
        self._gap_compare = re.compile(rf"{against}[^,;]{{0,16}}?(?P<dir>高|快|大|多|低|慢|小|少)出?{FILLER}$")
        # (农民人均可支配收入…,)高于全县平均水平(1360元), 比全市高出(15.7公斤): an amount's difference from the larger
        # region's, no amount of the thing itself
        self._gap_amount = re.compile(rf"(?P<cue>{alternation(w('gap_up') + w('gap_down'))})(?P<scope>{scopes})"
                                      rf"(?:平均水平)?$")
        # (小微企业贷款)增速比各项贷款(平均增速)高(4.2个百分点): a growth against another quantity's, no
        # earlier time (not 比上年, 比一季度, 比1-9月, 比去年同期) and no region (above); said with 快于 or 高于
        # (增速快于城镇居民…), the labels keep a change (kinds6, kinds15, kinds19)
        rates = alternation(w("increase_rate_nouns"))
        # (同比增长7.9%,)比各项贷款增速高(1.2个百分点): a clause opening with 比, the other's rate noun after it
        other = r"[^,;:。，；：、比于年季月期初底末前\d]{2,12}?的?(?:平均)?"
        self._gap_other = re.compile(
            rf"(?:(?:{rates})比{other}(?:{rates}|水平)?|(?:^|(?<=[,;，；]))比{other}(?:{rates}))(?:分别)?"
            rf"(?<![提加放增回上下])(?P<dir>[高快低慢])出?了?$")
        # (降幅)比全市(收窄1.2个百分点), (降幅)与全省相比(收窄…): a change of a decline's size measured against the
        # larger region's
        self._gap_resized = re.compile(rf"{against}$")
        # (全省5.5%), (全区增长4.5%), (全国同比增长5.2%): the larger region's figure, its change word repeated
        self._whole_in_brackets = re.compile(rf"{alternation(w('share'))}(?P<scope>{scopes})[^,;，；()]{{1,16}}\($")
        # 占一般公共预算支出(84.86亿元)(的10.3%): the whole a share is of, the region's own, its amount said aside
        # (not 占全省(7350亿元): the larger region's, read as its figure)
        self._own_whole_in_brackets = re.compile(rf"(?:{alternation(w('share'))})(?!{scopes})"
                                                 rf"(?P<whole>[\u4e00-\u9fff]{{2,16}})\($")
        self._parent_in_brackets = re.compile(rf"[{''.join(OPENING_BRACKETS)}](?P<scope>{scopes})"
                                              rf"(?:同比|比上年)?(?:{alternation(verbs + nouns)})?为?")
        # (包括村办工业为百分之六): the same measure over a wider or narrower coverage, in brackets after the figure
        self._coverage_in_brackets = re.compile(rf"[{''.join(OPENING_BRACKETS)}](?P<cover>"
                                                rf"(?:{alternation(w('coverage_words'))})[^()（）,;:。]{{1,12}}?)[为是]?")

    def read(self, text: str, clause_start: int, mention: Mention, previous: tuple[Mention, Reading] | None
             ) -> Reading | None:
        """The reading of `mention`; None when it is no observation (an increment such as 增加5亿元)."""
        clause_start = max(clause_start, mention.start - CUE_WINDOW)
        left = text[clause_start:mention.start]
        closed = text.startswith(CLOSING_BRACKETS, mention.end)  # (a figure in brackets: asked once, as most are not)
        if previous is not None and CONNECTOR.match(text[previous[0].end:mention.start]) and \
                (previous[0].dimension == mention.dimension
                 or (previous[1].pair_end is not None and not _relative(previous[0]) and not _relative(mention))):
            # 分别增长5%、6%; 分别从645元/月、4318元/年(提高到…): read like the first; 高于全国、全省1.1和0.5个百分点:
            # a gap with the region as far down their list as the figure is
            gap = last_match(self._gap_listed.finditer(left)) if previous[1].metric == "gap_pp" else None
            return replace(previous[1], scope=self._listed_scope(left, gap)) if gap else previous[1]
        if previous is not None and previous[1].rule == CUT_OBJECT and mention.dimension == "percent" and \
                (listed := LISTED_OBJECT.fullmatch(text, previous[0].end, mention.start)) is not None:
            return replace(previous[1], cue_start=listed.start("object"))  # 压减时间58%、材料52%: cut too
        if previous is not None and previous[0].dimension == mention.dimension and \
                (parent := self._parent_in_brackets.fullmatch(text, previous[0].end, mention.start)) and \
                closed:
            # 同比增长6.0%(全省5.5%): the larger region's figure of the same kind, beside the region's own
            return Reading("parent_in_brackets", previous[1].metric, previous[1].sign, parent.start("scope"),
                           parent.group("scope"), previous[1].basis)
        if previous is not None and previous[0].dimension == mention.dimension and \
                (cover := self._coverage_in_brackets.fullmatch(text, previous[0].end, mention.start)) and \
                closed and not self._cue_words.search(cover.group("cover")):
            # 平均每年增长百分之四(包括村办工业为百分之六): the figure before's measure, counted over another coverage
            # (not (不含房地产开发投资增长2.1%), a change of its own)
            return Reading("coverage_in_brackets", previous[1].metric, previous[1].sign, cover.start("cover"),
                           basis=previous[1].basis)
        if mention.dimension != "percent" and closed and \
                (whole := self._whole_in_brackets.search(left)) is not None:
            # 占全市城镇新增就业(14.82万人)的15.9%: the larger region's amount the share is of, said aside
            return Reading("parent_in_brackets", "level", 1, clause_start + whole.start("scope"), whole.group("scope"))
        if mention.dimension != "percent" and closed and \
                (own := self._own_whole_in_brackets.search(left)) is not None:
            # 付息支出占一般公共预算支出(84.86亿元)的10.3%: the amount of the whole the share is of, named by it
            return Reading("whole_in_brackets", "level", 1, clause_start + own.start("whole"))
        if mention.dimension == "percent" and closed and \
                (measured := self._compared_measure.search(left)) is not None:
            # 比全市地区生产总值增速(5.5%)高…: that quantity's growth, named by its words, of the region its scope
            # word names
            named = (clause_start + measured.start("measure"), clause_start + measured.end("measure"))
            return Reading("growth_compared_named", "growth", 1, named[0], measured.group("scope"), named=named)
        if mention.dimension == "percent" and closed and \
                (whole := self._compared_whole.search(left)) is not None:
            # 同比增长5.9%,比全市(5.3%)快0.6个百分点: the larger region's figure of the kind stated before (its sign
            # its own)
            # (比全国平均水平(2.68%)高…, after a ratio: the nation's ratio; the sentence's reading tells)
            metric = previous[1].metric if previous is not None and previous[1].metric in ("growth", "ratio") \
                else "growth"
            # (its cue the base's opening: 完成率比全市平均水平(76.5%), the subject ends before 比)
            return Reading("parent_compared_in_brackets", metric, 1, clause_start + whole.start(), whole.group("scope"))
        if previous is not None and previous[1].pair_end == "from":  # 由6%到5%: the figure reached
            first = previous[1]
            return replace(first, rule=first.rule.replace("_from", "_reached"), pair_end="reached",
                           cue_start=previous[0].end)
        m = self._from.search(left)
        if m is None and self._changed_to_after.match(text, mention.end) and \
                (measured := self._from_measured.search(left)) and \
                not TIME_IN_MEASURE.search(measured.group("measure")):
            m = measured  # (not 从上半年5.5%降到5.3%: a part of the year, the figure's own time)
        if m:
            return self._from_to("from", left, clause_start, mention, clause_start + m.start())
        m = self._reached.search(left) if self._reached_words.search(left) else None
        if m:
            return self._from_to("reached", left, clause_start, mention, clause_start + m.start())
        if mention.dimension == "percent" and left.endswith(BY_FIGURE) and self._ranked_after.match(text, mention.end):
            # 高明区以5.9%居各区第一: the place's growth, by which it ranks (not 以上, a bound: the mention's own)
            return Reading("growth_ranked", "growth", 1, mention.start - len(BY_FIGURE))
        if mention.dimension not in ("percent", "rate") and left.endswith(BY_FIGURE) and \
                self._ranked_amount_after.match(text, mention.end):
            # 莲都区以412.6亿元位居第一: the place's amount, by which it ranks
            return Reading("level_ranked", "level", 1, mention.start - len(BY_FIGURE))
        if mention.dimension == "percent" and self._rate_in_brackets(text, mention):
            return Reading("growth_in_brackets", "growth", 1, mention.start)
        if mention.dimension == "rate" and (changed := self._changed(left)) is not None and changed.group("base"):
            # 比上年下降1.2/10万, 较上年提高0.4‰: a change of the rate from a base, in points of its own unit (as
            # 下降0.4个千分点), no level
            return Reading("change_in_points", "change_pp", self._sign(changed), clause_start + changed.start())
        if mention.dimension == "rate" and self._cue_words.search(left):
            # 人口增长率为千分之十: a rate per mille is the rate's level; no amount grows by per mille
            return Reading("rate_in_permille", "ratio", 1, mention.start)
        if mention.dimension == "percent" and LISTED_ONLY.fullmatch(left) and \
                (rate := self._rate_before(text, clause_start)) is not None:
            return Reading("growth_rate_named", "growth", self._sign(rate), rate.start())
        if mention.dimension in ("percent", "rate"):
            return self._percent(text, left, clause_start, mention)
        if mention.dimension == "pp":
            return self._points(left, clause_start, mention, text)
        if mention.dimension == "multiple":
            m = self._changed(left)  # 增长2.4倍: a growth of 240%
            if m:
                return Reading("growth_multiple", "growth", self._sign(m), clause_start + m.start(), basis="multiple")
            base = self._times_of_base.search(left)  # 等于1949年的2.5倍: a growth of 150% since then
            return Reading("growth_times_base", "growth", 1, clause_start + base.start(),
                           basis="multiple") if base else None
        if "全" in left and ((m := self._gap_amount.search(left)) or (m := self._gap_compare.search(left))):
            # 比全县平均水平高出1360元, 低于全市1268元: how far the amount is from the region's, its size (as the labels
            # keep it), named for the region (…与全县差距)
            return Reading("level_gap", "level", 1, clause_start + m.start(), m.group("scope"))
        m = self._changed(left)
        if m:  # an increment (增加1207元): a level of its own, named for the change
            return Reading("level_increment", "level", self._sign(m), clause_start + m.start())
        cumulative = self._cumulative.search(left)
        return Reading("level", "level", 1, mention.start, basis="cumulative" if cumulative else None)

    def _from_to(self, end: str, left: str, base: int, mention: Mention, cue_start: int) -> Reading:
        """A figure a from–to pair starts from or reaches: a level, a ratio, or a share when the
        clause says of what (占全国比重由7.2%提升至7.4%)."""
        if mention.dimension not in ("percent", "rate"):
            return Reading(f"level_{end}", "level", 1, cue_start, pair_end=end)
        share = last_match(self._share.finditer(left))
        scope = (share and share.group("scope")) or self._scope_of_share(left, share)
        if scope is not None:
            return Reading(f"share_{end}", "share", 1, cue_start, scope, pair_end=end)
        # (民间投资增速达到5%以上、)民营经济增加值占GDP比重提高到43.5%: the list's item before has its own rate noun
        rate = last_match(self._rate_noun.finditer(left, left.rfind("、") + 1))
        if rate is not None and mention.dimension == "percent":  # 增速由5.2%回落至4.8%: a growth rate's
            return Reading(f"growth_{end}", "growth", self._sign(rate), cue_start, pair_end=end)
        return Reading(f"ratio_{end}", "ratio", 1, cue_start, pair_end=end)

    def _growth_shared(self, left: str, share: re.Match[str]) -> str | None:
        """对全市经济增长的贡献率达到25%: the share of a larger region's growth, the region after 对."""
        m = self._growth_of.search(left, 0, share.start())
        return m.group("scope") if m else None

    def _whole_said_before(self, left: str, share: re.Match[str]) -> str | None:
        """在全市城镇新增就业总量(40.36万人)中占7.7%: the scope of the whole named before 占."""
        m = self._whole_before.search(left, 0, share.start()) if share.group("scope") is None else None
        return m.group("scope") if m else None

    def _whole_clause_before(self, text: str, clause_start: int, left: str, share: re.Match[str]) -> str | None:
        """在全省常住人口2316.8万人中,(长春市占比39.29%): the scope of the whole a clause of its own named before, of
        a place's share (not 在全市规上工业企业中,国有企业占比…: a part of the whole, no place's)."""
        if not left.endswith(PLACE_ENDINGS, 0, share.start()):
            return None
        m = self._whole_clause.search(text, max(0, clause_start - CUE_WINDOW), clause_start)
        return m.group("scope") if m else None

    def _scope_of_share(self, left: str, share: re.Match[str] | None) -> str | None:
        """在全市占比, 在北方地区占比: the scope stands before 占比."""
        if share is None or not left.startswith("比", share.end()):
            return None
        scope = last_match(self.scope.finditer(left, 0, share.start()))
        if scope and len(scope.group(0)) == 1 and NAME_GOES_ON.search(left, 0, scope.start()):
            scope = None  # (长春)市占比: the end of a place's name, no scope
        if scope and (scope.end() == share.start() or left[:scope.start()].endswith(CLAUSE_OPENER)):
            return scope.group(0)  # (not the owner of the subject: 全区民营经济增加值占比 is the district's own)
        named = AREA_BEFORE_SHARE.search(left, 0, share.start())
        if named and PART_OF_WHOLE.search(left, 0, named.end("area")):
            return None  # 普通高校在校生中女生占比, 在园幼儿中公办园在园幼儿占比: 在 of a noun, after a whole's 中
        # (not 在电信业务收入中占比为14.6%: a whole quantity, of which the subject is a part, no area)
        return named.group("area") if named and not named.group("area").endswith(self._head_nouns) else None

    def _percent(self, text: str, left: str, base: int, mention: Mention) -> Reading | None:
        m = self._changed(left, bare=True)
        if m and m.group("base") in self._month_on_month:
            return None  # 环比增长0.62%: on the month before
        if m and m.group("base") is None and \
                self._earlier_point.search(left, max(0, m.start() - EARLIER_POINT_SPAN), m.start()):
            return None  # 比6月末增长1.6%: on a point earlier in the year
        if m:
            basis = "average" if m.group("base") in self._average else None
            if basis is None and SPAN_OF_YEARS.search(left, 0, m.start()):
                basis = "cumulative"  # 五年分别增长97.3%: over the whole stretch
            return Reading("growth", "growth", self._sign(m), base + m.start(), basis=basis)
        if (cut := self._cut.search(left)) is not None:
            return Reading("growth_of_cut_object", "growth", -1, base + cut.start())  # 压减时间58%: time falls 58%
        if MORE_THAN_MARK in left and (more := self._more_than.search(left)) is not None:
            return Reading("growth_more_than", "growth", self._more_than_words[more.group("cue")], base + more.start())
        share = last_match(self._share.finditer(left))
        if share is not None and FIGURE_SAID.search(BRACKETED_FIGURE.sub("", left[share.end():])):
            # 占全国九成以上、就地转化率达45%: the share has its figure; this one is the next subject's (not a whole's
            # level in brackets: 占全市城镇新增就业(14.82万人)的15.9%)
            share = None
        if share is not None:
            scope = share.group("scope") or self._scope_of_share(left, share) or self._growth_shared(left, share) \
                or self._whole_said_before(left, share) or self._whole_clause_before(text, base, left, share)
            if scope is not None:
                return Reading("share", "share", 1, base + share.start(), scope)
            return Reading("ratio_of_own_total", "ratio", 1, base + share.start())
        rate = last_match(self._rate_noun.finditer(left))
        if rate is not None:  # 增速稳定在10%左右: the percentage a rate noun names is a growth
            return Reading("growth_rate_named", "growth", self._sign(rate), base + rate.start())
        if mention.start < mention.number_start and text.startswith(WRITTEN_SIGNS, mention.start) and \
                not left.rstrip().endswith(self._rate_endings):
            # 工业投资 +11.2%, 房地产开发投资 -6.8%: a percentage signed as written, after a name and no cue, is a
            # change
            # (not after a rate's name, 利润率-2.1%, whose sign is its own)
            return Reading("growth_signed", "growth", 1, mention.start)
        return Reading("ratio", "ratio", 1, mention.start)

    def coverage(self, text: str, start: int, end: int) -> str:
        """The coverage words of a figure in brackets (包括村办工业 of (包括村办工业为百分之六)), from the bracket
        before `start` to `end`, where the figure begins."""
        m = self._coverage_in_brackets.fullmatch(text, start - 1, end)
        return m.group("cover") if m else ""

    def growth_shared_words(self, text: str, cue_start: int) -> str | None:
        """对世界经济增长 of 对世界经济增长贡献率超过30%: the larger region's growth a share is of (its
        contribution rate), when the share's cue (贡献) at `cue_start` closes such words."""
        if not text.startswith(CONTRIBUTION_CUE, cue_start):
            return None
        m = GROWTH_OF_ANY.search(text, max(0, cue_start - CUE_WINDOW), cue_start)
        return m.group(0).replace("的", "") if m else None

    def rate_noun_at(self, text: str, pos: int) -> str:
        """The rate noun at `pos` (增长率 of 人口增长率), or ''."""
        m = self._rate_noun.match(text, pos)
        return m.group(0) if m else ""

    def share_in_clause(self, text: str, pos: int) -> int | None:
        """Where the last share cue (占) of the clause before `pos` stands, if one does."""
        start = after_last(text, max(0, pos - CUE_WINDOW), pos, CLAUSE_ENDS)
        share = last_match(self._share.finditer(text, start, pos))
        return share.start() if share else None

    def _rate_before(self, text: str, clause_start: int) -> re.Match[str] | None:
        """The rate noun of the clause before, in the same sentence, with no figure after it: what a
        clause listing figures only is of (增速位居全市前三,分别为7.0%、6.8%)."""
        start = after_last(text, max(0, clause_start - CUE_WINDOW), clause_start, SENTENCE_ENDS)
        rate = last_match(self._rate_noun.finditer(text, start, clause_start))
        return rate if rate is not None and not FIGURE_SAID.search(text, rate.end(), clause_start) else None

    def _rate_in_brackets(self, text: str, mention: Mention) -> bool:
        """洞头区(10.2%)、龙湾区(9.1%)增速高于全市: a percentage in brackets after each name of a list that
        the clause then calls a rate is each name's growth."""
        if not in_brackets(text, mention.start, mention.end):
            return False
        rest = CLAUSE_REST.match(text, mention.end)
        return rest is not None and self._rate_noun.search(rest.group(0)) is not None

    def _listed_scope(self, left: str, gap: re.Match[str]) -> str:
        """The region a gap is with: of the regions listed together (分别高于全国、全省1.1和0.5个百分点), the one
        as far down the list as the figure is down the figures after it."""
        listed = [gap.group("scope")]
        at = gap.end("scope")
        while (more := self._scope_listed.match(left, at)) is not None:
            listed.append(more.group("scope"))
            at = more.end()
        figures = len(DIGITS.findall(left, at)) if len(listed) > 1 else 0
        return listed[figures] if figures < len(listed) else listed[0]

    def _decline_said_before(self, text: str, clause_start: int) -> bool:
        """Whether the last rate noun of the sentence before a clause that opens with a comparison names a decline
        (降幅最小,为1.6%,比全市平均水平小0.8个百分点: the decline is what is smaller; not …增速为3%,比全市…)."""
        before = text[after_last(text, 0, clause_start, SENTENCE_ENDS):clause_start]
        rate = last_match(self._rate_noun.finditer(before))
        return rate is not None and self._decline.fullmatch(rate.group("cue")) is not None

    def _points(self, left: str, base: int, mention: Mention, text: str) -> Reading:
        contribution = last_match(self._contribution.finditer(left))
        if contribution is not None:
            return Reading("contribution", "contribution", -1 if contribution.group("cue") in self._drag else 1,
                           base + contribution.start(), contribution.group("scope"))
        effect = self._effect.search(left)
        if effect is not None:  # 影响CPI总水平下降约(0.1个百分点): the component's contribution to the index, no scope
            return Reading("contribution", "contribution", -1 if effect.group("down") else 1, base + effect.start(),
                           None)
        m = self._gap.search(left)
        if m:  # 降幅小于全市3.4个百分点, 低于全省平均降幅2.1个百分点: a narrower decline (said in the gap's clause,
            # before the gap's words or after them) is a growth above the region's
            clause = after_last(left, 0, m.start(), CLAUSE_ENDS)
            sign = self._sign(m) * (-1 if self._decline.search(left, clause) else 1)
            return Reading("growth_gap", "gap_pp", sign, base + m.start(), self._listed_scope(left, m))
        if AVERAGE in left and (m := self._gap_named.search(left)) is not None and self.lex.regions.named(
                m.group("scope")):  # 增速高于甘肃省平均水平1.1个百分点: a gap to that place's average
            clause = after_last(left, 0, m.start(), CLAUSE_ENDS)
            sign = self._sign(m) * (-1 if self._decline.search(left, clause) else 1)
            return Reading("growth_gap", "gap_pp", sign, base + m.start(), m.group("scope"))
        m = self._gap_compare.search(left)
        if m:  # 降幅比全市大2.9个百分点: a wider decline is a growth below the region's
            clause = after_last(left, 0, m.start(), CLAUSE_ENDS)
            below = m.group("dir") in "低慢小少"
            declined = self._decline.search(left, clause, m.start()) is not None or (
                m.start() == 0 and self._decline_said_before(text, base))
            sign = (-1 if below else 1) * (-1 if declined else 1)
            return Reading("growth_gap_compared", "gap_pp", sign, base + m.start(), self._listed_scope(left, m))
        m = self._gap_other.search(left) if "比" in left else None
        if m:
            return Reading("growth_gap_other", "gap_pp", -1 if m.group("dir") in "低慢" else 1, base + m.start())
        m = self._changed(left)
        if m:  # 降幅收窄5.1个百分点: a decline that narrows is a rise of the rate
            sign = self._sign(m) * (-1 if self._decline.search(left, 0, m.start()) else 1)
            compared = self._gap_resized.search(left, 0, m.start())
            if compared is not None and self._decline.search(left, 0, compared.start()):
                # 降幅比全市收窄1.2个百分点: a fall narrower than the larger region's, a growth above it
                return Reading("growth_gap_compared", "gap_pp", sign, base + compared.start(), compared.group("scope"))
            return Reading("change_in_points", "change_pp", sign, base + m.start())
        m = COMPARED_BY.search(left)
        return Reading("points", "change_pp", -1 if m and "低" in (m.group("dir") or m.group("than")) else 1,
                       mention.start)

    def _changed(self, left: str, bare: bool = False) -> re.Match[str] | None:
        """The change (增长, 下降幅度 …) the words before a figure end with; or a base and one character of change
        (同比增, 比上年降), or with `bare` the base alone (同比-1.2%, 同比5.2%: a percentage's)."""
        m = self._change.search(left) if self._cue_words.search(left) else None
        # (a cue opening as a base does may end one: 同比增 is no 比增 after a 同 of the name)
        if (m is None or m.group("cue")[0] in BASE_OPENINGS) and \
                BASE_OPENING.search(left, max(0, len(left) - BASE_TAIL)) is not None:
            said = self._base_change.search(left, max(0, len(left) - BASE_TAIL))
            # (not 比上年的3.08‰, 较上年的92.4%: the base's own figure, the year before's level, no change)
            if said and (said.group("cue") or (bare and not said.group(0).endswith("的"))):
                return said
        return m

    def cut_object_start(self, text: str, cue_start: int) -> int:
        """Where the thing cut that a cut's cue at `cue_start` names begins: past its verb (压减时间), or at
        the cue itself when it is a thing cut listed after another (、材料)."""
        verb = self._cut_verb.match(text, cue_start)
        return verb.end() if verb else cue_start

    def _sign(self, m: re.Match[str]) -> int:
        cue = m.group("cue")
        return -1 if cue in self._down else 1


def after_last(text: str, start: int, end: int, marks: str) -> int:
    """Where the words after the last of `marks` in text[start:end] begin; `start` when none stands there."""
    return max([start, *(text.rfind(mark, start, end) + 1 for mark in marks)])


def in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] stands alone in brackets (洞头区(10.2%))."""
    return start > 0 and text[start - 1] in OPENING_BRACKETS and text[end:end + 1] in CLOSING_BRACKETS


def _relative(mention: Mention) -> bool:
    """A percentage, points or a multiple, as opposed to an amount or a count."""
    return mention.dimension in ("percent", "rate", "pp", "multiple")

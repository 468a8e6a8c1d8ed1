"""The cue words of the lexicon, compiled once per extractor into the patterns and word lists sentences are
read with, and the lookups every part of the extractor shares (a phrase's lexicon name, a list's names, the
sentence's last amount)."""

from __future__ import annotations

import re

from zhibiao.regions import NAME_LEVELS, Region

from .context import BY_PARTS_OPENINGS, cap_phrases
from .grammar import Grammar
from .items import INCREMENT, INCREMENT_IN_SERIES
from .lexicon import WHOLE, Lexicon, alternation
from .mentions import RANKING_WIDTH, MentionFinder
from .model import Observation
from .names import BULLETS, LIST_MARK, OF, STRETCH_YEARS, Namer
from .numerals import YEAR_NUMBER

ENUMERATION = re.compile(r"[、和及]")
MASK = str.maketrans("、和及与", "\x01\x02\x03\x04")  # separators inside a name that is no list
UNMASK = str.maketrans("\x01\x02\x03\x04", "、和及与")
YEARLY = "年"
STRETCH_BEFORE = re.compile(rf"{STRETCH_YEARS}(?:累计|共)?")  # 五年(全社会固定资产投资)
# 均/都: each of the names; not the 均 of an average (年均增长, 人均, 日均, 亩均: one figure of one name)
EACH = re.compile(r"(?<![年人平日月户亩地季周])均|都|双双|各(?=[为有]?[\d一二两三四五六七八九十])")
FLAT_COMPARERS = "与和同"  # what opens the base a figure is level with (与上年持平, 和全市持平)
TARGET_GAP_WIDTH = 24  # characters between a gap word and the target it names (低于《纲要》确定的…的目标)
# a county's or a district's own pages name it without its level's character (如东 of 如东县, 海门 of 海门区)
SHORT_NAMED_LEVELS = ("county", "district")
SHORT_NAMED_ENDINGS = "县区市旗"
# (住户贷款增加6874亿元,其中)短期贷款减少3215亿元: a fall among the increases the sentence lists, the increase negative
ECONOMY = "经济"  # the economy as growth words name it (对世界经济增长): the lexicon's name for it is its indicator
MONTH_ON_MONTH_MARK = "环比"  # in every month_on_month_leads
TEAM_OPENING = 16  # characters before a team's word in the sentence it opens (9月至10月,市人大常委会执法检查组)
TEAM_LED_OPENING = 60  # … and before a verb of leading it (根据…安排,9月下旬至10月中旬,常委会副主任×××带领调研组)


class Patterns:
    """The lexicon's cue words for one extractor, compiled once (the extractor's documents' own region decides
    which places are larger), and the lookups its parts share: the base of the extractor and of each of its parts
    (listing, places, plans)."""

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
        # 在汾渭平原11个城市中,(…排名第2): an area's places counted by their kind, the area the scope of the ranking
        # among them (not 在我省…, 在本市…: the document's own region, spoken of)
        peer_kinds = alternation(lex.words("rank_peer_groups") + lex.words("peer_places"))
        self.ranked_in_area = re.compile(rf"在(?![{''.join(lex.own_speakers)}])(?P<scope>[\u4e00-\u9fff]{{2,8}}?)"
                                         rf"(?:\d{{1,3}}|[一二三四五六七八九十两]{{1,3}})个?(?:{peer_kinds})中[,，]$")
        # 地级市, 设区市: a kind of peers ending in a one-character scope word, which is no scope there
        self.peer_groups_of_scope = tuple(g for g in lex.words("rank_peer_groups")
                                          if len(g) > 1 and g[-1] in lex.scope_index)
        own = self.own
        # (如东 for 如东县: a county's or a district's short name, when its name is not its own alias already)
        short = own.name[:-1] if own and own.level in SHORT_NAMED_LEVELS and len(own.name) > 2 \
            and own.name[-1] in SHORT_NAMED_ENDINGS and own.name[:-1] not in own.aliases else None
        self.namer = Namer(lex, self.regions, own.level if own else None, (short, own.name) if own and short else None)
        self.head_nouns = tuple(lex.words("head_nouns"))
        # A、B分别增长…, A、B、C依次为…, or said with a rank's verb (A、B分列第二、第三): the word giving the figures
        # after it one to each name before it
        self.respectively = re.compile(alternation([*lex.words("respectively_words"),
                                                    *lex.words("respective_rank_verbs")]))
        self.head_nouns_longest_first = sorted(self.head_nouns, key=len, reverse=True)
        self.benefit_verbs = tuple(lex.words("benefit_verbs"))
        self.funding_verbs = tuple(lex.words("funding_verbs"))  # (将用)三十亿元(建设职工住宅)
        # (产量将增长百分之五十以上)的有生铁、钢、…糖等十七种: the things a figure holds for, listed after it
        joins = alternation(lex.words("listed_after_joins"))
        self.listed_after_words = tuple(lex.words("listed_after_figure"))
        self.listed_after = re.compile(rf"(?:{alternation(self.listed_after_words)})"
                                       rf"(?P<list>[\u4e00-\u9fff]{{1,12}}(?:(?:、|{joins})[\u4e00-\u9fff]{{1,12}})+)")
        self.list_joins = re.compile(rf"、|{joins}")
        self.durations: dict[str, tuple[str, ...]] = {unit: tuple(words) for unit, words in
                                                      lex.cues["duration_units"].items()}
        # (企业开办全流程)压减至(0.5个工作日): a time a cut reached, measured though its name counts no time
        self.time_cut_to = re.compile(rf"(?:{alternation(lex.words('decrease_verbs'))})"
                                      rf"(?:{alternation(lex.words('reached_words'))})$")
        # (…统筹基金累计结余15.6亿元,)可支付(13.5个月): the measure of the thing the clause before gave an amount of
        self.measures_of_before: dict[str, str] = lex.cues["measures_of_the_thing_before"]
        self.rate_names: dict[str, str] = lex.cues["rate_names_of_bare_words"]  # 投资 (增长20%): 固定资产投资
        self.rate_names_not_after: tuple[str, ...] = tuple(lex.words("rate_names_not_after"))  # 完成(投资增长8%)
        self.shared_flow_verbs: tuple[str, ...] = tuple(lex.words("shared_flow_verbs"))  # 净增(A…、B…)
        # 新泰市、肥城市事故起数同比(分别下降…): a comparison's base closing a list before 分别, no part of its name;
        # (,)同比(分别增长…) alone: no list
        self.base_closing = re.compile(rf"(?:{alternation(lex.words('comparison_bases'))})$")
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
        # (稳增长惠民生27条、金融支持民营经济发展12条)等政策举措: counts in a list its closing 等 says are of measures
        # (新能源汽车)产销量: a compound no sum is made of, whose one figure is each part's
        self.compound_stated_each = re.compile(alternation(lex.words("compounds_stated_each")))
        self.measures_listed = re.compile(rf"[^,;:。，；：]*?等(?:{alternation(self.not_counted)})")
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
        # the words each of the patterns above a sentence is searched for opens with (a supposition, a concession,
        # foreign affairs, a treaty, a campaign, another country): a sentence holding none is searched no further
        self.sentence_cues = re.compile(alternation(
            lex.words("supposition_words") + lex.words("concession_words") + lex.words("result_openers")
            + lex.words("foreign_affairs_words")
            + lex.words("treaty_words") + lex.words("campaign_words") + lex.words("foreign_countries")))
        self.own_country = re.compile(alternation(lex.words("own_country_words")))
        # (全省, 我市, 本区: the document's own region, whose figures follow again)
        own_region = [opener + level for opener in lex.words("own_region_openers")
                      for level in lex.words("own_region_levels")]
        self.own_country_or_region = re.compile(alternation(lex.words("own_country_words") + own_region))
        self.partnership = re.compile(alternation(lex.words("trade_words") + lex.words("partnership_words")))
        self.not_consequence = tuple(lex.words("not_consequence_words"))
        self.result_opener = re.compile(alternation(lex.words("result_openers")))  # (多种…,)就能(增产十万吨食糖)
        self.alternative_openers = tuple(lex.words("alternative_openers"))  # (…,)或(三十个…电站)
        self.better = tuple(lex.words("gap_better"))
        # (not before 学: 残疾人大学生, 老年人大学 hold 人大 and name no legislature)
        self.bodies_work = re.compile(rf"(?:{alternation(lex.words('own_work_of_bodies'))})(?!学)")
        # (人大代表中女性比例, 政协委员中…占比: a share of the body's members, 中 after them and a ratio's word closing
        # the name, is its region's figure; not 人大代表建议办结率, 常委会组成人员出席率, the body's own work)
        shares = alternation(lex.words("ratio_words") + [w + "比" for w in lex.words("share")])
        self.members_share = re.compile(rf"(?:{alternation(lex.words('own_work_of_bodies'))})[^，,；;、]{{0,8}}中"
                                        rf"\S*(?:{shares})$")
        self.counted_measures = tuple(lex.words("counted_measures"))
        # … and their totals, as the measures (46个行政村集体经济收入总额; measure_total_suffixes)
        self.counted_measures_or_totals = (*self.counted_measures, *(
            measure + total for measure in self.counted_measures for total in lex.words("measure_total_suffixes")))
        self.size_measures = tuple(lex.words("size_measures"))
        # (8个)产业规模超千亿元: a count right before a subject, whose things each pass the bound after it
        counters = alternation(lex.words("generic_classifiers"))
        self.count_before = re.compile(rf"(?:\d+|[一二两三四五六七八九十百千]+)(?:{counters})$")
        # (1个)经济总量近千亿(的县市): the bound after such a measure, up to the end of its phrase, which names the
        # class of things a count right before counts (not the measure itself: a count is no amount of money)
        bounds = alternation([*lex.words("approx_before"), *lex.words("at_least_before"),
                              *lex.words("class_bounds_before")])
        self.size_bound_after = re.compile(rf"(?:{bounds})[^,，;；。、:：]{{1,12}}")
        # (两项指标)均(列全省第3位), (这两项)都(居…), (二者)均(…): as many quantities as the count, each one ranked
        self.quantities_counted = re.compile(
            rf"(?:这|以上|上述)?(?P<count>[两二三四五2-5])(?:{alternation(lex.words('counted_quantities'))})(?:{EACH.pattern})")
        # 312.46万头--这是前三季度全市生猪出栏数 (a dash as normalised): a figure alone, then the words naming it
        self.named_after_dash = tuple(dash + w for dash in ("--", "-") for w in lex.words("pointing_openings"))
        self.partners = lex.cues["partner_measures"]
        self.measure_parts = lex.cues["measure_parts"]
        self.measure_rates = lex.cues["measure_rates"]
        self.firm_kinds = tuple(lex.words("firm_kinds"))
        self.owner_heads = tuple(lex.words("owner_heads"))
        self.owned_measures = set(lex.words("owned_measures"))
        # (全市)小额贷款公司(注册资本…,)贷款余额(31.8亿元): the lender a sentence names, whose the balances named alone
        # after it are
        self.lender_kinds = re.compile(alternation(lex.words("lender_kinds")))
        self.lent_measures = frozenset(lex.words("lent_measures"))
        # 机械工业(…), 楼宇经济(加快发展): an industry or a part of the economy a clause opens with
        self.owner_opening = re.compile(rf"(?P<whose>[\u4e00-\u9fff]{{1,8}}?)(?P<head>{alternation(self.owner_heads)})")
        # (重点监测)景区(接待游客、经营收入): the things whose measures a list names, opening its first name
        self.list_owner_kinds = re.compile(alternation(lex.words("list_owner_kinds")))
        self.sizes = set(lex.words("size_dimensions"))
        self.one_character_products = set(lex.words("one_character_quantities"))  # (年产150万吨)钢(的钢铁联合企业)
        self.capacities = set(lex.words("capacity_dimensions"))
        # (吉化)120万吨乙烯转型升级项目, 60万吨赖氨酸等项目: a capacity, then what is made and the project it names
        self.capacity_project = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?等?(?:{alternation(lex.words('project_nouns'))})")
        self.capacity_built = tuple(lex.words("object_verbs") + lex.words("capacity_built_verbs"))
        # (桥头铝电50万吨绿电铝技改、…、青海广泰10万吨再生铝)等项目(建设): capacities in the names of the projects a
        # clause lists
        self.projects_listed = re.compile(rf"[^,;:。，；：]*?等(?:{alternation(lex.words('project_nouns'))})")
        # (实施全国新增)千亿斤粮食生产能力建设规划(。): a capacity in the name of a plan, which the plan's noun closes
        self.capacity_plan = re.compile(rf"[\u4e00-\u9fff]{{1,12}}?(?:{alternation(lex.words('plan_name_nouns'))})"
                                        r"(?=[,;:。，；：、]|$)")
        self.part_holders = tuple(lex.words("part_holders"))
        self.deductions = tuple(lex.words("deduction_words"))
        self.total_openings = tuple(lex.words("total_row_openings"))  # 全社会(研究与试验发展经费支出…): the whole's
        self.parts_of_year = tuple(lex.cues["spans"])
        # 对美国(,出口3.3万亿元): a clause of only the partner the next clause's trade is with (对外: outward, no one's)
        self.partner_leads = tuple(lex.words("partner_leads"))
        self.partner_clause = re.compile(rf"(?:{alternation(self.partner_leads)})(?!外)[\u4e00-\u9fff]{{2,6}}")
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
        teams = tuple(lex.words("inspection_teams"))
        # (whether a text names a team at all: one search takes half the time of a scan of the text for each word)
        self.team = re.compile(alternation(teams))
        # (a sentence opening with the team, after a time or its body's name at most - 9月至10月,市人大常委会执法检查组…
        # -, not with what it found: 调研组认为,全区经济运行总体平稳, nor a source: 据调研组的统计)
        # (nor a team a body sends, its verb's object: 累计派出检查组4862个,排查隐患6.82万项; team_sending_verbs)
        sent = "".join(f"(?<!{verb})" for verb in lex.words("team_sending_verbs"))
        # (派出督导检查组36个: a team of a kind, its verb a word or two before; a check after the pattern)
        self.team_senders = tuple(lex.words("team_sending_verbs"))
        # (…,常委会副主任×××带领调研组,…先后深入六个县(市、区)和十八个项目现场: a team its leader leads, further in)
        self.team_sentence = re.compile(rf"(?:^|(?<=[。\n]))(?:[^。\n]{{0,{TEAM_OPENING}}}?{sent}"
                                        rf"|[^。\n]{{0,{TEAM_LED_OPENING}}}?"
                                        rf"(?:{alternation(lex.words('team_leading_verbs'))}))"
                                        rf"(?P<team>{alternation(teams)})"
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
        # (棉花产量三千五百万担)的指标, (造林50万亩)的任务: the quota the amount is (quota_nouns)
        self.amount_target = re.compile(rf"的?(?:(?:{kinds}|年度)?(?:{targets})+(?:任务)?(?![\u4e00-\u9fff])|"
                                        rf"(?:{alternation(lex.words('quota_nouns'))})(?!体系))")
        self.completion_verbs = tuple(lex.words("completion_verbs"))
        self.ratio_names = tuple(lex.words("ratio_name_endings"))
        # (固定资产投资)未完成(5%左右的预期目标): a subject's target met or missed, the figure right after the verb
        self.target_met = re.compile(rf"(?P<denied>{alternation(lex.words('denials'))})?"
                                     rf"(?:{alternation(list(self.completion_verbs))})了?")
        # (低于年初预算)安排的(4%), (与年初)确定的(7%预期目标): a figure set as the target before
        self.target_set = re.compile(rf"(?:{alternation(lex.words('plan_stating_verbs'))})的$")
        # (比…下达的)年度目标（下降3.2%）, (高于)年度目标（6%）, 控制在年度增量目标(6万吨标准煤以内): a target written
        # right after its noun, in brackets (with its verb of change) or after a bound, beside the result its sentence
        # stated
        changes = alternation(lex.words("increase_verbs") + lex.words("decrease_verbs"))
        # (a bound that keeps the result within the target, not one it exceeds it by: 超计划19家, 超出计划300个)
        kept = alternation(lex.words("kept_within_verbs"))
        self.target_beside = re.compile(rf"(?:{targets})(?:任务)?[(（](?:{changes})?$"
                                        rf"|(?:{kept})[^,，;；。]{{0,8}}?(?:{targets})(?:任务)?$")
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
        self.plan_target = re.compile(alternation(w("target_nouns")))  # (one search, not a str scan for each noun)
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
        # (细颗粒物浓度, 业务收入, 风险准备金余额): what the name of a quantity ends with (not 提前, 民生保障)
        self.measure_names = tuple({*self.measure_endings, *lex.words("head_nouns"), *lex.words("counted_measures")})
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
        self.cap_before = cap_phrases(lex)  # 用水总量控制指标为17.80亿立方米: a cap set from above, right before it
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
        # (…年度目标(7500人))的(115.1%), 任务3000套(间)的(108.7%): the amount of a plan, then the ratio done of it (its
        # unit's other thing counted in brackets after it)
        self.plan_amount_after = re.compile(r"(?:[(（][\u4e00-\u9fff]{1,2}[)）])?[)）]?的\d")
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
        # (the group after a list, its count and kind to match the list's; the namer's places_counted is a count
        # alone standing for the places)
        place_kinds = alternation(sorted({ending for ending, _ in NAME_LEVELS}, key=len, reverse=True))
        self.listed_group = re.compile(rf"(?P<count>[一二两三四五六七八九十]|\d+)个?[\u4e00-\u9fff]{{0,4}}?"
                                       rf"(?P<kind>{place_kinds})+")
        # 三市, 16市中有12市: places counted right before a name, as a whole or among their peers
        counted_places = rf"(?:[一二两三四五六七八九十]+|\d+)个?(?:{place_kinds})"
        self.peers_counted = re.compile(rf"{counted_places}(?:中有?{counted_places})?")
        # (青岛、济南两市地区生产总值)合计, 占(全省的38.6%): the places' figure summed or a share of the whole, theirs
        # together, no one place's
        self.peers_summed = (*lex.words("total_row_labels"), "占")
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
        # 1-11月累计完成(32615.4万吨), 全年累计实现: a sentence opening with the total so far of what the one before
        # stated (for a part of the year), naming nothing after its verb
        spans = alternation(sorted(lex.cues["spans"], key=len, reverse=True))
        self.cumulative_opening = re.compile(
            rf"\s*(?:(?:\d{{1,2}}[-—–~至]\d{{1,2}}月份?|{spans})[,，]?)?(?:{alternation(lex.words('cumulative_words'))})"
            rf"(?:{alternation(lex.words('completion_verbs'))})(?=\d)")
        self.part_lead = re.compile(rf"\s*(?:{alternation(lex.words('part_leads'))})")  # 其中: a part of the topic
        # what the words opening a sentence as a lead (其中, 分区看, 分税种看, 从环比看, 从…第32位) open with: a
        # sentence opening with another character (past spaces) opens with none of them, whose patterns are not tried
        self.lead_openings = frozenset(BY_PARTS_OPENINGS).union(
            word[0] for key in ("breakdown_leads", "continuation_leads", "part_leads", "month_on_month_leads",
                                "from_words") for word in lex.words(key))
        # (the words alone, which the engine looks for by their first characters: part_lead, opening with \s*, is
        # tried whole at every character of a span it is searched in)
        self.part_lead_word = re.compile(alternation(lex.words("part_leads")))
        # (大幅度增加)全国教育支出(,其中中央财政支出…): the region's whole spending on a thing, a fund's part is of
        fund_measures = alternation(lex.words("fund_measures"))
        self.fund_part = re.compile(rf"(?:{alternation(lex.words('fund_owners'))})(?P<measure>{fund_measures})$")
        self.fund_owner_words = tuple(lex.words("fund_owners"))  # (全县财政支出: the fund's own, on no thing)
        self.whole_spent = re.compile(rf"{WHOLE}[\u4e00-\u9fff](?P<on>[\u4e00-\u9fff]{{2,6}}?)"
                                      rf"(?:{fund_measures})[,，]?\s*$")
        changes = alternation(lex.words("increase_verbs") + lex.words("decrease_verbs"))
        self.change_closing = re.compile(rf"(?:{changes})了?$")  # (城乡居民储蓄大幅度)增加(。)
        # the characters such a closing ends with (or the line break $ matches before): most sentences end otherwise
        self.change_closing_ends = frozenset(
            [*(word[-1] for word in lex.words("increase_verbs") + lex.words("decrease_verbs")), "了", "\n"])
        self.month_on_month = re.compile(rf"\s*(?:{alternation(lex.words('month_on_month_leads'))})")
        # …同比增长4.9%;从环比看,(规模以上工业增加值增长0.41%): the lead opening a clause, for the figures after it
        self.month_on_month_clause = re.compile(rf"[;；]{self.month_on_month.pattern}")
        # …价格环比下降0.5%,(其中鲜菜价格下降4.8%,猪肉价格下降1.8%): the parts of a change on the month before are
        # such changes too when it is the sentence's first change (not after 同比增长6.2%,当月环比增长0.5%,), unless a
        # comparison base is said after them (其中食品价格同比上涨…)
        self.change_word = re.compile(changes)
        self.month_on_month_parts = re.compile(rf"{MONTH_ON_MONTH_MARK}(?:{changes})[^,，;；。]*[,，;；]\s*"
                                               rf"(?P<part>{alternation(lex.words('part_leads'))})")
        self.comparison_base = re.compile(alternation(lex.words("comparison_bases")))
        # (与上月)持平, (与年度目标)持平: no change on the month before, a figure as planned: no year's growth
        self.flat_not_yearly = re.compile(rf"(?:{alternation(lex.words('month_on_month') + lex.words('target_nouns'))})"
                                          rf"(?:基本)?$")

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
            self.lex.canonical(name[len(opening):]) if name.startswith(self.total_openings) and (opening := next(
                word for word in self.total_openings if name.startswith(word))) else None) or (
            self.lex.canonical(name[stretch.end():]) if (stretch := STRETCH_BEFORE.match(name)) else None)
        return indicator.name if indicator else name

    def _money(self, unit: str) -> bool:
        return (self.lex.dimension(unit) or "").startswith("money")

    def _last_amount(self, out: list[Observation], unit: str, changes: bool = True) -> Observation | None:
        """The last amount of the sentence so far in the dimension of `unit`, or of its changes too (比上年增加2.3件)
        unless not `changes`."""
        dimension = self.lex.dimension(unit)
        return next((o for o in reversed(out) if o.metric == "level" and self.lex.dimension(o.unit) == dimension
                     and (changes or o.rule not in (INCREMENT, INCREMENT_IN_SERIES))), None)

    def _split(self, phrase: str, separators: re.Pattern[str], places: tuple[str, ...] = ()) -> list[str]:
        """The names a list holds; a name holding separators itself (交通运输、仓储和邮政业; of a list of places, a
        place's own, 和县 in 当涂县、含山县、和县) stays whole."""
        for whole, masked in self.whole_names:
            if whole in phrase:
                phrase = phrase.replace(whole, masked)
        for place in places:
            if place in phrase:
                phrase = phrase.replace(place, place.translate(MASK))
        return [part.translate(UNMASK) for part in separators.split(phrase) if part]

"""Figures measured against plans and targets: what a completion ratio completes, whose plan it is, a result's
gap to its target and an amount met as one."""

from __future__ import annotations

import re

from .context import Timing
from .items import INCREMENT, INCREMENT_IN_SERIES, CarriedSubject, Item
from .model import Observation
from .names import OF, Subject
from .patterns import TARGET_GAP_WIDTH, Patterns
from .tables import COMPLETION_RATE
from .units import to_base

BOUNDED = ("at_least", "approx")  # 超过, 近: how a bound that things reach is said (an exact figure is their total)
COUNT_BEFORE_WINDOW = 8  # how far before a subject its count may start (12个, 一百二十个)
ROUND_BOUND = re.compile(r"[1-9]0*")  # 百万, 千亿, 500亿: a bound is a round figure of one digit
TARGET_NAME_WIDTH = 8  # characters of a target's own name after them (规划目标任务)
COMPARED_TO_PLAN = "比"  # (利润收入)比(原计划增加了十分之一): a plan word after it is the base of a comparison


class Plans(Patterns):
    """The extractor's reading of plans, targets and completion."""

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

    def _untargeted(self, name: str) -> str:
        """A name without the target set for it that closes it (城镇新增就业的预期目标, 经济增长速度的宏观调控目标)."""
        if name.endswith(self.target_ends) and (of_target := self.target_named.search(name)) and of_target.start():
            return name[:of_target.start()]
        return name

    def _amount_met(self, norm: str, start: int, item: Item, out: list[Observation]) -> Subject | None:
        """An amount right before a target noun, in a clause that reports it met (超额完成区下达的3.2亿元目标任务): the
        target of the quantity the clause names right before its verb (细颗粒物浓度优于省下达的33微克/立方米目标), else
        of an amount the sentence stated in the same unit (not its change, 比上年增加2.3件), of the same year; else
        None."""
        if not self.amount_target.match(norm, item.end) or not any(verb in norm[start:item.start]
                                                                    for verb in self.completion_verbs):
            return None
        verb = max(norm.rfind(verb, start, item.start) for verb in self.completion_verbs)
        if verb > start and (own := self.namer.subject(norm, start, verb)) is not None and own.end == verb and \
                (own.name.endswith(self.measure_names) or self.lex.canonical(own.name)):
            return Subject(own.name, item.start, item.end, own.region)
        stated = self._last_amount(out, item.unit, changes=False)
        if stated is None or not stated.value:
            return None
        # a target the stated amount met or nearly met is of its order; a figure far from it is of something else
        ratio = to_base(item.value, item.unit, "level", self.lex)[0] / to_base(stated.value, stated.unit, "level",
                                                                               self.lex)[0]
        return Subject(stated.indicator, item.start, item.end, None) if 0.5 <= ratio <= 1.5 else None

    def _target_gap(self, norm: str, clause_start: int, item: Item) -> re.Match[str] | None:
        """The comparison with a target right before a figure (比规划目标低, 超出规划目标, 距离规划目标还差), within its
        clause, or None."""
        start = min(clause_start, max(0, item.start - TARGET_GAP_WIDTH - TARGET_NAME_WIDTH))
        # (低于…的年均增长7%左右的目标: back past the target's own figure)
        if not self.plan_target.search(norm, start, item.start):
            return None  # (most clauses name no target: one search for its nouns instead of the pattern)
        return self.target_gap.search(norm[start:item.start])

    def _over_stretch(self, text: str, item: Item, name: str, timing: Timing) -> str | None:
        """A growth in a review of several years that names no year of its own (这五年,…进出口总值翻番,
        一般公共预算收入增长40%) is over the whole stretch, never one year's; so is a change planned for
        a year after the one planned (“十三五”…单位国内生产总值能耗下降15%), but not a rate to keep
        (增速保持在8%: each year's), and a flow so planned (城镇新增就业5000万人以上)."""
        if timing.stretch <= 1:
            return None
        if item.metric == "level":  # (an increase, 增加333亿元, is a flow too; the name's words asked of a target only)
            return "cumulative" if timing.is_target and (item.rule in (INCREMENT, INCREMENT_IN_SERIES) or any(
                word in name for word in self.flow_words)) else None
        if item.metric != "growth" or (timing.is_target and self.grammar.rate_noun_at(text, item.cue_start)):
            return None
        return "cumulative"

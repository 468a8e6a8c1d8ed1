"""Figures said of several things at once: the names of the things a clause lists, shares a word among or
counts, each given its own figure."""

from __future__ import annotations

import re
from itertools import pairwise

from .items import GAP_AMOUNT, INCREMENT, INCREMENT_IN_SERIES, CarriedSubject, Item
from .model import Observation
from .names import EDGE as EDGE_CHARS
from .names import OF, RATE, Subject
from .numerals import parse_chinese
from .patterns import EACH, ENUMERATION, Patterns

LISTED = re.compile(r"[、和及与]")  # between two figures listed together
# 投资总量、增量全市第一; 游客人数、旅游收入均增长10%: one figure for each name of a list. 及 joins
# one name (营商环境及信用体系); 和 only between aspects (总量和增速均居全国第5位).
SHARED = re.compile(r"、")
JOINED = "和"  # (国内生产总值)和(城乡居民人均收入翻一番): between two names of a rate, after a known indicator
RATE_NAME = "增速"  # what a rank of a growth names its indicator with (地区生产总值增速)
ASPECTS_JOINED = re.compile(r"^(?P<a>[\u4e00-\u9fff]{2,3})和(?P<b>[\u4e00-\u9fff]{2,3})$")
SUMMED = "合计"
CLAUSE_BREAKS = ",，;；:：。!！?？\n"  # (before a clause)
EXAMPLES = "等"  # (A、B)等(X): examples of X
EACH_KIND = re.compile(r"各[项类种]")  # (A、B等)各项(开支): each of the kinds of things the examples are
NAMED_AFTER = "的是"  # (增速居前三位)的是(A、B和C): the places a clause names after what it says of them
# (稀土化合物、功能材料、煤制烯烃)等80多种(产品产能全国第一): examples, then how many things of their kind
EXAMPLES_COUNTED = re.compile(r"(?P<list>[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+)等"
                              r"(?:\d+|[一二两三四五六七八九十百]+)多?[种类个项]$")
EXAMPLES_CLOSED = "种类个项"  # what such a count ends in
EXAMPLES_WINDOW = 64  # the most characters such a list and its count take
LIST_COUNTED = re.compile(r"等?(?P<count>[一二两三四五六七八九十百千]+[\u4e00-\u9fff])$")  # (…、糖)等十七种: how many
ORDINAL_DIGITS = set("一二三四五六七八九十")  # 一、二、三产业增加值: ordinals sharing one name
CONTRIBUTION_RATE = "贡献率"
PARALLEL_WORD = 2  # characters of the parallel words a list's names open with (炼铁、炼钢)
MIN_SHARED_WORD = 2  # characters of the word a list's last name and the topic share (居民)


def _after_shared_ending(part: str, last: str) -> str:
    """What follows, in the last name of a list, the word its names end in: 城市生活垃圾和建筑垃圾利用率 ->
    利用率 (城市生活垃圾利用率), 铁路、高速公路运营里程 -> 运营里程; "" when the last name holds no such ending."""
    at = last.find(part[-1])
    return last[at + 1:] if 0 < at < len(last) - 2 else ""


def _parallel_tail(part: str, last: str) -> str:
    """What follows, in the last name of a list, a word of two characters opening like `part` (炼铁、炼钢先进产能占比:
    先进产能占比 after 炼钢, of 炼铁 too): the parts are of one form, and the rest is shared; "" otherwise."""
    if len(part) == PARALLEL_WORD and len(last) > PARALLEL_WORD + 1 and last[0] == part[0] and last[1] != part[1]:
        return last[PARALLEL_WORD:]
    return ""


class Listing(Patterns):
    """The extractor's reading of lists: the names each figure of a clause goes to."""

    def _enumerated(self, norm: str, cs: int, items: list[Item], carried: CarriedSubject, named_so_far: list[str],
                    stated_before: list[Observation], topic: Subject | None = None
                    ) -> list[tuple[str, str | None]] | None:
        """"A、B分别增长5%、6%" (or without 分别, "A、B增长5%和6%"): the i-th figure is about the i-th
        name; "霞山区、赤坎区(地区生产总值)分别增长5.6%、4.2%": about the i-th region (name, region); with no
        names in the clause, about the indicators the sentence named last, in order, or the places its last clause
        of figures stated them of (`stated_before`)."""
        if len(items) < 2:
            return None
        if self.respectively.search(norm, cs, items[-1].end) is None:
            # without 分别, only figures listed together (增长9.8%和8.5%) go one to each name
            if not all(LISTED.fullmatch(norm, a.end, b.start) for a, b in pairwise(items)):
                return None
            words = norm[self.namer.skip_leading_words(norm, cs, items[0].start):items[0].cue_start]
            if (again := self._places_again(words, items, stated_before)) is not None:
                return again  # (A、B…分别增长13.6%、12.9%,)增幅居全市第一、第二位: the same places, in order
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

    def _places_again(self, listed: str, items: list[Item], stated_before: list[Observation]
                      ) -> list[tuple[str, str | None]] | None:
        """(雨山区、花山区…分别达到96.4亿元和78.2亿元,)增速分别为(13.2%和10.5%): words naming nothing or only a rate
        before as many figures as the clause of figures before stated for as many places go one to each place again,
        in order, of the quantity each was stated of (its rate for a rank); None otherwise."""
        if not (not listed.strip(EDGE_CHARS) or self.namer.names_only_a_rate(listed)) \
                or len(stated_before) != len(items) \
                or len({o.named_region for o in stated_before} - {None}) != len(items):
            return None
        return [(o.indicator + (RATE_NAME if item.metric == "rank" and listed.strip(EDGE_CHARS) else ""),
                 o.named_region) for o, item in zip(stated_before, items, strict=True)]

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
        each_word = self.respectively.search(norm, cs, items[-1].end)
        each = each_word.start() if each_word else -1
        listed = norm[opening:each]
        if (base := self.base_closing.search(listed)) is not None:
            # (新泰市、肥城市事故起数)同比分别下降…: the base closes no name; (京山市、沙洋县分别接待游客…,)同比分别
            # 增长…: a comparison's base alone, no list of its own
            listed = listed[:base.start()]
        if not listed.strip(EDGE_CHARS) and carried.get() is not None and (places := self._places_said_of(
                norm, cs, len(items), carried.clause[1] if carried.clause is not None else 0)):
            # (全市PM2.5平均浓度同比下降,)黄骅市、泊头市降幅最大,分别下降…: a clause between, without figures, lists the
            # places and says how they stand (no quantity); the figures are of the subject carried
            return [(carried.get().name, region) for region in places]
        if not listed.strip(EDGE_CHARS) and carried.get() is not None and carried.clause is not None:
            # 洛龙区、孟津区投资增速较快,分别增长…: the clause before lists them, up to its subject's end
            start = self.namer.skip_leading_words(norm, *carried.clause)
            listed = norm[start:carried.current().end]
            if (named_after := norm.rfind(NAMED_AFTER, carried.current().end, carried.clause[1])) >= 0:
                # 规上工业增加值增速居前三位的是A、B和C,分别增长…: the places the clause names after its subject
                listed = norm[named_after + len(NAMED_AFTER):carried.clause[1]]
        elif (again := self._places_again(listed, items, stated_before)) is not None:
            return again
        split: list[tuple[str | None, str]] = []
        for separators in (ENUMERATION, SHARED):  # (任泽区、南和区: 和 inside a place's name, 、 between places)
            whole = self.namer.places_holding_separators  # (和县: its 和 no edge to strip)
            parts = [p if p in whole else p.strip(EDGE_CHARS) for p in self._split(listed, separators, whole)]
            split = [self.namer.split_region(p, zones=True) for p in parts if p]
            if (len(split) == len(items) or _in_runs(len(split), items)) and \
                    all(region is not None for region, _ in split):
                break
        else:
            return None
        # (文登区、乳山市分别以176.3亿元、142.8亿元居第二、第三位: the places again for each run of figures)
        split = split * (len(items) // len(split))
        last = split[-1][1] or next((rest for _, rest in split if rest), "")
        named = self.namer.without_rate(last)
        rate_alone = named == last and self.namer.ends_with_rate(last)  # 武安市、永年区增速分别…: whose rate
        if not named and not rate_alone and (after := self.namer.subject(norm, each_word.end() if each_word else 1,
                                                                          items[0].cue_start)):
            named = after.name  # 京山市、沙洋县分别接待游客…: the quantity named after 分别, before the figures
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

    def _places_said_of(self, norm: str, cs: int, count: int, subject_end: int) -> list[str] | None:
        """The `count` places the clause right before the one at `cs` opens with, when it holds no figure (黄骅市、
        泊头市降幅最大) and is not the clause that named the subject carried (ending at `subject_end`: 洛龙区、
        孟津区投资增速较快 names its own); else None."""
        after = max(norm.rfind(c, 0, cs - 1) for c in CLAUSE_BREAKS) + 1  # (-1 for none: the text's start)
        between = norm[after:cs].strip(EDGE_CHARS)
        if not between or after < subject_end or any(c.isdigit() for c in between):
            return None
        start = self.namer.skip_leading_words(norm, after, cs)  # past 其中
        whole = self.namer.places_holding_separators
        parts = [p if p in whole else p.strip(EDGE_CHARS) for p in self._split(norm[start:cs], ENUMERATION, whole)]
        split = [self.namer.split_region(p, zones=True) for p in parts if p]
        if len(split) != count or any(region is None for region, _ in split) or any(rest for _, rest in split[:-1]):
            return None
        return [region for region, _ in split]

    def _names_listed(self, norm: str, first: Subject, items: list[Item]) -> list[str] | None:
        """The names the clause's subject `first` lists, one per figure, or None. Figures of from–to
        pairs (A、B分别由x、y提高到u、v) go one to each name twice: the starts, then the ends."""
        ends = [item.pair_end for item in items]
        pairs = ends.count("from") == ends.count("reached") == len(items) / 2
        count = len(items) // 2 if pairs else len(items)
        parts = self._split(first.name, ENUMERATION)
        respectively = (m.start() if (m := self.respectively.search(norm, first.start, items[0].cue_start)) else -1)
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
        if (owned := self._owner_shared(parts)) is not None:
            return owned
        if len(parts) == 2 and not self.lex.canonical(last) and len(first) > len(last) and \
                self.lex.canonical(shared := first[: len(first) - len(last)] + last):
            return [first, shared]  # 地方财政收入、支出: the head of the first name is the second's too
        # (全县第一、二、三产业: the first keeps its 第, after the words before it)
        ordinals = [parts[0][-1:] if parts[0][-2:-1] == "第" else parts[0], *parts[1:-1]]
        if all(part in ORDINAL_DIGITS for part in ordinals) and last[:1] in ORDINAL_DIGITS:
            return [f"第{part}{last[1:]}" for part in ordinals] + [f"第{last}"]  # 一、二、三产业: 第一产业…
        # (淀粉及淀粉制品、炒货食品及坚果制品不合格率: the last name opens with a name holding separators
        # (names_holding_separators); what follows it is the list's shared measure, not what follows the first
        # character a part ends with)
        whole = next((w for w, _ in self.whole_names if last.startswith(w) and len(last) > len(w)), None)
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
            if whole is not None:
                out.append(part + last[len(whole):])
                continue
            heads = [last[i:] for i in range(1, len(last))]
            known = next((h for h in heads if self.lex.canonical(part + h)), None)
            # the longest tail opening with a head noun: 文化、旅游产业增加值 -> 文化产业增加值
            noun = next((h for h in heads if h.startswith(self.head_nouns) and not part.endswith(h)), None)
            # (城镇、农村居民恩格尔系数: 城镇居民恩格尔系数, as 农村's, when no known name is made)
            sibling = self._sibling_tail(part, last)
            parallel = _parallel_tail(part, last)
            if not noun or len(parallel) == len(noun) + 1:
                # (only before a head noun, and not one character before it, which ends a longer word: 铁路、铁矿石运量)
                parallel = ""
            out.append(part + (known or sibling or parallel or noun
                               or _after_shared_ending(part, last) or self._measure_tail(part, last)))
        return [*out, last]

    def _owner_shared(self, parts: list[str]) -> list[str] | None:
        """重点景区接待游客、门票收入; 规上工业企业营业收入、利润总额: the first name opens with the things (a kind of
        firm or place, list_owner_kinds) whose measures the list names, its own measure after them, and the names after
        it are measures alone: each is theirs (重点景区门票收入); None otherwise."""
        first = parts[0]
        kind = next((m for m in self.list_owner_kinds.finditer(first)
                     if len(first) - m.end() >= MIN_SHARED_WORD), None)
        if kind is None or not all(part.endswith(self.head_nouns) and not self.list_owner_kinds.search(part)
                                   and not self.lex.canonical(part) for part in parts[1:]):
            return None
        owner = first[: kind.end()]
        return [first, *(owner + part for part in parts[1:])]

    def _sibling_tail(self, part: str, last: str) -> str | None:
        """What follows, in the last name of a list, the other part of a compound name that `part` is one of
        (城镇、农村居民人均消费支出: 居民人均消费支出 after 农村, of 城乡; compound_names), the longest form of the
        other part first (城镇、农村牧区居民…: 居民… after 农村牧区, not 牧区居民…; compound_part_forms), or None."""
        forms = self.lex.cues["compound_part_forms"]
        for split in self.lex.cues["compound_names"].values():
            own = next((s for s in split if part == s or part in forms.get(s, ())), None)
            if own is not None:
                siblings = sorted((f for s in split if s != own for f in (s, *forms.get(s, ()))), key=len,
                                  reverse=True)
                sibling = next((s for s in siblings if last.startswith(s) and len(last) > len(s)), None)
                if sibling is not None:
                    return last[len(sibling):]
        return None

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
        if item.rule in (INCREMENT, INCREMENT_IN_SERIES, GAP_AMOUNT):
            # 增加1207元: 农民人均收入增加额; (城镇、农村居民…)分别增加…: each one's; in a series a fall is a negative
            # 增加额
            owner = self._canonical(enumerated) if enumerated else subject.name
            if item.rule == GAP_AMOUNT:  # 比全县高出1360元: the difference from the region's amount
                return [owner + self.lex.cues["increment_names"]["gap"].format(scope=item.scope_word or "")]
            up = item.value >= 0 or item.rule == INCREMENT_IN_SERIES
            return [owner + self.lex.cues["increment_names"]["up" if up else "down"]]
        if enumerated:  # (分别增长6%、5%,分别居全国第二、第七: the growth rates are ranked)
            rated = of_rate and not local and not enumerated.endswith(RATE_NAME)
            if item.rule == "ratio_of_own_total":
                # 炼铁、炼钢先进产能占比分别达到…: each one's ratio of its total, named as one (炼铁先进产能占比)
                return [self.namer.of_total(norm, Subject(self._canonical(enumerated), subject.start, subject.end,
                                                          subject.region), item.start)]
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
        each = EACH.search(norm, subject.end, item.start + 1) is not None or (
            (examples := subject.name.find(EXAMPLES)) > 0 and EACH_KIND.match(subject.name, examples + 1) is not None)
        # (…等各项开支: each item's)
        # (新能源汽车)产销量(占全球比重超过60%): a compound no sum is made of, its one figure each part's
        each = each or (not self.lex.canonical(subject.name) and
                        self.compound_stated_each.search(subject.name) is not None)
        if norm.find("“", subject.start, subject.end) >= 0 and not (each and self._quoted_items(norm, subject)):
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
        if norm.find(SUMMED, subject.start, item.cue_start) >= 0:
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
        if examples > 0 and EACH_KIND.match(kind):
            return self._split(name[:examples], ENUMERATION)  # 行政费、事业费和管理费等各项开支: each item of them
        measure = kind[kind.rfind(OF) + 1:] if OF in kind else self._head_noun(kind) or ""
        if examples < 0 or not measure.endswith(self.head_nouns):
            return None
        return [part + measure for part in self._split(name[:examples], SHARED)]

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
        # (most figures are followed by none of the words: one test of them before the pattern)
        after = self.listed_after.match(norm, item.end) if norm.startswith(self.listed_after_words, item.end) else None
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


def _in_runs(count: int, items: list[Item]) -> bool:
    """Whether the figures after 分别 come in runs of `count`, one to each place listed, each run of one metric
    (分别以176.3亿元、142.8亿元居第二、第三位: the amounts, then the ranks)."""
    return count >= 2 and len(items) > count and len(items) % count == 0 and \
        all(len({item.metric for item in items[k:k + count]}) == 1 for k in range(0, len(items), count))

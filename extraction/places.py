"""The places figures are of: the region a clause names, a place listed or ranked, the peers of a rank and
the scope of a comparison."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from .grammar import CUE_WINDOW, after_last
from .items import Item
from .lexicon import WHOLE, alternation, last_match
from .mentions import RANKING_WIDTH, RankMention, scope_word_names
from .model import Observation
from .names import EACH_OF, LIST_MARK, Subject
from .names import EDGE as EDGE_CHARS
from .numerals import parse_chinese
from .patterns import EACH, ENUMERATION, Patterns
from .structure import SENTENCE_CLOSERS, Sentence

CLAUSE_OPENERS = frozenset(",，;；:：。！？!?")  # what stands before a word opening a clause (英国早在…)
RANKING = "排名"
RANK_FROM, RANK_REACHED = "rank_from", "rank_reached"  # the rules of a moved rank's two ends (由第6位上升至第5位)
SCOPE_CODES = {"district": "district", "county": "county", "city": "city", "province": "province", "nation": "nation"}
OWN_SPEAKER = (WHOLE, "我", "本")  # 全区, 我区, 本区: before its level's word, the document's own region
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办公室)")  # (市)商务局, (县)发改委: a department
PLACE_IS = "为"  # (宽城区)为(4.9%), (宽城区)则为, 也为: a place's figure like the one before it
PLACE_IS_ADVERBS = "则也"
PLACE_METRICS = ("growth", "share", "ratio")  # what a place's bare percentage goes on with


class Places(Patterns):
    """The extractor's reading of places, ranks among peers and scopes."""

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

    def _places_listed(self, norm: str, start: int, subject: Subject, item: Item) -> list[tuple[str, int]] | None:
        """The places a list right before the subject's own place names with it (内江、眉山、自贡、遂宁经济总量), in
        order, each with where its name starts, when the figure is each one's: a rate, a rank, or a bound each passes
        (突破2000亿元) or 均; an exact amount or a share of a list of places is their sum. A list counted as one group
        right after it (滑县、内黄县、汤阴县三个产粮大县粮食产量) states the group's figure: one place, the list, where
        its first name starts. None when no list of places opens the subject."""
        each = norm.startswith(EACH_OF, subject.start - len(EACH_OF))  # (A和B各新增…: the name after 各)
        at = subject.start - len(subject.region or "") - (len(EACH_OF) if each else 0)
        if at <= start or norm[at - 1] not in "、和" or not norm.startswith(subject.region or "", at):
            return None  # (most subjects: one test of the character before the place)
        group = self.listed_group.match(norm, subject.start)
        summed = item.metric in ("level", "share", "contribution") and item.qualifier != "at_least" and \
            not each and EACH.search(norm, subject.end, item.start + 1) is None  # (a sum of the places' figures)
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
        whole = self.namer.places_holding_separators  # (和县: its 和 no edge to strip)
        parts = [p if p in whole else p.strip(EDGE_CHARS) for p in self._split(norm[opening:end], ENUMERATION, whole)]
        places = [region for region, rest in (self.namer.split_region(p, zones=zones) for p in parts)
                  if region and not rest]
        if not places or len(places) != len(parts):
            return None
        found, pos = [], opening
        for place in places:
            pos = norm.index(place, pos)
            found.append((place, pos))
        return found

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

    def _scope_before(self, norm: str, cs: int, rank: RankMention) -> str | None:
        # (not the 市 of 如皋市居第8位: a one-character scope word ending a place's name)
        # (nor the 市 of 在全省16个地级市中…位居第三: a kind of peers, after the scope)
        scope = last_match(m for m in self.grammar.scope.finditer(norm, max(cs, rank.start - CUE_WINDOW), rank.start)
                           if len(m.group(0)) > 1 or not (scope_word_names(self.lex, norm, m.start(), m.end()) or
                                                          norm.endswith(self.peer_groups_of_scope, 0, m.end())))
        if scope is None:  # (经济总量在全国的位次前移1位,)居第7位: the peers a clause before named the standing among
            start = after_last(norm, max(0, cs - CUE_WINDOW), cs, SENTENCE_CLOSERS + ";\n")
            standing = last_match(self.standing_among.finditer(norm, start, cs))
            scope = self.grammar.scope.match(norm, standing.start()) if standing else None
            if scope is None and norm.endswith("中", 0, cs - 1) and (
                    (ranking := self.ranked_in.search(norm, start, cs)) or
                    (ranking := self.ranked_in_area.search(norm, start, cs))):
                return ranking.group("scope")
            if scope is None and (self._nation_ranking.search(norm, cs, rank.start) or (
                    norm.endswith("中", 0, cs - 1) and self._nation_ranking.search(norm, start, cs - 1))):
                return next(word for word, scope in self.lex.scope_index.items() if scope == "nation")
        return scope.group(0) if scope else None

    @cached_property
    def _nation_ranking(self) -> re.Pattern[str]:
        """(在商务部)国家级(经开区综合发展水平考核评价中)位列第18位, 在国家综合测评中位列第一: a ranking the nation's
        government runs (nation_ranking_marks), of peers across the nation, named in the rank's clause or closing the
        clause before it."""
        marks = alternation(self.lex.words("nation_ranking_marks"))
        other = rf"[^,，;；。在]{{0,{RANKING_WIDTH}}}?"
        return re.compile(rf"在{other}(?:{marks}){other}中$")

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
        ratio of the region's own total — unless the subject names a region of its own (成都占全省) or counts
        the document's places standing for them (两区, 三个街道)."""
        if self.own is None or scope_word is None or self.lex.scope_index.get(scope_word) not in SCOPE_CODES:
            return False
        return scope_word.endswith(self.own.name[-1]) and (
            subject.region is None or self._named_region(subject.region) is None) and \
            self.namer.places_counted.fullmatch(subject.name) is None

    def _part_opening(self, norm: str, start: int, end: int) -> str | None:
        """The district or county of a city's (or a county's) page that a clause of no figure opens with (达坂城区受订单
        减少影响,): the topic of the sentence's figures after it. Not in a province's report, where a city opens
        clauses on what is built there (崇左至凭祥铁路建成通车,新增高铁运营里程81公里 is the province's)."""
        if self.own is None or self.own.level in ("province", "nation"):
            return None
        place = self.namer.place_opening(norm, start, end)
        part = self.regions.inside.get(place) if place else None
        return place if part is not None and part.parent == self.own.code else None

    def _place_whole(self, scope_word: str | None, subject: Subject) -> bool:
        """Whether a share's whole is the subject's own place, named by its level (头屯河区…占全区GDP的比重 in a
        city's page: the district's own total, not the city's; but a county-level city's 占全市 is the city's)."""
        place = self.regions.inside.get(subject.region) if subject.region and scope_word else None
        return place is not None and place.level == self.lex.scope_index.get(scope_word or "")

    def _named_region(self, region: str) -> str | None:
        """The region as the text names it (成都), unless that is the document's own; an area no reference lists
        (东部地区) is never the document's, also when its region is unknown (the nation's releases)."""
        found = self.regions.inside.get(region)
        if found is None and self.own is not None and region == self.own.name:
            return None  # (章华镇 in 章华镇's own summary: a place no reference lists, the document's own)
        return region if found is None or found != self.own else None

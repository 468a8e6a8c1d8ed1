"""Text in, observations out: the one entry point of the extraction package."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .context import TimeContext, Timing
from .grammar import Grammar, Reading
from .lexicon import Lexicon, load_lexicon
from .mentions import Mention, MentionFinder, RankMention
from .model import SCOPED_METRICS, DocumentMeta, Observation
from .names import Namer, Subject
from .normalize import normalise
from .structure import QuoteIndex, Sentence, sections, sentences

FLAT = re.compile(r"(?<!保)(?P<approx>基本)?持平(?![稳衡])")
ENUMERATION = re.compile(r"[、和及]")
SHARED_RANK = re.compile(r"、")  # 投资总量、增量全市第一; 及 joins one name (营商环境及信用体系)
SCOPE_CODES = {"city": "city", "province": "province", "nation": "nation"}


@dataclass(frozen=True)
class Item:
    """One figure in a clause, with what makes it the metric it is."""

    start: int
    end: int
    cue_start: int
    metric: str
    value: float
    unit: str
    qualifier: str
    scope_word: str | None = None
    value_high: float | None = None
    mention: Mention | None = None


class CarriedSubject:
    """The subject a figure without one of its own is about: the latest clause of the sentence
    that names one. Clauses without figures (mostly prose) are named only when a figure needs
    them, which is most of the saving on long speeches."""

    def __init__(self, namer: Namer, norm: str) -> None:
        self._namer, self._norm = namer, norm
        self._subject: Subject | None = None
        self._pending: list[tuple[int, int]] = []  # figure-less clauses since the subject was set

    def offer(self, start: int, end: int) -> None:
        self._pending.append((start, end))

    def set(self, subject: Subject) -> None:
        self._subject = subject
        self._pending.clear()

    def get(self) -> Subject | None:
        for start, end in reversed(self._pending):
            named = self._namer.subject(self._norm, start, end)
            if named is not None:
                self._subject = named
                break
        self._pending.clear()
        return self._subject


class Extractor:
    """The extractor for documents of one region (a code, or None when unknown): the region
    names their text may use follow from it."""

    def __init__(self, lex: Lexicon, region: str | None = None) -> None:
        self.lex = lex
        self.own = lex.regions.get(region)
        self.regions = lex.regions.vocabulary(region)
        self.finder = MentionFinder(lex, self.regions.larger)
        self.grammar = Grammar(lex, self.regions.larger)
        self.namer = Namer(lex, self.regions)

    def extract(self, text: str, meta: DocumentMeta) -> list[Observation]:
        norm = normalise(text)
        time = TimeContext(norm, sections(norm), meta, self.lex)
        mentions = self.finder.numbers(norm, QuoteIndex(norm))
        out: list[Observation] = []
        cursor = 0
        for sentence in sentences(norm):
            while cursor < len(mentions) and mentions[cursor].start < sentence.start:
                cursor += 1
            end = cursor
            while end < len(mentions) and mentions[end].end <= sentence.end:
                end += 1
            out += self._sentence(text, norm, sentence, mentions[cursor:end], time)
            cursor = end
        return out

    def _sentence(self, text: str, norm: str, sentence: Sentence, mentions: list[Mention],
                  time: TimeContext) -> list[Observation]:
        out = []
        carried = CarriedSubject(self.namer, norm)
        for cs, ce in sentence.clauses:
            items = self._items(norm, cs, ce, [m for m in mentions if cs <= m.start and m.end <= ce])
            if not items:
                carried.offer(cs, ce)
                continue
            names = self._enumerated(norm, cs, items)
            previous_end = cs
            for i, item in enumerate(items):
                subject = self._subject(norm, previous_end, item, ce)
                of_rate = item.metric == "rank" and self.namer.ends_with_rate(norm[previous_end:item.start])
                local = subject is not None
                if subject is None:
                    subject = carried.get()
                elif self.namer.is_aspect(subject) and (fallback := carried.get()) is not None:
                    subject = self.namer.relate(subject, fallback, item.metric)
                previous_end = item.end
                if subject is None:
                    continue
                timing = time.timing(sentence.start, item.start)
                start = min(subject.start, item.start) if local else item.cue_start
                end = max(item.end, subject.end) if local else item.end
                if norm.count("“", start, end) > norm.count("”", start, end) and norm.startswith("”", end):
                    end += 1  # close the quotation the evidence opened
                for name in self._names(subject, names[i] if names else None, item, carried, of_rate):
                    out.append(self._observation(text, item, name, subject, timing, start, end))
                carried.set(subject)
        return out

    def _items(self, norm: str, cs: int, ce: int, mentions: list[Mention]) -> list[Item]:
        items = []
        previous: tuple[Mention, Reading] | None = None
        for m in mentions:
            reading = self.grammar.read(norm, cs, m, previous)
            if reading is None:
                continue
            previous = (m, reading)
            unit = "pp" if m.dimension == "pp" else m.unit
            items.append(Item(m.start, m.end, reading.cue_start, reading.metric, reading.sign * m.value, unit,
                              m.qualifier, reading.scope,
                              reading.sign * m.value_high if m.value_high is not None else None, m))
        for r in self.finder.ranks(norm, cs, ce):
            items.append(Item(r.start, r.end, r.start, "rank", float(r.value), "", "exact",
                              r.scope_word or self._scope_before(norm, cs, r)))
        for f in FLAT.finditer(norm, cs, ce):
            items.append(Item(f.start(), f.end(), f.start(), "growth", 0.0, "%",
                              "approx" if f.group("approx") else "exact"))
        return sorted(items, key=lambda i: i.start)

    def _scope_before(self, norm: str, cs: int, rank: RankMention) -> str | None:
        scopes = list(self.grammar._scope.finditer(norm, cs, rank.start))
        return scopes[-1].group(0) if scopes else None

    def _subject(self, norm: str, start: int, item: Item, clause_end: int) -> Subject | None:
        if item.metric != "level":
            return self.namer.subject(norm, start, item.cue_start)
        return self.namer.object_after(norm, item.end, clause_end) or self.namer.object_before(norm, start, item.start)

    def _enumerated(self, norm: str, cs: int, items: list[Item]) -> list[str] | None:
        """"A、B分别增长5%、6%": the i-th figure is about the i-th name."""
        first = self.namer.subject(norm, cs, items[0].cue_start)
        if len(items) < 2 or first is None or "分别" not in norm[cs:items[-1].end]:
            return None
        parts = [p for p in ENUMERATION.split(first.name) if p]
        return parts if len(parts) == len(items) else None

    def _names(self, subject: Subject, enumerated: str | None, item: Item, carried: CarriedSubject,
               of_rate: bool) -> list[str]:
        if enumerated:
            return [self._canonical(enumerated)]
        if item.metric == "rank" and SHARED_RANK.search(subject.name):
            # 投资总量、增量全市第一: each named aspect holds the rank
            names = []
            held = carried.get()
            for fragment in filter(None, SHARED_RANK.split(subject.name)):
                whole = held.name if held else None
                names.append(self._canonical((whole and self.namer.part_of(fragment, whole)) or fragment))
            return names
        if of_rate and not subject.name.endswith("增速"):
            return [subject.name + "增速"]  # a rank of the growth rate, not of the amount
        return [self._canonical(subject.name)]

    def _canonical(self, name: str) -> str:
        """The lexicon name for a phrase, also when it adds 总量/总额 to one (收入总量)."""
        indicator = self.lex.canonical(name) or self.lex.canonical(self.namer.without_total(name))
        return indicator.name if indicator else name

    def _scope(self, word: str | None) -> str | None:
        if word is None:
            return None
        if word in self.lex.scope_index:
            return self.lex.scope_index[word]
        region = self.regions.larger.get(word)
        if region is None:
            return word
        return SCOPE_CODES.get(region.level, region.name)

    def _observation(self, text: str, item: Item, name: str, subject: Subject, timing: Timing, start: int,
                     end: int) -> Observation:
        indicator = self.lex.canonical(name)
        # the region as the sentence names it (成都), unless that is the document's own
        region = subject.region if subject.region and self.regions.inside[subject.region] != self.own else None
        return Observation(
            indicator=name, metric=item.metric, value=item.value, unit=item.unit, qualifier=item.qualifier,
            period=timing.period, span=timing.span, is_target=timing.is_target,
            scope=self._scope(item.scope_word) if item.metric in SCOPED_METRICS else None,
            named_region=region, evidence=text[start:end], start=start, end=end,
            indicator_code=indicator.code if indicator else None, value_high=item.value_high)


@lru_cache(maxsize=64)
def _extractor(lex: Lexicon, region: str | None) -> Extractor:
    return Extractor(lex, region)


def extract(text: str, meta: DocumentMeta | None = None, lexicon: Lexicon | None = None) -> list[Observation]:
    """Every indicator observation a document's text states, with its evidence.

    A pure function of the text, the metadata and the lexicon: no I/O besides reading the
    lexicon's data files once.
    """
    lex, meta = lexicon or load_lexicon(), meta or DocumentMeta()
    own = lex.regions.get(meta.region_code) or (lex.regions.find(meta.region) if meta.region else None)
    return _extractor(lex, own.code if own else None).extract(text, meta)

"""Which year a figure describes, whether it is a target, and which part of the year."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import Lexicon, alternation
from .model import DocumentMeta
from .numerals import YEAR_DIGIT_CHARS, YEAR_NUMBER, year_number
from .structure import Section

# A year that sets the period: 2024年, 2024年1-10月; not an event's date (2024年3月15日, 2024-03-15).
YEAR = re.compile(rf"(?<![\d{YEAR_DIGIT_CHARS}])({YEAR_NUMBER})年(?!\d{{1,2}}月\d{{1,2}}[日号])")
MONTH_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:-|~|至|到)\s*(\d{1,2})\s*月")
# 今年/去年/明年 as the time of a statement, not as a comparison base (与去年持平).
RELATIVE_YEAR = re.compile(r"(?<![与比较同和])(今年|去年|上年|明年)")
RELATIVE_OFFSET = {"今年": 0, "去年": -1, "上年": -1, "明年": 1}
# The start a from–to pair states (从2020年的…); later pairs of its sentence start there too.
FROM_YEAR = re.compile(rf"(?:从|由)({YEAR_NUMBER})年")
COMPARED = ("比", "较")  # before a year: the base of a comparison
# How far back in its sentence a figure's year, target word or part of the year is looked for: a
# real sentence is shorter; a run-on of thousands of characters would cost its square in time.
SENTENCE_WINDOW = 400


@dataclass(frozen=True)
class SectionContext:
    start: int
    end: int
    mode: str | None  # review, plan or None
    year: int | None
    stretch: bool  # a review of several years (十四五时期回顾): a from–to pair starts at its first year


@dataclass(frozen=True)
class Timing:
    period: int | None
    is_target: bool
    span: str | None


def latest_year(text: str) -> int | None:
    """The best guess of when a text was written: the latest year it mentions, ignoring
    horizons far beyond the year it mentions most (到2035年)."""
    years = [year_number(y) for y in YEAR.findall(text)]
    if not years:
        return None
    commonest = Counter(years).most_common(1)[0][0]
    return max(y for y in years if y <= commonest + 1)


class TimeContext:
    """Resolves period, target and span for positions in one document."""

    def __init__(self, text: str, sections: list[Section], meta: DocumentMeta, lex: Lexicon) -> None:
        self.text = text
        self._review = re.compile(alternation(lex.words("review_headings")))
        self._plan = re.compile(alternation(lex.words("plan_headings") + lex.words("target_nouns")))
        self._target = re.compile(alternation(lex.words("target_verbs") + lex.words("target_nouns")))
        self._spans = lex.cues["spans"]
        self._span_re = re.compile(alternation(list(self._spans)))
        self._whole_year = re.compile(alternation(lex.words("whole_year_words")))
        self._stretch = re.compile(alternation(lex.words("stretch_markers")))
        self.stretch_years = int(lex.cues["stretch_years"])
        self.present_year = meta.year or latest_year(text)
        self._reports_own_year = meta.kind in ("summary", "bulletin", "brief")  # summaries, bulletins, briefs
        self.sections = [self._section(s) for s in sections]
        self.review_year, self.plan_year = self._years()
        self._paragraph_stretch: dict[int, bool] = {}

    def _section(self, section: Section) -> SectionContext:
        """A heading's year says more than its words: in a report delivered in 2026, "2026年主要工作"
        is the plan and "2025年工作回顾" the review, whatever else the heading says."""
        heading = section.heading
        mode = "plan" if self._plan.search(heading) else "review" if self._review.search(heading) else None
        m = YEAR.search(heading)
        year = year_number(m.group(1)) if m else None
        if year is not None and self.present_year is not None and not self._reports_own_year:
            mode = "plan" if year >= self.present_year else "review"
        stretch = year is None and mode == "review" and bool(self._stretch.search(heading))
        return SectionContext(section.start, section.end, mode, year, stretch)

    def _years(self) -> tuple[int | None, int | None]:
        review = next((s.year for s in self.sections if s.mode == "review" and s.year), None)
        plan = next((s.year for s in self.sections if s.mode == "plan" and s.year), None)
        year = self.present_year
        if year is not None:
            review = review or (plan - 1 if plan else year if self._reports_own_year else year - 1)
            plan = plan or review + 1
        return review, plan

    def section_at(self, pos: int) -> SectionContext:
        for s in self.sections:
            if s.start <= pos < s.end:
                return s
        return self.sections[-1]

    def in_stretch(self, pos: int) -> bool:
        """Whether `pos` lies in a review of several years: its paragraph opens with 这五年 or
        "十四五"时期, or its section is such a review."""
        start = self.text.rfind("\n", 0, pos) + 1
        if start not in self._paragraph_stretch:
            # the paragraph's opening words, or a short line before it (这是经济实力持续提升的五年。)
            above = self.text.rfind("\n", 0, max(start - 1, 0)) + 1
            lead_in = self.text[above:start] if start - above <= 40 else ""
            self._paragraph_stretch[start] = bool(self._stretch.search(self.text, start, start + 40)
                                                  or self._stretch.search(lead_in))
        return self._paragraph_stretch[start] or self.section_at(pos).stretch

    def timing(self, sentence_start: int, pos: int, pair_end: str | None = None) -> Timing:
        """The timing of a figure at `pos`, read from its sentence up to it and its section.
        `pair_end`: "from" or "reached" in a from–to pair (从A增长到B). Only a year right before
        such a figure is its own (从2020年的…); without one, the "from" figure is of the year
        before the stretch it opens (2020 for a 十四五 review ending in 2025)."""
        before = self.text[max(sentence_start, pos - SENTENCE_WINDOW):pos]
        section = self.section_at(pos)
        explicit = self._explicit_year(before[-8:] if pair_end else before)
        if pair_end == "from":
            if explicit is None and (earlier := list(FROM_YEAR.finditer(before))):
                explicit = year_number(earlier[-1].group(1))  # 由2020年的7.2%提升至7.4%, 由20.5%提升至21.1%: same start
            end = section.year or self.review_year
            if explicit is None and end is not None and section.mode != "plan":
                years = self.stretch_years if self.in_stretch(pos) else 1
                return Timing(end - years, False, self._span(before))
        is_target = section.mode == "plan" or (section.mode is None and bool(self._target.search(before)))
        if is_target:
            default = section.year or self.plan_year
            if explicit is not None and default is not None and explicit < default:
                is_target = False  # a plan section looking back at a past year
        else:
            default = section.year or self.review_year
            if explicit is not None and self.present_year is not None and explicit > self.present_year:
                is_target = True  # 到1985年(工农业总产值达到…), 到2030年: a year still to come is planned
        span = self._span(before)
        if span is not None and explicit is None and not is_target and section.year is None \
                and self.present_year is not None:
            default = self.present_year  # a quarter's or half-year's figures are of the year under way
        return Timing(explicit or default, is_target, span)

    def _explicit_year(self, before: str) -> int | None:
        # 比1980年增长12.3%: the year compared with is not the figure's, but 比1980年的7159亿元 is
        years = [m for m in YEAR.finditer(before)
                 if not (before[m.start() - 1:m.start()] in COMPARED and before[m.end():] not in ("", "的"))]
        relative = list(RELATIVE_YEAR.finditer(before))
        last_year = years[-1] if years else None
        last_relative = relative[-1] if relative else None
        if last_relative and (not last_year or last_relative.start() > last_year.start()) and self.present_year:
            return self.present_year + RELATIVE_OFFSET[last_relative.group(1)]
        return year_number(last_year.group(1)) if last_year else None

    def _span(self, before: str) -> str | None:
        months = list(MONTH_RANGE.finditer(before))
        named = list(self._span_re.finditer(before))
        if named and self._whole_year.search(before, named[-1].end()):
            return None  # 三季度增速回落…全年增长4.9%: the whole year again
        if months and (not named or months[-1].start() > named[-1].start()):
            first, last = int(months[-1].group(1)), int(months[-1].group(2))
            if 1 <= first < last <= 12:
                return f"M{first}-M{last}"
        return self._spans[named[-1].group(0)] if named else None

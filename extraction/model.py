"""What extraction takes and returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

METRICS = ("level", "growth", "share", "ratio", "contribution", "change_pp", "gap_pp", "rank")
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
SCOPED_METRICS = ("share", "contribution", "gap_pp", "rank")
BASES = ("average", "cumulative", "multiple")  # figures over several years, told apart from one year's


@dataclass(frozen=True)
class DocumentMeta:
    """What is known of a document besides its text."""

    year: int | None = None  # the year the document was written or delivered
    date: date | None = None  # its date line (——2025年12月29日在…会议上, the page's date)
    region: str | None = None  # the region the document speaks for
    region_code: str | None = None  # its code (zhibiao.regions); else the region is found by name
    kind: str | None = None  # speech, work_report, summary, bulletin
    title: str | None = None


@dataclass
class Observation:
    """One number a document states about an indicator, with its evidence."""

    indicator: str
    metric: str
    value: float
    unit: str
    qualifier: str = "exact"
    period: int | None = None
    span: str | None = None  # part of the year: Q1, H1, Q1-Q3, M1-M10
    is_target: bool = False
    scope: str | None = None  # the larger region compared with: city, province, nation, or a name
    named_region: str | None = None  # the region the statement names, when not the document's own
    evidence: str = ""
    start: int = 0  # evidence offsets in the document text
    end: int = 0
    indicator_code: str | None = None  # lexicon code, when the indicator is a known one
    value_high: float | None = None  # upper bound of a range ("5%-6%")
    rule: str = ""  # the named rule that read it (extraction/data/rules.yaml)
    basis: str | None = None  # average, cumulative or multiple: a figure over several years

    def as_row(self) -> dict:
        return dict(self.__dict__)  # every field is a plain value: asdict's deep copy costs a fifth of a batch

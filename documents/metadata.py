"""What a document is: from a sidecar manifest when there is one, else from its title,
file name and text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from zhibiao.extraction.context import latest_year
from zhibiao.extraction.lexicon import Lexicon

KINDS = (("政府工作报告", "work_report"), ("工作报告", "work_report"), ("讲话", "speech"), ("发言", "speech"),
         ("工作总结", "summary"), ("总结", "summary"), ("公报", "bulletin"), ("统计", "bulletin"),
         ("运行情况", "bulletin"), ("简况", "bulletin"))
FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
TEXT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
OPENING = 400  # characters in which a delivery date (——2025年1月15日在…上) is looked for


def infer_kind(title: str) -> str | None:
    return next((kind for word, kind in KINDS if word in title), None)


def infer_year(file_name: str, title: str, text: str) -> int | None:
    for source in (title, Path(file_name).stem):
        m = FILE_YEAR.search(source)
        if m:
            return int(m.group(1))
    return latest_year(text)


def infer_region(title: str, text: str, lex: Lexicon) -> str | None:
    """The region named in the title, else the one the opening of the text names most."""
    for source in (title, text[:3000]):
        counts: dict[str, int] = {}
        for alias, region in sorted(lex.region_index.items(), key=lambda kv: -len(kv[0])):
            if len(alias) >= 2 and not alias.startswith("全") and alias in source:
                counts[region.name] = counts.get(region.name, 0) + source.count(alias)
                source = source.replace(alias, "")
        if counts:
            return max(counts, key=counts.__getitem__)
    return None


def infer_date(text: str) -> date | None:
    """The first valid date in the opening of the text (a report's delivery line)."""
    for m in TEXT_DATE.finditer(text[:OPENING]):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def province_of(region: str | None, lex: Lexicon) -> str | None:
    """Walk a region's parents in the lexicon up to its province."""
    seen = set()
    while region and region not in seen:
        seen.add(region)
        known = lex.region(region)
        if known is None:
            return None
        if known.level == "province":
            return known.name
        region = known.parent
    return None


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:120]


def infer_level(name: str) -> str | None:
    """A region's level from its name, for regions the lexicon does not know."""
    for suffix, level in (("开发区", "zone"), ("新区", "district"), ("区", "district"), ("县", "county"),
                          ("市", "city"), ("省", "province")):
        if name.endswith(suffix):
            return level
    return None

"""What a document is: from a sidecar manifest when there is one, else from its title,
file name and text."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import yaml

from zhibiao.extraction.context import latest_year
from zhibiao.extraction.lexicon import Lexicon

from .model import DocumentError, ManifestRow

MANIFEST_NAMES = ("manifest.csv", "manifest.yaml", "manifest.yml")
KINDS = (("政府工作报告", "work_report"), ("工作报告", "work_report"), ("讲话", "speech"), ("发言", "speech"),
         ("工作总结", "summary"), ("总结", "summary"), ("公报", "bulletin"), ("统计", "bulletin"),
         ("运行情况", "bulletin"), ("简况", "bulletin"))
FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
TEXT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
OPENING = 400  # characters in which a delivery date (——2025年1月15日在…上) is looked for


def load_manifest(source: Path) -> dict[str, ManifestRow]:
    """The manifest beside the documents, by file name; empty when there is none."""
    for name in MANIFEST_NAMES:
        path = source / name
        if path.is_file():
            return {row.file: row for row in _rows(path)}
    return {}


def _rows(path: Path) -> list[ManifestRow]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            raw = list(csv.DictReader(f))
    else:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        raw = loaded.get("documents", []) if isinstance(loaded, dict) else loaded
    rows = []
    for r in raw:
        file = str(r.get("file") or "").strip()
        if not file or Path(file).name != file:
            raise DocumentError(f"manifest {path.name}: file names must be plain names in the folder: {file!r}")
        year = str(r.get("year") or "").strip()
        rows.append(ManifestRow(file=file, region=_opt(r.get("region")), parent=_opt(r.get("parent")),
                                province=_opt(r.get("province")), year=int(year) if year else None,
                                kind=_opt(r.get("kind")), title=_opt(r.get("title")),
                                date=_date(path, r.get("date"))))
    return rows


def _date(path: Path, value: object) -> date | None:
    if isinstance(value, date):  # YAML reads 2025-01-15 as a date already
        return value
    text = _opt(value)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as e:
        raise DocumentError(f"manifest {path.name}: dates are written YYYY-MM-DD: {text!r}") from e


def _opt(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


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


def missing_from_manifest(source: Path, manifest: dict[str, ManifestRow]) -> list[str]:
    """Files a manifest lists that the folder does not have."""
    return sorted(name for name in manifest if not (source / name).is_file())

"""The administrative divisions of China (regions/data/divisions.csv, built by regions/build.py)
and the user's own places, with the lookups documents and extraction need: by full or short
name, up the parent chain, and generic words (全市, 经开区) resolved against a document's region."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from zhibiao.datafile import read_yaml

DATA_DIR = Path(__file__).with_name("data")
NATION = "100000"
LOCAL_PREFIX = "x-"  # codes of places the reference does not have (a user's zone, an invented city)
ETHNIC_DISTRICT = "族区"  # (管城回)族区: a district named for a people
ETHNIC_AUTONOMY = "族自治"  # (达斡尔)族自治(旗): the peoples the autonomous places name
NAME_LEVELS = (("开发区", "zone"), ("新区", "district"), ("自治区", "province"), ("区", "district"), ("县", "county"),
               ("旗", "county"), ("市", "city"), ("州", "city"), ("盟", "city"), ("省", "province"),
               ("镇", "town"), ("乡", "town"), ("街道", "town"), ("苏木", "town"))


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # GB/T 2260 (民政部) code, a statistical code for zones, or x-<name> for local places
    name: str
    level: str  # nation, province, city, district, county, zone, area
    parent: str | None  # the parent's code
    aliases: tuple[str, ...]  # short names (湛江, 广西) and other names documents use
    source: str  # the dataset the row comes from, with its date or version


@dataclass(frozen=True)
class Vocabulary:
    """The region names a document of one region may use in its text, each meaning one place:
    `inside` its region (the region itself, its districts, zones …) and `larger` (its parents,
    areas among them, and generic words such as 全区 standing for a parent)."""

    inside: dict[str, Region]
    larger: dict[str, Region]

    @cached_property
    def _lengths(self) -> dict[str, list[int]]:
        """The lengths of the names inside, longest first, by the character they open with."""
        lengths: dict[str, set[int]] = {}
        for name in self.inside:
            lengths.setdefault(name[:1], set()).add(len(name))
        return {opening: sorted(found, reverse=True) for opening, found in lengths.items()}

    def prefix(self, text: str) -> str | None:
        """The longest name of a region inside that `text` starts with."""
        # (only the lengths of the names opening with its first character: most open none, the others one or two)
        return next((text[:n] for n in self._lengths.get(text[:1], ()) if text[:n] in self.inside), None)


def local_code(name: str) -> str:
    return LOCAL_PREFIX + name


def level_from_name(name: str) -> str | None:
    """A place's level from the ending of its name, for places nobody listed."""
    return next((level for ending, level in NAME_LEVELS if name.endswith(ending)), None)


class Regions:
    def __init__(self, regions: list[Region], words: dict) -> None:
        self._by_code = {r.code: r for r in regions}
        self._own_or_above: dict[str, list[str]] = words["own_or_above"]
        self._zones: dict[str, list[str]] = words["zones"]
        self.scope_words: dict[str, str] = words["scopes"]
        self._common = set(words["common_nouns"])
        self._vocabularies: dict[str | None, Vocabulary] = {}

    def __iter__(self) -> Iterator[Region]:
        return iter(self._by_code.values())

    def get(self, code: str | None) -> Region | None:
        return self._by_code.get(code) if code else None

    @cached_property
    def _by_name(self) -> dict[str, list[Region]]:
        index: dict[str, list[Region]] = {}
        for r in self._by_code.values():
            for name in dict.fromkeys((r.name, *r.aliases)):
                index.setdefault(name, []).append(r)
        return index

    @cached_property
    def _children(self) -> dict[str, list[Region]]:
        index: dict[str, list[Region]] = {}
        for r in self._by_code.values():
            if r.parent:
                index.setdefault(r.parent, []).append(r)
        return index

    def named(self, name: str) -> list[Region]:
        """Every region with this full or short name."""
        return self._by_name.get(name, [])

    @cached_property
    def homonyms(self) -> dict[str, list[Region]]:
        """The names two or more places share (青山区 of 武汉 and of 包头, 鼓楼区 of four cities), with those
        places: no vocabulary holds them, a document's other names tell which one it means."""
        return {name: places for name, places in self._by_name.items()
                if len(places) > 1 and name not in self._common}

    @cached_property
    def _homonym_lengths(self) -> list[int]:
        return sorted({len(name) for name in self.homonyms}, reverse=True)

    def homonym_at(self, text: str) -> str | None:
        """The longest name of `homonyms` that `text` starts with."""
        return next((text[:n] for n in self._homonym_lengths if text[:n] in self.homonyms), None)

    @property
    def zone_words(self) -> list[str]:
        """经开区, 高新区 …: the generic words for a kind of zone."""
        return list(self._zones)

    def is_generic(self, word: str) -> bool:
        return word in self._own_or_above or word in self._zones

    def chain(self, code: str | None) -> list[Region]:
        """The region, its parent, and so on up to 中国."""
        out: list[Region] = []
        region = self.get(code)
        while region is not None and region not in out:
            out.append(region)
            region = self.get(region.parent)
        return out

    def descendants(self, code: str) -> Iterator[Region]:
        for child in self._children.get(code, []):
            yield child
            yield from self.descendants(child.code)

    def at_level(self, code: str | None, level: str) -> Region | None:
        """The region or its nearest parent at `level` (a district's province)."""
        return next((r for r in self.chain(code) if r.level == level), None)

    def find(self, name: str, near: str | None = None) -> Region | None:
        """The region a name (or generic word) means in a document of region `near`: the one
        place of that name, else the one nearest `near` (the region itself or a parent, then
        the one place of that name inside it, inside its parent …); None when that is not one."""
        if word_endings := self._own_or_above.get(name):
            return next((r for r in self.chain(near) if r.name.endswith(tuple(word_endings))), None)
        if kinds := self._zones.get(name):
            return self._zone(kinds, near)
        candidates = self.named(name)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        return self._nearest(candidates, near)

    def _nearest(self, candidates: list[Region], near: str | None) -> Region | None:
        chain = self.chain(near)
        for r in chain:
            if r in candidates:
                return r
        for r in chain:
            inside = [c for c in candidates if r in self.chain(c.code)]
            if inside:
                return inside[0] if len(inside) == 1 else None
        return None

    def _zone(self, kinds: list[str], near: str | None) -> Region | None:
        for r in self.chain(near):
            found = [z for z in (r, *self.descendants(r.code)) if any(k in z.name for k in kinds)]
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def compared(self, scope: str | None, near: str | None) -> Region | None:
        """The region a comparison scope (city, province, nation, or a region's name) means in
        a document of region `near`."""
        if not scope:
            return None
        word = self.scope_words.get(scope)
        found = self.find(word or scope, near)
        if found is None and word is not None:
            # 占全州 in a county of 大理白族自治州, 占全盟 in a banner of 阿拉善盟: the region above of that
            # level, whatever its name ends in
            found = next((r for r in self.chain(near) if r.level == scope), None)
        return found

    def vocabulary(self, code: str | None) -> Vocabulary:
        """The names a document of region `code` (None: unknown, read as 中国) may use."""
        if code not in self._vocabularies:
            self._vocabularies[code] = self._vocabulary(code or NATION)
        return self._vocabularies[code]

    def _vocabulary(self, code: str) -> Vocabulary:
        chain = self.chain(code)
        larger: dict[str, Region] = {}
        for r in chain[1:]:
            for name in (r.name, *r.aliases):
                larger.setdefault(name, r)
            for area in self._children.get(r.code, []):
                if area.level == "area":
                    larger.setdefault(area.name, area)
        for word in self._own_or_above:
            found = self.find(word, code)
            if found is not None and found in chain[1:]:
                larger.setdefault(word, found)
        inside: dict[str, Region] = {}
        seen: dict[str, int] = {}
        for r in (chain[0], *self.descendants(code)) if chain else ():
            for name in dict.fromkeys((r.name, *r.aliases)):
                seen[name] = seen.get(name, 0) + 1
                inside[name] = r
        for name, count in seen.items():
            if count > 1 or name in self._common or name in larger:
                del inside[name]
        if chain:
            for name in (chain[0].name, *chain[0].aliases):  # the document's own names always mean it
                inside[name] = chain[0]
        return Vocabulary(inside, larger)


def _with_zone_short_names(rows: list[Region], zones: dict[str, list[str]]) -> list[Region]:
    """Zones also by the short names documents use: 温州经济技术开发区 is 温州经开区, its city's short
    name and the generic word for its kind (generic.yaml's zones)."""
    by_code = {r.code: r for r in rows}
    out = []
    for r in rows:
        parent = by_code.get(r.parent or "")
        if r.level == "zone" and parent is not None:
            short = [name for name in (parent.name, *parent.aliases) if r.name.startswith(name)]
            kind = r.name[len(max(short, key=len)):] if short else ""
            extra = [max(short, key=len) + word for word, kinds in zones.items() if kind in kinds]
            r = Region(r.code, r.name, r.level, r.parent, tuple(dict.fromkeys((*r.aliases, *extra))), r.source)
        out.append(r)
    return out


def _with_ethnic_district_short_names(rows: list[Region]) -> list[Region]:
    """A district named for a people (管城回族区, 梅里斯达斡尔族区) also by its name without them (管城区, 梅里斯区), as
    its city's pages write it; the people's name is the longest one the autonomous places name (达斡尔族自治旗)."""
    autonomous = "|".join(r.name for r in rows if ETHNIC_AUTONOMY in r.name)
    names = {name for r in rows for name in (r.name, *r.aliases)}
    out = []
    for r in rows:
        if r.level == "district" and r.name.endswith(ETHNIC_DISTRICT):
            stem = r.name[:-len(ETHNIC_DISTRICT)]
            people = max((k for k in range(1, min(4, len(stem) - 2) + 1)
                          if f"{stem[-k:]}{ETHNIC_AUTONOMY}" in autonomous), default=0)
            short = f"{stem[:-people]}区" if people else None
            if short and short not in names:
                r = Region(r.code, r.name, r.level, r.parent, (*r.aliases, short), r.source)
        out.append(r)
    return out


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=4)
def load_regions(extension: Path | None = None) -> Regions:
    """The reference divisions, extended by a user's file of places (name, aliases, level, parent
    and optionally code; parent by name or code). A row naming a place the reference has under
    the same parent adds its aliases to it."""
    sources = {s["source"]: f"{s['dataset']} {s['data_date']} ({s['package']} {s['version']})"
               for s in _read(DATA_DIR / "sources.csv")}
    words = read_yaml(DATA_DIR / "generic.yaml")
    rows = _with_ethnic_district_short_names(_with_zone_short_names([
        Region(r["code"], r["name"], r["level"], r["parent"] or None, _split(r["aliases"]), sources[r["source"]])
        for r in _read(DATA_DIR / "divisions.csv")], words["zones"]))
    regions = Regions(rows, words)
    if extension is None or not extension.is_file():
        return regions
    for row in _read(extension):
        parent = regions.get(row.get("parent")) or regions.find(row.get("parent") or "")
        aliases = _split(row.get("aliases"))
        generic = [a for a in (row["name"], *aliases) if regions.is_generic(a)]
        if generic:
            raise ValueError(f"{extension.name}: {', '.join(generic)} names no one place; "
                             "generic words are resolved against each document's region")
        same = [r for r in regions.named(row["name"])
                if r.name == row["name"] and (parent is None or r.parent == parent.code)]
        if len(same) == 1:
            known = same[0]
            rows[rows.index(known)] = Region(known.code, known.name, known.level, known.parent,
                                             tuple(dict.fromkeys((*known.aliases, *aliases))), known.source)
        else:
            rows.append(Region(row.get("code") or local_code(row["name"]), row["name"],
                               row.get("level") or level_from_name(row["name"]) or "area",
                               parent.code if parent else None, aliases, extension.name))
        regions = Regions(rows, words)
    return regions

"""What a document is: from a sidecar manifest when there is one, else from its title,
file name and text."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from zhibiao.datafile import read_yaml
from zhibiao.extraction.context import MONTH_RANGE, latest_year
from zhibiao.extraction.normalize import to_simplified
from zhibiao.extraction.numerals import DIGITS, parse_chinese
from zhibiao.regions import Region, Regions, level_from_name, local_code
from zhibiao.regions.reference import NATION

DATA_DIR = Path(__file__).with_name("data")
FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# a range of years in a title: a table of the years past (2021-2025年主要经济指标), or a plan's (2025—2027年)
YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-—－~～至到]\s*(?:19|20)\d\d")
YMD = r"(?<!\d)(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
TEXT_DATE = re.compile(YMD)
DELIVERY = re.compile(YMD + r"\s*在[^。]{0,40}?[会會]")  # ——2026年1月26日在…会议上
CHINESE_DATE = re.compile(r"(?P<y>[〇零○一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
                          r"(?P<d>[一二三四五六七八九十]{1,3})日")
PAGE_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
DATED_LINE = re.compile(r"^[—―－\-（(\s]*(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})")  # delivery, page date
# a date closing a line (云南省统计局　2026年1月22日)
DATE_AFTER = re.compile(r"[\s\u3000]*(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})[)）]?$")
# a header line giving only the month a report was written (2026年3月, under a 调研报告's title): the year it is of
MONTH_LINE = re.compile(r"[（(]?((?:19|20)\d\d)年\d{1,2}月[)）]?")
# a census's reference date (以2023年12月31日为标准时点, 普查标准时点为2020年11月1日零时): the year it reports
REFERENCE_POINT = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日(?:零时)?为(?:普查的?)?标准时点"
                             r"|标准时点[为是]((?:19|20)\d\d)年")
OPENING = 1500  # characters of the opening in which the header, the date and the kind are looked for
SALUTATION_LENGTH = 30  # a salutation naming several audiences is still short
MAX_NAME = 24  # the longest region name looked for
CLAUSE_GOES_ON = ("，", ",", "。", "；", ";", "：", ":")  # after a speech's 今天是…日 (a top bar's day ends its item)
SPEAKER_LINE = 24  # a line naming who speaks is short (古市镇党委书记  叶晓峰)
TOWN_PARENTS = ("county", "district", "city")  # the levels a town's officer speaks at a meeting of
TODAY_LOOKBACK = 6  # characters before a date in which a top bar's today_words (今天是, 当前日期：) are looked for
WORD = re.compile(r"\w")
QUARTER_ENDS = {3: "Q1", 6: "H1", 9: "Q1-Q3", 12: None}  # 1-3月, 1-6月, 1-9月, 1-12月
# the year or the part of it a title opens with (2025年, 1—10月, 前三季度, 上半年)
TITLE_PERIOD = re.compile(r"[\d〇零○一二三四五六七八九十年月份日至到—－\-~～前上下半季度]*")


@lru_cache(maxsize=1)
def page_words() -> dict:
    """The words of pages and headers (documents/data/page.yaml), read once."""
    return read_yaml(DATA_DIR / "page.yaml")


@lru_cache(maxsize=1)
def _yearbook_edition() -> re.Pattern[str]:
    """A yearbook's edition in its title: the year right after its word, apart by a mark at most (·, —, （)."""
    words = "|".join(map(re.escape, page_words()["yearbook_words"]))
    return re.compile(rf"(?:{words})[^\w]{{0,2}}((?:19|20)\d\d)(?![\d年])")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text[:OPENING].splitlines() if WORD.search(line)]


def _is_furniture(line: str) -> bool:
    page, line = page_words(), to_simplified(line)  # a page in traditional characters has the same furniture
    return (line in page["furniture_lines"] or line.startswith(tuple(page["furniture_starts"]))
            or line.endswith(tuple(page["caption_ends"])) or bool(DATED_LINE.match(line))
            or (len(line) < 20 and any(w in line for w in page["speaker_words"]))
            or (any(w in line for w in page["weekdays"]) and bool(TEXT_DATE.search(line)))
            or (len(owner := DATE_AFTER.sub("", line)) < 20 and owner.endswith(tuple(page["site_ends"])))
            or _is_breadcrumb(line))


def _is_breadcrumb(line: str) -> bool:
    parts = re.split("|".join(map(re.escape, page_words()["breadcrumb_separators"])), line)
    first = parts[0].strip()
    # (合肥市生态环境局 网站首页 > 政务公开 > …: the site's name may open the trail before its home page)
    return len(parts) > 1 and all(len(part.strip()) <= 12 for part in parts[1:]) and \
        (len(first) <= 12 or first.endswith(tuple(page_words()["home_pages"])))


FULL_STOP = "。"  # a line holding one is a sentence, no title (a photo's caption aside)
SIGNER_NOT = re.compile(r"[\d。，,；;：:]")  # marks no line naming who signs a report holds


def header(text: str) -> tuple[list[str], list[str]]:
    """The lines before the speech itself (up to its salutation, 各位代表：, or first sentence),
    and the speech's opening lines (我代表省人民政府向大会报告工作 …)."""
    lines = _lines(text)
    for i, line in enumerate(lines):
        if _salutes(line):
            return lines[:i], lines[i:i + 2]
        # (…保持全市前列。一起来看👇: a sentence, whatever follows it, but for a photo's caption)
        if len(line) > 80 or line.endswith(FULL_STOP) or (FULL_STOP in line and not _is_furniture(line)):
            return lines[:i], []
    return lines, []


def _salutes(line: str) -> bool:
    """The salutation: a line opening on one (各位代表：), or a short one closing on a colon that names one
    among others (主任、各位副主任、秘书长、各位委员：, as a standing committee's report opens)."""
    words = tuple(page_words()["salutations"])
    return line.startswith(words) or (len(line) <= SALUTATION_LENGTH and line.endswith(("：", ":"))
                                      and any(word in line for word in words))


def infer_title(text: str, page_title: str = "") -> str:
    """The title: the header line naming a kind of document (政府工作报告), past the page's
    furniture (下载 打印, 来源：, 时间：, photo captions, the delivery line); else the page's
    own title; else the first header line that is no furniture."""
    lines = [line for line in header(text)[0] if not _is_furniture(line)]
    named = next((line for line in lines if infer_kind(line)), None)
    page = re.split(r"\s*[_|]\s*|\s+-\s+", page_title.strip())[0]
    if page in page_words()["placeholder_titles"]:
        page = ""  # a PDF whose maker wrote "untitled": its first line says more
    return named or page or (lines[0] if lines else "")


def infer_kind(title: str, text: str = "") -> str | None:
    """From the title's words, else from the opening lines' (我代表国务院向大会报告政府工作), in
    simplified characters (政府工作報告 is a work report)."""
    for words, source in ((page_words()["kinds"], to_simplified(title)),
                          (page_words()["kind_openings"], to_simplified(text[:OPENING]))):
        for kind, kind_words in words.items():
            if any(word in source for word in kind_words):
                return kind
    return None


def infer_year(file_name: str, title: str, text: str, delivered: date | None = None,
               kind: str | None = None) -> int | None:
    """From a census's reference date (else the census its title names, 第五次全国经济普查: 2023), a yearbook's
    edition in the title (the year before it: 长兴统计年鉴·2026 records 2025), the title (the last of a range of
    years given when the document was given after it), the delivery date, a header line of the month it was written
    (2026年3月), the file name, else the latest year the text names. A report's title naming two years
    (2025年…计划执行情况与2026年计划草案的报告) is of the year it plans, the later; a summary's or a bulletin's
    (2025年工作总结和2026年工作打算) of the year it reports, the first."""
    if point := REFERENCE_POINT.search(text[:OPENING]):
        return int(point.group(1) or point.group(2))  # a census reports its reference date's year
    if not FILE_YEAR.search(title) and \
            (census := next((y for name, y in page_words()["census_years"].items() if name in title), None)):
        return census  # (a bulletin of the census that does not restate its reference date; not a title of its own
        # year, 2025年第五次全国经济普查成果开发应用工作总结)
    if edition := _yearbook_edition().search(title):
        return int(edition.group(1)) - 1  # (长兴统计年鉴·2026: the edition of 2026, recording 2025)
    years = [int(y) for y in FILE_YEAR.findall(title)]
    # a title naming a plan by its span and a year of its own (妇女儿童发展规划（2021—2030年）2025年统计监测报告): the
    # span names the plan, the year outside it the document's
    ranged = {int(y) for span in YEAR_RANGE.finditer(title) for y in FILE_YEAR.findall(span.group(0))}
    if ranged and (own := [y for y in years if y not in ranged]):
        years = own
    elif years and delivered is not None and ranged and delivered.year > max(years):
        return max(years)  # a table of years past (2021-2025年主要经济指标, posted in 2026): of the last
    if years:
        return max(years) if kind == "work_report" else years[0]
    if delivered is not None:
        return delivered.year
    if month := next(filter(None, map(MONTH_LINE.fullmatch, header(text)[0])), None):
        return int(month.group(1))  # (before the latest year the text names: its targets' 2030)
    m = FILE_YEAR.search(Path(file_name).stem)
    return int(m.group(1)) if m else latest_year(text)


def infer_region(title: str, text: str, regions: Regions, site_title: str = "") -> Region | None:
    """The region a document speaks for: the most specific one its title names; else the one its page's own
    <title> names, its site's (…旅游市场综述_长海县人民政府 over a heading naming no place); else the one its
    header (the delivery line, 广东省省长 …, 我代表…人民政府) names most; else 中国 when the header
    speaks for the country (国务院, 全国人民代表大会); else the one its opening names most, 中国
    counting once for each 我国; but a title speaking of a whole region (全市经济运行情况) without its name
    speaks for the region whose places (three or more) the opening names. Names are read in simplified characters."""
    title, text = to_simplified(title), to_simplified(text[:OPENING])
    named = _named(title, regions, text) or _named(to_simplified(site_title), regions, text)
    if named:
        found = _narrowed(max(named, key=lambda r: len(regions.chain(r.code))), title, regions)
        return _town_speaking(text, found, regions) or found
    if shared := _first_homonym(title, regions):  # (在青山区…的讲话, nothing telling which: a place of its own)
        return Region(local_code(shared), shared, level_from_name(shared) or "area", None, (), "document")
    before, speech = header(text)
    lines = "\n".join(before + speech)
    named = _named(lines, regions, text)
    we = 0
    if not named:
        if any(word in lines for word in page_words()["nation_words"]) or \
                title[TITLE_PERIOD.match(title).end():].startswith(tuple(page_words()["nation_title_openings"])):
            return regions.get(NATION)
        opening = text[:OPENING]
        we = sum(opening.count(word) for word in page_words()["nation_speaker_words"])
        named = _named(opening, regions)
    # (a header holds the places too when a table of them follows it: 各县区主要经济指标, its rows 船山区, 射洪市 …)
    whole = any(regions.is_generic(title[i:i + 2]) for i in range(len(title) - 1)) \
        or any(word in title for word in page_words()["whole_region_words"])  # 全市经济运行情况, 各区主要经济指标
    common = _common_parent(named, regions) if whole else None
    if common is not None:
        return common
    named += [regions.get(NATION)] * we
    commonest = max(named, key=lambda r: (named.count(r), len(regions.chain(r.code))), default=None)
    return _narrowed(commonest, title, regions) if commonest else None


def _town_speaking(text: str, region: Region, regions: Regions) -> Region | None:
    """The town or subdistrict no reference lists whose officer a header line names as the speaker (古市镇党委书记
    叶晓峰 under a title naming the county's meeting, 在松阳县…三级干部大会上的发言): the document speaks for that
    place inside the region the title names, not for the region; None when no such line is there."""
    if region.level not in TOWN_PARENTS:
        return None
    for line in header(text)[0]:
        m = _town_speaker().match(line)
        if m and len(line) <= SPEAKER_LINE and regions.find(m.group("town")) is None:
            return Region(local_code(m.group("town")), m.group("town"), "town", region.code, (), "document")
    return None


@lru_cache(maxsize=1)
def _town_speaker() -> re.Pattern[str]:
    offices = "|".join(map(re.escape, page_words()["town_speaker_offices"]))
    return re.compile(rf"(?P<town>[\u4e00-\u9fff]{{2,4}}?(?:镇|乡|街道))(?:党委|党工委|人民政府|政府)?副?(?:{offices})")


def _common_parent(named: list[Region], regions: Regions) -> Region | None:
    """The region whose places (three or more) a text names, when it names nothing above that region."""
    chains = [regions.chain(r.code) for r in set(named)]  # each from the place up to 中国
    shared = [r for r in chains[0] if all(r in chain for chain in chains[1:])] if chains else []
    places = {chain[chain.index(shared[0]) - 1] for chain in chains if shared and chain[0] != shared[0]}
    return shared[0] if len(places) >= 3 and shared[0].level != "nation" else None


def infer_span(title: str, spans: dict[str, str]) -> str | None:
    """The part of the year a title covers (2025年1-9月…简况: Q1-Q3; 上半年经济形势分析会: H1); None for
    the whole year. Ranges of months that are quarters read as quarters, as the guidelines write them."""
    title = to_simplified(title)
    months = MONTH_RANGE.search(title)
    if months:
        first, last = int(months.group(1)), int(months.group(2))
        if first == 1 and last in QUARTER_ENDS:
            return QUARTER_ENDS[last]
        return f"M{first}-M{last}" if 1 <= first < last < 12 else None
    return next((span for word, span in sorted(spans.items(), key=lambda item: -len(item[0])) if word in title),
                None)


def _narrowed(region: Region, title: str, regions: Regions) -> Region:
    """A zone word in the title (Xx经开区…的讲话) names the zone of the region found (湛江市)."""
    for word in regions.zone_words:
        zone = regions.find(word, region.code) if word in title else None
        if zone is not None and region in regions.chain(zone.code):
            return zone
    return region


def _named(text: str, regions: Regions, context: str = "") -> list[Region]:
    """The regions a text names, once per mention (the longest name at each place). A name places share (鼓楼区)
    is the one inside a region the text or its `context` names (福州市鼓楼区), else none: not the shorter name
    of another place it opens with (朝阳区, not 朝阳市)."""
    vocabulary = regions.vocabulary(None)
    joining = tuple(page_words()["joining_characters"])
    over = _words_over_places()
    found, shared, pos = [], [], 0
    while pos < len(text):
        name = vocabulary.prefix(text[pos:pos + MAX_NAME])
        if name and len(name) == 2 and name.startswith(joining) and pos > 0 and WORD.match(text[pos - 1]):
            name = None  # (组成人员)和县(人大代表), (市级)和县(级): a conjunction and a level's word, not 和县
        elif name and pos > 0 and text[pos - 1:pos + 1] in over:
            name = None  # 完成县(下达任务): a word ending in the name's first character, not 成县
        alike = regions.homonym_at(text[pos:pos + MAX_NAME])
        if alike and len(alike) > len(name or ""):
            shared.append(alike)
            pos += len(alike)
        elif name:
            found.append(vocabulary.inside[name])
            pos += len(name)
        else:
            pos += 1
    if shared:
        above = {r for r in found + (_named(context, regions) if context else []) if r.level != "nation"}
        for name in shared:
            places = [r for r in regions.homonyms[name] if above.intersection(regions.chain(r.code)[1:])]
            found += places[:1] if len(places) == 1 else []
    return found


@lru_cache(maxsize=1)
def _words_over_places() -> frozenset[str]:
    return frozenset(page_words()["words_over_places"])


def _first_homonym(text: str, regions: Regions) -> str | None:
    """The first name places share in `text` (see `_named`)."""
    return next((name for pos in range(len(text)) if (name := regions.homonym_at(text[pos:pos + MAX_NAME]))), None)


def infer_date(text: str) -> date | None:
    """The delivery date (——2026年1月26日在…会议上), else a date in Chinese numerals
    (二〇二六年一月二十七日), else the page's date (时间：2026-02-02) or the first one in the opening; never the day
    a site's top bar says the page is read on (今天是2026年1月9日; page.yaml's today_words)."""
    opening = text[:OPENING]
    for pattern in (DELIVERY, CHINESE_DATE, PAGE_DATE, TEXT_DATE):
        for m in pattern.finditer(opening):
            if _top_bar_day(opening, m):
                continue  # (a top bar's 今天是2026年1月9日 星期五: the day the page is read)
            day = _valid_date(*m.group("y", "m", "d"))
            if day is not None:
                return day
    return _signed_date(text)


def _signed_date(text: str) -> date | None:
    """The date a letter or report is signed with, its last line under the issuer's short one (商丘市水利局\n2026年2月
    10日): a report with no date line in its opening (关于…的自查报告 to the province) is dated by it."""
    lines = [line.strip() for line in text.rstrip().splitlines()[-2:]]
    if len(lines) < 2 or not lines[0] or len(lines[0]) > SPEAKER_LINE or SIGNER_NOT.search(lines[0]):
        return None  # (an issuer's name: short, no figure, no clause)
    for pattern in (TEXT_DATE, CHINESE_DATE):
        if (m := pattern.fullmatch(lines[1])) is not None:
            return _valid_date(*m.group("y", "m", "d"))
    return None


def _top_bar_day(opening: str, m: re.Match[str]) -> bool:
    """Whether the date `m` is the day a site's top bar says the page is read on: today_words right before it, and no
    clause going on right after it (今天是2026年1月9日 星期五, …9日　晴 9~18℃, …9日 10:30; not a speech's own
    今天是2026年1月9日,我们召开…)."""
    if not opening[max(0, m.start() - TODAY_LOOKBACK):m.start()].rstrip("：: \u3000").endswith(
            tuple(page_words()["today_words"])):
        return False
    return not opening[m.end("d"):].removeprefix("日").startswith(CLAUSE_GOES_ON)


def _valid_date(year: str, month: str, day: str) -> date | None:
    try:
        if not year.isdigit():
            return date(int("".join(str(DIGITS[c]) for c in year.replace("○", "〇"))), int(parse_chinese(month)),
                        int(parse_chinese(day)))
        return date(int(year), int(month), int(day))
    except (KeyError, ValueError):
        return None

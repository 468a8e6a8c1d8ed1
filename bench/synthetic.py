"""Synthetic district speeches and work reports, for the benchmark and the load tests.

Each document has the structure of a real one (a review section, a targets section, a work
section), 5k to 30k characters, every statement form the extractor reads (levels, growth and
decline, shares, contributions, gaps, ranks, spans of the year, full-width digits, Chinese
numerals, 百分之, ranges, qualifiers), figures that are not observations (dates, durations,
slogans), and policy prose between them. About one in five is a web page with site furniture.
Like a province's archive, documents come ten years per county: county i // 10, year 2016 + i % 10,
with a manifest naming county, city and year. Generation is deterministic for a seed; no two
documents have the same bytes.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

LEVELS = [("地区生产总值", "亿元", 150, 3000), ("规模以上工业总产值", "亿元", 200, 5000),
          ("社会消费品零售总额", "亿元", 60, 1200), ("一般公共预算收入", "亿元", 8, 200),
          ("进出口总额", "亿元", 20, 900), ("金融机构本外币存款余额", "亿元", 300, 6000),
          ("城镇居民人均可支配收入", "元", 32000, 78000), ("农村居民人均可支配收入", "元", 15000, 36000)]
RATES = ["规模以上工业增加值", "固定资产投资", "工业投资", "制造业投资", "税收收入", "第三产业增加值",
         "房地产开发投资", "出口总额"]
COUNTS = [("新增停车位", "个"), ("新建口袋公园", "个"), ("改造老旧小区", "个"), ("新增规上工业企业", "家"),
          ("新认定国家高新技术企业", "家"), ("新开工项目", "个")]
CN_DIGITS = "零一二三四五六七八九"
NAME_FIRST = "青东西南北金银玉龙凤云山河湖海松竹梅兰桂丰安宁平和新长永清"
NAME_SECOND = "溪湖山河阳城江水岭源川林田桥港州坪塘湾峰"
YEARS_PER_COUNTY = 10
FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
SPANS = ["一季度", "上半年", "前三季度"]
FILLER = [
    "全区上下坚持稳中求进工作总基调,完整准确全面贯彻新发展理念",
    "深入实施创新驱动发展战略,加快建设现代化产业体系",
    "坚持以人民为中心的发展思想,持续保障和改善民生",
    "营商环境持续优化,市场主体活力不断增强",
    "统筹发展和安全,守牢安全生产底线",
    "深化重点领域改革,推动有效市场和有为政府更好结合",
    "坚定不移推进乡村振兴,城乡区域发展更加协调",
    "生态环境质量持续改善,绿色低碳转型步伐加快",
    "持续推进“放管服”改革,政务服务效能明显提升",
    "扎实开展招商引资“一号工程”,项目建设跑出加速度",
    "落实“1+6+N”政策体系,实施“三个一百”行动",
    "2024年3月15日召开全区高质量发展大会,历时两天",
    "用三年时间推动制造业当家,建设第十四届运动会配套场馆",
    "教育、医疗、养老等公共服务短板加快补齐",
    "基层治理体系不断完善,社会大局和谐稳定",
]


class Writer:
    """One document's statements, drawn from one seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pct(self, low: float = 0.5, high: float = 12.0) -> str:
        return f"{self.rng.uniform(low, high):.1f}"

    def level_statement(self) -> str:
        name, unit, low, high = self.rng.choice(LEVELS)
        value = self.rng.uniform(low, high)
        number = f"{value:,.1f}" if unit == "亿元" and value >= 1000 else (
            f"{value:.1f}" if unit == "亿元" else str(round(value)))
        forms = [f"{name}达到{number}{unit},增长{self.pct()}%", f"{name}{number}{unit},下降{self.pct(0.2, 6)}%"]
        if unit != "元":  # totals have a share of the city; per-capita figures do not
            forms += [f"{name}{number}{unit},同比增长{self.pct()}%,占全市{self.pct(8, 40)}%",
                      f"{name}{number}{unit},增长{self.pct()}%,占全市近{self.rng.randint(10, 45)}%"]
        return self.rng.choice(forms)

    def rate_statement(self) -> str:
        name = self.rng.choice(RATES)
        forms = [f"{name}增长{self.pct()}%,增速高于全市{self.pct(0.1, 4)}个百分点",
                 f"{name}同比增长{self.pct()}%,拉动全市增长{self.pct(0.2, 3)}个百分点",
                 f"{name}增长{self.pct()}%,增速居全市第{self.rng.choice('一二三四五')}",
                 f"{name}增长{self.pct()}%".translate(FULLWIDTH),
                 f"{name}增长百分之{self.rng.choice(CN_DIGITS[1:])}",
                 f"{self.rng.choice(SPANS)}{name}增长{self.pct()}%",
                 f"{name}与上年持平",
                 f"{name}占全市比重提高{self.pct(0.1, 3)}个百分点"]
        return self.rng.choice(forms)

    def count_statement(self) -> str:
        name, unit = self.rng.choice(COUNTS)
        n = self.rng.randint(12, 9999)
        thousands, rest = divmod(n, 1000)
        chinese = (f"{CN_DIGITS[thousands]}千" if thousands else "") + (
            f"{CN_DIGITS[rest // 100]}百" if rest >= 100 else "")
        forms = [f"{name}{n}{unit}", f"{name}{chinese or '一百'}{unit}", f"{name}{n}多{unit}",
                 f"{name}超过{n}{unit}"]
        return self.rng.choice(forms)

    def target_statement(self) -> str:
        name = self.rng.choice([n for n, *_ in LEVELS[:5]] + RATES[:3])
        low = self.rng.randint(3, 8)
        forms = [f"{name}增长{low}%左右", f"{name}增长{low}%以上", f"{name}增长{low}%-{low + 1}%",
                 f"{name}增长{low}.5%", f"城镇调查失业率控制在5.{self.rng.randint(0, 5)}%以内",
                 f"力争新开工项目{self.rng.randint(20, 60)}个以上",
                 f"争取新增规上工业企业{low * 5}至{low * 5 + 5}家"]
        return self.rng.choice(forms)

    def paragraph(self, statements: list[str]) -> str:
        """Statements set in policy prose. Documents come out with about one figure per 85
        characters, 2.5 times as dense as the real speech of the development corpus (one per 224),
        so that benchmark rates err on the slow side."""
        parts = self.rng.sample(FILLER, 2)
        for statement in statements:
            parts.append(statement)
            parts += self.rng.sample(FILLER, self.rng.randint(1, 2))
        return "    " + ";".join(parts) + "。"


def county(index: int) -> tuple[str, str]:
    """(county, its city) for the index-th county: invented names, 20 counties to a city."""
    n = index // YEARS_PER_COUNTY
    first, second = NAME_FIRST[n % len(NAME_FIRST)], NAME_SECOND[n // len(NAME_FIRST) % len(NAME_SECOND)]
    serial = n // (len(NAME_FIRST) * len(NAME_SECOND))
    city = n // 20
    suffix = "区" if n % 3 else "县"
    return (f"{first}{second}{serial or ''}{suffix}",
            f"{NAME_FIRST[city % len(NAME_FIRST)]}{NAME_SECOND[-1 - city % len(NAME_SECOND)]}{city // 30 or ''}市")


def document(index: int, rng: random.Random) -> tuple[str, dict, str]:
    """(file name, manifest row, text) of one synthetic document."""
    region, city = county(index)
    year = 2016 + index % YEARS_PER_COUNTY
    writer = Writer(rng)
    title = rng.choice([f"在{region}{year}年经济工作会议上的讲话", f"{year}年{region}政府工作报告"])
    target_chars = rng.randint(5_000, 30_000)
    lines = [title, "", f"    (第{index}号文稿)", "", f"    一、{year - 1}年工作回顾", ""]
    size = sum(map(len, lines))
    while size < target_chars * 0.7:
        statements = [rng.choice([writer.level_statement, writer.rate_statement, writer.count_statement])()
                      for _ in range(rng.randint(0, 2))]
        lines.append(writer.paragraph(statements))
        size += len(lines[-1])
    lines += ["", f"    二、{year}年主要预期目标", "",
              writer.paragraph([writer.target_statement() for _ in range(rng.randint(3, 7))]), "",
              f"    三、{year}年重点工作", ""]
    size = sum(map(len, lines))
    while size < target_chars:
        lines.append(writer.paragraph([writer.target_statement()] if rng.random() < 0.3 else []))
        size += len(lines[-1])
    text = "\n".join(lines) + "\n"
    name = f"{index:06d}-{year}" + (".html" if rng.random() < 0.2 else ".txt")
    row = {"file": name, "region": region, "parent": city, "province": "广东省", "year": year,
           "kind": "speech" if title.startswith("在") else "work_report", "title": title}
    return name, row, web_page(title, city, text) if name.endswith(".html") else text


def web_page(title: str, city: str, text: str) -> str:
    paragraphs = "\n".join(f"<p>{line.strip()}</p>" for line in text.splitlines()[1:] if line.strip())
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{city}人民政府门户网站</title></head>
<body><div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/bsfw">办事服务</a></div>
<div class="article"><h1>{title}</h1><div class="info">发布时间:2025-01-17 来源:办公室 浏览次数:4821</div>
{paragraphs}</div>
<div class="footer">主办:{city}人民政府办公室 粤ICP备12345678号 页面生成时间 0.0123s</div></body></html>
"""


def documents(n: int, seed: int = 7) -> Iterator[tuple[str, dict, str]]:
    """(file name, manifest row, content) of n documents, generated one at a time."""
    rng = random.Random(seed)
    for index in range(n):
        yield document(index, rng)


def write_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """Write n documents and their manifest.csv into folder; returns the characters written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        manifest = csv.DictWriter(f, fieldnames=["file", "region", "parent", "province", "year", "kind", "title"])
        manifest.writeheader()
        for name, row, content in documents(n, seed):
            (folder / name).write_text(content, encoding="utf-8")
            manifest.writerow(row)
            total += len(content)
    return total


def edit_some(folder: Path, fraction: float, seed: int = 11) -> list[str]:
    """Change the content of a fraction of the documents (as a revised release would)."""
    rng = random.Random(seed)
    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    chosen = rng.sample(files, max(1, round(len(files) * fraction))) if files else []
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("增长", "同比增长", 1), encoding="utf-8")
    return [p.name for p in chosen]

"""What a document is, inferred from pages of every kind (written here): the title past breadcrumbs and
the site's name, pages in traditional characters, part-year documents with their kind and span, a
county-level city under its prefecture, and a city's brief that names only its districts."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhibiao.documents import read_document
from zhibiao.documents.metadata import infer_span
from zhibiao.extraction import load_lexicon

PAGES = {
    "breadcrumb.txt": ("首页 > 政务公开 > 法定主动公开内容 > 政府工作报告\n\n2026年青羊区政府工作报告\n"
                       "发布时间：2026-01-14 10:26\n——2026年1月8日在青羊区第十九届人民代表大会第六次会议上\n"
                       "各位代表：\n现在，我代表区人民政府向大会报告工作。\n"),
    "site-menu.txt": ("瑞安市统计局\n首页 | 机构概况 | 统计数据 | 统计分析\n当前位置：首页 > 统计数据 > 月度数据\n"
                      "2025年1-9月全市经济运行简况\n发布日期：2025-10-28\n"
                      "前三季度全市实现地区生产总值1000亿元，同比增长6.0%。\n"),
    "menu-pipes.txt": ("温州市鹿城区人民政府 | 政务公开 | 领导讲话\n在全区一季度经济运行分析会上的讲话\n"
                       "发布时间：2025-04-23 16:08\n同志们：\n今天召开全区一季度经济运行分析会。\n"),
    "site-trail.txt": ("丽水市统计局门户网站　首页 ＞ 统计数据 ＞ 统计公报\n2024年丽水市国民经济和社会发展统计公报\n"
                       "发布时间：2025-03-28\n2024年，全市地区生产总值增长6.1%。\n"),
    "traditional.txt": ("2026年樂清市政府工作報告\n發佈日期：2026-01-16\n"
                        "——2026年1月9日在樂清市第十七屆人民代表大會第六次會議上\n各位代表：\n現在，我代表市人民政府向大會報告工作。\n"),
    "city-brief.txt": ("2025年1-10月全市经济运行情况\n发布时间：2025-11-20 15:30\n"
                       "1-10月，全市规上工业增加值增长7.8%。分地区看，洞头区、龙湾区、乐清市增速高于全市，"
                       "瓯海区、鹿城区分别增长7.5%和7.1%。\n"),
    "press.txt": ("温州市2025年上半年经济运行情况新闻发布会\n发布时间：2025-07-25\n"
                  "主持人：各位记者朋友，大家上午好！\n"),
    "newspaper.txt": ("杭州日报 2025年12月20日 星期六 第A2版 区县·访谈\n\n开局之年再加力\n"
                      "——访桐庐县委副书记、县长×××\n\n记者 ×××\n\n岁末年初，记者专访了县长×××。\n"),
    "nation.txt": ("各位代表：\n一、1994年国内工作的回顾\n过去的一年，全国人民团结奋斗，国民经济继续快速增长。"
                   "全国各族人民抗灾救灾，甘肃等地夏粮仍有增产。\n"),
}


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict:
    folder, lex = tmp_path_factory.mktemp("pages"), load_lexicon()
    found = {}
    for name, text in PAGES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        d = read_document(Path(path), path.read_bytes(), None, lex)
        found[name] = (d.title, d.kind, d.year, d.span, d.region, d.parent_region)
    return found


@pytest.mark.parametrize(("name", "expected"), [
    ("breadcrumb.txt", ("2026年青羊区政府工作报告", "work_report", 2026, None, "青羊区", "成都市")),
    ("site-menu.txt", ("2025年1-9月全市经济运行简况", "brief", 2025, "Q1-Q3", "瑞安市", "温州市")),
    ("menu-pipes.txt", ("在全区一季度经济运行分析会上的讲话", "speech", 2025, "Q1", "鹿城区", "温州市")),
    # the trail opens with the site's name (longer than a crumb) before its home page; the year is the title's
    ("site-trail.txt", ("2024年丽水市国民经济和社会发展统计公报", "bulletin", 2024, None, "丽水市", "浙江省")),
    ("traditional.txt", ("2026年樂清市政府工作報告", "work_report", 2026, None, "乐清市", "温州市")),
    ("city-brief.txt", ("2025年1-10月全市经济运行情况", "brief", 2025, "M1-M10", "温州市", "浙江省")),
    ("press.txt", ("温州市2025年上半年经济运行情况新闻发布会", "press_release", 2025, "H1", "温州市", "浙江省")),
    # a newspaper's page line (its name, the date and the day of the week, the page) is no title: the interview
    # is the county's
    ("newspaper.txt", ("开局之年再加力", None, 2025, None, "桐庐县", "杭州市")),
    # the country's report names a province once, and speaks for 全国人民
    ("nation.txt", ("", None, 1994, None, "中国", None)),
])
def test_every_kind_of_page(documents: dict, name: str, expected: tuple):
    assert documents[name] == expected


@pytest.mark.parametrize(("title", "span"), [
    ("2025年1-3月经济运行情况", "Q1"), ("1-6月全市经济运行简况", "H1"), ("1-11月经济运行情况", "M1-M11"),
    ("前三季度经济形势分析会上的讲话", "Q1-Q3"), ("一季度经济运行分析会", "Q1"), ("2025年政府工作报告", None),
    ("2025年1-12月经济运行情况", None)])
def test_the_part_of_the_year_a_title_covers(title: str, span: str | None):
    assert infer_span(title, load_lexicon().cues["spans"]) == span

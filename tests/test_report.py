"""The HTML report, rendered for real in headless Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image
from test_pipeline import rows, run

from zhibiao.report import build_report, sentence_around
from zhibiao.report.charts import Bar, Group, bar_chart

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# CI installs Debian's chromium (see .ci/run) and sets this so the test cannot silently skip there
REQUIRED = os.environ.get("ZHIBIAO_REQUIRE_BROWSER") == "1"
needs_browser = pytest.mark.skipif(not Path(CHROMIUM).exists() and not REQUIRED,
                                   reason="Debian's chromium is not installed (make browser)")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"]


def test_the_sentence_around_an_evidence_span():
    text = "一、回顾\n全区地区生产总值增长5.8%,占全市23.5%;投资增长9.1%。下一句。"
    start = text.index("占全市23.5%")
    assert sentence_around(text, start, start + 8) == ("全区地区生产总值增长5.8%,", "占全市23.5%", ";")


def test_bars_grow_both_ways_from_zero():
    svg = bar_chart("增速", [Group("进出口总额", [Bar(-3.2, "ev-a", "district"), Bar(2.5, "ev-b", "city")])], "%")
    assert svg.count("<rect") == 2 and 'href="#ev-a"' in svg and "-3.2%" in svg and "2.5%" in svg


@needs_browser
@pytest.mark.usefixtures("prefect_server")
def test_the_report_draws_its_charts_in_chromium(samples: Path, tmp_path: Path):
    from playwright.sync_api import sync_playwright

    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    page_path = tmp_path / "report.html"
    page_path.write_text(build_report(warehouse), encoding="utf-8")
    [(shares,)] = rows(warehouse, """SELECT count(*) FROM v_region_vs_parent
                                     WHERE is_core AND parent_level = 'city' AND stated_share_pct IS NOT NULL""")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 1200})
            problems: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: problems.append(f"fetched {r.url}") if not r.url.startswith("file:") else None)
            page.goto(page_path.as_uri())
            page.screenshot(path=str(tmp_path / "report.png"))
            assert page.locator("svg.chart").count() >= 3
            assert shares and page.locator("section").first.locator("rect.bar.share").count() == shares
            links = page.locator('svg a[href^="#ev-"]')
            targets = {links.nth(i).get_attribute("href") for i in range(links.count())}
            assert targets and all(page.locator(t).count() == 1 for t in targets)  # every number has its evidence
            first = page.locator("section").first.locator("svg a:has(rect.share)").first
            first.click()
            href = first.get_attribute("href")
            assert page.evaluate("location.hash") == href
            assert page.locator(href).is_visible() and page.locator(f"{href} mark").inner_text().startswith("占全市")
            assert page.locator(f"{href} .rule").inner_text() == "rule: share"  # which rule read it
            assert problems == []
        finally:
            browser.close()
    screenshot = Image.open(tmp_path / "report.png").convert("RGB")
    colours = screenshot.getcolors(maxcolors=1 << 16) or []
    assert len(colours) > 50  # not blank
    blue_bar = (0x26, 0x80, 0xC2)
    assert any(colour == blue_bar for _, colour in colours)  # the share bars were painted


@needs_browser
def test_every_level_targets_by_direction_and_claims_in_chromium(tmp_path: Path):
    """A warehouse of written figures at every level: the report has a section per level it holds, colours
    a target by its direction (a price ceiling met at 0.2 is green) and lists the claim planted."""
    from datetime import date

    from playwright.sync_api import sync_playwright
    from sql_fixture import build, document, fact

    from zhibiao.regions import local_code

    regions = [("鹤岭区", "district", "澄江市"), ("澄江市", "city", "云州省"), ("云州省", "province", "中国"),
               ("中国", "nation", None)]
    docs = {name: document(f"{name}.txt", name, 2026, doc_date=date(2026, 1, 20))
            for name in ("鹤岭区", "澄江市", "云州省", "中国")}
    plan = document("plan.txt", "云州省", 2025, doc_date=date(2025, 1, 20))
    money = {"unit": "亿元", "base_unit": "元"}
    facts = [fact(plan, "居民消费价格", "growth", 3.0, 2025, is_target=True, qualifier="approx"),
             fact(plan, "地区生产总值", "growth", 5.5, 2025, is_target=True, qualifier="approx"),
             fact(docs["云州省"], "居民消费价格", "growth", 0.2, 2025),
             fact(docs["鹤岭区"], "地区生产总值", "share", 30.0, 2025, scope="city",
                  scope_code=local_code("澄江市")),  # planted: the levels make 20%
             fact(docs["鹤岭区"], "地区生产总值", "level", 480.0, 2025, value_base=480e8, **money),
             fact(docs["澄江市"], "地区生产总值", "level", 2400.0, 2025, value_base=2400e8, **money)]
    for doc, growth in zip(docs.values(), (6.1, 4.6, 4.8, 5.0), strict=True):
        facts.append(fact(doc, "地区生产总值", "growth", growth, 2025))
    con = build([*docs.values(), plan], facts, regions, [("地区生产总值", True, True, "output", None),
                                                         ("居民消费价格", True, False, "prices", "ceiling")])
    warehouse = tmp_path / "levels.duckdb"
    con.execute("ATTACH ? AS saved", [str(warehouse)])
    con.execute("COPY FROM DATABASE memory TO saved")
    con.close()
    page_path = tmp_path / "report.html"
    page_path.write_text(build_report(warehouse), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 2400})
            page.goto(page_path.as_uri())
            page.screenshot(path=str(tmp_path / "levels.png"), full_page=True)
            titles = page.locator("h2").all_inner_texts()
            assert [t.split(" · ")[1] for t in titles] == [
                "Districts, counties and zones against their city", "Cities against their province",
                "Provinces against the nation", "Targets against actuals", "Claims that cannot all be true",
                "Evidence"]
            # 鹤岭区 6.1 beats its city's 4.6; 澄江市 4.6 trails its province's 4.8; 云州省 trails the nation
            assert [page.locator("section").nth(i).locator("rect.bar.ahead").count() for i in range(3)] == [1, 0, 0]
            assert [page.locator("section").nth(i).locator("rect.bar.behind").count() for i in range(3)] == [0, 1, 1]
            targets = page.locator("section").nth(3)
            assert targets.locator("rect.bar.met title").text_content().endswith("met (ceiling_by_indicator)")
            assert targets.locator("rect.bar.missed title").text_content().endswith("missed (floor)")
            claim = page.locator("ol.claims li")
            assert claim.count() == 1 and claim.inner_text().startswith("share_inconsistent · 鹤岭区")
        finally:
            browser.close()
    colours = {colour for _, colour in Image.open(tmp_path / "levels.png").convert("RGB").getcolors(1 << 20)}
    assert {(0x3E, 0xBD, 0x93), (0xF2, 0x9B, 0x4B), (0xE6, 0x6A, 0x6A)} <= colours  # ahead/met, behind, missed


def test_the_report_lists_a_claim_without_a_second_figure(tmp_path: Path):
    """share_above_100 has no value_b and no difference: `zhibiao report` lists it, with nothing for them."""
    from click.testing import CliRunner
    from sql_fixture import build, document, fact

    from zhibiao.cli import main

    doc = document("a.txt", "鹤岭区", 2026)
    con = build([doc], [fact(doc, "一般公共预算收入", "share", 105.0, 2025, evidence="一般公共预算收入占全市105%")])
    warehouse = tmp_path / "w.duckdb"
    con.execute("ATTACH ? AS saved", [str(warehouse)])
    con.execute("COPY FROM DATABASE memory TO saved")
    con.close()
    out = CliRunner().invoke(main, ["report", "-w", str(warehouse), str(tmp_path / "r.html")])
    assert out.exit_code == 0, out.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<b>share_above_100</b> · 鹤岭区 · 一般公共预算收入 · 2025<br>" in page
    assert ('<q>一般公共预算收入占全市105%</q> 105 <span class="source">a.txt</span><br>'
            '<span class="rule">a share cannot exceed 100%</span>') in page


def test_report_help_says_what_it_writes():
    from click.testing import CliRunner

    from zhibiao.cli import main

    out = CliRunner().invoke(main, ["report", "--help"], terminal_width=100)
    text = " ".join(out.output.split())
    assert out.exit_code == 0 and "OUT.html" not in text
    assert "Write the HTML report to OUT, as named: at every level the warehouse holds" in text
    assert "cities against their province, provinces against the nation" in text

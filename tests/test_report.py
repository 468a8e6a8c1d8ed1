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
    [(shares,)] = rows(warehouse, "SELECT count(*) FROM fact_observation WHERE metric = 'share' AND scope = 'city'")
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
            assert page.locator("section").first.locator("rect.bar").count() == shares
            links = page.locator('svg a[href^="#ev-"]')
            targets = {links.nth(i).get_attribute("href") for i in range(links.count())}
            assert targets and all(page.locator(t).count() == 1 for t in targets)  # every number has its evidence
            first = page.locator("section").first.locator("svg a").first
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

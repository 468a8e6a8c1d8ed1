"""Builds the self-contained report page from the published warehouse."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path
from string import Template

import polars as pl

from zhibiao.warehouse.publish import connect
from zhibiao.warehouse.query import named

from .charts import Bar, Group, bar_chart, legend

TEMPLATE = Path(__file__).with_name("template.html")
QUALIFIER_NOTES = {"exact": "", "approx": " 约", "at_least": " 以上", "at_most": " 以内"}
SENTENCE_ENDS = "。；;！!？?\n"  # 。；;！!？? and line ends


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, evidence, after): the sentence holding text[start:end], split around it."""
    left = max((text.rfind(c, 0, start) for c in SENTENCE_ENDS), default=-1) + 1
    ends = [i for c in SENTENCE_ENDS if (i := text.find(c, end)) != -1]
    right = min(ends) + 1 if ends else len(text)
    return text[left:start].lstrip(), text[start:end], text[end:right].rstrip()


def anchor(obs_id: str) -> str:
    return f"ev-{obs_id}"


def build_report(warehouse: Path) -> str:
    con = connect(warehouse, read_only=True)
    try:
        summary = named(con, "report_summary").row(0, named=True)
        shares, growth, targets = (named(con, q) for q in ("report_shares", "report_growth", "report_targets"))
        cited = sorted({*shares["obs_id"], *growth["district_obs_id"], *growth["city_obs_id"],
                        *targets["target_obs_id"], *targets["actual_obs_id"]})
        evidence = named(con, "report_evidence", [cited])
    finally:
        con.close()
    sections = [
        _section("各区县占全市比重 · Shares of the city",
                 "As each district states them; click a bar for the sentence.",
                 legend({"share": "stated share of the city"}),
                 _charts(shares, ("district", "period"), _share_bars, "%")),
        _section("增速对比 · District growth against the city's",
                 "Whole-year actual growth, same indicator and year.",
                 legend({"district": "district", "city": "city"}),
                 _charts(growth, ("district", "period"), _growth_bars, "%")),
        _section("目标与实际 · Targets against actuals",
                 "A year's targets beside what the next year's documents reported.",
                 legend({"target": "target", "met": "actual, met", "missed": "actual, missed"}),
                 _charts(targets, ("about_region", "period"), _target_bars, "%")),
        _evidence_section(evidence)]
    years = f"{summary['first_year']}–{summary['last_year']}" if summary["first_year"] else "no years"
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        summary=escape(f"{warehouse.name}: {summary['documents']} documents, {summary['observations']} "
                       f"observations, {summary['regions']} regions, {years}"),
        sections="\n".join(sections))


def _charts(frame: pl.DataFrame, by: tuple[str, str], bars: Callable[[dict], list[Bar]], unit: str) -> list[str]:
    charts = []
    for (region, period), rows in frame.group_by(by, maintain_order=True):
        groups = [Group(r["indicator"], bars(r)) for r in rows.to_dicts()]
        charts.append(bar_chart(f"{region} · {period}", groups, unit))
    return charts


def _share_bars(r: dict) -> list[Bar]:
    return [Bar(r["value"], anchor(r["obs_id"]), "share", QUALIFIER_NOTES[r["qualifier"]])]


def _growth_bars(r: dict) -> list[Bar]:
    return [Bar(r["district_growth"], anchor(r["district_obs_id"]), "district"),
            Bar(r["city_growth"], anchor(r["city_obs_id"]), "city")]


def _target_bars(r: dict) -> list[Bar]:
    return [Bar(r["target_value"], anchor(r["target_obs_id"]), "target", QUALIFIER_NOTES[r["target_qualifier"]]),
            Bar(r["actual_value"], anchor(r["actual_obs_id"]), r["status"])]


def _section(title: str, hint: str, key: str, charts: Iterable[str]) -> str:
    body = "\n".join(charts) or '<p class="empty">Nothing loaded for this view yet.</p>'
    return f'<section><h2>{escape(title)}</h2><p class="hint">{escape(hint)}</p>{key}\n{body}</section>'


def _evidence_section(evidence: pl.DataFrame) -> str:
    items = []
    for r in evidence.iter_rows(named=True):
        before, stated, after = sentence_around(r["text"], r["start_offset"], r["end_offset"])
        items.append(f'<li id="{anchor(r["obs_id"])}">{escape(before)}<mark>{escape(stated)}</mark>{escape(after)} '
                     f'<span class="source">{escape(r["file_name"])} · {r["period"]} · '
                     f'{escape(r["indicator"])} · characters {r["start_offset"]}–{r["end_offset"]}</span> '
                     f'<span class="rule">rule: {escape(r["rule"] or "not recorded")}</span></li>')
    return ('<section><h2>证据 · Evidence</h2><p class="hint">The sentence each charted number comes from.</p>'
            f'<ol class="evidence">{"".join(items)}</ol></section>')

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


LEVELS = {  # parent level -> the section's title
    "city": "各区县与所在市 · Districts, counties and zones against their city",
    "province": "各市与全省 · Cities against their province",
    "nation": "各省与全国 · Provinces against the nation",
}
STATUS_SERIES = {"met": "met", "met within tolerance": "within", "missed": "missed"}


def build_report(warehouse: Path) -> str:
    con = connect(warehouse, read_only=True)
    try:
        summary = named(con, "report_summary").row(0, named=True)
        comparisons, targets, claims = (named(con, q) for q in ("report_comparisons", "report_targets",
                                                                  "report_claims"))
        cited = sorted({*comparisons["share_obs_id"], *comparisons["growth_obs_id"],
                        *comparisons["parent_growth_obs_id"], *targets["target_obs_id"],
                        *targets["actual_obs_id"]} - {None})
        evidence = named(con, "report_evidence", [cited])
    finally:
        con.close()
    # what the warehouse holds decides the sections: a level, targets or claims with nothing to show have none
    sections = [
        _section(title, "Stated share of the region above, and both growth rates, for the same year and part of "
                        "the year; growth is green where it beats the region above (lower is better for prices, "
                        "unemployment, energy use and emissions). Click a bar for its sentence.",
                 legend({"share": "stated share", "ahead": "growth, better than above",
                         "behind": "growth, worse than above", "parent": "growth of the region above"}),
                 _charts(level, ("about_region", "parent", "period", "span"), _comparison_bars, "%"))
        for parent_level, title in LEVELS.items()
        if not (level := comparisons.filter(pl.col("parent_level") == parent_level)).is_empty()]
    if not targets.is_empty():
        sections.append(_section(
            "目标与实际 · Targets against actuals",
            "Each target beside the actual of the same year and stretch, judged by its direction: a ceiling "
            "(以内, 不超过; prices, unemployment, energy use, emissions) is met at or below it, a cut (下降3%) by "
            "cutting at least as much, a floor at or above it; 左右 is met within half a point.",
            legend({"target": "target", "met": "met", "within": "met within tolerance", "missed": "missed"}),
            _charts(targets, ("about_region", "period", "span"), _target_bars, "%")))
    if not claims.is_empty():
        sections.append(_claims_section(claims))
    if not sections:
        sections.append(_section("Nothing to compare yet", "No comparisons, targets or claim checks are loaded.",
                                 "", []))
    years = f"{summary['first_year']}–{summary['last_year']}" if summary["first_year"] else "no years"
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        summary=escape(f"{warehouse.name}: {summary['documents']} documents, {summary['observations']} "
                       f"observations, {summary['regions']} regions, {years}"),
        sections="\n".join([*sections, _evidence_section(evidence)]))


def _charts(frame: pl.DataFrame, by: tuple[str, ...], bars: Callable[[dict], list[Bar]], unit: str) -> list[str]:
    charts = []
    for key, rows in frame.group_by(by, maintain_order=True):
        groups = [Group(r["indicator"], found) for r in rows.to_dicts() if (found := bars(r))]
        charts.append(bar_chart(" · ".join(str(part) for part in key if part is not None), groups, unit))
    return charts


def _comparison_bars(r: dict) -> list[Bar]:
    bars = []
    if r["stated_share_pct"] is not None:
        bars.append(Bar(r["stated_share_pct"], anchor(r["share_obs_id"]), "share", " share"))
    if r["region_growth_pct"] is not None and r["parent_growth_pct"] is not None:
        better = (r["region_growth_pct"] >= r["parent_growth_pct"]) == r["higher_is_better"]
        bars += [Bar(r["region_growth_pct"], anchor(r["growth_obs_id"]), "ahead" if better else "behind", " growth"),
                 Bar(r["parent_growth_pct"], anchor(r["parent_growth_obs_id"]), "parent", f" {r['parent']}")]
    return bars


def _target_bars(r: dict) -> list[Bar]:
    return [Bar(r["target_value"], anchor(r["target_obs_id"]), "target", QUALIFIER_NOTES[r["target_qualifier"]]),
            Bar(r["actual_value"], anchor(r["actual_obs_id"]), STATUS_SERIES[r["status"]],
                f" {r['status']} ({r['judged_by']})")]


def _claims_section(claims: pl.DataFrame) -> str:
    items = []
    for r in claims.iter_rows(named=True):
        when = f"{r['period']} {r['span'] or ''}".strip()
        # a check of one figure alone (share_above_100) has no second figure and no difference
        difference = "" if r["difference"] is None else f' · difference {r["difference"]:g}'
        items.append(f'<li class="claim"><b>{escape(r["check_name"])}</b> · {escape(r["about_region"] or "")} · '
                     f'{escape(r["indicator"])} · {escape(when)}{difference}<br>'
                     f'<q>{escape(r["evidence_a"])}</q> {_number(r["value_a"])} '
                     f'<span class="source">{escape(r["file_a"])}</span><br>'
                     f'{_second_figure(r)}'
                     f'<span class="rule">{escape(r["detail"])}</span></li>')
    return _section("核查 · Claims that cannot all be true", "Each with both sentences and both documents.", "",
                    [f'<ol class="claims">{"".join(items)}</ol>'])


def _second_figure(r: dict) -> str:
    if r["value_b"] is None and r["evidence_b"] is None:
        return ""
    return (f'<q>{escape(r["evidence_b"] or "")}</q> {_number(r["value_b"])} '
            f'<span class="source">{escape(r["file_b"] or "")}</span><br>')


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _section(title: str, hint: str, key: str, charts: Iterable[str]) -> str:
    body = "\n".join(charts) or '<p class="empty">Nothing loaded for this view yet.</p>'
    return f'<section><h2>{escape(title)}</h2><p class="hint">{escape(hint)}</p>{key}\n{body}</section>'


def _evidence_section(evidence: pl.DataFrame) -> str:
    items = []
    for r in evidence.iter_rows(named=True):
        before, stated, after = (sentence_around(r["text"], r["start_offset"], r["end_offset"]) if r["text"]
                                 else ("", r["evidence"], ""))  # a document loaded without its text
        items.append(f'<li id="{anchor(r["obs_id"])}">{escape(before)}<mark>{escape(stated)}</mark>{escape(after)} '
                     f'<span class="source">{escape(r["file_name"])} · {r["period"]} · '
                     f'{escape(r["indicator"])} · characters {r["start_offset"]}–{r["end_offset"]}</span> '
                     f'<span class="rule">rule: {escape(r["rule"] or "not recorded")}</span></li>')
    return ('<section><h2>证据 · Evidence</h2><p class="hint">The sentence each charted number comes from.</p>'
            f'<ol class="evidence">{"".join(items)}</ol></section>')

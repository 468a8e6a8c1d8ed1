"""Horizontal bar charts as inline SVG: no script, no fonts or libraries to fetch, every bar a
link to the evidence of its number."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

WIDTH, LABEL_WIDTH, VALUE_WIDTH = 820, 250, 190  # room for a verdict and its rule after the bar
BAR, GAP, GROUP_GAP = 16, 3, 12


@dataclass(frozen=True)
class Bar:
    value: float
    anchor: str  # id of the evidence entry the bar links to
    series: str  # legend name, also the CSS class that colours it
    note: str = ""  # shown after the value (近, 左右, 以上 …)


@dataclass(frozen=True)
class Group:
    label: str
    bars: list[Bar]


def bar_chart(title: str, groups: list[Group], unit: str) -> str:
    """An SVG chart: one row of bars per group, a zero line, values at the bar ends."""
    values = [b.value for g in groups for b in g.bars]
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH

    def x(v: float) -> float:
        return LABEL_WIDTH + (v - low) / span * plot

    rows, y = [], 28
    for group in groups:
        height = len(group.bars) * (BAR + GAP)
        rows.append(f'<text class="label" x="{LABEL_WIDTH - 8}" y="{y + height / 2 + 4:.1f}" '
                    f'text-anchor="end">{escape(group.label)}</text>')
        for bar in group.bars:
            left, right = sorted((x(0), x(bar.value)))
            text = f"{bar.value:g}{unit}{bar.note}"
            rows.append(
                f'<a href="#{escape(bar.anchor)}"><rect class="bar {escape(bar.series)}" x="{left:.1f}" y="{y}" '
                f'width="{max(right - left, 1):.1f}" height="{BAR}"><title>{escape(bar.series)}: {escape(text)}'
                f'</title></rect><text class="value" x="{right + 4:.1f}" y="{y + BAR - 3}">{escape(text)}</text></a>')
            y += BAR + GAP
        y += GROUP_GAP
    axis = f'<line class="axis" x1="{x(0):.1f}" x2="{x(0):.1f}" y1="20" y2="{y}"/>'
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {y + 8}" width="{WIDTH}" height="{y + 8}" role="img" '
            f'aria-label="{escape(title)}"><text class="title" x="0" y="16">{escape(title)}</text>'
            f'{axis}{"".join(rows)}</svg>')


def legend(series: dict[str, str]) -> str:
    """series CSS class -> name shown."""
    items = "".join(f'<span class="key"><i class="swatch {escape(k)}"></i>{escape(v)}</span>'
                    for k, v in series.items())
    return f'<div class="legend">{items}</div>'

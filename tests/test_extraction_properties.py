"""Extraction never raises, values are finite, evidence is exact, whatever the text."""

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhibiao.extraction import DocumentMeta, extract

# Text built from the pieces statements are made of, so that the grammar is exercised
# far more often than by random characters alone.
PIECES = ["地区生产总值", "固定资产投资", "增长", "下降", "占全市", "拉动全市增长", "个百分点", "高于全省",
          "居全市", "第一", "首位", "近", "约", "左右", "以上", "以内", "多", "亿元", "万人", "个", "%",
          "百分之", "一万五千", "两", "十二", "1,234.5", "0.3", "9.8", "2024年", "今年", "去年", "持平",
          "基本", "力争", "、", ",", "。", ";", "\n", "一、2024年工作回顾\n", "二、2025年目标\n", "“", "”",
          "(", ")", "第", "分别", "和", "总量", "增速", "１２", "％", "地區", "增長"]
statement_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=60).map("".join)
any_text = st.one_of(statement_text, st.text(max_size=300))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=any_text, year=st.one_of(st.none(), st.integers(1990, 2030)))
def test_extraction_is_total_and_exact(text, year):
    for o in extract(text, DocumentMeta(year=year)):
        assert math.isfinite(o.value)
        assert o.value_high is None or math.isfinite(o.value_high)
        assert 0 <= o.start < o.end <= len(text)
        assert text[o.start:o.end] == o.evidence
        assert o.indicator

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhibiao.extraction.numerals import parse_arabic, parse_chinese


@pytest.mark.parametrize(("text", "value"), [
    ("一万五千", 15000), ("两千三百", 2300), ("十二", 12), ("二十", 20), ("一百零五", 105),
    ("三亿五千万", 350_000_000), ("两万亿", 2e12), ("三点五", 3.5), ("零点八", 0.8), ("一十二", 12),
    ("2万5千", 25_000), ("3亿5千万", 350_000_000), ("12万3千", 123_000),
    ("六万万", 600_000_000), ("五万万三千万", 530_000_000),  # 万万: 亿, as the 1950s reports write it
])
def test_chinese_numerals(text, value):
    assert parse_chinese(text) == value


@pytest.mark.parametrize("text", ["一一", "三五", "", "万"])
def test_not_numerals(text):
    with pytest.raises(ValueError):
        parse_chinese(text)


@given(st.integers(min_value=1, max_value=10**12))
def test_chinese_numerals_agree_with_cn2an(n):
    assert parse_chinese(cn2an.an2cn(n)) == n


@pytest.mark.parametrize(("text", "value"), [("1,234.5", 1234.5), ("64636", 64636), ("0.3", 0.3)])
def test_arabic(text, value):
    assert parse_arabic(text) == value


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("原油产量达到一亿一千四百多万吨。", 1.14, "亿吨"), ("原煤产量达到七亿七千多万吨。", 7.7, "亿吨"),
    ("粮食产量达到三千多万吨。", 3000, "万吨"), ("钢产量三点五万吨。", 3.5, "万吨"),
])
def test_a_magnitude_after_a_chinese_numeral_scales_only_its_own_group(sentence: str, value: float, unit: str):
    """多 stands between the numeral and its 万: 一亿一千四百多万 is 1.14 亿, not 一亿一千四百 taken 万 times;
    the figure keeps the largest magnitude it is written in, as a figure in digits does (1.14亿吨)."""
    from zhibiao.extraction import extract

    assert [(o.value, o.unit) for o in extract(sentence)] == [(value, unit)]

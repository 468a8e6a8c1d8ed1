"""Numbers as written in Chinese documents: Arabic, with separators, and Chinese numerals."""

from __future__ import annotations

import re
from functools import lru_cache

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
MYRIAD = "万"
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS) + "点"
YEAR_DIGIT_CHARS = "〇零○一二三四五六七八九"
# Arabic digits written with Chinese magnitudes (2万5千公里, 3亿5千万人): each run of digits is one digit of the numeral
MIXED = r"(?<![\d.])\d{1,4}[万亿](?:\d{1,3}[千百十]万?){1,3}"
DIGIT_RUN = re.compile(r"\d+|.")
# A year as a regex: 2025, or 一九八五 and 二〇二五 as older and formal texts write it (each form
# opening with its own characters, which the regex engine scans for); always four characters
# 1-5月, 1~5月, 1至5月, and 1--5月 (１——５月 once its dashes are half-width): the word joining a range of months
MONTH_RANGE_TO = r"(?:-{1,2}|~|至|到)"
YEAR_NUMBER = rf"19\d\d|20\d\d|一九[{YEAR_DIGIT_CHARS}]{{2}}|二[〇零○][{YEAR_DIGIT_CHARS}]{{2}}"


def year_number(text: str) -> int:
    """'1985' or '一九八五' -> 1985."""
    if text.isdigit():
        return int(text)
    return int("".join(str(DIGITS.get(c, 0)) for c in text))  # ○ is 0 too


def parse_arabic(text: str) -> float:
    """'1,234.5' -> 1234.5; '7 4 7 7 2' (digits spaced out, as some converted pages have them) -> 74772."""
    return float(text.replace(",", "").replace(" ", ""))


def _parse_integer(text: str) -> int:
    total = 0  # completed 亿/万 groups
    group = 0  # the current group below 万
    digit = None
    previous = None  # the character read before
    for ch in DIGIT_RUN.findall(text):
        previous, before = ch, previous
        if ch.isdigit():  # 2万5千: Arabic digits with Chinese magnitudes
            digit = int(ch)
        elif ch in DIGITS:
            if digit not in (None, 0) and DIGITS[ch] != 0:
                raise ValueError(f"two digits in a row: {text!r}")  # 一一, 三五
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            group += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        elif ch in LARGE_UNITS:
            if before == ch == MYRIAD:
                total *= LARGE_UNITS[ch]  # 六万万: a myriad of myriads, 六亿 as older texts write it
                previous = None
                continue
            group += digit or 0
            scale = LARGE_UNITS[ch]
            # 一万亿: the 亿 multiplies what is already there, 万 included
            total = (total + group) * scale if scale > 10_000 or total == 0 else total + group * scale
            group, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + group + (digit or 0)


@lru_cache(maxsize=4096)  # (a document's figures and years name the same few numerals again and again: 三, 十四, 五)
def parse_chinese(text: str) -> float:
    """'一万五千' -> 15000, '两千三百' -> 2300, '十二' -> 12, '三点五' -> 3.5, '2万5千' -> 25000."""
    if not text:
        raise ValueError("empty numeral")
    whole, _, fraction = text.partition("点")
    if whole and not any(ch in DIGITS or ch == "十" or ch.isdigit() for ch in whole):
        raise ValueError(f"a magnitude without a number: {text!r}")
    value = float(_parse_integer(whole)) if whole else 0.0
    if fraction:
        if any(ch not in DIGITS for ch in fraction):
            raise ValueError(f"not a decimal fraction: {text!r}")
        value += float("0." + "".join(str(DIGITS[ch]) for ch in fraction))
    return value

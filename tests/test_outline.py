"""Time from the document's outline, on whole documents written for these tests: a county's 1-8月
brief, a December speech at an economic-work conference and a work report with a five-year review
under a lead-in and a plan of several years. Each figure's year, span and target status."""

from datetime import date

import pytest

from zhibiao.extraction import DocumentMeta, extract

BRIEF = """松阳县统计局
当前位置:首页 > 统计数据

2025年1-8月全县经济运行简况

发布日期:2025-09-22  来源:县统计局

今年以来,全县经济运行稳中向好,主要指标好于预期。

一、上半年地区生产总值

上半年,全县实现地区生产总值86.4亿元,同比增长6.3%,比一季度加快0.4个百分点。

二、工业生产

1-8月,全县规上工业增加值同比增长9.1%,比1-7月提高0.3个百分点;8月当月增长10.2%。规上工业总产值212.5亿元。

三、财政

一般公共预算收入7.9亿元,增长4.4%,完成年度预算的68.2%。
"""

SPEECH = """在县委经济工作会议上的讲话

同志们:

这次会议的主要任务是,总结全年经济工作,部署下一阶段任务。

一、经济运行情况

预计全年实现地区生产总值198亿元左右,增长6.2%。前三季度,固定资产投资增长5.8%。

二、下步工作打算

全县经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业6000人。
"""

REPORT = """2026年丰川县政府工作报告

——2026年1月20日在丰川县第十八届人民代表大会第五次会议上

各位代表:

现在,我代表县人民政府向大会报告工作,请予审议。

“十四五”时期成就和2025年工作回顾

过去一年,全县地区生产总值增长6.1%。

回顾过去五年,我们攻坚克难,交出了一份厚实答卷:

——综合实力明显增强。地区生产总值从152亿元增加到214亿元。

——城乡面貌显著改善。常住人口城镇化率从55.2%提高到61.8%。

“十五五”时期主要目标和2026年工作安排

今后五年,地区生产总值年均增长6.5%左右,到2030年居民人均可支配收入比2020年翻一番。

今年的主要预期目标是:一般公共预算收入增长4%。全县拟安排政府投资项目资金18亿元。
"""


def timings(text: str, meta: DocumentMeta) -> dict[float, tuple]:
    return {o.value: (o.period, o.span, o.is_target) for o in extract(text, meta)}


def test_a_brief_of_months_takes_its_titles_span_unless_a_heading_or_sentence_says_another():
    found = timings(BRIEF, DocumentMeta(year=2025, kind="bulletin"))
    assert found[86.4] == found[6.3] == found[0.4] == (2025, "H1", False)  # under 一、上半年…
    assert found[9.1] == found[0.3] == found[212.5] == found[7.9] == (2025, "M1-M8", False)
    assert found[10.2] == (2025, "M8", False)
    assert found[68.2] == (2025, "M1-M8", False)  # 完成年度预算的: no plan


@pytest.mark.parametrize("day", [date(2025, 12, 18), date(2025, 11, 3)])
def test_a_speech_late_in_the_year_reviews_it_and_plans_the_next(day):
    found = timings(SPEECH, DocumentMeta(year=2025, kind="speech", date=day))
    assert found[198] == found[6.2] == (2025, None, False)  # 预计全年…: estimates are actuals
    assert found[5.8] == (2025, "Q1-Q3", False)
    assert found[6] == found[6000] == (2026, None, True)


def test_the_same_speech_early_in_the_year_reviews_the_year_before():
    found = timings(SPEECH, DocumentMeta(year=2025, kind="speech", date=date(2025, 2, 10)))
    assert found[198] == (2024, None, False)
    assert found[6] == (2025, None, True)


def test_a_five_year_review_under_a_lead_in_and_a_plan_of_five_years():
    found = timings(REPORT, DocumentMeta(year=2026, kind="work_report", date=date(2026, 1, 20)))
    assert found[6.1] == (2025, None, False)
    assert found[152] == found[55.2] == (2020, None, False)  # items of the list under 回顾过去五年
    assert found[214] == found[61.8] == (2025, None, False)
    assert found[6.5] == found[100] == (2030, None, True)
    assert found[4] == found[18] == (2026, None, True)



def test_a_table_s_header_cells_on_lines_of_their_own_open_no_part():
    """A web page's table read one cell to a line (2020年基数 / 2025年规划目标 / 2023年完成): the header cells name
    columns, not parts of the document, so the prose after the table keeps the year of the part it is in; a
    growth column beside a year's column (2022年完成 | 比上年增长%) is that year's."""
    from zhibiao.documents.tables import spaced_tables
    from zhibiao.extraction import extract_document, load_lexicon

    lines = ["青溪县2023年经济运行情况", "一、主要指标", "全县地区生产总值增长6.1%,主要指标见下表。",
             "指标", "2020年基数", "2022年完成", "比上年增长%",
             "地区生产总值（亿元）", "301.2", "358.3", "6.1",
             "一般公共预算收入（亿元）", "18.6", "21.4", "3.2", "全县城镇新增就业1.2万人。"]
    text = "\n".join(lines)
    meta = DocumentMeta(year=2023, kind="bulletin", date=date(2024, 1, 20), title=lines[0])
    tables = spaced_tables(text)
    found = extract_document(text, meta, load_lexicon(), tables=tables).observations
    cells = {(o.value, o.period) for o in found if o.rule == "table_cell" and o.indicator == "地区生产总值"}
    assert cells == {(301.2, 2020), (358.3, 2022), (6.1, 2022)}
    assert {o.period for o in found if o.value == 1.2} == {2023}

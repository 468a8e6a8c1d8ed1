"""Extraction on sentences written for these tests: each statement form, and what must not come out."""

import pytest

from zhibiao.extraction import DocumentMeta, extract, load_lexicon

META = DocumentMeta(year=2025, region="青溪区", kind="speech")


def run(text: str, meta: DocumentMeta = META):
    return extract(text, meta)


def only(text: str, meta: DocumentMeta = META):
    found = run(text, meta)
    assert len(found) == 1, [(o.indicator, o.metric, o.value) for o in found]
    return found[0]


def facts(text: str, meta: DocumentMeta = META) -> list[tuple]:
    return [(o.indicator, o.metric, o.value, o.unit, o.qualifier) for o in run(text, meta)]


# --- numbers in every written form -------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("全区实现地区生产总值1,234.5亿元。", 1234.5, "亿元"),
    ("全区实现地区生产总值１２３４．５亿元。", 1234.5, "亿元"),
    ("全区一般公共预算收入3.2亿元。", 3.2, "亿元"),
    ("全区金融机构本外币存款余额2.1万亿元。", 2.1, "万亿元"),
    ("城镇新增就业1.5万人。", 1.5, "万人"),
    ("城镇新增就业一万五千人。", 1.5, "万人"),
    ("新增停车位两千三百个。", 2300, "个"),
    ("新建公园十二个。", 12, "个"),
])
def test_number_forms(text, value, unit):
    o = only(text)
    assert (o.metric, o.value, o.unit) == ("level", value, unit)


def test_percent_in_words():
    o = only("力争工业投资增长百分之六。")
    assert (o.indicator, o.metric, o.value, o.unit, o.is_target) == ("工业投资", "growth", 6.0, "%", True)


def test_traditional_characters_come_out_simplified():
    o = only("2024年全區地區生產總值增長5.2%。")
    assert (o.indicator, o.metric, o.value, o.period) == ("地区生产总值", "growth", 5.2, 2024)
    assert o.evidence == "地區生產總值增長5.2%"


def test_full_width_digits_and_punctuation():
    found = facts("固定资产投资同比增长９．８％，占全市近３０％。")
    assert found == [("固定资产投资", "growth", 9.8, "%", "exact"), ("固定资产投资", "share", 30.0, "%", "approx")]


def test_percent_range_keeps_both_bounds():
    o = only("2025年地区生产总值增长5%-6%。")
    assert (o.metric, o.value, o.value_high, o.qualifier) == ("growth", 5.0, 6.0, "at_least")


@pytest.mark.parametrize(("text", "value"), [
    ("全区电话总容量比上年增长1.1倍。", 110.0),
    ("全区新能源汽车产量增长5.1倍。", 510.0),
    ("全区粮食产量等于2015年的二点二倍。", 120.0),
])
def test_multiples_come_out_as_the_percentages_written(text, value):
    # 1.1倍 is 110%, exactly: a user filtering value = 110 must find it
    assert only(text).value == value


def test_what_a_completion_ratio_completes_stays_the_topic():
    # the clause names what it completes before the verb; the growth after it is that quantity's, not the ratio's
    assert facts("全区粮食总产量完成年计划的102.5%,比上年增长3.1%。") == [
        ("粮食总产量计划完成率", "ratio", 102.5, "%", "exact"), ("粮食总产量", "growth", 3.1, "%", "exact")]


def test_count_range():
    o = only("新建口袋公园5至6个。")
    assert (o.value, o.value_high, o.unit) == (5.0, 6.0, "个")


# --- metrics by the grammar of the statement --------------------------------------------------

@pytest.mark.parametrize(("text", "metric", "value"), [
    ("地区生产总值增长0.3%。", "growth", 0.3),
    ("地区生产总值同比增长0.3%。", "growth", 0.3),
    ("进出口总额下降3.2%。", "growth", -3.2),
    ("工业投资同比回落4.1%。", "growth", -4.1),
    ("规模以上工业总产值占全市50.2%。", "share", 50.2),
    ("民生类支出占总支出的72.27%。", "ratio", 72.27),
    ("规上企业研发中心覆盖率达50%。", "ratio", 50.0),
    ("固定资产投资完成年度计划的24.1%。", "ratio", 24.1),
    ("研发投入强度提高0.3个百分点。", "change_pp", 0.3),
    ("城镇调查失业率下降0.2个百分点。", "change_pp", -0.2),
])
def test_metrics(text, metric, value):
    o = only(text)
    assert (o.metric, o.value) == (metric, value)


def test_flat_growth_is_zero():
    o = only("固定资产投资与上年持平。")
    assert (o.indicator, o.metric, o.value, o.qualifier) == ("固定资产投资", "growth", 0.0, "exact")


def test_contribution_and_gap():
    found = run("固定资产投资增长9.8%,增速高于全市1.9个百分点,拉动全市增长2.31个百分点。")
    assert [(o.indicator, o.metric, o.value, o.unit, o.scope) for o in found] == [
        ("固定资产投资", "growth", 9.8, "%", None),
        ("固定资产投资", "gap_pp", 1.9, "pp", "city"),
        ("固定资产投资", "contribution", 2.31, "pp", "city")]


def test_gap_below_the_province_is_negative():
    o = only("规模以上工业增加值增速低于全省0.5个百分点。")
    assert (o.indicator, o.metric, o.value, o.scope) == ("规模以上工业增加值", "gap_pp", -0.5, "province")


@pytest.mark.parametrize(("text", "indicator", "scope"), [
    ("入统高新技术企业数量居全市第一。", "入统高新技术企业数量", "city"),
    ("社会消费品零售总额增幅全市第一。", "社会消费品零售总额增速", "city"),
    ("保交房交付率居各县(市、区)首位。", "保交房交付率", "city"),
    ("一般公共预算收入总量位列全省第2名。", "一般公共预算收入", "province"),
    ("工业园在省级考核中位列粤东西北地区第一名。", "工业园", "粤东西北"),
])
def test_ranks(text, indicator, scope):
    o = only(text)
    assert (o.indicator, o.metric, o.scope, o.unit) == (indicator, "rank", scope, "")
    assert o.value in (1.0, 2.0)


def test_vague_standing_is_no_rank():
    assert run("多项主要经济指标增幅位居全市前列。") == []


# --- qualifiers ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "qualifier"), [
    ("地区生产总值占全市近20%。", "approx"),
    ("地区生产总值占全市约20%。", "approx"),
    ("地区生产总值增长6%左右。", "approx"),
    ("社会消费品零售总额增长6%以上。", "at_least"),
    ("提供就业岗位15000多个。", "at_least"),
    ("惠及群众1.2万余人。", "at_least"),
    ("城镇调查失业率控制在5.5%以内。", "at_most"),
    ("城镇调查失业率不超过5.5%。", "at_most"),
    ("新增就业超过3000人。", "at_least"),
])
def test_qualifiers(text, qualifier):
    assert only(text).qualifier == qualifier


def test_basically_flat_is_approx():
    assert only("固定资产投资争取与去年基本持平。").qualifier == "approx"


# --- context carried across clauses ------------------------------------------------------------

def test_one_indicator_three_observations():
    found = facts("固定资产投资同比增长9.8%,占全市近30%,拉动全市增长2.31个百分点。")
    assert [f[:3] for f in found] == [("固定资产投资", "growth", 9.8), ("固定资产投资", "share", 30.0),
                                      ("固定资产投资", "contribution", 2.31)]


def test_shared_rank():
    found = run("固定资产投资创历史新高,投资总量、增量全市第一。")
    assert [(o.indicator, o.metric, o.value) for o in found] == [
        ("固定资产投资", "rank", 1.0), ("固定资产投资增量", "rank", 1.0)]


def test_respectively():
    found = facts("规上工业增加值、固定资产投资分别增长5.1%、8.2%。")
    assert [f[:3] for f in found] == [("规模以上工业增加值", "growth", 5.1), ("固定资产投资", "growth", 8.2)]


def test_level_then_growth():
    found = facts("社会消费品零售总额212.4亿元,增长4.3%。")
    assert found == [("社会消费品零售总额", "level", 212.4, "亿元", "exact"),
                     ("社会消费品零售总额", "growth", 4.3, "%", "exact")]


def test_count_before_noun():
    o = only("冠豪二期等22个项目竣工投产。")
    assert (o.metric, o.value, o.unit) == ("level", 22.0, "个")
    assert "项目" in o.indicator


# --- period, target and part of the year ----------------------------------------------------

REPORT = """一、2024年工作回顾
全区地区生产总值增长5.8%。
二、2025年主要预期目标
地区生产总值增长6%左右。
"""


def test_sections_set_period_and_target():
    found = run(REPORT)
    assert [(o.period, o.is_target) for o in found] == [(2024, False), (2025, True)]


def test_relative_years():
    found = run("去年全区地区生产总值增长5.1%。今年力争地区生产总值增长6%。", DocumentMeta(year=2025))
    assert [(o.period, o.is_target) for o in found] == [(2024, False), (2025, True)]


@pytest.mark.parametrize("kind", ["summary", "bulletin"])
def test_summaries_and_bulletins_report_their_own_year(kind):
    o = only("全年地区生产总值增长5.1%。", DocumentMeta(year=2024, kind=kind))
    assert (o.period, o.is_target) == (2024, False)


def test_a_speech_reviews_the_year_before_it():
    o = only("全年地区生产总值增长5.1%。", DocumentMeta(year=2025, kind="speech"))
    assert (o.period, o.is_target) == (2024, False)


@pytest.mark.parametrize(("text", "span"), [
    ("一季度地区生产总值增长5.1%。", "Q1"),
    ("上半年地区生产总值增长5.1%。", "H1"),
    ("前三季度地区生产总值增长5.1%。", "Q1-Q3"),
    ("1-10月规模以上工业增加值增长7.3%。", "M1-M10"),
    ("全年地区生产总值增长5.1%。", None),
])
def test_spans(text, span):
    assert only(text).span == span


# --- regions ------------------------------------------------------------------------------------

def test_named_district_in_a_city_report():
    city = DocumentMeta(year=2025, region="榕海市", kind="work_report")
    found = run("青溪区地区生产总值增长5.8%,增速居全市首位。", city)
    assert [(o.indicator, o.metric, o.named_region) for o in found] == [
        ("地区生产总值", "growth", "青溪区"), ("地区生产总值增速", "rank", "青溪区")]


def test_own_region_is_left_empty():
    assert only("青溪区地区生产总值增长5.8%。").named_region is None


# --- what is not an observation -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2023年4月10日,习近平总书记亲临视察。",
    "连续3年在全市考核中取得优秀等次。",
    "实施乡村绿化三年行动。",
    "区第六小学和第五幼儿园第一分园成功移交。",
    "分类推进第一批典型村建设。",
    "深入学习贯彻党的二十届三中全会精神和市委十二届八次全会精神。",
    "按照省委“1310”具体部署,深化“1+6+N”基层社会治理工作体系。",
    "深入实施“三项工程”,做实“百千万工程”,落实“一强两增三优”路径。",
    "打造5G+工业互联网标杆,创建4A工业游景区,获得AA+主体信用评级。",
    "中科炼化2#EVA项目加快建设,招商国际邮轮码头8万吨级泊位交工。",
    "百二秦关终属楚,三千越甲可吞吴。",
    "新型智能化养殖平台“恒燚1号”建成投产。",
    "坚持“两个毫不动摇”,落实“三个区分开来”,做到一件事一次办。",
    "围绕四大重点企业,建立三张清单,开展十大行动。",
    "阅读全文 ¥0.01 ¥365 ¥6.66 赏赞 0.035105s",
    "讲话范文11666字 2025-11-21 21:23:52 121",
    "打造15分钟公共法律服务圈。",
])
def test_not_observations(text):
    assert run(text) == []


# --- evidence ---------------------------------------------------------------------------------------

def test_evidence_is_exact_substring():
    text = "  一是经济承压稳健前行。2024年全区地区生产总值增长0.3%,占全市近20%;规模以上工业总产值占全市50.2%。"
    for o in run(text):
        assert text[o.start:o.end] == o.evidence
    assert [o.evidence for o in run(text)] == ["地区生产总值增长0.3%", "占全市近20%", "规模以上工业总产值占全市50.2%"]


def test_core_names_come_from_the_lexicon():
    o = only("全区外贸进出口总额增长10%左右。")
    assert (o.indicator, o.indicator_code) == ("进出口总额", "foreign_trade")


def test_an_event_date_does_not_set_the_period_of_later_figures():
    text = "一、2024年工作回顾\n2025年3月15日召开全区高质量发展大会;全区地区生产总值增长5.1%。"
    found = run(text, DocumentMeta(year=2025))
    assert [(o.indicator, o.period) for o in found] == [("地区生产总值", 2024)]
    found = run("2024年1-10月,全区地区生产总值增长5.1%。", DocumentMeta(year=2025))
    assert [(o.period, o.span) for o in found] == [(2024, "M1-M10")]


@pytest.mark.parametrize(("unit", "dimension"), [("万千瓦", "power"), ("亿千瓦时", "energy"), ("千瓦", "power"),
                                                 ("万吨", "mass"), ("千亿元", "money"), ("万个", "count")])
def test_a_unit_after_magnitudes_that_open_like_it_has_its_dimension(unit, dimension):
    # 千 is a magnitude (千亿) and opens 千瓦: 万千瓦 is 万 of 千瓦, not 瓦 after 万千
    assert load_lexicon().dimension(unit) == dimension


def test_months_before_a_narrowed_decline_are_the_stretch_compared_with():
    # 前10个月 names the months compared with, no count of months: the decline before it still narrows (a rise)
    found = facts("1—11月,全区房地产开发投资下降5.1%,降幅较前10个月收窄1.3个百分点,近3个月均有回升。")
    assert ("房地产开发投资", "change_pp", 1.3, "pp", "exact") in found
    assert not [f for f in found if f[3] == "个月"]

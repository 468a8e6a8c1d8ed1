"""The rules of the views, one case each, as SQL: which figure stands, how a target is judged, what is
compared with what, which claims are flagged. Fixture rows in, model rows out (tests/sql_fixture.py)."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from sql_fixture import build, document, fact, select

from zhibiao.regions import local_code
from zhibiao.warehouse.directions import target_direction

REGIONS = [("鹤岭区", "district", "澄江市"), ("澄江市", "city", "云州省"), ("云州省", "province", "中国"),
           ("中国", "nation", None)]
CITY, PROVINCE = local_code("澄江市"), local_code("云州省")
MONEY = {"unit": "亿元", "base_unit": "元"}


def lexicon(*names: str, direction: str | None = None) -> list[tuple]:
    """Lexicon indicators (names of quantities), core and additive."""
    return [(name, True, True, "output", direction) for name in names]


def money(doc: dict, indicator: str, value: float, period: int, **columns) -> dict:
    return fact(doc, indicator, "level", value, period, value_base=value * 1e8, **MONEY, **columns)


# --- 1. the figure that stands ---------------------------------------------------------------------------

def test_an_average_a_total_or_a_multiple_never_stands_for_the_year():
    report = document("review-2026.txt", "鹤岭区", 2026, doc_date=date(2026, 1, 20))
    city = document("city-2026.txt", "澄江市", 2026, doc_date=date(2026, 1, 22))
    con = build([report, city], [
        fact(report, "地区生产总值", "growth", 4.1, 2025),
        fact(report, "地区生产总值", "growth", 4.7, 2025, basis="average"),         # 年均增长4.7%, later in the text
        fact(report, "地区生产总值", "growth", 65.5, 2025, basis="multiple"),       # 比2020年增长65.5%
        money(report, "固定资产投资", 3216, 2025, basis="cumulative"),               # 五年累计3216亿元
        money(report, "固定资产投资", 700, 2025),
        fact(city, "地区生产总值", "growth", 3.9, 2025),
        money(city, "固定资产投资", 7000, 2025),
    ], REGIONS, lexicon("地区生产总值", "固定资产投资"))
    assert select(con, """SELECT indicator, metric, value, basis FROM current_observation
                          WHERE region = '鹤岭区' ORDER BY indicator, basis NULLS FIRST""") == [
        ("固定资产投资", "level", 700.0, None), ("固定资产投资", "level", 3216.0, "cumulative"),
        ("地区生产总值", "growth", 4.1, None), ("地区生产总值", "growth", 4.7, "average"),
        ("地区生产总值", "growth", 65.5, "multiple")]
    # comparisons read the year's own figures only
    assert select(con, """SELECT indicator, region_growth_pct, derived_share_pct FROM v_region_vs_parent
                          WHERE about_region = '鹤岭区' ORDER BY indicator""") == [
        ("固定资产投资", None, 10.0), ("地区生产总值", 4.1, None)]


def test_a_final_figure_replaces_an_earlier_estimate():
    # 预计全年1560亿元左右 in a December speech; the bulletin's final figure has no date to go by, and an
    # earlier rule (latest date first) let the estimate stand
    speech = document("speech-2025-12.txt", "鹤岭区", 2025, doc_date=date(2025, 12, 29))
    bulletin = document("bulletin-2025.txt", "鹤岭区", 2025)
    half = document("h1-2025.txt", "鹤岭区", 2025, doc_date=date(2025, 7, 20))
    con = build([speech, bulletin, half], [
        money(speech, "地区生产总值", 1560, 2025, qualifier="approx"),
        money(bulletin, "地区生产总值", 1561.3, 2025),
        money(speech, "一般公共预算收入", 96.0, 2025),                 # an estimate with nothing final: it stands
        fact(half, "地区生产总值", "growth", 5.9, 2025, span="H1"),  # H1 is over by 20 July: final
    ], REGIONS)
    assert select(con, """SELECT indicator, span, value, is_estimate FROM current_observation
                          ORDER BY indicator, span NULLS FIRST""") == [
        ("一般公共预算收入", None, 96.0, True), ("地区生产总值", None, 1561.3, False),
        ("地区生产总值", "H1", 5.9, False)]


@pytest.mark.parametrize(("written", "span", "estimate"), [
    (date(2025, 12, 31), None, True), (date(2026, 1, 1), None, False), (date(2025, 3, 31), "Q1", True),
    (date(2025, 4, 1), "Q1", False), (date(2025, 9, 30), "Q1-Q3", True), (date(2025, 11, 1), "M1-M10", False),
    (date(2025, 10, 31), "M1-M10", True), (date(2025, 7, 1), "H1", False)])
def test_a_figure_is_an_estimate_until_its_period_is_over(written: date, span: str | None, estimate: bool):
    doc = document("a.txt", "鹤岭区", 2025, doc_date=written)
    con = build([doc], [fact(doc, "地区生产总值", "growth", 5.0, 2025, span=span)], REGIONS)
    assert select(con, "SELECT is_estimate FROM current_observation") == [(estimate,)]


# --- 2. targets against actuals, with direction --------------------------------------------------------------

def _verdicts(facts: list[tuple], indicators: list[tuple] = ()) -> list[tuple]:
    plan = document("plan-2025.txt", "鹤岭区", 2025, doc_date=date(2025, 1, 10))
    review = document("review-2026.txt", "鹤岭区", 2026, doc_date=date(2026, 1, 12))
    rows = []
    for indicator, metric, target, actual, columns in facts:
        rows.append(fact(plan, indicator, metric, target, 2025, is_target=True, **columns))
        if actual is not None:
            rows.append(fact(review, indicator, metric, actual, 2025))
    con = build([plan, review], rows, REGIONS, indicators)
    return select(con, """SELECT indicator, target_value, actual_value, direction, judged_by, tolerance, status
                          FROM v_targets_vs_actuals ORDER BY indicator, actual_value""")


def test_ceilings_by_wording_and_by_the_indicators_nature():
    assert _verdicts([
        ("居民消费价格", "growth", 3.0, 0.2, {"qualifier": "approx"}),      # 3%左右: a ceiling, met at 0.2
        ("城镇调查失业率", "ratio", 4.6, 4.1, {"qualifier": "at_most"}),   # 低于4.6%
        ("地方政府债务率", "ratio", 90.0, 95.0, {"qualifier": "at_most"}),  # 控制在90%以内, missed
    ], [("居民消费价格", True, False, "prices", "ceiling"),
        ("城镇调查失业率", True, False, "employment", "ceiling")]) == [
        ("地方政府债务率", 90.0, 95.0, "ceiling", "ceiling_by_wording", 0.0, "missed"),
        ("城镇调查失业率", 4.6, 4.1, "ceiling", "ceiling_by_wording", 0.0, "met"),
        ("居民消费价格", 3.0, 0.2, "ceiling", "ceiling_by_indicator", 0.5, "met")]


def test_a_reduction_is_met_when_the_cut_is_at_least_the_target():
    assert _verdicts([
        ("单位地区生产总值能耗", "growth", -3.4, -5.0, {"qualifier": "at_least"}),  # 下降3.4%以上, fell 5.0%
        ("化学需氧量排放量", "growth", -2.0, -1.2, {}),                              # 下降2%, fell only 1.2%
    ]) == [("化学需氧量排放量", -2.0, -1.2, "ceiling", "reduction", 0.0, "missed"),
           ("单位地区生产总值能耗", -3.4, -5.0, "ceiling", "reduction", 0.0, "met")]


def test_floors_and_approximate_targets_within_their_tolerance():
    assert _verdicts([
        ("地区生产总值", "growth", 6.0, 5.6, {"qualifier": "approx"}),      # 6%左右: 0.4 short, within 0.5
        ("固定资产投资", "growth", 6.0, 5.4, {"qualifier": "approx"}),      # 0.6 short
        ("社会消费品零售总额", "growth", 5.0, 5.0, {"qualifier": "at_least"}),
        ("新开工项目", "level", 35, 30, {"unit": "个"}),
        ("进出口总额", "growth", 5.0, 5.5, {"value_high": 6.0}),            # 5%-6%: met from its lower end
    ]) == [
        ("固定资产投资", 6.0, 5.4, "floor", "floor", 0.5, "missed"),
        ("地区生产总值", 6.0, 5.6, "floor", "floor", 0.5, "met within tolerance"),
        ("新开工项目", 35.0, 30.0, "floor", "floor", 0.0, "missed"),
        ("社会消费品零售总额", 5.0, 5.0, "floor", "floor_by_wording", 0.0, "met"),
        ("进出口总额", 5.0, 5.5, "floor", "floor", 0.0, "met")]


def test_a_stretch_target_is_compared_only_with_the_same_stretch():
    plan = document("plan-2021.txt", "鹤岭区", 2021, doc_date=date(2021, 1, 10))
    review = document("review-2026.txt", "鹤岭区", 2026, doc_date=date(2026, 1, 12))
    con = build([plan, review], [
        # 五年累计新增就业超过60万人, against one year's 12.7万人 and then the five years' 64万人
        fact(plan, "城镇新增就业", "level", 600000, 2025, is_target=True, qualifier="at_least", basis="cumulative",
             unit="人"),
        fact(review, "城镇新增就业", "level", 127000, 2025, unit="人"),
        fact(plan, "地区生产总值", "growth", 6.0, 2025, is_target=True, basis="average"),  # 年均增长6%
        fact(review, "地区生产总值", "growth", 5.1, 2025),
        fact(plan, "研发经费投入强度", "ratio", 3.0, 2030, is_target=True),                 # 到2030年
        fact(review, "研发经费投入强度", "ratio", 2.6, 2025),
    ], REGIONS)
    assert select(con, """SELECT indicator, period, basis, actual_value, status FROM v_targets_vs_actuals
                          ORDER BY indicator""") == [
        ("地区生产总值", 2025, "average", None, "not reported"),
        ("城镇新增就业", 2025, "cumulative", None, "not reported"),
        ("研发经费投入强度", 2030, None, None, "not reported")]
    con = build([plan, review], [
        fact(plan, "城镇新增就业", "level", 600000, 2025, is_target=True, qualifier="at_least", basis="cumulative",
             unit="人"),
        fact(review, "城镇新增就业", "level", 640000, 2025, basis="cumulative", unit="人"),
    ], REGIONS)
    assert select(con, "SELECT actual_value, status FROM v_targets_vs_actuals") == [(640000.0, "met")]


def test_part_year_targets_meet_the_same_part_of_the_year():
    plan = document("q1-speech.txt", "鹤岭区", 2025, doc_date=date(2025, 4, 18))
    later = document("h1-speech.txt", "鹤岭区", 2025, doc_date=date(2025, 7, 30))
    con = build([plan, later], [
        fact(plan, "地区生产总值", "growth", 6.5, 2025, is_target=True, qualifier="approx", span="H1"),
        fact(later, "地区生产总值", "growth", 6.9, 2025, span="H1"),
        fact(later, "地区生产总值", "growth", 5.2, 2025, span="Q1"),
    ], REGIONS)
    assert select(con, "SELECT span, actual_value, status FROM v_targets_vs_actuals") == [("H1", 6.9, "met")]


def test_the_direction_of_an_indicator_is_data():
    assert [target_direction(name) for name in ("居民消费价格", "城镇调查失业率", "单位地区生产总值能耗",
                                                "二氧化碳排放", "物价", "地区生产总值")] == [
        "ceiling", "ceiling", "ceiling", "ceiling", "ceiling", None]


# --- 3. region against parent, like with like ------------------------------------------------------------

def test_each_part_of_the_year_is_compared_with_the_same_part():
    q1 = document("q1-speech.txt", "鹤岭区", 2025, doc_date=date(2025, 4, 18))
    city = document("city-2026.txt", "澄江市", 2026, doc_date=date(2026, 1, 20))
    con = build([q1, city], [
        money(q1, "地区生产总值", 258.6, 2025, span="Q1"),
        fact(q1, "地区生产总值", "share", 11.4, 2025, span="Q1", scope="city", scope_code=CITY),
        money(q1, "地区生产总值", 2263.5, 2025, span="Q1", region="澄江市", region_code=CITY,
              named_region="全市"),                                                 # the city's Q1, in the speech
        money(city, "地区生产总值", 10186.4, 2025),                                  # the city's whole year
    ], REGIONS, lexicon("地区生产总值"))
    assert select(con, """SELECT about_region, parent, span, stated_share_pct, derived_share_pct
                          FROM v_region_vs_parent WHERE about_region = '鹤岭区'""") == [
        ("鹤岭区", "澄江市", "Q1", 11.4, 11.42)]


def test_a_city_documents_figure_about_a_district_is_the_districts():
    city = document("city-2026.txt", "澄江市", 2026, doc_date=date(2026, 1, 20))
    district = {"region": "鹤岭区", "region_code": local_code("鹤岭区"), "named_region": "鹤岭区"}  # 其中鹤岭区…
    con = build([city], [
        money(city, "地区生产总值", 2400, 2025),
        money(city, "地区生产总值", 480, 2025, **district),
        fact(city, "地区生产总值", "growth", 6.1, 2025, **district),
        fact(city, "地区生产总值", "growth", 5.8, 2025),
    ], REGIONS, lexicon("地区生产总值"))
    assert select(con, """SELECT about_region, parent, derived_share_pct, growth_gap_pp FROM v_region_vs_parent
                          WHERE about_region = '鹤岭区'""") == [("鹤岭区", "澄江市", 20.0, 0.3)]


def test_only_names_of_quantities_are_compared():
    doc = document("a.txt", "鹤岭区", 2025)
    con = build([doc], [
        fact(doc, "按不变价格计算", "share", 11.4, 2024, scope="city", scope_code=CITY),
        fact(doc, "城镇", "share", 10.0, 2024, scope="city", scope_code=CITY),
        fact(doc, "地区生产总值", "share", 11.4, 2024, scope="city", scope_code=CITY),
    ], REGIONS, [*lexicon("地区生产总值"), ("按不变价格计算", False, True), ("城镇", False, True)])
    assert select(con, "SELECT indicator FROM v_region_vs_parent") == [("地区生产总值",)]


# --- 4. claims that cannot all be true ----------------------------------------------------------------------

def _checks(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return select(con, """SELECT check_name, about_region, indicator, span, value_a, value_b, difference,
                                 file_a, file_b FROM v_claim_checks ORDER BY check_name, indicator""")


def test_a_stated_share_and_gap_are_checked_against_both_levels():
    zone = document("zone-2025.txt", "鹤岭区", 2026, doc_date=date(2026, 1, 9))
    city = document("city-2025.txt", "澄江市", 2026, doc_date=date(2026, 1, 20))
    con = build([zone, city], [
        money(zone, "地区生产总值", 496.5, 2025),
        fact(zone, "地区生产总值", "share", 9.4, 2025, scope="city", scope_code=CITY),       # levels make 4.87
        fact(zone, "地区生产总值", "growth", 7.4, 2025),
        fact(zone, "地区生产总值", "gap_pp", 1.5, 2025, scope="city", scope_code=CITY),      # growths make 1.5
        money(zone, "一般公共预算收入", 41.7, 2025),
        fact(zone, "一般公共预算收入", "share", 5.9, 2025, scope="city", scope_code=CITY),  # 5.89: consistent
        fact(zone, "一般公共预算收入", "growth", 6.8, 2025),
        fact(zone, "一般公共预算收入", "gap_pp", 2.2, 2025, scope="city", scope_code=CITY),  # growths make 3.2
        money(city, "地区生产总值", 10186.4, 2025),
        fact(city, "地区生产总值", "growth", 5.9, 2025),
        money(city, "一般公共预算收入", 708.3, 2025),
        fact(city, "一般公共预算收入", "growth", 3.6, 2025),
    ], REGIONS, lexicon("地区生产总值", "一般公共预算收入"))
    assert _checks(con) == [
        ("gap_inconsistent", "鹤岭区", "一般公共预算收入", None, 2.2, 3.2, -1.0, "zone-2025.txt", "city-2025.txt"),
        ("share_inconsistent", "鹤岭区", "地区生产总值", None, 9.4, 4.87, 4.53, "zone-2025.txt", "city-2025.txt")]
    [(evidence_a, evidence_b)] = select(con, """SELECT evidence_a, evidence_b FROM v_claim_checks
                                                WHERE check_name = 'share_inconsistent'""")
    assert (evidence_a, evidence_b) == ("地区生产总值9.4%", "地区生产总值496.5亿元 … 地区生产总值10186.4亿元")


def test_a_contribution_far_from_share_times_growth():
    doc = document("a.txt", "鹤岭区", 2026, doc_date=date(2026, 1, 9))
    con = build([doc], [
        fact(doc, "地区生产总值", "share", 11.4, 2025, scope="city", scope_code=CITY),
        fact(doc, "地区生产总值", "growth", 6.2, 2025),
        fact(doc, "地区生产总值", "contribution", 2.1, 2025, scope="city", scope_code=CITY),  # 3 x 0.71
        fact(doc, "固定资产投资", "share", 20.0, 2025, scope="city", scope_code=CITY),
        fact(doc, "固定资产投资", "growth", 5.0, 2025),
        fact(doc, "固定资产投资", "contribution", 1.0, 2025, scope="city", scope_code=CITY),  # = 20 x 5 / 100
    ], REGIONS)
    assert [row[:6] for row in _checks(con)] == [
        ("contribution_inconsistent", "鹤岭区", "地区生产总值", None, 2.1, 0.71)]


def test_values_conflict_only_for_the_same_figure_both_exact_and_final():
    a = document("a-bulletin.txt", "鹤岭区", 2026, doc_date=date(2026, 3, 1))
    b = document("b-report.txt", "鹤岭区", 2026, doc_date=date(2026, 1, 9))
    h1 = document("c-h1.txt", "鹤岭区", 2025, doc_date=date(2025, 7, 25))
    december = document("d-december.txt", "鹤岭区", 2025, doc_date=date(2025, 12, 29))
    con = build([a, b, h1, december], [
        money(a, "地区生产总值", 486.3, 2025),
        money(b, "地区生产总值", 488.1, 2025),                            # flagged: two final, exact values
        money(h1, "地区生产总值", 231.0, 2025, span="H1"),                # half a year: another figure
        money(december, "地区生产总值", 485.0, 2025),                     # an estimate: no conflict
        fact(a, "固定资产投资", "growth", 4.5, 2025),
        fact(b, "固定资产投资", "growth", 4.0, 2025, qualifier="approx"),  # 4%左右: no conflict
        fact(b, "固定资产投资", "growth", 6.1, 2025, basis="average"),     # 年均: no conflict
        fact(a, "一般公共预算收入", "growth", 3.1, 2025),
        fact(b, "一般公共预算收入", "growth", 3.1, 2025),                  # the same value
    ], REGIONS)
    [(name, region, indicator, span, value_a, value_b, difference, file_a, file_b)] = _checks(con)
    assert (name, region, indicator, span) == ("conflicting_values", "鹤岭区", "地区生产总值", None)
    assert {(value_a, file_a), (value_b, file_b)} == {(486.3, "a-bulletin.txt"), (488.1, "b-report.txt")}
    assert abs(difference) == 1.8


# --- 7. names a user can guess --------------------------------------------------------------------------

def test_an_alias_finds_the_indicator():
    doc = document("a.txt", "鹤岭区", 2025)
    con = build([doc], [money(doc, "地区生产总值", 480, 2024)], REGIONS,
                [("地区生产总值", True, True, "output", None, ["GDP", "国内生产总值"])])
    assert select(con, """SELECT value FROM v_observations
                          WHERE indicator IN (SELECT indicator FROM v_indicator_names WHERE name = ?)""",
                  ["国内生产总值"]) == [(480.0,)]
    assert select(con, "SELECT name, is_canonical FROM v_indicator_names ORDER BY name") == [
        ("GDP", False), ("国内生产总值", False), ("地区生产总值", True)]

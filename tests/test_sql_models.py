"""The marts, aggregates, views and report queries as SQL: fixture rows in, expected rows out."""

from __future__ import annotations

from datetime import date

from sql_fixture import build, document, fact, select

from zhibiao.regions import local_code
from zhibiao.warehouse.query import named

REGIONS = [("青溪区", "district", "榕海市"), ("榕海市", "city", "广东省"), ("广东省", "province", None)]
CITY = local_code("榕海市")
GDP = ("地区生产总值", True, True, "output")  # a lexicon indicator: a name of a quantity


def test_the_latest_document_then_an_exact_figure_stands():
    old = document("a-2025.txt", "青溪区", 2025, doc_date=date(2025, 1, 10))
    new = document("b-2026.txt", "青溪区", 2026, doc_date=date(2026, 1, 12))
    other = document("c-2026.txt", "青溪区", 2026, doc_date=date(2026, 1, 12))
    con = build([old, new, other], [
        fact(old, "地区生产总值", "growth", 5.8, 2024),
        fact(new, "地区生产总值", "growth", 5.6, 2024, qualifier="approx"),
        fact(other, "地区生产总值", "growth", 5.7, 2024),  # same year and date as `new`, but exact
        fact(old, "固定资产投资", "growth", 9.8, 2024),
        fact(new, "固定资产投资", "growth", 9.1, 2024),
        fact(other, "固定资产投资", "growth", 9.3, 2024),  # a tie: the file name decides
        fact(old, "地区生产总值", "growth", 6.0, 2025, is_target=True, qualifier="approx"),
    ], REGIONS)
    assert select(con, """SELECT indicator, period, is_target, value FROM current_observation
                          ORDER BY indicator, period""") == [
        ("固定资产投资", 2024, False, 9.1), ("地区生产总值", 2024, False, 5.7), ("地区生产总值", 2025, True, 6.0)]


def test_two_figures_at_one_position_give_the_same_standing_figure_in_any_load_order():
    """An enumeration read twice (2个 and 2个、3个) gives two figures at one position of one document:
    the id decides, so every rebuild keeps the same one, whatever order the facts were loaded in."""
    doc = document("a-2025.txt", "青溪区", 2025)
    tied = [fact(doc, "重点项目", "level", 2.0, 2024, unit="个", start_offset=7, obs_id="obs-b"),
            fact(doc, "重点项目", "level", 3.0, 2024, unit="个", start_offset=7, obs_id="obs-a")]
    standing = {select(build([doc], facts, REGIONS), "SELECT obs_id, value FROM current_observation")[0]
                for facts in (tied, tied[::-1])}
    assert standing == {("obs-a", 3.0)}


def test_a_district_against_its_city():
    district = document("qingxi.txt", "青溪区", 2025)
    city = document("ronghai.txt", "榕海市", 2025)
    con = build([district, city], [
        fact(district, "地区生产总值", "level", 480.0, 2024, unit="亿元", value_base=480e8, base_unit="元"),
        fact(district, "地区生产总值", "growth", 5.8, 2024),
        fact(district, "地区生产总值", "share", 21.0, 2024, scope="city", scope_code=CITY),
        fact(district, "地区生产总值", "contribution", 1.3, 2024, scope="city", scope_code=CITY),
        fact(district, "地区生产总值", "rank", 2, 2024, scope="city", scope_code=CITY),
        fact(city, "地区生产总值", "level", 2400.0, 2024, unit="亿元", value_base=2400e8, base_unit="元"),
        fact(city, "地区生产总值", "growth", 4.9, 2024),
    ], REGIONS, [GDP])
    assert select(con, """SELECT district, city, stated_share_pct, derived_share_pct, share_difference_pp,
                                 district_growth_pct, city_growth_pct, growth_gap_pp, stated_contribution_pp,
                                 implied_contribution_pp, rank_in_city, is_core
                          FROM v_district_vs_city""") == [
        ("青溪区", "榕海市", 21.0, 20.0, 1.0, 5.8, 4.9, 0.9, 1.3, 1.22, 2, True)]


def test_targets_are_met_missed_or_not_reported():
    plan = document("plan-2025.txt", "青溪区", 2025)
    review = document("review-2026.txt", "青溪区", 2026)
    con = build([plan, review], [
        fact(plan, "地区生产总值", "growth", 6.0, 2025, is_target=True, qualifier="approx"),
        fact(plan, "城镇调查失业率", "ratio", 5.5, 2025, is_target=True, qualifier="at_most"),
        fact(plan, "新开工项目", "level", 35, 2025, is_target=True, qualifier="at_least"),
        fact(review, "地区生产总值", "growth", 5.4, 2025),
        fact(review, "城镇调查失业率", "ratio", 4.9, 2025),
    ], REGIONS)
    assert select(con, """SELECT indicator, target_value, actual_value, actual_minus_target, status
                          FROM v_targets_vs_actuals ORDER BY indicator""") == [
        ("地区生产总值", 6.0, 5.4, -0.6, "missed"), ("城镇调查失业率", 5.5, 4.9, -0.6, "met"),
        ("新开工项目", 35.0, None, None, "not reported")]


def test_claims_that_cannot_all_be_true():
    a = document("a.txt", "青溪区", 2025)
    b = document("b.txt", "青溪区", 2025)
    con = build([a, b], [
        fact(a, "高新技术产品产值", "share", 103.2, 2024, scope="city", scope_code=CITY),
        fact(a, "地区生产总值", "level", 486.3, 2024, unit="亿元", value_base=486.3e8, base_unit="元"),
        fact(b, "地区生产总值", "level", 488.1, 2024, unit="亿元", value_base=488.1e8, base_unit="元"),
        fact(a, "规模以上工业增加值", "growth", 7.2, 2024),
        fact(a, "规模以上工业增加值", "share", 31.6, 2024, scope="city", scope_code=CITY),
        fact(a, "规模以上工业增加值", "contribution", 4.5, 2024, scope="city", scope_code=CITY),
    ], REGIONS)
    found = select(con, """SELECT check_name, indicator, value_a, value_b FROM v_claim_checks
                           ORDER BY check_name""")
    assert found[0][:2] == ("conflicting_values", "地区生产总值") and {found[0][2], found[0][3]} == {486.3, 488.1}
    assert found[1:] == [("contribution_inconsistent", "规模以上工业增加值", 4.5, 2.28),
                         ("share_above_100", "高新技术产品产值", 103.2, None)]


def test_a_figure_rounded_in_one_document_does_not_conflict_with_its_precise_value():
    a = document("a.txt", "青溪区", 2025)
    b = document("b.txt", "青溪区", 2026)
    con = build([a, b], [
        fact(a, "地区生产总值", "level", 5.13, 2024, unit="万亿元", value_base=5.13e12, base_unit="元"),
        fact(b, "地区生产总值", "level", 5.1, 2024, unit="万亿元", value_base=5.1e12, base_unit="元"),
        fact(a, "一般公共预算收入", "level", 74772, 2024, unit="亿元", value_base=74772e8, base_unit="元"),
        fact(b, "一般公共预算收入", "level", 7.4, 2024, unit="万亿元", value_base=7.4e12, base_unit="元"),
        fact(a, "进出口总额", "level", 3251, 2024, unit="亿元", value_base=3251e8, base_unit="元"),
        fact(b, "进出口总额", "level", 3252, 2024, unit="亿元", value_base=3252e8, base_unit="元"),
    ], REGIONS)
    # 5.13 rounds to 5.1; 74772 does not round to 7.4 (7.5), and 3251 is not 3252 at any rounding
    assert select(con, """SELECT indicator, value_a, value_b FROM v_claim_checks
                          WHERE check_name = 'conflicting_values' ORDER BY indicator""") == [
        ("一般公共预算收入", 74772.0, 7.4), ("进出口总额", 3251.0, 3252.0)]


def test_the_report_and_the_views_show_the_same_figure():
    older = document("older.txt", "青溪区", 2025)
    newer = document("newer.txt", "青溪区", 2026)
    city = document("city.txt", "榕海市", 2026)
    con = build([older, newer, city], [
        fact(older, "地区生产总值", "growth", 5.9, 2024),
        fact(newer, "地区生产总值", "growth", 5.8, 2024),
        fact(older, "地区生产总值", "share", 22.0, 2024, scope="city", scope_code=CITY),
        fact(newer, "地区生产总值", "share", 21.0, 2024, scope="city", scope_code=CITY),
        fact(city, "地区生产总值", "growth", 4.9, 2024),
        fact(city, "居民消费价格", "growth", 0.4, 2024),
        fact(newer, "居民消费价格", "growth", 0.2, 2024),
    ], REGIONS, [GDP, ("居民消费价格", True, False, "prices", "ceiling")])
    view = select(con, "SELECT district_growth_pct, city_growth_pct, stated_share_pct FROM v_district_vs_city"
                       " ORDER BY indicator")
    report = named(con, "report_comparisons").select(
        "parent_level", "indicator", "region_growth_pct", "parent_growth_pct", "stated_share_pct",
        "higher_is_better").rows()
    assert sorted(view) == [(0.2, 0.4, None), (5.8, 4.9, 21.0)]
    # a lower rise of prices than the city's is the better one: the report colours by direction
    assert sorted(report) == [("city", "地区生产总值", 5.8, 4.9, 21.0, True),
                              ("city", "居民消费价格", 0.2, 0.4, None, False)]


def test_each_region_against_the_one_above_it():
    regions = [*REGIONS[:2], ("广东省", "province", "中国"), ("中国", "nation", None)]
    province, nation = local_code("广东省"), local_code("中国")
    docs = {name: document(f"{name}.txt", name, 2025) for name in ("青溪区", "榕海市", "广东省", "中国")}
    money = {"unit": "亿元", "base_unit": "元"}
    con = build(list(docs.values()), [
        fact(docs["青溪区"], "地区生产总值", "level", 480.0, 2024, value_base=480e8, **money),
        fact(docs["青溪区"], "地区生产总值", "growth", 5.8, 2024),
        fact(docs["青溪区"], "地区生产总值", "share", 21.0, 2024, scope="city", scope_code=CITY),
        fact(docs["青溪区"], "地区生产总值", "rank", 2, 2024, scope="city", scope_code=CITY),
        fact(docs["青溪区"], "地区生产总值", "gap_pp", 1.1, 2024, scope="province", scope_code=province),
        fact(docs["榕海市"], "地区生产总值", "level", 2400.0, 2024, value_base=2400e8, **money),
        fact(docs["榕海市"], "地区生产总值", "growth", 4.9, 2024),
        fact(docs["榕海市"], "地区生产总值", "rank", 5, 2024, scope="province", scope_code=province),
        fact(docs["广东省"], "地区生产总值", "level", 140000.0, 2024, value_base=140000e8, **money),
        fact(docs["广东省"], "地区生产总值", "growth", 3.5, 2024),
        fact(docs["广东省"], "地区生产总值", "gap_pp", -1.5, 2024, scope="nation", scope_code=nation),
        fact(docs["广东省"], "地区生产总值", "share", 10.4, 2024, scope="nation", scope_code=nation),
        fact(docs["中国"], "地区生产总值", "level", 1349084.0, 2024, value_base=1349084e8, **money),
        fact(docs["中国"], "地区生产总值", "growth", 5.0, 2024),
    ], regions, [GDP])
    assert select(con, """SELECT about_region, about_region_level, parent, parent_level, stated_share_pct,
                                 derived_share_pct, region_growth_pct, parent_growth_pct, stated_gap_pp,
                                 growth_gap_pp, rank_in_parent
                          FROM v_region_vs_parent ORDER BY region_value""") == [
        ("青溪区", "district", "榕海市", "city", 21.0, 20.0, 5.8, 4.9, None, 0.9, 2),  # 高于全省: not its parent
        ("榕海市", "city", "广东省", "province", None, 1.71, 4.9, 3.5, None, 1.4, 5),
        ("广东省", "province", "中国", "nation", 10.4, 10.38, 3.5, 5.0, -1.5, -1.5, None)]
    # the district level keeps its view and its column names
    assert select(con, "SELECT district, city, stated_share_pct, rank_in_city FROM v_district_vs_city") == [
        ("青溪区", "榕海市", 21.0, 2)]

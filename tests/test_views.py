"""The analyst's views, checked against hand-computed values from the sample documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_pipeline import rows, run
from test_warehouse import release_1_warehouse

from zhibiao.warehouse import publish, schema

pytestmark = pytest.mark.usefixtures("prefect_server")


def test_targets_of_2025_beside_what_2026_reported(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    found = rows(warehouse, """SELECT indicator, metric, target_value, target_qualifier, actual_value,
                                      actual_minus_target, status
                               FROM v_targets_vs_actuals WHERE about_region = '青溪区' AND period = 2025
                                 AND status <> 'not reported' ORDER BY indicator, metric""")
    # the 2025 speech set these targets; the 2026 speech reports the results
    assert found == [
        ("一般公共预算收入", "growth", 5.0, "exact", 5.2, 0.2, "met"),
        ("固定资产投资", "growth", 8.0, "exact", 8.6, 0.6, "met"),
        ("地区生产总值", "growth", 6.0, "approx", 5.4, -0.6, "missed"),
        ("城镇调查失业率", "ratio", 5.5, "at_most", 4.9, -0.6, "met"),  # 控制在5.5%以内: lower is met
        ("新开工项目", "level", 35.0, "at_least", 38.0, 3.0, "met"),
        ("社会消费品零售总额", "growth", 5.5, "approx", 4.9, -0.6, "missed"),
        ("规模以上工业增加值", "growth", 7.0, "at_least", 8.1, 1.1, "met"),
    ]
    # the city's 2025 targets and everyone's 2026 targets have no actuals yet
    assert rows(warehouse, """SELECT DISTINCT status FROM v_targets_vs_actuals
                              WHERE about_region = '榕海市' OR period = 2026""") == [("not reported",)]
    evidence = rows(warehouse, """SELECT target_evidence, actual_evidence, target_file, actual_file
                                  FROM v_targets_vs_actuals WHERE indicator = '地区生产总值' AND period = 2025
                                    AND about_region = '青溪区'""")
    assert evidence == [("地区生产总值增长6%左右", "同比增长5.4%", "qingxi-2025-economic-work-speech.txt",
                         "qingxi-2026-economic-work-speech.txt")]


def test_claim_checks_find_what_cannot_all_be_true(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    assert rows(warehouse, "SELECT * FROM v_claim_checks") == []  # the samples agree with each other
    (samples / "qingxi-2024-statistics-brief.txt").write_text(
        "青溪区2024年经济运行简况\n\n2024年全区地区生产总值488.1亿元。高新技术产品产值占全市103.2%。"
        "规模以上工业增加值增长7.2%,占全市31.6%,拉动全市规上工业增长4.5个百分点。\n", encoding="utf-8")
    run(samples, warehouse)
    found = rows(warehouse, """SELECT check_name, indicator, period, metric, value_a, value_b, evidence_a, evidence_b
                               FROM v_claim_checks WHERE about_region = '青溪区' ORDER BY check_name""")
    conflict, contribution, share = found
    # 31.6 x 7.2 / 100 = 2.28 points, not 4.5
    assert contribution == ("contribution_inconsistent", "规模以上工业增加值", 2024, "contribution", 4.5, 2.28,
                            "拉动全市规上工业增长4.5个百分点", "占全市31.6% … 规模以上工业增加值增长7.2%")
    assert conflict[:4] == ("conflicting_values", "地区生产总值", 2024, "level")
    assert {conflict[4], conflict[5]} == {486.3, 488.1}
    assert share[:5] == ("share_above_100", "高新技术产品产值", 2024, "share", 103.2)


def test_removed_documents_stay_until_the_user_prunes(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    (samples / "qingxi-2026-economic-work-speech.txt").unlink()
    kept = run(samples, warehouse)
    assert kept.docs_pruned == 0
    assert rows(warehouse, "SELECT count(*) FROM dim_document") == [(3,)]
    from zhibiao.flows.run_flow import run_flow

    pruned = run_flow(source=str(samples), warehouse=str(warehouse), prune=True, force=True)  # 1 of 3: over the guard
    assert (pruned.docs_pruned, pruned.docs_skipped) == (1, 2)
    assert rows(warehouse, "SELECT count(*) FROM v_observations WHERE file LIKE 'qingxi-2026%'") == [(0,)]
    assert rows(warehouse, "SELECT count(*) FROM dim_document") == [(2,)]
    # the second run published: the manifest still lists the file, a problem it records
    assert rows(warehouse, "SELECT docs_pruned FROM audit_load_run ORDER BY started_at") == [(0,), (0,), (1,)]


def test_documents_loaded_before_region_codes_are_read_again(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    con = publish.connect(warehouse)  # as a version-5 warehouse holds them: names, no codes
    con.execute("UPDATE dim_document SET region_code = NULL WHERE file_name LIKE 'qingxi-2025%'")
    con.execute("UPDATE fact_observation SET region_code = NULL, scope_code = NULL")
    con.close()
    again = run(samples, warehouse)
    assert (again.docs_loaded, again.docs_skipped) == (1, 2)
    assert rows(warehouse, """SELECT count(*) FROM fact_observation f JOIN dim_document d USING (doc_id)
                              WHERE f.region_code IS NULL AND d.file_name LIKE 'qingxi-2025%'""") == [(0,)]


def test_a_release_1_warehouse_is_upgraded_by_the_next_run(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "old.duckdb"
    release_1_warehouse(warehouse).close()
    record = run(samples, warehouse)
    assert record.docs_loaded == 3
    assert rows(warehouse, "SELECT max(version) FROM meta_schema_version") == [(len(schema.migrations()),)]
    assert rows(warehouse, "SELECT file_name FROM dim_document WHERE file_name = 'old.txt'") == [("old.txt",)]


def test_regions_dates_and_provinces_inferred_without_a_manifest(samples: Path, tmp_path: Path):
    (samples / "manifest.csv").unlink()
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    documents = rows(warehouse, """SELECT file_name, region, parent_region, province, year, kind, doc_date, source
                                   FROM dim_document ORDER BY file_name""")
    assert documents == [
        ("qingxi-2025-economic-work-speech.txt", "青溪区", "榕海市", "广东省", 2025, "speech", None, "inferred"),
        ("qingxi-2026-economic-work-speech.txt", "青溪区", "榕海市", "广东省", 2026, "speech", None, "inferred"),
        ("ronghai-2025-government-work-report.html", "榕海市", "广东省", "广东省", 2025, "work_report",
         date(2025, 1, 15), "inferred")]
    assert rows(warehouse, """SELECT r.level, p.region FROM dim_region r
                              JOIN dim_region p ON p.region_code = r.parent_code
                              WHERE r.region IN ('青溪区', '榕海市', '广东省') ORDER BY r.level""") == [
        ("city", "广东省"), ("district", "榕海市"), ("province", "中国")]
    assert rows(warehouse, "SELECT DISTINCT region_code FROM dim_document ORDER BY 1") == [
        ("x-榕海市",), ("x-青溪区",)]


# Four documents of our own, no manifest: a district's speech, its city's report, the province's, the
# country's. Each says whom it speaks for only in its title and opening lines.
LEVELS = {
    "qingxi-2025.txt": "在青溪区2025年经济工作会议上的讲话\n同志们：\n一、2024年经济运行回顾\n"
                       "2024年全区实现地区生产总值480亿元，同比增长5.8%，增速高于全市0.9个百分点，占全市20%，"
                       "居全市第2位。\n",
    "ronghai-2025.txt": "2025年榕海市政府工作报告\n——2025年1月15日在榕海市第十六届人民代表大会第四次会议上\n"
                        "各位代表：\n一、2024年工作回顾\n全市地区生产总值2400亿元，增长4.9%，居全省第5位。\n",
    "guangdong-2025.txt": "政府工作报告\n——2025年1月20日在广东省第十四届人民代表大会第三次会议上\n各位代表：\n"
                          "一、2024年工作回顾\n全省地区生产总值14万亿元，增长3.5%，低于全国1.5个百分点。\n",
    "national-2025.txt": "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2024年工作回顾\n"
                         "国内生产总值134.9万亿元，增长5%。\n",
}


def test_district_city_province_and_nation_each_against_the_one_above(tmp_path: Path):
    source = tmp_path / "docs"
    source.mkdir()
    for name, text in LEVELS.items():
        (source / name).write_text(text, encoding="utf-8")
    warehouse = tmp_path / "wh.duckdb"
    run(source, warehouse)
    assert rows(warehouse, "SELECT file_name, region, parent_region, kind FROM dim_document ORDER BY file_name") == [
        ("guangdong-2025.txt", "广东省", "中国", "work_report"), ("national-2025.txt", "中国", None, "work_report"),
        ("qingxi-2025.txt", "青溪区", "榕海市", "speech"), ("ronghai-2025.txt", "榕海市", "广东省", "work_report")]
    assert rows(warehouse, """SELECT about_region, parent, stated_share_pct, derived_share_pct, growth_gap_pp,
                                     stated_gap_pp, rank_in_parent
                              FROM v_region_vs_parent WHERE indicator = '地区生产总值' ORDER BY region_value""") == [
        ("青溪区", "榕海市", 20.0, 20.0, 0.9, 0.9, 2),
        ("榕海市", "广东省", None, 1.71, 1.4, None, 5),
        ("广东省", "中国", None, 10.38, -1.5, -1.5, None)]

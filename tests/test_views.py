"""The analyst's views, checked against hand-computed values from the sample documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_pipeline import rows, run
from test_warehouse import release_1_warehouse

from zhibiao.warehouse import schema

pytestmark = pytest.mark.usefixtures("prefect_server")


def test_targets_of_2025_beside_what_2026_reported(samples: Path, tmp_path: Path):
    warehouse = tmp_path / "wh.duckdb"
    run(samples, warehouse)
    found = rows(warehouse, """SELECT indicator, metric, target_value, target_qualifier, actual_value,
                                      actual_minus_target, status
                               FROM v_targets_vs_actuals WHERE region = '青溪区' AND period = 2025
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
                              WHERE region = '榕海市' OR period = 2026""") == [("not reported",)]
    evidence = rows(warehouse, """SELECT target_evidence, actual_evidence, target_file, actual_file
                                  FROM v_targets_vs_actuals WHERE indicator = '地区生产总值' AND period = 2025
                                    AND region = '青溪区'""")
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
                               FROM v_claim_checks WHERE region = '青溪区' ORDER BY check_name""")
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
    assert rows(warehouse, "SELECT docs_pruned FROM audit_load_run ORDER BY started_at") == [(0,), (0,), (1,)]


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
    assert rows(warehouse, "SELECT level, parent FROM dim_region WHERE region IN ('青溪区', '榕海市', '广东省') "
                           "ORDER BY level") == [("city", "广东省"), ("district", "榕海市"), ("province", "中国")]

"""Clustering by region (warehouse/cluster.py): a table whose appended tail has grown past its share
is rewritten in key order, with exactly the rows it held, and a scan for one region then meets a
few row groups. A real DuckDB file with small row groups (2,048 rows), so that a few thousand facts
fill many of them."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from zhibiao.warehouse import cluster, refresh, schema, sqlfiles

REGIONS = 40  # a province, 4 cities and 35 districts


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"ATTACH '{tmp_path / 'wh.duckdb'}' AS wh (ROW_GROUP_SIZE 2048)")
    con.execute("USE wh")
    schema.ensure_schema(con)
    con.execute("""INSERT INTO dim_region (region_code, region, level, parent_code, source)
                   SELECT 'r' || lpad(i::VARCHAR, 2, '0'), '地区' || i,
                          CASE WHEN i = 0 THEN 'province' WHEN i <= 4 THEN 'city' ELSE 'district' END,
                          CASE WHEN i = 0 THEN NULL WHEN i <= 4 THEN 'r00' ELSE 'r0' || (1 + i % 4) END, 'test'
                   FROM range(?) r(i)""", [REGIONS])
    con.execute("""INSERT INTO dim_indicator (indicator_key, indicator, category, is_core, is_additive)
                   SELECT 'gdp' || i, 'gdp' || i, 'economy', true, true FROM range(3) r(i)""")
    yield con
    con.close()


def load_run(con: duckdb.DuckDBPyConnection, run: int, facts: int) -> None:
    """A run's documents (100 facts each) and facts in load order: every region, level, growth and share
    figures, some of them targets, a few without a region."""
    con.execute("""INSERT INTO dim_document (doc_id, file_name, path, year, doc_date, source, run_id)
                   SELECT 'd' || ? || '-' || k, 'f' || ? || '-' || k, 'f', 2023, DATE '2024-01-10' + ?, 'test',
                          'run' || ?
                   FROM range(?) r(k)""", [run, run, run, run, -(-facts // 100)])
    con.execute("""INSERT INTO fact_observation (obs_id, doc_id, indicator_key, indicator, metric, value, unit,
                       value_base, base_unit, qualifier, period, is_target, scope_code, region, region_code,
                       evidence, start_offset, end_offset, run_id)
                   SELECT 'o' || ? || '-' || i, 'd' || ? || '-' || (i // 100), 'gdp' || i % 2, 'gdp' || i % 2,
                          ['level', 'growth', 'share'][1 + i % 3], i % 97, ['亿元', '%', '%'][1 + i % 3], i % 97,
                          ['元', '%', '%'][1 + i % 3], 'exact', 2020 + (i // 7) % 4, i % 11 = 0, p.parent_code,
                          '地区', f.region_code, '证据', i, i + 1, 'run' || ?
                   FROM (SELECT i, CASE WHEN i % 53 = 0 THEN NULL
                                        ELSE 'r' || lpad((hash(i, ?) % ?)::VARCHAR, 2, '0') END AS region_code
                         FROM range(?) r(i)) f
                   LEFT JOIN dim_region p USING (region_code)
                   ORDER BY i""", [run, run, run, run, REGIONS, facts])


def content(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {t.name: con.execute(f"SELECT * FROM {t.name} ORDER BY ALL").fetchall() for t in cluster.tables()}


def row_groups_holding(con: duckdb.DuckDBPyConnection, table: cluster.Table, region: str) -> int:
    """The row groups a scan for one region reads: those whose range of regions holds it."""
    groups = con.execute(sqlfiles.read("queries/row_group_regions.sql"), [table.name, table.key[0]]).fetchall()
    return sum(1 for _, lowest, largest, _ in groups if lowest is not None and lowest <= region <= largest)


def test_a_grown_tail_is_sorted_and_the_tables_hold_the_same_rows(con):
    for run in range(8):
        load_run(con, run, 3000)
    refresh.refresh(con, full=True)
    facts = cluster.Table(refresh.FACTS, refresh.KEY)
    rows, tail = cluster.sorted_body(con, facts)
    assert rows == 24_000 and tail > rows / 2  # load order: every row group holds every region
    assert row_groups_holding(con, facts, "r17") >= 10
    unsorted = content(con)
    assert all(unsorted.values()), f"every model has rows: {[n for n, r in unsorted.items() if not r]}"

    sorted_now = cluster.cluster(con)
    assert refresh.FACTS in sorted_now
    assert content(con) == unsorted
    for table in cluster.tables():
        rows, tail = cluster.sorted_body(con, table)
        assert tail == 0 if table.name in sorted_now else tail <= cluster.TAIL_SHARE * rows, table.name
    assert row_groups_holding(con, facts, "r17") <= 2
    assert cluster.cluster(con) == []  # sorted: nothing to do

    load_run(con, 8, 1000)  # a tail under TAIL_SHARE stays where it is
    assert cluster.cluster(con) == []
    assert 0 < cluster.sorted_body(con, facts)[1] <= cluster.TAIL_SHARE * 25_000
    load_run(con, 9, 3000)  # past it: the whole table in key order again
    refresh.refresh(con)
    grown = content(con)
    assert refresh.FACTS in cluster.cluster(con)
    assert content(con) == grown
    assert cluster.sorted_body(con, facts) == (28_000, 0)


def test_the_incremental_refresh_of_sorted_tables_equals_a_rebuild(con):
    for run in range(6):
        load_run(con, run, 3000)
    schema.refresh_views(con)  # builds the models, then sorts them
    assert cluster.sorted_body(con, cluster.Table(refresh.FACTS, refresh.KEY))[1] == 0
    # a pruned run, its keys pending as a load records them, and a new one
    con.execute("INSERT INTO meta_refresh_pending SELECT DISTINCT region_code, indicator, period "
                "FROM fact_observation WHERE run_id = 'run2'")
    con.execute("DELETE FROM fact_observation WHERE run_id = 'run2'")
    load_run(con, 6, 500)
    con.execute("INSERT INTO meta_refresh_pending SELECT DISTINCT region_code, indicator, period "
                "FROM fact_observation WHERE run_id = 'run6'")
    schema.refresh_views(con, full=False)
    incremental = content(con)
    schema.refresh_views(con, full=True)
    assert content(con) == incremental

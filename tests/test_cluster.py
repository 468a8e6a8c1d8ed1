"""Clustering by region (warehouse/cluster.py): a table never sorted, or whose appended tail has grown
past its share, is rewritten in key order with exactly the rows it held (sorted in several chunks),
and a scan for one region then meets a few row groups. A real DuckDB file with small row groups
(2,048 rows), so that a few thousand facts fill many of them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from zhibiao.warehouse import cluster, refresh, schema, sqlfiles

REGIONS = 40  # a province, 4 cities and 35 districts


def opened(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"ATTACH '{path}' AS wh (ROW_GROUP_SIZE 2048)")
    con.execute("USE wh")
    return con


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = opened(tmp_path / "wh.duckdb")
    schema.ensure_schema(con)
    con.execute("""INSERT INTO dim_region (region_code, region, level, parent_code, source)
                   SELECT 'r' || lpad(i::VARCHAR, 2, '0'), '地区' || i,
                          CASE WHEN i = 0 THEN 'province' WHEN i <= 4 THEN 'city' ELSE 'district' END,
                          CASE WHEN i = 0 THEN NULL WHEN i <= 4 THEN 'r00' ELSE 'r0' || (1 + i % 4) END, 'test'
                   FROM range(?) r(i)""", [REGIONS])
    con.execute("""INSERT INTO dim_indicator (indicator_key, indicator_no, indicator, category, is_core, is_additive)
                   SELECT 'gdp' || i, i + 1, 'gdp' || i, 'economy', true, true FROM range(3) r(i)""")
    yield con
    con.close()


def load_run(con: duckdb.DuckDBPyConnection, run: int, facts: int) -> None:
    """A run's documents (100 facts each) and facts in load order: every region, level, growth and share
    figures, some of them targets, a few without a region."""
    con.execute("""INSERT INTO dim_document (doc_id, doc_no, file_name, path, year, doc_date, source, run_id)
                   SELECT 'd' || ? || '-' || k, ? * 100_000 + k, 'f' || ? || '-' || k, 'f', 2023, DATE '2024-01-10' + ?,
                          'test', 'run' || ?
                   FROM range(?) r(k)""", [run, run, run, run, run, -(-facts // 100)])
    con.execute(sqlfiles.read("load/insert_run.sql"), ['run' + str(run), None, 'test', datetime(2025, 1, 1 + run),
                                                        datetime(2025, 1, 1 + run), 0, 0, 0, 0, 0, facts, 0, None, 0])
    con.execute("""INSERT INTO fact_observation (obs_id, doc_id, doc_no, indicator_key, indicator_no, indicator, metric,
                       value, unit, value_base, base_unit, qualifier, period, is_target, scope_code, region,
                       region_code, evidence, start_offset, end_offset, run_id)
                   SELECT 'o' || ? || '-' || i, 'd' || ? || '-' || (i // 100), ? * 100_000 + i // 100, 'gdp' || i % 2,
                          i % 2 + 1, 'gdp' || i % 2,
                          ['level', 'growth', 'share'][1 + i % 3], i % 97, ['亿元', '%', '%'][1 + i % 3], i % 97,
                          ['元', '%', '%'][1 + i % 3], 'exact', 2020 + (i // 7) % 4, i % 11 = 0, p.parent_code,
                          '地区', f.region_code, '证据', i, i + 1, 'run' || ?
                   FROM (SELECT i, CASE WHEN i % 53 = 0 THEN NULL
                                        ELSE 'r' || lpad((hash(i, ?) % ?)::VARCHAR, 2, '0') END AS region_code
                         FROM range(?) r(i)) f
                   LEFT JOIN dim_region p USING (region_code)
                   ORDER BY i""", [run, run, run, run, run, REGIONS, facts])


def content(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {t.name: con.execute(f"SELECT * FROM {t.name} ORDER BY ALL").fetchall() for t in cluster.tables()}


def row_groups(con: duckdb.DuckDBPyConnection, table: cluster.Table) -> list[tuple[str | None, str | None, bool]]:
    """The smallest and largest region of each of the table's row groups, and whether it holds nulls,
    in their order in the file, from the row groups' statistics (the zone maps a scan skips by)."""
    return con.execute("""SELECT min(stats.min::VARCHAR), max(stats.max::VARCHAR), bool_or(stats.has_null::BOOLEAN)
                          FROM pragma_storage_info(?) WHERE column_name = ? AND segment_type <> 'VALIDITY'
                          GROUP BY row_group_id ORDER BY row_group_id""", [table.name, table.key[0]]).fetchall()


def row_groups_holding(con: duckdb.DuckDBPyConnection, table: cluster.Table, region: str) -> int:
    """The row groups a scan for one region reads: those whose range of regions holds it."""
    return sum(1 for lowest, largest, _ in row_groups(con, table)
               if lowest is not None and lowest <= region <= largest)


def in_key_order(con: duckdb.DuckDBPyConnection, table: cluster.Table) -> bool:
    """Each row group's regions start at or after the largest before it, nulls last (as ORDER BY puts them)."""
    highest = None  # (is null, region)
    for lowest, largest, has_null in row_groups(con, table):
        low, high = (lowest is None, lowest or ""), (has_null, "" if has_null else largest)
        if highest is not None and low < highest:
            return False
        highest = high if highest is None else max(highest, high)
    return True


def test_a_grown_tail_is_sorted_and_the_tables_hold_the_same_rows(con, monkeypatch, tmp_path):
    monkeypatch.setattr(cluster, "SORT_ROWS", 5000)  # several chunks of regions, nulls in the last
    monkeypatch.setattr(cluster, "SMALLEST_SORTED", 0)  # this file's row groups are small (its `con`)
    for run in range(8):
        load_run(con, run, 3000)
    refresh.refresh(con, full=True)
    facts = cluster.Table(refresh.FACTS, refresh.KEY)
    assert not in_key_order(con, facts)  # load order: every row group holds every region
    assert row_groups_holding(con, facts, "r17") >= 10
    unsorted = content(con)
    assert all(unsorted.values()), f"every model has rows: {[n for n, r in unsorted.items() if not r]}"

    assert cluster.cluster(con) == [t.name for t in cluster.tables()]  # never sorted: every one
    assert content(con) == unsorted
    assert all(in_key_order(con, table) for table in cluster.tables())
    assert row_groups_holding(con, facts, "r17") <= 2
    assert cluster.cluster(con) == []  # nothing loaded since

    con.close()  # the next run opens the file again: a second sort starts from the first one's file
    con = opened(tmp_path / "wh.duckdb")
    load_run(con, 8, 2000)  # a tail under TAIL_SHARE stays where it is
    assert cluster.cluster(con) == []
    assert not in_key_order(con, facts)
    load_run(con, 9, 1000)  # past it: the whole table in key order again
    refresh.refresh(con, full=True)
    grown = content(con)
    assert cluster.cluster(con) == [t.name for t in cluster.tables()]
    assert content(con) == grown
    assert in_key_order(con, facts) and con.execute("SELECT count(*) FROM fact_observation").fetchall() == [(27_000,)]
    con.close()


def test_the_incremental_refresh_of_sorted_tables_equals_a_rebuild(con, monkeypatch):
    monkeypatch.setattr(cluster, "SMALLEST_SORTED", 0)
    for run in range(6):
        load_run(con, run, 3000)
    schema.refresh_views(con)  # builds the models
    cluster.cluster(con)  # as the cluster job would
    assert all(in_key_order(con, table) for table in cluster.tables())
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


def test_a_table_of_one_or_two_row_groups_is_left_in_load_order(con):
    """Its scans have nothing to skip: sorting it would only cost the run."""
    load_run(con, 0, 3000)
    refresh.refresh(con, full=True)
    assert cluster.cluster(con) == []

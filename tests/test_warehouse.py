"""The warehouse schema: migrations from older releases and the data dictionary."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from conftest import ROOT
from zhibiao.warehouse import schema
from zhibiao.warehouse.dictionary import data_dictionary, reference_schema

V1_SCHEMA = Path(__file__).parent / "fixtures" / "warehouse_v1.sql"
COLUMNS = """SELECT table_name, column_name, data_type, comment FROM duckdb_columns()
             WHERE NOT internal AND table_name NOT LIKE 'v\\_%' ESCAPE '\\' ORDER BY ALL"""
TABLES = "SELECT table_name, comment FROM duckdb_tables() ORDER BY ALL"
CONSTRAINTS = "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() ORDER BY ALL"


def release_1_warehouse(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute(V1_SCHEMA.read_text(encoding="utf-8"))
    con.execute("INSERT INTO meta_schema_version (version, description) VALUES (1, 'baseline')")
    con.execute("""INSERT INTO dim_document (doc_id, file_name, path, source, run_id, year, region)
                   VALUES ('d1', 'old.txt', '/in/old.txt', 'manifest', 'r1', 2023, '青溪区')""")
    con.execute("""INSERT INTO audit_load_run VALUES ('r1', NULL, '/in', TIMESTAMP '2024-01-02 03:00:00',
                   TIMESTAMP '2024-01-02 03:00:05', 1, 1, 0, 0, 9, 0)""")
    con.execute("""INSERT INTO fact_observation VALUES ('o1', 'd1', 'gdp', '地区生产总值', 'growth', 5.2, NULL, '%',
                   5.2, '%', 'exact', 2023, NULL, false, NULL, NULL, '青溪区', '增长5.2%', 10, 16, 'r1')""")
    return con


def test_a_release_1_warehouse_upgrades_in_place_to_the_current_schema(tmp_path: Path):
    con = release_1_warehouse(tmp_path / "old.duckdb")
    assert schema.current_version(con) == 1
    assert schema.ensure_schema(con) == len(schema.migrations())
    schema.refresh_views(con)  # as the run that opened it would, before publishing
    reference = reference_schema()
    assert con.sql(COLUMNS).fetchall() == reference.sql(COLUMNS).fetchall()
    assert con.sql(TABLES).fetchall() == reference.sql(TABLES).fetchall()
    assert con.sql(CONSTRAINTS).fetchall() == reference.sql(CONSTRAINTS).fetchall()
    assert con.sql("""SELECT count(*) FROM duckdb_constraints() WHERE table_name IN ('fact_observation', 'dim_document')
                      AND constraint_type = 'PRIMARY KEY'""").fetchall() == [(0,)]  # rebuilt by versions 4 and 18
    # what release 1 wrote is still there, and new columns take their defaults
    assert con.sql("SELECT file_name, year, doc_date FROM dim_document").fetchall() == [("old.txt", 2023, None)]
    assert con.sql("SELECT run_id, obs_loaded, docs_pruned FROM audit_load_run").fetchall() == [("r1", 9, 0)]
    assert con.sql("SELECT obs_id, value, evidence FROM fact_observation").fetchall() == [("o1", 5.2, "增长5.2%")]
    # the document and the indicator are numbered (0017), the indicator given the row it lacked, and the fact
    # carries both numbers: v_observations, joining on them, still shows it
    assert con.sql("SELECT doc_id, doc_no FROM dim_document").fetchall() == [("d1", 1)]
    assert con.sql("SELECT indicator_no, indicator, is_core FROM dim_indicator WHERE indicator_key = 'gdp'"
                   ).fetchall() == [(1, "地区生产总值", False)]
    assert con.sql("SELECT doc_no, indicator_no FROM fact_observation").fetchall() == [(1, 1)]
    assert con.sql("SELECT obs_id, file FROM v_observations").fetchall() == [("o1", "old.txt")]
    assert schema.ensure_schema(con) == len(schema.migrations())  # a second open changes nothing
    assert con.sql("SELECT count(*) FROM meta_schema_version").fetchall() == [(len(schema.migrations()),)]


def test_an_older_warehouse_s_document_text_moves_into_parts_it_is_read_back_from(tmp_path: Path):
    con = release_1_warehouse(tmp_path / "old.duckdb")
    # characters beyond one byte and a part boundary inside a figure: parts count characters, as offsets do
    text = "全市经济运行总体平稳。" * 180 + "地区生产总值增长5.2%。"  # 1,980 + 13 characters
    con.execute("UPDATE dim_document SET text = ? WHERE doc_id = 'd1'", [text])
    con.execute("INSERT INTO dim_document (doc_id, file_name, path, source, run_id, text) "
                "VALUES ('d2', 'empty.txt', '/in/empty.txt', 'inferred', 'r1', '')")
    con.execute("SET memory_limit = '100MiB'")
    schema.ensure_schema(con)
    # the migration raised DuckDB's memory limit for its copy only
    assert con.sql("SELECT current_setting('memory_limit')").fetchall() == [("100.0 MiB",)]
    assert con.sql("SELECT doc_id, part, length(text) FROM dim_document_text ORDER BY ALL").fetchall() == [
        ("d1", 0, 1000), ("d1", 1, 993)]
    [(whole,)] = con.sql("SELECT string_agg(text, '' ORDER BY part) FROM dim_document_text "
                         "WHERE doc_id = 'd1'").fetchall()
    assert whole == text
    assert "text" not in [c for (c,) in con.sql("SELECT column_name FROM duckdb_columns() "
                                                "WHERE table_name = 'dim_document'").fetchall()]


def test_a_failed_migration_leaves_the_warehouse_at_its_version(tmp_path: Path, monkeypatch):
    con = release_1_warehouse(tmp_path / "old.duckdb")
    monkeypatch.setattr(schema, "migrations", lambda: [(1, "baseline", "SELECT 1"),
                                                         (2, "good", "ALTER TABLE dim_document ADD COLUMN x INT"),
                                                         (3, "broken", "ALTER TABLE nowhere ADD COLUMN y INT")])
    with pytest.raises(duckdb.CatalogException, match="nowhere"):
        schema.ensure_schema(con)
    assert schema.current_version(con) == 1
    assert "x" not in [c[0] for c in con.sql("DESCRIBE dim_document").fetchall()]


def test_migration_files_are_numbered_without_gaps():
    assert [number for number, _, _ in schema.migrations()] == list(range(1, len(schema.migrations()) + 1))


def test_the_committed_data_dictionary_is_current():
    committed = (ROOT / "docs" / "warehouse.md").read_text(encoding="utf-8")
    assert committed == data_dictionary(), "run `zhibiao docs -o docs/warehouse.md`"


def test_every_table_view_and_fact_column_is_described():
    con = reference_schema()
    undescribed = con.sql("""SELECT table_name FROM duckdb_tables() WHERE comment IS NULL OR comment = ''
                             UNION ALL
                             SELECT view_name FROM duckdb_views() WHERE NOT internal AND coalesce(comment, '') = ''
                             UNION ALL
                             SELECT table_name || '.' || column_name FROM duckdb_columns()
                             WHERE table_name LIKE 'fact\\_%' ESCAPE '\\' AND coalesce(comment, '') = ''""").fetchall()
    assert undescribed == []

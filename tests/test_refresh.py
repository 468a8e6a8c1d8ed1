"""The incremental refresh: after loads, edits and prunes, every model equals a rebuild from all
facts, and a run that changed nothing recomputes nothing. Real runs (no Prefect) into real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from bench.synthetic import edit_some, write_corpus
from zhibiao.extraction import load_lexicon
from zhibiao.extraction.lexicon import DATA_DIR
from zhibiao.pipeline import run as pipeline
from zhibiao.pipeline.run import run_pipeline
from zhibiao.warehouse import load, refresh, schema, sqlfiles
from zhibiao.warehouse.publish import connect


@pytest.fixture
def refreshes(monkeypatch) -> list[list[str]]:
    """What each run's refresh did to each model, as it reports it."""
    seen: list[list[str]] = []

    def recorded(staging: str) -> schema.Refreshed:
        con = connect(Path(staging))
        try:
            seen.append(list(refresh.refresh(con).values()))
            return schema.refresh_views(con, full=False)
        finally:
            con.close()

    monkeypatch.setattr(pipeline, "refresh_views", recorded)
    return seen


def model_rows(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {m.name: con.execute(f"SELECT * FROM {m.name} ORDER BY ALL").fetchall() for m in refresh.models()}


def assert_equals_full_rebuild(warehouse: Path, tmp_path: Path) -> dict[str, list[tuple]]:
    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copyfile(warehouse, rebuilt)
    con = duckdb.connect(str(warehouse), read_only=True)
    full = duckdb.connect(str(rebuilt))
    try:
        assert full.execute("SELECT count(*) FROM meta_refresh_pending").fetchall() == [(0,)]
        schema.refresh_views(full, full=True)
        incremental = model_rows(con)
        assert incremental == model_rows(full)
        return incremental
    finally:
        con.close()
        full.close()
        rebuilt.unlink()


def test_incremental_refresh_equals_a_full_rebuild_after_loads_edits_and_prunes(
        samples: Path, tmp_path: Path, refreshes: list[list[str]], monkeypatch):
    monkeypatch.setattr(refresh, "CHUNK_FACTS", 1000)  # runs refresh their keys in a few chunks
    warehouse = tmp_path / "wh.duckdb"
    held_back = tmp_path / "held-back"
    write_corpus(samples / "synthetic", 12, seed=5)
    speech = samples / "qingxi-2025-economic-work-speech.txt"
    # a revised release beside the first, disagreeing on one figure: a claim check to maintain
    (samples / "qingxi-2025-revised.txt").write_text(
        speech.read_text(encoding="utf-8").replace("同比增长5.8%", "同比增长5.9%"), encoding="utf-8")
    # and a share of the city its level does not make of the city's: a stated-vs-derived check
    speech.write_text(speech.read_text(encoding="utf-8").replace("占全市23.5%", "占全市29.5%"), encoding="utf-8")
    held_back.mkdir()
    for path in sorted((samples / "synthetic").glob("*.txt"))[:4]:
        path.rename(held_back / path.name)
    run_pipeline(str(samples), str(warehouse))
    first = assert_equals_full_rebuild(warehouse, tmp_path)
    assert all(first.values()), f"every model has rows to compare: {[m for m, rows in first.items() if not rows]}"
    assert refreshes[-1] == ["rebuilt"] * len(refresh.models())  # a new warehouse builds each model once

    for path in held_back.iterdir():  # new documents
        path.rename(samples / "synthetic" / path.name)
    run_pipeline(str(samples), str(warehouse))
    assert all(done.endswith("keys") for done in refreshes[-1])
    grown = assert_equals_full_rebuild(warehouse, tmp_path)
    assert grown != first

    edit_some(samples / "synthetic", 0.25)  # edited documents replace their rows
    speech.write_text(speech.read_text(encoding="utf-8").replace("同比增长5.8%", "同比增长6.1%"), encoding="utf-8")
    run_pipeline(str(samples), str(warehouse))
    edited = assert_equals_full_rebuild(warehouse, tmp_path)
    assert edited != grown

    for path in sorted((samples / "synthetic").glob("*.txt"))[:3]:  # pruned documents leave every model
        path.unlink()
    (samples / "ronghai-2025-government-work-report.html").unlink()
    record = run_pipeline(str(samples), str(warehouse), prune=True, force=True)
    assert record.docs_pruned == 4
    (samples / "qingxi-2025-revised.txt").unlink()  # the claim check it made goes with it
    run_pipeline(str(samples), str(warehouse), prune=True)
    pruned = assert_equals_full_rebuild(warehouse, tmp_path)
    assert pruned != edited

    run_pipeline(str(samples), str(warehouse))  # publishes: the manifest lists the pruned report
    assert assert_equals_full_rebuild(warehouse, tmp_path) == pruned


def test_a_parents_figures_and_a_region_moved_to_another_parent_refresh_the_rows_below(
        samples: Path, tmp_path: Path, refreshes: list[list[str]], monkeypatch, request):
    request.addfinalizer(load_lexicon.cache_clear)  # the data directory is changed below
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    first = assert_equals_full_rebuild(warehouse, tmp_path)

    def district_rows(rows: dict[str, list[tuple]]) -> list[tuple]:
        return [row for row in rows["agg_region_vs_parent"] if row[0] == "青溪区"]

    # the city's report states another figure: the rows of its districts compare with it, though no
    # district document changed
    report = samples / "ronghai-2025-government-work-report.html"
    report.write_text(report.read_text(encoding="utf-8").replace("2068.5亿元", "2268.5亿元"), encoding="utf-8")
    run_pipeline(str(samples), str(warehouse))
    assert all(done.endswith("keys") for done in refreshes[-1])
    city_edited = assert_equals_full_rebuild(warehouse, tmp_path)
    assert district_rows(city_edited) != district_rows(first)
    assert city_edited["agg_stated_vs_derived"] != first["agg_stated_vs_derived"]  # its derived share moved

    # the district moves under another city (dim_region): its rows compare with that one's
    moved = tmp_path / "lexicon-moved"  # a new folder: the regions of a file are read once per process
    shutil.copytree(DATA_DIR, moved)
    regions = (DATA_DIR / "regions.csv").read_text(encoding="utf-8")
    (moved / "regions.csv").write_text(regions.replace("青溪区,,district,榕海市,", "澜江市,,city,广东省,\n"
                                                       "青溪区,,district,澜江市,"), encoding="utf-8")
    monkeypatch.setenv("ZHIBIAO_LEXICON_DIR", str(moved))
    load_lexicon.cache_clear()
    run_pipeline(str(samples), str(warehouse))
    assert all(done.endswith("keys") for done in refreshes[-1])
    assert {row[3] for row in district_rows(assert_equals_full_rebuild(warehouse, tmp_path))} == {"澜江市"}


def test_a_model_whose_sql_changed_is_rebuilt_with_those_after_it(samples: Path, tmp_path: Path,
                                                                 refreshes: list[list[str]]):
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    con = duckdb.connect(str(warehouse))
    try:
        con.execute("UPDATE meta_model SET fingerprint = 'older' WHERE name = 'current_observation'")
        con.execute("INSERT INTO meta_refresh_pending VALUES ('x-青溪区', '地区生产总值', 2025)")
        done = refresh.refresh(con)
    finally:
        con.close()
    assert list(done.values()) == ["rebuilt"] * len(refresh.models())  # everything after it reads it
    assert_equals_full_rebuild(warehouse, tmp_path)


def test_a_later_model_whose_sql_changed_is_rebuilt_from_whole_inputs_after_keyed_ones(samples: Path,
                                                                                     tmp_path: Path):
    """The models before it refresh one document's keys with their inputs shadowed by those keys'
    rows; the rebuilt one reads every row of them, not a shadow left by the models before."""
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    con = duckdb.connect(str(warehouse))
    try:
        con.execute("UPDATE meta_model SET fingerprint = 'older' WHERE name = 'agg_target_vs_actual'")
        con.execute("INSERT INTO meta_refresh_pending SELECT DISTINCT region_code, indicator, period "
                    "FROM fact_observation WHERE doc_id = (SELECT min(doc_id) FROM fact_observation)")
        done = refresh.refresh(con)
    finally:
        con.close()
    assert done["agg_target_vs_actual"] == "rebuilt" and done["current_observation"].endswith("keys")
    assert_equals_full_rebuild(warehouse, tmp_path)


def test_a_view_is_created_again_only_when_missing_or_made_by_other_sql(samples: Path, tmp_path: Path):
    """A run leaves the views its SQL made (with their comments); it creates again one that is gone or
    whose fingerprint is not that of the SQL files now, with its comments."""
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    con = duckdb.connect(str(warehouse))
    try:
        views = [path.stem for path in sqlfiles.folder("views")]
        assert not set(views) & set(schema.refresh_views(con, full=False).names)
        con.execute("DROP VIEW v_rejected")
        con.execute("UPDATE meta_model SET fingerprint = 'older' WHERE name = 'v_observations'")
        assert [n for n in schema.refresh_views(con, full=False).names if n in views] == ["v_observations",
                                                                                          "v_rejected"]
        assert set(schema.refresh_views(con, full=True).names) >= set(views)
        commented = con.execute("SELECT view_name FROM duckdb_views() WHERE comment IS NOT NULL").fetchall()
    finally:
        con.close()
    assert sorted(name for (name,) in commented) == sorted(views)


def test_the_models_read_the_facts_without_the_numbers_views_join_on(samples: Path, tmp_path: Path):
    """A model table built before migration 0017 has no doc_no or indicator_no, and its incremental refresh
    inserts what its SELECT returns: so no model sees them (current_observation reads `f.*`), in a new
    warehouse as in a migrated one, and an edit still refreshes every model as a rebuild computes it."""
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        numbered = con.execute("SELECT DISTINCT table_name FROM duckdb_columns() WHERE column_name IN ?",
                               [list(refresh.FACT_NUMBERS)]).fetchall()
    finally:
        con.close()
    assert sorted(numbered) == [("dim_document",), ("dim_indicator",), ("fact_observation",)]
    speech = samples / "qingxi-2025-economic-work-speech.txt"
    speech.write_text(speech.read_text(encoding="utf-8").replace("同比增长5.8%", "同比增长6.1%"), encoding="utf-8")
    run_pipeline(str(samples), str(warehouse))
    assert_equals_full_rebuild(warehouse, tmp_path)


def test_a_whole_rebuild_in_chunks_of_keys_equals_one_in_a_single_chunk(samples: Path, tmp_path: Path,
                                                                        monkeypatch):
    """A new warehouse's facts are within WHOLE_FACTS: each model was built by its own statement over them."""
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    con = duckdb.connect(str(warehouse))
    columns = ("SELECT table_name, column_name, data_type, comment FROM duckdb_columns() WHERE table_name IN ? "
               "ORDER BY ALL")
    names = [m.name for m in refresh.models()]
    try:
        whole, described = model_rows(con), con.execute(columns, [names]).fetchall()
        monkeypatch.setattr(refresh, "CHUNK_FACTS", 7)  # dozens of chunks
        monkeypatch.setattr(refresh, "WHOLE_FACTS", 7)
        refresh.refresh(con, full=True)
        assert model_rows(con) == whole
        assert con.execute(columns, [names]).fetchall() == described
    finally:
        con.close()


def test_a_model_must_declare_its_unique_key(tmp_path: Path):
    path = tmp_path / "agg_x.sql"
    path.write_text("CREATE OR REPLACE TABLE agg_x AS SELECT 1 AS a;\n", encoding="utf-8")
    with pytest.raises(refresh.ModelError, match="unique_key"):
        refresh.read_model(path)
    path.write_text("-- unique_key: a\nCREATE OR REPLACE TABLE agg_x AS SELECT 1 AS a;\n", encoding="utf-8")
    with pytest.raises(refresh.ModelError, match="one for each"):  # a key names a figure's region, indicator, year
        refresh.read_model(path)
    path.write_text("-- unique_key: r, i, p\n-- reads_parent: why\nCREATE OR REPLACE TABLE agg_x AS\nSELECT 1 AS r;\n",
                    encoding="utf-8")
    model = refresh.read_model(path)
    assert (model.name, model.unique_key, model.reads_parent, model.select.strip()) == (
        "agg_x", ("r", "i", "p"), True, "SELECT 1 AS r;")


def test_figures_of_no_known_region_are_refreshed_by_their_key(samples: Path, tmp_path: Path):
    """A figure whose region is unknown (a null region_code) is refreshed with the others of no known
    region and the same indicator and year: the refresh matches such keys apart from those of a region."""
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    con = connect(warehouse)
    try:
        [(doc,)] = con.execute("SELECT min(doc_id) FROM current_observation").fetchall()
        keys = "INSERT INTO meta_refresh_pending SELECT DISTINCT region_code, indicator, period FROM fact_observation "
        # as a load records them (sql/load/record_*.sql): the keys of the facts it changes, before and after
        con.execute(keys + "WHERE doc_id = ?", [doc])
        con.execute("UPDATE fact_observation SET region_code = NULL WHERE doc_id = ?", [doc])
        con.execute(keys + "WHERE doc_id = ?", [doc])
        assert all(done.endswith("keys") for done in refresh.refresh(con).values())
        [(standing,)] = con.execute("SELECT min(obs_id) FROM current_observation WHERE region_code IS NULL "
                                    "AND doc_id = ?", [doc]).fetchall()
        assert standing is not None
        con.execute("UPDATE fact_observation SET value = value + 1, value_base = value_base + 1 WHERE obs_id = ?",
                    [standing])
        con.execute(keys + "WHERE obs_id = ?", [standing])
        refresh.refresh(con)
        changed = con.execute("SELECT f.value FROM fact_observation f JOIN current_observation c USING (obs_id) "
                              "WHERE obs_id = ? AND c.value = f.value", [standing]).fetchall()
        assert len(changed) == 1
    finally:
        con.close()
    assert_equals_full_rebuild(warehouse, tmp_path)


def test_a_prune_in_groups_of_documents_removes_each_one_and_refreshes_its_keys(
        samples: Path, tmp_path: Path, refreshes: list[list[str]], monkeypatch):
    """The load removes pruned documents in groups, each a transaction of its own (load.PRUNE_GROUP),
    while an edited document is replaced in the same run: every pruned document's facts, text and row
    go, the keys of all of them are refreshed (recorded before the first group), and the refresh, in
    chunks with a checkpoint between them, equals a rebuild."""
    monkeypatch.setattr(load, "PRUNE_GROUP", 2)
    monkeypatch.setattr(refresh, "CHUNK_FACTS", 500)
    warehouse = tmp_path / "wh.duckdb"
    write_corpus(samples / "synthetic", 12, seed=9)
    run_pipeline(str(samples), str(warehouse))
    before = assert_equals_full_rebuild(warehouse, tmp_path)
    gone = sorted((samples / "synthetic").glob("*.txt"))[:7]
    for path in gone:
        path.unlink()
    edit_some(samples / "synthetic", 0.2)
    record = run_pipeline(str(samples), str(warehouse), prune=True, force=True)
    assert record.docs_pruned == len(gone) > 3 * load.PRUNE_GROUP
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        names = [f"synthetic/{path.name}" for path in gone]
        left = con.execute("""SELECT (SELECT count(*) FROM dim_document WHERE list_contains(?, file_name)),
                                     (SELECT count(*) FROM fact_observation
                                      WHERE doc_id NOT IN (SELECT doc_id FROM dim_document)),
                                     (SELECT count(*) FROM dim_document_text
                                      WHERE doc_id NOT IN (SELECT doc_id FROM dim_document))""", [names]).fetchall()
    finally:
        con.close()
    assert left == [(0, 0, 0)]
    assert all(done.endswith("keys") for done in refreshes[-1])
    assert assert_equals_full_rebuild(warehouse, tmp_path) != before


def test_a_load_failing_after_its_deletes_were_committed_publishes_nothing(samples: Path, tmp_path: Path,
                                                                            monkeypatch):
    """The load's steps are committed one by one into the run's own staging file: a failure after the
    deletes (here, in the inserts) leaves the published file as it was and no staging file, and the
    next run does the whole load."""
    warehouse = tmp_path / "wh.duckdb"
    write_corpus(samples / "synthetic", 6, seed=4)
    run_pipeline(str(samples), str(warehouse))
    published = warehouse.read_bytes()
    for path in sorted((samples / "synthetic").glob("*.txt"))[:2]:
        path.unlink()
    edit_some(samples / "synthetic", 0.5)
    read = load.sqlfiles.read

    def failing(relative: str) -> str:
        if relative == "load/insert_observations.sql":
            raise RuntimeError("disk full")
        return read(relative)

    monkeypatch.setattr(load.sqlfiles, "read", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        run_pipeline(str(samples), str(warehouse), prune=True, force=True)
    assert warehouse.read_bytes() == published
    assert not list(tmp_path.glob("*.staging*"))
    monkeypatch.setattr(load.sqlfiles, "read", read)
    assert run_pipeline(str(samples), str(warehouse), prune=True, force=True).docs_pruned == 2
    assert_equals_full_rebuild(warehouse, tmp_path)

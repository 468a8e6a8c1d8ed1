"""Publication without a whole copy (warehouse/standby.py): a run starts from the version the last
run replaced and replays that run's load, unless a reader still holds that version. Real runs
into real files; the reader is a process of its own, as a BI tool would be."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from bench.synthetic import write_corpus
from zhibiao.pipeline import run
from zhibiao.pipeline.cluster import cluster_warehouse
from zhibiao.pipeline.run import Orchestration, run_pipeline
from zhibiao.warehouse import cluster, publish, standby

CONTENT = """SELECT * EXCLUDE (run_id) FROM fact_observation ORDER BY obs_id"""
DOCUMENTS = "SELECT * EXCLUDE (run_id) FROM dim_document ORDER BY doc_id"
RUNS = "SELECT run_id, docs_loaded, docs_pruned, obs_loaded FROM audit_load_run ORDER BY started_at"


def rows(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def bulletin(folder: Path, name: str) -> None:
    """A new document: something for a run to load (a run with nothing new stages nothing)."""
    (folder / name).write_text(f"青溪区2025年经济运行简况\n全区地区生产总值增长5.{len(name)}%。\n", encoding="utf-8")


@pytest.fixture(autouse=True)
def replayed_at_any_size(monkeypatch) -> None:
    """The samples' warehouse is smaller than standby.REPLAY_FROM, which a copy serves best."""
    monkeypatch.setattr(standby, "REPLAY_FROM", 0)


@pytest.fixture
def copies(monkeypatch) -> list[Path]:
    """The files each run copied to start from (none when it took the previous version)."""
    made: list[Path] = []
    original = publish._copy

    def copy(source: Path, target: Path) -> None:
        made.append(Path(target))
        original(source, target)

    monkeypatch.setattr(publish, "_copy", copy)
    return made


def test_a_run_starts_from_the_previous_version_and_ends_equal_to_runs_that_copy(
        samples: Path, tmp_path: Path, copies: list[Path]):
    incoming = tmp_path / "incoming"
    write_corpus(incoming, 4, seed=9)
    warehouse, copied = tmp_path / "wh.duckdb", tmp_path / "copied.duckdb"
    steps = [lambda: None,
             lambda: shutil.move(incoming, samples / "synthetic"),
             lambda: (samples / "ronghai-2025-government-work-report.html").unlink(),
             lambda: bulletin(samples, "new.txt")]  # a run that replays the prune on the version before it
    for step in steps:
        step()
        run_pipeline(str(samples), str(warehouse), prune=True, force=True)
        standby.discard(copied)  # this one never has a previous version: every run copies
        run_pipeline(str(samples), str(copied), prune=True, force=True)
    warehouse_copies = [c for c in copies if c.name.startswith("wh.duckdb.")]
    assert len(warehouse_copies) == 1  # the second run; the first had nothing to copy, the rest took the previous
    for sql in (CONTENT, DOCUMENTS):
        assert rows(warehouse, sql) == rows(copied, sql)
    assert [r[1:] for r in rows(warehouse, RUNS)] == [r[1:] for r in rows(copied, RUNS)]
    assert standby.previous_path(warehouse).exists()


def test_a_heavy_run_brings_the_version_it_replaced_up_to_date_and_the_next_replays_nothing(
        samples: Path, tmp_path: Path, copies: list[Path], monkeypatch):
    monkeypatch.setattr(run, "CATCH_UP_SECONDS", 0)  # every run is heavy
    replayed: list[Path] = []  # the files a load was replayed on
    replay = standby.replay

    def spied(path: Path):
        load = replay(path)
        replayed.extend([path] if load else [])
        return load

    monkeypatch.setattr(standby, "replay", spied)
    warehouse, copied = tmp_path / "wh.duckdb", tmp_path / "copied.duckdb"
    steps = [lambda: None,
             lambda: write_corpus(samples / "synthetic", 4, seed=9),
             lambda: (samples / "ronghai-2025-government-work-report.html").unlink(),
             lambda: bulletin(samples, "new.txt")]
    for step in steps:
        step()
        replayed.clear()
        run_pipeline(str(samples), str(warehouse), prune=True, force=True)
        standby.discard(copied)
        run_pipeline(str(samples), str(copied), prune=True, force=True)
        previous = standby.previous_path(warehouse)
        if step is steps[0]:  # a new warehouse: no version before it
            assert not replayed and not previous.exists()
            continue
        # what the next run starts from holds what was published, with nothing left to replay
        assert [p for p in replayed if p.name.startswith("wh.")] == [previous]
        for sql in (CONTENT, DOCUMENTS, RUNS, "SELECT * FROM current_observation ORDER BY ALL"):
            assert rows(previous, sql) == rows(warehouse, sql)
        assert standby.usable(warehouse) == previous and standby.replay(previous) is None
    # the second run's: the first had nothing to copy, the others took a version with nothing to replay
    assert len([c for c in copies if c.name.startswith("wh.duckdb.")]) == 1
    for sql in (CONTENT, DOCUMENTS):
        assert rows(warehouse, sql) == rows(copied, sql)


def test_a_heavy_run_stopped_while_it_catches_up_keeps_its_publication_and_drops_the_previous_version(
        samples: Path, tmp_path: Path, monkeypatch):
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    monkeypatch.setattr(run, "CATCH_UP_SECONDS", 0)
    monkeypatch.setattr(run.schema, "refresh_views", stopped_on_the_previous_version(run.schema.refresh_views))
    bulletin(samples, "new.txt")
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(str(samples), str(warehouse))
    assert [r[1] for r in rows(warehouse, RUNS)] == [3, 1]  # published before it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "wh.duckdb", "wh.duckdb.lock"]


def stopped_on_the_previous_version(refresh_views):
    """refresh_views, interrupted (as by Ctrl-C) when it refreshes the previous version."""
    def refresh(con, full):
        [(path,)] = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                                ).fetchall()
        if path.endswith(".previous"):
            raise KeyboardInterrupt
        return refresh_views(con, full=full)
    return refresh


def test_a_reader_on_the_previous_version_keeps_it_and_the_run_copies(samples: Path, tmp_path: Path,
                                                                      copies: list[Path]):
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    write_corpus(samples / "synthetic", 2, seed=4)
    run_pipeline(str(samples), str(warehouse))
    before = rows(warehouse, CONTENT)
    # a BI tool connects now and keeps its connection while two runs publish
    reader = subprocess.Popen([sys.executable, "-c", f"""
import duckdb, sys
con = duckdb.connect({str(warehouse)!r}, read_only=True)
print(con.execute("SELECT count(*) FROM fact_observation").fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute("SELECT count(*) FROM fact_observation").fetchone()[0], flush=True)
"""], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        seen = int(reader.stdout.readline())
        (samples / "ronghai-2025-government-work-report.html").unlink()
        run_pipeline(str(samples), str(warehouse), prune=True)  # the reader's version becomes the previous one
        copies.clear()
        bulletin(samples, "new.txt")
        run_pipeline(str(samples), str(warehouse))  # the reader holds it: this run copies instead
        assert [c.name.split(".staging")[0] for c in copies] == ["wh.duckdb"]
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert int(reader.stdout.readline()) == seen == len(before)  # its snapshot never changed
    finally:
        reader.communicate(timeout=30)
    assert len(rows(warehouse, CONTENT)) < len(before)
    copies.clear()
    bulletin(samples, "newer.txt")
    run_pipeline(str(samples), str(warehouse))  # the reader is gone: the previous version serves again
    assert copies == []


def test_runs_never_sort_and_the_cluster_job_leaves_a_copy_the_next_run_starts_from(
        samples: Path, tmp_path: Path, copies: list[Path], monkeypatch):
    warehouse = tmp_path / "wh.duckdb"
    sorted_tables: list[str] = []
    sort = cluster.sort
    monkeypatch.setattr(cluster, "sort", lambda con, table: (sorted_tables.append(table.name), sort(con, table)))
    monkeypatch.setattr(cluster, "SMALLEST_SORTED", 0)  # each table, never sorted, is due
    warnings: list[str] = []
    run_pipeline(str(samples), str(warehouse), how=Orchestration(warn=warnings.append))
    write_corpus(samples / "synthetic", 2, seed=4)
    run_pipeline(str(samples), str(warehouse), how=Orchestration(warn=warnings.append))
    assert sorted_tables == []  # a run costs what it reads: it only says the tables are due
    assert "zhibiao cluster --warehouse" in warnings[-1] and "fact_observation" in warnings[-1]
    loaded = rows(warehouse, CONTENT)
    copies.clear()
    assert cluster_warehouse(str(warehouse)) == sorted_tables == [t.name for t in cluster.tables()]
    assert rows(warehouse, CONTENT) == loaded
    assert [c.name.split(".staging")[0] for c in copies] == ["wh.duckdb"]  # the copy it keeps for the next run
    sorted_tables.clear()
    copies.clear()
    bulletin(samples, "after.txt")
    run_pipeline(str(samples), str(warehouse))
    assert copies == [] and sorted_tables == []  # it started from that copy: no copy, no sort
    published = warehouse.stat().st_ino
    assert cluster_warehouse(str(warehouse)) == []  # one bulletin is no tenth of the rows
    assert warehouse.stat().st_ino == published  # nothing was published
    every = tmp_path / "every.duckdb"
    run_pipeline(str(samples), str(every))  # the same documents in one run of a new warehouse
    # (documents and indicators are numbered in the order they were loaded)
    figures = "SELECT * EXCLUDE (run_id, doc_no, indicator_no) FROM fact_observation ORDER BY obs_id"
    assert rows(warehouse, figures) == rows(every, figures)


def test_a_load_kept_by_a_release_that_spooled_otherwise_is_not_replayed(samples: Path, tmp_path: Path,
                                                                          copies: list[Path]):
    """After an upgrade, the previous version's delta holds spooled files of the old layout (documents
    with their text whole, which today's load cannot read): the run copies the file instead."""
    warehouse = tmp_path / "wh.duckdb"
    run_pipeline(str(samples), str(warehouse))
    bulletin(samples, "new.txt")
    run_pipeline(str(samples), str(warehouse))
    kept = standby.delta_path(standby.previous_path(warehouse)) / "load.json"
    saved = json.loads(kept.read_text(encoding="utf-8"))
    assert saved.pop("format") == standby.DELTA_FORMAT
    kept.write_text(json.dumps(saved), encoding="utf-8")  # as a release before DELTA_FORMAT recorded it
    copies.clear()
    bulletin(samples, "newer.txt")
    run_pipeline(str(samples), str(warehouse))
    assert [c.name.split(".staging")[0] for c in copies] == ["wh.duckdb"]
    assert ("newer.txt",) in rows(warehouse, "SELECT file_name FROM dim_document")

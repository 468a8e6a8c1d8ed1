"""The installed `zhibiao` command, as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import polars as pl
import pytest

from conftest import ROOT, SAMPLES, ZHIBIAO, children_cpu


def zhibiao(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = env or {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    return subprocess.run([ZHIBIAO, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.mark.parametrize("command", [[], ["run"], ["sql"], ["docs"], ["serve"], ["export"], ["report"], ["server"],
                                     ["server", "start"], ["server", "prepare"], ["cluster"]])
def test_every_command_has_help(command):
    out = zhibiao(*command, "--help")
    assert out.returncode == 0 and "Usage:" in out.stdout


def test_missing_source_is_one_line_and_non_zero(tmp_path: Path):
    out = zhibiao("run", "--source", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb"))
    assert out.returncode != 0
    assert out.stderr.strip().splitlines() == [f"Error: source folder not found: {tmp_path / 'nope'}"]


def test_a_missing_warehouse_folder_is_one_line_and_non_zero(tmp_path: Path):
    out = zhibiao("run", "--source", str(SAMPLES), "--warehouse", str(tmp_path / "no" / "such" / "w.duckdb"))
    assert out.returncode != 0
    assert out.stderr.strip().splitlines() == [f"Error: folder not found: {tmp_path / 'no' / 'such'} (create it "
                                               "first, or give --warehouse a path in a folder that exists)"]


@pytest.fixture(scope="module")
def built(zhibiao_server, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """One `zhibiao run` on the samples, shared by the read-side tests (with the session's server:
    without one, a run would start a background server and leave it up)."""
    warehouse = tmp_path_factory.mktemp("cli") / "w.duckdb"
    return warehouse, zhibiao("run", "--source", str(SAMPLES), "--warehouse", str(warehouse), env=zhibiao_server)


def test_run_prints_a_clean_summary(built):
    warehouse, out = built
    assert out.returncode == 0, out.stderr
    everything = out.stdout + out.stderr
    assert "Traceback" not in everything and "ERROR" not in everything
    assert f"warehouse     {warehouse.resolve()}" in out.stdout
    assert "documents     3 seen, 3 loaded, 0 unchanged, 0 failed, 0 pruned" in out.stdout
    assert "青溪区" in out.stdout and "地区生产总值" in out.stdout  # the district-vs-city table


def test_sql_prints_a_table(built):
    query = zhibiao("sql", "-w", str(built[0]), "SELECT value FROM v_observations WHERE value = 486.3")
    assert query.returncode == 0 and "486.3" in query.stdout


def test_sql_error_is_duckdbs_whole_message(built):
    out = zhibiao("sql", "-w", str(built[0]), "SELECT file FROM v_observation")
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert out.stderr.startswith("Error: Catalog Error: Table with name v_observation does not exist!")
    assert 'Did you mean "v_observations"' in out.stderr  # DuckDB's hint, on its second line


def test_export_writes_every_table_and_view_as_parquet(built, tmp_path: Path):
    warehouse = built[0]
    out = zhibiao("export", "-w", str(warehouse), "--format", "parquet", str(tmp_path / "bi"))
    assert out.returncode == 0, out.stderr
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        expected = {name: con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
                    for name in ("fact_observation", "dim_document", "v_district_vs_city", "v_targets_vs_actuals")}
    finally:
        con.close()
    facts = pl.read_parquet(tmp_path / "bi" / "fact_observation" / "**" / "*.parquet", hive_partitioning=True)
    assert facts.height == expected["fact_observation"]
    assert sorted(facts["period"].unique()) == [2024, 2025, 2026]  # partitioned by year
    for name in ("dim_document", "v_district_vs_city", "v_targets_vs_actuals"):
        assert pl.read_parquet(tmp_path / "bi" / f"{name}.parquet").height == expected[name], name


def test_cluster_on_a_warehouse_whose_tables_are_in_order_publishes_nothing(built, zhibiao_server):
    """The cluster job's flow, run by the command: the samples' tables are too small to be sorted."""
    warehouse = built[0]
    published = warehouse.stat().st_ino
    out = zhibiao("cluster", "-w", str(warehouse), env=zhibiao_server)
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines() == ["every table is in region order: nothing was published"]
    assert warehouse.stat().st_ino == published
    assert "zhibiao-cluster" in Path(f"{warehouse}.log").read_text(encoding="utf-8")  # its flow run's log


def test_an_in_process_run_that_reads_nothing_ends_the_workers_it_started(built, zhibiao_server):
    """Its workers, started while it imported Prefect, are taken by no batch: they end with it, their
    semaphores released, not reported by multiprocessing as leaked on the terminal."""
    out = zhibiao("run", "--in-process", "-s", str(SAMPLES), "-w", str(built[0]), env=zhibiao_server)
    assert out.returncode == 0, out.stderr
    assert "published     nothing" in out.stdout
    assert "leaked" not in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_a_run_given_relative_paths_reads_its_documents(zhibiao_server, tmp_path: Path):
    """The run service's worker processes started in the service's folder, not the command's."""
    (tmp_path / "D").mkdir()
    (tmp_path / "D" / "a.txt").write_bytes((SAMPLES / "qingxi-2026-economic-work-speech.txt").read_bytes())
    out = zhibiao("run", "-s", "D", "-w", "W.duckdb", cwd=tmp_path, env=zhibiao_server)
    assert out.returncode == 0, out.stderr
    assert out.stderr.startswith("run by the run service")
    assert "documents     1 seen, 1 loaded, 0 unchanged, 0 failed, 0 pruned" in out.stdout, out.stdout


def test_a_run_after_an_upgrade_reads_every_document_again_unless_told_to_keep_their_readings(
        zhibiao_server, tmp_path: Path):
    """Another reader (here a copy of the word lists with one more alias): the run says how many documents
    it read again for it; with --keep-readings it reads none, and says how many keep older readings."""
    from zhibiao.extraction.lexicon import DATA_DIR

    (tmp_path / "D").mkdir()
    for name in ("qingxi-2026-economic-work-speech.txt", "ronghai-2025-government-work-report.html"):
        (tmp_path / "D" / name).write_bytes((SAMPLES / name).read_bytes())
    assert zhibiao("run", "-s", "D", "-w", "W.duckdb", cwd=tmp_path, env=zhibiao_server).returncode == 0
    lexicon = tmp_path / "lexicon"
    shutil.copytree(DATA_DIR, lexicon)
    indicators = (lexicon / "indicators.csv").read_text(encoding="utf-8")
    (lexicon / "indicators.csv").write_text(indicators.replace(",GDP|", ",GDP|本地生产总值|", 1), encoding="utf-8")
    upgraded = {**zhibiao_server, "ZHIBIAO_LEXICON_DIR": str(lexicon)}
    kept = zhibiao("run", "-s", "D", "-w", "W.duckdb", "--keep-readings", cwd=tmp_path, env=upgraded)
    assert kept.returncode == 0, kept.stderr
    assert "documents     2 seen, 0 loaded, 2 unchanged, 0 failed, 0 pruned" in kept.stdout, kept.stdout
    assert ("2 keep the readings of another version of zhibiao's reader (--keep-readings): a run without it "
            "reads them again") in kept.stdout
    out = zhibiao("run", "-s", "D", "-w", "W.duckdb", cwd=tmp_path, env=upgraded)
    assert out.returncode == 0, out.stderr
    assert "documents     2 seen, 2 loaded, 0 unchanged, 0 failed, 0 pruned" in out.stdout, out.stdout
    assert "2 of those loaded read again, unchanged: the warehouse held them read by another version" in out.stdout
    again = zhibiao("run", "-s", "D", "-w", "W.duckdb", cwd=tmp_path, env=upgraded)
    assert "published     nothing" in again.stdout and "read again" not in again.stdout, again.stdout


def without_server(tmp_path: Path) -> dict[str, str]:
    """A command's environment whose PREFECT_API_URL names no server: any Prefect work fails."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return {**env, "PREFECT_HOME": str(tmp_path / "home"), "PREFECT_API_URL": "http://127.0.0.1:9/api"}


@pytest.mark.parametrize(("option", "value"), [("--batch-size", "0"), ("--batch-size", "-3"), ("--workers", "0"),
                                               ("--workers", "-1")])
def test_a_count_below_one_is_refused_before_anything_runs(tmp_path: Path, option: str, value: str):
    """Refused by the option's own check: no server is looked for, no flow run created, no file written."""
    env = without_server(tmp_path)
    out = zhibiao("run", "-s", str(SAMPLES), "-w", str(tmp_path / "w.duckdb"), option, value, env=env)
    assert out.returncode == 2
    assert f"Invalid value for '{option}': {value} is not in the range x>=1." in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["run", "-s", str(SAMPLES)], ["sql", "select 1"], ["report", "r.html"],
                                     ["export", "bi"], ["cluster"]])
@pytest.mark.parametrize("content", [b"a,b\n1,2\n", b""])
def test_a_file_that_is_not_a_warehouse_is_refused_untouched(tmp_path: Path, command: list[str], content: bytes):
    """Named as the user gave it, before DuckDB or a run opens it: nothing is written beside it."""
    (tmp_path / "notes.csv").write_bytes(content)
    env = without_server(tmp_path)
    name, *rest = command
    out = zhibiao(name, "-w", "notes.csv", *rest, cwd=tmp_path, env=env)
    assert out.returncode == 1
    assert out.stderr.splitlines() == [f"Error: {tmp_path / 'notes.csv'} is not a DuckDB warehouse (its header is "
                                       "not DuckDB's): give --warehouse a file a run wrote, or a new file's name"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.csv"]
    assert (tmp_path / "notes.csv").read_bytes() == content


@pytest.mark.parametrize("inside", ["D/x.duckdb", "D/sub/x.duckdb", "link/x.duckdb"])
def test_a_warehouse_inside_its_source_folder_is_refused(tmp_path: Path, inside: str):
    (tmp_path / "D" / "sub").mkdir(parents=True)
    (tmp_path / "D" / "a.txt").write_bytes((SAMPLES / "qingxi-2026-economic-work-speech.txt").read_bytes())
    (tmp_path / "link").symlink_to(tmp_path / "D")
    env = without_server(tmp_path)
    before = sorted(p.relative_to(tmp_path) for p in (tmp_path / "D").rglob("*"))
    out = zhibiao("run", "-s", "D", "-w", inside, cwd=tmp_path, env=env)
    assert out.returncode == 1
    target = (tmp_path / inside).resolve()
    assert out.stderr.splitlines() == [f"Error: the warehouse {target} is inside the source folder {tmp_path / 'D'}: "
                                       "its own files would be read as documents (put it outside the folder)"]
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "D").rglob("*")) == before


def test_a_warehouse_another_run_holds_is_refused_at_once(tmp_path: Path):
    """The lock is looked at before Prefect is imported or a server looked for (there is none here)."""

    from zhibiao.warehouse.lock import exclusive

    env = without_server(tmp_path)
    warehouse = tmp_path / "w.duckdb"
    with exclusive(warehouse, False, print):  # a run of this process holds it
        holder = Path(f"{warehouse}.lock").read_text(encoding="utf-8")
        with children_cpu() as cpu:
            out = zhibiao("run", "-s", str(SAMPLES), "-w", str(warehouse), env=env)
    assert out.returncode == 1
    assert out.stderr.splitlines() == [f"Error: another run is loading {warehouse} ({holder}); try again when it "
                                       "is done, or queue behind it with --wait"]
    assert cpu[0] < 1.5, f"{cpu[0]:.1f} CPU s"  # refused before Prefect is imported (that alone takes ~1.8)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb.lock"]


def test_looking_at_the_lock_loads_neither_polars_duckdb_nor_prefect(tmp_path: Path):
    """What a served run's command does before it hands over: 0.4 s of CPU more when it imported them."""
    import sys

    from zhibiao.warehouse.lock import exclusive

    warehouse = tmp_path / "w.duckdb"
    probe = ("import sys; from pathlib import Path; from zhibiao.busy import loading; "
             "print(loading(Path(sys.argv[1]), Path(sys.argv[2])) is not None, "
             "sorted({'polars', 'duckdb', 'prefect'} & sys.modules.keys()))")
    with exclusive(warehouse, False, print):
        out = subprocess.run([sys.executable, "-c", probe, str(warehouse), str(tmp_path)], capture_output=True,
                             text=True, timeout=60)
    assert out.stdout.split("\n")[0] == "True []", out.stderr


# 742 rows of 23 columns, as README.md's example of what `sql` leaves out
WIDE_QUERY = ("SELECT 'x-青溪区' AS about_region_code, '青溪区' AS about_region, '榕海市' AS parent, "
              "'地区生产总值' AS indicator, 2025 AS period, i * 1.5 AS stated_share_pct, i * 0.1 AS region_growth_pct, "
              "5.2 AS parent_growth_pct, " + "".join(f"i AS column_{k}, " for k in range(1, 15))
              + "'district' AS parent_level FROM range(742) t(i)")


@pytest.mark.parametrize("columns", [80, 140])
def test_the_readmes_example_of_what_sql_leaves_out_is_what_it_prints(tmp_path: Path, columns: int):
    import re

    duckdb.connect(str(tmp_path / "w.duckdb")).close()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = dict(re.findall(r"at (\d+)(?: columns)? `(\(742 rows; [^`]*\))`", " ".join(readme.split())))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    out = zhibiao("sql", "-w", str(tmp_path / "w.duckdb"), WIDE_QUERY, env={**env, "COLUMNS": str(columns)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == examples[str(columns)]

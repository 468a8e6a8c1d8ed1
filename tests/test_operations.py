"""Operating zhibiao from the command line, as a user does: a background Prefect server that runs
use by themselves, runs started together on one warehouse, what a failed run prints, and the
`sql` command's formats. Every command is the installed `zhibiao`, in its own process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from test_pipeline import rows

from conftest import ROOT, SAMPLES, ZHIBIAO, environment
from zhibiao.flows.prefect_database import PREPARED
from zhibiao.output import display_width

FACTS = "SELECT * EXCLUDE (run_id) FROM fact_observation ORDER BY obs_id"
DOCUMENTS = "SELECT * EXCLUDE (run_id) FROM dim_document ORDER BY doc_id"
# A fault injected into a real run: the load's first statement names a table that does not exist.
BROKEN_LOAD = """
import sys
import zhibiao.warehouse.sqlfiles as sqlfiles
read = sqlfiles.read
sqlfiles.read = lambda name: "SELECT * FROM v_observation" if name == "load/insert_documents.sql" else read(name)
from zhibiao.cli import main
main(sys.argv[1:])
"""


def zhibiao(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([ZHIBIAO, *args], capture_output=True, text=True, cwd=ROOT, env=env, input=stdin,
                          timeout=300)


@pytest.fixture(scope="module")
def warehouse(zhibiao_server, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    out = zhibiao(zhibiao_server, "run", "--source", str(SAMPLES), "--warehouse", str(path))
    assert out.returncode == 0, out.stderr
    return path


def test_runs_use_the_background_server(zhibiao_server, tmp_path: Path):
    # (how long such a run takes is the benchmark's to measure, not a test's: bench/run.py)
    url = zhibiao(zhibiao_server, "server", "status").stdout.removeprefix("running: ").strip()
    assert zhibiao(zhibiao_server, "server", "start").stdout == f"already running: {url}\n"
    out = zhibiao(zhibiao_server, "run", "--source", str(SAMPLES), "--warehouse", str(tmp_path / "w.duckdb"))
    assert out.returncode == 0, out.stderr
    assert "temporary" not in out.stderr  # no temporary Prefect server was started
    [(flow_run_id,)] = rows(tmp_path / "w.duckdb", "SELECT flow_run_id FROM audit_load_run")
    with urllib.request.urlopen(f"{url}/flow_runs/{flow_run_id}") as response:  # the run is the server's
        assert json.load(response)["state"]["type"] == "COMPLETED"


def test_a_run_without_a_server_starts_one_for_the_next_runs(prepared_database, tmp_path: Path):
    """A newcomer's first run: no server is up, so the run starts the background one, says so in
    one line, and the next run finds it; `zhibiao server stop` ends it. The server starts from the
    prepared database (no migrations, no block registration) and is a whole Prefect server."""
    env = environment(tmp_path / "prefect-home")
    first = zhibiao(env, "run", "--source", str(SAMPLES), "--warehouse", str(tmp_path / "w.duckdb"))
    url = zhibiao(env, "server", "status").stdout.removeprefix("running: ").strip()
    try:
        assert first.returncode == 0, first.stderr
        assert first.stderr.splitlines()[0] == ("no Prefect server was up: started one in the background, with its "
                                                f"run service, for this run and the next ones, {url} (`zhibiao "
                                                "server stop` ends them)")
        assert first.stderr.splitlines()[1].startswith("run by the run service (process ")  # ready in time
        [(flow_run_id,)] = rows(tmp_path / "w.duckdb", "SELECT flow_run_id FROM audit_load_run")
        with urllib.request.urlopen(f"{url}/flow_runs/{flow_run_id}") as response:
            assert json.load(response)["state"]["type"] == "COMPLETED"
        server = json.loads((tmp_path / "prefect-home" / "zhibiao-server.json").read_text(encoding="utf-8"))["pid"]
        settings = Path(f"/proc/{server}/environ").read_bytes().split(b"\0")
        assert {f"{k}={v}".encode() for k, v in PREPARED.items()} <= set(settings)  # started from the copy
        block_types = urllib.request.Request(f"{url}/block_types/filter", data=b"{}", method="POST",
                                             headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(block_types) as response:
            assert json.load(response)  # Prefect's block types, registered in the prepared database
        second = zhibiao(env, "run", "--source", str(SAMPLES), "--warehouse", str(tmp_path / "w.duckdb"))
        assert second.returncode == 0, second.stderr
        assert "Prefect server" not in second.stderr
        service = json.loads((tmp_path / "prefect-home" / "zhibiao-runs.json").read_text(encoding="utf-8"))["pid"]
        trackers = [pid for pid in children(service)
                    if b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    finally:
        stopped = zhibiao(env, "server", "stop")
    assert stopped.stdout == f"stopped {url}\n"
    assert not Path(f"/proc/{service}").exists() or b"zhibiao.service" not in Path(
        f"/proc/{service}/cmdline").read_bytes()  # the run service ended with it
    assert zhibiao(env, "server", "status").stdout == "not running\n"
    # multiprocessing's resource tracker outlives the service (it ignores SIGTERM) and, once it ends, says
    # in the service's log what the service left behind
    deadline = time.monotonic() + 60
    while any(Path(f"/proc/{pid}").exists() for pid in trackers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert trackers and "leaked" not in (tmp_path / "prefect-home" / "zhibiao-runs.log").read_text(encoding="utf-8")


def children(pid: int) -> list[int]:
    """The processes `pid` started that are still its own."""
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def test_runs_started_together_end_as_one_clean_run(zhibiao_server, warehouse: Path, tmp_path: Path):
    target = tmp_path / "w.duckdb"
    command = [ZHIBIAO, "run", "--source", str(SAMPLES), "--warehouse", str(target)]
    runs = [subprocess.Popen([*command, *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                             env=zhibiao_server) for extra in ([], ["--wait"], ["--wait"])]
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    for code, _, stderr in results[1:]:
        assert code == 0, stderr  # those that wait all complete
    code, _, stderr = results[0]
    assert code == 0 or stderr.strip().splitlines()[-1].startswith(f"Error: another run is loading {target}")
    loaded = [int(re.search(r"(\d+) loaded", out).group(1)) for c, out, _ in results if c == 0]
    assert sorted(loaded) == [0] * (len(loaded) - 1) + [3]  # one run loaded the samples, the others found them
    for query in (FACTS, DOCUMENTS):
        assert rows(target, query) == rows(warehouse, query)
    left = {p.name for p in tmp_path.iterdir()} - {"w.duckdb.previous", "w.duckdb.previous.delta"}  # standby.py
    assert sorted(left) == ["w.duckdb", "w.duckdb.lock", "w.duckdb.log"]


def test_a_failed_run_prints_one_line_and_logs_the_details(zhibiao_server, tmp_path: Path):
    target = tmp_path / "w.duckdb"
    command = [sys.executable, "-c", BROKEN_LOAD, "run", "--source", str(SAMPLES), "--warehouse", str(target),
               "--in-process"]  # the fault is in this process, not in the run service
    quiet = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=zhibiao_server, timeout=300)
    assert quiet.returncode == 1 and not target.exists()
    assert quiet.stderr.splitlines()[-1] == (
        "Error: run failed: CatalogException: Catalog Error: Table with name v_observation does not exist! "
        f"(details in {target}.log)")
    assert "Traceback" not in quiet.stderr + quiet.stdout and "nanobind" not in quiet.stderr
    log = Path(f"{target}.log").read_text(encoding="utf-8")
    assert "Traceback" in log and 'Did you mean "fact_observation"' in log  # DuckDB's hint, whole
    verbose = subprocess.run([*command, "--verbose"], capture_output=True, text=True, cwd=ROOT, env=zhibiao_server,
                             timeout=300)
    assert verbose.returncode == 1 and "Traceback" in verbose.stderr and "nanobind" not in verbose.stderr


def test_the_summary_names_failed_and_unread_files_and_an_empty_folder(zhibiao_server, tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    target = str(tmp_path / "w.duckdb")
    empty = zhibiao(zhibiao_server, "run", "--source", str(inbox), "--warehouse", target)
    assert empty.returncode == 0 and f"no documents in {inbox}" in empty.stdout + empty.stderr
    (inbox / "blank.txt").write_bytes(b"")
    (inbox / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (inbox / "table.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    out = zhibiao(zhibiao_server, "run", "--source", str(inbox), "--warehouse", target)
    assert "documents     1 seen, 0 loaded, 0 unchanged, 1 failed, 0 pruned" in out.stdout
    assert "failed        blank.txt (empty file)" in out.stdout
    assert "not read      2 files of other types: scan.jpg, table.xls" in out.stdout


def test_the_summary_names_documents_whose_region_could_not_be_told(zhibiao_server, tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # 西湖区 is a district of 杭州 and of 南昌: nothing in the text tells which
    (inbox / "xihu.txt").write_text("在西湖区经济工作会议上的讲话\n2025年，全区地区生产总值增长5.2%。\n",
                                    encoding="utf-8")
    (inbox / "lucheng.txt").write_text("在鹿城区经济工作会议上的讲话\n2025年，全区地区生产总值增长6.1%。\n",
                                       encoding="utf-8")
    out = zhibiao(zhibiao_server, "run", "--source", str(inbox), "--warehouse", str(tmp_path / "w.duckdb"))
    assert out.returncode == 0, out.stderr
    assert "no region     1 documents whose region could not be told" in out.stdout
    assert out.stdout.rstrip().count("xihu.txt") == 1 and "lucheng.txt" not in out.stdout
    # its place is still a district of that name, compared with nothing above it
    assert rows(tmp_path / "w.duckdb", "SELECT d.region, r.level, r.parent_code FROM dim_document d JOIN dim_region r "
                "USING (region_code) WHERE d.file_name = 'xihu.txt'") == [("西湖区", "district", None)]


def test_pruning_too_much_is_refused_in_one_line(zhibiao_server, tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("青溪区2024年全区地区生产总值增长5.8%。", encoding="utf-8")
    target = str(tmp_path / "w.duckdb")
    assert zhibiao(zhibiao_server, "run", "--source", str(inbox), "--warehouse", target).returncode == 0
    (inbox / "a.txt").rename(inbox / "a.bak")
    out = zhibiao(zhibiao_server, "run", "--source", str(inbox), "--warehouse", target, "--prune")
    assert out.returncode == 1
    assert out.stderr.splitlines()[-1] == (
        f"Error: --prune refused: {inbox} holds no documents, so every one of the warehouse's 1 documents would "
        "be removed (is the folder mounted?)")


QUERY = "SELECT file, indicator, value_base, evidence FROM v_observations WHERE value = 486.3"


@pytest.mark.parametrize(("fmt", "expected"), [
    ("csv", "file,indicator,value_base,evidence\n"
            "qingxi-2025-economic-work-speech.txt,地区生产总值,48630000000,地区生产总值486.3亿元\n"),
    ("json", '[{"file":"qingxi-2025-economic-work-speech.txt","indicator":"地区生产总值",'
             '"value_base":48630000000.0,"evidence":"地区生产总值486.3亿元"}]\n'),
    ("markdown", "| file | indicator | value_base | evidence |\n| --- | --- | --- | --- |\n"
                 "| qingxi-2025-economic-work-speech.txt | 地区生产总值 | 48630000000.0 | 地区生产总值486.3亿元 |\n"),
])
def test_sql_formats(warehouse: Path, tmp_path: Path, fmt: str, expected: str):
    out = zhibiao(environment(tmp_path), "sql", "-w", str(warehouse), "--format", fmt, QUERY)
    assert out.returncode == 0 and out.stdout == expected, out.stderr


def test_sql_reads_a_file_or_standard_input_and_refuses_nothing(warehouse: Path, tmp_path: Path):
    env = environment(tmp_path)
    (tmp_path / "q.sql").write_text(QUERY, encoding="utf-8")
    from_file = zhibiao(env, "sql", "-w", str(warehouse), "-f", str(tmp_path / "q.sql"), "--format", "csv")
    from_stdin = zhibiao(env, "sql", "-w", str(warehouse), "--format", "csv", stdin=QUERY)
    assert from_file.returncode == from_stdin.returncode == 0
    assert from_file.stdout == from_stdin.stdout and "48630000000" in from_file.stdout
    for empty in ("", "  \n"):
        out = zhibiao(env, "sql", "-w", str(warehouse), empty)
        assert out.returncode == 1 and out.stderr == "Error: the query is empty\n"


@pytest.mark.parametrize("columns", [60, 100, 200])
def test_sql_tables_fit_the_terminal(warehouse: Path, tmp_path: Path, columns: int):
    env = environment(tmp_path, COLUMNS=str(columns))
    for query in ("SELECT * FROM v_district_vs_city", "SELECT * FROM v_observations LIMIT 5"):
        out = zhibiao(env, "sql", "-w", str(warehouse), query)
        assert out.returncode == 0, out.stderr
        assert max(map(display_width, out.stdout.splitlines())) <= columns
        assert "e10" not in out.stdout and "…" not in out.stdout  # no scientific notation, no cut text

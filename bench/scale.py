"""The warehouse at scale, on the default settings: a warehouse of real reports grown to N
observations, then timed runs on it.

    .venv/bin/python bench/scale.py --sizes 1000000 3000000 10000000 30000000 --json bench/scale.json

The base is one run over the real reports (../shared/corpus/real, or --real DIR). It grows by
copies of its documents (text included, so documents are real-sized), regions and observations
under new keys, as other countries' reports would be: a copy's regions sit under the copies of
their parents (bench/sql/grow_*.sql). The models' rows are copied too (a rebuild per size took
longer than the rest together); --check-grow shows them equal to a rebuild's but for the ties a
model breaks arbitrarily. Copies are added to one file from size to size. At the base size and at
each N, on a copy of that file (a run that fails is recorded with its error):
- the cluster job (every table due is sorted; a grown file's tables never were);
- a run adding 1 document and one adding 100 (real reports with a line added), each then rerun
  unchanged; a prune of 1% of the documents (the inbox's discovery replaced by the list of files
  gone: the grown documents have no files); a whole rebuild of every model (up to --rebuild-up-to);
- every v_ view in full, and one district's rows of each (those naming the region a row is about);
- the file's size. Each run is a process of its own (the pipeline without Prefect, two worker
  processes) whose wall time and peak resident memory (the largest process) are reported.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from bench.peak_memory import high_water_mb  # noqa: E402

SQL = Path(__file__).with_name("sql")
GROW_MEMORY = "2GB"  # building the grown file is the benchmark's setup, not what it measures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000_000, 3_000_000, 10_000_000])
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "corpus" / "real")
    parser.add_argument("--work", type=Path, default=Path("/tmp/zhibiao-scale"))
    parser.add_argument("--json", type=Path, default=Path(__file__).with_name("scale.json"))
    parser.add_argument("--skip-base", action="store_true", help="measure the given sizes only")
    parser.add_argument("--rebuild-up-to", type=int, default=0, metavar="N",
                        help="time a whole rebuild on the default settings up to N observations (the base only "
                             "by default: it grows faster than the file)")
    parser.add_argument("--check-grow", action="store_true",
                        help="check the grown models' rows against a rebuild (3 copies of the base), then stop")
    parser.add_argument("--in-place", action="store_true",
                        help="measure the grown file itself, not a copy (the runs change it: one size only)")
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)  # one measured run, in its own process
    args = parser.parse_args()
    if args.step:
        figures = STEPS[args.step[0]](*args.step[1:])
        # this process's own peak: the kernel's count for a child (wait4) includes the benchmark's
        # memory at the fork, before the exec
        print(json.dumps({**figures, "peak_mb": round(high_water_mb(os.getpid()))}))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    grown = args.work / "grown.duckdb"
    inboxes = make_inboxes(args.real, args.work)
    if not grown.exists():
        measured("run", str(args.real), str(grown))
    if args.check_grow:
        check_grow(grown, args.work)
        return
    results = {}
    for size in [*([] if args.skip_base else [0]), *args.sizes]:
        grow(grown, size)
        results[str(size or "base")] = figures = measure(grown, args.work, inboxes, size <= args.rebuild_up_to,
                                                         args.in_place)
        print(json.dumps({size: figures}, ensure_ascii=False), flush=True)
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


def make_inboxes(real: Path, work: Path) -> dict[str, Path]:
    """Folders of 0, 1 and 100 real reports, and of 1 for the run after the prune, each with a line
    added so that none is already loaded, by this benchmark or an earlier one on the same file
    (`--in-place`); each file named after its folder, so that the report added after the prune is a
    new document, not an edit of the one added first."""
    reports = sorted(p for p in real.rglob("*") if p.is_file())
    stamp, inboxes = time.time_ns(), {}
    for name, count in (("0", 0), ("1", 1), ("100", 100), ("after_prune", 1)):
        folder = work / f"inbox-{name}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for i in range(count):
            source = reports[i % len(reports)]
            (folder / f"{name}-{i:03d}-{source.name}").write_text(
                source.read_text(encoding="utf-8") + f"\n（{name}：第{i}份，{stamp}）\n", encoding="utf-8")
        inboxes[name] = folder
    return inboxes


def grow(warehouse: Path, size: int) -> None:
    """Add copies of the original documents until the warehouse holds at least `size` observations."""
    con = duckdb.connect(str(warehouse), config={"memory_limit": GROW_MEMORY,
                                                 "temp_directory": str(warehouse) + ".tmp"})
    try:
        con.execute("SET enable_progress_bar = false")
        for name in ("grow_originals", "grow_model_originals"):
            con.execute((SQL / f"{name}.sql").read_text(encoding="utf-8"))
        [(per_copy, rows)] = con.execute("""SELECT (SELECT count(*) FROM grow_observation_original),
                                                    (SELECT count(*) FROM fact_observation)""").fetchall()
        copies = rows // per_copy - 1
        wanted = max(copies, -(-size // per_copy) - 1)
        if wanted > copies:
            for name in ("grow_regions", "grow_documents", "grow_observations", "grow_models"):
                for statement in duckdb.extract_statements((SQL / f"{name}.sql").read_text(encoding="utf-8")):
                    con.execute(statement.query, [copies + 1, wanted + 1])
            con.execute("CHECKPOINT")
    finally:
        con.close()


def check_grow(base: Path, work: Path) -> None:
    """The models' rows grow_models.sql copies are those a rebuild computes, but for the ties a model
    breaks arbitrarily (two figures at one position of one document): as many rows differ between
    the base's own build and its rebuild."""
    from zhibiao.warehouse import refresh

    grown, rebuilt = work / "check-grown.duckdb", work / "check-rebuilt.duckdb"
    shutil.copyfile(base, grown)
    per_copy = 10_000  # the base's observations, about
    grow(grown, 4 * per_copy)
    shutil.copyfile(grown, rebuilt)
    step_rebuild(str(rebuilt))
    con = duckdb.connect(str(grown), read_only=True)
    try:
        con.execute(f"ATTACH '{rebuilt}' AS rebuilt (READ_ONLY)")
        for model in refresh.models():
            [(rows, differing)] = con.execute(
                f"SELECT (SELECT count(*) FROM {model.name}), "
                f"(SELECT count(*) FROM (FROM {model.name} EXCEPT ALL FROM rebuilt.{model.name}))").fetchall()
            print(f"{model.name}: {rows} rows, {differing} differ from a rebuild")
    finally:
        con.close()
        grown.unlink()
        rebuilt.unlink()


def measure(grown: Path, work: Path, inboxes: dict[str, Path], rebuild: bool, in_place: bool = False) -> dict:
    """Every figure at one size, on a copy of the grown file (which the runs change), or on the grown
    file itself `in_place` (a copy less on disk)."""
    target = grown if in_place else work / "measured.duckdb"
    for stale in work.glob("measured.duckdb*"):  # the last size's file and its previous version
        shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    if not in_place:
        shutil.copyfile(grown, target)
    figures = {"rebuild": measured("rebuild", str(target))} if rebuild else {}
    con = duckdb.connect(str(target), read_only=True)
    try:
        [(figures["observations"], figures["documents"])] = con.execute(
            "SELECT (SELECT count(*) FROM fact_observation), (SELECT count(*) FROM dim_document)").fetchall()
    finally:
        con.close()
    # the first run on the copy has no previous version to start from (standby.py): it copies the file;
    # then the cluster job sorts what is due, as the weekly deployment would, and keeps a copy to start from
    figures["first_run"] = attempted("run", str(inboxes["0"]), str(target))
    figures["cluster"] = attempted("cluster", str(target))
    for count in ("1", "100"):
        figures[f"add_{count}"] = attempted("run", str(inboxes[count]), str(target))
        figures[f"unchanged_after_{count}"] = attempted("run", str(inboxes[count]), str(target))
    figures["prune_1pct"] = attempted("prune", str(target), str(max(1, figures["documents"] // 100)))
    # the prune's work is heavy enough to be caught up by the prune itself (pipeline.run.catch_up_previous)
    figures["add_1_after_prune"] = attempted("run", str(inboxes["after_prune"]), str(target))
    figures["views_ms"] = view_timings(target)
    figures["file_mb"] = round(target.stat().st_size / 2**20, 1)
    return figures


def attempted(step: str, *arguments: str) -> dict:
    """A measured run, or what stopped it: a run failing (for memory, say) is a figure too."""
    try:
        return measured(step, *arguments)
    except RuntimeError as failure:
        return {"failed": str(failure)}


def measured(step: str, *arguments: str) -> dict:
    """Run one step in a process of its own: wall seconds and what it printed (its peak resident MB)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--step", step, *arguments], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    out, err = process.communicate()
    if process.returncode:
        raise RuntimeError(f"step {step} failed after {time.perf_counter() - started:.1f} s: "
                           + (err.strip().splitlines() or [""])[-1])
    return {"wall_s": round(time.perf_counter() - started, 2), **json.loads(out.strip().splitlines()[-1])}


def view_timings(warehouse: Path) -> dict[str, float]:
    from bench.run import median_ms  # here: it imports Prefect, which the measured steps must not pay for

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        views = [v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal "
                                           "AND view_name LIKE 'v\\_%' ESCAPE '\\' ORDER BY 1").fetchall()]
        timings = {view: median_ms(lambda v=view: con.execute((SQL / "view_full.sql").read_text(), [v]).fetchall())
                   for view in views}
        [(code, district)] = con.execute((SQL / "one_district.sql").read_text()).fetchall()
        for view in views:
            if con.execute("SELECT 1 FROM duckdb_columns() WHERE table_name = ? AND column_name = 'about_region_code'",
                           [view]).fetchall():
                timings[f"{view} (one district)"] = median_ms(lambda v=view: con.execute(
                    (SQL / "view_one_district.sql").read_text(), [v, code]).fetchall())
        timings["v_district_vs_city (one district)"] = median_ms(
            lambda: con.execute((SQL / "view_one_region.sql").read_text(), [district]).fetchall())
        return timings
    finally:
        con.close()


def _timed(seconds: dict[str, float]):
    """A step wrapper recording each step's wall seconds in `seconds`, by name."""
    def timed(step):
        def call(*args, **kwargs):
            started = time.perf_counter()
            try:
                return step(*args, **kwargs)
            finally:
                seconds[step.__name__] = round(time.perf_counter() - started, 2)
        return call
    return timed


def timed_pipeline(source: str, warehouse: str, prune: bool = False) -> dict:
    """run_pipeline as bench/baseline.py runs it (two worker processes, no Prefect), each step timed."""
    from zhibiao.pipeline import Orchestration, run_pipeline
    from zhibiao.pipeline.workers import map_on, worker_processes

    seconds: dict[str, float] = {}
    with worker_processes(2) as pool:
        record = run_pipeline(source, warehouse, prune=prune, how=Orchestration(
            map_batches=map_on(pool), log=lambda line: None, step=_timed(seconds), workers=pool.count if pool else 1))
    return {"observations_loaded": record.obs_loaded, "documents_pruned": record.docs_pruned, "steps_s": seconds}


def step_run(source: str, warehouse: str) -> dict:
    return timed_pipeline(source, warehouse)


def step_prune(warehouse: str, count: str) -> dict:
    """A run whose inbox lost `count` documents: discovery reports those files gone, nothing new."""
    from zhibiao.pipeline import run as pipeline
    from zhibiao.warehouse.publish import connect

    con = connect(Path(warehouse), read_only=True)
    try:
        gone = dict(con.execute((SQL / "prune_sample.sql").read_text(encoding="utf-8"), [int(count)]).fetchall())
    finally:
        con.close()
    pipeline.discover_documents = lambda folder, held, prune, keep_readings=False: pipeline.Discovery(
        changed=[], unchanged=len(held.documents) - len(gone), removed=gone)
    return timed_pipeline(str(Path(warehouse).parent), warehouse, prune=True)


def step_rebuild(warehouse: str) -> dict:
    """Every model rebuilt whole, on the default memory limit: what a changed model's SQL costs."""
    from zhibiao.warehouse import refresh
    from zhibiao.warehouse.publish import connect

    con = connect(Path(warehouse))
    try:
        started = time.perf_counter()
        refresh.refresh(con, full=True)
        return {"refresh_s": round(time.perf_counter() - started, 2)}
    finally:
        con.close()


def step_cluster(warehouse: str) -> dict:
    """The cluster job (pipeline/cluster.py) without Prefect: the tables due sorted and published, a copy kept."""
    from zhibiao.pipeline import Orchestration
    from zhibiao.pipeline.cluster import cluster_warehouse

    seconds: dict[str, float] = {}
    sorted_now = cluster_warehouse(warehouse, how=Orchestration(log=lambda line: None, step=_timed(seconds)))
    return {"sorted": sorted_now, "steps_s": seconds}


STEPS = {"run": step_run, "prune": step_prune, "rebuild": step_rebuild, "cluster": step_cluster}

if __name__ == "__main__":
    main()

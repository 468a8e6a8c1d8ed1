"""The zhibiao benchmark: synthetic corpora of N documents, timed stage by stage and end to end.

    .venv/bin/python bench/run.py --sizes 100 1000 10000 --json bench/results.json

For each N it reports: documents/s end to end (the flow on a running Prefect server, as a
deployment runs it), Prefect's share of the wall time (against the same stages driven without
Prefect), peak memory of a run (its flow process and its largest worker), re-runs with nothing
changed and after 1% of documents changed; peak memory at several batch sizes;
and, on a sample, single-core rates for reading, extraction (MB/s of UTF-8 text), validation and
loading. Then it builds a warehouse of at least 1,000,000 observations and times every v_ view,
and times the pathological documents of bench/pathological.py (seconds per 100 KB of each kind).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import polars as pl  # noqa: E402

from bench import pathological  # noqa: E402
from bench.baseline import run_without_prefect  # noqa: E402
from bench.synthetic import edit_some, write_corpus  # noqa: E402
from zhibiao.documents import discover, read_document  # noqa: E402
from zhibiao.documents.reader import read_bytes  # noqa: E402
from zhibiao.extraction import DocumentMeta, extract, load_lexicon  # noqa: E402
from zhibiao.extraction.extractor import _extractor, extractor_for  # noqa: E402
from zhibiao.flows import prefect_env  # noqa: E402,F401  (quiet, offline Prefect before it is imported)
from zhibiao.flows.server import local_prefect_server, server_environment  # noqa: E402
from zhibiao.pipeline.assemble import assemble  # noqa: E402
from zhibiao.pipeline.batch import BatchJob  # noqa: E402
from zhibiao.pipeline.spool import read_batch  # noqa: E402
from zhibiao.schemas import (  # noqa: E402
    OBSERVATION_COLUMNS,
    ObservationSchema,
    split_valid,
)
from zhibiao.warehouse import publish, schema  # noqa: E402

SQL = Path(__file__).with_name("sql")
ZHIBIAO = str(Path(sys.executable).with_name("zhibiao"))
PEAK_MEMORY = str(Path(__file__).with_name("peak_memory.py"))
VIEW_TARGET_ROWS = 1_000_000
MEMORY_BATCH_SIZES = (10, 50, 200)
EXTRACT_PASSES = 3  # the best of these is the rate: other work on a shared machine only slows a pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--runner", default="process", choices=["thread", "process", "dask"])
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--sample", type=int, default=200, help="documents for the single-core stage rates")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--keep", type=Path, help="keep corpora and warehouses in this folder")
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "corpus" / "real",
                        help="a folder of real reports, measured whole (skipped when absent)")
    parser.add_argument("--real-copies", type=int, default=10, help="copies of each real report for the rate at scale")
    parser.add_argument("--memory-n", type=int, default=1000,
                        help="documents for the memory-by-batch-size runs (0 to skip them)")
    parser.add_argument("--real-only", action="store_true",
                        help="only the real reports: extraction on one core and the runs end to end")
    args = parser.parse_args()
    if args.real_only:
        args.sizes, args.memory_n = [], 0

    results = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                           "platform": platform.platform()},
               "settings": {"runner": args.runner, "batch_size": args.batch_size, "workers": args.workers},
               "sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        with local_prefect_server(work / "prefect-home", work / "prefect-server.log") as api_url:
            results["prefect_server_start_s"] = round(time.monotonic() - started, 2)
            env = server_environment(api_url, work / "prefect-home")
            results["interpreter_start_s"] = interpreter_start(env)
            if args.real.is_dir():
                print(f"real reports in {args.real} …", flush=True)
                results["real_reports"] = bench_real(args.real, work / "real", env, args)
            for n in args.sizes:
                print(f"N = {n} …", flush=True)
                results["sizes"][str(n)] = bench_size(n, work / f"n{n}", env, results["interpreter_start_s"], args)
            if args.memory_n:
                print(f"memory by batch size, N = {args.memory_n} …", flush=True)
                results["memory_by_batch_size"] = memory_by_batch_size(args.memory_n, work / "batch-memory", env, args)
        if args.sizes:
            observations = {n: results["sizes"][str(n)]["observations"] for n in args.sizes}
            base = max((n for n in args.sizes if observations[n] <= VIEW_TARGET_ROWS), default=min(args.sizes))
            results["views"] = bench_views(work / f"n{base}" / "warehouse.duckdb", work / "views.duckdb",
                                           VIEW_TARGET_ROWS)
            largest = max(args.sizes)
            if observations[largest] > VIEW_TARGET_ROWS:
                results["views_largest"] = bench_views(work / f"n{largest}" / "warehouse.duckdb",
                                                       work / "views-largest.duckdb", observations[largest])
    if not args.real_only:
        print("pathological documents …", flush=True)
        results["pathological"] = pathological.measure()
    if args.real_only and args.json.exists():  # a partial run replaces what it measured, not the rest
        results = {**json.loads(args.json.read_text(encoding="utf-8")),
                   **{key: value for key, value in results.items() if key != "sizes"}}
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print_table(results)
    print(f"\nwritten to {args.json}")


def bench_size(n: int, folder: Path, env: dict[str, str], startup: float, args: argparse.Namespace) -> dict:
    corpus, warehouse, baseline = folder / "docs", folder / "warehouse.duckdb", folder / "baseline.duckdb"
    chars = write_corpus(corpus, n)
    stages = stage_rates(corpus, args.sample)
    run_args = run_options(args, args.batch_size)
    first = timed_run(corpus, warehouse, env, run_args)
    flow_s = first["flow_run_s"]
    started = time.monotonic()
    run_without_prefect(corpus, baseline, args.batch_size, args.workers)
    plain_s = time.monotonic() - started
    unchanged = timed_run(corpus, warehouse, env, run_args)
    changed = edit_some(corpus, 0.01)
    one_percent = timed_run(corpus, warehouse, env, run_args)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        [(observations,)] = con.execute("SELECT count(*) FROM fact_observation").fetchall()
    finally:
        con.close()
    return {
        "documents": n, "characters": chars, "mb_utf8": round(sum(p.stat().st_size for p in corpus.iterdir()) / 1e6, 1),
        "observations": observations,
        "run_wall_s": first["wall_s"], "flow_s": round(flow_s, 2), "documents_per_s": round(n / flow_s, 1),
        "prefect_process_overhead_s": round(first["wall_s"] - flow_s - startup, 2),
        "without_prefect_s": round(plain_s, 2),
        "prefect_overhead_share": round(max(flow_s - plain_s, 0) / flow_s, 3),
        "peak_rss_mb": first["peak_mb"], "flow_process_peak_mb": first["flow_mb"],
        "worker_peak_mb": first["workers_mb"], "load_and_refresh_s": first["load_and_refresh_s"],
        "rerun_unchanged_wall_s": unchanged["wall_s"], "rerun_unchanged_flow_s": unchanged["flow_run_s"],
        "rerun_1pct_changed": len(changed), "rerun_1pct_wall_s": one_percent["wall_s"],
        "rerun_1pct_flow_s": one_percent["flow_run_s"],
        "warehouse_mb": round(warehouse.stat().st_size / 1e6, 1),
        "stages": stages,
    }


def bench_real(source: Path, folder: Path, env: dict[str, str], args: argparse.Namespace) -> dict:
    """Whole real reports (denser in figures than the synthetic corpus): extraction on one core,
    the run end to end against the running server on the reports as they are, and on `--real-copies`
    copies of each (a line added to each copy, so that none is refused as a duplicate), where the
    workers' start-up is spread over enough documents to show the rate a large inbox is read at."""
    reports = sorted(source.rglob("*.txt"))
    once, copied = folder / "once", folder / "copies"
    once.mkdir(parents=True, exist_ok=True)
    copied.mkdir(parents=True, exist_ok=True)
    for path in reports:
        (once / path.name).write_bytes(path.read_bytes())
        for copy in range(args.real_copies):
            (copied / f"{path.stem}-{copy:02d}.txt").write_bytes(path.read_bytes() + f"\n（副本{copy}）\n".encode())
    load_before = os.getloadavg()[0]
    stages = stage_rates(once, len(reports))
    run = timed_run(once, folder / "once.duckdb", env, run_options(args, args.batch_size))
    many = timed_run(copied, folder / "copies.duckdb", env, run_options(args, args.batch_size))
    n_many = len(reports) * args.real_copies
    return {"documents": len(reports), "mb_utf8": round(sum(p.stat().st_size for p in reports) / 1e6, 2),
            "extract_mb_per_s": stages["extract_mb_per_s"], "extract_setup_s": stages["extract_setup_s"],
            "extract_first_pass_mb_per_s": stages["extract_first_pass_mb_per_s"], "run_wall_s": run["wall_s"],
            "flow_s": run["flow_run_s"], "documents_per_s": round(len(reports) / run["flow_run_s"], 1),
            "load_and_refresh_s": run["load_and_refresh_s"], "cpu_s": run["cpu_s"], "flow_cpu_s": run["flow_cpu_s"],
            "copies": n_many, "copies_flow_s": many["flow_run_s"], "copies_cpu_s": many["cpu_s"],
            "copies_flow_cpu_s": many["flow_cpu_s"],
            "copies_documents_per_s": round(n_many / many["flow_run_s"], 1),
            "copies_load_and_refresh_s": many["load_and_refresh_s"],
            # the machine's 1-minute load average before and after: on 2 cores, above 2 others' work slows these
            "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}


def run_options(args: argparse.Namespace, batch_size: int) -> list[str]:
    # --verbose: the stage times are read from Prefect's log lines, which a run prints only then
    return ["--runner", args.runner, "--batch-size", str(batch_size), "--workers", str(args.workers), "--verbose"]


def timed_run(corpus: Path, warehouse: Path, env: dict[str, str], run_args: list[str]) -> dict:
    """`zhibiao run` as a user runs it, against the running server: wall time, stage times, peak memory,
    CPU seconds (of the run with its workers, and of its own process)."""
    started = time.monotonic()
    out = subprocess.run([sys.executable, PEAK_MEMORY, ZHIBIAO, "run", "--source", str(corpus),
                          "--warehouse", str(warehouse), *run_args], env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    memory = json.loads(out.stdout.strip().splitlines()[-1])
    if memory["returncode"] != 0:
        raise RuntimeError(f"zhibiao run failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
    log = out.stdout + out.stderr
    return {"wall_s": round(wall, 2), "peak_mb": memory["peak"], "flow_mb": memory["flow"],
            "workers_mb": memory["workers"], "cpu_s": memory["cpu_s"], "flow_cpu_s": memory["flow_cpu_s"],
            "flow_run_s": round(seconds_between(log, "Beginning flow run", "Finished in state", "Flow run '"), 2),
            "load_and_refresh_s": round(seconds_between(log, "Task run 'load_run", "Finished in state",
                                                        "Task run 'refresh_views"), 2)}


def seconds_between(log: str, first: str, last: str, last_from: str) -> float:
    """From the first log line containing `first` to the last line from `last_from` containing `last`."""
    def stamp(line: str) -> float:
        h, m, s = line.split(" | ")[0].strip().split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)
    lines = log.splitlines()
    begin = next(stamp(x) for x in lines if first in x)
    end = next(stamp(x) for x in reversed(lines) if last_from in x and last in x)
    return (end - begin) % 86400


def memory_by_batch_size(n: int, folder: Path, env: dict[str, str], args: argparse.Namespace) -> dict:
    """Peak memory of first runs on one corpus at several batch sizes: workers hold a batch at a time."""
    corpus = folder / "docs"
    write_corpus(corpus, n)
    out = {}
    for size in MEMORY_BATCH_SIZES:
        run = timed_run(corpus, folder / f"batch{size}.duckdb", env, run_options(args, size))
        out[str(size)] = {"flow_process_peak_mb": run["flow_mb"], "worker_peak_mb": run["workers_mb"]}
    return out


def interpreter_start(env: dict[str, str]) -> float:
    """Seconds for Python to start and import what `zhibiao run` imports, before any work."""
    samples = []
    for _ in range(3):
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", "import zhibiao.flows.run_flow, zhibiao.cli"], env=env, check=True,
                       cwd=ROOT)
        samples.append(time.monotonic() - started)
    return round(statistics.median(samples), 2)


def stage_rates(corpus: Path, sample: int) -> dict:
    """Single-core rates of each stage on the first `sample` documents, in this process. Extraction
    is timed in CPU seconds of this process (the machine may be shared): what a worker pays once
    (the lexicon, an extractor for each region, whose patterns are compiled then) apart, then the
    best of EXTRACT_PASSES passes over the sample, each with new extractors; the first pass, with
    that setup, is recorded too."""
    paths = list(discover(corpus))[:sample]
    started = time.perf_counter()
    lex = load_lexicon()
    documents = [read_document(p, read_bytes(p, corpus), None, lex) for p in paths]
    read_s = time.perf_counter() - started
    texts = [(d.text, DocumentMeta(year=d.year, date=d.doc_date, region=d.region, region_code=d.region_code,
                                   kind=d.kind, title=d.title), d.tables) for d in documents]
    utf8 = sum(len(t.encode()) for t, _, _ in texts)
    started = time.process_time()
    for _, meta, _ in texts:
        extractor_for(meta, lex)
    setup_s = time.process_time() - started
    passes = []
    for _ in range(EXTRACT_PASSES):
        # new extractors for each pass (built untimed): what they remember of phrases read in the pass
        # before would make a later pass faster than a worker's reading of these documents
        _extractor.cache_clear()
        for _, meta, _ in texts:
            extractor_for(meta, lex)
        started = time.process_time()
        observations = [extract(text, meta, lex, tables) for text, meta, tables in texts]
        passes.append(time.process_time() - started)
    extract_s = min(passes)
    rows = [{"doc_id": d.doc_id, "file_name": d.file_name, **o.as_row()}
            for d, obs in zip(documents, observations, strict=True) for o in obs]
    frame = pl.DataFrame(rows, schema=OBSERVATION_COLUMNS)
    started = time.perf_counter()
    split_valid(frame, ObservationSchema)
    validate_s = time.perf_counter() - started
    return {"read_documents_per_s": round(len(paths) / read_s, 1),
            "extract_mb_per_s": round(utf8 / extract_s / 1e6, 2),
            "extract_chars_per_s": round(sum(len(t) for t, _, _ in texts) / extract_s),
            "extract_setup_s": round(setup_s, 3),
            "extract_first_pass_mb_per_s": round(utf8 / (setup_s + passes[0]) / 1e6, 2),
            "validate_rows_per_s": round(frame.height / validate_s),
            "load_rows_per_s": load_rate(corpus, [str(p) for p in paths])}


def load_rate(corpus: Path, paths: list[str]) -> int:
    """Rows/s of the bulk insert into fact_observation, on at least 500,000 spooled rows."""
    with tempfile.TemporaryDirectory() as tmp:
        staged = read_batch(BatchJob(0, paths, {}), str(corpus), tmp, "bench")
        con = duckdb.connect(str(Path(tmp) / "load.duckdb"),
                             config={"storage_compatibility_version": publish.STORAGE_COMPATIBILITY})
        try:
            schema.ensure_schema(con)
            # the facts carry their document's and indicator's numbers: those rows are written first, untimed
            run_load = assemble([staged], "bench", {}, [], {}, Path(tmp))
            con.register("incoming_indicator", run_load.indicators.to_arrow())
            con.register("incoming_document", con.read_parquet(staged.files["documents"]))
            for statement in ("upsert_indicators", "insert_documents"):
                con.execute((ROOT / "sql" / "load" / f"{statement}.sql").read_text(encoding="utf-8"))
            spooled = con.read_parquet(staged.files["observations"])
            copies = -(-500_000 // max(len(spooled), 1))
            con.register("spooled", spooled)
            con.execute((SQL / "spool_copies.sql").read_text(encoding="utf-8"), [copies])
            [(n,)] = con.execute("SELECT count(*) FROM incoming_observation").fetchall()
            started = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            con.execute((ROOT / "sql" / "load" / "insert_observations.sql").read_text(encoding="utf-8"))
            con.execute("COMMIT")
            return round(n / (time.perf_counter() - started))
        finally:
            con.close()


def bench_views(source: Path, target: Path, rows_wanted: int) -> dict:
    """Every v_ view on a copy of a warehouse, grown by copies of its counties to `rows_wanted`."""
    target.write_bytes(source.read_bytes())
    con = duckdb.connect(str(target))
    try:
        [(have,)] = con.execute("SELECT count(*) FROM fact_observation").fetchall()
        copies = max(0, -(-rows_wanted // max(have, 1)) - 1)
        if copies:
            con.execute((SQL / "snapshot_originals.sql").read_text(encoding="utf-8"))
            for name in ("replicate_regions", "replicate_documents", "replicate_observations"):
                con.execute((SQL / f"{name}.sql").read_text(encoding="utf-8"), [copies])
        started = time.perf_counter()
        schema.refresh_views(con)  # what every run does after its load: rebuild aggregates, views
        refresh_ms = round((time.perf_counter() - started) * 1000, 1)
        con.execute("CHECKPOINT")
        [(rows,)] = con.execute("SELECT count(*) FROM fact_observation").fetchall()
        [(district,)] = con.execute("SELECT any_value(district) FROM v_district_vs_city").fetchall()
        timings = {"observations": rows, "refresh after a load (aggregates and views)": refresh_ms}
        views = [v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal "
                                           "AND view_name LIKE 'v\\_%' ESCAPE '\\' ORDER BY 1").fetchall()]
        for view in views:
            timings[view] = median_ms(lambda v=view: con.execute((SQL / "view_full.sql").read_text(), [v]).fetchall())
        timings["v_district_vs_city (one district)"] = median_ms(
            lambda: con.execute((SQL / "view_one_region.sql").read_text(), [district]).fetchall())
        return timings
    finally:
        con.close()


def median_ms(query, repeat: int = 5) -> float:
    query()  # warm
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        query()
        samples.append(time.perf_counter() - started)
    return round(statistics.median(samples) * 1000, 1)


def print_table(results: dict) -> None:
    sizes = results["sizes"]
    rows = [
        ("documents/s end to end", "documents_per_s"), ("flow run seconds (server running)", "flow_s"),
        ("same stages without Prefect, s", "without_prefect_s"),
        ("Prefect share of the flow run", "prefect_overhead_share"),
        ("+ Prefect client start/stop, s", "prefect_process_overhead_s"),
        ("zhibiao run wall seconds", "run_wall_s"),
        ("peak memory of a run, MB", "peak_rss_mb"), ("  flow process, MB", "flow_process_peak_mb"),
        ("  largest worker process, MB", "worker_peak_mb"), ("load and refresh in the flow, s", "load_and_refresh_s"),
        ("re-run unchanged, flow run s", "rerun_unchanged_flow_s"),
        ("re-run unchanged, wall s", "rerun_unchanged_wall_s"),
        ("re-run after 1% changed, flow run s", "rerun_1pct_flow_s"), ("observations", "observations"),
        ("warehouse MB", "warehouse_mb")]
    stage_rows = [("read documents/s (1 core)", "read_documents_per_s"),
                  ("extract MB/s (1 core)", "extract_mb_per_s"),
                  ("validate rows/s (1 core)", "validate_rows_per_s"), ("load rows/s", "load_rows_per_s")]
    if sizes:
        print(f"\n{'N':34}" + "".join(f"{n:>14}" for n in sizes))
        for label, key in rows:
            print(f"{label:34}" + "".join(f"{sizes[n][key]:>14}" for n in sizes))
        for label, key in stage_rows:
            print(f"{label:34}" + "".join(f"{sizes[n]['stages'][key]:>14}" for n in sizes))
    if "memory_by_batch_size" in results:
        print("\npeak memory by batch size (MB): " + "; ".join(
            f"{size}: flow process {m['flow_process_peak_mb']}, worker {m['worker_peak_mb']}"
            for size, m in results["memory_by_batch_size"].items()))
    if "real_reports" in results:
        real = results["real_reports"]
        print(f"\nreal reports: {real['documents']} documents ({real['mb_utf8']} MB), extraction "
              f"{real['extract_mb_per_s']} MB/s on one core, {real['documents_per_s']} documents/s end to end "
              f"(flow run {real['flow_s']} s, load and refresh {real['load_and_refresh_s']} s); {real['copies']} "
              f"copies: {real['copies_documents_per_s']} documents/s (flow run {real['copies_flow_s']} s, load and "
              f"refresh {real['copies_load_and_refresh_s']} s, {real['copies_cpu_s']} CPU s of which the flow process "
              f"{real['copies_flow_cpu_s']}); load average {real.get('load_average')}")
    print(f"\ninterpreter start {results['interpreter_start_s']} s; "
          f"Prefect server start {results['prefect_server_start_s']} s (once, not in the figures above)")
    for key in ("views", "views_largest"):
        if key in results:
            print(f"views on {results[key]['observations']:,} observations (ms, median of 5):")
            for name, ms in results[key].items():
                if name != "observations":  # the rest are milliseconds
                    print(f"  {name:40} {ms:>8}")


if __name__ == "__main__":
    main()

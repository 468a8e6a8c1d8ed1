"""The `zhibiao` command."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click

from zhibiao.flows.runners import RUNNERS
from zhibiao.output import FORMATS, printable, shown_path

SQL_SECONDS = 300  # `sql --timeout`'s default: a query on a million observations takes a few seconds



def _warehouse_option(f):
    return click.option("--warehouse", "-w", required=True, type=click.Path(dir_okay=False, path_type=Path),
                        help="The DuckDB file (published warehouse).")(f)


def _width() -> int:
    return shutil.get_terminal_size().columns


def _require_folder(target: Path, option: str) -> Path:
    """The folder `target` is to be written in; refused, named in full, when it does not exist."""
    folder = target.resolve().parent
    if not folder.is_dir():
        raise click.ClickException(f"folder not found: {shown_path(folder)} (create it first, or give {option} "
                                   "a path in a folder that exists)")
    return folder


def _refuse_warehouse_in_source(source: Path, warehouse: Path) -> None:
    """A warehouse in the folder it loads would have its own files (its log, lock and staging copies)
    found by the next run's discovery: refused, links resolved."""
    folder, target = source.resolve(), warehouse.resolve()
    if target.is_relative_to(folder):
        raise click.ClickException(f"the warehouse {shown_path(target)} is inside the source folder "
                                   f"{shown_path(folder)}: its own files would be read as documents (put it "
                                   "outside the folder)")


def _require_warehouse(warehouse: Path) -> None:
    if not warehouse.is_file():
        raise click.ClickException(f"warehouse not found: {shown_path(warehouse.resolve())} (a run creates it: "
                                   "zhibiao run --source DIR --warehouse FILE)")
    _refuse_other_file(warehouse)


def _refuse_other_file(warehouse: Path) -> None:
    """A file that is not a DuckDB database is the user's, not a warehouse: refused before DuckDB or
    a run opens it (DuckDB would name an in-memory database, a run its staging copy), and untouched."""
    from zhibiao.warehouse.guard import is_warehouse

    if not is_warehouse(warehouse):
        raise click.ClickException(f"{shown_path(warehouse.resolve())} is not a DuckDB warehouse (its header is "
                                   "not DuckDB's): give --warehouse a file a run wrote, or a new file's name")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zhibiao")
def main() -> None:
    """zhibiao: indicator figures from Chinese government speeches and reports, into DuckDB."""


@main.command()
@click.option("--source", "-s", required=True, type=click.Path(path_type=Path),
              help="Folder of documents (.txt, .html, .docx, .pdf), optionally with manifest.csv or manifest.yaml.")
@_warehouse_option
@click.option("--batch-size", type=click.IntRange(min=1), default=50, show_default=True,
              help="Documents per extraction task.")
@click.option("--prune", is_flag=True, help="Remove documents whose file is no longer in the folder.")
@click.option("--force", is_flag=True, help="Let --prune remove more than a fifth of the warehouse's documents.")
@click.option("--wait", is_flag=True, help="If another run is loading the warehouse, queue behind it, not fail.")
@click.option("--keep-readings", is_flag=True,
              help="Do not read again documents read by another version of zhibiao (after an upgrade): they keep "
                   "their rows until a run without it (for a warehouse too large to read again now).")
@click.option("--runner", type=click.Choice(RUNNERS), default="process", show_default=True,
              help="Where batches run: threads (one core: extraction is pure Python), worker processes, or Dask.")
@click.option("--workers", type=click.IntRange(min=1),
              help="Threads, processes or local Dask workers [default: CPU count].")
@click.option("--dask-address", help="An existing Dask scheduler (tcp://host:8786); implies --runner dask.")
@click.option("--verbose", "-v", is_flag=True, help="Print Prefect's log and tracebacks too (the log file has them).")
@click.option("--in-process", is_flag=True,
              help="Run in this process, not in the background server's run service (seconds slower).")
def run(source: Path, warehouse: Path, batch_size: int, prune: bool, force: bool, wait: bool, keep_readings: bool,
        runner: str, workers: int | None, dask_address: str | None, verbose: bool, in_process: bool) -> None:
    """Run the pipeline on a folder: extract, validate, load, refresh views, publish.

    One run at a time per warehouse. Uses the Prefect server in PREFECT_API_URL, or the one of
    `zhibiao server start`; when none is up, it starts that one (seconds), and says so: it stays up
    for the next runs until `zhibiao server stop`. With that server, the run is done by its run
    service, which keeps Prefect and the pipeline loaded (seconds less for every run); --in-process
    runs it here.
    Everything the run logs, tracebacks included, is appended to WAREHOUSE.log."""
    from zhibiao.busy import loading
    from zhibiao.flows.runners import process_count
    from zhibiao.flows.server import prefect_home
    from zhibiao.interrupt import Interrupted, leave, stop_on_signals
    from zhibiao.pipeline.source import SourceError, check_source
    from zhibiao.running import RunRequest, execute
    from zhibiao.service import run_in_service

    stop_on_signals()
    try:
        check_source(str(source))
    except SourceError as e:
        raise click.ClickException(printable(str(e))) from None
    parent = _require_folder(warehouse, "--warehouse")
    _refuse_warehouse_in_source(source, warehouse)
    if not os.access(parent, os.W_OK):
        raise click.ClickException(f"cannot write the warehouse in {shown_path(parent)}: the folder is not writable "
                                   "for this user (choose another --warehouse)")
    if warehouse.exists() and not os.access(warehouse, os.R_OK):
        raise click.ClickException(f"cannot read the warehouse {shown_path(warehouse.resolve())}: "
                                   "it is not readable for this user")
    if warehouse.exists():
        _refuse_other_file(warehouse)
    if not wait and (holder := loading(warehouse, prefect_home())):  # at once, not after a flow run's start
        raise click.ClickException(printable(f"another run is loading {warehouse} ({holder}); try again when it "
                                             "is done, or queue behind it with --wait"))
    kind = "dask" if dask_address else runner
    # absolute: the run service's worker processes read the documents from the service's own folder
    request = RunRequest(str(source.absolute()), str(warehouse), batch_size, prune, force, wait, kind, workers,
                         dask_address, verbose, keep_readings)
    try:
        server = _server_for_run()  # before Prefect is imported: it reads PREFECT_API_URL then
        if server and not in_process:
            served = run_in_service(prefect_home(), request, _width())
            if served:
                leave(served.line, served.exit_code)
    except (RuntimeError, TimeoutError) as e:  # the server it started did not answer
        raise click.ClickException(str(e)) from None
    except Interrupted as e:
        leave(f"run interrupted ({e}): nothing was published", e.exit_code)
    from zhibiao.pipeline.workers import end_early, start_early

    start_early(process_count(kind, workers))  # its workers start while Prefect is imported
    outcome = execute(request, _width(), set_aside=True)
    if outcome.exit_code < 128:  # not stopped by a signal: its last logs and events go out first
        from zhibiao.flows.server import deliver_pending

        deliver_pending()
    end_early()
    leave(outcome.line, outcome.exit_code)  # Python's finalization of Prefect, polars and DuckDB takes a second more


@main.command("cluster")
@_warehouse_option
@click.option("--wait", is_flag=True, help="If a run is loading the warehouse, queue behind it, not fail.")
@click.option("--verbose", "-v", is_flag=True, help="Print Prefect's log and tracebacks too (the log file has them).")
def cluster_command(warehouse: Path, wait: bool, verbose: bool) -> None:
    """Sort the warehouse's tables by region where runs have appended more than a tenth of their rows.

    A query of one region then reads that region's row groups only. Runs append and never sort (a run
    costs what it reads); this rewrites the tables due, which takes time and memory that grow with the
    warehouse (minutes at millions of observations), and publishes them as a run would: readers keep
    their snapshot, one job at a time. prefect.yaml's weekly-cluster deployment runs it on a schedule.
    Everything it logs is appended to WAREHOUSE.log."""
    from zhibiao.interrupt import Interrupted, leave, stop_on_signals

    stop_on_signals()
    _require_warehouse(warehouse)
    try:
        _server_for_run()
    except (RuntimeError, TimeoutError) as e:
        raise click.ClickException(str(e)) from None
    except Interrupted as e:
        leave(f"cluster job interrupted ({e}): nothing was published", e.exit_code)
    from zhibiao.flows.cluster_flow import cluster_flow
    from zhibiao.runlog import forget, log_path, log_to
    from zhibiao.running import published_file
    from zhibiao.warehouse.publish import WarehouseError

    log_file = log_path(warehouse.resolve())
    before = published_file(warehouse)
    try:
        with log_to(log_file, verbose):
            cluster_flow(warehouse=str(warehouse), wait=wait)
    except Interrupted as e:
        published = ("the sorted tables were published before it" if published_file(warehouse) != before
                     else "nothing was published")
        leave(f"cluster job interrupted ({e}): {published}", e.exit_code)
    except WarehouseError as e:
        raise click.ClickException(printable(str(e))) from None
    except Exception as e:
        forget(e)
        raise click.ClickException(printable(f"cluster job failed: {type(e).__name__}: {e}".splitlines()[0]
                                             + f" (details in {shown_path(log_file)})")) from None


def _server_for_run():
    """Point Prefect at our background server, unless PREFECT_API_URL names a server (then None),
    once it answers. When none is up or starting, start one, with its run service, for this run
    and the next ones, and say so: Prefect's temporary server would cost every run seconds. If it
    does not answer, or a signal comes first, both are stopped: none is left half-started."""
    from zhibiao.flows.server import on_a_free_port_if_taken, prefect_home

    if os.environ.get("PREFECT_API_URL"):
        return None
    home = prefect_home()
    return on_a_free_port_if_taken(lambda port: _start_for_run(home, port), None, _tell)


def _tell(message: str) -> None:
    click.echo(message, err=True)


def _start_for_run(home: Path, port: int | None):
    """_server_for_run's server (found, or spawned on `port`: by default Prefect's own when free) and run service."""
    from zhibiao.flows.server import find_or_spawn_background_server, stop_background_server, wait_for_server
    from zhibiao.interrupt import signals_deferred
    from zhibiao.service import start_service, stop_service

    server = None
    try:
        with signals_deferred():  # a signal acts once both are recorded, to be stopped
            server = find_or_spawn_background_server(home, port)
            serving = start_service(home, server.url, server.pid)
        os.environ["PREFECT_API_URL"] = server.url
        if server.started:
            click.echo(f"no Prefect server was up: started one in the background, with its run service, for this "
                       f"run and the next ones, {server.url} (`zhibiao server stop` ends them)", err=True)
        elif serving:
            click.echo("started the run service beside the Prefect server, for this run and the next ones "
                       "(`zhibiao server stop` ends it)", err=True)
        wait_for_server(server.url, server.pid, home)
    except BaseException:
        if server and server.started:
            stop_service(home)
            stop_background_server(home)
        raise
    return server


def _use_running_server() -> None:
    """Point Prefect at our background server when one is up, unless PREFECT_API_URL says otherwise."""
    from zhibiao.flows.server import prefect_home, running_server

    if not os.environ.get("PREFECT_API_URL"):
        url = running_server(prefect_home())
        if url:
            os.environ["PREFECT_API_URL"] = url


@main.command()
@click.option("--source", "-s", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to watch (default: the nightly deployment's, from prefect.yaml).")
@click.option("--warehouse", "-w", type=click.Path(dir_okay=False, path_type=Path),
              help="The DuckDB file (default: the nightly deployment's).")
def serve(source: Path | None, warehouse: Path | None) -> None:
    """Run the pipeline on the nightly schedule of prefect.yaml, and the cluster job on its weekly one,
    without a worker.

    Uses the Prefect server in PREFECT_API_URL, or the one of `zhibiao server start`; otherwise
    starts a private one on 127.0.0.1 (Prefect's temporary server has no scheduler) and stops it
    on exit. Ctrl-C, SIGINT or SIGTERM stop it."""
    from contextlib import nullcontext

    from zhibiao.interrupt import Interrupted, leave, stop_on_signals, stopped_by

    stop_on_signals()
    _use_running_server()
    from prefect import serve as serve_deployments
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from zhibiao.flows.cluster_flow import cluster_flow
    from zhibiao.flows.run_flow import run_flow
    from zhibiao.flows.schedule import deployment
    from zhibiao.flows.server import local_prefect_server, prefect_home

    nightly, weekly = deployment("nightly"), deployment("weekly-cluster")
    parameters = {**nightly.parameters,
                  **({"source": str(source.resolve())} if source else {}),
                  **({"warehouse": str(warehouse.resolve())} if warehouse else {})}
    _refuse_warehouse_in_source(Path(parameters["source"]), Path(parameters["warehouse"]))
    served = [(run_flow, nightly, parameters), (cluster_flow, weekly,
                                                 {**weekly.parameters, "warehouse": parameters["warehouse"]})]
    home = prefect_home()
    shared = bool(PREFECT_API_URL.value())
    server = (nullcontext(PREFECT_API_URL.value()) if shared
              else local_prefect_server(home, home / "zhibiao-serve-server.log"))
    try:
        with server as api_url, temporary_settings(updates={PREFECT_API_URL: api_url}):
            for _, planned, given in served:
                click.echo(f"serving {planned.name}-serve on {api_url}: {planned.cron} ({planned.timezone}), {given}; "
                           f"next run: {planned.next_run():%Y-%m-%d %H:%M %Z}")
            try:
                # names of their own: serving `nightly` would take over the deployment `make deploy` registered
                # for a worker (same id, no work pool) and leave it paused when serve stops
                serve_deployments(*(flow.to_deployment(name=f"{planned.name}-serve", parameters=given,
                                                       schedule=Cron(planned.cron, timezone=planned.timezone),
                                                       concurrency_limit=planned.concurrency_limit)
                                    for flow, planned, given in served),
                                  pause_on_shutdown=shared)  # a private server's schedules stop with it
            except SystemExit as e:  # SIGTERM while the runner starts: it exits at once (sys.exit(0))
                if e.code not in (0, None):
                    raise
            # a signal once serving began, before the runner took the signals over (it imports its web
            # server first), turned into another exception by an import on its way: a stop, as Prefect's own
            except Exception:
                if not stopped_by():
                    raise
        # Prefect's runner ends only on SIGINT or SIGTERM (it handles them itself once serving)
        leave("stopped", 0)
    except Interrupted as e:
        leave(f"stopped ({e})", e.exit_code)


@main.group()
def server() -> None:
    """A Prefect server in the background, which `run` and `serve` use while it is up, with the
    run service beside it (which runs `zhibiao run`'s flows with Prefect and the pipeline loaded).

    A `zhibiao run` that finds none up starts it (seconds) and says so. The server keeps its
    database in PREFECT_HOME (~/.prefect), a new home's a copy of the one `server prepare` made,
    and logs to PREFECT_HOME/zhibiao-server.log."""


@server.command("start")
@click.option("--port", type=click.IntRange(1, 65535), default=4200, show_default=True, help="Port on 127.0.0.1.")
def server_start(port: int) -> None:
    """Start the server, unless it is up already."""
    from zhibiao.flows.server import background_server, prefect_home, start_background_server
    from zhibiao.interrupt import Interrupted, leave, stop_on_signals
    from zhibiao.service import start_service

    stop_on_signals()
    try:
        url, started = start_background_server(prefect_home(), port, _tell)
        start_service(prefect_home(), url, background_server(prefect_home())[1])
    except (RuntimeError, TimeoutError) as e:
        raise click.ClickException(str(e)) from None
    except Interrupted as e:  # the server it was starting is stopped already
        leave(f"interrupted ({e}): no server was started", e.exit_code)
    click.echo(f"{'started' if started else 'already running'}: {url}")


@server.command("stop")
def server_stop() -> None:
    """Stop the server and its run service."""
    from zhibiao.flows.server import prefect_home, stop_background_server
    from zhibiao.service import stop_service

    stop_service(prefect_home())
    url = stop_background_server(prefect_home())
    click.echo(f"stopped {url}" if url else "no server was running")


@server.command("prepare")
def server_prepare() -> None:
    """Prepare Prefect's database once for this environment (`make` does it when it installs): a
    server started in a new PREFECT_HOME starts from a copy of it, seconds sooner."""
    from zhibiao.flows.prefect_database import prepare
    from zhibiao.interrupt import Interrupted, leave, stop_on_signals

    stop_on_signals()
    try:
        path = prepare()
    except (OSError, RuntimeError) as e:  # the environment's folder not writable, the server not answering
        raise click.ClickException(str(e)) from None
    except Interrupted as e:  # the server it was starting is stopped already
        leave(f"interrupted ({e}): nothing was prepared", e.exit_code)
    click.echo(f"prepared {shown_path(path)}")


@server.command("status")
def server_status() -> None:
    """Say whether the server is up, and where."""
    from zhibiao.flows.server import prefect_home, running_server

    url = running_server(prefect_home())
    click.echo(f"running: {url}" if url else "not running")


def _adhoc_memory() -> str:
    """`sql --memory`'s default, looked up when needed: the warehouse's query module loads DuckDB."""
    from zhibiao.warehouse.query import ADHOC_MEMORY

    return ADHOC_MEMORY


@main.command()
@_warehouse_option
@click.argument("query", required=False)
@click.option("--file", "-f", "query_file", type=click.File(encoding="utf-8"),
              help="Read the query from this file ('-' for standard input).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: fits the terminal; csv, json, markdown: every row, for programs and documents.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=SQL_SECONDS, show_default=True,
              help="Seconds the query (and its output) may take before it is stopped.")
@click.option("--memory", default=lambda: _adhoc_memory(), show_default="1GB",
              help="Memory the query may use (DuckDB's memory_limit: 500MB, 4GB, …).")
def sql(warehouse: Path, query: str | None, query_file, fmt: str, timeout: float, memory: str) -> None:
    """Print the result of a read-only SQL QUERY against the warehouse.

    The query comes from QUERY, from -f FILE, or from standard input when neither is given. Ctrl-C
    stops it at once."""
    from zhibiao.interrupt import Interrupted, leave, stop_on_signals

    # from the start, not only while the query runs: a signal while DuckDB is imported or the query is
    # read (a pipe not yet closed) ends the command in the same one line
    stop_on_signals()
    try:
        _answer(warehouse, query, query_file, fmt, timeout, memory)
    except Interrupted as e:
        leave("Error: interrupted", e.exit_code)


def _answer(warehouse: Path, query: str | None, query_file, fmt: str, timeout: float, memory: str) -> None:
    import duckdb

    from zhibiao.interrupt import Stopped, run_stoppable
    from zhibiao.output import render_batches
    from zhibiao.warehouse.query import adhoc_connection, result_batches

    if query is not None and query_file is not None:
        raise click.UsageError("give the query as QUERY or with -f, not both")
    if query is None:
        if query_file is None and sys.stdin.isatty():
            raise click.UsageError("no query: give QUERY, -f FILE, or pipe one to standard input")
        query = (query_file or sys.stdin).read()
    if not query.strip():
        raise click.ClickException("the query is empty")
    _require_warehouse(warehouse)
    try:
        with adhoc_connection(warehouse, memory) as con:
            def answer() -> None:
                for piece in render_batches(result_batches(con, query), fmt, _width()):
                    click.echo(piece, nl=False)
            run_stoppable(answer, con.interrupt, timeout)
    except Stopped as e:
        hint = "" if e.exit_code != 1 else f" (--timeout {timeout:g}: give it more time with --timeout SECONDS)"
        click.echo(f"Error: {e}{hint}", err=True)
        sys.exit(e.exit_code)
    except duckdb.OutOfMemoryException as e:
        raise click.ClickException(f"{e}\n(the query may use {memory}: give it more with --memory)") from None
    except duckdb.Error as e:
        raise click.ClickException(str(e)) from None  # whole: DuckDB's hints (Did you mean …?) follow the first line


@main.command()
@_warehouse_option
@click.option("--format", "file_format", type=click.Choice(["parquet"]), default="parquet", show_default=True)
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
def export(warehouse: Path, file_format: str, out: Path) -> None:
    """Write every table and view as Parquet files into OUT, a new or empty folder (the facts
    partitioned by year). Nothing already there is removed or replaced."""
    from zhibiao.warehouse.export import ExportError, export_parquet

    _require_warehouse(warehouse)
    _require_folder(out, "OUT")
    try:
        counts = export_parquet(warehouse, out)
    except ExportError as e:
        raise click.ClickException(printable(str(e))) from None
    for name, rows in counts.items():
        click.echo(f"{name:32} {rows:>10} rows")
    click.echo(f"exported {len(counts)} tables and views to {shown_path(out.resolve())}")


@main.command()
@_warehouse_option
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
def report(warehouse: Path, out: Path) -> None:
    """Write the HTML report to OUT, as named: at every level the warehouse holds (districts and
    counties against their city, cities against their province, provinces against the nation) the
    stated shares and growth against the region above; targets against actuals; claims that cannot
    all be true; each number linked to its evidence sentence. Self-contained: no scripts, nothing
    fetched."""
    from zhibiao.report import build_report
    from zhibiao.warehouse.guard import TargetRefused, check_target, write_text

    _require_warehouse(warehouse)
    _require_folder(out, "OUT")
    try:
        check_target(out, warehouse)  # before the work, not only before the write
        written = write_text(out, build_report(warehouse), warehouse)
    except TargetRefused as e:
        raise click.ClickException(printable(str(e))) from None
    click.echo(f"report written to {shown_path(written)}")


@main.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of printing (the project keeps docs/warehouse.md).")
def docs(output: Path | None) -> None:
    """Print the warehouse's data dictionary (Markdown) from the COMMENT ON text in sql/."""
    from zhibiao.warehouse.dictionary import data_dictionary
    from zhibiao.warehouse.guard import TargetRefused, write_text

    text = data_dictionary()
    if output:
        _require_folder(output, "--output")
        try:
            write_text(output, text)
        except TargetRefused as e:
            raise click.ClickException(printable(str(e))) from None
    else:
        click.echo(text, nl=False)


if __name__ == "__main__":
    sys.exit(main())

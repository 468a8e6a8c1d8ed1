"""What `zhibiao run` does once its arguments are checked and its Prefect server is known: the flow
run, its one-line outcome and the summary. The same code runs in the command's own process and in
the run service (zhibiao/service.py), which writes to the command's terminal."""

from __future__ import annotations

import gc
import importlib
import shlex
from contextlib import AbstractContextManager, ExitStack, nullcontext
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, NamedTuple

import click

from zhibiao.interrupt import Interrupted, stopped_by
from zhibiao.output import printable, shown_path

# What the run summary shows of v_region_vs_parent (sql/queries/region_vs_parent.sql: the rows where something
# is compared), and the query it offers for every row.
EVERY_REGION_ROW = "select * from v_region_vs_parent"
SUMMARY_COLUMNS = ("about_region", "parent", "indicator", "period", "span", "stated_share_pct", "stated_gap_pp")
SUMMARY_ROWS = 20
LISTED = 10  # files named in a summary line before "and N more"


@dataclass(frozen=True)
class RunRequest:
    """A run as the command line asked for it (paths as given: relative to the command's folder)."""

    source: str
    warehouse: str
    batch_size: int
    prune: bool
    force: bool
    wait: bool
    kind: str  # thread, process or dask
    workers: int | None
    dask_address: str | None
    verbose: bool
    keep_readings: bool = False  # documents read by another version of the reader are not read again

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Outcome(NamedTuple):
    exit_code: int
    line: str | None  # the last line, for standard error


def names(listed: list[str]) -> str:
    return ", ".join(listed[:LISTED]) + (f" and {len(listed) - LISTED} more" if len(listed) > LISTED else "")


def execute(request: RunRequest, width: int, set_aside: bool = False) -> Outcome:
    """Run the flow, print the summary (tables `width` columns wide); what the command exits with.
    Everything the run logs is appended to WAREHOUSE.log, and only the run's own lines are printed
    unless `verbose`. With `set_aside`, what is imported for the run is set aside first (set_aside_imports)."""
    from zhibiao.flows.run_flow import run_flow  # Prefect is slow to import; only this command needs it
    from zhibiao.flows.runners import execution
    from zhibiao.runlog import forget, log_path, log_to
    from zhibiao.warehouse.guard import TargetRefused

    if set_aside:
        set_aside_imports()

    source, warehouse = Path(request.source), Path(request.warehouse)
    log_file = log_path(warehouse.resolve())
    before = published_file(warehouse)
    with ExitStack() as logging:
        try:
            logging.enter_context(log_to(log_file, request.verbose))
        except (OSError, TargetRefused) as e:
            return Outcome(1, f"Error: cannot write the run log: {e}")
        try:
            task_runner, processes = execution(request.kind, request.workers, request.dask_address)
            with without_heartbeats():
                record = run_flow.with_options(task_runner=task_runner)(
                    source=request.source, warehouse=request.warehouse, batch_size=request.batch_size,
                    prune=request.prune, processes=processes, wait=request.wait, force=request.force,
                    keep_readings=request.keep_readings)
            _summary(source, warehouse, record, width)
        except Interrupted as e:
            return _interrupted(e, warehouse, before, log_file)
        except Exception as e:  # a run that could not complete: one line, non-zero exit
            if stopped := stopped_by():  # a signal, turned into another exception on its way (DuckDB, Prefect)
                return _interrupted(stopped, warehouse, before, log_file)
            message = _failure(e, log_file)
            forget(e)
            return Outcome(1, f"Error: {message}")
    return Outcome(0, None)


def set_aside_imports(collect_first: bool = False) -> None:
    """Prefect and the pipeline, with what a flow's call imports, set aside from Python's cyclic garbage
    collector, whose full collections walked all of them during a run (one in the load, 0.15-0.17 s of a
    command's serial end at load 8) and now walk only what runs make. A command's own run collects
    nothing first (what the imports left stays until the command leaves in any case); the run service,
    which lives on, collects first (`collect_first`)."""
    from zhibiao.service import FLOW_CALL_IMPORTS

    for module in FLOW_CALL_IMPORTS:  # imported by the flow's call in any case
        importlib.import_module(module)
    if collect_first:
        gc.collect()
    gc.freeze()


def without_heartbeats() -> AbstractContextManager:
    """Prefect's settings without flow-run heartbeats, for the block: this command sees the run end, or
    says it failed, and the run's end would wait for the heartbeat thread's next second. Nothing to do
    where they are off already: the run service turns them off once, as it starts (Prefect works out
    every setting again for a change, 0.14 s of CPU)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None:
        return nullcontext()
    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


def _interrupted(stopped: Interrupted, warehouse: Path, before: tuple[int, int] | None, log_file: Path) -> Outcome:
    """A run stopped by a signal: its staging files are removed; whether its load was published before it."""
    published = "the load was published before it" if published_file(warehouse) != before else "nothing was published"
    return Outcome(stopped.exit_code, f"run interrupted ({stopped}): {published} (details in {shown_path(log_file)})")


def published_file(warehouse: Path) -> tuple[int, int] | None:
    """Which file is published now: each publication puts a new one in place."""
    try:
        st = warehouse.stat()
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def _failure(error: Exception, log_file: Path) -> str:
    """The one line a failed run prints: the reason, and where the details are."""
    from zhibiao.documents.manifest import ManifestError
    from zhibiao.pipeline.run import PruneRefused
    from zhibiao.pipeline.source import SourceError
    from zhibiao.warehouse.publish import WarehouseError

    if isinstance(error, SourceError | PruneRefused | WarehouseError | ManifestError):
        return printable(str(error))
    reason = printable(f"{type(error).__name__}: {error}".splitlines()[0])
    return f"run failed: {reason} (details in {shown_path(log_file)})"


def _summary(source: Path, warehouse: Path, record, width: int) -> None:
    """What the run did, and the start of the region-versus-parent table. Names from the folder are
    shown with their control characters escaped; each count is what the command beside it returns."""
    from zhibiao.output import render
    from zhibiao.warehouse.query import adhoc_connection, named

    click.echo(f"\nwarehouse     {shown_path(warehouse.resolve())}")
    click.echo(f"documents     {record.docs_seen} seen, {record.docs_loaded} loaded, "
               f"{record.docs_skipped} unchanged, {record.docs_failed} failed, {record.docs_pruned} pruned")
    if record.docs_reread:
        click.echo(f"              {record.docs_reread} of those loaded read again, unchanged: the warehouse held them "
                   "read by another version of zhibiao's reader")
    if record.docs_kept:
        click.echo(f"              {record.docs_kept} keep the readings of another version of zhibiao's reader "
                   "(--keep-readings): a run without it reads them again")
    if not record.docs_seen:
        click.echo(f"              no documents in {shown_path(source.resolve())}")
    if not record.published:
        click.echo("published     nothing: nothing new, edited or pruned since the last run, so the warehouse "
                   "is as it was")
    if record.failed:
        click.echo("failed        " + printable(names([f"{name} ({reason})" for name, reason in record.failed]))
                   + ("; all in v_rejected" if len(record.failed) > LISTED else ""))
    if record.unsupported:
        click.echo(f"not read      {len(record.unsupported)} files of other types: "
                   + printable(names(list(record.unsupported))))
    if record.without_region:
        click.echo(f"no region     {len(record.without_region)} documents whose region could not be told compare with "
                   "no other region (name it in a manifest): " + printable(names(list(record.without_region))))
    click.echo(f"observations  {record.obs_loaded} loaded, {record.obs_quarantined} quarantined")
    with adhoc_connection(warehouse) as con:  # one DuckDB instance for both (~20 ms of CPU each)
        table = named(con, "region_vs_parent").select(SUMMARY_COLUMNS)
        [(every,)] = con.execute(f"select count(*) from ({EVERY_REGION_ROW})").fetchall()
    command = f"zhibiao sql -w {shlex.quote(str(warehouse))} {shlex.quote(EVERY_REGION_ROW)}"
    click.echo(f"\nregions against the region above: {min(table.height, SUMMARY_ROWS)} of the {table.height} rows "
               f"where a share, gap or rank is compared (all {every} rows: {printable(command)}):")
    click.echo(render(table.head(SUMMARY_ROWS), "table", width), nl=False)

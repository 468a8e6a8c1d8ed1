"""The `zhibiao` command."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
import polars as pl

from zhibiao.flows.runners import RUNNERS


def _warehouse_option(f):
    return click.option("--warehouse", "-w", required=True, type=click.Path(dir_okay=False, path_type=Path),
                        help="The DuckDB file (published warehouse).")(f)


def _print_table(frame: pl.DataFrame) -> None:
    with pl.Config(tbl_rows=200, tbl_cols=30, tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True,
                   fmt_str_lengths=60, tbl_width_chars=220):
        click.echo(str(frame))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zhibiao")
def main() -> None:
    """zhibiao: indicator figures from Chinese government speeches and reports, into DuckDB."""


@main.command()
@click.option("--source", "-s", required=True, type=click.Path(path_type=Path),
              help="Folder of documents (.txt, .html), optionally with manifest.csv or manifest.yaml.")
@_warehouse_option
@click.option("--batch-size", default=50, show_default=True, help="Documents per extraction task.")
@click.option("--prune", is_flag=True, help="Remove documents whose file is no longer in the folder.")
@click.option("--runner", type=click.Choice(RUNNERS), default="process", show_default=True,
              help="Where batches run: threads (one core: extraction is pure Python), worker processes, or Dask.")
@click.option("--workers", type=int, help="Threads, processes or local Dask workers [default: CPU count].")
@click.option("--dask-address", help="An existing Dask scheduler (tcp://host:8786); implies --runner dask.")
def run(source: Path, warehouse: Path, batch_size: int, prune: bool, runner: str, workers: int | None,
        dask_address: str | None) -> None:
    """Run the pipeline on a folder: extract, validate, load, refresh views, publish."""
    if not source.is_dir():
        raise click.ClickException(f"source folder not found: {source}")
    parent = warehouse.resolve().parent
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise click.ClickException(f"cannot write the warehouse in {parent}")
    if warehouse.exists() and not os.access(warehouse, os.R_OK):
        raise click.ClickException(f"cannot read the warehouse {warehouse}")
    from zhibiao.flows.run_flow import run_flow  # Prefect is slow to import; only this command needs it
    from zhibiao.flows.runners import execution
    from zhibiao.warehouse.query import read_published

    try:
        task_runner, processes = execution("dask" if dask_address else runner, workers, dask_address)
        record = run_flow.with_options(task_runner=task_runner)(
            source=str(source), warehouse=str(warehouse), batch_size=batch_size, prune=prune, processes=processes)
    except Exception as e:  # a run that could not complete: one line, non-zero exit
        raise click.ClickException(f"run failed: {type(e).__name__}: {e}") from e
    click.echo(f"\nwarehouse     {warehouse.resolve()}")
    click.echo(f"documents     {record.docs_seen} seen, {record.docs_loaded} loaded, "
               f"{record.docs_skipped} unchanged, {record.docs_failed} failed, {record.docs_pruned} pruned")
    click.echo(f"observations  {record.obs_loaded} loaded, {record.obs_quarantined} quarantined")
    table = read_published(warehouse, "district_vs_city")
    click.echo(f"\ndistrict vs city ({table.height} rows):")
    _print_table(table)


@main.command()
@click.option("--source", "-s", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to watch (default: the nightly deployment's, from prefect.yaml).")
@click.option("--warehouse", "-w", type=click.Path(dir_okay=False, path_type=Path),
              help="The DuckDB file (default: the nightly deployment's).")
def serve(source: Path | None, warehouse: Path | None) -> None:
    """Run the pipeline on the nightly schedule of prefect.yaml, without a worker.

    Uses the Prefect server in PREFECT_API_URL when set; otherwise starts a private one on
    127.0.0.1 (Prefect's embedded server has no scheduler) and stops it on exit. Ctrl-C stops."""
    from contextlib import nullcontext

    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from zhibiao.flows.run_flow import run_flow
    from zhibiao.flows.schedule import deployment
    from zhibiao.flows.server import local_prefect_server

    nightly = deployment("nightly")
    parameters = {**nightly.parameters,
                  **({"source": str(source.resolve())} if source else {}),
                  **({"warehouse": str(warehouse.resolve())} if warehouse else {})}
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
    server = (nullcontext(PREFECT_API_URL.value()) if PREFECT_API_URL.value()
              else local_prefect_server(home, home / "zhibiao-serve-server.log"))
    with server as api_url, temporary_settings(updates={PREFECT_API_URL: api_url}):
        click.echo(f"serving {nightly.name} on {api_url}: {nightly.cron} ({nightly.timezone}), {parameters}")
        run_flow.serve(name=nightly.name, schedule=Cron(nightly.cron, timezone=nightly.timezone),
                           parameters=parameters)


@main.command()
@_warehouse_option
@click.argument("query")
def sql(warehouse: Path, query: str) -> None:
    """Print the result of a read-only SQL QUERY against the warehouse."""
    import duckdb

    from zhibiao.warehouse.query import adhoc

    if not warehouse.exists():
        raise click.ClickException(f"warehouse not found: {warehouse}")
    try:
        _print_table(adhoc(warehouse, query))
    except duckdb.Error as e:
        raise click.ClickException(str(e).splitlines()[0]) from e


@main.command()
@_warehouse_option
@click.option("--format", "file_format", type=click.Choice(["parquet"]), default="parquet", show_default=True)
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
def export(warehouse: Path, file_format: str, out: Path) -> None:
    """Write every table and view as Parquet files into OUT, a new or empty folder (the facts
    partitioned by year). Nothing already there is removed or replaced."""
    from zhibiao.warehouse.export import ExportError, export_parquet

    if not warehouse.exists():
        raise click.ClickException(f"warehouse not found: {warehouse}")
    try:
        counts = export_parquet(warehouse, out)
    except ExportError as e:
        raise click.ClickException(str(e)) from e
    for name, rows in counts.items():
        click.echo(f"{name:32} {rows:>10} rows")
    click.echo(f"exported {len(counts)} tables and views to {out.resolve()}")


@main.command()
@_warehouse_option
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
def report(warehouse: Path, out: Path) -> None:
    """Write OUT.html: charts of district shares, growth against the city, targets against actuals,
    each number linked to its evidence sentence. Self-contained: no scripts, nothing fetched."""
    from zhibiao.report import build_report

    if not warehouse.exists():
        raise click.ClickException(f"warehouse not found: {warehouse}")
    out.write_text(build_report(warehouse), encoding="utf-8")
    click.echo(f"report written to {out.resolve()}")


@main.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of printing (the project keeps docs/warehouse.md).")
def docs(output: Path | None) -> None:
    """Print the warehouse's data dictionary (Markdown) from the COMMENT ON text in sql/."""
    from zhibiao.warehouse.dictionary import data_dictionary

    text = data_dictionary()
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


if __name__ == "__main__":
    sys.exit(main())

"""Where `zhibiao run` writes what. The terminal gets the run's own lines (progress, warnings);
the run's log file gets everything, Prefect's task states and tracebacks included. `--verbose`
prints everything as Prefect does, as well."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from zhibiao.output import printable
from zhibiao.pipeline.progress import SHOWN_ATTRIBUTE


def log_path(warehouse: Path) -> Path:
    """Each warehouse's run log, beside it (appended to, run after run)."""
    return warehouse.with_name(warehouse.name + ".log")


class _Shown(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return ("warning: " if record.levelno >= logging.WARNING else "") + printable(record.getMessage())


def log_to(log_file: Path, verbose: bool) -> None:
    """From now on: the run's lines to the terminal, everything to `log_file`. Call once Prefect is
    imported (it sets up logging then); what Prefect logs while the process exits goes there too."""
    from prefect.logging.handlers import PrefectConsoleHandler

    root = logging.getLogger()
    prefects = [h for h in root.handlers if isinstance(h, PrefectConsoleHandler)]
    from zhibiao.warehouse.guard import open_own

    # appended to through a file of its own, never a link planted at its name (guard.open_own)
    to_file = logging.StreamHandler(open(open_own(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND), "a",  # noqa: SIM115
                                         encoding="utf-8"))
    to_file.setFormatter(prefects[0].formatter if prefects else logging.Formatter(logging.BASIC_FORMAT))
    root.addHandler(to_file)
    if verbose:
        return
    for handler in prefects:
        root.removeHandler(handler)
    shown = logging.StreamHandler(sys.stderr)
    shown.addFilter(lambda record: getattr(record, SHOWN_ATTRIBUTE, False))
    shown.setFormatter(_Shown())
    root.addHandler(shown)


def forget(error: BaseException) -> None:
    """Drop an exception's tracebacks (once logged): their frames hold DuckDB objects, which DuckDB's
    bindings would report as leaked ("nanobind: leaked … instances") when the process exits."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__
    gc.collect()

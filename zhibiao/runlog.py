"""Where `zhibiao run` writes what. The terminal gets the run's own lines (progress, warnings);
the run's log file gets everything, Prefect's task states and tracebacks included. `--verbose`
prints everything as Prefect does, as well."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from zhibiao.output import printable
from zhibiao.pipeline.progress import SHOWN_ATTRIBUTE


def log_path(warehouse: Path) -> Path:
    """Each warehouse's run log, beside it (appended to, run after run)."""
    return warehouse.with_name(warehouse.name + ".log")


class _Shown(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return ("warning: " if record.levelno >= logging.WARNING else "") + printable(record.getMessage())


@contextmanager
def log_to(log_file: Path, verbose: bool) -> Iterator[None]:
    """Within the block: the run's lines to the terminal (sys.stderr as it is now), everything to
    `log_file`; afterwards, logging as before (the run service runs one run after another). Use once
    Prefect is imported (it sets up logging then). The file is opened at once: an error opening it
    is raised before the block."""
    from prefect.logging.handlers import PrefectConsoleHandler

    from zhibiao.warehouse.guard import open_own

    root = logging.getLogger()
    prefects = [h for h in root.handlers if isinstance(h, PrefectConsoleHandler)]
    # appended to through a file of its own, never a link planted at its name (guard.open_own)
    to_file = logging.StreamHandler(open(open_own(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND), "a",  # noqa: SIM115
                                         encoding="utf-8"))
    to_file.setFormatter(prefects[0].formatter if prefects else logging.Formatter(logging.BASIC_FORMAT))
    shown = logging.StreamHandler(sys.stderr)
    if verbose:  # everything, as Prefect prints it
        shown.setFormatter(to_file.formatter)
    else:
        shown.addFilter(lambda record: getattr(record, SHOWN_ATTRIBUTE, False))
        shown.setFormatter(_Shown())
    for handler in prefects:
        root.removeHandler(handler)
    root.addHandler(to_file)
    root.addHandler(shown)
    try:
        yield
    finally:
        for handler in (to_file, shown):
            root.removeHandler(handler)
        for handler in prefects:
            root.addHandler(handler)
        to_file.close()


def forget(error: BaseException) -> None:
    """Drop an exception's tracebacks (once logged): their frames hold DuckDB objects, which DuckDB's
    bindings would report as leaked ("nanobind: leaked … instances") when the process exits."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__
    gc.collect()

"""The pipeline in plain Python: discover → read, extract & validate (batched, spooled) → load →
refresh → publish. `run_pipeline` is the one way to run it; the Prefect flow (`zhibiao.flows`) and
the benchmark's baseline call it with their own `Orchestration`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import Orchestration, run_pipeline

__all__ = ["Orchestration", "run_pipeline"]


def __getattr__(name: str) -> Any:
    """The pipeline (polars, DuckDB, the readers) loads when `run_pipeline` or `Orchestration` is
    asked for, not with every submodule: the run command's client imports only `source`."""
    if name in __all__:
        from . import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

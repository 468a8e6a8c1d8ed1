"""The pipeline in plain Python: discover → read, extract & validate (batched, spooled) → load →
refresh → publish. `run_pipeline` is the one way to run it; the Prefect flow (`zhibiao.flows`) and
the benchmark's baseline call it with their own `Orchestration`."""

from .run import Orchestration, run_pipeline

__all__ = ["Orchestration", "run_pipeline"]

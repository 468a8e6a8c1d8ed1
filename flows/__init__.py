"""Prefect flows. Importing this package configures Prefect for quiet, offline runs first."""

from . import prefect_env  # noqa: F401  (must run before Prefect is imported)

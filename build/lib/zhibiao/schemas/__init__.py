"""The data contract: pandera (polars) models for documents and observations, and the
split of a frame into valid rows and quarantined ones with their reasons."""

from .documents import DocumentSchema
from .observations import FIGURE_KEY, OBSERVATION_COLUMNS, ObservationSchema, polars_columns
from .quarantine import ContractError, split_valid

__all__ = ["FIGURE_KEY", "OBSERVATION_COLUMNS", "ContractError", "DocumentSchema", "ObservationSchema",
           "polars_columns", "split_valid"]

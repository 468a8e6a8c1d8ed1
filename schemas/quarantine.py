"""Valid rows load; the others are kept with the names of the checks they failed."""

from __future__ import annotations

import json

import pandera.polars as pa
import polars as pl
from pandera.api.polars.model import DataFrameModel

ROW_INDEX = "_row"


class ContractError(Exception):
    """A frame that cannot be validated at all (a required column is missing)."""


def split_valid(frame: pl.DataFrame, model: type[DataFrameModel]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, quarantined rows with `reason` and `row_json`).

    Types are cast in polars first, cell by cell, so that one bad cell fails its row
    rather than its whole column; a cell that does not cast becomes null and fails the
    column's not-null check.
    """
    schema = model.to_schema()
    missing = [c for c in schema.columns if c not in frame.columns]
    if missing:
        raise ContractError(f"{model.__name__}: missing columns {missing}")
    casts = [pl.col(name).cast(col.dtype.type, strict=False) for name, col in schema.columns.items()]
    typed = frame.with_columns(casts).with_row_index(ROW_INDEX)
    try:
        model.validate(typed.drop(ROW_INDEX), lazy=True)
        valid = typed.drop(ROW_INDEX)
        return valid, valid.clear().with_columns(pl.lit(None, pl.String).alias("reason"),
                                                 pl.lit(None, pl.String).alias("row_json"))
    except pa.errors.SchemaErrors as errors:
        reasons = _reasons(errors.failure_cases, typed.height)
    bad = reasons[ROW_INDEX]
    valid = typed.filter(~pl.col(ROW_INDEX).is_in(bad.implode())).drop(ROW_INDEX)
    rejected = typed.join(reasons, on=ROW_INDEX).drop(ROW_INDEX)
    original = frame.with_row_index(ROW_INDEX).join(reasons.select(ROW_INDEX), on=ROW_INDEX).drop(ROW_INDEX)
    quarantine = rejected.select("reason").with_columns(
        pl.Series("row_json", [json.dumps(r, ensure_ascii=False, default=str) for r in original.to_dicts()]))
    return valid, pl.concat([rejected.select(pl.exclude("reason")), quarantine], how="horizontal")


def _reasons(failures: pl.DataFrame, height: int) -> pl.DataFrame:
    """One row per failing input row: its index and the checks it failed, joined."""
    check = pl.col("check")
    labelled = failures.with_columns(
        pl.when(check.str.contains("{value}", literal=True))  # a check that names the failing value itself
        .then(check.str.replace("{value}", pl.col("failure_case"), literal=True))
        .when(pl.col("schema_context") == "Column")
        .then(pl.col("column") + ": " + check)
        .otherwise(check).alias("reason"))
    per_row = labelled.filter(pl.col("index").is_not_null()).select(pl.col("index").cast(pl.UInt32).alias(ROW_INDEX),
                                                                     "reason")
    whole = labelled.filter(pl.col("index").is_null())["reason"].to_list()
    if whole:  # a check on the whole frame without row indices fails every row
        every = pl.DataFrame({ROW_INDEX: pl.Series(range(height), dtype=pl.UInt32)})
        per_row = pl.concat([per_row, every.join(pl.DataFrame({"reason": whole}), how="cross")])
    return per_row.group_by(ROW_INDEX).agg(pl.col("reason").unique().sort().str.join("; ")).sort(ROW_INDEX)

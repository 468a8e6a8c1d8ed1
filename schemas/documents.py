"""A document as the warehouse accepts it."""

from __future__ import annotations

import pandera.polars as pa

KINDS = ["speech", "work_report", "summary", "bulletin", "brief", "press_release"]


class DocumentSchema(pa.DataFrameModel):
    doc_id: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    file_name: str = pa.Field(str_length={"min_value": 1})
    path: str
    title: str
    kind: str = pa.Field(nullable=True, isin=KINDS)
    year: int = pa.Field(nullable=True, in_range={"min_value": 1949, "max_value": 2100})
    region: str = pa.Field(nullable=True)
    parent_region: str = pa.Field(nullable=True)
    source: str = pa.Field(isin=["manifest", "inferred"])
    encoding: str
    n_bytes: int = pa.Field(gt=0)
    n_chars: int = pa.Field(gt=0)

    class Config:
        strict = False

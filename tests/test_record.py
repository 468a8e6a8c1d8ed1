"""The observation record is declared once, by the contract (ObservationSchema): the extractor's
dataclass, the batch frame and the fact table are checked against it."""

from __future__ import annotations

import dataclasses

import duckdb

from zhibiao.extraction import Observation
from zhibiao.schemas import OBSERVATION_COLUMNS, ObservationSchema
from zhibiao.warehouse import schema, sqlfiles

ADDED_BY_THE_BATCH = {"doc_id", "file_name"}  # what the batch adds to each extracted observation
DERIVED = {"obs_id", "indicator_key", "value_base", "base_unit", "region", "region_code", "scope_code",
           "run_id"}  # pipeline.spool.derive
NUMBERS = {"doc_no", "indicator_no"}  # the document's and the indicator's, set by the load (insert_observations.sql)
RENAMED = {"start": "start_offset", "end": "end_offset"}
NOT_STORED = {"file_name", "indicator_code"}  # the document's key and the lexicon's code are in the dimensions


def test_the_extractor_record_is_the_contract_less_what_the_batch_adds():
    fields = {f.name for f in dataclasses.fields(Observation)}
    assert fields == set(ObservationSchema.to_schema().columns) - ADDED_BY_THE_BATCH


def test_the_batch_frame_takes_its_columns_from_the_contract():
    assert list(OBSERVATION_COLUMNS) == list(ObservationSchema.to_schema().columns)


def test_the_fact_table_is_the_contract_plus_derived_columns():
    con = duckdb.connect()
    schema.ensure_schema(con)
    stored = {name for (name,) in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'fact_observation'").fetchall()}
    expected = {RENAMED.get(c, c) for c in OBSERVATION_COLUMNS if c not in NOT_STORED} | DERIVED | NUMBERS
    assert stored == expected
    insert = sqlfiles.read("load/insert_observations.sql")
    assert all(column in insert for column in stored)

"""Fixture rows in, model rows out: an in-memory warehouse built from a few hand-written rows, with
the marts, aggregates and views refreshed over them (no extractor, no Prefect)."""

from __future__ import annotations

from itertools import count

import duckdb

from zhibiao.regions import local_code
from zhibiao.warehouse import schema

UNITS = {"growth": "%", "share": "%", "ratio": "%", "contribution": "pp", "change_pp": "pp", "gap_pp": "pp",
         "rank": ""}
_ids = count()


def document(file_name: str, region: str, year: int, **columns) -> dict:
    """A document of `region`, whose code is local_code(region) unless given."""
    doc_id = columns.pop("doc_id", f"{file_name:0>64}"[-64:])
    return {"doc_id": doc_id, "file_name": file_name, "path": file_name, "title": file_name, "kind": "speech",
            "year": year, "region": region, "region_code": local_code(region), "source": "manifest",
            "run_id": "fixture", **columns}


def fact(doc: dict, indicator: str, metric: str, value: float, period: int, **columns) -> dict:
    """A fact row of `doc`; the unit follows the metric unless given, base units equal the value."""
    unit = columns.pop("unit", UNITS.get(metric, "个"))
    row = {"obs_id": f"obs{next(_ids):05d}", "doc_id": doc["doc_id"], "indicator_key": indicator,
           "indicator": indicator, "metric": metric, "value": value, "unit": unit, "value_base": value,
           "base_unit": "" if unit in ("个", "") else unit, "qualifier": "exact", "period": period,
           "is_target": False, "region": doc["region"], "region_code": doc["region_code"],
           "evidence": f"{indicator}{value}{unit}",
           "start_offset": 0, "end_offset": 1, "run_id": "fixture"}
    row.update(columns)
    return row


def build(documents: list[dict], facts: list[dict], regions: list[tuple[str, str, str | None]] = (),
          indicators: list[tuple] = ()) -> duckdb.DuckDBPyConnection:
    """regions: (region, level, parent), coded local_code(name); indicators: (name, is_core, is_additive),
    optionally followed by the category (a lexicon indicator), the target direction and the aliases."""
    con = duckdb.connect()
    schema.ensure_schema(con)
    columns = ("indicator", "is_core", "is_additive", "category", "target_direction", "aliases")
    indicator_rows = [{"indicator_key": row[0], **dict(zip(columns, row, strict=False))} for row in indicators]
    # every indicator a fact names has its row, as a load upserts each name it reads before its facts
    named = {row["indicator_key"] for row in indicator_rows}
    indicator_rows += [{"indicator_key": key, "indicator": key, "is_core": False}
                       for key in dict.fromkeys(f["indicator_key"] for f in facts) if key not in named]
    # numbered in order, as loads number them (doc_no, indicator_no: what v_observations joins on)
    doc_numbers = {d["doc_id"]: number for number, d in enumerate(documents, 1)}
    indicator_numbers = {row["indicator_key"]: number for number, row in enumerate(indicator_rows, 1)}
    _insert(con, "dim_document", [{"doc_no": doc_numbers[d["doc_id"]], **d} for d in documents])
    _insert(con, "fact_observation", [{"start_offset": i, "end_offset": i + 1, "doc_no": doc_numbers[f["doc_id"]],
                                       "indicator_no": indicator_numbers[f["indicator_key"]], **f}
                                      for i, f in enumerate(facts)])
    _insert(con, "dim_region", [{"region_code": local_code(r), "region": r, "level": level, "source": "fixture",
                                 "parent_code": local_code(parent) if parent else None}
                                for r, level, parent in regions])
    _insert(con, "dim_indicator", [{"indicator_no": indicator_numbers[row["indicator_key"]], **row}
                                   for row in indicator_rows])
    schema.refresh_views(con)
    return con


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    for row in rows:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        con.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def select(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()

"""From batch results to the frames one load writes: duplicates refused, the contract
applied, derived columns added, dimensions built."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import polars as pl

from documents.metadata import infer_level
from extraction import load_lexicon
from extraction.units import to_base
from schemas import DocumentSchema, ObservationSchema, split_valid
from warehouse.load import LoadBatch

from .batch import BatchResult

OBSERVATION_COLUMNS = {
    "doc_id": pl.String, "indicator": pl.String, "indicator_code": pl.String, "metric": pl.String,
    "value": pl.Float64, "value_high": pl.Float64, "unit": pl.String, "qualifier": pl.String,
    "period": pl.Int64, "span": pl.String, "is_target": pl.Boolean, "scope": pl.String, "region": pl.String,
    "evidence": pl.String, "start": pl.Int64, "end": pl.Int64}
DOCUMENT_COLUMNS = {
    "doc_id": pl.String, "file_name": pl.String, "path": pl.String, "title": pl.String, "kind": pl.String,
    "year": pl.Int64, "region": pl.String, "parent_region": pl.String, "province": pl.String,
    "doc_date": pl.Date, "source": pl.String,
    "encoding": pl.String, "n_bytes": pl.Int64, "n_chars": pl.Int64, "text": pl.String}


def assemble(results: Iterable[BatchResult], run_id: str, known: dict[str, str],
             missing_from_manifest: list[str], pruned: list[str]) -> tuple[LoadBatch, int]:
    """The load batch, and how many documents were skipped as unchanged."""
    results = list(results)
    documents, duplicates = _unique(
        [d for r in results for d in r.documents], {doc_id: name for name, doc_id in known.items()})
    rejected_docs = [*(d for r in results for d in r.rejected_documents), *duplicates,
                     *({"file_name": f, "path": f, "reason": "listed in the manifest but not in the folder"}
                       for f in missing_from_manifest)]
    doc_frame = pl.DataFrame(documents, schema=DOCUMENT_COLUMNS)
    valid_docs, bad_docs = split_valid(doc_frame, DocumentSchema)
    rejected_docs += [{"file_name": r["file_name"], "path": r["path"], "reason": f"contract: {r['reason']}"}
                      for r in bad_docs.to_dicts()]
    kept = set(zip(valid_docs["doc_id"], valid_docs["file_name"], strict=True))
    obs_frame = pl.DataFrame([o for r in results for o in r.observations if (o["doc_id"], o["file_name"]) in kept],
                             schema=OBSERVATION_COLUMNS)
    valid_obs, bad_obs = split_valid(obs_frame, ObservationSchema)
    files = dict(zip(valid_docs["doc_id"], valid_docs["file_name"], strict=True))
    doc_regions = dict(zip(valid_docs["doc_id"], valid_docs["region"], strict=True))
    batch = LoadBatch(
        documents=valid_docs.with_columns(pl.lit(run_id).alias("run_id")),
        observations=_derive(valid_obs, doc_regions, run_id),
        regions=_regions(valid_docs),
        indicators=_indicators(valid_obs),
        rejected_observations=bad_obs.select(
            pl.lit(run_id).alias("run_id"), "doc_id",
            pl.col("doc_id").replace_strict(files, default=None).alias("file_name"), "reason", "row_json"),
        rejected_documents=pl.DataFrame(rejected_docs, schema={"file_name": pl.String, "path": pl.String,
                                                               "reason": pl.String})
        .with_columns(pl.lit(run_id).alias("run_id")),
        pruned=pl.DataFrame({"file_name": pruned}, schema={"file_name": pl.String}))
    return batch, sum(r.skipped for r in results)


def _unique(documents: list[dict], held: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """First of each content wins; later copies (here or already held under another name) are refused."""
    seen: dict[str, str] = {}
    unique, duplicates = [], []
    for d in documents:
        first = seen.get(d["doc_id"]) or (held.get(d["doc_id"]) if held.get(d["doc_id"]) != d["file_name"] else None)
        if first:
            duplicates.append({"file_name": d["file_name"], "path": d["path"],
                               "reason": f"duplicate content of {first}"})
            continue
        seen[d["doc_id"]] = d["file_name"]
        unique.append(d)
    return unique, duplicates


def _derive(obs: pl.DataFrame, doc_regions: dict[str, str | None], run_id: str) -> pl.DataFrame:
    lex = load_lexicon()
    rows = obs.to_dicts()
    for r in rows:
        r["value_base"], r["base_unit"] = to_base(r["value"], r["unit"], r["metric"], lex)
        r["indicator_key"] = r["indicator_code"] or indicator_key(r["indicator"])
        r["subject_region"] = r["region"]
        r["region"] = r["region"] or doc_regions.get(r["doc_id"])
        r["obs_id"] = hashlib.sha1(
            f"{r['doc_id']}:{r['start']}:{r['end']}:{r['metric']}:{r['indicator']}".encode()).hexdigest()
        r["run_id"] = run_id
    schema = {**obs.schema, "value_base": pl.Float64, "base_unit": pl.String, "indicator_key": pl.String,
              "subject_region": pl.String, "obs_id": pl.String, "run_id": pl.String}
    return pl.DataFrame(rows, schema=schema)


def indicator_key(name: str) -> str:
    return "x_" + hashlib.sha1(name.encode()).hexdigest()[:12]


def _regions(docs: pl.DataFrame) -> pl.DataFrame:
    lex = load_lexicon()
    rows = {r.name: {"region": r.name, "level": r.level, "parent": r.parent or None, "aliases": list(r.aliases)}
            for r in lex.regions}
    for d in docs.select("region", "parent_region", "province").unique().to_dicts():
        for name, parent in ((d["region"], d["parent_region"]), (d["parent_region"], d["province"]),
                             (d["province"], None)):
            if name and name not in rows:
                rows[name] = {"region": name, "level": infer_level(name), "parent": parent, "aliases": []}
    return pl.DataFrame(list(rows.values()), schema={"region": pl.String, "level": pl.String,
                                                     "parent": pl.String, "aliases": pl.List(pl.String)})


def _indicators(obs: pl.DataFrame) -> pl.DataFrame:
    lex = load_lexicon()
    rows = {i.code: {"indicator_key": i.code, "indicator": i.name, "english_name": i.english_name,
                     "category": i.category, "expected_unit": i.expected_unit, "is_core": i.core,
                     "aliases": list(i.aliases)} for i in lex.indicators}
    for name in obs.filter(pl.col("indicator_code").is_null())["indicator"].unique().to_list():
        key = indicator_key(name)
        rows[key] = {"indicator_key": key, "indicator": name, "english_name": None, "category": None,
                     "expected_unit": None, "is_core": False, "aliases": []}
    return pl.DataFrame(list(rows.values()), schema={
        "indicator_key": pl.String, "indicator": pl.String, "english_name": pl.String, "category": pl.String,
        "expected_unit": pl.String, "is_core": pl.Boolean, "aliases": pl.List(pl.String)})

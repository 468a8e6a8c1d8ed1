"""One batch read, through the contract and onto disk (the run's spool folder).

A batch task validates what it read, adds the derived columns and writes Parquet files into
the run's spool folder; it returns only a small summary. The load reads those files in bulk,
so neither Prefect nor the load ever holds a whole run's rows in Python, and memory follows
the batch size, not the corpus.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

from zhibiao.documents import load_manifest
from zhibiao.extraction import Lexicon, load_lexicon
from zhibiao.extraction.units import to_base
from zhibiao.schemas import FIGURE_KEY, OBSERVATION_COLUMNS, DocumentSchema, ObservationSchema, split_valid

from .batch import BatchJob, BatchResult, process_batch
from .reader import reader_version

DOCUMENT_COLUMNS = {
    "doc_id": pl.String, "file_name": pl.String, "path": pl.String, "title": pl.String, "kind": pl.String,
    "year": pl.Int64, "region": pl.String, "region_code": pl.String, "parent_region": pl.String, "province": pl.String,
    "doc_date": pl.Date, "source": pl.String, "encoding": pl.String, "n_bytes": pl.Int64, "n_chars": pl.Int64,
    "text_parts": pl.List(pl.String), "span": pl.String, "manifest_hash": pl.String}
REJECTED_OBSERVATION_COLUMNS = {"run_id": pl.String, "doc_id": pl.String, "file_name": pl.String,
                                "reason": pl.String, "row_json": pl.String}
DOCUMENT_KEYS = ("doc_id", "file_name", "path", "region", "region_code", "parent_region", "province", "observations",
                 "quarantined")
SPOOLED = ("documents", "observations", "rejected_observations")

BASE_DIGITS = 12  # significant digits a base value keeps


@dataclass(frozen=True)
class BatchSummary:
    """What a batch task returns: small, whatever the batch's size."""

    files: dict[str, str]  # documents / observations / rejected_observations -> Parquet path
    documents: list[dict] = field(default_factory=list)  # DOCUMENT_KEYS of each valid document, with row counts
    rejected_documents: list[dict] = field(default_factory=list)
    new_indicators: list[str] = field(default_factory=list)  # names outside the lexicon
    skipped: int = 0


def read_batch(job: BatchJob, source: str, spool: str, run_id: str, last_attempt: bool = True) -> BatchSummary:
    """A batch from files to spooled, validated rows: what a batch task (or a worker process) does.
    The lexicon is loaded once here and handed to every stage that needs it."""
    lex = load_lexicon()
    result = process_batch(job, source, load_manifest(Path(source)), lex, last_attempt)
    return spool_batch(result, run_id, Path(spool), job.number, lex)


def spool_batch(result: BatchResult, run_id: str, spool: Path, number: int, lex: Lexicon) -> BatchSummary:
    """Apply the contract to a batch, derive columns, write its Parquet files."""
    documents = pl.DataFrame(result.documents, schema=DOCUMENT_COLUMNS)
    valid_docs, bad_docs = split_valid(documents, DocumentSchema)
    rejected_docs = [*result.rejected_documents,
                     *({"file_name": r["file_name"], "path": r["path"], "reason": f"contract: {r['reason']}"}
                       for r in bad_docs.to_dicts())]
    kept = valid_docs.select("doc_id", "file_name")
    observations = pl.DataFrame(result.observations, schema=OBSERVATION_COLUMNS).join(
        kept, on=["doc_id", "file_name"], how="semi")
    valid_obs, bad_obs = split_valid(observations, ObservationSchema)
    valid_obs = derive(valid_obs, valid_docs, run_id, lex)
    # the run made the folder: a batch still going once the run has failed and removed it (in a thread,
    # on a Dask worker) fails here rather than leave a folder of its files beside the warehouse
    files = {kind: str(spool / f"{kind}-{number:06d}.parquet") for kind in SPOOLED}
    valid_docs.with_columns(pl.lit(run_id).alias("run_id"),  # and which reader read them: this process's
                            pl.lit(reader_version(lex)).alias("reader_version")).write_parquet(files["documents"])
    valid_obs.write_parquet(files["observations"])
    unread = pl.DataFrame(result.unread_sentences, schema={c: pl.String for c in ("doc_id", "file_name", "reason",
                                                                                   "row_json")})
    bad_obs = pl.concat([bad_obs.select("doc_id", "file_name", "reason", "row_json"),
                         unread.join(kept, on=["doc_id", "file_name"], how="semi")])
    bad_obs.select(pl.lit(run_id).alias("run_id"), "doc_id", "file_name", "reason", "row_json").cast(
        REJECTED_OBSERVATION_COLUMNS).write_parquet(files["rejected_observations"])
    counts = valid_docs.select("file_name").join(
        valid_obs.group_by("file_name").len("observations"), on="file_name", how="left").join(
        bad_obs.group_by("file_name").len("quarantined"), on="file_name", how="left").fill_null(0)
    return BatchSummary(
        files=files, documents=valid_docs.join(counts, on="file_name").select(DOCUMENT_KEYS).to_dicts(),
        rejected_documents=rejected_docs,
        new_indicators=sorted(set(valid_obs.filter(pl.col("indicator_code").is_null())["indicator"])),
        skipped=result.skipped)


def derive(obs: pl.DataFrame, documents: pl.DataFrame, run_id: str, lex: Lexicon) -> pl.DataFrame:
    """The fact table's columns beyond what extraction gives: base units, keys, the region it is about
    and the one it is compared with."""
    pairs = obs.select("unit", "metric").unique().iter_rows()
    conversions = pl.DataFrame(  # each (unit, metric) converts by one factor: to_base(1) gives it
        [(unit, metric, *to_base(1.0, unit, metric, lex)) for unit, metric in pairs],
        schema={"unit": pl.String, "metric": pl.String, "factor": pl.Float64, "base_unit": pl.String}, orient="row")
    # the key as "doc_id:start:end:metric:indicator", joined by polars (every part is set in a valid row)
    sha1, joined = hashlib.sha1, pl.concat_str([pl.col(c).cast(pl.String) for c in FIGURE_KEY], separator=":")
    # (columns as Python lists first: iterating a polars Series or its rows costs a call per value, more than the hash)
    ids = [sha1(key.encode()).hexdigest() for key in obs.select(joined).to_series().to_list()]
    keys = [code or indicator_key(name) for code, name in zip(obs["indicator_code"].to_list(),
                                                               obs["indicator"].to_list(), strict=True)]
    with_document = obs.join(documents.select("doc_id", pl.col("region").alias("document_region"),
                                              pl.col("region_code").alias("document_code")),
                             on="doc_id", how="left", maintain_order="left")
    return (with_document.join(conversions, on=["unit", "metric"], how="left", maintain_order="left")
            .join(_regions_named(with_document, lex), on=["named_region", "scope", "document_code"], how="left",
                  maintain_order="left", nulls_equal=True)
            # (156.7亿 is 15670000000, not the product's 15669999999.999998: figures as written hold far
            # fewer than 12 significant digits)
            .with_columns((pl.col("value") * pl.col("factor")).round_sig_figs(BASE_DIGITS).alias("value_base"),
                          pl.coalesce("named_name", "document_region").alias("region"),
                          pl.coalesce("named_code", "document_code").alias("region_code"),
                          pl.Series("obs_id", ids, dtype=pl.String),
                          pl.Series("indicator_key", keys, dtype=pl.String),
                          pl.lit(run_id).alias("run_id"))
            .drop("factor", "document_region", "document_code", "named_name", "named_code"))


def _regions_named(obs: pl.DataFrame, lex: Lexicon) -> pl.DataFrame:
    """For each named region and scope as a document of its region uses them: the region named
    (its name and code) and the code of the region compared with."""
    regions, rows = lex.regions, []
    for named, scope, code in obs.select("named_region", "scope", "document_code").unique().iter_rows():
        vocabulary = regions.vocabulary(code)  # a district's report quoting its city (全市…) names a larger one
        region = (vocabulary.inside.get(named) or vocabulary.larger.get(named)) if named else None
        compared = regions.compared(scope, code)
        about = region or regions.get(code)
        if compared and about and compared.code == about.code and about.parent:
            compared = regions.compared(scope, about.parent)  # 占温州市 in 瑞安市's report: no share of itself
        rows.append((named, scope, code, region.name if region else None, region.code if region else None,
                     compared.code if compared else None))
    return pl.DataFrame(rows, orient="row", schema={
        "named_region": pl.String, "scope": pl.String, "document_code": pl.String, "named_name": pl.String,
        "named_code": pl.String, "scope_code": pl.String})


@lru_cache(maxsize=4096)  # a batch's rows repeat few names
def indicator_key(name: str) -> str:
    return "x_" + hashlib.sha1(name.encode()).hexdigest()[:12]

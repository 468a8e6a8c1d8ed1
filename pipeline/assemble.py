"""From the batch summaries of a run to what one load writes: duplicates refused, dimensions
built, rejected documents collected; the rows themselves stay in the spooled Parquet files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polars as pl

from zhibiao.extraction import load_lexicon
from zhibiao.regions import Regions, level_from_name, local_code
from zhibiao.warehouse.load import RunLoad

from .batch import BatchResult
from .spool import BatchSummary, indicator_key, spool_batch

REJECTED_DOCUMENT_COLUMNS = {"file_name": pl.String, "path": pl.String, "reason": pl.String}
NAMES = {"file_name": pl.String}


def assemble(summaries: Iterable[BatchSummary], run_id: str, known: dict[str, str],
             missing_from_manifest: list[str], pruned: list[str], spool: Path) -> RunLoad:
    """What a run loads. Batches come in submission order: the first copy of a content wins.
    A run that read nothing still loads (its audit row, prunes, rejections): from one empty batch."""
    summaries = list(summaries) or [spool_batch(BatchResult(), run_id, spool, 0, load_lexicon())]
    documents = [d for s in summaries for d in s.documents]
    duplicates = _duplicates(documents, {doc_id: name for name, doc_id in known.items()})
    rejected_docs = [*(d for s in summaries for d in s.rejected_documents), *duplicates,
                     *({"file_name": f, "path": f, "reason": "listed in the manifest but not in the folder"}
                       for f in missing_from_manifest)]
    refused = {d["file_name"] for d in duplicates}
    loaded = [d for d in documents if d["file_name"] not in refused]
    return RunLoad(
        document_files=[s.files["documents"] for s in summaries],
        observation_files=[s.files["observations"] for s in summaries],
        rejected_observation_files=[s.files["rejected_observations"] for s in summaries],
        excluded=pl.DataFrame({"file_name": [d["file_name"] for d in duplicates]}, schema=NAMES),
        regions=_regions(loaded),
        indicators=_indicators(sorted({name for s in summaries for name in s.new_indicators})),
        rejected_documents=pl.DataFrame(rejected_docs, schema=REJECTED_DOCUMENT_COLUMNS)
        .with_columns(pl.lit(run_id).alias("run_id")),
        pruned=pl.DataFrame({"file_name": pruned}, schema=NAMES),
        documents_loaded=len(loaded), observations_loaded=sum(d["observations"] for d in loaded),
        observations_quarantined=sum(d["quarantined"] for d in loaded))


def _duplicates(documents: list[dict], held: dict[str, str]) -> list[dict]:
    """Later copies of a content (here or already held under another name), with the reason."""
    seen: dict[str, str] = {}
    duplicates = []
    for d in documents:
        first = seen.get(d["doc_id"]) or (held.get(d["doc_id"]) if held.get(d["doc_id"]) != d["file_name"] else None)
        if first:
            duplicates.append({"file_name": d["file_name"], "path": d["path"],
                               "reason": f"duplicate content of {first}"})
        else:
            seen[d["doc_id"]] = d["file_name"]
    return duplicates


def _regions(documents: list[dict]) -> pl.DataFrame:
    """Every region of the reference and the user's file, and the places only documents name (a
    manifest's county the reference lacks), under the parent the document gives."""
    regions = load_lexicon().regions
    rows = {r.code: {"region_code": r.code, "region": r.name, "level": r.level, "parent_code": r.parent,
                     "aliases": list(r.aliases), "source": r.source} for r in regions}
    for d in documents:
        chain = [(d["region_code"], d["region"]), (None, d["parent_region"]), (None, d["province"])]
        codes = [code or _code(regions, name) for code, name in chain]
        for (_, name), code, parent in zip(chain, codes, [*codes[1:], None], strict=True):
            if name and code not in rows:
                rows[code] = {"region_code": code, "region": name, "level": level_from_name(name),
                              "parent_code": parent, "aliases": [], "source": "document"}
    return pl.DataFrame(list(rows.values()), schema={
        "region_code": pl.String, "region": pl.String, "level": pl.String, "parent_code": pl.String,
        "aliases": pl.List(pl.String), "source": pl.String})


def _code(regions: Regions, name: str | None) -> str | None:
    if not name:
        return None
    known = regions.find(name)
    return known.code if known else local_code(name)


def _indicators(new_names: list[str]) -> pl.DataFrame:
    lex = load_lexicon()
    non_additive = lex.words("non_additive_words")
    rows = [{"indicator_key": i.code, "indicator": i.name, "english_name": i.english_name,
             "category": i.category, "expected_unit": i.expected_unit, "is_core": i.core,
             "aliases": list(i.aliases)} for i in lex.indicators]
    rows += [{"indicator_key": indicator_key(name), "indicator": name, "english_name": None, "category": None,
              "expected_unit": None, "is_core": False, "aliases": []} for name in new_names]
    for row in rows:
        row["is_additive"] = not any(word in row["indicator"] for word in non_additive)
    return pl.DataFrame(rows, schema={
        "indicator_key": pl.String, "indicator": pl.String, "english_name": pl.String, "category": pl.String,
        "expected_unit": pl.String, "is_core": pl.Boolean, "is_additive": pl.Boolean, "aliases": pl.List(pl.String)})

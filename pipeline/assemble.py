"""From the batch summaries of a run to what one load writes: duplicates refused, dimensions
built, rejected documents collected; the rows themselves stay in the spooled Parquet files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

from zhibiao.extraction import load_lexicon
from zhibiao.extraction.lexicon import Lexicon
from zhibiao.regions import Regions, level_from_name, local_code
from zhibiao.warehouse.directions import target_direction
from zhibiao.warehouse.load import RunLoad

from .batch import BatchResult, duplicate_of
from .spool import BatchSummary, indicator_key, spool_batch

REJECTED_DOCUMENT_COLUMNS = {"file_name": pl.String, "path": pl.String, "reason": pl.String, "doc_id": pl.String}
NAMES = {"file_name": pl.String}


@dataclass(frozen=True)
class Holdings:
    """What a warehouse holds of a run's folder (or all it holds, for a run that prunes), by file name:
    its documents' content hashes, those of the files it refused as copies of one of them, what
    the manifest said of each document (its row's hash), and which reader read each (its version)."""

    documents: dict[str, str]
    copies: dict[str, str] = field(default_factory=dict)
    described: dict[str, str | None] = field(default_factory=dict)
    readers: dict[str, str | None] = field(default_factory=dict)


def assemble(summaries: Iterable[BatchSummary], run_id: str, holders: dict[str, str],
             manifest_problems: list[tuple[str, str]], removed: dict[str, str], spool: Path) -> RunLoad:
    """What a run loads. Batches come in submission order: the first copy of a content wins, unless
    `holders` (content hash -> file) says the warehouse holds it under a file still in the folder.
    Of the `removed` files (gone from the folder, to prune), those whose content was read under
    another name are renamed, not pruned: that document now loads under its new name (or, refused
    under a name that is not UTF-8, stays under its old one).
    A run that read nothing still loads (its audit row, prunes, rejections): from one empty batch."""
    summaries = list(summaries) or [spool_batch(BatchResult(), run_id, spool, 0, load_lexicon())]
    documents = [d for s in summaries for d in s.documents]
    duplicates, holders = _duplicates(documents, holders)
    # a batch names the first copy it read; the copy that the warehouse keeps may be another one
    rejected_docs = [*({**r, "reason": duplicate_of(holders[r["doc_id"]])} if r.get("doc_id") in holders else r
                       for s in summaries for r in s.rejected_documents), *duplicates,
                     *({"file_name": f, "path": f, "reason": reason} for f, reason in manifest_problems)]
    refused = {d["file_name"] for d in duplicates}
    loaded = [d for d in documents if d["file_name"] not in refused]
    # contents still in the folder: loaded, or refused by a name or as a copy (not lost by a prune)
    read = {d["doc_id"] for d in loaded} | {r["doc_id"] for r in rejected_docs if r.get("doc_id")}
    return RunLoad(
        document_files=[s.files["documents"] for s in summaries],
        observation_files=[s.files["observations"] for s in summaries],
        rejected_observation_files=[s.files["rejected_observations"] for s in summaries],
        excluded=pl.DataFrame({"file_name": [d["file_name"] for d in duplicates]}, schema=NAMES),
        regions=_regions(loaded),
        indicators=_indicators(sorted({name for s in summaries for name in s.new_indicators})),
        rejected_documents=pl.DataFrame(rejected_docs, schema=REJECTED_DOCUMENT_COLUMNS)
        .with_columns(pl.lit(run_id).alias("run_id")),
        pruned=pl.DataFrame({"file_name": sorted(name for name, digest in removed.items() if digest not in read)},
                            schema=NAMES),
        documents_loaded=len(loaded), observations_loaded=sum(d["observations"] for d in loaded),
        observations_quarantined=sum(d["quarantined"] for d in loaded))


def _duplicates(documents: list[dict], held: dict[str, str]) -> tuple[list[dict], dict[str, str]]:
    """Later copies of a content (here, or held under a file still in the folder), with the reason
    and the content's hash; and the file that keeps each content."""
    holders = dict(held)
    duplicates = []
    for d in documents:
        first = holders.setdefault(d["doc_id"], d["file_name"])
        if first != d["file_name"]:
            duplicates.append({"file_name": d["file_name"], "path": d["path"], "reason": duplicate_of(first),
                               "doc_id": d["doc_id"]})
    return duplicates, holders


def dimensions() -> str:
    """The regions and indicators a run upserts when it reads no new name (the reference's and the
    word lists'), as text: part of what a run applies besides documents."""
    return _dimensions_of(load_lexicon())


@lru_cache(maxsize=1)
def _dimensions_of(lexicon: Lexicon) -> str:
    """Made once for each lexicon loaded (load_lexicon keeps it until its cache is cleared): ~20 ms of
    CPU, once or twice a run."""
    return repr((_regions([]).rows(), _indicators([]).rows()))


REGION_COLUMNS = {"region_code": pl.String, "region": pl.String, "level": pl.String, "parent_code": pl.String,
                  "aliases": pl.List(pl.String), "source": pl.String}


def _regions(documents: list[dict]) -> pl.DataFrame:
    """Every region of the reference and the user's file, and the places only documents name (a
    manifest's county the reference lacks), under the parent the document gives."""
    lexicon = load_lexicon()
    reference, codes = _reference_regions(lexicon)
    rows: dict[str | None, dict] = {}
    for d in documents:
        chain = [(d["region_code"], d["region"]), (None, d["parent_region"]), (None, d["province"])]
        found = [code or _code(lexicon.regions, name) for code, name in chain]
        for (_, name), code, parent in zip(chain, found, [*found[1:], None], strict=True):
            if name and code not in codes and code not in rows:
                rows[code] = {"region_code": code, "region": name, "level": level_from_name(name),
                              "parent_code": parent, "aliases": [], "source": "document"}
    return pl.concat([reference, pl.DataFrame(list(rows.values()), schema=REGION_COLUMNS)])


@lru_cache(maxsize=1)
def _reference_regions(lexicon: Lexicon) -> tuple[pl.DataFrame, frozenset[str]]:
    """The regions of the reference and the user's file as rows, and their codes: made once for each
    lexicon loaded (~20 ms of CPU for its 3,367 regions, every run)."""
    frame = pl.DataFrame([{"region_code": r.code, "region": r.name, "level": r.level, "parent_code": r.parent,
                           "aliases": list(r.aliases), "source": r.source} for r in lexicon.regions],
                         schema=REGION_COLUMNS)
    return frame, frozenset(frame["region_code"])


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
        row["target_direction"] = target_direction(row["indicator"])
    return pl.DataFrame(rows, schema={
        "indicator_key": pl.String, "indicator": pl.String, "english_name": pl.String, "category": pl.String,
        "expected_unit": pl.String, "is_core": pl.Boolean, "is_additive": pl.Boolean, "aliases": pl.List(pl.String),
        "target_direction": pl.String})

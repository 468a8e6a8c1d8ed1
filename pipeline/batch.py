"""One batch of files: read, decode, extract. Pure of Prefect and DuckDB, so a task (or a
Dask worker) can run it anywhere and return plain rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from zhibiao.documents import DocumentError, FileStillChanging, Manifest, read_document
from zhibiao.documents.reader import content_hash, file_name, read_bytes
from zhibiao.extraction import DocumentMeta, Lexicon, extract


@dataclass
class BatchResult:
    documents: list[dict] = field(default_factory=list)
    observations: list[dict] = field(default_factory=list)
    rejected_documents: list[dict] = field(default_factory=list)
    skipped: int = 0


@dataclass(frozen=True)
class BatchJob:
    """A batch of documents to read: its position in the run, its files, and the content hash the
    warehouse holds for each of them (if any)."""

    number: int
    paths: list[str]
    held: dict[str, str]


def plan_batches(paths: list[str], source: str, known: dict[str, str], size: int) -> list[BatchJob]:
    """Paths in batches of `size`, each with the part of `known` it needs."""
    root = Path(source)
    batches = [paths[i:i + size] for i in range(0, len(paths), size)]
    return [BatchJob(number, batch, {name: known[name] for p in batch if (name := file_name(root, Path(p))) in known})
            for number, batch in enumerate(batches)]


def duplicate_of(holder: str) -> str:
    """The reason a file is refused: its content is already held (or read first) under `holder`."""
    return f"duplicate content of {holder}"


def process_batch(paths: list[str], source: str, known: dict[str, str], manifest: Manifest,
                  lex: Lexicon, last_attempt: bool = True) -> BatchResult:
    """Documents, their observations, and the files that failed with their reasons.
    Files whose content the warehouse already holds under the same name are skipped; a later copy
    of a content read earlier in the batch is refused as its duplicate, with the content's hash.
    A file still being written raises FileStillChanging, so the caller can retry the batch,
    unless this is the last attempt: then it is recorded like any unreadable file."""
    result = BatchResult()
    root = Path(source)
    first_with: dict[str, str] = {}  # content hash -> the batch's document holding it
    for name in paths:
        path = Path(name)
        name_in_warehouse = file_name(root, path)
        refused = {"file_name": name_in_warehouse, "path": str(path)}
        if name_in_warehouse in manifest.errors:
            result.rejected_documents.append({**refused, "reason": manifest.errors[name_in_warehouse]})
            continue
        try:
            data = read_bytes(path)
            digest = content_hash(data)
            if known.get(name_in_warehouse) == digest:
                result.skipped += 1
                continue
            if digest in first_with:
                result.rejected_documents.append({**refused, "reason": duplicate_of(first_with[digest]),
                                                  "doc_id": digest})
                continue
            document = read_document(path, data, manifest.rows.get(name_in_warehouse), lex)
        except DocumentError as e:
            if isinstance(e, FileStillChanging) and not last_attempt:
                raise
            result.rejected_documents.append({**refused, "reason": str(e)})
            continue
        meta = DocumentMeta(year=document.year, region=document.region, kind=document.kind, title=document.title)
        try:
            observations = extract(document.text, meta, lex)
        except Exception as e:  # an extractor bug must cost one document, not the run
            result.rejected_documents.append({**refused, "reason": f"extraction failed: {type(e).__name__}: {e}"})
            continue
        first_with[digest] = name_in_warehouse
        result.documents.append({**document.__dict__, "file_name": name_in_warehouse, "n_chars": len(document.text)})
        result.observations += [{"doc_id": document.doc_id, "file_name": name_in_warehouse, **o.as_row()}
                                for o in observations]
    return result

"""One batch of files: read, decode, extract. Pure of Prefect and DuckDB, so a task (or a
Dask worker) can run it anywhere and return plain rows."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from zhibiao.documents import Document, DocumentError, FileStillChanging, Manifest, read_document
from zhibiao.documents.reader import content_hash, file_name, read_bytes
from zhibiao.extraction import DocumentMeta, Lexicon, extract_document

from .limits import READING_SECONDS, OverTime, memory_reason, time_limit

BAD_NAME = "file name is not valid UTF-8 (rename the file)"
# A document's extraction is linear in its text (about 1 s per MB); this bounds any input that is not.
EXTRACTION_SECONDS = float(os.environ.get("ZHIBIAO_EXTRACTION_SECONDS", "60"))
TEXT_PART = 1000  # characters in each row of dim_document_text (its comment says why)


@dataclass
class BatchResult:
    documents: list[dict] = field(default_factory=list)
    observations: list[dict] = field(default_factory=list)
    rejected_documents: list[dict] = field(default_factory=list)
    unread_sentences: list[dict] = field(default_factory=list)  # sentences extraction failed on, with the error
    skipped: int = 0


@dataclass(frozen=True)
class BatchJob:
    """A batch of documents to read: its position in the run, its files, the content hash the
    warehouse holds for each of them (if any), and those already known not to be readable."""

    number: int
    paths: list[str]
    held: dict[str, str]
    refused: dict[str, str] = field(default_factory=dict)  # path -> why it is not to be read


def plan_batches(paths: list[str], source: str, known: dict[str, str], size: int) -> list[BatchJob]:
    """Paths in batches of `size`, each with the part of `known` it needs."""
    root = Path(source)
    batches = [paths[i:i + size] for i in range(0, len(paths), size)]
    return [BatchJob(number, batch, {name: known[name] for p in batch if (name := file_name(root, Path(p))) in known})
            for number, batch in enumerate(batches)]


def duplicate_of(holder: str) -> str:
    """The reason a file is refused: its content is already held (or read first) under `holder`."""
    return f"duplicate content of {holder}"


def process_batch(job: BatchJob, source: str, manifest: Manifest, lex: Lexicon,
                  last_attempt: bool = True) -> BatchResult:
    """Documents, their observations, and the files that failed with their reasons.
    Files whose content the warehouse already holds under the same name are skipped; a later copy
    of a content read earlier in the batch is refused as its duplicate, with the content's hash.
    A file still being written raises FileStillChanging, so the caller can retry the batch,
    unless this is the last attempt: then it is recorded like any unreadable file."""
    result = BatchResult()
    root = Path(source)
    first_with: dict[str, str] = {}  # content hash -> the batch's document holding it
    for name in job.paths:
        path = Path(name)
        name_in_warehouse = printable(file_name(root, path))
        if name_in_warehouse in manifest.errors:
            result.rejected_documents.append(rejection(name_in_warehouse, path, manifest.errors[name_in_warehouse]))
            continue
        if name_in_warehouse != file_name(root, path) and str(path) not in job.refused:
            # refused, but by content too: a document renamed so is not pruned under its old name
            result.rejected_documents.append({**rejection(name_in_warehouse, path, BAD_NAME),
                                              "doc_id": _content_or_none(path, root)})
            continue
        try:
            with time_limit("reading", READING_SECONDS):
                document = _read(path, root, name_in_warehouse, job, manifest, lex)
        except Exception as e:  # whatever goes wrong with one file costs that file, not the run
            if isinstance(e, FileStillChanging) and not last_attempt:
                raise
            reason = (str(e) if isinstance(e, DocumentError) else memory_reason() if isinstance(e, MemoryError)
                      else f"unreadable: {type(e).__name__}: {e}")
            result.rejected_documents.append(rejection(name_in_warehouse, path, reason))
            continue
        if document is None:
            result.skipped += 1
            continue
        if document.doc_id in first_with:
            result.rejected_documents.append({**rejection(name_in_warehouse, path,
                                                          duplicate_of(first_with[document.doc_id])),
                                              "doc_id": document.doc_id})
            continue
        meta = DocumentMeta(year=document.year, date=document.doc_date, region=document.region,
                            region_code=document.region_code, kind=document.kind, title=document.title)
        try:
            with time_limit("extraction", EXTRACTION_SECONDS):
                found = extract_document(document.text, meta, lex, EXTRACTION_SECONDS, document.tables)
        except Exception as e:  # a document over its time or memory, or an extractor bug: one document, not the run
            reason = (str(e) if isinstance(e, OverTime) else memory_reason() if isinstance(e, MemoryError)
                      else f"extraction failed: {type(e).__name__}: {e}")
            result.rejected_documents.append(rejection(name_in_warehouse, path, reason))
            continue
        observations = found.observations
        result.unread_sentences += [
            {"doc_id": document.doc_id, "file_name": name_in_warehouse,
             "reason": f"extraction failed on a sentence: {p.error}",
             "row_json": json.dumps({"start": p.start, "end": p.end, "sentence": p.sentence}, ensure_ascii=False)}
            for p in found.problems]
        first_with[document.doc_id] = name_in_warehouse
        fields = {k: v for k, v in document.__dict__.items() if k not in ("tables", "text")}  # read above
        result.documents.append({**fields, "file_name": name_in_warehouse, "path": printable(document.path),
                                 "n_chars": len(document.text), "text_parts": text_parts(document.text),
                                 "manifest_hash": manifest.fingerprint(name_in_warehouse)})
        result.observations += [{"doc_id": document.doc_id, "file_name": name_in_warehouse, **o.as_row()}
                                for o in observations]
    return result


def text_parts(text: str) -> list[str]:
    """The text in parts of TEXT_PART characters, as dim_document_text holds it. Cut here, where a
    slice costs its own length, and in the workers: DuckDB's substr counts the characters from the
    start of the text again for every part (0.31 s of the load's CPU for the 750 copies' 16,080 parts,
    all while a core was idle)."""
    return [text[start:start + TEXT_PART] for start in range(0, len(text), TEXT_PART)]


def _read(path: Path, root: Path, name: str, job: BatchJob, manifest: Manifest, lex: Lexicon) -> Document | None:
    """The document at `path`, or None when the warehouse already holds it under its name."""
    if str(path) in job.refused:
        raise DocumentError(job.refused[str(path)])
    data = read_bytes(path, root)
    held = job.held.get(name)
    if held is not None and held == content_hash(data):  # (a new document is hashed once: for its id)
        return None
    return read_document(path, data, manifest.rows.get(name), lex)


def _content_or_none(path: Path, root: Path) -> str | None:
    try:
        return content_hash(read_bytes(path, root))
    except DocumentError:
        return None


def rejection(name: str, path: Path, reason: str) -> dict[str, str]:
    """A rejected document as the run records it."""
    return {"file_name": name, "path": printable(str(path)), "reason": reason}


def printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates, which
    neither Parquet nor DuckDB accept) are written as \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")

"""One file in, one Document (or a DocumentError with its reason) out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from zhibiao.extraction.lexicon import Lexicon

from .decode import decode
from .html import html_to_text, looks_like_html
from .manifest import MANIFEST_NAMES, load_manifest
from .metadata import first_line, infer_date, infer_kind, infer_region, infer_year, province_of
from .model import Document, DocumentError, FileStillChanging, ManifestRow
from .pdf import pdf_to_text
from .word import docx_to_text

BY_FORMAT = {".docx": docx_to_text, ".pdf": pdf_to_text}  # read by their format's library, not decoded
SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", *BY_FORMAT}
MAX_BYTES = 20 * 1024 * 1024  # a speech is 10-100 KB; anything this large is not one

__all__ = ["discover", "load_manifest", "read_document"]


def discover(source: Path) -> Iterator[Path]:
    """The document files in a folder, by name, recursively; manifests and hidden files left out."""
    return (path for path in _files(source) if path.suffix.lower() in SUFFIXES)


def unsupported_files(source: Path) -> list[Path]:
    """The folder's other files: of a type not read (named in a run's summary, not loaded)."""
    return [path for path in _files(source) if path.suffix.lower() not in SUFFIXES]


def _files(source: Path) -> Iterator[Path]:
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if any(part.startswith(".") for part in rel.parts) or path.name in MANIFEST_NAMES:
            continue
        if path.is_file():
            yield path


def file_name(source: Path, path: Path) -> str:
    """A document's name in the warehouse: its path inside the source folder."""
    return path.relative_to(source).as_posix()


def removed_files(source: Path, paths: list[Path], held: Iterable[str]) -> list[str]:
    """Names the warehouse holds that the folder no longer has."""
    return sorted(set(held) - {file_name(source, p) for p in paths})


def changed_files(source: Path, paths: list[Path], held: dict[str, str]) -> list[Path]:
    """The paths whose content the warehouse does not hold under their name: new files, edited
    ones, and any that cannot be hashed now (the batch that reads them records why)."""
    changed = []
    for path in paths:
        digest = held.get(file_name(source, path))
        try:
            unchanged = digest is not None and content_hash(path.read_bytes()) == digest
        except OSError:
            unchanged = False
        if not unchanged:
            changed.append(path)
    return changed


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        before = path.stat()
        if before.st_size > max_bytes:
            raise DocumentError(f"file too large: {before.st_size} bytes (limit {max_bytes})")
        data = path.read_bytes()
        after = path.stat()
        if (len(data), before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
            raise FileStillChanging("file changed while it was read (still being written)")
        return data
    except FileNotFoundError as e:
        raise DocumentError("file vanished before it could be read") from e
    except IsADirectoryError as e:
        raise DocumentError("not a file") from e


def read_document(path: Path, data: bytes, manifest: ManifestRow | None, lex: Lexicon) -> Document:
    """Decode (or read a .docx or .pdf), take the text out of HTML, and work out the metadata."""
    by_format = BY_FORMAT.get(path.suffix.lower())
    if by_format:
        (page_title, text), encoding = by_format(data), path.suffix.lower().lstrip(".")
    else:
        raw, encoding = decode(data)
        is_html = path.suffix.lower() in (".html", ".htm") or looks_like_html(raw)
        page_title, text = html_to_text(raw) if is_html else ("", raw)
    if not text.strip():
        raise DocumentError("no text in the document")
    title = (manifest and manifest.title) or page_title or first_line(text)
    region = (manifest and manifest.region) or infer_region(title, text, lex)
    known = lex.region(region) if region else None
    parent = (manifest and manifest.parent) or (known.parent if known and known.parent else None)
    return Document(
        doc_id=content_hash(data), file_name=path.name, path=str(path), title=title,
        kind=(manifest and manifest.kind) or infer_kind(title),
        year=(manifest and manifest.year) or infer_year(path.name, title, text),
        region=known.name if known else region,
        parent_region=parent,
        province=(manifest and manifest.province) or province_of(parent or region, lex),
        doc_date=(manifest and manifest.date) or infer_date(text),
        source="manifest" if manifest else "inferred", encoding=encoding, n_bytes=len(data), text=text)

"""One file in, one Document (or a DocumentError with its reason) out."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from zhibiao.extraction.lexicon import Lexicon
from zhibiao.regions import local_code

from .breaks import join_broken_sentences, moved
from .decode import decode
from .files import read_bytes
from .html import html_to_text, looks_like_html, page_date
from .manifest import MANIFEST_NAMES, load_manifest
from .metadata import infer_date, infer_kind, infer_region, infer_span, infer_title, infer_year
from .model import Document, DocumentError, ManifestRow
from .pdf import pdf_to_text
from .spacing import join_spaced_digits
from .tables import spaced_tables
from .word import docx_to_text

BY_FORMAT = {".docx": docx_to_text, ".pdf": pdf_to_text}  # read by their format's library, not decoded
# web pages as government sites serve them (.shtml: with server-side includes; .xhtml)
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".shtm", ".xhtml"}
SUFFIXES = {".txt", ".text", ".md", *HTML_SUFFIXES, *BY_FORMAT}

__all__ = ["discover", "load_manifest", "read_bytes", "read_document"]


def discover(source: Path) -> Iterator[Path]:
    """The document files in a folder, by name, recursively; manifests and hidden files left out.
    Everything with a document's name is listed, links and special files too, so that reading
    can record why it refuses them; linked folders are not entered."""
    return (path for path in _files(source) if path.suffix.lower() in SUFFIXES)


def unsupported_files(source: Path) -> list[Path]:
    """The folder's other files: of a type not read (named in a run's summary, not loaded)."""
    return [path for path in _files(source) if path.suffix.lower() not in SUFFIXES]


def _files(source: Path) -> list[Path]:
    found = []
    for folder, folders, files in os.walk(source):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [Path(folder, name) for name in files if not name.startswith(".") and name not in MANIFEST_NAMES]
    return sorted(found)


def file_name(source: Path, path: Path) -> str:
    """A document's name in the warehouse: its path inside the source folder."""
    return path.relative_to(source).as_posix()


def changed_files(source: Path, paths: list[Path], held: dict[str, str]) -> list[Path]:
    """The paths whose content the warehouse does not hold under their name: new files, edited
    ones, and any that cannot be read now (the batch that reads them records why)."""
    changed = []
    for path in paths:
        digest = held.get(file_name(source, path))
        try:
            unchanged = digest is not None and content_hash(read_bytes(path, source)) == digest
        except DocumentError:
            unchanged = False
        if not unchanged:
            changed.append(path)
    return changed


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_document(path: Path, data: bytes, manifest: ManifestRow | None, lex: Lexicon) -> Document:
    """Decode (or read a .docx or .pdf), take the text out of HTML, and work out the metadata."""
    by_format = BY_FORMAT.get(path.suffix.lower())
    if by_format:
        (page_title, text, tables), encoding = by_format(data), path.suffix.lower().lstrip(".")
        site_title, raw, is_html = "", "", False
    else:
        raw, encoding = decode(data)
        is_html = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(raw)
        # plain text keeps a table as a PDF's text layer does: cells apart by spaces or tabs
        if not is_html:
            raw = join_spaced_digits(raw)  # before tables are found: they point into the text
        page_title, text, tables, site_title = html_to_text(raw) if is_html else ("", raw, spaced_tables(raw), "")
    joined = join_broken_sentences(text)
    if tables and joined != text:  # the joins only take characters out: the cells point into the text before
        tables = moved(tables, text, joined)
    text = joined
    if not text.strip():
        raise DocumentError("no text in the document")
    title = (manifest and manifest.title) or infer_title(text, page_title)
    regions = lex.regions
    if manifest and manifest.region:  # the manifest's parent tells apart places of one name (朝阳区)
        near = regions.find(manifest.parent) if manifest.parent else None
        known = regions.find(manifest.region, near.code if near else None)
    else:
        known = infer_region(title, text, regions, site_title)
    region = known.name if known else (manifest and manifest.region)
    parent = regions.get(known.parent) if known else None
    # (a town no reference lists, the speaker's: the province of the place it is in)
    province = regions.at_level(known.code if regions.get(known.code) else known.parent, "province") if known else None
    # (a page's date outside its text: a meta tag's, or the one a WeChat article's script shows)
    delivered = (manifest and manifest.date) or infer_date(text) or (page_date(raw) if is_html else None)
    kind = (manifest and manifest.kind) or infer_kind(title, text)
    return Document(
        doc_id=content_hash(data), file_name=path.name, path=str(path), title=title, kind=kind,
        year=(manifest and manifest.year) or infer_year(path.name, title, text, delivered, kind),
        region=region, region_code=known.code if known else (local_code(region) if region else None),
        parent_region=(manifest and manifest.parent) or (parent.name if parent else None),
        province=(manifest and manifest.province) or (province.name if province else None),
        doc_date=delivered, source="manifest" if manifest else "inferred", encoding=encoding, n_bytes=len(data),
        text=text, span=infer_span(title, lex.cues["spans"]), tables=tables)

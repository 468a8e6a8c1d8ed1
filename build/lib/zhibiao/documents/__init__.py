"""Documents: finding them, decoding them, taking the speech out of a web page, and
knowing what each one is (title, year, region, kind)."""

from .model import Document, DocumentError, FileStillChanging, ManifestRow
from .reader import discover, load_manifest, read_document

__all__ = ["Document", "DocumentError", "FileStillChanging", "ManifestRow", "discover", "load_manifest",
           "read_document"]

"""Documents: finding them, decoding them, taking the speech out of a web page, and
knowing what each one is (title, year, region, kind)."""

from .manifest import Manifest, load_manifest
from .model import Document, DocumentError, FileStillChanging, ManifestRow
from .reader import discover, read_document

__all__ = ["Document", "DocumentError", "FileStillChanging", "Manifest", "ManifestRow", "discover", "load_manifest",
           "read_document"]

"""Which reader read a document: a hash of everything that decides what a document reads as.

A run reads a document again when the warehouse holds it read by another version of the reader
(dim_document.reader_version), as it does when the file changed: after an upgrade of zhibiao (a rule,
a unit, an alias, a cue word, a fix in reading HTML or PDF) the warehouse never mixes the readings
of two versions. The version covers every file (code and data) of the packages that turn a file
into rows (reading it, extracting its figures, placing its regions, the contract that quarantines
them), the two pipeline modules that shape its rows, and the word lists the run reads with: a user's
copy named by ZHIBIAO_LEXICON_DIR too, whose edits are as much a change of reader as the package's.
Computed from the installed files (an editable install's are the checkout's), once per process and
lexicon: ~2 MB hashed in a few milliseconds."""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from zhibiao.extraction import Lexicon, load_lexicon

# whole packages: every file below them but their bytecode
PACKAGES = ("zhibiao.documents", "zhibiao.extraction", "zhibiao.regions", "zhibiao.schemas")
# single modules: the YAML reader, and the batch and spool steps (a document's rows, base values and codes)
MODULES = ("zhibiao.datafile", "zhibiao.pipeline.batch", "zhibiao.pipeline.spool")


def reader_version(lexicon: Lexicon | None = None) -> str:
    """SHA-256 of the reader that reads with `lexicon` (the run's, by default)."""
    return _version_of(lexicon or load_lexicon())


@lru_cache(maxsize=4)
def _version_of(lexicon: Lexicon) -> str:
    """Made once for each lexicon loaded (load_lexicon keeps it until its cache is cleared, as this)."""
    digest = hashlib.sha256()
    for name in PACKAGES:
        root = _source(name).parent
        _add(digest, name, root, (p for p in root.rglob("*") if "__pycache__" not in p.relative_to(root).parts))
    for name in MODULES:
        path = _source(name)
        _add(digest, name, path.parent, [path])
    data = Path(lexicon.data_dir).resolve()
    if not data.is_relative_to(_source("zhibiao.extraction").parent.resolve()):  # a user's copy, hashed above if not
        _add(digest, "lexicon", data, data.iterdir())
    return digest.hexdigest()


def _source(module: str) -> Path:
    """The installed file of a module (a package's __init__.py), wherever the install put it."""
    return Path(importlib.import_module(module).__file__ or "")


def _add(digest: hashlib._Hash, name: str, root: Path, paths: Iterable[Path]) -> None:
    """Each regular file's name (under `name`, relative to `root`) and bytes, in name order: a file
    renamed, added or removed changes the version as an edit does."""
    for path in sorted(p for p in paths if p.is_file()):
        data = path.read_bytes()
        digest.update(f"{name}/{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)

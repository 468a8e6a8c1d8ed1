"""The source folder's check, before anything else runs (light: the run command's client uses it)."""

from __future__ import annotations

from pathlib import Path


class SourceError(Exception):
    """The source folder cannot be read: missing, not a folder, or not readable."""


def check_source(source: str) -> None:
    """Refuse a source folder that is missing or unreadable: a run over it would load nothing and
    look fine (an unmounted share, say)."""
    path = Path(source).absolute()  # named in full: a deployment's `inbox` is relative to where its worker runs
    if not path.is_dir():
        raise SourceError(f"source folder not found: {path}" if not path.exists()
                          else f"source is not a folder: {path}")
    try:
        next(path.iterdir(), None)
    except OSError as e:
        raise SourceError(f"source folder cannot be read: {path} ({e.strerror})") from None

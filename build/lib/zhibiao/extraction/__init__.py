"""Extraction: indicator observations from the text of Chinese government documents.

A pure function of text and metadata (`extract`); no Prefect, no DuckDB.
"""

from .extractor import extract
from .lexicon import Lexicon, load_lexicon
from .model import METRICS, QUALIFIERS, DocumentMeta, Observation

__all__ = ["METRICS", "QUALIFIERS", "DocumentMeta", "Lexicon", "Observation", "extract", "load_lexicon"]

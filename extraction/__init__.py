"""Extraction: indicator observations from the text of Chinese government documents.

A pure function of text and metadata (`extract`); no Prefect, no DuckDB.
"""

from .extractor import Extraction, ExtractionTimeout, Problem, extract, extract_document
from .lexicon import Lexicon, load_lexicon
from .model import METRICS, QUALIFIERS, DocumentMeta, Observation

__all__ = ["METRICS", "QUALIFIERS", "DocumentMeta", "Extraction", "ExtractionTimeout", "Lexicon", "Observation",
           "Problem", "extract", "extract_document", "load_lexicon"]

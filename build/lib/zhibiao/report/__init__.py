"""The HTML report: a district's figures against its city's, charted, each number linked to its evidence."""

from .build import build_report, sentence_around

__all__ = ["build_report", "sentence_around"]

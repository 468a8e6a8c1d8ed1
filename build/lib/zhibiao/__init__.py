"""zhibiao: indicator observations from Chinese government documents into a DuckDB warehouse."""

__version__ = "0.1.0"

"""The warehouse's SQL, one object or statement per file; shipped as package data."""

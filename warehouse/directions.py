"""Which way an indicator's targets point: `ceiling` for those held below their target by nature
(prices, unemployment, energy per unit of output, emissions), from warehouse/data/directions.csv;
every other target is a floor unless its wording says otherwise (以内, 不超过)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DIRECTIONS = Path(__file__).parent / "data" / "directions.csv"


@cache
def _words() -> tuple[tuple[str, str], ...]:
    with DIRECTIONS.open(encoding="utf-8", newline="") as f:
        rows = [(row["word"], row["direction"]) for row in csv.DictReader(f)]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))  # the longest word a name holds decides


def target_direction(indicator: str) -> str | None:
    """`ceiling` when the name holds a word of the list, else None (a floor unless worded otherwise)."""
    return next((direction for word, direction in _words() if word in indicator), None)

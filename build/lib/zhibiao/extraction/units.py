"""Values in base units (元, plain counts, %, pp), so that 1.5万人 and 15000人 compare equal."""

from __future__ import annotations

from .lexicon import Lexicon


def to_base(value: float, unit: str, metric: str, lex: Lexicon) -> tuple[float, str]:
    """(value in the base unit, base unit name)."""
    if metric == "rank":
        return value, ""
    if unit in ("%", "‰", "pp"):
        return value, unit
    factor = 1.0
    for prefix, magnitude in sorted(lex.magnitudes.items(), key=lambda kv: -len(kv[0])):
        if unit.startswith(prefix) and unit != prefix and unit not in lex.units:
            factor, unit = magnitude, unit[len(prefix):]
            break
        if unit == prefix:  # a bare magnitude: 就业1.2万
            return value * magnitude, ""
    known = lex.units.get(unit)
    if known is None:
        return value * factor, unit
    return value * factor * known.factor, known.base_unit

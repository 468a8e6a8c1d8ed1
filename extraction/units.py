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


def in_points(value: float, unit: str, lex: Lexicon) -> tuple[float, str]:
    """A value in a unit of points as observations keep it: 个百分点 in pp, 个千分点 in ‰, 个基点 (a hundredth of a
    point) in pp."""
    points = lex.units[unit]
    return (round(value * points.factor, 6) if points.factor != 1 else value), points.base_unit

#!/usr/bin/env python3
"""Build the evaluation excerpts from the whole source documents in shared/corpus.

Real report text is not kept in this repository. ``excerpts.csv`` (beside this script) names, for each
excerpt, its source document under ``shared/corpus`` and the source lines it keeps: 0-based line numbers
of the text split on "\\n", written as ranges such as ``0-6;17-21;42``. An excerpt is its kept lines,
whole and unchanged, in source order, joined with "\\n" and ended with one "\\n".

    python eval/build_excerpts.py --shared ../shared --out /tmp/ex
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

EXCERPTS_CSV = Path(__file__).resolve().parent / "excerpts.csv"


def parse_lines(spec: str) -> list[int]:
    """Turn ``"0-6;17-21;42"`` into a sorted list of distinct line numbers."""
    numbers: set[int] = set()
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        first, _, last = part.partition("-")
        start, end = int(first), int(last or first)
        if end < start:
            raise ValueError(f"descending range {part!r}")
        numbers.update(range(start, end + 1))
    return sorted(numbers)


def excerpt_text(source: Path, spec: str) -> str:
    """The kept lines of ``source`` joined with newlines, with a final newline."""
    lines = source.read_text(encoding="utf-8").split("\n")
    wanted = parse_lines(spec)
    missing = [n for n in wanted if n >= len(lines)]
    if missing:
        raise ValueError(f"{source}: no line {missing[0]} (it has {len(lines)})")
    return "\n".join(lines[n] for n in wanted) + "\n"


def read_spec(spec_csv: Path = EXCERPTS_CSV) -> list[dict[str, str]]:
    with spec_csv.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build(shared: Path, out: Path, spec_csv: Path = EXCERPTS_CSV) -> list[Path]:
    """Write every excerpt named in ``spec_csv`` into ``out``; return the paths written."""
    corpus = shared / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for row in read_spec(spec_csv):
        target = out / row["file"]
        target.write_text(excerpt_text(corpus / row["source"], row["lines"]), encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, required=True, help="the shared/ folder (holds corpus/)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the excerpt files into")
    parser.add_argument("--spec", type=Path, default=EXCERPTS_CSV, help="excerpt list (default: eval/excerpts.csv)")
    args = parser.parse_args(argv)
    for path in build(args.shared, args.out, args.spec):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

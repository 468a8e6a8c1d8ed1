#!/usr/bin/env python3
"""Check gold label files against the built excerpts.

    python eval/check_gold.py --excerpts /tmp/ex eval/gold-tune.csv eval/gold-holdout.csv

Checks the header, the field values (a negative figure alone a negative value), that every ``evidence`` is an
exact substring of its excerpt and that evidence positions do not go backwards within a file. Prints one line
per problem; exits 1 if any.
A .docx document is checked against its text as the run reads it (one paragraph or table row a line, cells
apart by tabs), and a .pdf against its text layer as the run reads it (lines that ran on joined, page numbers
dropped); both need the project installed (``.venv/bin/python``). Other files are checked against their raw text.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

HEADER = [
    "file", "indicator", "metric", "value", "unit", "qualifier", "period", "span",
    "is_target", "scope", "region", "required", "core", "evidence",
]  # fmt: skip
METRICS = {"level", "growth", "share", "ratio", "contribution", "change_pp", "gap_pp", "rank"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
NEGATIVE_FIGURE = re.compile(r"[-−]\d[\d,]*(?:\.\d+)?%?")  # a table cell of a decrease: its value is negative


def check_file(gold: Path, excerpts: Path) -> list[str]:
    problems: list[str] = []
    with gold.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != HEADER:
            return [f"{gold}: header is {reader.fieldnames}"]
        rows = list(reader)
    texts: dict[str, str] = {}
    positions: dict[str, int] = {}
    for n, row in enumerate(rows, start=2):
        where = f"{gold.name}:{n}"
        name = row["file"]
        if name not in texts:
            path = excerpts / name
            if not path.exists():
                problems.append(f"{where}: no excerpt {path}")
                texts[name] = ""
            else:
                texts[name] = _text(path)
        if row["metric"] not in METRICS:
            problems.append(f"{where}: metric {row['metric']!r}")
        if row["qualifier"] not in QUALIFIERS:
            problems.append(f"{where}: qualifier {row['qualifier']!r}")
        if row["is_target"] not in {"true", "false"}:
            problems.append(f"{where}: is_target {row['is_target']!r}")
        if row["required"] not in {"0", "1"} or row["core"] not in {"0", "1"}:
            problems.append(f"{where}: required/core {row['required']!r}/{row['core']!r}")
        if not (row["period"].isdigit() and len(row["period"]) == 4):
            problems.append(f"{where}: period {row['period']!r}")
        try:
            if NEGATIVE_FIGURE.fullmatch(row["evidence"].strip()) and float(row["value"]) > 0:
                problems.append(f"{where}: value {row['value']} of a negative figure: {row['evidence']}")
        except ValueError:
            problems.append(f"{where}: value {row['value']!r}")
        text = texts[name]
        if row["evidence"] not in text:
            problems.append(f"{where}: evidence not in excerpt: {row['evidence']}")
            continue
        at = text.find(row["evidence"], positions.get(name, 0))
        if at < 0:
            problems.append(f"{where}: evidence comes before the previous row's: {row['evidence']}")
        else:
            positions[name] = at
    return problems


def _text(path: Path) -> str:
    if path.suffix == ".docx":
        # imported here: the text and HTML sets are checked with any Python, without the project's packages
        from zhibiao.documents.word import docx_to_text

        return docx_to_text(path.read_bytes())[1]
    if path.suffix == ".pdf":
        from zhibiao.documents.pdf import pdf_to_text

        return pdf_to_text(path.read_bytes())[1]
    return path.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--excerpts", type=Path, required=True, help="folder the excerpts were built into")
    parser.add_argument("gold", type=Path, nargs="+", help="gold CSV files")
    args = parser.parse_args(argv)
    problems = [p for g in args.gold for p in check_file(g, args.excerpts)]
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

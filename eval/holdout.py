#!/usr/bin/env python3
"""Pool the blind sets named in ``holdout.txt`` into one holdout: a folder of documents and one gold file.

Each blind set is small (some rest on a handful of core rows), so one miss moves its F1 by points; pooled, they
measure the extractor on documents nobody tuning it has read, as one set. Only totals should be printed:

    python eval/holdout.py --shared ../shared --out /tmp/holdout
    zhibiao run --source /tmp/holdout/docs --warehouse /tmp/holdout.duckdb
    python ../shared/eval/score.py --gold /tmp/holdout/gold.csv --pred /tmp/holdout.duckdb
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from pathlib import Path

from build_excerpts import excerpt_text, read_spec

EVAL = Path(__file__).resolve().parent
HOLDOUT_TXT = EVAL / "holdout.txt"


def blind_sets(listing: Path = HOLDOUT_TXT) -> list[str]:
    """The set names of ``listing``: one a line, ``#`` comments and blank lines skipped."""
    lines = (line.split("#", 1)[0].strip() for line in listing.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def gold_of(name: str) -> Path:
    """``holdoutN`` is an excerpt set (``gold-holdoutN.csv``); any other name is a folder with docs/ and gold.csv."""
    excerpt_gold = EVAL / f"gold-{name}.csv"
    return excerpt_gold if excerpt_gold.exists() else EVAL / name / "gold.csv"


def pool(shared: Path, out: Path, names: list[str]) -> int:
    """Write ``out/docs`` and ``out/gold.csv`` for ``names``; return the number of gold rows.

    Raises ValueError when two sets name the same document or write different headers: pooled, they would be
    scored against each other's figures.
    """
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    excerpts = {row["file"]: row for row in read_spec()}
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    owner: dict[str, str] = {}
    for name in names:
        gold = gold_of(name)
        with gold.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if header is None:
                header = list(reader.fieldnames or [])
            elif reader.fieldnames != header:
                raise ValueError(f"{gold}: header {reader.fieldnames} differs from {header}")
            set_rows = list(reader)
        for file in sorted({row["file"] for row in set_rows}):
            if owner.setdefault(file, name) != name:
                raise ValueError(f"{file} is in both {owner[file]} and {name}")
            if gold.parent == EVAL:
                spec = excerpts[file]
                text = excerpt_text(shared / "corpus" / spec["source"], spec["lines"])
                (docs / file).write_text(text, encoding="utf-8")
            else:
                shutil.copyfile(gold.parent / "docs" / file, docs / file)
        rows.extend(set_rows)
    with (out / "gold.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header or [])
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder (holds corpus/)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write docs/ and gold.csv into")
    args = parser.parse_args(argv)
    names = blind_sets()
    count = pool(args.shared, args.out, names)
    print(f"{len(names)} sets, {count} gold rows: {args.out / 'gold.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The cue words of the statement grammar: each word in one list, and every list read."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import yaml

from zhibiao import documents, extraction, pipeline, schemas
from zhibiao.extraction import load_lexicon
from zhibiao.extraction.lexicon import DATA_DIR

CUES = yaml.safe_load((Path(DATA_DIR) / "cues.yaml").read_text(encoding="utf-8"))
# The lists that decide what kind of number a figure is, whether it is a target, and its qualifier.
GRAMMAR = ["increase_verbs", "decrease_verbs", "increase_rate_nouns", "decrease_rate_nouns", "comparison_bases",
           "price_terms", "average_words", "cumulative_words", "flat_words", "reached_words", "from_words", "share",
           "contribution", "gap_up", "gap_down", "rank_verbs", "rank_firsts", "target_verbs", "estimate_words",
           "target_nouns", "approx_before", "approx_after", "at_least_before", "at_least_after", "at_least_inner",
           "at_most_before", "at_most_after", "review_headings", "plan_headings", "no_plan_phrases", "stretch_markers",
           "plan_stretch_markers"]


def test_each_grammar_word_stands_in_one_list():
    lists = defaultdict(list)
    for name in GRAMMAR:
        for word in CUES[name]:
            lists[word].append(name)
    assert {word: names for word, names in lists.items() if len(names) > 1} == {}


def test_every_list_is_read_by_the_code():
    packages = [Path(module.__file__).parent for module in (extraction, schemas, pipeline, documents)]
    source = "\n".join(p.read_text(encoding="utf-8") for package in packages for p in package.glob("*.py"))
    read = set(re.findall(r"""(?:words|w)\(["']([a-z_]+)["']\)|cues\[["']([a-z_]+)["']\]""", source))
    names = {a or b for a, b in read}
    assert set(CUES) - names == set()


def test_verbs_ending_in_chi_are_two_characters_ending_in_chi():
    """The extractor looks one character behind 持平 for them (支持平台 is no 持平)."""
    assert all(len(verb) == 2 and verb.endswith("持") for verb in CUES["verbs_ending_in_chi"])


def test_each_word_of_the_tables_stands_once():
    """A unit, a magnitude, an indicator's name or alias, a region's name: one row each (a merge that
    keeps both sides' copy of a row would otherwise leave two, the later silently winning)."""
    lex = load_lexicon()
    names = [word for ind in lex.indicators for word in (ind.name, *ind.aliases)]
    keys = {"units.csv": "unit", "magnitudes.csv": "prefix", "regions.csv": "name"}
    listed = {file: [row[key] for row in csv.DictReader((Path(DATA_DIR) / file).open(encoding="utf-8"))]
              for file, key in keys.items()}
    twice = {file: sorted({w for w in words if words.count(w) > 1}) for file, words in
             [("indicators.csv", names), *listed.items()]}
    assert twice == {file: [] for file in twice}

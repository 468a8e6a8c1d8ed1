"""Every named rule of extraction/data/rules.yaml, run on its own example sentences."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
import yaml

from zhibiao.documents.tables import TextWriter, table
from zhibiao.extraction import DocumentMeta, Observation, extract
from zhibiao.extraction.lexicon import DATA_DIR
from zhibiao.schemas import OBSERVATION_COLUMNS, ObservationSchema, split_valid

RULES = yaml.safe_load((Path(DATA_DIR) / "rules.yaml").read_text(encoding="utf-8"))
DEFAULT_META = {"year": 2025, "kind": "speech"}


def cases(key: str) -> list:
    out = []
    for family, rules in RULES.items():
        for rule in rules:
            for i, case in enumerate(rule.get(key, [])):
                out.append(pytest.param(family, rule["name"], case, id=f"{rule['name']}-{i}"))
    return out


def observations(case: dict) -> list[Observation]:
    """The case's observations; a case with a `table` has its rows laid out after its text as a
    .docx reader writes them, and the table handed over as that reader finds it; `after`, a line under it."""
    meta = DocumentMeta(**{**DEFAULT_META, **case.get("meta", {})})
    if "table" not in case:
        return extract(case["text"], meta)
    text = TextWriter()
    text.line(case.get("text", ""))
    rows = [text.row([str(cell) for cell in row]) for row in case["table"]]
    text.line(case.get("after", ""))  # a note under the table (注:…)
    found = table(text.text, rows)
    return extract(text.text, meta, tables=(found,) if found else ())


def fits(observation: Observation, fields: dict) -> bool:
    row = observation.as_row()
    row["indicator"] = observation.indicator
    return all(row[k] == pytest.approx(v) if isinstance(v, float | int) and not isinstance(v, bool) else row[k] == v
               for k, v in fields.items())


@pytest.mark.parametrize(("family", "rule", "case"), cases("examples"))
def test_example(family: str, rule: str, case: dict):
    found = observations(case)
    for expected in case["expect"]:
        wanted = {**expected, **({"rule": rule} if family == "reading" else {})}
        assert any(fits(o, wanted) for o in found), (wanted, [o.as_row() for o in found])
    # what an example documents as right also passes the contract: a run would quarantine it otherwise
    rows = [{"doc_id": "0" * 64, "file_name": "example.txt", **o.as_row()} for o in found
            if any(fits(o, {**e, **({"rule": rule} if family == "reading" else {})}) for e in case["expect"])]
    _, quarantined = split_valid(pl.DataFrame(rows, schema=OBSERVATION_COLUMNS), ObservationSchema)
    assert quarantined.is_empty(), quarantined.to_dicts()


@pytest.mark.parametrize(("family", "rule", "case"), cases("counter_examples"))
def test_counter_example(family: str, rule: str, case: dict):
    absent = case.get("absent", {"rule": rule})
    found = observations(case)
    assert not any(fits(o, absent) for o in found), [o.as_row() for o in found]
    for expected in case.get("expect", []):  # what the rule's reading leaves instead (its rule's name not asked)
        assert any(fits(o, expected) for o in found), (expected, [o.as_row() for o in found])


def test_every_reading_rule_the_grammar_knows_is_listed():
    """The rules the code can record are the rules listed (and each listed one has examples, so
    test_example shows it fires)."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in Path(DATA_DIR).parent.glob("*.py"))
    named = set(re.findall(r'Reading\("(\w+)"', code))
    named |= {f"{metric}_{end}" for metric in re.findall(r'Reading\(f"(\w+)_\{end\}"', code)
              for end in ("from", "reached")}
    named |= set(re.findall(r'replace\(item, [^()]*rule="(\w+)"', code))  # an item read again by the sentence
    named |= set(re.findall(r'^RULE = "(\w+)"', code, re.MULTILINE))  # a module of one rule (tables.py)
    named |= set(re.findall(r'Item\([^()]*\.start\(?\)?, [^()]*\.end\(?\)?, [^()]*\.start\(?\)?, "(\w+)"', code))
    named |= {f"{metric}_{end}" for metric in re.findall(r'f"(\w+)_\{\w+\.pair_end\}"', code)
              for end in ("from", "reached")}
    listed = {rule["name"] for rule in RULES["reading"]}
    assert named == listed
    assert all(rule.get("examples") and rule.get("counter_examples") for rule in RULES["reading"])


class _UniqueKeys(yaml.SafeLoader):
    """A loader that refuses a mapping naming a key twice: YAML keeps the last one, so a case's
    first `absent:` would be dropped without a word."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"keys given twice: {twice}", node.start_mark)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def test_no_case_names_a_key_twice():
    yaml.load((Path(DATA_DIR) / "rules.yaml").read_text(encoding="utf-8"), _UniqueKeys)
    with pytest.raises(yaml.constructor.ConstructorError, match="absent"):
        yaml.load("- text: x\n  absent: {value: 1}\n  absent: {value: 2}\n", _UniqueKeys)

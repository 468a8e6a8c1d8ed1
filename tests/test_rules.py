"""Every named rule of extraction/data/rules.yaml, run on its own example sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from zhibiao.extraction import DocumentMeta, Observation, extract
from zhibiao.extraction.lexicon import DATA_DIR

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
    return extract(case["text"], DocumentMeta(**{**DEFAULT_META, **case.get("meta", {})}))


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


@pytest.mark.parametrize(("family", "rule", "case"), cases("counter_examples"))
def test_counter_example(family: str, rule: str, case: dict):
    absent = case.get("absent", {"rule": rule})
    found = observations(case)
    assert not any(fits(o, absent) for o in found), [o.as_row() for o in found]


def test_every_reading_rule_the_grammar_knows_is_listed():
    listed = {rule["name"] for rule in RULES["reading"]}
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(DATA_DIR).parent.glob("*.py"))
    for name in listed:
        assert f'"{name}"' in source or f'"{name.split("_")[0]}_{{' in source or name.endswith(("_from", "_reached"))

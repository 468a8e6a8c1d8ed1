"""The nightly schedule, read from prefect.yaml so `prefect deploy` and `zhibiao serve` agree."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PREFECT_YAML = Path(__file__).with_name("prefect.yaml")  # the repository's, shipped as package data


@dataclass(frozen=True)
class Deployment:
    name: str
    cron: str
    timezone: str
    parameters: dict[str, Any] = field(default_factory=dict)


def deployment(name: str = "nightly", config: Path = PREFECT_YAML) -> Deployment:
    """A deployment of prefect.yaml by name, with its first schedule."""
    loaded = yaml.safe_load(config.read_text(encoding="utf-8"))
    for entry in loaded.get("deployments", []):
        if entry.get("name") == name:
            schedule = entry["schedules"][0]
            return Deployment(name=name, cron=schedule["cron"], timezone=schedule.get("timezone", "UTC"),
                              parameters=dict(entry.get("parameters") or {}))
    raise KeyError(f"no deployment named {name!r} in {config}")
